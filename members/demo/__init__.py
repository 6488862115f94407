"""Demo content of the members app."""

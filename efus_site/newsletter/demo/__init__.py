"""Demo content of the newsletter."""

"""Demo content of the initiatives platform."""

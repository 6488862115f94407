"""Demo content of the conferences and events app."""

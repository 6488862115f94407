"""Template tags of conferences and events."""

"""Public and admin views of conferences and events."""

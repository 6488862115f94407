"""Public views of the initiatives platform (the list, the two-step form) and the moderation screens."""

"""Core: abstract pages, shared blocks, site settings, navigation, home and standard pages."""

"""Initiatives that local and regional authorities share in a crisis, moderated by Efus, then published."""

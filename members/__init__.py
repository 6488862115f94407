"""Member authorities: directory, profiles, governance, import and export, applications to join."""

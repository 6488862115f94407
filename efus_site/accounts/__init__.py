"""Site-wide account plumbing on django-allauth and django-axes: sessions, second factor, lockout; no feature app."""

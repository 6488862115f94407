"""The newsletter: subscriptions with consent, issues composed in the admin, sending on Celery."""

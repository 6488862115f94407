"""Celery application for background work (newsletter, translation jobs, emails)."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "efus_site.settings.dev")

app = Celery("efus_site")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

"""Celery application for background work (newsletter, translation jobs, emails)."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "efus_site.settings.dev")

# Callers queue work with task.delay_on_commit(...), so a task never runs before the
# rows it reads are committed, and a rolled-back request queues nothing.
app = Celery("efus_site")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

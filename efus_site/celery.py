"""Celery application for background work (newsletter, translation jobs, emails)."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "efus_site.settings.dev")

# Callers queue work with efus_site.core.outbox.enqueue(task, ...): the task is sent once the
# transaction commits (a rolled-back request queues nothing) and kept in the database while
# the broker is unreachable.
app = Celery("efus_site")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

"""A task for the fault script: it marks in Redis when it starts and when it finishes."""

import time

from celery import shared_task
from django.core.cache import cache


@shared_task
def mark(key, seconds=0):
    """Record the start, work for a while, record the end (idempotent: running twice is harmless)."""
    cache.set(f"fault:started:{key}", 1, 3600)
    time.sleep(seconds)
    cache.set(f"fault:done:{key}", 1, 3600)

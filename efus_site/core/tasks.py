"""Background tasks of the core app."""

import socket

from celery import shared_task
from django.core.management import call_command

from .outbox import flush_outbox as flush_outbox_service


@shared_task(ignore_result=False)
def ping(token):
    """Echo a token with the worker's host name, so monitoring can prove a worker is consuming the queue."""
    return {"token": token, "worker": socket.gethostname()}


@shared_task
def flush_outbox():
    """Send the tasks kept while the broker was unreachable (scheduled every minute by beat)."""
    return flush_outbox_service()


@shared_task
def publish_scheduled():
    """Publish pages whose go-live time has come and unpublish expired ones (every minute, by beat)."""
    call_command("publish_scheduled")


@shared_task
def record_search(query_text, found_anything):
    """Count one search for the staff report, outside the visitor's request."""
    from .search import record

    record(query_text, found_anything)

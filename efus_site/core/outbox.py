"""Send background tasks after the transaction commits, and never lose one when the broker is down."""

import logging

from celery import current_app
from django.db import transaction
from kombu.exceptions import EncodeError, OperationalError

from .models import QueuedTask

logger = logging.getLogger(__name__)
FLUSH_BATCH = 500


def _task(task_name):
    """The registered task of that name; a process that has not loaded the apps' tasks modules loads them first.

    Workers load them when they start; a web process or a shell has only those its code imported.
    """
    if task_name not in current_app.tasks:
        current_app.loader.import_default_modules()
    return current_app.tasks[task_name]


def _send(task_name, args, kwargs):
    # retry=False: with the broker down, fail at once (and keep the task) instead of blocking a request.
    _task(task_name).apply_async(args=args, kwargs=kwargs, retry=False)


def _send_or_keep(task_name, args, kwargs):
    try:
        _send(task_name, args, kwargs)
    except OperationalError as error:
        logger.warning("Broker unreachable, keeping %s for later: %s", task_name, error)
        QueuedTask.objects.create(task_name=task_name, args=list(args), kwargs=kwargs, last_error=str(error))


def enqueue(task, *args, **kwargs):
    """Queue a task once the current transaction commits; keep it in the database if the broker is down."""
    transaction.on_commit(lambda: _send_or_keep(task.name, args, kwargs))


def flush_outbox():
    """Send the kept tasks, oldest first, until the broker fails again. Return how many were sent.

    A task that cannot be sent for another reason (renamed, bad arguments) stays with its error
    for staff to look at, without holding up the ones behind it.
    """
    sent = 0
    with transaction.atomic():
        # Rows another flush is sending are skipped, so overlapping flushes never send twice.
        for queued in QueuedTask.objects.filter(failed=False).select_for_update(skip_locked=True)[:FLUSH_BATCH]:
            try:
                _send(queued.task_name, queued.args, queued.kwargs)
            except OperationalError as error:
                _record(queued, error)
                break
            except (KeyError, EncodeError, TypeError) as error:
                _record(queued, error, failed=True)
                continue
            queued.delete()
            sent += 1
    return sent


def _record(queued, error, failed=False):
    queued.attempts += 1
    queued.last_error = repr(error)
    queued.failed = failed
    queued.save(update_fields=["attempts", "last_error", "failed"])

"""Background tasks of the core app."""

import socket

from celery import shared_task


@shared_task(ignore_result=False)
def ping(token):
    """Echo a token with the worker's host name, so monitoring can prove a worker is consuming the queue."""
    return {"token": token, "worker": socket.gethostname()}

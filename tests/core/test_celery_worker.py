"""A task travels through Redis to a real Celery worker and its result comes back."""

import os
import subprocess
import uuid

import pytest

from efus_site.celery import app
from efus_site.core.tasks import ping
from tests.services import require, start_worker

pytestmark = pytest.mark.services


@pytest.fixture
def worker_queue():
    """A worker of its own, on a queue of its own, so no other worker takes the task."""
    require(os.environ.get("REDIS_URL"), "REDIS_URL is not set: no broker for a real worker")
    queue = f"test-{uuid.uuid4().hex[:8]}"
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="efus_site.settings.test")
    worker = start_worker(
        env,
        *("--pool", "solo", "-Q", queue, "--without-heartbeat"),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    yield queue
    worker.terminate()
    worker.wait(timeout=30)


@pytest.fixture
def not_eager():
    """Send tasks to the broker instead of running them in the test process."""
    saved = app.conf.task_always_eager
    app.conf.task_always_eager = False
    yield
    app.conf.task_always_eager = saved


def test_task_round_trip_through_a_real_worker(worker_queue, not_eager):
    token = uuid.uuid4().hex
    result = ping.apply_async(args=[token], queue=worker_queue)
    # Eager tasks run earlier in this process leave Celery believing it is inside a task.
    reply = result.get(timeout=60, disable_sync_subtasks=False)
    assert reply["token"] == token
    assert reply["worker"]

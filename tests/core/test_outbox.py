"""Tasks queued while the broker is down are kept in the database and sent when it returns."""

import subprocess
import sys
from pathlib import Path

import pytest
from celery import current_app
from django.core.cache import cache

from efus_site.core.models import QueuedTask
from efus_site.core.outbox import enqueue, flush_outbox
from efus_site.core.tasks import ping

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def broker_down():
    """Point the Celery app at a port where nothing listens, and send for real (not eagerly)."""
    conf = current_app.conf
    saved = conf.broker_url, conf.task_always_eager
    conf.broker_url, conf.task_always_eager = "redis://127.0.0.1:1/0", False
    forget_connections()
    yield
    conf.broker_url, conf.task_always_eager = saved
    forget_connections()


def forget_connections():
    """Make Celery build its connection and producer pools again from the current broker URL."""
    current_app._pool = None
    current_app.amqp._producer_pool = None


def test_a_task_is_sent_only_after_the_transaction_commits(django_capture_on_commit_callbacks, monkeypatch):
    sent = []
    monkeypatch.setattr("efus_site.core.outbox._send", lambda name, args, kwargs: sent.append((name, args)))
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        enqueue(ping, "token")
    assert sent == []
    callbacks[0]()
    assert sent == [("efus_site.core.tasks.ping", ("token",))]


def test_broker_down_keeps_the_task_without_failing(django_capture_on_commit_callbacks, broker_down):
    with django_capture_on_commit_callbacks(execute=True):
        enqueue(ping, "kept")
    queued = QueuedTask.objects.get()
    assert queued.task_name == "efus_site.core.tasks.ping"
    assert queued.args == ["kept"]
    assert queued.last_error


def test_flush_stops_at_the_first_failure_and_counts_attempts(broker_down):
    QueuedTask.objects.create(task_name="efus_site.core.tasks.ping", args=["a"])
    QueuedTask.objects.create(task_name="efus_site.core.tasks.ping", args=["b"])
    assert flush_outbox() == 0
    assert list(QueuedTask.objects.values_list("attempts", flat=True)) == [1, 0]


def test_flush_sends_kept_tasks_once_the_broker_is_back(monkeypatch):
    ran = []
    monkeypatch.setattr(ping, "run", lambda token: ran.append(token) or cache.set("ran", token))
    QueuedTask.objects.create(task_name="efus_site.core.tasks.ping", args=["first"])
    QueuedTask.objects.create(task_name="efus_site.core.tasks.ping", args=["second"])
    assert flush_outbox() == 2
    assert ran == ["first", "second"]
    assert not QueuedTask.objects.exists()


def test_a_task_that_cannot_be_sent_does_not_hold_up_the_others(monkeypatch):
    ran = []
    monkeypatch.setattr(ping, "run", lambda token: ran.append(token))
    QueuedTask.objects.create(task_name="efus_site.core.tasks.renamed_long_ago", args=[])
    QueuedTask.objects.create(task_name="efus_site.core.tasks.ping", args=["after"])
    assert flush_outbox() == 1
    assert ran == ["after"]
    stuck = QueuedTask.objects.get()
    assert stuck.failed and "renamed_long_ago" in stuck.last_error


def test_a_process_that_never_imported_a_tasks_module_can_still_send_its_tasks():
    # A shell or a web process flushing the outbox has not necessarily imported every app's tasks.
    code = (
        "import sys, django; django.setup(); from efus_site.core.outbox import _task; "
        "assert 'members.tasks' not in sys.modules; print(_task('members.tasks.confirm_application').name)"
    )
    env = {"DJANGO_SETTINGS_MODULE": "efus_site.settings.test", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "members.tasks.confirm_application"

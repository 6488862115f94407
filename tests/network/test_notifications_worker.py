"""Notifications go to each follower exactly once through a real worker on Redis, even when it is killed mid-batch."""

import os
import signal
import subprocess
import time
import uuid
from collections import Counter

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection

from bench.smtp_sink import start_sink
from efus_site.celery import app
from efus_site.core.factories import ThemeFactory
from members.factories import MemberAuthorityFactory
from members.network import tasks
from members.network.factories import PostFactory
from members.network.models import Delivery, MemberProfile
from tests.services import require, start_worker

pytestmark = pytest.mark.services

FOLLOWERS = 300


@pytest.fixture
def sink():
    """A mail server in this process that records every message it accepts."""
    controller, handler = start_sink()
    yield controller.port, handler
    controller.stop()


@pytest.fixture
def worker_env(transactional_db, django_db_serialized_rollback, sink):
    """What a worker of the test database needs: its own queue, and the sink as its mail server."""
    require(os.environ.get("REDIS_URL"), "REDIS_URL is not set: no broker for a real worker")
    database = connection.settings_dict
    require(database["ENGINE"].endswith("postgresql"), "the worker needs the PostgreSQL test database")
    queue = f"test-network-{uuid.uuid4().hex[:8]}"
    env = dict(
        {name: value for name, value in os.environ.items() if name != "PYTEST_XDIST_WORKER"},
        DJANGO_SETTINGS_MODULE="efus_site.settings.test",
        DATABASE_URL=f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
        REDIS_URL=settings.CACHES["default"]["LOCATION"],
        CELERY_BROKER_URL=app.conf.broker_url,
        CELERY_TASK_ALWAYS_EAGER="false",
        # A killed worker's task comes back to the next worker within seconds.
        CELERY_VISIBILITY_TIMEOUT="3",
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(sink[0]),
        EMAIL_USE_TLS="false",
    )
    return env, queue, sink[1]


def run_worker(env, queue):
    return start_worker(
        env,
        *("--pool", "solo", "-Q", queue),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


@pytest.fixture
def not_eager():
    saved = app.conf.task_always_eager
    app.conf.task_always_eager = False
    yield
    app.conf.task_always_eager = saved


def followed_post():
    """A post in a theme that FOLLOWERS members follow, each wanting an email per post."""
    theme = ThemeFactory()
    authority = MemberAuthorityFactory()
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"f{n}@example.org", email=f"f{n}@example.org") for n in range(FOLLOWERS)
    )
    profiles = MemberProfile.objects.bulk_create(
        MemberProfile(user=user, authority=authority, name=f"Follower {n}") for n, user in enumerate(users)
    )
    MemberProfile.followed_themes.through.objects.bulk_create(
        MemberProfile.followed_themes.through(memberprofile_id=profile.pk, theme_id=theme.pk) for profile in profiles
    )
    post = PostFactory()
    post.themes.add(theme)
    return post


def recipients(handler):
    """How many messages each address got at the sink."""
    return Counter(address for rcpts, _message in handler.messages() for address in rcpts)


def test_each_follower_gets_one_email_though_the_worker_is_killed_mid_batch(worker_env, not_eager):
    env, queue, handler = worker_env
    post = followed_post()
    worker = run_worker(env, queue)
    tasks.notify_followers.apply_async(args=[post.pk], queue=queue)
    # A loaded machine (a parallel test run) may take a while to start a worker.
    deadline = time.monotonic() + 240
    while Delivery.objects.filter(post=post, sent_at__isnull=False).count() < 20:
        assert time.monotonic() < deadline, "the worker sent nothing within four minutes"
        time.sleep(0.01)
    os.killpg(worker.pid, signal.SIGKILL)
    worker.wait(timeout=30)
    killed_at = Delivery.objects.filter(post=post, sent_at__isnull=False).count()
    assert killed_at < FOLLOWERS, "the batch ended before the kill: nothing was tested"

    worker = run_worker(env, queue)
    try:
        deadline = time.monotonic() + 240
        while Delivery.objects.filter(post=post, sent_at__isnull=False).count() < FOLLOWERS:
            assert time.monotonic() < deadline, "the task did not come back to the new worker"
            time.sleep(0.2)
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=30)
    time.sleep(0.5)  # the last message's reply reaches the sink's list
    counts = recipients(handler)
    assert len(counts) == FOLLOWERS
    assert set(counts.values()) == {1}, [address for address, number in counts.items() if number > 1]
    assert Delivery.objects.filter(post=post).count() == FOLLOWERS

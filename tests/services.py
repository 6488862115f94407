"""Helpers for tests that need the real PostgreSQL, Redis or Chromium."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def require(condition, reason):
    """Skip when a service is missing locally; in CI a missing service is a failure, not a skip."""
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI must provide this: {reason}")
    pytest.skip(reason)


def start_worker(env, *options, **popen):
    """A Celery worker of the site in another process, with the options given (queue, pool, --beat…)."""
    command = [sys.executable, "-m", "celery", "-A", "efus_site", "worker", *options]
    command += ["--without-gossip", "--without-mingle", "-l", "warning"]
    return subprocess.Popen(command, cwd=ROOT, env=env, **popen)

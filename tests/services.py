"""Helpers for tests that need the real PostgreSQL, Redis or Chromium."""

import os

import pytest


def require(condition, reason):
    """Skip when a service is missing locally; in CI a missing service is a failure, not a skip."""
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI must provide this: {reason}")
    pytest.skip(reason)

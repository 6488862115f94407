"""Test run: fast hashing, in-memory email, eager tasks unless a test asks for a worker.

Also the production-like way to look at the local site (README): it reads the same database and
media folder as `make run`. The test suite keeps its uploads apart (tests/conftest.py).
"""

import os

from .base import *  # noqa: F403
from .env import env_str

SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# A worker that a test starts in another process writes its emails to files (EMAIL_FILE_PATH) for the test to read.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
# A worker that a test starts in another process sets it false, so beat's tasks go through the broker.
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", True)  # noqa: F405
# The browser tests' server writes the newsletter's emails to files, for a journey to follow their links.
NEWSLETTER_EMAIL_BACKEND = env_str("NEWSLETTER_EMAIL_BACKEND", EMAIL_BACKEND)
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
# Serve static files straight from the source folders, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# A parallel test run (pytest-xdist) gives each worker a cache database of its own, since every test
# empties the cache; the broker stays shared.
_XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if REDIS_URL and _XDIST_WORKER:  # noqa: F405
    _server, _, _database = REDIS_URL.rpartition("/")  # noqa: F405
    _offset = int(_XDIST_WORKER.removeprefix("gw")) + 1
    CACHES["default"]["LOCATION"] = f"{_server}/{(int(_database or 0) + _offset) % 16}"  # noqa: F405

"""Local development: debug on, plain HTTP, a throwaway key."""

from .base import *  # noqa: F403
from .env import env_list, env_str

DEBUG = True
SERVE_MEDIA = True
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
# Serve static files straight from the source folders, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The demo's staff account has no authenticator app; production and the tests always ask for one.
STAFF_REQUIRE_MFA = env_bool("STAFF_REQUIRE_MFA", False)  # noqa: F405

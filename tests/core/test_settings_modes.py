"""Each settings module, in a fresh interpreter with a controlled environment."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import json, django; django.setup(); from django.conf import settings as s;"
    "print(json.dumps({'engine': s.DATABASES['default']['ENGINE'], 'cache': s.CACHES['default']['BACKEND'],"
    "'eager': s.CELERY_TASK_ALWAYS_EAGER, 'broker': s.CELERY_BROKER_URL, 'debug': s.DEBUG,"
    "'email': s.EMAIL_BACKEND, 'session_cookie': s.SESSION_COOKIE_NAME, 'hsts': s.SECURE_HSTS_SECONDS}))"
)
SERVICE_VARS = ("DATABASE_URL", "REDIS_URL", "SECRET_KEY", "ALLOWED_HOSTS", "EMAIL_HOST", "DEBUG", "SITE_URL")
PRODUCTION_ENV = {
    "SECRET_KEY": "x" * 64 + "-production-like-secret-for-the-check",
    "ALLOWED_HOSTS": "www.efus.eu",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "SITE_URL": "https://www.efus.eu",
}


def run(module, args, **env):
    # The test process allows Playwright's event loop (tests/conftest.py); a deployed site never does.
    clean = {key: value for key, value in os.environ.items() if key not in (*SERVICE_VARS, "DJANGO_ALLOW_ASYNC_UNSAFE")}
    clean.update(env, DJANGO_SETTINGS_MODULE=f"efus_site.settings.{module}")
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120)


def probe(module, **env):
    result = run(module, ["-c", PROBE], **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_dev_with_no_environment_is_embedded():
    found = probe("dev")
    assert found["engine"] == "django.db.backends.sqlite3"
    assert found["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert found["eager"] is True
    assert found["debug"] is True
    assert found["email"] == "django.core.mail.backends.console.EmailBackend"


def test_services_are_used_when_configured():
    found = probe("dev", DATABASE_URL="postgres://postgres@127.0.0.1:5432/efus", REDIS_URL="redis://127.0.0.1:6379/0")
    assert found["engine"] == "django.db.backends.postgresql"
    assert found["cache"] == "django_redis.cache.RedisCache"
    assert found["eager"] is False
    assert found["broker"] == "redis://127.0.0.1:6379/0"


def test_base_is_safe_by_default():
    found = probe("base", SECRET_KEY="k")
    assert found["debug"] is False


def test_production_is_hardened():
    found = probe("production", **PRODUCTION_ENV, EMAIL_HOST="smtp.example.org")
    assert found["debug"] is False
    assert found["hsts"] == 63_072_000
    assert found["session_cookie"] == "__Host-sessionid"
    assert found["email"] == "django.core.mail.backends.smtp.EmailBackend"


def test_production_passes_check_deploy():
    result = run("production", ["manage.py", "check", "--deploy", "--fail-level", "WARNING"], **PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "REDIS_URL", "SITE_URL"])
def test_production_refuses_to_start_without_required_variables(missing):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}
    result = run("production", ["manage.py", "check"], **env)
    assert result.returncode != 0
    assert f"Set {missing}" in result.stderr or f"Set the {missing}" in result.stderr


def test_a_malformed_boolean_is_reported_clearly():
    result = run("dev", ["manage.py", "check"], DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG must be true or false" in result.stderr


def test_the_beat_schedule_publishes_scheduled_pages_and_flushes_the_outbox():
    found = run(
        "dev",
        [
            "-c",
            "import django; django.setup(); from django.conf import settings as s;"
            "print(sorted(e['task'] for e in s.CELERY_BEAT_SCHEDULE.values()))",
        ],
    )
    assert "efus_site.core.tasks.publish_scheduled" in found.stdout
    assert "efus_site.core.tasks.flush_outbox" in found.stdout


def media_root(module):
    code = "import django; django.setup(); from django.conf import settings; print(settings.MEDIA_ROOT)"
    result = run(module, ["-c", code])
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_the_readme_production_like_command_reads_the_images_make_run_made():
    """`make run` puts the demo images in media/; the test settings must look there too."""
    assert media_root("test") == media_root("dev")


def test_the_test_suite_keeps_its_uploads_apart(settings):
    assert Path(settings.MEDIA_ROOT) != Path(settings.BASE_DIR) / "media"

"""A real server with the demo site, and headless Chromium driven by Playwright."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from tests.services import require

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
STAFF = ("staff@efus.local", "browser-test-staff-password")
#: The live site's environment, for a test that must run a command against its database.
LIVE_SITE_ENV = {}
#: Where the test server writes the newsletter's emails (Django's file backend), for journeys that follow a link.
MAIL_DIR = Path(tempfile.gettempdir()) / "efus-browser-mail"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _database_url(tmp_path):
    """A database of its own: PostgreSQL when DATABASE_URL names a server, else an SQLite file."""
    server_url = os.environ.get("DATABASE_URL", "")
    if not server_url.startswith("postgres"):
        return f"sqlite:///{tmp_path / 'browser.sqlite3'}"
    import psycopg

    base, name = server_url.rsplit("/", 1)
    # Named after the site's database, so two checkouts (or parallel workers) never share it.
    browser = f"{name.split('?')[0]}_browser{os.environ.get('PYTEST_XDIST_WORKER', '')}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{browser}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{browser}"')
    return f"{base}/{browser}"


def _manage(env, *args):
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True)


def run_on_live_site(code):
    """Run Python code in a shell on the live site's database; what it printed.

    Emails sent from the shell stay in its memory (mail.outbox); the server writes its own to MAIL_DIR.
    """
    env = dict(LIVE_SITE_ENV, EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend")
    return _manage(env, "shell", "--no-imports", "-c", code).stdout.decode()


@pytest.fixture(scope="session")
def live_site(tmp_path_factory):
    """The demo site served by a separate process, like production but over plain HTTP."""
    require(Path(CHROMIUM).exists(), "Chromium is not installed (apt-get install chromium)")
    tmp_path = tmp_path_factory.mktemp("browser-site")
    env = {key: value for key, value in os.environ.items() if key != "REDIS_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="efus_site.settings.test",
        DATABASE_URL=_database_url(tmp_path),
        MEDIA_ROOT=str(tmp_path / "media"),
        SERVE_MEDIA="true",
        DJANGO_SUPERUSER_USERNAME=STAFF[0],
        DJANGO_SUPERUSER_EMAIL=STAFF[0],
        DJANGO_SUPERUSER_PASSWORD=STAFF[1],
        NEWSLETTER_EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        # Every other email too (invitations, the network's notifications), for journeys to read.
        EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        EMAIL_FILE_PATH=str(MAIL_DIR),
        # The staff journeys log in with a password alone; the second factor is tested in
        # tests/network/test_accounts.py and by the invited member's journey, who turns it on.
        STAFF_REQUIRE_MFA="false",
    )
    shutil.rmtree(MAIL_DIR, ignore_errors=True)
    _manage(env, "migrate", "--noinput")
    _manage(env, "load_demo_content")
    _manage(env, "createsuperuser", "--noinput")
    LIVE_SITE_ENV.update(env)
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{base_url}/healthz/", timeout=1)  # noqa: S310 - local test server
            break
        except OSError:
            time.sleep(0.2)
    else:
        server.kill()
        pytest.fail("The test server did not start")
    yield base_url
    server.terminate()
    server.wait(timeout=20)


@pytest.fixture(scope="session")
def browser(live_site):
    """One headless Chromium for the whole run."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_site):
    """A fresh browser tab that records any script error or refused resource."""
    context = browser.new_context(base_url=live_site, locale="en-GB", viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.problems = []
    tab.on("console", lambda message: message.type == "error" and tab.problems.append(message.text))
    tab.on("pageerror", lambda error: tab.problems.append(str(error)))
    yield tab
    context.close()


@pytest.fixture
def axe_page(browser, live_site):
    """A tab for the accessibility scan; CSP is bypassed only so axe-core can be injected."""
    require(AXE.exists(), "axe-core is not installed (npm ci)")
    context = browser.new_context(base_url=live_site, bypass_csp=True)
    tab = context.new_page()
    yield tab
    context.close()


MEMBER = ("browser.member@example.org", "browser-member-password")


@pytest.fixture(scope="session")
def network_member(live_site):
    """The network's demo people and posts, and a member of Liège with a password, on the live site.

    The demo makes them only with DEBUG on (they are accounts); the live site runs with it off.
    """
    run_on_live_site(
        "from members.network.demo.loader import load_people_and_posts\n"
        "load_people_and_posts()\n"
        "from django.contrib.auth import get_user_model\n"
        "from django.contrib.auth.models import Group\n"
        "from members.models import MemberAuthority\n"
        "from members.network.models import MemberProfile\n"
        f"user, _ = get_user_model().objects.get_or_create(username={MEMBER[0]!r}, email={MEMBER[0]!r})\n"
        f"user.set_password({MEMBER[1]!r}); user.save()\n"
        "user.groups.add(Group.objects.get_or_create(name='Members')[0])\n"
        "MemberProfile.objects.get_or_create(user=user, defaults={'authority': "
        "MemberAuthority.objects.get(slug='liege'), 'name': 'Browser Member'})\n"
    )
    return MEMBER


def log_in(tab, email, password, code="en"):
    """Log in through the site's login page."""
    tab.goto(f"/{code}/accounts/login/")
    tab.fill("input[name=login]", email)
    tab.fill("input[name=password]", password)
    with tab.expect_navigation():
        tab.locator("main form button[type=submit]").click()

"""Shared fixtures: a media folder of the tests' own, a clean cache per test and a small two-language site."""

import os

import pytest
from django.core.cache import cache, caches
from django.db import transaction
from django.test import override_settings
from django.utils import translation
from pytest_django.plugin import blocking_manager_key
from wagtail.models import Page, Site

from efus_site.core.factories import HomePageFactory, StandardPageFactory
from efus_site.core.models import NavigationSettings, SiteSettings

# Playwright's synchronous API runs an event loop in the test process; in a parallel run the browser
# tests share a worker with database tests, which Django would then refuse as "async". The tests
# never touch the database from a coroutine.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True, scope="session")
def media_root(tmp_path_factory):
    """Images the tests upload, and their renditions, go to a folder of their own, not the site's media."""
    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        yield


@pytest.fixture(autouse=True)
def clean_state():
    """Start every test in English with an empty cache: neither may leak from a previous test."""
    translation.activate("en")
    for each in (cache, caches["renditions"]):
        each.clear()
    yield
    for each in (cache, caches["renditions"]):
        each.clear()
    translation.activate("en")


@pytest.fixture
def home(db):
    """A home page at the root of the default site, replacing Wagtail's placeholder page."""
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root)
    site = Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True, site_name="Efus")
    # Settings rows exist on a real site; created lazily they would empty the caches mid-test.
    SiteSettings.for_site(site)
    NavigationSettings.for_site(site)
    return home


@pytest.fixture
def about(home):
    """An "About" page translated into French, with one child page."""
    about = StandardPageFactory(
        parent=home,
        title="About Efus",
        slug_en="about",
        title_fr="À propos d'Efus",
        slug_fr="a-propos",
        intro_fr="Une introduction en français.",
        show_child_pages=True,
    )
    StandardPageFactory(
        parent=about, title="Governance", slug_en="governance", title_fr="Gouvernance", slug_fr="gouvernance"
    )
    return about


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """The modules whose tests read the shared demo run last of the tests in a transaction, together.

    pytest-django sorts next, keeping this order within its own: tests in a transaction, then
    transactional tests (whose flush would empty the demo), then tests without the database.

    In a parallel run (`make test`, pytest-xdist's loadgroup) they share one worker: they are marked
    `xdist_group("demo")`, as the browser tests are `xdist_group("browser")`.
    """
    on_demo = {item.module for item in items if "demo_site" in item.fixturenames}
    items.sort(key=lambda item: (item.module in on_demo, "demo_site" in item.fixturenames))


#: The shared demo's outer transaction while it is loaded, and whether it was rolled back.
_demo = {}


@pytest.fixture(scope="session")
def demo_site(django_db_setup, django_db_blocker):
    """The whole demo, loaded once: each test's changes roll back to it, and it rolls back after the last test on it.

    A load takes seconds; the tests that read the demo would otherwise load it one by one. Their modules
    run together and last (above); the tests after them (transactional ones above all) find the
    database as the migrations left it.
    """
    from efus_site.core.demo.loader import DemoLoader

    if _demo.get("rolled_back"):
        raise RuntimeError("The shared demo was rolled back: the tests on it must run together.")
    outer = transaction.atomic()
    with django_db_blocker.unblock():
        outer.__enter__()
        _demo.update(outer=outer, blocker=django_db_blocker)
        DemoLoader().run()
    yield
    _roll_back_demo()


def _roll_back_demo():
    outer = _demo.pop("outer", None)
    if outer is not None:
        with _demo["blocker"].unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
        _demo["rolled_back"] = True


def pytest_runtest_setup(item):
    if "demo_site" in item.fixturenames and _demo.get("rolled_back"):
        pytest.fail("The shared demo was rolled back before this test: the tests on it must run one after another.")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Once the last test on the shared demo has rolled its own changes back, roll the demo back too."""
    yield
    if "demo_site" in item.fixturenames and (nextitem is None or "demo_site" not in nextitem.fixturenames):
        _roll_back_demo()
    if "transactional_db" in item.fixturenames:
        _restore_migrated_rows(item.config.stash[blocking_manager_key])


def _restore_migrated_rows(blocker):
    """Put back what the migrations made (root page, locales…), which a transactional test's flush empties.

    Django reloads them only at the start of the next test asking for serialized rollback; the tests
    after a transactional one need them too, wherever a parallel run places it.
    """
    from django.db import connections

    for connection in connections.all():
        contents = getattr(connection, "_test_serialized_contents", None)
        if contents:
            with blocker.unblock():
                connection.creation.deserialize_db_from_string(contents)


@pytest.fixture(autouse=True)
def staff_second_factor(settings):
    """Tests log staff in with force_login and no authenticator; the tests of the second factor turn it on."""
    settings.STAFF_REQUIRE_MFA = False

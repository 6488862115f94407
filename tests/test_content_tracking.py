"""Every model whose rows a public page reads starts a new content generation when it changes."""

import re
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page

from efus_site.core.generation import TRACKED_MODELS, generation
from efus_site.core.models.images import CustomRendition
from members.factories import MemberAuthorityFactory

# On the shared demo (tests/conftest.py): one worker of a parallel run loads it, once.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("demo")]

TABLE = re.compile(r'(?:FROM|JOIN)\s+"([^"]+)"')
#: Read by pages but never edited as content: changing them is a deploy (languages) or they are derived.
NOT_CONTENT = {
    Locale: "the languages change with a deploy",
    CustomRendition: "resized copies of a tracked image, made on demand and never edited",
}


def _models_by_table():
    return {model._meta.db_table: model for model in apps.get_models(include_auto_created=True)}


def _is_followed(model):
    """Pages follow publishing; other models must be registered with track_content()."""
    concrete = model._meta.concrete_model
    return issubclass(concrete, Page) or concrete in TRACKED_MODELS or concrete in NOT_CONTENT


def _sample(paths, per_section=3):
    """The pages of the sitemap, with a few of each section's many sub-pages (profiles read the same tables)."""
    kept, per_parent = [], {}
    for path in paths:
        parent = path.rstrip("/").rpartition("/")[0]
        per_parent[parent] = per_parent.get(parent, 0) + 1
        if per_parent[parent] <= per_section or path.count("/") <= 3:
            kept.append(path)
    return kept


def test_every_model_a_public_page_reads_is_tracked(demo_site, client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    sitemap = client.get("/sitemap.xml").content.decode()
    paths = _sample(sorted({urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)}))
    assert len(paths) > 50  # every demo page in six languages, and some profiles
    by_table = _models_by_table()
    read_by = {}
    for path in paths:
        cache.clear()  # a cold render reads every table the page shows
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200, path
        for query in queries:
            for table in TABLE.findall(query["sql"]):
                if table in by_table:
                    read_by.setdefault(by_table[table], path)
    untracked = {model._meta.label: path for model, path in read_by.items() if not _is_followed(model)}
    assert untracked == {}, "register these with track_content() where they are defined"


def test_saving_or_deleting_a_tracked_row_starts_a_new_generation(db):
    before = generation()
    authority = MemberAuthorityFactory()
    saved = generation()
    authority.delete()
    assert before < saved < generation()

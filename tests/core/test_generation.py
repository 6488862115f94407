"""The content generation and the values cached per generation."""

from unittest import mock

import pytest
from django.core.cache import cache
from django.core.management import call_command

from efus_site.core import generation as gen


def test_a_value_is_computed_once_per_generation():
    computed = []

    def compute():
        computed.append(1)
        return ["menu"]

    assert gen.cached("test:menu", compute) == ["menu"]
    assert gen.cached("test:menu", compute) == ["menu"]
    assert len(computed) == 1
    gen.advance()
    gen.cached("test:menu", compute)
    assert len(computed) == 2


def test_values_held_in_memory_go_stale_with_their_generation():
    gen.cached("test:title", lambda: "old")
    gen.advance()
    assert gen.cached("test:title", lambda: "new") == "new"


def test_each_caller_gets_its_own_copy():
    first = gen.cached("test:list", lambda: {"items": [1]})
    first["items"].append(2)
    assert gen.cached("test:list", lambda: {"items": [1]}) == {"items": [1]}


def test_a_constant_is_shared_as_is_and_goes_stale_with_its_generation():
    computed = []

    def compute():
        computed.append(1)
        return ("a", "large", "vocabulary")

    first = gen.cached_constant("test:vocabulary", compute)
    assert gen.cached_constant("test:vocabulary", compute) is first and len(computed) == 1
    gen.advance()
    assert gen.cached_constant("test:vocabulary", lambda: ("new",)) == ("new",)


def test_a_flushed_cache_never_brings_back_values_of_an_old_generation():
    gen.cached("test:flush", lambda: "before")
    cache.clear()
    assert gen.cached("test:flush", lambda: "after") == "after"


def test_none_is_cached_like_any_other_value():
    compute = mock.Mock(return_value=None)
    gen.cached("test:none", compute)
    gen.cached("test:none", compute)
    assert compute.call_count == 1


def test_a_request_reads_the_generation_once(client, about):
    with mock.patch.object(gen, "read_counter", wraps=gen.read_counter) as read:
        response = client.get("/en/about/")
    assert response.status_code == 200
    assert [call.args for call in read.call_args_list] == [(gen.GENERATION_KEY,)]


def test_advancing_during_a_request_is_seen_by_the_rest_of_it():
    middleware = gen.GenerationMiddleware(lambda request: (gen.generation(), gen.advance(), gen.generation()))
    before, _none, after = middleware(None)
    assert after == before + 1


def test_a_new_release_never_reads_what_the_last_one_cached(settings):
    settings.RELEASE_ID = "release-a"
    assert gen.cached("test:template", lambda: "made by release a") == "made by release a"
    settings.RELEASE_ID = "release-b"
    assert gen.cached("test:template", lambda: "made by release b") == "made by release b"
    settings.RELEASE_ID = "release-a"
    assert gen.cached("test:template", lambda: "unused") == "made by release a"


def test_pages_cached_by_one_release_are_not_served_by_the_next(client, about, settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.RELEASE_ID = "release-a"
    assert client.get("/en/about/")["X-Cache"] == "MISS"
    assert client.get("/en/about/")["X-Cache"] == "HIT"
    settings.RELEASE_ID = "release-b"
    assert client.get("/en/about/")["X-Cache"] == "MISS"


@pytest.mark.django_db
def test_migrate_starts_a_new_generation():
    before = gen.generation()
    call_command("migrate", "--noinput", verbosity=0)
    assert gen.generation() > before

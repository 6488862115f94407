"""Every public address of the demo names, describes and places itself: title, description, links, image."""

from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.utils import translation

from members.models import MembersIndexPage

# On the shared demo (tests/conftest.py): one worker of a parallel run loads it, once.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("demo")]

LANGUAGES = {code for code, _name in settings.LANGUAGES}
WALKED = ("en", "fr")


class Head(HTMLParser):
    """What a search engine or a social network reads from a page's head."""

    def __init__(self):
        super().__init__()
        self.title, self.meta, self.canonical, self.alternates, self._in_title = "", {}, [], {}, False
        #: The language of the main article's text where it differs from the page's (an untranslated initiative).
        self.text_language = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "title":
            self._in_title = True
        elif tag == "article" and self.text_language is None:
            self.text_language = attrs.get("lang", "")
        elif tag == "meta" and ("name" in attrs or "property" in attrs):
            self.meta[attrs.get("name") or attrs["property"]] = attrs.get("content", "")
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical.append(attrs["href"])
        elif tag == "link" and attrs.get("rel") == "alternate" and "hreflang" in attrs:
            self.alternates[attrs["hreflang"]] = attrs["href"]

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def head(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    parser = Head()
    parser.feed(response.content.decode())
    return parser


def public_paths(client):
    """The sitemap's addresses in the walked languages, the directory's second page and the form's two pages."""
    sitemap = client.get("/sitemap.xml").content.decode()
    paths = {urlsplit(url).path for url in sitemap.split("<loc>")[1:] for url in [url.split("</loc>")[0]]}
    index = MembersIndexPage.objects.get()
    for code in WALKED:
        with translation.override(code):
            section = index.get_url()
            paths |= {section + "?page=2", section + index.reverse_subpage("join")}
            paths.add(section + index.reverse_subpage("join_thanks"))
    return sorted(path for path in paths if path.startswith(tuple(f"/{code}/" for code in WALKED)))


def test_every_public_address_has_its_own_title_description_canonical_alternates_and_image(demo_site, client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    paths = public_paths(client)
    assert len(paths) > 250  # every page and profile in two languages
    assert "/fr/membres/adherer/" in paths and "/en/members/liege/" in paths
    seen, problems = {}, []
    for path in paths:
        page = head(client, path)
        address = f"http://testserver{path}"
        description = page.meta.get("description", "")
        pair = (page.title.strip(), description)
        own_language = translation.get_language_from_path(path)
        # A page not yet translated shows the language it was written in, and says the same as there.
        if page.text_language in (None, "", own_language):
            if pair in seen:
                problems.append(f"{path}: same title and description as {seen[pair]}")
            seen.setdefault(pair, path)
        if not description:
            problems.append(f"{path}: no description")
        if page.canonical != [address]:
            problems.append(f"{path}: canonical {page.canonical}")
        if set(page.alternates) != LANGUAGES | {"x-default"} or page.alternates[own_language] != address:
            problems.append(f"{path}: alternates {page.alternates}")
        if page.meta.get("og:url") != address or page.meta.get("og:description") != description:
            problems.append(f"{path}: og:url {page.meta.get('og:url')}, og:description differs")
        if not page.meta.get("og:title") or not page.meta.get("og:image", "").startswith("http://testserver/"):
            problems.append(f"{path}: og:title {page.meta.get('og:title')!r}, og:image {page.meta.get('og:image')!r}")
    assert problems == []


def test_a_profile_is_shared_as_itself_not_as_the_directory(demo_site, client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for path, name in [("/en/members/liege/", "Liège"), ("/de/mitglieder/liege/", "Lüttich")]:
        page = head(client, path)
        assert page.meta["og:title"] == name
        assert page.title.startswith(f"{name} – ")
        assert "Efus" in page.meta["description"] and len(page.meta["description"]) <= 160
        assert page.meta["twitter:title"] == name
        assert page.meta["twitter:card"] == "summary_large_image"

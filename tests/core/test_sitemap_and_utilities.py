"""Sitemap, robots.txt and health check."""

import re

import pytest
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db


def locations(xml):
    return re.findall(r"<loc>([^<]+)</loc>", xml)


def test_sitemap_lists_every_page_in_every_language(client, about):
    xml = client.get("/sitemap.xml").content.decode()
    found = locations(xml)
    assert "http://testserver/fr/a-propos/gouvernance/" in found
    assert "http://testserver/pt/about/governance/" in found
    assert "http://testserver/de/" in found
    # home, about and governance, six languages each
    assert len(found) == 3 * 6
    assert '<xhtml:link rel="alternate" hreflang="x-default" href="http://testserver/en/about/"' in xml


def test_sitemap_leaves_out_private_pages(client, about):
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    found = locations(client.get("/sitemap.xml").content.decode())
    assert found and not [url for url in found if "/about/" in url or "/a-propos/" in url]


def test_robots_txt_points_at_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-cache" in response["Cache-Control"]


def test_favicon_ico_leads_to_the_svg_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("img/favicon.svg")


def test_in_development_the_sitemap_names_the_address_the_site_is_served_at(client, about, settings):
    settings.DEBUG = True
    found = locations(client.get("/sitemap.xml", headers={"host": "127.0.0.1:8001"}).content.decode())
    assert "http://127.0.0.1:8001/fr/a-propos/" in found
    assert all(url.startswith("http://127.0.0.1:8001/") for url in found)


def test_in_production_the_sitemap_names_the_sites_own_address(client, about):
    found = locations(client.get("/sitemap.xml", headers={"host": "127.0.0.1:8001"}).content.decode())
    assert "http://testserver/fr/a-propos/" in found
    assert not [url for url in found if "8001" in url]

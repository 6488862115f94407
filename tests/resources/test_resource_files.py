"""A resource page: its files in the visitor's language first, and members-only files for members only."""

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings

from resources.factories import DocumentFactory, ResourceFileFactory
from tests.pages import page_html

pytestmark = pytest.mark.django_db


def file_links(html):
    import re

    return re.findall(r'href="[^"]*/files/([a-z]{2})/"', html)


def test_french_visitor_sees_the_french_file_first(client, resources):
    assert file_links(page_html(client, "/fr/ressources/drug-scenes-toolkit/")) == ["fr", "en", "it"]
    assert file_links(page_html(client, "/en/resources/drug-scenes-toolkit/")) == ["en", "fr", "it"]
    assert file_links(page_html(client, "/it/resources/drug-scenes-toolkit/")) == ["it", "en", "fr"]


def test_renders_in_two_languages(client, resources):
    english = page_html(client, "/en/resources/drug-scenes-toolkit/")
    assert "Toolkit" in english and "Drugs" in english
    french = page_html(client, "/fr/ressources/drug-scenes-toolkit/")
    assert "Drogues" in french and "Télécharger" in french


def test_public_file_is_served_to_anyone(client, resources):
    response = client.get("/en/resources/drug-scenes-toolkit/files/fr/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-1.4")


def test_missing_language_is_a_404(client, resources):
    assert client.get("/en/resources/drug-scenes-toolkit/files/pt/").status_code == 404


def test_members_only_summary_is_public_but_not_the_body(client, resources):
    html = page_html(client, "/en/resources/members-report/")
    assert "A public summary of the members" in html
    assert "Confidential findings" not in html
    assert "log in as a member" in html


def test_members_only_file_anonymous_gets_the_login_redirect(client, resources):
    response = client.get("/en/resources/members-report/files/en/")
    assert response.status_code == 302
    # The site's own login (allauth's, members.network), in the visitor's language.
    assert response["Location"].startswith("/en/accounts/login/")
    assert "next=/en/resources/members-report/files/en/" in response["Location"]


def test_members_only_file_refused_to_a_non_member(client, resources, non_member):
    client.force_login(non_member)
    assert client.get("/en/resources/members-report/files/en/").status_code == 403


def test_members_only_file_served_to_a_member(client, resources, member):
    client.force_login(member)
    response = client.get("/en/resources/members-report/files/fr/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert "Confidential findings" in page_html(client, "/en/resources/members-report/")


def test_members_only_document_not_reachable_by_its_public_addresses(client, resources, non_member):
    document = resources["private"].files.first().document
    # Wagtail's document view checks the collection's restriction.
    response = client.get(document.url)
    assert response.status_code == 302 and "login" in response["Location"]
    client.force_login(non_member)
    assert client.get(document.url).status_code in (302, 403)
    # The media folder never serves documents, even where Django serves media.
    with override_settings(SERVE_MEDIA=True, ROOT_URLCONF="efus_site.urls"):
        from importlib import reload

        import efus_site.urls

        reload(efus_site.urls)
        try:
            assert client.get(f"/media/{document.file.name}").status_code == 404
        finally:
            reload(efus_site.urls)


def test_members_only_resource_needs_restricted_files(resources):
    page = resources["private"]
    page.files.add(ResourceFileFactory.build(page=page, language="de", document=DocumentFactory()))
    with pytest.raises(ValidationError, match="restricted collection"):
        page.full_clean()


def test_one_file_per_language(resources):
    page = resources["video"]
    page.files.add(ResourceFileFactory.build(page=page, language="en", document=DocumentFactory()))
    with pytest.raises(ValidationError, match="one file per language"):
        page.full_clean()


def test_document_of_a_members_only_resource_stays_private_outside_the_collection(client, resources, non_member):
    """A file left in a public collection by mistake is still refused to non-members at /documents/."""
    page = resources["private"]
    document = DocumentFactory()  # the root collection, which has no restriction
    ResourceFileFactory(page=page, language="de", document=document)
    response = client.get(document.url)
    assert response.status_code == 302 and "login" in response["Location"]
    client.force_login(non_member)
    assert client.get(document.url).status_code == 403
    assert client.get("/en/resources/members-report/files/de/").status_code == 403


def test_member_downloads_a_file_left_outside_the_collection(client, resources, member):
    page = resources["private"]
    document = DocumentFactory()
    ResourceFileFactory(page=page, language="de", document=document)
    client.force_login(member)
    assert client.get("/en/resources/members-report/files/de/").status_code == 200

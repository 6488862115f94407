"""What is not found answers 404 where it was asked for; only addresses without a language get one."""

import pytest

pytestmark = pytest.mark.django_db


def test_a_missing_object_in_the_admin_is_a_404_not_a_redirect_to_a_public_page(admin_client, home):
    response = admin_client.get("/admin/snippets/members/memberauthority/edit/999999/")
    assert response.status_code == 404
    assert admin_client.get("/admin/no-such-screen/").status_code == 404


def test_a_missing_document_is_a_404(client, home):
    assert client.get("/documents/999999/missing.pdf").status_code == 404


def test_a_page_address_without_its_language_still_leads_to_the_english_page(client, about):
    response = client.get("/about/")
    assert (response.status_code, response["Location"]) == (302, "/en/about/")

"""The form to join has its address in each language; the first, English one still leads to it."""

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError

from members.addresses import JOIN, THANKS
from members.factories import MemberAuthorityFactory
from members.models import MemberAuthority
from members.models.authorities import RESERVED_SLUGS
from tests.members.test_join import GOOD
from tests.pages import page_html

pytestmark = pytest.mark.django_db


def test_every_language_has_its_own_words_and_no_authority_can_take_them():
    languages = {code for code, _name in settings.LANGUAGES}
    assert set(JOIN) == set(THANKS) == languages
    assert len(set(JOIN.values())) == len(languages)
    assert set(JOIN.values()) | {"export"} <= RESERVED_SLUGS
    for word in JOIN.values():
        with pytest.raises(ValidationError, match="used by the site itself"):
            MemberAuthority(name_en=word, slug=word, country="FR", kind="city").full_clean()


@pytest.mark.parametrize(
    ("url", "form"),
    [("/en/members/", "/en/members/join/"), ("/fr/membres/", "/fr/membres/adherer/")],
)
def test_the_directory_links_to_the_form_at_its_translated_address(client, members_page, url, form):
    assert f'<a class="button" href="{form}">' in page_html(client, url)
    assert 'name="authority_name"' in page_html(client, form)


def test_the_form_page_names_its_translated_addresses_in_every_language(client, members_page):
    html = page_html(client, "/fr/membres/adherer/")
    assert '<link rel="canonical" href="http://testserver/fr/membres/adherer/">' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/members/join/">' in html
    assert '<link rel="alternate" hreflang="de" href="http://testserver/de/members/beitreten/">' in html
    # The switcher leads to the form in the other languages, at their own addresses.
    assert 'href="/en/members/join/" lang="en"' in html
    assert 'href="/pt/members/aderir/" lang="pt"' in html
    thanks = page_html(client, "/de/members/beitreten/danke/")
    assert '<link rel="canonical" href="http://testserver/de/members/beitreten/danke/">' in thanks
    assert '<link rel="alternate" hreflang="fr" href="http://testserver/fr/membres/adherer/merci/">' in thanks
    assert '<meta name="robots" content="noindex">' in thanks


def test_the_first_english_addresses_lead_to_the_translated_ones(client, members_page):
    response = client.get("/fr/membres/join/?utm_source=newsletter")
    assert response.status_code == 301
    assert response["Location"] == "/fr/membres/adherer/?utm_source=newsletter"
    response = client.get("/de/members/join/thanks/")
    assert (response.status_code, response["Location"]) == (301, "/de/members/beitreten/danke/")
    # English keeps its address, and another language's word is nobody's profile.
    assert client.get("/en/members/join/").status_code == 200
    assert client.get("/fr/membres/beitreten/").status_code == 404


def test_a_form_posted_to_the_first_address_is_still_taken_in(client, members_page):
    response = client.post("/fr/membres/join/", GOOD)
    assert (response.status_code, response["Location"]) == (302, "/fr/membres/adherer/merci/")


def test_profiles_keep_their_address_beside_the_translated_form(client, members_page):
    MemberAuthorityFactory(name_en="Adhererville", slug="adhererville")
    assert "Adhererville" in page_html(client, "/fr/membres/adhererville/")

"""Declarations: the section, a declaration's page with its signatories, count and map, and its edition's link."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conferences.factories import DeclarationPageFactory, SignatoryFactory
from conferences.models import DeclarationPage, DeclarationsIndexPage, Signatory

pytestmark = pytest.mark.django_db


@pytest.fixture
def brussels(declarations_section, nice, liege):
    page = DeclarationPageFactory(
        parent=declarations_section,
        title="Brussels Declaration",
        title_fr="Déclaration de Bruxelles",
        slug_en="brussels-declaration",
        slug_fr="declaration-de-bruxelles",
        adopted_on=datetime.date(2022, 11, 23),
        place_en="Brussels",
        place_fr="Bruxelles",
        text_en="<p>Public spaces must stay open to all.</p>",
        text_fr="<p>Les espaces publics doivent rester ouverts à tous.</p>",
    )
    SignatoryFactory(page=page, authority=nice, organisation="", signed_by="Christian Estrosi, Mayor", sort_order=0)
    SignatoryFactory(page=page, authority=liege, organisation="", signed_by="Willy Demeyer, Mayor", sort_order=1)
    SignatoryFactory(page=page, organisation="European Forum for Urban Security (Efus)", signed_by="", sort_order=2)
    page.save_revision().publish()
    return page


def test_creation_rules():
    assert DeclarationsIndexPage.parent_page_types == ["core.HomePage"]
    assert DeclarationPage.parent_page_types == ["conferences.DeclarationsIndexPage"]
    assert DeclarationsIndexPage.max_count == 1


def test_declaration_lists_signatories_linked_counted_and_mapped(client, brussels):
    html = client.get("/en/declarations/brussels-declaration/").content.decode()
    assert "3 signatories to date." in html
    assert '<a href="/en/members/nice/">Nice</a>' in html and '<a href="/en/members/liege/">Liège</a>' in html
    assert "European Forum for Urban Security (Efus)" in html and "Willy Demeyer, Mayor" in html
    assert html.count('<a href="/en/members/') == 4  # two in the list, two dots on the map
    assert 'aria-label="Nice"' in html and "The 2 member authorities among the signatories" in html
    assert "Public spaces must stay open to all." in html


def test_declaration_in_french(client, brussels):
    html = client.get("/fr/declarations/declaration-de-bruxelles/").content.decode()
    assert 'lang="fr"' in html and "Déclaration de Bruxelles" in html and "Bruxelles" in html
    assert "Les espaces publics doivent rester ouverts à tous." in html
    assert '<a href="/fr/membres/liege/">Liège</a>' in html


def test_index_counts_signatories_and_has_an_empty_state(client, declarations_section, brussels):
    html = client.get("/en/declarations/").content.decode()
    assert "Brussels Declaration" in html and "3 signatories" in html
    brussels.unpublish()
    assert "No declaration has been published yet." in client.get("/en/declarations/").content.decode()


def test_index_paginates_and_survives_a_bad_page(client, declarations_section):
    for number in range(12):
        DeclarationPageFactory(parent=declarations_section, title=f"Declaration number {number:02d}")
    first = client.get("/en/declarations/").content.decode()
    assert first.count('class="resource-item"') == 10 and 'rel="next"' in first
    assert client.get("/en/declarations/?page=zzz").status_code == 200
    assert client.get("/en/declarations/?page=99").content.decode().count('class="resource-item"') == 2


def test_declaration_page_costs_the_same_however_many_signatories(client, brussels, members_section):
    from members.factories import MemberAuthorityFactory

    url = "/en/declarations/brussels-declaration/"
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for order in range(20):
        SignatoryFactory(page=brussels, authority=MemberAuthorityFactory(), organisation="", sort_order=3 + order)
    brussels.save_revision().publish()
    client.get(url)
    with CaptureQueriesContext(connection) as more:
        html = client.get(url).content.decode()
    assert "23 signatories to date." in html
    assert len(few) == len(more)


def test_a_signatory_needs_an_authority_or_a_name(brussels):
    with pytest.raises(ValidationError) as error:
        Signatory(page=brussels, organisation=" ").clean()
    assert "organisation" in error.value.message_dict


def test_the_edition_links_the_declaration_adopted_there(client, series, declarations_section):
    from conferences.factories import ConferenceEditionPageFactory

    edition = ConferenceEditionPageFactory(parent=series, title="Nice 2021", slug_en="nice-2021")
    DeclarationPageFactory(
        parent=declarations_section, title="Nice Declaration", slug_en="nice-declaration", edition=edition
    )
    html = client.get("/en/conferences/nice-2021/").content.decode()
    assert "Declaration adopted" in html and '<a href="/en/declarations/nice-declaration/">Nice Declaration</a>' in html
    declaration_html = client.get("/en/declarations/nice-declaration/").content.decode()
    assert '<a href="/en/conferences/nice-2021/">Nice 2021</a>' in declaration_html


def test_an_edition_without_a_declaration_on_the_site_keeps_its_outside_link(client, edition):
    edition.declaration_url = "https://example.org/declaration.pdf"
    edition.save_revision().publish()
    html = client.get("/en/conferences/brussels-2024/").content.decode()
    assert '<a href="https://example.org/declaration.pdf">Read the declaration</a>' in html


def test_the_editor_previews_unsaved_signatories(brussels, nice):
    brussels.signatories = [
        Signatory(organisation="Municipality of Xàbia", signed_by="The Mayor"),
        Signatory(authority=nice),
    ]
    html = brussels.make_preview_request().render().content.decode()
    assert "2 signatories to date." in html and "Municipality of Xàbia" in html
    assert Signatory.objects.filter(page=brussels).count() == 3  # a preview saves nothing

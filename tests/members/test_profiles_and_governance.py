"""Authority profiles, the governance page read from the records, and the live counts on the home page."""

import pytest
from wagtail.models import Page

from members.factories import GovernancePageFactory, MemberAuthorityFactory
from members.models import GovernancePage, MemberAuthority, MembersIndexPage
from tests.pages import page_html

pytestmark = pytest.mark.django_db


def test_profile_in_the_visitors_language(client, authorities):
    page = page_html(client, "/de/members/liege/")
    assert '<h1 class="content__title">Lüttich</h1>' in page
    assert "Belgien" in page
    assert "Willy Demeyer, Mayor" in page
    assert 'href="/de/members/belgian-forum/"' in page
    assert '<html lang="de"' in page
    # The switcher leads to the same profile in every language.
    assert 'href="/fr/membres/liege/"' in page
    assert '<link rel="canonical" href="http://testserver/de/members/liege/">' in page


def test_profile_shows_the_seat_the_forum_and_the_location(client, authorities):
    page = page_html(client, "/en/members/liege/")
    assert "President (Willy Demeyer, Mayor), since 2016" in page
    assert "Belgian Forum for Prevention and Urban Security" in page
    assert page.count("<circle") == 1
    assert '<span aria-current="page">Liège</span>' in page  # last step of the breadcrumb


def test_forum_profile_lists_its_members(client, authorities):
    page = page_html(client, "/en/members/belgian-forum/")
    assert "Members of this forum in Efus" in page
    assert 'href="/en/members/liege/"' in page


def test_former_members_keep_a_profile_marked_as_such(client, authorities):
    assert "Former member" in page_html(client, "/en/members/oldtown/")


def test_unknown_profile_is_a_translated_404(client, authorities):
    response = client.get("/fr/membres/atlantis/")
    assert response.status_code == 404
    assert '<html lang="fr"' in response.content.decode()


def test_one_members_section_and_no_subpages(members_page):
    assert not MembersIndexPage.can_create_at(members_page.get_parent())
    assert MembersIndexPage.allowed_subpage_models() == []


def test_reserved_addresses_are_refused(authorities):
    authority = MemberAuthority(name_en="Join", slug="join", country="FR", kind="city")
    with pytest.raises(Exception, match="used by the site itself"):
        authority.full_clean()


@pytest.fixture
def governance(home, members_page):
    return GovernancePageFactory(parent=home, intro_en="How Efus is run.")


def test_governance_comes_from_the_records(client, authorities, governance):
    page = page_html(client, governance.url)
    assert "How Efus is run." in page
    presidency = page.split('id="presidency-title"')[1].split("</section>")[0]
    assert presidency.index("Liège") < presidency.index("Nice")
    assert "Willy Demeyer, Mayor" in presidency
    committee = page.split('id="committee-title"')[1].split("</section>")[0]
    assert "2 member authorities sit on the Executive Committee" in committee
    forums = page.split('id="forums-title"')[1].split("</section>")[0]
    assert "Belgian Forum for Prevention and Urban Security" in forums
    assert "1 member authority in Efus" in forums
    assembly = page.split('id="assembly-title"')[1].split("</section>")[0]
    assert "5 member authorities from 4 countries are listed in our directory." in assembly


def test_governance_follows_a_change_of_record_at_once(client, authorities, governance):
    assert "Gdańsk" not in page_html(client, governance.url)  # and now it is cached
    gdansk = authorities["gdansk"]
    gdansk.exco_role, gdansk.exco_from = "treasurer", 2024
    gdansk.save()
    page = page_html(client, governance.url)
    assert "Gdańsk" in page.split('id="presidency-title"')[1].split("</section>")[0]


def test_past_seats_are_not_shown(client, authorities, governance):
    MemberAuthorityFactory(name_en="Pastville", exco_role="member", exco_from=2010, exco_to=2013)
    assert "Pastville" not in page_html(client, governance.url)


def test_governance_page_is_editable(admin_client, governance):
    assert admin_client.get(f"/admin/pages/{governance.pk}/edit/").status_code == 200
    assert GovernancePage in Page.objects.get(pk=governance.get_parent().pk).specific_class.allowed_subpage_models()


def test_home_page_shows_live_counts_linked_to_the_directory(client, home, authorities):
    page = page_html(client, "/en/")
    assert '<a href="/en/members/">5 member authorities from 4 countries are listed in our directory.</a>' in page
    assert "5 collectivités membres de 4 pays figurent dans notre annuaire." in page_html(client, "/fr/")
    MemberAuthorityFactory(name_en="Riga", country="LV")
    assert "6 member authorities from 5 countries are listed" in page_html(client, "/en/")


def test_call_to_join_leads_to_the_form_when_it_points_at_the_members_section(client, home, members_page):
    home.join_page, home.join_title_en, home.join_button_en = members_page, "Join us", "Apply"
    home.save_revision().publish()
    assert 'href="/en/members/join/">Apply</a>' in page_html(client, "/en/")


def test_admin_lists_and_edits_authorities(admin_client, authorities):
    listing = admin_client.get("/admin/snippets/members/memberauthority/?country=BE").content.decode()
    assert "Liège" in listing and "Gdańsk" not in listing
    liege = authorities["liege"]
    assert admin_client.get(f"/admin/snippets/members/memberauthority/edit/{liege.pk}/").status_code == 200


def test_sitemap_lists_every_current_profile_in_every_language(client, authorities):
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/fr/membres/liege/</loc>" in xml
    assert "<loc>http://testserver/de/members/gdansk/</loc>" in xml
    assert 'hreflang="fr" href="http://testserver/fr/membres/liege/"' in xml
    assert "oldtown" not in xml  # former members keep a profile, but it is not advertised

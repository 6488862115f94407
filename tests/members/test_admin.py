"""Staff screens of the members app: searching authorities, and the member record of an accepted application."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from members.factories import MemberAuthorityFactory, MembershipApplicationFactory
from members.models import MemberAuthority, MembershipApplication

pytestmark = pytest.mark.django_db

AUTHORITIES = "wagtailsnippets_members_memberauthority"
APPLICATIONS = "wagtailsnippets_members_membershipapplication"


def listed_names(response):
    return {authority.name_en for authority in response.context["object_list"]}


def test_searching_authorities_answers_on_every_database(admin_client, authorities):
    """The reported crash: "no such column: name" on SQLite, as the box searched while staff typed "Li"."""
    for name in ("list", "list_results"):
        response = admin_client.get(reverse(f"{AUTHORITIES}:{name}"), {"q": "Li"})
        assert response.status_code == 200
        assert listed_names(response) == {"Liège", "Emilia-Romagna Region"}  # "Li", anywhere in a name


@pytest.mark.parametrize("typed", ["liege", "LIÈGE", "Lièg", "lütt", "Lutt"])
def test_staff_find_an_authority_by_any_of_its_names_accents_and_case_ignored(admin_client, authorities, typed):
    for name in ("list", "list_results"):
        response = admin_client.get(reverse(f"{AUTHORITIES}:{name}"), {"q": typed})
        assert response.status_code == 200
        assert listed_names(response) == {"Liège"}


def test_the_search_finds_former_members_too_and_every_word_must_match(admin_client, authorities):
    assert listed_names(admin_client.get(reverse(f"{AUTHORITIES}:list"), {"q": "old"})) == {"Oldtown"}
    both = admin_client.get(reverse(f"{AUTHORITIES}:list"), {"q": "romagne region"})
    assert listed_names(both) == {"Emilia-Romagna Region"}


def test_the_authority_chooser_searches_the_same_names(admin_client, authorities):
    chooser = MemberAuthority.snippet_viewset.chooser_viewset
    for name in ("choose", "choose_results"):
        response = admin_client.get(reverse(chooser.get_url_name(name)), {"q": "Lüttich"})
        assert response.status_code == 200
        html = response.json()["html"] if name == "choose" else response.content.decode()
        assert "Liège" in html and "Gdańsk" not in html


def test_the_applications_listing_says_yes_or_no_for_consent(admin_client, db):
    MembershipApplicationFactory(authority_name="Porto", consent=True)
    html = admin_client.get(reverse(f"{APPLICATIONS}:list")).content.decode()
    assert ">Yes</span>" in html and ">True<" not in html


def test_an_application_says_yes_or_no_for_consent_when_inspected_and_edited(admin_client, db):
    application = MembershipApplicationFactory(consent=True)
    for name in ("inspect", "edit"):
        html = admin_client.get(reverse(f"{APPLICATIONS}:{name}", args=[application.pk])).content.decode()
        assert "Yes" in html and "True" not in html, name


def accepted():
    return MembershipApplicationFactory(
        authority_name="Câmara Municipal de Lisboa", kind="city", country="PT", population=545_000, status="accepted"
    )


def create_url(application):
    return f"{reverse(f'{AUTHORITIES}:add')}?application={application.pk}"


@pytest.mark.parametrize("view", ["inspect", "edit"])
def test_only_an_accepted_application_offers_to_create_the_member_record(admin_client, view):
    application = accepted()
    html = admin_client.get(reverse(f"{APPLICATIONS}:{view}", args=[application.pk])).content.decode()
    assert "Create member record" in html and create_url(application).replace("&", "&amp;") in html
    for status in ("new", "contacted", "declined"):
        application.status = status
        application.save()
        html = admin_client.get(reverse(f"{APPLICATIONS}:{view}", args=[application.pk])).content.decode()
        assert "Create member record" not in html, status


def test_the_member_record_form_is_prefilled_and_nothing_is_written_before_staff_save(admin_client):
    MemberAuthorityFactory(name_en="Lisbon", slug="camara-municipal-de-lisboa")
    response = admin_client.get(create_url(accepted()))
    assert response.status_code == 200
    form = response.context["form"]
    assert form["name_en"].value() == "Câmara Municipal de Lisboa"
    assert form["slug"].value() == "camara-municipal-de-lisboa-2"  # the plain address is taken
    assert (form["kind"].value(), form["country"].value(), form["population"].value()) == ("city", "PT", 545_000)
    assert "Check every field" in response.content.decode()
    assert MemberAuthority.objects.count() == 1


def form_data(response, **changes):
    """What the prefilled form would send as it is, with the given changes."""
    form = response.context["form"]
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is not None:
            data[name] = value
    return {**data, **changes}


def test_saving_the_prefilled_form_creates_the_record_and_links_the_application(admin_client):
    application = accepted()
    response = admin_client.get(create_url(application))
    assert f"application={application.pk}" in response.context["action_url"]
    response = admin_client.post(response.context["action_url"], form_data(response, member_since=2026), follow=True)
    authority = MemberAuthority.objects.get()
    assert (authority.name_en, authority.kind, authority.country.code, authority.population) == (
        "Câmara Municipal de Lisboa",
        "city",
        "PT",
        545_000,
    )
    assert "is now a member authority, linked to its application" in response.content.decode()
    application.refresh_from_db()
    assert application.authority == authority
    # From then on the application leads to the record, and cannot make a second one.
    html = admin_client.get(reverse(f"{APPLICATIONS}:inspect", args=[application.pk])).content.decode()
    assert "Open member record" in html and "Create member record" not in html
    again = admin_client.get(create_url(application))
    assert again["Location"] == reverse(f"{AUTHORITIES}:edit", args=[authority.pk])
    assert MemberAuthority.objects.count() == 1


def test_an_application_that_is_not_accepted_prefills_nothing(admin_client):
    application = MembershipApplicationFactory(status="contacted")
    assert admin_client.get(create_url(application)).status_code == 404
    assert admin_client.get(f"{reverse(f'{AUTHORITIES}:add')}?application=x").status_code == 404


def staff(django_user_model, *codenames):
    user = django_user_model.objects.create_user("staff", password="x")
    user.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", *codenames]))
    return user


def assert_refused(client, application):
    """Wagtail answers a 403 inside the admin with a redirect to the dashboard and a message."""
    for method in (client.get, client.post):
        response = method(create_url(application), {"name_en": "X", "slug": "x"} if method == client.post else {})
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    refused = client.get(create_url(application), follow=True)
    assert "Sorry, you do not have permission to access this area." in refused.content.decode()
    assert MemberAuthority.objects.count() == 0
    assert MembershipApplication.objects.get().authority is None


def test_staff_who_may_not_add_authorities_are_refused_and_see_no_button(client, django_user_model):
    application = accepted()
    client.force_login(staff(django_user_model, "change_membershipapplication", "view_membershipapplication"))
    html = client.get(reverse(f"{APPLICATIONS}:edit", args=[application.pk])).content.decode()
    assert "Create member record" not in html
    assert_refused(client, application)


def test_staff_who_may_add_authorities_but_not_handle_applications_are_refused(client, django_user_model):
    client.force_login(staff(django_user_model, "add_memberauthority", "change_memberauthority"))
    assert_refused(client, accepted())


def test_the_member_record_is_created_only_with_the_form_security_token(admin_user):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    application = accepted()
    assert client.post(create_url(application), {"name_en": "X", "slug": "x"}).status_code == 403
    assert MemberAuthority.objects.count() == 0

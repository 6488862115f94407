"""The translations dashboard, export and import screens, jobs screen and the editor's state."""

import polib
import pytest
from django.contrib.auth.models import Group, Permission, User
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from efus_site.core.factories import StandardPageFactory
from efus_site.core.models import StandardPage, Theme
from efus_site.translation import files, status
from efus_site.translation.models import MachineTranslation, TranslationJob
from efus_site.translation.store import mark_machine, save_translated

from .conftest import reverse_words

DASHBOARD = reverse("translation_dashboard")


def fresh(page):
    return StandardPage.objects.get(pk=page.pk)


def translate_all(page, language, rule=reverse_words):
    data = files.export([page], language, "po")
    po = polib.pofile(data.decode())
    for entry in po:
        entry.msgstr = rule(entry.msgid)
    files.import_file(str(po).encode(), language)


@pytest.mark.django_db
def test_states_complete_machine_partly_and_missing(nested_page):
    translate_all(nested_page, "fr")
    translate_all(nested_page, "de")
    mark_machine(fresh(nested_page), "de", ["intro"])
    StandardPage.objects.filter(pk=nested_page.pk).update(intro_it="Perché le città agiscono insieme.")
    states = status.object_states(fresh(nested_page))
    assert states == {"fr": "complete", "de": "machine", "it": "partly", "es": "missing", "pt": "missing"}


@pytest.mark.django_db
def test_the_dashboard_lists_pages_and_snippets_with_states_totals_and_editor_links(admin_client, nested_page):
    translate_all(nested_page, "fr")
    theme = Theme.objects.create(name="Prevention", slug="prevention", description="Preventing crime.")
    response = admin_client.get(DASHBOARD)
    html = response.content.decode()
    assert response.status_code == 200
    assert reverse("wagtailadmin_pages:edit", args=[nested_page.pk]) in html
    assert f"core.theme:{theme.pk}" in html and "Prevention" in html
    assert 'translation-state--complete" data-language="fr"' in html
    totals = dict(response.context["totals"])
    assert totals["French"][0] >= 1  # complete
    rows = {row.item: row for row in response.context["page_obj"]}
    assert rows[f"core.standardpage:{nested_page.pk}"].states["fr"] == "complete"


@pytest.mark.django_db
def test_the_dashboard_filters_by_language_state_type_and_section(admin_client, nested_page, home):
    translate_all(nested_page, "fr")
    other = StandardPageFactory(parent=home, title="Elsewhere", slug_en="elsewhere")
    Theme.objects.create(name="Prevention", slug="prevention", description="Preventing crime.")

    def items(**filters):
        return {row.item for row in admin_client.get(DASHBOARD, filters).context["page_obj"]}

    assert items(language="fr", state="complete") >= {f"core.standardpage:{nested_page.pk}"}
    assert f"core.standardpage:{other.pk}" not in items(language="fr", state="complete")
    assert f"core.standardpage:{other.pk}" in items(language="fr", state="missing")
    assert {item.split(":")[0] for item in items(type="core.theme")} == {"core.theme"}
    assert items(section=str(other.pk)) == {f"core.standardpage:{other.pk}"}
    assert (
        "Nothing matches" in admin_client.get(DASHBOARD, {"type": "core.theme", "state": "complete"}).content.decode()
    )


@pytest.mark.django_db
def test_the_dashboard_query_count_does_not_grow_with_pages(admin_client, home):
    StandardPageFactory.create_batch(2, parent=home)
    admin_client.get(DASHBOARD)
    with CaptureQueriesContext(connection) as few:
        admin_client.get(DASHBOARD)
    StandardPageFactory.create_batch(8, parent=home)
    with CaptureQueriesContext(connection) as many:
        admin_client.get(DASHBOARD)
    assert len(many) == len(few)


@pytest.mark.django_db
def test_export_then_import_through_the_screens(admin_client, nested_page):
    response = admin_client.post(
        DASHBOARD,
        {"items": [f"core.standardpage:{nested_page.pk}"], "language": "fr", "file_format": "po", "action": "export"},
    )
    assert response.status_code == 200 and response["Content-Disposition"].endswith('.po"')
    po = polib.pofile(response.content.decode())
    for entry in po:
        entry.msgstr = reverse_words(entry.msgid)
    upload = ("fr.po", str(po).encode())
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = admin_client.post(
        reverse("translation_import"), {"language": "fr", "file": SimpleUploadedFile(*upload)}, follow=True
    )
    assert [str(m) for m in response.context["messages"]] == ["Imported into 1 page or snippet; fields changed: 3."]
    assert status.object_states(fresh(nested_page))["fr"] == "complete"


@pytest.mark.django_db
def test_a_bad_import_shows_every_problem_and_changes_nothing(admin_client, nested_page):
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = files.export([nested_page], "fr", "xliff20")
    response = admin_client.post(
        reverse("translation_import"), {"language": "de", "file": SimpleUploadedFile("fr.xlf", data)}
    )
    html = response.content.decode()
    assert response.status_code == 200 and "Nothing was imported" in html and "not “de”" in html
    assert not fresh(nested_page).title_de


@pytest.mark.django_db
def test_machine_translation_from_the_dashboard_and_for_a_section(
    admin_client, nested_page, home, engines, django_capture_on_commit_callbacks
):
    with override_settings(TRANSLATION_BACKEND="deepl"), django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            DASHBOARD,
            {
                "items": [f"core.standardpage:{nested_page.pk}"],
                "language": "fr",
                "file_format": "po",
                "languages": ["it"],
                "action": "machine",
            },
        )
        assert response.status_code == 302 and response["Location"] == reverse("translation_jobs")
        response = admin_client.post(reverse("translation_jobs"), {"section": str(nested_page.pk), "languages": ["pt"]})
        assert response.status_code == 302
    assert fresh(nested_page).title_it == reverse_words("Urban security")
    assert fresh(nested_page).title_pt == reverse_words("Urban security")
    html = admin_client.get(reverse("translation_jobs")).content.decode()
    assert html.count("Done") >= 2 and str(TranslationJob.objects.first().characters_sent) in html
    response = admin_client.get(DASHBOARD, {"language": "it", "state": "machine"})
    row = next(r for r in response.context["page_obj"] if r.obj.pk == nested_page.pk)
    assert row.states["it"] == "machine"
    assert "by machine: body, intro, title" in response.content.decode()


@pytest.mark.django_db
def test_the_page_editor_shows_the_state_and_a_persons_edit_clears_the_mark(admin_client, nested_page):
    translate_all(nested_page, "fr")
    mark_machine(fresh(nested_page), "fr", ["intro", "title"])
    edit = reverse("wagtailadmin_pages:edit", args=[nested_page.pk])
    html = admin_client.get(edit).content.decode()
    assert "FR: Machine translation, to review" in html and "ES: Missing" in html
    page = fresh(nested_page)
    page.intro_fr = "Relu par une personne."
    page.save_revision()
    from efus_site.translation.wagtail_hooks import page_edited_by_a_person

    page_edited_by_a_person(None, page)
    assert list(MachineTranslation.objects.values_list("field", flat=True)) == ["title"]


@pytest.mark.django_db
def test_only_staff_with_the_permission_see_the_screens(client, nested_page):
    user = User.objects.create_user("editor", "editor@example.com", "a-long-password", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    for name in ("translation_dashboard", "translation_import", "translation_jobs"):
        response = client.get(reverse(name))
        # Wagtail turns a refusal into a return to the admin's home page with a message.
        assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    group = Group.objects.create(name="Translators")
    group.permissions.add(
        Permission.objects.get(codename="translate_content"), Permission.objects.get(codename="access_admin")
    )
    user.groups.add(group)
    assert client.get(DASHBOARD).status_code == 200


@pytest.mark.django_db
def test_a_snippet_editor_shows_its_state(admin_client, home):
    from wagtail.admin.admin_url_finder import AdminURLFinder

    theme = Theme.objects.create(
        name="Prevention", slug="prevention", description="Preventing crime.", name_fr="Prévention"
    )
    html = admin_client.get(AdminURLFinder().get_edit_url(theme)).content.decode()
    assert "FR: Partly translated" in html and "DE: Missing" in html


@pytest.mark.django_db
def test_the_dashboard_paginates_and_keeps_its_filters(admin_client, home, monkeypatch):
    from efus_site.translation import views

    monkeypatch.setattr(views, "ROWS_PER_PAGE", 2)
    StandardPageFactory.create_batch(3, parent=home)
    first = admin_client.get(DASHBOARD, {"type": "core.standardpage"})
    assert len(first.context["page_obj"]) == 2
    assert "type=core.standardpage&amp;page=2" in first.content.decode()
    second = admin_client.get(DASHBOARD, {"type": "core.standardpage", "page": "2"})
    assert len(second.context["page_obj"]) == 1
    assert admin_client.get(DASHBOARD, {"page": "junk"}).status_code == 200


@pytest.mark.django_db
def test_editing_a_snippet_in_the_admin_clears_the_mark_of_the_field_edited(admin_client, home):
    from wagtail.admin.admin_url_finder import AdminURLFinder

    theme = Theme.objects.create(
        name="Prevention", slug="prevention", description="Preventing crime.", name_fr="Prévention (machine)"
    )
    theme.description_fr = "Prévenir la criminalité (machine)."
    theme.save()
    mark_machine(theme, "fr", ["name", "description"])
    url = AdminURLFinder().get_edit_url(theme)
    form = admin_client.get(url).context["form"]
    data = {name: "" if form[name].value() is None else form[name].value() for name in form.fields}
    data["name_fr"] = "Prévention"
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    assert list(MachineTranslation.objects.values_list("field", flat=True)) == ["description"]


def edit_form_data(form, **changes):
    """What the page editor posts back: every field as the form shows it, with a person's changes."""
    from wagtail.blocks import StreamValue
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    data = {"comments": inline_formset([])}
    for name in form.fields:
        value = form[name].value()
        if isinstance(value, StreamValue):
            assert not value, "a body would need its blocks posted; this helper posts none"
            data[name] = streamfield([])
        elif value is True:
            data[name] = "on"
        elif value not in (None, False):
            data[name] = value
    data.update(changes)
    return nested_form_data(data)


@pytest.mark.django_db
def test_editing_a_field_in_the_page_editor_clears_its_machine_mark_and_keeps_the_others(admin_client, home):
    page = StandardPageFactory(parent=home, title="Urban security", intro_en="Why cities act together.")
    page.title_fr = "Sécurité urbaine (machine)"
    page.intro_fr = "Pourquoi les villes agissent ensemble (machine)."
    page.listing_summary_fr = "Résumé (machine)."
    page.intro_de = "Warum Städte zusammen handeln (Maschine)."
    save_translated(page)
    mark_machine(fresh(page), "fr", ["title", "intro", "listing_summary"])
    mark_machine(fresh(page), "de", ["intro"])
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    form = admin_client.get(edit).context["form"]
    assert form["intro_fr"].value() == "Pourquoi les villes agissent ensemble (machine)."
    response = admin_client.post(edit, edit_form_data(form, intro_fr="Pourquoi les villes agissent ensemble."))
    assert response.status_code == 302, response.context["form"].errors
    assert fresh(page).get_latest_revision_as_object().intro_fr == "Pourquoi les villes agissent ensemble."
    remaining = set(MachineTranslation.objects.values_list("field", "language"))
    assert remaining == {("title", "fr"), ("listing_summary", "fr"), ("intro", "de")}
    html = admin_client.get(edit).content.decode()
    assert "FR: Machine translation, to review" in html  # the title and summary still await review


@pytest.mark.django_db
def test_fields_listed_as_the_same_in_every_language_are_never_counted_missing(admin_client, home):
    theme = Theme.objects.create(
        name="Prevention", slug="prevention", description="Preventing crime.", description_fr="Prévenir."
    )
    theme.name_it = "Prevenzione"
    theme.save()
    with override_settings(TRANSLATION_SAME_IN_EVERY_LANGUAGE=[]):
        assert status.object_states(theme) == {
            "fr": "partly",
            "de": "missing",
            "it": "partly",
            "es": "missing",
            "pt": "missing",
        }
    with override_settings(TRANSLATION_SAME_IN_EVERY_LANGUAGE=["core.theme.name"]):
        # The French lacks only the name: complete. The Italian's own name counts, its description is missing.
        assert status.object_states(theme) == {
            "fr": "complete",
            "de": "missing",
            "it": "partly",
            "es": "missing",
            "pt": "missing",
        }
        response = admin_client.get(DASHBOARD, {"type": "core.theme", "language": "fr", "state": "complete"})
        assert [row.obj for row in response.context["page_obj"]] == [theme]


@pytest.mark.django_db
def test_a_member_authority_keeping_its_name_in_every_language_is_complete_by_default():
    from members.factories import MemberAuthorityFactory

    authority = MemberAuthorityFactory(
        name_en="Nice", **{f"description_{code}": "…" for code in ["fr", "de", "it", "es", "pt"]}
    )
    assert set(status.object_states(authority).values()) == {"complete"}
    authority.description_pt = ""
    authority.save()
    assert status.object_states(authority)["pt"] == "missing"

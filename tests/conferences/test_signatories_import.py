"""A declaration's signatories from a CSV file: all rows or none, every problem named by its row, in a revision."""

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from conferences import signatories_import
from conferences.factories import DeclarationPageFactory, SignatoryFactory
from members.factories import MemberAuthorityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def declaration(declarations_section):
    return DeclarationPageFactory(parent=declarations_section, title="Brussels Declaration", slug_en="brussels")


@pytest.fixture
def admin(db):
    return User.objects.create_superuser("admin", "admin@example.org", "pass")


def authorities():
    for slug, name in (("turin", "Turin"), ("gdansk", "Gdańsk"), ("riga", "Riga")):
        MemberAuthorityFactory(slug=slug, name_en=name)


GOOD = (
    b"authority,organisation,signed_by,signed_on\n"
    b"turin,,Stefano Lo Russo,2022-11-23\n"
    b"gdansk,,,23/11/2022\n"
    b",Safe Brussels,,2022-11-23\n"
)


def test_a_good_file_adds_every_signatory_and_publishes(client, declaration, admin):
    authorities()
    report, published = signatories_import.apply(declaration, GOOD, admin)
    assert report.ok and published
    declaration.refresh_from_db()
    names = [each.name for each in declaration.signatories.order_by("sort_order")]
    assert names == ["Turin", "Gdańsk", "Safe Brussels"]
    html = client.get("/en/declarations/brussels/").content.decode()
    assert "3 signatories to date." in html and "Stefano Lo Russo" in html


def test_one_bad_row_imports_nothing_and_names_the_row(declaration, admin):
    authorities()
    revisions = declaration.revisions.count()
    data = GOOD + b"nowhere-town,,,2022-11-23\nriga,,,31/02/2022\n"
    report, published = signatories_import.apply(declaration, data, admin)
    assert not report.ok and not published
    assert report.errors == [
        "Row 5: no member authority has the address “nowhere-town”",
        "Row 6: “31/02/2022” is not a date (write it 2022-11-23)",
    ]
    assert declaration.signatories.count() == 0
    assert declaration.revisions.count() == revisions


def test_who_already_signed_cannot_sign_twice(declaration, admin):
    authorities()
    turin = MemberAuthorityFactory._meta.model.objects.get(slug="turin")
    SignatoryFactory(page=declaration, authority=turin, organisation="")
    declaration.save_revision().publish()
    report = signatories_import.check(declaration, b"authority\nturin\nriga\nriga\n")
    assert report.errors == [
        "Row 2: Turin already signed this declaration",
        "Row 4: Riga already signed this declaration",
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe", "The file is not UTF-8 text."),
        (b"name,town\nx,y\n", "Unknown columns: name, town."),
        (b"signed_by\nSomeone\n", "The file needs an authority or an organisation column."),
        (b"authority,organisation\n", "The file has no rows under the column names."),
        (b"authority,organisation\n,\n", "Row 2: give a member authority's address or an organisation's name"),
    ],
)
def test_files_that_cannot_be_read_say_why(declaration, data, message):
    report = signatories_import.check(declaration, data)
    assert any(error.startswith(message) for error in report.errors), report.errors


def test_a_page_with_unpublished_changes_gets_a_draft(declaration, admin):
    authorities()
    declaration.title = "Brussels Declaration (draft title)"
    declaration.save_revision()
    report, published = signatories_import.apply(declaration, GOOD, admin)
    assert report.ok and not published
    declaration.refresh_from_db()
    assert declaration.signatories.count() == 0  # the live page is unchanged
    draft = declaration.get_latest_revision_as_object()
    assert draft.title == "Brussels Declaration (draft title)" and len(draft.signatories.all()) == 3


def test_staff_preview_then_apply_in_the_admin(client, declaration, admin):
    authorities()
    client.force_login(admin)
    url = reverse("conferences_signatories_import", args=[declaration.pk])
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[declaration.pk])).content.decode()
    assert url in edit and "Import signatories" in edit
    bad = client.post(url, {"file": SimpleUploadedFile("s.csv", GOOD + b"atlantis,,,\n")}).content.decode()
    assert "Nothing was imported: 1 problem to fix." in bad and "Row 5: no member authority" in bad
    preview = client.post(url, {"file": SimpleUploadedFile("s.csv", GOOD)})
    assert "Once applied: 3 signatories added." in preview.content.decode()
    token = preview.context["token"]
    done = client.post(reverse("conferences_signatories_import_apply", args=[declaration.pk]), {"token": token})
    assert done.status_code == 302 and declaration.signatories.count() == 3
    expired = client.post(reverse("conferences_signatories_import_apply", args=[declaration.pk]), {"token": token})
    assert expired.status_code == 302 and declaration.signatories.count() == 3


def test_people_who_cannot_edit_the_page_are_refused(client, declaration):
    user = User.objects.create_user("reader", "reader@example.org", "pass", is_staff=True)
    client.force_login(user)
    response = client.get(reverse("conferences_signatories_import", args=[declaration.pk]))
    assert response.status_code in (302, 403)

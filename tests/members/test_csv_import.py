"""CSV import (preview, per-row errors, all or nothing) and the open-data export."""

import csv
import io
import json

import pytest
from django.urls import reverse

from efus_site.core.demo.loader import read_data
from members import csv_import
from members.demo.loader import DATA
from members.factories import MemberAuthorityFactory
from members.models import MemberAuthority
from members.open_data import COLUMNS
from members.views import admin as admin_views

pytestmark = pytest.mark.django_db

HEADER = ["name", "name_fr", "kind", "country", "population", "member_since", "national_forum", "latitude", "longitude"]


def csv_bytes(rows, header=HEADER, delimiter=","):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode()


def good_rows(count):
    """A forum first, then cities that belong to it, spread over Europe."""
    rows = [["Forum français pour la sécurité urbaine", "", "forum", "FR", "", "1992", "", "48.85", "2.35"]]
    for number in range(1, count):
        rows.append(
            [f"City {number:03d}", f"Ville {number:03d}", "City", "France", str(1000 * number), "2005",
             "forum-francais-pour-la-securite-urbaine", f"{43 + number % 8}.5", f"{number % 7}.25"]
        )  # fmt: skip
    return rows


def test_a_good_file_of_250_rows_is_previewed_then_applied():
    data = csv_bytes(good_rows(250))
    report = csv_import.check(data)
    assert report.errors == []
    assert len(report.creates) == 250
    assert MemberAuthority.objects.count() == 0  # a preview changes nothing

    report = csv_import.apply(data)
    assert report.ok
    assert MemberAuthority.objects.count() == 250
    city = MemberAuthority.objects.get(slug="city-017")
    assert (city.name_en, city.name_fr, city.kind, city.country.code) == ("City 017", "Ville 017", "city", "FR")
    assert city.population == 17000
    assert city.national_forum.slug == "forum-francais-pour-la-securite-urbaine"
    assert city.search_text == "city 017 ville 017"


def test_one_bad_row_stops_the_whole_file_and_says_which_row():
    MemberAuthorityFactory(name_en="City 005", slug="city-005", population=1)
    rows = good_rows(30)
    rows[15][3] = "Frnace"  # the 16th data row is row 17 of the spreadsheet, under the header
    report = csv_import.apply(csv_bytes(rows))
    assert report.errors == ["Row 17: unknown country “Frnace”"]
    assert MemberAuthority.objects.count() == 1
    assert MemberAuthority.objects.get(slug="city-005").population == 1  # not updated either


def test_every_problem_is_listed_in_plain_words():
    rows = [
        ["", "", "city", "FR", "", "", "", "", ""],
        ["Town", "", "castle", "FR", "12a", "1850", "", "", ""],
        ["Town", "", "city", "FR", "", "", "no-such-forum", "95", "2"],
        ["Halfway", "", "city", "FR", "", "", "", "45.1", ""],
    ]
    errors = csv_import.check(csv_bytes(rows)).errors
    assert errors == [
        "Row 2: the name is empty",
        "Row 3: unknown kind “castle” (use one of: city, metropolitan, region, forum, ngo, university, other)",
        "Row 3: population “12a” is not a whole number",
        "Row 3: member_since “1850” is not a year between 1987 and " + str(csv_import.timezone.localdate().year),
        "Row 4: the address “town” is already used by row 3",
        "Row 4: latitude “95” is not a number between -90 and 90",
        "Row 4: unknown national forum “no-such-forum” (give the address of a forum)",
        "Row 5: longitude: Give both the latitude and the longitude, or neither.",
    ]


def test_file_level_problems():
    assert csv_import.check(b"name;kind\nNice;city\n").errors == ["Missing columns: country."]
    assert csv_import.check(b"name,kind,country,mayor\n").errors == ["Unknown columns: mayor."]
    assert csv_import.check("name,kind,country\nLiège,city,BE\n".encode("latin-1")).errors == [
        "The file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8”."
    ]
    assert csv_import.check(b"name,kind,country\n").errors == ["The file has no rows under the column names."]


def test_semicolons_from_french_spreadsheets_and_updates_keep_other_columns():
    MemberAuthorityFactory(name_en="Liège", slug="liege", country="BE", population=195000, website="https://liege.be")
    data = "\ufeffslug;name;kind;country;population\nliege;Liège;city;BE;197000\n".encode()
    report = csv_import.apply(data)
    assert (len(report.creates), len(report.updates)) == (0, 1)
    liege = MemberAuthority.objects.get(slug="liege")
    assert liege.population == 197000
    assert liege.website == "https://liege.be"  # not in the file: left as it was


def test_export_holds_the_public_fields_and_imports_back_unchanged(client, authorities):
    response = client.get("/en/members/export/csv/")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="efus-members.csv"' in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [row["slug"] for row in rows][:2] == ["belgian-forum", "emilia-romagna"]
    liege = next(row for row in rows if row["slug"] == "liege")
    assert (liege["name"], liege["name_de"], liege["country"], liege["national_forum"]) == (
        "Liège",
        "Lüttich",
        "BE",
        "belgian-forum",
    )
    assert liege["exco_role"] == "president"
    assert "search_text" not in rows[0]
    # Staff can edit the export in a spreadsheet and import it back.
    report = csv_import.check(response.content)
    assert report.errors == []
    assert (len(report.creates), len(report.updates)) == (0, 6)

    data = json.loads(client.get("/fr/membres/export/json/").content)
    assert len(data["members"]) == 6
    assert {"slug": "gdansk", "name": "Gdańsk", "country": "PL"}.items() <= data["members"][2].items()


def test_directory_links_to_the_open_data(client, authorities):
    html = client.get("/en/members/").content.decode()
    assert 'href="/en/members/export/csv/"' in html
    assert 'href="/en/members/export/json/"' in html


def test_staff_import_through_the_admin(client, admin_user, members_page):
    client.force_login(admin_user)
    upload = io.BytesIO(csv_bytes(good_rows(3)))
    upload.name = "members.csv"
    response = client.post(reverse("members_import"), {"file": upload})
    html = response.content.decode()
    assert "Once applied: 3 authorities added, 0 authorities updated." in html
    assert MemberAuthority.objects.count() == 0
    token = response.context["token"]
    response = client.post(reverse("members_import_apply"), {"token": token}, follow=True)
    assert "Import done: 3 authorities added, 0 authorities updated." in response.content.decode()
    assert MemberAuthority.objects.count() == 3
    # The same preview cannot be applied twice.
    response = client.post(reverse("members_import_apply"), {"token": token}, follow=True)
    assert "This preview has expired" in response.content.decode()


def test_the_import_counts_say_one_authority_in_the_singular_in_every_language(client, admin_user, members_page):
    from django.utils import translation

    MemberAuthorityFactory(name_en="Forum français", slug="forum-francais-pour-la-securite-urbaine")
    client.force_login(admin_user)
    upload = io.BytesIO(csv_bytes(good_rows(2)))
    upload.name = "members.csv"
    token = client.post(reverse("members_import"), {"file": upload}).context["token"]
    html = client.post(reverse("members_import_apply"), {"token": token}, follow=True).content.decode()
    assert "Import done: 1 authority added, 1 authority updated." in html
    report = csv_import.check(csv_bytes(good_rows(2)))
    for language in ("fr", "de", "it", "es", "pt"):
        with translation.override(language):
            counts = admin_views.import_counts(report)
            assert counts["added"].startswith("0 ") and counts["updated"].startswith("2 ")
            assert "authorit" not in counts["added"] + counts["updated"], language  # translated


def test_admin_shows_the_errors_and_no_apply_button(client, admin_user, members_page):
    client.force_login(admin_user)
    upload = io.BytesIO(csv_bytes([["Nice", "", "city", "Frnace", "", "", "", "", ""]]))
    upload.name = "members.csv"
    html = client.post(reverse("members_import"), {"file": upload}).content.decode()
    assert "Nothing was imported: 1 problem to fix." in html
    assert "Row 2: unknown country “Frnace”" in html
    assert "Apply the import" not in html


def test_import_needs_the_members_permissions(client, admin_user, django_user_model, members_page):
    """An editor who may use the admin, but not change member authorities, can neither preview nor apply."""
    from django.contrib.auth.models import Permission

    client.force_login(admin_user)
    upload = io.BytesIO(csv_bytes(good_rows(2)))
    upload.name = "members.csv"
    token = client.post(reverse("members_import"), {"file": upload}).context["token"]

    editor = django_user_model.objects.create_user("editor", password="x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
    # Wagtail turns a refusal inside the admin into a redirect to the dashboard with a message.
    refused = client.get(reverse("members_import"), follow=True)
    assert refused.redirect_chain == [("/admin/", 302)]
    assert "Sorry, you do not have permission to access this area." in refused.content.decode()
    assert client.post(reverse("members_import_apply"), {"token": token})["Location"] == "/admin/"
    assert MemberAuthority.objects.count() == 0


def test_a_failure_while_writing_leaves_nothing_behind(monkeypatch, members_page):
    """The checks passed, then the database refused something midway: the rows written before are undone."""
    from django.db import DatabaseError

    def refuse(*args, **kwargs):
        raise DatabaseError("disk full")

    monkeypatch.setattr(MemberAuthority.objects, "bulk_update", refuse)
    with pytest.raises(DatabaseError):
        csv_import.apply(csv_bytes(good_rows(5)))
    assert MemberAuthority.objects.count() == 0


@pytest.mark.parametrize(
    ("cells", "error"),
    [
        ({"latitude": "NaN", "longitude": "2"}, "Row 2: latitude “NaN” is not a number between -90 and 90"),
        ({"population": "²"}, "Row 2: population “²” is not a whole number"),
        ({"population": "99999999999"}, "Row 2: population “99999999999” is not a whole number"),
        ({"name": "Αθήνα"}, "Row 2: no address can be made from this name: fill in the slug column"),
        ({"name": "Nice\x00"}, "Row 2: name holds control characters"),
    ],
)
def test_odd_values_are_reported_not_fatal(cells, error):
    row = dict(zip(HEADER, ["Nice", "", "city", "FR", "", "", "", "", ""], strict=True)) | cells
    assert error in csv_import.check(csv_bytes([[row[column] for column in HEADER]])).errors


def test_a_stray_quote_in_a_large_file_is_a_readable_error():
    data = b"name,kind,country\n" + b'"Nice,city,FR\n' + b"Town,city,FR\n" * 20000
    errors = csv_import.check(data).errors
    assert len(errors) == 1 and errors[0].startswith("The file cannot be read as CSV")


def test_a_period_is_checked_against_the_stored_seat():
    MemberAuthorityFactory(slug="nice", exco_role="member", exco_from=2015, exco_to=2018)
    data = b"slug,name,kind,country,exco_from\nnice,Nice,city,FR,2020\n"
    assert csv_import.check(data).errors == ["Row 2: seat until: The seat cannot end before it starts."]


@pytest.mark.parametrize(
    ("line", "error"),
    [
        (b"join,Join,city,FR,,,,", "Row 2: address: This address is used by the site itself; choose another."),
        (b"paris,Paris,city,FR,,2020,,", "Row 2: Executive Committee seat: Choose the seat this period is for."),
        (b"lyon,Lyon,city,FR,member,2022,2020,", "Row 2: seat until: The seat cannot end before it starts."),
        (b"metz,Metz,city,FR,,,,6.2", "Row 2: longitude: Give both the latitude and the longitude, or neither."),
    ],
)
def test_rows_are_checked_by_the_models_own_rules(line, error):
    data = b"slug,name,kind,country,exco_role,exco_from,exco_to,longitude\n" + line + b"\n"
    assert csv_import.check(data).errors == [error]


def test_addresses_are_matched_whatever_their_case():
    MemberAuthorityFactory(slug="liege", name_en="Liège", country="BE")
    report = csv_import.check("slug,name,kind,country\nLiege,Liège,city,BE\n".encode())
    assert (len(report.creates), len(report.updates)) == (0, 1)


def test_the_export_defuses_spreadsheet_formulas(client, members_page):
    MemberAuthorityFactory(name_en='=HYPERLINK("http://evil.example")', slug="formula", longitude=-8)
    rows = list(csv.DictReader(io.StringIO(client.get("/en/members/export/csv/").content.decode("utf-8-sig"))))
    assert rows[0]["name"] == '\'=HYPERLINK("http://evil.example")'
    assert rows[0]["longitude"] == "-8.0"  # numbers stay numbers


def test_the_demo_authorities_are_a_file_the_staff_import_accepts():
    data = (DATA / "authorities.csv").read_bytes()
    assert data.decode().split("\n", 1)[0] == ",".join(COLUMNS)
    report = csv_import.check(data)
    assert report.errors == []
    assert len(report.creates) == data.decode().strip().count("\n") >= 80
    assert set(read_data("representatives", DATA)) <= {values["slug"] for values in report.creates}

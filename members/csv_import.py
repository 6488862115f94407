"""The staff CSV import of member authorities: check every row, then write all rows or none."""

import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_slug
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from efus_site.core.generation import content_changed
from efus_site.core.i18n import labelled
from efus_site.core.text import fold

from .countries import country_code
from .models.authorities import FIRST_YEAR, ExcoRole, Kind, MemberAuthority, Status
from .open_data import COLUMNS, OTHER_LANGUAGES

LANGUAGES = [code for code, _name in settings.LANGUAGES]
REQUIRED_COLUMNS = ("name", "kind", "country")
WHOLE_NUMBER = re.compile(r"[0-9]{1,10}")
MAX_WHOLE_NUMBER = 2_147_483_647  # the largest value of the integer columns
MAX_ROWS = 5000
MAX_ERRORS_SHOWN = 200


@dataclass
class ImportReport:
    """What a CSV file would do: the rows it would create and update, or why it cannot be applied."""

    creates: list = field(default_factory=list)
    updates: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors and bool(self.creates or self.updates)


def _choice(value, choices):
    """The code of a choice given as its code or its English label, case and accents aside."""
    wanted = fold(value.strip())
    for code, label in choices:
        with translation.override("en"):
            english = str(label)
        if wanted in (fold(code), fold(english), fold(str(label))):
            return code
    return None


class _Row:
    """One data row being checked: collects plain-language errors that name the row."""

    def __init__(self, number, raw, report):
        self.number, self.raw, self.report, self.values = number, raw, report, {}

    def error(self, message, **values):
        self.report.errors.append(_("Row %(row)s: %(problem)s") % {"row": self.number, "problem": message % values})

    def text(self, column, max_length):
        value = (self.raw.get(column) or "").strip()
        if len(value) > max_length:
            self.error(_("%(column)s is longer than %(max)s characters"), column=column, max=max_length)
        if any(ord(char) < 32 and char not in "\n\t" for char in value):
            self.error(_("%(column)s holds control characters"), column=column)
            return ""
        return value

    def whole_number(self, column, minimum=0, maximum=None):
        value = (self.raw.get(column) or "").strip().replace(" ", "").replace("\u202f", "")
        if not value:
            return None
        # Plain ASCII digits only ("²" counts as a digit for str.isdigit), and no more than a 32-bit column holds.
        maximum_or_column = maximum if maximum is not None else MAX_WHOLE_NUMBER
        if not WHOLE_NUMBER.fullmatch(value) or not minimum <= int(value) <= maximum_or_column:
            if maximum is not None:
                self.error(
                    _("%(column)s “%(value)s” is not a year between %(min)s and %(max)s"),
                    column=column,
                    value=value,
                    min=minimum,
                    max=maximum,
                )
            else:
                self.error(_("%(column)s “%(value)s” is not a whole number"), column=column, value=value)
            return None
        return int(value)

    def coordinate(self, column, limit):
        value = (self.raw.get(column) or "").strip().replace(",", ".")
        if not value:
            return None
        try:
            number = Decimal(value)
            if not number.is_finite() or not -limit <= number <= limit:
                number = None
        except InvalidOperation:
            number = None
        if number is None:
            self.error(
                _("%(column)s “%(value)s” is not a number between -%(limit)s and %(limit)s"),
                column=column,
                value=value,
                limit=limit,
            )
            return None
        return number.quantize(Decimal("0.00001"))


def _read_csv(data, report):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        report.errors.append(_("The file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8”."))
        return None, []
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)  # spreadsheets in French or German save with ";"
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    columns = [(name or "").strip() for name in reader.fieldnames or []]
    reader.fieldnames = columns
    unknown = [name for name in columns if name not in COLUMNS]
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if unknown:
        report.errors.append(_("Unknown columns: %(columns)s.") % {"columns": ", ".join(unknown)})
    if missing:
        report.errors.append(_("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)})
    if unknown or missing:
        return None, []
    try:
        rows = list(reader)
    except csv.Error as error:
        report.errors.append(_("The file cannot be read as CSV (%(error)s). Check its quotes.") % {"error": error})
        return None, []
    if len(rows) > MAX_ROWS:
        report.errors.append(
            _("The file has %(count)s rows; import at most %(max)s at a time.") % {"count": len(rows), "max": MAX_ROWS}
        )
        return None, []
    return columns, rows


def _check_row(row, columns, slugs_in_file, forums):
    """The model field values of one row, or None if it has errors (recorded in the report)."""
    year = timezone.localdate().year
    values = {"name_en": row.text("name", 200)}
    if not values["name_en"]:
        row.error(_("the name is empty"))
    for code in OTHER_LANGUAGES:
        if f"name_{code}" in columns:
            values[f"name_{code}"] = row.text(f"name_{code}", 200)
    # Addresses are compared in lower case: "Liege" and "liege" are the same authority.
    slug = (row.text("slug", 100) or slugify(values["name_en"])[:100]).lower()
    if not slug and values["name_en"]:
        row.error(_("no address can be made from this name: fill in the slug column"))
    try:
        validate_slug(slug) if slug else None
    except ValidationError:
        row.error(_("the address “%(slug)s” may only hold letters, digits, hyphens and underscores"), slug=slug)
    if slug in slugs_in_file:
        row.error(_("the address “%(slug)s” is already used by row %(other)s"), slug=slug, other=slugs_in_file[slug])
    slugs_in_file.setdefault(slug, row.number)
    values["slug"] = slug

    kind = _choice(row.raw.get("kind") or "", Kind.choices)
    if kind is None:
        row.error(
            _("unknown kind “%(value)s” (use one of: %(codes)s)"),
            value=row.raw.get("kind") or "",
            codes=", ".join(Kind.values),
        )
    values["kind"] = kind
    country = country_code(row.raw.get("country"))
    if country is None:
        row.error(_("unknown country “%(value)s”"), value=(row.raw.get("country") or "").strip())
    values["country"] = country

    optional = {
        "population": lambda: row.whole_number("population"),
        "member_since": lambda: row.whole_number("member_since", FIRST_YEAR, year),
        "exco_from": lambda: row.whole_number("exco_from", FIRST_YEAR, year + 10),
        "exco_to": lambda: row.whole_number("exco_to", FIRST_YEAR, year + 10),
        "latitude": lambda: row.coordinate("latitude", 90),
        "longitude": lambda: row.coordinate("longitude", 180),
        "description_en": lambda: row.text("description", 600),
        "representative_en": lambda: row.text("representative", 200),
    }
    for column, read in optional.items():
        if column.removesuffix("_en") in columns:
            values[column] = read()
    for code in OTHER_LANGUAGES:
        if f"description_{code}" in columns:
            values[f"description_{code}"] = row.text(f"description_{code}", 600)
    if "website" in columns:
        website = row.text("website", 200)
        try:
            URLValidator(schemes=["http", "https"])(website) if website else None
        except ValidationError:
            row.error(_("website “%(value)s” is not a web address (it starts with https://)"), value=website)
        values["website"] = website
    if "status" in columns:
        status = _choice(row.raw.get("status") or "member", Status.choices)
        if status is None:
            row.error(_("unknown status “%(value)s” (use member or former)"), value=row.raw.get("status"))
        values["status"] = status
    if "exco_role" in columns:
        role = _choice(row.raw.get("exco_role") or "", [("", ""), *ExcoRole.choices])
        if role is None:
            row.error(
                _("unknown Executive Committee seat “%(value)s” (use one of: %(codes)s)"),
                value=row.raw.get("exco_role"),
                codes=", ".join(ExcoRole.values),
            )
        values["exco_role"] = role
    if "national_forum" in columns:
        forum = (row.raw.get("national_forum") or "").strip().lower()
        if forum and forum not in forums:
            row.error(_("unknown national forum “%(value)s” (give the address of a forum)"), value=forum)
        values["national_forum"] = forum
    return values


def _check_with_model(row, values, stored):
    """The model's own rules (MemberAuthority.clean), on the record as the row would leave it."""
    if values.get("national_forum") and values["national_forum"] == values["slug"]:
        row.error(_("an authority cannot be its own national forum"))
    authority = stored or MemberAuthority()
    for name, value in values.items():
        if name != "national_forum":
            setattr(authority, name, value)
    try:
        authority.clean()
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            for message in messages:
                row.error("%(line)s", line=labelled(MemberAuthority._meta.get_field(name).verbose_name, message))


def check(data):
    """Read and check a CSV file without changing anything."""
    report = ImportReport()
    columns, raw_rows = _read_csv(data, report)
    if columns is None:
        return report
    # The stored records with the fields the model's rules read; the file's values go over them.
    stored_fields = ("slug", "kind", "exco_role", "exco_from", "exco_to", "latitude", "longitude", "national_forum")
    existing = {authority.slug: authority for authority in MemberAuthority.objects.only(*stored_fields)}
    # The forums once the file is applied: the stored ones, with the kinds the file gives.
    kinds = {slug: stored.kind for slug, stored in existing.items()}
    for raw in raw_rows:
        kind = _choice(raw.get("kind") or "", Kind.choices)
        kinds[(raw.get("slug") or slugify(raw.get("name") or "")).strip().lower()] = kind
    forums = {slug for slug, kind in kinds.items() if kind == Kind.FORUM}
    slugs_in_file = {}
    for number, raw in enumerate(raw_rows, start=2):  # row 1 holds the column names, as in a spreadsheet
        errors_before = len(report.errors)
        row = _Row(number, raw, report)
        values = _check_row(row, columns, slugs_in_file, forums)
        if len(report.errors) == errors_before:  # values that did not parse would only repeat their error
            _check_with_model(row, values, existing.get(values["slug"]))
        if len(report.errors) == errors_before:
            (report.updates if values["slug"] in existing else report.creates).append(values)
    if not raw_rows:
        report.errors.append(_("The file has no rows under the column names."))
    return report


@transaction.atomic
def apply(data):
    """Check the file again and, if every row is right, write all of it; otherwise change nothing."""
    report = check(data)
    if not report.ok:
        return report
    rows = report.creates + report.updates
    by_slug = {
        authority.slug: authority for authority in MemberAuthority.objects.filter(slug__in=[r["slug"] for r in rows])
    }
    changed_fields = set()
    for values in rows:
        authority = by_slug.get(values["slug"]) or MemberAuthority(slug=values["slug"])
        for name, value in values.items():
            if name != "national_forum":
                setattr(authority, name, value)
                changed_fields.add(name)
        authority.refresh_search_fields()
        by_slug[values["slug"]] = authority
    MemberAuthority.objects.bulk_create([by_slug[values["slug"]] for values in report.creates])
    fields = sorted(changed_fields - {"slug"}) + ["search_text"] + [f"sort_name_{code}" for code in LANGUAGES]
    MemberAuthority.objects.bulk_update([by_slug[values["slug"]] for values in report.updates], fields, batch_size=500)
    # Forums are linked once every row exists, since a forum may come later in the file than its members.
    forum_ids = dict(MemberAuthority.objects.filter(kind=Kind.FORUM).values_list("slug", "pk"))
    linked = []
    for values in rows:
        if "national_forum" in values:
            authority = by_slug[values["slug"]]
            if authority.pk is None:
                authority.pk = MemberAuthority.objects.get(slug=values["slug"]).pk
            authority.national_forum_id = forum_ids.get(values["national_forum"])
            linked.append(authority)
    MemberAuthority.objects.bulk_update(linked, ["national_forum"], batch_size=500)
    content_changed(sender=MemberAuthority)
    return report

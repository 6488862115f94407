"""The staff CSV import of a declaration's signatories: check every row, then add all rows or none."""

import csv
import datetime
import io
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from members.models import MemberAuthority

from .models import Signatory

COLUMNS = ("authority", "organisation", "signed_by", "signed_on")
MAX_ROWS = 2000
MAX_ERRORS_SHOWN = 200
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y")


@dataclass
class SignatoryReport:
    """What a file would add (one dict per signatory), or every reason it cannot be applied."""

    rows: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors and bool(self.rows)


def _read(data, report):
    """The rows of the file as dicts, or None (with the reason in the report)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        report.errors.append(_("The file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8”."))
        return None
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)  # spreadsheets in French or German save with ";"
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    columns = [(name or "").strip().lower() for name in reader.fieldnames or []]
    reader.fieldnames = columns
    unknown = [name for name in columns if name not in COLUMNS]
    if unknown:
        report.errors.append(_("Unknown columns: %(columns)s.") % {"columns": ", ".join(unknown)})
    if "authority" not in columns and "organisation" not in columns:
        report.errors.append(_("The file needs an authority or an organisation column."))
    if report.errors:
        return None
    try:
        rows = list(reader)
    except csv.Error as error:
        report.errors.append(_("The file cannot be read as CSV (%(error)s). Check its quotes.") % {"error": error})
        return None
    if len(rows) > MAX_ROWS:
        report.errors.append(
            _("The file has %(count)s rows; import at most %(max)s at a time.") % {"count": len(rows), "max": MAX_ROWS}
        )
        return None
    return rows


def _date(value):
    for pattern in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    return None


def _text(raw, column, max_length, problems):
    value = (raw.get(column) or "").strip()
    if len(value) > max_length:
        problems.append(_("%(column)s is longer than %(max)s characters") % {"column": column, "max": max_length})
    if any(ord(char) < 32 for char in value):
        problems.append(_("%(column)s holds control characters") % {"column": column})
    return value


def _check_row(raw, authorities, taken):
    """(values, problems) of one row; taken holds the authorities and organisations already signing."""
    problems = []
    slug = _text(raw, "authority", 100, problems).lower()
    organisation = _text(raw, "organisation", 200, problems)
    signed_by = _text(raw, "signed_by", 200, problems)
    signed_text = _text(raw, "signed_on", 20, problems)
    authority = authorities.get(slug) if slug else None
    if slug and authority is None:
        problems.append(_("no member authority has the address “%(slug)s”") % {"slug": slug})
    if not slug and not organisation:
        problems.append(_("give a member authority's address or an organisation's name"))
    signed_on = _date(signed_text) if signed_text else None
    if signed_text and signed_on is None:
        problems.append(_("“%(value)s” is not a date (write it 2022-11-23)") % {"value": signed_text})
    who = ("authority", authority.pk) if authority else ("organisation", organisation.casefold())
    if not problems and who in taken:
        problems.append(_("%(name)s already signed this declaration") % {"name": organisation or authority.name})
    taken.add(who)
    values = {"authority": authority, "organisation": organisation, "signed_by": signed_by, "signed_on": signed_on}
    return values, problems


def check(page, data):
    """Read and check a file of signatories for the declaration without changing anything."""
    report = SignatoryReport()
    rows = _read(data, report)
    if rows is None:
        return report
    if not rows:
        report.errors.append(_("The file has no rows under the column names."))
        return report
    authorities = MemberAuthority.objects.in_bulk(field_name="slug")
    taken = {
        ("authority", each.authority_id) if each.authority_id else ("organisation", each.organisation.casefold())
        for each in page.signatories.all()
    }
    for number, raw in enumerate(rows, start=2):  # row 1 holds the column names, as in a spreadsheet
        values, problems = _check_row(raw, authorities, taken)
        for problem in problems:
            report.errors.append(_("Row %(row)s: %(problem)s") % {"row": number, "problem": problem})
        if not problems:
            report.rows.append(values)
    return report


@transaction.atomic
def apply(page, data, user):
    """Check again and, if every row is right, add every signatory in a new revision; otherwise change nothing.

    The revision is published when the page was live with nothing else waiting and the user may publish;
    otherwise it stays a draft, so an import never publishes someone's unfinished changes.
    Returns (report, published).
    """
    draft = page.get_latest_revision_as_object()
    report = check(draft, data)
    if not report.ok:
        return report, False
    start = len(draft.signatories.all())
    for offset, values in enumerate(report.rows):
        draft.signatories.add(Signatory(sort_order=start + offset, **values))
    may_publish = page.permissions_for_user(user).can_publish()
    publish = page.live and not page.has_unpublished_changes and may_publish
    revision = draft.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
    return report, publish

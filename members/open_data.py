"""The open-data export of member authorities: every public field, in the columns the CSV import reads back."""

from django.conf import settings

from efus_site.core.generation import cached

from .models.authorities import MemberAuthority

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]
COLUMNS = [
    "slug",
    "name",
    *[f"name_{code}" for code in OTHER_LANGUAGES],
    "kind",
    "country",
    "population",
    "website",
    "member_since",
    "status",
    "national_forum",
    "exco_role",
    "representative",
    "exco_from",
    "exco_to",
    "latitude",
    "longitude",
    "description",
    *[f"description_{code}" for code in OTHER_LANGUAGES],
]


def export_rows():
    """Every authority's public fields, as dicts with the CSV's columns (the import reads them back)."""

    def rows():
        renamed = ("name", "description", "representative", "national_forum")
        fields = [column for column in COLUMNS if column not in renamed]
        values = MemberAuthority.objects.order_by("sort_name", "pk").values(
            *fields, "name_en", "description_en", "representative_en", "national_forum__slug"
        )
        result = []
        for row in values:
            row["name"] = row.pop("name_en")
            row["description"] = row.pop("description_en")
            row["representative"] = row.pop("representative_en")
            row["national_forum"] = row.pop("national_forum__slug")
            for key in ("latitude", "longitude"):
                row[key] = float(row[key]) if row[key] is not None else None
            result.append({column: "" if row[column] is None else row[column] for column in COLUMNS})
        return result

    return cached("members:export", rows)


def spreadsheet_safe(value):
    """A text cell a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe; numbers stay."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value

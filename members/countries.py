"""Country names in the visitor's language."""

import functools

from django.utils import translation
from django_countries import countries

# django-countries has Portuguese only as pt_PT and pt_BR; the site's "pt" is European Portuguese.
_CATALOGUE_LANGUAGE = {"pt": "pt-pt"}


def country_name(code):
    """The name of an ISO 3166 country in the active language."""
    return _name_in(translation.get_language() or "en", code)


@functools.lru_cache(maxsize=2048)
def _name_in(language, code):
    # Switching languages costs more than the lookup itself, and a list shows dozens of names.
    with translation.override(_CATALOGUE_LANGUAGE.get(language, language)):
        return str(countries.name(code))


def country_code(value):
    """The ISO code of a code or an English name ("fr", "France" -> "FR"); None if unknown."""
    value = (value or "").strip()
    if value.upper() in countries:
        return value.upper()
    with translation.override("en"):
        return countries.by_name(value) or None

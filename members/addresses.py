"""The members section's own sub-addresses in each language: the form to join and its confirmation.

They are spelled here rather than in the translation files, so that a translation can never break
an address, and so that no authority's profile can take one (RESERVED_SLUGS).
"""

from django.utils.functional import lazy
from django.utils.translation import get_language

JOIN = {"en": "join", "fr": "adherer", "de": "beitreten", "it": "aderire", "es": "adherirse", "pt": "aderir"}
THANKS = {"en": "thanks", "fr": "merci", "de": "danke", "it": "grazie", "es": "gracias", "pt": "obrigado"}
#: Addresses of the first release, in English under every language: they still lead to the form.
LEGACY_JOIN, LEGACY_THANKS = "join/", "join/thanks/"


def _word(words):
    return words.get(get_language(), words["en"])


def _join_route():
    return f"{_word(JOIN)}/"


def _thanks_route():
    return f"{_word(JOIN)}/{_word(THANKS)}/"


# Lazy: a route is built once, with the page model, and matched and reversed in each request's language.
join_route = lazy(_join_route, str)()
thanks_route = lazy(_thanks_route, str)()

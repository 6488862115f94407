"""The newsletter section's own sub-addresses in each language: the pages its forms and signed links lead to.

They are spelled here rather than in the translation files, so that a translation can never break
an address (members/addresses.py does the same). The English words of the first release still work
under every language: links already in people's inboxes keep leading to their page.
"""

from django.utils.functional import lazy
from django.utils.translation import get_language

WORDS = {
    "thanks": {"en": "thanks", "fr": "merci", "de": "danke", "it": "grazie", "es": "gracias", "pt": "obrigado"},
    "confirm": {
        "en": "confirm",
        "fr": "confirmer",
        "de": "bestaetigen",
        "it": "conferma",
        "es": "confirmar",
        "pt": "confirmar",
    },
    "preferences": {
        "en": "preferences",
        "fr": "preferences",
        "de": "einstellungen",
        "it": "preferenze",
        "es": "preferencias",
        "pt": "preferencias",
    },
    "unsubscribe": {
        "en": "unsubscribe",
        "fr": "desabonnement",
        "de": "abmelden",
        "it": "disiscrizione",
        "es": "baja",
        "pt": "cancelar",
    },
    "erase": {"en": "erase", "fr": "effacer", "de": "loeschen", "it": "cancella", "es": "borrar", "pt": "apagar"},
    "erased": {"en": "erased", "fr": "efface", "de": "geloescht", "it": "cancellato", "es": "borrado", "pt": "apagado"},
}
#: The routes that carry a subscriber's signed token.
SIGNED = ("confirm", "preferences", "unsubscribe", "erase")


def word(name, language):
    words = WORDS[name]
    return words.get(language, words["en"])


def route(name, language, token=None):
    """A sub-address in a language, after the section's own address: "confirmar/<token>/"."""
    return f"{word(name, language)}/{token}/" if token else f"{word(name, language)}/"


def _pattern(name):
    return f"{word(name, get_language())}/<str:token>/" if name in SIGNED else f"{word(name, get_language())}/"


def pattern(name):
    """The route of a sub-address, matched and reversed in each request's language."""
    return lazy(_pattern, str)(name)


def legacy_pattern(name):
    """The first release's English route, which still answers under every language."""
    return f"{name}/<str:token>/" if name in SIGNED else f"{name}/"

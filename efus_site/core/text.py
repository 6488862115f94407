"""Text folded for search: accents and case ignored, so "liege" finds Liège; and the plain text of a page's fields."""

import functools
import re
import threading
import unicodedata

import snowballstemmer
from django.conf import settings
from django.utils import translation
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import get_text_for_indexing

# Letters that are not a base letter plus an accent, so decomposition leaves them as they are.
_SPECIAL_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"})
#: Each site language's Snowball stemmer: the algorithms behind PostgreSQL's language configurations.
SNOWBALL = {"en": "english", "fr": "french", "de": "german", "it": "italian", "es": "spanish", "pt": "portuguese"}
WORD = re.compile(r"\w+")
# A stemmer keeps state while it works: one per thread.
_stemmers = threading.local()


def fold(text):
    """Lower case, without accents: "Gdańsk" -> "gdansk", "Łódź" -> "lodz", "Düsseldorf" -> "dusseldorf"."""
    if text.isascii():  # nothing to decompose: most titles, and folding 300 of them is part of every search
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).translate(_SPECIAL_LETTERS)


_fold_character = functools.lru_cache(maxsize=4096)(fold)


def fold_with_positions(text):
    """text folded, and for each folded character the index of the character of text it came from."""
    if text.isascii():  # folding ASCII is lower-casing it, one character for one
        return text.lower(), range(len(text))
    folded, positions = [], []
    for index, char in enumerate(text):
        for folded_char in _fold_character(char):
            folded.append(folded_char)
            positions.append(index)
    return "".join(folded), positions


def field_text(instance, name):
    """The plain text of one field of instance in the active language (rich text and blocks without markup)."""
    value = getattr(instance, name, None)
    if not value:
        return ""
    try:
        field = instance._meta.get_field(name)
    except Exception:  # a property or method: its value is the text
        return str(value)
    if isinstance(field, StreamField):
        return " ".join(str(part) for part in field.get_searchable_content(value) if part)
    if isinstance(field, RichTextField):
        return get_text_for_indexing(value)
    return str(value)


def text_in_language(instance, names, code):
    """The plain text of the named fields in one language (an empty field shows the English one, as pages do)."""
    with translation.override(code):
        return "\n".join(text for text in (field_text(instance, name) for name in names) if text)


def folded_in_all_languages(instance, names):
    """The named fields' text in every language, folded and without repeats: what the search index holds."""
    texts = dict.fromkeys(fold(text_in_language(instance, names, code)) for code, _name in settings.LANGUAGES)
    return "\n".join(text for text in texts if text)


def stem(word, code):
    """A folded word's stem in a language ("villes" -> "vill" in French); the word itself in another language."""
    if code not in SNOWBALL:
        return word
    stemmers = _stemmers.__dict__
    if code not in stemmers:
        stemmers[code] = snowballstemmer.stemmer(SNOWBALL[code])
    return stemmers[code].stemWord(word)


def stems_in_all_languages(instance, names):
    """The stems of the named fields' words, each language's text by its own stemmer, where they differ from the word.

    Stemmed from folded words, as the query is, so accents never stand between a word and its stem.
    """
    stems = {}
    for code, _name in settings.LANGUAGES:
        for word in WORD.findall(fold(text_in_language(instance, names, code))):
            stemmed = stem(word, code)
            if stemmed != word:
                stems[stemmed] = None
    return " ".join(stems)

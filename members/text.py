"""Text folded for search and sorting: accents and case ignored, so "liege" finds Liège."""

import unicodedata

# Letters that are not a base letter plus an accent, so decomposition leaves them as they are.
_SPECIAL_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"})


def fold(text):
    """Lower case, without accents: "Gdańsk" -> "gdansk", "Łódź" -> "lodz", "Düsseldorf" -> "dusseldorf"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).translate(_SPECIAL_LETTERS)

"""How common a word is in a language, on ``wordfreq``'s Zipf scale (0 rare, 7 "the"), read
from its frequency list (Apache-2.0 code; data CC BY-SA 4.0; an installed package) once per
language.

A word the list holds as written is a dictionary lookup, the value ``wordfreq.zipf_frequency``
gives; a word it must tokenise first (an apostrophe, a digit, a hyphen) takes wordfreq's own
path. Recognition asks for the frequency of most capitalised words of an article, so the
lookup is on the hot path.
"""

from __future__ import annotations

import math
import unicodedata
from functools import cache

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})  # "зв’язок" is listed as "зв'язок"
_LETTERS = frozenset({"Lu", "Ll", "Lt", "Lo"})  # not "Lm": "звʼязок" is tokenised first


def zipf(word: str, language: str) -> float:
    """The Zipf frequency of a casefolded ``word`` in ``language`` (ISO 639-1); 0 when the
    word is not in the list."""
    frequencies = _frequencies(language)
    found = frequencies.get(word) or frequencies.get(word.translate(_APOSTROPHES))
    if found:
        return round(math.log10(found) + 9, 2)
    if all(unicodedata.category(c) in _LETTERS for c in word):
        return 0.0  # a plain word the list lacks
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, language))


@cache
def _frequencies(language: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict, get_frequency_list

    # as wordfreq calls it itself, so that its cache holds one copy of the list
    frequencies: dict[str, float] = get_frequency_dict(language, "best")
    # wordfreq also keeps the lists the dict was built from, a million references that every
    # full garbage collection walks, several times the rest of the heap; the dict is all that
    # reads words again, and a list asked for later is read anew
    get_frequency_list.cache_clear()
    return frequencies

"""The first-order divisions an article names only in the name of one of their bodies: "Georgia
Bureau of Investigation agents raided the home" names no place (recognition drops a place inside
a longer name), yet says that the story's Albany is the one in Georgia.
:func:`geomap.geoparse.resolve.rank` counts each such division among the article's other places.

A language lists its bodies in ``lang/<code>/division_bodies.re``; a language without the file
has none.
"""

from __future__ import annotations

import re
from functools import cache

from geomap import lang
from geomap.gazetteer import Gazetteer
from geomap.models import Place
from geomap.text import CAPITALISED_WORD

_NAME_WORDS = 3  # the longest division name read before a body ("New Hampshire", "West Virginia")


@cache
def body_pattern(language: str) -> re.Pattern[str] | None:
    """A body of the language's ``division_bodies.re`` after a space; ``None`` when the language
    lists none."""
    if language not in lang.languages_with("division_bodies.re"):
        return None
    return re.compile(rf"\s{lang.pattern('division_bodies', language)}\b")


# the capitalised words that end the text before a body (read before it, not searched for)
_NAME_BEFORE = re.compile(rf"((?:{CAPITALISED_WORD}\s+){{0,{_NAME_WORDS - 1}}}{CAPITALISED_WORD})$")
_BEFORE = 60  # characters read before a body for its division's name


def division_bodies(text: str, language: str | None, gazetteer: Gazetteer) -> list[Place]:
    """The first-order divisions named before a body of theirs, once each, in text order.

    Parameters
    ----------
    text
        The article's text.
    language
        Its language (English when ``None``).
    gazetteer
        The open gazetteer: the words before a body name a division when it holds one by that
        name (the longest run of the last words that does: "West Virginia", and "The Georgia"
        is Georgia).

    Returns
    -------
    list of Place
        Each division; a name that names first-order divisions in several countries gives each.
    """
    found = body_pattern(lang.event_language(language))
    if found is None:
        return []
    out: dict[int, Place] = {}
    for match in found.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, match.start() - _BEFORE), match.start())
        if name is None:
            continue
        words = name.group(1).split()
        for first in range(len(words)):
            divisions = [c.place for c in gazetteer.candidates(" ".join(words[first:]))
                         if c.kind in ("name", "abbr") and c.place.feature_code == "ADM1"]
            if divisions:
                out.update((place.geonameid, place) for place in divisions)
                break
    return list(out.values())

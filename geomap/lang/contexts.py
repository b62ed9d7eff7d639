"""How a place's mention stands in its sentence, by the named patterns of each language's
``place_contexts.tsv`` (a dateline, a home town, a street named for it, a group named after it,
a locative word before it ...), read by recognition, resolution and events alike."""

from __future__ import annotations

import re
from functools import cache

from geomap import lang

__all__ = ["place_pattern"]


@cache  # asked for each mention and each match, dozens of names per article
def place_pattern(name: str, language: str | None) -> re.Pattern[str]:
    """The named pattern of ``place_contexts.tsv`` of the language whose event data reads
    ``language`` (:func:`~geomap.lang.event_language`); one that matches nothing where the
    language has none."""
    return lang.patterns("place_contexts", lang.event_language(language)).get(name, lang.NEVER)

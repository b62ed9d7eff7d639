"""Division phrases: the languages that write a division's noun before its name ("la région de
Soumy", "l'oblast de Donetsk") and the key such a phrase stands for ("soumy region"), read from
each language's ``division_phrases.tsv``."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from geomap import lang
from geomap.text import name_key

__all__ = ["division_opener", "division_phrase"]


def division_phrase(key: str) -> str | None:
    """The key a division phrase stands for: "region de soumy" (French) for "soumy region",
    "loblast de donetsk" for "donetsk oblast" (``lang/<code>/division_phrases.tsv``); ``None``
    for any other key."""
    found = _division_phrases().match(key)
    if found is None:
        return None
    return f"{found.group('name')} {_division_heads()[found.group('opener')]}"


@lru_cache(maxsize=65536)
def division_opener(word: str) -> bool:
    """Whether a word opens a division phrase ("région", "l'oblast")."""
    return _division_opener().fullmatch(name_key(word)) is not None


@cache
def _division_heads() -> dict[str, str]:
    return {name_key(row["opener"]): row["english"]
            for language in lang.languages_with("division_phrases.tsv")
            for row in lang.table("division_phrases", language)}


@cache
def _division_opener() -> re.Pattern[str]:
    openers = "|".join(re.escape(o) for o in _division_heads()) or "(?!)"
    return re.compile(rf"l?(?P<opener>{openers})")


@cache
def _division_phrases() -> re.Pattern[str]:
    return re.compile(rf"{_division_opener().pattern} (?:de |du |des |d)(?P<name>\w.*)")

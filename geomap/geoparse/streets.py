"""Streets, squares and avenues: places inside a town that a gazetteer of towns does not hold.

A street word and the capitalised name it opens ("вул. Лаврська", "вулиці Оборони", "ул. Ленина",
"просп. Перемоги, 52") or closes ("Контрактова площа", "Столичного шосе") name a place; the
words are each language's ``street_words.tsv``, and a language without one finds no streets.
A gazetteer match inside such a name ("Шевченка" in "вул. Шевченка") is part of it, not a
village of that name. A street stands at its town (:func:`street_town`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from geomap import lang
from geomap.models import Mention, Toponym
from geomap.text import sentence_spans

__all__ = ["find_streets", "is_street", "place_streets", "placed_streets", "street_town"]

_CAPITAL = "А-ЯЁІЇЄҐ"
_WORD = rf"[{_CAPITAL}][\w'’ʼ]*"
_ANY_CAPITAL = f"A-Z{_CAPITAL}"  # a name a closing word follows, in either script
_ANY_WORD = rf"[{_ANY_CAPITAL}][\w'’ʼ]*"
# the name a street word opens: initials or "ім." first ("вул. ім. В. Леніна"), a date's number
# ("вул. 8 Березня"), up to four capitalised words, perhaps in quotes ("ул. „Раковски“")
_NAME = (rf"(?:ім(?:\.|ені)[ ]?)?(?:[{_CAPITAL}]\.[ ]?){{0,2}}[«„\"“]?"
         rf"(?:\d{{1,3}}(?:-[а-яіїєґё]+)?[ ])?{_WORD}(?:(?:[ ]|-){_WORD}){{0,3}}[»“”\"]?")
_NUMBER = r"(?:,[ ]?\d{1,3}[а-яіїєґё]?(?:/\d{1,3})?(?![\d.,]\d))?"  # the house: "…, 52", "…, 7а"


class _Patterns(NamedTuple):
    opened: re.Pattern[str]  # finds "вул. Лаврська"
    closed: re.Pattern[str]  # finds "Контрактовій площі"
    adjective: re.Pattern[str]  # the ending a closed street's name needs
    whole: re.Pattern[str]  # a street's mention, whole
    placed: bool  # whether a street is a toponym of its own, or only hides the names inside it


@cache
def _patterns(language: str) -> _Patterns | None:
    if language not in lang.languages_with("street_words.tsv"):
        return None
    rows = lang.table("street_words", language)
    before = [row["pattern"] for row in rows if row["side"] == "before"]
    after = "|".join(row["pattern"] for row in rows if row["side"] == "after") or "(?!)"
    ending = "|".join(row["pattern"] for row in rows if row["side"] == "ending") or "(?!)"
    opened = rf"(?i:{'|'.join(before)})(?:(?<=\.)[ ]?|[ ]){_NAME}{_NUMBER}" if before \
        else "(?!)"  # English writes its street words after the name only
    closed = rf"{_ANY_WORD}[ ](?i:{after})(?!\w)"
    # the first letters a street word may have, for the search to skip every other position
    first = "".join(sorted({c for row in before for c in (row[0].lower(), row[0].upper())}))
    return _Patterns(re.compile(rf"(?=[{first}])(?<![\w.]){opened}" if before else opened),
                     # a closing word's name needs a capital of its own, not the sentence's:
                     # "Загальна площа" is an area
                     re.compile(rf"(?=[{_ANY_CAPITAL}])(?<=[\w,] ){closed}"),
                     re.compile(rf"(?:{ending})\b"), re.compile(f"{opened}|{closed}"),
                     not any(row["side"] == "hidden" for row in rows))


def find_streets(text: str, language: str | None) -> list[Mention]:
    """The streets, squares and avenues that ``text`` names, in text order.

    Parameters
    ----------
    text
        A document's text.
    language
        Its language (ISO 639-1); one without street words gives none.
    """
    patterns = _patterns(language or lang.DEFAULT_LANGUAGE)
    if patterns is None:
        return []
    found = [Mention(m.start(), m.end(), m.group()) for m in patterns.opened.finditer(text)]
    for m in patterns.closed.finditer(text):
        name = m.group().split(" ", 1)[0]
        if patterns.adjective.search(name, len(name) - 4) and not any(
                s.start < m.end() and m.start() < s.end for s in found):
            found.append(Mention(m.start(), m.end(), m.group()))
    return sorted(found, key=lambda m: m.start)


def placed_streets(language: str | None) -> bool:
    """Whether the language's streets are toponyms of their own (at their town), or only keep
    the names inside them from being places ("Fifth Street" is no town in Texas): a ``hidden``
    row of its ``street_words.tsv`` says the latter."""
    patterns = _patterns(language or lang.DEFAULT_LANGUAGE)
    return patterns is not None and patterns.placed


def is_street(mention: Mention, language: str | None) -> bool:
    """Whether ``mention`` is a street that :func:`find_streets` found."""
    patterns = _patterns(language or lang.DEFAULT_LANGUAGE)
    return patterns is not None and patterns.whole.fullmatch(mention.text) is not None


def street_town(text: str, street: Mention, toponyms: Sequence[Toponym],
                spans: Sequence[tuple[int, int]]) -> tuple[Toponym | None, str]:
    """The settlement a street is in, and why: the nearest one its sentence names ("вул.
    Лаврська у Києві"), else the last one named before it (a reader's reading), else the first
    one named after it; ``None`` where the article names no settlement.

    Parameters
    ----------
    text
        The document's text.
    street
        The street's mention.
    toponyms
        The document's resolved toponyms other than streets.
    spans
        Its sentences (:func:`geomap.text.sentence_spans`).
    """
    towns = [t for t in toponyms if t.place is not None and t.place.feature_class == "P"
             and t.role == "location"]
    if not towns:
        return None, ""
    k = max(0, bisect.bisect_right([s for s, _ in spans], street.start) - 1)
    start, end = spans[k] if spans else (0, len(text))
    inside = [t for t in towns if start <= t.mention.start < end]
    if inside:
        return min(inside, key=lambda t: abs(t.mention.start - street.start)), "its sentence"
    before = [t for t in towns if t.mention.start < street.start]
    if before:
        return before[-1], "the town named last before it"
    return towns[0], "the first town named after it"


def place_streets(text: str, streets: Sequence[Mention],
                  toponyms: list[Toponym]) -> list[Toponym]:
    """``toponyms`` with each street put at its town (:func:`street_town`), in text order; a
    street in an article that names no settlement is left unresolved."""
    if not streets:
        return toponyms
    spans = sentence_spans(text)
    placed = []
    for street in streets:
        town, how = street_town(text, street, toponyms, spans)
        place = town.place if town is not None else None
        why = (f"a street in {place.name} ({how})" if place is not None
               else "a street; the article names no town for it")
        placed.append(Toponym(street, place, town.score if town is not None else 0.0,
                              "location", (), why))
    return sorted(toponyms + placed, key=lambda t: t.mention.start)

"""Datelines and dates among the filters of :data:`geomap.geoparse.rules.RULES`: a dateline's
city in capitals ("GAZA, Aug 10 (Reuters) -"), the agency in brackets after it ("ADEN (Gulf
Report) —"), and a month's name beside a day or a year ("Nov 27", "7 March"), which is a date,
not a place.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from geomap import lang
from geomap.geoparse.spans import BIG_PLACE

if TYPE_CHECKING:
    from geomap.geoparse.rules import Seen

__all__ = ["capital_dateline", "dateline_agency", "month_date", "opens_line"]

_DATELINE_MARK = re.compile(r"\s*(?:,|--|—|–|-|\()")  # what follows a dateline's city
_INDENT = 4  # spaces or tabs, at most, before the first word of a line


def opens_line(text: str, start: int) -> bool:
    """Whether the word at offset ``start`` is the first of the text or of a line."""
    before = text[max(0, start - _INDENT - 1):start].rstrip(" \t")
    return before.endswith("\n") or (not before and start <= _INDENT)


def capital_dateline(s: Seen) -> bool:
    """"GAZA, Aug 10 (Reuters) -", "ROME (AP) —": a word of three or four capitals that opens a
    line before a dateline's punctuation names the city the story was filed from, when a
    settlement of :data:`~geomap.geoparse.spans.BIG_PLACE` people has that name."""
    return s.i == s.j and len(s.surface) > 2 and opens_line(s.text, s.start) and bool(
        _DATELINE_MARK.match(s.text, s.end)) and any(
        c.place.feature_class == "P" and c.place.population >= BIG_PLACE for c in s.candidates)


def dateline_agency(s: Seen) -> bool:
    """"ADEN (Gulf Report) —", "DAKAR (Sahel Desk) -": the words in brackets after a dateline's
    city name the agency that filed the story, not a place."""
    return bool(_DATELINE_OPEN.search(s.text, max(0, s.start - _DATELINE_REACH), s.start)) \
        and bool(_AGENCY_CLOSE.match(s.text, s.end))


_DATELINE_REACH = 40  # characters of a dateline's city and its division before the bracket
_DATELINE_OPEN = re.compile(
    r"(?:^|\n)[ \t]*[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ.'’ -]+(?:, [A-ZА-ЯЁІЇЄҐ][\w.' -]*)? \("
    r"(?:[^()\n]*\s)?$")
_AGENCY_CLOSE = re.compile(r"[^()\n]{0,30}\)\s*(?:-{1,2}|–|—|:)")


def month_date(s: Seen) -> bool:
    """"Nov 27", "7 March", "March 2024": a month's name or abbreviation beside a day's
    number or a year is a date."""
    return s.i == s.j and s.surface.casefold() in _months(s.language) and (
        _DAY_AFTER.match(s.text, s.end) is not None
        or _DAY_BEFORE.search(s.text, max(0, s.start - 6), s.start) is not None)


@cache
def _months(language: str | None) -> frozenset[str]:
    """The month names and abbreviations of the language's ``months.tsv``."""
    return frozenset(row["word"] for row in lang.table("months", lang.event_language(language)))


_DAY_AFTER = re.compile(r"\.?\s?(?:[0-3]?\d(?:st|nd|rd|th)?|(?:19|20)\d\d)\b")
_DAY_BEFORE = re.compile(r"\b[0-3]?\d(?:st|nd|rd|th)?\s$")

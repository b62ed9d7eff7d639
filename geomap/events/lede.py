"""The day a story's lede names, lent to the events told after it that no words of their own
date: "Gunmen stormed Kajuru on Thursday. [...] The attackers burned the market in Kurmin
Wali." :func:`geomap.events.extract.extract_events` calls :func:`lede_dated` last.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from geomap.events.dates import resolve_dates, stated_day
from geomap.models import Document, Event, EventDate, Place, Toponym

__all__ = ["PARAGRAPH", "lede_dated"]

PARAGRAPH = re.compile(r"\n")
"""What ends a paragraph."""


def lede_dated(doc: Document, spans: list[tuple[int, int]], toponyms: Sequence[Toponym],
                events: list[Event], language: str) -> list[Event]:
    """The events told after the article's first paragraph that no words of their own date, with
    the day the lede names (:data:`_LEDE` sentences at most), where they happened in the
    first-order division of a place the lede names, or in a country it names (the same story):
    "Gunmen stormed Kajuru on Thursday. [...] The attackers burned the market in Kurmin Wali."
    A summary of one front after another keeps its publication day ("Fierce battles go on near
    Pokrovsk" after a strike on Kherson), and an event that merged with a dated one of its place
    and type has that one's day already."""
    if not events or not any(e.date.basis in ("published", "unknown") for e in events):
        return events
    stated = None if doc.published else stated_day(doc.text, language)
    found = _lede_day(doc, spans, stated, language)
    if found is None:
        return events
    day, first, end = found
    named = [t.place for t in toponyms if t.mention.start < spans[end][1]
             and t.place is not None and (t.role == "location" or (
                 t.role == "qualifier" and t.place.feature_code.startswith("PCL")))]
    if not named:
        return events
    own = [t for t in toponyms if spans[first][0] <= t.mention.start < spans[end][1]
           and t.role == "location"]
    divisions = {(p.country_code, p.admin1_code) for p in named if p.admin1_code}
    countries = {p.country_code for p in named if p.feature_code.startswith("PCL") or not own}
    # a lede that names no place ("police clashed with protesters in several towns on
    # Monday") tells of the country its headline names

    def same_story(place: Place | None) -> bool:
        return place is not None and ((place.country_code, place.admin1_code) in divisions
                                      or place.country_code in countries)

    return [replace(e, date=day) if e.date.basis in ("published", "unknown")
            and e.start >= spans[end][1] and same_story(e.toponym.place) else e
            for e in events]


def _lede_day(doc: Document, spans: list[tuple[int, int]], stated: dt.date | None,
              language: str) -> tuple[EventDate, int, int] | None:
    """The day the lede names and the indices of its first and last sentences: the first of the
    article's first :data:`_LEDE_PARAGRAPHS` paragraphs that ends as a sentence does and whose
    sentences (:data:`_LEDE` at most) name a day (a headline or a byline before it does not end
    so: "By Standard Team | Tuesday, July 8, 2025"); ``None`` when none does."""
    first, read = 0, 0
    while read < _LEDE_PARAGRAPHS:
        if first >= len(spans):
            return None
        last = first  # the paragraph's last sentence
        while last + 1 < len(spans) and \
                not PARAGRAPH.search(doc.text, spans[last][1], spans[last + 1][0]):
            last += 1
        end = min(last, first + _LEDE - 1)
        lede = [doc.text[a:b] for a, b in spans[first:end + 1]]
        day = resolve_dates(lede[-1], doc.published, paragraph=lede[:-1], stated=stated,
                            language=language)
        ends = lede[-1].rstrip().endswith(_SENTENCE_ENDS)
        if day.basis in ("explicit", "relative") and day.precision == "day" and ends:
            return day, first, end
        # a line that ends no sentence (a headline, a byline, a stamp) is read but not counted
        read += ends
        first = last + 1
    return None


_LEDE = 3  # sentences of the first paragraph read for the story's day
_LEDE_PARAGRAPHS = 3  # paragraphs that end as sentences read for the lede; the lines of a
# headline, a byline and a stamp before them are not counted
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "»")

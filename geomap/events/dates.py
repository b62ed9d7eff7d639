"""Decide when an event happened, from the sentence, then its paragraph, then the publication date.

News-specific resolution, relative to the publication date:

========================================  =========================  ==========  ==========
expression                                 date                       precision   basis
========================================  =========================  ==========  ==========
"today", "this morning", "overnight"       the publication day        day         relative
"yesterday", "last night"                  the day before             day         relative
"on Monday", "Sunday evening"              the latest such day on or  day         relative
                                           before publication
"three days earlier", "2 days ago"         that many days before      day         relative
"last week"                                the previous week's        week        relative
                                           midpoint (Thursday)
"this week"                                the publication week's     week        relative
                                           midpoint, not after
                                           publication
"last month"                               the previous month's 15th  month       relative
"more than two years ago", "a year ago"    1 July of that year        year        relative
"on 3 March", "March 3, 2025"              that day (the publication  day         explicit
                                           year, or the one before
                                           when it would be later)
"in February 2024", "in July"              the 15th of that month     month       explicit
"in 2023"                                  1 July of that year        year        explicit
========================================  =========================  ==========  ==========

Absolute dates are read from the fixed forms the rules match ("3 March", "March 3rd, 2024",
"Mar. 3", "February 2024", "2024-03-03"), without a general date parser.
Expressions inside a "since ..." frame ("since the fall of Bakhmut more than two years ago") date
the frame, not the event, and are skipped.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache

from geomap import lang
from geomap.models import UNKNOWN_DATE, DateBasis, DatePrecision, EventDate

_NUMBERS = {row["word"]: int(row["value"]) for row in lang.table("count_words")}
_NUMBER = r"(?P<n>\d+|" + "|".join(re.escape(word) for word in _NUMBERS) + ")"
_WEEKDAYS = lang.words("weekdays")
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE)) for name, pattern in (
        ("iso", r"\b(?P<x>\d{4}-\d{2}-\d{2})\b"),
        ("day_month", rf"\b(?P<x>(?:\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}|{_MONTH} \d{{1,2}}"
                      rf"(?:st|nd|rd|th)?)(?:,? (?P<y>(?:19|20)\d{{2}}))?)\b"),
        ("month_year", rf"\b(?:in|during|since|by|until|from|of|early|late|mid-?)\s+"
                       rf"(?:early |late |mid-?)?(?P<x>{_MONTH})(?: (?P<y>(?:19|20)\d{{2}}))?\b"),
        ("month_year_bare", rf"\b(?P<x>{_MONTH}) (?P<y>(?:19|20)\d{{2}})\b"),
        ("year", r"\b(?:in|during) (?:early |late |mid-?)?(?P<y>(?:19|20)\d{2})\b"),
        ("today", r"\b(?:today|this (?:morning|afternoon|evening)|tonight|overnight|"
                  r"earlier today)\b"),
        ("yesterday", r"\b(?:yesterday|last night)\b"),
        ("days_ago", rf"\b{_NUMBER} days? (?:earlier|ago|before)\b"),
        ("weeks_ago", rf"\b{_NUMBER} weeks? (?:earlier|ago|before)\b"),
        ("years_ago", rf"\b(?:more than |over |nearly |almost |about )?{_NUMBER} years? "
                      rf"(?:earlier|ago|before)\b"),
        ("last_week", r"\blast week\b"),
        ("this_week", r"\bthis week\b"),
        ("last_month", r"\blast month\b"),
        ("weekday", rf"\b(?P<w>{'|'.join(_WEEKDAYS)})s?\b"),
    )
)
# a word that every rule holds, as a whole word ("mar" in "market" is none)
_HINT = re.compile(rf"\d|\b(?:today|tonight|overnight|yesterday|ago|earlier|before|weeks?|"
                   rf"months?|years?|morning|afternoon|evening|night|{'|'.join(_WEEKDAYS)}|"
                   rf"{_MONTH})(?!\w)", re.IGNORECASE)
_NEEDS = {"iso": {"digit"}, "day_month": {"month"}, "month_year": {"month"},
          "month_year_bare": {"month"}, "year": {"digit"}, "today": {"today"},
          "yesterday": {"yesterday"}, "days_ago": {"ago"}, "weeks_ago": {"ago"},
          "years_ago": {"ago"}, "last_week": {"week"}, "this_week": {"week"},
          "last_month": {"months"}, "weekday": {"weekday"}}
"""The kinds of hint word (:func:`_hint_kind`) one of which each rule's matches hold."""
_HINT_KINDS = {"today": "today", "tonight": "today", "overnight": "today", "morning": "today",
               "afternoon": "today", "evening": "today", "yesterday": "yesterday",
               "night": "yesterday", "ago": "ago", "earlier": "ago", "before": "ago",
               "week": "week", "weeks": "week", "month": "months", "months": "months",
               "year": "ago", "years": "ago"}


def _hint_kind(word: str) -> str:
    folded = word.lower().rstrip(".")
    if folded[:1].isdigit():
        return "digit"
    if folded in _HINT_KINDS:
        return _HINT_KINDS[folded]
    return "weekday" if folded in _WEEKDAYS else "month"


_SINCE = re.compile(r"\bsince\b[^,;:–—]*?(?=\s[-–—]\s|[,;:]|$)", re.IGNORECASE)


def resolve_dates(sentence: str, published: dt.date | None, *,
                  paragraph: Sequence[str] = (), previous: dt.date | None = None,
                  stated: dt.date | None = None) -> EventDate:
    """Date an event reported in ``sentence``.

    Parameters
    ----------
    sentence
        The sentence that reports the event.
    published
        The article's publication date, the anchor of every relative expression.
    paragraph
        The sentences of the same paragraph before this one, in order; when the sentence has no
        date, the nearest of them that names a day dates it (a month or a year there is
        background, not the event's date).
    previous
        The date of the event reported before in the article: "three days earlier" counts back
        from it ("three days ago" counts back from publication).
    stated
        In an article without a publication date, the latest day its text states in full
        (:func:`stated_day`): the anchor of a weekday or of a day or month without its year
        ("The explosion Sunday morning" in a report that says "on December 11, 2016"). No event
        takes it for want of a date.

    Returns
    -------
    EventDate
        The representative day with its range, precision and the rule that decided it.
    """
    found = _first_date(sentence, published, previous, stated)
    if found is not None:
        return found
    for text in reversed(paragraph):
        found = _first_date(text, published, previous, stated)
        if found is not None and found.precision == "day":
            return found  # months and years in a paragraph are background, not the event's day
    if published is None:
        return UNKNOWN_DATE
    return EventDate(published, published, published, "day", "published")


@lru_cache(maxsize=64)
def stated_day(text: str) -> dt.date | None:
    """The latest day that ``text`` states in full, with its year ("December 11, 2016",
    "29th March 2018", "2016-12-11"), or ``None``."""
    if not _HINT.search(text):
        return None
    latest: dt.date | None = None
    for name, pattern in _RULES[:2]:  # iso, day_month
        for match in pattern.finditer(text):
            year = match.groupdict().get("y")
            if name == "day_month" and (not year or match.group("x")[:1].islower()):
                continue
            try:
                day = _calendar_day(name, match.group("x"), year, dt.date(2000, 1, 1))
            except (OverflowError, ValueError):
                continue
            latest = day if latest is None else max(latest, day)
    return latest


@lru_cache(maxsize=8192)
def _first_date(text: str, published: dt.date | None,
                previous: dt.date | None = None,
                stated: dt.date | None = None) -> EventDate | None:
    kinds = {_hint_kind(m.group()) for m in _HINT.finditer(text)}  # words the rules hold
    if not kinds:
        return None
    frames = [m.span() for m in _SINCE.finditer(text)]
    matches = []
    for name, pattern in _RULES:
        if kinds.isdisjoint(_NEEDS[name]):
            continue
        for match in pattern.finditer(text):
            if not any(a <= match.start() < b for a, b in frames):
                matches.append((match.start(), name, match))
    days = [m.start() for _, name, m in matches if name == "day_month"]
    # "Tuesday, March 4": the day of the month, not the last Tuesday
    matches = [(at, name, m) for at, name, m in matches if name != "weekday"
               or not any(0 <= d - m.end() <= 3 for d in days)]
    for _, name, match in sorted(matches, key=lambda m: m[0]):
        anchor = previous if previous and re.search(r"earlier|before", match.group(), re.I) \
            else published
        if anchor is None and name in ("weekday", "day_month", "month_year"):
            anchor = stated  # the text's own latest day dates "on Sunday", "on 3 March", "in
            # February" in an undated article
        try:
            found = _resolve(name, match, anchor)
        except (OverflowError, ValueError):  # a day before year 1 or after 9999
            found = None
        if found is not None:
            return found
    return None


def _resolve(name: str, match: re.Match[str], published: dt.date | None) -> EventDate | None:
    if name in ("iso", "day_month", "month_year", "month_year_bare", "year"):
        return _explicit(name, match, published)
    if published is None:
        return None
    if name == "today":
        return _day(published, "relative")
    if name == "yesterday":
        return _day(published - dt.timedelta(days=1), "relative")
    if name == "days_ago":
        return _day(published - dt.timedelta(days=_count(match)), "relative")
    if name == "weeks_ago":
        return _week(published - dt.timedelta(weeks=_count(match)))
    if name == "years_ago":
        return _year(published.year - _count(match), "relative")
    if name == "last_week":
        return _week(published - dt.timedelta(weeks=1))
    if name == "this_week":
        return _week(published, cap=published)
    if name == "last_month":
        first = published.replace(day=1) - dt.timedelta(days=1)
        return _month(first.year, first.month, "relative")
    if name == "weekday":
        back = (published.weekday() - _WEEKDAYS.index(match.group("w").lower())) % 7
        return _day(published - dt.timedelta(days=back), "relative")
    return None


def _explicit(name: str, match: re.Match[str], published: dt.date | None) -> EventDate | None:
    year_text = match.groupdict().get("y")
    month_text = match.groupdict().get("x") or ""
    if name != "iso" and month_text[:1].islower():
        return None  # "troops may 3 ...": a verb, not the month
    if name == "year":
        return _year(int(year_text or 0), "explicit") if year_text else None
    if not year_text and name != "iso" and published is None:
        return None  # "on March 3" in an undated article: the year is not the text's to give
    day = _calendar_day(name, month_text, year_text, published or dt.date.today())
    if not year_text and name != "iso" and published is not None and day > published:
        day = day.replace(year=day.year - 1)  # "on 3 March" in a January article
    if name in ("month_year", "month_year_bare"):
        return _month(day.year, day.month, "explicit")
    return _day(day, "explicit")


def _calendar_day(name: str, text: str, year_text: str | None, anchor: dt.date) -> dt.date:
    """The day a rule's match names: its fixed forms ("3 March", "March 3rd, 2024", "Mar. 3",
    "March", "2024-03-03") are read directly; a month alone is its first day, and a missing year
    is the anchor's.

    Raises
    ------
    ValueError
        For a day the month does not have ("31 February").
    """
    if name == "iso":
        return dt.date.fromisoformat(text)
    found = _DAY_MONTH.fullmatch(text.lower())
    if found is None:  # the rules' patterns allow no other form
        msg = f"not a date of the form the rules match: {text!r}"
        raise ValueError(msg)
    month = _MONTHS[found.group("m")[:3]]
    day = int(found.group("d") or found.group("d2") or 1)
    year = int(year_text) if year_text else anchor.year
    return dt.date(year, month, day)


_MONTHS = {m[:3]: i for i, m in enumerate(lang.words("months"), start=1)}
_DAY_MONTH = re.compile(r"(?:(?P<d>\d{1,2})(?:st|nd|rd|th)? )?(?P<m>[a-z]{3,9})\.?"
                        r"(?: (?P<d2>\d{1,2})(?:st|nd|rd|th)?)?(?:,? (?:19|20)\d{2})?")


def _count(match: re.Match[str]) -> int:
    text = match.group("n").lower()
    return int(text) if text.isdigit() else _NUMBERS.get(text, 1)


def _day(day: dt.date, basis: DateBasis) -> EventDate:
    return EventDate(day, day, day, "day", basis)


def _week(day: dt.date, cap: dt.date | None = None) -> EventDate:
    start = day - dt.timedelta(days=day.weekday())
    end = start + dt.timedelta(days=6)
    mid = start + dt.timedelta(days=3)
    if cap is not None:
        end, mid = min(end, cap), min(mid, cap)
    return _span(mid, start, end, "week", "relative")


def _month(year: int, month: int, basis: DateBasis) -> EventDate:
    last = calendar.monthrange(year, month)[1]
    return _span(dt.date(year, month, 15), dt.date(year, month, 1), dt.date(year, month, last),
                 "month", basis)


def _year(year: int, basis: DateBasis) -> EventDate | None:
    if not 1900 <= year <= 2100:
        return None
    return _span(dt.date(year, 7, 1), dt.date(year, 1, 1), dt.date(year, 12, 31), "year", basis)


def _span(day: dt.date, start: dt.date, end: dt.date, precision: DatePrecision,
          basis: DateBasis) -> EventDate:
    return EventDate(day, start, end, precision, basis)

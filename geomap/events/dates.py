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
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache

from geomap import lang
from geomap.models import UNKNOWN_DATE, DateBasis, DatePrecision, EventDate
from geomap.text import DATELINE_GOES_ON

_NOT_A_RULE = ("counted_from_previous", "frame", "stamp")


class _Grammar:
    """A language's date rules and words, compiled once from ``lang/<code>/``:
    ``date_grammar.tsv``, ``date_hints.tsv``, ``months.tsv``, ``weekdays.tsv`` and
    ``count_words.tsv``."""

    def __init__(self, language: str) -> None:
        self.numbers = {row["word"]: int(row["value"])
                        for row in lang.table("count_words", language)}
        self.months = {row["word"]: int(row["month"]) for row in lang.table("months", language)}
        self.weekdays = {row["word"]: int(row["weekday"])
                         for row in lang.table("weekdays", language)}
        self.hints = {row["word"]: row["kind"] for row in lang.table("date_hints", language)}
        self.holidays = {row["word"].casefold(): (int(row["month"]), int(row["day"]))
                         for row in lang.table("holidays", language)} \
            if language in lang.languages_with("holidays.tsv") else {}
        macros = {"MONTH": _longest_first(self.months), "WEEKDAY": _longest_first(self.weekdays),
                  "NUMBER": r"(?P<n>\d+|" + "|".join(re.escape(w) for w in self.numbers) + ")",
                  "HOLIDAY": _longest_first(self.holidays) if self.holidays else "(?!)"}
        rules: list[tuple[str, frozenset[str], re.Pattern[str]]] = []
        for row in lang.table("date_grammar", language):
            text = row["pattern"]
            for macro, value in macros.items():
                text = text.replace("{" + macro + "}", value)
            rules.append((row["rule"], frozenset(row["needs"].split(",")) - {"-"},
                          re.compile(text, re.IGNORECASE if row["flags"] == "i" else 0)))
        self.rules = tuple(rule for rule in rules if rule[0] not in _NOT_A_RULE)
        self.from_previous = re.compile("|".join(
            p.pattern for name, _, p in rules if name == "counted_from_previous") or "(?!)",
            re.IGNORECASE)
        self.frames = tuple(p for name, _, p in rules if name == "frame")
        self.stamp = re.compile("|".join(
            rf"(?:{p.pattern})\s*$" for name, _, p in rules if name == "stamp") or "(?!)",
            re.IGNORECASE)
        listed = [*self.hints, *self.weekdays, *self.months]
        # the first character of every match, looked at first: most offsets start none
        first = re.escape("".join(sorted({word[0] for word in listed})))
        self.hint = re.compile(rf"(?=[\d{first}])(?:\d|\b{_longest_first(listed)}\.?(?!\w))",
                               re.IGNORECASE)
        """A word every rule holds, as a whole word ("mar" in "market" is none)."""
        function = "|".join(sorted(map(re.escape, lang.word_set("function_words", language))))
        self.attributive = re.compile(rf"\s(?!(?:{function})\b)[^\W\d_][\w-]*\b"
                                      if function else "(?!)")
        """After a full date, a lower-case word that is no function word: the date names a
        happening ("Hamas's October 7, 2023 attack"), not the day of the article."""

    def kind(self, word: str) -> str:
        """The kind of a hint word: ``digit``, ``weekday``, ``month`` or its date_hints kind."""
        folded = word.lower().rstrip(".")
        if folded[:1].isdigit():
            return "digit"
        if folded in self.hints:
            return self.hints[folded]
        return "weekday" if folded in self.weekdays else "month"


def _longest_first(words: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


@cache
def _grammar(language: str) -> _Grammar:
    return _Grammar(lang.event_language(language))


def resolve_dates(sentence: str, published: dt.date | None, *,
                  paragraph: Sequence[str] = (), previous: dt.date | None = None,
                  stated: dt.date | None = None,
                  language: str = lang.DEFAULT_LANGUAGE) -> EventDate:
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
    language
        The article's language (ISO 639-1): whose date words are read.

    Returns
    -------
    EventDate
        The representative day with its range, precision and the rule that decided it.
    """
    found = _first_date(sentence, published, previous, stated, language)
    if found is not None:
        return found
    for text in reversed(paragraph):
        found = _first_date(text, published, previous, stated, language)
        if found is not None and found.precision == "day":
            return found  # months and years in a paragraph are background, not the event's day
    if published is None:
        return UNKNOWN_DATE
    return EventDate(published, published, published, "day", "published")


@lru_cache(maxsize=64)
def stated_day(text: str, language: str = lang.DEFAULT_LANGUAGE) -> dt.date | None:
    """The latest day that ``text`` states in full, with its year ("December 11, 2016",
    "29th March 2018", "2016-12-11"), or ``None``; a day that names a happening before a noun
    ("Hamas's October 7, 2023 attack") is none."""
    grammar = _grammar(language)
    if not grammar.hint.search(text):
        return None
    latest = max((day for match, day in _full_days(text, grammar)
                  if not ((after := grammar.attributive.match(text, match.end()))
                          and after.group()[1:2].islower())), default=None)
    filed = _dateline_month_day(text[:_STAMP_REACH], grammar)
    if latest is not None and filed is not None and filed != (latest.month, latest.day):
        return None  # "NAIROBI, July 7 (Reuters)" above "On June 25, 2024, ...": the report
        # was filed on another day, of a year the text does not give
    return latest


def _dateline_month_day(top: str, grammar: _Grammar) -> tuple[int, int] | None:
    """The month and day of a dateline that gives no year ("NAIROBI, July 7 (Reuters) -")."""
    for name, _, pattern in grammar.rules:
        if name != "day_month":
            continue
        for match in pattern.finditer(top):
            groups = match.groupdict()
            if not groups.get("y") and groups.get("d") and \
                    _dateline_day(top, match, top.rfind("\n", 0, match.start()) + 1):
                try:
                    day = _calendar_day(name, match, dt.date(2000, 1, 1), grammar)
                except ValueError:  # "Feb 30"
                    return None
                return day.month, day.day
    return None


def published_stamp(text: str, language: str = lang.DEFAULT_LANGUAGE) -> dt.date | None:
    """The day of publication that the top of ``text`` states after a label
    (``stamp`` of ``date_grammar.tsv``: "Published: July 17, 2025") or in a dateline ("DHAKA,
    Bangladesh, July 17, 2024 — "), or ``None``."""
    grammar = _grammar(language)
    top = text[:_STAMP_REACH]
    return next((day for match, day in _full_days(top, grammar) if grammar.stamp.search(
        top, max(0, match.start() - _LABEL_CHARS), match.start()) or _dateline_day(
        top, match, top.rfind("\n", 0, match.start()) + 1)), None)


def _full_days(text: str, grammar: _Grammar) -> Iterator[tuple[re.Match[str], dt.date]]:
    """Each day ``text`` states in full, with its year, and its match, rule by rule."""
    if _FOUR_DIGITS.search(text) is None:
        return  # a day in full has its year ("2025", "2025-07-17"): none here
    for name, _, pattern in grammar.rules:
        if name not in ("iso", "day_month"):
            continue
        for match in pattern.finditer(text):
            if name == "day_month" and not match.group("y"):
                continue
            try:
                yield match, _calendar_day(name, match, dt.date(2000, 1, 1), grammar)
            except (OverflowError, ValueError):
                continue


_FOUR_DIGITS = re.compile(r"\d{4}")  # what a year in full, or an ISO day, holds
_STAMP_REACH = 400  # characters from the top of an article where its publication stamp stands
_LABEL_CHARS = 30  # characters a stamp's label spans before its date


_DATELINE_DAY = re.compile(r"(?:\s*(?:року|года|г\.|р\.))?\s*\)?\s*(?:" + DATELINE_GOES_ON.pattern
                           + r"|\.\s|(?<=\.)\s)")  # "Київ, 30 листопада 2025 року. Учора ..."
"""After a day: the rest of a dateline ("CAIRO, Jan 14 (Reuters) - "), whose day is the
report's, not the event's."""
_DATELINE_PLACE = re.compile(
    r"\s*\(?[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][^\n,.;:!?()]{1,40}"
    r"(?:, [A-Z][a-z]{1,5}\.|, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2})?,\s*")
"""Before a dateline's day: its place, with its state or country ("CAIRO, ", "MEMPHIS, Tenn., ",
"DHAKA, Bangladesh, ", "(Nairobi, ")."""


def _dateline_day(text: str, match: re.Match[str], line: int = 0) -> bool:
    """Whether a day is a dateline's (at the start of ``text``, or of the line that starts at
    ``line``), which dates the report, not the event ("CAIRO, Jan 14 (Reuters) - A drone strike
    ... on Monday")."""
    return _DATELINE_PLACE.fullmatch(text, line, match.start()) is not None and \
        _DATELINE_DAY.match(text, match.end()) is not None


@lru_cache(maxsize=8192)
def _first_date(text: str, published: dt.date | None,
                previous: dt.date | None = None,
                stated: dt.date | None = None,
                language: str = lang.DEFAULT_LANGUAGE) -> EventDate | None:
    grammar = _grammar(language)
    for name, match in _expressions(text, language):
        if name in ("same_day", "days_later"):  # "the same day", "the next day", "two days
            # later": counted from the day of the event told before, if any
            if previous is not None:
                later = _count(match, grammar) if name == "days_later" else 0
                return _day(previous + dt.timedelta(days=later), "relative")
            continue
        anchor = previous if previous and grammar.from_previous.search(match.group()) \
            else published
        if anchor is None and name in ("weekday", "last_weekday", "day_month", "month_year"):
            anchor = stated  # the text's own latest day dates "on Sunday", "on 3 March", "in
            # February" in an undated article
        try:
            found = _resolve(name, match, anchor, grammar)
        except (OverflowError, ValueError):  # a day before year 1 or after 9999
            found = None
        if found is not None:
            return found
    return None


@lru_cache(maxsize=8192)
def _expressions(text: str, language: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """The date expressions of ``text`` that may date its event, each with its rule's name, in
    the order :func:`_first_date` tries them: the same whatever the article's dates, read once
    for a sentence dated against several events."""
    grammar = _grammar(language)
    kinds = {grammar.kind(m.group()) for m in grammar.hint.finditer(text)}  # words rules hold
    if not kinds:
        return ()
    frames = [m.span() for frame in grammar.frames for m in frame.finditer(text)]
    matches = []
    datelines: list[tuple[int, int]] = []  # a dateline's day, and the words inside it
    for name, needs, pattern in grammar.rules:
        if kinds.isdisjoint(needs):
            continue
        for match in pattern.finditer(text):
            if name in ("iso", "day_month") and _dateline_day(text, match):
                datelines.append(match.span())
            elif not any(a <= match.start() < b for a, b in frames):
                matches.append((match.start(), name, match))
    # "Kyiv, 30 November 2025 — ... yesterday": no month of the dateline's day either
    matches = [(at, name, m) for at, name, m in matches
               if not any(a <= at < b for a, b in datelines)]
    days = [m.start() for _, name, m in matches if name == "day_month"]
    # "Tuesday, March 4": the day of the month, not the last Tuesday
    matches = [(at, name, m) for at, name, m in matches if name != "weekday"
               or not any(0 <= d - m.end() <= 3 for d in days)]
    # "Wednesday's protests marked the anniversary of the June 25 demonstrations last year":
    # a day in the possessive names the happening it owns, and yields to the sentence's others
    return tuple((name, match) for _, name, match in sorted(matches, key=lambda m: (
        m[1] == "weekday" and text.startswith(("'s", "’s"), m[2].end()), m[0])))


def _resolve(name: str, match: re.Match[str], published: dt.date | None,
             grammar: _Grammar) -> EventDate | None:
    if name in ("iso", "day_month", "month_year", "year"):
        return _explicit(name, match, published, grammar)
    if name == "holiday":
        return _holiday(match, published, grammar)
    if published is None:
        return None
    if name == "today":
        return _day(published, "relative")
    if name == "yesterday":
        return _day(published - dt.timedelta(days=1), "relative")
    if name == "days_ago":
        return _day(published - dt.timedelta(days=_count(match, grammar)), "relative")
    if name == "weeks_ago":
        return _week(published - dt.timedelta(weeks=_count(match, grammar)))
    if name == "years_ago":
        return _year(published.year - _count(match, grammar), "relative")
    if name == "last_week":
        return _week(published - dt.timedelta(weeks=1))
    if name == "this_week":
        return _week(published, cap=published)
    if name == "last_month":
        first = published.replace(day=1) - dt.timedelta(days=1)
        return _month(first.year, first.month, "relative")
    if name == "this_month":  # "earlier this month": before publication, whatever its day
        return _month(published.year, published.month, "relative", cap=published)
    if name in ("weekday", "last_weekday"):
        before = int(name == "last_weekday")  # "last Monday" in a Monday's article: a week back
        back = (published.weekday() - grammar.weekdays[match.group("w").lower()] - before) % 7 \
            + before
        return _day(published - dt.timedelta(days=back), "relative")
    return None


def _explicit(name: str, match: re.Match[str], published: dt.date | None,
              grammar: _Grammar) -> EventDate | None:
    year_text = match.groupdict().get("y")
    if name == "year":
        return _year(int(year_text or 0), "explicit") if year_text else None
    if not year_text and name != "iso" and published is None:
        return None  # "on March 3" in an undated article: the year is not the text's to give
    day = _calendar_day(name, match, published or dt.date.today(), grammar)
    if not year_text and name != "iso" and published is not None and (
            day > published or match.groupdict().get("ly") is not None or (
                match.groupdict().get("lm") is not None and day.month == published.month)):
        # "on 3 March" in a January article; "last year, in November"; "last June" in June
        day = day.replace(year=published.year - 1)
    if name == "month_year":
        return _month(day.year, day.month, "explicit")
    return _day(day, "explicit")


def _holiday(match: re.Match[str], published: dt.date | None,
             grammar: _Grammar) -> EventDate | None:
    """"on Christmas Eve in 2023": the holiday's day in the year given, else the last one on or
    before publication; ``None`` in an undated article that gives no year."""
    month, day = grammar.holidays[match.group("h").casefold()]
    if match.group("y"):
        return _day(dt.date(int(match.group("y")), month, day), "explicit")
    if published is None:
        return None
    found = dt.date(published.year, month, day)
    return _day(found if found <= published else found.replace(year=published.year - 1),
                "explicit")


def _calendar_day(name: str, match: re.Match[str], anchor: dt.date,
                  grammar: _Grammar) -> dt.date:
    """The day a rule's match names: an ISO date (group ``x``) as written, else its day (group
    ``d``), month (``m``) and year (``y``); a month alone is its first day, and a missing year
    is the anchor's.

    Raises
    ------
    ValueError
        For a day the month does not have ("31 February").
    """
    if name == "iso":
        return dt.date.fromisoformat(match.group("x"))
    groups = match.groupdict()
    month = grammar.months[groups["m"].lower().rstrip(".")]
    year = int(groups["y"]) if groups.get("y") else anchor.year
    return dt.date(year, month, int(groups.get("d") or 1))


def _count(match: re.Match[str], grammar: _Grammar) -> int:
    """The count a match gives ("three days ago"): its group ``n``, 1 where it has none ("la
    veille", "the day before")."""
    text = (match.groupdict().get("n") or "1").lower()
    return int(text) if text.isdigit() else grammar.numbers.get(text, 1)


def _day(day: dt.date, basis: DateBasis) -> EventDate:
    return EventDate(day, day, day, "day", basis)


def _week(day: dt.date, cap: dt.date | None = None) -> EventDate:
    start = day - dt.timedelta(days=day.weekday())
    end = start + dt.timedelta(days=6)
    mid = start + dt.timedelta(days=3)
    if cap is not None:
        end, mid = min(end, cap), min(mid, cap)
    return _span(mid, start, end, "week", "relative")


def _month(year: int, month: int, basis: DateBasis, cap: dt.date | None = None) -> EventDate:
    mid, end = dt.date(year, month, 15), dt.date(year, month, calendar.monthrange(year, month)[1])
    if cap is not None:
        end, mid = min(end, cap), min(mid, cap)
    return _span(mid, dt.date(year, month, 1), end, "month", basis)


def _year(year: int, basis: DateBasis) -> EventDate | None:
    if not 1900 <= year <= 2100:
        return None
    return _span(dt.date(year, 7, 1), dt.date(year, 1, 1), dt.date(year, 12, 31), "year", basis)


def _span(day: dt.date, start: dt.date, end: dt.date, precision: DatePrecision,
          basis: DateBasis) -> EventDate:
    return EventDate(day, start, end, precision, basis)

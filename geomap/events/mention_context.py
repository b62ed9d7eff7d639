"""The context of a place's mention: what the words around it make of the place.

A mention may stand where a story was filed rather than where something happened: a dateline
("BEIRUT (Reuters) -", "Kyiv, 30 November 2025 —"), "X-based", a street named after the place, a
front's axis, a comparison frame ("since the fall of Bakhmut"), a name that holds it (a church,
an armed group), a cause ("in solidarity with Gaza"), the seat of a body that reports ("the
ministry in Baghdad said"), a source or a speaker ("according to Kyiv", "told AFP in Aden"),
where drones were launched from, a route's far end, a distance measured from it, a destination
("taken to a hospital in Tulsa"), an institution named after it ("Chicago police"), a country
that qualifies a noun ("US officials") or a home town ("24, of Kansas City"). The patterns are
the language's ``place_contexts.tsv``; :func:`geomap.events.places.candidate_places` reads each
location mention with :func:`mention_context`.
"""

from __future__ import annotations

import re
from functools import cache

from geomap import lang
from geomap.events.cues import find_cues, is_frame
from geomap.geoparse import words
from geomap.geoparse.bodies import body_pattern
from geomap.lang.contexts import place_pattern
from geomap.lang.literals import Searcher
from geomap.models import Toponym
from geomap.text import CAPITALISED_WORD

__all__ = ["is_country", "mention_context"]

_DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][\w.]*\.?)?\s*(?:/[A-Z][\w /]*)?(?:\([^)\n]{1,40}\))?"
                             r"\s*(?:-{1,2}|–|—|:)\s"
                             r"|,[^()\n]{1,30}\)\s*(?:-{1,2}|–|—)\s"  # "(Nairobi, May 2, 2026) –"
                             # "Kyiv, 30 November 2025 —", "Киев, 22 ноември 2025 г. —"
                             r"|,[^\n,—–]{1,30}?\d{4}(?:\s*\w{1,2}\.)?\s*(?:-{1,2}|–|—)\s")
_HEADING_AFTER = re.compile(r":[^\S\n]+[^\n.!?]{3,120}(?:\n|$)")
"""After a town at a line's start: the rest of a heading of a briefs column ("ELYRIA: Man shot in
leg on Middle Avenue"), which ends its line with no full stop; the town is where the item below
happened. A dateline goes on with its story ("ISLAMABAD: The army said on Monday ...")."""
_WORD_AFTER = re.compile(r" ([a-z][a-z-]*)\b")
_OPENING_IN = re.compile(r"(?:^|[.!?\n]\s*)In\s+$")  # "In Manila, ...": the sentence's opening
_NEXT_WORD = re.compile(r" (\w)")
_COMMON_ZIPF = 4.0  # a capitalised word this common opens a clause, it is no part of a name


def mention_context(text: str, toponym: Toponym, language: str) -> str | None:
    """What the words around a mention make of its place: ``dateline``, ``based``, ``street``,
    ``axis``, ``frame``, ``name``, ``cause``, ``seat``, ``source``, ``launch``, ``route``,
    ``distance``, ``destination``, ``institution``, ``modifier``, ``origin`` (see the module's
    text); ``""`` where a relative clause tells a happening there ("his hometown of Lahore in
    Punjab, where his supporters fought police"); ``None`` where no words decide, and the place
    before it may still make it a qualifier."""
    start, end = toponym.mention.start, toponym.mention.end
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start <= 2 and (_DATELINE_AFTER.match(text, end) or (
            toponym.mention.text.isupper() and len(toponym.mention.text) > 2)) \
            and not _HEADING_AFTER.match(text, end):
        return "dateline"

    pattern, before = _patterns(language), _searchers(language)
    if pattern["based_after"].match(text, end):
        return "based"
    if pattern["street_after"].match(text, end):
        return "street"
    if pattern["axis_after"].match(text, end):
        return "axis"  # "на Покровському напрямку": a front's axis, named for its town
    if is_frame(text, start, language):
        return "frame"
    if (text[start - 1:start] == "-" or text[end:end + 1] == "-") \
            and pattern["route_after"].match(text, end):
        return "route"  # "blocked the Jos-Abuja highway": the road's ends

    head = text[max(0, start - _BEFORE_CHARS):start]  # the words before, read from their end

    if before["dedication_before"].found(head[-40:]) or (
            pattern["saint"].match(toponym.mention.text)
            and pattern["dedication_after"].match(text, end)):
        return "name"
    if _group_before(language).search(head[-40:]) or _inside_group(text, start, end, language):
        return "name"  # "Islamic State Sahel Province": a branch of an armed group; "al-Shabab"
    name = pattern["name_before"].search(head[-20:])
    if name and _name_word(text, start - len(name.group()), name.group().strip(), language):
        return "name"
    if before["cause_before"].found(head[-120:]):
        return "cause"
    if pattern["seat_after"].match(text, end) and before["seat_before"].found(head[-60:]):
        return "seat"  # "the home department in Gandhinagar said": see _sentence_mentions
    if toponym.place is not None and toponym.place.feature_code == "PPLC" \
            and _OPENING_IN.search(head) and pattern["capital_statement_after"].match(text, end):
        return "source"  # "In Manila, the presidential palace condemned the attack"
    if before["source_before"].found(head[-20:]) and not (
            (word := _NEXT_WORD.match(text, end)) and word.group(1).isupper()
            and not is_country(toponym)):
        # but "according to the Gainesville Police Department" is local; "according to the
        # Kenya Medical Association" is a country's
        return "source"
    if is_country(toponym) and _speaker_after(language).match(text, end):
        return "source"  # "the Kenya Medical Association said": a country's body reports
    if before["speaker_before"].found(head[-60:]):
        return "source"  # "told The Associated Press by phone from Niono"
    if before["launch_before"].found(head[-60:]):
        return "launch"  # "drones launched from Bryansk region": not where they struck
    if before["route_before"].found(head[-70:]):
        return "route"  # "on the highway to Damascus", "a city between Toronto and Windsor"
    if before["distance_before"].found(head[-45:]):
        return "distance"
    if (where := pattern["where_after"].match(text, end)) and _tells_happening(
            text, where.end(), language):
        return ""  # "his hometown of Lahore in Punjab, where his supporters fought police"
    if (pattern["destination_after"].match(text, end)
            or before["destination_before"].found(head[-50:])) \
            and not before["target_before"].found(head[-90:]):
        return "destination"
    # "Chicago police", but not "в Гюмри полиция разогнала пикет" ("in Gyumri, police ...")
    if (pattern["institution_after"].match(text, end)
            and not pattern["preposition_before"].search(head[-6:])) or \
            before["institution_before"].found(head[-40:]):
        return "institution"
    if _division(toponym) and _body_after(text, toponym, language):
        return "institution"  # "West Virginia State Police": a state's body; a town's tells where
    if is_country(toponym) and (after := _WORD_AFTER.match(text, end)) and \
            after.group(1) not in lang.word_set("function_words", lang.event_language(language)):
        return "modifier"  # "U.S. beef imports", "US officials": the country qualifies a noun
    if pattern["origin_after"].match(text, end) or before["origin_before"].found(head[-32:]):
        return "origin"
    return None


_BEFORE_CHARS = 120  # the widest window of words before a mention that a pattern reads


@cache
def _patterns(language: str) -> dict[str, re.Pattern[str]]:
    """The patterns of ``place_contexts.tsv`` that :func:`mention_context` reads, by name."""
    return {name: place_pattern(name, language) for name in _PATTERN_NAMES}


@cache
def _searchers(language: str) -> dict[str, Searcher]:
    """The patterns of ``place_contexts.tsv`` for the words before a mention, each searched
    only in a text that holds one of its required words."""
    return {name: Searcher(place_pattern(name, language)) for name in _BEFORE_NAMES}


_BEFORE_NAMES = ("dedication_before", "cause_before", "seat_before", "source_before",
                 "speaker_before", "launch_before", "route_before", "distance_before",
                 "destination_before", "target_before", "institution_before", "origin_before")
_PATTERN_NAMES = ("based_after", "street_after", "axis_after", "saint", "dedication_after",
                  "name_before", "seat_after", "where_after", "destination_after",
                  "institution_after", "preposition_before", "origin_after",
                  "capital_statement_after", "route_after")
"""The patterns of ``place_contexts.tsv`` matched as they are (the words before a mention, all
but the short ``name_before`` and ``preposition_before``, are :data:`_BEFORE_NAMES`)."""


def _tells_happening(text: str, start: int, language: str) -> bool:
    """Whether the clause from ``start`` to its sentence's end tells of a happening ("where his
    supporters fought running battles"), not of a state ("where officials said he was held")."""
    stop = _CLAUSE_STOP.search(text, start)
    return bool(find_cues(text[start:stop.start() if stop else len(text)],
                          lang.event_language(language)))


_CLAUSE_STOP = re.compile(r"[.;!?]")


def _body_after(text: str, toponym: Toponym, language: str) -> bool:
    """Whether a body of the state named by ``toponym`` follows it (``division_bodies.re``),
    read from the word of the name that may open the body ("West Virginia State" before
    "Police": the name took the word "State")."""
    body = body_pattern(lang.event_language(language))
    if body is None:
        return False
    mention = toponym.mention
    last = mention.text.rsplit(" ", 1)[-1]
    return bool(body.match(text, mention.end) or (
        " " in mention.text and last.casefold() in _suffixes(language)
        and body.match(text, mention.end - len(last) - 1)))


@cache
def _suffixes(language: str) -> frozenset[str]:
    """The words that end a first-order division's name (``admin1_suffixes.txt``: "state")."""
    code = lang.event_language(language)
    return lang.word_set("admin1_suffixes", code) \
        if code in lang.languages_with("admin1_suffixes.txt") else frozenset()


@cache
def _speaker_after(language: str) -> re.Pattern[str]:
    """After a country: the rest of the capitalised name of a body that reports, and a verb of
    saying (``saying_verbs.txt``): "Kenya Medical Association said", its lower-case words those of
    ``organisation_joiners.txt`` ("Kenya National Commission on Human Rights said")."""
    verbs = "|".join(sorted(map(re.escape, lang.word_set("saying_verbs", language)),
                            key=len, reverse=True))
    code = lang.event_language(language)
    joiners = "|".join(sorted(lang.word_set("organisation_joiners", code))) \
        if code in lang.languages_with("organisation_joiners.txt") else ""
    joined = rf"(?:\s+(?:{joiners}))?" if joiners else ""
    # "Kenya National Commission on Human Rights said"
    return re.compile(rf"(?:{joined}\s+{CAPITALISED_WORD}){{1,6}}\s+(?:{verbs})\b"
                      if verbs else "(?!)")


def is_country(toponym: Toponym) -> bool:
    """Whether the place is a country."""
    return toponym.place is not None and toponym.place.feature_code.startswith("PCL")


def _division(toponym: Toponym) -> bool:
    """Whether the place is a country or a first-order division."""
    return is_country(toponym) or (toponym.place is not None
                                 and toponym.place.feature_code == "ADM1")


def _inside_group(text: str, start: int, end: int, language: str) -> bool:
    """Whether the words from ``start`` to ``end`` are part of an armed group's name
    (``armed_groups.txt``): "Shabab" in "al-Shabab" names no place."""
    return any(found.start() <= start and end <= found.end() for found in
               _group(language).finditer(text, max(0, start - _GROUP_REACH), end + _GROUP_REACH))


_GROUP_REACH = 30  # characters around a place read for an armed group's name that holds it


@cache
def _group(language: str) -> re.Pattern[str]:
    """An armed group's name (``armed_groups.txt``), the first letters of the names looked at
    first: most offsets start none."""
    code = lang.event_language(language)
    names = lang.words("armed_groups", code)
    if not names:
        return lang.NEVER
    first = re.escape("".join(sorted({name[0] for name in names})))
    return re.compile(rf"(?=[{first}])\b{lang.alternation('armed_groups', code)}\b")


@cache
def _group_before(language: str) -> re.Pattern[str]:
    """An armed group's name right before a place (``armed_groups.txt``)."""
    return re.compile(rf"{_group(language).pattern}\s+$")


def _name_word(text: str, at: int, word: str, language: str) -> bool:
    """Whether the capitalised word at ``at`` is part of a longer name ("Kati Mather", "St
    Patrick"), not a sentence's first word, a common word ("When Alexandria police ..."), a
    direction or a date."""
    if word in lang.word_set("not_name_words", lang.event_language(language)) or \
            _month_or_day(word, language):
        return False
    before = text[max(0, at - 200):at].rstrip()[-1:]  # a window, not the text before
    if before in ("", ".", "!", "?", ":", "\"", "“", "”", "\n"):
        return False
    return words.zipf()(word.casefold()) < _COMMON_ZIPF


def _month_or_day(word: str, language: str) -> bool:
    return word.strip().casefold() in _calendar_words(lang.event_language(language))


@cache
def _calendar_words(language: str) -> frozenset[str]:
    """The language's names of weekdays and months, every form (``weekdays.tsv``,
    ``months.tsv``)."""
    return frozenset(row["word"] for name in ("weekdays", "months")
                     for row in lang.table(name, language))

"""What a resolved name is in its sentence: a person ("Fedorov said"), an actor ("Moscow says",
"Kyiv denied", a metonym), a qualifier (a demonym) or a location; :mod:`geomap.geoparse.resolve`
asks."""

from __future__ import annotations

import re
from functools import cache

from geomap import lang
from geomap.gazetteer.geocode import CAPITAL_CODES
from geomap.geoparse.evidence import PART_WORDS
from geomap.geoparse.persons import TITLES
from geomap.models import Candidate, Mention, Role

_SPEECH_AFTER = re.compile(rf"^\s+{lang.alternation('speech_after')}\b")


_SPEECH_BEFORE = re.compile(rf"\b{lang.alternation('speech_before')}\s+$")
_PLACE_BEFORE = re.compile(r"\b(?:in|near|from|outside|at|of)\s+$", re.IGNORECASE)
_SEAT_APPOSED = re.compile(r",\s+(?:the\s+)?(?:de facto\s+|interim\s+|temporary\s+|wartime\s+|"
                           r"administrative\s+)?(?:seat|capital)\s+of\s+(?:the\s+)?[^,.;]{0,60}?"
                           r"(?:government|administration|authorities|junta|council)\b[^,.;]{0,30},")
"""An apposition that makes a town a government's seat ("Port Sudan, the seat of the army-backed
government, accused ..."): it then speaks or acts for that government, as a capital does."""


def speaks(text: str, mention: Mention, cand: Candidate) -> bool:
    """"Fedorov said", "said Fedorov": a one-word settlement name that speaks is a person."""
    place = cand.place
    return (place.feature_class == "P" and place.feature_code not in CAPITAL_CODES
            and " " not in mention.text and cand.kind != "metonym"
            and (bool(_SPEECH_AFTER.match(text[mention.end:mention.end + 30]))
                 or bool(_SPEECH_BEFORE.search(text[max(0, mention.start - 14):mention.start])))
            and not _PLACE_BEFORE.search(text[max(0, mention.start - 12):mention.start])
            and not _office(text, mention.end))


def _office(text: str, end: int) -> bool:
    """"said Avondale Mayor Ed Rieker": a capitalised office or service after the name makes it
    the place the office serves."""
    found = _NEXT_CAPITALISED.match(text, end)
    return found is not None and (found.group(1).casefold() in TITLES
                                  or found.group(1).casefold() in _SERVICES)


_NEXT_CAPITALISED = re.compile(r" ([A-Z][a-z]+)")
_SERVICES = lang.word_set("local_services")


@cache
def _actor_after(language: str | None) -> re.Pattern[str]:
    """What after a capital makes it an actor: a possessive ("Moscow's troops") or a verb of
    saying or deciding in the article's language (``lang/<code>/actor_verbs.re``)."""
    return re.compile(rf"^(?:['’]s?\s+[\"“]?(?!own\b)(?!(?:\w+\s+)?{PART_WORDS})\w+|\s+"
                      rf"{lang.pattern('actor_verbs', lang.event_language(language))})\b",
                      re.IGNORECASE)


@cache
def _actor_before(language: str | None) -> re.Pattern[str]:
    """What before a capital makes it a party to what is said ("accused Kinshasa of", "talks
    between Kinshasa and": ``lang/<code>/actor_objects.re``); nothing in a language without."""
    code = lang.event_language(language)
    if code not in lang.languages_with("actor_objects.re"):
        return lang.NEVER
    return re.compile(rf"\b{lang.pattern('actor_objects', code)}\s+$", re.IGNORECASE)


def role(text: str, mention: Mention, cand: Candidate, language: str | None = None) -> Role:
    """A qualifier for a demonym; an actor for a metonym or a capital a possessive or a verb of
    saying follows ("Moscow's troops", "Kyiv denied") or that a verb of blaming or "between"
    has for its object ("accused Kinshasa of"); else a location."""
    if cand.kind == "demonym":
        return "qualifier"
    seat = cand.kind == "metonym" or cand.place.feature_code in CAPITAL_CODES
    after = mention.end
    if language in (None, "en") and (apposed := _SEAT_APPOSED.match(text, mention.end)):
        seat, after = True, apposed.end()
    if seat and _actor_after(language).match(text[after:after + 40]) and not (
            language in (None, "en")  # "Police in Dublin have arrested": where, not who
            and _PLACE_BEFORE.search(text, max(0, mention.start - 8), mention.start)):
        return "actor"
    if seat and _actor_before(language).search(text, max(0, mention.start - 30), mention.start):
        return "actor"
    if cand.kind == "metonym":
        return "actor"
    return "location"

"""The places a document's events may be at, and what the text around each mention says.

Every location toponym (never an actor or a qualifier) is a mention of a candidate place; "the
city" or "the town" stands for the settlement named last in the two sentences before. Each
mention is read for the contexts that make a place where a story was filed or where people were
taken rather than where something happened: a dateline ("BEIRUT (Reuters) -"), "X-based", an
institution named after the place ("the Gaza health ministry", "Chicago police"), a destination
("taken to a hospital in Tulsa", "Tipperary District Court"), a person's home town ("24, of
Kansas City"), a comparison frame ("since the fall of Bakhmut"), a qualifier of the place before
it ("Paris, Texas"). Mentions of one place are grouped: the features of
:mod:`geomap.events.features` read the group.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from geomap import lang
from geomap.events.cues import clauses, is_frame
from geomap.geoparse import words
from geomap.models import Mention, Place, Toponym

REGION_CODES = frozenset({"ADM1", "ADM2", "ADM3", "RGN", "PEN", "PCLI", "PCLD", "PCLS", "PCLF",
                          "PCL", "TERR", "CONT"})
_QUALIFIER_GAP = re.compile(
    r"^['’]?s?,?\s+(?:(?:in|of)\s+)?(?:the\s+)?(?:(?:north|south|east|west|centr)(?:ern|al)?"
    r"(?:-(?:east|west)(?:ern)?)?\s+)?(?:(?:(?:about|some)\s+)?\d+\s+(?:km|kilometres|"
    r"kilometers|miles)\s+(?:\w+\s+)?)?(?:of\s+|from\s+)?(?:the\s+)?$", re.IGNORECASE)
# "the Gaza health ministry", "the Kherson regional military administration", "Chicago police"
_INSTITUTION_AFTER = re.compile(
    r"\s+(?:(?:health|regional|military|city|local|defen[cs]e|interior|foreign|emergency|"
    r"state|civil|district|county|metropolitan|metro)\s+){0,3}(?:ministry|administration|"
    r"authorities|police|officials|council|governor|mayor|media|outlets|prosecutors?|court|"
    r"department|services?|sheriff)\b")
_DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][\w.]*\.?)?\s*(?:/[A-Z][\w /]*)?(?:\([^)\n]{1,40}\))?"
                             r"\s*(?:-{1,2}|–|—|:)\s")
_BASED = re.compile(r"-?\s?based\b")
_DESTINATION_BEFORE = re.compile(
    r"\b(?:taken|rushed|transported|airlifted|flown|brought|transferred|moved|admitted) to\s+"
    r"(?:a |an |the )?(?:\w+\s+){0,3}$|\b(?:hospitali[sz]ed|treated|jailed|held|tried) (?:in|at)"
    r"\s+(?:a |an |the )?(?:\w+\s+){0,2}$|\b(?:jail|prison|hospital|court|courthouse|"
    r"detention cent(?:re|er)|medical cent(?:re|er)) (?:in|at|of)\s+$", re.IGNORECASE)
_DESTINATION_AFTER = re.compile(
    r"\s+(?:[A-Z][\w.'’-]*\s+){0,3}(?:hospital|medical center|medical centre|clinic|court|"
    r"courthouse|jail|prison|detention)", re.IGNORECASE)
_ORIGIN_BEFORE = re.compile(
    r"(?:\d+,\s+of|\b[A-Z][\w.'’-]+,? of|\bnative of|\bresidents? of|\bhome ?town of|\b(?:man|"
    r"woman|boy|girl|teenager|couple|residents?|natives?|person|people|soldiers?|marines?|"
    r"troops?|immigrants?|refugees?|migrants?|tourists?|visitors?|imports?|exports?|goods|"
    r"delegation|delegates|fighters|inmates|prisoners|fans|players) (?:from|of)(?: the)?|"
    r"\b(?:lived|"
    r"lives|living|grew up|born|raised|studied|works|worked|moved|relocated|returned|fled|"
    r"travell?ed|flew|went|headed|escaped|visiting) (?:in|to|from|at)(?: the)?)\s+$")
# "A Charleston man", "three Indiana inmates": the place says where someone is from
_ORIGIN_AFTER = re.compile(r"\s+(?:man|woman|men|women|boy|girl|teen|teenager|youth|resident|"
                           r"residents|native|natives|couple|family|inmates?|prisoners?|"
                           r"students?|serial)\b")
# "the church of St. Peter and St. Paul": a saint's name, not the city
_DEDICATION_BEFORE = re.compile(r"\b(?:church|cathedral|chapel|basilica|monastery|abbey|parish|"
                                r"school|hospital|college|university) of (?:St\.? \w+ and )?$",
                                re.IGNORECASE)
# "Saint Peter and Saint Paul Coptic Orthodox Church": a saint's name in a church's, not a town
_SAINT = re.compile(r"(?:St\.?|Saint)\s")
_DEDICATION_AFTER = re.compile(r"(?:\s+(?:and|&)\s+(?:St\.?|Saint)\s+[A-Z][\w'’]*)?(?:['’]s)?"
                               r"(?:\s+[A-Z][\w'’.-]*){0,4}\s+(?:Church|Cathedral|Chapel|"
                               r"Basilica|Monastery|Abbey|Parish|Mosque|Temple)\b")
_STREET_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:Street|St\.|Drive|Dr\.|Road|Rd\.|"
                           r"Avenue|Ave\.?|Way|Lane|Ln\.?|Boulevard|Blvd\.?|Court|Ct\.|Place|"
                           r"Terrace|Highway|Hwy\.?|Parkway|Pike|Circle|Trail)\b")
_NAME_BEFORE = re.compile(r"\b(?:St\.?|Saint|[A-Z][a-z]+) $")
_DISTANCE_BEFORE = re.compile(r"\b\d+\s?(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+){0,2}"
                              r"(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_WORD_AFTER = re.compile(r" ([a-z][a-z-]*)\b")
_FUNCTION_WORDS = lang.word_set("function_words")
_COMMON_ZIPF = 4.0  # a capitalised word this common opens a clause, it is no part of a name
_NOT_NAMES = frozenset({"The", "In", "At", "On", "Near", "From", "Of", "And", "But", "By", "To",
                        "For", "With", "Outside", "Inside", "Across", "North", "South", "East",
                        "West", "Central", "Northern", "Southern", "Eastern", "Western", "Greater",
                        "Upper", "Lower", "New", "Old"})
_ANAPHORA = re.compile(r"\b(?:the|this|that) (?:city|town|village|settlement)\b(?! of)|"
                       r"\b(?:its) (?:central|northern|southern|eastern|western|outskirts|"
                       r"centre|center|market|districts?|suburbs?)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"['’]?s?,?\s+(?:which|where|who)\b[^;.]*", re.IGNORECASE)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside|on|into|across|throughout|around|towards?|off|over|from|"
    r"between|and|of the (?:city|town|village|region|province|district|area) of|outskirts of|"
    r"suburbs? of|streets of)\s+(?:the\s+)?(?:(?:\w+(?:ern|al)|\w+-\w+)\s+)?(?:(?:city|town|"
    r"village|region|province|district|state|county|area|camp|island)\s+of\s+)?$",
    re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """One mention of a candidate place.

    Parameters
    ----------
    toponym
        The resolved toponym (for "the city", a toponym made for the words, at the antecedent).
    sentence
        Index of its sentence.
    scope_start, scope_end
        Offsets of the text that speaks for it: its clause, its part of a list of places, or its
        relative clause ("Mirnograd, which is under threat").
    anaphoric
        Whether the mention is "the city" or "its outskirts".
    context
        Why the place may be no event's place here: ``dateline``, ``based``, ``street`` (part
        of a street's name), ``frame``, ``name`` (after a capitalised word: part of a longer
        name), ``distance`` (a distance reference), ``destination``, ``institution``,
        ``modifier`` (a country before a noun: "U.S. beef"), ``origin`` (a home town, where
        someone lives or went), ``qualifier``; empty when none applies.
    locative
        Whether a locative word stands before it ("in", "at", "near", "outskirts of").
    """

    toponym: Toponym
    sentence: int
    scope_start: int
    scope_end: int
    anaphoric: bool
    context: str
    locative: bool


@dataclass(slots=True)
class CandidatePlace:
    """A place the document names as a location, with all its mentions in text order."""

    place: Place
    mentions: list[PlaceMention] = field(default_factory=list)

    @property
    def first(self) -> int:
        """Offset of the first mention."""
        return self.mentions[0].toponym.mention.start


def candidate_places(text: str, spans: list[tuple[int, int]],
                     toponyms: list[Toponym]) -> list[CandidatePlace]:
    """Group the document's location mentions by place, in order of first mention.

    Parameters
    ----------
    text
        The document's text.
    spans
        Its sentences.
    toponyms
        Its resolved toponyms.
    """
    locations = sorted((t for t in toponyms if t.role == "location" and t.place is not None),
                       key=lambda t: t.mention.start)
    groups: dict[int, CandidatePlace] = {}
    recent: list[tuple[int, Toponym]] = []
    k = 0
    for index, (start, end) in enumerate(spans):
        inside = []
        while k < len(locations) and locations[k].mention.start < end:
            if locations[k].mention.start >= start:
                inside.append(locations[k])
            k += 1
        recent = [(i, t) for i, t in recent if index - i <= 2]
        if not inside and not recent:
            continue  # no place, and none for "the city" to stand for
        mentions = _sentence_mentions(text, index, start, end, inside, recent)
        recent += [(index, t) for t in inside if t.place.feature_class == "P"]  # type: ignore[union-attr]
        for mention in mentions:
            place = mention.toponym.place
            assert place is not None
            groups.setdefault(place.geonameid, CandidatePlace(place)).mentions.append(mention)
    return sorted(groups.values(), key=lambda g: g.first)


def named_sentences(spans: list[tuple[int, int]], toponyms: Sequence[Toponym]) -> frozenset[int]:
    """The indices of the sentences that name a place as a location or an actor ("Bamako has
    blamed the recent wave of attacks"); a demonym ("Russian authorities claim") names none."""
    starts = [start for start, _ in spans]
    return frozenset(bisect.bisect_right(starts, t.mention.start) - 1 for t in toponyms
                     if t.role != "qualifier")


def _sentence_mentions(text: str, index: int, start: int, end: int, inside: list[Toponym],
                       recent: list[tuple[int, Toponym]]) -> list[PlaceMention]:
    sentence = text[start:end]
    out = []
    settled = any(t.place.feature_class == "P" for t in inside)  # type: ignore[union-attr]
    for k, toponym in enumerate(inside):
        context = _context(text, toponym, inside[k - 1] if k else None)
        if not context and settled and toponym.place.feature_class in ("H", "T"):  # type: ignore[union-attr]
            context = "qualifier"  # "Kupiansk, east of the Oskil River": the river locates it
        a, b = _scope(text, start, end, toponym, len(inside))
        before = text[max(0, toponym.mention.start - 45):toponym.mention.start]
        out.append(PlaceMention(toponym, index, a, b, False, context,
                                bool(_LOCATIVE_BEFORE.search(before))))
    settlements = [t for t in inside if t.place.feature_class == "P"]  # type: ignore[union-attr]
    antecedents = [t for _, t in recent] + settlements
    for match in _ANAPHORA.finditer(sentence):
        at = start + match.start()
        before_it = [t for t in antecedents if t.mention.end <= at]
        if before_it and not any(t.mention.start >= start for t in settlements
                                 if t.mention.end <= at):
            last = before_it[-1]
            mention = Mention(at, start + match.end(), match.group())
            toponym = Toponym(mention, last.place, last.score, "location", ())
            a, b = _scope(text, start, end, toponym, len(inside))
            out.append(PlaceMention(toponym, index, a, b, True, "", True))
            break
    return out


def _context(text: str, toponym: Toponym, previous: Toponym | None) -> str:
    start, end = toponym.mention.start, toponym.mention.end
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start <= 2 and (_DATELINE_AFTER.match(text, end) or (
            toponym.mention.text.isupper() and len(toponym.mention.text) > 2)):
        return "dateline"
    if _BASED.match(text, end):
        return "based"
    if _STREET_AFTER.match(text, end):
        return "street"
    if is_frame(text, start):
        return "frame"
    def before(chars: int) -> str:
        return text[max(0, start - chars):start]

    if _DEDICATION_BEFORE.search(before(40)) or (
            _SAINT.match(toponym.mention.text) and _DEDICATION_AFTER.match(text, end)):
        return "name"
    name = _NAME_BEFORE.search(before(20))
    if name and _name_word(text, start - len(name.group()), name.group().strip()):
        return "name"
    if _DISTANCE_BEFORE.search(before(45)):
        return "distance"
    if _DESTINATION_AFTER.match(text, end) or _DESTINATION_BEFORE.search(before(50)):
        return "destination"
    if _INSTITUTION_AFTER.match(text, end):
        return "institution"
    if toponym.place is not None and toponym.place.feature_code.startswith("PCL") and (
            after := _WORD_AFTER.match(text, end)) and after.group(1) not in _FUNCTION_WORDS:
        return "modifier"  # "U.S. beef imports", "US officials": the country qualifies a noun
    if _ORIGIN_AFTER.match(text, end) or _ORIGIN_BEFORE.search(before(32)):
        return "origin"
    if previous is not None and _qualifies(text, previous, toponym):
        return "qualifier"
    return ""


def _name_word(text: str, at: int, word: str) -> bool:
    """Whether the capitalised word at ``at`` is part of a longer name ("Kati Mather", "St
    Patrick"), not a sentence's first word, a common word ("When Alexandria police ..."), a
    direction or a date."""
    if word in _NOT_NAMES or _month_or_day(word):
        return False
    before = text[max(0, at - 200):at].rstrip()[-1:]  # a window, not the text before
    if before in ("", ".", "!", "?", ":", "\"", "“", "”", "\n"):
        return False
    return words.zipf()(word.casefold()) < _COMMON_ZIPF


def _month_or_day(word: str) -> bool:
    folded = word.strip().casefold()
    return folded in lang.words("weekdays") or folded in lang.words("months")


def _qualifies(text: str, previous: Toponym, toponym: Toponym) -> bool:
    """Whether ``toponym`` only locates the place before it: "Khan Younis, in the southern Gaza
    Strip", "Manbij, north-east of Aleppo", "Paris, Texas"."""
    gap = text[previous.mention.end:toponym.mention.start]
    if not _QUALIFIER_GAP.match(gap):
        return False
    return bool(re.search(r"[a-z]", gap)) or contains(toponym.place, previous.place)


def _scope(text: str, start: int, end: int, toponym: Toponym, places: int) -> tuple[int, int]:
    """The text that speaks for a mention: a relative clause after it, else its clause (its
    part between commas when the sentence lists three places or more)."""
    relative = _RELATIVE.match(text, toponym.mention.end, end)
    if relative:
        return relative.start(), relative.end()
    at = toponym.mention.start - start
    sentence = text[start:end]
    for a, b in clauses(sentence):
        if a <= at < b:
            if places >= 3:
                left = sentence.rfind(",", a, at)
                right = sentence.find(",", at, b)
                a, b = (a if left < 0 else left + 1), (b if right < 0 else right)
            return start + a, start + b
    return start, end


def contains(outer: Place | None, inner: Place | None) -> bool:
    """Whether ``outer`` is a region or country that holds ``inner``."""
    if outer is None or inner is None or outer.geonameid == inner.geonameid:
        return False
    if outer.feature_code not in REGION_CODES or inner.feature_code in ("PCLI", "CONT"):
        return False
    if outer.feature_code == "CONT":
        return True
    if outer.country_code != inner.country_code:
        return False
    if outer.feature_code.startswith(("PCL", "TERR")):
        return True
    return outer.feature_code != "ADM1" or outer.admin1_code == inner.admin1_code

"""The places a document's events may be at, and what the text around each mention says.

Every location toponym (never an actor or a qualifier) is a mention of a candidate place; "the
city" or "the town" stands for the settlement named last in the two sentences before. Each
mention is read for its context (:mod:`geomap.events.mention_context`: a dateline, a
destination, a home town, ...), for a qualifier of the place before it ("Paris, Texas") and for
the clause it speaks for. Mentions of one place are grouped: the features of
:mod:`geomap.events.features` read the group.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from geomap import lang
from geomap.events.cues import clauses
from geomap.events.mention_context import is_country, mention_context
from geomap.geoparse.proximity import km
from geomap.lang.contexts import place_pattern
from geomap.models import Mention, Place, Toponym
from geomap.text import CAPITALISED_WORD, CONJUNCTIONS, LIST_JOIN

REGION_CODES = frozenset({"ADM1", "ADM2", "ADM3", "RGN", "PEN", "PCLI", "PCLD", "PCLS", "PCLF",
                          "PCL", "TERR", "CONT"})
_ANTECEDENT_CONTEXTS = ("", "dateline", "qualifier")
_LISTED_CONTEXTS = ("launch", "destination", "origin")
"""Contexts that the next item of a list takes from the one before ("taken to hospitals in Beni
and Butembo")."""


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
        of a street's name), ``axis`` (a front's axis named for the town), ``frame``, ``name``
        (after a capitalised word: part of a longer name), ``distance`` (a distance reference),
        ``destination``, ``institution``, ``modifier`` (a country before a noun: "U.S. beef"),
        ``origin`` (a home town, where someone lives or went), ``qualifier``, ``cause`` (what a
        rally is about: "in support of the people of Aleppo"), ``source`` (what reports, or
        where someone speaks from: "according to Al-Ahram", "speaking in Mombasa"), ``route``
        (a road's far end: "the highway to Damascus"); empty when none applies.
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


def candidate_places(text: str, spans: list[tuple[int, int]], toponyms: list[Toponym],
                     language: str = lang.DEFAULT_LANGUAGE) -> list[CandidatePlace]:
    """Group the document's location mentions by place, in order of first mention.

    Parameters
    ----------
    text
        The document's text.
    spans
        Its sentences.
    toponyms
        Its resolved toponyms.
    language
        The document's language (ISO 639-1): whose words give the mentions' contexts.
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
        mentions = _sentence_mentions(text, index, start, end, inside, recent, language)
        # "the city" stands for a town named where something may happen, not for the one the
        # wounded were taken to
        recent += [(index, m.toponym) for m in mentions if not m.anaphoric
                   and m.toponym.place.feature_class == "P"  # type: ignore[union-attr]
                   and m.context in _ANTECEDENT_CONTEXTS]
        for mention in mentions:
            place = mention.toponym.place
            assert place is not None
            groups.setdefault(place.geonameid, CandidatePlace(place)).mentions.append(mention)
    return sorted(groups.values(), key=lambda g: g.first)


def named_sentences(spans: list[tuple[int, int]], toponyms: Sequence[Toponym],
                    text: str = "", language: str = lang.DEFAULT_LANGUAGE) -> frozenset[int]:
    """The indices of the sentences that name a place as a location or an actor ("Bamako has
    blamed the recent wave of attacks"), or a town the gazetteer lacks, by the word for its kind
    (``unknown_town`` of the language's ``place_contexts.tsv``: "raided M23 positions in the town
    of Masisi"); a demonym ("Russian authorities claim") names none."""
    starts = [start for start, _ in spans]
    found = {bisect.bisect_right(starts, t.mention.start) - 1 for t in toponyms
             if t.role != "qualifier"}
    taken = {t.mention.start for t in toponyms}
    found.update(bisect.bisect_right(starts, match.start("name")) - 1
                 for match in place_pattern("unknown_town", language).finditer(text)
                 if match.start("name") not in taken)
    return frozenset(found)


def _sentence_mentions(text: str, index: int, start: int, end: int, inside: list[Toponym],
                       recent: list[tuple[int, Toponym]], language: str) -> list[PlaceMention]:
    sentence = text[start:end]
    out: list[PlaceMention] = []
    # a town named, or one the gazetteer lacks ("near Diafarabé"), is where, not a river by it
    settled = any(t.place.feature_class == "P" for t in inside) or bool(  # type: ignore[union-attr]
        place_pattern("unknown_town", language).search(text, start, end))
    locative_before = place_pattern("locative_before", language)
    named = [t for _, t in recent] + inside  # the places a capital's words may stand for
    joined: list[bool] = []  # whether each mention of ``out`` is a list's item after another
    for k, toponym in enumerate(inside):
        context = mention_context(text, toponym, language)
        if context is None:  # "Paris, Texas": Texas locates Paris
            context = "qualifier" if k and _qualifies(text, inside[k - 1], toponym, language) \
                else ""
        if not context and settled and toponym.place.feature_class in ("H", "T"):  # type: ignore[union-attr]
            context = "qualifier"  # "Kupiansk, east of the Oskil River": the river locates it
        if not context and k + 1 < len(inside) and _holds(text, toponym, inside[k + 1], language):
            context = "qualifier"  # "the Melbourne suburb of Frankston": Frankston is where
        a, b = _scope(text, start, end, toponym, len(inside), language)
        listed = bool(k and out and (
            LIST_JOIN.fullmatch(text, inside[k - 1].mention.end, toponym.mention.start)
            or _COUNTED_JOIN.fullmatch(text, inside[k - 1].mention.end, toponym.mention.start)))
        if listed and not context and out[-1].context in _LISTED_CONTEXTS:
            context = out[-1].context  # "launched from the areas of Kursk and Primorsko-Akhtarsk"
        if listed and a >= toponym.mention.end:
            a = min(a, out[-1].scope_start)  # "near Kupiansk and Borova, where ...": the last
            # item of a list speaks for its clause as well as for its relative clause
        before = text[max(0, toponym.mention.start - 45):toponym.mention.start]
        # a distance measured from the place locates the happening by it ("25 km east of")
        locative = context == "distance" or bool(locative_before.search(before))
        if listed and not locative and out[-1].locative:
            locative = True  # "near Kupiansk, Izium and Balakliia": the list's locative word
        capital = _capital(text, toponym, named, language)
        if capital is not None:  # "Riot police in Georgia's capital": the capital, named before
            out.append(PlaceMention(capital, index, a, b, True, "", locative))
            joined.append(False)
            context = "qualifier"
        out.append(PlaceMention(toponym, index, a, b, False, context, locative))
        joined.append(listed)
    # "24 near Lyman and 11 near Kupiansk, where ...": the items of a list share its widest clause
    for k in range(len(out) - 1, 0, -1):
        if joined[k] and out[k].scope_start < out[k - 1].scope_start:
            out[k - 1] = replace(out[k - 1], scope_start=out[k].scope_start)
    # the seat of a body that reports ("the ministry in Baghdad said") only reports where its
    # sentence names another place as such; alone, it is where the body tells of
    elsewhere = any(not m.context for m in out)
    out = [replace(m, context="source" if elsewhere else "") if m.context == "seat" else m
           for m in out]
    settlements = [m for m in out if m.toponym.place.feature_class == "P"  # type: ignore[union-attr]
                   and m.context in _ANTECEDENT_CONTEXTS]
    antecedents = [t for _, t in recent] + [m.toponym for m in settlements]
    for match in place_pattern("anaphora", language).finditer(sentence):
        at = start + match.start()
        if _located_after(text, start + match.end(), inside, language):
            continue  # "у селі приблизно за 15 км на північ від Буніа": a village of its own
        before_it = [t for t in antecedents if t.mention.end <= at]
        # "the city" stands for a town named before it in its sentence only where that town is
        # no dateline ("DAYTON, Ohio — ... at an apartment on the city's east side")
        if before_it and not any(m.toponym.mention.end <= at and m.context != "dateline"
                                 for m in settlements) \
                and not _measured_from(text, start, at, inside, language):
            last = before_it[-1]
            mention = Mention(at, start + match.end(), match.group())
            toponym = Toponym(mention, last.place, last.score, "location", ())
            a, b = _scope(text, start, end, toponym, len(inside), language)
            out.append(PlaceMention(toponym, index, a, b, True, "", True))
            break
    return out


def _measured_from(text: str, start: int, at: int, inside: list[Toponym], language: str) -> bool:
    """Whether "the city" at offset ``at`` only measures a distance to the place its sentence
    (from ``start``) names before it, whatever that place's kind, or a town the gazetteer lacks
    ("around Bara, 60 km north of the city" places Bara, not the city), or only gives a
    direction from it where its sentence names another place ("North of the city, the RSF
    seized Bara")."""
    before = text[max(0, at - _DISTANCE_CHARS):at]
    if inside and place_pattern("direction_before", language).search(before):
        return True
    named = any(t.mention.end <= at for t in inside) \
        or place_pattern("unknown_town", language).search(text, start, at) is not None
    return named and place_pattern("distance_before", language).search(before) is not None


_DISTANCE_CHARS = 45  # characters before a mention that a distance measured from it takes


def _located_after(text: str, end: int, inside: list[Toponym], language: str) -> bool:
    """Whether the words after "the village" ending at ``end`` measure its distance from the
    next place its sentence names ("у селі приблизно за 15 км на північ від Буніа"): a language
    without articles calls a new place so, which the place named after it locates."""
    after = [t for t in inside if t.mention.start >= end]
    return bool(after) and after[0].mention.start - end <= _DISTANCE_CHARS and place_pattern(
        "distance_before", language).search(text[end:after[0].mention.start]) is not None


def _capital(text: str, holder: Toponym, named: list[Toponym], language: str) -> Toponym | None:
    """The capital of a country or first-order division where its name is followed by words
    that stand for it ("Georgia's capital", "the South Carolina State House": ``capital_after``
    of the language's ``place_contexts.tsv``) and the article names that capital (its dateline
    "TBILISI", "COLUMBIA, S.C."), as a mention of those words; else ``None``."""
    place = holder.place
    if place is None or not (is_country(holder) or place.feature_code == "ADM1"):
        return None
    after = place_pattern("capital_after", language).match(text, holder.mention.end)
    if after is None:
        return None
    seat = "PPLC" if is_country(holder) else "PPLA"
    for toponym in named:
        if toponym.place is not None and toponym.place.feature_code == seat \
                and toponym.place.country_code == place.country_code and (
                    seat == "PPLC" or toponym.place.admin1_code == place.admin1_code):
            words = Mention(holder.mention.start, after.end(),
                            text[holder.mention.start:after.end()])
            return Toponym(words, toponym.place, toponym.score, "location", ())
    return None


def _qualifies(text: str, previous: Toponym, toponym: Toponym, language: str) -> bool:
    """Whether ``toponym`` only locates the place before it: "Khan Younis, in the southern Gaza
    Strip", "Manbij, north-east of Aleppo", "Paris, Texas"."""
    gap = text[previous.mention.end:toponym.mention.start]
    if not place_pattern("qualifier_gap", language).match(gap):
        return False
    if contains(toponym.place, previous.place):
        return True
    # words after a comma ("Manbij, north-east of Aleppo"); without one, only a place of the
    # same country ("на границе с Белоруссией в Черниговской области" is where it happened)
    return any(c.islower() for c in gap) and (
        "," in gap or (previous.place is not None and toponym.place is not None
                       and previous.place.country_code == toponym.place.country_code))


def _holds(text: str, toponym: Toponym, following: Toponym, language: str) -> bool:
    """Whether ``toponym`` only holds the place after it ("the Melbourne suburb of Frankston",
    ``container_gap``): the words between say so and the first contains the second or is the
    larger place."""
    first, second = toponym.place, following.place
    if first is None or second is None or not place_pattern("container_gap", language).match(
            text[toponym.mention.end:following.mention.start]):
        return False
    return contains(first, second) or first.population > second.population


def _scope(text: str, start: int, end: int, toponym: Toponym, places: int,
           language: str) -> tuple[int, int]:
    """The text that speaks for a mention: its clause and a relative clause after it
    ("repelled an assault on Babanusa, where the division is based"), else its clause (its
    part between commas when the sentence lists three places or more, the part before an
    appositive's comma included: "in the state capital, Culiacan")."""
    at = toponym.mention.start - start
    sentence = text[start:end]
    relative = place_pattern("relative_after", language).match(text, toponym.mention.end, end)
    if relative:
        opening = next((a for a, b in clauses(sentence, language) if a <= at < b), at)
        return start + opening, relative.end()
    for a, b in clauses(sentence, language):
        if a <= at < b:
            if places >= 3:
                left = sentence.rfind(",", a, at)
                # "in the state capital, Culiacan": the place a noun before the comma names
                while left > a and place_pattern("appositive_before", language).search(
                        sentence, a, left):
                    left = sentence.rfind(",", a, left)
                right = sentence.find(",", at, b)
                # a bare item of a list of names ("біля Мирноград, Гродівка та Новоекономічне")
                # shares the words that open the list
                for _ in range(_LIST_REACH):
                    if left <= a or not _BARE_ITEM.fullmatch(sentence, left + 1,
                                                             b if right < 0 else right):
                        break
                    left = sentence.rfind(",", a, left)
                if left <= a and right >= 0 and _fronted(sentence, a, at, right, language):
                    # "In Peshawar, a rally ... set off": a locative phrase that opens the
                    # clause speaks for the words after its comma
                    following = sentence.find(",", right + 1, b)
                    right = b if following < 0 else following
                a, b = (a if left < 0 else left + 1), (b if right < 0 else right)
            return start + a, start + b
    return start, end


def _fronted(sentence: str, a: int, at: int, comma: int, language: str) -> bool:
    """Whether the clause part from ``a`` to ``comma`` is only a locative phrase of the place at
    ``at`` (its locative word and the place's name: "In Peshawar", "In the southern city of
    Sidon")."""
    opening = sentence[a:at]
    return len(opening) <= _FRONTED_CHARS and bool(opening.strip()) and \
        bool(place_pattern("locative_before", language).search(opening)) and \
        _BARE_ITEM.fullmatch(sentence, at, comma) is not None


_FRONTED_CHARS = 40  # the longest opening a fronted locative phrase has before its place


_ITEM_WORD = rf"(?:{CAPITALISED_WORD}|{CONJUNCTIONS})"
_COUNTED_JOIN = re.compile(rf",?\s+{CONJUNCTIONS}\s+\d+\s+(?:[^\W\d_]+\s+){{1,2}}")
"""What joins two items of a list that each carry a count ("24 near Lyman and 11 near
Kupiansk", "24 під Лиманом та 11 під Куп'янськом")."""
_BARE_ITEM = re.compile(rf"\s*{_ITEM_WORD}(?:\s+{_ITEM_WORD})*\s*")
"""The text between two commas of a list that holds nothing but names and conjunctions."""
_LIST_REACH = 8  # list items a bare item looks back over for the words that open its list


def contains(outer: Place | None, inner: Place | None) -> bool:
    """Whether ``outer`` is a region or country that holds ``inner``: a first-order division by
    its code, a division below it (whose bounds the gazetteer does not give) only within
    :data:`DISTRICT_REACH_KM` of its point ("Bara", a district of North Kordofan, holds no town
    of all Sudan)."""
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
    if outer.feature_code == "ADM1":
        return outer.admin1_code == inner.admin1_code
    return outer.feature_code not in ("ADM2", "ADM3") or km(outer, inner) <= DISTRICT_REACH_KM


DISTRICT_REACH_KM = 100
"""How far from its point a division below the first order holds places."""

"""Links between triggers and places across a document, and the named features of each place.

A trigger speaks for a mention of a place when it stands

- ``clause``: in the text that speaks for the mention (its clause, its part of a list, its
  relative clause);
- ``sentence``: elsewhere in the mention's sentence;
- ``next``: in one of the two sentences after the mention, which name no place, when the
  mention's sentence names no other place ("A roadside bomb hit an army bus in Diyarbakir on
  Monday. Thirteen soldiers died.");
- ``previous``: in the sentence before the mention, which names no place, when the mention's
  sentence names no other place ("A gunman opened fire on Sunday, killing three. The shooting
  happened at a restaurant in Springfield.");
- ``story``: anywhere after the first mention of the one town the document has named so far,
  in a sentence that names no place and that no other link reaches (the place in the lede, the
  details paragraphs later: "BEREA -- ... Police said the suspect pushed her to the ground").

:data:`FEATURES` describe a candidate place by its best links and by what the text says around
its mentions; :mod:`geomap.events.model` weighs them into the probability that an event happened
there. Every feature is a number between 0 and 1.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from geomap import lang
from geomap.events.cues import any_cue
from geomap.events.places import (
    CandidatePlace,
    PlaceMention,
    candidate_places,
    contains,
    named_sentences,
)
from geomap.events.triggers import AFTER, Trigger, compares, find_triggers
from geomap.lang.contexts import place_pattern
from geomap.models import Place, Toponym
from geomap.text import sentence_spans

LINKS = ("clause", "sentence", "next", "previous", "story")
"""How a trigger speaks for a mention, strongest first."""

SOFT_CONTEXTS = ("dateline", "origin", "destination", "institution")
"""Contexts of a mention that make its place less likely an event's place, not impossible: local
news files from the town where it happened, names the victim's home town where he was attacked."""

_CLOSE = 60  # characters between a trigger and a mention that make them close
USABLE_CONTEXTS = ("", "distance", *SOFT_CONTEXTS)
"""The contexts of a mention in which a trigger may speak for its place (see
:class:`~geomap.events.places.PlaceMention`): a distance measured from a town ("25 kilometres
east of Ouahigouya") locates the happening near it as surely as "near" does (geo precision 2);
the others (``based``, ``street``, ``axis``, ``name``, ``frame``, ``qualifier``, ``cause``,
``source``) never do."""

FEATURES = (
    "clause_cue",        # strongest specific trigger in the clause of a mention
    "clause_generic",    # a generic trigger ("killed", "attack") in the clause of a mention
    "sentence_cue",      # strongest specific trigger elsewhere in a mention's sentence
    "nearby_generic",    # a generic trigger in the sentence or a neighbouring one
    "locative",          # a linked mention follows "in", "at", "near", "outskirts of", ...
    "dateline",          # the first mention is the dateline, and another town is named
    "first_place",       # the first town or region named, a dateline alone aside
    "mentions",          # how often the place is named (log scale)
    "country",           # a country or continent
    "region",            # a division, region or natural feature (not a settlement)
    "holds_linked",      # holds another place that a trigger speaks for in its clause
    "triggers",          # how many triggers speak for it (log scale)
    "soft_context",      # share of linked mentions that are a home town, destination, institution
    "locative_cue",      # strongest specific trigger in the clause of a locative mention
    "close_cue",         # a specific trigger within 60 characters of a mention in its clause (gap)
    "direct_cue",        # a specific trigger right before a mention ("shelled Kharkiv", "in")
    "story_cue",         # strongest specific trigger that no place is near, for the story's place
)
"""The named features of a candidate place, in the model's order."""


def usable(link: Link) -> bool:
    """Whether a link's mention stands in a context that lets it speak for its place."""
    return link.mention.context in USABLE_CONTEXTS


@dataclass(frozen=True, slots=True)
class PlaceReading:
    """What a document says of its candidate places: its sentences, the places in order of
    first mention, the sentences that name one, each place's links (by GeoNames id) and the
    triggers read; all empty when the text holds no event cue at all."""

    spans: list[tuple[int, int]]
    candidates: list[CandidatePlace]
    named: frozenset[int]
    linked: dict[int, list[Link]]
    triggers: list[Trigger]
    language: str = lang.DEFAULT_LANGUAGE

    def features(self) -> list[dict[str, float]]:
        """The :data:`FEATURES` of each candidate place, in order."""
        return [place_features(c, self.candidates, self.linked, self.language)
                for c in self.candidates]


def read_places(text: str, toponyms: Sequence[Toponym],
                language: str = lang.DEFAULT_LANGUAGE) -> PlaceReading:
    """Read a document's candidate places and link its triggers to them.

    Parameters
    ----------
    text
        The document's text.
    toponyms
        Its resolved toponyms.
    language
        The document's language (ISO 639-1): whose cues and words are read.
    """
    if not any_cue(text, language):  # no words of any event: nothing to read closely
        return PlaceReading([], [], frozenset(), {}, [])
    spans = sentence_spans(text)
    candidates = candidate_places(text, spans, list(toponyms), language)
    # a place named only as what reports ("according to the Kenya Medical Association") names
    # no place for the sentence: its happening may be told with a place before or after
    sourced = {m.toponym.mention.start for c in candidates for m in c.mentions
               if m.context == "source"}
    named = frozenset(m.sentence for c in candidates for m in c.mentions
                      if m.context != "source")
    # a trigger before the sentence before the first named place speaks for none
    first = min(named, default=len(spans)) - 1
    # words that only measure a comparison ("the worst attack since ...") speak for no place
    triggers = _with_antecedents(
        text, spans, _reported(text, find_triggers(text, spans, range(max(0, first), len(spans)),
                                                   language), language),
        candidates, language) if candidates else []
    told = named_sentences(spans, [t for t in toponyms if t.mention.start not in sourced], text,
                           language)
    return PlaceReading(spans, candidates, named, links(candidates, triggers, told), triggers,
                        language)


def _reported(text: str, triggers: list[Trigger], language: str) -> list[Trigger]:
    """The triggers that report a happening: not those that only measure a comparison ("the
    worst attack since ..."), nor a framed one after such a comparison in its clause, which
    names its yardstick ("le bombardement le plus violent ... depuis les frappes sur
    Vilniansk")."""
    compared = [t for t in triggers if compares(text, t, language)]
    return [t for t in triggers if t not in compared and not (t.framed and any(
        c.clause_start == t.clause_start and c.end <= t.start for c in compared))]


def _with_antecedents(text: str, spans: list[tuple[int, int]], triggers: list[Trigger],
                      candidates: list[CandidatePlace], language: str) -> list[Trigger]:
    """The triggers, with the generic words that open a sentence and refer back to the
    happening told in the sentence before (``antecedent_before`` of the language's
    ``place_contexts.tsv``: "The attack took place ...") typed as that happening's strongest
    specific trigger, when their sentence tells no happening of its own and places it in a town
    the sentence before did not name: "Gunmen opened fire at a Christmas party in central
    Mexico, killing 12. The attack took place at a hacienda in the town of Salvatierra"."""
    opener = place_pattern("antecedent_before", language)
    towns = {m.sentence for c in candidates if c.place.feature_class == "P"
             for m in c.mentions if not m.context}
    told: dict[int, Trigger] = {}  # each sentence's strongest specific trigger
    for trigger in triggers:
        if not trigger.generic and not trigger.framed and (
                trigger.sentence not in told or trigger.rank < told[trigger.sentence].rank):
            told[trigger.sentence] = trigger
    specific = Counter(t.sentence for t in triggers if not t.generic)
    out = []
    for trigger in [*triggers, *_anaphors(text, spans, told, towns, triggers, language)]:
        before = told.get(trigger.sentence - 1)
        if before is None or trigger.sentence not in towns or before.sentence in towns:
            out.append(trigger)
            continue
        # generic words, or the one specific word of their sentence where it says less ("The
        # attack on Tuesday morning hit Pazigyi village" after "an air strike")
        alone = trigger.sentence not in told if trigger.generic else \
            specific[trigger.sentence] == 1 and before.rank < trigger.rank
        if alone and opener.fullmatch(text, spans[trigger.sentence][0], trigger.start):
            trigger = replace(trigger, event_type=before.event_type,
                              sub_event_type=before.sub_event_type, strength=before.strength,
                              generic=False, rank=before.rank, antecedent=before.sentence)
        out.append(trigger)
    return sorted(out, key=lambda t: t.start)


def _anaphors(text: str, spans: list[tuple[int, int]], told: dict[int, Trigger],
              towns: set[int], triggers: list[Trigger], language: str) -> list[Trigger]:
    """Words that are no cue of their own but open a sentence of no trigger and name the
    happening told just before (``antecedent_noun`` of ``place_contexts.tsv``: "A drone strike
    hit a bus station in Amhara. The strike in Dembecha happened on Saturday"), as generic
    words that :func:`_with_antecedents` types."""
    noun = place_pattern("antecedent_noun", language)
    if noun is lang.NEVER:
        return []
    opener = place_pattern("antecedent_before", language)
    busy = {t.sentence for t in triggers}
    out = []
    for index in sorted(towns - busy):
        before = told.get(index - 1)
        start, end = spans[index]
        head = opener.match(text, start, end)
        found = head and noun.match(text, head.end(), end)
        if before is None or index - 1 in towns or not found:
            continue
        out.append(replace(before, sentence=index, start=found.start(), end=found.end(),
                           clause_start=start, clause_end=end, words=found.group(),
                           generic=True, framed=False, after=text[found.end():min(
                               end, found.end() + AFTER)], tolled=False))
    return out


@dataclass(frozen=True, slots=True)
class Link:
    """A trigger that speaks for a mention, and how."""

    trigger: Trigger
    mention: PlaceMention
    kind: str


def links(candidates: list[CandidatePlace], triggers: list[Trigger],
          named: frozenset[int] = frozenset()) -> dict[int, list[Link]]:
    """Link every trigger to the places it speaks for; the links of each place (by GeoNames id),
    strongest kind first.

    A trigger speaks for every mention whose clause holds it; failing that, for every mention in
    its sentence; failing that (its sentence names no place, not even as an actor: "Bamako has
    blamed the recent wave of attacks", and the trigger frames no time: "during the fighting of
    2022"), for the nearest mention in the two sentences
    before, with no other place named between them, else in the sentence after; failing that, a
    specific trigger speaks for the story's town (:func:`_story_mentions`).

    Parameters
    ----------
    candidates
        The document's candidate places.
    triggers
        Its triggers.
    named
        The sentences that name a place as a location or an actor.
    """
    by_sentence: dict[int, list[PlaceMention]] = {}
    for candidate in candidates:
        for mention in candidate.mentions:
            if mention.context != "source":  # what reports is no place a trigger speaks for
                by_sentence.setdefault(mention.sentence, []).append(mention)
    out: dict[int, list[Link]] = {c.place.geonameid: [] for c in candidates}
    story_at = _story_mentions(candidates)
    kinds: dict[int, set[str]] = {}  # the event types each sentence's specific triggers tell
    for trigger in triggers:
        if not trigger.generic:
            kinds.setdefault(trigger.sentence, set()).add(trigger.event_type)
    for trigger in triggers:
        found = _trigger_links(trigger, by_sentence, named, kinds)
        if not found and not trigger.generic and not trigger.framed and \
                trigger.sentence not in named and (story := story_at(trigger.start)) is not None:
            found = [Link(trigger, story, "story")]
        for link in found:
            out[link.mention.toponym.place.geonameid].append(link)  # type: ignore[union-attr]
    for found in out.values():
        found.sort(key=lambda link: (LINKS.index(link.kind), link.trigger.rank,
                                     link.trigger.start))
    return out


def _story_mentions(candidates: list[CandidatePlace]
                    ) -> Callable[[int], PlaceMention | None]:
    """Where a story happened whose details name no place: for an offset, the first mention of
    the one town the document names before it (in a context that may speak for it); ``None``
    when it names none there, or several (a briefing of many stories). Each question is a
    bisection: the towns are read once, not once per trigger."""
    towns = sorted((mention.toponym.mention.start, candidate.place.geonameid, mention)
                   for candidate in candidates if candidate.place.feature_class == "P"
                   for mention in candidate.mentions
                   if mention.context in ("", "dateline") and not mention.anaphoric)
    starts = [start for start, _, _ in towns]
    distinct, seen = [0], set()  # distinct[k]: how many towns the first k mentions name
    for _, gid, _ in towns:
        seen.add(gid)
        distinct.append(len(seen))

    def story(before: int) -> PlaceMention | None:
        return towns[0][2] if distinct[bisect.bisect_left(starts, before)] == 1 else None

    return story


def _trigger_links(trigger: Trigger, by_sentence: dict[int, list[PlaceMention]],
                   named: frozenset[int], kinds: dict[int, set[str]]) -> list[Link]:
    here = _plainest(by_sentence.get(trigger.sentence, []))
    inside = _plainest([m for m in here if m.scope_start <= trigger.start < m.scope_end])
    if inside:
        return [Link(trigger, m, "clause") for m in inside]
    if trigger.framed:  # "..., despite a joint offensive": no place of another clause's
        return []
    if here:
        return [Link(trigger, m, "sentence") for m in here]
    if trigger.sentence in named:
        return []
    for earlier in (trigger.sentence - 1, trigger.sentence - 2):
        mentions = _towns_first([m for m in by_sentence.get(earlier, [])
                                 if m.context in ("", "dateline")])
        places = {m.toponym.place.geonameid for m in mentions}  # type: ignore[union-attr]
        if len(places) == 1:
            return [Link(trigger, mentions[-1], "next")]
        if places:
            break
    # the place of the sentence after, unless that sentence tells a happening of another
    # kind: "... faisant 12 morts. Mercredi, l'armée a neutralisé 50 terroristes près de
    # Tillabéri" (but "The shooting happened at a restaurant in Dayton")
    after = by_sentence.get(trigger.sentence + 1, [])
    places = {m.toponym.place.geonameid for m in after}  # type: ignore[union-attr]
    if len(places) == 1 and \
            kinds.get(trigger.sentence + 1, {trigger.event_type}) <= {trigger.event_type}:
        return [Link(trigger, after[0], "previous")]
    return []


def _towns_first(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The settlements among the mentions when there are some, else all: a sentence that names
    one town and a state names that town as where ("officers from the town of Lewisburg pulled
    over an SUV with North Carolina plates")."""
    towns = [m for m in mentions
             if m.toponym.place is not None and m.toponym.place.feature_class == "P"]
    return towns or mentions


def _direct(link: Link, language: str) -> bool:
    """Whether a specific trigger stands right before the mention in its clause ("shelled
    Kharkiv", "rallied in Tbilisi")."""
    gap = link.mention.toponym.mention.start - link.trigger.end
    return link.kind == "clause" and _specific(link) and gap >= 0 and \
        bool(place_pattern("direct_gap", language).fullmatch(link.trigger.after[:gap]))


def _specific(link: Link) -> bool:
    """Whether a link's trigger names its happening: a specific trigger, or generic words that
    give a toll in the mention's own clause (:attr:`~geomap.events.triggers.Trigger.tolled`)."""
    return not link.trigger.generic or (link.trigger.tolled and link.kind == "clause")


def _plainest(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions in no context when there are some, else all: "40 kilometres from Timbuktu"
    is the event's place only when no other place is named with it, or only its country ("In
    Niger, gunmen killed 22 civilians 30 kilometres north of Tillabéri")."""
    plain = [m for m in mentions if not m.context]
    if plain and all(m.toponym.place is not None
                     and m.toponym.place.feature_code in ("PCLI", "CONT") for m in plain):
        return mentions
    return plain or mentions


def place_features(candidate: CandidatePlace, candidates: list[CandidatePlace],
                   linked: dict[int, list[Link]],
                   language: str = lang.DEFAULT_LANGUAGE) -> dict[str, float]:
    """The :data:`FEATURES` of one candidate place.

    Parameters
    ----------
    candidate
        The place.
    candidates
        Every candidate place of the document, in order of first mention.
    linked
        The links from :func:`links`.
    language
        The document's language: whose words may stand between a cue and its place.
    """
    own = [link for link in linked.get(candidate.place.geonameid, []) if usable(link)]

    def best(kinds: tuple[str, ...], generic: bool) -> float:
        return max((link.trigger.strength for link in own
                    if link.kind in kinds and _specific(link) != generic), default=0.0)

    place = candidate.place
    mentions = candidate.mentions
    held = {link.trigger.start for other in candidates if contains(place, other.place)
            for link in linked.get(other.place.geonameid, [])
            if link.kind == "clause" and not link.trigger.generic}
    # a region that holds the event's town is no event of its own, unless a happening of its
    # own speaks for it ("destroyed 19 drones over the Kursk and Belgorod regions")
    holds = bool(held) and all(link.trigger.start in held for link in own
                               if link.kind == "clause" and not link.trigger.generic)
    return {
        "clause_cue": best(("clause",), False),
        "clause_generic": best(("clause",), True),
        "sentence_cue": best(("sentence",), False),
        "nearby_generic": best(("sentence", "next", "previous"), True),
        "locative": float(any(link.mention.locative for link in own)),
        # a dateline counts against its town only where the story names another town it may
        # have happened in ("BEIRUT - ... killed four in Nabatieh"); alone, it is the story's
        "dateline": float(mentions[0].context == "dateline" and any(
            other is not candidate and other.place.feature_class == "P"
            and any(not m.context and not m.anaphoric for m in other.mentions)
            for other in candidates)),
        # the first town or region the story names, a dateline alone aside ("Kyiv, 30 November
        # 2025 - Russia struck Ukraine's energy infrastructure ... Missiles hit Burshtyn")
        "first_place": float(next((c for c in candidates if not _country(c.place) and any(
            m.context != "dateline" for m in c.mentions)), None) is candidate),
        "mentions": min(1.0, math.log2(1 + len(mentions)) / 3),
        "country": float(_country(place)),
        "region": float(place.feature_class != "P" and not _country(place)),
        "holds_linked": float(holds),
        "triggers": min(1.0, math.log2(1 + len({link.trigger.start for link in own})) / 3),
        "soft_context": (sum(1 for link in own if link.mention.context in SOFT_CONTEXTS)
                         / len(own)) if own else 0.0,
        "locative_cue": max((link.trigger.strength for link in own if link.kind == "clause"
                             and link.mention.locative and _specific(link)),
                            default=0.0),
        "close_cue": float(any(link.kind == "clause" and _specific(link)
                               and _gap(link) <= _CLOSE for link in own)),
        "direct_cue": float(any(_direct(link, language) for link in own)),
        "story_cue": best(("story",), False),
    }


def _country(place: Place) -> bool:
    """Whether the place is a country or a continent."""
    return place.feature_code.startswith("PCL") or place.feature_code == "CONT"


def _gap(link: Link) -> int:
    """Characters between a link's trigger and its mention (0 where they overlap): the words
    that an actor or a count put before a trigger ("ВВС Буркина-Фасо нанесли удар") do not
    part them."""
    mention = link.mention.toponym.mention
    return max(0, mention.start - link.trigger.end, link.trigger.start - mention.end)

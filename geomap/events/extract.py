"""Turn what a document reports into events at places, coded in ACLED's vocabulary.

The document is read as a whole, in four steps:

1. its triggers: words that report a happening (:mod:`geomap.events.triggers`);
2. its candidate places: the location toponyms, grouped by place, each mention read for the
   contexts of no event (:mod:`geomap.events.places`);
3. the links between them, within a clause, a sentence or neighbouring sentences, and the named
   features of each place (:mod:`geomap.events.features`), which the learned model
   (:mod:`geomap.events.model`) turns into the probability that an event happened there;
4. for each place the model accepts, one event per type of happening that its links report: the
   strongest trigger gives the sentence, the type and the ``trigger`` and ``link`` fields; every
   linked sentence lends its fatalities and sources. A region or country holding an accepted
   place where the same type of event happened gets none of its own (one happening is not drawn
   at the town, its region and its country).

Each event carries its date (:mod:`geomap.events.dates`), actors, fatalities and sources
(:mod:`geomap.events.attribution`): the publisher first, then the attributions of the event's
sentences and paragraph, then the news organisations the article cites anywhere. Confidence is
the model's probability times the trigger's strength. Events of one article at the same place,
day and type are merged (:func:`geomap.events.merge.merge_events` merges across articles).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from geomap import lang
from geomap.events import attribution as attr
from geomap.events.dates import resolve_dates, stated_day
from geomap.events.fatalities import beyond_any, fatalities, shares
from geomap.events.features import LINKS, Link, PlaceReading, read_places, usable
from geomap.events.model import load_model
from geomap.events.places import (
    REGION_CODES,
    CandidatePlace,
    PlaceMention,
    contains,
    place_pattern,
)
from geomap.events.triggers import Trigger
from geomap.models import Document, Event, Toponym

_PARAGRAPH = re.compile(r"\n")
_PARAGRAPH_REACH = 6
_KILLING = 0.5  # the strength of the generic triggers of killing and wounding
_NON_VIOLENT = frozenset({"Strategic developments", "Protests"})
# In one sentence, a happening of the first kind holds the second: drones shot down are no strike
# ("shot down 27 drones"), a riot was a protest first, and the arrests of protesters are the
# intervention in their protest.
_ABSORBS: tuple[tuple[tuple[str, str | None], str], ...] = (
    (("Strategic developments", "Disrupted weapons use"), "Explosions/Remote violence"),
    (("Riots", None), "Protests"),
    (("Protests", None), "Strategic developments"),
    # a missile that kills residents is remote violence, as ACLED codes it
    (("Explosions/Remote violence", None), "Violence against civilians"),
)
# In the next sentence, at the same place and day, a happening of the second kind is part of the
# first: the police's tear gas after a riot disperses the rioters, the shelters set on fire
# after an attack are the attack's
_FOLLOWS: tuple[tuple[str, str, str | None], ...] = (
    ("Riots", "Protests", "Protest with intervention"),
    ("Violence against civilians", "Strategic developments", "Looting/property destruction"),
    ("Battles", "Strategic developments", "Looting/property destruction"),
)
_SHARES_TOLLS = "Violence against civilians"  # see _shared_tolls


def extract_events(doc: Document, toponyms: Sequence[Toponym],
                   notes: list[str] | None = None) -> list[Event]:
    """Find the events that ``doc`` reports.

    Parameters
    ----------
    doc
        The article.
    toponyms
        Its resolved toponyms from :func:`geomap.geoparse.resolve`.
    notes
        Receives one line per toll the events' sentences give that is beyond any event's (left
        empty: a number, not an exception).

    Returns
    -------
    list of Event
        In text order of their sentences; one per place and type of happening, merged per
        place, day and type.
    """
    language = lang.event_language(doc.language)
    reading = read_places(doc.text, toponyms, language)
    if not any(reading.linked.values()):
        return []
    model = load_model()
    accepted = [(candidate, probability) for candidate, features in
                zip(reading.candidates, reading.features(), strict=True)
                if (probability := model.probability(features)) >= model.threshold]
    if not accepted:
        return []
    spans = reading.spans
    cited = _cited_organisations(doc.text, spans, language)
    # the sentences that tell of a happening of their own, gathered once for every event
    specific = frozenset(t.sentence for t in reading.triggers if not t.generic)
    events: list[Event] = []
    parts: set[str] = set()  # the events whose toll is a part of their sentence's total
    anchors: dict[str, int] = {}  # the events told again ("The attack took place ..."): where
    for candidate, probability in accepted:
        for group in _happenings(candidate, reading.linked[candidate.place.geonameid]):
            event, part = _event(doc, spans, group, probability, cited, reading, specific,
                                 language)
            events.append(event)
            if part:
                parts.add(event.id)
            told = [a for link in group if (a := link.trigger.antecedent) is not None]
            if told:
                anchors[event.id] = spans[told[0]][0]
    events = _drop_containers(events, parts, anchors)
    events.sort(key=lambda e: (e.start, e.toponym.mention.start))
    if notes is not None:
        for sentence in dict.fromkeys(event.sentence for event in events):
            notes += [f"a toll of {number} is beyond any event's; left empty"
                      for number in beyond_any(sentence, language)]
    return _shared_tolls(_absorb_followers(_merge_within(events)),
                         _attack_tolls(doc.text, reading))


def event_id(document: str, start: int, end: int, geonameid: int) -> str:
    """Stable id of an event: a hash of document, sentence span and place."""
    digest = hashlib.sha256(f"{document}\x1f{start}\x1f{end}\x1f{geonameid}".encode())
    return digest.hexdigest()[:16]


def _happenings(candidate: CandidatePlace, own: list[Link]) -> list[list[Link]]:
    """The place's links grouped into happenings: one group per sentence and event type of the
    specific triggers for the place ("arrested at the scene on suspicion of attempted murder" is
    an arrest and an attack); a sentence with only generic triggers ("Thirteen soldiers were
    killed.") joins the nearest violent happening within two sentences, or makes a happening of
    its own when it names the place or tells of killing or wounding."""
    by_sentence: dict[int, list[Link]] = {}
    for link in own:
        if _usable(candidate, link):
            by_sentence.setdefault(link.trigger.sentence, []).append(link)
    groups: list[list[Link]] = []
    for _, group in sorted(by_sentence.items()):
        groups += _by_type(group)
    for index, group in sorted(by_sentence.items()):
        if not all(link.trigger.generic for link in group):
            continue
        near = [g for g in groups if abs(g[0].trigger.sentence - index) <= 2
                and _violent(g)]
        if near:
            min(near, key=lambda g: abs(g[0].trigger.sentence - index)).extend(group)
        elif group[0].kind in ("clause", "sentence") or \
                max(link.trigger.strength for link in group) >= _KILLING:
            groups.append(group)
    return groups


def _by_type(group: list[Link]) -> list[list[Link]]:
    """A sentence's links split by the event type of its specific triggers, the generic ones
    with the first, after the types of :data:`_ABSORBS` took in what they hold."""
    specific = [link for link in group if not link.trigger.generic]
    if not specific:
        return []
    kinds = {(link.trigger.event_type, link.trigger.sub_event_type) for link in specific}
    for (over_type, over_sub), under in _ABSORBS:
        if any(t == over_type and over_sub in (None, sub) for t, sub in kinds):
            specific = [link for link in specific if link.trigger.event_type != under]
    types: dict[str, list[Link]] = {}
    for link in specific:
        types.setdefault(link.trigger.event_type, []).append(link)
    out = list(types.values())
    out[0] += [link for link in group if link.trigger.generic]
    return out


def _weight(link: Link) -> int:
    """Which trigger of a happening names it, first to last: a specific trigger of violence, a
    generic one of killing or wounding, any other specific one, any other generic one ("special
    forces were killed during a helicopter deployment" is a killing, not a deployment)."""
    trigger = link.trigger
    if not trigger.generic:
        return 0 if trigger.event_type not in _NON_VIOLENT else 2
    return 1 if trigger.strength >= _KILLING else 3


def _violent(group: list[Link]) -> bool:
    """Whether a happening is violence (its specific triggers are no protest, agreement,
    arrest, deployment or other strategic development)."""
    return any(not link.trigger.generic and link.trigger.event_type not in _NON_VIOLENT
               for link in group)


def _usable(candidate: CandidatePlace, link: Link) -> bool:
    """Whether a link may make an event: a country needs a trigger in its own clause, and a
    mention in a context of no event (other than a dateline), or the destination of the
    wounded or the arrested ("taken to a hospital in Dnipro"), speaks for no event."""
    if candidate.place.feature_code in ("PCLI", "CONT"):
        return usable(link) and link.kind == "clause"
    # the town the wounded were taken to speaks against its place, and for no happening there
    return usable(link) and link.mention.context != "destination"


def _event(doc: Document, spans: list[tuple[int, int]], group: list[Link],
           probability: float, cited: list[str], reading: PlaceReading,
           specific: frozenset[int], language: str) -> tuple[Event, bool]:
    """The event of one happening at one place, and whether its toll is the part of its
    sentence's total that the sentence tells with its place (:func:`_part`)."""
    main = min(group, key=lambda link: (_weight(link), LINKS.index(link.kind),
                                         link.trigger.rank, link.trigger.start))
    trigger, mention = main.trigger, main.mention
    place = mention.toponym.place
    assert place is not None
    start, end = spans[trigger.sentence]
    sentence = doc.text[start:end]
    paragraph = _paragraph_before(doc.text, spans, trigger.sentence)
    # with the sentence of the happening a trigger refers back to ("The attack took place ...")
    sentences = sorted({link.trigger.sentence for link in group}
                       | {link.mention.sentence for link in group}
                       | {a for link in group if (a := link.trigger.antecedent) is not None})
    in_text: list[str] = []
    for index in [trigger.sentence, *sentences]:
        a, b = spans[index]
        in_text += [s for s in attr.attributions(doc.text[a:b], language) if s not in in_text]
    for other in paragraph:
        in_text += [s for s in attr.attributions(other, language) if s not in in_text]
    in_text += [s for s in cited if s not in in_text]
    sources = tuple(dict.fromkeys(([doc.source] if doc.source else []) + in_text))
    actor1, actor2 = _actors(attr.actors(sentence, language), trigger, sentence, language)
    confidence = probability * trigger.strength
    parties = lang.word_set("conflict_parties", language)
    if in_text and all(s in parties for s in in_text):
        confidence *= 0.9
    stated = None if doc.published else stated_day(doc.text, language)
    date = resolve_dates(sentence, doc.published, paragraph=paragraph,
                         previous=_previous_date(doc, spans, trigger.sentence, language),
                         stated=stated, language=language)
    for told in (mention.sentence, trigger.antecedent):
        if told is None or told == trigger.sentence or \
                date.basis not in ("published", "unknown"):
            continue
        a, b = spans[told]
        place_date = resolve_dates(doc.text[a:b], doc.published, stated=stated,
                                   language=language)
        if place_date.basis in ("explicit", "relative"):
            date = place_date
    part = _part(sentence, mention.toponym.mention.start - start, language) \
        if mention.sentence == trigger.sentence else None
    return Event(
        id=event_id(doc.id, start, end, place.geonameid),
        document=doc, toponym=mention.toponym, sentence=sentence, start=start, end=end,
        date=date, event_type=trigger.event_type, sub_event_type=_sub_type(group, trigger),
        actor1=actor1, actor2=actor2,
        fatalities=part if part is not None else _fatalities(
            doc.text, spans, _toll_sentences(group, sentences, specific),
            reading.named | specific, trigger.sentence, language),
        sources=sources, geo_precision=_geo_precision(doc.text, mention, language),
        confidence=round(confidence, 4), trigger=trigger.words, link=main.kind,
    ), part is not None


def _sub_type(group: list[Link], main: Trigger) -> str:
    """The sub-type of the most specific cue of the main trigger's type in its sentence: "La
    police a dispersé ... une manifestation à Kinshasa, où des centaines de jeunes protestaient"
    is a protest with intervention, whichever words speak for the place."""
    same = [link.trigger for link in group if link.trigger.sentence == main.sentence
            and link.trigger.event_type == main.event_type and not link.trigger.generic]
    return min(same, key=lambda t: t.rank).sub_event_type if same else main.sub_event_type


def _part(sentence: str, at: int, language: str) -> int | None:
    """The part of the sentence's toll told with the place named at offset ``at``: the last
    share (:func:`~geomap.events.fatalities.shares`) that ends before it, at most
    :data:`_PART_REACH` characters before ("including eight in a strike on a school sheltering
    displaced families in Gaza City")."""
    found = [count for end, count in shares(sentence, language) if 0 <= at - end <= _PART_REACH]
    return found[-1] if found else None


def _previous_date(doc: Document, spans: list[tuple[int, int]], index: int,
                   language: str) -> dt.date | None:
    """The day the text gives to the last dated sentence before sentence ``index`` (what "three
    days earlier" counts back from), within :data:`_PARAGRAPH_REACH` sentences."""
    for k in range(index - 1, max(-1, index - 1 - _PARAGRAPH_REACH), -1):
        a, b = spans[k]
        found = resolve_dates(doc.text[a:b], doc.published, language=language)
        if found.basis in ("explicit", "relative") and found.precision == "day":
            return found.date
    return None


def _toll_sentences(group: list[Link], sentences: list[int],
                    specific: frozenset[int]) -> list[int]:
    """The event's sentences that may give its toll: those of its triggers, and those of its
    place unless they tell of another happening of their own ("In Lviv a drone hit a warehouse;
    no one was hurt" gives no toll to a missile strike on Lviv two years before)."""
    own = {link.trigger.sentence for link in group} | {
        a for link in group if (a := link.trigger.antecedent) is not None}
    return [index for index in sentences if index in own or index not in specific]


def _fatalities(text: str, spans: list[tuple[int, int]], sentences: list[int],
                named: frozenset[int], trigger: int, language: str) -> int | None:
    """The largest death toll among the event's sentences and the sentences around its trigger
    (one before, two after) that name no place and tell no happening of their own (``named``
    holds both): "A roadside bomb hit an army bus in Diyarbakir on Monday. Thirteen soldiers
    died."."""
    around = [i for i in range(trigger - 1, trigger + 3)
              if 0 <= i < len(spans) and i not in named and i not in sentences]
    counts = []
    for index in [*sentences, *around]:
        a, b = spans[index]
        counts.append(fatalities(text[a:b], language))
    known = [c for c in counts if c is not None]
    return max(known) if known else None


def _drop_containers(events: list[Event], parts: set[str],
                     anchors: dict[str, int]) -> list[Event]:
    """Leave out an event at a region that holds the place of another event of the same type in
    the same sentence ("Pokrovsk in Donetsk region" is one event), and at a country that holds
    one anywhere in the article (one happening is not drawn at its town and its country). But
    where the events the region holds have each a part of the sentence's toll (``parts``, their
    ids), the region keeps the rest ("killed 22 across the Gaza Strip, including eight in ...
    Gaza City": 14 in the Strip, 8 in Gaza City). An event told again in a later sentence that
    places it in a town (``anchors``: its id, and where the sentence it refers back to starts)
    counts in that sentence too: "an air strike in the Sagaing region ... The attack hit a
    village in Kanbalu township" is one event, at Kanbalu.

    Linear in the events: a country looks up the places of its type and country, a region only
    the events of its sentence."""
    in_sentence: dict[tuple[int, str | None], list[Event]] = {}
    inside: dict[tuple[str | None, str | None], set[int]] = {}  # type, country: places in it
    for event in events:
        in_sentence.setdefault((event.start, event.event_type), []).append(event)
        if event.id in anchors:
            in_sentence.setdefault((anchors[event.id], event.event_type), []).append(event)
        place = event.toponym.place
        if place is not None and place.feature_code not in ("PCLI", "CONT"):
            inside.setdefault((event.event_type, place.country_code), set()).add(place.geonameid)

    def held(e: Event) -> bool:
        place = e.toponym.place
        if place is None:
            return False
        if place.feature_code.startswith("PCL") and place.feature_code in REGION_CODES:
            return bool(inside.get((e.event_type, place.country_code), set())
                        - {place.geonameid})
        return any(o is not e and contains(place, o.toponym.place)
                   for o in in_sentence[(e.start, e.event_type)])

    out = []
    for event in events:
        if not held(event):
            out.append(event)
            continue
        within = [o for o in in_sentence[(event.start, event.event_type)] if o is not event
                  and contains(event.toponym.place, o.toponym.place)]
        told = sum(o.fatalities or 0 for o in within)
        if within and event.fatalities and all(o.id in parts for o in within) \
                and told < event.fatalities:
            out.append(replace(event, fatalities=event.fatalities - told))
    return out


_PART_REACH = 100  # characters, at most, from a share of a toll to the place it is told with


def _actors(found: list[str], trigger: Trigger, sentence: str,
            language: str) -> tuple[str | None, str | None]:
    if trigger.event_type == "Protests":
        found = ["Protesters", *[a for a in found if a != "Protesters"]]
    elif trigger.event_type == "Riots":
        found = ["Rioters", *[a for a in found if a != "Rioters"]]
    actor1 = found[0] if found else None
    actor2 = found[1] if len(found) > 1 else None
    if actor2 is None and actor1 and \
            _civilians(language).search(sentence) \
            and trigger.event_type in ("Violence against civilians", "Explosions/Remote violence"):
        actor2 = "Civilians"
    return actor1, actor2


@cache
def _civilians(language: str) -> re.Pattern[str]:
    """Words that name civilians as the target of violence (``civilians.re``)."""
    return re.compile(rf"\b{lang.pattern('civilians', language)}", re.IGNORECASE)


def _geo_precision(text: str, mention: PlaceMention, language: str) -> int:
    place = mention.toponym.place
    if place is None or place.feature_class != "P":
        return 3
    start = mention.toponym.mention.start
    before = text[max(0, start - 50):start]
    near = place_pattern("near_before", language).search(before) or \
        place_pattern("near_list_before", language).search(before)
    its = mention.anaphoric and \
        place_pattern("near_anaphora", language).search(mention.toponym.mention.text)
    return 2 if its or near else 1


def _paragraph_before(text: str, spans: list[tuple[int, int]], index: int) -> list[str]:
    """The sentences of the same paragraph before sentence ``index``, in order (at most
    :data:`_PARAGRAPH_REACH`: an article without line breaks is not one long paragraph)."""
    out: list[str] = []
    k = index - 1
    while k >= max(0, index - _PARAGRAPH_REACH) and \
            not _PARAGRAPH.search(text, spans[k][1], spans[k + 1][0]):
        out.insert(0, text[spans[k][0]:spans[k][1]])
        k -= 1
    return out


def _cited_organisations(text: str, spans: list[tuple[int, int]], language: str) -> list[str]:
    """News organisations the article cites anywhere: capitalised attributions that hold an
    acronym or an organisation word ("UNIAN", "The Wall Street Journal", "Institute for the Study
    of War"); people ("Andriy Sadovyi") and capitals ("Washington") are not cited sources."""
    cited: list[str] = []
    function_words = lang.word_set("organisation_joiners", language)
    organisation_words = lang.word_set("news_organisation_words", language)
    parties = lang.word_set("conflict_parties", language)
    for start, end in spans:
        for source in attr.attributions(text[start:end], language):
            words = [w for w in source.split() if w.lower() not in function_words]
            organisation = any(w.isupper() and len(w) >= 2 for w in words) or any(
                w.lower() in organisation_words for w in words)
            if words and all(w[0].isupper() for w in words) and organisation \
                    and source not in cited and source not in parties:
                cited.append(source)
    return cited


def _merge_within(events: list[Event]) -> list[Event]:
    """One event per place (and precision: "near Pokrovsk" is not Pokrovsk), day and type in an
    article: the first, with every source. An undated event joins the first dated one of its
    place and type (the article tells of one happening twice, once with its day)."""
    dated: dict[tuple[object, ...], dt.date] = {}
    for event in events:
        if event.date.date is not None:
            dated.setdefault(_place_and_type(event), event.date.date)
    merged: dict[tuple[object, ...], Event] = {}
    for event in events:
        day = event.date.date if event.date.date is not None else \
            dated.get(_place_and_type(event))
        key = (*_place_and_type(event), day)
        first = merged.get(key)
        if first is None:
            merged[key] = event
            continue
        if first.date.date is None and event.date.date is not None:
            first = replace(first, date=event.date)  # the day the article gives the happening
        sources = tuple(dict.fromkeys(first.sources + event.sources))
        known = [f for f in (first.fatalities, event.fatalities) if f is not None]
        fatalities = max(known) if known else None
        merged[key] = replace(first, sources=sources, fatalities=fatalities,
                              confidence=max(first.confidence, event.confidence))
    return list(merged.values())


def _absorb_followers(events: list[Event]) -> list[Event]:
    """Each event told in the sentence right after another of its place, precision and day,
    and of a kind that :data:`_FOLLOWS` says is part of it, merged into it (its sources kept)."""
    out: list[Event] = []
    for event in events:
        for k in range(len(out) - 1, -1, -1):
            first = out[k]
            if _place_and_type(first)[:2] == _place_and_type(event)[:2] \
                    and 0 <= event.start - first.end <= 2 \
                    and event.date.date in (None, first.date.date) \
                    and (first.event_type, event.event_type, event.sub_event_type) in _FOLLOWS:
                out[k] = replace(first, sources=tuple(dict.fromkeys(first.sources +
                                                                    event.sources)))
                break
        else:
            out.append(event)
    return out


def _attack_tolls(text: str, reading: PlaceReading) -> set[int]:
    """The tolls of the sentences that tell of an attack on civilians."""
    out = set()
    for index in sorted({t.sentence for t in reading.triggers
                         if not t.generic and t.event_type == _SHARES_TOLLS}):
        a, b = reading.spans[index]
        if toll := fatalities(text[a:b], reading.language):
            out.add(toll)
    return out


def _shared_tolls(events: list[Event], told: set[int]) -> list[Event]:
    """An attack on civilians whose sentences give no toll takes the one toll the article gives
    attacks of its sub-type elsewhere ("charged with murder in the stabbing death of a CEO" and
    "accused of stabbing him in an alley on the Near North Side" tell of one death). Battles and
    explosions keep their own: a report of a war tells of many.

    Parameters
    ----------
    events
        The article's events.
    told
        The tolls of its sentences that tell of an attack on civilians, from
        :func:`_attack_tolls`.
    """
    told = told | {e.fatalities for e in events if e.fatalities and e.event_type == _SHARES_TOLLS}
    out = []
    for event in events:
        if event.fatalities is None and event.event_type == _SHARES_TOLLS and len(told) == 1:
            event = replace(event, fatalities=next(iter(told)))
        out.append(event)
    return out


def _place_and_type(event: Event) -> tuple[object, ...]:
    return (event.toponym.place.geonameid, event.geo_precision,  # type: ignore[union-attr]
            event.event_type)



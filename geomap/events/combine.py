"""The events of one article combined: a region or country that holds the town of an event of
its type is no second event, nor one whose toll the article's events in its towns account for,
one event per place, day and type, and what follows a happening in the next sentence is part of
it."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from geomap.events.cues import disputed
from geomap.events.places import REGION_CODES, contains
from geomap.lang import event_language
from geomap.models import Event, Place, Toponym

# In the next sentence, at the same place and day, a happening of the second kind is part of the
# first, whose sub-type it may tell (a sub-type of the first, and what it becomes) and whose toll
# it may give: the police's tear gas or bullets after a riot are aimed at the rioters, the
# shelters set on fire after an attack are the attack's, and the arrests after a protest are the
# police's intervention in it
_FOLLOWS: dict[tuple[str, str, str | None], tuple[str, str] | None] = {
    ("Riots", "Protests", "Protest with intervention"): None,
    ("Riots", "Protests", "Excessive force against protesters"): None,
    ("Violence against civilians", "Strategic developments", "Looting/property destruction"): None,
    ("Battles", "Strategic developments", "Looting/property destruction"): None,
    ("Protests", "Strategic developments", "Arrests"): ("Peaceful protest",
                                                        "Protest with intervention"),
}


# How far a protest went, for one protest told in several sentences: the police's tear gas in the
# next sentence makes "farmers drove tractors into Brussels to protest" a protest with intervention
_ESCALATION = {"Peaceful protest": 0, "Protest with intervention": 1,
               "Excessive force against protesters": 2}


def drop_containers(events: list[Event], parts: set[str], anchors: dict[str, int],
                    starts: list[int]) -> list[Event]:
    """Leave out an event at a region that holds the place of another event of the same type in
    the same sentence ("Pokrovsk in Donetsk region" is one event), and at a country that holds
    one anywhere in the article (one happening is not drawn at its town and its country). But
    where the events the region holds have each a part of the sentence's toll (``parts``, their
    ids), the region keeps the rest ("killed 22 across the Gaza Strip, including eight in ...
    Gaza City": 14 in the Strip, 8 in Gaza City). An event told again in a later sentence that
    places it in a town (``anchors``: its id, and where the sentence it refers back to starts)
    counts in that sentence too: "an air strike in the Sagaing region ... The attack hit a
    village in Kanbalu township" is one event, at Kanbalu. So is a region's happening that the
    next sentence tells in a town of the region, of its sub-type and on its day or none,
    unless the region's toll is larger: "drones attacked the Belgorod region, two people were
    killed. A drone hit a car in Shebekino, the driver and a passenger died"; a town whose words
    give no toll takes the region's ("attacked a police station in Cauca, killing two officers.
    The drones dropped explosives on the police station in the town of Suárez").

    Linear in the events: a country looks up the places of its type and country, a region only
    the events of its sentence.

    Parameters
    ----------
    events
        The article's events.
    parts
        The ids of the events whose toll is a part of their sentence's total.
    anchors
        The ids of the events told again, with where the sentence they refer back to starts.
    starts
        Where the article's sentences start.
    """
    in_next: dict[tuple[int, str | None], list[Event]] = {}  # town events by the sentence before
    for event in events:
        k = bisect.bisect_left(starts, event.start)
        if k > 0 and event.toponym.place is not None and event.toponym.place.feature_class == "P":
            in_next.setdefault((starts[k - 1], event.event_type), []).append(event)
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

    def told_next(e: Event) -> list[Event]:
        place = e.toponym.place
        if not _below_country(place):
            return []
        towns = [o for o in in_next.get((e.start, e.event_type), [])
                 if contains(place, o.toponym.place) and o.sub_event_type == e.sub_event_type
                 and (o.date.basis in ("published", "unknown") or o.date.date == e.date.date)]
        return towns if (e.fatalities or 0) <= sum(o.fatalities or 0 for o in towns) or all(
            o.fatalities is None for o in towns) else []  # the town's words give no toll

    out = []
    lent: dict[str, Event] = {}  # the region's event whose day and sources a town's takes
    for event in events:
        if not held(event):
            towns = told_next(event)
            for town in towns:
                lent.setdefault(town.id, event)
            if not towns:
                out.append(event)
            continue
        within = [o for o in in_sentence[(event.start, event.event_type)] if o is not event
                  and contains(event.toponym.place, o.toponym.place)]
        told = sum(o.fatalities or 0 for o in within)
        if within and event.fatalities and all(o.id in parts for o in within) \
                and told < event.fatalities:
            out.append(replace(event, fatalities=event.fatalities - told))
    return [_told_before(event, lent[event.id]) if event.id in lent else event for event in out]


def _below_country(place: Place | None) -> bool:
    """Whether ``place`` is a region within a country (a division, not a town or a country)."""
    return place is not None and place.feature_class == "A" \
        and not place.feature_code.startswith("PCL")


def _told_before(event: Event, region: Event) -> Event:
    """A town's event that tells again the happening of its region's event, told before: with
    that event's day and toll where its own sentences give none, and its sources first."""
    date = region.date if event.date.basis in ("published", "unknown") \
        and region.date.basis in ("explicit", "relative") else event.date
    toll = region.fatalities if event.fatalities is None else event.fatalities
    return replace(event, date=date, fatalities=toll,
                   sources=tuple(dict.fromkeys(region.sources + event.sources)))


def merge_within(events: list[Event]) -> list[Event]:
    """One event per place (and precision: "near Pokrovsk" is not Pokrovsk), day and type in an
    article: the first, with every source and the furthest sub-type a protest reached
    (:data:`_ESCALATION`). An event whose text gives no day (undated, or dated by its
    publication only: a headline) joins the first of its place and type whose text gives one
    (the article tells of one happening twice, once with its day), else the first dated one."""
    told: dict[tuple[object, ...], dt.date] = {}
    dated: dict[tuple[object, ...], dt.date] = {}
    for event in events:
        if event.date.date is not None:
            dated.setdefault(_place_and_type(event), event.date.date)
            if not _untold(event):
                told.setdefault(_place_and_type(event), event.date.date)
    merged: dict[tuple[object, ...], Event] = {}
    for event in events:
        place_type = _place_and_type(event)
        day = event.date.date if not _untold(event) else \
            told.get(place_type, event.date.date or dated.get(place_type))
        key = (*place_type, day)
        first = merged.get(key)
        if first is None:
            merged[key] = event
            continue
        if _untold(first) and not _untold(event):
            first = replace(first, date=event.date)  # the day the article gives the happening
        sources = tuple(dict.fromkeys(first.sources + event.sources))
        told_tolls = [e.fatalities for e in (first, event) if e.fatalities is not None]
        # a toll that a denied claim gives counts only where the other gives none
        known = [e.fatalities for e in (first, event) if e.fatalities is not None
                 and not disputed(e.sentence, event_language(e.document.language))] or told_tolls
        fatalities = max(known) if known else None
        sub_type = max((first.sub_event_type, event.sub_event_type),
                       key=lambda sub: _ESCALATION.get(sub or "", 0))
        merged[key] = replace(first, sources=sources, fatalities=fatalities,
                              sub_event_type=sub_type,
                              confidence=max(first.confidence, event.confidence))
    return list(merged.values())


def _untold(event: Event) -> bool:
    """Whether the event's text gives it no day of its own (the publication's at most)."""
    return event.date.date is None or event.date.basis == "published"


def absorb_followers(events: list[Event]) -> list[Event]:
    """Each event told in the sentence right after another of its place, precision and day,
    and of a kind that :data:`_FOLLOWS` says is part of it, merged into it (its sources kept, and
    its toll where the first has none)."""
    out: list[Event] = []
    for event in events:
        for k in range(len(out) - 1, -1, -1):
            first = out[k]
            if _place_and_type(first)[:2] == _place_and_type(event)[:2] \
                    and 0 <= event.start - first.end <= 2 \
                    and event.date.date in (None, first.date.date) \
                    and (kinds := (first.event_type, event.event_type,
                                   event.sub_event_type)) in _FOLLOWS:
                told = _FOLLOWS[kinds]
                out[k] = replace(first, sub_event_type=told[1] if told and
                                 first.sub_event_type == told[0] else first.sub_event_type,
                                 fatalities=first.fatalities if first.fatalities is not None
                                 else event.fatalities,
                                 sources=tuple(dict.fromkeys(first.sources + event.sources)))
                break
        else:
            out.append(event)
    return out


def _place_and_type(event: Event) -> tuple[object, ...]:
    return (event.toponym.place.geonameid, event.geo_precision,  # type: ignore[union-attr]
            event.event_type)


SUMMARY_DAYS = 7
"""Days before a lede's day within which the events it sums happened ("since the weekend")."""


def drop_summaries(events: list[Event], toponyms: Sequence[Toponym]) -> list[Event]:
    """Leave out an event at a region or country that sums the article's events in other
    sentences, in places of it or of another region its sentence names, on its day or up to
    :data:`SUMMARY_DAYS` before: the lede tells them together. Its toll is theirs ("Attacks on
    border communities of Chernihiv and Sumy regions have killed three civilians since the
    weekend", then one killed in Semenivka and two in Krasnopillia, is no fourth happening at
    Sumy region); or, without a toll, :data:`SUMMED` or more of them are of its type ("forces
    struck military sites in Crimea over several days", then strikes in Sevastopol and
    Dzhankoi), or, told first in the article, of any type ("Sudan's war pushed deeper into
    Kordofan this week", then a drone strike in El Obeid and the capture of Bara). Where the
    towns' tolls fall short of the region's, the region keeps its event."""
    out = []
    first = min((event.start for event in events), default=0)  # the lede's
    for event in events:
        place = event.toponym.place
        if place is None or place.feature_code not in REGION_CODES:
            out.append(event)
            continue
        # and the regions of its kind its sentence lists with it ("Chernihiv and Sumy regions")
        regions = [place, *(t.place for t in toponyms if t.place is not None
                            and event.start <= t.mention.start < event.end
                            and t.role == "location"
                            and t.place.feature_code == place.feature_code)]
        summed = [other for other in events
                  if other.start != event.start and _days_before(event, other)
                  and any(contains(region, other.toponym.place) for region in regions)]
        if event.fatalities:
            if sum(other.fatalities or 0 for other in summed) < event.fatalities:
                out.append(event)
        elif sum(other.event_type == event.event_type for other in summed) < SUMMED and not (
                len(summed) >= SUMMED and event.start == first):
            out.append(event)  # the article's first event sums the others of any type
    return out


SUMMED = 2
"""Events of its type in its places that a region's event without a toll sums."""


def _days_before(event: Event, other: Event) -> bool:
    """Whether ``other`` happened on ``event``'s day or up to :data:`SUMMARY_DAYS` before, as
    far as their dates tell."""
    if event.date.date is None or other.date.date is None:
        return True
    return 0 <= (event.date.date - other.date.date).days <= SUMMARY_DAYS


REMOTE_OVER_ATTACK = (("Explosions/Remote violence", None), ("Violence against civilians", None))
"""A shell or missile that kills civilians is remote violence, as ACLED codes it: within one
place's sentence (``extract._ABSORBS``), and where the sentence tells the shelling at a region
and the killing at one of its towns (:func:`drop_fronted`)."""
_OUTRANKS = frozenset({(REMOTE_OVER_ATTACK[0][0], REMOTE_OVER_ATTACK[1][0])})
"""The event types, first over second, that :func:`drop_fronted` puts together."""


def drop_fronted(events: list[Event]) -> list[Event]:
    """Leave out an event at a region whose sentence also tells a violent event at one of its
    towns, of another type that one of the two outranks (:data:`_OUTRANKS`): "In South Kordofan,
    shells ... struck residential neighbourhoods of Kadugli, killing three civilians" is one
    shelling, at Kadugli. The town's event takes the type, sub-type and trigger of the region's
    where that one outranks it."""
    by_sentence: dict[int, list[Event]] = {}
    for event in events:
        by_sentence.setdefault(event.start, []).append(event)
    dropped: set[str] = set()
    retyped: dict[str, Event] = {}
    for event in events:
        place = event.toponym.place
        if not _below_country(place):
            continue
        for town in by_sentence[event.start]:
            kinds = (event.event_type, town.event_type)
            if town is event or town.id in dropped or not contains(place, town.toponym.place) \
                    or (kinds not in _OUTRANKS and kinds[::-1] not in _OUTRANKS):
                continue
            dropped.add(event.id)
            if kinds in _OUTRANKS:
                retyped[town.id] = replace(town, event_type=event.event_type,
                                           sub_event_type=event.sub_event_type,
                                           trigger=event.trigger)
            break
    return [retyped.get(event.id, event) for event in events if event.id not in dropped]

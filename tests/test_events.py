from __future__ import annotations

import datetime as dt

from geomap.dates import resolve_dates
from geomap.events import event_id, extract_events
from geomap.gazetteer import Gazetteer
from geomap.models import Document, Event
from geomap.recognize import find_mentions
from geomap.resolve import resolve


def events_of(gazetteer: Gazetteer, text: str, **meta: object) -> list[Event]:
    doc = Document(id="d", text=text, **meta)  # type: ignore[arg-type]
    return extract_events(doc, resolve(doc, find_mentions(doc, gazetteer), gazetteer))


def test_one_event_per_reporting_sentence(gazetteer: Gazetteer) -> None:
    text = ("Russian forces shelled Kharkiv on Monday. Pokrovsk had an estimated 60,000 people "
            "before the war. Protesters rallied in Tbilisi.")
    events = events_of(gazetteer, text, published=dt.date(2025, 3, 4), source="Kyiv Independent")
    assert [(e.toponym.place.name, e.event_type) for e in events] == [  # type: ignore[union-attr]
        ("Kharkiv", "Explosions/Remote violence"), ("Tbilisi", "Protests")]
    first = events[0]
    assert first.sentence == "Russian forces shelled Kharkiv on Monday."
    assert text[first.start:first.end] == first.sentence
    assert first.sub_event_type == "Shelling/artillery/missile attack"
    assert first.sources == ("Kyiv Independent",)
    assert (first.date.date, first.date.precision, first.date.basis) == (
        dt.date(2025, 3, 4), "day", "published")
    assert 0 < first.confidence <= 1
    assert first.actor1 is None and first.fatalities is None  # not filled yet: null


def test_actors_and_qualifiers_carry_no_events(gazetteer: Gazetteer) -> None:
    assert events_of(gazetteer, "Moscow's claim of an advance was rejected.") == []
    assert events_of(gazetteer, "Ukrainian soldiers report fighting.") == []


def test_most_specific_place_and_geo_precision(gazetteer: Gazetteer) -> None:
    [event] = events_of(gazetteer, "Ukraine says troops are deploying near Pokrovsk.")
    assert event.toponym.place.name == "Pokrovsk"  # type: ignore[union-attr]
    assert event.geo_precision == 2
    [event] = events_of(gazetteer, "Fighting raged in the Donetsk region.")
    assert event.geo_precision == 3


def test_event_ids_are_stable_and_distinct() -> None:
    assert event_id("d", 0, 10, 1) == event_id("d", 0, 10, 1)
    assert len({event_id("d", 0, 10, 1), event_id("d", 0, 10, 2), event_id("e", 0, 10, 1)}) == 3


def test_dates_without_publication_are_unknown() -> None:
    unknown = resolve_dates("Shelling in Kharkiv.", None)
    assert (unknown.date, unknown.precision, unknown.basis) == (None, "unknown", "unknown")

"""The lede's day, lent to the events told after it."""

from __future__ import annotations

import datetime as dt

from geomap.events.extract import extract_events
from geomap.gazetteer import Gazetteer
from geomap.geoparse.recognize import find_mentions
from geomap.geoparse.resolve import resolve
from geomap.models import Document

from .test_extract import MONDAY, events_of


def test_details_after_the_lede_take_its_day(gazetteer: Gazetteer) -> None:
    text = ("Gunmen killed five villagers near Maiduguri on Saturday, officials said.\n\n"
            "Gunmen also attacked a market in Konduga, residents said.")
    dates = {e.toponym.place.name: (e.date.date, e.date.basis)  # type: ignore[union-attr]
             for e in events_of(gazetteer, text)}
    assert dates["Konduga"] == (MONDAY - dt.timedelta(days=2), "relative")


def test_the_lede_s_day_is_read_after_a_headline_and_a_byline(gazetteer: Gazetteer) -> None:
    text = ("Six killed as protests turn chaotic\n\nBy Staff | Tuesday, July 8, 2025\n\n"
            "At least six people were shot dead as police clashed with protesters in several "
            "Kenyan towns on Monday.\n\n"
            "In Kitengela, protesters torched a police post, witnesses said.")
    doc = Document(id="d", text=text)
    events = extract_events(doc, resolve(doc, find_mentions(doc, gazetteer), gazetteer))
    [riot] = [e for e in events if e.event_type == "Riots"]
    assert riot.date.date == dt.date(2025, 7, 7)


def test_the_lines_of_a_byline_do_not_hide_the_lede(gazetteer: Gazetteer) -> None:
    text = ("Two shot dead as police tear-gas protesters\n\nBy A Reporter\nStaff Writer\n"
            "Thursday, 26 June 2025\n\nPolice fired tear gas at thousands of protesters in "
            "Nairobi and other Kenyan towns on Wednesday.\n\nIn Kisumu, protesters threw stones at "
            "police.")
    doc = Document(id="d", text=text)
    events = extract_events(doc, resolve(doc, find_mentions(doc, gazetteer), gazetteer))
    [riot] = [e for e in events if e.event_type == "Riots"]
    assert riot.date.date == dt.date(2025, 6, 25)

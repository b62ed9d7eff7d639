"""The context of a mention, read alone (tests/events/test_places.py reads it with the
qualifier and the list rules of the candidate places)."""

from __future__ import annotations

import pytest

from geomap.events.mention_context import is_country, mention_context
from geomap.gazetteer import Gazetteer
from geomap.geoparse import find_mentions, resolve
from geomap.models import Document, Toponym


def _toponym(gazetteer: Gazetteer, text: str, name: str, language: str) -> Toponym:
    doc = Document(id="d", text=text, language=language)
    return next(t for t in resolve(doc, find_mentions(doc, gazetteer), gazetteer)
                if t.mention.text == name)


@pytest.mark.parametrize(("text", "name", "language", "context"), [
    ("Kyiv, 30 November 2025 — Russia struck Ukraine's energy infrastructure.", "Kyiv", "en",
     "dateline"),
    ("A spokesman for the interior ministry in Baghdad said a car bomb killed five people in "
     "Mosul.", "Baghdad", "en", "seat"),
    ("The drones were launched from the areas of Kursk in Russia.", "Kursk", "en", "launch"),
    ("Les drones ont été tirés depuis les secteurs de Koursk.", "Koursk", "fr", "launch"),
    ("Shelling hit Kharkiv on Sunday.", "Kharkiv", "en", None),
    # a town named with another as the ends of a road
    ("Young men blocked the Jos-Abuja highway on the southern outskirts of Jos.", "Abuja", "en",
     "route"),
    # a relative clause that tells a happening there decides: no qualifier of the place before
    ("He returned to his hometown of Lahore in Punjab, where his supporters fought police.",
     "Punjab", "en", ""),
])
def test_mention_context(gazetteer: Gazetteer, text: str, name: str, language: str,
                         context: str | None) -> None:
    assert mention_context(text, _toponym(gazetteer, text, name, language), language) == context


def test_is_country(gazetteer: Gazetteer) -> None:
    text = "Drones from Russia struck Kharkiv."
    assert is_country(_toponym(gazetteer, text, "Russia", "en"))
    assert not is_country(_toponym(gazetteer, text, "Kharkiv", "en"))

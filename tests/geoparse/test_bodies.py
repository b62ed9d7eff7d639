"""Divisions named only by a body of theirs ("Georgia Bureau of Investigation")."""

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.geoparse.bodies import division_bodies
from geomap.geoparse.recognize import find_mentions
from geomap.geoparse.resolve import resolve
from geomap.models import Document


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Georgia Bureau of Investigation agents raided the home.", [("Georgia", "US")]),
        ("West Virginia State Police said the driver fled.", [("West Virginia", "US")]),
        ("The Texas Department of Public Safety said.", [("Texas", "US")]),
        ("A Delta Police Department officer testified.", []),  # a town's police
        ("Georgia agents raided the home.", []),
    ],
)
def test_divisions_named_by_their_bodies(gazetteer: Gazetteer, text: str,
                                         named: list[tuple[str, str]]) -> None:
    assert [(p.name, p.country_code) for p in division_bodies(text, "en", gazetteer)] == named


def test_a_language_without_bodies_names_none(gazetteer: Gazetteer) -> None:
    assert division_bodies("Georgia Bureau of Investigation", "uk", gazetteer) == []


def test_a_state_s_body_decides_a_town_of_the_state(gazetteer: Gazetteer) -> None:
    text = ("An Albany man was taken into custody. An Albany police SWAT team and Georgia Bureau "
            "of Investigation agents raided his home on Wednesday.")
    doc = Document(id="t", text=text)
    toponyms = resolve(doc, find_mentions(doc, gazetteer), gazetteer)
    assert {(t.place.name, t.place.admin1) for t in toponyms
            if t.mention.text == "Albany"} == {("Albany", "Georgia")}

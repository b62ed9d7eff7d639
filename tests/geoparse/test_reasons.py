"""Why a name went to its place: the line in the popups, ``toponyms.geojson`` and
``geomap explain``."""

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.geoparse.reasons import describe

from .test_disambiguation import geoparse


def _why(gazetteer: Gazetteer, text: str, name: str) -> str:
    [toponym] = [t for t in geoparse(gazetteer, text) if t.mention.text == name]
    assert toponym.place is not None
    assert toponym.why.startswith(describe(toponym.place))
    return toponym.why


@pytest.mark.parametrize(("text", "name", "reason"), [
    ("The tornado struck Paris, Texas, on Sunday.", "Paris", "qualifier 'Texas'"),
    ("Fires spread across the state of Washington.", "Washington",
     "the kind of place the words before it name"),
    ("Voters in Quebec went to the polls.", "Quebec", "the division, not its same-name seat"),
    ("Fierce fighting was reported in Artemovsk.", "Artemovsk",
     "far better known by this other name"),
    ("Shelling hit Kherson and Odessa.", "Odessa", "in the country of the article's other places"),
    ("A Berea man was arrested in Madison County, Kentucky.", "Berea",
     "in the division of the article's other places"),
])
def test_the_line_names_what_set_the_place_above_the_runner_up(gazetteer: Gazetteer, text: str,
                                                               name: str, reason: str) -> None:
    why = _why(gazetteer, text, name)
    assert reason in why and "; other candidate " in why


def test_a_name_with_one_candidate_says_so(gazetteer: Gazetteer) -> None:
    why = _why(gazetteer, "Aid reached the Donbas.", "Donbas")
    assert why.endswith("; no other candidate") and "a region" in why


def test_same_described_candidates_are_told_apart_by_their_kind(gazetteer: Gazetteer) -> None:
    why = _why(gazetteer, "Protesters gathered in Kyiv.", "Kyiv")
    assert why.startswith("Kyiv, Kyiv, UA (PPLC): ") and "Kyiv, Kyiv, UA (ADM1)" in why

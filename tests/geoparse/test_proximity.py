"""Spatial coherence: neighbours and strays."""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.geoparse.proximity import STRAY_POPULATION, strays
from geomap.models import Place

from .test_resolve import by_text, geoparse


def place(gid: int, code: str, country: str, population: int) -> Place:
    return Place(geonameid=gid, name=f"p{gid}", lat=0.0, lon=0.0,
                 feature_class="P" if code.startswith("PPL") else "A", feature_code=code,
                 country_code=country, population=population)


def test_a_small_settlement_alone_in_its_country_is_a_stray() -> None:
    small, town = STRAY_POPULATION - 1, STRAY_POPULATION
    places = [place(1, "PPLA", "SO", 55_000), place(2, "PPL", "JO", small),
              place(3, "PPL", "NC", town), place(4, "PCLI", "SO", 15_000_000)]
    assert strays(places, ["beledweyne", "mahas", "kone", "somalia"]) == {1}
    # a name's own mentions do not vouch for one another, another name's do
    assert strays([*places, places[1]], ["beledweyne", "mahas", "kone", "somalia",
                                         "mahas"]) == {1, 4}
    assert strays([*places, place(5, "ADM1", "JO", 1_000)],
                  ["beledweyne", "mahas", "kone", "somalia", "irbid"]) == set()
    # an article of one country has no strays
    assert strays(places[1:2], ["mahas"]) == set()


def test_a_village_the_gazetteer_lacks_is_no_namesake_far_away(gazetteer: Gazetteer) -> None:
    found = by_text(geoparse(gazetteer, "Al-Shabaab fighters attacked an army base near Mahas, "
                                        "about 80 kilometers south of Beledweyne, sparking a "
                                        "gunbattle, Somali officials said."))
    assert "Mahas" not in found and found["Beledweyne"].place is not None

"""Spatial coherence: neighbours and strays."""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.geoparse.proximity import STRAY_POPULATION, strays
from geomap.models import Place

from .test_resolve import by_text, geoparse


def place(gid: int, code: str, country: str, population: int, lat: float, lon: float) -> Place:
    return Place(geonameid=gid, name=f"p{gid}", lat=lat, lon=lon,
                 feature_class="P" if code.startswith("PPL") else "A", feature_code=code,
                 country_code=country, population=population)


def test_a_small_settlement_far_and_alone_in_its_country_is_a_stray() -> None:
    small, town = STRAY_POPULATION - 1, STRAY_POPULATION
    beledweyne, hiiraan = place(1, "PPLA", "SO", 55_000, 4.7, 45.2), \
        place(4, "ADM1", "SO", 500_000, 4.3, 45.3)
    mahas = place(2, "PPL", "JO", small, 32.6, 36.0)
    kone = place(3, "PPL", "NC", town, -21.1, 164.9)
    places, names = [beledweyne, mahas, kone, hiiraan], ["beledweyne", "mahas", "kone", "hiiraan"]
    assert strays(places, names) == {1}
    # a name's own mentions do not vouch for one another, another name's do, a demonym's too
    assert strays([*places, mahas], [*names, "mahas"]) == {1, 4}
    assert strays([*places, place(5, "ADM1", "JO", 1_000, 32.5, 35.9)],
                  [*names, "irbid"]) == set()
    assert strays([*places, place(5, "PCLI", "JO", 1_000, 31.0, 36.0)], [*names, "jordanian"],
                  [False, False, False, False, True]) == set()
    # a place near the article's others is no stray ("Turkey shelled Tal Abyad")
    tal_abyad = place(7, "PPL", "SY", small, 36.7, 38.9)
    near, far = [place(6, "PCLI", "TR", 80_000_000, 39.0, 35.0), place(8, "PPLC", "TR", 5_000_000,
                                                                        39.9, 32.9)], \
        [place(6, "PCLI", "TR", 80_000_000, 39.0, 5.0), place(8, "PPLC", "TR", 5_000_000,
                                                              39.9, 2.9)]
    assert strays([*near, tal_abyad], ["turkey", "ankara", "tal abyad"]) == set()
    assert strays([*far, tal_abyad], ["turkey", "ankara", "tal abyad"]) == {2}
    # without two names placed in one country the article has no home to stray from
    assert strays([far[0], tal_abyad], ["turkey", "tal abyad"]) == set()


def test_a_village_the_gazetteer_lacks_is_no_namesake_far_away(gazetteer: Gazetteer) -> None:
    found = by_text(geoparse(gazetteer, "Al-Shabaab fighters attacked an army base near Mahas, "
                                        "about 80 kilometers south of Beledweyne in the Hiiraan "
                                        "region, sparking a gunbattle, officials said."))
    assert "Mahas" not in found and found["Beledweyne"].place is not None

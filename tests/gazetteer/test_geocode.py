"""Address-like queries answered from the local store."""

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.geocode import geocode


@pytest.mark.parametrize(
    ("query", "name", "admin1", "country"),
    [
        ("Macon, Georgia", "Macon", "Georgia", "US"),
        ("Kiev, Ukraine", "Kyiv", None, "UA"),
        ("Lawton, OK, USA", "Lawton", "Oklahoma", "US"),
        ("Sudbury, ON", "Greater Sudbury", "Ontario", "CA"),
        ("Peoria, IL", "Peoria", "Illinois", "US"),
        ("Paris, Texas", "Paris", "Texas", "US"),
        ("London, Ontario", "London", "Ontario", "CA"),
        ("Pokrovsk, Donetsk Oblast, Ukraine", "Pokrovsk", None, "UA"),
        ("Lausanne, VD, CH", "Lausanne", "Vaud", "CH"),
        ("Paris", "Paris", None, "FR"),
        ("London", "London", None, "GB"),
    ],
)
def test_place_division_country(gazetteer: Gazetteer, query: str, name: str,
                                admin1: str | None, country: str) -> None:
    found = geocode(gazetteer, query)[0].place
    assert (found.name, found.country_code) == (name, country)
    if admin1:
        assert found.admin1 == admin1


def test_a_settlement_before_its_same_name_division(gazetteer: Gazetteer) -> None:
    assert geocode(gazetteer, "Peoria")[0].place.feature_class == "P"


def test_nothing_for_nonsense(gazetteer: Gazetteer) -> None:
    assert geocode(gazetteer, "Qzxwvut") == []
    assert geocode(gazetteer, " , ") == []
    assert gazetteer.geocode("Qzxwvut") is None

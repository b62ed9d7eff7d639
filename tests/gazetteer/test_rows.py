"""The rows a gazetteer build collects."""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.rows import without_article


def test_the_arabic_article_is_dropped_from_long_names() -> None:
    assert without_article(["Al Qāmishlī", "Ar Raqqah", "Al-Hasakah", "Al Ain", "Alma"]) == [
        "Qāmishlī", "Raqqah", "Hasakah"]


def test_a_town_of_the_arab_world_is_found_without_its_article(gazetteer: Gazetteer) -> None:
    found = gazetteer.candidates("Qamishli")
    assert found and found[0].place.country_code == "SY"

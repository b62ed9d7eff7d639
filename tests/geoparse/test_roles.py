"""Roles: what a resolved name is in its sentence."""

from __future__ import annotations

from geomap.geoparse.roles import role, speaks
from geomap.models import Candidate, Mention, Place

KYIV = Place(geonameid=703448, name="Kyiv", lat=50.45, lon=30.52, feature_class="P",
             feature_code="PPLC", country_code="UA", population=2_900_000)
TOWN = Place(geonameid=1, name="Fedorov", lat=50.0, lon=30.0, feature_class="P",
             feature_code="PPL", country_code="UA", population=3_000)


def _mention(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name)


def test_a_capital_that_speaks_is_an_actor_and_elsewhere_a_location() -> None:
    text = "Kyiv denied the report."
    assert role(text, _mention(text, "Kyiv"), Candidate(KYIV, "name")) == "actor"
    text = "Drones struck Kyiv overnight."
    assert role(text, _mention(text, "Kyiv"), Candidate(KYIV, "name")) == "location"


def test_a_capital_whose_part_is_named_is_a_location() -> None:
    for text in ("A car bomb blew up on Kyiv's Lido beach.", "Fighting raged on Kyiv's outskirts.",
                 "Shells hit Kyiv's central market."):
        assert role(text, _mention(text, "Kyiv"), Candidate(KYIV, "name")) == "location"
    text = "Kyiv's troops advanced."
    assert role(text, _mention(text, "Kyiv"), Candidate(KYIV, "name")) == "actor"


def test_a_town_called_a_government_s_seat_speaks_for_it() -> None:
    seat = Place(geonameid=377039, name="Port Sudan", lat=19.6, lon=37.2, feature_class="P",
                 feature_code="PPLA", country_code="SD", population=489_725)
    text = ("Port Sudan, the seat of the army-backed government, accused the United Arab Emirates "
            "of supplying the drones.")
    assert role(text, _mention(text, "Port Sudan"), Candidate(seat, "name")) == "actor"
    text = "Port Sudan, a city on the Red Sea, was hit by drones."
    assert role(text, _mention(text, "Port Sudan"), Candidate(seat, "name")) == "location"


def test_a_demonym_qualifies() -> None:
    text = "Ukrainian troops advanced."
    assert role(text, _mention(text, "Ukrainian"), Candidate(KYIV, "demonym")) == "qualifier"


def test_a_village_name_that_speaks_is_a_person_but_not_after_in() -> None:
    text = "Fedorov said the town was hit."
    assert speaks(text, _mention(text, "Fedorov"), Candidate(TOWN, "name"))
    text = "People in Fedorov said the town was hit."
    assert not speaks(text, _mention(text, "Fedorov"), Candidate(TOWN, "name"))


KINSHASA = Place(geonameid=2314302, name="Kinshasa", lat=-4.33, lon=15.31, feature_class="P",
                 feature_code="PPLC", country_code="CD", population=7_785_965)


def test_a_capital_blamed_or_negotiating_is_an_actor() -> None:
    for text, language in [("The rebels accused Kinshasa of violating the ceasefire.", "en"),
                           ("Talks in Doha between Kinshasa and the M23 have stalled.", "en"),
                           ("Le mouvement accuse Kinshasa de violer le cessez-le-feu.", "fr")]:
        assert role(text, _mention(text, "Kinshasa"), Candidate(KINSHASA, "name"),
                    language) == "actor", text
    text = "Protesters marched in Kinshasa between the stadium and parliament."
    assert role(text, _mention(text, "Kinshasa"), Candidate(KINSHASA, "name"), "en") == "location"


def test_a_capital_that_blames_or_speaks_with_others_is_an_actor() -> None:
    for text in ["M23, which Kinshasa and U.N. experts say is backed by Rwanda, seized Goma.",
                 "The fighting followed air strikes that Kinshasa blamed on Rwanda."]:
        assert role(text, _mention(text, "Kinshasa"), Candidate(KINSHASA, "name"),
                    "en") == "actor", text
    text = "Protesters marched in Kinshasa and Goma on Monday, police said."
    assert role(text, _mention(text, "Kinshasa"), Candidate(KINSHASA, "name"), "en") == "location"

"""Personal names that hold place names."""

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.geoparse.recognize import find_mentions
from geomap.models import Document


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Considering her life, Kati Mather made an appearance at a vigil in Boston.", ["Boston"]),
        ("Yesterday Paris Hilton arrived in Moscow.", ["Moscow"]),
        ("Voters in Lincoln Park and Paris Street met.", ["Lincoln Park"]),
        ("He met Moscow officials.", ["Moscow"]),
        ("Five men from Dublin face St Patrick's Day charges.", ["Dublin"]),
        ("He flew to St. Louis.", ["St. Louis"]),
    ],
)
def test_a_place_name_before_a_surname_is_a_given_name(gazetteer: Gazetteer, text: str,
                                                       found: list[str]) -> None:
    doc = Document(id="d", text=text)
    assert [m.text for m in find_mentions(doc, gazetteer)] == found

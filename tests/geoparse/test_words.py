"""Word lists that tell ordinary words and personal names from place names."""

from __future__ import annotations

import pytest

from geomap.geoparse import words


@pytest.mark.parametrize(("word", "expected"), [("Albany", True), ("Lyon", True),
                                                ("Mobile", False), ("Turkey", False),
                                                ("Reading", False)])
def test_name_only(word: str, expected: bool) -> None:
    assert words.name_only(word) is expected

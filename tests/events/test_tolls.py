"""Tolls of events: the part of a sentence's total told with a place."""

from __future__ import annotations

from geomap.events.tolls import PART_REACH, part

SENTENCE = ("Air strikes killed 22 people across the Gaza Strip, including eight in a strike on a "
            "school in Gaza City.")


def test_a_place_after_a_share_takes_its_part() -> None:
    assert part(SENTENCE, SENTENCE.index("Gaza City"), "en") == 8


def test_a_place_before_the_share_or_beyond_its_reach_takes_none() -> None:
    assert part(SENTENCE, SENTENCE.index("Gaza Strip"), "en") is None
    far = SENTENCE.replace("a school in", "a school " + "x" * PART_REACH + " in")
    assert part(far, far.index("Gaza City"), "en") is None

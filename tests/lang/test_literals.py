"""The required literals of a pattern, and the search they let skip."""

from __future__ import annotations

import re

import pytest

from geomap import lang
from geomap.lang.literals import Searcher, required_literals


def test_literals_of_an_alternation_of_phrases() -> None:
    pattern = re.compile(r"\b(?:taken|rushed) to\s+(?:the )?$|\baccording to $", re.IGNORECASE)
    assert required_literals(pattern) == {"taken", "rushed", "according to "}
    assert required_literals(re.compile(r"\b(?:tells|says|say)\b")) == {"tells", "say"}


def test_no_literals_where_a_branch_has_none() -> None:
    assert required_literals(re.compile(r"\b(?:near|\d+ km)\b")) == {"near", " km"}
    assert required_literals(re.compile(r"\b(?:near|\d+)\b")) is None
    assert required_literals(re.compile(r"(?:in )?$")) is None


@pytest.mark.parametrize("text", [
    "was rushed to the ", "WAS RUSHED TO THE ", "was ruſhed to the ", "was taKen to ",
    "was İaken to ", "nothing here", "", "rushed\nto ",
])
def test_searcher_finds_what_search_does(text: str) -> None:
    pattern = re.compile(r"\b(?:taken|rushed|sick) to\s+(?:the )?$", re.IGNORECASE)
    assert Searcher(pattern).found(text) == (pattern.search(text) is not None)


def test_searcher_agrees_on_every_place_context() -> None:
    windows = ["drones launched from ", "a man from ", "rushed to a hospital in ",
               "according to ", "the highway to ", "25 km north of ", "in solidarity with ",
               "told reporters in ", "the ministry in ", "church of St ", "was ſhelled in "]
    for code in ("en", "fr", "ru", "uk", "bg"):
        for pattern in lang.patterns("place_contexts", code).values():
            searcher = Searcher(pattern)
            for window in windows + [w.upper() for w in windows]:
                assert searcher.found(window) == (pattern.search(window) is not None)

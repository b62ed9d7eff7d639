"""The dateline and date filters of recognition, read on their own (their cases in the rules'
table are in tests/geoparse/test_rules.py)."""

from __future__ import annotations

import pytest

from geomap.geoparse.datelines import opens_line


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("ROME (AP) — Talks resumed.", "ROME", True),
    ("Headline\n  GAZA, Aug 10 (Reuters) - Strikes hit.", "GAZA", True),
    ("Talks in ROME resumed.", "ROME", False),
])
def test_a_dateline_opens_its_line(text: str, word: str, expected: bool) -> None:
    assert opens_line(text, text.index(word)) is expected

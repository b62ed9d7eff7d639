"""Event cues: the literal index that skips most clauses finds what the patterns find."""

from __future__ import annotations

import pytest

from geomap.events import cues
from geomap.models import Document
from geomap.text import sentence_spans

from ..conftest import REPO


def all_matches(text: str, language: str = "en") -> list[tuple[int, int, int]]:
    """Every cue the patterns find, tried without the literal index (a unit's name is none)."""
    found: list[tuple[int, int, int]] = []
    cue_set = cues.cue_set(language)
    for rank, (pattern, *_) in enumerate(cue_set.cues):
        for match in pattern.finditer(text):
            if cue_set.unit_after.match(text, match.end()):
                continue
            if not any(a < match.end() and match.start() < b for a, b, _ in found):
                found.append((match.start(), match.end(), rank))
    return sorted(found)


def test_the_index_misses_no_cue(docs: list[Document]) -> None:
    sentences = [doc.text[a:b] for doc in docs for a, b in sentence_spans(doc.text)]
    sentences += (REPO / "tests" / "events" / "test_triggers.py").read_text().splitlines()
    sentences += ["Supporters set off on a march to the capital.", "Two men are in custody.",
                  "A car hit an anti-tank mine; the second bomb didn't explode.",
                  "A cross-border drone-strike hit a Russian-held town."]
    for sentence in sentences:
        assert [(c.start, c.end, c.rank) for c in cues.find_cues(sentence)] == \
            all_matches(sentence), sentence


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"shot down|shoots? down", ("shot down", "shoot")),
        (r"\bmob\b|lynch(?:ed|ing)", ("mob", "lynch")),
        (r"(?:came|come) under fire", ("came", "come")),
        (r"(?<!the )(?:wounded|injured)", ("wounded", "injured")),
        (r"air ?strikes?", ("air",)),
        (r"\d+ drones", None),
        (r"(?:a )?bomb", None),
    ],
)
def test_literal_starts(pattern: str, starts: tuple[str, ...] | None) -> None:
    assert cues.literal_starts(pattern) == starts


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"(?:guided )?(?:aerial|air) bombs?", ("guided ", "aerial", "air")),
        (r"marched|(?-i:march)(?! \d)", ("marched", "march")),
        (r"(?:a )?", None),
        (r"(?:\w+ )?bomb", None),
    ],
)
def test_loose_literal_starts(pattern: str, starts: tuple[str, ...] | None) -> None:
    assert cues.literal_starts(pattern, loose=True) == starts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council met on Tuesday to discuss the budget.", False),
        ("Gunmen shot down a helicopter over the valley.", True),
        ("İstanbul: police detained 12 protesters.", True),  # lower-casing moves offsets
        ("", False),
    ],
)
def test_any_cue_agrees_with_the_patterns(text: str, expected: bool) -> None:
    assert cues.any_cue(text) is expected
    assert bool(all_matches(text)) is expected


def test_the_scan_finds_the_longest_literal_and_tries_the_shorter_ones() -> None:
    text = "Troops shot down a drone; a sniper shot a soldier."
    assert [(c.start, c.end, c.rank) for c in cues.find_cues(text)] == all_matches(text)
    assert "İ".lower() != "İ" and len("İ".lower()) == 2
    moved = "İİ " + text
    assert [(c.start - 3, c.end - 3) for c in cues.find_cues(moved)] == \
        [(c.start, c.end) for c in cues.find_cues(text)]


def test_every_english_cue_opens_with_a_literal_word() -> None:
    # a cue without one is searched for over every sentence, several times slower
    assert cues.cue_set("en").always == frozenset()


@pytest.mark.parametrize(("text", "language"), [
    ("При атака срещу Одеса е повредена инфраструктура и са избухнали пожари в складове.", "bg"),
    ("На складі вибухнула пожежа.", "uk"),
])
def test_fires_that_broke_out_are_no_explosion(text: str, language: str) -> None:
    assert not any(cue.sub_event_type == "Remote explosive/landmine/IED"
                   for cue in cues.find_cues(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("В Лвовска област дрон е повредил високоволтова подстанция.", "bg"),
    ("На Львівщині дрон пошкодив високовольтну підстанцію.", "uk"),
    ("In Lviv region, a drone damaged a high-voltage substation.", "en"),
])
def test_a_drone_that_damaged_something_struck_it(text: str, language: str) -> None:
    assert [(cue.sub_event_type, cue.strength) for cue in cues.find_cues(text, language)] == [
        ("Air/drone strike", 0.9)]


def test_riot_police_who_fire_tear_gas_intervene() -> None:
    """"riot" names the police, not a riot, but the police's tear gas stays a cue."""
    from geomap.events.cues import figurative, find_cues

    clause = "Riot police fired tear gas on Tuesday at farmers outside Larissa"
    [cue] = [c for c in find_cues(clause) if c.sub_event_type == "Protest with intervention"]
    assert not figurative(clause, cue)

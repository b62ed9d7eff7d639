"""A report of a game: its battles, attacks and shots are play."""

from __future__ import annotations

import pytest

from geomap.events.sport import game_report
from geomap.gazetteer import Gazetteer

from .test_extract import events_of

GAME = ("Geelong ambushed Collingwood with a blistering final-quarter attack to snatch a "
        "14-point win at the MCG on Saturday night, keeping its grip on a top-four spot. Trailing "
        "at three-quarter time, the Cats fired six goals to one, with spearhead Tom Hadley "
        "shooting three of them. The killer blow came when midfielder Sam O'Donnell bombed a "
        "goal from the boundary. Coach Chris Scott praised his side's season.")


def test_a_game_s_report_gives_no_event(gazetteer: Gazetteer) -> None:
    assert game_report(GAME, "en")
    assert events_of(gazetteer, GAME) == []


@pytest.mark.parametrize("text", [
    # a riot or a killing told in a game's report is read
    GAME + " After the match, fans clashed with police outside the stadium.",
    GAME + " A supporter was stabbed to death near the ground.",
    # three words of a game make no report of one
    "Gunmen attacked a stadium in Maiduguri during a league match, the coach said.",
])
def test_violence_keeps_a_game_s_report_read(text: str) -> None:
    assert not game_report(text, "en")


def test_a_language_without_game_words_has_no_game_reports() -> None:
    assert not game_report(GAME, "uk")  # Ukrainian event data holds no game_report.tsv

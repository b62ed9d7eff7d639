"""A report of a game: its battles, attacks, shots and bombs are play, not events.

A team sport's reporting borrows the words of violence ("Geelong ambushed Collingwood with a
blistering final-quarter attack", "the Cats fired six goals", "bombed a 50-metre goal"). An
article that holds :data:`GAME_WORDS` different words of a game (``game`` of the language's
``game_report.tsv``) and none that say people were hurt or forces were involved (``violence``)
reports no event; a riot after a match, told with its police or its dead, is still read.
"""

from __future__ import annotations

import re
from functools import cache

from geomap import lang

__all__ = ["GAME_WORDS", "game_report"]

GAME_WORDS = 4
"""Different words of a game that make an article a game's report."""


def game_report(text: str, language: str) -> bool:
    """Whether ``text`` reports a game and no violence (see the module's text).

    Parameters
    ----------
    text
        The article.
    language
        Its language (ISO 639-1); one without ``game_report.tsv`` has no game reports.
    """
    grammar = _grammar(lang.event_language(language))
    if grammar is None:
        return False
    game, violence = grammar
    if violence.search(text) is not None:
        return False  # read first: most articles hold such a word, and the answer is then no
    found: set[str] = set()
    for match in game.finditer(text):
        found.add(match.group().casefold())
        if len(found) >= GAME_WORDS:
            return True
    return False


@cache
def _grammar(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    if language not in lang.languages_with("game_report.tsv"):
        return None
    named = lang.patterns("game_report", language)
    return named["game"], named["violence"]

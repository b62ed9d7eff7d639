"""The words a pattern cannot match without: a quick test before a slow search.

A pattern such as "the words before a place that make it a destination" is an alternation of
phrases, each opening with words ("taken to", "rushed to", "hospitalised in"). Python's regular
expressions try such a pattern at every offset of a text; most texts hold none of its words.
:func:`required_literals` reads the pattern's parse tree for a set of literal strings one of
which every match contains; :class:`Searcher` searches only a text that holds one of them.

The test compares lower-cased text with lower-cased ASCII literals, which is exact for a text
without the four letters that case-insensitive matching takes for an ASCII letter while
lower-casing does not turn them into it (:data:`_FOLDED_TO_ASCII`); such a text is searched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["Searcher", "required_literals"]

_FOLDED_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
""""İ", "ı", "ſ" and the Kelvin sign: the only characters beyond ASCII that a case-insensitive
pattern matches with an ASCII letter (i, s, k)."""
_SHORTEST = 2  # letters of the shortest literal worth testing for
_MOST = 32  # literals at most worth testing for: a test of more costs about what a search does


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-cased ASCII strings one of which every match of ``pattern`` contains, or ``None``
    when the pattern's shape gives none, or more than :data:`_MOST`, or one shorter than
    :data:`_SHORTEST`."""
    found = _required(_parser.parse(pattern.pattern, pattern.flags))
    if not found or len(found) > _MOST or any(not s.isascii() or len(s) < _SHORTEST
                                                 for s in found):
        return None
    lowered = {s.lower() for s in found}
    # a literal that holds another is there only where the other is: the other suffices
    return frozenset(s for s in lowered if not any(o != s and o in s for o in lowered))


def _required(items: Any) -> set[str] | None:
    """Literals one of which every match of the sequence ``items`` (a parse tree's list of
    ``(op, argument)``) contains; the best of those its parts give, ``None`` if none does."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append({"".join(run)})
            run = []
        found: set[str] | None = None
        if op is sre.SUBPATTERN:
            found = _required(av[-1])
        elif op is sre.BRANCH:
            branches = [_required(branch) for branch in av[1]]
            if all(branches):
                found = set().union(*branches)  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _required(av[2])
        elif op is sre.ATOMIC_GROUP:
            found = _required(av)
        if found:
            options.append(found)
    if run:
        options.append({"".join(run)})
    return max(options, key=lambda option: min(map(len, option)), default=None)


class Searcher:
    """A pattern's search, skipped where the text holds none of its required literals.

    Parameters
    ----------
    pattern
        The compiled pattern.
    """

    __slots__ = ("_literals", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._literals = required_literals(pattern)

    def found(self, text: str) -> bool:
        """Whether ``pattern.search(text)`` finds a match."""
        return self.possible(text) and self.pattern.search(text) is not None

    def finditer(self, text: str, low: str | None = None) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``, empty where the text holds none of the literals; ``low``
        is ``text.lower()`` when the caller has it (a text read by many searchers)."""
        return self.pattern.finditer(text) if self.possible(text, low) else iter(())

    def possible(self, text: str, low: str | None = None) -> bool:
        """Whether ``text`` may hold a match: it holds one of the literals, or the pattern has
        none, or the text has a letter that the test cannot tell (:data:`_FOLDED_TO_ASCII`).
        ``low`` is ``text.lower()`` when the caller has it."""
        literals = self._literals
        if literals is None or not (text.isascii() or _FOLDED_TO_ASCII.isdisjoint(text)):
            return True
        low = text.lower() if low is None else low
        return any(literal in low for literal in literals)

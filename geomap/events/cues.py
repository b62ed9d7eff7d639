"""What a clause reports, in ACLED's vocabulary: the event cues and the clauses that report none.

A cue is a word pattern with the ACLED event type and sub-event type it signals and a strength
(how surely the words name the event itself: "shelled" 0.9, "advancing" 0.6, "under threat of
encirclement" 0.4). Cues are tried in the order of :data:`CUES` (``lang/en/event_cues.tsv``),
most specific first ("shot down" before "drone", "recaptured" before "fighting"), so that the
first match names the sub-event.

A clause reports no event when it is hypothetical ("if", "could fall", "plans to") or a denial
("denied hitting"), and a place reports none when it only frames a comparison ("since the fall of
Bakhmut", "the biggest battle since Bakhmut").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from geomap import lang


@dataclass(frozen=True, slots=True)
class Cue:
    """An event cue found in a clause.

    Parameters
    ----------
    event_type, sub_event_type
        ACLED's vocabulary.
    strength
        How surely the words name the event, 0 to 1.
    start, end
        Offsets of the cue words in the searched text.
    generic
        Whether the cue only says that something violent happened ("killed", "attack").
    rank
        The cue's row in :data:`CUES`: a lower rank is a more specific cue.
    """

    event_type: str
    sub_event_type: str
    strength: float
    start: int
    end: int
    generic: bool = False
    rank: int = 0


CUES: tuple[tuple[re.Pattern[str], str, str, float, bool], ...] = tuple(
    (re.compile(rf"\b(?:{row['pattern']})(?![\w-])", re.IGNORECASE), row["event_type"],
     row["sub_event_type"], float(row["strength"]), row["generic"] == "yes")
    for row in lang.table("event_cues")
)
"""The cues of ``lang/en/event_cues.tsv``: pattern, event type, sub-event type, strength and
whether the cue is generic (says that something violent happened, not what)."""

_HYPOTHETICAL = re.compile(rf"\b{lang.pattern('hypothetical')}\b", re.IGNORECASE)
_HABITUAL = re.compile(rf"\b{lang.pattern('habitual')}\b", re.IGNORECASE)
_DENIAL = re.compile(rf"\b{lang.pattern('denial')}\b", re.IGNORECASE)
_REACH = 200  # characters before a cue that can make it hypothetical or denied
_NEGATED = re.compile(r"\b(?:not|n't|never|no longer)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_FRAME_BEFORE = re.compile(
    r"(?:\bsince|\blike|\bunlike|\bthan|\bcompared (?:with|to)|\bas in|\breminiscent of|"
    r"\bformerly (?:known as|called)|\bpreviously (?:known as|called)|\bonce (?:known as|called)|"
    r"\brenamed from|\bthen called|\b(?:still |now )?calls?|\bknown as)"
    r"(?: the (?:fall|battle|capture|siege|loss|liberation|destruction) of| the| in)?\s+$",
    re.IGNORECASE)
_CLAUSE = re.compile(r"[;:]|,\s+(?:but|while|whereas|although|though)\b")


@lru_cache(maxsize=8192)
def find_cues(text: str) -> tuple[Cue, ...]:
    """Every cue in ``text``, in text order; where the words of two cues overlap, the one earlier
    in :data:`CUES` (the more specific) is kept.

    A cue's pattern is tried only when the lower-cased text holds one of the literal words that
    every match of it starts with (:func:`literal_starts`): most clauses hold none of them.
    """
    found: list[Cue] = []  # kept in text order, none overlapping
    for rank in sorted(_rows(text)):
        pattern, event_type, sub_type, strength, generic = CUES[rank]
        for match in pattern.finditer(text):
            at = bisect.bisect_left(found, match.start(), key=lambda c: c.start)
            if (at and found[at - 1].end > match.start()) or \
                    (at < len(found) and found[at].start < match.end()):
                continue
            found.insert(at, Cue(event_type, sub_type, strength, match.start(), match.end(),
                                 generic, rank))
    return tuple(found)


def literal_starts(pattern: str) -> tuple[str, ...] | None:
    """Lower-case literal text that every match of ``pattern`` starts with, one of them, or
    ``None`` when some alternative starts with no literal of three letters or more.

    Reads the top-level alternatives of the pattern, opening a leading non-capturing group and
    skipping a leading ``\\b`` or look-behind; an optional last letter is left out.
    """
    out: list[str] = []
    for alternative in _alternatives(pattern):
        while alternative.startswith(("\\b", "(?<!", "(?<=")):
            cut = 2 if alternative.startswith("\\b") else _group_end(alternative) + 1
            alternative = alternative[cut:]
        if alternative.startswith("(?:"):
            end = _group_end(alternative)
            inner = literal_starts(alternative[3:end])
            if inner is None or alternative[end + 1:end + 2] in ("?", "*"):
                return None
            out += inner
            continue
        literal = re.match(r"[a-z][a-z '-]*", alternative.lower())
        text = literal.group() if literal else ""
        if literal and alternative[literal.end():literal.end() + 1] in ("?", "*", "{"):
            text = text[:-1]
        if len(text) < 3:
            return None
        out.append(text)
    return tuple(out)


def _alternatives(pattern: str) -> list[str]:
    out, depth, current, i = [], 0, "", 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            current += pattern[i:i + 2]
            i += 2
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            out.append(current)
            current = ""
        else:
            current += char
        i += 1
    return [*out, current]


def _group_end(pattern: str) -> int:
    """The index of the parenthesis that closes the group opening ``pattern``."""
    depth, i = 0, 0
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
            continue
        depth += {"(": 1, ")": -1}.get(pattern[i], 0)
        if depth == 0:
            return i
        i += 1
    return len(pattern)


def _rows(text: str) -> set[int]:
    """The ranks of the cues whose literal starts the text holds (and of those that have none).

    Each word of the lower-cased text is looked up by its first three letters among the
    literals; a cue is possible where one of its literals starts at a word.
    """
    low = text.lower()
    rows = set(_ALWAYS)
    for word in _WORD.finditer(low):
        rows.update(rank for key, rank in _BY_HEAD.get(word.group()[:3], ())
                    if low.startswith(key, word.start()))
    return rows


_WORD = re.compile(r"\b[a-z]+")
_KEYS = tuple(literal_starts(row["pattern"]) for row in lang.table("event_cues"))
_ALWAYS = frozenset(rank for rank, keys in enumerate(_KEYS) if keys is None)
_BY_HEAD: dict[str, list[tuple[str, int]]] = {}  # by the first letters of a literal's first word
for _rank, _keys in enumerate(_KEYS):
    for _key in _keys or ():
        _BY_HEAD.setdefault(_WORD.match(_key).group()[:3], []).append((_key, _rank))  # type: ignore[union-attr]


def hypothetical(clause: str, before_cue: int) -> bool:
    """Whether the clause speaks of what may happen (before the cue words) or of what keeps
    happening ("again and again"), not of one event that did."""
    head = clause[max(0, before_cue - _REACH):before_cue]
    return bool(_HYPOTHETICAL.search(head)) or _habitual(clause) or \
        clause.lstrip().lower().startswith(("if ", "unless "))


@lru_cache(maxsize=4096)
def _habitual(clause: str) -> bool:
    return bool(_HABITUAL.search(clause))


def denied(clause: str, before_cue: int) -> bool:
    """Whether the cue is what someone denies ("denied hitting residential buildings") or what
    did not happen ("are not completely encircled", "was never captured")."""
    head = clause[max(0, before_cue - _REACH):before_cue]
    return bool(_DENIAL.search(head) or _NEGATED.search(head[-40:]))


def is_frame(text: str, start: int) -> bool:
    """Whether the place at ``start`` only frames a comparison ("since the fall of Bakhmut")."""
    return bool(_FRAME_BEFORE.search(text[max(0, start - 40):start]))


@lru_cache(maxsize=1024)
def clauses(sentence: str) -> tuple[tuple[int, int], ...]:
    """Spans of the sentence's clauses, split at semicolons, colons and contrasts."""
    spans, start = [], 0
    for match in _CLAUSE.finditer(sentence):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(sentence)))
    return tuple((a, b) for a, b in spans if sentence[a:b].strip())

"""Event mentions: the words of a document that report a happening, with what they say of it.

A trigger is an event cue (:mod:`geomap.events.cues`) in a clause that asserts it: not
hypothetical ("could fall", "plans to"), not habitual, not denied. Each trigger carries its ACLED
type and sub-type, refined by whom the violence was aimed at: a shooting, stabbing or attack
aimed at police, soldiers or a patrol is an armed clash ("pulled a handgun and shot at both
officers", "two officers were gunned down"), one by police or aimed at anyone else an attack on
civilians ("police fatally shot three men").
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from geomap import lang
from geomap.events.cues import Cue, clauses, denied, figurative, find_cues, hypothetical

AFTER = 60  # characters of text kept after a trigger
_ATTACK = ("Violence against civilians", "Attack")
_FRAME = re.compile(r"\b(?:during|amid|since|after|before|following|until)\s+(?:the\s+)?"
                    r"(?:\w+\s+)?$", re.IGNORECASE)
_CLASH = ("Battles", "Armed clash")
# A yardstick, not news: "the worst attack on the area since a hypermarket was hit last May"
_SUPERLATIVE = re.compile(r"\b(?:worst|deadliest|biggest|largest|heaviest|bloodiest|most "
                          r"\w+)\s+(?:\w+\s+)?$", re.IGNORECASE)
_YARDSTICK = re.compile(r"\b(?:since|in (?:years|decades)|ever)\b", re.IGNORECASE)
# Security forces as the target of violence: after the verb ("shot at both officers", "fired on a
# security patrol"), or before a passive one ("officers were gunned down").
_SECURITY = lang.pattern("security_forces")
_TARGET_AFTER = re.compile(
    rf"^\s+(?:at |on |upon |into )?(?:the |a |an |two |both |three |several |\d+ )?"
    rf"(?:(?!(?:at|in|on|near|outside|inside|with|from|of|said|says|told)\b)[\w-]+ ){{0,2}}"
    rf"{_SECURITY}\b",
    re.IGNORECASE)
_BY_SECURITY = re.compile(rf"\bby (?:a |an |the )?(?:\w+ ){{0,2}}{_SECURITY}\b", re.IGNORECASE)
_PASSIVE_VICTIM = re.compile(rf"\b{_SECURITY}\b[^,;]{{0,60}}\b(?:was|were|been|being)\s+"
                             rf"(?:\w+ly\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Trigger:
    """Words that report a happening.

    Parameters
    ----------
    sentence
        Index of the sentence in the document's sentence spans.
    start, end
        Offsets of the cue words in the document's text.
    clause_start, clause_end
        Offsets of the clause that asserts them.
    words
        The cue words as written.
    event_type, sub_event_type
        ACLED's vocabulary, after the target rule.
    strength
        How surely the words name the event, 0 to 1.
    generic
        Whether the words only say that something violent happened ("killed", "attack").
    rank
        The cue's place in :data:`~geomap.events.cues.CUES`: a lower rank is a more specific
        cue.
    framed
        Whether the words frame a time ("during the fighting of 2022", "since the attack").
    after
        The text right after the words, up to :data:`AFTER` characters within the sentence.
    """

    sentence: int
    start: int
    end: int
    clause_start: int
    clause_end: int
    words: str
    event_type: str
    sub_event_type: str
    strength: float
    generic: bool
    rank: int
    framed: bool = False
    after: str = ""


def find_triggers(text: str, spans: list[tuple[int, int]],
                  sentences: Collection[int] | None = None) -> list[Trigger]:
    """The triggers of a document, in text order.

    Parameters
    ----------
    text
        The document's text.
    spans
        Its sentences, from :func:`geomap.text.sentence_spans`.
    sentences
        Only the sentences of these indices are read (all when ``None``).
    """
    found: list[Trigger] = []
    for index, (start, end) in enumerate(spans):
        if sentences is not None and index not in sentences:
            continue
        for a, b, cue, event_type, sub_type in _sentence_triggers(text[start:end]):
            found.append(Trigger(index, start + a + cue.start, start + a + cue.end, start + a,
                                 start + b, text[start + a + cue.start:start + a + cue.end],
                                 event_type, sub_type, cue.strength, cue.generic, cue.rank,
                                 _framed(text, start + a + cue.start, start + a + cue.end,
                                         start, start + b),
                                 text[start + a + cue.end:min(end, start + a + cue.end + AFTER)]))
    return found


def _framed(text: str, start: int, end: int, clause_start: int, clause_end: int) -> bool:
    """Whether the cue words at ``start:end`` frame a time or measure a comparison ("during the
    fighting", "the worst attack since ...") rather than report the event."""
    before = max(clause_start, start - 30)
    return bool(_FRAME.search(text, before, start)) or (
        bool(_SUPERLATIVE.search(text, before, start))
        and bool(_YARDSTICK.search(text, end, clause_end)))


@lru_cache(maxsize=8192)
def _sentence_triggers(sentence: str) -> tuple[tuple[int, int, Cue, str, str], ...]:
    out = []
    for a, b in clauses(sentence):
        clause = sentence[a:b]
        for cue in find_cues(clause):
            if hypothetical(clause, cue.start) or denied(clause, cue.start) or \
                    figurative(clause, cue):
                continue
            event_type, sub_type = retype(clause, cue)
            out.append((a, b, cue, event_type, sub_type))
    return tuple(out)


def retype(clause: str, cue: Cue) -> tuple[str, str]:
    """The cue's type and sub-type, with violence aimed at security forces an armed clash."""
    if (cue.event_type, cue.sub_event_type) != _ATTACK:
        return cue.event_type, cue.sub_event_type
    after = clause[cue.end:cue.end + 60]
    before = clause[max(0, cue.start - 80):cue.start]
    if _BY_SECURITY.match(after.lstrip()) or _BY_SECURITY.search(after[:30]):
        return _ATTACK  # "shot by a state trooper": the security forces are the attackers
    if _TARGET_AFTER.match(after) or _PASSIVE_VICTIM.search(before):
        return _CLASH
    return _ATTACK

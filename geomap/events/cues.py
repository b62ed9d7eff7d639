"""What a clause reports, in ACLED's vocabulary: the event cues and the clauses that report none.

A cue is a word pattern with the ACLED event type and sub-event type it signals and a strength
(how surely the words name the event itself: "shelled" 0.9, "advancing" 0.6, "under threat of
encirclement" 0.4). Cues are tried in the order of ``lang/<code>/event_cues.tsv`` (English in
:data:`CUES`), most specific first ("shot down" before "drone", "recaptured" before
"fighting"), so that the first match names the sub-event.

A clause reports no event when it is hypothetical ("if", "could fall", "plans to") or a denial
("denied hitting"), and a place reports none when it only frames a comparison ("since the fall of
Bakhmut", "the biggest battle since Bakhmut").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache

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


class CueSet:
    """A language's cues and the words that take an event back, compiled once.

    Everything is read from ``lang/<code>/``: ``event_cues.tsv`` (the cues, most specific first),
    and the alternatives of ``hypothetical.re``, ``habitual.re``, ``figurative.re``,
    ``accidents.re``, ``denial.re``, ``negation.re``, ``unit_nouns.re``,
    ``comparison_frames.re`` and ``clause_breaks.re``, with ``conditional_openers.txt``.
    """

    def __init__(self, language: str) -> None:
        rows = lang.table("event_cues", language)
        self.language = language
        self.cues: tuple[tuple[re.Pattern[str], str, str, float, bool], ...] = tuple(
            (re.compile(rf"\b(?:{row['pattern']}){_CUE_END}", re.IGNORECASE), row["event_type"],
             row["sub_event_type"], float(row["strength"]), row["generic"] == "yes")
            for row in rows)
        self.hypothetical = re.compile(rf"\b{lang.pattern('hypothetical', language)}\b",
                                       re.IGNORECASE)
        self.habitual = re.compile(rf"\b{lang.pattern('habitual', language)}\b", re.IGNORECASE)
        self.figurative = re.compile(lang.pattern("figurative", language), re.IGNORECASE)
        self.accident = re.compile(rf"\b{lang.pattern('accidents', language)}\b", re.IGNORECASE)
        self.denial = re.compile(rf"\b{lang.pattern('denial', language)}\b", re.IGNORECASE)
        self.negated = re.compile(rf"\b{lang.pattern('negation', language)}{GAP}"
                                  rf"(?:\w+\s+){{0,2}}$", re.IGNORECASE)
        self.unit_after = re.compile(rf"\s+{lang.pattern('unit_nouns', language)}\b",
                                     re.IGNORECASE)
        self.frame_before = re.compile(
            rf"\b{lang.pattern('comparison_frames', language)}{GAP}$", re.IGNORECASE)
        self.clause = re.compile(lang.pattern("clause_breaks", language))
        self.openers = tuple(f"{word} " for word in lang.words("conditional_openers", language))
        keys = tuple(literal_starts(row["pattern"]) for row in rows)
        self.always = frozenset(rank for rank, found in enumerate(keys) if found is None)
        self.ranks, self.literals = _literal_scan(keys)
        """For each literal, the cues to try where it starts a word: those of every literal it
        begins with (the scan finds the longest literal at a position, "shot down" and not
        "shot"); and where a cue's literal starts a word of the lower-cased text, the longest
        such one."""
        # any_cue asks only whether some cue matches: it may start from looser literals
        loose = tuple(literal_starts(row["pattern"], loose=True) if found is None else found
                      for row, found in zip(rows, keys, strict=True))
        self.loose_always = frozenset(rank for rank, found in enumerate(loose) if found is None)
        self.loose_ranks, self.loose_literals = _literal_scan(loose)


def _literal_scan(keys: tuple[tuple[str, ...] | None, ...]
                  ) -> tuple[dict[str, tuple[int, ...]], re.Pattern[str]]:
    """For each literal of ``keys`` (each cue's, by rank), the ranks of the cues with a literal
    it begins with; and the scan for the longest literal where one starts a word."""
    ranks: dict[str, tuple[int, ...]] = {}
    for literal in {key for found in keys for key in found or ()}:
        ranks[literal] = tuple(sorted({rank for rank, found in enumerate(keys) if any(
            literal.startswith(key) for key in found or ())}))
    return ranks, re.compile(rf"\b(?=({_trie_pattern(sorted(ranks))}))")


@cache
def cue_set(language: str = lang.DEFAULT_LANGUAGE) -> CueSet:
    """The compiled cues of ``language`` (English for a language without its own)."""
    return CueSet(lang.event_language(language))


_REACH = 200  # characters before a cue that can make it hypothetical or denied
GAP = r"(?:\s+|(?<=['’]))"
"""What ends a word before a cue or a place: spaces, or an elided word's apostrophe ("n'",
"d'")."""


# a cue's words end at a word's end, not before a hyphen ("drone-maker") but a model's letter or
# number ("Iskander-M", "«Іскандером-М»", "Shahed-136")
_CUE_END = r"(?!\w|-(?![A-ZА-ЯЁІЇЄҐ\d]{1,3}(?![\w-])))"


@lru_cache(maxsize=8192)
def find_cues(text: str, language: str = lang.DEFAULT_LANGUAGE) -> tuple[Cue, ...]:
    """Every cue in ``text``, in text order; where the words of two cues overlap, the one earlier
    in :data:`CUES` (the more specific) is kept.

    Every match of a cue starts with one of its literal words (:func:`literal_starts`), so a cue
    is tried only where one of them starts a word, found by one scan of the lower-cased text
    (:data:`_LITERALS`); a cue without such literals is searched for in the whole text.
    """
    cues = cue_set(language)
    low = text.lower()
    hits: list[tuple[int, int, int]] = []  # rank, start, end
    if len(low) == len(text):  # lower-casing kept every offset
        for word in cues.literals.finditer(low):
            for rank in cues.ranks[word.group(1)]:
                match = cues.cues[rank][0].match(text, word.start())
                if match:
                    hits.append((rank, match.start(), match.end()))
        scanned: frozenset[int] = cues.always
    else:
        scanned = frozenset(range(len(cues.cues)))
    for rank in scanned:
        hits += [(rank, m.start(), m.end()) for m in cues.cues[rank][0].finditer(text)]
    found: list[Cue] = []  # kept in text order, none overlapping
    for rank, start, end in sorted(hits):
        if cues.unit_after.match(text, end):  # "the homicide squad", "riot gear"
            continue
        at = bisect.bisect_left(found, start, key=lambda c: c.start)
        if (at and found[at - 1].end > start) or (at < len(found) and found[at].start < end):
            continue
        _, event_type, sub_type, strength, generic = cues.cues[rank]
        found.insert(at, Cue(event_type, sub_type, strength, start, end, generic, rank))
    return tuple(found)


def any_cue(text: str, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether ``text`` holds a cue at all: a quick test before a document is read closely."""
    cues = cue_set(language)
    low = text.lower()
    if len(low) != len(text):
        return bool(find_cues(text, language))
    if _FOLDED_APART.search(low):  # a letter lower-casing does not bring to the one it matches
        ranks, literals, always = cues.ranks, cues.literals, cues.always
    else:
        ranks, literals, always = cues.loose_ranks, cues.loose_literals, cues.loose_always
    return any(cues.cues[rank][0].match(text, word.start())
               for word in literals.finditer(low) for rank in ranks[word.group(1)]) or \
        any(cues.cues[rank][0].search(text) for rank in always)


_FOLDED_APART = re.compile("[\u0131\u017f\u1c80-\u1c88\ua64b]")
"""Letters that a pattern matching case-insensitively takes for another letter that lower-casing
does not turn them into: dotless "ı" (i), long "ſ" (s), and the old forms of Cyrillic letters
(в, д, о, с, т, ъ, ѣ, ꙋ); a text with one is scanned for the strict literals only."""


def literal_starts(pattern: str, *, loose: bool = False) -> tuple[str, ...] | None:
    """Lower-case literal text that every match of ``pattern`` starts with, one of them, or
    ``None`` when some alternative starts with no literal of three letters or more.

    Reads the top-level alternatives of the pattern, opening a leading non-capturing group and
    skipping a leading ``\\b`` or look-behind; an optional last letter is left out. With
    ``loose``, a leading group with inline flags (``(?-i:march)``) is opened too, and one that is
    optional (``(?:guided )?air``) adds the literals of what follows it.
    """
    out: list[str] = []
    for alternative in _alternatives(pattern):
        while alternative.startswith(("\\b", "(?<!", "(?<=")):
            cut = 2 if alternative.startswith("\\b") else _group_end(alternative) + 1
            alternative = alternative[cut:]
        opened = _FLAGS_GROUP.match(alternative) if loose else None
        if alternative.startswith("(?:") or opened:
            end = _group_end(alternative)
            inner = literal_starts(alternative[opened.end() if opened else 3:end], loose=loose)
            after = alternative[end + 1:end + 2]
            rest = alternative[end + 2:].removeprefix("?")  # a lazy "??" or "*?"
            if inner is not None and loose and after in ("?", "*") and rest:
                following = literal_starts(rest, loose=True)
                inner = None if following is None else (*inner, *following)
            elif after in ("?", "*"):
                return None
            if inner is None:
                return None
            out += inner
            continue
        literal = _LITERAL.match(alternative.lower())
        text = literal.group() if literal else ""
        if literal and alternative[literal.end():literal.end() + 1] in ("?", "*", "{"):
            text = text[:-1]
        if len(text) < 3:
            return None
        out.append(text)
    return tuple(out)


_FLAGS_GROUP = re.compile(r"\(\?[a-zA-Z]*-?[a-zA-Z]*:")
"""The opening of a group with inline flags, ``(?-i:``, or a non-capturing one, ``(?:``."""
_LITERAL = re.compile(r"[^\W\d_](?:[^\W\d_]|[ '-])*")
"""Literal text at the start of a pattern: letters of any script, spaces, apostrophes, hyphens."""


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


def _trie_pattern(literals: list[str]) -> str:
    """One regular expression that matches the longest of ``literals`` at a position, its
    alternatives sharing their prefixes (a scan of it is many times faster than a flat list)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for literal in literals:
        node = trie
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [re.escape(char) + emit(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else \
            "(?:" + "|".join(branches) + ")"
        return body + ("?" if "" in node else "")

    return emit(trie)


def hypothetical(clause: str, before_cue: int, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether the clause speaks of what may happen (before the cue words) or of what keeps
    happening ("again and again", in the cue's part of the clause), not of one event that
    did."""
    cues = cue_set(language)
    head = clause[max(0, before_cue - _REACH):before_cue]
    return bool(cues.hypothetical.search(head)) or any(
        at < before_cue or "," not in clause[before_cue:at]
        for at in _habitual(clause, language)) or \
        clause.lstrip().lower().startswith(cues.openers)


def keeps_happening(sentence: str, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether the sentence holds words of what keeps happening or of a count so far ("more
    than 10,000 people had been killed in the Middle Belt since 2023")."""
    return bool(_habitual(sentence, language))


@lru_cache(maxsize=4096)
def _habitual(clause: str, language: str) -> tuple[int, ...]:
    """Where the clause's words of what keeps happening start; those after a comma that follows
    the cue speak of another part ("killed two people on Monday, ..., the latest in near-daily
    attacks")."""
    return tuple(match.start() for match in cue_set(language).habitual.finditer(clause))


@lru_cache(maxsize=4096)
def accidental(sentence: str, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether the sentence tells of an accident or a disaster ("when a fire broke out", "a
    bus collided with a truck"): its generic words of killing report no event."""
    return bool(cue_set(language).accident.search(sentence))


def denied(clause: str, before_cue: int, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether the cue is what someone denies ("denied hitting residential buildings") or what
    did not happen ("are not completely encircled", "was never captured")."""
    cues = cue_set(language)
    head = clause[max(0, before_cue - _REACH):before_cue]
    return bool(cues.denial.search(head) or cues.negated.search(head[-40:]))


def disputed(sentence: str, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether a sentence tells a claim that someone denies ("ISWAP said its fighters had
    killed more than twenty soldiers, a claim the army dismissed as propaganda"): a word of
    denial (``denial.re``) anywhere in it."""
    return cue_set(language).denial.search(sentence) is not None


def figurative(clause: str, cue: Cue, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether the cue words belong to a phrase that reports no event: "the Yanacocha mine",
    "lost the battle to keep the case", "a bus terminal surrounded by shops"."""
    pattern, end = cue_set(language).figurative, cue.end + 40
    for start in _TOKEN_START.finditer(clause, max(0, cue.start - 40), cue.end):
        match = pattern.match(clause, start.start(), end)  # a phrase starts where a word does
        # a phrase inside the cue's words is a part of it ("protesters were shot dead by riot
        # police", "Riot police fired tear gas"): it cancels the cue only where it begins before
        # the cue's start or reaches its end
        if match is not None and match.end() > cue.start and (
                start.start() < cue.start or match.end() >= cue.end):
            return True
    return False


_TOKEN_START = re.compile(r"\b\w|[^\w\s]")
"""Where a figurative phrase may start: a word, or a mark such as a quote ("chanting 'death
to ...'"). Trying the phrases only there, and only before the cue ends, is several times faster
than scanning every offset around the cue."""


def is_frame(text: str, start: int, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether the place at ``start`` only frames a comparison ("since the fall of Bakhmut")."""
    return bool(cue_set(language).frame_before.search(text[max(0, start - 40):start]))


@lru_cache(maxsize=1024)
def clauses(sentence: str, language: str = lang.DEFAULT_LANGUAGE) -> tuple[tuple[int, int], ...]:
    """Spans of the sentence's clauses, split at semicolons, colons and contrasts."""
    spans, start = [], 0
    for match in cue_set(language).clause.finditer(sentence):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(sentence)))
    return tuple((a, b) for a, b in spans if sentence[a:b].strip())


CUES = cue_set().cues
"""The English cues (``lang/en/event_cues.tsv``): pattern, event type, sub-event type,
strength and whether the cue is generic (says that something violent happened, not what)."""

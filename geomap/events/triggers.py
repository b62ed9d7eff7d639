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
from functools import cache, lru_cache

from geomap import lang
from geomap.events.cues import (
    GAP,
    Cue,
    accidental,
    clauses,
    denied,
    figurative,
    find_cues,
    hypothetical,
)
from geomap.events.fatalities import fatalities

AFTER = 60  # characters of text kept after a trigger
_ATTACK = ("Violence against civilians", "Attack")
_CLASH = ("Battles", "Armed clash")
_RIOT = ("Riots", "Violent demonstration")
_INTERVENTION = ("Protests", "Protest with intervention")
_EXCESSIVE = ("Protests", "Excessive force against protesters")


@cache
def _crowd_before(language: str) -> re.Pattern[str]:
    """A crowd of protesters or rioters (``crowd_actors.tsv``) shortly before a cue."""
    crowds = [row["word"] for row in lang.table("crowd_actors", lang.event_language(language))
              if row["actor"] in ("Protesters", "Rioters")]
    return re.compile(r"\b(?:" + "|".join(re.escape(word) for word in crowds) + r")\b",
                      re.IGNORECASE) if crowds else lang.NEVER


@cache
def _mob_before(language: str) -> re.Pattern[str]:
    """A crowd whose fighting is mob violence, not a clash of armed forces (``mob_crowds.txt``:
    football fans, hooligans) shortly before a cue."""
    code = lang.event_language(language)
    if code not in lang.languages_with("mob_crowds.txt"):
        return lang.NEVER
    return re.compile(rf"\b{lang.alternation('mob_crowds', code)}\b", re.IGNORECASE)


_MOB = ("Riots", "Mob violence")
_LOOTING = ("Strategic developments", "Looting/property destruction")


class _Grammar:
    """A language's words around a cue that frame a time or aim the violence, compiled once from
    ``lang/<code>/``: ``time_frames.re`` ("during the", "since"), ``superlatives.re`` (and
    ``superlatives_after.re`` where a language puts them after the noun: "le bombardement le
    plus violent") and ``yardsticks.re`` ("the worst attack since ..."), and, where the
    language has them, the patterns of violence aimed at security forces:
    ``security_forces.re`` within ``target_after.re`` ("shot at both officers"),
    ``by_security.re`` ("shot by a trooper") and ``security_victim.re`` ("officers were gunned
    down"), each with ``{SECURITY}`` for the forces, ``armed_victims.re``, the armed people whose
    killing is a clash too ("killed eleven gang members"), and ``civilian_target.re``, an attack
    aimed at civilians ("an attack on a village")."""

    def __init__(self, language: str) -> None:
        self.frame = re.compile(rf"\b{lang.pattern('time_frames', language)}{GAP}"
                                rf"(?:\w+\s+)?$", re.IGNORECASE)
        self.superlative = re.compile(rf"\b{lang.pattern('superlatives', language)}{GAP}"
                                      rf"(?:\w+\s+)?$", re.IGNORECASE)
        self.superlative_after = _optional(lang.optional_pattern("superlatives_after", language),
                                           r"\s+{}\b")
        self.yardstick = re.compile(rf"\b{lang.pattern('yardsticks', language)}\b", re.IGNORECASE)
        security = lang.pattern("security_forces", language)

        def aimed(pattern: str) -> re.Pattern[str]:
            return re.compile(pattern.replace("{SECURITY}", security), re.IGNORECASE)

        self.target_after = aimed(lang.pattern("target_after", language))
        self.by_security = aimed(lang.pattern("by_security", language))
        self.passive_victim = aimed(lang.pattern("security_victim", language))
        self.civilian_target = _optional(lang.optional_pattern("civilian_target", language))
        self.armed_after = _optional(lang.optional_pattern("armed_victims", language),
                                     r"^\s+(?:\S+\s+){{0,3}}?(?:{})\b")


def _optional(alternatives: str | None, frame: str = "{}") -> re.Pattern[str]:
    """A language's optional alternatives (:func:`geomap.lang.optional_pattern`) put in
    ``frame`` and compiled to match case-insensitively; one that matches nothing where the
    language has none."""
    if alternatives is None:
        return lang.NEVER
    return re.compile(frame.format(alternatives), re.IGNORECASE)


@cache
def _grammar(language: str) -> _Grammar:
    return _Grammar(lang.event_language(language))


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
    tolled
        Whether generic words give a toll in their clause, in a sentence without specific
        words: "a series of attacks left 130 people dead throughout Paris" names a happening
        where it places it.
    antecedent
        The sentence of the happening that generic words at the start of their sentence refer
        back to, whose type they take ("Gunmen opened fire at a party in central Mexico. The
        attack took place at a hacienda in Salvatierra"); ``None`` for words of their own.
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
    tolled: bool = False
    antecedent: int | None = None


def find_triggers(text: str, spans: list[tuple[int, int]],
                  sentences: Collection[int] | None = None,
                  language: str = lang.DEFAULT_LANGUAGE) -> list[Trigger]:
    """The triggers of a document, in text order.

    Parameters
    ----------
    text
        The document's text.
    spans
        Its sentences, from :func:`geomap.text.sentence_spans`.
    sentences
        Only the sentences of these indices are read (all when ``None``).
    language
        The document's language (ISO 639-1): whose cues are read.
    """
    found: list[Trigger] = []
    for index, (start, end) in enumerate(spans):
        if sentences is not None and index not in sentences:
            continue
        sentence = _sentence_triggers(text[start:end], language)
        tolls = all(cue.generic for _, _, cue, _, _ in sentence)
        for a, b, cue, event_type, sub_type in sentence:
            found.append(Trigger(index, start + a + cue.start, start + a + cue.end, start + a,
                                 start + b, text[start + a + cue.start:start + a + cue.end],
                                 event_type, sub_type, cue.strength, cue.generic, cue.rank,
                                 _framed(text, start + a + cue.start, start + a + cue.end,
                                         start, start + b, language),
                                 text[start + a + cue.end:min(end, start + a + cue.end + AFTER)],
                                 tolls and (fatalities(text[start + a:start + b], language)
                                            or 0) > 0))
    return found


_FRAME_REACH = 45
"""Characters before a cue that its frame takes ("despite a joint Congolese-Ugandan
offensive")."""


def _framed(text: str, start: int, end: int, clause_start: int, clause_end: int,
            language: str) -> bool:
    """Whether the cue words at ``start:end`` frame a time or measure a comparison ("during the
    fighting", "the worst attack since ...") rather than report the event."""
    grammar = _grammar(language)
    return bool(grammar.frame.search(text, max(clause_start, start - _FRAME_REACH), start)) or \
        _compared(text, start, end, clause_start, clause_end, language)


def compares(text: str, trigger: Trigger, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether a trigger's words only measure a comparison ("the deadliest attack on the city
    since the start of the year"): they report no happening, not even in their own clause.

    Parameters
    ----------
    text
        The document's text.
    trigger
        One of its triggers.
    language
        Its language (ISO 639-1): whose superlatives and yardsticks are read.
    """
    return trigger.framed and _compared(text, trigger.start, trigger.end, trigger.clause_start,
                                        trigger.clause_end, language)


def _compared(text: str, start: int, end: int, clause_start: int, clause_end: int,
              language: str) -> bool:
    grammar = _grammar(language)
    return bool(grammar.superlative.search(text, max(clause_start, start - 30), start)
                or grammar.superlative_after.match(text, end, clause_end)) \
        and bool(grammar.yardstick.search(text, end, clause_end))


@lru_cache(maxsize=8192)
def _sentence_triggers(sentence: str, language: str) -> tuple[tuple[int, int, Cue, str, str], ...]:
    out = []
    apposed = _apposed_past(sentence, language)
    for a, b in clauses(sentence, language):
        clause = sentence[a:b]
        for cue in find_cues(clause, language):
            if hypothetical(clause, cue.start, language) or denied(clause, cue.start, language) \
                    or figurative(clause, cue, language) or (
                        cue.generic and accidental(sentence, language)) or (
                        apposed and apposed.start("past") <= a + cue.start < apposed.end("past")):
                continue
            event_type, sub_type = retype(clause, cue, language)
            out.append((a, b, cue, event_type, sub_type))
    if any(sub_type == _INTERVENTION[1] for *_, sub_type in out):
        # "police fired rubber bullets and tear gas at students ..., and one student was
        # killed": a death where forces break up a protest is their excessive force; "police
        # fired tear gas, injuring 12 people": the wounds of a protest broken up without deaths
        # are its intervention, no attack of their own
        forces = _EXCESSIVE if (fatalities(sentence, language) or 0) > 0 else _INTERVENTION
        out = [(a, b, cue, *forces) if cue.generic and (event_type, sub_type) == _ATTACK
               else (a, b, cue, event_type, sub_type) for a, b, cue, event_type, sub_type in out]
    return tuple(out)


_APPOSED_PAST = re.compile(
    r"\W*[A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]+(?:[ -][A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]+)?, "
    r"(?P<past>[^,;:—–]*?\b(?:19|20)\d\d\b[^,;:—–]*), ")
"""A place that opens its sentence, then between commas what befell it in a year named
("Balakliia, liberated in September 2022, remains a frequent target"): its past, told to
describe it, not a happening the article reports."""


def _apposed_past(sentence: str, language: str) -> re.Match[str] | None:
    """The :data:`_APPOSED_PAST` of a sentence that opens with a place's name, not with a
    preposition before it ("In Yekaterinburg, police on Tuesday dispersed ... mobilised in
    2022, detaining 14": the clause after the place is the happening itself)."""
    apposed = _APPOSED_PAST.match(sentence)
    if apposed is None:
        return None
    first = _FIRST_WORD.match(sentence)
    opener = first.group(1).casefold() if first else ""
    return None if opener in lang.word_set("function_words", language) else apposed


_FIRST_WORD = re.compile(r"\W*([\w'’ʼ-]+)")


def _overtaken(clause: str, cue: Cue, language: str) -> bool:
    """Whether an armed clash's words take ground for a non-state armed group
    (``territory_takers.tsv``): "M23 rebels captured Goma", "the town fell to the jihadists"."""
    found = _takers(language)
    if found is None:
        return False
    capture, fell, actor, state = found
    words = clause[cue.start:cue.end]
    if fell.fullmatch(words):
        return bool(actor.search(clause, cue.end, cue.end + _TAKER_REACH))
    if not capture.fullmatch(words):
        return False
    start = max(0, cue.start - _TAKER_REACH)
    takers = [m.end() for m in actor.finditer(clause, start, cue.start)]
    forces = [m.end() for m in state.finditer(clause, start, cue.start)]
    return bool(takers) and max(takers) > max(forces, default=-1)


_TAKER_REACH = 80  # characters before a capture (after "fell to") where its taker is named
_OVERTAKES = ("Battles", "Non-state actor overtakes territory")


@cache
def _takers(language: str) -> tuple[re.Pattern[str], ...] | None:
    """The language's capture words, "fell to", non-state actors (with ``armed_groups.txt``)
    and state forces (with ``security_forces.re``), compiled; ``None`` without the file."""
    code = lang.event_language(language)
    if code not in lang.languages_with("territory_takers.tsv"):
        return None
    named = lang.patterns("territory_takers", code)
    groups = lang.alternation("armed_groups", code)
    security = lang.pattern("security_forces", code)
    return (named["capture"], named["fell"],
            re.compile(rf"{named['actor'].pattern}|\b{groups}\b", re.IGNORECASE),
            re.compile(rf"{named['state'].pattern}|\b{security}\b", re.IGNORECASE))


def retype(clause: str, cue: Cue, language: str = lang.DEFAULT_LANGUAGE) -> tuple[str, str]:
    """The cue's type and sub-type, with violence aimed at security forces an armed clash, an
    assault by a crowd of protesters or rioters a violent demonstration ("protesters who
    stormed parliament"), looting by a crowd mob violence ("crowds looted two warehouses"),
    and ground taken by a non-state armed group its overtaking of territory ("M23 rebels
    captured Goma")."""
    if (cue.event_type, cue.sub_event_type) == _CLASH:
        if _crowd_before(language).search(clause, max(0, cue.start - 30), cue.start):
            return _RIOT
        if _mob_before(language).search(clause, max(0, cue.start - 50), cue.start):
            return _MOB  # "fans of two clubs fought each other with flares"
        if _grammar(language).civilian_target.match(clause, cue.start):
            return _ATTACK  # "an attack on a village near Maiduguri": no clash, one side armed
        if _overtaken(clause, cue, language):
            return _OVERTAKES
    if (cue.event_type, cue.sub_event_type) == _LOOTING and (
            _mob_before(language).search(clause, max(0, cue.start - 30), cue.start)
            or _crowd_before(language).search(clause, max(0, cue.start - 30), cue.start)):
        return _MOB  # "crowds looted two warehouses of food aid"
    if (cue.event_type, cue.sub_event_type) != _ATTACK:
        return cue.event_type, cue.sub_event_type
    grammar = _grammar(language)
    after = clause[cue.end:cue.end + 60]
    before = clause[max(0, cue.start - 80):cue.start]
    if grammar.by_security.match(after.lstrip()) or grammar.by_security.search(after[:30]):
        return _ATTACK  # "shot by a state trooper": the security forces are the attackers
    if grammar.target_after.match(after) or grammar.armed_after.match(after) \
            or grammar.passive_victim.search(before):
        return _CLASH  # "shot at both officers", "Police killed eleven gang members"
    return _ATTACK

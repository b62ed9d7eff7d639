"""What a clause reports, in ACLED's vocabulary: the event cues and the clauses that report none.

A cue is a word pattern with the ACLED event type and sub-event type it signals and a strength
(how surely the words name the event itself: "shelled" 0.9, "advancing" 0.6, "under threat of
encirclement" 0.4). Cues are tried in the order of :data:`CUES`, most specific first ("shot down"
before "drone", "recaptured" before "fighting"), so that the first match names the sub-event.

A clause reports no event when it is hypothetical ("if", "could fall", "plans to") or a denial
("denied hitting"), and a place reports none when it only frames a comparison ("since the fall of
Bakhmut", "the biggest battle since Bakhmut").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


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
    """

    event_type: str
    sub_event_type: str
    strength: float
    start: int
    end: int


_E, _B, _V = "Explosions/Remote violence", "Battles", "Violence against civilians"
_P, _R, _S = "Protests", "Riots", "Strategic developments"

_TABLE: tuple[tuple[str, str, str, float], ...] = (
    (r"shot down|shoots? down|intercept(?:ed|s)?|downed|air defen[cs]es? (?:destroyed|repelled)"
     r"|neutrali[sz]ed \d+ drones", _S, "Disrupted weapons use", 0.8),
    (r"(?:police|security forces|troops) (?:dispersed|broke up|used tear gas|fired tear gas|"
     r"used water cannon)|dispersed (?:a|the)? ?(?:peaceful )?(?:protest|rally|sit-in|march)",
     _P, "Protest with intervention", 0.8),
    (r"riot(?:s|ers|ed|ing)?\b|threw (?:stones|rocks|fireworks|petrol bombs|molotov)|"
     r"set fire to (?:cars|police)|clash(?:ed|es)? with (?:riot )?police", _R,
     "Violent demonstration", 0.8),
    (r"\bmob\b|lynch(?:ed|ing)", _R, "Mob violence", 0.7),
    (r"protest(?:s|ers|ed|ing)?|demonstrat(?:ion|ions|ors|ed)|rall(?:y|ies|ied)|"
     r"marched|sit-in|took to the streets", _P, "Peaceful protest", 0.8),
    (r"suicide (?:bomb(?:er|ing)?|attack)", _E, "Suicide bomb", 0.9),
    (r"air ?strikes?|airstrikes?|air raids?|drone (?:strike|attack)s?|glide bombs?|"
     r"guided bombs?|(?:aircraft|warplanes?|jets?|helicopters?) (?:bombed|struck|hit|fired)|"
     r"bombed|drones? (?:hit|struck|attacked|slammed|crashed)|shaheds?|kamikaze drones?",
     _E, "Air/drone strike", 0.9),
    (r"shell(?:ed|ing|s)?\b|artillery|missiles?|rockets?|mortars?|ballistic|multiple rocket"
     r"|grad\b|iskander|cruise missile", _E, "Shelling/artillery/missile attack", 0.9),
    (r"(?:came|come|comes|was|were) under (?:heavy |intense )?fire", _E,
     "Shelling/artillery/missile attack", 0.6),
    (r"landmines?|anti-(?:tank|personnel) mines?|\bmines?\b|\bIEDs?\b|roadside bombs?|"
     r"car bombs?|explosive devices?|booby.?trap", _E, "Remote explosive/landmine/IED", 0.9),
    (r"explosions?|exploded|blasts?|detonat(?:ed|ion)", _E, "Remote explosive/landmine/IED", 0.5),
    (r"recaptur(?:e|ed|ing)|retook|retaken|regain(?:ed)? control|liberat(?:e|ed|ing)",
     _B, "Government regains territory", 0.8),
    (r"massacre[sd]?|executed|shot dead (?:\w+ )?civilians|killed (?:\w+ )?civilians in|"
     r"attacked civilians", _V, "Attack", 0.8),
    (r"abduct(?:ed|ion)|kidnapp(?:ed|ing)", _V, "Abduction/forced disappearance", 0.8),
    (r"(?:agreement|ceasefire deal|truce|peace deal|accord) (?:was )?(?:signed|reached|agreed)|"
     r"signed (?:an?|the) (?:agreement|deal|accord|ceasefire)|prisoner (?:exchange|swap)",
     _S, "Agreement", 0.8),
    (r"arrest(?:s|ed)?|detain(?:ed|s)?|taken into custody", _S, "Arrests", 0.8),
    (r"(?:set up|established|opened) (?:a |an |the )?(?:new )?(?:forward )?(?:command )?"
     r"(?:base|headquarters|command post|outpost)", _S, "Headquarters or base established", 0.8),
    (r"took over|handed over|withdr(?:ew|awn|awal)|pulled out|retreat(?:ed)?|vacat(?:ed|e)",
     _S, "Non-violent transfer of territory", 0.6),
    (r"under threat of (?:encirclement|capture|attack)|threat of encirclement", _B,
     "Armed clash", 0.4),
    (r"fight(?:ing|s)?|fought|battles?|clash(?:es|ed)?|firefights?|assaults?|offensives?|"
     r"attack(?:s|ed|ing)? (?:on|by)|stormed|storming|advanc(?:e|es|ed|ing)|closing in|"
     r"encircle(?:d|ment)?|surrounded|captur(?:e|ed|ing)|seized|took control|taken control|"
     r"(?:had )?taken\b|fell to", _B, "Armed clash", 0.7),
    (r"drones?\b", _E, "Air/drone strike", 0.5),
    (r"deploy(?:ed|ing|s|ment)|reinforcements?|troop build-?up", _S, "Other", 0.5),
    (r"looted|looting|burned down|torched", _S, "Looting/property destruction", 0.5),
)

CUES: tuple[tuple[re.Pattern[str], str, str, float], ...] = tuple(
    (re.compile(rf"\b(?:{pattern})(?![\w-])", re.IGNORECASE), etype, sub, strength)
    for pattern, etype, sub, strength in _TABLE
)

_HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|could|would|might|should|may|plans? to|planning to|threaten(?:s|ed)? to|"
    r"intends? to|aims? to|wants? to|seeks? to|expected to|likely to|will|(?:is|are) to|must|"
    r"time to|(?:is|are) due to)\b", re.IGNORECASE)
_HABITUAL = re.compile(r"\b(?:again and again|repeatedly|regularly|routinely|every (?:day|night|"
                       r"week)|daily|frequently|often|has become|have become)\b", re.IGNORECASE)
_DENIAL = re.compile(r"\b(?:denie[sd]|deny|denying|rejected|refuted|dismissed)\b", re.IGNORECASE)
_FRAME_BEFORE = re.compile(
    r"(?:\bsince|\blike|\bunlike|\bthan|\bcompared (?:with|to)|\bas in|\breminiscent of|"
    r"\bformerly (?:known as|called)|\bpreviously (?:known as|called)|\bonce (?:known as|called)|"
    r"\brenamed from|\bthen called|\b(?:still |now )?calls?|\bknown as)"
    r"(?: the (?:fall|battle|capture|siege|loss|liberation|destruction) of| the| in)?\s+$",
    re.IGNORECASE)
_ANY_CUE = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, *_ in CUES), re.IGNORECASE)
_CLAUSE = re.compile(r"[;:]|,\s+(?:but|while|whereas|although|though)\b")


@lru_cache(maxsize=8192)
def find_cue(text: str) -> Cue | None:
    """The first cue of :data:`CUES` found in ``text``, or ``None``.

    One scan with all the cues together rules out most clauses (which hold none) before the cues
    are tried one by one, in their order of precedence.
    """
    if not _ANY_CUE.search(text):
        return None
    for pattern, event_type, sub_type, strength in CUES:
        match = pattern.search(text)
        if match:
            return Cue(event_type, sub_type, strength, match.start(), match.end())
    return None


def hypothetical(clause: str, before_cue: int) -> bool:
    """Whether the clause speaks of what may happen (before the cue words) or of what keeps
    happening ("again and again"), not of one event that did."""
    head = clause[:before_cue]
    return bool(_HYPOTHETICAL.search(head) or _HABITUAL.search(clause)) or \
        clause.lstrip().lower().startswith(("if ", "unless "))


def denied(clause: str, before_cue: int) -> bool:
    """Whether the cue is what someone denies ("denied hitting residential buildings")."""
    return bool(_DENIAL.search(clause[:before_cue]))


def is_frame(text: str, start: int) -> bool:
    """Whether the place at ``start`` only frames a comparison ("since the fall of Bakhmut")."""
    return bool(_FRAME_BEFORE.search(text[max(0, start - 40):start]))


def clauses(sentence: str) -> list[tuple[int, int]]:
    """Spans of the sentence's clauses, split at semicolons, colons and contrasts."""
    spans, start = [], 0
    for match in _CLAUSE.finditer(sentence):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(sentence)))
    return [(a, b) for a, b in spans if sentence[a:b].strip()]

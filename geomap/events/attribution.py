"""Who reports an event, who took part, and how many were killed, read from the sentence.

- **Sources**: in-text attributions as written: "UNIAN reported", "The Wall Street Journal
  reports", "according to one officer", "Kharkiv governor Oleh Syniehubov said", "said the
  ministry", "Moscow claimed".
- **Actors**: "Russian troops", "a Russian missile" -> ``Russian forces``; "the Ukrainian military"
  -> ``Ukrainian military``; "the 68th Brigade"; protesters, rioters, police; named armed groups
  from a short list.

Fatalities are counted by :mod:`geomap.events.fatalities`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geomap import lang

_VERBS = lang.alternation("saying_verbs")
# A subject of up to seven words ending at the verb: "Kharkiv governor Oleh Syniehubov said".
_SUBJECT_VERB = re.compile(
    rf"(?<![\w'’.-])(?P<src>(?:[Tt]he |[Aa]n? |[Oo]ne )?(?:[A-Z][\w.&'’-]*|[a-z][\w-]*)"
    rf"(?: (?:[A-Z][\w.&'’-]*|"
    rf"\d+(?:st|nd|rd|th)|of|for|from|at|in|the|regional|local|military|[a-z]*(?:man|woman|person|officer|official|"
    rf"spokesperson|governor|ministry|agency|authorities|police|army|council|service|"
    rf"administration|command|staff|office|department|prosecutor|mayor|chief|commander|"
    rf"source|witness|resident|doctor|medic)s?)){{0,6}})"
    rf" {_VERBS}\b")
_ACCORDING = re.compile(r"\baccording to (?P<src>[^,.;:\"“”]{2,80})")
_VERB_SUBJECT = re.compile(
    rf"\b{_VERBS} (?P<src>(?:the |an? )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){{0,5}})")
_HINT = re.compile(rf"\b{_VERBS}\b|\baccording to ")
_NOT_SOURCES = lang.word_set("not_sources")

_DEMONYM_FORCES = re.compile(
    r"\b(?P<who>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?:armed )?(?P<what>forces|troops|soldiers|army|"
    r"military|units?|missiles?|drones?|artillery|aircraft|jets|warplanes|air strikes?|"
    r"strikes?|shelling|tanks?|police|navy|air force|fighters|marines|positions|defenders|"
    r"defen[cs]es)\b")
_BRIGADE = re.compile(r"\b(?:the )?(?P<unit>\d+(?:st|nd|rd|th) (?:[A-Z][a-z]+ ){0,3}"
                      r"(?:Brigade|Battalion|Regiment|Division|Corps))\b")
_CROWDS = tuple((row["word"], row["actor"]) for row in lang.table("crowd_actors"))
# Armed groups that news names without a demonym (extend as needed; matched as whole words).
_GROUPS = lang.words("armed_groups")
_GROUP = re.compile(r"\b(?P<g>" + "|".join(re.escape(g) for g in _GROUPS) + r")\b")

def attributions(sentence: str) -> list[str]:
    """In-text attributions of the sentence, in order, as written."""
    return list(_attributions(sentence))


@lru_cache(maxsize=8192)
def _attributions(sentence: str) -> tuple[str, ...]:
    if not _HINT.search(sentence):  # every pattern needs a verb of saying or "according to"
        return ()
    found: list[tuple[int, str]] = []
    for pattern in (_SUBJECT_VERB, _ACCORDING, _VERB_SUBJECT):
        for match in pattern.finditer(sentence):
            source = _clean(match.group("src"))
            if source and source.lower() not in _NOT_SOURCES:
                found.append((match.start("src"), source))
    out: list[str] = []
    for _, source in sorted(found):
        if not any(source in other or other in source for other in out):
            out.append(source)
    return tuple(out)


def _clean(source: str) -> str:
    source = source.strip(" ,.'\"“”")
    if source.endswith(("'s", "’s")):
        return ""  # "Moscow's claim": a noun after a possessive, not a verb of saying
    words = source.split()
    # "Drones are constantly buzzing ... the officer added": keep the attribution's own words
    while words and words[0][0].islower() and words[0].lower() not in ("the", "a", "an", "one"):
        words = words[1:]
    return " ".join(words)


def actors(sentence: str) -> list[str]:
    """Actors named in the sentence, normalised to a short form, in order of appearance."""
    found: list[tuple[int, str]] = []
    for match in _DEMONYM_FORCES.finditer(sentence):
        who, what = match.group("who"), match.group("what").lower()
        kind = "military" if what in ("army", "military") else "police" if what == "police" \
            else "forces"
        found.append((match.start(), f"{who} {kind}"))
    for match in _BRIGADE.finditer(sentence):
        found.append((match.start(), match.group("unit")))
    for match in _GROUP.finditer(sentence):
        found.append((match.start(), match.group("g")))
    lower = sentence.lower()
    for word, actor in _CROWDS:
        at = lower.find(word)
        if at < 0 or any(a.endswith(word.capitalize()) for _, a in found):
            continue
        if actor == "Military forces" and found:
            continue  # "soldiers of the 68th Brigade": the named unit says who
        found.append((at, actor))
    out: list[str] = []
    for _, actor in sorted(found):
        if actor not in out:
            out.append(actor)
    return out

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
_ROLE = r"[a-z]*" + lang.alternation("source_nouns") + r"(?:s|ies|y)?"
# A subject of up to eight words ending at the verb: "Kharkiv governor Oleh Syniehubov said",
# "Lexington County sheriff's deputies said", "Democratic Movement (DMUG) party said". Read
# backwards from each verb, a word at a time, so that its cost is linear in the sentence.
_SUBJECT_WORDS = 8
_SUBJECT_WORD = re.compile(
    rf"[A-Z][\w.&'’–-]*|\([A-Z][\w&-]*\)|\d+(?:st|nd|rd|th)|of|for|from|at|in|the|"
    rf"{lang.alternation('source_modifiers')}|[a-z]+['’]s|{_ROLE}")
_FIRST_WORD = re.compile(r"[A-Z][\w.&'’-]*|[a-z][\w-]*")
_ARTICLES = frozenset({"The", "the", "A", "a", "An", "an", "One", "one"})
_LEADING = re.compile(r".*[^\w'’.-]")  # what stands before a word inside a token: ”Name
_VERB_AFTER_SPACE = re.compile(rf"(?<= ){_VERBS}\b")
# "Kenya's livestock minister, Mohammed Kuti, said", "the Abkhaz news agency, Apsnipress,
# reported": a name and its apposition before the verb.
_APPOSED = re.compile(
    rf"(?<![\w'’.-])(?P<src>(?:[Tt]he )?[A-Z][^,;:\"“”]{{1,50}}, [^,;:\"“”]{{2,50}}),"
    rf" {_VERBS}\b")
_ACCORDING = re.compile(r"\baccording to (?P<src>[^,.;:\"“”]{2,80})", re.IGNORECASE)
_VERB_SUBJECT = re.compile(
    rf"\b{_VERBS} (?P<src>(?:the |an? )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){{0,5}})")
# "said a statement by Jordan's Public Security Directorate"
_BY_SOURCE = re.compile(
    rf"\b(?:{_VERBS}|according to) (?:a |an |the )?(?:\w+ )?(?:statement|report|release|"
    rf"spokes(?:man|woman|person)|official) (?:by|from|of) (?P<src>(?:the )?[A-Z][\w.&'’-]*"
    rf"(?: (?:[A-Z][\w.&'’-]*|of|for|and)){{0,6}})", re.IGNORECASE)
_SOURCE_NOUNS = frozenset(lang.words("source_nouns"))
_HINT = re.compile(rf"\b{_VERBS}\b|\baccording to ", re.IGNORECASE)
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
    for verb in _VERB_AFTER_SPACE.finditer(sentence):
        subject = _subject(sentence, verb.start())
        if subject is not None:
            source = _clean(sentence[subject:verb.start() - 1])
            if source and source.lower() not in _NOT_SOURCES:
                found.append((subject, source))
    for pattern in (_APPOSED, _ACCORDING, _VERB_SUBJECT, _BY_SOURCE):
        for match in pattern.finditer(sentence):
            source = _clean(match.group("src"))
            if source and source.lower() not in _NOT_SOURCES:
                found.append((match.start("src"), source))
    out: list[str] = []
    for _, source in sorted(found, key=lambda f: (f[0], -len(f[1]), f[1])):
        if not any(source in other or other in source for other in out):
            out.append(source)
    return tuple(out)


def _subject(sentence: str, verb: int) -> int | None:
    """Where the subject of the verb at ``verb`` starts: at most :data:`_SUBJECT_WORDS` words of
    a subject's kind, led by any one word and an optional article, each after one space."""
    words: list[int] = []  # start offsets of the words before the verb, nearest first
    end = verb - 1
    while len(words) < _SUBJECT_WORDS + 2 and end > 0:
        start = sentence.rfind(" ", 0, end) + 1
        if start == end:
            break
        words.append(start)
        end = start - 1
    ends = [verb - 1, *[w - 1 for w in words]]

    def word(k: int) -> str:
        return sentence[words[k]:ends[k]]

    best: tuple[int, int] | None = None  # (word index, start offset)
    for k in range(min(len(words), _SUBJECT_WORDS + 1)):
        if k and not _SUBJECT_WORD.fullmatch(word(k - 1)):
            break
        if _FIRST_WORD.fullmatch(word(k)):  # every word starts after a space
            best = (k, words[k])
        elif (lead := _LEADING.match(word(k))) and _FIRST_WORD.fullmatch(word(k)[lead.end():]):
            best = (k, words[k] + lead.end())  # "“Isaiah said": the quote opens no word
    if best is None:
        return None
    k, start = best
    if start == words[k] and k + 1 < len(words) and word(k + 1) in _ARTICLES:
        return words[k + 1]
    return start


def _clean(source: str) -> str:
    source = source.strip(" ,.'\"“”")
    if source.endswith(("'s", "’s")):
        return ""  # "Moscow's claim": a noun after a possessive, not a verb of saying
    words = source.split()
    # "Drones are constantly buzzing ... the officer added": keep the attribution's own words
    while words and words[0][0].islower() and words[0].lower() not in ("the", "a", "an", "one") \
            and not _source_noun(words[0]):
        words = words[1:]
    if len(words) == 1 and words[0].lower() in ("the", "a", "an", "one"):
        return ""
    return " ".join(words)


def _source_noun(word: str) -> bool:
    """Whether a lower-case word names a source ("police", "authorities", "deputies")."""
    word = word.lower().rstrip("'’s")
    return any(word.startswith(noun) for noun in _SOURCE_NOUNS)


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

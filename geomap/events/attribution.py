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
from functools import cache, lru_cache

from geomap import lang
from geomap.lang.literals import Searcher

_SUBJECT_WORDS = 8
"""The longest subject read backwards from a verb of saying: "Kharkiv governor Oleh Syniehubov
said", "Lexington County sheriff's deputies said", "Democratic Movement (DMUG) party said". Read
a word at a time, so that its cost is linear in the sentence."""
_LEADING = re.compile(r".*[^\w'’.-]")  # what stands before a word inside a token: ”Name


class _Grammar:
    """A language's ways of naming a source and an actor, compiled once from ``lang/<code>/``:
    ``attribution.tsv`` (named patterns), ``saying_verbs.txt``, ``source_nouns.txt``,
    ``source_modifiers.txt``, ``not_sources.txt``, ``articles.txt``, ``source_tails.tsv`` (where
    the language has it), and for actors
    ``actor_patterns.tsv``, ``armed_groups.txt`` and ``crowd_actors.tsv``."""

    def __init__(self, language: str) -> None:
        verbs = lang.alternation("saying_verbs", language)
        macros = {"VERBS": verbs, "MODIFIERS": lang.alternation("source_modifiers", language),
                  "NOUNS": lang.alternation("source_nouns", language)}
        named = lang.grammar("attribution", language, macros)
        self.subject_word = named.get("subject_word", lang.NEVER)
        self.first_word = named.get("first_word", lang.NEVER)
        self.hint = Searcher(named["hint"])  # searched only where one of its words is
        self.verb_after_space = re.compile(rf"(?<= ){verbs}(?!\w)")
        self.sources = tuple(Searcher(pattern) for name, pattern in named.items()
                             if name.startswith("source_"))  # each read only where its words are
        self.source_nouns = lang.words("source_nouns", language)
        self.modifiers = lang.word_set("source_modifiers", language)
        # pronouns, and the names of days and months ("said Wednesday")
        self.not_sources = lang.word_set("not_sources", language) | frozenset(
            row["word"].casefold() for name in ("weekdays", "months")
            for row in lang.table(name, language))
        self.articles = lang.word_set("articles", language)
        self.tails = {row["word"]: row["kind"] for row in lang.table("source_tails", language)} \
            if language in lang.languages_with("source_tails.tsv") else {}
        self.actors = tuple((re.compile(row["pattern"]), row["actor"])
                            for row in lang.table("actor_patterns", language))
        # "Two soldiers were killed", "Several troops": a count or an article is no one's name
        self.no_actor = self.articles | frozenset(
            row["word"].casefold() for row in lang.table("number_words", language)) | (
            lang.word_set("not_actors", language)
            if language in lang.languages_with("not_actors.txt") else frozenset())
        groups = lang.words("armed_groups", language)
        self.group = re.compile(r"\b(?P<g>" + "|".join(re.escape(g) for g in groups) + r")\b") \
            if groups else lang.NEVER
        self.crowds = tuple((row["word"], row["actor"])
                            for row in lang.table("crowd_actors", language))


@cache
def _grammar(language: str) -> _Grammar:
    return _Grammar(lang.event_language(language))


def attributions(sentence: str, language: str = lang.DEFAULT_LANGUAGE) -> list[str]:
    """In-text attributions of the sentence, in order, as written.

    Parameters
    ----------
    sentence
        One sentence.
    language
        Its language (ISO 639-1): whose verbs of saying and source patterns are read.
    """
    return list(_attributions(sentence, language))


@lru_cache(maxsize=8192)
def _attributions(sentence: str, language: str) -> tuple[str, ...]:
    grammar = _grammar(language)
    if not grammar.hint.found(sentence):  # every pattern needs a verb of saying or the like
        return ()
    found: list[tuple[int, str]] = []
    for verb in grammar.verb_after_space.finditer(sentence):
        subject = _subject(sentence, verb.start(), grammar)
        if subject is not None and not _apposition(sentence, subject, verb.start(), grammar):
            source = _clean(sentence[subject:verb.start() - 1], grammar)
            if source and source.lower() not in grammar.not_sources:
                found.append((subject, source))
    low = sentence.lower()
    for searcher in grammar.sources:
        for match in searcher.finditer(sentence, low):
            if ", " in match.group("src") and _apposition(
                    sentence, match.start("src") + match.group("src").index(", ") + 2,
                    match.end("src") + 1, grammar):
                continue  # "Brian Odhiambo, a 27-year-old teacher, said": whose apposition?
            source = _clean(match.group("src"), grammar)
            if source and source.lower() not in grammar.not_sources:
                found.append((match.start("src"), source))
    out: list[str] = []
    for _, source in sorted(found, key=lambda f: (f[0], -len(f[1]), f[1])):
        if not any(source in other or other in source for other in out):
            out.append(source)
    return tuple(out)


def _apposition(sentence: str, subject: int, verb: int, grammar: _Grammar) -> bool:
    """Whether the words from ``subject`` to the verb at ``verb`` are an apposition between
    commas that opens with an indefinite article and names no source's office ("relatives of
    Brian Odhiambo, a 27-year-old teacher, said", but not "John Smith, a spokesman for the
    army, said"): they tell who someone named before is, not who speaks."""
    words = sentence[subject:verb].rstrip(" ,").split()
    return bool(words) and sentence[max(0, subject - 2):subject] == ", " \
        and sentence[:verb].rstrip().endswith(",") and words[0].lower() in grammar.articles \
        and words[0].lower() not in _DEFINITE \
        and not any(_source_noun(word, grammar) for word in words)  # "a spokesman for ..."


_DEFINITE = frozenset({"the", "la", "le", "les", "l'", "l’"})
"""Definite articles, whose apposition ("Moussa Traoré, the village chief, said") is the
speaker's office, kept as the source."""


def _subject(sentence: str, verb: int, grammar: _Grammar) -> int | None:
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
        if k and not grammar.subject_word.fullmatch(word(k - 1)):
            break
        if grammar.first_word.fullmatch(word(k)):  # every word starts after a space
            best = (k, words[k])
        elif (lead := _LEADING.match(word(k))) and \
                grammar.first_word.fullmatch(word(k)[lead.end():]):
            best = (k, words[k] + lead.end())  # "“Isaiah said": the quote opens no word
    if best is None:
        return None
    k, start = best
    if start == words[k] and k + 1 < len(words) and word(k + 1) in grammar.articles:
        return words[k + 1]
    return start


_ABBREVIATION_END = re.compile(r"\b[A-Z]\.[A-Z]\.$")
"""A source that ends in an abbreviation's full stop ("the U.N.")."""


def _clean(source: str, grammar: _Grammar) -> str:
    source = source.strip(" ,'\"“”")
    # a full stop ends no source after an abbreviation's last letter ("the U.N.", "U.S.")
    source = source if _ABBREVIATION_END.search(source) else source.strip(" ,.'\"“”")
    if source.endswith(("'s", "’s")):
        return ""  # "Moscow's claim": a noun after a possessive, not a verb of saying
    if _DISTANCE.search(source):  # "Residents in Debre Markos, the capital of East Gojjam
        return ""  # zone, about 70 km to the northwest, said": a place's apposition is no source
    words = source.split()
    # "It did not say", "Police initially said": words of the verb's, not of the source
    while words and grammar.tails.get(words[-1].lower()) == "drop":
        words = words[:-1]
    if words and grammar.tails.get(words[-1].lower()) in ("passive", "joined"):
        return ""  # "no incidents were reported": a passive has no source before it; nor has
        # a second verb ("confirmed the blast but said")
    # "Drones are constantly buzzing ... the officer added": keep the attribution's own words
    while words and words[0][0].islower() and words[0].lower() not in grammar.articles \
            and words[0] not in grammar.modifiers and not _source_noun(words[0], grammar):
        words = words[1:]
    # "Drones are constantly buzzing overhead the officer": the words before the last article
    # tell something else where one of them is a verb or the like, not a source's
    last = max((k for k, word in enumerate(words) if word.lower() in grammar.articles),
               default=0)
    if any(word[0].islower() and word.lower() not in grammar.articles
           and word not in grammar.modifiers and word.lower() not in _JOINERS
           and not _source_noun(word, grammar) for word in words[:last]) \
            and not (words and _source_noun(words[0], grammar)):  # but "residents on both
        words = words[last:]  # sides of the border said" are residents
    if len(words) == 1 and words[0].lower() in grammar.articles:
        return ""
    return " ".join(words)


_JOINERS = frozenset({"of", "for", "from", "at", "in", "and", "with", "on"})  # "An officer from
# the 68th Brigade"


_DISTANCE = re.compile(r"\d\s?(?:km|kilomet(?:re|er)s?|miles?|км|кілометр\w*|километр\w*)\b")


def _source_noun(word: str, grammar: _Grammar) -> bool:
    """Whether a lower-case word names a source ("police", "authorities", "deputies")."""
    word = word.lower().rstrip("'’s")
    return any(word.startswith(noun) for noun in grammar.source_nouns)


def actors(sentence: str, language: str = lang.DEFAULT_LANGUAGE) -> list[str]:
    """Actors named in the sentence, normalised to a short form, in order of appearance.

    Parameters
    ----------
    sentence
        One sentence.
    language
        Its language (ISO 639-1): whose actor patterns are read.
    """
    return list(_actors(sentence, language))


@lru_cache(maxsize=1024)  # a sentence that reports events at several places is read once
def _actors(sentence: str, language: str) -> tuple[str, ...]:
    grammar = _grammar(language)
    found: list[tuple[int, str]] = []
    for pattern, actor in grammar.actors:
        found += [(match.start(), match.expand(actor)) for match in pattern.finditer(sentence)
                  if "who" not in pattern.groupindex
                  or match.group("who").casefold() not in grammar.no_actor]
    for match in grammar.group.finditer(sentence):
        found.append((match.start(), match.group("g")))
    lower = sentence.lower()
    # the words of a source are no actor ("dragging his body through the streets, police said")
    said = [(at, at + len(source)) for source in _attributions(sentence, language)
            if (at := sentence.find(source)) >= 0]
    for word, actor in grammar.crowds:
        at = lower.find(word)
        while at >= 0 and any(a <= at < b for a, b in said):
            at = lower.find(word, at + 1)
        if at < 0 or any(a.endswith(word.capitalize()) for _, a in found):
            continue
        if actor == "Military forces" and found:
            continue  # "soldiers of the 68th Brigade": the named unit says who
        found.append((at, actor))
    out: list[str] = []
    for _, actor in sorted(found):
        if actor not in out:
            out.append(actor)
    return tuple(out)

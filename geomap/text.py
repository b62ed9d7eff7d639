"""Text helpers shared by the gazetteer and the recognizer: name keys and sentence spans."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from geomap import lang

_APOSTROPHES = str.maketrans({c: "" for c in "'’‘`´ʼʹ\u02bb"})
_NON_WORD = re.compile(r"[^\w]+")
# Sentence ends: . ! ? (with closing quotes) followed by space and a capital; a blank line; a
# newline, unless a lower-case word goes on after it (text wrapped at a line's width); also a
# full stop glued to a capital ("distant.Ukrainian"), which scraped text often has. The
# lookahead in front holds the first character of every branch: it passes over most offsets at
# once.
_SENTENCE_END = re.compile(
    r"(?=[\"'”’»)\sA-Z])(?:"
    r"(?<=[.!?])[\"'”’»)]*\s+(?=(?:[«„]\s?|[\"'“‘(])?[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ0-9])|"
    r"\n[^\S\n]*+(?:\n\s*|(?![a-zà-öø-ÿа-яёіїєґ]))|"
    r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]))"
)
# every language's abbreviations ("Gen.", "вул."), and initials ("U.S.", "В. Ф. Янукович")
_ABBREVIATIONS = re.compile("(?:" + "|".join(
    rf"\b{lang.alternation('abbreviations', code)}"
    for code in lang.languages_with("abbreviations.txt")) + r"|\b[A-ZА-ЯЁІЇЄҐ](?:\.[A-Z])*)\.$")


DATELINE_GOES_ON = re.compile(r"(?:\([^()\n]{1,30}\)\s*)?(?:—|–|--?)\s")
"""What goes on after a dateline's place or day: the agency in brackets, then a dash
("(Reuters) -")."""


@lru_cache(maxsize=262144)
def name_key(name: str) -> str:
    """Fold a place name to the key the gazetteer indexes it under.

    Case, diacritics, apostrophes and punctuation are dropped, so that "Donets'k", "DONETSK" and
    "Donetsk" share the key ``donetsk`` and "São Paulo" matches "Sao Paulo".

    Parameters
    ----------
    name
        A name as written.

    Returns
    -------
    str
        The key; empty when the name has no letters or digits.
    """
    text = name.translate(_APOSTROPHES)
    if not text.isascii():  # ASCII has no diacritics to drop
        text = unicodedata.normalize("NFKD", text).translate(_combining_marks())
    return _NON_WORD.sub(" ", text.casefold()).replace("_", " ").strip()


@cache
def _combining_marks() -> dict[int, None]:
    """Every combining mark (accents, the breve of "й"), for ``str.translate`` to drop; none
    lies beyond U+2FFFF."""
    return {cp: None for cp in range(0x30000) if unicodedata.combining(chr(cp))}


def sentence_initial(text: str, start: int) -> bool:
    """Whether the word at offset ``start`` opens a sentence (after an opening quote or
    bracket): its capital says nothing of it being a name."""
    before = text[max(0, start - 3):start].rstrip(" \"'“‘(")
    return before == "" or before[-1] in ".!?:\n"


def strip_possessive(surface: str) -> str:
    """A name as written without its possessive ending: "Moscow's" -> "Moscow"."""
    for suffix in ("'s", "’s", "'", "’"):
        if surface.endswith(suffix) and len(surface) > len(suffix) + 1:
            return surface[: -len(suffix)]
    return surface


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split text into sentences.

    Parameters
    ----------
    text
        A document's text.

    Returns
    -------
    list of (start, end)
        Offsets of each sentence with surrounding white space trimmed; together they cover every
        non-blank character of the text. None is longer than :data:`MAX_SENTENCE`.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[max(start, match.start() - 12):match.start()]
        if match.start() > start and "\n" not in match.group() and (
                _ABBREVIATIONS.search(before) or DATELINE_GOES_ON.match(text, match.end())):
            continue  # "Mr. Smith"; "MEMPHIS, Tenn. (AP) — Two men ...": a dateline goes on
        _add_span(text, start, match.start(), spans)
        start = match.end()
    _add_span(text, start, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:  # no sentence is this long: a run-on line, a list, a dump
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        spans.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


MAX_SENTENCE = 2_000
"""Characters of the longest sentence: a longer stretch without a sentence end (a line of ten
megabytes, a list of a thousand names) is cut at a space into sentences of at most this many,
which keeps the work on each sentence bounded (the longest of the evaluation corpora has 935)."""


_TRANSLIT = (("tch", "ch"), ("dzh", "j"), ("shch", "s"), ("sch", "s"), ("kh", "x"), ("zh", "j"),
             ("ch", "c"), ("sh", "s"), ("ts", "c"), ("tz", "c"), ("ck", "k"), ("h", "g"),
             ("w", "v"), ("q", "k"))
_VOWELS = frozenset("aeiouy")


def french_key(key: str) -> str:
    """A folded name as English romanises the hushing sounds that French writes "ch" and
    "tch": "chebekino" gives "shebekino", "chtchastia" "shchastia", "tchernihiv"
    "chernihiv"; a name without them is returned as it is."""
    return _FRENCH_CH.sub(lambda found: _ENGLISH_CH[found.group()], key)


_FRENCH_CH = re.compile("chtch|tch|ch")  # longest first
_ENGLISH_CH = {"chtch": "shch", "tch": "ch", "ch": "sh"}


def french_sound(key: str) -> str:
    """A folded French name spelt as it sounds, the way Cyrillic writes it: silent endings
    dropped and French digraphs made one sound ("mirebalais" gives "mirebale", "delmas" "delma",
    "ouagadougou" "uagadugu", "gagnoa" "ganyoa").

    Parameters
    ----------
    key
        A folded ASCII name from :func:`name_key`.
    """
    return " ".join(_french_word(word) for word in key.split())


def _french_word(word: str) -> str:
    for ending, sound in _FRENCH_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending):
            word = word[:-len(ending)] + sound
            break
    else:
        if len(word) > 2 and word[-1] in "sxtdz" and word[-2] in "aeiouy":
            word = word[:-1]  # "Delmas", "Croix": a silent final consonant
    word = _FRENCH_SOUNDS.sub(lambda found: _SOUND_OF[found.group()], word)
    return _SILENT_H.sub("", word).replace("c", "k")  # "Cap-Haïtien"


_SILENT_H = re.compile("(?<![sz])h")

_FRENCH_ENDINGS = (("aint", "en"), ("ain", "en"), ("eaux", "o"), ("eau", "o"), ("aux", "o"),
                   ("ault", "o"), ("ais", "e"), ("ait", "e"), ("ets", "e"), ("et", "e"),
                   ("ez", "e"))
_SOUND_OF = {"eau": "o", "au": "o", "ou": "u", "oi": "ua", "gn": "ny", "qu": "k", "ph": "f",
             "th": "t", "ch": "sh", "ce": "se", "ci": "si", "cy": "si", "ge": "zhe", "gi": "zhi",
             "j": "zh"}
_FRENCH_SOUNDS = re.compile("|".join(sorted(_SOUND_OF, key=len, reverse=True)))


@lru_cache(maxsize=65536)
def translit_key(key: str) -> str:
    """The consonant skeleton of a name romanised from Cyrillic or Arabic.

    Competing romanisations of one name share it: "mirnograd" and "myrnohrad" give ``mrngrd``,
    "zaporozhye" and "zaporizhzhia" give ``zprj``, "kharkov" and "kharkiv" give ``xrkv``,
    "Tchassiv Iar" and "Chasiv Yar" give ``csv yr``.

    Parameters
    ----------
    key
        A folded ASCII name from :func:`name_key`.

    Returns
    -------
    str
        The skeleton, or ``""`` when it has fewer than three consonants (too short to be told
        apart from unrelated names).
    """
    words = []
    for word in key.split():
        if word[:1] in ("i", "j") and word[1:2] in _VOWELS:
            word = "y" + word[1:]  # "Iar", "Jar": the French and German "Yar"
        word = latin_c(word)
        for old, new in _TRANSLIT:
            word = word.replace(old, new)
        skeleton = word[:1] + "".join(c for c in word[1:] if c not in _VOWELS)
        collapsed = "".join(c for i, c in enumerate(skeleton) if i == 0 or c != skeleton[i - 1])
        words.append(collapsed)
    result = " ".join(words)
    return result if sum(c not in _VOWELS and c != " " for c in result) >= 3 else ""


def latin_c(key: str) -> str:
    """A folded Latin name with its "c" as the languages that write most names with it sound
    it, where no other letter makes it part of one sound ("ch", "cz", "ck"): "s" before "e",
    "i" and "y" ("Mocímboa" and "Мосімбоа"), else "k" ("Macomia" and "Макомія", "Cuenca" and
    "Куэнка"), so that a Cyrillic romanisation, which never writes "c", shares its skeleton."""
    return _HARD_C.sub("k", _SOFT_C.sub("s", key)) if "c" in key else key


_SOFT_C = re.compile(r"c(?=[eiy])")
_HARD_C = re.compile(r"c(?![hzkeiy])")


CONJUNCTIONS = r"(?:and|or|et|ou|та|і|й|або|и|или)"
"""The words that join the items of a list, in the languages geomap reads."""
LIST_JOIN = re.compile(rf",\s*|,?\s+{CONJUNCTIONS}\s+(?:(?:de|à|in|near|at)\s+|d['’])?")
"""What joins two names of one list ("Мирноград, Гродівка та Новоекономічне", "Kupiansk, Izium
and Balakliia"), the preposition of the list said again included ("près de Koupiansk et de
Borova", "in Kupiansk and in Izium")."""
CAPITALISED_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’-]*"
"""A word that opens with a capital letter, in Latin or Cyrillic script (a regular expression)."""

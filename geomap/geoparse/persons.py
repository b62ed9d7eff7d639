"""Personal names, which share many words with place names ("Jordan", "Lincoln", "Nelson").

Three kinds of evidence mark a capitalised word as part of a person's name rather than a place:
a title or role before it ("President Xi Jinping", "Prof. Francis Eze", "economist Benjamin
Tal"), a first-and-last-name pair ("Andrew Brunson", "George W. Bush", "Raynola St. Clair"),
and a surname standing alone before what only a person does ("Lincoln visited the fort"). The
last word of such a name stays a person when the article repeats it alone ("Brunson said").
"""

from __future__ import annotations

import re

from geomap import lang
from geomap.gazetteer import MAJOR_CODES, Gazetteer
from geomap.geoparse import words
from geomap.text import name_key, sentence_initial, strip_possessive

Token = tuple[int, int, str]

# Titles, ranks and roles that open a person's name, capitalised or not.
TITLES = lang.word_set("person_titles")
"""Titles, ranks and roles that open a person's name, capitalised or not."""
_NAME_WORDS = 3  # words of a name after its title
MIDDLE_INITIAL = re.compile(r"[A-Z]\.")
_STREET = re.compile(r" (?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Lane|Highway|"
                     r"Pike)\b")
# what only a person does, right after a surname ("Lincoln visited"), but not after a preposition
# ("Jessica Kay, 18, of Paris died"): ``agent_verbs.re``
_AGENT_AFTER = re.compile(rf"(?:'s|’s)?,? (?:{lang.pattern('agent_verbs')})\b")
_DIRECTIONS = lang.word_set("place_modifiers")  # "North Dallas" is a part of Dallas
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|from|in|at|near|to|for|outside|through|and)\s+$")
_TITLE_FORMS = frozenset(form for title in TITLES
                         for form in (title, title.capitalize(), title.upper()))


def titled_names(text: str, tokens: list[Token], caps: list[bool],
                 gazetteer: Gazetteer) -> tuple[set[int], set[str]]:
    """Names after a title or role: "Chief Justice David Maraga", "Gov. David Ige", "resident
    Amina Zia", "Mr. Mesec".

    Returns
    -------
    tuple
        The start offsets of the names' words, and their last words (surnames).
    """
    starts: set[int] = set()
    last_words: set[str] = set()
    for k, (_, end, word) in enumerate(tokens):
        if word not in _TITLE_FORMS or k + 1 == len(tokens):
            continue
        gap = text[end:tokens[k + 1][0]]
        if gap not in (" ", ". ") or (gap == ". " and len(word) > 5):
            continue
        names: list[int] = []
        n = k + 1
        while n < len(tokens) and len(names) < _NAME_WORDS and caps[n] \
                and tokens[n][2].casefold() not in TITLES and not major(tokens[n][2], gazetteer):
            names.append(n)
            after = text[tokens[n][1]:tokens[n + 1][0]] if n + 1 < len(tokens) else ""
            if after == ". " and len(tokens[n][2]) == 1:
                n += 1  # a middle initial
                continue
            if after != " ":
                break
            n += 1
        for n in names:
            starts.add(tokens[n][0])
        if names and len(tokens[names[-1]][2]) > 1:
            last_words.add(strip_possessive(tokens[names[-1]][2]))
    return starts, last_words


def major(word: str, gazetteer: Gazetteer) -> bool:
    """Whether a word names a country, continent or first-order division ("President Georgia"
    is no name)."""
    return any(c.kind in ("name", "abbr") and c.place.feature_code in MAJOR_CODES
               for c in gazetteer.candidates(word))


def surnames(text: str, tokens: list[Token], caps: list[bool],
              capitalised: list[int], gazetteer: Gazetteer,
              language: str | None = None) -> set[str]:
    """Last words of the article's personal names: "Andrew Brunson" makes a later "Brunson" a
    person, and "George W. Bush" a later "Bush".

    A name is a capitalised pair, or a pair around a middle initial, whose whole is no place
    name, whose first word is no function word of another language than English ("Під
    Лиманом"; in Latin letters only in an article of that language: "Dans Kramatorsk"), and
    whose first word is a common given name, or else neither a place name nor a common
    English word, or else a place name (no direction: "North Dallas") before a common surname
    that is no English word, at a sentence's start only before what a person does ("Tennessee
    Williams wrote", but "Downtown Greer, known locally as ..."). Its last word must name no
    major place, unless it is a common surname after a given name ("Andrew Jordan"). A later
    mention with a place cue ("in Jordan") stays a place.
    """
    found: set[str] = set()
    last = len(tokens) - 1
    for k in capitalised:
        if k == last or not caps[k + 1]:
            continue
        (_, e1, w1), (s2, e2, w2) = tokens[k], tokens[k + 1]
        if text[e1:s2] != " " or w1.isupper() or w1.casefold() in TITLES \
                or words.after_settlement_word(text, tokens, k + 1) or (
                    (language not in (None, lang.DEFAULT_LANGUAGE) or not w1.isascii())
                    and w1.casefold() in words.FOREIGN_FUNCTION_WORDS):
            continue  # "Місто Лисичанськ" is a town named
        given = _plain(w1) in words.first_names()  # "Héctor" is Hector
        if MIDDLE_INITIAL.fullmatch(text[s2:e2 + 1]) and k + 2 <= last \
                and caps[k + 2] and text[e2 + 1:tokens[k + 2][0]] == " ":
            s2, _, w2 = tokens[k + 2]  # "George W. Bush"
        if w2.isupper():
            continue
        if given and gazetteer.has_name(name_key(w1)) and w2.casefold() not in words.last_names() \
                and _STREET.match(text, s2 + len(w2)):
            continue  # "Alton Edwardsville Road": two places, not "Thomas Ravenel"
        place_named = not given and gazetteer.has_name(name_key(w1)) and \
            _plain(w2) in words.last_names() and not words.english_word(w2) and \
            w1.casefold() not in _DIRECTIONS and (
                not sentence_initial(text, tokens[k][0])
                or _AGENT_AFTER.match(text, s2 + len(w2)) is not None)
        if not given and not place_named and (
                gazetteer.has_name(name_key(w1))
                or words.zipf()(w1.casefold()) >= words.COMMON_ZIPF + 1
                or (not w1.isascii() and sentence_initial(text, tokens[k][0])
                    and words.language_zipf(w1, language) >= words.COMMON_ZIPF + 1)):
            continue  # "The", "In", "When", a sentence's first word "Самото" ("itself"), or a
            # place: not a first name, unless a surname that is no English word follows ("Kati
            # Mather", "Paris Hilton")
        if w2 in ("St", "Ste") and k + 2 <= last and caps[k + 2] and \
                text[s2 + len(w2):tokens[k + 2][0]] in (". ", " "):
            found.add(text[s2:tokens[k + 2][1]])  # "Raynola St. Clair": a later "St. Clair"
            continue
        if gazetteer.has_name(name_key(text[tokens[k][0]:s2 + len(w2)])):
            continue  # "Santa Rosa", "Jackson Hole"
        if any(c.kind in ("abbr", "demonym", "metonym") or c.place.feature_code in MAJOR_CODES
               for c in gazetteer.candidates(w2)) and not (
                given and _plain(w2) in words.last_names()):
            continue  # "Andrew Jordan" is a person, "Texas" after a name is not a surname
        found.add(strip_possessive(w2))
    return found


def _plain(word: str) -> str:
    """A word folded as the name lists are written, without accents ("Ramírez": "ramirez")."""
    return name_key(word) if not word.isascii() else word.casefold()


def agents(text: str, names: list[tuple[int, int, str]], gazetteer: Gazetteer) -> set[str]:
    """The surnames among ``names`` (start, end, text) that the article writes before what only
    a person does ("Lincoln visited the capital's defenders", "the 6-foot, 4-inch Lincoln,
    wearing his trademark stovepipe hat"), so that it names a person throughout; never a
    country's name ("France became involved")."""
    return {name for start, end, name in names if name.casefold() in words.last_names()
            and _AGENT_AFTER.match(text, end)
            and not _PREPOSITION_BEFORE.search(text, max(0, start - 12), start)
            and not any(c.place.feature_code.startswith("PCL")
                        for c in gazetteer.candidates(name))}

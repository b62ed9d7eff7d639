"""Find the spans of a document that may name places.

A gazetteer-driven matcher: the text is cut into word tokens; from every capitalised token the
longest run of tokens whose folded form is a gazetteer name is taken ("Donetsk region",
"United States", "U.S."; :mod:`geomap.geoparse.spans`). Runs may carry lowercase connectors
("Bosnia and Herzegovina", "Rostov-on-Don") and end in a lowercase region word ("Donetsk
region"). Each match is then decided by the first of the named filters of
:data:`geomap.geoparse.rules.RULES` that applies to it (a common English word, a name inside a
longer proper name, a currency, a saint's day, ...); a common word that only the article's other
mentions vouch for is kept when the article names it elsewhere with evidence. Besides:

- a division or country code after a comma is kept where it qualifies the name before it
  ("Sudbury, ON");
- a rare word that only a transliteration variant of a name knows ("Gulyaipole" for
  Huliaipole) counts when it stands alone (not beside another capitalised word) and the article's
  other places lie in countries that romanise Cyrillic names;
- names in a person's name ("President Putin", "Vladimir Putin") are dropped;
- a street, square or avenue ("вул. Лаврська", :mod:`geomap.geoparse.streets`) is a mention of
  its own, and a gazetteer name inside it is part of it.

The matcher reads only the gazetteer's name index; choosing among candidates is
:mod:`geomap.geoparse.resolve`'s work.
"""

from __future__ import annotations

import logging
import re

from geomap.gazetteer import ROMANISED_COUNTRIES, Gazetteer
from geomap.gazetteer.phrases import division_opener
from geomap.geoparse import persons, words
from geomap.geoparse.rules import PLACE_CUE, keep, names_group
from geomap.geoparse.spans import (
    capitalised,
    cyrillic_surnames,
    inside_longer_name,
    longest_match,
    tokenize,
)
from geomap.geoparse.streets import find_streets, placed_streets
from geomap.lang import inflection
from geomap.models import Document, Mention
from geomap.text import name_key, strip_possessive

__all__ = ["find_mentions", "is_code"]

log = logging.getLogger(__name__)
_RARE_ZIPF = 1.5  # below this a capitalised word may be a transliterated place name
_ARABIC_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az"})
"""The Arabic article inside a romanised name, joined to the next word ("Deir al-Balah")."""


def find_mentions(doc: Document, gazetteer: Gazetteer) -> list[Mention]:
    """Find the spans of ``doc`` that may name places.

    Parameters
    ----------
    doc
        The article.
    gazetteer
        The open gazetteer, whose name index decides what a place name is.

    Returns
    -------
    list of Mention
        In text order, not overlapping.
    """
    text = doc.text
    tokens = tokenize(text)
    caps = [word[0].isupper() for _, _, word in tokens]
    # only these can start a name: a capitalised word, or one that opens a division phrase
    # before a capitalised name ("la région de Soumy", "l'oblast de Donetsk")
    last = len(tokens) - 1
    capitalised = [k for k, cap in enumerate(caps) if cap or (
        k < last and ((after := tokens[k + 1][2]) in ("de", "du", "des")
                      or (after[:1] == "d" and _ELIDED_NAME.match(after)))
        and division_opener(tokens[k][2])) or (
            tokens[k][2][1:2] in _APOSTROPHES and _elided(text, tokens[k]) is not None)]
    mentions: list[Mention] = []
    variants: list[Mention] = []  # found by transliteration skeleton only
    doubtful: list[Mention] = []  # common words that may name a place
    free = 0  # the first token not inside a match already taken
    for i in capitalised:
        if i < free:
            continue
        # "près d'Enerhodar": the name after d', read as a token of its own
        elided = None if caps[i] else _elided(text, tokens[i])
        read, read_caps = _unelided(tokens, caps, i, len(elided.group())) if elided \
            else (tokens, caps)
        start = read[i][0]
        j = longest_match(text, read, read_caps, i, gazetteer)
        if j is None:
            k = _transliterated(text, read, i, gazetteer, doc.language)
            if k is not None and not names_group(text, read[k][1], doc.language):
                surface = strip_possessive(text[start:read[k][1]])
                variants.append(Mention(start, start + len(surface), surface))
                free = k + 1
            continue
        end = read[j][1]
        surface = strip_possessive(text[start:end])
        end = start + len(surface)
        if mentions and is_code(text, mentions[-1].end, Mention(start, end, surface)) and any(
                c.kind == "code" for c in gazetteer.candidates(surface, codes=True)):
            mentions.append(Mention(start, end, surface))  # "Sudbury, ON"
            free = j + 1
            continue
        verdict = keep(text, read, read_caps, i, j, surface, gazetteer, doc.language)
        if verdict is True:
            mentions.append(Mention(start, end, surface))
        elif verdict is None:
            doubtful.append(Mention(start, end, surface))
        free = j + 1
    # one sense per article: a common word ("Fargo raised its goal") names the place that
    # the article names elsewhere with evidence ("in Fargo")
    sure = {name_key(m.text) for m in mentions}
    mentions = sorted(mentions + [m for m in doubtful if name_key(m.text) in sure],
                      key=lambda m: m.start)
    mentions = _listed(text, mentions, [m for m in doubtful if name_key(m.text) not in sure],
                       gazetteer)
    if variants and _romanising_context(mentions, gazetteer):
        mentions = sorted(mentions + variants, key=lambda m: m.start)
    titled, surnames = persons.titled_names(text, tokens, caps, gazetteer)
    surnames |= persons.surnames(text, tokens, caps, capitalised, gazetteer, doc.language)
    if inflection.cyrillic(text):
        surnames |= cyrillic_surnames(text, tokens, gazetteer, caps)
    surnames |= persons.agents(text, [(m.start, m.end, m.text) for m in mentions], gazetteer)
    mentions = [m for m in mentions if m.start not in titled
                and not _before_surname(text, m, surnames)]
    mentions = [m for m in mentions if m.text not in surnames
                or PLACE_CUE.search(text[max(0, m.start - 12):m.start])]
    found = find_streets(text, doc.language)
    if not found:
        return mentions
    # "Шевченка" in "вул. Шевченка" is the street's name, not a village
    kept = [m for m in mentions if not any(s.start < m.end and m.start < s.end for s in found)]
    return sorted(kept + found, key=lambda m: m.start) if placed_streets(doc.language) else kept


def _listed(text: str, mentions: list[Mention], doubtful: list[Mention],
            gazetteer: Gazetteer) -> list[Mention]:
    """``mentions`` with the common words that stand in a list with one of them and name a
    town by their own name: "Leeds, York and Hull voted" names three cities once Leeds is one.
    A word inside a longer name ("Main Street, Tipperary", "Sunderland and Aston Villa") or
    before "streets" is no list item."""
    starts = {m.start for m in mentions}
    ends = {m.end for m in mentions}
    items = [m for m in doubtful if not _NAME_AROUND.search(text, max(0, m.start - 30), m.start)
             and not _NAME_AFTER.match(text, m.end) and any(
                 c.kind == "name" and c.place.population >= _LISTED_TOWN
                 for c in gazetteer.candidates(m.text))]
    # in text order and back, so that a chain of listed words joins in one pass each way
    for order in (items, items[::-1]):
        for m in order:
            if m.start in starts:
                continue
            if any((text[m.start - len(gap):m.start] == gap and m.start - len(gap) in ends)
                   or (text[m.end:m.end + len(gap)] == gap and m.end + len(gap) in starts)
                   for gap in _LIST_GAPS):
                starts.add(m.start)
                ends.add(m.end)
                mentions.append(m)
    return sorted(mentions, key=lambda m: m.start)


_LIST_GAPS = frozenset({", ", " and ", ", and ", " or ", ", or "})
_LISTED_TOWN = 10_000  # people in a place a common word in a list of places may name
_NAME_AROUND = re.compile(r"[A-Z][\w'’.-]* $")  # "Main Street", "Aston Villa"
_NAME_AFTER = re.compile(r" (?:[A-Z]|of [A-Z]|(?:streets|roads|avenues|drives)\b)")


def is_code(text: str, previous_end: int, mention: Mention) -> bool:
    """Whether ``mention`` stands where a division or country code does: one to three capital
    letters after a comma that follows the place named before ("Sudbury, ON", "Lausanne, VD,
    CH")."""
    return 2 <= len(mention.text) <= 3 and mention.text.isalpha() and mention.text.isupper() \
        and text[previous_end:mention.start] in (", ", ",")


def _before_surname(text: str, mention: Mention, surnames: set[str]) -> bool:
    """"Vladimir Putin" where the article names "President Putin": a one-word place name before
    a surname of the article is a given name."""
    found = _NEXT_WORD.match(text, mention.end)
    return found is not None and " " not in mention.text and found.group(1) in surnames


_ELIDED_NAME = re.compile(r"d['’][A-Z]")  # "d'Odessa"
# "près d'Enerhodar": the name after an elided "de"; and after an elided article where a
# preposition says a place follows ("à l'Arcahaie", "dans l'Artibonite"), but not alone:
# "l'Ukraine" is a party more often than a place ("en Ukraine" says where)
_ELIDED_ARTICLE = re.compile(r"d['’](?=[A-ZÀ-ÖØ-Þ])")
_ELIDED_PLACE = re.compile(r"l['’](?=[A-ZÀ-ÖØ-Þ])")
_PREPOSITION_BEFORE = re.compile(r"\b(?:à|de|dans|vers|sur|depuis|jusqu['’]à)\s+$", re.IGNORECASE)


_APOSTROPHES = ("'", "’")


def _elided(text: str, token: tuple[int, int, str]) -> re.Match[str] | None:
    """The elided article that opens ``token`` before a capitalised name, if any: "d'" always,
    "l'" after a preposition."""
    word = token[2]
    if word[1:2] not in _APOSTROPHES:
        return None  # most words: no elided article
    found = _ELIDED_ARTICLE.match(word)
    if found is None and (found := _ELIDED_PLACE.match(word)) is not None \
            and not _PREPOSITION_BEFORE.search(text, max(0, token[0] - 12), token[0]):
        return None
    return found


def _unelided(tokens: list[tuple[int, int, str]], caps: list[bool], i: int, cut: int
              ) -> tuple[list[tuple[int, int, str]], list[bool]]:
    """The tokens with token ``i`` read without its elided article of ``cut`` characters
    ("d'Enerhodar" is "Enerhodar"), which then opens with a capital."""
    start, end, word = tokens[i]
    return ([*tokens[:i], (start + cut, end, word[cut:]), *tokens[i + 1:]],
            [*caps[:i], True, *caps[i + 1:]])


_NEXT_WORD = re.compile(r" ([A-Z][\w'’-]*)")


def _transliterated(text: str, tokens: list[tuple[int, int, str]], i: int,
                    gazetteer: Gazetteer, language: str | None = None) -> int | None:
    """The last token of a rare name that only a transliteration variant knows: a single word
    not part of a longer name ("Gulyaipole"), or a rare capitalised word and the next that
    together are one ("Tchassiv Iar" for Chasiv Yar), the Arabic article between them included
    ("Deir al-Balah" for Dayr al Balah); ``None`` when there is none."""
    word = tokens[i][2]
    if i + 2 < len(tokens) and tokens[i + 1][2] in _ARABIC_ARTICLES \
            and capitalised(tokens[i + 2][2]) and text[tokens[i][1]:tokens[i + 1][0]] == " " \
            and text[tokens[i + 1][1]:tokens[i + 2][0]] == "-":
        # "Deir al-Balah": a name with the article inside, however common its first word
        name = name_key(strip_possessive(text[tokens[i][0]:tokens[i + 2][1]]))
        if gazetteer.has_translit(name):
            return i + 2
    if not name_key(word).isascii() or words.zipf()(word.casefold()) >= _RARE_ZIPF \
            or words.language_zipf(word, language) >= _RARE_ZIPF:
        return None  # a romanisation is written in Latin letters (accents too: "Oudatchné"),
        # and is no word of the article's language ("Parmi" in French)
    after = i + 1 < len(tokens) and capitalised(tokens[i + 1][2]) and \
        text[tokens[i][1]:tokens[i + 1][0]] == " "
    if after:
        pair = name_key(strip_possessive(text[tokens[i][0]:tokens[i + 1][1]]))
        if gazetteer.has_translit(pair):
            return i + 1
    if inside_longer_name(text, tokens, i, i):
        return None
    for k in (i - 1, i + 1):  # "Oleh Syniehubov": a neighbouring capitalised word (not "À")
        if 0 <= k < len(tokens) and capitalised(tokens[k][2]) and len(tokens[k][2]) > 1 and \
                text[min(tokens[k][1], tokens[i][1]):max(tokens[k][0], tokens[i][0])] == " ":
            return None
    key = name_key(strip_possessive(word))
    return i if len(key) >= 5 and gazetteer.has_translit(key) else None


def _romanising_context(mentions: list[Mention], gazetteer: Gazetteer) -> bool:
    """Whether the article's other places lie in countries whose names are romanised from
    Cyrillic or Arabic in competing ways (:data:`~geomap.gazetteer.ROMANISED_COUNTRIES`)."""
    for mention in mentions:
        found = gazetteer.candidates(mention.text)
        if found and found[0].place.country_code in ROMANISED_COUNTRIES:
            return True
    return False

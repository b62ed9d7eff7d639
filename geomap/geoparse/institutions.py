"""Names of institutions, outlets and companies that hold a place name, as news in Ukrainian
and Russian writes them: the filters of :data:`geomap.geoparse.rules.RULES` that read a name in
guillemets ("аеропорт «Бориспіль»"), an institution's head before a place in the genitive
("Міністерство оборони України"), a council's adjective ("Київської міської ради") and a
settlement word before a name ("у селі Романків").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geomap import lang
from geomap.geoparse import words
from geomap.lang import inflection

if TYPE_CHECKING:
    from geomap.geoparse.rules import Seen

__all__ = ["council_adjective", "institution_genitive", "named_thing", "quoted_name",
           "settlement_word"]

_QUOTED_NAME_WORDS = 5  # a name in guillemets has at most this many words ("аеропорт «Бориспіль»")
_QUOTE_REACH = 80  # characters looked at either side of a match for its guillemets
_PREPOSITION_LETTERS = 3  # "в", "у", "на", "під": a short lowercase word that governs a place
_SPEECH = re.compile(r"[!?,:;]\s")  # a quotation of speech, not a name
_HEAD_REACH = 30  # characters before guillemets read for a group's word ("бойовики «...»")


def quoted_name(s: Seen) -> bool:
    """"аеропорт «Бориспіль»", "ТОВ «Балтом Україна»", "«Наші гроші. Львів»": a match inside a
    short name in guillemets (at most :data:`_QUOTED_NAME_WORDS` words, none of the punctuation
    of speech) is part of a company's, outlet's or building's name."""
    text = s.text
    opening = text.rfind("«", max(0, s.start - _QUOTE_REACH), s.start)
    if opening < 0 or "»" in text[opening:s.start]:
        return False
    closing = text.find("»", s.end, s.end + _QUOTE_REACH)
    if closing < 0:
        return False
    inner = text[opening + 1:closing].replace("«", " ")
    if len(inner.split()) > _QUOTED_NAME_WORDS or _SPEECH.search(inner):
        return False
    # «Ми залишаємося в Харкові»: a preposition before the place inside the quote is speech,
    # but for a group's name ("бойовики «Ісламської держави в Сахелі»")
    before = s.tokens[s.i - 1] if s.i > 0 else None
    return before is None or before[1] <= opening or not (
        before[2][0].islower() and len(before[2]) <= _PREPOSITION_LETTERS) or (
        inner[:1].isupper() and _group_before(text, opening, s.language))


def _group_before(text: str, at: int, language: str | None) -> bool:
    """Whether the words before offset ``at`` end with a word for an armed group of the
    language (the ``actor`` pattern of its ``territory_takers.tsv``: "бойовики", "боевики")."""
    if language is None or language not in lang.languages_with("territory_takers.tsv"):
        return False
    actor = lang.patterns("territory_takers", language).get("actor")
    head = text[max(0, at - _HEAD_REACH):at].rstrip()
    return actor is not None and any(found.end() == len(head) for found in actor.finditer(head))


def institution_genitive(s: Seen) -> bool:
    """"Міністерство оборони України", "Верховный суд Пакистана", "МИД России", "ДСНС України",
    "Міністерства доходів і зборів України", "Господарського суду м. Києва", "Асоціації
    міні-футболу України": a match after the noun or abbreviation that heads an institution's
    name (``institution_heads`` of the article's language), with at most
    :data:`_INSTITUTION_WORDS` lowercase words between them (a preposition breaks the name; a
    hyphen joins two of them) and perhaps a settlement word ("м."), is part of the name."""
    if s.language not in _HEADED_LANGUAGES or s.i == 0:
        return False
    heads = lang.words("institution_heads", s.language)
    function_words = lang.word_set("function_words", s.language)
    conjunctions = lang.word_set("conjunctions", s.language)
    tokens, text = s.tokens, s.text
    last = s.i - 1
    if words.after_settlement_word(text, tokens, s.i, s.language):
        last -= 1  # "суду м. Києва"
    for k in range(last, max(-1, last - _INSTITUTION_WORDS - 1), -1):
        gap = text[tokens[k][1]:tokens[k + 1][0]]
        word = tokens[k][2]
        if gap not in (" ", ". ") and not (gap == "-" and word[0].islower()):
            return False
        folded = word.casefold()
        if folded.startswith(heads):
            return True
        if not word[0].islower() or (folded in function_words and folded not in conjunctions):
            return False
    return False


def council_adjective(s: Seen) -> bool:
    """"Київської міської ради", "Донецької облради", "Головне управління юстиції", "Донецького
    апеляційного господарського суду": a match right before a word of ``council_words``, or
    before the head of an institution's name (``institution_heads``) with at most two lowercase
    words between, is part of the name."""
    if s.language not in _COUNCIL_LANGUAGES:
        return False
    tokens, text = s.tokens, s.text
    # "В Пакистане суд оправдал": a place after a preposition is where the institution acts
    function_words = lang.word_set("function_words", s.language)
    after_preposition = s.i > 0 and tokens[s.i - 1][2].casefold() in function_words
    councils = lang.words("council_words", s.language)
    heads = lang.words("institution_heads", s.language)
    for k in range(s.j + 1, min(len(tokens), s.j + 4)):
        word = tokens[k][2]
        if text[tokens[k - 1][1]:tokens[k][0]] != " " or not word[0].islower():
            return False
        folded = word.casefold()
        if folded in function_words:
            return False  # "штурмовали Мирбале в департаменте Центр": a place, then where it is
        if (folded.startswith(heads) and not after_preposition) or (
                k == s.j + 1 and folded.startswith(councils)):
            return True
    return False


_COUNCIL_LANGUAGES = lang.languages_with("council_words.txt")


_INSTITUTION_WORDS = 5
"""Lowercase words an institution's name may hold between its head noun and the place:
"Міністерства економічного розвитку і торгівлі України" holds four."""
_HEADED_LANGUAGES = lang.languages_with("institution_heads.txt")


def settlement_word(s: Seen) -> bool:
    """"у селі Романків", "м. Щастя", "Місто Лисичанськ": a (Cyrillic) match right after a word
    that says a settlement's name follows (:func:`~geomap.geoparse.words.after_settlement_word`)."""
    return words.after_settlement_word(s.text, s.tokens, s.i, s.language) and \
        not institution_genitive(s)  # but "Господарського суду м. Києва" names a court


def named_thing(s: Seen) -> bool:
    """"Северный поток-2", "Белую книгу", "Донецького аеропорту", "Нового року": in an article
    of a language with ``adjective_forms`` and ``feature_noun_stems``, a lone adjective (a word
    with an ending of the first list) right before a lowercase noun that is no word of a place's
    name (``region_words``: "области", "району"), no noun of a feature (the second list: "моря",
    "парку") and no function word is part of the name of a thing (a pipeline, a paper, an
    airport, a holiday), not a place."""
    tokens = s.tokens
    if s.i != s.j or s.j + 1 >= len(tokens) or s.language not in _THING_LANGUAGES \
            or not s.surface.casefold().endswith(lang.words("adjective_forms", s.language)):
        return False
    start, _, word = tokens[s.j + 1]
    if s.text[s.end:start] != " " or not word[0].islower() or len(word) < _NOUN_LETTERS \
            or not inflection.cyrillic(word):
        return False
    folded = word.casefold()
    return folded not in _PLACE_NOUNS and folded not in _FUNCTION_WORDS and \
        not folded.startswith(lang.words("feature_noun_stems", s.language))


_THING_LANGUAGES = tuple(set(lang.languages_with("adjective_forms.txt"))
                         & set(lang.languages_with("feature_noun_stems.txt")))
_NOUN_LETTERS = 4  # a shorter lowercase word ("та", "и", "на", "від") is no noun of a name
_PLACE_NOUNS = inflection.region_words()
_FUNCTION_WORDS = frozenset().union(*(lang.word_set("function_words", code) | lang.word_set(
    "conjunctions", code) for code in inflection.CYRILLIC_LANGUAGES
    if code in lang.languages_with("conjunctions.txt")))

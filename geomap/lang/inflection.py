"""Inflected place names: the dictionary forms a gazetteer lookup tries when a name written in
Cyrillic is not found as written.

Ukrainian, Russian and Bulgarian decline names: "у Києві" (in Kyiv), "России" (of Russia),
"Донецької області" (of the Donetsk region). The gazetteer holds the nominative ("Київ",
"Россия", "Донецька область"). :func:`lemma_forms` gives it: each word's lemma from
``simplemma``'s dictionaries (MIT licence), and an adjective before a feminine noun put in the
feminine (a division noun listed with its gender in ``lang/<code>/division_heads.tsv``, such as
"область", or a noun ending in -а or -я: "Великої Британії" is "Велика Британія").
The language of a word is guessed from its letters (і, ї, є, ґ are Ukrainian; ы, э, ё Russian;
ъ inside a word Bulgarian), else Russian, Ukrainian and Bulgarian are tried in turn. Latin
script is left alone: English needs none of this and pays nothing for it.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from geomap import lang

CYRILLIC_LANGUAGES = ("ru", "uk", "bg")
_UKRAINIAN = frozenset("іїєґІЇЄҐ")
_RUSSIAN = frozenset("ыэёЫЭЁ")
# the feminine of an adjective's masculine lemma, by language: ending -> endings to try
_FEMININE = {
    "uk": (("ий", ("а",)), ("ій", ("я",))),
    "ru": (("ый", ("ая",)), ("ий", ("ая", "яя")), ("ой", ("ая",))),
    "bg": (("ски", ("ска",)), ("ки", ("ка",)), ("и", ("а",))),
}
_MAX_FORMS = 16
_MAX_FOREIGN = 8  # romanisations of a name's forms as a foreign name's letters are written
_MAX_ENDING_FORMS = 48  # each word of a name of two has up to seven ("Кривому Розі")
_COMMON_ZIPF = 3.0  # a word this common in its language is looked up by its romanisation ...
_ORDINARY_ZIPF = 4.0  # ... only for a big place (see :func:`commonness`), and this common, not
_STEM = 2  # letters a stem keeps when a case ending is taken off
_CASE_LETTERS = 3  # letters of an adjective's case ending ("-ому", "-ого")


def cyrillic(text: str) -> bool:
    """Whether ``text`` holds a Cyrillic letter."""
    return _CYRILLIC.search(text) is not None


_CYRILLIC = re.compile("[\u0400-\u04ff]")


@lru_cache(maxsize=65536)
def languages(text: str) -> tuple[str, ...]:
    """The languages of :data:`CYRILLIC_LANGUAGES` that may have written ``text``, the likeliest
    first."""
    letters = set(text)
    if letters & _UKRAINIAN:
        return ("uk",)
    if letters & _RUSSIAN:
        return ("ru", "bg")
    if "ъ" in text[:-1]:  # Russian writes ъ only rarely inside a word, Bulgarian often
        return ("bg", "ru")
    return CYRILLIC_LANGUAGES


@lru_cache(maxsize=65536)
def lemma_forms(surface: str) -> tuple[str, ...]:
    """The forms of a Cyrillic name a dictionary would list, other than ``surface`` itself:
    "Києві" gives "Київ"; "Донецької області" gives "Донецька область"; in a name of several
    words, a word the dictionary does not know also takes its case endings' nominatives
    ("Великому Бурлуці" gives "Великий Бурлук"). Empty for a name in another script.

    Parameters
    ----------
    surface
        The name as written: one or more words.
    """
    if not cyrillic(surface):
        return ()
    words = surface.split()
    forms: list[str] = []
    for language in languages(surface):
        lemmas = [_lemma(word, language) for word in words]
        heads = _heads(language)
        # a word of a longer name the dictionary does not know keeps the nominatives its case
        # endings give ("у Великому Бурлуці": "Великий" and "Бурлук")
        options = [[lemma] if lemma != word or len(words) == 1
                   else [lemma, *_endings(word, language)]
                   for lemma, word in zip(lemmas, words, strict=True)]
        if len(words) > 1 and _feminine_noun(lemmas[-1], heads):
            for k in range(len(words) - 1):
                options[k] = _feminine(lemmas[k], language) + options[k]
        for form in _combinations(options):
            if form != surface and form not in forms:
                forms.append(form)
    return tuple(forms[:_MAX_FORMS])


@lru_cache(maxsize=65536)
def word_forms(word: str) -> tuple[str, ...]:
    """The forms one Cyrillic word may take as the first word of a name in the gazetteer, other
    than itself: its lemma in each language, that lemma in the feminine, and the nominatives of
    its case endings ("Донецької" gives "Донецький", "Донецька"; "Балтийского" "Балтийское").
    These are the forms :func:`lemma_forms` and :func:`ending_forms` give a name's first word.
    Empty for a word in another script."""
    if not cyrillic(word):
        return ()
    forms: list[str] = []
    for language in languages(word):
        lemma = _lemma(word, language)
        forms += [lemma, *_feminine(lemma, language)]
    forms += [form for form, _ in ending_forms(word)]
    return tuple(f for f in dict.fromkeys(forms) if f != word)


@lru_cache(maxsize=65536)
def district_stems(surface: str) -> tuple[tuple[str, str, str], ...]:
    """The beginnings of a centre town's name that a district's name gives, with the suffix and
    the language: "Покровському районі" gives ``("Покров", "ськ", "uk")``. The name is an
    adjective made with a suffix of the language's ``district_names.tsv`` and a case ending of
    at most :data:`_CASE_LETTERS` letters, then its division noun; the suffix and the ending are
    taken off. Empty for any other name."""
    words = surface.split()
    if len(words) != 2 or not cyrillic(surface):
        return ()
    out: list[tuple[str, str, str]] = []
    for language in languages(surface):
        rows = _district_rows(language)
        if not rows or not words[1].casefold().startswith(_district_nouns(language)):
            continue
        head = division_head(words[1])
        for row in rows:
            if row["noun"] != head:
                continue
            at = words[0].rfind(row["suffix"])
            found = (words[0][:at], row["suffix"], language)
            if at > _STEM and len(words[0]) - at - len(row["suffix"]) <= _CASE_LETTERS \
                    and found not in out:
                out.append(found)
    return tuple(out)


@cache
def _district_nouns(language: str) -> tuple[str, ...]:
    """The beginnings of the district nouns' case forms ("район" of "районі", "району")."""
    return tuple(sorted({row["noun"][:max(3, len(row["noun"]) - 1)]
                         for row in _district_rows(language)}))


@cache
def _district_rows(language: str) -> tuple[dict[str, str], ...]:
    if language not in lang.languages_with("district_names.tsv"):
        return ()
    return lang.table("district_names", language)


def home_countries(language: str | None) -> frozenset[str]:
    """The countries whose place names a Cyrillic-script language declines as its own
    (``lang/<code>/home_countries.txt``); none for another language."""
    return lang.word_set("home_countries", language) if language in CYRILLIC_LANGUAGES \
        else frozenset()


@lru_cache(maxsize=65536)
def ending_forms(surface: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The nominatives a Cyrillic name may have by its language's case endings, where the
    dictionary does not know it ("Торецком" gives "Торецк", "Часовым Яром" "Часов Яр"), each with
    the countries whose places the language declines so (``name_endings.tsv`` and
    ``home_countries.txt``): a foreign name's forms are the dictionary's, and a person's
    declined surname ("Джонсона") is no American town. (The store admits a large foreign city
    by these forms too: ``store._FOREIGN_CITY``, "в Гомі" is Goma.)

    Parameters
    ----------
    surface
        The name as written: one or more words.
    """
    if not cyrillic(surface):
        return ()
    words = surface.split()
    out: list[tuple[str, frozenset[str]]] = []
    seen = {surface}  # the forms given so far, and the name itself
    for language in languages(surface):
        if len(out) >= _MAX_ENDING_FORMS:
            break  # the next language's forms would be cut off
        countries = home_countries(language)
        for form in _combinations([_word_endings(word, language) for word in words],
                                  _MAX_ENDING_FORMS):
            if form not in seen:
                seen.add(form)
                out.append((form, countries))
    return tuple(out[:_MAX_ENDING_FORMS])


def _word_endings(word: str, language: str) -> list[str]:
    """A word and the nominatives its case endings give; a hyphenated word's parts are each
    declined ("Новгороде-Северском" gives "Новгород-Северский")."""
    forms = [word, *_endings(word, language)]
    if "-" in word:
        parts = [[part, *_endings(part, language)] for part in word.split("-")]
        forms += [form.replace(" ", "-") for form in _combinations(parts, _MAX_FORMS)
                  if form.replace(" ", "-") not in forms]
    return forms


@lru_cache(maxsize=65536)
def _endings(word: str, language: str) -> tuple[str, ...]:
    """The nominatives a word may have by the language's case endings (``name_endings.tsv``)."""
    out = []
    for ending, replacement in _ending_rules_by_letter(language).get(word[-1:], ()):
        stem = len(word) - len(ending)
        if word.endswith(ending) and (stem >= _STEM or (stem and len(replacement) > 1)):
            # a rule that restores a stem's vowel keeps one letter of it ("Розі" -> "Ріг")
            form = word[:stem] + replacement
            if form not in out:
                out.append(form)
    return tuple(out)


@lru_cache(maxsize=65536)
def romanisations(surface: str) -> tuple[str, ...]:
    """A Cyrillic name, and the nominatives its case endings give, in Latin letters by each
    language that may have written it (``romanisation.tsv``): "Хан-Юніса" gives "Khan-Yunisa"
    and "Khan-Yunis". Empty for a name in another script. A common word (:func:`commonness`)
    or an adjective (:func:`adjective`) is not looked up so.

    Parameters
    ----------
    surface
        The name as written: one or more words.
    """
    return _romanised(surface, forms=True)


def romanised_as_written(surface: str) -> tuple[str, ...]:
    """A Cyrillic name as written, case ending and all, in Latin letters by each language that
    may have written it ("Никопол" gives "Nikopol"); see :func:`romanisations`."""
    return _romanised(surface, forms=False)


def _romanised(surface: str, forms: bool) -> tuple[str, ...]:
    if not cyrillic(surface):
        return ()
    out: list[str] = []
    foreign: list[str] = []  # as a foreign name's letters are written, after the others
    for language in languages(surface):
        for form in (surface, *(f for f, _ in ending_forms(surface) if forms)):
            for table, found in zip(_romanisations(language), (out, foreign), strict=False):
                latin = form.casefold().translate(table)
                if latin.isascii() and latin not in out and latin not in foreign:
                    found.append(latin)
    return (*out[:_MAX_FORMS], *foreign[:_MAX_FOREIGN])


@cache
def _adjective_endings(language: str) -> tuple[str, ...]:
    return lang.words("adjective_endings", language)


def commonness(surface: str) -> int:
    """How common a Cyrillic name is as a word of a language that may have written it: 0 not
    common, 1 fairly common (from :data:`_COMMON_ZIPF`: "Бені", "Бару", which may still be the
    romanisation of a big place's name), 2 an ordinary word (from :data:`_ORDINARY_ZIPF`:
    "Сьогодні"); a name of several words by its last, its head ("Велика Писаривка" is no common
    word, though "Велика" is)."""
    last = surface.split()[-1]
    zipf = max((_zipf(last, language) for language in languages(surface)), default=0.0)
    return 2 if zipf >= _ORDINARY_ZIPF else 1 if zipf >= _COMMON_ZIPF else 0


def homes_of(surface: str) -> frozenset[str]:
    """The home countries of the languages that may have written a Cyrillic name."""
    return frozenset().union(*(home_countries(language) for language in languages(surface)))


def adjective(surface: str) -> bool:
    """Whether a Cyrillic name's last word has an adjective's ending in a language that may have
    written it (``adjective_endings.txt``: "Краматорської", "Северен")."""
    last = surface.split()[-1].casefold()
    return any(last.endswith(_adjective_endings(language)) for language in languages(surface))


@lru_cache(maxsize=65536)
def _zipf(word: str, language: str) -> float:
    from geomap.lang.frequencies import zipf

    return zipf(word.casefold(), language)


@cache
def _romanisations(language: str) -> tuple[dict[int, str], ...]:
    """The language's romanisation of each Cyrillic letter, as a table for ``str.translate``,
    and, where its ``romanisation.tsv`` has a ``foreign`` column, how a foreign name's letters
    are written ("Гонаїв" is Gonayiv), as a second table."""
    rows = lang.table("romanisation", language)
    tables = [str.maketrans({row["cyrillic"]: row["latin"].replace("-", "") for row in rows})]
    if rows and "foreign" in rows[0]:
        tables.append(str.maketrans({row["cyrillic"]: row["foreign"].replace("-", "")
                                     for row in rows}))
    return tuple(tables)


@cache
def _lemmatizer() -> Any:
    """simplemma's lemmatiser that only looks words up in its dictionaries: a name the
    dictionary lacks is left to the case endings (``name_endings.tsv``), which know place names
    better than simplemma's general suffix rules, and cost less."""
    from simplemma import Lemmatizer
    from simplemma.strategies import DictionaryLookupStrategy

    return Lemmatizer(lemmatization_strategy=DictionaryLookupStrategy())


@cache
def _ending_rules(language: str) -> tuple[tuple[str, str], ...]:
    return tuple((row["ending"], row["replacement"].replace("-", ""))
                 for row in lang.table("name_endings", language))


@cache
def _ending_rules_by_letter(language: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """:func:`_ending_rules` by the last letter of their ending, in file order: a word is tried
    only against the endings it can have."""
    found: dict[str, list[tuple[str, str]]] = {}
    for ending, replacement in _ending_rules(language):
        found.setdefault(ending[-1:], []).append((ending, replacement))
    return {letter: tuple(rules) for letter, rules in found.items()}


@lru_cache(maxsize=65536)
def _lemma(word: str, language: str) -> str:
    lemma = str(_lemmatizer().lemmatize(word, lang=language))
    if word[:1].isupper() and lemma[:1].islower():
        lemma = lemma[:1].upper() + lemma[1:]
    return lemma


def _feminine_noun(lemma: str, heads: dict[str, str]) -> bool:
    """Whether a name's last word is a feminine noun: a feminine division noun of the table,
    or a noun ending in -а or -я ("Велика Британія", "Нова Каховка", "Южная Корея")."""
    folded = lemma.casefold()
    gender = heads.get(folded)
    return gender == "f" if gender else folded.endswith(("а", "я"))


def _feminine(lemma: str, language: str) -> list[str]:
    for ending, replacements in _FEMININE.get(language, ()):
        if lemma.endswith(ending):
            stem = lemma[:-len(ending)]
            return [stem + replacement for replacement in replacements]
    return []


def _combinations(options: list[list[str]], most: int = _MAX_FORMS) -> list[str]:
    """The first ``most`` ways of taking one word of each option, the first option's choice
    varying slowest, each way's words joined by spaces."""
    found = [""]
    for choices in options:
        # only the first prefixes reach the first ``most`` combinations
        prefixes = found[:most // (len(choices) or 1) + 1]
        found = [f"{prefix} {choice}".strip() for prefix in prefixes for choice in choices]
        found = found[:most]
    return found


def division_head(word: str) -> str | None:
    """The dictionary form of a Cyrillic division noun in any case or number ("областей",
    "області", "районах" give "область", "область", "район"; ``division_heads.tsv``), else
    ``None``."""
    if not cyrillic(word):
        return None
    folded = word.casefold()
    for language in languages(word):
        for lemma in _heads(language):
            if folded.startswith(lemma[:max(3, len(lemma) - 1)]):
                return lemma
    return None


@cache
def _heads(language: str) -> dict[str, str]:
    return {row["lemma"]: row["gender"] for row in lang.table("division_heads", language)}


def region_words() -> frozenset[str]:
    """The lowercase words of every Cyrillic language that may end a place name
    (``lang/<code>/region_words.txt``)."""
    return frozenset(w for language in CYRILLIC_LANGUAGES
                     for w in lang.words("region_words", language))

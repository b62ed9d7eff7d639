"""Word lists that tell ordinary words and personal names from place names.

All come from installed packages: given names and surnames from the US Census 1990 lists that
the ``names`` package ships (public domain data), word frequencies from ``wordfreq``, and the
English word forms of ``simplemma``'s lemma dictionary (MIT licence) to tell a word from a name
that is only ever written with a capital ("Lyon", "Albany"); and the words that say a
settlement's name follows (``lang/<code>/settlement_words.txt``: "у селі", "м.").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

from geomap import lang

COMMON_ZIPF = 3.3  # Zipf of a common English word: tuned on the dev corpora (3.0-3.6 alike)
FIRST_NAME_SHARE = 0.02  # percent of people bearing a given name, US Census 1990
SURNAME_RANK = 10_000  # the commonest US Census surnames count as surnames
FOREIGN_FUNCTION_WORDS = frozenset().union(*(
    lang.word_set("function_words", code) for code in lang.languages_with("function_words.txt")
    if code != lang.DEFAULT_LANGUAGE))
"""The function words of the languages other than English ("під", "край", "dans"): a sentence
that opens with one ("Під Лиманом тривають бої", "Край Краматорск") opens with no given name."""


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Common English given names, case-folded: those borne by at least
    :data:`FIRST_NAME_SHARE` percent of people in the US Census 1990 lists."""
    from importlib import resources

    found: set[str] = set()
    for table in ("dist.male.first", "dist.female.first"):
        for line in (resources.files("names") / table).read_text().split("\n"):
            fields = line.split()
            if len(fields) >= 2 and float(fields[1]) >= FIRST_NAME_SHARE:
                found.add(fields[0].casefold())
    return frozenset(found)


@lru_cache(maxsize=1)
def last_names() -> frozenset[str]:
    """The :data:`SURNAME_RANK` commonest surnames of the US Census 1990 list, case-folded;
    rarer ones ("Us", "American") are words first."""
    from importlib import resources

    text = (resources.files("names") / "dist.all.last").read_text()
    return frozenset(fields[0].casefold() for fields in map(str.split, text.split("\n"))
                     if len(fields) >= 4 and int(fields[3]) <= SURNAME_RANK)


@lru_cache(maxsize=1)
def zipf() -> Callable[[str], float]:
    """Frequency of an English word on wordfreq's Zipf scale (0 rare, 7 "the"), memoised
    (:func:`geomap.lang.frequencies.zipf`)."""
    from geomap.lang.frequencies import zipf as language_frequency

    language_frequency("the", "en")  # loads the list with the word forms: the first article
    _english_forms()  # pays for both
    cache: dict[str, float] = {}

    def lookup(word: str) -> float:
        if word not in cache:
            cache[word] = language_frequency(word, "en")
        return cache[word]

    return lookup


@lru_cache(maxsize=1)
def _english_forms() -> Callable[[str], bool]:
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    forms = DefaultDictionaryFactory().get_dictionary("en")
    return forms.__contains__


def english_word(word: str) -> bool:
    """Whether the lower-case form of ``word`` is a word of the English lemma dictionary
    ("park", "hill", "young"; not "mather", "lyon")."""
    return _english_forms()(word.casefold())


@lru_cache(maxsize=65536)
def name_only(word: str) -> bool:
    """Whether English writes ``word`` only as a name: its lower-case form is no word of the
    lemma dictionary and its capitalised form is ("Lyon", "Albany", "Leeds"; not "Mobile",
    "Reading", "Turkey"). Word frequencies count both, so a frequent name looks like a word."""
    known = _english_forms()
    folded = word.casefold()
    return not known(folded) and known(folded.capitalize())


@lru_cache(maxsize=65536)
def language_zipf(word: str, language: str | None) -> float:
    """How common a word is in the article's language, on wordfreq's Zipf scale ("Selon" 5.4 in
    French); a Cyrillic word in an article of unknown language takes the highest among the
    languages that may have written it (Russian, Ukrainian, Bulgarian:
    :func:`geomap.lang.inflection.languages`; "По" 6.9, "Але" 6.5 in Ukrainian). English is
    :func:`zipf`'s; 0 for English or no language."""
    from geomap.lang.frequencies import zipf
    from geomap.lang.inflection import cyrillic, languages

    folded = word.casefold()
    if language and language != "en":
        return zipf(folded, language)
    if cyrillic(word):
        return max(zipf(folded, code) for code in languages(word))
    return 0.0


def after_settlement_word(text: str, tokens: list[tuple[int, int, str]], i: int,
                          language: str | None = None) -> bool:
    """Whether token ``i`` follows a word that says a settlement's name follows ("у селі
    Романків", "м. Щастя", "Місто Лисичанськ"): ``settlement_words`` of ``language``, or of
    every language that has them when ``language`` has none."""
    if i == 0:
        return False
    before = tokens[i - 1]
    gap = text[before[1]:tokens[i][0]]
    word = before[2].casefold()
    if gap in (". ", ".\u00a0"):
        word += "."
    elif gap not in (" ", "\u00a0"):
        return False
    return word in _settlement_words(language)


@cache
def _settlement_words(language: str | None) -> frozenset[str]:
    found = lang.languages_with("settlement_words.txt")
    return lang.word_set("settlement_words", language) if language in found else frozenset(
        word for code in found for word in lang.words("settlement_words", code))

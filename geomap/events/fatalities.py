"""How many people an event killed, read from a sentence: number grammar, exact rules.

- counts before or after a verb of killing: "killing two civilians" -> 2, "at least 14 people
  were killed" -> 14, "Thirteen soldiers died" -> 13, "police fatally shot three men" -> 3;
- lists of counts add up: "24 civilians, 24 Kurdish fighters and 25 militiamen have been killed"
  -> 73, "four soldiers and about a dozen rebels were killed" -> 16, "shot to death a farmer and
  his wife" -> 2;
- tolls: "the death toll rose to 23", "left 130 people dead", "ended in 18 fatalities";
- one victim: "was fatally stabbed", "was killed", "is dead after being stabbed", "the stabbing
  death of a software CEO", "a body was found", "Dziekanski died after he was shocked";
- none: "killing no one", "nobody was hurt", "causing no injuries", "no casualties" -> 0.

``None`` when the sentence says nothing of deaths. The grammar is each language's data:
``lang/<code>/fatality_grammar.tsv``, its number words ``number_words.tsv`` and nouns of people
``casualty_nouns.re``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from geomap import lang
from geomap.lang.literals import Searcher

_MAX_DIGITS = 7  # no event has killed ten million people


class _Grammar:
    """A language's grammar of death tolls, compiled once from ``lang/<code>/``:
    ``fatality_grammar.tsv`` (named patterns), ``number_words.tsv`` and ``casualty_nouns.re``."""

    def __init__(self, language: str) -> None:
        self.words = {row["word"]: int(row["value"]) for row in lang.table("number_words",
                                                                             language)}
        # digits, with commas only between thousands: "2022, when dozens ..." counts no 2022;
        # a word for tens with one for units after it ("twenty-four", "двадцять чотири",
        # "двадесет и четири") before the words alone
        tens = _alternation(w for w, v in self.words.items() if v in _TENS)
        units = _alternation(w for w, v in self.words.items() if 1 <= v <= 9)
        number = (r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+|"
                  + (rf"(?:{tens}){_UNITS_JOIN.pattern}(?:{units})\b|" if tens and units else "")
                  + _alternation(self.words) + ")")
        capitalised = "|".join(sorted({w.capitalize() for w in self.words if w.isalpha()}))
        macros = {"NUMBER": number, "CAPITALISED_NUMBERS": capitalised or "(?!)",
                  "CASUALTY": lang.pattern("casualty_nouns", language)}
        named = lang.grammar("fatality_grammar", language, macros)
        # each pattern searched only where one of its words is: a sentence of a toll is read by
        # a score of them, most of which it holds no word of
        self.tolls = tuple(Searcher(p) for name, p in named.items() if name.startswith("toll_"))
        self.none = tuple(Searcher(p) for name, p in named.items() if name.startswith("none_"))
        self.single = tuple(Searcher(p) for name, p in named.items()
                            if name.startswith("single_"))
        self.shares = tuple(p for name, p in named.items() if name.startswith("share_"))
        self.hint = Searcher(named["hint"])  # searched only where one of its words is
        self.list_split = named.get("list_split", lang.NEVER)
        self.one_item = named.get("one_item", lang.NEVER)
        self.earlier = named.get("earlier", lang.NEVER)
        self.also = named.get("also", lang.NEVER)
        self.revised = named.get("revised", lang.NEVER)
        # a determiner before a list item's count ("the three soldiers"); matches "" if none
        self.determiner = named.get("determiner", re.compile(""))
        about = named["about"].pattern if "about" in named else ""
        # but a person's age is no count ("The 34-year-old man died")
        self.count = re.compile(rf"{about}({number})(?!\w|-(?:year|month|week|day)s?-old)",
                                re.IGNORECASE)


@cache
def _grammar(language: str) -> _Grammar:
    return _Grammar(lang.event_language(language))


@lru_cache(maxsize=8192)
def fatalities(sentence: str, language: str = lang.DEFAULT_LANGUAGE) -> int | None:
    """The number killed that the sentence reports, or ``None``.

    Parameters
    ----------
    sentence
        One sentence.
    language
        Its language (ISO 639-1): whose number words and toll patterns are read.
    """
    grammar = _grammar(language)
    if not grammar.hint.found(sentence):  # a word every rule holds
        return None
    # "killing two officers, days after a wave of attacks killed 19": the toll after words of an
    # earlier happening is that happening's, unless the sentence gives no other
    earlier = grammar.earlier.search(sentence)
    counts: list[tuple[bool, int]] = []
    for match in _tolls(sentence, language):
        groups = match.groupdict()
        count = _list_count(groups["list"], grammar) if groups.get("list") else \
            _value(groups["n"], grammar)
        if count is not None:
            counts.append((earlier is not None and match.start() >= earlier.start(), count))
    if counts:
        own = [count for later, count in counts if not later]
        return max(own or [count for _, count in counts])
    if any(searcher.found(sentence) for searcher in grammar.none):
        return 0
    if any(searcher.found(sentence) for searcher in grammar.single):
        return 1
    return None


def besides(sentence: str, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether the sentence counts dead besides those told before ("The bomber also died",
    "Two soldiers were also killed"): the ``also`` pattern of ``fatality_grammar.tsv``."""
    return _grammar(language).also.search(sentence) is not None


def revises(sentence: str, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether the sentence speaks of the toll of a happening told before ("A provincial
    official later put the death toll at 14"): the ``revised`` pattern of
    ``fatality_grammar.tsv``."""
    return _grammar(language).revised.search(sentence) is not None


@lru_cache(maxsize=4096)
def shares(sentence: str, language: str = lang.DEFAULT_LANGUAGE) -> tuple[tuple[int, int], ...]:
    """The parts of a toll that the sentence tells with a place, after its total: "killed 22
    across the Gaza Strip, including eight in a strike on a school in Gaza City" gives the
    offset where "including eight in" ends and 8. In text order; none where the sentence gives
    no toll.

    Parameters
    ----------
    sentence
        One sentence.
    language
        Its language (ISO 639-1): whose ``share_*`` patterns are read.
    """
    grammar = _grammar(language)
    if fatalities(sentence, language) is None:
        return ()  # "187 combat engagements, among them 24 near Lyman": parts of no toll
    found = []
    for pattern in grammar.shares:
        for match in pattern.finditer(sentence):
            if (count := _value(match.group("n"), grammar)) is not None:
                found.append((match.end(), count))
    return tuple(sorted(found))


def beyond_any(sentence: str, language: str = lang.DEFAULT_LANGUAGE) -> list[str]:
    """The numbers the sentence gives as a toll that are beyond what any event has had (more
    than seven digits): :func:`fatalities` leaves them out, and the run says so."""
    grammar = _grammar(language)
    if not grammar.hint.found(sentence):
        return []
    found = []
    for match in _tolls(sentence, language):
        groups = match.groupdict()
        numbers = re.findall(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+",
                             groups.get("list") or groups.get("n") or "")
        found += [n for n in numbers if len(n.replace(",", "")) > _MAX_DIGITS]
    return list(dict.fromkeys(found))


@lru_cache(maxsize=8192)
def _tolls(sentence: str, language: str) -> tuple[re.Match[str], ...]:
    """The matches of the toll patterns in the sentence, pattern by pattern, in text order
    each: read once for :func:`fatalities` and :func:`beyond_any`."""
    low = sentence.lower()
    return tuple(match for searcher in _grammar(language).tolls
                 for match in searcher.finditer(sentence, low))


def _list_count(text: str, grammar: _Grammar) -> int | None:
    total = 0
    for item in grammar.list_split.split(text):
        determiner = grammar.determiner.match(item)
        number = grammar.count.match(item, determiner.end() if determiner else 0)
        if number:
            value = _value(number.group(1), grammar)
            if value is None:
                return None
            total += value
        elif grammar.one_item.match(item):
            total += 1
    return total or None


def _value(text: str, grammar: _Grammar) -> int | None:
    text = text.lower().replace(",", "")
    if text.isdigit():
        return int(text) if len(text) <= _MAX_DIGITS else None  # see beyond_any
    value = grammar.words.get(text)
    if value is None and (parts := _UNITS_AFTER.fullmatch(text)):  # "twenty-four"
        tens, units = grammar.words.get(parts.group(1)), grammar.words.get(parts.group(2))
        if tens in _TENS and units is not None and 1 <= units <= 9:
            return tens + units
    return value


_TENS = frozenset(range(20, 100, 10))
_UNITS_JOIN = re.compile(r"(?:[^\S\n]+|-)(?:(?:and|et|и|і|й)[^\S\n]+)?", re.IGNORECASE)
"""Between a word for tens and one for units: "twenty-four", "vingt et un", "двадесет и
четири"."""
_UNITS_AFTER = re.compile(rf"(.+?){_UNITS_JOIN.pattern}(\S+)", re.IGNORECASE)


def _alternation(words: Iterable[str]) -> str:
    """Words as a regular expression's alternatives, the longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

"""What a language needs, as data: word lists, phrase patterns and tables in ``lang/<code>/``.

Each file is read once, from the installed package (:mod:`importlib.resources`), so a wheel
carries it. Three kinds, by suffix:

``<name>.txt``
    Words or phrases, one per line, in the order given (order matters where a list becomes a
    pattern: an earlier entry is tried first).
``<name>.re``
    Alternatives of a regular expression, one per line, tried in the order given; each may use
    regular-expression syntax (``says?``, ``air ?strikes?``). :func:`pattern` joins them.
``<name>.tsv``
    A table with a header line; :func:`table` gives its rows as mappings of column to text.

In every kind, blank lines and lines starting with ``#`` are skipped, and each line is stripped
of the spaces around it (a pattern that ends in a space writes it ``[ ]``): each file opens with
comment lines saying what it holds, where it comes from and under which licence. English
(``en``) is the default; a language reads events when its folder holds ``event_cues.tsv`` and
the other event files (:func:`event_language`).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from geomap.errors import GeomapError

DEFAULT_LANGUAGE = "en"


class LanguageDataError(GeomapError, FileNotFoundError):
    """A language data file is missing from the installation."""


def words(name: str, language: str = DEFAULT_LANGUAGE) -> tuple[str, ...]:
    """The entries of ``lang/<language>/<name>.txt``, in file order.

    Parameters
    ----------
    name
        The list's name, without suffix (``person_titles``).
    language
        An ISO 639-1 code.

    Raises
    ------
    LanguageDataError
        When the file is not installed.
    """
    return _lines(language, f"{name}.txt")


@cache
def word_set(name: str, language: str = DEFAULT_LANGUAGE) -> frozenset[str]:
    """The entries of ``lang/<language>/<name>.txt`` as a set."""
    return frozenset(words(name, language))


def alternation(name: str, language: str = DEFAULT_LANGUAGE) -> str:
    """The words of ``lang/<language>/<name>.txt`` as one regex group, ``(?:a|b|c)``, each word
    escaped, tried in file order; a group that matches nothing when the file has none."""
    found = words(name, language)
    return "(?:" + "|".join(re.escape(word) for word in found) + ")" if found else "(?!)"


def pattern(name: str, language: str = DEFAULT_LANGUAGE) -> str:
    """The alternatives of ``lang/<language>/<name>.re`` as one regex group, ``(?:a|b|c)``,
    tried in file order; a group that matches nothing when the file has none."""
    lines = _lines(language, f"{name}.re")
    return "(?:" + "|".join(lines) + ")" if lines else "(?!)"  # an empty list matches nothing


def optional_pattern(name: str, language: str = DEFAULT_LANGUAGE) -> str | None:
    """:func:`pattern` of ``lang/<language>/<name>.re``, a file a language may leave out;
    ``None`` where it does."""
    return pattern(name, language) if language in languages_with(f"{name}.re") else None


def table(name: str, language: str = DEFAULT_LANGUAGE) -> tuple[dict[str, str], ...]:
    """The rows of ``lang/<language>/<name>.tsv`` as mappings of column to text, in file order."""
    rows = [line.split("\t") for line in _lines(language, f"{name}.tsv")]
    if not rows:
        return ()
    header, body = rows[0], rows[1:]
    for number, row in enumerate(body, start=2):
        if len(row) != len(header):
            msg = (f"lang/{language}/{name}.tsv: data row {number} has {len(row)} fields, "
                   f"the header {len(header)}")
            raise LanguageDataError(msg)
    return tuple(dict(zip(header, row, strict=True)) for row in body)


EVENT_FILES = (
    "event_cues.tsv", "hypothetical.re", "habitual.re", "figurative.re", "denial.re",
    "accidents.re", "negation.re", "unit_nouns.re", "comparison_frames.re", "clause_breaks.re",
    "conditional_openers.txt", "time_frames.re", "superlatives.re", "yardsticks.re",
    "security_forces.re", "target_after.re", "by_security.re", "security_victim.re",
    "place_contexts.tsv", "function_words.txt", "not_name_words.txt", "attribution.tsv",
    "saying_verbs.txt", "source_modifiers.txt", "source_nouns.txt", "not_sources.txt",
    "articles.txt", "actor_patterns.tsv", "armed_groups.txt", "crowd_actors.tsv",
    "fatality_grammar.tsv", "number_words.tsv", "casualty_nouns.re", "count_words.tsv",
    "months.tsv", "weekdays.tsv", "date_hints.tsv", "date_grammar.tsv", "conflict_parties.txt",
    "civilians.re", "organisation_joiners.txt", "news_organisation_words.txt", "actor_verbs.re",
)
"""The files a language's folder holds to read events (:func:`event_language`); a file may hold
no entries (its patterns then match nothing), but it is there, with its header."""

NEVER = re.compile("(?!)")
"""A pattern that matches nothing: what a language without a named pattern gets."""


@cache
def patterns(name: str, language: str = DEFAULT_LANGUAGE) -> dict[str, re.Pattern[str]]:
    """The named patterns of ``lang/<language>/<name>.tsv`` (columns ``name``, ``flags``,
    ``pattern``), compiled: ``flags`` ``i`` matches case-insensitively, ``-`` as written."""
    return {row["name"]: re.compile(row["pattern"], re.IGNORECASE if row["flags"] == "i" else 0)
            for row in table(name, language)}


def grammar(name: str, language: str, macros: dict[str, str]) -> dict[str, re.Pattern[str]]:
    """The named patterns of ``lang/<language>/<name>.tsv`` (columns ``name``, ``flags``,
    ``pattern``), in file order, each compiled after its macros are put in: ``{MACRO}`` for a
    key of ``macros``, or the upper-cased name of a row above it (``{ROLE}``, ``{LIST}``)."""
    expanded = dict(macros)
    named: dict[str, re.Pattern[str]] = {}
    for row in table(name, language):
        text = row["pattern"]
        for macro, value in expanded.items():
            text = text.replace("{" + macro + "}", value)
        expanded[row["name"].upper()] = text
        named[row["name"]] = re.compile(text, re.IGNORECASE if row["flags"] == "i" else 0)
    return named


@cache
def event_language(language: str | None) -> str:
    """The language whose event data reads a document in ``language``: itself when geomap has
    event cues for it (``lang/<code>/event_cues.tsv``), else English."""
    if language and (resources.files(__name__) / language / "event_cues.tsv").is_file():
        return language
    return DEFAULT_LANGUAGE


@cache
def languages_with(filename: str) -> tuple[str, ...]:
    """The languages whose folder holds ``filename`` (``lang/<code>/<filename>``), in code
    order: data a new language may add without a change to the code."""
    return tuple(sorted(folder.name for folder in resources.files(__name__).iterdir()
                        if folder.is_dir() and (folder / filename).is_file()))


@cache
def _lines(language: str, filename: str) -> tuple[str, ...]:
    try:
        text = (resources.files(__name__) / language / filename).read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        msg = (f"geomap's language data lang/{language}/{filename} is missing: the installation "
               f"is incomplete (reinstall geomap)")
        raise LanguageDataError(msg) from None
    return tuple(line.strip() for line in text.split("\n")
                 if line.strip() and not line.startswith("#"))

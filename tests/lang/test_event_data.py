"""Each language that reads events has every file of the seam, and its patterns compile."""

from __future__ import annotations

from importlib import resources

import pytest

from geomap import lang
from geomap.events import attribution, cues, dates, fatalities, triggers
from geomap.gazetteer import Gazetteer

LANGUAGES = sorted(p.name for p in resources.files("geomap.lang").iterdir()
                   if p.is_dir() and (p / "event_cues.tsv").is_file())


def test_the_languages_of_the_war_read_events() -> None:
    assert {"en", "uk", "ru", "bg", "fr"} <= set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_language_that_reads_events_has_every_file(language: str) -> None:
    folder = resources.files("geomap.lang") / language
    missing = [name for name in lang.EVENT_FILES if not (folder / name).is_file()]
    assert not missing, f"lang/{language} lacks {missing}"
    assert lang.event_language(language) == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_its_grammar_compiles(language: str) -> None:
    assert cues.cue_set(language).cues
    triggers._grammar(language)
    attribution._grammar(language)
    fatalities._grammar(language)
    assert dates._grammar(language).rules
    assert lang.patterns("place_contexts", language)


def test_a_language_without_event_data_reads_as_english() -> None:
    assert lang.event_language("de") == "en"
    assert lang.event_language(None) == "en"


@pytest.mark.parametrize(("text", "language", "capital"), [
    ("Брюссель засудив розгін акції в Тбілісі.", "uk", "Брюссель"),
    ("Москва заявила, что взяла Торецк.", "ru", "Москва"),
    ("Москва заяви, че е превзела Торецк.", "bg", "Москва"),
    ("Moscou a affirmé que ses troupes avaient pris Toretsk.", "fr", "Moscou"),
])
def test_a_capital_that_speaks_is_an_actor_in_each_language(
        gazetteer: Gazetteer, text: str, language: str, capital: str) -> None:
    from geomap.geoparse import find_mentions, resolve
    from geomap.models import Document

    doc = Document(id="t", text=text, language=language)
    roles = {t.mention.text: t.role for t in resolve(doc, find_mentions(doc, gazetteer),
                                                      gazetteer)}
    assert roles[capital] == "actor" and "location" in roles.values(), roles


def test_optional_data_is_found_in_every_language_folder_that_has_it() -> None:
    found = lang.languages_with("name_connectors.txt")
    assert {"en", "ru", "uk", "bg"} <= set(found) and "fr" not in found
    assert lang.languages_with("no_such_file.txt") == ()


def test_an_optional_pattern_is_none_where_a_language_leaves_it_out() -> None:
    assert lang.optional_pattern("superlatives_after", "en") is None
    found = lang.optional_pattern("superlatives_after", "fr")
    assert found is not None and "plus" in found

"""Inflected Cyrillic place names and the dictionary forms a lookup tries."""

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.lang.inflection import cyrillic, languages, lemma_forms


@pytest.mark.parametrize(("written", "form"), [
    ("Києві", "Київ"),  # Ukrainian locative
    ("Харкова", "Харків"),
    ("Покровська", "Покровськ"),
    ("России", "Россия"),  # Russian genitive
    ("Москве", "Москва"),
    ("Донецької області", "Донецька область"),  # an adjective agreeing with a feminine noun
    ("Донецкой области", "Донецкая область"),
    ("Софийската област", "Софийска област"),  # Bulgarian, with its article
    ("Покровському районі", "Покровський район"),  # masculine: the adjective's own lemma
])
def test_the_dictionary_form_is_among_the_forms(written: str, form: str) -> None:
    assert form in lemma_forms(written)


def test_latin_script_is_left_alone() -> None:
    assert lemma_forms("Kharkiv") == () and not cyrillic("Kyiv")


def test_the_language_is_guessed_from_the_letters() -> None:
    assert languages("Київ") == ("uk",)
    assert languages("Крым")[0] == "ru"
    assert set(languages("Москва")) == {"ru", "uk", "bg"}


@pytest.mark.parametrize(("written", "place"), [
    ("Києві", "Kyiv"), ("России", "Russia"), ("Донецької області", "Donetska oblast"),
    ("Москве", "Moscow"), ("Одесі", "Odesa"),
])
def test_the_gazetteer_finds_an_inflected_name(gazetteer: Gazetteer, written: str,
                                               place: str) -> None:
    assert gazetteer.candidates(written)[0].place.name == place
    assert gazetteer.has_inflected(written)


@pytest.mark.parametrize(("text", "name"), [
    ("Министр иностранных дел Германии Хайко Маас отверг критику.", "Германии"),
    ("Премиерът на Обединеното кралство подаде оставка.", "Обединеното кралство"),
    ("Кметът на Лондон Садик Хан иска оставката.", "Лондон"),
    ("Вибухи пролунали у Києві та в Донецькій області.", "Донецькій області"),
])
def test_recognition_finds_declined_names(gazetteer: Gazetteer, text: str, name: str) -> None:
    from geomap.geoparse import find_mentions
    from geomap.models import Document

    assert name in [m.text for m in find_mentions(Document(id="t", text=text), gazetteer)]


@pytest.mark.parametrize(("text", "kept", "dropped"), [
    ("Британската премиерка Тереза Мей заяви днес, че Мей ще остане.", [], ["Тереза", "Мей"]),
    ("Министр иностранных дел Германии Хайко Маас отверг критику.", ["Германии"], []),
    ("По словам мэра Бахмута Алексея Ревы, обстрелы продолжаются.", ["Бахмута"], []),
])
def test_a_cyrillic_personal_name_is_no_place(gazetteer: Gazetteer, text: str, kept: list[str],
                                              dropped: list[str]) -> None:
    from geomap.geoparse import find_mentions
    from geomap.models import Document

    found = [m.text for m in find_mentions(Document(id="t", text=text), gazetteer)]
    assert all(name in found for name in kept) and not set(dropped) & set(found), found

"""A document's language: given by its metadata, or detected offline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.lang.detect import detect, language_of, normalise
from geomap.readers import read_documents


@pytest.mark.parametrize(("text", "language"), [
    ("Russian artillery shelled Pokrovsk on Monday, killing two civilians.", "en"),
    ("Російська артилерія обстріляла Покровськ у понеділок, загинули двоє цивільних.", "uk"),
    ("Российская артиллерия обстреляла Покровск в понедельник, погибли двое мирных жителей.",
     "ru"),
    ("Руската артилерия обстреля Покровск в понеделник, загинаха двама цивилни граждани.", "bg"),
    ("L'artillerie russe a bombardé Pokrovsk lundi, tuant deux civils.", "fr"),
])
def test_each_language_is_detected(text: str, language: str) -> None:
    assert detect(text) == language


@pytest.mark.parametrize(("given", "code"), [
    ("en-US", "en"), ("uk_UA", "uk"), ("RU", "ru"), ("English", None), ("", None), (None, None),
])
def test_a_given_language_is_read_as_its_iso_code(given: str | None, code: str | None) -> None:
    assert normalise(given) == code


def test_a_given_language_wins_over_detection() -> None:
    assert language_of("fr", "Shelling hit Kharkiv.") == "fr"
    assert language_of("français", "Shelling hit Kharkiv.") == "en"  # no code: detected


def test_every_document_read_carries_its_language(tmp_path: Path) -> None:
    source = tmp_path / "a.jsonl"
    source.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in [
        {"id": "a", "text": "Shelling hit Kharkiv on Monday."},
        {"id": "b", "text": "Обстріл Харкова тривав усю ніч, повідомили у міській раді."},
        {"id": "c", "text": "Shelling hit Kharkiv.", "language": "en-GB"},
    ]) + "\n", encoding="utf-8")
    assert [d.language for d in read_documents([source])] == ["en", "uk", "en"]


def test_the_layers_carry_the_language(gazetteer: object) -> None:
    from geomap.engine import parse_document
    from geomap.gazetteer import Gazetteer
    from geomap.models import Document
    from geomap.outputs.records import event_record, toponym_record

    assert isinstance(gazetteer, Gazetteer)
    doc = Document(id="u", text="Вибухи пролунали у Києві та Харкові.", language="uk")
    toponym = parse_document(doc, gazetteer).toponyms[0]
    assert toponym_record(doc.id, toponym, doc.language)["language"] == "uk"
    english = parse_document(Document(id="e", text="Russian artillery shelled Pokrovsk on "
                                      "Monday, killing two civilians."), gazetteer)
    assert event_record(english.events[0])["language"] == "en"  # detected: none was given

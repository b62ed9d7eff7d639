from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.geoparse import find_mentions, resolve
from geomap.geoparse.streets import find_streets, is_street, street_town
from geomap.models import Document, Mention, Place, Toponym
from geomap.text import sentence_spans


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Майданчик мають збудувати по вул. Дружби.", "uk", ["вул. Дружби"]),
        ("Офіс на вул. Лаврська, 52 у Києві.", "uk", ["вул. Лаврська, 52"]),
        ("Перекрили рух вулиці Оборони та просп. Перемоги, 7а.", "uk",
         ["вулиці Оборони", "просп. Перемоги, 7а"]),
        ("Пам'ятник на вул. ім. В. Леніна і на вул. 8 Березня.", "uk",
         ["вул. ім. В. Леніна", "вул. 8 Березня"]),
        ("Ярмарок на Контрактовій площі та на 21 км Столичного шосе.", "uk",
         ["Контрактовій площі", "Столичного шосе"]),
        ("Мітинг на Красной площади, офис на ул. Ленина, 5.", "ru",
         ["Красной площади", "ул. Ленина, 5"]),
        ("Протест на бул. Витоша и на ул. „Раковски“.", "bg", ["бул. Витоша", "ул. „Раковски“"]),
        # a capital only the sentence start explains, a town in the instrumental: areas
        ("Загальна площа 70 кв. м. Квартира у Києві площею 70 кв. м.", "uk", []),
        # English writes its street words after the name, capitalised
        ("A house on Main Street.", "en", ["Main Street"]),
        ("A house on the main street.", "en", []),
        ("вул. Дружби", None, []),
    ],
)
def test_find_streets(text: str, language: str | None, expected: list[str]) -> None:
    found = find_streets(text, language)
    assert [m.text for m in found] == expected
    assert all(text[m.start:m.end] == m.text for m in found)
    assert all(is_street(m, language) for m in found)


def test_a_street_is_no_village_of_its_name(gazetteer: Gazetteer) -> None:
    text = "Вибух стався у Харкові на вул. Шевченка."
    doc = Document(id="t", text=text, language="uk")
    mentions = find_mentions(doc, gazetteer)
    assert [m.text for m in mentions] == ["Харкові", "вул. Шевченка"]
    street = resolve(doc, mentions, gazetteer)[1]
    assert street.place is not None and street.place.name == "Kharkiv"
    assert street.why.startswith("a street in Kharkiv")


def _town(name: str, start: int, geonameid: int) -> Toponym:
    place = Place(geonameid, name, 50.0, 30.0, "P", "PPL", "UA")
    return Toponym(Mention(start, start + len(name), name), place, 0.9)


def test_street_town_reads_the_sentence_then_the_text_before_then_after() -> None:
    text = "Київ. Суми. Ремонт на вул. Лаврській у Львові. Ремонт на вул. Дружби. Одеса."
    kyiv, sumy = _town("Київ", 0, 1), _town("Суми", 6, 2)
    lviv, odesa = _town("Львові", text.index("Львові"), 3), _town("Одеса", text.index("Одеса"), 4)
    spans = sentence_spans(text)
    first, second = find_streets(text, "uk")
    assert street_town(text, first, [kyiv, sumy, lviv, odesa], spans) == (lviv, "its sentence")
    assert street_town(text, second, [kyiv, sumy, lviv, odesa], spans)[0] == lviv
    assert street_town(text, second, [odesa], spans) == (odesa, "the first town named after it")
    assert street_town(text, second, [], spans) == (None, "")


def test_a_street_in_an_article_of_no_town_is_left_unresolved(gazetteer: Gazetteer) -> None:
    doc = Document(id="t", text="Ремонт на вул. Дружби триває.", language="uk")
    (street,) = resolve(doc, find_mentions(doc, gazetteer), gazetteer)
    assert street.mention.text == "вул. Дружби"
    assert street.place is None and street.why == "a street; the article names no town for it"

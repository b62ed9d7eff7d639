"""Personal names that hold place names."""

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.geoparse.recognize import find_mentions
from geomap.models import Document


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Considering her life, Kati Mather made an appearance at a vigil in Boston.", ["Boston"]),
        ("Yesterday Paris Hilton arrived in Moscow.", ["Moscow"]),
        ("Voters in Lincoln Park and Paris Street met.", ["Lincoln Park"]),
        ("He met Moscow officials.", ["Moscow"]),
        # a division's name, and at a sentence's start before what a person does
        ("Tennessee Williams wrote the play in New Orleans.", ["New Orleans"]),
        ("Brooklyn Beckham posted a photo from Miami.", ["Miami"]),
        ("Her son, Kingston James, lives in Ohio.", ["Ohio"]),
        # but not a direction before a town, nor a town at a sentence's start before a comma
        ("Planes sprayed North Dallas and Garland.", ["Dallas", "Garland"]),
        ("Downtown Greer, known locally as Greer Station, has grown.", ["Greer", "Greer"]),
        ("Five men from Dublin face St Patrick's Day charges.", ["Dublin"]),
        ("He flew to St. Louis.", ["St. Louis"]),
    ],
)
def test_a_place_name_before_a_surname_is_a_given_name(gazetteer: Gazetteer, text: str,
                                                       found: list[str]) -> None:
    doc = Document(id="d", text=text)
    assert [m.text for m in find_mentions(doc, gazetteer)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a surname before what only a person does names a person throughout the article
        ("Lincoln visited the fort. A Lincoln impersonator spoke. Lincoln was tall.", []),
        ("The 6-foot Lincoln, wearing his hat, stood there. Lincoln smiled.", []),
        # but not after a preposition, and never a country
        ("Jessica Kay, 18, of Paris died in a crash. Paris police said so.", ["Paris", "Paris"]),
        ("It asked on what basis France became involved.", ["France"]),
        # a surname written with "St." is a person's when a given name opens it
        ("The work of Raynola St. Clair goes on. St. Clair said so.", []),
        ("Boats crossed Lake St. Clair.", ["St. Clair"]),
    ],
)
def test_a_surname_alone_stays_a_person(gazetteer: Gazetteer, text: str,
                                        found: list[str]) -> None:
    assert [m.text for m in find_mentions(Document(id="t", text=text), gazetteer)] == found


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        # a sentence's first word that is a common word of the article's language is no given
        # name: the place after it is no surname
        ("Самото Гуляйполе е било подложено на силен артилерийски обстрел.", "bg",
         ["Гуляйполе"]),
        # but a given name inside a sentence opens a person's name, however common its form
        ("Визит Дмитрия Медведева в Самару перенесли.", "ru", ["Самару"]),
    ],
)
def test_a_common_word_that_opens_a_sentence_is_no_given_name(
        gazetteer: Gazetteer, text: str, language: str, found: list[str]) -> None:
    doc = Document(id="t", text=text, language=language)
    assert [m.text for m in find_mentions(doc, gazetteer)] == found

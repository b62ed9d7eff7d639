"""Names of institutions, outlets and companies that hold a place name in Cyrillic news."""

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.geoparse import institutions

from .test_rules import _seen


@pytest.mark.parametrize(("text", "word", "found"), [
    ("Прикордонники затримали в аеропорту «Бориспіль» громадянина Канади.", "Бориспіль", True),
    # a preposition before the place inside the quote is speech
    ("Він сказав: «Ми залишаємося в Харкові».", "Харкові", False),
    # but not in a group's name after the word for its fighters
    ("У Нігері бойовики «Ісламської держави в Сирії» вбили двадцять чотирьох цивільних.",
     "Сирії", True),
    ("В Нигере боевики «Исламского государства в Сахеле» убили двадцать четыре человека.",
     "Сахеле", True),
    ("Лозунги звучали: «Не забывайте про Алеппо».", "Алеппо", False),
])
def test_a_name_in_guillemets(gazetteer: Gazetteer, text: str, word: str, found: bool) -> None:
    assert institutions.quoted_name(_seen(gazetteer, text, word)) is found


@pytest.mark.parametrize(("text", "word", "found"), [
    ("Про це повідомило Міністерство оборони України в понеділок.", "України", True),
    ("Про це повідомили в Україні в понеділок.", "Україні", False),
    # a hyphen joins two lowercase words of the name
    ("Турнір провела Асоціація міні-футболу України в Одесі.", "України", True),
    # but a place is no part of a name before the hyphen of a range ("Київ-Одеса")
    ("Поїзд Київ-Одеса рушив у понеділок.", "Одеса", False),
])
def test_a_place_after_an_institution_s_head(gazetteer: Gazetteer, text: str, word: str,
                                             found: bool) -> None:
    assert institutions.institution_genitive(_seen(gazetteer, text, word)) is found


@pytest.mark.parametrize(("text", "word"), [
    ("Депутати Київської міської ради ухвалили бюджет.", "Київської"),
    # a fleet is named so too, not after the village of Chernomorsky
    ("Во вторник Черноморский флот отразил атаку.", "Черноморский"),
])
def test_a_council_s_adjective(gazetteer: Gazetteer, text: str, word: str) -> None:
    assert institutions.council_adjective(_seen(gazetteer, text, word))


def test_a_name_after_a_settlement_word(gazetteer: Gazetteer) -> None:
    text = "Ремонт будинків провели у м. Щастя на Луганщині."
    assert institutions.settlement_word(_seen(gazetteer, text, "Щастя"))

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.geoparse.recognize import find_mentions
from geomap.models import Document


def spans(gazetteer: Gazetteer, text: str) -> list[str]:
    return [m.text for m in find_mentions(Document(id="t", text=text), gazetteer)]


def test_offsets_slice_the_text(gazetteer: Gazetteer) -> None:
    text = "Fighting continues near Pokrovsk in Donetsk region, and in the U.S. and Kiev's suburbs."
    mentions = find_mentions(Document(id="t", text=text), gazetteer)
    assert [m.text for m in mentions] == ["Pokrovsk", "Donetsk region", "U.S.", "Kiev"]
    for m in mentions:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops left Bosnia and Herzegovina.", ["Bosnia and Herzegovina"]),
        ("Shelling hit Rostov-on-Don overnight.", ["Rostov-on-Don"]),
        ("He flew from New York to Los Angeles.", ["New York", "Los Angeles"]),
        ("Russian troops and Ukrainian soldiers", ["Russian", "Ukrainian"]),
        ("Moscow's claim was denied by the Kremlin.", ["Moscow", "Kremlin"]),
        # "the" and a possessive inside a name
        ("Plague killed 61 people in the Democratic Republic of the Congo.",
         ["Democratic Republic of the Congo"]),
        ("The Ministry of Health of the People's Republic of China said so.",
         ["People's Republic of China"]),
    ],
)
def test_multiword_names_and_demonyms(gazetteer: Gazetteer, text: str,
                                      expected: list[str]) -> None:
    assert spans(gazetteer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the first adjective of a list that shares a division noun names a division too
    ("Войска атакуют громады Черниговской и Сумской областей.",
     ["Черниговской", "Сумской областей"]),
    ("Удари по окупованих територіях Запорізької та Донецької областей посилилися.",
     ["Запорізької", "Донецької областей"]),
    # a town before the district that holds it is no given name before a surname
    ("Артилерія обстріляла Покров Нікопольського району.", ["Покров", "Нікопольського району"]),
])
def test_names_before_a_division_noun(gazetteer: Gazetteer, text: str,
                                                      expected: list[str]) -> None:
    assert spans(gazetteer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Link to main version",
        "The Wall Street Journal reports that the talks stalled.",
        "The Washington Post reported it first.",
        "President Volodymyr Zelensky spoke.",
        "Main street was closed. We continue to destroy the occupier.",
    ],
)
def test_no_places_in_names_boilerplate_and_common_words(gazetteer: Gazetteer, text: str) -> None:
    assert spans(gazetteer, text) == []


def test_lowercase_words_are_not_places(gazetteer: Gazetteer) -> None:
    assert spans(gazetteer, "the city of paris and the texas heat") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Albany police said a man was shot.", ["Albany"]),
        ("Springfield police arrested a man.", ["Springfield"]),
        ("Mobile phones were banned.", []),
        ("Reading is fun.", []),
    ],
)
def test_a_name_only_written_with_a_capital_opens_a_sentence(
        gazetteer: Gazetteer, text: str, found: list[str]) -> None:
    doc = Document(id="d", text=text)
    assert [m.text for m in find_mentions(doc, gazetteer)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A gun battle raged in Acapulco on Saturday.", ["Acapulco"]),
        ("Igbo leaders met in Enugu.", ["Enugu"]),
    ],
)
def test_the_short_form_of_a_name_with_a_particle(gazetteer: Gazetteer, text: str,
                                                   found: list[str]) -> None:
    doc = Document(id="d", text=text)
    assert [m.text for m in find_mentions(doc, gazetteer)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Boulogne-sur-Mer is a port.", ["Boulogne-sur-Mer"]),
        ("The train stopped at Newcastle-under-Lyme.", ["Newcastle-under-Lyme"]),
        ("Weston-super-Mare and Chorlton-cum-Hardy flooded.",
         ["Weston-super-Mare", "Chorlton-cum-Hardy"]),
        ("A bomb exploded in Mazar-i-Sharif.", ["Mazar-i-Sharif"]),
        ("Cars burned in Aulnay-sous-Bois overnight.", ["Aulnay-sous-Bois"]),
        ("Saint-Pierre-et-Miquelon voted.", ["Saint-Pierre-et-Miquelon"]),
    ],
)
def test_particles_join_a_hyphenated_name(gazetteer: Gazetteer, text: str,
                                          found: list[str]) -> None:
    doc = Document(id="d", text=text)
    assert [m.text for m in find_mentions(doc, gazetteer)] == found


def test_how_common_a_word_is_is_asked_of_the_article_s_language(gazetteer: Gazetteer) -> None:
    french = "Des affrontements ont fait huit morts près de Sake, dans le Nord-Kivu."
    english = "Sake was served at the dinner in Tokyo."
    assert "Sake" in [m.text for m in find_mentions(Document(id="t", text=french, language="fr"),
                                                    gazetteer)]
    assert "Sake" not in spans(gazetteer, english)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Un drone a frappé une sous-station près d'Enerhodar.", ["Enerhodar"]),
        ("Des combats ont eu lieu près d'Odessa et de Kherson.", ["Odessa", "Kherson"]),
        ("Il vit dans le Val-d'Oise.", ["Val-d'Oise"]),  # a name goes on through its "d'"
        ("Dans la région d'Odessa, un drone a frappé.", ["région d'Odessa"]),
        # an elided article after a preposition ("à l'Arcahaie"), but not alone: "l'Ukraine"
        # is a party more often than a place
        ("Un drone de la police a frappé le gang à l'Arcahaie samedi.", ["Arcahaie"]),
        ("Selon Kyiv, l'Ukraine a accusé Moscou.", ["Kyiv", "Moscou"]),
    ],
)
def test_a_name_after_an_elided_de(gazetteer: Gazetteer, text: str, found: list[str]) -> None:
    doc = Document(id="t", text=text, language="fr")
    assert [m.text for m in find_mentions(doc, gazetteer)] == found


def test_a_french_spelling_after_a_one_letter_word(gazetteer: Gazetteer) -> None:
    text = "Les forces russes ont frappé Kostiantynivka. À Droujkivka, un drone a frappé un bus."
    doc = Document(id="t", text=text, language="fr")
    assert "Droujkivka" in [m.text for m in find_mentions(doc, gazetteer)]


@pytest.mark.parametrize(("text", "language", "name"), [
    ("Під Лиманом тривають бої.", "uk", "Лиманом"),
    ("Поблизу Краматорська тривають бої.", "uk", "Краматорська"),
    ("Возле Лимана идут бои.", "ru", "Лимана"),
    ("Край Краматорск продължават боеве.", "bg", "Краматорск"),
    ("Dans Kramatorsk, des combats ont eu lieu.", "fr", "Kramatorsk"),
])
def test_a_preposition_that_opens_the_sentence_is_no_given_name(
        gazetteer: Gazetteer, text: str, language: str, name: str) -> None:
    found = [m.text for m in find_mentions(Document(id="t", text=text, language=language),
                                           gazetteer)]
    assert found == [name]


@pytest.mark.parametrize(("text", "name"), [
    # a common word after a compass point's "of" names a place ("sake")
    ("Rebels clashed with the army in the hills west of Sake on Saturday.", "Sake"),
    ("Shells fell north-west of Sake, near the lake.", "Sake"),
    # and so does one an apposition calls a town
    ("Sake, a lakeside town about 25 kilometres from the border, controls the road.", "Sake"),
])
def test_a_common_word_a_cue_calls_a_place(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert name in spans(gazetteer, text)


def test_a_common_word_in_a_post_is_no_place(gazetteer: Gazetteer) -> None:
    assert spans(gazetteer, "Bill Sake, a town councillor, said the road was closed.") == []


def test_an_arabic_name_with_its_article_inside(gazetteer: Gazetteer) -> None:
    """"Deir al-Balah": a romanisation the gazetteer spells "Dayr al Balah", its first word
    common in names ("Deir")."""
    text = ("An air strike hit Khan Younis in the Gaza Strip, and troops opened fire on people "
            "waiting for aid in Deir al-Balah.")
    assert "Deir al-Balah" in spans(gazetteer, text)


@pytest.mark.parametrize("text", [
    "ADEN (Gulf Report) — At least nine people were killed in Sanaa.",
    "YANGON (Bay of Bengal Monitor) — The military struck a village.",
])
def test_the_agency_after_a_dateline_is_no_place(gazetteer: Gazetteer, text: str) -> None:
    assert spans(gazetteer, text)[1:] in (["Sanaa"], [])

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.geoparse.recognize import find_mentions
from geomap.geoparse.resolve import resolve
from geomap.lang.detect import language_of
from geomap.models import Document, Toponym
from geomap.readers import read_documents

from ..conftest import SEEDS


def geoparse(gazetteer: Gazetteer, text: str) -> list[Toponym]:
    doc = Document(id="t", text=text)
    return resolve(doc, find_mentions(doc, gazetteer), gazetteer)


def by_text(toponyms: list[Toponym]) -> dict[str, Toponym]:
    return {t.mention.text: t for t in toponyms}


def test_seed_places_land_in_ukraine(gazetteer: Gazetteer) -> None:
    toponyms = []
    for doc in read_documents([SEEDS]):
        toponyms += resolve(doc, find_mentions(doc, gazetteer), gazetteer)
    found = by_text(toponyms)
    pokrovsk = found["Pokrovsk"].place
    assert pokrovsk is not None
    assert (pokrovsk.country_code, pokrovsk.admin1) == ("UA", "Donetska oblast")
    assert found["Mirnograd"].place.name == "Myrnohrad"  # type: ignore[union-attr]
    assert found["Kiev"].place.name == "Kyiv"  # type: ignore[union-attr]
    admin1s = {t.place.admin1 for t in toponyms if t.place is not None}
    assert not any(a and ("Saha" in a or "Saratov" in a) for a in admin1s)


def test_qualifiers_pick_the_place_inside_the_named_region(gazetteer: Gazetteer) -> None:
    found = by_text(geoparse(gazetteer, "Pokrovsk in Yakutia lies far from the front."))
    assert found["Pokrovsk"].place.admin1 == "Saha, Respublika"  # type: ignore[union-attr]
    found = by_text(geoparse(gazetteer, "Donetsk in Russia's Rostov region was hit."))
    assert found["Donetsk"].place.country_code == "RU"  # type: ignore[union-attr]
    found = by_text(geoparse(gazetteer, "A storm hit Paris, Texas."))
    assert found["Paris"].place.admin1 == "Texas"  # type: ignore[union-attr]


def test_document_context_decides_between_same_name_places(gazetteer: Gazetteer) -> None:
    text = "Officials in Ohio said that Columbus and Cleveland and Dayton will vote."
    found = by_text(geoparse(gazetteer, text))
    assert found["Columbus"].place.admin1 == "Ohio"  # type: ignore[union-attr]


def test_roles(gazetteer: Gazetteer) -> None:
    text = ("Ukraine denies Moscow's claim. Washington has become displeased. "
            "The Kremlin said nothing. Ukrainian soldiers held Pokrovsk.")
    found = by_text(geoparse(gazetteer, text))
    assert found["Moscow"].role == "actor"
    assert found["Washington"].role == "actor"
    assert found["Kremlin"].role == "actor"
    assert found["Ukrainian"].role == "qualifier"
    assert found["Pokrovsk"].role == "location"
    assert found["Ukraine"].role == "location"


def test_a_capital_after_a_preposition_is_where_not_who(gazetteer: Gazetteer) -> None:
    found = by_text(geoparse(gazetteer, "Police in Dublin have arrested a man."))
    assert found["Dublin"].role == "location"


def test_abbreviations_are_not_small_towns(gazetteer: Gazetteer) -> None:
    found = by_text(geoparse(gazetteer, "Officials from the EU met in Brussels."))
    assert found["EU"].place.feature_code == "CONT"  # type: ignore[union-attr]  # not Eu, France
    found = by_text(geoparse(gazetteer, "Flooding hit Vancouver, B.C., and Austin, Tex."))
    assert found["B.C."].place.name == "British Columbia"  # type: ignore[union-attr]
    assert found["Austin"].place.admin1 == "Texas"  # type: ignore[union-attr]


def test_scores_and_alternatives(gazetteer: Gazetteer) -> None:
    [pokrovsk] = geoparse(gazetteer, "Fighting near Pokrovsk.")
    assert 0 < pokrovsk.score <= 1
    assert pokrovsk.alternatives
    assert all(p < pokrovsk.score for _, p in pokrovsk.alternatives)


def test_a_transliteration_stays_in_the_article_s_countries(gazetteer: Gazetteer) -> None:
    text = ("Separatists attacked the Georgian villages of Avnevi and Nuli near Tskhinvali and "
            "Gori, Georgian officials said.")
    doc = Document(id="d", text=text)
    places = {t.mention.text: t.place for t in resolve(doc, find_mentions(doc, gazetteer),
                                                        gazetteer)}
    assert "Avnevi" not in places or places["Avnevi"].country_code == "GE"  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "language", "name", "place"), [
    # a Russian town whose Bulgarian or Ukrainian name the gazetteer lacks, in a report on
    # Ukraine: the languages' home countries together support its romanisation
    ("Дронове атакуваха Харков, Суми и Новоросийск през нощта.", "bg", "Новоросийск",
     "Novorossiysk"),
    ("Дрони атакували Харків, Суми та Новоросійськ уночі.", "uk", "Новоросійськ",
     "Novorossiysk"),
    # but not a surname whose skeleton a town there shares ("Бондаря" is no Bender)
    ("Поезія Андрія Бондаря звучала у Харкові та Сумах.", "uk", "Бондаря", None),
])
def test_a_cyrillic_transliteration_in_its_languages_home_countries(
        gazetteer: Gazetteer, text: str, language: str, name: str, place: str | None) -> None:
    doc = Document(id="d", text=text, language=language)
    found = {t.mention.text: t.place.name for t in resolve(doc, find_mentions(doc, gazetteer),
                                                            gazetteer) if t.place is not None}
    assert found.get(name) == place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sudbury, ON is cold in winter.", [("Greater Sudbury", "CA"), ("Ontario", "CA")]),
        ("Lausanne, VD, CH hosts the committee.",
         [("Lausanne", "CH"), ("Vaud", "CH"), ("Switzerland", "CH")]),
        ("Lawton, OK, USA", [("Lawton", "US"), ("Oklahoma", "US"), ("United States", "US")]),
        ("It is OK now, said the mayor of Sudbury.", [("Sudbury", "GB")]),
    ],
)
def test_a_division_or_country_code_after_a_comma(gazetteer: Gazetteer, text: str,
                                                  expected: list[tuple[str, str]]) -> None:
    doc = Document(id="d", text=text)
    found = resolve(doc, find_mentions(doc, gazetteer), gazetteer)
    assert [(t.place.name, t.place.country_code) for t in found if t.place] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighting in Artemovsk continued.", ("Bakhmut", "UA")),
        ("Shelling in Lugansk went on overnight.", ("Luhansk", "UA")),
    ],
)
def test_an_old_name_alone_means_the_famous_place(gazetteer: Gazetteer, text: str,
                                                  expected: tuple[str, str]) -> None:
    doc = Document(id="d", text=text)
    [found] = [t for t in resolve(doc, find_mentions(doc, gazetteer), gazetteer) if t.place]
    assert (found.place.name, found.place.country_code) == expected  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling hit the Sumy and Kharkiv Oblasts.", ["ADM1", "ADM1"]),
        ("Air strikes hit Idlib and Latakia Governorates.", ["ADM1", "ADM1"]),
        ("Rain fell on the Sumy, Poltava and Kharkiv Oblasts.", ["ADM1", "ADM1", "ADM1"]),
        ("Sumy was shelled.", ["PPLA"]),
    ],
)
def test_a_list_of_divisions_with_a_plural_head(gazetteer: Gazetteer, text: str,
                                                expected: list[str]) -> None:
    doc = Document(id="d", text=text)
    found = resolve(doc, find_mentions(doc, gazetteer), gazetteer)
    assert [t.place.feature_code for t in found if t.place] == expected


def test_a_list_of_divisions_says_nothing_of_the_name_elsewhere(gazetteer: Gazetteer) -> None:
    text = ("HAMILTON — Students from Middletown and Cincinnati won prizes on Sunday. The contest "
            "is open to those who live in Butler, Hamilton or Warren counties.")
    doc = Document(id="d", text=text)
    [dateline, *_] = resolve(doc, find_mentions(doc, gazetteer), gazetteer)
    assert dateline.place is not None and dateline.place.feature_code.startswith("PPL"), dateline


def test_a_list_before_a_lowercase_plural_division_word_names_divisions(
        gazetteer: Gazetteer) -> None:
    text = "Air defences brought down 20 drones over the Bryansk and Kursk regions overnight."
    doc = Document(id="t", text=text)
    found = [t.place.feature_code for t in resolve(doc, find_mentions(doc, gazetteer), gazetteer)
             if t.place]
    assert found == ["ADM1", "ADM1"]


@pytest.mark.parametrize(("text", "name", "code"), [
    # a division that opens the sentence qualifies its towns: not the village of Nikopol
    ("Drones hit Kramatorsk and Sloviansk. In the Dnipropetrovsk region, Russian forces "
     "shelled Nikopol overnight.", "Nikopol", "PPLA2"),
    ("Drones hit Kramatorsk and Izium. На Дніпропетровщині російські війська вночі обстріляли "
     "Нікополь.", "Нікополь", "PPLA2"),
    # a distance is measured from a town, not from its region
    ("Gunmen killed 22 people about 30 kilometres north of Tillabéri.", "Tillabéri", "PPLA"),
    # and a place some distance from another is a town
    ("Inmates rioted at a prison in Escuintla, about 60 kilometers south of the capital.",
     "Escuintla", "PPLA"),
    # a division before a possessive holds the division after it, or that one's bare name's town
    ("Three soldiers were killed in an IED blast in Chhattisgarh's Bijapur district.",
     "Bijapur district", "PPL"),
    # but a country before another place's distance stays a country
    ("Acapulco is a city on the coast of Mexico, 300 miles (483 km) southwest from Mexico City.",
     "Mexico", "PCLI"),
    # a town's name, then "на": the river it stands on, not a village called so
    ("У середу група дронів уразила порт Ізмаїла на Дунаї.", "Дунаї", "STM"),
    ("В среду группа дронов поразила порт Измаила на Дунае.", "Дунае", "STM"),
])
def test_a_cue_in_the_sentence_chooses_the_place(gazetteer: Gazetteer, text: str, name: str,
                                                 code: str) -> None:
    doc = Document(id="t", text=text, language=language_of(None, text))
    found = {t.mention.text: t.place for t in resolve(doc, find_mentions(doc, gazetteer),
                                                      gazetteer) if t.place}
    assert found[name].feature_code == code, found[name]


def test_two_names_of_one_list_are_two_places(gazetteer: Gazetteer) -> None:
    # "Гродівка" is also the transliteration of an old name of Myrnohrad, named just before it
    doc = Document(id="t", text="Бої тривали біля населених пунктів Мирноград, Гродівка та "
                               "Новоекономічне.", language="uk")
    places = {t.mention.text: t.place.name for t in resolve(doc, find_mentions(doc, gazetteer),
                                                            gazetteer) if t.place}
    assert places["Мирноград"] == "Myrnohrad" and places["Гродівка"] == "Hrodivka"


@pytest.mark.parametrize(("text", "language"), [
    ("Дрон атакував автобус у Дніпровському районі Херсона, загинув пасажир.", "uk"),
    ("Дрон атаковал автобус в Днепровском районе Херсона, погиб пассажир.", "ru"),
    ("Дрон атакува автобус в Днепровския район на Херсон, загина пътник.", "bg"),
    ("A drone attacked a bus in Kherson's Dniprovskyi district, killing a passenger.", "en"),
    # the city named before in the sentence, a district's word after the name
    ("In Kherson, a man riding a bicycle in the Dniprovskyi district was killed by a drone.",
     "en"),
    # a beach, market or airport of the city after its possessive
    ("A car bomb blew up outside a restaurant on Kherson's Lido beach, killing a passenger.",
     "en"),
    ("A car bomb blew up on Tuesday outside a restaurant on Kherson's Lido beach.", "en"),
])
def test_a_city_district_far_from_its_city_is_left_unplaced(gazetteer: Gazetteer, text: str,
                                                           language: str) -> None:
    doc = Document(id="t", text=text, language=language)
    assert [t.place.name for t in resolve(doc, find_mentions(doc, gazetteer), gazetteer)
            if t.place] == ["Kherson"]


def test_a_part_of_a_city_named_after_it_is_no_namesake_elsewhere(gazetteer: Gazetteer
                                                                  ) -> None:
    doc = Document(id="t", text="A man was shot dead in the Villeneuve district of Grenoble.",
                   language="en")
    assert [t.place.name for t in resolve(doc, find_mentions(doc, gazetteer), gazetteer)
            if t.place] == ["Grenoble"]


def test_a_district_of_a_region_keeps_its_town(gazetteer: Gazetteer) -> None:
    doc = Document(id="t", text="Дрони атакували села в Покровському районі Донецької області.",
                   language="uk")
    assert [t.place.name for t in resolve(doc, find_mentions(doc, gazetteer), gazetteer)
            if t.place] == ["Pokrovsk", "Donetska oblast"]


def test_a_district_holds_the_town_near_it(gazetteer: Gazetteer) -> None:
    # the Zolochiv of Kharkiv oblast, not the larger one of Lviv oblast
    doc = Document(id="t", text="Вчера армия РФ обстреляла центр Золочева Богодуховского района. "
                                "Во Львовской области и во Львове тихо.", language="ru")
    found = {t.mention.text: t.place for t in resolve(doc, find_mentions(doc, gazetteer),
                                                      gazetteer) if t.place}
    assert found["Золочева"].admin1 == "Kharkivska oblast", found["Золочева"]


def test_a_district_of_the_city_named_before_is_no_namesake(gazetteer: Gazetteer) -> None:
    doc = Document(id="t", text="Вночі дрони атакували Запоріжжя. Дрони влучили в будинок у "
                                "Шевченківському районі міста.", language="uk")
    assert [t.place.name for t in resolve(doc, find_mentions(doc, gazetteer), gazetteer)
            if t.place] == ["Zaporizhzhya"]


def test_an_abbreviation_means_its_state_only_where_it_looks_like_one(gazetteer: Gazetteer
                                                                     ) -> None:
    found = geoparse(gazetteer, "\u201cI had a long history with Tex Hill,\u201d said Kinney. He "
                                "flew from Austin, Tex., to Dallas.")
    assert [(t.mention.text, t.place.name) for t in found  # type: ignore[union-attr]
            if t.mention.text == "Tex"] == [("Tex", "Texas")]
    assert found[[t.mention.text for t in found].index("Tex")].mention.start > 40


@pytest.mark.parametrize(("text", "places"), [
    ("In Kharkiv, drones struck the Kyivskyi and Saltivskyi districts, killing a woman.",
     ["Kharkiv"]),
    ("У Харкові удари припали на Київський та Салтівський райони.", ["Kharkiv"]),
    ("В Харькове удары пришлись на Киевский и Салтовский районы.", ["Kharkiv"]),
    ("À Kherson, un homme qui circulait dans le quartier de Dniprovsky a été tué.", ["Kherson"]),
    # but a country's districts are its own places
    ("The government of Congo announced a quarantine of the Etoumbi and Mbomo districts.",
     ["Republic of the Congo", "Etoumbi"]),
])
def test_districts_after_their_city_in_a_sentence(gazetteer: Gazetteer, text: str,
                                                  places: list[str]) -> None:
    doc = Document(id="t", text=text, language=language_of(None, text))
    assert [t.place.name for t in resolve(doc, find_mentions(doc, gazetteer), gazetteer)
            if t.place] == places


@pytest.mark.parametrize(("text", "language", "place"), [
    ("Ракети влучили в електростанцію на Івано-Франківщині.", "uk", "Ivano-Frankivska oblast"),
    ("Дрони знову атакували Бєлгородщину.", "uk", "Belgorodskaya oblast'"),
    ("Беспилотники атаковали Белгородчину ночью.", "ru", "Belgorodskaya oblast'"),
    ("Обстріли Курщини тривали всю ніч.", "uk", "Kurskaya oblast'"),
    ("Ракети са ударили централата в Ивано-Франковска област.", "bg", "Ivano-Frankivska oblast"),
])
def test_a_region_s_name_in_shchyna(gazetteer: Gazetteer, text: str, language: str,
                                    place: str) -> None:
    doc = Document(id="t", text=text, language=language)
    assert [t.place.name for t in resolve(doc, find_mentions(doc, gazetteer), gazetteer)
            if t.place] == [place]


@pytest.mark.parametrize(("text", "language"), [
    ("Армия нанесла авиаудары близ Гором-Гором, на севере Буркина-Фасо.", "ru"),
    ("Армія завдала авіаударів поблизу Гором-Гором, на півночі Буркіна-Фасо.", "uk"),
])
def test_a_hyphenated_name_written_in_cyrillic_from_its_latin_spelling(
        gazetteer: Gazetteer, text: str, language: str) -> None:
    doc = Document(id="t", text=text, language=language)
    assert [t.place.name for t in resolve(doc, find_mentions(doc, gazetteer), gazetteer)
            if t.place] == ["Gorom-Gorom", "Burkina Faso"]


@pytest.mark.parametrize(("text", "language", "town"), [
    ("Ракети влучили в Бурштинську ТЕС на Івано-Франківщині.", "uk", "Burshtyn"),
    ("На Ладыжинской ТЭС в Винницкой области погиб работник.", "ru", "Ladyzhyn"),
])
def test_a_power_plant_named_after_its_town_is_at_the_town(gazetteer: Gazetteer, text: str,
                                                         language: str, town: str) -> None:
    doc = Document(id="t", text=text, language=language)
    assert next(t.place.name for t in resolve(doc, find_mentions(doc, gazetteer), gazetteer)
                if t.place) == town


@pytest.mark.parametrize(("text", "language"), [
    ("JNIM fighters attacked military positions in Kayes, Nioro du Sahel and other towns in "
     "western Mali.", "en"),
    ("Бойовики атакували військові позиції в Каєсі, Ніоро-дю-Сахелі та інших містах Малі.", "uk"),
    ("Боевики атаковали военные позиции в Каесе, Ниоро-дю-Сахеле и других городах Мали.", "ru"),
    ("Les combattants avaient attaqué des positions militaires à Kayes, à Nioro du Sahel et dans "
     "d'autres villes du Mali.", "fr"),
])
def test_a_list_of_other_towns_makes_its_items_towns(gazetteer: Gazetteer, text: str,
                                                    language: str) -> None:
    doc = Document(id="t", text=text, language=language)
    first = resolve(doc, find_mentions(doc, gazetteer), gazetteer)[0]
    assert first.place is not None and first.place.feature_code == "PPLA"


def test_a_country_named_just_before_supports_a_transliterated_town(
        gazetteer: Gazetteer) -> None:
    """In an article mostly about Ukraine, "En Russie, ... à Chebekino": the country named in
    the sentence supports the Russian town only a transliteration finds."""
    from geomap.geoparse import find_mentions, resolve
    from geomap.models import Document

    text = ("Des drones russes ont frappé Soumy, Kramatorsk et Sloviansk, a indiqué Kyiv. Des "
            "combats ont eu lieu près de Lyman, d'Izioum et de Koupiansk, selon l'état-major "
            "ukrainien à Kiev. En Russie, un drone ukrainien a touché une voiture à Chebekino, "
            "dans la nuit, tuant son conducteur.")
    doc = Document(id="t", text=text, language="fr")
    found = {t.mention.text: t.place.name for t in resolve(doc, find_mentions(doc, gazetteer),
                                                           gazetteer) if t.place}
    assert found.get("Chebekino") == "Shebekino", found


@pytest.mark.parametrize(("text", "language", "name"), [
    ("Боевики атаковали армейский пост на окраине Менаки, на востоке Мали.", "ru", "Менаки"),
    ("Бойовики атакували армійський пост на околиці Менаки, на сході Малі.", "uk", "Менаки"),
    ("Des jihadistes ont attaqué un poste militaire au nord de Ménaka, au Mali.", "fr", "Ménaka"),
])
def test_the_outskirts_of_a_name_make_it_the_town_not_its_region(
        gazetteer: Gazetteer, text: str, language: str, name: str) -> None:
    """A region and its seat share the name: "на окраине", "au nord de" say the town."""
    from geomap.geoparse import find_mentions, resolve
    from geomap.models import Document

    doc = Document(id="t", text=text, language=language)
    found = {t.mention.text: t.place.feature_code for t in resolve(
        doc, find_mentions(doc, gazetteer), gazetteer) if t.place}
    assert found.get(name, "").startswith("PPL"), found

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
    # a plural name, and a sea of no one country, by the case endings of their words
    ("Соединенных Штатов", "United States"), ("Сполучених Штатів", "United States"),
    ("Балтийского моря", "Baltic Sea"), ("Чорного моря", "Black Sea"),
    # a district named after its centre town stands at the town (district_names.tsv)
    ("Покровському районі", "Pokrovsk"), ("Покровський район", "Pokrovsk"),
    ("Покровском районе", "Pokrovsk"), ("Кремінського району", "Kreminna"),
    ("Перевальського району", "Perevalsk"),
    # and a community (громада) likewise
    ("Покровській громаді", "Pokrovsk"), ("Покровской громаде", "Pokrovsk"),
    # an adjective-form name in the instrumental ("под Родинским": Родинское)
    ("Родинским", "Rodynske"),
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
    ("Боевики ворвались в квартал Солино в Порт-о-Пренсе ночью.", "Порт-о-Пренсе"),
    ("Уряд і повстанці обмінялися полоненими в Гомі.", "Гомі"),  # a foreign city, declined
    ("Росія окупувала Крим у 2014 році.", "Крим"),  # a name the gazetteer has from aliases.tsv
    ("Газопровід пролягає дном Балтійського моря.", "Балтійського моря"),
])
def test_recognition_finds_declined_names(gazetteer: Gazetteer, text: str, name: str) -> None:
    from geomap.geoparse import find_mentions
    from geomap.models import Document

    assert name in [m.text for m in find_mentions(Document(id="t", text=text), gazetteer)]


@pytest.mark.parametrize(("text", "kept", "dropped"), [
    ("Британската премиерка Тереза Мей заяви днес, че Мей ще остане.", [], ["Тереза", "Мей"]),
    ("Министр иностранных дел Германии Хайко Маас отверг критику.", ["Германии"], []),
    ("По словам мэра Бахмута Алексея Ревы, обстрелы продолжаются.", ["Бахмута"], []),
    # a given name and a surname by their grammar, though Vladimir and Volodymyr are cities
    ("Об этом сообщил пресс-секретарь Владимира Путина Дмитрий Песков.", [], ["Владимира"]),
    ("Підприємство Володимира Кухарчика виграло тендер у Києві.", ["Києві"], ["Володимира"]),
    ("Во Владимире прошёл митинг.", ["Владимире"], []),
    # a given name that only a town's romanisation matches (Oleksandriya) stays a given name
    ("Руските сили обстреляха Херсон, съобщи Олександър Прокудин.", ["Херсон"], ["Олександър"]),
])
def test_a_cyrillic_personal_name_is_no_place(gazetteer: Gazetteer, text: str, kept: list[str],
                                              dropped: list[str]) -> None:
    from geomap.geoparse import find_mentions
    from geomap.models import Document

    found = [m.text for m in find_mentions(Document(id="t", text=text), gazetteer)]
    assert all(name in found for name in kept) and not set(dropped) & set(found), found


@pytest.mark.parametrize(("written", "place"), [
    ("Торецком", "Toretsk"),  # no dictionary knows it: the case ending is taken off
    ("Константиновку", "Kostyantynivka"),  # the form that keeps most of the name
    ("Часовым Яром", "Chasiv Yar"),
    ("Дружківці", "Druzhkivka"),
    ("Харківській області", "Kharkivska oblast"),  # ISO 3166-2's Ukrainian name
    ("Харковска област", "Kharkivska oblast"),  # derived from the Russian one
    # derived from the division's own Russian name, where ISO 3166-2 writes it in Latin letters
    ("Белгородска област", "Belgorodskaya oblast'"),
    ("Краснодарски край", "Krasnodarskiy kray"),
    ("Кривому Розі", "Kryvyy Rih"),  # the stem's і turns to о, and г to з
    ("Кривого Рогу", "Kryvyy Rih"),
    ("Валуйках", "Valuyki"),  # a name in the plural
    ("Валуйок", "Valuyki"),
    ("Валуйками", "Valuyki"),
    ("Шебекиному", "Shebekino"),  # a Russian town declined as Ukrainian declines it
    # a town's locative that looks like an adjective's, found as its nominative would be
    ("Новоросійську", "Novorossiysk"),
    ("Новгороде-Северском", "Novhorod-Siverskyi"),  # each part of a hyphenated name declined
    ("Джанкоем", "Dzhankoy"),  # a name in -ой: its й is a vowel's in the case forms
    ("Великому Бурлуці", "Velykyi Burluk"),  # a dictionary's adjective, the noun by its ending
    # a Bulgarian spelling, found by its romanisation although its first word is a common one
    ("Велика Писаривка", "Velyka Pysarivka"),
])
def test_a_declined_name_of_the_languages_home_is_found(gazetteer: Gazetteer, written: str,
                                                        place: str) -> None:
    assert gazetteer.candidates(written)[0].place.name == place


def test_on_a_tie_the_larger_place_is_taken(gazetteer: Gazetteer) -> None:
    # "Дзержинском": Дзержинск (Toretsk's old name, and a Russian city), not the village
    # Дзержинское
    names = {c.place.name for c in gazetteer.candidates("Дзержинском")}
    assert "Toretsk" in names and not any(n.startswith("Dzerzhinskoye") for n in names)


def test_the_case_endings_find_no_foreign_namesake() -> None:
    from geomap.lang.inflection import ending_forms

    forms = dict(ending_forms("Джонсона"))
    assert "Джонсон" in forms and "US" not in forms["Джонсон"]


@pytest.mark.parametrize(("text", "name"), [
    ("Во Львове, вдали от фронта, дрон попал в склад.", "Львове"),
    ("В Лвов руски дрон удари склад.", "Лвов"),
])
def test_a_short_word_opening_the_sentence_makes_no_person(gazetteer: Gazetteer, text: str,
                                                           name: str) -> None:
    from geomap.geoparse import find_mentions
    from geomap.models import Document

    assert name in [m.text for m in find_mentions(Document(id="t", text=text), gazetteer)]


@pytest.mark.parametrize(("text", "name", "place"), [
    ("Des drones ont frappé la région d'Odessa dans la nuit.", "région d'Odessa",
     "Odeska oblast"),
    ("Les combats se poursuivent dans l'oblast de Donetsk.", "l'oblast de Donetsk",
     "Donetska oblast"),
    ("De violents combats près de Toretsk et de Tchassiv Iar.", "Tchassiv Iar", "Chasiv Yar"),
])
def test_french_division_phrases_and_romanisations(gazetteer: Gazetteer, text: str, name: str,
                                                   place: str) -> None:
    from geomap.geoparse import find_mentions, resolve
    from geomap.models import Document

    doc = Document(id="t", text=text, language="fr")
    found = {t.mention.text: t.place.name for t in resolve(doc, find_mentions(doc, gazetteer),
                                                           gazetteer) if t.place}
    assert found.get(name) == place, found


@pytest.mark.parametrize(("written", "place"), [
    ("Хан-Юнісі", "Khān Yūnis"),  # GeoNames has no Ukrainian name: its romanisation finds it
    ("Манбіджі", "Manbij"),
    ("Сіттве", "Sittwe"),  # a short skeleton ("stv"), but spelt alike
    ("Тьоткино", "Tëtkino"),  # a village of a home country spelt as GeoNames' "Tyotkino"
    ("Сиверск", "Siversk"),  # spelt alike outranks a larger skeleton match (Seversk)
    ("Рильську", "Ryl’sk"),  # a town's locative that looks like an adjective's form
    ("Дельма", "Delmas"),  # a short skeleton, spelt as French sounds it
    ("Макомію", "Macomia"),  # a hard "c" sounds "k"
    ("Гонаїві", "Gonayiv"),  # the Ukrainian "г" of a foreign name is a "g"
])
def test_a_cyrillic_name_the_gazetteer_lacks_is_found_by_its_romanisation(
        gazetteer: Gazetteer, written: str, place: str) -> None:
    found = gazetteer.candidates(written)
    assert found and found[0].place.name == place and found[0].kind == "translit"


def test_a_fairly_common_word_names_only_a_big_place_spelt_alike(gazetteer: Gazetteer) -> None:
    """"Бені" is a word of Ukrainian, though a rare one: spelt so, it names Beni in Congo, a city
    of 140,000, and not a village of Ukraine whose name is alike."""
    found = [(c.place.name, c.place.country_code, c.kind) for c in gazetteer.candidates("Бені")]
    assert ("Beni", "CD", "translit") in found and all(c != "UA" for _, c, _ in found), found


def test_a_ukrainian_genitive_in_yi_is_a_name_in_ya(gazetteer: Gazetteer) -> None:
    """"в житловому кварталі Каї": the genitive of "Кая", Kaya in Burkina Faso."""
    assert ("Kaya", "BF") in {(c.place.name, c.place.country_code)
                              for c in gazetteer.candidates("Каї")}


def test_a_small_namesake_leaves_room_for_a_larger_place_spelt_alike(
        gazetteer: Gazetteer) -> None:
    found = {(c.place.name, c.place.country_code) for c in gazetteer.candidates("Никопол")}
    assert {("Nikopol", "BG"), ("Nikopol", "UA")} <= found, found


def test_a_french_name_in_cyrillic_is_found_as_french_sounds_it(gazetteer: Gazetteer) -> None:
    from geomap.geoparse import find_mentions, resolve
    from geomap.models import Document

    text = ("Полиция несколько часов вела бой с бандами на окраине Мирбале, к северо-востоку "
            "от Порт-о-Пренса.")
    doc = Document(id="t", text=text, language="ru")
    found = {t.mention.text: t.place.name for t in resolve(doc, find_mentions(doc, gazetteer),
                                                           gazetteer) if t.place}
    assert found.get("Мирбале") == "Mirebalais", found


# "Сотве": a short skeleton spelt otherwise; "Донецката": an adjective spelt like a town
@pytest.mark.parametrize("written", ["Краматорської", "Сьогодні", "Северен", "Олександр",
                                     "Сотве", "Донецката", "Рильського"])
def test_an_adjective_or_a_common_word_is_not_romanised(
        gazetteer: Gazetteer, written: str) -> None:
    assert not any(c.kind == "translit" for c in gazetteer.candidates(written))


def test_a_common_word_of_the_articles_language_is_no_romanised_place(
        gazetteer: Gazetteer) -> None:
    from geomap.geoparse import find_mentions
    from geomap.models import Document

    text = "Parmi les villes visées, Kostiantynivka a été bombardée près de Toretsk."
    found = [m.text for m in find_mentions(Document(id="t", text=text, language="fr"),
                                            gazetteer)]
    assert "Parmi" not in found and "Kostiantynivka" in found, found


@pytest.mark.parametrize("text", [
    "Силы ПВО уничтожили 19 беспилотников над территориями Курской и Белгородской областей.",
])
def test_adjectives_sharing_a_plural_division_noun_name_divisions(gazetteer: Gazetteer,
                                                                  text: str) -> None:
    from geomap.geoparse import find_mentions, resolve
    from geomap.models import Document

    doc = Document(id="t", text=text)
    found = [t.place.feature_code for t in resolve(doc, find_mentions(doc, gazetteer), gazetteer)
             if t.place]
    assert found == ["ADM1", "ADM1"], found


@pytest.mark.parametrize(("word", "opens"), [
    ("Донецької", True),  # "Донецька область"
    ("Балтийского", True),  # "Балтийское море", by its case ending
    ("Сполучених", True),  # "Сполучені Штати"
    ("Олег", False),  # a given name: "Олег Голяшкін" is not looked up by dictionary forms
    ("заявила", False),
])
def test_only_a_word_that_opens_a_name_starts_a_declined_phrase(gazetteer: Gazetteer, word: str,
                                                                 opens: bool) -> None:
    assert gazetteer._opens_name(word) is opens
    assert bool(gazetteer._declined(f"{word} області")) is (word == "Донецької")


def test_a_district_gives_the_beginning_of_its_centre_towns_name() -> None:
    from geomap.lang.inflection import district_stems

    assert district_stems("Покровському районі") == (("Покров", "ськ", "uk"),)
    assert district_stems("Бахмутского района")[0] == ("Бахмут", "ск", "ru")
    assert district_stems("Покровському селі") == ()  # no division noun of the table
    assert district_stems("Донецькій області") == ()  # not a district's table row


def test_a_declined_town_is_not_its_division_by_a_romanised_spelling(gazetteer: Gazetteer) -> None:
    text = ("У Херсоні внаслідок обстрілу загинула жінка, повідомила Херсонська ОВА. Бійці "
            "відбили штурми поблизу Курахового.")
    from geomap.geoparse import find_mentions, resolve
    from geomap.models import Document

    doc = Document(id="t", text=text, language="uk")
    found = {t.mention.text: t.place.feature_code for t in resolve(
        doc, find_mentions(doc, gazetteer), gazetteer) if t.place}
    assert found.get("Херсоні", "").startswith("PPL"), found

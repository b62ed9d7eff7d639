"""Each recognition and disambiguation rule, pinned on short texts written for the test."""

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.geoparse.recognize import find_mentions
from geomap.geoparse.resolve import resolve
from geomap.models import Bias, Document, Toponym


def geoparse(gazetteer: Gazetteer, text: str, bias: Bias | None = None) -> list[Toponym]:
    doc = Document(id="t", text=text)
    return resolve(doc, find_mentions(doc, gazetteer), gazetteer, bias)


def places(gazetteer: Gazetteer, text: str, bias: Bias | None = None,
           ) -> dict[str, tuple[str | None, str | None]]:
    """``{surface: (country code, admin1 name)}``."""
    return {t.mention.text: (t.place.country_code, t.place.admin1)
            for t in geoparse(gazetteer, text, bias) if t.place is not None}


def surfaces(gazetteer: Gazetteer, text: str) -> list[str]:
    return [t.mention.text for t in geoparse(gazetteer, text)]


# --- same-name places -----------------------------------------------------------------------

def test_a_well_known_place_wins_without_context(gazetteer: Gazetteer) -> None:
    assert places(gazetteer, "Talks resumed in Paris.")["Paris"][0] == "FR"


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        ("The rally was held in Paris, Texas.", "Paris", "US", "Texas"),
        ("Pokrovsk in Yakutia is far from the war.", "Pokrovsk", "RU", "Saha, Respublika"),
        ("Donetsk in Russia's Rostov region was shelled.", "Donetsk", "RU", "Rostov"),
        ("Flooding closed roads around Springfield, Illinois.", "Springfield", "US", "Illinois"),
    ],
)
def test_a_qualifier_picks_the_place_inside_it(gazetteer: Gazetteer, text: str, name: str,
                                                 country: str, admin1: str) -> None:
    found = places(gazetteer, text)[name]
    assert found[0] == country
    assert admin1 in (found[1] or "")


def test_the_other_places_of_the_article_decide(gazetteer: Gazetteer) -> None:
    text = ("The storm moved from Dayton towards Cincinnati. In Columbus the schools closed, "
            "and Cleveland braced for snow.")
    assert places(gazetteer, text)["Columbus"] == ("US", "Ohio")


def test_nearby_local_places_support_each_other(gazetteer: Gazetteer) -> None:
    # every candidate is in the United States: only distance tells the towns apart
    text = ("The council of Berea met on Monday. Richmond and Madison County share the cost "
            "of the new road, which links Berea to Richmond.")
    assert places(gazetteer, text)["Richmond"] == ("US", "Kentucky")


def test_an_area_of_interest_tips_the_balance(gazetteer: Gazetteer) -> None:
    text = "Shelling hit Pokrovsk overnight."
    assert places(gazetteer, text)["Pokrovsk"][0] == "UA"
    assert places(gazetteer, text, Bias(countries=frozenset({"RU"})))["Pokrovsk"][0] == "RU"
    texas = Bias(bbox=(-106.7, 25.8, -93.5, 36.5))
    assert places(gazetteer, "Heavy rain fell on Paris.", texas)["Paris"] == ("US", "Texas")


def test_text_evidence_outweighs_the_area_of_interest(gazetteer: Gazetteer) -> None:
    bias = Bias(countries=frozenset({"UA"}))
    found = places(gazetteer, "Pokrovsk in Yakutia is far from the war.", bias)
    assert found["Pokrovsk"][0] == "RU"


def test_bias_describes_itself_and_crosses_the_antimeridian() -> None:
    bias = Bias(countries=frozenset({"UA", "MD"}), bbox=(170.0, -50.0, -170.0, -30.0))
    assert bias.describe() == "countries=MD,UA;bbox=170,-50,-170,-30"
    assert not Bias()


# --- transliterations and old names ---------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Russian troops advanced on Mirnograd.", "Mirnograd", "Myrnohrad"),
        ("Talks were held in Kiev on Monday.", "Kiev", "Kyiv"),
        ("The battle for Artemivsk lasted months.", "Artemivsk", "Bakhmut"),
        ("Drones struck Kharkov and Odessa.", "Kharkov", "Kharkiv"),
        # a romanisation from Arabic that the gazetteer spells otherwise, in an article on Jordan
        ("A police patrol came under fire in the town of Qatraneh in Karak, Jordan.", "Qatraneh",
         "Al Qaţrānah"),
    ],
)
def test_transliterations_and_old_names(gazetteer: Gazetteer, text: str, name: str,
                                        expected: str) -> None:
    found = {t.mention.text: t for t in geoparse(gazetteer, text)}
    place = found[name].place
    assert place is not None and place.name == expected


# --- roles: metonymy and qualifiers ---------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Kyiv rejected the proposal.", "Kyiv", "actor"),
        ("Moscow's claim was denied.", "Moscow", "actor"),
        ("The Kremlin said nothing.", "Kremlin", "actor"),
        ("Washington has become displeased with the talks.", "Washington", "actor"),
        ("Ukrainian soldiers held the line.", "Ukrainian", "qualifier"),
        ("Refugees arrived in Kyiv by train.", "Kyiv", "location"),
    ],
)
def test_roles(gazetteer: Gazetteer, text: str, name: str, role: str) -> None:
    found = {t.mention.text: t for t in geoparse(gazetteer, text)}
    assert found[name].role == role
    assert found[name].place is not None  # metonyms and adjectives keep coordinates


# --- what is not a place --------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Link to main version 408",
        "The Wall Street Journal and the Washington Post reported the news.",
        "Jordan Peterson gave a talk, and Georgia Smith answered questions.",
        "Grand Jury Indicts Man In Robbery Case",  # a title-case headline
        "He spent St. Patrick's Day at home.",
        "Congressman Mario Diaz-Balart spoke on Monday.",
        "The Xinhua news agency reported the landslide.",
        "We will meet again next Island week.",  # "Island" is Iceland only in German
        "Critics of United Russia won the vote.",  # a party
        "She won in Olympic record time.",  # "in" governs "time", not "Olympic"
        "The club named its Man of the Year.",  # a very common word needs a place cue
        "Cases of Marburg virus and Lassa fever were confirmed.",  # diseases
        "The vaccine costs US$12 a dose.",  # a currency
        "Veterans exposed to Agent Orange were compensated.",
        "A Gulf War veteran spoke at the ceremony.",  # an event, not a place
        "The strikes followed a speech by autocrat Vladimir Sokolov.",  # a role before a name
        "Storms moved into the Red River Valley.",  # "River Valley" continues a longer name
    ],
)
def test_names_boilerplate_and_common_words_are_not_places(gazetteer: Gazetteer,
                                                            text: str) -> None:
    assert surfaces(gazetteer, text) == []


def test_a_surname_stays_a_person_through_the_article(gazetteer: Gazetteer) -> None:
    text = ("President George W. Bush visited the plant. Later Bush spoke to workers, and "
            "Mary Wheeler, a teacher, said Lincoln was her hero.")
    assert "Bush" not in surfaces(gazetteer, text)
    assert "Mary" not in surfaces(gazetteer, text)


def test_a_place_name_before_a_known_surname_is_a_given_name(gazetteer: Gazetteer) -> None:
    text = "President Putin spoke on Monday. Critics of Vladimir Putin met in Vladimir."
    found = [t for t in geoparse(gazetteer, text) if t.mention.text == "Vladimir"]
    assert len(found) == 1 and text[found[0].mention.start - 3:found[0].mention.start] == "in "


def test_a_surname_with_a_place_cue_is_a_place(gazetteer: Gazetteer) -> None:
    text = "Andrew Jordan won the race. Jordan was then praised by officials in Jordan."
    found = [t for t in geoparse(gazetteer, text) if t.mention.text == "Jordan"]
    assert len(found) == 1 and text[found[0].mention.start - 3:found[0].mention.start] == "in "


def test_a_province_before_a_rare_word_stays_a_place(gazetteer: Gazetteer) -> None:
    # a rare word after a town makes a name ("Oleh Syniehubov"), not after a province
    assert surfaces(gazetteer, "Manitoba Underdogs Rescue took the puppy in.") == ["Manitoba"]


def test_a_speaking_town_name_is_a_person(gazetteer: Gazetteer) -> None:
    assert surfaces(gazetteer, '"We are ready," said Fedorov.') == []
    assert surfaces(gazetteer, "Officials in Donetsk said the city was calm.") == ["Donetsk"]
    assert surfaces(gazetteer, "The governor of Kharkiv said the night was calm.") == ["Kharkiv"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Shelling hit the city of Donetsk.", "PPLA"),
        ("Shelling hit Donetsk oblast.", "ADM1"),
        ("Floods hit Kharkiv province.", "ADM1"),
        ("He moved to New York state.", "ADM1"),
        ("He moved to New York City.", "PPL"),
    ],
)
def test_cue_words_choose_the_city_or_the_region(gazetteer: Gazetteer, text: str,
                                                 code: str) -> None:
    [toponym] = geoparse(gazetteer, text)
    assert toponym.place is not None and toponym.place.feature_code == code


def test_one_sense_per_article_for_common_words(gazetteer: Gazetteer) -> None:
    # "Reading" opening a sentence is a common word, unless the article places it elsewhere
    assert surfaces(gazetteer, "Reading is fun.") == []
    text = "Floods hit homes in Reading on Sunday. Reading council opened a shelter."
    assert surfaces(gazetteer, text) == ["Reading", "Reading"]


def test_hyphens_separate_place_names(gazetteer: Gazetteer) -> None:
    assert surfaces(gazetteer, "A Kyiv-based charity sent aid.") == ["Kyiv"]
    assert surfaces(gazetteer, "The Amsterdam-London train was cancelled.") == [
        "Amsterdam", "London"]
    assert surfaces(gazetteer, "Shelling hit Ivano-Frankivsk.") == ["Ivano-Frankivsk"]


def test_abbreviated_saints_and_forts(gazetteer: Gazetteer) -> None:
    found = places(gazetteer, "He moved from St. Louis to Ft. Worth.")
    assert found["St. Louis"] == ("US", "Missouri")
    assert found["Ft. Worth"] == ("US", "Texas")


def test_countries_by_their_english_names(gazetteer: Gazetteer) -> None:
    found = places(gazetteer, "Britain says the talks failed. She moved to America.")
    assert found["Britain"][0] == "GB"
    assert found["America"][0] == "US"
    found = places(gazetteer, "Aid reached Côte d’Ivoire and the Democratic Republic of Congo.")
    assert found["Côte d’Ivoire"][0] == "CI"  # an elided article inside a name
    assert found["Democratic Republic of Congo"][0] == "CD"


# --- names of people and firms --------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "The plan was drafted by Susan K. Whitfield, who chairs the board.",
        "Mary T. Olson chaired the hearing.",  # a given name that is also a province
        "The board hired McPherson & Jacobsen to run the search.",
        "Neighbours say the Boons have farmed the valley for decades.",
    ],
)
def test_middle_initials_firms_and_families_are_not_places(gazetteer: Gazetteer,
                                                           text: str) -> None:
    assert surfaces(gazetteer, text) == []


def test_a_given_name_makes_any_place_named_word_a_surname(gazetteer: Gazetteer) -> None:
    text = "Former treasurer Thomas Ravenel was sentenced. Ravenel will be freed in May."
    assert "Ravenel" not in surfaces(gazetteer, text)


def test_a_place_before_an_office_is_no_speaker(gazetteer: Gazetteer) -> None:
    # "said Fedorov" is a person; "said Avondale Mayor ..." names the town the mayor serves
    text = '"The bridge will be rebuilt," said Avondale Mayor Jane Roe.'
    assert surfaces(gazetteer, text) == ["Avondale"]


# --- what vouches for a place ---------------------------------------------------------------

def test_a_region_after_a_comma_vouches_for_a_common_word(gazetteer: Gazetteer) -> None:
    # "Price" and "Hugo" alone are a word and a given name; the state after them makes them towns
    found = places(gazetteer, "She taught in Price, Utah, and retired to Hugo, Oklahoma.")
    assert found["Price"] == ("US", "Utah")
    assert found["Hugo"] == ("US", "Oklahoma")


def test_a_legislators_home_town_is_a_place(gazetteer: Gazetteer) -> None:
    text = "The bill was sponsored by Sen. Ann Doe, D-Iowa City, and Rep. Bob Roe, R-Berkeley."
    assert surfaces(gazetteer, text) == ["Iowa City", "Berkeley"]


def test_a_place_opening_an_institutions_name_is_a_place(gazetteer: Gazetteer) -> None:
    # the library is in Shreveport; a newspaper's name is no place
    assert surfaces(gazetteer, "The Shreveport Public Library opens late.") == ["Shreveport"]
    assert surfaces(gazetteer, "He told The Boston Globe about it.") == []


def test_city_of_is_a_place_cue_and_chooses_a_settlement(gazetteer: Gazetteer) -> None:
    [bam] = geoparse(gazetteer, "An earthquake in the city of Bam left thousands homeless.")
    assert bam.place is not None and bam.place.country_code == "IR"
    # "the city of" holds for every mention of the name in the article
    text = "The parade returns to New York. It is paid for by the city of New York."
    assert [t.place.feature_code for t in geoparse(gazetteer, text)
            if t.place is not None] == ["PPL", "PPL"]
    [state] = geoparse(gazetteer, "Fires spread across the state of Washington.")
    assert state.place is not None and state.place.feature_code == "ADM1"


def test_english_counties(gazetteer: Gazetteer) -> None:
    found = places(gazetteer, "Races were held at Croft, Yorkshire, and in Cheshire.")
    assert found["Yorkshire"][0] == "GB" and found["Cheshire"][0] == "GB"


def test_county_abbreviation(gazetteer: Gazetteer) -> None:
    [county] = geoparse(gazetteer, "PLYMOUTH CO. - Deputies recovered the stolen tractor.")
    assert county.place is not None and county.place.feature_code == "ADM2"
    assert surfaces(gazetteer, "Shares of Hudson's Bay Co. rose.") == []  # a company


def test_a_division_that_holds_no_candidate_leaves_the_name_unplaced(gazetteer: Gazetteer,
                                                                     ) -> None:
    # the gazetteer knows no Holliday in Missouri: a Holliday in Texas would be a wrong point
    assert surfaces(gazetteer, "HOLLIDAY, Mo. -- A driver was hurt.") == ["Mo"]
    assert surfaces(gazetteer, "PARIS, Mo. -- A driver was hurt.") == ["PARIS", "Mo"]
    # a list of provinces is no such pair
    assert surfaces(gazetteer, "Cases rose in Anhui, Guangdong and Hubei.") == [
        "Anhui", "Guangdong", "Hubei"]
    # nor does "X, in the Y region": the gazetteer knows no Boni in Mali's Mopti region
    assert surfaces(gazetteer, "Soldiers were killed near Boni, in the Mopti region, the army "
                               "said.") == ["Mopti region"]
    assert surfaces(gazetteer, "Des soldats ont été tués près de Boni, dans la région de Mopti, "
                               "a annoncé l'armée.") == ["région de Mopti"]
    # but a town it does hold stays placed
    assert surfaces(gazetteer, "Shelling hit Bucha, in the Kyiv region, on Monday.") == [
        "Bucha", "Kyiv region"]


def test_a_city_that_holds_no_candidate_leaves_the_name_unplaced(gazetteer: Gazetteer) -> None:
    # Congress, Arizona is no place in Buenos Aires: the name is a building there
    assert surfaces(gazetteer, "Retirees protested outside Congress in Buenos Aires.") == [
        "Buenos Aires"]
    # a district near the city keeps its place
    assert surfaces(gazetteer, "Fighting broke out in Hackney in London.") == [
        "Hackney", "London"]


def test_a_bare_name_is_the_division_far_larger_than_its_seat(gazetteer: Gazetteer) -> None:
    [province] = geoparse(gazetteer, "Wildfires spread across Quebec.")
    assert province.place is not None and province.place.feature_code == "ADM1"
    [city] = geoparse(gazetteer, "Snow fell on the city of Quebec.")
    assert city.place is not None and city.place.feature_code == "PPLA"
    [donetsk] = geoparse(gazetteer, "Shelling hit Donetsk.")  # an oblast only 4 times as large
    assert donetsk.place is not None and donetsk.place.feature_code == "PPLA"


def test_a_qualifier_may_carry_a_direction(gazetteer: Gazetteer) -> None:
    # "in northeast Missouri" names the container as surely as "in Missouri" does
    [county, _] = geoparse(gazetteer, "The farm lies in Monroe County in northeast Missouri.")
    assert county.place is not None and county.place.admin1 == "Missouri"
    assert county.score > 0.5  # one of 17 Monroe Counties, chosen by the qualifier


@pytest.mark.parametrize(
    ("text", "language", "name", "feature_code"),
    [
        # a word before the name says water: the river, not the city of the same name
        ("Росіяни обстріляли Нікополь з протилежного берега Дніпра.", "uk", "Дніпра", "STM"),
        ("Обстреляха града от отсрещния бряг на река Днепър.", "bg", "Днепър", "STM"),
        ("Градът на десния бряг на Днепър беше обстрелян.", "bg", "Днепър", "STM"),
        ("Ukrainian troops crossed the Dnipro near Kherson.", "en", "Dnipro", "STM"),
        ("Barges sailed down the Volga near Kazan.", "en", "Volga", "STM"),
        # without one, the city
        ("Поранених доправили до лікарні в Дніпрі.", "uk", "Дніпрі", "PPLA"),
        ("Drones struck Dnipro and Kharkiv overnight.", "en", "Dnipro", "PPLA"),
        # "near" a name that is both a region and its seat: the town
        ("Fighters attacked a convoy of tankers near Kayes on Saturday.", "en", "Kayes", "PPLA"),
        ("Des combattants ont attaqué un convoi près de Kayes samedi.", "fr", "Kayes", "PPLA"),
        # a word before the name says division ("the region of"), in English and French
        ("Fighting in the region of Tillabéri left 15 dead.", "en", "Tillabéri", "ADM1"),
        ("Dans la région de Tillabéri, 15 morts.", "fr", "région de Tillabéri", "ADM1"),
    ],
)
def test_kind_words_before_a_name_choose_its_kind(gazetteer: Gazetteer, text: str,
                                                  language: str, name: str,
                                                  feature_code: str) -> None:
    doc = Document(id="t", text=text, language=language)
    found = {t.mention.text: t.place.feature_code for t in
             resolve(doc, find_mentions(doc, gazetteer), gazetteer) if t.place is not None}
    assert found[name] == feature_code


@pytest.mark.parametrize(
    ("text", "language", "name", "place"),
    [
        # a Latin name of several words with a diacritic is no Cyrillic span
        ("Un missile a frappé un immeuble dans le centre de Kryvyï Rih.", "fr", "Kryvyï Rih",
         "Kryvyy Rih"),
        # French writes "ch" where English writes "sh"
        ("En Russie, un drone a frappé un minibus dans la ville frontalière de Chebekino, "
         "dans la région de Belgorod.", "fr", "Chebekino", "Shebekino"),
        # a name too short for a skeleton is found by a romanisation spelt alike
        ("Бойовики напали на табір поблизу Бунії, а в Гомі тихо.", "uk", "Бунії", "Bunia"),
    ],
)
def test_names_in_other_scripts_and_spellings(gazetteer: Gazetteer, text: str, language: str,
                                              name: str, place: str) -> None:
    doc = Document(id="t", text=text, language=language)
    found = {t.mention.text: t.place.name for t in
             resolve(doc, find_mentions(doc, gazetteer), gazetteer) if t.place is not None}
    assert found[name] == place


def test_a_town_abroad_known_only_by_another_name_needs_the_article(gazetteer: Gazetteer) -> None:
    """"Boni" is another name of Bonn and of Watampone, and the gazetteer lacks the Malian
    village: in a report on Mali it names none of them; a capital's other name still names it."""
    text = ("Twelve Malian soldiers were killed near Boni in central Mali, while in Burkina Faso "
            "a drone struck a market near Djibo.")
    assert "Boni" not in surfaces(gazetteer, text)
    found = places(gazetteer, "Senators in Washington and Boston debated aid to Kiev.")
    assert found["Kiev"][0] == "UA"

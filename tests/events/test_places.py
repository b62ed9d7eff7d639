"""Candidate places and the contexts that make a mention no event's place."""

from __future__ import annotations

import pytest

from geomap.events.places import CandidatePlace, candidate_places
from geomap.gazetteer import Gazetteer
from geomap.geoparse import find_mentions, resolve
from geomap.models import Document
from geomap.text import sentence_spans


def places_of(gazetteer: Gazetteer, text: str, language: str = "en") -> list[CandidatePlace]:
    doc = Document(id="d", text=text, language=language)
    toponyms = resolve(doc, find_mentions(doc, gazetteer), gazetteer)
    return candidate_places(text, sentence_spans(text), toponyms, language)


def contexts(gazetteer: Gazetteer, text: str) -> dict[str, list[str]]:
    places = places_of(gazetteer, text)
    return {m.toponym.mention.text: [x.context for x in p.mentions] for p in places
            for m in p.mentions[:1]}


@pytest.mark.parametrize(
    ("text", "name", "context"),
    [
        ("BEIRUT (Reuters) - Air strikes killed four people in Nabatieh.", "BEIRUT", "dateline"),
        ("SPRINGFIELD - A man was shot twice on Tuesday.", "SPRINGFIELD", "dateline"),
        ("ISLAMABAD: Troops killed 12 militants in a raid on Monday, the army said.",
         "ISLAMABAD", "dateline"),
        # a briefs column's heading names where its item happened
        ("POLICE BRIEFS\n\nELYRIA: Man shot in leg on Middle Avenue\nA man was shot on Friday "
         "night, police said.", "ELYRIA", ""),
        ("(Nairobi, January 22, 2026) – Soldiers executed 23 civilians in Burkina Faso.",
         "Nairobi", "dateline"),
        ("Kyiv, 30 November 2025 — Russia struck Ukraine's energy infrastructure.", "Kyiv",
         "dateline"),
        ("Киев, 22 ноември 2025 г. — Русия атакува Украйна с 97 дрона.", "Киев", "dateline"),
        ("A Washington-based think tank said the fighting went on.", "Washington", "based"),
        ("\"We came in peace,\" said Keisha Tolbert, a senior from Birmingham who organized the "
         "rally.", "Birmingham", "origin"),
        ("London, a city of about 440,000 people between Toronto and Windsor, is still marked "
         "by the attack.", "Windsor", "route"),
        ("London, a city of about 440,000 people between Toronto and Windsor, is still marked "
         "by the attack.", "Toronto", "route"),
        ("A homicide team has been dispatched from Sydney to investigate.", "Sydney", "origin"),
        ("The junta, which rules from the capital Naypyitaw, faced pressure.", "Naypyitaw",
         "origin"),
        ("Anger grew after the death in custody of Albert Ojwang, a teacher and blogger from Homa "
         "Bay county.", "Homa Bay county", "origin"),
        ("The wounded were taken to a hospital in Tulsa.", "Tulsa", "destination"),
        ("Hundreds of families fled toward Hinche after the gang attack.", "Hinche",
         "destination"),
        ("A rally set off peacefully toward Islamabad.", "Islamabad", "destination"),
        ("A convoy of protesters set off for Tbilisi on Sunday.", "Tbilisi", "destination"),
        ("The attack took place as the bus was en route to Kandahar.", "Kandahar",
         "destination"),
        ("A trader told reporters by phone from Niono that the market burned.", "Niono",
         "source"),
        ("The minister, speaking in Mombasa, said the police acted lawfully.", "Mombasa",
         "source"),
        ("The minister told the president's morning news conference in Mexico City that troops "
         "had detained him.", "Mexico City", "source"),
        ("Vucic, who was in Moscow on Friday, blamed foreign agents for the protests.", "Moscow",
         "source"),
        ("\"Five of our men were killed,\" a military official told AFP in the southern city of "
         "Aden.", "Aden", "source"),
        ("A merchant was abducted on the highway to Damascus.", "Damascus", "route"),
        ("The convoy was carrying fuel from the port of Dakar to Bamako when it was ambushed.",
         "Bamako", "route"),
        # the next item of a list takes where drones were launched from, or the wounded taken to
        ("The drones were launched from the areas of Kursk and Primorsko-Akhtarsk in Russia.",
         "Kursk", "launch"),
        ("The drones were launched from the areas of Kursk and Primorsko-Akhtarsk in Russia.",
         "Primorsko-Akhtarsk", "launch"),
        ("Around a dozen wounded were taken to hospitals in Beni and Butembo.", "Butembo",
         "destination"),
        # a news conference's place is where a brawl after it happened
        ("He threw a trolley after a news conference at Brooklyn's arena.", "Brooklyn", ""),
        ("Police found him on Hot Springs Highway after the shooting.", "Hot Springs", "street"),
        ("Traders staged a sit-in on the Meerut-Muzaffarnagar highway.", "Meerut", "street"),
        ("John Doe, 24, of Kansas City, was shot on Friday.", "Kansas City", "origin"),
        ("The 16-year-old, from Walsall, was arrested in Wolverhampton.", "Walsall", "origin"),
        ("A Charleston man was charged with murder.", "Charleston", "origin"),
        ("Crowds marched against beef imports from the United States.", "United States",
         "origin"),
        ("The bomb hit the church of St. Peter and St. Paul.", "St. Paul", "name"),
        ("A bomb hit the Saint Peter and Saint Paul Coptic Orthodox Church in Cairo.",
         "Saint Peter", "name"),
        ("The biggest battle since Bakhmut is under way.", "Bakhmut", "frame"),
        ("A bomb hit a convoy 40 kilometres from Timbuktu.", "Timbuktu", "distance"),
        ("Shelling hit Kharkiv on Sunday.", "Kharkiv", ""),
        ("Hundreds rallied in support of the people caught in the fighting in Aleppo.",
         "Aleppo", "cause"),
        ("Students protested against the war in Ukraine.", "Ukraine", "cause"),
        ("Two soldiers were killed, according to Kyiv.", "Kyiv", "source"),
        ("He was shot, according to the Gainesville Police Department.", "Gainesville", ""),
        ("Officers stopped a truck, West Virginia State Police said.", "West Virginia State",
         "institution"),
        ("A man was shot, the Arizona Department of Public Safety said.", "Arizona",
         "institution"),
        ("Gainesville Police said a man was shot.", "Gainesville", ""),
        # one who holds a place's office speaks for no event there
        ("Boston and Skegness MP Richard Tice said the latest stabbing was shocking.",
         "Skegness", "institution"),
        ("A man was shot dead on Sunday, Hampden District Attorney Anthony Gulluni said.",
         "Hampden", "institution"),
        ("One protester was shot, the Kenya National Commission on Human Rights said.", "Kenya",
         "source"),
        ("Islamic State Sahel Province fighters attacked a convoy.", "Sahel Province", "name"),
        ("Troops fought al-Shabab near the town.", "Shabab", "name"),
    ],
)
def test_context_of_a_mention(gazetteer: Gazetteer, text: str, name: str, context: str) -> None:
    assert contexts(gazetteer, text)[name][0] == context


@pytest.mark.parametrize("text", [
    "Russian troops entered Pokrovsk. Drones circled over the city on Monday.",
    "Russian troops entered Pokrovsk. Drones circled over the same town on Monday.",
])
def test_the_city_stands_for_the_settlement_named_before(gazetteer: Gazetteer, text: str) -> None:
    [place] = places_of(gazetteer, text)
    assert [m.anaphoric for m in place.mentions] == [False, True]


def test_a_country_before_a_noun_qualifies_it(gazetteer: Gazetteer) -> None:
    text = "Protesters want a ban on U.S. beef imports, and rallied in Seoul."
    assert contexts(gazetteer, text)["U.S."] == ["modifier"]


def test_the_city_stands_for_no_town_the_wounded_were_taken_to(gazetteer: Gazetteer) -> None:
    text = ("A missile hit Kryvyi Rih on Tuesday. The wounded were taken to a hospital in Dnipro. "
            "It was the deadliest attack on the city this year.")
    places = places_of(gazetteer, text)
    anaphoric = [p.place.name for p in places for m in p.mentions if m.anaphoric]
    assert anaphoric == ["Kryvyy Rih"]  # GeoNames spelling


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        # a division of another country after a preposition is where it happened
        ("Обмен пленными прошел на границе с Белоруссией в Черниговской области.", False),
        # one that holds the place before it locates it
        ("Взрыв прогремел в Славянске в Донецкой области.", True),
    ],
)
def test_a_place_after_a_preposition_qualifies_only_a_place_of_its_country(
        gazetteer: Gazetteer, text: str, qualifier: bool) -> None:
    places = places_of(gazetteer, text, "ru")
    last = max((m for p in places for m in p.mentions), key=lambda m: m.toponym.mention.start)
    assert (last.context == "qualifier") is qualifier


def test_a_fronted_locative_speaks_for_the_clause_after_its_comma(gazetteer: Gazetteer) -> None:
    # three places in the sentence make each speak only for its part between commas, but "In
    # Peshawar," opens the clause that tells what happened there
    text = ("In Peshawar, a rally led by the chief minister of Khyber Pakhtunkhwa set off "
            "toward Islamabad.")
    places = places_of(gazetteer, text)
    [peshawar] = [m for p in places for m in p.mentions if m.toponym.mention.text == "Peshawar"]
    assert text[peshawar.scope_start:peshawar.scope_end] == text
    listed = "In Kharkiv, Sumy and Odesa, the sirens sounded for an hour."
    places = places_of(gazetteer, listed)
    scopes = {m.toponym.mention.text: listed[m.scope_start:m.scope_end]
              for p in places for m in p.mentions}
    assert scopes["Kharkiv"] == "In Kharkiv, Sumy and Odesa"


@pytest.mark.parametrize("text", [
    "Drones destroyed an ammunition depot in occupied Yenakiieve overnight.",
    "Shelling hit homes in besieged Vovchansk on Monday.",
    "Attackers burned houses in nearby Vovchansk on Monday.",
    "Troops opened fire on farmers near the border village of Kfar Kila.",
    # a place's kind, a part of it, or a place entered
    "Security forces detained 14 people in the commercial hub of Yangon.",
    "In the port city of Valparaiso, thousands of students marched.",
    "Fighting continued in the rural areas of El Tarra.",
    "Fano fighters briefly seized parts of Gondar.",
    "On Sunday, militiamen entered Debre Markos after several hours of fighting.",
])
def test_a_word_of_the_place_s_state_keeps_its_locative(gazetteer: Gazetteer, text: str) -> None:
    [place] = places_of(gazetteer, text)
    assert place.mentions[0].locative


@pytest.mark.parametrize(("text", "language"), [
    ("В воскресенье беспилотники поразили радиолокационную станцию на аэродроме Саки.", "ru"),
    ("У неділю дрони уразили склад на аеродромі Саки.", "uk"),
    ("В неделя дронове са ударили радарна станция на летище Саки.", "bg"),
])
def test_a_facility_of_the_place_keeps_its_locative(gazetteer: Gazetteer, text: str,
                                                    language: str) -> None:
    [place] = places_of(gazetteer, text, language)
    assert place.mentions[0].locative

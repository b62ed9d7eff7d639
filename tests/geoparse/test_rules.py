"""The filters of recognition: every named rule decides the case it was written for, and
without it that case is decided otherwise (a rule that stops mattering fails here)."""

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.geoparse import rules
from geomap.geoparse.recognize import find_mentions
from geomap.geoparse.spans import longest_match, tokenize
from geomap.lang.detect import language_of
from geomap.models import Document
from geomap.text import strip_possessive

# rule -> (a text, the word that starts the match the rule decides)
EXAMPLES = {
    "settlement_word": ("Ремонт будинків провели у м. Щастя на Луганщині.", "Щастя"),
    "party_district": ("Rep. Jane Doe, D-Hardy, voted against the bill.", "Hardy"),
    "inside_longer_name": ("The Washington Post reported the story.", "Washington"),
    "disease": ("An outbreak of Marburg virus was declared.", "Marburg"),
    "date": ("BOGOTA, Nov 27 (Reuters) - Rebels attacked the town.", "Nov"),
    "dateline_agency": ("ADEN (Gulf Report) — Nine people were killed in Sanaa.", "Gulf"),
    "street_list": ("He was shot at Orange and White streets.", "Orange"),
    "ordinary_word": ("Il a dit que tout était calme. Selon le maire, tout est calme.", "Selon"),
    "quoted_name": ("Прикордонники затримали в аеропорту «Бориспіль» громадянина Канади.",
                    "Бориспіль"),
    "arabic_article": ("The toll was 25, Al-Ahram said.", "Ahram"),
    "institution_genitive": ("Про це повідомило Міністерство оборони України в понеділок.",
                             "України"),
    "council_adjective": ("Вчора Київська міська рада ухвалила бюджет.", "Київська"),
    "named_thing": ("Берлин отверг критику США по Северному потоку-2 в среду.", "Северному"),
    "company": ("Shares of Hudson's Bay Co. rose.", "Bay"),
    "war": ("Veterans of the Gulf War gathered.", "Gulf"),
    "armed_group": ("Kachin Independence Army fighters seized the town.", "Kachin"),
    "group": ("Fano, an ethnic Amhara militia movement, seized Merawi.", "Fano"),
    "saint": ("Crowds celebrated St Patrick's Day.", "Patrick"),
    "currency": ("The deal was worth US$100 million.", "US"),
    "capitals_not_abbreviation": ("The OAS said so.", "OAS"),
    "cyrillic_abbreviation": ("Управління уклало угоду з ПрАТ за 4 млн грн.", "ПрАТ"),
    "direction": ("They met at the Centre yesterday.", "Centre"),
    "abbreviation_unlike_one": ("He met Ariz at the station.", "Ariz"),
    "family": ("The Boons moved away in May.", "Boons"),
    "city_part": ("Police sealed the roads into the Central Business District.",
                  "Central Business District"),
    "label": ("Fighting broke out late Monday in Pavilion 5 of the prison.", "Pavilion"),
    "qualified": ("The storm hit Alvin, Texas, overnight.", "Alvin"),
    "given_name": ("The coach, Alvin, said the team was ready.", "Alvin"),
    "common_word_major": ("The American envoy arrived.", "American"),
    "common_word_big_place": ("Officials from Mobile met the governor.", "Mobile"),
    "common_word_after_cue": ("They were hiding in Hurricane last week.", "Hurricane"),
    "common_word_named": ("Fargo raised its goal. The drive in Fargo ended.", "Fargo"),
    "common_word": ("Bronx residents protested.", "Bronx"),
    "rare_alt_name": ("Families marked Passover at home.", "Passover"),
    "city_side": ("He was shot in a West Side restaurant.", "West Side"),
}


def _seen(gazetteer: Gazetteer, text: str, word: str) -> rules.Seen:
    tokens = tokenize(text)
    caps = [w[0].isupper() for _, _, w in tokens]
    i = next(k for k, (start, _, _) in enumerate(tokens) if start == text.index(word))
    j = longest_match(text, tokens, caps, i, gazetteer)
    assert j is not None, f"{word!r} matches no gazetteer name"
    surface = strip_possessive(text[tokens[i][0]:tokens[j][1]])
    return rules.Seen(text, tokens, caps, i, j, surface, gazetteer, language_of(None, text))


def test_every_rule_has_its_case() -> None:
    assert [r.name for r in rules.RULES] == list(EXAMPLES)


@pytest.mark.parametrize("rule", rules.RULES, ids=lambda r: r.name)
def test_each_rule_decides_its_case_and_matters(gazetteer: Gazetteer, rule: rules.Rule) -> None:
    text, word = EXAMPLES[rule.name]
    seen = _seen(gazetteer, text, word)
    decided = rules.deciding_rule(seen)
    assert decided is not None and decided.name == rule.name
    without = rules.deciding_rule(seen, tuple(r for r in rules.RULES if r is not rule))
    assert (True if without is None else without.verdict) != rule.verdict, \
        f"without {rule.name}, {word!r} in {text!r} is decided the same way"


@pytest.mark.parametrize(("text", "expected"), [
    (EXAMPLES["qualified"][0], ["Alvin", "Texas"]),
    (EXAMPLES["common_word_named"][0], ["Fargo", "Fargo"]),
    (EXAMPLES["common_word_big_place"][0], ["Mobile"]),
    (EXAMPLES["inside_longer_name"][0], []),
    (EXAMPLES["rare_alt_name"][0], []),
    # a sentence's first word that English writes only as a name, though also a surname
    ("Lyon is France's third city.", ["Lyon", "France"]),
    ("Lyon said the plan would work.", []),  # but a surname before a verb of saying is a person
    ("Blair Norton, a reporter, was there.", []),
    # common words listed with a place name towns
    ("Leeds, York and Hull voted.", ["Leeds", "York", "Hull"]),
    # the Arabic article makes a newspaper's name, but a place keeps it
    ("Al-Ahram reported fighting in al-Raqqa and al-Bab.", ["Raqqa", "Bab"]),
    # a people, not a place
    ("Rustlers from the Pokot tribe attacked the Samburu tribe near Maralal.", ["Maralal"]),
    # a gang or a cartel named after a place
    ("Members of the Los Lobos gang attacked a cellblock in Machala.", ["Machala"]),
    ("The Sinaloa Cartel fought its rivals in Culiacan.", ["Culiacan"]),
    # a people or culture named after a town, but a demonym stays one
    ("The Adena people built mounds near Chillicothe.", ["Chillicothe"]),
    ("The Kurdish people rallied in Erbil.", ["Kurdish", "Erbil"]),
    ("Fano militiamen attacked a camp near Debre Markos.", ["Debre Markos"]),
    ("Kurdish militia fighters held Afrin.", ["Kurdish", "Afrin"]),
    # a short city name in capitals that opens a dateline; not an abbreviation elsewhere
    ("GAZA, Aug 10 (Reuters) - Israeli air strikes killed 22 people.", ["GAZA", "Israeli"]),
    ("Weekly report\nROME (AP) — Police arrested two men.", ["ROME"]),
    ("Members of the OAS, Jan 3 - agreed.", []),
    ("The crash was at Lakeview and Harrison streets in Springfield.",
     ["Springfield"]),  # "streets" makes a list of street names
    # a place before a rare word that names other places is a longer name the gazetteer lacks,
    # but a place before a division's word, a country or a first-order division is kept
    ("Gunfire was heard in the Souq al-Juma and Ain Zara districts of Tripoli.", ["Tripoli"]),
    ("It spread in Kasai Occidental province.", ["Kasai", "Occidental"]),
    ("He moved to Springfield Illinois in May.", ["Springfield", "Illinois"]),
    # a prison's name holds no place: the city named after it is the place
    ("Inmates rioted at the Litoral Penitentiary in Guayaquil.", ["Guayaquil"]),
    # a two-word name before "neighborhood" is a part of a town the gazetteer lacks
    ("Two men were shot in the Hickory Hill neighborhood of Memphis.", ["Memphis"]),
    # a street's name is no place ("Fifth Street" is no town in Texas), and no toponym in English
    ("A man was shot in the 400 block of West Fifth Street in Greenville.", ["Greenville"]),
    # a city's hall or council is the city's, whatever other place "X City" names
    ("About 60 people gathered outside Alexandria City Hall.", ["Alexandria"]),
    ("The Kansas City Council met on Monday.", ["Kansas City"]),
    # a rare capitalised word before a one-word place opens a longer name the gazetteer lacks
    ("A drone struck the Khor Mor gas field in Iraq.", ["Iraq"]),
    ("They met in rural Springfield and in central Mali.", ["Springfield", "Mali"]),
    # a given name's possessive before a street or part of a town is the town's
    ("She was shot as she left work on Augusta's Highland Avenue.", ["Augusta"]),
    ("Shops were looted on Augusta’s main street.", ["Augusta"]),
    ("Police said Augusta's husband was shot.", []),
    # a month's name beside a day or a year is a date; alone, it may be a town
    ("Key highlights\n\nOn 7 March, Israeli settlers attacked Al Mughayyir.",
     ["Israeli", "Al Mughayyir"]),
    ("MEDELLIN, Nov. 27 (Reuters) - Rebels attacked Cali.", ["MEDELLIN", "Cali"]),
    # a group named after a place or in apposition is no place
    ("Hengaw, a Kurdish rights group, said police shot protesters in Zahedan.",
     ["Kurdish", "Zahedan"]),
    # but not a place that the group after it speaks of
    ("Fighters attacked Mellit, the rebel group said.", ["Mellit"]),
    ("Police fired tear gas in Zahedan, the Hengaw rights group said.", ["Zahedan"]),
    ("Drones struck Kidal, a rebel group stronghold, on Monday.", ["Kidal"]),
    # an armed group named as a place is ("Fano fighters", "anti-Balaka elements")
    ("Fano fighters entered the town of Merawi.", ["Merawi"]),
    ("In 2021, anti-Balaka elements attacked the village of Boyo.", ["Boyo"]),
    # "The" and a common word that is only another name of a small place
    ("The Mission condemned the attack in Bor.", ["Bor"]),
    ("He travelled to The Hague and The Gambia.", ["The Hague", "The Gambia"]),
    ("Birds cross The Atlantic each spring.", ["The Atlantic"]),
    # a city's Old City is a part of it, not Jerusalem's; the Red Cross is no village
    ("Mortar bombs hit the Bab Touma district of Damascus's Old City.", ["Damascus"]),
    ("Residents attacked a Red Cross team in Macenta.", ["Macenta"]),
    # a name without its Arabic article is the town's, however often news writes it
    ("Sunni protesters gathered in Fallujah.", ["Fallujah"]),
])
def test_the_rules_decide_what_recognition_finds(gazetteer: Gazetteer, text: str,
                                                 expected: list[str]) -> None:
    assert [m.text for m in find_mentions(Document(id="t", text=text), gazetteer)] == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a place inside a company's, outlet's or airport's name in guillemets is part of the name
    ("Угоду уклали з ТОВ «Балтом Україна» у Києві.", "uk", ["Києві"]),
    ("Про це написали «Наші гроші. Львів» з посиланням на Prozorro.", "uk", []),
    ("Про це пишуть «Наші гроші.\nЗапоріжжя» з посиланням на Prozorro.", "uk", []),  # a line break
    # but not one in quoted speech: a preposition governs it, or the speech has its commas
    ("«Ми залишаємося в Харкові», – сказав мер.", "uk", ["Харкові"]),
    ("Він сказав: «Ми тут, у Харкові, і нікуди не поїдемо».", "uk", ["Харкові"]),
    # a place after the noun that heads an institution's name is part of the name
    ("Верховний суд Пакистану виправдав її. У Пакистані почалися протести.", "uk",
     ["Пакистані"]),
    ("Глава МИД России прибыл в Анкару.", "ru", ["Анкару"]),
    ("Господарський суд Донецької області ухвалив рішення.", "uk", []),
    # a preposition between the noun and the place: where the court sits
    ("Суд в Пакистане оправдал её.", "ru", ["Пакистане"]),
    # after a word that says a settlement follows, a name is a place ("Місто" opens no person)
    ("Місто Лисичанськ обстріляли вночі.", "uk", ["Лисичанськ"]),
    ("Він уродженець м. Василівка Запорізької області.", "uk",
     ["Василівка", "Запорізької області"]),
    # an institution's name holds lowercase words joined by "і", an abbreviation, a settlement
    # word ("суду м. Києва"); a council's or administration's name follows a place adjective
    ("Міністерство доходів і зборів України уклало угоду.", "uk", []),
    ("Головне управління ДСНС України у Донецькій області повідомило.", "uk",
     ["Донецькій області"]),
    ("Про це свідчить рішення Господарського суду м. Києва від 25 січня.", "uk", []),
    ("Донецької облради та Київської облдержадміністрації.", "uk", []),
    ("Донецького апеляційного господарського суду.", "uk", []),
    # but a place after a preposition is where the institution acts
    ("В Пакистане суд оправдал её.", "ru", ["Пакистане"]),
    # a place's adjective before a noun that names a thing is part of the thing's name, but
    # before a noun of a feature it names a place; Bulgarian has no list of adjective forms
    ("Строительство «Северного потока-2» продолжается в Германии.", "ru", ["Германии"]),
    ("Газопровід прокладуть паралельно Північному потоку біля Київського водосховища.", "uk",
     ["Київського"]),
    ("Ключове значення Великобританія надає Німеччині.", "uk", ["Великобританія", "Німеччині"]),
    ("Великобритания ще напусне съюза.", "bg", ["Великобритания"]),
    # English has no such rule: "Ukraine's defence ministry" keeps its place
    ("The Defence Ministry of Ukraine said drones struck Odesa.", "en", ["Ukraine", "Odesa"]),
])
def test_names_of_organisations_in_cyrillic_news_hold_no_place(
        gazetteer: Gazetteer, text: str, language: str, expected: list[str]) -> None:
    doc = Document(id="t", text=text, language=language)
    assert [m.text for m in find_mentions(doc, gazetteer)] == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Он сказал, что всё спокойно. По словам мэра, всё спокойно.", None, []),
    ("Lundi, des drones ont frappé Kharkiv. Selon le maire, deux civils ont été tués.", "fr",
     ["Kharkiv"]),
    ("Les habitants de Soumy ont fui.", "fr", ["Soumy"]),
    # as common as "Но" (but) or "Тем" (that), a word is no big town abroad (Ho, Tema in Ghana)
    ("Обстрел продолжался. Но только ночью. Тем не менее, в Харькове тихо.", "ru", ["Харькове"]),
    # a big town of the language's own country keeps its name ("Суми", also "sums")
    ("Суми знову під обстрілом.", "uk", ["Суми"]),
])
def test_a_common_first_word_of_the_articles_language_is_no_place(
        gazetteer: Gazetteer, text: str, language: str | None, expected: list[str]) -> None:
    doc = Document(id="t", text=text, language=language)
    assert [m.text for m in find_mentions(doc, gazetteer)] == expected


def test_a_common_cyrillic_word_that_is_only_another_name_of_a_village_abroad(
        gazetteer: Gazetteer) -> None:
    text = "За даними Сил оборони півдня, ППО збили 19 дронів."
    assert rules.deciding_rule(_seen(gazetteer, text, "Сил")).name == "rare_alt_name"  # type: ignore[union-attr]
    # but a town of the language's home that the word names is kept
    text = "Окупанти обстріляли Щастя вночі."
    found = rules.deciding_rule(_seen(gazetteer, text, "Щастя"))
    assert found is None or found.name != "rare_alt_name"


def test_a_city_known_by_another_name_stays_after_a_place_cue(gazetteer: Gazetteer) -> None:
    """"Larissa", a given name that is only another name of Lárisa (147,000 people), names it
    after "outside"; "Passover" alone still names no place."""
    text = "Riot police fired tear gas at farmers on the motorway outside Larissa, police said."
    found = [m.text for m in find_mentions(Document(id="t", text=text, language="en"), gazetteer)]
    assert found == ["Larissa"], found

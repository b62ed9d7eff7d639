"""Death tolls: number grammar on sentences written for the test."""

from __future__ import annotations

import pytest

from geomap.events.fatalities import beyond_any, fatalities, shares


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Four soldiers and about a dozen rebels were killed.", 16),
        ("The ministry later put the death toll at nine, including the attacker.", 9),
        ("By Tuesday, rescuers had recovered 11 bodies from the rubble.", 11),
        # a relative clause between the dead and their dying, a time before them, commandos
        ("The bomber and four gunmen who tried to storm the base were also killed.", 5),
        ("Two soldiers who were guarding the gate were killed.", 2),
        ("The men who robbed the store were arrested and one officer was killed.", 1),
        ("The riot broke out a day after three young girls were murdered.", 3),
        ("In July 2016, ten CoBRA commandos of the CRPF were killed in a landmine blast.", 10),
        # one named victim
        ("An armoured vehicle ran over and killed Affan Kurniawan, a 21-year-old driver.", 1),
        # dead counted besides those told before, and a pronoun's one
        ("All four gunmen were also killed.", 4),
        ("The bomber also died.", 1),
        ("Russian troops shelled the village, killing him.", 1),
        ("Two soldiers and three terrorists were killed in the gunfight.", 5),
        ("11 civilians, among them four children, were killed when shells hit a market.", 11),
        ("Gunmen stopped a bus, offloaded nine passengers and shot them dead.", 9),
        # the speaker of a toll is no victim, however many words name them
        ("Gunmen opened fire on a bar, killing 12 people, the state attorney general's office "
         "said.", 12),
        ("A drone hit a car, killing the driver, the Belgorod region governor Vyacheslav Gladkov "
         "said.", 1),
        # a year before a comma is no count
        ("The city was besieged in the spring of 2022, when dozens of civilians were killed.",
         24),
        ("Gunmen opened fire, killing the driver and two passengers.", 3),
        ("An FPV drone struck a car, killing its 57-year-old driver.", 1),
        # a toll revised to its new total
        ("A man pulled from the rubble died in hospital, bringing the death toll to two.", 2),
        ("By Thursday the toll had risen to four after a woman died in hospital.", 4),
        ("The attack raised the toll from two to five.", 5),
        ("The authorities said only that nobody had been killed.", 0),
        # an age is no count
        ("The 34-year-old man died at the scene of stab wounds to the chest.", 1),
        ("Four members of a Muslim family were killed when a man drove a truck into them.", 4),
        ("Thirteen security guards were kidnapped and killed.", 13),
        # a place after a preposition is no one killed ("in their cells")
        ("Fourteen inmates were found dead in their cells and three others died later.", 14),
        ("The blast killed the three soldiers.", 3),
        ("The couple were found dead Thursday, their bodies hidden in a truck.", 2),
        ("Gunmen shot dead an elderly couple in their home.", 2),
        ("The pair were stabbed to death outside a pub.", 2),
        ("Three girls and two boys were killed.", 5),
        ("The clash ended, leaving four soldiers and seven militiamen dead.", 11),
        ("At least 24 civilians, 24 Kurdish fighters, and 25 militiamen have been killed.", 73),
        ("Thirteen soldiers died.", 13),
        ("Police fatally shot three men at a checkpoint.", 3),
        ("Gunmen shot to death a farmer and his wife in a village.", 2),
        ("The attacks left 130 people dead.", 130),
        ("The gun battle ended in 18 fatalities.", 18),
        ("A car bomb exploded, killing as many as 20 people.", 20),
        ("Heavy fighting killed at least a dozen yesterday.", 12),
        ("The victim is dead after being stabbed on Friday.", 1),
        ("A body was found Sunday morning in a parked vehicle.", 1),
        ("A woman's body was found near the creek.", 1),
        ("Walkers discovered the body of a 36-year-old woman.", 1),
        ("The fatal police shooting of a man was ruled justified.", 1),
        ("The officer fatally shot 29-year-old John Doe.", 1),
        ("Gunmen fired on a patrol, causing no injuries.", 0),
        ("Drones set the refinery on fire but hurting no one, the governor said.", 0),
        ("The blast wrecked the depot without injuring anyone.", 0),
        ("Members of a self-defence brigade lynched two young men yesterday.", 2),
        ("A boy was shot and wounded at a party. He was expected to survive.", 0),
        ("Nineteen people, four novice monks among them, were killed when a jet bombed a "
         "monastery.", 19),
        ("Two policemen were wounded.", None),
        ("Two deaths were confirmed in the capital.", 2),
        ("It was 40 kilometres from the town.", None),
    ],
)
def test_fatalities(sentence: str, count: int | None) -> None:
    assert fatalities(sentence) == count


def test_a_toll_of_thousands_of_digits_is_no_number() -> None:
    assert fatalities("Shelling killed " + "9" * 5000 + " people.") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dziekanski died after he was shocked several times.", 1),
        ("The man later died in hospital.", 1),
        ("She died of her wounds.", 1),
        ("Many died in the blast.", None),
        ("The couple were arrested on Monday.", None),
        ("Hundreds died of hunger.", None),
        ("The old village died out.", None),
    ],
)
def test_one_named_victim_died(sentence: str, expected: int | None) -> None:
    assert fatalities(sentence) == expected


def test_a_toll_beyond_any_event_is_no_toll_and_is_named() -> None:
    sentence = "Shelling killed 10000000000000000000 civilians and 3 soldiers."
    assert fatalities(sentence) is None or fatalities(sentence) < 10**7
    assert beyond_any(sentence) == ["10000000000000000000"]
    assert beyond_any("Shelling killed 12 civilians.") == []


@pytest.mark.parametrize(
    ("sentence", "language", "count"),
    [
        # a casualty noun ends at its word's end: the passengers were wounded, not killed
        ("Беспилотник атаковал маршрутку, погиб водитель, трое пассажиров ранены.", "ru", 1),
        ("Дрон атакував маршрутку, загинув водій, троє пасажирів поранені.", "uk", 1),
        ("Военные ликвидировали 15 боевиков в ходе столкновений.", "ru", 15),
        # a list of people named one by one, the driver and a passenger
        ("Водитель и пассажир скончались на месте.", "ru", 2),
        ("Водій і пасажир загинули на місці.", "uk", 2),
        ("The driver and a passenger died at the scene.", "en", 2),
        ("The driver died.", "en", 1),
        ("The old village died out.", "en", None),
        ("Drones hit the region, killing two people, the governor said.", "en", 2),
        # the speaker of a toll is no victim, whatever the article or count word before it
        ("Fighting erupted in Tripoli, killing nine people, the health ministry said.", "en", 9),
        ("Fighting erupted in Tripoli, killing nine people, a police spokesman said.", "en", 9),
        ("The fire killed nine people, an official told reporters.", "en", 9),
        ("It killed nine people and a police officer, a police spokesman said.", "en", 10),
        ("Gunmen killed a farmer and his wife, a relative said.", "en", 2),
        ("Students clashed with police, leaving at least 32 people dead.", "en", 32),
        # a military's euphemisms for the enemy it killed, but not for machines
        ("Soldiers repelled the attack, neutralising some twenty terrorists.", "en", 20),
        ("Up to ten saboteurs were eliminated, the border guard said.", "en", 10),
        ("Air defences neutralised two drones.", "en", None),
        ("Les soldats ont repoussé l'attaque, neutralisant une vingtaine de terroristes.", "fr",
         20),
        ("«Ліквідовано до десяти диверсантів», — заявили в ДПСУ.", "uk", 10),
        # French may put the day between the verb and its count
        ("Des chasseurs dozos ont tué jeudi 12 civils dans un village.", "fr", 12),
        # the dead in the prepositional case, said of
        ("Украинская сторона заявляет об одном погибшем мирном жителе.", "ru", 1),
        ("Власти сообщили о трех погибших.", "ru", 3),
        # a toll after words of an earlier happening is that one's, unless it is the only one
        ("Rebels attacked a police station, killing two officers, authorities said, days after a "
         "wave of attacks killed 19 people across the country.", "en", 2),
        ("The attack came three days after a truck bomb blew up in Cali, killing six civilians.",
         "en", 6),
        # part of a group told before
        ("Inmates took 12 guards hostage on Saturday, killing one of them, the ministry said.",
         "en", 1),
        ("Gunmen seized five hostages and shot two of them dead.", "en", 2),
        ("Police arrested ten people, one of them a minor.", "en", None),
        # a victim who lived
        ("A man was stabbed in a fight, with injuries not considered life-threatening.", "en", 0),
        ("The victim was taken to hospital in a stable condition.", "en", 0),
        # a unit's abbreviation in brackets stands inside the count's words
        ("Two District Reserve Guard (DRG) jawans were killed when Maoists triggered an IED.",
         "en", 2),
        ("Two men were killed and a third is in stable condition.", "en", 2),
        # the wounded after a comma are no more dead
        ("Загинаха двама души, 11 са ранени.", "bg", 2),
        # one victim named by a noun, with no numeral
        ("Російські військові вбили місцевого жителя.", "uk", 1),
        ("Российские военные убили мирного жителя.", "ru", 1),
        ("Руските войски са убили местен жител.", "bg", 1),
        ("Члены бригады самообороны линчевали двух молодых людей.", "ru", 2),
        ("Члени бригади самооборони лінчували двох молодих чоловіків.", "uk", 2),
    ],
)
def test_fatalities_in_each_language(sentence: str, language: str, count: int | None) -> None:
    assert fatalities(sentence, language) == count


@pytest.mark.parametrize(
    ("sentence", "language", "parts"),
    [
        ("Air strikes killed 22 people across the Gaza Strip, including eight in a strike on a "
         "school in Gaza City.", "en", [8]),
        ("Forty people died, 30 of them in Kharkiv.", "en", [30]),
        ("Air strikes killed six people in Ariha and three in Sarmin.", "en", [3]),
        ("Shelling killed two civilians and wounded three in Kherson.", "en", []),
        ("The blast killed 12 people, including three children.", "en", []),
        ("Загинули п'ятеро людей, у тому числі двоє в Покровську.", "uk", [2]),
        ("Погибли пять человек, в том числе двое в Покровске.", "ru", [2]),
        ("Загинаха петима души, включително двама в Покровск.", "bg", [2]),
        ("Les frappes ont fait 22 morts, dont huit à Gaza.", "fr", [8]),
        # a count of something else, not of the dead, has no parts that are tolls
        ("The General Staff counted 187 combat engagements, among them 24 near Lyman.", "en",
         []),
    ],
)
def test_the_part_of_a_toll_told_with_a_place(sentence: str, language: str,
                                               parts: list[int]) -> None:
    assert [count for _, count in shares(sentence, language)] == parts


@pytest.mark.parametrize(("sentence", "language", "count"), [
    ("Gunmen killed twenty-four civilians on Saturday.", "en", 24),
    ("Fighters killed two dozen civilians near the village.", "en", 24),
    ("Half a dozen soldiers were killed in the ambush.", "en", 6),
    ("Des combattants ont tué vingt et un civils.", "fr", 21),
    ("Des combattants ont tué deux douzaines de civils le 2 mai.", "fr", 24),
    ("Боевики убили двадцать четыре мирных жителя.", "ru", 24),
    ("Боевики убили два десятка мирных жителей.", "ru", 20),
    ("Бойовики вбили двадцять чотирьох цивільних.", "uk", 24),
    ("Бойци убиха двадесет и четирима цивилни.", "bg", 24),
    ("Gunmen killed twenty people.", "en", 20),
])
def test_a_count_of_tens_and_units_or_of_dozens(sentence: str, language: str,
                                                 count: int) -> None:
    """Numbers written as a word for tens and one for units, or as dozens, count whole."""
    assert fatalities(sentence, language) == count

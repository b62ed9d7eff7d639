"""Triggers: the words that report a happening, typed by ACLED's rules."""

from __future__ import annotations

import pytest

from geomap.events.triggers import find_triggers
from geomap.text import sentence_spans


def triggers_of(text: str) -> list[tuple[str, str, str, bool]]:
    return [(t.words, t.event_type, t.sub_event_type, t.generic)
            for t in find_triggers(text, sentence_spans(text))]


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("A man was shot twice in an attempted robbery.", "Violence against civilians", "Attack"),
        ("The army regained control of the town.", "Battles", "Government regains territory"),
        ("It followed a peace declaration signed in October.", "Strategic developments",
         "Agreement"),
        # an aircraft brought down by an attack was attacked, not a weapon disrupted
        ("Their helicopter was brought down by a drone attack near Amalfi.",
         "Explosions/Remote violence", "Air/drone strike"),
        # a crowd that set fire to something, or a protest that descended into violence
        ("Youths blocked the main highway on Monday and set fire to a truck.", "Riots",
         "Violent demonstration"),
        ("A protest outside the hotel descended into violence.", "Riots", "Violent demonstration"),
        # what a crowd throws, and a clash fought with sticks or with protesters, is a riot
        ("Some threw eggs and firecrackers at riot police.", "Riots", "Violent demonstration"),
        ("Supporters of the two parties clashed with sticks and stones.", "Riots",
         "Violent demonstration"),
        ("Police clashed with students outside the university.", "Riots",
         "Violent demonstration"),
        ("A man drove his car into a group of students on Friday.",
         "Violence against civilians", "Attack"),
        ("A hand grenade was thrown at the yard of a police station.",
         "Explosions/Remote violence", "Grenade"),
        # a crude bomb is coded as a grenade; a bombardment is shelling, or an air strike
        ("Unidentified people hurled at least five crude bombs near the office.",
         "Explosions/Remote violence", "Grenade"),
        ("Reports of aerial bombardment in the county worried the mission.",
         "Explosions/Remote violence", "Air/drone strike"),
        ("The bombardment of the city went on overnight.", "Explosions/Remote violence",
         "Shelling/artillery/missile attack"),
        ("In August 2025, a truck bomb near an air force base killed six civilians.",
         "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("Residents of the province blocked the mining corridor near the village on Monday.",
         "Protests", "Peaceful protest"),
        ("In Lyon, rail workers briefly occupied the tracks at the station.", "Protests",
         "Peaceful protest"),
        ("Unidentified attackers set fire to three logging trucks on a highway.",
         "Strategic developments", "Looting/property destruction"),
        ("The region was the scene of a cross-border incursion in August 2024.", "Battles",
         "Armed clash"),
        ("Farmers also gathered peacefully outside the prefecture.", "Protests",
         "Peaceful protest"),
        ("The miners also blocked roads near the city.", "Protests", "Peaceful protest"),
        ("A few thousand people gathered outside the parliament building.", "Protests",
         "Peaceful protest"),
        ("Hundreds of people are marching through the centre.", "Protests", "Peaceful protest"),
        ("He said he was beaten by three masked men.", "Violence against civilians", "Attack"),
        ("Troops neutralised 11 attackers during a pursuit operation.", "Battles",
         "Armed clash"),
        ("Troops had \"neutralised\" 11 attackers during a pursuit operation.", "Battles",
         "Armed clash"),
        ("The two sides agreed to an immediate ceasefire.", "Strategic developments",
         "Agreement"),
        # a raid by gunmen or rustlers attacks; one by the police arrests
        ("The rustlers raided a village early in the day.", "Violence against civilians",
         "Attack"),
        ("Police raided a house and arrested two men.", "Strategic developments", "Arrests"),
        # a vehicle loaded with explosives is a bomb, whoever it killed
        ("A truck loaded with explosives blew up near a base, killing six civilians.",
         "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        # the month May is no "may" of what may happen
        ("On May 10, a missile struck an industrial facility.", "Explosions/Remote violence",
         "Shelling/artillery/missile attack"),
        ("Walkers discovered the body of a woman.", "Violence against civilians", "Attack"),
        ("A fighter jet dropped two bombs on a monastery.", "Explosions/Remote violence",
         "Air/drone strike"),
        ("Marches in the two cities passed off peacefully.", "Protests", "Peaceful protest"),
        ("Crowds burned tyres and looted shops.", "Riots", "Violent demonstration"),
        ("Police shot dead one protester.", "Protests", "Excessive force against protesters"),
        ("The driver pulled a handgun and shot at both officers.", "Battles", "Armed clash"),
        ("Two officers were gunned down when they stopped a car.", "Battles", "Armed clash"),
        ("Gunmen fired on a security patrol.", "Battles", "Armed clash"),
        ("A man was shot by a state trooper.", "Violence against civilians", "Attack"),
        ("Police fatally shot three men at a checkpoint.", "Violence against civilians", "Attack"),
        ("A two-hour gun battle ended at dawn.", "Battles", "Armed clash"),
        ("The woman was stabbed while she slept.", "Violence against civilians", "Attack"),
        ("He was charged in the sexual assaults of three women.", "Violence against civilians",
         "Sexual violence"),
        ("Specialists defused the second device.", "Strategic developments",
         "Disrupted weapons use"),
        ("A strike on a house killed six members of one family.", "Explosions/Remote violence",
         "Air/drone strike"),
        ("Riot police used water cannons to disperse the protesters.", "Protests",
         "Protest with intervention"),
        ("A car bomb exploded near a market.", "Explosions/Remote violence",
         "Remote explosive/landmine/IED"),
        ("Ukrainian naval drones attacked the port.", "Explosions/Remote violence",
         "Remote explosive/landmine/IED"),
        ("Fans threw bottles at the team bus.", "Riots", "Mob violence"),
        ("About 200 people attended a vigil.", "Protests", "Peaceful protest"),
        ("Police raided the home of the suspect.", "Strategic developments", "Arrests"),
        ("Angry mobs set fire to the homes of two lawmakers.", "Riots", "Mob violence"),
        ("Jihadists ambushed a military convoy on Friday.", "Battles", "Armed clash"),
        ("The man fired a handgun at officers.", "Battles", "Armed clash"),
        ("About 2,000 people joined a silent march on Sunday.", "Protests", "Peaceful protest"),
        ("Protesters torched a police post.", "Riots", "Violent demonstration"),
        ("Police on Wednesday used tear gas to disperse residents protesting against insecurity.",
         "Protests", "Protest with intervention"),
        ("Gunmen burned dozens of houses in the village.", "Strategic developments",
         "Looting/property destruction"),
        ("The government and the rebels signed a peace agreement on Friday.",
         "Strategic developments", "Agreement"),
        ("Partisans said they had blown up a section of railway track near the town.",
         "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("Houthi fighters attacked government positions on Tuesday.", "Battles", "Armed clash"),
        ("The General Staff counted 187 combat engagements along the front.", "Battles",
         "Armed clash"),
        ("The rebels had overrun the last army base in the town.", "Battles",
         "Non-state actor overtakes territory"),
        ("The explosives, hidden in a parked car, went off outside a hotel.",
         "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        # a place that opens the sentence after a preposition has no past told between commas
        ("In Yekaterinburg, police on Tuesday dispersed about 150 people who had gathered to "
         "demand the return of relatives mobilised in 2022, detaining 14 of them.",
         "Protests", "Protest with intervention"),
    ],
)
def test_the_first_trigger_and_its_type(text: str, event_type: str, sub_event_type: str) -> None:
    words, found_type, found_sub, generic = triggers_of(text)[0]
    assert (found_type, found_sub, generic) == (event_type, sub_event_type, False), words


@pytest.mark.parametrize(
    "text",
    [
        "The city could fall within weeks.",
        "The refugees fled earlier fighting in the region.",
        "Troops have been fighting the insurgents in two regions since 2022.",
        "Community groups planned a vigil on Sunday.",
        "Ukraine denied shelling the village.",
        "A succession of ceasefires has failed to stop the fighting.",
        "Lawmakers voted to remove the Confederate battle flag.",
        "Super Eagles face battle in Uyo as Ighalo leads attack.",
        "Ukrainian forces are not completely encircled.",
        "There is no way, even with more reinforcements, to retake the city.",
        "Commanders rely heavily on drones to hold the line.",
        "Doctors are treating wounded patients on the floor.",
        "More than 1,700 people have been killed in Sinaloa since the fighting began.",
        "Israel's offensive has killed at least 57,000 people in Gaza.",
        "Police kept them from joining the march.",
        "The inquiry resumes on March 23.",
        "Police and soldiers regained control of the prison.",  # a building is no territory
        "Mediators said gaps remained over the withdrawal of troops.",  # what talks are about
        "No one was killed.",
        "It was the city's 17th homicide of the year, police said.",  # a count so far
        "Police initially said he had taken his own life.",  # a suicide
        "Dock workers held a strike on Monday in Lagos.",  # a strike on a weekday is a walkout
    ],
)
def test_no_trigger_where_nothing_is_asserted(text: str) -> None:
    assert triggers_of(text) == []


def test_killing_is_generic_and_types_by_its_target() -> None:
    [(words, event_type, _, generic)] = triggers_of("Special forces were killed in the raid.")[:1]
    assert (words, event_type, generic) == ("killed", "Battles", True)
    # the armed people it kills make it a clash too
    [(words, event_type, _, generic)] = triggers_of(
        "Police said they had killed eleven gang members during an operation.")[:1]
    assert (words, event_type, generic) == ("killed", "Battles", True)


@pytest.mark.parametrize(("text", "language"), [
    ("Gunmen struck villages near Beni, despite a joint Congolese-Ugandan offensive.", "en"),
    ("Des hommes armés ont frappé des villages près de Beni, malgré une offensive conjointe.",
     "fr"),
    ("Боевики нападали на сёла у Бени, несмотря на совместное наступление.", "ru"),
    ("Бойовики нападали на села біля Бені, попри спільний наступ.", "uk"),
    ("Бойци нападаха села край Бени, въпреки съвместната конгоанско-угандийска офанзива.",
     "bg"),
])
def test_a_concession_frames_its_cue(text: str, language: str) -> None:
    [offensive] = [t for t in find_triggers(text, sentence_spans(text), language=language)
                   if t.event_type == "Battles"]
    assert offensive.framed


def test_a_yardstick_is_marked() -> None:
    text = "It was the worst attack on the district since a market was hit last May."
    assert all(t.framed for t in find_triggers(text, sentence_spans(text)))
    text = "It was the worst attack on the district, officials said."
    assert not any(t.framed for t in find_triggers(text, sentence_spans(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Thousands protested near the Yanacocha mine.",
        "Police seized a rifle and a knife.",
        "During the council's goal-setting retreat, members approved a motion.",
        "The company lost the battle to keep the case out of court.",
        "The car was parked near a bus terminal surrounded by shops.",
        "A man who picked up said nothing.",
        "She lost her battle with cancer.",
        "The governor extended the evacuation order, citing the advance of Russian troops.",
        "Teachers staged a strike on the campus.",
        "The union called a strike on Monday.",
        "Al Shabaab, which is fighting to topple the government, claimed responsibility.",
        "Fighting between the two forces has intensified around the city since May.",
        'Protesters held up signs reading "stop the killing".',
        "Heavy gunfire and explosions were heard in the district until the early hours.",
        "The group has carried out similar attacks on Shi'ite targets in the past.",
        "The shootings were the latest in a series of attacks on the kingdom.",
        "Blues forward Che Adams is set to miss the crucial relegation battle.",
        "It was a hard fought meet by both teams.",
        "Hagerstown advanced to the state meet for the first time.",
        "A teenager who is fighting leukaemia has joined a slimming club.",
        "Local volunteers join flood fighting effort.",
        "The speech was captured on video by a passenger.",
        "The plant is designed to capture about 100,000 metric tons of carbon.",
        "She evaded capture despite numerous sightings.",
        "Officers seized bank statements and credit reports.",
        "Public officials urged citizens to receive a flu shot.",
        "After a brief shot at a career in baseball, he studied law.",
        "The crew spent three days shooting footage downtown.",
        "A man recovers after a killer bee attack.",
        "The ship arrived at the search area and launched the drones.",
        "The administration signed off on selling more than $1.3 billion in artillery.",
        "There's a deep mine up there that has been accumulating water for years.",
        "Hotspots in Darfur are experiencing a lull in the fighting.",
        "Students have until Tuesday to register for advanced placement testing.",
        "A falling Russian booster rocket caused the hubbub.",
        "The card would begin with three battles in the lightweight divisions.",
        "Mr Kelly had taken water from the river and placed it into his filter.",
        "Drivers were warned to watch out for flooded roads.",
        "The imam said Canada's stand against the indiscriminate killing of civilians helps.",
        "The carbon dioxide that is captured will be released, he said.",
        "The farmers have fought the project in court.",
        "A spokeswoman said the mine last operated in the 1940s.",
        "Investigators recovered 60 shell casings at the scene.",
        "Troops said explosives and detonators had been seized in the raid.",
        "The parties were locked in a bruising battle for the Hartlepool by-election.",
        "The crowd fell silent when Kane fired a low shot past Courtois in the 14th minute.",
        "He scored from the spot after Upamecano brought down Vinicius in the box.",
        "Energy and Mines Minister Jorge Montero said talks would resume.",
        "Labour ministers fought back by highlighting plans for a new hospital wing.",
        "Arsenal battled to a 1-1 draw with Inter at the Emirates Stadium.",
        "He closed his store after a drone circled over the market for hours.",
        "Both parties prepare for a battle for the suburbs around Toronto and Vancouver.",
        "Soldiers and police were deployed to the site northeast of Kathmandu after the "
        "landslide.",
    ],
)
def test_a_figure_of_speech_is_no_event(text: str) -> None:
    assert [event_type for _, event_type, _, _ in triggers_of(text)] in ([], ["Protests"])


@pytest.mark.parametrize(
    "text",
    ["A soldier stepped on a mine.", "The town was surrounded by Russian troops.",
     "Police picked up two suspects.",
     # "repeatedly" with a participle tells how one attack went, not that attacks keep coming
     "He attacked the officer with a kitchen knife on Dec. 11, repeatedly stabbing her.",
     # what keeps happening after a later comma is another part of the clause
     "A drone strike killed two people on Monday, the ministry said, the latest in near-daily "
     "attacks.",
     # the days of one offensive, not a count of all so far
     "73 people have been killed in the clashes in Afrin since Saturday.",
     # what the protest is, not that it keeps happening
     "Farmers gathered on Friday in a peaceful protest that has become a regular event."],
)
def test_the_same_words_report_events(text: str) -> None:
    assert triggers_of(text)


def test_a_booking_for_protesting_is_no_protest() -> None:
    assert triggers_of("The coach was booked for protesting.") == []


def test_what_has_become_common_is_no_event() -> None:
    assert triggers_of("Protests have become a regular event in the central city.") == []
    assert triggers_of("The United Nations says drone strikes have killed hundreds of "
                       "civilians in the region since the conflict began.") == []


def test_a_unit_is_no_event() -> None:
    assert triggers_of("Detectives of the homicide squad said the bomb squad was called.") == []


def test_a_time_frame_is_marked() -> None:
    text = "The mine was left behind during the fighting of 2022."
    mine, fighting = find_triggers(text, sentence_spans(text))
    assert fighting.framed and not mine.framed


def test_the_victims_of_a_passive_attack_are_its_subject_not_the_police_before() -> None:
    found = {words: (event_type, sub) for words, event_type, sub, _ in triggers_of(
        "Police in Dublin have arrested a man after three children were stabbed.")}
    assert found["stabbed"] == ("Violence against civilians", "Attack"), found


def test_a_crowd_that_storms_riots() -> None:
    found = {words: (event_type, sub) for words, event_type, sub, _ in triggers_of(
        "Police fired tear gas at protesters who stormed parliament.")}
    assert found["stormed"] == ("Riots", "Violent demonstration"), found


def test_no_right_before_a_cue_says_it_did_not_happen() -> None:
    assert triggers_of("No arrests have been made.") == []
    assert triggers_of("Police made no arrests.") == []


def test_a_contrast_opens_a_clause_of_its_own() -> None:
    text = "The rebels signed a peace agreement on Friday, even as fighting raged in the south."
    clauses = {t.words: (t.clause_start, t.clause_end) for t in find_triggers(
        text, sentence_spans(text))}
    assert clauses["signed a peace agreement"] != clauses["fighting"]


def test_tear_gas_shells_are_no_shelling() -> None:
    assert [e for _, e, _, _ in triggers_of("Police fired tear gas shells at protesters.")] == [
        "Protests"]


@pytest.mark.parametrize("text", [
    "Drones attack the city daily.",
    # a count of earlier happenings, and what attackers took part in over time
    "It is the third fatal stabbing in Waltham Forest this year.",
    "Both militants were involved in several attacks on security forces and civilians.",
])
def test_what_keeps_happening_is_no_event(text: str) -> None:
    assert triggers_of(text) == []


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("M23 rebels captured Goma in January.", "Non-state actor overtakes territory"),
    ("The RSF seized En Nahud on Thursday.", "Non-state actor overtakes territory"),
    ("The town fell to the jihadists.", "Non-state actor overtakes territory"),
    # a state's forces take ground in an armed clash
    ("Russian forces captured the village.", "Armed clash"),
    ("The army captured the town from the rebels.", "Armed clash"),
    ("The town fell to Russian forces.", "Armed clash"),
])
def test_ground_taken_by_a_non_state_group(text: str, sub_event_type: str) -> None:
    [(_, event_type, found, _)] = triggers_of(text)
    assert (event_type, found) == ("Battles", sub_event_type)


@pytest.mark.parametrize(("text", "language"), [
    ("Ukrainian forces also hit a fuel depot in Svatove overnight.", "en"),
    ("Сили оборони також уразили склад пального у Сватовому.", "uk"),
    ("Силы обороны также поразили склад горючего в Сватово.", "ru"),
    ("Украинските сили са поразили и склад за гориво в Сватово.", "bg"),
])
def test_forces_that_hit_a_depot_strike_it(text: str, language: str) -> None:
    found = find_triggers(text, sentence_spans(text), language=language)
    assert [(t.event_type, t.sub_event_type) for t in found] == [
        ("Explosions/Remote violence", "Shelling/artillery/missile attack")]


@pytest.mark.parametrize(("text", "language", "words"), [
    ("10 травня росіяни вдарили «Іскандером-М» по об'єкту в Павлограді.", "uk", "Іскандером"),
    ("A Shahed-136 hit a warehouse in Odesa.", "en", "Shahed"),
])
def test_a_weapon_s_model_letter_keeps_its_cue(text: str, language: str, words: str) -> None:
    assert [t.words for t in find_triggers(text, sentence_spans(text), language=language)
            ][:1] == [words]


def test_a_cue_before_a_hyphenated_word_is_none() -> None:
    assert triggers_of("The drone-maker said its sales rose.") == []


@pytest.mark.parametrize(("text", "language"), [
    # a strike commented on is the one told before
    ("У Росії удар не коментували.", "uk"),
    ("Міноборони РФ прокоментувало атаку лише ввечері.", "uk"),
    ("В России удар не комментировали.", "ru"),
    ("Атаката не беше коментирана от Москва.", "bg"),
    # strikes of which nothing was reported are none
    ("У понеділок про удари по місту не повідомляли.", "uk"),
    ("В понедельник об ударах по городу не сообщалось.", "ru"),
    ("В понеделник не се съобщава за удари по града.", "bg"),
    # a fire brought under control is no town taken
    ("Пожарът беше овладян до сутринта.", "bg"),
    # fires that broke out are no explosion
    ("На складі вибухнула пожежа.", "uk"),
    # what befell a place in a year named, between commas after it, describes it
    ("Balakliia, liberated in a Ukrainian counteroffensive in September 2022, remains a "
     "frequent target.", "en"),
    ("Херсон, освободен през ноември 2022 г., продължава да бъде обстрелван всеки ден.", "bg"),
])
def test_no_trigger_in_a_language_where_nothing_happens(text: str, language: str) -> None:
    assert find_triggers(text, sentence_spans(text), language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    # a dateline's day is no past told of its town between commas
    ("Москва, 20 ноември 2025 г. — Един човек загина при украински обстрел на град Шебекино в "
     "сряда, съобщи губернаторът Вячеслав Гладков.", "bg"),
    ("Kyiv, 30 November 2025 — Shelling killed two people in Kherson on Wednesday, the governor "
     "said.", "en"),
])
def test_a_dateline_s_day_keeps_the_lede_s_triggers(text: str, language: str) -> None:
    assert find_triggers(text, sentence_spans(text), language=language)


def test_a_year_in_the_report_itself_keeps_its_trigger() -> None:
    text = "Drones hit Kherson, killing two people on 3 March 2025, officials said."
    assert [t.words for t in find_triggers(text, sentence_spans(text))][:1] == ["Drones hit"]

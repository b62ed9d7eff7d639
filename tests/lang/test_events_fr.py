"""French event data (lang/fr/): cues and their types, what takes an event back, tolls, dates,
sources and actors, and one article read end to end. Every sentence is written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.events import attribution, cues
from geomap.events.dates import resolve_dates
from geomap.events.extract import extract_events
from geomap.events.fatalities import fatalities
from geomap.events.triggers import find_triggers
from geomap.gazetteer import Gazetteer
from geomap.geoparse.recognize import find_mentions
from geomap.geoparse.resolve import resolve
from geomap.models import Document
from geomap.text import sentence_spans

FR = "fr"
WEDNESDAY = dt.date(2025, 3, 12)


def triggers(text: str) -> list[tuple[str, str]]:
    """The (event type, sub-event type) of each trigger of ``text``, in order."""
    return [(t.event_type, t.sub_event_type)
            for t in find_triggers(text, sentence_spans(text), language=FR)]


def first_specific(text: str) -> tuple[str, str]:
    found = [t for t in find_triggers(text, sentence_spans(text), language=FR) if not t.generic]
    assert found, text
    best = min(found, key=lambda t: t.rank)
    return best.event_type, best.sub_event_type


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("Des combats acharnés opposent l'armée aux rebelles autour de la ville.", "Battles",
         "Armed clash"),
        ("Les soldats ont repris le contrôle du village après deux jours d'assaut.", "Battles",
         "Government regains territory"),
        ("L'artillerie a pilonné le quartier nord toute la matinée.",
         "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("Une frappe de drone a touché un entrepôt près de la gare.",
         "Explosions/Remote violence", "Air/drone strike"),
        ("Un drone ukrainien a percuté un dépôt pétrolier.", "Explosions/Remote violence",
         "Air/drone strike"),
        ("Un engin explosif improvisé a explosé au passage d'un bus.",
         "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("Un kamikaze s'est fait exploser devant une caserne.", "Explosions/Remote violence",
         "Suicide bomb"),
        ("Des hommes armés ont massacré des villageois pendant la nuit.",
         "Violence against civilians", "Attack"),
        ("Des bandits ont enlevé une vingtaine d'écoliers sur la route du marché.",
         "Violence against civilians", "Abduction/forced disappearance"),
        ("Des milliers de manifestants ont défilé dans le centre-ville.", "Protests",
         "Peaceful protest"),
        ("La police a dispersé le rassemblement à coups de gaz lacrymogènes.", "Protests",
         "Protest with intervention"),
        ("Des émeutiers ont lancé des pierres sur les policiers.", "Riots",
         "Violent demonstration"),
        ("Une foule en colère a lynché un voleur présumé.", "Riots", "Mob violence"),
        ("Des combattants de Boko Haram ont attaqué la périphérie de Diffa.",
         "Violence against civilians", "Attack"),
        ("Une foule a roué de coups deux hommes.", "Riots", "Mob violence"),
        ("Les belligérants ont signé un accord de cessez-le-feu mardi.",
         "Strategic developments", "Agreement"),
        ("Trois militants ont été arrêtés à leur domicile.", "Strategic developments",
         "Arrests"),
        ("La défense antiaérienne a abattu 12 drones au-dessus de la capitale.",
         "Strategic developments", "Disrupted weapons use"),
        ("Les troupes gouvernementales se sont retirées de la localité.",
         "Strategic developments", "Non-violent transfer of territory"),
        ("Les insurgés ont installé une nouvelle base dans la forêt.", "Strategic developments",
         "Headquarters or base established"),
    ],
)
def test_cues_name_the_event(text: str, event_type: str, sub_event_type: str) -> None:
    assert first_specific(text) == (event_type, sub_event_type)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Des hommes armés ont ouvert le feu sur un poste de police.", "Battles"),
        ("Deux gendarmes ont été abattus à un barrage routier.", "Battles"),
        ("Un passant a été abattu par la police lors d'un contrôle.",
         "Violence against civilians"),
    ],
)
def test_violence_aimed_at_security_forces_is_a_clash(text: str, event_type: str) -> None:
    assert first_specific(text)[0] == event_type


@pytest.mark.parametrize(
    "text",
    [
        "Les forces russes pourraient lancer une nouvelle offensive au printemps.",
        "Si la ville tombe, les rebelles menaceront la capitale.",
        "Le ministère a démenti avoir bombardé des quartiers résidentiels.",
        "La ville n'a jamais été encerclée, selon l'état-major.",
        "Les villages frontaliers sont bombardés quotidiennement depuis l'été.",
        "Le Rassemblement national a tenu son congrès à Perpignan.",
        "La mine d'or emploie trois cents ouvriers.",
        "Le prix du carburant a explosé en un an.",
        "L'attaquant a décoché une frappe du gauche.",
        "Les cessez-le-feu successifs n'ont pas mis fin aux combats.",
        "Elle mène depuis des années un combat contre la maladie.",
        "Une usine de drones a ouvert près de la frontière.",
        "Le préfet a été victime d'une attaque cardiaque.",
        "Le gouverneur a étendu l'évacuation en invoquant l'avancée des troupes russes.",
        "Le groupe, qui combat pour renverser le gouvernement, est actif depuis 2006.",
    ],
)
def test_what_did_not_happen_is_no_event(text: str) -> None:
    assert not [t for t in find_triggers(text, sentence_spans(text), language=FR)
                if not t.generic], text


def test_the_literal_index_misses_no_french_cue() -> None:
    """Cues are tried where one of their literal words starts: the index finds what the
    patterns find, elided articles and accented capitals included."""
    cue_set = cues.cue_set(FR)
    texts = ["L'attaque d'hier a fait trois morts ; des échanges de tirs ont suivi.",
             "Echanges de tirs et Émeutes : les émeutiers s'affrontent aux gendarmes.",
             "Deux drones russes se sont écrasés, un autre a été intercepté.",
             "Les assaillants se sont emparés du camp, puis l'ont incendié."]
    for text in texts:
        every: list[tuple[int, int, int]] = []
        for rank, (pattern, *_) in enumerate(cue_set.cues):
            for match in pattern.finditer(text):
                if cue_set.unit_after.match(text, match.end()):
                    continue
                if not any(a < match.end() and match.start() < b for a, b, _ in every):
                    every.append((match.start(), match.end(), rank))
        assert [(c.start, c.end, c.rank) for c in cues.find_cues(text, FR)] == sorted(every)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Les tirs ont tué deux enfants et blessé six autres.", 2),
        ("Au moins 17 personnes ont été tuées dans l'embuscade.", 17),
        ("Trois soldats et une dizaine d'assaillants ont été tués.", 13),
        ("L'explosion a fait neuf morts et une trentaine de blessés.", 9),
        ("Le bilan s'élève désormais à 42 morts, selon les secours.", 42),
        ("Les hommes armés ont tué un berger et sa fille.", 2),
        ("Un commerçant a été tué par balle devant sa boutique.", 1),
        ("Le conducteur est mort sur le coup.", 1),
        ("Personne n'a été blessé, selon les pompiers.", 0),
        ("La frappe n'a fait aucune victime.", 0),
        ("Le drone s'est écrasé sans faire de victimes.", 0),
        ("La défense aérienne a abattu 30 drones.", None),
        ("Trois enfants figurent parmi les blessés.", None),
        ("Un drone a frappé un minibus, tuant le chauffeur et deux passagers.", 3),
        ("L'explosion a tué les trois soldats.", 3),
    ],
)
def test_fatalities(text: str, killed: int | None) -> None:
    assert fatalities(text, FR) == killed


@pytest.mark.parametrize(
    ("text", "day", "precision"),
    [
        ("Le bombardement a eu lieu lundi soir.", "2025-03-10", "day"),
        ("La frappe a eu lieu dans la nuit de samedi à dimanche.", "2025-03-09", "day"),
        ("L'attaque a été menée hier.", "2025-03-11", "day"),
        ("Des drones ont frappé la ville dans la nuit.", "2025-03-12", "day"),
        ("Le 2 mars, des affrontements ont éclaté.", "2025-03-02", "day"),
        ("Le 1er février 2024, la localité est tombée.", "2024-02-01", "day"),
        ("Il y a quatre jours, un convoi a été attaqué.", "2025-03-08", "day"),
        ("Des combats ont eu lieu la semaine dernière.", "2025-03-06", "week"),
        ("Il y a plus de deux ans, un missile avait frappé le port.", "2023-07-01", "year"),
        ("En sept jours, la ville a été bombardée à plusieurs reprises.", "2025-03-12", "day"),
    ],
)
def test_dates(text: str, day: str, precision: str) -> None:
    date = resolve_dates(text, WEDNESDAY, language=FR)
    assert (str(date.date), date.precision) == (day, precision)


def test_days_earlier_count_from_the_event_told_before() -> None:
    date = resolve_dates("Deux jours plus tôt, des obus étaient tombés sur le marché.",
                         WEDNESDAY, previous=dt.date(2025, 3, 4), language=FR)
    assert str(date.date) == "2025-03-02"


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Un drone a touché une école, a indiqué le gouverneur régional.",
         ["gouverneur régional"]),
        ("Un drone a touché une école, a déclaré le maire, Ivan Petrenko.", ["Ivan Petrenko"]),
        ("Selon des secouristes locaux, trois corps ont été retrouvés.",
         ["secouristes locaux"]),
        ("Les autorités provinciales ont annoncé un couvre-feu.", ["autorités provinciales"]),
        ("Les combats se poursuivent, a précisé l'Observatoire syrien des droits de l'homme.",
         ["Observatoire syrien des droits de l'homme"]),
        ("Selon un communiqué de l'armée, la position a été reprise.", ["armée"]),
        ("Selon eux, la ville est calme.", []),
    ],
)
def test_sources_are_named_without_their_article(text: str, sources: list[str]) -> None:
    assert attribution.attributions(text, FR) == sources


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Des missiles russes ont visé le port.", ["Russian forces"]),
        ("L'armée malienne a riposté.", ["Malian military"]),
        ("Les unités ukrainiennes ont repoussé des assauts russes.",
         ["Ukrainian forces", "Russian forces"]),
        ("Les FSR ont attaqué la ville.", ["RSF"]),
        ("Des manifestants ont affronté la police.", ["Protesters", "Police"]),
    ],
)
def test_actors(text: str, actors: list[str]) -> None:
    assert attribution.actors(text, FR) == actors


ARTICLE = (
    "Un missile russe a frappé samedi un centre commercial à Kharkiv, tuant trois civils, "
    "a indiqué le maire de la ville.\n\n"
    "Dimanche, de violents combats ont eu lieu près de Pokrovsk, selon l'état-major.\n\n"
    "Les forces russes pourraient tenter d'encercler Kramatorsk dans les prochaines semaines."
)


def test_an_article_read_end_to_end(gazetteer: Gazetteer) -> None:
    doc = Document(id="fr", text=ARTICLE, published=dt.date(2025, 3, 10), language=FR,
                   source="Exemple Presse")
    events = extract_events(doc, resolve(doc, find_mentions(doc, gazetteer), gazetteer))
    got = [(e.toponym.place.name, e.event_type, str(e.date.date), e.fatalities,  # type: ignore[union-attr]
            e.geo_precision) for e in events]
    assert got == [
        ("Kharkiv", "Explosions/Remote violence", "2025-03-08", 3, 1),
        ("Pokrovsk", "Battles", "2025-03-09", None, 2),
    ]
    assert events[0].actor1 == "Russian forces"
    assert events[0].sources[0] == "Exemple Presse"
    assert "état-major" in events[1].sources


def test_an_attack_with_drones_is_one_strike(gazetteer: Gazetteer) -> None:
    text = "La Russie a attaqué Kharkiv avec des drones dans la nuit."
    doc = Document(id="fr-drones", text=text, published=dt.date(2025, 3, 10), language=FR)
    events = extract_events(doc, resolve(doc, find_mentions(doc, gazetteer), gazetteer))
    assert [(e.toponym.place.name, e.event_type) for e in events] == [  # type: ignore[union-attr]
        ("Kharkiv", "Explosions/Remote violence")]


def test_a_list_that_says_its_preposition_again_shares_its_clause(gazetteer: Gazetteer) -> None:
    text = ("Des combats se poursuivent près de Koupiansk et de Borova, où les unités russes "
            "tentent d'avancer.")
    doc = Document(id="fr-list", text=text, published=dt.date(2025, 3, 10), language=FR)
    events = extract_events(doc, resolve(doc, find_mentions(doc, gazetteer), gazetteer))
    assert {(e.toponym.place.name, e.event_type) for e in events} == {  # type: ignore[union-attr]
        ("Kupyansk", "Battles"), ("Borova", "Battles")}


# Beyond the reports the data was first written against: the wording of French news on war,
# terrorism, crime and protest at large. Every sentence is written for these tests.


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("Des frappes aériennes ont touché des tentes de déplacés au sud de la ville.",
         "Explosions/Remote violence", "Air/drone strike"),
        ("Une frappe israélienne a visé un appartement du quartier.",
         "Explosions/Remote violence", "Air/drone strike"),
        ("Un avion de chasse a largué des bombes sur un hameau.",
         "Explosions/Remote violence", "Air/drone strike"),
        ("Des drones ont attaqué la centrale dans la nuit.", "Explosions/Remote violence",
         "Air/drone strike"),
        ("Des chars ont pilonné les faubourgs ouest pendant la nuit.",
         "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("Des tirs d'obus de chars ont visé les abords du camp.",
         "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("Une voiture piégée a explosé devant un marché aux poissons.",
         "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("Une bombe placée au bord de la route a touché un minibus.",
         "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("Le camion de l'armée a sauté sur une mine.", "Explosions/Remote violence",
         "Remote explosive/landmine/IED"),
        ("Des drones navals ont attaqué le port.", "Explosions/Remote violence",
         "Remote explosive/landmine/IED"),
        ("Une grenade a été lancée contre la façade du commissariat.",
         "Explosions/Remote violence", "Grenade"),
        ("Les belligérants ont signé samedi à Djeddah un accord de trêve.",
         "Strategic developments", "Agreement"),
        ("Un cessez-le-feu a finalement été conclu entre l'armée et les rebelles.",
         "Strategic developments", "Agreement"),
        ("Les deux camps sont parvenus à un accord de cessez-le-feu.", "Strategic developments",
         "Agreement"),
        ("Les miliciens ont remis leurs positions à l'armée.", "Strategic developments",
         "Non-violent transfer of territory"),
        ("La police a pris le contrôle des barrages tenus jusque-là par la milice.",
         "Strategic developments", "Non-violent transfer of territory"),
        ("Les casques bleus se sont retirés de la base.", "Strategic developments",
         "Non-violent transfer of territory"),
        ("Le groupe a mis en place un poste de commandement avancé dans la vallée.",
         "Strategic developments", "Headquarters or base established"),
        ("Des centaines de personnes ont marché en silence jusqu'à la préfecture.", "Protests",
         "Peaceful protest"),
        ("Plusieurs milliers de personnes se sont rassemblées sur la place centrale.",
         "Protests", "Peaceful protest"),
        ("Le rassemblement devant l'ambassade a rapidement dégénéré.", "Riots",
         "Violent demonstration"),
        ("La manifestation a dégénéré en affrontements avec les forces de l'ordre.", "Riots",
         "Violent demonstration"),
        ("Des jeunes ont incendié des poubelles et caillassé les pompiers.", "Riots",
         "Violent demonstration"),
        ("Des heurts ont éclaté mardi devant le Parlement.", "Riots", "Violent demonstration"),
        ("Le rassemblement a tourné à l'affrontement avec la police.", "Riots",
         "Violent demonstration"),
        ("La police a dispersé le cortège au canon à eau et aux gaz lacrymogènes.", "Protests",
         "Protest with intervention"),
        ("Les gendarmes ont évacué le campement des manifestants.", "Protests",
         "Protest with intervention"),
        ("Les policiers ont riposté par des tirs de lacrymogènes.", "Protests",
         "Protest with intervention"),
        ("Des militants écologistes ont été placés en garde à vue.", "Strategic developments",
         "Arrests"),
        ("Les soldats ont raflé des dizaines de jeunes hommes dans le quartier.",
         "Strategic developments", "Arrests"),
        ("La police a arrêté le porte-parole du mouvement étudiant.", "Strategic developments",
         "Arrests"),
        ("La police a arrêté à son domicile de Tbilissi le chef d'un parti.",
         "Strategic developments", "Arrests"),
        ("L'armée a pris en charge mercredi les premiers points de contrôle du quartier.",
         "Strategic developments", "Non-violent transfer of territory"),
        ("L'armée dit avoir neutralisé une quinzaine de terroristes.", "Battles",
         "Armed clash"),
        ("Un homme armé a ouvert le feu dans un bar, tuant deux clients.",
         "Violence against civilians", "Attack"),
        ("Une attaque au couteau a fait un blessé devant la gare.",
         "Violence against civilians", "Attack"),
    ],
)
def test_the_wider_vocabulary_of_french_news(text: str, event_type: str,
                                            sub_event_type: str) -> None:
    assert first_specific(text) == (event_type, sub_event_type)


@pytest.mark.parametrize(
    "text",
    [
        "Les syndicats appellent à manifester jeudi.",
        "Le texte prévoit que les combattants quittent la ville.",
        "C'est l'attaque la plus meurtrière depuis le début de l'année.",
        "La ville est assiégée depuis 2022.",
        "Le constructeur a signé un accord commercial avec son fournisseur.",
        "Les prix de l'électricité ont explosé cet hiver.",
        "Des responsables ont tempéré les espoirs d'une percée diplomatique.",
        "Les combats ne faiblissent pas le long du front.",
        "Des centaines de personnes tentaient d'organiser un rassemblement.",
        "Le séisme a touché plusieurs villages de montagne.",
    ],
)
def test_plans_background_and_comparisons_are_no_event(text: str) -> None:
    assert not [t for t in find_triggers(text, sentence_spans(text), language=FR)
                if not t.generic], text


@pytest.mark.parametrize(
    ("text", "day", "precision"),
    [
        ("Tard lundi, des manifestants ont lancé des pierres.", "2025-03-10", "day"),
        ("La veille au soir, un obus est tombé sur l'école.", "2025-03-11", "day"),
        ("Avant-hier, des tirs ont visé la gare.", "2025-03-10", "day"),
        ("L'an dernier, la ville avait été bombardée.", "2024-07-01", "year"),
        ("En février 2024, des soldats ont arrêté des militants.", "2024-02-15", "month"),
        ("Dans la nuit de mardi à mercredi, des drones ont frappé le port.", "2025-03-12",
         "day"),
    ],
)
def test_more_dates(text: str, day: str, precision: str) -> None:
    date = resolve_dates(text, WEDNESDAY, language=FR)
    assert (str(date.date), date.precision) == (day, precision)


def test_the_eve_of_talks_is_no_yesterday() -> None:
    date = resolve_dates("À la veille des négociations, des combats ont éclaté.", WEDNESDAY,
                         language=FR)
    assert (str(date.date), date.basis) == ("2025-03-12", "published")


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Au moins douze civils, dont quatre enfants, ont péri dans le raid.", 12),
        ("L'explosion a tué cinq personnes, dont deux policiers.", 5),
        ("La fusillade a fait un mort et trois blessés.", 1),
        ("Le bilan s'établit à 31 morts.", 31),
    ],
)
def test_tolls_count_those_included_once(text: str, killed: int) -> None:
    assert fatalities(text, FR) == killed


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Le port a été touché, a rapporté l'agence Ukrinform.", ["Ukrinform"]),
        ("Deux soldats ont été tués, a-t-on appris de source sécuritaire.",
         ["source sécuritaire"]),
        ("Les manifestants ont été dispersés, a déclaré à l'AFP un habitant.", ["habitant"]),
        ("Selon des organisations de défense des droits humains, vingt opposants ont été "
         "arrêtés.", ["organisations de défense des droits humains"]),
        ("Le militant a été arrêté chez lui, a indiqué son avocat.", ["avocat"]),
        ("Des chars ont tiré sur le camp, ont raconté des habitants.", ["habitants"]),
    ],
)
def test_more_sources(text: str, sources: list[str]) -> None:
    assert attribution.attributions(text, FR) == sources


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Un raid aérien israélien a touché l'école.", ["Israeli forces"]),
        ("La police géorgienne a dispersé la foule.", ["Georgian police", "Police"]),
        ("Les Forces démocratiques syriennes ont quitté la ville.", ["SDF"]),
        ("Des grévistes ont bloqué le dépôt.", ["Protesters"]),
    ],
)
def test_more_actors(text: str, actors: list[str]) -> None:
    assert attribution.actors(text, FR) == actors


def events_of(gazetteer: Gazetteer, text: str, published: dt.date = WEDNESDAY
              ) -> list[tuple[object, ...]]:
    doc = Document(id="fr", text=text, published=published, language=FR, source="Exemple")
    return [(e.toponym.place.name, e.sub_event_type, str(e.date.date), e.fatalities,  # type: ignore[union-attr]
             e.geo_precision)
            for e in extract_events(doc, resolve(doc, find_mentions(doc, gazetteer), gazetteer))]


@pytest.mark.parametrize(
    "text",
    [
        "Kiev a de nouveau appelé ses alliés à livrer des missiles.",
        "Bruxelles s'est dite alarmée par la répression des manifestants.",
        "Moscou dément avoir frappé un hôpital.",
        "Washington a condamné l'attaque.",
    ],
)
def test_a_capital_that_speaks_for_its_government_is_no_event(gazetteer: Gazetteer,
                                                             text: str) -> None:
    assert events_of(gazetteer, text) == []


def test_a_capital_that_signs_with_another_party_is_no_event(gazetteer: Gazetteer) -> None:
    assert events_of(gazetteer, "Damas et les rebelles ont signé jeudi à Alep un accord de "
                                "trêve.") == [("Aleppo", "Agreement", "2025-03-06", None, 1)]


def test_the_police_of_a_town_acts_in_it(gazetteer: Gazetteer) -> None:
    assert events_of(gazetteer, "Lundi, la police de Batoumi a dispersé un sit-in devant la "
                                "mairie.") \
        == [("Batumi", "Protest with intervention", "2025-03-10", None, 1)]


def test_arrests_counted_after_a_riot_are_the_riots(gazetteer: Gazetteer) -> None:
    text = ("Tard dimanche, des manifestants ont lancé des pierres sur la police devant le "
            "Parlement, à Tbilissi.\n\nLe ministère de l'Intérieur a annoncé 43 interpellations.")
    assert events_of(gazetteer, text) == [("Tbilisi", "Violent demonstration", "2025-03-09",
                                           None, 1)]


def test_outskirts_and_distances_put_an_event_near_a_town(gazetteer: Gazetteer) -> None:
    assert events_of(gazetteer, "Des chars ont bombardé mardi la périphérie est de Kharkiv.") \
        == [("Kharkiv", "Shelling/artillery/missile attack", "2025-03-11", None, 2)]
    assert events_of(gazetteer, "Une mine a touché un camion à une trentaine de kilomètres de "
                                "Kharkiv, tuant deux soldats.") \
        == [("Kharkiv", "Remote explosive/landmine/IED", "2025-03-12", 2, 2)]


SYRIA = (
    "Des représentants du gouvernement et des rebelles ont signé jeudi à Alep un accord de "
    "cessez-le-feu, a annoncé l'agence officielle SANA.\n\n"
    "Vendredi, les rebelles ont remis les premiers points de contrôle de la ville aux forces "
    "gouvernementales, selon un responsable local.\n\n"
    "La veille au soir, une voiture piégée a explosé près d'un marché de Manbij, tuant quatre "
    "personnes, dont deux enfants, selon la Défense civile.\n\n"
    "Damas s'est félicité de l'accord, et les deux camps doivent se retrouver le mois prochain."
)

GEORGIA = (
    "Tard dimanche, des manifestants rassemblés devant le Parlement, à Tbilissi, ont lancé des "
    "pierres sur les policiers, qui ont riposté avec des canons à eau et des grenades "
    "lacrymogènes, a indiqué le ministère de l'Intérieur.\n\n"
    "Lundi, à Batoumi, la police a dispersé un rassemblement pacifique devant la mairie et "
    "interpellé une dizaine d'étudiants.\n\n"
    "Bruxelles s'est dite préoccupée par la répression des manifestants.\n\n"
    "Les organisateurs appellent à manifester de nouveau samedi à Tbilissi."
)


def test_an_agreement_a_handover_and_a_car_bomb_read_end_to_end(gazetteer: Gazetteer) -> None:
    assert events_of(gazetteer, SYRIA, dt.date(2025, 3, 15)) == [
        ("Aleppo", "Agreement", "2025-03-13", None, 1),
        ("Aleppo", "Non-violent transfer of territory", "2025-03-14", None, 1),
        ("Manbij", "Remote explosive/landmine/IED", "2025-03-14", 4, 1),
    ]


def test_a_riot_and_a_dispersed_sit_in_read_end_to_end(gazetteer: Gazetteer) -> None:
    doc = Document(id="fr", text=GEORGIA, published=dt.date(2024, 12, 3), language=FR,
                   source="Exemple")
    events = extract_events(doc, resolve(doc, find_mentions(doc, gazetteer), gazetteer))
    got = [(e.toponym.place.name, e.event_type, e.sub_event_type, str(e.date.date),  # type: ignore[union-attr]
            e.actor1) for e in events]
    assert got == [
        ("Tbilisi", "Riots", "Violent demonstration", "2024-12-01", "Rioters"),
        ("Batumi", "Protests", "Protest with intervention", "2024-12-02", "Protesters"),
    ]
    assert "ministère de l'Intérieur" in events[0].sources

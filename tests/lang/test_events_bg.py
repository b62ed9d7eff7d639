"""Bulgarian event data (lang/bg): cues, frames, tolls, dates, sources and actors, on sentences
written for the test, and one short article read end to end."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.events.attribution import actors, attributions
from geomap.events.cues import find_cues
from geomap.events.dates import resolve_dates
from geomap.events.extract import extract_events
from geomap.events.fatalities import fatalities
from geomap.events.triggers import find_triggers
from geomap.gazetteer import Gazetteer
from geomap.geoparse.recognize import find_mentions
from geomap.geoparse.resolve import resolve
from geomap.models import Document
from geomap.text import sentence_spans

BG = "bg"
WEDNESDAY = dt.date(2025, 3, 12)


def specific(text: str) -> list[tuple[str, str, str]]:
    """The specific triggers of a text: words, event type, sub-event type."""
    return [(t.words, t.event_type, t.sub_event_type)
            for t in find_triggers(text, sentence_spans(text), language=BG) if not t.generic]


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("Руска артилерия обстрелва селата край Купянск.", "Explosions/Remote violence",
         "Shelling/artillery/missile attack"),
        ("Балистична ракета порази летището.", "Explosions/Remote violence",
         "Shelling/artillery/missile attack"),
        ("Ударни дронове атакуваха нефтобазата.", "Explosions/Remote violence",
         "Air/drone strike"),
        ("Самолетите пуснаха управляеми авиобомби над градчето.", "Explosions/Remote violence",
         "Air/drone strike"),
        ("Камион се натъкна на противопехотна мина.", "Explosions/Remote violence",
         "Remote explosive/landmine/IED"),
        ("Морски дронове атакуваха пристанището.", "Explosions/Remote violence",
         "Remote explosive/landmine/IED"),
        ("Кола-бомба избухна пред министерството.", "Explosions/Remote violence",
         "Remote explosive/landmine/IED"),
        ("Ожесточени сражения се водят за височината.", "Battles", "Armed clash"),
        ("Руските части превзеха жп гарата.", "Battles", "Armed clash"),
        ("Бригадата отвоюва три села.", "Battles", "Government regains territory"),
        ("Зенитчиците свалиха два хеликоптера.", "Strategic developments",
         "Disrupted weapons use"),
        ("Пиротехници обезвредиха невзривена бомба.", "Strategic developments",
         "Disrupted weapons use"),
        ("Стотици души протестираха пред общината.", "Protests", "Peaceful protest"),
        ("Жандармерията разгони блокадата на магистралата.", "Protests",
         "Protest with intervention"),
        ("Тълпата замеряше полицаите и хвърляше павета.", "Riots", "Violent demonstration"),
        ("Агенти на ДАНС арестуваха бившия заместник-министър.", "Strategic developments",
         "Arrests"),
        ("Двете страни подписаха мирно споразумение.", "Strategic developments", "Agreement"),
        ("Гарнизонът се изтегли от крепостта.", "Strategic developments",
         "Non-violent transfer of territory"),
        ("Непознат намушка касиерка в магазин.", "Violence against civilians", "Attack"),
        ("Въоръжени лица отвлякоха двама инженери.", "Violence against civilians",
         "Abduction/forced disappearance"),
        # the words of other reports than the founding ones, in other orders and forms
        ("Бойни хеликоптери обстреляха колона с хуманитарна помощ.", "Explosions/Remote violence",
         "Air/drone strike"),
        ("Въздушен удар срути покрива на пекарната.", "Explosions/Remote violence",
         "Air/drone strike"),
        ("Противникът хвърли КАБ-ове по промишлената зона.", "Explosions/Remote violence",
         "Air/drone strike"),
        ("Танкове откриха огън по покрайнините на градчето.", "Explosions/Remote violence",
         "Shelling/artillery/missile attack"),
        ("Крайпътно взривно устройство улучи военен камион.", "Explosions/Remote violence",
         "Remote explosive/landmine/IED"),
        ("Камион-бомба избухна пред полицейското управление.", "Explosions/Remote violence",
         "Remote explosive/landmine/IED"),
        ("Бомба, скрита под колата, уби съдия.", "Explosions/Remote violence",
         "Remote explosive/landmine/IED"),
        ("Двете делегации подписаха вчера в столицата споразумение за прекратяване на огъня.",
         "Strategic developments", "Agreement"),
        ("Примирието беше договорено след тридневни разговори.", "Strategic developments",
         "Agreement"),
        ("Воюващите страни се споразумяха за размяна на пленници.", "Strategic developments",
         "Agreement"),
        ("Милицията предаде на армията контролно-пропускателните пунктове по магистралата.",
         "Strategic developments", "Non-violent transfer of territory"),
        ("Полицията пое охраната на летището.", "Strategic developments",
         "Non-violent transfer of territory"),
        ("Бунтовническите отряди се оттеглиха от пристанището.", "Strategic developments",
         "Non-violent transfer of territory"),
        ("Бригадата разгърна преден команден пункт край реката.", "Strategic developments",
         "Headquarters or base established"),
        ("Нова военна база беше изградена в пустинята.", "Strategic developments",
         "Headquarters or base established"),
        ("Стотици фермери шестваха към министерството.", "Protests", "Peaceful protest"),
        ("Пенсионерите блокираха кръстовището пред болницата.", "Protests", "Peaceful protest"),
        ("Студенти окупираха ректората.", "Protests", "Peaceful protest"),
        ("Многохиляден мирен марш премина по главната улица.", "Protests", "Peaceful protest"),
        ("Полицаите разпръснаха студентите с лютив спрей.", "Protests",
         "Protest with intervention"),
        ("Седящата стачка пред кметството беше разгонена от жандармерията.", "Protests",
         "Protest with intervention"),
        ("Шествието прерасна в безредици.", "Riots", "Violent demonstration"),
        ("Сблъсъци между демонстранти и полицията избухнаха пред съда.", "Riots",
         "Violent demonstration"),
        ("Журналистът е задържан под стража.", "Strategic developments", "Arrests"),
        ("Тримата активисти бяха арестувани при акция в столицата.", "Strategic developments",
         "Arrests"),
        ("Въоръжени мъже нападнаха армейски конвой.", "Battles", "Armed clash"),
        ("Патрулът попадна в засада край границата.", "Battles", "Armed clash"),
        ("Противникът предприе контраатака при моста.", "Battles", "Armed clash"),
        ("Паравоенни разстреляха бягащи селяни.", "Violence against civilians", "Attack"),
        ("Телата на двама пастири бяха открити в дерето.", "Violence against civilians",
         "Attack"),
    ],
)
def test_a_cue_names_its_event(text: str, event_type: str, sub_event_type: str) -> None:
    words, found_type, found_sub = specific(text)[0]
    assert (found_type, found_sub) == (event_type, sub_event_type), words


def test_the_more_specific_cue_wins_where_two_overlap() -> None:
    [cue] = find_cues("Зенитчиците свалиха 12 дрона над пристанището.", BG)
    assert (cue.sub_event_type, cue.start) == ("Disrupted weapons use", 12)


@pytest.mark.parametrize(
    "text",
    [
        "Ако армията настъпи, селото ще бъде обстреляно.",         # conditional
        "Врагът планира да щурмува моста.",                         # a plan
        "Командването отрече да е бомбардирало болницата.",         # a denial
        "Селото не е било превзето.",                               # negated
        "Гаражите край гарата се обстрелват почти всеки ден.",      # habitual
        "Златната мина е собственост на канадска компания.",        # a mine that is dug
        "Съдебната битка за наследството продължава.",              # a battle in court
        "Хакерска атака блокира сайта на министерството.",          # no violence
        "Великобритания се оттегли от Европейския съюз.",           # a withdrawal from a union
        "Кандидатът оттегли кандидатурата си.",                     # from a race
        "Новият лидер пое контрола над партията.",                  # of a party
        "Фирмата подписа споразумение за сътрудничество.",          # a business agreement
        "Авиокомпанията откри база на летището.",                   # an airline's base
        "Ракетата-носител изведе в орбита два спътника.",           # a launcher
        "Домакините стреляха три пъти към вратата.",                # football
        "След бърза контраатака гостите вкараха гол.",              # football
        "Опозицията атакува министъра на финансите.",               # politics
        "Депутатите си размениха словесна престрелка.",             # words
        "Цените на горивата експлодираха.",                         # prices
        "Мълния удари камбанарията на църквата.",                   # weather
        "Пожарникарите овладяха пламъците.",                        # a fire
        "Синдикатите обещаха нови протести.",                       # a promise
        "Организаторите призоваха за протест в неделя.",            # a call
        "Посредниците се опитват да постигнат споразумение.",       # an attempt
        "Съгласно сделката бойците ще се изтеглят от квартала.",    # the terms of a deal
        "Бунтовниците отрекоха, че са обстрелвали лагера.",         # a denial
        "Властите обвиниха бунтовниците в нападения срещу цивилни.",  # an accusation
        "Губернаторът удължи евакуацията, като се позова на настъплението на войските.",
        "Бунтовниците се сражават за независимост от 1984 година.",  # an aim
    ],
)
def test_what_did_not_happen_is_no_event(text: str) -> None:
    assert specific(text) == []


def test_a_cue_against_officers_is_a_clash_and_one_by_officers_an_attack() -> None:
    assert specific("Мъж стреля по двама полицаи пред участъка.")[0][1] == "Battles"
    assert specific("Шофьорът беше прострелян от полицай.")[0][1] == "Violence against civilians"


@pytest.mark.parametrize(
    ("sentence", "toll"),
    [
        ("Снарядът уби трима рибари на брега.", 3),
        ("Загинаха най-малко 12 души, а 40 бяха ранени.", 12),
        ("Петима миньори загинаха при взрива.", 5),
        ("Убити са двама граничари и трима митничари.", 5),
        ("Бомбардировката отне живота на четирима пожарникари.", 4),
        ("Броят на загиналите нарасна до 31.", 31),
        ("Атаката остави 9 жертви.", 9),
        ("Куршумът уби 63-годишна жена.", 1),
        ("При катастрофата загина шофьорът на камиона.", 1),
        ("Касиерът е бил убит с брадва.", 1),
        ("Никой не е пострадал при пожара.", 0),
        ("Няма загинали, съобщиха спасителите.", 0),
        ("Най-малко 14 души, сред които три деца, загинаха при удара.", 14),
        ("Взривът уби петима, съобщиха спасителите.", 5),
        ("Убит е 45-годишен мъж.", 1),
        ("Убити бяха и двама пасажери.", 2),
        ("Стотина души загинаха при клането.", 100),
        ("За щастие нямало пострадали.", 0),
        ("Трима войници бяха ранени при престрелката.", None),
        ("Ракетата разруши два склада.", None),
        ("При обстрела загинаха десетки глави добитък.", None),  # cattle, not people
    ],
)
def test_the_toll_of_a_sentence(sentence: str, toll: int | None) -> None:
    assert fatalities(sentence, BG) == toll


@pytest.mark.parametrize(
    ("sentence", "date", "precision"),
    [
        ("В понеделник дрон уцели танкер.", "2025-03-10", "day"),
        ("Във вторник вечерта отекнаха взривове.", "2025-03-11", "day"),
        ("Нападението стана в сряда.", "2025-03-12", "day"),
        ("Вчера снаряд падна в двора на училище.", "2025-03-11", "day"),
        ("Снощи горяха складове.", "2025-03-11", "day"),
        ("Днес сутринта беше обявена тревога.", "2025-03-12", "day"),
        ("Бомбата избухна на 27 февруари.", "2025-02-27", "day"),
        ("Атаката е от 5 януари 2024 г.", "2024-01-05", "day"),
        ("Протоколът е подписан на 14.11.2023 г.", "2023-11-14", "day"),
        ("Преди четири дни в района имаше стрелба.", "2025-03-08", "day"),
        ("Миналата седмица артилерията удари моста.", "2025-03-06", "week"),
        ("През октомври 2022 г. мостът беше взривен.", "2022-10-15", "month"),
        ("Преди повече от три години селото беше окупирано.", "2022-07-01", "year"),
        ("Късно в понеделник бяха задържани 12 души.", "2025-03-10", "day"),
        ("В неделя вечер хиляди шестваха до парламента.", "2025-03-09", "day"),
        ("Завчера дрон удари склад.", "2025-03-10", "day"),
        ("Преди няколко часа ракета удари пристанището.", "2025-03-12", "day"),
        ("През изминалото денонощие врагът обстреля 20 села.", "2025-03-12", "day"),
        ("Рано сутринта в неделя избухна бомба.", "2025-03-09", "day"),
        ("Миналия петък бе обстрелян мостът.", "2025-03-07", "day"),
        ("През февруари 2024 г. войници задържаха десетки младежи.", "2024-02-15", "month"),
    ],
)
def test_the_date_of_a_sentence(sentence: str, date: str, precision: str) -> None:
    found = resolve_dates(sentence, WEDNESDAY, language=BG)
    assert (str(found.date), found.precision) == (date, precision)


def test_days_before_count_back_from_the_event_told_before() -> None:
    found = resolve_dates("Два дни по-рано дронове удариха моста.", WEDNESDAY,
                          previous=dt.date(2025, 3, 9), language=BG)
    assert str(found.date) == "2025-03-07"


def test_a_year_that_dates_the_background_dates_nothing() -> None:
    found = resolve_dates("Мината е останала от боевете през 2022 г.", WEDNESDAY, language=BG)
    assert found.basis == "published"


@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        ("Дрон удари камион, съобщи полицията.", ["полицията"]),
        ("Ракета удари хотел, съобщи кметът Иван Петров.", ["Иван Петров"]),
        ("Обстрелът продължи цяла нощ, заяви областната военна администрация.",
         ["областната военна администрация"]),
        ("Според местните власти загиналите са шестима.", ["местните власти"]),
        ("Генералният щаб съобщи, че атаката е отблъсната.", ["Генералният щаб"]),
        ("По думите на свидетели стрелецът е избягал.", ["свидетели"]),
        ("Той каза, че не е видял нищо.", []),
        ("Кола-бомба уби петима, съобщи сирийската гражданска защита.",
         ["сирийската гражданска защита"]),
        ("Загинаха 14 души, съобщи министерството на здравеопазването в Газа.",
         ["министерството на здравеопазването"]),
        ("Бомба уби трима войници, съобщи военен източник.", ["военен източник"]),
        ("Задържани са десетки младежи, според правозащитни организации.",
         ["правозащитни организации"]),
        ("Двама полицаи са ранени, съобщиха от МВР.", ["МВР"]),
        ("Дрон удари склад, написа в Телеграм губернаторът Олег Кипер.", ["Олег Кипер"]),
        # a role's body may run on over several lowercase words before the person's name
        ("Загинаха двама души, съобщи ръководителят на Донецката областна военна администрация "
         "Вадим Филашкин.", ["Вадим Филашкин"]),
        ("Загина жена, съобщи ръководителят на градската военна администрация Вадим Лях.",
         ["Вадим Лях"]),
        ("Според агенцията ракетата е поразила горните етажи.", []),
    ],
)
def test_the_sources_of_a_sentence(sentence: str, sources: list[str]) -> None:
    assert attributions(sentence, BG) == sources


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Руските войски обстрелваха селото.", "Russian forces"),
        ("Украинската противовъздушна отбрана свали крилата ракета.", "Ukrainian forces"),
        ("Руската армия мобилизира резервисти.", "Russian military"),
        ("Израелски самолети удариха лагера.", "Israeli forces"),
        ("Грузинската полиция задържа активисти.", "Georgian police"),
        ("Бойци на Хамас изстреляха ракети.", "Hamas"),
        ("Протестиращите блокираха булеварда.", "Protesters"),
        ("Израелски въздушни удари поразиха палатките.", "Israeli forces"),
        ("Паравоенните Сили за бързо реагиране обстреляха лагера.", "RSF"),
        ("Представители на сирийското правителство подписаха споразумението.",
         "Syrian government"),
    ],
)
def test_the_actor_of_a_sentence(sentence: str, actor: str) -> None:
    assert actors(sentence, BG)[0] == actor


ARTICLE = (
    "Руски дронове удариха жилищен квартал в Херсон в понеделник вечерта, като убиха двама "
    "пенсионери и раниха още петима, съобщи областната военна администрация.\n\n"
    "Ожесточени боеве се водят край Покровск, съобщи Генералният щаб. Украинските части "
    "отблъснаха дванадесет щурма.\n\n"
    "Преди войната в Херсон са живели близо 300 000 души."
)


def test_a_bulgarian_article_gives_its_events(gazetteer: Gazetteer) -> None:
    doc = Document(id="bg", text=ARTICLE, published=WEDNESDAY, language=BG, source="Пример")
    events = extract_events(doc, resolve(doc, find_mentions(doc, gazetteer), gazetteer))
    found = {(e.toponym.place.name, e.event_type, e.sub_event_type, str(e.date.date),  # type: ignore[union-attr]
              e.fatalities, e.geo_precision) for e in events}
    assert found == {
        ("Kherson", "Explosions/Remote violence", "Air/drone strike", "2025-03-10", 2, 1),
        ("Pokrovsk", "Battles", "Armed clash", "2025-03-12", None, 2),
    }
    kherson = next(e for e in events if e.event_type.startswith("Explosions"))
    assert kherson.actor1 == "Russian forces"
    assert kherson.sources == ("Пример", "областната военна администрация")


def test_a_date_counts_back_from_the_day_before_the_event_told_before() -> None:
    found = resolve_dates("Предния ден бяха задържани трима.", WEDNESDAY,
                          previous=dt.date(2025, 3, 9), language=BG)
    assert str(found.date) == "2025-03-08"


PROTESTS = (
    "Над пет хиляди миньори шестваха мирно до областната управа в Кутаиси в неделя вечер.\n\n"
    "Късно в понеделник младежи в Зугдиди замеряха полицаите с камъни и бутилки, а те "
    "отвърнаха с водомети; МВР съобщи, че са задържани 12 души.\n\n"
    "Брюксел изрази безпокойство от насилието. Синдикатът обеща нови шествия в Кутаиси всяка "
    "вечер."
)


def test_a_protest_a_riot_and_a_capital_that_speaks(gazetteer: Gazetteer) -> None:
    doc = Document(id="bg2", text=PROTESTS, published=WEDNESDAY, language=BG, source="Пример")
    events = extract_events(doc, resolve(doc, find_mentions(doc, gazetteer), gazetteer))
    found = {(e.toponym.place.name, e.event_type, e.sub_event_type, str(e.date.date))  # type: ignore[union-attr]
             for e in events}
    assert found == {
        ("Kutaisi", "Protests", "Peaceful protest", "2025-03-09"),
        ("Zugdidi", "Riots", "Violent demonstration", "2025-03-10"),
    }
    zugdidi = next(e for e in events if e.event_type == "Riots")
    assert zugdidi.actor1 == "Rioters" and "МВР" in zugdidi.sources


SYRIA = (
    "Мотоциклет-бомба се взриви в понеделник до автогарата в Хомс, северно от Дамаск, като "
    "отне живота на четирима души, съобщи сирийската гражданска защита.\n\n"
    "Във вторник военните и местните бойци сключиха в Идлиб споразумение за прекратяване на "
    "огъня. Дамаск приветства сделката."
)


def test_a_bombing_near_a_reference_point_and_an_agreement(gazetteer: Gazetteer) -> None:
    doc = Document(id="bg3", text=SYRIA, published=WEDNESDAY, language=BG, source="Пример")
    events = extract_events(doc, resolve(doc, find_mentions(doc, gazetteer), gazetteer))
    found = {(e.toponym.place.name, e.event_type, e.sub_event_type, str(e.date.date),  # type: ignore[union-attr]
              e.fatalities) for e in events}
    assert found == {
        ("Homs", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2025-03-10", 4),
        ("Idlib", "Strategic developments", "Agreement", "2025-03-11", None),
    }
    homs = next(e for e in events if e.event_type.startswith("Explosions"))
    assert homs.sources == ("Пример", "сирийската гражданска защита")


@pytest.mark.parametrize(("text", "name"), [
    ("Руските сили обстрелваха Орехов в Запорожка област.", "Zaporizka oblast"),
    ("Дрон удари склад в Николаевска област.", "Mykolaivska oblast"),
])
def test_every_oblast_has_its_bulgarian_name(gazetteer: Gazetteer, text: str, name: str) -> None:
    doc = Document(id="bg-oblast", text=text, language=BG)
    assert name in [t.place.name for t in resolve(doc, find_mentions(doc, gazetteer), gazetteer)
                    if t.place is not None]

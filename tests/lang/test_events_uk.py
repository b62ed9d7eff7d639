"""Ukrainian event data (geomap/lang/uk/): cues and their types, what takes a cue back, tolls,
dates, sources and actors, and one article read end to end. Every sentence was written for these
tests."""

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

UK = "uk"
WEDNESDAY = dt.date(2025, 3, 12)


def triggers_of(text: str) -> list[tuple[str, str, str, bool]]:
    return [(t.words, t.event_type, t.sub_event_type, t.generic)
            for t in find_triggers(text, sentence_spans(text), language=UK)]


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("Окупанти обстріляли Нікополь з важкої артилерії.", "Explosions/Remote violence",
         "Shelling/artillery/missile attack"),
        ("Ворожий безпілотник атакував автобус у Херсоні.", "Explosions/Remote violence",
         "Air/drone strike"),
        ("Росіяни скинули керовані авіабомби на Куп'янськ.", "Explosions/Remote violence",
         "Air/drone strike"),
        ("Трактор підірвався на протитанковій міні в полі.", "Explosions/Remote violence",
         "Remote explosive/landmine/IED"),
        ("Сили ППО збили над областю 14 шахедів.", "Strategic developments",
         "Disrupted weapons use"),
        ("Біля Вовчанська тривають запеклі бої.", "Battles", "Armed clash"),
        ("Захисники відбили шість штурмів на Лиманському напрямку.", "Battles", "Armed clash"),
        ("Українські бійці звільнили село Роботине.", "Battles",
         "Government regains territory"),
        ("Підрозділи відійшли з позицій біля Вугледара.", "Strategic developments",
         "Non-violent transfer of territory"),
        ("Невідомий застрелив перехожого біля магазину.", "Violence against civilians",
         "Attack"),
        ("Чоловік відкрив вогонь по патрульних поліцейських.", "Battles", "Armed clash"),
        ("Тисячі людей вийшли на мітинг біля парламенту.", "Protests", "Peaceful protest"),
        ("Поліція розігнала акцію протесту водометами.", "Protests",
         "Protest with intervention"),
        ("Учасники акції кидали каміння та петарди в правоохоронців.", "Riots",
         "Violent demonstration"),
        ("СБУ затримала коригувальника в Дніпрі.", "Strategic developments", "Arrests"),
        ("Сторони підписали угоду про припинення вогню.", "Strategic developments",
         "Agreement"),
        ("Відбувся обмін полоненими на кордоні.", "Strategic developments", "Agreement"),
    ],
)
def test_the_first_specific_trigger_and_its_type(text: str, event_type: str,
                                                  sub_event_type: str) -> None:
    specific = [t for t in triggers_of(text) if not t[3]]
    assert specific, triggers_of(text)
    words, found_type, found_sub, _ = specific[0]
    assert (found_type, found_sub) == (event_type, sub_event_type), words


def test_a_verb_of_killing_is_generic() -> None:
    [(words, event_type, _, generic)] = triggers_of("Унаслідок атаки загинули двоє людей.")[1:]
    assert (words, event_type, generic) == ("загинули", "Violence against civilians", True)


@pytest.mark.parametrize(
    "text",
    [
        "Якщо Покровськ впаде, ворог вийде до кордону області.",
        "Росія може атакувати енергетику найближчими тижнями.",
        "Окупанти планують новий наступ на Запоріжжя.",
        "Росіяни обстрілюватимуть місто і надалі.",
        "У Кремлі заперечили удари по житлових кварталах.",
        "Російські війська так і не оточили Куп'янськ.",
        "Його північні райони раз у раз потерпають від обстрілів.",
        "Родини втекли від боїв на сході.",
        "Компанія постачала двигуни для дронів.",
        "У столиці оголосили ракетну небезпеку.",
        "Суд наклав арешт на акції компанії.",
        "Депутати провели мозковий штурм щодо бюджету.",
        "У Львові вшанували пам'ять загиблих захисників.",
        "Наступного тижня уряд розгляне законопроєкт.",
    ],
)
def test_no_trigger_where_nothing_happened(text: str) -> None:
    assert triggers_of(text) == []


def test_a_superlative_with_a_yardstick_frames_the_cue() -> None:
    text = "Це найбільша битва з часів Бахмута."
    [trigger] = find_triggers(text, sentence_spans(text), language=UK)
    assert trigger.framed


def test_cues_decline_and_take_the_apostrophe_forms() -> None:
    found = find_cues("Обстріли, обстрілу й обстрілюють; ракетою й ракетами.", UK)
    assert [c.sub_event_type for c in found] == ["Shelling/artillery/missile attack"] * 5


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Загинули двоє цивільних, ще 17 людей поранені.", 2),
        ("Ракета вбила чотирьох працівників депо.", 4),
        ("Троє людей загинули під завалами.", 3),
        ("Загинули п’ятеро, шестеро дістали поранень.", 5),
        ("Загинули щонайменше 14 людей.", 14),
        ("Загинули двоє військових і троє цивільних.", 5),
        ("Кількість загиблих унаслідок удару зросла до 23.", 23),
        ("На місці виявили восьмеро загиблих.", 8),
        ("Загинув 71-річний чоловік.", 1),
        ("Загинула жінка, яка переходила дорогу.", 1),
        ("Загиблих немає, повідомили рятувальники.", 0),
        ("Ніхто не постраждав.", 0),
        ("Атака обійшлася без жертв.", 0),
        ("Поранено шістьох людей.", None),
        ("Серед поранених троє дітей.", None),
    ],
)
def test_tolls(text: str, killed: int | None) -> None:
    assert fatalities(text, UK) == killed


@pytest.mark.parametrize(
    ("text", "day", "precision"),
    [
        ("У понеділок ворог атакував місто.", "2025-03-10", "day"),
        ("В неділю ввечері пролунали вибухи.", "2025-03-09", "day"),
        ("У п'ятницю дрон влучив у будинок.", "2025-03-07", "day"),
        ("Вчора окупанти обстріляли громаду.", "2025-03-11", "day"),
        ("Вночі дрони атакували порт.", "2025-03-12", "day"),
        ("Позавчора пролунав вибух.", "2025-03-10", "day"),
        ("Три дні тому ракета влучила в депо.", "2025-03-09", "day"),
        ("Удар стався 5 березня.", "2025-03-05", "day"),
        ("Обстріл стався 28 лютого 2024 року.", "2024-02-28", "day"),
        ("Минулого тижня тривали бої.", "2025-03-06", "week"),
        ("У лютому 2024 року військові затримали десятки чоловіків.", "2024-02-15", "month"),
        ("Понад два роки тому ракета зруйнувала будинок.", "2023-07-01", "year"),
    ],
)
def test_dates(text: str, day: str, precision: str) -> None:
    found = resolve_dates(text, WEDNESDAY, language=UK)
    assert (str(found.date), found.precision) == (day, precision)


def test_days_counted_from_the_previous_event() -> None:
    tuesday = dt.date(2025, 3, 11)
    before = resolve_dates("За три дні до того артилерія обстріляла село.", WEDNESDAY,
                           previous=tuesday, language=UK)
    ago = resolve_dates("Три дні тому артилерія обстріляла село.", WEDNESDAY,
                        previous=tuesday, language=UK)
    assert (str(before.date), str(ago.date)) == ("2025-03-08", "2025-03-09")


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Дрон влучив у склад, повідомив міський голова Ігор Терехов.", ["Ігор Терехов"]),
        ("Бої тривають, повідомив Генштаб ЗСУ.", ["Генштаб ЗСУ"]),
        ("Загинули двоє людей, повідомила обласна військова адміністрація.",
         ["обласна військова адміністрація"]),
        ("Загинули двоє людей, повідомила поліція.", ["поліція"]),
        ("Як повідомляє УНІАН, у місті пролунали вибухи.", ["УНІАН"]),
        ("За даними Генштабу, ворог втратив 30 танків.", ["Генштабу"]),
        ("Міська влада повідомила, що школи перейдуть на дистанційне навчання.",
         ["Міська влада"]),
        ("Ворог атакував громаду, повідомили в ОВА.", ["ОВА"]),
        ("Він заявив, що обстріл тривав годину.", []),
    ],
)
def test_sources(text: str, sources: list[str]) -> None:
    assert attributions(text, UK) == sources


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Російська ракета влучила в будинок.", ["Russian forces"]),
        ("Російські окупанти обстріляли село.", ["Russian forces"]),
        ("Окупанти вдарили по місту.", ["Russian forces"]),
        ("Українська ППО збила 20 дронів.", ["Ukrainian forces"]),
        ("Сили оборони відбили штурм.", ["Ukrainian forces"]),
        ("Протестувальники кидали каміння в поліцію.", ["Protesters", "Police"]),
    ],
)
def test_actors(text: str, found: list[str]) -> None:
    assert actors(text, UK) == found


def test_an_article_read_end_to_end(gazetteer: Gazetteer) -> None:
    text = ("У четвер вранці російська артилерія обстріляла Херсон: загинули двоє цивільних, "
            "повідомила Херсонська обласна військова адміністрація.\n\n"
            "Запеклі бої під Покровськом тривали і в середу, повідомив Генштаб ЗСУ.\n\n"
            "Київ ці заяви спростував. До війни в місті мешкали близько 50 тисяч людей.")
    doc = Document(id="uk-test", text=text, language=UK, published=dt.date(2025, 3, 14),
                   source="Test Wire")
    events = extract_events(doc, resolve(doc, find_mentions(doc, gazetteer), gazetteer))
    found = [(e.toponym.place.name, e.sub_event_type, str(e.date.date), e.fatalities,  # type: ignore[union-attr]
              e.geo_precision) for e in events]
    assert found == [
        ("Kherson", "Shelling/artillery/missile attack", "2025-03-13", 2, 1),
        ("Pokrovsk", "Armed clash", "2025-03-12", None, 2),
    ]
    kherson = events[0]
    assert kherson.actor1 == "Russian forces"
    assert kherson.sources[:2] == ("Test Wire", "Херсонська обласна військова адміністрація")


def test_its_outskirts_stand_for_the_town_before_and_are_near_it(gazetteer: Gazetteer) -> None:
    text = ("Куп'янськ залишається прифронтовим містом. Вчора окупанти обстріляли його околиці з "
            "артилерії, загинули двоє людей.")
    doc = Document(id="uk-its", text=text, language=UK, published=WEDNESDAY)
    [event] = extract_events(doc, resolve(doc, find_mentions(doc, gazetteer), gazetteer))
    assert (event.toponym.place.name, event.toponym.mention.text,  # type: ignore[union-attr]
            str(event.date.date), event.fatalities, event.geo_precision) == (
        "Kupyansk", "його околиці", "2025-03-11", 2, 2)

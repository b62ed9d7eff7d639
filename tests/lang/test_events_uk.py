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
        ("Морські дрони атакували порт.", "Explosions/Remote violence",
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
    text = "Під Покровськом триває найбільша битва з часів Бахмута."
    [trigger] = find_triggers(text, sentence_spans(text), language=UK)
    assert trigger.framed


@pytest.mark.parametrize(
    "text",
    [
        "Це найбільша битва з часів Бахмута.",
        "Це наймасовіший протест у столиці з 2014 року.",
        "Це була найсмертоносніша атака на місто від початку вторгнення.",
    ],
)
def test_a_sentence_that_only_rates_an_event_reports_none(text: str) -> None:
    assert triggers_of(text) == []


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
        ("Підрозділи зачистили квартал, знищивши 14 російських військових.", 14),
        ("Знищено 5 ворожих танків.", None),
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


def test_the_last_item_of_a_list_before_a_relative_clause_shares_its_clause(
        gazetteer: Gazetteer) -> None:
    text = ("Бої тривають поблизу Куп'янська та Борової, де російські підрозділи намагаються "
            "просунутися.")
    doc = Document(id="uk-where", text=text, language=UK, published=WEDNESDAY)
    events = extract_events(doc, resolve(doc, find_mentions(doc, gazetteer), gazetteer))
    assert {(e.toponym.place.name, e.event_type) for e in events} == {  # type: ignore[union-attr]
        ("Kupyansk", "Battles"), ("Borova", "Battles")}


# The general vocabulary of the Ukrainian press on war, terrorism, crime and protest, each
# sentence in a wording of its own (another verb, order or case than the cases above).
AIR, SHELL, IED = "Air/drone strike", "Shelling/artillery/missile attack", \
    "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Ізраїльська авіація завдала ударів по наметах переселенців.", AIR),
        ("Урядові літаки розбомбили село на півночі провінції.", AIR),
        ("Військовий літак скинув дві бомби на ринок.", AIR),
        ("Дронова атака пошкодила підстанцію.", AIR),
        ("Окупанти скинули гранату з квадрокоптера на подвір'я.", AIR),
        ("Гелікоптер обстріляв колону біженців.", AIR),
        ("Ізраїльські танки обстріляли східні околиці міста.", SHELL),
        ("Бойовики обстрілювали табір переселенців з мінометів.", SHELL),
        ("Танк відкрив вогонь по житлових будинках.", SHELL),
        ("Біля овочевого ринку вибухнув замінований автомобіль.", IED),
        ("Поруч із кафе вибухнула автівка, начинена вибухівкою.", IED),
        ("Придорожня бомба влучила в армійську колону постачання.", IED),
        ("Бронемашина наїхала на фугас.", IED),
        ("Військовий автомобіль підірвався на саморобному вибуховому пристрої.", IED),
        ("Терористка-смертниця підірвала себе біля блокпоста.", "Suicide bomb"),
        ("Над містом працювала ППО.", "Disrupted weapons use"),
        ("Сапери знешкодили саморобний вибуховий пристрій.", "Disrupted weapons use"),
        ("Між бойовиками і військовими спалахнула перестрілка.", "Armed clash"),
        ("Сили оборони ліквідували ворожу ДРГ.", "Armed clash"),
        ("Сталося кілька сутичок між угрупованнями.", "Armed clash"),
        ("ЗСУ звільнили Кліщіївку.", "Government regains territory"),
        ("Армія вибила бойовиків із двох сіл.", "Government regains territory"),
        ("Урядові сили перебрали контроль над першими блокпостами.",
         "Non-violent transfer of territory"),
        ("Бійці курдських сил передали поліції три блокпости.",
         "Non-violent transfer of territory"),
        ("Загони бойовиків вийшли з кварталів на сході міста.",
         "Non-violent transfer of territory"),
        ("Повстанці облаштували нову передову базу біля міста.",
         "Headquarters or base established"),
        ("Угруповання розгорнуло новий командний пункт за містом.",
         "Headquarters or base established"),
        ("Уряд і повстанці уклали мирну угоду.", "Agreement"),
        ("Угоду про статус двох районів сторони підписали в понеділок.", "Agreement"),
        ("Перемир'я набуло чинності опівночі.", "Agreement"),
        ("З полону вдалося повернути 95 захисників.", "Agreement"),
        ("Солдати затримали десятки юнаків призовного віку.", "Arrests"),
        ("Журналіста запроторили до СІЗО.", "Arrests"),
        ("Лідера руху було заарештовано в його квартирі.", "Arrests"),
        ("Тисячі людей мирно пройшли маршем до парламенту.", "Peaceful protest"),
        ("Студенти влаштували сидячу акцію біля ректорату.", "Peaceful protest"),
        ("Мешканці перекрили трасу на знак протесту.", "Peaceful protest"),
        ("Шахтарі оголосили страйк.", "Peaceful protest"),
        ("Спецназ розганяв протестувальників кийками.", "Protest with intervention"),
        ("Проти мітингувальників застосували водомети.", "Protest with intervention"),
        ("Поліція затримала учасників пікету.", "Protest with intervention"),
        ("Мирна хода переросла в сутички з поліцією.", "Violent demonstration"),
        ("Демонстранти закидали спецпризначенців пляшками.", "Violent demonstration"),
        ("Протестувальники підпалили шини біля адміністрації.", "Violent demonstration"),
        ("Футбольні фанати влаштували масову бійку.", "Mob violence"),
        ("Бойовики розстріляли шістьох мирних жителів.", "Attack"),
        ("Невідомий вдарив перехожого ножем.", "Attack"),
        ("Грабіжник напав на продавчиню з сокирою.", "Attack"),
        ("Кілер скоїв замах на бізнесмена.", "Attack"),
        ("Терористи захопили заручників у торговому центрі.",
         "Abduction/forced disappearance"),
    ],
)
def test_the_vocabulary_of_war_crime_and_protest(text: str, sub_event_type: str) -> None:
    """The sentence holds a specific trigger of the type (a riot's sentence may hold its protest
    too: the riot takes it in)."""
    assert sub_event_type in [t[2] for t in triggers_of(text) if not t[3]], triggers_of(text)


def test_a_person_named_by_the_protest_he_leads_is_no_protest() -> None:
    found = [t[2] for t in triggers_of("Поліцейські заарештували організатора протестів.")]
    assert found == ["Arrests"]


@pytest.mark.parametrize(
    "text",
    [
        "Брюссель висловив стурбованість жорстким придушенням протестів.",
        "Уряд звинуватив повстанців у нападах на мирне населення.",
        "Столиця поклала провину за хвилю терактів на сусідню країну.",
        "За умовами угоди, бійці мають залишити квартали.",
        "Переговори про обмін полоненими поновляться наступного тижня.",
        "Посольство попередило про загрозу масованої атаки.",
        "Організатори пообіцяли збиратися на площі щовечора.",
        "Управління уклало угоду з ТОВ «Будсервіс» на ремонт доріг.",
        "Міська рада підписала договір про співпрацю з містом-побратимом.",
        "Клуб підписав угоду з новим нападником.",
        "Нападник завдав удару по воротах.",
        "Гості провели небезпечну контратаку.",
        "Боксер проведе титульний бій у Лондоні.",
        "Президент звільнив міністра оборони.",
        "Уряд створив нову базу даних переселенців.",
        "Невідомі викрали автомобіль з парковки.",
        "Кількість пограбувань у місті торік зросла.",
        "Парламент ухвалив закон про мирні зібрання.",
        "Компанія зазнала серйозного удару через санкції.",
        "Суд задовольнив клопотання арештувати майно посадовця.",
        "На місці розстрілу жертв репресій встановили хрест.",
        "Губернатор розширив евакуацію, пославшись на наступ російських військ.",
    ],
)
def test_no_event_in_reactions_terms_trade_sport_or_statistics(text: str) -> None:
    assert [t for t in triggers_of(text) if not t[3]] == [], triggers_of(text)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Жертвами нічного авіаудару по табору стали щонайменше 14 людей.", 14),
        ("Бойовики розстріляли шістьох цивільних, які тікали з міста.", 6),
        ("Невідомий зарізав 40-річного чоловіка біля під'їзду.", 1),
        ("Чоловік задушив співмешканку.", 1),
        ("Бомба вбила трьох військових і поранила ще двох.", 3),
    ],
)
def test_more_tolls(text: str, killed: int) -> None:
    assert fatalities(text, UK) == killed


@pytest.mark.parametrize(
    ("text", "day", "precision"),
    [
        ("Пізно ввечері в понеділок почалися сутички.", "2025-03-10", "day"),
        ("У понеділок пізно ввечері почалися сутички.", "2025-03-10", "day"),
        ("Минулої ночі дрони атакували порт.", "2025-03-12", "day"),
        ("Протягом ночі ворог обстрілював громаду.", "2025-03-12", "day"),
        ("Напередодні, у неділю, стався вибух.", "2025-03-09", "day"),
        ("Учора ввечері ракета влучила в будинок.", "2025-03-11", "day"),
        ("Минулого вечора ракета влучила в будинок.", "2025-03-11", "day"),
        ("У ніч проти вівторка пролунали вибухи.", "2025-03-11", "day"),
        ("Торік ракета зруйнувала школу.", "2024-07-01", "year"),
        ("Позаминулого тижня тривали бої.", "2025-02-27", "week"),
        ("На початку лютого 2024 року солдати затримали юнаків.", "2024-02-15", "month"),
    ],
)
def test_more_dates(text: str, day: str, precision: str) -> None:
    found = resolve_dates(text, WEDNESDAY, language=UK)
    assert (str(found.date), found.precision) == (day, precision)


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Лідера руху заарештували, повідомив його адвокат.", ["адвокат"]),
        ("Солдати затримали юнаків, стверджують правозахисники.", ["правозахисники"]),
        ("Солдати затримали юнаків, повідомляють правозахисні організації.",
         ["правозахисні організації"]),
        ("Загинули п'ятеро людей, повідомила сирійська цивільна оборона.",
         ["сирійська цивільна оборона"]),
        ("Бомба вбила трьох, повідомило військове джерело.", ["військове джерело"]),
        ("За словами місцевих мешканців, танки обстріляли околиці.", ["місцевих мешканців"]),
        ("Як повідомили в ізраїльській армії, удар завдали по бойовиках.",
         ["ізраїльській армії"]),
        ("Загинули 14 людей, з посиланням на МОЗ повідомляють місцеві ЗМІ.",
         ["МОЗ", "місцеві ЗМІ"]),
        ("Загинули троє, підкреслив речник ЗСУ Дмитро Лиходій.", ["Дмитро Лиходій"]),
    ],
)
def test_more_sources(text: str, sources: list[str]) -> None:
    assert attributions(text, UK) == sources


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Представники Сирійських демократичних сил покинули квартал.", ["SDF"]),
        ("Бійці Сил швидкого реагування обстріляли табір.", ["RSF"]),
        ("Армія Аракану облаштувала нову базу.", ["Arakan Army"]),
        ("Ізраїльська армія завдала удару по наметах.", ["Israeli forces"]),
    ],
)
def test_more_actors(text: str, found: list[str]) -> None:
    assert actors(text, UK) == found


def _events(gazetteer: Gazetteer, text: str) -> list[tuple[object, ...]]:
    doc = Document(id="uk-e2e", text=text, language=UK, published=WEDNESDAY,
                   source="Test Wire")
    return [(e.toponym.place.name, e.sub_event_type, str(e.date.date), e.fatalities,  # type: ignore[union-attr]
             e.geo_precision) for e in extract_events(doc, resolve(doc, find_mentions(
                 doc, gazetteer), gazetteer))]


def test_a_week_of_protest_read_end_to_end(gazetteer: Gazetteer) -> None:
    text = ("Кілька тисяч людей у неділю ввечері мирно пройшли ходою до будівлі Кабміну в Києві, "
            "вимагаючи відставки уряду.\n\n"
            "Пізно ввечері в понеділок частина учасників акції у Львові закидала поліцейських "
            "камінням і петардами, у відповідь силовики застосували сльозогінний газ; затримано "
            "12 людей, повідомили в поліції.\n\n"
            "В Одесі правоохоронці в понеділок розігнали мирний пікет біля міськради й затримали "
            "кількох студентів.\n\n"
            "У вівторок уранці в Києві поліцейські заарештували одного з організаторів протестів, "
            "повідомив його адвокат.\n\n"
            "Брюссель висловив занепокоєння розгоном протестувальників. Організатори пообіцяли "
            "знову зібратися в Києві в суботу.")
    assert _events(gazetteer, text) == [
        ("Kyiv", "Peaceful protest", "2025-03-09", None, 1),
        ("Lviv", "Violent demonstration", "2025-03-10", None, 1),
        ("Odesa", "Protest with intervention", "2025-03-10", None, 1),
        ("Kyiv", "Arrests", "2025-03-11", None, 1),
    ]


def test_a_night_of_strikes_bombs_and_withdrawals_read_end_to_end(gazetteer: Gazetteer) -> None:
    text = ("Минулої ночі російські ударні дрони атакували порт Ізмаїла, загинули двоє "
            "працівників, повідомила Одеська ОВА.\n\n"
            "У понеділок автомобіль, начинений вибухівкою, вибухнув біля ринку в Миколаєві, "
            "загинули троє людей, повідомили в Нацполіції.\n\n"
            "Українські підрозділи відійшли з позицій поблизу Покровська, заявили в Генштабі.\n\n"
            "Київ звинуватив Москву в обстрілі Сум. Переговори про обмін полоненими поновляться "
            "наступного тижня.")
    assert _events(gazetteer, text) == [
        ("Izmayil", "Air/drone strike", "2025-03-12", 2, 1),
        ("Mykolayiv", "Remote explosive/landmine/IED", "2025-03-10", 3, 1),
        ("Pokrovsk", "Non-violent transfer of territory", "2025-03-12", None, 2),
    ]

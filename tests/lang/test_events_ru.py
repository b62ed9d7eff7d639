"""Russian event data (lang/ru/): cues, frames, tolls, dates, sources and actors, on sentences
written for the test, and one short article read end to end."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.events.attribution import actors, attributions
from geomap.events.dates import resolve_dates
from geomap.events.extract import extract_events
from geomap.events.fatalities import fatalities
from geomap.events.triggers import find_triggers
from geomap.gazetteer import Gazetteer
from geomap.geoparse.recognize import find_mentions
from geomap.geoparse.resolve import resolve
from geomap.models import Document
from geomap.text import sentence_spans

RU = "ru"
WEDNESDAY = dt.date(2025, 3, 12)


def triggers_of(text: str) -> list[tuple[str, str, str, bool]]:
    return [(t.words, t.event_type, t.sub_event_type, t.generic)
            for t in find_triggers(text, sentence_spans(text), language=RU)]


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("Вражеская артиллерия обстреливала Никополь.", "Explosions/Remote violence",
         "Shelling/artillery/missile attack"),
        ("Ударный беспилотник атаковал нефтебазу.", "Explosions/Remote violence",
         "Air/drone strike"),
        ("Авиация сбросила на поселок две управляемые авиабомбы.",
         "Explosions/Remote violence", "Air/drone strike"),
        ("Грузовик подорвался на противотанковой мине.", "Explosions/Remote violence",
         "Remote explosive/landmine/IED"),
        ("Безэкипажные катера атаковали порт.", "Explosions/Remote violence",
         "Remote explosive/landmine/IED"),
        ("Силы ПВО сбили над областью 14 дронов.", "Strategic developments",
         "Disrupted weapons use"),
        ("Украинские военные отбили село у противника.", "Battles",
         "Government regains territory"),
        ("Ожесточенные бои идут у Курахова.", "Battles", "Armed clash"),
        ("Бригада отразила 20 атак противника.", "Battles", "Armed clash"),
        ("Российские войска взяли Авдеевку.", "Battles", "Armed clash"),
        ("Мужчина открыл огонь по полицейским.", "Battles", "Armed clash"),
        ("Двое полицейских были застрелены на посту.", "Battles", "Armed clash"),
        ("Мужчина был застрелен полицейским.", "Violence against civilians", "Attack"),
        ("Неизвестный зарезал охранника магазина.", "Violence against civilians", "Attack"),
        ("Боевики похитили двух журналистов.", "Violence against civilians",
         "Abduction/forced disappearance"),
        ("Полиция разогнала митинг у здания парламента.", "Protests",
         "Protest with intervention"),
        ("Участники акции забросали полицию бутылками.", "Riots", "Violent demonstration"),
        ("Сотни людей вышли на митинг в центре города.", "Protests", "Peaceful protest"),
        ("Полиция задержала подозреваемого.", "Strategic developments", "Arrests"),
        ("Стороны подписали соглашение о перемирии.", "Strategic developments", "Agreement"),
        ("Войска отошли с позиций у реки.", "Strategic developments",
         "Non-violent transfer of territory"),
    ],
)
def test_the_first_trigger_and_its_type(text: str, event_type: str, sub_event_type: str) -> None:
    words, found_type, found_sub, generic = triggers_of(text)[0]
    assert (found_type, found_sub, generic) == (event_type, sub_event_type, False), words


def test_a_drone_and_its_verb_are_one_trigger() -> None:
    assert triggers_of("Российские беспилотники ночью атаковали порт.") == [
        ("беспилотники ночью атаковали", "Explosions/Remote violence", "Air/drone strike",
         False)]


@pytest.mark.parametrize(
    "text",
    [
        "Россия может нанести удар по столице.",  # hypothetical
        "Армия планирует наступление весной.",
        "Если начнется наступление, город опустеет.",
        "Киев отрицает обстрел села.",  # denied
        "Украинские войска не окружены.",  # negated
        "Командиры в значительной мере полагаются на дроны.",  # habitual
        "Поселок раз за разом попадает под обстрелы.",
        "Водитель автомобиля сбил пешехода.",  # figurative
        "Семьи бежали от боев в соседние села.",
        "Ее приговорили к смертной казни.",
        "Магазины закрываются до наступления темноты.",
        "Поставки ракет задерживаются.",
        "Поезда задерживались на несколько часов.",
        "В городе объявлена ракетная опасность.",
        "Произошел взрыв бытового газа.",
        "Пострадавших нет.",
    ],
)
def test_no_trigger_where_nothing_is_asserted(text: str) -> None:
    assert triggers_of(text) == []


def test_not_fewer_than_is_no_negation() -> None:
    assert triggers_of("Не менее шести ракет попали в город.")[0][2] == \
        "Shelling/artillery/missile attack"


def test_a_comparison_frames_the_battle() -> None:
    text = "Это крупнейшее сражение со времен боев за Бахмут."
    assert [t.framed for t in find_triggers(text, sentence_spans(text), language=RU)] == [
        True, True]


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Погибли двое пенсионеров, еще пятеро ранены.", 2),
        ("Погибли трое, еще 11 человек ранены.", 3),
        ("В результате удара погибли не менее 12 человек.", 12),
        ("Трое военных и двое мирных жителей погибли.", 5),
        ("Ракета убила трех человек.", 3),
        ("Число погибших возросло до 23.", 23),
        ("Жертвами обстрела стали четыре человека.", 4),
        ("Погиб 21 человек.", 21),
        ("Погибли мужчина и его жена.", 2),
        ("Погиб 45-летний мужчина.", 1),
        ("Женщина была убита в своей квартире.", 1),
        ("Никто не пострадал.", 0),
        ("Обошлось без жертв.", 0),
        ("Четверо рабочих получили ранения.", None),
        ("Бои продолжались весь день.", None),
        ("При обстреле погибли десятки голов скота.", None),  # cattle, not people
        ("Подразделения зачистили квартал, уничтожив 14 российских военных.", 14),
    ],
)
def test_fatalities(sentence: str, killed: int | None) -> None:
    assert fatalities(sentence, language=RU) == killed


@pytest.mark.parametrize(
    ("sentence", "date", "precision"),
    [
        ("Во вторник российские войска обстреляли город.", "2025-03-11", "day"),
        ("В воскресенье вечером ракета попала в дом.", "2025-03-09", "day"),
        ("В среду дроны атаковали порт.", "2025-03-12", "day"),
        ("Вчера беспилотник атаковал порт.", "2025-03-11", "day"),
        ("Накануне вечером прогремели взрывы.", "2025-03-11", "day"),
        ("Ночью беспилотники атаковали город.", "2025-03-12", "day"),
        ("3 марта ракета попала в школу.", "2025-03-03", "day"),
        ("Город обстреляли 28 февраля 2025 года.", "2025-02-28", "day"),
        ("Три дня назад обстрел повредил мост.", "2025-03-09", "day"),
        ("На прошлой неделе бои шли у реки.", "2025-03-06", "week"),
        ("Поселок бомбили в прошлом месяце.", "2025-02-15", "month"),
        ("В феврале 2024 года войска захватили город.", "2024-02-15", "month"),
        ("Более двух лет назад ракета разрушила вокзал.", "2023-07-01", "year"),
        ("Накануне выборов прошли митинги.", "2025-03-12", "day"),  # no date: published
    ],
)
def test_dates(sentence: str, date: str, precision: str) -> None:
    found = resolve_dates(sentence, WEDNESDAY, language=RU)
    assert (str(found.date), found.precision) == (date, precision)


@pytest.mark.parametrize(
    "sentence",
    ["Двумя днями ранее артиллерия обстреляла село.",
     "За два дня до этого артиллерия обстреляла село."],
)
def test_days_counted_from_the_event_before(sentence: str) -> None:
    found = resolve_dates(sentence, WEDNESDAY, previous=dt.date(2025, 3, 10), language=RU)
    assert str(found.date) == "2025-03-08"


def test_a_frame_dates_no_event() -> None:
    found = resolve_dates("Это худший удар со времен падения города более двух лет назад.",
                          WEDNESDAY, language=RU)
    assert found.basis == "published"


@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        ("Ракета попала в дом, сообщил губернатор Олег Петренко.",
         ["губернатор Олег Петренко"]),
        ("Склад горел до утра, сообщила областная администрация.",
         ["областная администрация"]),
        ("По данным Генштаба ВСУ, бои продолжаются.", ["Генштаба ВСУ"]),
        ("Как сообщает Интерфакс, взрыв прогремел ночью.", ["Интерфакс"]),
        ("Городские власти сообщили о пожаре.", ["Городские власти"]),
        ("Обстрел продолжался всю ночь, заявили в полиции.", ["полиции"]),
        ("Москва заявила, что ее войска взяли город.", ["Москва"]),
        ("Он сообщил, что все живы.", []),
        ("Бои продолжаются у села.", []),
    ],
)
def test_attributions(sentence: str, sources: list[str]) -> None:
    assert attributions(sentence, language=RU) == sources


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Российские войска атаковали украинские позиции.",
         ["Russian forces", "Ukrainian forces"]),
        ("Российская крылатая ракета попала в склад.", ["Russian forces"]),
        ("Украинская армия заявила об успехе.", ["Ukrainian military"]),
        ("Бойцы 47-й отдельной механизированной бригады удержали позиции.",
         ["47-й отдельной механизированной бригады"]),
        ("Боевики ХАМАС обстреляли город.", ["Hamas"]),
        ("Протестующие скандировали лозунги, полиция наблюдала.", ["Protesters", "Police"]),
    ],
)
def test_actors(sentence: str, expected: list[str]) -> None:
    assert actors(sentence, language=RU) == expected


def test_a_russian_article_end_to_end(gazetteer: Gazetteer) -> None:
    text = ("Российская ракета в понедельник попала в жилой дом в Запорожье: погибли трое мирных "
            "жителей, сообщил глава ОВА Иван Федоров.\n\n"
            "Тяжелые бои у Покровска шли во вторник, сообщили в Генштабе ВСУ.\n\n"
            "Москва заявила, что ее войска продвинулись, но Киев это опроверг.\n\n"
            "До войны в Запорожье жили около 700 тысяч человек.")
    doc = Document(id="ru", text=text, published=WEDNESDAY, source="Test Wire", language=RU)
    events = extract_events(doc, resolve(doc, find_mentions(doc, gazetteer), gazetteer))
    got = [(e.toponym.place.name, e.event_type, e.sub_event_type, str(e.date.date),  # type: ignore[union-attr]
            e.fatalities, e.geo_precision, e.actor1) for e in events]
    assert got == [
        ("Zaporizhzhya", "Explosions/Remote violence", "Shelling/artillery/missile attack",
         "2025-03-10", 3, 1, "Russian forces"),
        ("Pokrovsk", "Battles", "Armed clash", "2025-03-11", None, 2, "Ukrainian military"),
    ]
    assert events[0].sources == ("Test Wire", "глава ОВА Иван Федоров", "Генштабе ВСУ")
    assert events[1].sources == ("Test Wire", "Генштабе ВСУ")


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Военные самолеты разбомбили деревню у границы.", "Air/drone strike"),
        ("Противник сбросил с дрона гранату на автомобиль.", "Air/drone strike"),
        ("Ночью танки вели огонь по южным окраинам поселка.",
         "Shelling/artillery/missile attack"),
        ("Танковый обстрел продолжался до утра.", "Shelling/artillery/missile attack"),
        ("Возле автовокзала взорвался автомобиль, начиненный взрывчаткой.",
         "Remote explosive/landmine/IED"),
        ("Колонна подорвалась на придорожном фугасе.", "Remote explosive/landmine/IED"),
        ("Правительство и повстанцы заключили перемирие.", "Agreement"),
        ("Было подписано соглашение об обмене пленными.", "Agreement"),
        ("Перемирие вступило в силу в полночь.", "Agreement"),
        ("Ополченцы передали блокпосты армии.", "Non-violent transfer of territory"),
        ("Полицейские взяли под контроль контрольно-пропускные пункты.",
         "Non-violent transfer of territory"),
        ("Гарнизон оставил Северодонецк.", "Non-violent transfer of territory"),
        ("Повстанцы оборудовали передовой командный пункт в долине.",
         "Headquarters or base established"),
        ("Студенты провели сидячую забастовку у ректората.", "Peaceful protest"),
        ("Демонстранты прошествовали к зданию суда.", "Peaceful protest"),
        ("Между болельщиками и полицией вспыхнули столкновения.", "Violent demonstration"),
        ("Толпа забрасывала омоновцев бутылками.", "Violent demonstration"),
        ("Протестующие штурмовали здание администрации.", "Violent demonstration"),
        ("Силовики применили против толпы резиновые пули.", "Protest with intervention"),
        ("Полиция оттеснила митингующих от здания правительства.",
         "Protest with intervention"),
        ("Солдаты схватили троих подростков на рынке.", "Arrests"),
        ("Журналист доставлен в отдел полиции.", "Arrests"),
        ("Снайпер застрелил двух пограничников.", "Armed clash"),
        ("Боевики атаковали военный конвой.", "Armed clash"),
        ("Боевики захватили в заложники экипаж судна.", "Abduction/forced disappearance"),
        ("Грабитель напал с ножом на кассира.", "Attack"),
        ("В лесополосе найдено тело мужчины.", "Attack"),
    ],
)
def test_the_wider_vocabulary_names_its_sub_event(text: str, sub_event_type: str) -> None:
    found = [sub for _, _, sub, generic in triggers_of(text) if not generic]
    assert sub_event_type in found, triggers_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Генштаб разрабатывает план наступления.",  # a plan
        "Аналитики не исключают возможное наступление летом.",
        "ФСБ предотвратила теракт в торговом центре.",
        "На полигоне прошли учения с боевыми стрельбами.",  # an exercise, a test
        "Пхеньян провел испытание баллистической ракеты.",
        "Профсоюз пилотов объявил забастовку.",  # a labour strike
        "Стороны подписали торговое соглашение.",  # business, not war
        "Компания подписала договор о поставках газа.",
        "Суд наложил арест на имущество бизнесмена.",
        "Таможенники задержали партию контрабанды.",
        "Оппозиция обвинила власти в систематических арестах активистов.",  # a pattern
        "Жители покинули поселок из-за постоянных обстрелов.",
        "В реке зафиксирована массовая гибель рыбы.",
        "Мэрия создала оперативный штаб по ликвидации последствий ливня.",
        "Школа рядом с пострадавшим домом закрыта.",
        "Лидер оппозиции назвал выборы началом решающего боя.",
        "Ответственность за нападение никто не взял.",
        "В Брюсселе выразили обеспокоенность разгоном протестов.",  # a reaction
        "Его обвиняют в организации массовых беспорядков.",  # a charge
        "Губернатор расширил эвакуацию, сославшись на наступление войск.",  # a reason
        "Повстанцы сражаются за независимость с 1984 года.",  # an aim
    ],
)
def test_no_specific_trigger_where_no_event_is_reported(text: str) -> None:
    assert [t for t in triggers_of(text) if not t[3]] == []


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Взрыв унес жизни пяти человек.", 5),
        ("Двое погибших, семеро раненых.", 2),
        ("Нападавшие убили шестерых мирных жителей.", 6),
        ("Жертвами авиаудара стали 11 человек.", 11),
    ],
)
def test_more_tolls(sentence: str, killed: int) -> None:
    assert fatalities(sentence, language=RU) == killed


@pytest.mark.parametrize(
    ("sentence", "date", "precision"),
    [
        ("В ночь на вторник дроны атаковали нефтебазу.", "2025-03-11", "day"),
        ("В ночь с субботы на воскресенье шли бои.", "2025-03-09", "day"),
        ("Обстрел продолжался всю ночь.", "2025-03-12", "day"),
        ("Поздно вечером в понедельник полиция разогнала митинг.", "2025-03-10", "day"),
        ("В конце прошлой недели военные задержали активистов.", "2025-03-06", "week"),
        ("В минувшие выходные прошли митинги.", "2025-03-08", "day"),
    ],
)
def test_more_dates(sentence: str, date: str, precision: str) -> None:
    found = resolve_dates(sentence, WEDNESDAY, language=RU)
    assert (str(found.date), found.precision) == (date, precision)


@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        ("Активиста задержали дома, сообщил его адвокат.", ["адвокат"]),
        ("По данным правозащитных организаций, задержаны десятки человек.",
         ["правозащитных организаций"]),
        ("Погибли пять человек, сообщила сирийская гражданская оборона.",
         ["сирийская гражданская оборона"]),
        ("Погибли двое, сообщили в Сирийской гражданской обороне.",
         ["Сирийской гражданской обороне"]),
        ("Число погибших выросло до 20, сообщил минздрав Газы.", ["минздрав Газы"]),
        ("Колонна подорвалась на мине, сообщил военный источник.", ["военный источник"]),
    ],
)
def test_more_attributions(sentence: str, sources: list[str]) -> None:
    assert attributions(sentence, language=RU) == sources


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Представители правительства Сирии подписали соглашение с курдами.",
         ["Syrian government"]),
        ("Погибли двое, сообщила сирийская гражданская оборона.", []),  # rescuers, no force
        ("Израильские танки обстреляли окраины города.", ["Israeli forces"]),
    ],
)
def test_more_actors(sentence: str, expected: list[str]) -> None:
    assert actors(sentence, language=RU) == expected


def _events(gazetteer: Gazetteer, text: str, published: dt.date) -> list[tuple[object, ...]]:
    doc = Document(id="ru", text=text, published=published, source="Test Wire", language=RU)
    events = extract_events(doc, resolve(doc, find_mentions(doc, gazetteer), gazetteer))
    return [(e.toponym.place.name, e.sub_event_type, str(e.date.date), e.fatalities,  # type: ignore[union-attr]
             e.geo_precision) for e in events]


def test_a_protest_article_end_to_end(gazetteer: Gazetteer) -> None:
    text = ("Во вторник вечером тысячи человек вышли на акцию протеста в центре Еревана. Поздно "
            "вечером часть демонстрантов забросала полицию камнями, и силовики применили "
            "слезоточивый газ; по данным МВД, задержаны 30 человек.\n\n"
            "В понедельник в Гюмри полиция разогнала пикет у здания мэрии и задержала двух "
            "активистов.\n\n"
            "В Брюсселе заявили, что обеспокоены разгоном протестов. Организаторы пообещали "
            "провести новый митинг в субботу.")
    assert _events(gazetteer, text, WEDNESDAY) == [
        ("Yerevan", "Peaceful protest", "2025-03-11", None, 1),
        ("Yerevan", "Violent demonstration", "2025-03-11", None, 1),
        ("Gyumri", "Protest with intervention", "2025-03-10", None, 1),
    ]


def test_a_bombing_article_end_to_end(gazetteer: Gazetteer) -> None:
    text = ("В понедельник у рынка в Кассале, к востоку от Хартума, взорвался заминированный "
            "автомобиль: погибли семь человек, сообщили в полиции. Ответственность за взрыв "
            "никто не взял.\n\n"
            "В ночь на среду беспилотники атаковали электростанцию на северной окраине Хартума, "
            "жертв нет, рассказали местные жители.\n\n"
            "Правительство в Порт-Судане обвинило СБР в систематических ударах по гражданским "
            "объектам. Хартум до войны был крупнейшим городом страны.")
    assert _events(gazetteer, text, dt.date(2025, 5, 14)) == [
        ("Kassala", "Remote explosive/landmine/IED", "2025-05-12", 7, 1),
        ("Khartoum", "Air/drone strike", "2025-05-14", 0, 2),
    ]

"""Every date rule, on sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.events.dates import published_stamp, resolve_dates, stated_day
from geomap.events.extract import extract_events
from geomap.gazetteer import Gazetteer
from geomap.geoparse import find_mentions, resolve
from geomap.models import Document

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "date", "precision", "basis"),
    [
        ("Drones hit the depot today.", "2025-03-12", "day", "relative"),
        ("Shelling continued overnight.", "2025-03-12", "day", "relative"),
        ("A missile struck the port yesterday.", "2025-03-11", "day", "relative"),
        ("Troops attacked on Monday.", "2025-03-10", "day", "relative"),
        ("Troops attacked on Wednesday.", "2025-03-12", "day", "relative"),
        ("Troops attacked last Wednesday.", "2025-03-05", "day", "relative"),
        ("Troops attacked last Monday.", "2025-03-10", "day", "relative"),
        ("The blast came on Sunday evening.", "2025-03-09", "day", "relative"),
        ("Three days ago, rockets fell.", "2025-03-09", "day", "relative"),
        ("Fighting raged last week.", "2025-03-06", "week", "relative"),
        ("Fighting raged this week.", "2025-03-12", "week", "relative"),
        ("The town was bombed last month.", "2025-02-15", "month", "relative"),
        ("The town was bombed earlier this month.", "2025-03-12", "month", "relative"),
        ("More than two years ago, a missile hit.", "2023-07-01", "year", "relative"),
        ("Soldiers detained men in February 2024.", "2024-02-15", "month", "explicit"),
        ("Last year, in February, soldiers detained men.", "2024-02-15", "month", "explicit"),
        ("Soldiers detained men in February last year.", "2024-02-15", "month", "explicit"),
        ("The town fell in July 2022.", "2022-07-15", "month", "explicit"),
        ("The bridge was hit in 2023.", "2023-07-01", "year", "explicit"),
        ("Shelling began on 3 March.", "2025-03-03", "day", "explicit"),
        ("Shelling began on March 30.", "2024-03-30", "day", "explicit"),
        ("Shelling began on 2025-03-01.", "2025-03-01", "day", "explicit"),
        ("The plant was hit on March 10, 2024.", "2024-03-10", "day", "explicit"),
        ("The plant was hit on 3rd Dec. 2023.", "2023-12-03", "day", "explicit"),
        ("Protesters stormed parliament on March 1 last year.", "2024-03-01", "day", "explicit"),
        ("It marked the anniversary of the 1 March protests last year.", "2024-03-01", "day",
         "explicit"),
        ("Protesters stormed parliament last March.", "2024-03-15", "month", "explicit"),
        ("Protesters stormed parliament last January.", "2025-01-15", "month", "explicit"),
        ("Monday's protests marked the anniversary of the March 1 protests last year, when "
         "crowds stormed parliament.", "2024-03-01", "day", "explicit"),
        ("Shelling was reported.", "2025-03-12", "day", "published"),
    ],
)
def test_date_rules(sentence: str, date: str, precision: str, basis: str) -> None:
    found = resolve_dates(sentence, PUBLISHED)
    assert (str(found.date), found.precision, found.basis) == (date, precision, basis)
    assert found.start is not None and found.end is not None
    assert found.start <= found.date <= found.end  # type: ignore[operator]


@pytest.mark.parametrize(("sentence", "language", "date"), [
    # a night before a weekday is that night: the weekday dates it, not "overnight"
    ("Drones struck Lozova overnight into Monday.", "en", "2025-03-10"),
    ("Overnight on Monday, drones struck Lozova.", "en", "2025-03-10"),
    ("Drones struck Lozova overnight Monday.", "en", "2025-03-10"),
    ("Дронове удариха Лозова през нощта срещу понеделник.", "bg", "2025-03-10"),
    # the night from one weekday to the next is the second's
    ("On the night of Sunday to Monday, drones struck Lozova.", "en", "2025-03-10"),
    ("Dans la nuit de dimanche à lundi, des drones ont frappé Lozova.", "fr", "2025-03-10"),
    ("В ночь с воскресенья на понедельник дроны атаковали Лозовую.", "ru", "2025-03-10"),
    ("В ночь со вторника на среду дроны атаковали Лозовую.", "ru", "2025-03-12"),
    ("У ніч з неділі на понеділок дрони атакували Лозову.", "uk", "2025-03-10"),
    ("У ніч проти понеділка дрони атакували Лозову.", "uk", "2025-03-10"),
    ("В нощта от неделя срещу понеделник дронове удариха Лозова.", "bg", "2025-03-10"),
    # a night of no weekday is the one that ends on the morning of publication
    ("Drones struck Lozova overnight.", "en", "2025-03-12"),
    ("Дронове удариха Лозова през нощта.", "bg", "2025-03-12"),
])
def test_a_night_before_a_weekday(sentence: str, language: str, date: str) -> None:
    assert str(resolve_dates(sentence, PUBLISHED, language=language).date) == date


@pytest.mark.parametrize(("sentence", "date"), [
    # a dateline's day dates the report; the event is the weekday's
    ("CAIRO, Mar 12 (Reuters) - A drone strike killed 12 people on Monday.", "2025-03-10"),
    ("MEMPHIS, Tenn., March 12 (AP) — Two men were shot on Monday.", "2025-03-10"),
    ("(Nairobi, March 12, 2025) – Soldiers executed 23 civilians on Monday.", "2025-03-10"),
    # nor does the month inside it: "yesterday" counts back from the publication day
    ("Kyiv, 12 March 2025 — Russia struck Ukraine's power plants yesterday.", "2025-03-11"),
    # a day and a dash that open no dateline date the event
    ("On March 3 - the day of the vote - gunmen attacked.", "2025-03-03"),
])
def test_a_datelines_day_dates_no_event(sentence: str, date: str) -> None:
    assert str(resolve_dates(sentence, PUBLISHED).date) == date


@pytest.mark.parametrize(("sentence", "language"), [
    ("The army struck the camp earlier this month.", "en"),
    ("L'armée a frappé le camp au début du mois.", "fr"),
    ("Армия нанесла удар по лагерю в начале месяца.", "ru"),
    ("Армія завдала удару по табору на початку місяця.", "uk"),
    ("Армията е ударила лагера по-рано този месец.", "bg"),
])
def test_earlier_this_month_is_this_month_before_publication(sentence: str,
                                                             language: str) -> None:
    found = resolve_dates(sentence, PUBLISHED, language=language)
    assert (str(found.date), str(found.start), str(found.end), found.precision) == (
        "2025-03-12", "2025-03-01", "2025-03-12", "month")


def test_week_and_month_ranges() -> None:
    week = resolve_dates("It happened last week.", PUBLISHED)
    assert (str(week.start), str(week.end)) == ("2025-03-03", "2025-03-09")
    month = resolve_dates("in February 2024", PUBLISHED)
    assert (str(month.start), str(month.end)) == ("2024-02-01", "2024-02-29")


def test_frames_do_not_date_the_event() -> None:
    found = resolve_dates("Troops are closing in on their biggest victory since the fall of "
                          "Bakhmut more than two years ago - the city of Pokrovsk.", PUBLISHED)
    assert found.basis == "published"


@pytest.mark.parametrize(("sentence", "language"), [
    ("The state has been in turmoil since Sept. 26, 2014, when police attacked students in "
     "Iguala.", "en"),
    ("L'État est en crise depuis le 26 septembre 2014, lorsque la police a attaqué des "
     "étudiants à Iguala.", "fr"),
])
def test_a_frame_s_day_dates_what_happened_on_it(sentence: str, language: str) -> None:
    found = resolve_dates(sentence, None, language=language)
    assert found.date == dt.date(2014, 9, 26)
    # without the clause of what happened then, the day only frames ("since")
    assert resolve_dates(sentence.split(",")[0] + ".", None, language=language).date is None


def test_earlier_counts_back_from_the_previous_event() -> None:
    found = resolve_dates("Three days earlier, artillery shelled the town.", PUBLISHED,
                          previous=dt.date(2025, 3, 10))
    assert str(found.date) == "2025-03-07"


def test_paragraph_days_carry_over_but_not_background_years() -> None:
    found = resolve_dates("The strike killed two.", PUBLISHED,
                          paragraph=["Russian drones attacked Odesa on Monday."])
    assert str(found.date) == "2025-03-10"
    found = resolve_dates("Fighting continues.", PUBLISHED,
                          paragraph=["Crimea was annexed in 2014."])
    assert found.basis == "published"


def test_lowercase_may_is_a_verb() -> None:
    assert resolve_dates("Troops may 3 times attack.", PUBLISHED).basis == "published"


def test_without_a_publication_date_relative_dates_are_unknown() -> None:
    assert resolve_dates("It happened yesterday.", None).basis == "unknown"
    assert str(resolve_dates("It happened in July 2022.", None).date) == "2022-07-15"


def test_a_month_and_day_without_year_in_an_undated_article_is_no_date() -> None:
    date = resolve_dates("The attack happened on March 3.", None)
    assert date.date is None and date.basis == "unknown"


def test_a_weekday_does_not_give_an_undated_article_its_year() -> None:
    # Friday, 3 February was a Friday in 2017 and in 2023: only a publication date can tell
    date = resolve_dates("He was stabbed on Friday, February 3.", None)
    assert date.date is None and date.basis == "unknown"


def test_a_weekday_and_day_in_a_dated_article() -> None:
    date = resolve_dates("It happened on Tuesday, March 4.", dt.date(2025, 5, 2))
    assert str(date.date) == "2025-03-04" and date.basis == "explicit"


def test_the_latest_day_the_text_states_in_full() -> None:
    text = ("On June 1, 2007, he was found. The trial opened on 29th March 2008. "
            "In March the jury met.")
    assert stated_day(text) == dt.date(2008, 3, 29)
    assert stated_day("The explosion on Sunday killed six.") is None
    # a day that names a past happening is not the article's
    assert stated_day("The war was triggered by the October 7, 2023 attack on Israel.") is None
    assert stated_day("Police came on June 1, 2007 after a call.") == dt.date(2007, 6, 1)


def test_a_weekday_in_an_undated_article_counts_back_from_the_stated_day() -> None:
    stated = dt.date(2016, 12, 11)  # a Sunday
    found = resolve_dates("The explosion Sunday morning hit the church.", None, stated=stated)
    assert (found.date, found.basis) == (stated, "relative")
    found = resolve_dates("Two bombs went off on Friday.", None, stated=stated)
    assert found.date == dt.date(2016, 12, 9)
    assert resolve_dates("Police are investigating.", None, stated=stated).date is None


def test_a_day_or_month_without_its_year_takes_the_stated_days() -> None:
    stated = dt.date(2018, 3, 31)
    assert resolve_dates("The shooting in February shocked the town.", None,
                         stated=stated).date == dt.date(2018, 2, 15)
    assert resolve_dates("He was arrested on 3 May.", None,
                         stated=stated).date == dt.date(2017, 5, 3)


@pytest.mark.parametrize("language", ["en", "uk", "ru", "bg", "fr"])
def test_every_rule_needs_words_that_a_hint_gives(language: str) -> None:
    from geomap.events import dates

    grammar = dates._grammar(language)
    kinds = {"digit", "month", "weekday", *grammar.hints.values()}
    for name, needs, _ in grammar.rules:
        assert needs and needs <= kinds, (language, name, needs)


@pytest.mark.parametrize(("text", "language", "day"), [
    ("Four killed in clashes\n\nStar Report | Published: July 17, 2025\n\nAt least four ...",
     "en", dt.date(2025, 7, 17)),
    ("Posted on 3 March 2024 at 10:00\nA bomb ...", "en", dt.date(2024, 3, 3)),
    ("Titre\nPublié le 17 juillet 2025\nTexte", "fr", dt.date(2025, 7, 17)),
    ("Заголовок\nОпубліковано: 17 липня 2025\nТекст", "uk", dt.date(2025, 7, 17)),
    # a day in the story is no stamp
    ("KABUL (AP) — On July 17, 2025, a bomb went off.", "en", None),
    # a dateline's day, with its place's country, dates the report
    ("Six killed\n\nDHAKA, Bangladesh, July 17, 2024 — At least six people were killed on "
     "Tuesday.", "en", dt.date(2024, 7, 17)),
    ("MEMPHIS, Tenn., March 3, 2024 (AP) — A man was shot.", "en", dt.date(2024, 3, 3)),
    # a byline's day after a bar
    ("Six killed\n\nBy Standard Team | Tuesday, July 8, 2025\n\nAt least six people were "
     "shot dead on Monday.", "en", dt.date(2025, 7, 8)),
    # a stamp's clock time, and a day alone on its line under a byline
    ("Man stabbed\n\nBy A Reporter\nPublished 17:05, 13 October 2025\n\nA man was stabbed.",
     "en", dt.date(2025, 10, 13)),
    ("Two shot dead\n\nBy A Reporter\nThursday, 26 June 2025\n\nPolice fired tear gas on "
     "Wednesday.", "en", dt.date(2025, 6, 26)),
    # but not a day a sentence gives on its line
    ("Two shot dead\n\nPolice fired tear gas on 26 June 2025.", "en", None),
])
def test_the_publication_stamp_at_the_top(text: str, language: str, day: dt.date | None) -> None:
    assert published_stamp(text, language) == day


def test_an_undated_article_takes_its_stamp_as_its_publication_day(gazetteer: Gazetteer) -> None:
    text = ("Clashes in Gopalganj\n\nPublished: July 17, 2025\n\n"
            "Four people were killed in clashes in Gopalganj yesterday, police said.")
    doc = Document(id="d", text=text)
    [event] = extract_events(doc, resolve(doc, find_mentions(doc, gazetteer), gazetteer))
    assert event.date.date == dt.date(2025, 7, 16)


def test_a_weekday_under_a_dated_dateline_is_the_day_before_it(gazetteer: Gazetteer) -> None:
    text = ("DHAKA, Bangladesh, July 17, 2024 — At least six people were killed in Dhaka on "
            "Tuesday as students clashed with police. In September 2018, protests over road "
            "safety shut the city.")
    doc = Document(id="d", text=text)
    events = extract_events(doc, resolve(doc, find_mentions(doc, gazetteer), gazetteer))
    assert events and events[0].date.date == dt.date(2024, 7, 16)


def test_a_background_day_does_not_date_a_report_filed_on_another() -> None:
    text = ("NAIROBI, July 7 (Reuters) - Police fired tear gas at protesters on Monday. On June "
            "25, 2024, protesters stormed parliament.")
    assert stated_day(text) is None
    assert stated_day(text.replace("July 7", "June 25")) == dt.date(2024, 6, 25)


SAME_DAY = [
    ("The same day, Russian aircraft dropped four glide bombs on Orikhiv.", "en"),
    ("Того ж дня російська авіація скинула чотири КАБи на Оріхів.", "uk"),
    ("В тот же день российская авиация сбросила на Орехов четыре КАБа.", "ru"),
    ("Същия ден руската авиация хвърли четири бомби върху Орихив.", "bg"),
    ("Le même jour, l'aviation russe a largué quatre bombes sur Orikhiv.", "fr"),
]


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    # the day before yesterday counts from publication, not from the event told before
    ("The village was shelled the day before yesterday.", "en", dt.date(2025, 7, 15)),
    ("Le village a été bombardé avant-hier.", "fr", dt.date(2025, 7, 15)),
    # the same day is the day of the event told before
    *[(sentence, language, dt.date(2025, 7, 10)) for sentence, language in SAME_DAY],
])
def test_a_day_counts_from_publication_or_from_the_event_before(
        sentence: str, language: str, expected: dt.date) -> None:
    found = resolve_dates(sentence, dt.date(2025, 7, 17), previous=dt.date(2025, 7, 10),
                          language=language)
    assert found.date == expected


DAYS_LATER = [
    ("The next day, soldiers clashed with the gunmen near Jos.", "en", 1),
    ("Two days later, a drone hit a bus in Nikopol.", "en", 2),
    ("Наступного дня російські війська обстріляли Нікополь.", "uk", 1),
    ("На следующий день российские войска обстреляли Никополь.", "ru", 1),
    ("Три дня спустя дрон атаковал автобус в Никополе.", "ru", 3),
    ("На следващия ден руските войски обстреляха Никопол.", "bg", 1),
    ("Le lendemain, un drone a frappé un bus à Nikopol.", "fr", 1),
]


@pytest.mark.parametrize(("sentence", "language", "days"), DAYS_LATER)
def test_the_next_day_counts_on_from_the_event_told_before(sentence: str, language: str,
                                                           days: int) -> None:
    found = resolve_dates(sentence, dt.date(2025, 7, 17), previous=dt.date(2025, 7, 10),
                          language=language)
    assert found.date == dt.date(2025, 7, 10) + dt.timedelta(days=days)
    # with no event told before, the article's day stands, never a day after it
    alone = resolve_dates(sentence, dt.date(2025, 7, 17), language=language)
    assert alone.basis == "published" and alone.date == dt.date(2025, 7, 17)


def test_the_same_day_with_no_event_told_before_is_the_article_s() -> None:
    for sentence, language in SAME_DAY:
        assert resolve_dates(sentence, dt.date(2025, 11, 21),
                             language=language).basis == "published", sentence


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("On New Year's night in 2017, a gunman killed 39 people.", None, dt.date(2017, 1, 1)),
    ("Attacks on Christmas Eve in 2023 killed more than 150 people.", None, dt.date(2023, 12, 24)),
    # without a year, the last one on or before publication; none in an undated article
    ("Shelling on Christmas Day killed two.", dt.date(2025, 1, 10), dt.date(2024, 12, 25)),
    ("Shelling on Christmas Day killed two.", None, None),
    # a party named for the holiday is no date
    ("Gunmen opened fire at a Christmas party on Sunday.", dt.date(2025, 3, 10),
     dt.date(2025, 3, 9)),
])
def test_a_holiday_names_its_day(sentence: str, published: dt.date | None,
                                 expected: dt.date | None) -> None:
    assert resolve_dates(sentence, published).date == expected


@pytest.mark.parametrize(("sentence", "day"), [
    ("The commission said on Sunday that the two parties had clashed on Saturday.",
     dt.date(2025, 10, 18)),
    ("Police said Tuesday that a man was shot on Monday.", dt.date(2025, 10, 20)),
    # with no day of its own, what was said dates it
    ("Police said Tuesday that a man was shot.", dt.date(2025, 10, 21)),
])
def test_the_day_of_a_statement_dates_no_event_that_has_its_own(sentence: str,
                                                                 day: dt.date) -> None:
    assert resolve_dates(sentence, dt.date(2025, 10, 22)).date == day


@pytest.mark.parametrize(("text", "language", "day"), [
    ("Київ, 30 листопада 2025 року. Учора Росія завдала удару.", "uk", "2025-11-30"),
    ("Москва, 20 ноября 2025 года — Беспилотники атаковали область.", "ru", "2025-11-20"),
    ("Киев, 30 ноября 2025 года. Вчера Россия нанесла массированный удар.", "ru", "2025-11-30"),
    ("Kyiv, 30 November 2025 — Russia struck Ukraine's power plants yesterday.", "en",
     "2025-11-30"),
])
def test_a_dateline_s_day_is_the_publication_day(text: str, language: str, day: str) -> None:
    assert str(published_stamp(text, language)) == day

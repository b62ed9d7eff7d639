"""The death toll of an event: the largest its sentences give, the part a sentence tells with
its place after the total ("including eight in Gaza City"), or for an attack on civilians that
gives none, the one toll the article gives such attacks elsewhere."""

from __future__ import annotations

import re
from dataclasses import replace

from geomap.events.cues import disputed, keeps_happening
from geomap.events.fatalities import besides, fatalities, revises, shares
from geomap.events.features import Link, PlaceReading
from geomap.events.lede import PARAGRAPH
from geomap.models import Event

PART_REACH = 100  # characters, at most, from a share of a toll to the place it is told with
SHARES_TOLLS = "Violence against civilians"  # see shared_tolls


def toll_sentences(group: list[Link], sentences: list[int],
                   specific: frozenset[int]) -> list[int]:
    """The event's sentences that may give its toll: those of its triggers (and of the
    happenings they refer back to), and those of its place unless they tell of another happening
    of their own ("In Lviv a drone hit a warehouse; no one was hurt" gives no toll to a missile
    strike on Lviv two years before).

    Parameters
    ----------
    group
        The links of the event's happening.
    sentences
        The indices of the event's sentences.
    specific
        The indices of the sentences that tell a happening of their own.
    """
    own = {link.trigger.sentence for link in group} | {
        a for link in group if (a := link.trigger.antecedent) is not None}
    return [index for index in sentences if index in own or index not in specific]


def toll_window(trigger: int, count: int) -> range:
    """The sentences around a trigger's (one before, two after, of ``count``) that may give its
    event's toll."""
    return range(max(0, trigger - 1), min(count, trigger + 3))


def event_toll(text: str, spans: list[tuple[int, int]], sentences: list[int],
               named: frozenset[int], trigger: int, language: str,
               elsewhere: frozenset[int] = frozenset()) -> int | None:
    """The largest death toll among the event's sentences and the sentences around its trigger
    (one before, two after) that name no place, tell no happening of their own and count no
    dead so far: "A roadside bomb hit an army bus in Diyarbakir on Monday. Thirteen soldiers
    died."; and the dead a later sentence counts besides them, added ("All four
    gunmen were also killed": :func:`~geomap.events.fatalities.besides`).

    Parameters
    ----------
    text, spans
        The article's text and its sentences.
    sentences
        The event's sentences that may give its toll (:func:`toll_sentences`).
    named
        The sentences that name a place or tell a happening of their own.
    trigger
        The index of the sentence of the event's main trigger.
    language
        The article's language (ISO 639-1).
    elsewhere
        The sentences that name a place other than the event's (and the regions that hold it):
        the sentence after one of them, in its paragraph, tells that place's story.
    """
    window = toll_window(trigger, len(spans))
    around = [i for i in window if i not in named and i not in sentences
              and not (i < trigger and _told_before(text, spans, i, trigger, elsewhere))
              # after a sentence that names another place, the toll is that place's ("killing
              # three civilians in Kadugli. Clashes broke out in Dilling. At least 20 fighters
              # were killed.")
              and not any(j in elsewhere for j in range(trigger + 1, i))]
    # a toll revised later in the story, before it turns to another place ("A provincial
    # official later put the death toll at 14" four paragraphs on)
    for i in range(window.stop, len(spans)):
        if i in elsewhere:
            break
        a, b = spans[i]
        if i not in named and i not in sentences and revises(text[a:b], language):
            around.append(i)
    counts, more, claimed = [], [], []
    for index in [*sentences, *around]:
        a, b = spans[index]
        if index != trigger and keeps_happening(text[a:b], language):
            continue  # "The Ebola outbreak has killed more than 600 people since August"
        count = fatalities(text[a:b], language)
        if count and index > trigger and besides(text[a:b], language):
            more.append(count)  # "... killing 11 people. All four gunmen were also killed."
        elif count and disputed(text[a:b], language):
            # "... killed more than twenty soldiers, a claim the army dismissed as propaganda":
            # the event's own such toll counts only where no other sentence gives one; a
            # sentence around it, never
            if index in sentences:
                claimed.append(count)
        else:
            counts.append(count)
    known = [c for c in counts if c is not None] or claimed
    if not known:
        return sum(more) if more else None
    return max(known) + sum(more)


def _told_before(text: str, spans: list[tuple[int, int]], index: int, trigger: int,
                 elsewhere: frozenset[int]) -> bool:
    """Whether the sentence ``index`` before the trigger's belongs to another place's story: it
    follows, in its paragraph, a sentence that names another place ("Drones struck Odesa. One
    port worker was killed.\n\nIn Izmail, drones hit a terminal")."""
    return index > 0 and index - 1 in elsewhere \
        and not PARAGRAPH.search(text, spans[index - 1][1], spans[index][0])


def part(sentence: str, at: int, language: str) -> int | None:
    """The part of the sentence's toll told with the place named at offset ``at``: the last
    share (:func:`~geomap.events.fatalities.shares`) that ends before it, at most
    :data:`PART_REACH` characters before ("including eight in a strike on a school sheltering
    displaced families in Gaza City"); ``None`` when there is none.

    Parameters
    ----------
    sentence
        One sentence.
    at
        Where the place's name starts in it.
    language
        Its language (ISO 639-1).
    """
    found = [count for end, count in shares(sentence, language) if 0 <= at - end <= PART_REACH]
    return found[-1] if found else None


def attack_tolls(text: str, reading: PlaceReading,
                 year: int | None = None) -> dict[str | None, set[int]]:
    """The tolls of the sentences of an article (its reading, ``reading``, and text ``text``)
    that tell of an attack on civilians, by sub-type, but not of one in a year other than the
    article's (``year``, ``None`` when unknown): "attacks on Christmas Eve in 2023 killed more
    than 150 people" tells of another attack."""
    out: dict[str | None, set[int]] = {}
    for index, sub_type in sorted({(t.sentence, t.sub_event_type) for t in reading.triggers
                                   if not t.generic and t.event_type == SHARES_TOLLS},
                                  key=lambda pair: pair[0]):
        a, b = reading.spans[index]
        if _another_year(text[a:b], year):
            continue
        if toll := fatalities(text[a:b], reading.language):
            out.setdefault(sub_type, set()).add(toll)
    return out


def _another_year(sentence: str, year: int | None) -> bool:
    years = {int(y) for y in YEAR.findall(sentence)}
    return bool(years) and year not in years


YEAR = re.compile(r"\b(?:19|20)\d\d\b")
"""A year a sentence states."""


def shared_tolls(events: list[Event], told: dict[str | None, set[int]],
                 year: int | None = None) -> list[Event]:
    """An attack on civilians whose sentences give no toll takes the one toll the article gives
    attacks of its sub-type elsewhere ("charged with murder in the stabbing death of a CEO" and
    "accused of stabbing him in an alley on the Near North Side" tell of one death); an
    abduction takes no toll of a killing. Battles and explosions keep their own: a report of a
    war tells of many.

    Parameters
    ----------
    events
        The article's events.
    told
        The tolls of its sentences that tell of an attack on civilians, by sub-type, from
        :func:`attack_tolls`.
    year
        The article's year, ``None`` when unknown: an event dated by the text to another year
        lends no toll.
    """
    tolls = {sub_type: set(found) for sub_type, found in told.items()}
    for e in events:
        if e.fatalities and e.event_type == SHARES_TOLLS and not (
                e.date.basis == "explicit" and e.date.date is not None
                and e.date.date.year != year):
            tolls.setdefault(e.sub_event_type, set()).add(e.fatalities)
    out = []
    for event in events:
        own = tolls.get(event.sub_event_type, set())
        if event.fatalities is None and event.event_type == SHARES_TOLLS and len(own) == 1:
            event = replace(event, fatalities=next(iter(own)))
        out.append(event)
    return out

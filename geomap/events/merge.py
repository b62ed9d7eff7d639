"""Merge the events that several articles report into one feature each.

Two events are the same when they happen at the same place (GeoNames id), on the same day and are
of the same ACLED event type. The merged event keeps the first report's sentence and fields (the
earliest article by publication date, then by document id), lists every source of every report
(publishers first, in that order), counts the articles in ``mentions``, takes the highest
confidence, and the largest reported fatalities. Events without a date are merged only with
events of the same article (done by :func:`geomap.events.extract.extract_events`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from geomap.models import Event


@dataclass(frozen=True, slots=True)
class MergeGroup:
    """How one merged event came about, for ``run.json``.

    Parameters
    ----------
    event_id
        The merged event's id (the first report's).
    place, date, event_type
        The merge key.
    reports
        ``(document, event_id)`` of every report merged, first first.
    """

    event_id: str
    place: str
    date: str
    event_type: str | None
    reports: tuple[tuple[str, str], ...]


def merge_events(events: Sequence[Event]) -> tuple[list[Event], list[MergeGroup]]:
    """Merge reports of the same event from different articles.

    Parameters
    ----------
    events
        Events of every article of a run.

    Returns
    -------
    events : list of Event
        One per distinct event, in the order of the first report.
    groups : list of MergeGroup
        The merges made (groups of two or more reports only).
    """
    ordered = sorted(events, key=_report_order)
    groups: dict[tuple[object, ...], list[Event]] = {}
    for event in ordered:
        groups.setdefault(_key(event), []).append(event)
    merged: list[Event] = []
    explained: list[MergeGroup] = []
    for reports in groups.values():
        first = reports[0]
        if len(reports) == 1:
            merged.append(first)
            continue
        sources = tuple(dict.fromkeys(s for r in reports for s in r.sources))
        fatalities = [r.fatalities for r in reports if r.fatalities is not None]
        merged.append(replace(
            first, sources=sources, mentions=len({r.document.id for r in reports}),
            fatalities=max(fatalities) if fatalities else None,
            confidence=max(r.confidence for r in reports)))
        place = first.toponym.place
        explained.append(MergeGroup(
            first.id, place.name if place else "", str(first.date.date), first.event_type,
            tuple((r.document.id, r.id) for r in reports)))
    return merged, explained


def _key(event: Event) -> tuple[object, ...]:
    place = event.toponym.place
    gid = place.geonameid if place else None
    if event.date.date is None:  # undated: never the same as another article's event
        return (gid, None, event.event_type, event.document.id, event.id)
    return (gid, event.date.date, event.event_type)


def _report_order(event: Event) -> tuple[dt.date, str, int]:
    return (event.document.published or dt.date.max, event.document.id, event.start)

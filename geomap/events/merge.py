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
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

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


REPORT_COLUMNS = ("geonameid", "date", "event_type", "published", "document", "start",
                  "event_id", "place", "source_list", "fatalities", "confidence")
"""The columns of a partition's events that :func:`merge_parts` reads."""
_NO_TYPE = "\x00"  # the key's stand-in for an event without a type (SQL joins never match NULL)
_LAST_DAY = dt.date.max.isoformat()  # an article without a publication date reports last


@dataclass(frozen=True, slots=True)
class Patch:
    """What the merge changes in the first report of a group: see :func:`merge_events`."""

    sources: tuple[str, ...]
    mentions: int
    fatalities: int | None
    confidence: float


class MergePlan:
    """The cross-article merge of a run's partitions, kept in an SQLite file (out of core).

    Made by :func:`merge_parts`. A writer asks, a partition at a time, which rows to leave out
    (:meth:`dropped`) and what to change in the rows that stand for a group (:meth:`patches`);
    :meth:`groups` lists the merges for ``run.json``.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path)

    def close(self) -> None:
        """Close the store (the file stays, its folder's owner removes it)."""
        self._db.close()

    @property
    def merged_reports(self) -> int:
        """How many reports went into groups of two or more."""
        (count,) = self._db.execute("SELECT COUNT(*) FROM member").fetchone()
        return int(count)

    def dropped(self, part: int) -> set[int]:
        """The rows of partition ``part`` that a group's first report stands for."""
        return {row for (row,) in self._db.execute(
            "SELECT row FROM member WHERE part = ? AND NOT first", (part,))}

    def patches(self, part: int) -> dict[int, Patch]:
        """The rows of partition ``part`` that stand for a group, and what changes in them."""
        return {row: Patch(tuple(json.loads(sources)), mentions, fatalities, confidence)
                for row, sources, mentions, fatalities, confidence in self._db.execute(
                    "SELECT row, sources, mentions, fatalities, confidence FROM patch "
                    "WHERE part = ?", (part,))}

    def groups(self) -> Iterator[MergeGroup]:
        """The merges made, in the order of their first reports."""
        for event_id, place, date, event_type, reports in self._db.execute(
                "SELECT event_id, place, date, event_type, reports FROM grp"
                " ORDER BY published, document, start, seq"):
            yield MergeGroup(event_id, place, date, event_type,
                             tuple((d, e) for d, e in json.loads(reports)))


def merge_parts(parts: Iterable[Any], path: Path) -> MergePlan:
    """Merge reports of the same event across a run's partitions, out of core.

    The same rule as :func:`merge_events`, on the events of a run's partitions (in run order):
    only the key and the merged fields of each dated report are kept, in an SQLite file, which
    sorts them on disk.

    Parameters
    ----------
    parts
        Each partition's events as a table (a ``pyarrow.Table``) of :data:`REPORT_COLUMNS`, in
        run order.
    path
        The SQLite file to create.

    Returns
    -------
    MergePlan
    """
    db = sqlite3.connect(path)
    db.executescript(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;"
        "CREATE TABLE report (seq INTEGER PRIMARY KEY, part INT, row INT, gid INT, date TEXT,"
        " type TEXT, published TEXT, document TEXT, start INT, event_id TEXT, place TEXT,"
        " sources TEXT, fatalities INT, confidence REAL);"
        "CREATE TABLE member (part INT, row INT, first INT);"
        "CREATE TABLE patch (part INT, row INT, sources TEXT, mentions INT, fatalities INT,"
        " confidence REAL);"
        "CREATE TABLE grp (published TEXT, document TEXT, start INT, seq INT, event_id TEXT,"
        " place TEXT, date TEXT, event_type TEXT, reports TEXT);")
    seq = 0
    for k, table in enumerate(parts):
        columns = [table.column(c).to_pylist() for c in REPORT_COLUMNS]
        rows = []
        for row, (gid, date, kind, published, document, start, event_id, place, sources,
                  fatalities, confidence) in enumerate(zip(*columns, strict=True)):
            seq += 1
            if date is None:  # undated: never the same as another article's event
                continue
            rows.append((seq, k, row, gid, date.isoformat(), _NO_TYPE if kind is None else kind,
                         published.isoformat() if published else _LAST_DAY, document, start,
                         event_id, place, json.dumps(sources), fatalities, confidence))
        db.executemany("INSERT INTO report VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    db.executescript(
        "CREATE TABLE key AS SELECT gid, date, type FROM report GROUP BY gid, date, type"
        " HAVING COUNT(*) > 1;")
    reports = db.execute(
        "SELECT r.seq, r.part, r.row, r.gid, r.date, r.type, r.published, r.document, r.start,"
        " r.event_id, r.place, r.sources, r.fatalities, r.confidence FROM report r"
        " JOIN key USING (gid, date, type)"
        " ORDER BY r.gid, r.date, r.type, r.published, r.document, r.start, r.seq")
    group: list[tuple[Any, ...]] = []
    for report in reports:  # one connection reads the sorted reports and writes other tables
        if group and report[3:6] != group[0][3:6]:
            _record_group(db, group)
            group = []
        group.append(report)
    if group:
        _record_group(db, group)
    db.commit()
    db.executescript("CREATE INDEX member_part ON member (part);"
                     "CREATE INDEX patch_part ON patch (part); DROP TABLE report; DROP TABLE key;")
    db.close()
    return MergePlan(path)


def _record_group(db: sqlite3.Connection, group: list[tuple[Any, ...]]) -> None:
    """Store one group of reports (sorted, first first): its members, the patch of its first
    report and its line in ``run.json``."""
    first = group[0]
    sources = list(dict.fromkeys(s for r in group for s in json.loads(r[11])))
    fatalities = [r[12] for r in group if r[12] is not None]
    db.executemany("INSERT INTO member VALUES (?,?,?)",
                   [(r[1], r[2], r is first) for r in group])
    db.execute("INSERT INTO patch VALUES (?,?,?,?,?,?)",
               (first[1], first[2], json.dumps(sources), len({r[7] for r in group}),
                max(fatalities) if fatalities else None, max(r[13] for r in group)))
    # groups are listed in the order of their first reports, as merge_events lists them
    db.execute("INSERT INTO grp VALUES (?,?,?,?,?,?,?,?,?)",
               (first[6], first[7], first[8], first[0], first[9], first[10] or "", first[4],
                None if first[5] == _NO_TYPE else first[5],
                json.dumps([(r[7], r[9]) for r in group])))

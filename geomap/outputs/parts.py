"""A run's parsed results on disk, one partition of its articles at a time.

A run never holds every event and toponym in memory: each partition of articles (parsed in this
process or in a dask worker) is written as two Arrow IPC files, ``<stem>.events.arrow`` and
``<stem>.toponyms.arrow``, whose columns are the output records of :mod:`geomap.outputs.records`
(dates as dates, whole numbers as 64-bit integers) plus the point (``lon``, ``lat``), the
document's position in the run (``doc_index``) and, for events, the list of sources
(``source_list``, which the cross-article merge unites). The merge
(:func:`geomap.events.merge.merge_parts`, fed by
:func:`read_part`) and the
writers (:mod:`geomap.outputs.stream`) read them back a partition at a time, in run order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap.models import Document, Event, Toponym
from geomap.outputs.records import (
    DATE_COLUMNS,
    EVENT_COLUMNS,
    INTEGER_COLUMNS,
    TOPONYM_COLUMNS,
    event_record,
    toponym_record,
)

if TYPE_CHECKING:
    import pyarrow as pa

FLOAT_COLUMNS = ("confidence", "score")
"""Record columns of real numbers."""


@dataclass(frozen=True, slots=True)
class Part:
    """What one partition wrote.

    Parameters
    ----------
    events, toponyms
        The two files.
    documents
        Articles in the partition.
    first
        The run position of its first article.
    failures
        ``(position, why)`` of each article whose processing failed (left out).
    notes
        ``(position, note)`` of each note on an article (see :attr:`geomap.cache.Parsed.notes`).
    counts
        ``toponyms`` (every mention), ``locations`` (mentions in the location role) and
        ``events`` (before the cross-article merge).
    """

    events: str
    toponyms: str
    documents: int
    first: int
    failures: tuple[tuple[int, str], ...] = ()
    notes: tuple[tuple[int, str], ...] = ()
    counts: tuple[tuple[str, int], ...] = ()

    def count(self, name: str) -> int:
        """One of :attr:`counts`, 0 when absent."""
        return dict(self.counts).get(name, 0)


def _type(column: str) -> pa.DataType:
    import pyarrow as pa

    if column in DATE_COLUMNS:
        return pa.date32()
    if column in (*INTEGER_COLUMNS, "doc_index"):
        return pa.int64()
    if column in (*FLOAT_COLUMNS, "lon", "lat"):
        return pa.float64()
    if column == "source_list":
        return pa.list_(pa.string())
    return pa.string()


def event_schema() -> pa.Schema:
    """The columns of an events part file."""
    import pyarrow as pa

    names = [*EVENT_COLUMNS, "lon", "lat", "doc_index", "source_list"]
    return pa.schema([(name, _type(name)) for name in names])


def toponym_schema() -> pa.Schema:
    """The columns of a toponyms part file."""
    import pyarrow as pa

    names = [*TOPONYM_COLUMNS, "lon", "lat", "doc_index"]
    return pa.schema([(name, _type(name)) for name in names])


Parsed = tuple[int, Document, Sequence[Event], Sequence[Toponym]]
"""One article of a partition: its position in the run, the document, its events and toponyms."""


def write_part(stem: Path, first: int, parsed: Sequence[Parsed], *,
               failures: tuple[tuple[int, str], ...] = (),
               notes: tuple[tuple[int, str], ...] = ()) -> Part:
    """Write one partition's events and toponyms.

    Parameters
    ----------
    stem
        The files' path without their suffixes.
    first
        The run position of the partition's first article.
    parsed
        ``(position, document, events, toponyms)`` of each article, in run order.
    failures, notes
        Kept in the :class:`Part` as they are.

    Returns
    -------
    Part
    """
    events: list[dict[str, Any]] = []
    toponyms: list[dict[str, Any]] = []
    locations = 0
    for index, doc, article_events, article_toponyms in parsed:
        for event in article_events:
            place = event.toponym.place
            assert place is not None  # events are only made at resolved places
            events.append({**event_record(event), "lon": place.lon, "lat": place.lat,
                           "doc_index": index, "source_list": list(event.sources)})
        for toponym in article_toponyms:
            locations += toponym.role == "location"
            place = toponym.place
            toponyms.append({**toponym_record(doc.id, toponym, doc.language),
                             "lon": place.lon if place else None,
                             "lat": place.lat if place else None, "doc_index": index})
    paths = (f"{stem}.events.arrow", f"{stem}.toponyms.arrow")
    _write(paths[0], events, event_schema())
    _write(paths[1], toponyms, toponym_schema())
    return Part(paths[0], paths[1], len(parsed), first, failures, notes,
                (("toponyms", len(toponyms)), ("locations", locations),
                 ("events", len(events))))


def _write(path: str, rows: list[dict[str, Any]], schema: pa.Schema) -> None:
    import pyarrow as pa

    table = pa.Table.from_pylist(rows, schema=schema)
    with pa.OSFile(path, "wb") as sink, pa.ipc.new_file(sink, schema) as writer:
        writer.write_table(table)


def read_part(path: str, columns: Iterable[str] | None = None) -> pa.Table:
    """A part file's table (or some of its columns), memory-mapped."""
    import pyarrow as pa

    table = pa.ipc.open_file(pa.memory_map(path, "r")).read_all()
    return table.select(list(columns)) if columns is not None else table

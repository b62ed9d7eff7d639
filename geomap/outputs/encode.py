"""One partition's share of the layers, encoded where the partition is (in a dask worker).

:func:`encode_part` reads a partition's files (:mod:`geomap.outputs.parts`), leaves out the
reports that the cross-article merge folds into another and changes the ones that stand for a
group (:class:`geomap.events.merge.MergePlan`), gives each event its ``status`` since the previous
run (:func:`geomap.outputs.changes.statuses`), and writes beside the partition what the run's
files need from it: the features of ``events.geojson`` and ``toponyms.geojson``, the rows of
``events.csv`` and of the map page, and the final events as an Arrow file (for the GeoPackage and
the map's index); the partition's events file, read for the last time, is removed.
:mod:`geomap.outputs.stream` then joins the pieces in run order. The encoding, which is most of
the cost of writing, so runs in the engine's workers; the bytes are the same wherever it runs.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap.events.merge import MergePlan
from geomap.outputs.basemap import event_cells
from geomap.outputs.changes import statuses
from geomap.outputs.files import features_text, write_csv_rows
from geomap.outputs.page import map_row
from geomap.outputs.parts import Part, event_schema, read_part
from geomap.outputs.records import DATE_COLUMNS, EVENT_COLUMNS, MAP_COLUMNS, TOPONYM_COLUMNS

if TYPE_CHECKING:
    import pyarrow as pa


@dataclass(frozen=True, slots=True)
class EncodeJob:
    """What encoding needs besides the partition: the merge's and the previous run's stores."""

    merge: str
    previous: str


@dataclass(frozen=True, slots=True)
class Encoded:
    """What :func:`encode_part` wrote for one partition, and what the run's summary needs.

    Parameters
    ----------
    stem
        The pieces' path without their suffixes: ``.events.geojson``, ``.events.csv``,
        ``.toponyms.geojson`` and ``.map.json`` (text), ``.final.arrow`` (the final events).
    events, toponyms
        How many features each layer gets from the partition.
    dates
        The first and last event date (ISO), empty when none is dated.
    bbox
        West, south, east and north of the events, empty when there are none.
    cells
        The one-degree cells that hold the events (:func:`geomap.outputs.basemap.event_cells`).
    """

    stem: str
    events: int
    toponyms: int
    dates: tuple[str, ...] = ()
    bbox: tuple[float, ...] = ()
    cells: frozenset[tuple[int, int]] = frozenset()


def encode_part(task: tuple[int, Part], job: EncodeJob) -> Encoded:
    """Encode partition ``k``'s share of the layers (see the module's description).

    Parameters
    ----------
    task
        The partition's position in the run and its files.
    job
        The stores of the merge and of the previous run's events.

    Returns
    -------
    Encoded
    """
    import pyarrow as pa

    k, part = task
    stem = part.events.removesuffix(".events.arrow")
    plan = MergePlan(Path(job.merge))
    try:
        values = final_events(k, part, plan)
    finally:
        plan.close()
    values["status"] = statuses(Path(job.previous), values)
    columns = list(EVENT_COLUMNS)
    rows = list(zip(*(values[c] for c in columns), strict=True))
    lons, lats = values["lon"], values["lat"]
    _write(f"{stem}.events.geojson", features_text(columns, rows, lons, lats))
    csv = io.StringIO(newline="")
    write_csv_rows(csv, columns, rows, lons, lats, header=False)
    _write(f"{stem}.events.csv", csv.getvalue())
    picked = [values[c] for c in MAP_COLUMNS]
    page = [map_row([column[n] for column in picked], lat, lon)
            for n, (lon, lat) in enumerate(zip(lons, lats, strict=True))]
    _write(f"{stem}.map.json", json.dumps(page, ensure_ascii=True, separators=(",", ":")))
    table = pa.Table.from_pydict(
        {name: _typed(name, values[name]) for name in event_schema().names},
        schema=event_schema())
    with pa.OSFile(f"{stem}.final.arrow", "wb") as sink, \
            pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    toponyms = resolved_toponyms(part)
    columns = list(TOPONYM_COLUMNS)
    _write(f"{stem}.toponyms.geojson", features_text(
        columns, list(zip(*(toponyms[c] for c in columns), strict=True)), toponyms["lon"],
        toponyms["lat"]))
    Path(part.events).unlink()  # read for the last time (the merge has read it before)
    dates = [d for d in values["date"] if d is not None]
    return Encoded(stem, len(rows), len(toponyms["lon"]),
                   (min(dates), max(dates)) if dates else (),
                   (min(lons), min(lats), max(lons), max(lats)) if lons else (),
                   frozenset(event_cells(lons, lats)))


def _write(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def _typed(name: str, values: list[Any]) -> list[Any]:
    """ISO dates back to dates, for the Arrow file."""
    if name in DATE_COLUMNS:
        return [dt.date.fromisoformat(v) if v else None for v in values]
    return values


def python_columns(table: pa.Table) -> dict[str, list[Any]]:
    """A part table's columns as lists of JSON-ready values (dates in ISO form)."""
    out = {}
    for name in table.column_names:
        values = table.column(name).to_pylist()
        if name in DATE_COLUMNS:
            values = [v.isoformat() if isinstance(v, dt.date) else v for v in values]
        out[name] = values
    return out


def final_events(k: int, part: Part, plan: MergePlan) -> dict[str, list[Any]]:
    """Partition ``k``'s events after the merge (columns of JSON-ready values)."""
    values = python_columns(read_part(part.events))
    dropped, patches = plan.dropped(k), plan.patches(k)
    keep = [i for i in range(len(values["event_id"])) if i not in dropped]
    values = {name: [column[i] for i in keep] for name, column in values.items()}
    for i, row in enumerate(keep):
        patch = patches.get(row)
        if patch is None:
            continue
        values["source_list"][i] = list(patch.sources)
        values["sources"][i] = "; ".join(patch.sources) or None
        values["mentions"][i] = patch.mentions
        values["fatalities"][i] = patch.fatalities
        values["confidence"][i] = patch.confidence
    return values


def resolved_toponyms(part: Part) -> dict[str, list[Any]]:
    """A partition's toponyms that name a place (columns of JSON-ready values)."""
    values = python_columns(read_part(part.toponyms))
    keep = [i for i, lon in enumerate(values["lon"]) if lon is not None]
    return {name: [column[i] for i in keep] for name, column in values.items()}

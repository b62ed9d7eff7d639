"""Write a run's layers from its partition files, a partition at a time.

The partitions (:mod:`geomap.outputs.parts`) are read in run order; the cross-article merge
(:class:`geomap.events.merge.MergePlan`) leaves out the reports a group's first report stands for
and changes that one's sources, mentions, fatalities and confidence; each event gets its
``status`` since the collection's previous run (:class:`geomap.outputs.changes.Tracker`). The
events go to ``events.geojson``, ``events.csv``, the GeoPackage's ``events`` layer and the map
(:class:`geomap.outputs.mapdata.MapData`); the resolved toponyms to ``toponyms.geojson`` and the
``toponyms`` layer. Memory holds one partition (and one batch of the GeoPackage) at a time.
Events come in the order of their first reports in the run, toponyms in document order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap.events.merge import MergePlan
from geomap.outputs.changes import Tracker
from geomap.outputs.files import (
    GEOJSON_HEAD,
    GEOJSON_TAIL,
    GPKG_VERSION,
    features_text,
    write_csv_rows,
    write_qgis_style,
)
from geomap.outputs.parts import Part, event_schema, read_part, toponym_schema
from geomap.outputs.records import ATTRIBUTION, DATE_COLUMNS, EVENT_COLUMNS, TOPONYM_COLUMNS

if TYPE_CHECKING:
    import pyarrow as pa

    from geomap.outputs.mapdata import MapData

_GPKG_BATCH = 50_000  # rows sent to the GeoPackage at a time


@dataclass(slots=True)
class Written:
    """What the layers hold, for the map's summary and ``run.json``."""

    events: int = 0
    toponyms: int = 0
    dates: list[str] = field(default_factory=list)  # the first and last event date
    bbox: list[float] = field(default_factory=list)  # west, south, east, north of the events

    def _add(self, dates: list[Any], lons: list[float], lats: list[float]) -> None:
        known = [d for d in dates if d is not None]
        if known:
            self.dates = [min([*self.dates[:1], *known]), max([*self.dates[1:], *known])]
        if lons:
            box = self.bbox or [lons[0], lats[0], lons[0], lats[0]]
            self.bbox = [min(box[0], *lons), min(box[1], *lats), max(box[2], *lons),
                         max(box[3], *lats)]


def write_layers(folder: Path, parts: Sequence[Part], plan: MergePlan, tracker: Tracker,
                 page: MapData) -> Written:
    """Write ``events.geojson``, ``events.csv``, ``toponyms.geojson`` and ``events.gpkg`` into
    ``folder`` and give the events to ``page``.

    Parameters
    ----------
    folder
        The run's temporary folder.
    parts
        The partitions, in run order.
    plan
        The cross-article merge.
    tracker
        Gives each event its status since the previous run.
    page
        Receives the events for the map.

    Returns
    -------
    Written
    """
    written = Written()
    gpkg = _GeoPackage(folder / "events.gpkg")
    columns = list(EVENT_COLUMNS)
    with (folder / "events.geojson").open("w", encoding="utf-8", newline="\n") as geo, \
            (folder / "events.csv").open("w", encoding="utf-8-sig", newline="") as csv:
        geo.write(GEOJSON_HEAD)
        write_csv_rows(csv, columns, [], [], [], header=True)
        for k, part in enumerate(parts):
            values = _final_events(k, part, plan, tracker)
            rows = list(zip(*(values[c] for c in columns), strict=True))
            if not rows:
                continue
            lons, lats = values["lon"], values["lat"]
            geo.write(("," if written.events else "") + features_text(columns, rows, lons, lats))
            write_csv_rows(csv, columns, rows, lons, lats, header=False)
            gpkg.add("events", values, event_schema())
            page.add(values)
            written.events += len(rows)
            written._add(values["date"], lons, lats)
        geo.write(GEOJSON_TAIL)
    gpkg.flush("events", event_schema())
    columns = list(TOPONYM_COLUMNS)
    with (folder / "toponyms.geojson").open("w", encoding="utf-8", newline="\n") as geo:
        geo.write(GEOJSON_HEAD)
        for part in parts:
            values = _resolved_toponyms(part)
            rows = list(zip(*(values[c] for c in columns), strict=True))
            if rows:
                geo.write(("," if written.toponyms else "")
                          + features_text(columns, rows, values["lon"], values["lat"]))
                gpkg.add("toponyms", values, toponym_schema())
                written.toponyms += len(rows)
        geo.write(GEOJSON_TAIL)
    gpkg.flush("toponyms", toponym_schema())
    write_qgis_style(gpkg.path, layers=("events", "toponyms"))
    return written


def _python(table: pa.Table) -> dict[str, list[Any]]:
    """A part table's columns as lists of JSON-ready values (dates in ISO form)."""
    out = {}
    for name in table.column_names:
        values = table.column(name).to_pylist()
        if name in DATE_COLUMNS:
            values = [v.isoformat() if isinstance(v, dt.date) else v for v in values]
        out[name] = values
    return out


def _final_events(k: int, part: Part, plan: MergePlan, tracker: Tracker) -> dict[str, list[Any]]:
    """Partition ``k``'s events after the merge, with their status."""
    values = _python(read_part(part.events))
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
    values["status"] = tracker.status(values)
    return values


def _resolved_toponyms(part: Part) -> dict[str, list[Any]]:
    """A partition's toponyms that name a place."""
    values = _python(read_part(part.toponyms))
    keep = [i for i, lon in enumerate(values["lon"]) if lon is not None]
    return {name: [column[i] for i in keep] for name, column in values.items()}


class _GeoPackage:
    """Appends batches of rows to the layers of one GeoPackage."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pending: dict[str, list[dict[str, list[Any]]]] = {}
        self._size: dict[str, int] = {}
        self._created: set[str] = set()
        path.unlink(missing_ok=True)

    def add(self, layer: str, values: dict[str, list[Any]], schema: pa.Schema) -> None:
        self._pending.setdefault(layer, []).append(values)
        self._size[layer] = self._size.get(layer, 0) + len(values["lon"])
        if self._size[layer] >= _GPKG_BATCH:
            self._write(layer, schema)

    def flush(self, layer: str, schema: pa.Schema) -> None:
        """Write what is pending; create the layer when it has no rows at all."""
        if self._pending.get(layer) or layer not in self._created:
            self._write(layer, schema)

    def _write(self, layer: str, schema: pa.Schema) -> None:
        import pyarrow as pa
        import pyogrio
        import shapely

        batches = self._pending.pop(layer, [])
        self._size[layer] = 0
        names = [n for n in schema.names if n not in ("lon", "lat", "doc_index", "source_list")]
        lons = [x for b in batches for x in b["lon"]]
        lats = [y for b in batches for y in b["lat"]]
        columns = {}
        for name in names:
            values = [v for b in batches for v in b[name]]
            if name in DATE_COLUMNS:  # ISO text back to dates
                values = [dt.date.fromisoformat(v) if v else None for v in values]
            columns[name] = pa.array(values, type=schema.field(name).type)
        columns["geometry"] = pa.array(shapely.to_wkb(shapely.points(lons, lats)),
                                       type=pa.binary())
        table = pa.table(columns)
        first = not self.path.exists()
        pyogrio.write_arrow(table, self.path, layer=layer, driver="GPKG",
                            geometry_name="geometry", geometry_type="Point", crs="EPSG:4326",
                            append=layer in self._created,
                            dataset_options={"VERSION": GPKG_VERSION} if first else None,
                            layer_metadata={"ATTRIBUTION": ATTRIBUTION})
        self._created.add(layer)

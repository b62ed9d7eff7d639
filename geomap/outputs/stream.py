"""Write a run's files from its partitions' encoded pieces, in run order.

Each partition's share of the layers is encoded by :func:`geomap.outputs.encode.encode_part`, in
the engine's workers; here the pieces are joined: the features of ``events.geojson`` and
``toponyms.geojson`` and the rows of ``events.csv`` are copied in run order between the files'
heads and tails, the GeoPackage's layers are appended from the partitions' Arrow files a batch at
a time, the map (:class:`geomap.outputs.mapdata.MapData`) receives each partition's events and
rows, and the statuses go to the comparison with the previous run. Memory holds one partition
(and one batch of the GeoPackage) at a time. Events come in the order of their first reports in
the run, toponyms in document order.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap.outputs.changes import Tracker
from geomap.outputs.encode import Encoded
from geomap.outputs.files import (
    GEOJSON_HEAD,
    GEOJSON_TAIL,
    GPKG_VERSION,
    write_csv_rows,
    write_qgis_style,
)
from geomap.outputs.parts import Part, event_schema, read_part, toponym_schema
from geomap.outputs.records import ATTRIBUTION, EVENT_COLUMNS

if TYPE_CHECKING:
    import pyarrow as pa

    from geomap.outputs.mapdata import MapData

_GPKG_BATCH = 50_000  # rows sent to the GeoPackage at a time
_EXTRA = ("lon", "lat", "doc_index", "source_list")  # part columns that are no layer's


@dataclass(slots=True)
class Written:
    """What the layers hold, for the map's summary and ``run.json``."""

    events: int = 0
    toponyms: int = 0
    dates: list[str] = field(default_factory=list)  # the first and last event date
    bbox: list[float] = field(default_factory=list)  # west, south, east, north of the events
    cells: set[tuple[int, int]] = field(default_factory=set)  # one-degree cells of the events

    def add(self, piece: Encoded) -> None:
        self.events += piece.events
        self.toponyms += piece.toponyms
        if piece.dates:
            self.dates = [min(self.dates[0], piece.dates[0]), max(self.dates[1], piece.dates[1])] \
                if self.dates else list(piece.dates)
        self.cells |= piece.cells
        if piece.bbox:
            box = self.bbox or list(piece.bbox)
            self.bbox = [min(box[0], piece.bbox[0]), min(box[1], piece.bbox[1]),
                         max(box[2], piece.bbox[2]), max(box[3], piece.bbox[3])]


def join_layers(folder: Path, parts: Sequence[Part], pieces: Iterable[Encoded],
                tracker: Tracker, page: MapData) -> Written:
    """Write ``events.geojson``, ``events.csv``, ``toponyms.geojson`` and ``events.gpkg`` into
    ``folder`` from the encoded pieces, and give the events to ``page``.

    Parameters
    ----------
    folder
        The run's temporary folder.
    parts
        The partitions, in run order.
    pieces
        What :func:`geomap.outputs.encode.encode_part` wrote for each, in the same order; taken
        as they come, so that joining goes on while the workers encode the next ones.
    tracker
        Receives each event's status, for ``run.json``.
    page
        Receives the events for the map.

    Returns
    -------
    Written
    """
    written = Written()
    gpkg = _GeoPackage(folder / "events.gpkg", {"events": event_schema(),
                                                  "toponyms": toponym_schema()})
    with (folder / "events.geojson").open("w", encoding="utf-8", newline="\n") as geo, \
            (folder / "events.csv").open("w", encoding="utf-8-sig", newline="") as csv, \
            (folder / "toponyms.geojson").open("w", encoding="utf-8", newline="\n") as names:
        geo.write(GEOJSON_HEAD)
        names.write(GEOJSON_HEAD)
        write_csv_rows(csv, list(EVENT_COLUMNS), [], [], [], header=True)
        for handle in (geo, csv, names):
            handle.flush()
        for part, piece in zip(parts, pieces, strict=True):
            if piece.events:
                _append(geo.buffer, f"{piece.stem}.events.geojson", comma=written.events > 0)
                _append(csv.buffer, f"{piece.stem}.events.csv")
                table = read_part(f"{piece.stem}.final.arrow")
                gpkg.add("events", table)
                tracker.record(table.column("event_id").to_pylist(),
                               table.column("status").to_pylist())
                page.add_part(table, Path(f"{piece.stem}.map.json").read_text(encoding="ascii"))
            if piece.toponyms:
                _append(names.buffer, f"{piece.stem}.toponyms.geojson",
                        comma=written.toponyms > 0)
                table = read_part(part.toponyms)
                gpkg.add("toponyms", table.filter(table.column("lon").is_valid()))
            written.add(piece)
            _remove(piece.stem, ".events.geojson", ".events.csv", ".map.json",
                    ".toponyms.geojson", ".final.arrow", ".toponyms.arrow")
        geo.write(GEOJSON_TAIL)
        names.write(GEOJSON_TAIL)
    gpkg.flush()
    write_qgis_style(gpkg.path, layers=("events", "toponyms"))
    return written


def _remove(stem: str, *suffixes: str) -> None:
    """Delete pieces once joined: a large run's pieces would otherwise double its disk use."""
    for suffix in suffixes:
        Path(f"{stem}{suffix}").unlink(missing_ok=True)


def _append(target: Any, path: str, *, comma: bool = False) -> None:
    """Copy a piece's bytes to the end of an open binary file."""
    if comma:
        target.write(b",")
    with open(path, "rb") as piece:
        shutil.copyfileobj(piece, target)
    target.flush()


class _GeoPackage:
    """Appends batches of partitions' rows to the layers of one GeoPackage, created empty in
    order first (with the columns of the part files' ``schemas``)."""

    def __init__(self, path: Path, schemas: dict[str, pa.Schema]) -> None:
        self.path = path
        self._pending: dict[str, list[pa.Table]] = {}
        self._size: dict[str, int] = {}
        self._created: set[str] = set()
        path.unlink(missing_ok=True)
        for layer, schema in schemas.items():
            self._pending[layer] = [schema.empty_table()]
            self._write(layer)

    def add(self, layer: str, table: pa.Table) -> None:
        self._pending.setdefault(layer, []).append(table)
        self._size[layer] = self._size.get(layer, 0) + table.num_rows
        if self._size[layer] >= _GPKG_BATCH:
            self._write(layer)

    def flush(self) -> None:
        """Write what is pending."""
        for layer in list(self._pending):
            if self._pending[layer]:
                self._write(layer)

    def _write(self, layer: str) -> None:
        import pyarrow as pa
        import pyogrio
        import shapely

        table = pa.concat_tables(self._pending.pop(layer, []))
        self._size[layer] = 0
        points = shapely.points(table.column("lon").to_numpy(zero_copy_only=False),
                                table.column("lat").to_numpy(zero_copy_only=False))
        table = table.drop_columns([c for c in _EXTRA if c in table.column_names])
        table = table.append_column("geometry", pa.array(shapely.to_wkb(points),
                                                         type=pa.binary()))
        first = not self.path.exists()
        pyogrio.write_arrow(table, self.path, layer=layer, driver="GPKG",
                            geometry_name="geometry", geometry_type="Point", crs="EPSG:4326",
                            append=layer in self._created,
                            dataset_options={"VERSION": GPKG_VERSION} if first else None,
                            layer_metadata={"ATTRIBUTION": ATTRIBUTION})
        self._created.add(layer)

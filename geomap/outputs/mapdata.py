"""The events of a run's map, gathered a partition at a time.

:class:`MapData` receives the events as the layers are written (:mod:`geomap.outputs.stream`).
A run of up to :data:`INLINE_EVENTS` events is carried whole inside the page, as rows of
:data:`~geomap.outputs.records.MAP_COLUMNS` and the point. A larger run would make a page that no
browser opens, so its page loads a compact index of every event instead (its point, days, type,
language, status, mentions, confidence and place name, as little-endian typed arrays in base64,
and the events' order newest first: the script ``index_files/index.js``), from which it draws an
aggregated overview, filters and lists the whole run; the events' full rows go into script files
beside the page, one a partition of the run (``index_files/events-00000.js``, ...), which the page
loads when a popup needs one (a page opened from disk can load scripts, not fetch JSON).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from array import array
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from geomap.outputs.page import map_row
from geomap.outputs.records import MAP_COLUMNS

INLINE_EVENTS = 20_000
"""The most events a page carries inline; a larger run's page loads them in chunks."""
CHUNK_FOLDER = "index_files"
"""The folder beside ``index.html`` that holds the chunk scripts."""
_B64_BLOCK = 3 * 2**20  # bytes encoded at a time; a multiple of 3, so the pieces join
_NO_DAY = -(2**31)  # an unknown day in the index's day columns
_EPOCH = dt.date(1970, 1, 1)


class MapData:
    """The map's events, filled a partition at a time.

    Parameters
    ----------
    folder
        The run folder: a large run's chunk scripts go into its :data:`CHUNK_FOLDER`.
    inline
        The most events carried inline (default :data:`INLINE_EVENTS`).
    """

    def __init__(self, folder: Path, *, inline: int | None = None) -> None:
        self.folder = folder
        self.inline = INLINE_EVENTS if inline is None else inline
        self.count = 0
        self._pending: list[tuple[int, str]] = []  # (first event, rows as JSON) not yet written
        self._starts: list[int] = []  # the first event of each chunk written
        self._index = _Index()

    @property
    def large(self) -> bool:
        """Whether the page loads the events in chunks."""
        return self.count > self.inline

    def add(self, values: Mapping[str, Sequence[Any]]) -> None:
        """Add a batch of events: columns by name (the output records' and ``lon``, ``lat``)."""
        columns = [values[c] for c in MAP_COLUMNS]
        rows = [map_row([column[n] for column in columns], lat, lon)
                for n, (lon, lat) in enumerate(zip(values["lon"], values["lat"], strict=True))]
        self._take(values, json.dumps(rows, ensure_ascii=True, separators=(",", ":")))

    def add_part(self, table: Any, rows: str) -> None:
        """Add a partition's events: its final events (a ``pyarrow.Table``) and their rows of
        the page's table as JSON text (see :func:`geomap.outputs.encode.encode_part`)."""
        names = ("date", "date_start", "date_end", "lat", "lon", "event_type", "language",
                 "status", "mentions", "confidence", "place")
        values = {name: table.column(name).to_pylist() for name in names}
        for name in ("date", "date_start", "date_end"):
            values[name] = [d.isoformat() if d else None for d in values[name]]
        self._take(values, rows)

    def _take(self, values: Mapping[str, Sequence[Any]], rows: str) -> None:
        count = len(values["lon"])
        if not count:
            return
        self._index.add(values)
        self._pending.append((self.count, rows))
        self.count += count
        if self.large:
            self._flush()

    def _flush(self) -> None:
        folder = self.folder / CHUNK_FOLDER
        folder.mkdir(exist_ok=True)
        for first, rows in self._pending:
            # JSON is a JavaScript expression; a script file is no HTML, so no text can close it
            k = len(self._starts)
            (folder / f"events-{k:05d}.js").write_text(f"geomapChunk({k},{rows});\n",
                                                        encoding="ascii")
            self._starts.append(first)
        self._pending = []

    def table(self) -> dict[str, Any]:
        """The events' part of the page's data (see :func:`geomap.outputs.page.write_page`):
        ``fields`` and ``rows``, and for a large run ``rows`` empty and ``large`` the index."""
        fields = [*MAP_COLUMNS, "lat", "lon"]
        if not self.large:
            return {"fields": fields,
                    "rows": [row for _, rows in self._pending for row in json.loads(rows)]}
        self._flush()
        script = f"{CHUNK_FOLDER}/index.js"
        with (self.folder / script).open("w", encoding="ascii") as fh:
            fh.write("geomapIndex({")
            self._index.write(fh)
            fh.write(json.dumps({"n": self.count, "starts": self._starts,
                                 "chunks": f"{CHUNK_FOLDER}/events-", "digits": 5})[1:-1])
            fh.write("});\n")
        return {"fields": fields, "rows": [], "large": {"script": script, "n": self.count}}


class _Index:
    """The compact columns of every event that a large run's page filters and draws."""

    def __init__(self) -> None:
        self.lat, self.lon = array("f"), array("f")
        self.day, self.t0, self.t1 = array("i"), array("i"), array("i")
        self.type, self.language, self.status = array("H"), array("H"), array("B")
        self.mentions, self.confidence = array("H"), array("B")
        self.place = array("I")
        self.names: dict[str, dict[str, int]] = {
            "types": {}, "languages": {}, "statuses": {}, "places": {}}

    def _code(self, kind: str, value: Any) -> int:
        codes = self.names[kind]
        return codes.setdefault("" if value is None else str(value), len(codes))

    def add(self, values: Mapping[str, Sequence[Any]]) -> None:
        for n in range(len(values["lon"])):
            day = _day(values["date"][n])
            t0, t1 = _day(values["date_start"][n]), _day(values["date_end"][n])
            t0 = day if t0 is None else t0
            t1 = day if t1 is None else t1
            t0 = t1 if t0 is None else t0
            t1 = t0 if t1 is None else t1
            self.lat.append(values["lat"][n])
            self.lon.append(values["lon"][n])
            own = day if day is not None else t0
            self.day.append(_NO_DAY if own is None else own)
            self.t0.append(_NO_DAY if t0 is None else t0)
            self.t1.append(_NO_DAY if t1 is None else t1)
            self.type.append(self._code("types", values["event_type"][n]))
            self.language.append(self._code("languages", values["language"][n]))
            self.status.append(self._code("statuses", values["status"][n]))
            self.mentions.append(min(65_535, max(1, int(values["mentions"][n] or 1))))
            self.confidence.append(round(100 * float(values["confidence"][n] or 0)))
            self.place.append(self._code("places", values["place"][n]))

    def write(self, fh: TextIO) -> None:
        """Write the index as the members of a JSON object, each followed by a comma: the
        arrays in base64, a block at a time, and the names their codes stand for."""
        import numpy as np

        days = np.frombuffer(self.day, dtype=np.int32).astype(np.int64)
        # newest first, undated last, then in run order (the small page's "newest first")
        key = np.where(days == _NO_DAY, 2**40, -days)
        newest = array("I", np.lexsort((np.arange(len(days)), key)).astype(np.uint32).tobytes())
        del days, key
        for name in ("lat", "lon", "day", "t0", "t1", "type", "language", "status", "mentions",
                     "confidence", "place", "newest"):
            fh.write(f'"{name}":"')
            _write_b64(fh, newest if name == "newest" else getattr(self, name))
            fh.write('",')
        for kind, codes in self.names.items():
            fh.write(f'"{kind}":{json.dumps(list(codes), ensure_ascii=True)},')


def _day(value: Any) -> int | None:
    """Days since 1970-01-01 of an ISO date, ``None`` when there is none."""
    if not value:
        return None
    try:
        return (dt.date.fromisoformat(str(value)) - _EPOCH).days
    except ValueError:
        return None


def _write_b64(fh: TextIO, values: array) -> None:  # type: ignore[type-arg]
    """Write an array's little-endian bytes (what typed arrays in the browser read) in base64,
    a block at a time."""
    import sys

    if sys.byteorder != "little":
        values = array(values.typecode, values)
        values.byteswap()
    data = memoryview(values).cast("B")
    for start in range(0, len(data), _B64_BLOCK):
        fh.write(base64.b64encode(data[start:start + _B64_BLOCK]).decode("ascii"))

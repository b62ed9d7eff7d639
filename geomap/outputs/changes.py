"""What changed since the previous run of the same collection (the same output folder).

Events are compared by ``event_id`` (a hash of document, sentence and place): an event is
``new`` when the previous run had no event of its id, ``changed`` when it had one that differs
in any of :data:`COMPARED`, else ``same``; the previous run's events of ids this run lacks are
``gone``. ``run.json`` lists the three (``changes``), ``events.geojson`` (and the GeoPackage and
CSV) carry each event's ``status``, the map can highlight what is new, and ``geomap diff RUN_A
RUN_B`` prints the same comparison between any two runs.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geomap.outputs.publish import Streamed

COMPARED = ("place", "geonameid", "geo_precision", "date", "event_type", "sub_event_type",
            "actor1", "actor2", "fatalities", "sources")
"""The fields whose difference makes an event ``changed``."""


@dataclass(frozen=True, slots=True)
class Changes:
    """The comparison of a run's events with an earlier run's.

    Parameters
    ----------
    previous
        The earlier run's id, ``None`` when there was none (every event is then ``new``).
    status
        ``new``, ``same`` or ``changed`` by event id.
    gone
        The earlier run's events that this run lacks, by id, with their fields.
    differences
        For each changed event, the fields that differ: ``{field: (before, now)}``.
    """

    previous: str | None
    status: dict[str, str] = field(default_factory=dict)
    gone: dict[str, dict[str, Any]] = field(default_factory=dict)
    differences: dict[str, dict[str, tuple[Any, Any]]] = field(default_factory=dict)

    def ids(self, status: str) -> list[str]:
        """The event ids of one status, sorted."""
        return sorted(i for i, s in self.status.items() if s == status)

    def manifest(self) -> dict[str, Any]:
        """The ``changes`` entry of ``run.json``."""
        return {"previous": self.previous, "new": self.ids("new"),
                "changed": self.ids("changed"), "gone": sorted(self.gone)}


def compare(current: Iterable[Mapping[str, Any]], previous: Mapping[str, Mapping[str, Any]],
            previous_id: str | None) -> Changes:
    """Compare event records (``event_id`` and the :data:`COMPARED` fields) with an earlier
    run's, by id."""
    status: dict[str, str] = {}
    differences: dict[str, dict[str, tuple[Any, Any]]] = {}
    for record in current:
        ident = str(record["event_id"])
        before = previous.get(ident)
        if before is None:
            status[ident] = "new"
            continue
        diff = {f: (before.get(f), _plain(record.get(f))) for f in COMPARED
                if _plain(before.get(f)) != _plain(record.get(f))}
        status[ident] = "changed" if diff else "same"
        if diff:
            differences[ident] = diff
    gone = {i: dict(r) for i, r in previous.items() if i not in status}
    return Changes(previous_id, status, gone, differences)


def run_events(folder: Path) -> tuple[str | None, dict[str, dict[str, Any]]]:
    """A run folder's id and its events' properties by id; ``(None, {})`` when it holds no
    readable run."""
    try:
        manifest = json.loads((folder / "run.json").read_text(encoding="utf-8"))
        layer = json.loads((folder / "events.geojson").read_text(encoding="utf-8"))
        events = {str(f["properties"]["event_id"]): dict(f["properties"])
                  for f in layer["features"]}
        return str(manifest["run_id"]), events
    except (OSError, ValueError, KeyError, TypeError):
        return None, {}


def table(changes: Changes, current: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """The comparison as lines of text: one per new, changed and gone event (status, id, place,
    type, date, fatalities; for a changed one what changed), then a count."""
    lines = []

    def line(status: str, ident: str, record: Mapping[str, Any], extra: str = "") -> str:
        cells = [status, ident, str(record.get("place") or ""),
                 str(record.get("event_type") or ""), str(record.get("date") or "undated"),
                 "" if record.get("fatalities") is None else f"{record['fatalities']} killed"]
        return "\t".join(cells) + (f"\t{extra}" if extra else "")

    for ident in changes.ids("new"):
        lines.append(line("new", ident, current[ident]))
    for ident in changes.ids("changed"):
        what = "; ".join(f"{f}: {before} -> {now}"
                         for f, (before, now) in changes.differences[ident].items())
        lines.append(line("changed", ident, current[ident], what))
    for ident in sorted(changes.gone):
        lines.append(line("gone", ident, changes.gone[ident]))
    lines.append(f"{len(changes.ids('new'))} new, {len(changes.ids('changed'))} changed, "
                 f"{len(changes.gone)} gone, {len(changes.ids('same'))} the same "
                 f"(since {changes.previous})")
    return lines


def _plain(value: Any) -> Any:
    """A value as the GeoJSON layer holds it (dates as text, no numpy scalars)."""
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


class Tracker:
    """Give each event of a run its status since the collection's previous run, out of core.

    The previous run's events (their ids and :data:`COMPARED` fields, read in batches from its
    GeoPackage) are kept in an SQLite file, which workers read while the statuses given are
    written to a second one beside it (``<path>.now``: a writer locks its whole file), so a run of
    any size compares itself in bounded memory; :meth:`manifest` is the ``changes`` entry of
    ``run.json``.

    Parameters
    ----------
    previous
        The previous run's folder (``maps/latest``); nothing is compared when it holds no
        readable run.
    path
        The SQLite file to create.
    """

    def __init__(self, previous: Path, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path)
        self._db.executescript(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
            "CREATE TABLE before (id TEXT PRIMARY KEY, fields TEXT) WITHOUT ROWID;")
        self.previous = _load_previous(previous, self._db)
        self._db.commit()
        self._db.execute("ATTACH DATABASE ? AS given", (f"{path}.now",))
        self._db.executescript(
            "PRAGMA given.journal_mode = OFF; PRAGMA given.synchronous = OFF;"
            "CREATE TABLE given.now (id TEXT PRIMARY KEY, status TEXT) WITHOUT ROWID;")

    def close(self) -> None:
        """Close the store (its folder's owner removes the file)."""
        self._db.close()

    def record(self, ids: Sequence[str], given: Sequence[str]) -> None:
        """Keep the statuses :func:`statuses` gave a batch of events, for :meth:`manifest`."""
        self._db.executemany("INSERT OR REPLACE INTO given.now VALUES (?, ?)",
                             zip(ids, given, strict=True))

    def manifest(self) -> dict[str, Any]:
        """The ``changes`` entry of ``run.json``, as :meth:`Changes.manifest` gives it; its
        lists are read from the store as ``run.json`` is written (:class:`Streamed`)."""
        def ids(query: str, *args: str) -> Streamed:
            return Streamed(lambda: (i for (i,) in self._db.execute(query, args)))

        now = "SELECT id FROM given.now WHERE status = ? ORDER BY id"
        return {"previous": self.previous, "new": ids(now, "new"),
                "changed": ids(now, "changed"),
                "gone": ids("SELECT id FROM before WHERE id NOT IN (SELECT id FROM given.now)"
                            " ORDER BY id")}


def statuses(path: Path, values: Mapping[str, Sequence[Any]]) -> list[str]:
    """The status of each event of a batch (columns by name, ``event_id`` among them) against
    the previous run's events in a :class:`Tracker`'s store (read here, in any process)."""
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        found = []
        for n, ident in enumerate(values["event_id"]):
            row = db.execute("SELECT fields FROM before WHERE id = ?", (str(ident),)).fetchone()
            if row is None:
                found.append("new")
                continue
            before = json.loads(row[0])
            same = all(_plain(before.get(f)) == _plain(values[f][n] if f in values else None)
                       for f in COMPARED)
            found.append("same" if same else "changed")
        return found
    finally:
        db.close()


def _load_previous(folder: Path, db: sqlite3.Connection) -> str | None:
    """Store a run folder's events (ids and compared fields) in ``db``; its id, ``None`` when it
    holds no readable run."""
    import pyogrio

    try:
        manifest = json.loads((folder / "run.json").read_text(encoding="utf-8"))
        run_id = str(manifest["run_id"])
        layer = folder / "events.gpkg"
        names = set(pyogrio.read_info(layer, layer="events")["fields"])
        columns = [c for c in ("event_id", *COMPARED) if c in names]
        with pyogrio.raw.open_arrow(layer, layer="events", columns=columns,
                                    read_geometry=False, batch_size=65536,
                                    use_pyarrow=True) as (_, reader):
            for batch in reader:
                values = {c: batch.column(c).to_pylist() for c in columns}
                db.executemany("INSERT OR REPLACE INTO before VALUES (?, ?)", (
                    (str(ident), json.dumps({c: _plain(values[c][n]) for c in columns[1:]}))
                    for n, ident in enumerate(values["event_id"])))
    except (OSError, ValueError, KeyError, TypeError, pyogrio.errors.DataSourceError,
            pyogrio.errors.DataLayerError):
        db.execute("DELETE FROM before")
        return None
    return run_id

"""Run the whole pipeline over a set of articles and write one run folder.

``maps/<run-id>/`` receives ``index.html``, ``events.geojson``, ``events.gpkg`` (layers ``events``
and ``toponyms``), ``events.csv``, ``toponyms.geojson`` and ``run.json``; ``maps/latest`` points at
the newest run and ``maps/index.html`` lists every run.

A run never damages what is there. Everything is written into a hidden temporary folder
(``.<run-id>.partial-<pid>-<token>@<host>``), flushed to disk and renamed into place only when
complete, so a run killed at any moment (SIGINT, SIGTERM, SIGKILL, a power cut) leaves no folder
that looks like a run. Publishing holds an exclusive lock on the output folder while it picks the
final name (``<id>``, else ``<id>-2``, ...; a rename onto a name taken meanwhile fails and the
next is tried), renames, switches ``maps/latest`` by an atomic symlink replacement and rewrites
``maps/index.html`` by an atomic file replacement: runs started at once get folders of their own
and the index lists them all. Temporary folders and files of dead processes of this host are
removed when the next run starts. A run that fails leaves ``maps/latest`` and every earlier run as
they were.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import shutil
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from geomap.config import Config
from geomap.errors import DocumentError, GeomapError, RunError, WriteError
from geomap.events.merge import MergeGroup, merge_events
from geomap.gazetteer import Gazetteer
from geomap.models import Document, Event, Place, Toponym, Warning_
from geomap.outputs import publish
from geomap.outputs.changes import Changes, compare, run_events
from geomap.outputs.publish import RUN_FILES
from geomap.outputs.records import ATTRIBUTION, event_record
from geomap.readers import expand_paths, read_documents
from geomap.readers.decode import clean_text

log = logging.getLogger(__name__)

_RUN_ID = re.compile(r"[\w+-][\w.+-]{0,99}")
_RESERVED = frozenset({"latest", "index.html"})
# Temporary names: ".<id>.partial-<pid>-<token>@<host>", ".latest.<pid>-<token>@<host>",
# ".index.html.<pid>-<token>@<host>"; also the ones earlier versions left, without a host.


@dataclass(frozen=True, slots=True)
class RunSummary:
    """What a run wrote.

    Parameters
    ----------
    path
        The run folder.
    counts
        Files, documents, mentions, toponyms and events.
    warnings
        One line per skipped file or line, or per file read with an assumption.
    """

    path: Path
    counts: dict[str, int]
    warnings: tuple[str, ...] = field(default_factory=tuple)


def build_maps(config: Config, *, strict: bool = False) -> RunSummary:
    """Read, geoparse, extract events and write a complete run folder.

    Parameters
    ----------
    config
        Inputs, output folder, gazetteer and options.
    strict
        Make any warning fatal: when a file or line is skipped, or an encoding guessed, raise
        before anything is written.

    Returns
    -------
    RunSummary

    Raises
    ------
    RunError
        When the run id is invalid, no article could be read, ``strict`` and a warning occurred,
        or writing failed; earlier runs are untouched.
    GazetteerError
        When the gazetteer store is missing or unreadable.
    """
    started = time.perf_counter()
    base = _base_run_id(config.run_id)
    listing: list[Warning_] = []
    files = _input_files(config.inputs, config.out, listing, follow_links=config.follow_links)
    docs, warnings = _read(files, config.inputs, strict=strict, listed=listing,
                           columns=config.columns)
    timings = {"read": time.perf_counter() - started}

    mark = time.perf_counter()
    parsing: dict[str, int] = {}
    with Gazetteer.open(config.gazetteer) as gazetteer:
        toponyms, events, failures = _geoparse(docs, gazetteer, progress=config.progress,
                                               config=config, counts=parsing)
        towns = _towns(events, gazetteer)
        gazetteer_info = {"path": str(config.gazetteer), "version": gazetteer.version,
                          "sources": gazetteer.meta.get("sources"),
                          "bytes": config.gazetteer.stat().st_size, **gazetteer.stats()}
    events, merges = merge_events(events)
    timings["geoparse"] = time.perf_counter() - mark
    warnings += failures
    if strict and failures:
        msg = f"{len(failures)} article(s) failed in strict mode; no run written"
        raise RunError(msg)

    counts = {
        "files": len(files), "documents": len(docs),
        "documents_from_cache": parsing.get("from_cache", 0),
        "toponyms": len(toponyms),
        "locations": sum(t.role == "location" for _, t in toponyms),
        "events": len(events), "merged_reports": sum(len(g.reports) for g in merges),
        "warnings": len(warnings),
    }
    out = publish.output_folder(config.out)
    previous_id, previous = run_events(out / "latest")  # the collection's run before this one
    changes = compare([event_record(e) for e in events], previous, previous_id)
    tmp = out / f".{base}.partial-{publish.owner()}"
    try:
        tmp.mkdir()
        mark = time.perf_counter()
        _write_layers(tmp, docs, toponyms, events, clean_text(config.title), warnings, changes,
                      towns)
        timings["write"] = time.perf_counter() - mark
        timings["total"] = time.perf_counter() - started
        manifest = _manifest(config, files, docs, gazetteer_info, counts, warnings, timings)
        manifest["merges"] = _merges(merges)
        manifest["changes"] = changes.manifest()
        manifest["attribution"] = ATTRIBUTION
        final = publish.publish(tmp, out, base, manifest)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(exc, GeomapError):
            raise
        msg = (f"run {base}: its files could not be written in {out} "
               f"({exc.strerror or exc}); earlier runs are untouched")
        raise WriteError(msg) from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return RunSummary(final, counts, warnings)


def _input_files(inputs: tuple[Path, ...], out: Path, notes: list[Warning_], *,
                 follow_links: bool = False) -> list[Path]:
    """The article files, leaving out earlier runs' pages when ``out`` lies in an input folder;
    ``notes`` receives the folders that cannot be listed and the links not followed."""
    runs = out.resolve()
    return [path for path in expand_paths(inputs, warnings=notes, follow_links=follow_links)
            if path in inputs or runs not in path.resolve().parents]


def _read(files: list[Path], inputs: tuple[Path, ...], *, strict: bool,
          listed: list[Warning_] | None = None, columns: Mapping[str, str] | None = None
          ) -> tuple[list[Document], tuple[str, ...]]:
    """The documents, and one warning line per folder or link skipped in ``listed`` and per file
    or line skipped or read with a guess."""
    errors: list[DocumentError] = []
    notes: list[Warning_] = []
    docs = read_documents(files, errors=errors, warnings=notes, columns=columns)
    warnings = tuple(str(n) for n in listed or ()) + tuple(str(e) for e in errors) + \
        tuple(str(n) for n in notes)
    for line in warnings:
        log.warning("%s", line)
    if not docs:
        where = ", ".join(clean_text(str(p)) for p in inputs)
        msg = f"no article could be read from {where}"
        raise RunError(msg)
    if strict and warnings:
        msg = f"{len(warnings)} warning(s) in strict mode; no run written"
        raise RunError(msg)
    return docs, warnings


def _geoparse(docs: list[Document], gazetteer: Gazetteer, *, progress: bool,
              config: Config | None = None, counts: dict[str, int] | None = None
              ) -> tuple[list[tuple[Document, Toponym]], list[Event], tuple[str, ...]]:
    """The toponyms and events of every document, in document order, and a warning for each
    document whose processing failed (left out; the run goes on).

    ``config`` chooses the engine (``local`` or ``dask``) and the per-article cache; without it,
    every document is parsed here. ``counts`` receives how many documents came from the cache
    (``from_cache``) and how many were parsed (``parsed``).
    """
    from geomap.engine import parse_documents

    results = parse_documents(
        docs, gazetteer, progress=progress,
        engine=config.engine if config else "local",
        scheduler=config.scheduler if config else None,
        workers=config.workers if config else None,
        cache_dir=config.cache_dir if config else None, counts=counts,
        bias=config.bias if config else None)
    toponyms = [(doc, t) for doc, result in zip(docs, results, strict=True)
                for t in result.toponyms]
    events = [event for result in results for event in result.events]
    return toponyms, events, tuple(line for r in results
                                   for line in ([r.failure] if r.failure else []) + list(r.notes))


def _write_layers(folder: Path, docs: list[Document], toponyms: list[tuple[Document, Toponym]],
                  events: list[Event], title: str, warnings: tuple[str, ...],
                  changes: Changes | None = None, towns: Sequence[Place] = ()) -> None:
    from geomap.outputs.files import write_csv, write_geojson, write_geopackage, write_qml_files
    from geomap.outputs.frame import events_to_frame, toponyms_to_frame
    from geomap.outputs.page import render_map

    event_frame = events_to_frame(events, changes.status if changes else None)
    toponym_frame = toponyms_to_frame(toponyms)
    write_geojson(event_frame, folder / "events.geojson")
    write_geojson(toponym_frame, folder / "toponyms.geojson")
    write_csv(event_frame, folder / "events.csv")
    write_geopackage({"events": event_frame, "toponyms": toponym_frame}, folder / "events.gpkg")
    write_qml_files(folder)
    render_map(event_frame, folder / "index.html", title=title,
               summary=_summary(docs, events), warnings=warnings,
               previous=changes.previous if changes else None, towns=towns)


_TOWN_MARGIN = 1.0  # degrees around the events in which towns are named on the map


def _towns(events: list[Event], gazetteer: Gazetteer) -> list[Place]:
    """The most populous settlements around the events, for the map's names when zoomed in."""
    places = [e.toponym.place for e in events if e.toponym.place is not None]
    if not places:
        return []
    lats, lons = [p.lat for p in places], [p.lon for p in places]
    return gazetteer.settlements(max(-180.0, min(lons) - _TOWN_MARGIN),
                                 max(-90.0, min(lats) - _TOWN_MARGIN),
                                 min(180.0, max(lons) + _TOWN_MARGIN),
                                 min(90.0, max(lats) + _TOWN_MARGIN))


def _summary(docs: list[Document], events: list[Event]) -> str:
    dates = sorted(e.date.date for e in events if e.date.date is not None)
    span = f"{dates[0]} to {dates[-1]}" if dates else "dates unknown"
    return f"{len(events)} events from {len(docs)} articles, {span}"


def _base_run_id(wanted: str | None) -> str:
    base = wanted or dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    if not _RUN_ID.fullmatch(base) or base in _RESERVED:
        msg = (f"invalid run id {clean_text(base)!r}: letters, digits, '_', '+', '-' and '.' "
               "(not first) only, at most 100")
        raise RunError(msg)
    return base


def _manifest(config: Config, files: list[Path], docs: list[Document],
              gazetteer: dict[str, Any], counts: dict[str, int], warnings: tuple[str, ...],
              timings: dict[str, float]) -> dict[str, Any]:
    per_file: dict[str, int] = {}
    for doc in docs:
        key = str(doc.path)
        per_file[key] = per_file.get(key, 0) + 1
    return {
        "run_id": None,  # set when published
        "created": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "geomap_version": metadata.version("geomap"),
        "title": config.title,
        "bias": config.bias.describe() if config.bias else None,
        "inputs": [_input(path, per_file.get(str(path), 0)) for path in files],
        "gazetteer": gazetteer,
        "counts": counts,
        "warnings": list(warnings),
        "timings_seconds": {k: round(v, 3) for k, v in timings.items()},
        "files": list(RUN_FILES),
    }


def _merges(groups: list[MergeGroup]) -> dict[str, Any]:
    """The cross-article merge, explained for run.json."""
    return {
        "rule": "events of different articles at the same place (GeoNames id), on the same day "
                "and of the same event type are one event; it keeps the earliest report's "
                "sentence, lists every source and counts the articles in `mentions`",
        "groups": [{"event_id": g.event_id, "place": g.place, "date": g.date,
                    "event_type": g.event_type,
                    "reports": [{"document": d, "event_id": e} for d, e in g.reports]}
                   for g in groups],
    }


def _input(path: Path, documents: int) -> dict[str, Any]:
    entry: dict[str, Any] = {"path": str(path), "documents": documents}
    try:
        if path.is_file():
            with path.open("rb") as fh:
                entry["sha256"] = hashlib.file_digest(fh, "sha256").hexdigest()
            entry["bytes"] = path.stat().st_size
    except OSError:
        pass  # unreadable: its warning says so
    return entry


"""Run the whole pipeline over a set of articles and write one run folder.

``maps/<run-id>/`` receives ``index.html``, ``events.geojson``, ``events.gpkg`` (layers ``events``
and ``toponyms``), ``events.csv``, ``toponyms.geojson`` and ``run.json``. Everything is written into
a hidden temporary folder first and renamed into place only when complete; ``maps/latest`` is then
switched to the new run by an atomic symlink replacement, and ``maps/index.html`` lists every run.
A run that fails leaves ``maps/latest`` and every earlier run as they were.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from geomap.documents import expand_paths, read_documents
from geomap.errors import DocumentError, RunError
from geomap.events import extract_events
from geomap.gazetteer import Gazetteer
from geomap.models import Config, Document, Event, Toponym
from geomap.recognize import find_mentions
from geomap.resolve import resolve

log = logging.getLogger(__name__)

RUN_FILES = ("index.html", "events.geojson", "events.gpkg", "events.csv", "toponyms.geojson",
             "run.json")


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
        One line per skipped file or line.
    """

    path: Path
    counts: dict[str, int]
    warnings: tuple[str, ...] = field(default_factory=tuple)


def build_maps(config: Config) -> RunSummary:
    """Read, geoparse, extract events and write a complete run folder.

    Parameters
    ----------
    config
        Inputs, output folder, gazetteer and options.

    Returns
    -------
    RunSummary

    Raises
    ------
    RunError
        When no article could be read, or writing failed; earlier runs are untouched.
    GazetteerError
        When the gazetteer store is missing or unreadable.
    """
    timings: dict[str, float] = {}
    started = time.perf_counter()
    errors: list[DocumentError] = []
    files = expand_paths(config.inputs)
    docs = read_documents(files, errors=errors)
    warnings = tuple(str(e) for e in errors)
    for line in warnings:
        log.warning("%s", line)
    if not docs:
        where = ", ".join(str(p) for p in config.inputs)
        msg = f"no article could be read from {where}"
        raise RunError(msg)
    timings["read"] = time.perf_counter() - started

    mark = time.perf_counter()
    with Gazetteer.open(config.gazetteer) as gazetteer:
        toponyms, events = _geoparse(docs, gazetteer, progress=config.progress)
        gazetteer_info = {"path": str(config.gazetteer), "version": gazetteer.version,
                          "sources": gazetteer.meta.get("sources"),
                          "bytes": config.gazetteer.stat().st_size, **gazetteer.stats()}
    timings["geoparse"] = time.perf_counter() - mark

    counts = {
        "files": len(files), "documents": len(docs),
        "toponyms": len(toponyms),
        "locations": sum(t.role == "location" for _, t in toponyms),
        "events": len(events), "warnings": len(warnings),
    }
    config.out.mkdir(parents=True, exist_ok=True)
    run_id = _new_run_id(config.out, config.run_id)
    tmp = config.out / f".{run_id}.partial-{os.getpid()}"
    try:
        tmp.mkdir()
        mark = time.perf_counter()
        _write_layers(tmp, docs, toponyms, events, config.title)
        timings["write"] = time.perf_counter() - mark
        timings["total"] = time.perf_counter() - started
        manifest = _manifest(run_id, config, files, docs, gazetteer_info, counts, warnings,
                             timings)
        (tmp / "run.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
        final = config.out / run_id
        os.rename(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _point_latest(config.out, run_id)
    _write_run_index(config.out)
    return RunSummary(final, counts, warnings)


def _geoparse(docs: list[Document], gazetteer: Gazetteer, *, progress: bool
              ) -> tuple[list[tuple[Document, Toponym]], list[Event]]:
    from tqdm import tqdm

    toponyms: list[tuple[Document, Toponym]] = []
    events: list[Event] = []
    for doc in tqdm(docs, desc="articles", unit="article", disable=not progress, leave=False):
        found = resolve(doc, find_mentions(doc, gazetteer), gazetteer)
        toponyms.extend((doc, t) for t in found)
        events.extend(extract_events(doc, found))
    return toponyms, events


def _write_layers(folder: Path, docs: list[Document], toponyms: list[tuple[Document, Toponym]],
                  events: list[Event], title: str) -> None:
    from geomap.export import write_csv, write_geojson, write_geopackage
    from geomap.frame import events_to_frame, toponyms_to_frame
    from geomap.render import render_map

    event_frame = events_to_frame(events)
    toponym_frame = toponyms_to_frame(toponyms)
    write_geojson(event_frame, folder / "events.geojson")
    write_geojson(toponym_frame, folder / "toponyms.geojson")
    write_csv(event_frame, folder / "events.csv")
    write_geopackage({"events": event_frame, "toponyms": toponym_frame}, folder / "events.gpkg")
    render_map(event_frame, folder / "index.html", title=title,
               summary=_summary(docs, events))


def _summary(docs: list[Document], events: list[Event]) -> str:
    dates = sorted(e.date.date for e in events if e.date.date is not None)
    span = f"{dates[0]} to {dates[-1]}" if dates else "dates unknown"
    return f"{len(events)} events from {len(docs)} articles, {span}"


def _new_run_id(out: Path, wanted: str | None) -> str:
    base = wanted or dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    if "/" in base or base.startswith(".") or base in ("latest", "index.html"):
        msg = f"invalid run id {base!r}"
        raise RunError(msg)
    run_id, n = base, 1
    while (out / run_id).exists():
        n += 1
        run_id = f"{base}-{n}"
    return run_id


def _manifest(run_id: str, config: Config, files: list[Path], docs: list[Document],
              gazetteer: dict[str, Any], counts: dict[str, int], warnings: tuple[str, ...],
              timings: dict[str, float]) -> dict[str, Any]:
    per_file: dict[str, int] = {}
    for doc in docs:
        key = str(doc.path)
        per_file[key] = per_file.get(key, 0) + 1
    inputs = []
    for path in files:
        entry: dict[str, Any] = {"path": str(path), "documents": per_file.get(str(path), 0)}
        if path.is_file():
            entry["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
            entry["bytes"] = path.stat().st_size
        inputs.append(entry)
    return {
        "run_id": run_id,
        "created": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "geomap_version": metadata.version("geomap"),
        "title": config.title,
        "inputs": inputs,
        "gazetteer": gazetteer,
        "counts": counts,
        "warnings": list(warnings),
        "timings_seconds": {k: round(v, 3) for k, v in timings.items()},
        "files": list(RUN_FILES),
    }


def _point_latest(out: Path, run_id: str) -> None:
    link = out / "latest"
    tmp = out / f".latest.{os.getpid()}"
    tmp.unlink(missing_ok=True)
    os.symlink(run_id, tmp, target_is_directory=True)
    os.replace(tmp, link)


def _write_run_index(out: Path) -> None:
    from geomap.render import render_run_index

    runs = []
    for folder in sorted(out.iterdir(), reverse=True):
        manifest = folder / "run.json"
        if folder.name.startswith(".") or folder.is_symlink() or not manifest.is_file():
            continue
        try:
            runs.append(json.loads(manifest.read_text(encoding="utf-8")))
        except (OSError, json.JSONDecodeError):
            log.warning("%s: unreadable run manifest; left out of the run index", manifest)
    tmp = out / f".index.html.{os.getpid()}"
    render_run_index(runs, tmp)
    os.replace(tmp, out / "index.html")

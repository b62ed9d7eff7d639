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
import errno
import hashlib
import json
import logging
import os
import re
import secrets
import shutil
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from geomap._decode import clean_text
from geomap.documents import expand_paths, read_documents
from geomap.errors import DocumentError, RunError
from geomap.gazetteer import Gazetteer
from geomap.merge import MergeGroup, merge_events
from geomap.models import Config, Document, Event, Toponym, Warning_

log = logging.getLogger(__name__)

RUN_FILES = ("index.html", "events.geojson", "events.gpkg", "events.csv", "toponyms.geojson",
             "run.json")
_RUN_ID = re.compile(r"[\w+-][\w.+-]{0,99}")
_RESERVED = frozenset({"latest", "index.html"})
# Temporary names: ".<id>.partial-<pid>-<token>@<host>", ".latest.<pid>-<token>@<host>",
# ".index.html.<pid>-<token>@<host>"; also the ones earlier versions left, without a host.
_TEMP = re.compile(r"\.(?:.+\.partial-|latest\.|index\.html\.)(?P<pid>\d+)"
                   r"(?:-[0-9a-f]+@(?P<host>.+))?")


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
    files = _input_files(config.inputs, config.out)
    docs, warnings = _read(files, config.inputs, strict=strict)
    timings = {"read": time.perf_counter() - started}

    mark = time.perf_counter()
    parsing: dict[str, int] = {}
    with Gazetteer.open(config.gazetteer) as gazetteer:
        toponyms, events = _geoparse(docs, gazetteer, progress=config.progress, config=config,
                                     counts=parsing)
        gazetteer_info = {"path": str(config.gazetteer), "version": gazetteer.version,
                          "sources": gazetteer.meta.get("sources"),
                          "bytes": config.gazetteer.stat().st_size, **gazetteer.stats()}
    events, merges = merge_events(events)
    timings["geoparse"] = time.perf_counter() - mark

    counts = {
        "files": len(files), "documents": len(docs),
        "documents_from_cache": parsing.get("from_cache", 0),
        "toponyms": len(toponyms),
        "locations": sum(t.role == "location" for _, t in toponyms),
        "events": len(events), "merged_reports": sum(len(g.reports) for g in merges),
        "warnings": len(warnings),
    }
    out = _output_folder(config.out)
    tmp = out / f".{base}.partial-{_owner()}"
    try:
        tmp.mkdir()
        mark = time.perf_counter()
        _write_layers(tmp, docs, toponyms, events, clean_text(config.title), warnings)
        timings["write"] = time.perf_counter() - mark
        timings["total"] = time.perf_counter() - started
        manifest = _manifest(config, files, docs, gazetteer_info, counts, warnings, timings)
        manifest["merges"] = _merges(merges)
        final = _publish(tmp, out, base, manifest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return RunSummary(final, counts, warnings)


def _input_files(inputs: tuple[Path, ...], out: Path) -> list[Path]:
    """The article files, leaving out earlier runs' pages when ``out`` lies in an input folder."""
    runs = out.resolve()
    return [path for path in expand_paths(inputs)
            if path in inputs or runs not in path.resolve().parents]


def _read(files: list[Path], inputs: tuple[Path, ...], *, strict: bool
          ) -> tuple[list[Document], tuple[str, ...]]:
    """The documents, and one warning line per file or line skipped or read with a guess."""
    errors: list[DocumentError] = []
    notes: list[Warning_] = []
    docs = read_documents(files, errors=errors, warnings=notes)
    warnings = tuple(str(e) for e in errors) + tuple(str(n) for n in notes)
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
              ) -> tuple[list[tuple[Document, Toponym]], list[Event]]:
    """The toponyms and events of every document, in document order.

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
    return toponyms, events


def _write_layers(folder: Path, docs: list[Document], toponyms: list[tuple[Document, Toponym]],
                  events: list[Event], title: str, warnings: tuple[str, ...]) -> None:
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
               summary=_summary(docs, events), warnings=warnings)


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


def _output_folder(out: Path) -> Path:
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        msg = f"cannot create the output folder {clean_text(str(out))} ({exc.strerror or exc})"
        raise RunError(msg) from None
    _remove_stale(out)
    return out


def _owner() -> str:
    """A suffix for temporary names that no other run, thread or host can share."""
    return f"{os.getpid()}-{secrets.token_hex(4)}@{socket.gethostname()}"


def _remove_stale(out: Path) -> None:
    """Remove the temporary folders and files that dead processes of this host left in ``out``."""
    host = socket.gethostname()
    for entry in out.iterdir():
        match = _TEMP.fullmatch(entry.name)
        if match is None or match["host"] not in (None, host):
            continue
        pid = int(match["pid"])
        if pid == os.getpid() or _alive(pid):
            continue
        log.info("%s: removing what an interrupted run left", clean_text(str(entry)))
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: alive, someone else's
        return True
    return True


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


def _publish(tmp: Path, out: Path, base: str, manifest: dict[str, Any]) -> Path:
    """Give the finished run its name, rename it into place, point ``latest`` at it, list it."""
    missing = [name for name in RUN_FILES if name != "run.json" and not (tmp / name).is_file()]
    if missing:
        msg = f"the run is incomplete ({', '.join(missing)} not written); nothing published"
        raise RunError(msg)
    for name in RUN_FILES[:-1]:
        _fsync(tmp / name)
    with _locked(out):
        final = _rename_free(tmp, out, base, manifest)
        _fsync(out)
        _point_latest(out, final.name)
        try:
            _write_run_index(out)
        except OSError as exc:  # the run is complete; the next run rewrites the index
            log.warning("%s: not updated (%s)", clean_text(str(out / "index.html")), exc)
        _fsync(out)
    return final


def _rename_free(tmp: Path, out: Path, base: str, manifest: dict[str, Any]) -> Path:
    """Rename ``tmp`` to ``base``, else ``base-2``, ...: the first name free at that moment.

    A rename onto a run folder (never empty) fails, so a name taken by a run that did not hold
    the lock is never overwritten.
    """
    for n in range(1, 10_000):
        run_id = base if n == 1 else f"{base}-{n}"
        final = out / run_id
        if final.exists() or final.is_symlink():
            continue
        manifest["run_id"] = run_id
        _write_json(tmp / "run.json", manifest)
        _fsync(tmp)
        try:
            os.rename(tmp, final)
        except OSError as exc:
            if exc.errno in (errno.EEXIST, errno.ENOTEMPTY, errno.ENOTDIR, errno.EISDIR):
                continue
            raise
        return final
    msg = f"no free run folder name for {base!r} in {clean_text(str(out))}"
    raise RunError(msg)


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` (released on exit, or when the process dies)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: the rename's failure on a taken name still keeps runs apart
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as exc:  # a file system without locks
            log.debug("%s: cannot lock (%s)", folder, exc)
        yield
    finally:
        os.close(fd)


def _write_json(path: Path, value: Any) -> None:
    text = clean_text(json.dumps(value, indent=2, ensure_ascii=False)) + "\n"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync(path: Path) -> None:
    """Flush a file or a folder's entries to disk, so that a power cut cannot undo a rename."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # folders cannot be synced on some systems
        pass
    finally:
        os.close(fd)


def _point_latest(out: Path, run_id: str) -> None:
    tmp = out / f".latest.{_owner()}"
    os.symlink(run_id, tmp, target_is_directory=True)
    try:
        os.replace(tmp, out / "latest")
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write_run_index(out: Path) -> None:
    from geomap.render import render_run_index

    runs = []
    for folder in sorted(out.iterdir(), reverse=True):
        if folder.name.startswith(".") or folder.is_symlink() or not folder.is_dir():
            continue
        manifest = _read_manifest(folder / "run.json")
        if manifest is not None:
            runs.append(manifest)
    tmp = out / f".index.html.{_owner()}"
    try:
        render_run_index(runs, tmp)
        _fsync(tmp)
        os.replace(tmp, out / "index.html")
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _read_manifest(path: Path) -> dict[str, Any] | None:
    """A run's manifest when it has the shape the run index needs, else ``None``."""
    if not path.is_file():
        return None  # not a run folder
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        manifest = None
    if (isinstance(manifest, dict) and isinstance(manifest.get("counts", {}), dict)
            and isinstance(manifest.get("inputs", []), list)
            and all(isinstance(i, dict) for i in manifest.get("inputs", []))
            and all(type(v) is int for v in manifest.get("counts", {}).values())):
        return manifest
    log.warning("%s: unreadable run manifest; left out of the run index", clean_text(str(path)))
    return None

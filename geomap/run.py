"""Run the whole pipeline over a set of articles and write one run folder.

``maps/<run-id>/`` receives ``index.html``, ``events.geojson``, ``events.gpkg`` (layers ``events``
and ``toponyms``), ``events.csv``, ``toponyms.geojson`` and ``run.json`` (and ``index_files/``, the
map's index and chunks, for a run of many events); ``maps/latest`` points at the newest run and
``maps/index.html`` lists every run.

Nothing grows with the archive: the articles stream through partitions that the engine parses
into files (:mod:`geomap.partitions`, :mod:`geomap.workers`), the cross-article merge and the
comparison with the previous run are kept in SQLite, each partition's share of the files is
encoded by the engine (:mod:`geomap.outputs.encode`) and the shares are joined in run order
(:mod:`geomap.outputs.stream`).

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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from geomap.config import Config
from geomap.engine import ENGINES
from geomap.errors import DocumentError, GeomapError, RunError, WriteError
from geomap.events.merge import REPORT_COLUMNS, MergeGroup, MergePlan, merge_parts
from geomap.gazetteer import Gazetteer
from geomap.models import Document, Place, Warning_
from geomap.outputs import publish
from geomap.outputs.changes import Tracker
from geomap.outputs.encode import EncodeJob, encode_part
from geomap.outputs.mapdata import MapData
from geomap.outputs.parts import Part, read_part
from geomap.outputs.publish import RUN_FILES, Streamed
from geomap.outputs.records import ATTRIBUTION
from geomap.outputs.stream import Written, join_layers
from geomap.partitions import failures_and_notes, parse_to_parts, work_folder
from geomap.readers import expand_paths
from geomap.readers.decode import clean_text
from geomap.readers.read import iter_documents
from geomap.workers import Workers

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
    timings = {"read": time.perf_counter() - started}
    if strict:  # read everything once first: a warning must stop the run before any parsing
        check = _Reading(files, list(listing), config.columns)
        for _ in check.documents():
            pass
        check.warnings(config.inputs, strict=True)
    if config.engine not in ENGINES:
        msg = f"unknown engine {config.engine!r}: expected one of {', '.join(ENGINES)}"
        raise RunError(msg)
    with work_folder(config.cache_dir) as work, \
            Gazetteer.open(config.gazetteer) as gazetteer, \
            Workers(config.engine, config.scheduler, config.workers) as workers:
        mark = time.perf_counter()
        reading = _Reading(files, listing, config.columns)
        parts = parse_to_parts(reading.documents(), gazetteer, work, workers,
                               cache_dir=config.cache_dir, bias=config.bias,
                               progress=config.progress)
        warnings = reading.warnings(config.inputs, strict=strict)
        if config.cache_dir is not None:
            cached = sum(p.count("from_cache") for p in parts)
            log.info("%d of %d articles from the cache, %d parsed", cached, reading.count,
                     reading.count - cached)
        failures = tuple(failures_and_notes(parts))
        for line in failures:
            log.warning("%s", line)
        warnings += failures
        if strict and any(p.failures for p in parts):
            msg = (f"{sum(len(p.failures) for p in parts)} article(s) failed in strict mode; "
                   "no run written")
            raise RunError(msg)
        plan = merge_parts((read_part(p.events, REPORT_COLUMNS) for p in parts),
                           work / "merge.sqlite")
        timings["geoparse"] = time.perf_counter() - mark
        gazetteer_info = {"path": str(config.gazetteer), "version": gazetteer.version,
                          "sources": gazetteer.meta.get("sources"),
                          "bytes": config.gazetteer.stat().st_size, **gazetteer.stats()}
        out = publish.output_folder(config.out)
        tracker = Tracker(out / "latest", work / "changes.sqlite")  # the previous run
        tmp = out / f".{base}.partial-{publish.owner()}"
        try:
            tmp.mkdir()
            mark = time.perf_counter()
            written = _write_layers(tmp, parts, plan, tracker, gazetteer, workers,
                                    title=clean_text(config.title), warnings=warnings,
                                    documents=reading.count)
            timings["write"] = time.perf_counter() - mark
            timings["total"] = time.perf_counter() - started
            counts = {
                "files": len(files), "documents": reading.count,
                "documents_from_cache": sum(p.count("from_cache") for p in parts),
                "toponyms": sum(p.count("toponyms") for p in parts),
                "locations": sum(p.count("locations") for p in parts),
                "events": written.events, "merged_reports": plan.merged_reports,
                "warnings": len(warnings),
            }
            manifest = _manifest(config, files, reading.per_file, gazetteer_info, counts,
                                 warnings, timings)
            manifest["merges"] = _merges(plan.groups)
            manifest["changes"] = tracker.manifest()
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
        finally:
            plan.close()
            tracker.close()
    return RunSummary(final, counts, warnings)


class _Reading:
    """The run's documents as a stream, counted per file, with the problems met on the way."""

    def __init__(self, files: list[Path], listed: list[Warning_],
                 columns: Mapping[str, str] | None) -> None:
        self.files = files
        self.listed = listed
        self.columns = columns
        self.errors: list[DocumentError] = []
        self.notes: list[Warning_] = []
        self.count = 0
        self.per_file: dict[str, int] = {}

    def documents(self) -> Iterator[Document]:
        # the language is detected where the article is parsed, not here (see make_part)
        for doc in iter_documents(self.files, errors=self.errors, warnings=self.notes,
                                  columns=self.columns, detect=False):
            self.count += 1
            key = str(doc.path)
            self.per_file[key] = self.per_file.get(key, 0) + 1
            yield doc

    def warnings(self, inputs: tuple[Path, ...], *, strict: bool) -> tuple[str, ...]:
        """One line per folder or link skipped, and per file or line skipped or read with a
        guess, each logged; raise when nothing could be read, or on any in ``strict`` mode."""
        warnings = tuple(str(n) for n in self.listed) + tuple(str(e) for e in self.errors) + \
            tuple(str(n) for n in self.notes)
        for line in warnings:
            log.warning("%s", line)
        if not self.count:
            where = ", ".join(clean_text(str(p)) for p in inputs)
            msg = f"no article could be read from {where}"
            raise RunError(msg)
        if strict and warnings:
            msg = f"{len(warnings)} warning(s) in strict mode; no run written"
            raise RunError(msg)
        return warnings


def _input_files(inputs: tuple[Path, ...], out: Path, notes: list[Warning_], *,
                 follow_links: bool = False) -> list[Path]:
    """The article files, leaving out earlier runs' pages when ``out`` lies in an input folder;
    ``notes`` receives the folders that cannot be listed and the links not followed."""
    runs = out.resolve()
    return [path for path in expand_paths(inputs, warnings=notes, follow_links=follow_links)
            if path in inputs or runs not in path.resolve().parents]


def _write_layers(folder: Path, parts: Sequence[Part], plan: MergePlan, tracker: Tracker,
                  gazetteer: Gazetteer, workers: Workers, *, title: str,
                  warnings: tuple[str, ...], documents: int) -> Written:
    """Write every layer, the style files and the map page into ``folder``: each partition's
    share is encoded by the engine's workers, then joined here in run order."""
    from geomap.outputs.files import write_qml_files
    from geomap.outputs.page import write_page

    job = EncodeJob(str(plan.path.resolve()), str(tracker.path.resolve()))
    pieces = workers.imap(encode_part, enumerate(parts), job, where=str(plan.path.parent))
    page = MapData(folder)
    written = join_layers(folder, parts, pieces, tracker, page)
    write_qml_files(folder)
    span = f"{written.dates[0]} to {written.dates[1]}" if written.dates else "dates unknown"
    write_page(page.table(), folder / "index.html", title=title,
               summary=f"{written.events} events from {documents} articles, {span}",
               warnings=warnings, previous=tracker.previous, towns=_towns(written, gazetteer),
               cells=written.cells)
    return written


_TOWN_MARGIN = 1.0  # degrees around the events in which towns are named on the map


def _towns(written: Written, gazetteer: Gazetteer) -> list[Place]:
    """The most populous settlements around the events, for the map's names when zoomed in."""
    if not written.bbox:
        return []
    west, south, east, north = written.bbox
    return gazetteer.settlements(max(-180.0, west - _TOWN_MARGIN),
                                 max(-90.0, south - _TOWN_MARGIN),
                                 min(180.0, east + _TOWN_MARGIN),
                                 min(90.0, north + _TOWN_MARGIN))


def _base_run_id(wanted: str | None) -> str:
    base = wanted or dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    if not _RUN_ID.fullmatch(base) or base in _RESERVED:
        msg = (f"invalid run id {clean_text(base)!r}: letters, digits, '_', '+', '-' and '.' "
               "(not first) only, at most 100")
        raise RunError(msg)
    return base


def _manifest(config: Config, files: list[Path], per_file: Mapping[str, int],
              gazetteer: dict[str, Any], counts: dict[str, int], warnings: tuple[str, ...],
              timings: dict[str, float]) -> dict[str, Any]:
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


def _merges(groups: Callable[[], Iterable[MergeGroup]]) -> dict[str, Any]:
    """The cross-article merge, explained for run.json (the groups read as it is written)."""
    return {
        "rule": "events of different articles at the same place (GeoNames id), on the same day "
                "and of the same event type are one event; it keeps the earliest report's "
                "sentence, lists every source and counts the articles in `mentions`",
        "groups": Streamed(lambda: (
            {"event_id": g.event_id, "place": g.place, "date": g.date,
             "event_type": g.event_type,
             "reports": [{"document": d, "event_id": e} for d, e in g.reports]}
            for g in groups())),
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


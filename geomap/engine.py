"""Run the text stages over many documents: in this process, or over partitions with dask.

The text stages of one document are :func:`parse_document`: recognition, resolution and event
extraction. A run (:mod:`geomap.run`) maps them over its articles a partition at a time through
:mod:`geomap.partitions`; :func:`parse_documents`, for callers that want the documents' results as
objects, maps them over a list of documents:

- ``engine="local"`` parses one document after the other in this process;
- ``engine="dask"`` cuts the documents into partitions of a ``dask.bag`` and maps the same
  function over them. Each partition is parsed by a worker that opens the gazetteer itself (from
  its path) and writes its events and toponyms as two GeoParquet files (the output contract's
  columns, the point geometry in EPSG:4326, the document's position in the run and the lossless
  JSON form of each value from :mod:`geomap.cache`); the partitions are then read back in order
  and merged into the run, so that the layers and the map are those a local run writes. By
  default dask's local scheduler runs the partitions in ``workers`` processes; ``scheduler``
  (an address such as ``tcp://10.0.0.5:8786``) sends them to an existing ``dask.distributed``
  cluster instead. A cluster's workers need geomap installed and must see the gazetteer and the
  partition folder at the same paths as this process (a shared file system).

With a :class:`~geomap.cache.ArticleCache` folder, documents parsed before with the same content,
gazetteer and code are taken from it; only the others are parsed, and their results stored.
"""

from __future__ import annotations

import logging
import math
import os
import secrets
import shutil
import socket
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from geomap.cache import ArticleCache, Parsed, decode_many, encode_parsed
from geomap.errors import GazetteerError, RunError
from geomap.events.extract import extract_events
from geomap.gazetteer import Gazetteer
from geomap.geoparse.recognize import find_mentions
from geomap.geoparse.resolve import resolve
from geomap.lang.detect import language_of
from geomap.models import Bias, Document, Place
from geomap.processes import alive

log = logging.getLogger(__name__)

Engine = Literal["local", "dask"]
ENGINES = ("local", "dask")
_MAX_PARTITION = 500  # documents per partition, at most
_PARTS_PER_WORKER = 4  # at least this many partitions per worker, for an even load


@dataclass(frozen=True, slots=True)
class _Part:
    """The files one partition wrote, and how many documents it held."""

    events: str
    toponyms: str
    documents: int
    failures: tuple[tuple[int, str], ...] = ()  # (position in the run, why), see parse_safely
    notes: tuple[tuple[int, str], ...] = ()  # (position in the run, note), see Parsed.notes


@dataclass(frozen=True, slots=True)
class _Job:
    """What a worker needs besides its partition: paths, never open connections."""

    gazetteer: str
    folder: str
    cache_dir: str | None
    bias: Bias | None = None


def parse_document(doc: Document, gazetteer: Gazetteer, bias: Bias | None = None) -> Parsed:
    """Recognise, resolve and extract the events of one document.

    Parameters
    ----------
    doc
        The article.
    gazetteer
        The open gazetteer.
    bias
        An optional area of interest (see :func:`geomap.geoparse.resolve.resolve`).

    Returns
    -------
    Parsed
    """
    if doc.language is None:  # a document made in code rather than read from a file
        doc = replace(doc, language=language_of(None, doc.text))
    toponyms = resolve(doc, find_mentions(doc, gazetteer), gazetteer, bias)
    notes: list[str] = []
    events = extract_events(doc, toponyms, notes)
    where = _where(doc)
    return Parsed(tuple(toponyms), tuple(events), notes=tuple(f"{where}: {n}" for n in notes))


def _where(doc: Document) -> str:
    """How a warning names a document: its file and id."""
    return f"{doc.path}: {doc.id}" if doc.path is not None else doc.id


def parse_safely(doc: Document, gazetteer: Gazetteer, bias: Bias | None = None) -> Parsed:
    """:func:`parse_document`, with a failure in this one article reported in
    :attr:`Parsed.failure` instead of raised: one article never ends a run."""
    try:
        return parse_document(doc, gazetteer, bias)
    except Exception as exc:  # any failure of one article, whatever its cause
        where = _where(doc)
        log.warning("%s: left out, its processing failed", where, exc_info=True)
        return Parsed(failure=f"{where}: left out, its processing failed "
                              f"({type(exc).__name__}: {str(exc)[:200]})")


def parse_documents(docs: Sequence[Document], gazetteer: Gazetteer, *,
                    engine: Engine = "local", scheduler: str | None = None,
                    workers: int | None = None, cache_dir: Path | None = None,
                    parts_dir: Path | None = None, progress: bool = False,
                    counts: dict[str, int] | None = None,
                    bias: Bias | None = None) -> list[Parsed]:
    """Parse every document, taking what it can from the cache.

    Parameters
    ----------
    docs
        The run's documents.
    gazetteer
        The open gazetteer; dask workers open their own from its path.
    engine
        ``local`` or ``dask``.
    scheduler
        Address of a ``dask.distributed`` scheduler; ``None`` for dask's local scheduler.
    workers
        Processes of the local dask scheduler (default: the machine's cores).
    cache_dir
        The per-article cache folder; ``None`` parses everything and stores nothing.
    parts_dir
        Where dask partitions write their GeoParquet files (default: ``cache_dir/parts``, else a
        temporary folder); each run's own subfolder is removed when merged.
    progress
        Show a progress bar on standard error.
    counts
        When given, receives ``from_cache`` (documents taken from the cache) and ``parsed``
        (documents parsed in this call).
    bias
        An optional area of interest; part of the cache key.

    Returns
    -------
    list of Parsed
        One per document, in order.

    Raises
    ------
    RunError
        When the engine is unknown or the dask scheduler cannot be reached.
    """
    if engine not in ENGINES:
        msg = f"unknown engine {engine!r}: expected one of {', '.join(ENGINES)}"
        raise RunError(msg)
    cache = ArticleCache(cache_dir, gazetteer.version, bias) if cache_dir is not None else None
    keys: list[str | None] = [None] * len(docs)
    results: list[Parsed | None] = [None] * len(docs)
    if cache is not None:
        keys = [cache.key(doc) for doc in docs]
        results = [cache.get(doc, key) for doc, key in zip(docs, keys, strict=True)]
    todo = [i for i, found in enumerate(results) if found is None]
    if cache is not None:
        log.info("%d of %d articles from the cache, %d to parse", len(docs) - len(todo),
                 len(docs), len(todo))
    if counts is not None:
        counts.update(from_cache=len(docs) - len(todo), parsed=len(todo))
    parsed: dict[int, Parsed] = {}
    if todo and engine == "dask":  # the workers write the cache entries
        folder = parts_dir or (cache_dir / "parts" if cache_dir is not None else None)
        parsed = _parse_with_dask([(i, keys[i], docs[i]) for i in todo], docs, gazetteer.path,
                                  scheduler=scheduler, workers=workers, parts_dir=folder,
                                  cache_dir=cache_dir, progress=progress, bias=bias)
    elif todo:
        parsed = _parse_here(docs, todo, gazetteer, progress=progress, bias=bias)
        for i, result in parsed.items():
            if cache is not None and result.failure is None:
                cache.put(docs[i], result, keys[i])
    for i, result in parsed.items():
        results[i] = result
    return [r if r is not None else Parsed() for r in results]


def _parse_here(docs: Sequence[Document], todo: list[int], gazetteer: Gazetteer, *,
                progress: bool, bias: Bias | None) -> dict[int, Parsed]:
    from tqdm import tqdm

    return {i: parse_safely(docs[i], gazetteer, bias)
            for i in tqdm(todo, desc="articles", unit="article", disable=not progress,
                          leave=False)}


_Item = tuple[int, str | None, Document]  # position in the run, cache key, document


def _parse_with_dask(items: list[_Item], docs: Sequence[Document], gazetteer: Path, *,
                     scheduler: str | None, workers: int | None, parts_dir: Path | None,
                     cache_dir: Path | None, progress: bool,
                     bias: Bias | None = None) -> dict[int, Parsed]:
    """Parse ``items`` in dask partitions; read the partitions back, in order."""
    import tempfile

    workers = workers or os.cpu_count() or 1
    size = max(1, min(_MAX_PARTITION, math.ceil(len(items) / (workers * _PARTS_PER_WORKER))))
    chunks = [items[k:k + size] for k in range(0, len(items), size)]
    if parts_dir is None:
        parts_dir = Path(tempfile.gettempdir()) / "geomap-parts"
    with partition_folder(parts_dir) as folder:
        job = _Job(str(gazetteer.resolve()), str(folder.resolve()),
                   str(cache_dir.resolve()) if cache_dir is not None else None, bias)
        try:
            if scheduler:
                written = _compute_distributed(chunks, job, scheduler, progress=progress)
            else:
                written = _compute_local(chunks, job, workers, progress=progress)
            return _read_parts(written, docs, [i for i, _, _ in items])
        except (OSError, GazetteerError) as exc:
            msg = (f"a dask partition failed ({exc}); the workers must see the gazetteer and "
                   f"{folder} at the same paths as this process")
            raise RunError(msg) from exc


@contextmanager
def partition_folder(parts_dir: Path, *, create: bool = True) -> Iterator[Path]:
    """A folder of this process's own in ``parts_dir`` for partition files, removed on exit;
    made at once, or without ``create`` by :func:`make_partition_folder` when first needed."""
    folder = parts_dir / f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(8)}"
    if create:
        make_partition_folder(folder)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def make_partition_folder(folder: Path) -> None:
    """Create a partition folder, after removing the ones that dead processes of this host left
    beside it."""
    try:
        remove_dead_parts(folder.parent)
        folder.mkdir(parents=True)
    except OSError as exc:
        msg = f"cannot create the partition folder {folder} ({exc.strerror or exc})"
        raise RunError(msg) from None


def _compute_local(chunks: list[list[_Item]], job: _Job, workers: int, *, progress: bool
                   ) -> list[_Part]:
    import dask.bag
    import dask.callbacks
    from tqdm import tqdm

    dk: Any = dask  # dask has no type annotations
    bag = dk.bag.from_sequence([item for chunk in chunks for item in chunk],
                               partition_size=len(chunks[0]))
    parts = bag.map_partitions(_parse_partition, job)
    keys = set(parts.__dask_keys__())
    with tqdm(total=len(keys), desc="partitions", unit="partition", disable=not progress,
              leave=False) as bar, \
            dk.callbacks.Callback(posttask=lambda key, *_: bar.update(key in keys)):
        # one partition per dispatch (dask batches 6 by default): the load stays even
        (written,) = dk.compute(parts, scheduler="processes", num_workers=workers, chunksize=1)
    return list(written)


def _compute_distributed(chunks: list[list[_Item]], job: _Job, address: str, *,
                         progress: bool) -> list[_Part]:
    import dask.bag
    import distributed
    from tqdm import tqdm

    dk: Any = dask  # neither has type annotations
    dist: Any = distributed
    try:
        # waits as long as the dask setting distributed.comm.timeouts.connect says
        client = dist.Client(address, set_as_default=False)
    except OSError as exc:
        msg = f"cannot reach the dask scheduler at {address} ({exc})"
        raise RunError(msg) from None
    with client:
        # the documents travel to the workers as data, not inside the task graph; the futures
        # are held until the end, else the cluster forgets the data
        scattered = client.scatter(chunks)
        bag = dk.bag.from_delayed(scattered)
        futures = client.compute(bag.map_partitions(_parse_partition, job).to_delayed())
        with tqdm(total=len(futures), desc="partitions", unit="partition",
                  disable=not progress, leave=False) as bar:
            for _ in dist.as_completed(futures, loop=client.loop):
                bar.update()
        written = [part for future in futures for part in future.result()]
        del scattered
        return written


def _parse_partition(items: list[_Item], job: _Job) -> list[_Part]:
    """Parse one partition in a worker; write its events and toponyms as GeoParquet."""
    items = list(items)
    if not items:
        return []
    gazetteer = worker_gazetteer(job.gazetteer)
    cache = ArticleCache(Path(job.cache_dir), gazetteer.version, job.bias) if job.cache_dir \
        else None
    parsed = []
    for index, key, doc in items:
        result = parse_safely(doc, gazetteer, job.bias)
        if cache is not None and key is not None and result.failure is None:
            cache.put(doc, result, key)
        parsed.append((index, doc, result))
    stem = Path(job.folder) / f"part-{items[0][0]:09d}"
    events, toponyms = f"{stem}.events.parquet", f"{stem}.toponyms.parquet"
    _event_frame(parsed).to_parquet(events, index=False)
    _toponym_frame(parsed).to_parquet(toponyms, index=False)
    failures = tuple((index, result.failure) for index, _, result in parsed if result.failure)
    notes = tuple((index, note) for index, _, result in parsed for note in result.notes)
    return [_Part(events, toponyms, len(items), failures, notes)]


@lru_cache(maxsize=2)
def worker_gazetteer(path: str) -> Gazetteer:
    """The gazetteer a worker process opens once and keeps (its lookups stay cached)."""
    return Gazetteer.open(Path(path))


def _event_frame(parsed: list[tuple[int, Document, Parsed]]) -> Any:
    from geomap.outputs.records import EVENT_COLUMNS, event_record

    rows, points = [], []
    for index, _, result in parsed:
        for event in result.events:
            rows.append({**event_record(event), "doc_index": index,
                         "payload": _payload(Parsed(events=(event,)))})
            place = event.toponym.place
            points.append((place.lon, place.lat) if place else None)
    return _geo_frame(rows, points, [*EVENT_COLUMNS, "doc_index", "payload"])


def _toponym_frame(parsed: list[tuple[int, Document, Parsed]]) -> Any:
    from geomap.outputs.records import TOPONYM_COLUMNS, toponym_record

    rows, points = [], []
    for index, doc, result in parsed:
        for toponym in result.toponyms:
            place = toponym.place
            rows.append({**toponym_record(doc.id, toponym, doc.language), "doc_index": index,
                         "payload": _payload(Parsed(toponyms=(toponym,)))})
            points.append((place.lon, place.lat) if place else None)
    return _geo_frame(rows, points, [*TOPONYM_COLUMNS, "doc_index", "payload"])


def _geo_frame(rows: list[dict[str, Any]], points: list[tuple[float, float] | None],
               columns: list[str]) -> Any:
    import geopandas as gpd
    import pandas as pd
    from shapely import Point

    from geomap.outputs.records import INTEGER_COLUMNS

    data = pd.DataFrame.from_records(rows, columns=columns)
    for column in (*INTEGER_COLUMNS, "doc_index"):
        if column in data:
            data[column] = data[column].astype("Int64")
    geometry = [Point(p) if p is not None else None for p in points]
    return gpd.GeoDataFrame(data, geometry=gpd.GeoSeries(geometry, crs="EPSG:4326"))


def _payload(parsed: Parsed) -> str:
    import json

    return json.dumps(encode_parsed(parsed), ensure_ascii=False, separators=(",", ":"))


def _read_parts(written: list[_Part], docs: Sequence[Document], todo: list[int]
                ) -> dict[int, Parsed]:
    """Merge the partitions' files into one result per document, attached to ``docs``."""
    import pyarrow.parquet as pq

    if sum(part.documents for part in written) != len(todo):
        msg = (f"the dask partitions returned {sum(p.documents for p in written)} documents "
               f"of {len(todo)}")
        raise RunError(msg)
    events: dict[int, list[str]] = {}
    toponyms: dict[int, list[str]] = {}
    for part in written:
        _group(pq.read_table(part.events, columns=["doc_index", "payload"]), events)
        _group(pq.read_table(part.toponyms, columns=["doc_index", "payload"]), toponyms)
    shared: dict[tuple[Any, ...], Place] = {}  # one object per place, as in a local run
    failed = {i: why for part in written for i, why in part.failures}
    notes: dict[int, list[str]] = {}
    for part in written:
        for i, note in part.notes:
            notes.setdefault(i, []).append(note)
    return {i: Parsed(decode_many(toponyms.get(i, ()), docs[i], shared=shared).toponyms,
                      decode_many(events.get(i, ()), docs[i], shared=shared).events,
                      failed.get(i), tuple(notes.get(i, ())))
            for i in todo}


def _group(table: Any, grouped: dict[int, list[str]]) -> None:
    """Add a partition table's payloads to ``grouped``, by document, in row order."""
    for index, payload in zip(table.column("doc_index").to_pylist(),
                              table.column("payload").to_pylist(), strict=True):
        grouped.setdefault(int(index), []).append(str(payload))


def remove_dead_parts(parts_dir: Path) -> None:
    """Remove the partition folders that dead processes of this host left."""
    if not parts_dir.is_dir():
        return
    host = socket.gethostname()
    for entry in parts_dir.iterdir():
        owner, _, rest = entry.name.rpartition("-")[0].rpartition("-")
        if owner != host or not rest.isdigit() or alive(int(rest)):
            continue
        shutil.rmtree(entry, ignore_errors=True)

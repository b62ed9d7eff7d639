"""Parse a run's articles as a stream, into partition files on disk.

:func:`parse_to_parts` cuts the stream of documents into partitions of consecutive articles and
turns each into a :class:`~geomap.outputs.parts.Part` (two Arrow files): it takes what the
per-article cache holds, parses the rest (:func:`geomap.engine.parse_safely`), stores new results
in the cache and writes the files. With ``engine="local"`` this happens here, a partition after
the other; with ``engine="dask"`` they go to the workers of a ``dask.distributed`` cluster (see
:mod:`geomap.workers`), which open the gazetteer and the cache themselves from their paths, while
the next articles are read. Only a window of partitions is held at a time, and no worker returns
more than the names of the files it wrote, so memory does not grow with the archive. A partition
holds the same articles whichever engine parses it and whatever the cache holds, so the files
written from the parts are the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path

from geomap.cache import ArticleCache, Parsed
from geomap.engine import (
    make_partition_folder,
    parse_safely,
    partition_folder,
    worker_gazetteer,
)
from geomap.gazetteer import Gazetteer
from geomap.lang.detect import language_of
from geomap.models import Bias, Document
from geomap.outputs.parts import Part, write_part
from geomap.workers import Workers

PARTITION = 250
"""Articles in a partition, at most (whichever the engine: the map's chunks follow them)."""

_Item = tuple[int, Document]  # position in the run, document


@dataclass(frozen=True, slots=True)
class PartJob:
    """What making a partition needs besides its articles: paths, never open connections."""

    gazetteer: str
    folder: str
    cache_dir: str | None
    gazetteer_version: str
    bias: Bias | None = None


def parse_to_parts(docs: Iterable[Document], gazetteer: Gazetteer, folder: Path,
                   workers: Workers, *, cache_dir: Path | None = None, bias: Bias | None = None,
                   progress: bool = False) -> list[Part]:
    """Parse every document into partition files in ``folder``.

    Parameters
    ----------
    docs
        The run's documents, as a stream.
    gazetteer
        The open gazetteer; dask workers open their own from its path.
    folder
        Where the partition files go (it must exist; with a cluster, at the same path on every
        worker).
    workers
        The run's engine, open.
    cache_dir
        The per-article cache folder; ``None`` parses everything and stores nothing.
    bias
        An optional area of interest; part of the cache key.
    progress
        Show a progress bar of the articles on standard error.

    Returns
    -------
    list of Part
        In run order.

    Raises
    ------
    RunError
        When a dask worker fails.
    """
    from tqdm import tqdm

    job = PartJob(str(gazetteer.path.resolve()), str(folder.resolve()),
                  str(cache_dir.resolve()) if cache_dir is not None else None,
                  gazetteer.version, bias)
    items = enumerate(docs)

    def chunks() -> Iterator[list[_Item]]:
        for chunk in iter(lambda: list(islice(items, PARTITION)), []):
            if not folder.is_dir():
                make_partition_folder(folder)
            yield chunk

    parts: list[Part] = []
    with tqdm(desc="articles", unit="article", disable=not progress, leave=False) as bar:
        made: Iterator[Part]
        if workers.engine == "local":
            cache = _cache(job)
            made = (make_part(chunk, gazetteer, cache, job) for chunk in chunks())
        else:
            made = workers.imap(_in_worker, chunks(), job, where=job.folder)
        for part in made:
            parts.append(part)
            bar.update(part.documents)
    return parts


def make_part(items: list[_Item], gazetteer: Gazetteer, cache: ArticleCache | None,
              job: PartJob) -> Part:
    """Parse (or take from the cache) one partition's articles and write its files; its
    counts include ``from_cache``."""
    parsed: list[tuple[int, Document, Parsed]] = []
    hits = 0
    for index, doc in items:
        if doc.language is None:  # read without detecting it: see geomap.run
            doc = replace(doc, language=language_of(None, doc.text))
        key = cache.key(doc) if cache is not None else None
        result = cache.get(doc, key) if cache is not None else None
        if result is None:
            result = parse_safely(doc, gazetteer, job.bias)
            if cache is not None and result.failure is None:
                cache.put(doc, result, key)
        else:
            hits += 1
        parsed.append((index, doc, result))
    first = items[0][0]
    part = write_part(Path(job.folder) / f"part-{first:09d}", first,
                      [(i, doc, r.events, r.toponyms) for i, doc, r in parsed],
                      failures=tuple((i, r.failure) for i, _, r in parsed if r.failure),
                      notes=tuple((i, note) for i, _, r in parsed for note in r.notes))
    return replace(part, counts=(*part.counts, ("from_cache", hits)))


def _cache(job: PartJob) -> ArticleCache | None:
    if job.cache_dir is None:
        return None
    return ArticleCache(Path(job.cache_dir), job.gazetteer_version, job.bias)


def _in_worker(items: list[_Item], job: PartJob) -> Part:
    """One partition, in a dask worker."""
    return make_part(items, worker_gazetteer(job.gazetteer), _cache(job), job)


@contextmanager
def work_folder(cache_dir: Path | None) -> Iterator[Path]:
    """A folder of this run's own for its partition files, removed when the run ends: in the
    cache folder's ``parts/`` (beside the outputs by default, on a disk meant for bulk, and where
    a cluster's workers see the cache), else in the system's temporary folder (``TMPDIR``), which
    may be held in memory. It is made when the first partition comes (a run that reads nothing
    makes no folder), after the folders that dead runs of this host left there are removed."""
    import tempfile

    parts_dir = cache_dir / "parts" if cache_dir is not None else \
        Path(tempfile.gettempdir()) / "geomap-parts"
    with partition_folder(parts_dir, create=False) as folder:
        yield folder


def failures_and_notes(parts: Iterable[Part]) -> Iterator[str]:
    """Each partition's failure and note lines, in run order."""
    for part in parts:
        lines = sorted([*part.failures, *part.notes], key=lambda pair: pair[0])
        yield from (line for _, line in lines)

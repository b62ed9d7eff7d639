"""Where geomap's files live by default, and the settings of one run.

The defaults are defined here and nowhere else. In a source checkout (the repository, installed
with ``pip install -e``), the curated gazetteer files are the repository's ``gazetteer/*.tsv``
and the store is ``gazetteer/build/geomap.sqlite`` beside them, whatever the working directory.
Installed from a wheel, geomap reads the curated files the wheel carries
(``geomap/gazetteer/supplements/``) and keeps its store in ``~/.local/share/geomap/``. The
command line lets ``$GEOMAP_GAZETTEER`` or ``--gazetteer`` name another store.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from geomap.models import Bias

_PACKAGE = Path(__file__).resolve().parent
REPOSITORY = _PACKAGE.parent
"""The folder that holds the package: the repository in a source checkout."""

IN_CHECKOUT = (REPOSITORY / "pyproject.toml").is_file() and (REPOSITORY / "gazetteer").is_dir()
"""Whether geomap runs from a source checkout (else from an installed wheel)."""

CURATED_DIR = (REPOSITORY / "gazetteer" if IN_CHECKOUT
               else _PACKAGE / "gazetteer" / "supplements")
"""The reviewed TSV supplements (``aliases.tsv``, ``regions.tsv``) and the user's
``overrides.tsv``."""

DEFAULT_GAZETTEER = (REPOSITORY / "gazetteer" / "build" / "geomap.sqlite" if IN_CHECKOUT
                     else Path.home() / ".local" / "share" / "geomap" / "geomap.sqlite")
"""The embedded gazetteer store, built from the packaged sources and :data:`CURATED_DIR`."""


@dataclass(frozen=True, slots=True)
class Config:
    """Settings of one run, passed explicitly to :func:`geomap.run.build_maps`.

    Parameters
    ----------
    inputs
        Files or folders to read.
    out
        The folder that receives ``<run-id>/`` folders and ``latest``.
    gazetteer
        Path of the built gazetteer store.
    title
        Title shown on the map page.
    run_id
        Name of the run folder; derived from the time when ``None``.
    progress
        Show progress bars on standard error.
    engine
        ``local`` parses in this process; ``dask`` maps the text stages over partitions of the
        documents with dask (see :mod:`geomap.workers`).
    scheduler
        Address of a ``dask.distributed`` scheduler for the ``dask`` engine; ``None`` starts a
        local cluster for the run.
    workers
        Processes of that local cluster; ``None`` for one per core.
    cache_dir
        The per-article cache folder (see :mod:`geomap.cache`); ``None`` parses every article.
    bias
        An area of interest that same-name places inside it are preferred in.
    follow_links
        Read files that symbolic links in an input folder lead to outside it (by default they
        are skipped, each with a warning).
    columns
        For CSV inputs, the column of each field by name (``{"text": "Body", "date":
        "Posted"}``); the others are found by their usual names.
    """

    inputs: tuple[Path, ...]
    out: Path
    gazetteer: Path
    title: str = "geomap"
    run_id: str | None = None
    progress: bool = False
    engine: Literal["local", "dask"] = "local"
    scheduler: str | None = None
    workers: int | None = None
    cache_dir: Path | None = None
    bias: Bias | None = None
    follow_links: bool = False
    columns: Mapping[str, str] | None = None

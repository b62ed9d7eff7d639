"""Where geomap's files live by default, and the settings of one run.

The defaults are defined here and nowhere else. In a source checkout (the repository, installed
with ``pip install -e``) the gazetteer store is ``gazetteer/build/geomap.sqlite`` and the curated
files are ``gazetteer/*.tsv``, both in the repository, whatever the working directory. The
command line lets ``$GEOMAP_GAZETTEER`` or ``--gazetteer`` name another store.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from geomap.models import Bias

REPOSITORY = Path(__file__).resolve().parent.parent
"""The source checkout geomap runs from."""

CURATED_DIR = REPOSITORY / "gazetteer"
"""The reviewed TSV supplements (``aliases.tsv``, ``regions.tsv``) and the user's
``overrides.tsv``."""

DEFAULT_GAZETTEER = CURATED_DIR / "build" / "geomap.sqlite"
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
        documents with dask (see :mod:`geomap.engine`).
    scheduler
        Address of a ``dask.distributed`` scheduler for the ``dask`` engine; ``None`` runs dask's
        local scheduler.
    workers
        Processes of dask's local scheduler; ``None`` for one per core.
    cache_dir
        The per-article cache folder (see :mod:`geomap.cache`); ``None`` parses every article.
    bias
        An area of interest that same-name places inside it are preferred in.
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

"""Shared fixtures: the gazetteer store and small article files made in code."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from geomap.gazetteer import Gazetteer

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
DEFAULT_STORE = REPO / "gazetteer" / "build" / "geomap.sqlite"


@pytest.fixture(scope="session")
def gazetteer_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The full embedded store: the one `make gazetteer` built, else built once for the session."""
    wanted = Path(os.environ.get("GEOMAP_GAZETTEER", DEFAULT_STORE))
    if wanted.is_file():
        return wanted
    from geomap.gazetteer_build import build

    path = tmp_path_factory.mktemp("gazetteer") / "geomap.sqlite"
    build(path)
    return path


@pytest.fixture(scope="session")
def gazetteer(gazetteer_path: Path) -> Iterator[Gazetteer]:
    with Gazetteer.open(gazetteer_path) as gaz:
        yield gaz

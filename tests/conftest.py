"""Shared fixtures: the gazetteer store and a headless Chromium for the browser tests.

The browser is Debian's ``chromium`` (or the one ``GEOMAP_CHROMIUM`` names), driven by
Playwright; tests that need it are skipped, with the reason, when none is installed.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from geomap.gazetteer import Gazetteer
from geomap.models import Document
from geomap.readers import read_documents

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
EVENTS_CORPUS = REPO / "tests" / "data" / "events"
DEFAULT_STORE = REPO / "gazetteer" / "build" / "geomap.sqlite"
CHROMIUM = os.environ.get("GEOMAP_CHROMIUM") or shutil.which("chromium") or shutil.which(
    "chromium-browser")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]


@pytest.fixture(scope="session")
def gazetteer_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The full embedded store: the one `make gazetteer` built, else built once for the session."""
    wanted = Path(os.environ.get("GEOMAP_GAZETTEER", DEFAULT_STORE))
    if wanted.is_file():
        return wanted
    from geomap.gazetteer.build import build

    path = tmp_path_factory.mktemp("gazetteer") / "geomap.sqlite"
    build(path)
    return path


@pytest.fixture(scope="session")
def docs() -> list[Document]:
    """The hand-made event corpus and the seed articles."""
    return read_documents([EVENTS_CORPUS, SEEDS])


@pytest.fixture(scope="session")
def gazetteer(gazetteer_path: Path) -> Iterator[Gazetteer]:
    with Gazetteer.open(gazetteer_path) as gaz:
        yield gaz


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless Chromium for one test module; skips the test when none is installed."""
    if CHROMIUM is None:
        pytest.skip("no Chromium installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()

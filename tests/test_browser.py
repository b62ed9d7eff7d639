"""The map page in a real headless Chromium (Debian's chromium, driven by Playwright).

Skipped, with the reason, when no Chromium is installed; `.ci/run` installs it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from geomap.models import Config
from geomap.run import build_maps

from .conftest import SEEDS

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("GEOMAP_CHROMIUM") or shutil.which("chromium") or shutil.which(
    "chromium-browser")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if CHROMIUM is None:
        pytest.skip("no Chromium installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


def open_map(browser: Any, path: Path) -> tuple[Any, list[str]]:
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda dialog: (errors.append(f"dialog: {dialog.message}"),
                                      dialog.dismiss()))
    # The page must work with the network off: every request but file:// is refused.
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
               else route.abort())
    page.goto(path.resolve().as_uri())
    page.wait_for_selector(".leaflet-container")
    return page, errors


def test_seed_map_shows_every_event_as_a_marker(browser: Any, gazetteer_path: Path,
                                                tmp_path: Path) -> None:
    summary = build_maps(Config(inputs=(SEEDS,), out=tmp_path, gazetteer=gazetteer_path,
                                run_id="seeds"))
    events = json.loads((summary.path / "events.geojson").read_text())["features"]
    page, errors = open_map(browser, summary.path / "index.html")
    markers = page.locator("path.geomap-event")
    assert markers.count() == len(events) > 0
    assert page.evaluate("typeof L") == "object"
    header = page.locator(".geomap-header").inner_text()
    assert f"{len(events)} events from 2 articles" in header
    markers.first.click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.locator("mark").count() == 1
    assert "GeoNames" in popup.inner_text()
    assert errors == []
    page.close()


def test_hostile_article_text_does_not_execute(browser: Any, gazetteer_path: Path,
                                               tmp_path: Path) -> None:
    payload = ("<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>"
               "`${window.__pwned=3}` </script><script>window.__pwned=4</script>")
    src = tmp_path / "in"
    src.mkdir()
    (src / "x.md").write_text(
        "---\n" + f"title: {json.dumps(payload)}\nsource: {json.dumps(payload)}\n"
        f"url: \"javascript:window.__pwned=5\"\npublished: {dt.date(2025, 1, 2)}\n---\n"
        f"Russian forces shelled Kharkiv {payload} on Monday.\n", encoding="utf-8")
    summary = build_maps(Config(inputs=(src,), out=tmp_path / "maps", gazetteer=gazetteer_path,
                                title=payload))
    page, errors = open_map(browser, summary.path / "index.html")
    marker = page.locator("path.geomap-event")
    assert marker.count() == 1
    marker.first.click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "<img src=x" in popup.inner_text()  # shown as text
    assert popup.locator("img").count() == 0 and popup.locator("a").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert errors == []
    page.close()

"""The map page of a large run in headless Chromium: an overview of counts, filters and the list
over the whole run, and each event's details from the chunk script that holds it.

A run becomes large above :data:`geomap.outputs.mapdata.INLINE_EVENTS` events; the tests lower
that bound rather than parse tens of thousands of articles.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import geomap.outputs.mapdata
from geomap.config import Config
from geomap.outputs.mapdata import CHUNK_FOLDER, MapData
from geomap.outputs.page import write_page
from geomap.outputs.records import EVENT_COLUMNS
from geomap.run import RunSummary, build_maps

from ..conftest import EVENTS_CORPUS
from .test_browser import PAYLOAD, events_of, open_map, screenshot

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def large_run(gazetteer_path: Path, tmp_path_factory: pytest.TempPathFactory) -> RunSummary:
    out = tmp_path_factory.mktemp("maps")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(geomap.outputs.mapdata, "INLINE_EVENTS", 5)
        return build_maps(Config(inputs=(EVENTS_CORPUS,), out=out, gazetteer=gazetteer_path,
                                 title="Large", run_id="large"))


def test_a_large_run_lists_and_filters_every_event(browser: Any, large_run: RunSummary) -> None:
    events = events_of(large_run)
    chunks = sorted((large_run.path / CHUNK_FOLDER).glob("events-*.js"))
    assert [c.name for c in chunks] == ["events-00000.js"]  # one partition
    assert (large_run.path / CHUNK_FOLDER / "index.js").is_file()
    opened = open_map(browser, large_run.path / "index.html")
    page = opened.page
    assert page.evaluate("window.geomap.large") is True
    assert page.evaluate("window.geomap.total") == opened.shown() == len(events) > 5
    assert page.evaluate("window.geomap.mode()") == "events"  # few: drawn one by one
    assert opened.markers_in_view() == len(events)
    assert page.locator(".gm-row").count() == len(events)
    newest = max(e["date"] for e in events if e["date"])
    assert page.locator(".gm-row .gm-row-date").first.inner_text() == newest
    first_day = min(e["date_start"] or e["date"] for e in events if e["date"])
    on_first_day = [e for e in events if e["date"] and (e["date_start"] or e["date"]) == first_day]
    page.locator("#gm-to").focus()
    page.keyboard.press("Home")
    page.wait_for_function(f"window.geomap.shown() < {len(events)}")
    assert opened.shown() == len(on_first_day)
    page.locator("#gm-time-reset").click()
    kind = "Explosions/Remote violence"
    page.locator(".gm-types label", has_text=kind).locator("input").uncheck()
    assert opened.shown() == sum(e["event_type"] != kind for e in events)
    page.locator("#gm-types-all").click()
    page.locator("#gm-search").fill("kharkiv")
    page.wait_for_function(f"window.geomap.shown() < {len(events)}")
    assert opened.shown() == sum("kharkiv" in e["place"].lower() for e in events) > 0
    page.locator("#gm-search").fill("")
    page.wait_for_function(f"window.geomap.shown() == {len(events)}")
    opened.offline_requests_only()
    assert opened.errors == []
    page.close()


def test_a_row_opens_its_event_from_the_chunk(browser: Any, large_run: RunSummary) -> None:
    events = {e["event_id"]: e for e in events_of(large_run)}
    opened = open_map(browser, large_run.path / "index.html")
    page = opened.page
    row = page.locator(".gm-row").nth(3)
    place = row.locator("strong").inner_text()
    row.click()
    popup = page.locator(".leaflet-popup-content .gm-facts")
    popup.wait_for()
    event = events[page.locator(".leaflet-popup-content .gm-id").inner_text()]
    assert event["place"] == place
    assert page.locator(".leaflet-popup-content .gm-sentence").inner_text() == event["sentence"]
    assert any(u.endswith(f"{CHUNK_FOLDER}/events-00000.js") for u in opened.requests)
    assert "gm-row-selected" in (row.get_attribute("class") or "")
    screenshot(page, "large-popup.png")
    opened.offline_requests_only()
    assert opened.errors == []
    page.close()


def _replicated(summary: RunSummary, folder: Path, count: int, *, inline: int) -> Path:
    """A page of ``count`` events: the run's events again and again, a day apart."""
    features = json.loads((summary.path / "events.geojson").read_text(encoding="utf-8"))
    page = MapData(folder, inline=inline)
    batch: dict[str, list[Any]] = {c: [] for c in (*EVENT_COLUMNS, "lon", "lat")}
    for n in range(count):
        feature = features["features"][n % len(features["features"])]
        for column in EVENT_COLUMNS:
            batch[column].append(feature["properties"].get(column))
        batch["event_id"][-1] = f"{n:016x}"
        day = dt.date(2025, 1, 1) + dt.timedelta(days=n % 200)
        batch["date"][-1] = batch["date_start"][-1] = batch["date_end"][-1] = day.isoformat()
        batch["lon"].append(feature["geometry"]["coordinates"][0])
        batch["lat"].append(feature["geometry"]["coordinates"][1])
    page.add(batch)
    write_page(page.table(), folder / "index.html", title=f"{count} events")
    return folder / "index.html"


def test_many_events_are_drawn_as_counts_until_few_are_in_view(
        browser: Any, large_run: RunSummary, tmp_path: Path) -> None:
    count = 9000
    path = _replicated(large_run, tmp_path, count, inline=1000)
    assert len(list((tmp_path / CHUNK_FOLDER).glob("events-*.js"))) == 1  # one batch
    opened = open_map(browser, path)
    page = opened.page
    assert page.evaluate("window.geomap.mode()") == "overview"
    cells = page.locator(".leaflet-marker-pane .gm-cell span").all_inner_texts()
    assert cells and sum(int(c.replace(",", "")) for c in cells) == count
    assert page.locator(".leaflet-marker-pane .gm-marker").count() == 0
    page.locator(".gm-types label", has_text="Battles").locator("input").uncheck()
    cells = page.locator(".leaflet-marker-pane .gm-cell span").all_inner_texts()
    assert sum(int(c.replace(",", "")) for c in cells) == opened.shown() < count
    page.locator("#gm-types-all").click()
    page.evaluate("() => { window.geomap.map.setView([49.99, 36.23], 12, {animate: false}); }")
    assert page.evaluate("window.geomap.mode()") == "events"
    assert page.locator(".leaflet-marker-pane .gm-marker, .leaflet-marker-pane "
                        ".gm-cluster:not(.gm-cell)").count() > 0
    screenshot(page, "large-overview.png")
    assert opened.errors == []
    page.close()


def test_hostile_text_in_a_chunk_does_not_execute(browser: Any, gazetteer_path: Path,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(geomap.outputs.mapdata, "INLINE_EVENTS", 0)
    src = tmp_path / "in"
    src.mkdir()
    (src / "x.md").write_text(
        "---\n" + f"title: {json.dumps(PAYLOAD)}\nsource: {json.dumps(PAYLOAD)}\n"
        f"published: {dt.date(2025, 1, 2)}\n---\n"
        f"Russian forces shelled Kharkiv {PAYLOAD} on Monday.\n", encoding="utf-8")
    summary = build_maps(Config(inputs=(src,), out=tmp_path / "maps", gazetteer=gazetteer_path))
    opened = open_map(browser, summary.path / "index.html")
    page = opened.page
    assert page.evaluate("window.geomap.large") is True
    page.locator(".gm-row").first.click()
    page.locator(".leaflet-popup-content .gm-facts").wait_for()
    assert "<img src=x" in page.locator(".leaflet-popup-content").inner_text()
    assert page.locator("img[src=x]").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert opened.errors == []
    page.close()

"""The map page in a real headless Chromium (Debian's chromium, driven by Playwright).

Every request that is not for a ``file:`` or ``data:`` URL is aborted, as on a laptop with the
network off. Skipped, with the reason, when no Chromium is installed; `.ci/run` installs it. The
screenshots go to ``tests/artifacts/``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from geomap.config import Config
from geomap.outputs.frame import events_to_frame
from geomap.outputs.page import render_map
from geomap.run import RunSummary, build_maps

from ..conftest import EVENTS_CORPUS, REPO, SEEDS
from .test_page import synthetic_frame

pytestmark = pytest.mark.browser

ARTIFACTS = REPO / "tests" / "artifacts"
OSM_TILE = re.compile(r"^https://tile\.openstreetmap\.org/\d+/\d+/\d+\.png$")
PAYLOAD = ("<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>"
           "`${window.__pwned=3}` </script><script>window.__pwned=4</script>{{ 7*7 }}")


@dataclass
class MapPage:
    """An open map page and what it did: requests, failures and errors."""

    page: Any
    requests: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def markers_in_view(self) -> int:
        """Events drawn in the view: single markers plus the counts on cluster icons."""
        singles = self.page.locator(".leaflet-marker-pane .gm-marker").count()
        counts = self.page.locator(".leaflet-marker-pane .gm-cluster span").all_inner_texts()
        return singles + sum(int(c.replace(",", "")) for c in counts)

    def shown(self) -> int:
        return int(self.page.evaluate("window.geomap.shown()"))

    def offline_requests_only(self) -> None:
        """Every request was for the page's own file or a data: URI, or an aborted OSM tile."""
        online = [u for u in self.requests if not u.startswith(("file:", "data:"))]
        assert all(OSM_TILE.match(u) for u in online), online
        assert all(OSM_TILE.match(u) for u in self.failed), self.failed


@pytest.fixture(scope="module")
def corpus_run(gazetteer_path: Path, tmp_path_factory: pytest.TempPathFactory) -> RunSummary:
    """The hand-made test corpus: dated events of every type in several countries."""
    out = tmp_path_factory.mktemp("maps")
    return build_maps(Config(inputs=(EVENTS_CORPUS,), out=out, gazetteer=gazetteer_path,
                             title="Test corpus", run_id="corpus"))


def open_map(browser: Any, path: Path) -> MapPage:
    page = browser.new_page(viewport={"width": 1400, "height": 850})
    opened = MapPage(page)
    page.on("pageerror", lambda exc: opened.errors.append(str(exc)))
    page.on("console", lambda msg: msg.type == "error" and opened.errors.append(msg.text))
    page.on("dialog", lambda dialog: (opened.errors.append(f"dialog: {dialog.message}"),
                                      dialog.dismiss()))
    page.on("request", lambda request: opened.requests.append(request.url))
    page.on("requestfailed", lambda request: opened.failed.append(request.url))
    # The page must work with the network off: every request but file: and data: is refused.
    page.route("**/*", lambda route: route.continue_()
               if route.request.url.startswith(("file:", "data:")) else route.abort())
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("html[data-geomap-ready]", state="attached")
    return opened


def events_of(summary: RunSummary) -> list[dict[str, Any]]:
    features = json.loads((summary.path / "events.geojson").read_text(encoding="utf-8"))
    return [f["properties"] for f in features["features"]]


def screenshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path))
    return path


def test_seed_map_shows_every_event_offline(browser: Any, gazetteer_path: Path,
                                            tmp_path: Path) -> None:
    summary = build_maps(Config(inputs=(SEEDS,), out=tmp_path, gazetteer=gazetteer_path,
                                run_id="seeds", title="geomap: seeds"))
    events = events_of(summary)
    opened = open_map(browser, summary.path / "index.html")
    page = opened.page
    assert page.evaluate("typeof L.MarkerClusterGroup") == "function"
    assert page.evaluate("window.geomap.cluster.getLayers().length") == len(events) > 0
    assert opened.markers_in_view() == len(events)
    assert page.locator(".gm-row").count() == len(events)
    assert f"{len(events)} events from 2 articles" in page.locator(".gm-header").inner_text()
    assert page.locator(".gm-country span").count() > 0  # the offline basemap's labels
    assert screenshot(page, "seeds.png").stat().st_size > 10_000
    opened.offline_requests_only()
    assert opened.errors == []
    page.close()


def test_row_click_opens_the_popup_of_its_marker(browser: Any, corpus_run: RunSummary) -> None:
    events = {e["event_id"]: e for e in events_of(corpus_run)}
    opened = open_map(browser, corpus_run.path / "index.html")
    page = opened.page
    assert opened.markers_in_view() == len(events)
    row = page.locator(".gm-row").nth(2)
    place = row.locator("strong").inner_text()
    row.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    event_id = popup.locator(".gm-id").inner_text()
    event = events[event_id]
    text = popup.inner_text()
    assert event["place"] == place and event["event_type"] in text
    if event["link"] in ("clause", "sentence"):  # else the place is named in another sentence
        assert popup.locator("mark.gm-place").inner_text().lower() == \
            event["place_name"].lower()
    assert popup.locator("mark.gm-trigger").inner_text().lower() == event["trigger"].lower()
    assert f"\u201c{event['trigger']}\u201d" in text  # why: the trigger and its link
    assert f"GeoNames {event['geonameid']}" in text and event["date"] in text
    assert "Confidence" in text and "Geo precision" in text
    assert event["place_why"] and event["place_why"] in text  # why here
    assert event["language"] == "en" and "Language" in text
    override = (popup.locator("code.gm-override").text_content() or "").split("\t")
    assert override[:3] == ["suppress", event["place_name"], str(event["geonameid"])]
    assert len(override) == 8 and event["document"] in override[7]
    assert "gm-row-selected" in (row.get_attribute("class") or "")
    assert page.locator(".gm-marker.gm-selected").count() == 1
    screenshot(page, "corpus-popup.png")
    opened.offline_requests_only()
    assert opened.errors == []
    page.close()


def test_time_slider_and_type_filter_narrow_the_map(browser: Any,
                                                    corpus_run: RunSummary) -> None:
    events = events_of(corpus_run)
    first_day = min(e["date_start"] or e["date"] for e in events if e["date"])
    on_first_day = [e for e in events if e["date"] and (e["date_start"] or e["date"]) == first_day]
    opened = open_map(browser, corpus_run.path / "index.html")
    page = opened.page
    assert opened.shown() == len(events)
    page.locator("#gm-to").focus()
    page.keyboard.press("Home")  # the last day shown becomes the first day
    page.wait_for_function(f"window.geomap.shown() < {len(events)}")
    assert opened.shown() == len(on_first_day) < len(events)
    assert page.locator(".gm-row").count() == len(on_first_day)
    assert page.locator("#gm-to-label").inner_text() == first_day
    assert opened.markers_in_view() == len(on_first_day)
    page.locator("#gm-time-reset").click()
    assert opened.shown() == len(events)
    page.locator("#gm-play").click()  # plays a window of a tenth of the span from the start
    assert page.locator("#gm-play").get_attribute("aria-pressed") == "true"
    assert opened.shown() < len(events)
    page.locator("#gm-play").click()
    page.locator("#gm-time-reset").click()
    assert page.locator("#gm-play").get_attribute("aria-pressed") == "false"
    assert opened.shown() == len(events)
    kind = "Explosions/Remote violence"
    page.locator(".gm-types label", has_text=kind).locator("input").uncheck()
    assert opened.shown() == sum(e["event_type"] != kind for e in events)
    page.locator("#gm-types-all").click()
    page.locator("#gm-search").fill("Kharkiv")
    page.wait_for_function(f"window.geomap.shown() < {len(events)}")
    assert 0 < opened.shown() < len(events)
    opened.offline_requests_only()
    assert opened.errors == []
    page.close()


def test_online_tiles_are_only_offered(browser: Any, corpus_run: RunSummary) -> None:
    opened = open_map(browser, corpus_run.path / "index.html")
    page = opened.page
    assert not [u for u in opened.requests if OSM_TILE.match(u)]
    page.locator(".leaflet-control-layers").hover()
    page.get_by_label("OpenStreetMap (online)").check()
    page.wait_for_timeout(300)
    assert any(OSM_TILE.match(u) for u in opened.failed)  # asked for, refused: we are offline
    opened.offline_requests_only()
    assert [e for e in opened.errors if "Failed to load resource" not in e] == []
    assert opened.shown() == page.evaluate("window.geomap.total")
    page.close()


def test_hostile_article_text_does_not_execute(browser: Any, gazetteer_path: Path,
                                               tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "x.md").write_text(
        "---\n" + f"title: {json.dumps(PAYLOAD)}\nsource: {json.dumps(PAYLOAD)}\n"
        f"url: \"javascript:window.__pwned=5\"\npublished: {dt.date(2025, 1, 2)}\n---\n"
        f"Russian forces shelled Kharkiv {PAYLOAD} on Monday.\n", encoding="utf-8")
    summary = build_maps(Config(inputs=(src,), out=tmp_path / "maps", gazetteer=gazetteer_path,
                                title=PAYLOAD))
    opened = open_map(browser, summary.path / "index.html")
    page = opened.page
    assert page.title() == PAYLOAD
    assert page.locator("#gm-title").inner_text() == PAYLOAD
    assert page.locator(".gm-row").count() == 1
    page.locator(".gm-row").first.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "<img src=x" in popup.inner_text() and "{{ 7*7 }}" in popup.inner_text()
    assert page.locator("img[src=x], .gm-side img, .leaflet-popup img").count() == 0
    hrefs = popup.locator("a").evaluate_all("nodes => nodes.map(a => a.href)")
    assert all(h.startswith("https://") for h in hrefs), hrefs
    assert page.evaluate("window.__pwned") is None
    opened.offline_requests_only()
    assert opened.errors == []
    page.close()


def test_events_without_a_place_are_listed(browser: Any, tmp_path: Path) -> None:
    unplaced = [
        {"document": "a1", "title": PAYLOAD, "url": "javascript:window.__pwned=6",
         "sentence": f"Shelling hit Novoselivka {PAYLOAD}.", "place_name": "Novoselivka",
         "note": "several places have this name"},
        {"document": "a2", "title": "Report", "url": "https://example.org/a2",
         "sentence": "Clashes were reported overnight.", "event_type": "Battles"},
    ]
    path = tmp_path / "index.html"
    render_map(synthetic_frame(3), path, title="With unplaced events", unplaced=unplaced)
    opened = open_map(browser, path)
    page = opened.page
    assert page.locator("#gm-stat-unplaced").inner_text() == "2"
    page.locator(".gm-unplaced summary").click()
    items = page.locator("#gm-unplaced li")
    assert items.count() == 2
    assert "Novoselivka" in items.first.inner_text() and "<img src=x" in items.first.inner_text()
    assert items.first.locator("a").count() == 0  # javascript: never becomes a link
    assert items.nth(1).locator("a").get_attribute("href") == "https://example.org/a2"
    assert page.evaluate("window.__pwned") is None
    assert opened.errors == []
    page.close()


def test_run_warnings_are_listed_as_text(browser: Any, tmp_path: Path) -> None:
    warnings = [f"in/{PAYLOAD}.md: front matter is not YAML",
                "in/<script>window.__pwned=8</script>.txt: empty file"]
    path = tmp_path / "index.html"
    render_map(synthetic_frame(2), path, title="With warnings", warnings=warnings)
    opened = open_map(browser, path)
    page = opened.page
    assert page.locator("#gm-warnings-panel").is_visible()
    assert page.locator("#gm-warnings-count").inner_text() == "2"
    page.locator(".gm-warnings summary").click()
    items = page.locator("#gm-warnings li")
    assert items.all_inner_texts() == warnings
    assert "<script>window.__pwned=8</script>" in items.nth(1).inner_text()
    assert page.locator("#gm-warnings *:not(li)").count() == 0  # no element made from the text
    assert page.evaluate("window.__pwned") is None
    opened.offline_requests_only()
    assert opened.errors == []
    page.close()


def test_a_run_without_warnings_shows_none(browser: Any, corpus_run: RunSummary) -> None:
    assert corpus_run.warnings == ()
    opened = open_map(browser, corpus_run.path / "index.html")
    assert not opened.page.locator("#gm-warnings-panel").is_visible()
    assert opened.page.locator("#gm-warnings li").count() == 0
    opened.page.close()


def test_a_run_without_events_still_opens(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    render_map(events_to_frame([]), path, title="Nothing found")
    opened = open_map(browser, path)
    page = opened.page
    assert opened.shown() == 0 and opened.markers_in_view() == 0
    assert "No event was found" in page.locator("#gm-list").inner_text()
    assert page.locator("#gm-time-note").is_visible()
    opened.offline_requests_only()
    assert opened.errors == []
    page.close()


@pytest.mark.slow
def test_a_thousand_events_load_quickly(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    render_map(synthetic_frame(1000), path, title="1,000 events")
    started = time.perf_counter()
    opened = open_map(browser, path)
    seconds = time.perf_counter() - started
    assert opened.page.evaluate("window.geomap.cluster.getLayers().length") == 1000
    assert opened.markers_in_view() == 1000
    assert seconds < 10, f"{seconds:.1f} s to load and cluster 1,000 events"
    screenshot(opened.page, "synthetic-1000.png")
    assert opened.errors == []
    opened.page.close()


def test_towns_divisions_and_rivers_are_drawn_as_one_zooms_in(
        browser: Any, gazetteer_path: Path, tmp_path: Path) -> None:
    summary = build_maps(Config(inputs=(SEEDS,), out=tmp_path, gazetteer=gazetteer_path,
                                run_id="seeds"))
    opened = open_map(browser, summary.path / "index.html")
    page = opened.page
    towns = lambda: page.locator(".gm-town span").all_inner_texts()  # noqa: E731
    divisions = lambda: page.locator(".gm-division span").all_inner_texts()  # noqa: E731
    borders = lambda: page.evaluate(  # noqa: E731
        "(() => { var n = 0; window.geomap.map.eachLayer(function (l) {"
        " if (l instanceof L.Polyline && l.options.dashArray) n++; }); return n; })()")
    rivers = lambda: page.evaluate(  # noqa: E731
        "(() => { var n = 0; window.geomap.map.eachLayer(function (l) {"
        " if (l instanceof L.Polyline && l.options.className === 'gm-river') n++; });"
        " return n; })()")

    def zoom(level: int) -> None:
        page.evaluate(f"window.geomap.map.setView([48.28, 37.18], {level}, "
                      "{animate: false}) && 0")
        page.wait_for_timeout(300)

    zoom(4)
    assert borders() == rivers() == 0 and divisions() == []  # a country's view: no detail
    zoom(5)
    far = towns()
    assert "Pokrovsk" not in far and borders() > 10 and rivers() > 5
    zoom(7)
    assert "Donets'k" in divisions()  # the oblast around the events, named
    assert screenshot(page, "divisions.png").stat().st_size > 10_000
    zoom(10)
    near = towns()
    assert "Pokrovsk" in near and len(near) > len(far)  # names fade in by population
    assert divisions() == []  # the towns' zooms name towns, not divisions
    assert screenshot(page, "towns.png").stat().st_size > 10_000
    opened.offline_requests_only()
    assert opened.errors == []
    page.close()


def test_a_language_filter_appears_when_the_run_holds_several(browser: Any,
                                                              tmp_path: Path) -> None:
    frame = synthetic_frame(9)
    frame["language"] = ["uk", "ru", "en"] * 3
    path = tmp_path / "index.html"
    render_map(frame, path, title="Three languages")
    opened = open_map(browser, path)
    page = opened.page
    assert page.locator("#gm-language-box").is_visible()
    assert page.locator("#gm-language option").all_inner_texts() == [
        "all", "en (3)", "ru (3)", "uk (3)"]
    page.locator("#gm-language").select_option("uk")
    page.wait_for_function("window.geomap.shown() === 3")
    page.locator("#gm-language").select_option("")
    page.wait_for_function("window.geomap.shown() === 9")
    assert opened.errors == []
    page.close()
    one = tmp_path / "one.html"
    render_map(synthetic_frame(2), one, title="One language")
    opened = open_map(browser, one)
    assert not opened.page.locator("#gm-language-box").is_visible()
    opened.page.close()


def test_text_in_any_script_is_drawn_with_a_font_of_the_page(browser: Any,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    render_map(synthetic_frame(3), path, title="Обстріл Харкова — обстрел Харькова")
    opened = open_map(browser, path)
    page = opened.page
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": "#gm-title"})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    stack = page.evaluate("getComputedStyle(document.getElementById('gm-title')).fontFamily")
    assert fonts and all(f["familyName"] in stack for f in fonts), (fonts, stack)
    assert sum(f["glyphCount"] for f in fonts) >= len("ОбстрілХарковаобстрелХарькова")
    page.close()

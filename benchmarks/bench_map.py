"""Benchmark: the map page of a large run in headless Chromium.

Builds the page of ``--events`` events (default 1,000,000) the way a run does
(:class:`geomap.outputs.mapdata.MapData` and :func:`geomap.outputs.page.write_page`), from the
events of synthetic articles (``benchmarks/synth.py``) repeated with their points moved up to
0.3 degrees and their dates up to 300 days, each copy with an id of its own; then opens it in
Debian's Chromium through Playwright with the network refused, and measures:

- the load: from navigation until the page marks itself ready (``html[data-geomap-ready]``),
  best of three;
- a step of the time slider: the last day moved back by a few days with the keyboard's worth of
  an ``input`` event, until the map, the list and the histogram are redrawn and painted (the
  slider waits 60 ms for the hand to stop before it redraws; that wait is included), median of
  ten steps.

Usage: python benchmarks/bench_map.py [--gazetteer PATH] [--events 1000000] [--table FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import synth
from bench import CHROMIUM_FLAGS, chromium_path

from geomap.engine import parse_document
from geomap.gazetteer import Gazetteer
from geomap.models import Document
from geomap.outputs.mapdata import MapData
from geomap.outputs.page import write_page
from geomap.outputs.records import EVENT_COLUMNS, event_record

DEFAULT_GAZETTEER = Path("gazetteer/build/geomap.sqlite")
_SOURCE_ARTICLES = 1_000  # parsed once; their events are repeated
_BATCH = 5_000

_STEP = """async (back) => {
  const to = document.getElementById('gm-to');
  const started = performance.now();
  to.value = String(Math.max(0, +to.value - back));
  to.dispatchEvent(new Event('input'));
  await new Promise((done) => setTimeout(done, 61));  /* after the slider's 60 ms wait */
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));  /* painted */
  return performance.now() - started;
}"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteer", type=Path, default=DEFAULT_GAZETTEER)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--table", type=Path, default=None, help="append the rows to this file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        build_page(args.gazetteer, folder, args.events)
        built = time.perf_counter() - started
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20
        page = (folder / "index.html").stat().st_size / 2**20
        measured = measure(folder / "index.html")
    rows = [(f"map of a large run, {args.events:,} events: built",
             f"{built:.1f} s ({page:.1f} MB page, {size:.0f} MB with its scripts)")]
    if measured is None:
        rows.append(("map of a large run: load", "not measured (no Chromium)"))
    else:
        load, step = measured
        rows.append((f"map of a large run, {args.events:,} events: load in headless Chromium",
                     f"{load:.2f} s"))
        rows.append((f"map of a large run, {args.events:,} events: a step of the time slider",
                     f"{step * 1000:.0f} ms (median of 10, its 60 ms wait included)"))
    text = "".join(f"| {m} | {v} |\n" for m, v in rows)
    print(text, end="")
    if args.table is not None:
        with args.table.open("a", encoding="utf-8") as fh:
            fh.write(text)
    return 0


def build_page(gazetteer_path: Path, folder: Path, count: int) -> None:
    """Write the page of ``count`` events into ``folder``."""
    gazetteer = Gazetteer.open(gazetteer_path)
    records = []
    for record in synth.articles(gazetteer_path, count=_SOURCE_ARTICLES, seed=3):
        doc = Document(id=record["id"], text=record["text"], title=record.get("title"),
                       source=record.get("source"),
                       published=dt.date.fromisoformat(record["published"]))
        for event in parse_document(doc, gazetteer).events:
            place = event.toponym.place
            assert place is not None
            records.append((event_record(event), place.lon, place.lat))
    rng = random.Random(1)
    page = MapData(folder)
    batch: dict[str, list[Any]] = {c: [] for c in (*EVENT_COLUMNS, "lon", "lat")}
    for n in range(count):
        record, lon, lat = records[n % len(records)]
        for column in EVENT_COLUMNS:
            batch[column].append(_json(record[column]))
        batch["event_id"][-1] = f"{n:016x}"
        if record["date"] is not None:
            shift = dt.timedelta(days=rng.randint(-300, 300))
            for column in ("date", "date_start", "date_end"):
                batch[column][-1] = (record[column] + shift).isoformat()
        batch["lon"].append(lon + rng.uniform(-0.3, 0.3))
        batch["lat"].append(lat + rng.uniform(-0.3, 0.3))
        if len(batch["lon"]) == _BATCH:
            page.add(batch)
            batch = {c: [] for c in batch}
    if batch["lon"]:
        page.add(batch)
    write_page(page.table(), folder / "index.html", title=f"{count:,} events")


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def measure(path: Path) -> tuple[float, float] | None:
    """Seconds to load (best of three) and to move the time slider a step (median of ten)."""
    chromium = chromium_path()
    if chromium is None:
        return None
    from playwright.sync_api import sync_playwright

    loads, steps = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True,
                                    args=CHROMIUM_FLAGS)
        for attempt in range(3):
            page = browser.new_page(viewport={"width": 1400, "height": 850})
            page.route("**/*", lambda route: route.continue_()
                       if route.request.url.startswith(("file:", "data:")) else route.abort())
            started = time.perf_counter()
            page.goto(path.resolve().as_uri())
            page.wait_for_selector("html[data-geomap-ready]", state="attached", timeout=300_000)
            loads.append(time.perf_counter() - started)
            if attempt == 0:
                steps = [float(page.evaluate(_STEP, 3)) / 1000 for _ in range(10)]
            page.close()
        browser.close()
    return min(loads), statistics.median(steps)


if __name__ == "__main__":
    raise SystemExit(main())

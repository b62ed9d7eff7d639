"""Hostile text is data: no payload runs in the map page or the run index, none is a formula in CSV.

Every payload of ``tests/data/hostile/payloads.json`` is placed in every field of every input
format (title, text, source, url; front matter, JSON Lines fields, HTML, file names) and mapped;
the pages are opened in headless Chromium with every popup opened, and each payload's own window
flag must stay undefined.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
from pathlib import Path
from typing import Any

import pytest

from geomap.config import Config
from geomap.outputs.files import formula_like
from geomap.run import build_maps

PAYLOADS = Path(__file__).parent / "data" / "hostile" / "payloads.json"
PLACES = ("Kharkiv", "Odesa", "Kherson", "Sumy", "Dnipro", "Lviv", "Poltava", "Mykolaiv",
          "Chernihiv", "Zhytomyr")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def payloads() -> list[tuple[str, str, str]]:
    """(kind, flag, payload) with each xss payload's FLAG made its own window property."""
    items = json.loads(PAYLOADS.read_text(encoding="utf-8"))
    out = []
    for n, item in enumerate(items):
        flag = f"__geomap_xss_{n}"
        out.append((item["kind"], flag, item["payload"].replace("FLAG", flag)))
    return out


def _article(place: str, payload: str) -> str:
    return (f"Russian forces shelled {place} on Monday, the governor said {payload} in a "
            f"statement.\n\n{payload}\n\nDrones struck {place} again overnight {payload}.\n")


def write_corpus(folder: Path) -> None:
    """Each payload as a .md, a .txt, an .html file and a JSON Lines record, in every field."""
    folder.mkdir()
    lines = []
    for n, (_kind, _flag, payload) in enumerate(payloads()):
        place = PLACES[n % len(PLACES)]
        quoted = json.dumps(payload)  # a YAML double-quoted scalar
        (folder / f"p{n:02d}.md").write_text(
            f"---\ntitle: {quoted}\nsource: {quoted}\nurl: {quoted}\n"
            f"published: {dt.date(2025, 3, 1 + n % 28)}\n---\n{_article(place, payload)}",
            encoding="utf-8")
        (folder / f"p{n:02d}.txt").write_text(f"{payload}\n\n{_article(place, payload)}",
                                             encoding="utf-8")
        escaped = html.escape(payload, quote=True)
        body = "".join(f"<p>{html.escape(p)}</p>" for p in _article(place, payload).split("\n\n"))
        (folder / f"p{n:02d}.html").write_text(
            f"<html><head><title>{escaped}</title><meta property='og:site_name' "
            f"content='{escaped}'><link rel='canonical' href='{escaped}'></head><body>"
            f"<article><h1>{escaped}</h1>{body}{payload}<p>Officials in Kyiv condemned the "
            f"strike on {place}, which came after weeks of attacks.</p></article></body></html>",
            encoding="utf-8")
        lines.append(json.dumps({"id": f"j{n:02d} {payload}", "text": _article(place, payload),
                                 "title": payload, "source": payload, "url": payload,
                                 "published": "2025-03-02", "language": payload}))
        if "/" not in payload and "\x00" not in payload and len(payload.encode()) < 200:
            (folder / f"n{n:02d} {payload}.txt").write_text(_article(place, payload),
                                                            encoding="utf-8")
    (folder / "all.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "ok.jsonl").write_text(json.dumps({
        "id": "good-link", "text": "Russian forces shelled Kharkiv on Monday.",
        "url": "https://example.invalid/good", "title": "A good link"}) + "\n", encoding="utf-8")
    # A broken file whose name is a payload: its warning names it.
    (folder / "<img src=x onerror=window.__geomap_xss_name=1>.md").write_text(
        "---\ntitle: [\n---\nText\n", encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_run(gazetteer_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    write_corpus(root / "in")
    title = payloads()[1][2]
    summary = build_maps(Config(inputs=(root / "in",), out=root / "maps",
                                gazetteer=gazetteer_path, title=title, run_id="hostile"))
    assert summary.counts["events"] >= 3 * len(payloads())
    return summary.path


def test_every_payload_is_mapped_and_kept_as_data(hostile_run: Path) -> None:
    features = json.loads((hostile_run / "events.geojson").read_text(encoding="utf-8"))["features"]
    titles = {f["properties"]["document"]: f["properties"]["title"] for f in features}
    # reports of one event in several articles are merged into the first report's feature, so
    # every article is looked for among the toponyms, and its title where its event is shown
    toponyms = json.loads((hostile_run / "toponyms.geojson").read_text(encoding="utf-8"))
    documents = {f["properties"]["document"] for f in toponyms["features"]}
    compared = 0
    for n, (_kind, _flag, payload) in enumerate(payloads()):
        kept = " ".join(payload.replace("\x00", "\ufffd").split())  # titles are one line
        for prefix in ("j", "m", "t", "h"):
            doc_id = f"{prefix}{n:02d} {payload}".replace("\x00", "\ufffd").replace("\r", "\n")
            if doc_id in titles:
                compared += 1
                assert titles[doc_id] == kept, f"payload {n} changed in the title"
        doc_id = f"j{n:02d} {payload}".replace("\x00", "\ufffd").replace("\r", "\n")
        assert doc_id in documents, f"payload {n} lost"
    assert compared > 0
    manifest = json.loads((hostile_run / "run.json").read_text(encoding="utf-8"))
    assert any("__geomap_xss_name" in w for w in manifest["warnings"])


def test_csv_cells_are_inert(hostile_run: Path) -> None:
    with (hostile_run / "events.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], rows[1:]
    assert len(body) >= 3 * len(payloads())
    for row in body:
        for column, cell in zip(header, row, strict=True):
            if cell.startswith(FORMULA_START):
                float(cell)  # only a number may start so (a negative longitude)
                assert column in ("lat", "lon", "confidence"), (column, cell)
    cells = {cell for row in body for cell in row}
    for kind, _flag, payload in payloads():
        title = " ".join(payload.split())
        if kind == "formula" and formula_like(title):
            assert "'" + title in cells, title
    for cell in cells:
        assert not formula_like(cell) or cell.startswith("'") or _number(cell), cell


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


_OPEN_EVERY_POPUP = """() => {
  // Open the popup of every marker, clustered or not, and keep a copy of each in the page so
  // that anything a payload injected stays there to be found (and to fire).
  const maps = Object.keys(window).filter(k => /^map_[0-9a-f]+$/.test(k)).map(k => window[k]);
  const kept = document.createElement('div');
  kept.id = 'gm-test-popups';
  document.body.appendChild(kept);
  let opened = 0;
  const visit = (map, layer) => {
    const popup = layer.getPopup && layer.getPopup();
    if (popup && layer.getLatLng) {
      popup.setLatLng(layer.getLatLng());
      map.openPopup(popup);
      kept.appendChild(popup.getElement().cloneNode(true));
      opened += 1;
    }
    if (layer.getLayers) layer.getLayers().forEach(child => visit(map, child));
  };
  maps.forEach(m => m.eachLayer(layer => visit(m, layer)));
  return opened;
}"""

_DANGER = """regions => {
  // Anything a payload could have turned into markup or a live URL.
  const found = [];
  const text = new Set(['DIV', 'SPAN', 'P', 'MARK', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD',
    'A', 'STRONG', 'EM', 'B', 'I', 'BR', 'SMALL', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'H1', 'H2',
    'H3', 'TIME', 'CODE', 'HEADER', 'MAIN', 'SECTION', 'FOOTER', 'NAV', 'ARTICLE']);
  regions.forEach(selector => document.querySelectorAll(selector).forEach(region =>
    region.querySelectorAll('*').forEach(el => {
      if (!text.has(el.tagName.toUpperCase())) found.push(selector + ' holds ' + el.tagName);
    })));
  document.querySelectorAll('*').forEach(el => {
    for (const a of el.attributes) {
      if (a.name.startsWith('on')) found.push(el.tagName + ' ' + a.name);
    }
    if (['IFRAME', 'OBJECT', 'EMBED', 'FRAME', 'BASE'].includes(el.tagName.toUpperCase())) {
      found.push(el.tagName);
    }
    if (el.tagName === 'META' && /refresh/i.test(el.httpEquiv)) found.push('META refresh');
  });
  document.querySelectorAll('[href], [src], [action], [formaction]').forEach(el => {
    for (const name of ['href', 'src', 'action', 'formaction']) {
      const raw = el.getAttribute(name);
      if (raw === null) continue;
      const url = new URL(raw, document.baseURI);
      if (!['http:', 'https:', 'file:'].includes(url.protocol)) found.push(name + '=' + raw);
    }
  });
  return found;
}"""
_MAP_TEXT = ["#gm-test-popups", ".leaflet-popup", "#gm-list", "#gm-title", "#gm-summary",
             "#gm-unplaced", "#gm-warnings"]


def open_page(browser: Any, path: Path) -> tuple[Any, list[str]]:
    page = browser.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"),
                                      dialog.dismiss()))
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
               else route.abort())
    page.goto(path.resolve().as_uri())
    return page, problems


def assert_nothing_ran(page: Any, problems: list[str], regions: list[str]) -> None:
    page.wait_for_timeout(300)  # let any onerror, onload or timer fire
    flags = [flag for _kind, flag, _payload in payloads()] + ["__geomap_xss_name"]
    ran = page.evaluate("flags => flags.filter(f => window[f] !== undefined)", flags)
    assert ran == []
    assert page.evaluate(_DANGER, regions) == []
    assert problems == []


@pytest.mark.browser
def test_map_page_runs_no_payload(browser: Any, hostile_run: Path) -> None:
    page, problems = open_page(browser, hostile_run / "index.html")
    page.wait_for_selector(".leaflet-container")
    assert page.evaluate(_OPEN_EVERY_POPUP) >= 3 * len(payloads())
    text = page.locator("body").inner_text()
    assert "<img src=x" in text or "<script>" in text  # the last popup shows payloads as text
    # the broken file's warning names it: the payload in its name is listed, as text
    warned = page.locator("#gm-warnings").text_content()
    assert "<img src=x onerror=window.__geomap_xss_name=1>.md" in warned
    assert_nothing_ran(page, problems, _MAP_TEXT)
    links = page.evaluate("() => [...document.querySelectorAll('a[href]')].map(a => a.href)")
    assert not any(link.lower().lstrip().startswith(("javascript", "data", "vbscript"))
                   for link in links)
    assert "https://example.invalid/good" in links  # an http(s) URL still is a link
    page.close()


@pytest.mark.browser
def test_run_index_runs_no_payload(browser: Any, hostile_run: Path) -> None:
    page, problems = open_page(browser, hostile_run.parent / "index.html")
    assert "hostile" in page.locator("body").inner_text()
    assert_nothing_ran(page, problems, ["body"])
    page.close()


def test_csv_cell_with_a_carriage_return_stays_one_row(tmp_path: Path) -> None:
    import geopandas as gpd

    from geomap.outputs.files import write_csv

    frame = gpd.GeoDataFrame({"title": ["x\r=1+1"]},
                             geometry=gpd.points_from_xy([30.5], [50.4]), crs="EPSG:4326")
    write_csv(frame, tmp_path / "e.csv")
    with (tmp_path / "e.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows == [["title", "lat", "lon"], ["x\r=1+1", "50.400000", "30.500000"]]


@pytest.mark.parametrize("run_id", ["<script>", "a/b", "x\x00", "..", ".hidden", "a b",
                                    "latest", "index.html", "x" * 101, "\udcff"])
def test_run_ids_are_plain_names(gazetteer_path: Path, tmp_path: Path, run_id: str) -> None:
    from geomap.errors import RunError

    with pytest.raises(RunError, match="invalid run id"):
        build_maps(Config(inputs=(tmp_path,), out=tmp_path / "maps", gazetteer=gazetteer_path,
                          run_id=run_id))
    assert not (tmp_path / "maps").exists()

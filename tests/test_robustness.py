"""Bad input never ends a run: each bad file or line is one warning, the rest maps.

Also: encodings other than UTF-8, several-MB articles, a folder of 10,000 files, ``--strict``,
byte-identical outputs for the same inputs, and property-based tests that feed generated
documents of every format through the whole pipeline.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geomap.readers.read as documents_module
from geomap.cli import main
from geomap.config import Config
from geomap.errors import DocumentError, RunError
from geomap.events.extract import extract_events
from geomap.gazetteer import Gazetteer
from geomap.geoparse.recognize import find_mentions
from geomap.geoparse.resolve import resolve
from geomap.models import Document, Warning_
from geomap.outputs.files import write_csv, write_geojson, write_geopackage
from geomap.outputs.frame import events_to_frame, toponyms_to_frame
from geomap.readers import read_document, read_documents
from geomap.readers.decode import NotTextError, decode_text
from geomap.run import build_maps

from .conftest import EVENTS_CORPUS, SEEDS

GOOD = "Shelling in Kharkiv\n\nRussian forces shelled Kharkiv on Monday, the governor said.\n"
CYRILLIC = ("Российские войска обстреляли Харьков в понедельник, погибли два человека, сообщил "
            "губернатор. Взрывы прогремели также в Днепре и Запорожье.\n")

# name -> (bytes, what the single warning says; None when the file reads without a warning)
BAD_FILES: dict[str, tuple[bytes, str | None]] = {
    "empty.txt": (b"", "empty file"),
    "blank.md": (b"  \n\r\n\t\n", "empty file"),
    "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
    "noise.html": (bytes(range(128, 256)) * 8, "not valid UTF-8"),
    "short_cp1251.txt": ("Харків\n".encode("cp1251"), "not valid UTF-8"),
    "cp1251.txt": (("Обстрел Харькова\n\n" + CYRILLIC).encode("cp1251"), "decoded as cp1251"),
    "koi8.md": (("---\ntitle: Обстрел\n---\n" + CYRILLIC).encode("koi8_r"), "decoded as koi8_r"),
    "cut_mid_character.txt": ((GOOD + "Харків").encode()[:-1], "bad byte sequence"),
    "bom.txt": (b"\xef\xbb\xbf" + GOOD.encode(), None),
    "utf16.txt": (GOOD.encode("utf-16"), None),
    "mixed_line_ends.txt": (b"Shelling\r\n\r\nRussian forces shelled Kharkiv.\rDrones hit Odesa.\n",
                            None),
    "not_yaml.md": (b"---\ntitle: [unclosed\n---\nFighting near Toretsk.\n",
                    "front matter is not valid YAML"),
    "word_date.md": (b"---\npublished: next week\n---\nFighting near Toretsk.\n",
                     "'published' is not an ISO date"),
    "impossible_date.md": (b"---\npublished: 2025-13-45\n---\nFighting near Toretsk.\n",
                           "impossible value"),
    "year_one.md": (b"---\npublished: 0001-01-01\n---\nShelling of Kharkiv yesterday.\n",
                    "not a plausible date"),
    "list_title.md": (b"---\ntitle: [a, b]\n---\nFighting near Toretsk.\n", "'title' is not text"),
    "alias_bomb.md": (b"---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a]\n"
                      b"c: &c [*b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c]\n"
                      b"title: &e [*d, *d, *d, *d, *d, *d]\npublished: *e\n---\nText.\n",
                      "'title' is not text"),
    "deep_yaml.md": (b"---\ntitle: " + b"[" * 5000 + b"\n---\nText.\n", "front matter"),
    "truncated.html": (b"<html><head><title>Shelling</title></head><body><article><p>Russian "
                       b"forces shelled Kharkiv on Monday, killing two civilians, the governor "
                       b"said.</p><p>The attack damaged a school in the cit", None),
    "deep.html": (b"<html><body>" + b"<div>" * 3000 + b"<p>Russian forces shelled Kharkiv.</p>",
                  "nested too deeply"),
    "fragment.html": (b"<p>Russian forces shelled Kharkiv on Monday, killing two civilians, the "
                      b"governor said.</p>", None),
    "meta_charset.html": (("<html><head><meta charset='windows-1251'></head><body><article><p>"
                           + CYRILLIC + "</p><p>" + CYRILLIC + "</p></article></body></html>"
                           ).encode("cp1251"), None),
}
# JSON Lines: line number -> what its warning says (the other lines are good).
JSONL_LINES = [
    json.dumps({"id": "ok1", "text": "Fighting near Toretsk.", "published": "2025-01-02"}),
    "{broken",
    json.dumps({"id": [1], "text": "Fighting near Toretsk."}),
    json.dumps({"id": "cleaned", "text": "Drones hit Odesa \ud800 and \x00 Kherson."}),
    '{"id": 1' + "0" * 5000 + ', "text": "x"}',
    "[" * 100_000,
    "[1, 2]",
    "\ufeff" + json.dumps({"id": "bom-line", "text": "Shelling of Sumy."}),
    json.dumps({"id": "t", "text": "Fighting near Toretsk.", "title": {"a": 1}}),
    json.dumps({"id": "ok1", "text": "again"}),
]
JSONL_PROBLEMS = {2: "not valid JSON", 3: "'id' is not a string or an integer",
                  5: "not valid JSON", 6: "nested too deeply", 7: "expected a JSON object",
                  9: "'title' is not text", 10: "duplicate id 'ok1'"}


def make_bad_folder(folder: Path) -> dict[Path, str | None]:
    folder.mkdir()
    expected: dict[Path, str | None] = {}
    for name, (data, problem) in BAD_FILES.items():
        (folder / name).write_bytes(data)
        expected[folder / name] = problem
    (folder / "lines.jsonl").write_text("\n".join(JSONL_LINES) + "\n", encoding="utf-8")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return expected


def test_each_bad_file_or_line_is_one_warning_and_the_rest_maps(gazetteer_path: Path,
                                                                 tmp_path: Path) -> None:
    expected = make_bad_folder(tmp_path / "in")
    summary = build_maps(Config(inputs=(tmp_path / "in",), out=tmp_path / "maps",
                                gazetteer=gazetteer_path))
    warnings = list(summary.warnings)
    assert all("\n" not in w for w in warnings)
    for path, problem in expected.items():
        mine = [w for w in warnings if w.startswith(f"{path}: ")]
        if problem is None:
            assert mine == [], path
        else:
            assert len(mine) == 1 and problem in mine[0], (path, mine)
    lines = tmp_path / "in" / "lines.jsonl"
    for number, problem in JSONL_PROBLEMS.items():
        mine = [w for w in warnings if w.startswith(f"{lines}:{number}: ")]
        assert len(mine) == 1 and problem in mine[0], (number, mine)
    skipped = sum(p is not None for p in expected.values()) + len(JSONL_PROBLEMS)
    assert len(warnings) == skipped
    manifest = json.loads((summary.path / "run.json").read_text(encoding="utf-8"))
    assert manifest["warnings"] == warnings and manifest["counts"]["warnings"] == skipped
    ids = {f["properties"]["document"] for f in json.loads(
        (summary.path / "toponyms.geojson").read_text(encoding="utf-8"))["features"]}
    assert {"good", "cp1251", "koi8", "bom", "utf16", "mixed_line_ends", "truncated",
            "fragment", "meta_charset", "ok1", "cleaned", "bom-line"} <= ids


def test_decoded_text_is_normalised(tmp_path: Path) -> None:
    make_bad_folder(tmp_path / "in")
    notes: list[Warning_] = []
    docs = {d.id: d for d in read_documents([tmp_path / "in"], errors=[], warnings=notes)}
    assert docs["cp1251"].title == "Обстрел Харькова" and docs["cp1251"].text == CYRILLIC
    assert docs["koi8"].title == "Обстрел"
    assert docs["bom"].title == "Shelling in Kharkiv" and docs["utf16"].text == docs["bom"].text
    assert docs["mixed_line_ends"].text == "Russian forces shelled Kharkiv.\nDrones hit Odesa.\n"
    assert "Харьков" in docs["meta_charset"].text
    assert docs["cleaned"].text == "Drones hit Odesa \ufffd and \ufffd Kherson."
    assert {n.path.rsplit("/", 1)[-1] for n in notes} == {"cp1251.txt", "koi8.md",
                                                         "cut_mid_character.txt"}


def test_non_utf8_file_names_and_carriage_returns_in_json_are_written(
        gazetteer_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(GOOD, encoding="utf-8")
    (folder / "crlf.jsonl").write_text(json.dumps(
        {"id": "a\rb", "text": "Russian forces\r\nshelled Kharkiv.\rMore.", "title": "x\r=1+1"}
    ) + "\n", encoding="utf-8")
    summary = build_maps(Config(inputs=(folder,), out=tmp_path / "maps", gazetteer=gazetteer_path))
    assert summary.counts["documents"] == 2 and summary.warnings == ()
    with (summary.path / "events.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len({len(r) for r in rows}) == 1  # no cell broke its row
    assert {r[1] for r in rows[1:]} >= {"caf\ufffd", "a\nb"}
    [doc] = read_document(folder / "crlf.jsonl")
    assert doc.text == "Russian forces \nshelled Kharkiv.\nMore." and doc.title == "x =1+1"


def test_paths_that_are_not_files(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(DocumentError, match="not a regular file"):
        read_document(fifo)  # never opened: reading a pipe would wait forever


def test_a_file_too_large_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents_module, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_text(GOOD * 100)
    with pytest.raises(DocumentError, match=r"too large"):
        read_document(path)


def test_articles_of_several_megabytes_are_read(tmp_path: Path) -> None:
    body = (SEEDS / "wsj_pokrovsk_in_ruins.txt").read_text(encoding="utf-8")
    big = "\n\n".join([body] * (5_000_000 // len(body)))
    (tmp_path / "a.txt").write_text("Big\n\n" + big, encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ntitle: Big\n---\n" + big, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c", "text": big}) + "\n")
    paragraphs = "".join(f"<p>{p}</p>" for p in big[:1_500_000].split("\n\n"))
    (tmp_path / "d.html").write_text(f"<html><body><article>{paragraphs}</article></body></html>")
    started = time.perf_counter()
    docs = read_documents([tmp_path])
    assert [d.id for d in docs] == ["a", "b", "c", "d"]
    assert all(len(d.text) > 1_000_000 for d in docs)
    assert time.perf_counter() - started < 30


@pytest.mark.slow
def test_an_article_of_several_megabytes_maps(gazetteer_path: Path, tmp_path: Path) -> None:
    body = (SEEDS / "wsj_pokrovsk_in_ruins.txt").read_text(encoding="utf-8")
    # 1 MB: event extraction is quadratic in an article's sentences (2 MB takes 2 minutes).
    (tmp_path / "big.txt").write_text("\n\n".join([body] * (1_000_000 // len(body))))
    started = time.perf_counter()
    summary = build_maps(Config(inputs=(tmp_path / "big.txt",), out=tmp_path / "maps",
                                gazetteer=gazetteer_path))
    print(f"1 MB article mapped in {time.perf_counter() - started:.1f} s")
    assert summary.counts["documents"] == 1 and summary.counts["toponyms"] > 1000


@pytest.mark.slow
def test_a_folder_of_10000_files(gazetteer_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    places = ("Kharkiv", "Odesa", "Kherson", "Sumy", "Dnipro", "Lviv", "Poltava", "Toretsk")
    for n in range(10_000):
        sub = folder / f"{n // 1000:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"a{n:05d}.txt").write_text(
            f"Report {n}\n\nRussian forces shelled {places[n % len(places)]} on Monday.\n")
    (folder / "00" / "bad.txt").write_bytes(b"\x00")
    started = time.perf_counter()
    summary = build_maps(Config(inputs=(folder,), out=tmp_path / "maps",
                                gazetteer=gazetteer_path))
    elapsed = time.perf_counter() - started
    print(f"10,000 files mapped in {elapsed:.1f} s")
    assert summary.counts["documents"] == 10_000 and summary.counts["files"] == 10_001
    assert len(summary.warnings) == 1 and summary.counts["events"] == 10_000


def test_strict_makes_any_warning_fatal_and_writes_nothing(
        gazetteer_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "cp1251.txt").write_bytes(CYRILLIC.encode("cp1251"))
    out = tmp_path / "maps"
    args = ["run", str(folder), "--out", str(out), "--gazetteer", str(gazetteer_path)]
    assert main([*args, "--strict"]) == 2
    err = capsys.readouterr().err
    assert "cp1251.txt: not UTF-8; decoded as cp1251" in err and "strict" in err
    assert not out.exists()
    assert main(args) == 2  # the guessed encoding is a warning: the run is written
    assert (out / "latest" / "run.json").is_file()
    (folder / "cp1251.txt").unlink()
    assert main([*args, "--strict"]) == 0
    with pytest.raises(RunError, match="strict"):
        (folder / "bad.jsonl").write_text("{\n")
        build_maps(Config(inputs=(folder,), out=out, gazetteer=gazetteer_path), strict=True)


def test_exit_codes_are_documented_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--strict" in out and "exit status: 0" in out and "2 when warnings occurred" in out


def _layers(run: Path) -> dict[str, bytes]:
    return {name: (run / name).read_bytes()
            for name in ("events.geojson", "events.csv", "toponyms.geojson")}


def test_same_inputs_give_byte_identical_layers(gazetteer_path: Path, tmp_path: Path) -> None:
    """In one process; test_faults runs three processes at once with different hash seeds."""
    config = Config(inputs=(EVENTS_CORPUS, SEEDS), out=tmp_path / "maps",
                    gazetteer=gazetteer_path)
    first = build_maps(config).path  # a second run into another folder: no previous run there,
    second = build_maps(replace(config, out=tmp_path / "again")).path  # so no status differs
    assert first != second
    assert json.loads((first / "events.geojson").read_text())["features"]
    assert _layers(first) == _layers(second)


# ---- property-based: generated documents of every format through the whole pipeline ----------

WORDS = ("Kharkiv", "Kyiv", "Donetsk region", "Pokrovsk", "U.S.", "Washington Post", "Moscow's",
         "Ukrainian", "Odesa", "Zaporizhzhia", "Gaza", "Khan Younis", "Nice", "Street", "Georgia",
         "Rostov-on-Don", "São Paulo", "Bosnia and Herzegovina", "Мирноград", "Харків", "the",
         "Mirnograd", "President Zelensky", "Kremlin", "shelled", "drone strike", "protesters",
         "fighting near", "arrested", "missiles hit", "killed", "yesterday", "last week",
         "on Monday", "in March 2024", "2025-01-02", "three days ago", "near", "said")
PUNCTUATION = (".", ",", "!", "?", "'", "’", '"', "(", ")", "-", "—", ":", ";", " ", "  ", "\n",
               "\n\n", "\r\n", "\r", "\t", "\u2028", "\xa0", "\ufeff", "\x00", "\u200b", "Mr.",
               "...", "<", ">", "&", "=", "@", "\U0001f600", "e\u0301")
PLACES = ("Kharkiv", "Odesa", "Pokrovsk", "Donetsk region", "Khan Younis", "Tbilisi", "Gaza",
          "Mirnograd", "Zaporizhzhia", "Kyiv", "Харків", "São Paulo", "Rostov-on-Don")
CUES = ("shelled", "struck", "protested in", "fought near", "arrested people in",
        "launched a drone strike on", "fired missiles at", "advanced toward")
FRAGMENT = st.one_of(st.sampled_from(WORDS), st.sampled_from(PUNCTUATION), st.text(max_size=8))
SENTENCE = st.builds("{} {} {}{} {}{}".format, st.sampled_from(("Russian forces", "Protesters",
                                                                "Police", "Israel", "Troops")),
                     st.sampled_from(CUES), st.sampled_from(PLACES), FRAGMENT,
                     st.sampled_from(("on Monday", "yesterday", "in March 2024", "", "last week")),
                     st.sampled_from((".", ". ", ".\n", "!\r\n", "", "\n\n")))
TEXT = st.lists(st.one_of(SENTENCE, FRAGMENT), max_size=16).map("".join)
ENCODINGS = st.sampled_from(("utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1251", "latin-1"))
VALUES = st.one_of(TEXT, st.dates().map(str), st.integers(), st.none(), st.booleans(),
                   st.lists(st.integers(), max_size=3),
                   st.sampled_from(("2025-13-45", "next week", "0001-01-01", "[", "{a: b}", "*x",
                                    "!!binary abc", "2025-03-04T10:00:00Z", "'", "---")))
HTML_TAGS = ("p", "div", "article", "span", "b", "h1", "script", "style", "nav", "table", "td",
             "a href='javascript:x'", "br", "li", "main", "header", "footer", "blockquote")


@st.composite
def encoded(draw: st.DrawFn, text: str) -> bytes:
    data = text.encode(draw(ENCODINGS), errors="replace")
    if draw(st.booleans()) and data:  # damage: stray bytes somewhere
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=4)) + data[at:]
    return data


@st.composite
def markdown_files(draw: st.DrawFn) -> bytes:
    meta = draw(st.dictionaries(st.sampled_from(("title", "published", "source", "url",
                                                 "language", "other")), VALUES, max_size=5))
    lines = [f"{k}: {json.dumps(v) if draw(st.booleans()) else v}" for k, v in meta.items()]
    closing = draw(st.sampled_from(("---\n", "---", "", "--\n")))
    head = "---\n" + "\n".join(lines) + "\n" + closing if meta or draw(st.booleans()) else ""
    return draw(encoded(head + draw(TEXT)))


def _html(node: object) -> str:
    if isinstance(node, str):
        return node
    tag, children = node  # type: ignore[misc]
    return f"<{tag}>" + "".join(_html(c) for c in children) + f"</{tag.split()[0]}>"


HTML_TREES = st.recursive(TEXT, lambda kids: st.tuples(st.sampled_from(HTML_TAGS),
                                                       st.lists(kids, max_size=4)),
                          max_leaves=12)


@st.composite
def html_files(draw: st.DrawFn) -> bytes:
    if draw(st.booleans()):  # an article page, as scraped
        paragraphs = draw(st.lists(st.lists(SENTENCE, min_size=1, max_size=4).map("".join),
                                   min_size=1, max_size=5))
        body = "<article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article>"
        body += "".join(_html(t) for t in draw(st.lists(HTML_TREES, max_size=2)))
    else:
        body = "".join(_html(t) for t in draw(st.lists(HTML_TREES, max_size=4)))
    if draw(st.booleans()):
        body = (f"<html><head><title>{draw(TEXT)}</title></head><body>{body}</body></html>")
    if draw(st.booleans()) and body:  # truncated
        body = body[:draw(st.integers(0, len(body)))]
    return draw(encoded(body))


@st.composite
def jsonl_files(draw: st.DrawFn) -> bytes:
    keys = st.sampled_from(("id", "text", "title", "published", "source", "url", "language"))
    good = st.fixed_dictionaries(
        {"id": st.one_of(st.text(max_size=6), st.integers()),
         "text": st.lists(SENTENCE, min_size=1, max_size=5).map("".join)},
        optional={"title": VALUES, "published": VALUES, "url": VALUES, "source": TEXT})
    records = draw(st.lists(st.one_of(
        good, good, st.dictionaries(keys, st.one_of(VALUES, TEXT), max_size=5),
        st.lists(st.integers(), max_size=2),
    ), max_size=5))
    lines = [json.dumps(r, ensure_ascii=draw(st.booleans())) for r in records]
    lines += draw(st.lists(TEXT, max_size=1))  # a broken line
    order = draw(st.permutations(lines))
    return "\n".join(order).encode("utf-8", errors="surrogatepass")


FILES = {suffix: st.one_of(files, st.binary(max_size=200)) for suffix, files in (
    (".txt", TEXT.flatmap(encoded)), (".md", markdown_files()), (".html", html_files()),
    (".jsonl", jsonl_files()))}


def check_pipeline(path: Path, gazetteer: Gazetteer, out: Path) -> None:
    """No error but DocumentError; every offset slices the text; the layers are written."""
    with contextlib.suppress(DocumentError):  # the raising reader: DocumentError only
        read_document(path)
    errors: list[DocumentError] = []
    docs = read_documents([path], errors=errors, warnings=[])
    assert all("\n" not in str(e) for e in errors)
    pairs, events = [], []
    for doc in docs:
        _check_text(doc)
        mentions = find_mentions(doc, gazetteer)
        assert all(doc.text[m.start:m.end] == m.text for m in mentions)
        toponyms = resolve(doc, mentions, gazetteer)
        for t in toponyms:
            assert doc.text[t.mention.start:t.mention.end] == t.mention.text
        found = extract_events(doc, toponyms)
        for event in found:
            assert doc.text[event.start:event.end] == event.sentence
            mention = event.toponym.mention
            assert doc.text[mention.start:mention.end] == mention.text
            assert event.trigger is not None and event.trigger in event.sentence
            if event.link in ("clause", "sentence"):  # else the place is named nearby
                assert event.start <= mention.start <= mention.end <= event.end
        pairs.extend((doc, t) for t in toponyms)
        events.extend(found)
    if not pairs:
        return  # empty layers are written by the other tests; a GeoPackage costs 50 ms
    event_frame, toponym_frame = events_to_frame(events), toponyms_to_frame(pairs)
    write_geojson(event_frame, out / "events.geojson")
    write_csv(event_frame, out / "events.csv")
    write_geopackage({"events": event_frame, "toponyms": toponym_frame}, out / "events.gpkg")
    written = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    assert len(written["features"]) == len(events)
    with (out / "events.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.reader(fh))) == len(events) + 1


def _check_text(doc: Document) -> None:
    for value in (doc.id, doc.text, doc.title, doc.source, doc.url):
        if value is not None:
            value.encode("utf-8")  # no lone surrogate
            assert "\x00" not in value and "\r" not in value
    assert doc.text.strip()


@pytest.mark.parametrize("suffix", sorted(FILES))
def test_generated_documents_pass_the_whole_pipeline(gazetteer: Gazetteer, suffix: str) -> None:
    @settings(max_examples=int(os.environ.get("GEOMAP_EXAMPLES", "40")), deadline=None,
              derandomize="GEOMAP_EXAMPLES" not in os.environ,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(data=FILES[suffix])
    def run(data: bytes) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"doc{suffix}"
            path.write_bytes(data)
            check_pipeline(path, gazetteer, Path(tmp))

    run()


@settings(max_examples=300, deadline=None, derandomize=True)
@given(data=st.one_of(st.binary(max_size=300), TEXT.flatmap(encoded)), html=st.booleans())
def test_any_bytes_decode_to_writable_text_or_a_clear_error(data: bytes, html: bool) -> None:
    try:
        text, note = decode_text(data, html=html)
    except NotTextError as exc:
        assert "\n" not in str(exc)
        return
    text.encode("utf-8")
    assert "\x00" not in text
    assert note is None or "\n" not in note


def test_earlier_runs_inside_an_input_folder_are_not_read_as_articles(
        gazetteer_path: Path, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD)
    config = Config(inputs=(tmp_path,), out=tmp_path / "maps", gazetteer=gazetteer_path)
    first, second = build_maps(config), build_maps(config)
    assert first.counts == second.counts and second.counts["files"] == 1

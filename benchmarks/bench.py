"""Benchmarks: start-up, geoparsing, whole runs with both engines, the cache and map loading.

Each figure is measured in a fresh subprocess so that imports and caches are cold:

- start-up: importing geomap's text stages and opening the gazetteer; then the first article
  (which loads the word-frequency and given-name tables);
- geoparse: articles per second of ``geoparse_documents`` after start-up, one core, over the
  article texts of the JSON Lines corpora in ``--corpus-dir`` (only ``id`` and ``text`` are read)
  and over synthetic articles of about 3,000 characters (``benchmarks/synth.py``); and the
  ``geomap geoparse`` command on every synthetic article, start-up and I/O included;
- run: ``geomap run`` on the dev corpora's articles, and on ``--articles`` synthetic articles with
  the local engine and with ``--engine dask`` on 1 and 2 worker processes, maps and layers
  included: wall-clock time, the geoparse stage's time from ``run.json`` and the peak memory of
  the whole process tree (the run and its dask workers, resident set sizes summed);
- cache: a run that fills the per-article cache, then a run after one article changed;
- scale: optionally (``--scale 10000,20000,40000``), ``geomap run --engine dask`` on more articles,
  with the time per thousand articles;
- map load: the page of 10,000 events (and the page of the synthetic run) opened in headless
  Chromium (Debian's ``chromium`` through Playwright) until the map says it is ready.

The table is printed and written to ``--table`` (default ``build/bench.md``). Synthetic articles
are generated once into ``--work`` (default ``build/bench``) and reused.

Usage: python benchmarks/bench.py [--gazetteer PATH] [--corpus-dir ../shared/eval/dev]
       [--articles 10000] [--scale N,N,...] [--work build/bench] [--table build/bench.md]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synth  # noqa: E402

from geomap.config import DEFAULT_GAZETTEER  # noqa: E402

_STARTUP = """
import time, sys
t = time.perf_counter()
from geomap.gazetteer import Gazetteer
from geomap.batch import geoparse_documents
g = Gazetteer.open(sys.argv[1])
print(time.perf_counter() - t)
"""

_FIRST = """
import json, sys, time
from pathlib import Path
from geomap.readers import read_documents
from geomap.gazetteer import Gazetteer
from geomap.batch import geoparse_documents
docs = read_documents([Path(sys.argv[2])])[:1]
g = Gazetteer.open(sys.argv[1])
t = time.perf_counter()
list(geoparse_documents(docs, g))
print(time.perf_counter() - t)
"""

_THROUGHPUT = """
import json, sys, time
from pathlib import Path
from geomap.readers import read_documents
from geomap.gazetteer import Gazetteer
from geomap.batch import geoparse_documents
from geomap.engine import parse_document
docs = read_documents([Path(sys.argv[2])])[:int(sys.argv[3])]
g = Gazetteer.open(sys.argv[1])
events = len(sys.argv) > 4 and sys.argv[4] == "events"
from geomap.models import Document
# warm the lazy tables that a process loads once, at its first article in a language (word
# frequencies, given names, that language's cue and context patterns: a Cyrillic word loads
# Ukrainian, Russian and Bulgarian frequencies, about 0.6 s), with an event report in each
# language geomap reads: a corpus of one language holds articles detected as another
WARM = {"en": "Two people were killed in the shelling of Kharkiv on Monday, police said.",
        "uk": "У понеділок унаслідок обстрілу Харкова загинули двоє людей, повідомила поліція.",
        "ru": "В понедельник при обстреле Харькова погибли два человека, сообщила полиция.",
        "bg": "В понеделник двама души загинаха при обстрел на Харков, съобщи полицията.",
        "fr": "Deux personnes ont été tuées lundi dans le bombardement de Kharkiv, dit la police."}
warm = [Document(id=f"warm-{code}", text=text, language=code) for code, text in WARM.items()]
list(geoparse_documents([*docs[:5], *warm], g))
[parse_document(d, g) for d in [*docs[:5], *warm]]
t, c = time.perf_counter(), time.process_time()
if events:  # recognition, resolution and event extraction
    n = sum(len(parse_document(d, g).events) for d in docs)
else:
    n = sum(len(r["toponyms"]) for r in geoparse_documents(docs, g))
s, cpu = time.perf_counter() - t, time.process_time() - c
chars = sum(len(d.text) for d in docs)
print(json.dumps({"articles": len(docs), "chars": chars, "toponyms": n, "seconds": s,
                  "cpu_seconds": cpu}))
"""

_PAGE = """
import sys
from pathlib import Path
from geomap.readers import read_documents
from geomap.engine import parse_document
from geomap.outputs.frame import events_to_frame
from geomap.gazetteer import Gazetteer
from geomap.outputs.page import render_map
wanted = int(sys.argv[3])
g = Gazetteer.open(sys.argv[1])
events = []
for doc in read_documents([Path(sys.argv[2])]):
    events += parse_document(doc, g).events
    if len(events) >= wanted:
        break
render_map(events_to_frame(events[:wanted]), Path(sys.argv[4]), title=f"{wanted} events")
"""

Row = tuple[str, str]
_PER_FILE = 5000  # articles per synthetic JSON Lines file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteer", type=Path, default=DEFAULT_GAZETTEER)
    parser.add_argument("--corpus-dir", type=Path, default=Path("../shared/eval/dev"))
    parser.add_argument("--articles", type=int, default=10_000,
                        help="synthetic articles for the run, engine and cache rows")
    parser.add_argument("--scale", default="",
                        help="comma-separated article counts for the scaling rows (dask engine)")
    parser.add_argument("--map-events", type=int, default=10_000)
    parser.add_argument("--work", type=Path, default=Path("build/bench"))
    parser.add_argument("--table", type=Path, default=Path("build/bench.md"))
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    gazetteer = str(args.gazetteer)
    rows: list[Row] = []
    startup = min(float(_python(_STARTUP, gazetteer)[0]) for _ in range(3))
    rows.append(("start-up (import + open gazetteer)", f"{startup:.3f} s"))
    largest = max([args.articles, *_counts(args.scale)])
    articles = _synthetic(args.gazetteer, args.work, largest)
    first = float(_python(_FIRST, gazetteer, str(articles / "part-00000.jsonl"))[0])
    rows.append(("first article (loads word frequencies and given names)", f"{first:.3f} s"))
    with tempfile.TemporaryDirectory() as tmp:
        rows += _dev_rows(args, Path(tmp))
        rows += _language_rows(args, Path(tmp))
        rows += _synthetic_rows(args, articles, Path(tmp))
    rows += _map_rows(args, articles)
    _report(rows, args.table)
    return 0


def _dev_rows(args: argparse.Namespace, tmp: Path) -> list[Row]:
    """Throughput and a whole run on the dev corpora's article texts (real news)."""
    corpora = sorted(args.corpus_dir.glob("*.jsonl"))
    if not corpora:
        print(f"bench: no JSON Lines corpora in {args.corpus_dir}; dev rows left out",
              file=sys.stderr)
        return []
    dev = _texts(corpora, tmp / "dev.jsonl")
    result = json.loads(_python(_THROUGHPUT, str(args.gazetteer), str(dev), "100000000")[0])
    full = json.loads(_python(_THROUGHPUT, str(args.gazetteer), str(dev), "100000000",
                              "events")[0])
    run = _run(args, dev, tmp / "maps-dev", "--no-cache")
    rate = result["articles"] / result["seconds"]
    return [
        ("geoparse, one core, dev corpora", f"{rate:.0f} articles/s wall, "
         f"{result['articles'] / result['cpu_seconds']:.0f} articles/s of CPU time "
         f"({result['articles']} articles, mean {result['chars'] / result['articles']:.0f} chars)"),
        ("geoparse and events, one core, dev corpora",
         f"{full['articles'] / full['seconds']:.0f} articles/s wall, "
         f"{full['articles'] / full['cpu_seconds']:.0f} articles/s of CPU time "
         f"({full['toponyms']} events)"),
        ("geoparse, characters, dev corpora",
         f"{result['chars'] / result['seconds'] / 1e6:.2f} M chars/s"),
        (f"geomap run, {result['articles']} dev articles", f"{run['seconds']:.1f} s wall"),
        ("peak memory of that run", f"{run['peak_mb']:.0f} MB"),
    ]


def _texts(corpora: list[Path], target: Path) -> Path:
    """The article texts of JSON Lines corpora (only ``id`` and ``text``) in one file."""
    with target.open("w", encoding="utf-8") as out:
        for corpus in corpora:
            for line in corpus.read_text(encoding="utf-8").split("\n"):
                if line.strip():
                    record = json.loads(line)
                    out.write(json.dumps({"id": f"{corpus.stem}-{record['id']}",
                                          "text": record["text"]}) + "\n")
    return target


def _language_rows(args: argparse.Namespace, tmp: Path) -> list[Row]:
    """Throughput on the news of other languages (``<corpus-dir>-multilingual/``, grouped by the
    language that ends a corpus's name: ``BSNLP-ru``), geoparse alone and with events."""
    folder = args.corpus_dir.with_name(f"{args.corpus_dir.name}-multilingual")
    by_language: dict[str, list[Path]] = {}
    for corpus in sorted(folder.glob("*.jsonl")):
        by_language.setdefault(corpus.stem.rsplit("-", 1)[-1], []).append(corpus)
    rows: list[Row] = []
    for language, corpora in sorted(by_language.items()):
        texts = _texts(corpora, tmp / f"dev-{language}.jsonl")
        alone = json.loads(_python(_THROUGHPUT, str(args.gazetteer), str(texts), "100000000")[0])
        full = json.loads(_python(_THROUGHPUT, str(args.gazetteer), str(texts), "100000000",
                                  "events")[0])
        rows.append((f"geoparse (and events), one core, {language} news",
                     f"{alone['articles'] / alone['cpu_seconds']:.0f} "
                     f"({full['articles'] / full['cpu_seconds']:.0f}) articles/s of CPU time "
                     f"({alone['articles']} articles, mean "
                     f"{alone['chars'] / alone['articles']:.0f} chars)"))
    return rows


def _synthetic_rows(args: argparse.Namespace, articles: Path, tmp: Path) -> list[Row]:
    n = args.articles
    subset = _head(articles, tmp / f"synth-{n}", n)
    single = _head(articles, tmp / f"synth-{n}.jsonl", n)
    rows: list[Row] = []
    result = json.loads(_python(_THROUGHPUT, str(args.gazetteer), str(single), "2000")[0])
    rate = result["articles"] / result["seconds"]
    cpu_rate = result["articles"] / result["cpu_seconds"]
    rows.append(("geoparse, one core, synthetic", f"{rate:.0f} articles/s wall, {cpu_rate:.0f} "
                 f"articles/s of CPU time ({result['articles']} articles, "
                 f"mean {result['chars'] / result['articles']:.0f} chars, "
                 f"{result['chars'] / result['seconds'] / 1e6:.2f} M chars/s)"))
    full = json.loads(_python(_THROUGHPUT, str(args.gazetteer), str(single), "2000",
                              "events")[0])
    rows.append(("geoparse and events, one core, synthetic",
                 f"{full['articles'] / full['seconds']:.0f} articles/s wall, "
                 f"{full['articles'] / full['cpu_seconds']:.0f} articles/s of CPU time "
                 f"({full['toponyms']} events)"))
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "geomap", "-q", "geoparse", str(single), "-o",
                    str(tmp / "geoparse.jsonl"), "--gazetteer", str(args.gazetteer)], check=True)
    seconds = time.perf_counter() - started
    rows.append((f"`geomap geoparse`, {n} synthetic articles",
                 f"{seconds:.1f} s wall, {n / seconds:.0f} articles/s (start-up and I/O "
                 "included)"))
    local = _run(args, subset, tmp / "maps-local", "--no-cache")
    rows.append((f"geomap run, {n} synthetic articles, local engine", _describe(local)))
    page = tmp / "maps-local" / "latest" / "index.html"
    seconds = _load_page(page)
    if seconds is not None:
        rows.append((f"map load in headless Chromium, that run's page ({local['events']} events)",
                      f"{seconds:.2f} s ({page.stat().st_size / 2**20:.0f} MB page)"))
    for workers in (1, 2):
        dask = _run(args, subset, tmp / f"maps-dask{workers}", "--no-cache", "--engine", "dask",
                    "--workers", str(workers))
        rows.append((f"geomap run, {n} synthetic articles, dask, {workers} worker"
                     f"{'s' if workers > 1 else ''}",
                     f"{_describe(dask)}; speed-up {local['seconds'] / dask['seconds']:.2f}x "
                     f"(geoparse stage {local['geoparse'] / dask['geoparse']:.2f}x)"))
    rows += _cache_rows(args, subset, tmp)
    for count in _counts(args.scale):
        part = _head(articles, tmp / f"scale-{count}", count)
        run = _run(args, part, tmp / f"maps-scale-{count}", "--no-cache", "--engine", "dask",
                   "--workers", "2")
        each = ", ".join(f"{mb:.0f}" for mb in run["process_mb"] if mb >= 50)
        rows.append((f"scale: geomap run --engine dask --workers 2, {count} articles",
                     f"{_describe(run)} (each process: {each} MB); "
                     f"{run['seconds'] / count * 1000:.1f} s per 1,000"))
        loaded = _load_page(tmp / f"maps-scale-{count}" / "latest" / "index.html")
        if loaded is not None:
            rows.append((f"scale: that run's map ({run['events']} events) in headless Chromium",
                         f"{loaded:.2f} s"))
        shutil.rmtree(tmp / f"maps-scale-{count}", ignore_errors=True)
        shutil.rmtree(part, ignore_errors=True)
    return rows


def _cache_rows(args: argparse.Namespace, subset: Path, tmp: Path) -> list[Row]:
    """Fill the cache, change one article, run again: only that article is parsed."""
    cache = tmp / "cache"
    fill = _run(args, subset, tmp / "maps-cache", "--cache-dir", str(cache), "--engine", "dask",
                "--workers", "2")
    files = sorted(subset.glob("*.jsonl"))
    target = files[len(files) // 2]
    lines = target.read_text(encoding="utf-8").split("\n")
    record = json.loads(lines[len(lines) // 2])
    record["text"] += " Officials said more details would follow."
    lines[len(lines) // 2] = json.dumps(record, ensure_ascii=False)
    target.write_text("\n".join(lines), encoding="utf-8")
    again = _run(args, subset, tmp / "maps-cache", "--cache-dir", str(cache))
    return [(f"cache: first run, {args.articles} articles (dask, 2 workers, cache written)",
             _describe(fill)),
            ("cache: run again after one article changed (local engine)",
             f"{_describe(again)}; {again['log'] or 'no cache note'}")]


def _map_rows(args: argparse.Namespace, articles: Path) -> list[Row]:
    """The map page of ``--map-events`` events, loaded in headless Chromium."""
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "index.html"
        _python(_PAGE, str(args.gazetteer), str(articles / "part-00000.jsonl"),
                str(args.map_events), str(page))
        seconds = _load_page(page)
        size = page.stat().st_size / 2**20
    if seconds is None:
        return [(f"map load, {args.map_events} events", "not measured (no Chromium)")]
    return [(f"map load in headless Chromium, {args.map_events} events",
             f"{seconds:.2f} s ({size:.1f} MB page)")]


CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"]


def chromium_path() -> str | None:
    """Debian's Chromium (or the one ``GEOMAP_CHROMIUM`` names), ``None`` when missing."""
    return os.environ.get("GEOMAP_CHROMIUM") or shutil.which("chromium") or \
        shutil.which("chromium-browser")


def _load_page(path: Path) -> float | None:
    """Seconds from navigation until the page marks itself ready, best of three."""
    chromium = chromium_path()
    if chromium is None:
        return None
    from playwright.sync_api import sync_playwright

    best = float("inf")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True,
                                    args=CHROMIUM_FLAGS)
        for _ in range(3):
            page = browser.new_page(viewport={"width": 1400, "height": 850})
            page.route("**/*", lambda route: route.continue_()
                       if route.request.url.startswith(("file:", "data:")) else route.abort())
            started = time.perf_counter()
            page.goto(path.resolve().as_uri())
            page.wait_for_selector("html[data-geomap-ready]", state="attached", timeout=120_000)
            best = min(best, time.perf_counter() - started)
            page.close()
        browser.close()
    return best


def _run(args: argparse.Namespace, articles: Path, out: Path, *options: str) -> dict[str, Any]:
    """Run ``geomap run`` and measure it: wall time, peak memory of its process tree."""
    command = [sys.executable, "-m", "geomap", "run", str(articles), "--out", str(out),
               "--gazetteer", str(args.gazetteer), *options]
    processes: dict[int, float] = {}
    seconds, peak, log = _measure(command, processes)
    manifest = json.loads((out / "latest" / "run.json").read_text(encoding="utf-8"))
    return {"seconds": seconds, "peak_mb": peak / 2**20, "log": log,
            "process_mb": sorted((v / 2**20 for v in processes.values()), reverse=True),
            "geoparse": manifest["timings_seconds"]["geoparse"],
            "write": manifest["timings_seconds"]["write"],
            "events": manifest["counts"]["events"]}


def _measure(command: list[str], processes: dict[int, float] | None = None
             ) -> tuple[float, float, str]:
    """Wall seconds, peak resident bytes of the process and its descendants (summed), the cache
    note; ``processes`` receives each process's own peak, by pid."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            text=True)
    peak = [0.0]
    sampler = threading.Thread(target=_sample, args=(proc, peak, processes), daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    if proc.returncode not in (0, 2):
        print(err, file=sys.stderr)
        raise subprocess.CalledProcessError(proc.returncode, command)
    note = next((line.removeprefix("geomap: ") for line in err.splitlines()
                 if "from the cache" in line), "")
    fallback = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024.0
    return seconds, peak[0] or fallback, note


def _sample(proc: subprocess.Popen[str], peak: list[float],
            processes: dict[int, float] | None = None) -> None:
    try:
        import psutil
    except ImportError:  # the fallback in _measure: the largest single process
        return
    try:
        root = psutil.Process(proc.pid)
        while proc.poll() is None:
            total = 0
            for member in [root, *root.children(recursive=True)]:
                try:
                    rss = member.memory_info().rss
                except psutil.Error:
                    continue
                total += rss
                if processes is not None:
                    processes[member.pid] = max(processes.get(member.pid, 0.0), float(rss))
            peak[0] = max(peak[0], float(total))
            time.sleep(0.05)
    except psutil.Error:
        return


def _describe(run: dict[str, Any]) -> str:
    return (f"{run['seconds']:.1f} s wall (geoparse {run['geoparse']:.1f} s, write "
            f"{run['write']:.1f} s), {run['events']} events, peak {run['peak_mb']:.0f} MB")


def _synthetic(gazetteer: Path, work: Path, count: int) -> Path:
    """A folder of JSON Lines files holding at least ``count`` synthetic articles (seed 1)."""
    folder = work / f"synth-seed1-{count}"
    if not folder.is_dir():
        tmp = work / f".{folder.name}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        synth.write_jsonl_parts(synth.articles(gazetteer, count=count, seed=1), tmp, _PER_FILE)
        os.replace(tmp, folder)
    return folder


def _head(source: Path, target: Path, count: int) -> Path:
    """The first ``count`` articles of the folder ``source``: a file, or a folder of files when
    ``target`` has no ``.jsonl`` suffix (geomap reads JSON Lines files of up to 64 MiB)."""
    lines = (line for part in sorted(source.glob("*.jsonl"))
             for line in part.open(encoding="utf-8"))
    if target.suffix == ".jsonl":
        with target.open("w", encoding="utf-8") as out:
            out.writelines(line for _, line in zip(range(count), lines, strict=False))
        return target
    shutil.rmtree(target, ignore_errors=True)
    synth.write_jsonl_parts((json.loads(line) for _, line in zip(range(count), lines,
                                                                  strict=False)),
                            target, _PER_FILE)
    return target


def _counts(text: str) -> list[int]:
    return [int(n) for n in text.replace(" ", "").split(",") if n]


def _report(rows: list[Row], table: Path) -> None:
    lines = [f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}", "",
             "| measure | value |", "| --- | --- |", *(f"| {m} | {v} |" for m, v in rows)]
    text = "\n".join(lines) + "\n"
    print(text, end="")
    table.parent.mkdir(parents=True, exist_ok=True)
    table.write_text(text, encoding="utf-8")


def _python(code: str, *args: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True,
                         text=True).stdout
    return out.strip().splitlines()


if __name__ == "__main__":
    raise SystemExit(main())

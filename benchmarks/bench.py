"""Benchmarks: start-up, geoparsing throughput and a whole run, with peak memory.

Each figure is measured in a fresh subprocess so that imports and caches are cold:

- start-up: importing geomap's text stages and opening the gazetteer;
- geoparse: articles per second of ``geoparse_documents`` over the article texts of the JSON Lines
  corpora in ``--corpus-dir`` (only ``id`` and ``text`` are read), after start-up;
- run: ``geomap run`` on the same articles written out as one JSON Lines file, maps and layers
  included, wall-clock time and peak resident memory.

Usage: python benchmarks/bench.py [--gazetteer PATH] [--corpus-dir ../shared/eval/dev]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_STARTUP = """
import time, sys
t = time.perf_counter()
from geomap.gazetteer import Gazetteer
from geomap.geoparse import geoparse_documents
g = Gazetteer.open(sys.argv[1])
print(time.perf_counter() - t)
"""

_THROUGHPUT = """
import json, sys, time
from pathlib import Path
from geomap.documents import read_documents
from geomap.gazetteer import Gazetteer
from geomap.geoparse import geoparse_documents
docs = read_documents([Path(sys.argv[2])])
g = Gazetteer.open(sys.argv[1])
list(geoparse_documents(docs[:5], g))  # warm the lazy word-frequency table
t = time.perf_counter()
n = sum(len(r["toponyms"]) for r in geoparse_documents(docs, g))
s = time.perf_counter() - t
chars = sum(len(d.text) for d in docs)
print(json.dumps({"articles": len(docs), "chars": chars, "toponyms": n, "seconds": s}))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteer", type=Path, default=Path("gazetteer/build/geomap.sqlite"))
    parser.add_argument("--corpus-dir", type=Path, default=Path("../shared/eval/dev"))
    args = parser.parse_args(argv)
    corpora = sorted(args.corpus_dir.glob("*.jsonl"))
    if not corpora:
        print(f"bench: no JSON Lines corpora in {args.corpus_dir}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        articles = Path(tmp) / "articles.jsonl"
        with articles.open("w", encoding="utf-8") as out:
            for corpus in corpora:
                for line in corpus.read_text(encoding="utf-8").split("\n"):
                    if not line.strip():
                        continue
                    record = json.loads(line)
                    out.write(json.dumps({"id": f"{corpus.stem}-{record['id']}",
                                          "text": record["text"]}) + "\n")
        startup = min(float(_python(_STARTUP, str(args.gazetteer))[0]) for _ in range(3))
        result = json.loads(_python(_THROUGHPUT, str(args.gazetteer), str(articles))[0])
        started = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        subprocess.run([sys.executable, "-m", "geomap", "-q", "run", str(articles), "--out",
                        str(Path(tmp) / "maps"), "--gazetteer", str(args.gazetteer)], check=False)
        run_seconds = time.perf_counter() - started
        peak_mb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    rate = result["articles"] / result["seconds"]
    mean_chars = result["chars"] / result["articles"]
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print("| measure | value |")
    print("| --- | --- |")
    print(f"| start-up (import + open gazetteer) | {startup:.3f} s |")
    print(f"| geoparse, one core | {rate:.0f} articles/s ({result['articles']} articles, "
          f"mean {mean_chars:.0f} chars) |")
    print(f"| geoparse, characters | {result['chars'] / result['seconds'] / 1e6:.2f} M chars/s |")
    print(f"| geomap run, {result['articles']} articles | {run_seconds:.1f} s wall |")
    print(f"| peak memory of the heaviest subprocess | {peak_mb:.0f} MB |")
    return 0


def _python(code: str, *args: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True,
                         text=True).stdout
    return out.strip().splitlines()


if __name__ == "__main__":
    raise SystemExit(main())

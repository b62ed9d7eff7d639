"""Gazetteer benchmark: build time and peak memory, store size, open time, lookups per second.

The build runs in a subprocess into a temporary folder (the repository's store is not touched);
open and lookup figures are measured on the built store with a fixed list of names drawn from the
store itself (a deterministic sample), plus misses and transliterated forms.

Usage: python benchmarks/bench_gazetteer.py [--skip-build] [--gazetteer PATH]
"""

from __future__ import annotations

import argparse
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from geomap.config import DEFAULT_GAZETTEER
from geomap.gazetteer import Gazetteer

_BUILD = "import sys; from pathlib import Path; from geomap.gazetteer.build import build; " \
         "build(Path(sys.argv[1]))"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteer", type=Path, default=DEFAULT_GAZETTEER)
    parser.add_argument("--skip-build", action="store_true", help="measure the existing store only")
    parser.add_argument("--import-rows", type=int, default=300_000,
                        help="rows of the synthetic GeoNames dump imported (0 to skip)")
    args = parser.parse_args(argv)
    print("| measure | value |")
    print("| --- | --- |")
    if not args.skip_build:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", _BUILD, str(Path(tmp) / "g.sqlite")],
                           check=True, capture_output=True)
            seconds = time.perf_counter() - started
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            size = (Path(tmp) / "g.sqlite").stat().st_size / 1e6
        print(f"| build (subprocess, wall) | {seconds:.1f} s |")
        print(f"| build peak memory | {peak:.0f} MB |")
        print(f"| store size | {size:.1f} MB |")
    opens = []
    for _ in range(5):
        started = time.perf_counter()
        Gazetteer.open(args.gazetteer).close()
        opens.append(time.perf_counter() - started)
    print(f"| open (best of 5) | {min(opens) * 1000:.1f} ms |")
    names = _sample(args.gazetteer, 5000)
    queries = names + [n + "qx" for n in names[:1000]] + ["Mirnograd", "Gulyaipole", "Kharkov"]
    with Gazetteer.open(args.gazetteer) as gaz:
        started = time.perf_counter()
        for name in queries:
            gaz._candidates(name, False, False)  # uncached: every call reads the store
        seconds = time.perf_counter() - started
    per = seconds / len(queries)
    print(f"| candidates() uncached | {1 / per:,.0f} lookups/s ({per * 1e6:.0f} us each, "
          f"{len(queries)} names incl. 1,000 misses) |")
    if args.import_rows:
        _bench_import(args.gazetteer, args.import_rows)
    return 0


_IMPORT = ("import sys; from pathlib import Path; "
           "from geomap.gazetteer.dumps import import_dumps; "
           "print(import_dumps([Path(sys.argv[1])], Path(sys.argv[2])))")


def _bench_import(store: Path, rows: int) -> None:
    """Import a synthetic dump in the GeoNames format into a copy of the store."""
    import shutil

    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "XX.txt"
        with dump.open("w", encoding="utf-8") as fh:
            for i in range(rows):
                name = "".join(rng.choice("abcdefghijklmnoprstuvz") for _ in range(9)).title()
                alts = ",".join(name + s for s in ("ovo", "ivka", "sk"))
                fh.write("\t".join([str(950_000_000 + i), name, name, alts,
                                     f"{rng.uniform(-60, 70):.5f}", f"{rng.uniform(-180, 180):.5f}",
                                     "P", "PPL", "XX", "", "01", "", "", "",
                                     str(rng.randint(0, 9999)), "", "100", "UTC",
                                     "2024-01-01"]) + "\n")
        copy = Path(tmp) / "g.sqlite"
        shutil.copyfile(store, copy)
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", _IMPORT, str(dump), str(copy)], check=True,
                       capture_output=True)
        seconds = time.perf_counter() - started
        peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
        megabytes = dump.stat().st_size / 1e6
    print(f"| import of a {rows:,}-row dump ({megabytes:.0f} MB) | {seconds:.1f} s, "
          f"{rows / seconds:,.0f} rows/s |")
    print(f"| import peak memory (max of build and import subprocesses) | {peak:.0f} MB |")


def _sample(path: Path, count: int) -> list[str]:
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    names = [n for (n,) in db.execute("SELECT name FROM places ORDER BY geonameid")]
    db.close()
    return random.Random(7).sample(names, min(count, len(names)))


if __name__ == "__main__":
    raise SystemExit(main())

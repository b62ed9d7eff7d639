"""Hostile-input benchmark: seconds per MB of articles built to be slow, at 1 to 16 MB.

Each kind of hostile article (a list of place names, runs of capital words, tokens just under the
length that is cut, digit runs beside verbs of killing, and ordinary prose for comparison) is
generated at 1, 2, 4, 8 and 16 MB, read as a file would be (the cuts of
:mod:`geomap.readers.limits` included) and passed through recognition, resolution and event
extraction in one process. The table gives seconds per MB of the text kept at each size (an
article is cut at 10 MB) and the ratio of the largest size's figure to the smallest's: about 1
when time is linear in the input, 16 when it is quadratic.

Usage: python benchmarks/bench_hostile.py [--gazetteer PATH] [--sizes 1,2,4,8,16]
       [--table build/bench-hostile.md]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from geomap.config import DEFAULT_GAZETTEER, REPOSITORY
from geomap.engine import parse_document
from geomap.gazetteer import Gazetteer
from geomap.models import Document
from geomap.readers.limits import bound_text

_MB = 1_000_000
_LINE = 50_000  # characters per line: paragraphs stay under the cut


def _lines(unit: str, size: int) -> str:
    """``unit`` repeated to ``size`` characters, in lines of about :data:`_LINE`."""
    per_line = max(1, _LINE // len(unit))
    line = unit * per_line + "\n"
    return (line * (size // len(line) + 1))[:size]


KINDS: dict[str, Callable[[int], str]] = {
    "place list": lambda size: _lines("Kharkiv, Odesa, Lviv, Sumy, Pokrovsk, ", size),
    "capital words": lambda size: _lines("Officials said ABCDEF GHIJKL MNOPQR STUVWX. ", size),
    "long tokens": lambda size: _lines("Image: " + "QUJD" * 240 + " ", size),
    "digit runs": lambda size: _lines("Shelling of Izium killed 99999999999999999999 people. ",
                                      size),
    "prose": lambda size: _lines((REPOSITORY / "seeds" / "wsj_pokrovsk_in_ruins.txt")
                                 .read_text(encoding="utf-8").replace("\n", " ") + " ", size),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteer", type=Path, default=DEFAULT_GAZETTEER)
    parser.add_argument("--sizes", default="1,2,4,8,16", help="sizes in MB, comma-separated")
    parser.add_argument("--table", type=Path, default=Path("build/bench-hostile.md"))
    args = parser.parse_args(argv)
    sizes = [float(s) for s in args.sizes.split(",") if s.strip()]
    gazetteer = Gazetteer.open(args.gazetteer)
    parse_document(Document(id="warm", text="Shelling hit Kharkiv."), gazetteer)
    header = ["input", *(f"{s:g} MB" for s in sizes), "largest / smallest"]
    rows = [header, ["---"] * len(header)]
    for kind, make in KINDS.items():
        per_mb = []
        for size in sizes:
            text, _ = bound_text(make(int(size * _MB)))
            started = time.perf_counter()
            parse_document(Document(id=kind, text=text), gazetteer)
            per_mb.append(((time.perf_counter() - started) / (len(text) / _MB), len(text) / _MB))
        rows.append([kind, *(f"{t:.2f} s/MB" + (f" (cut to {kept:.0f} MB)" if kept < size else "")
                             for (t, kept), size in zip(per_mb, sizes, strict=True)),
                     f"{per_mb[-1][0] / per_mb[0][0]:.2f}"])
        print(" | ".join(rows[-1]), flush=True)
    table = "\n".join("| " + " | ".join(row) + " |" for row in rows) + "\n"
    args.table.parent.mkdir(parents=True, exist_ok=True)
    args.table.write_text(table, encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

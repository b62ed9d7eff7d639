"""Score ``geomap geoparse`` on every corpus of the evaluation folder and print a table.

Each corpus ``DEV/NAME.jsonl`` is geoparsed with the command line (as a user would run it) into
``build/eval/NAME.pred.jsonl`` and scored by the evaluation scorer ``EVAL/score.py --json``. The
gold files are read only by the scorer.

Usage: python benchmarks/eval.py [--eval-dir ../shared/eval] [--split dev] [--gazetteer PATH]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

COLUMNS = ("corpus", "docs", "gold", "rec P", "rec R", "rec F1", "acc@161", "AUC", "e2e F1",
           "seconds")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--split", default="dev")
    parser.add_argument("--gazetteer", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=Path("build/eval"))
    args = parser.parse_args(argv)
    corpora = sorted((args.eval_dir / args.split).glob("*.jsonl"))
    if not corpora:
        print(f"eval: no corpora in {args.eval_dir / args.split}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    rows = []
    for gold in corpora:
        pred = args.out / f"{gold.stem}.pred.jsonl"
        command = [sys.executable, "-m", "geomap", "-q", "geoparse", str(gold), "-o", str(pred)]
        if args.gazetteer:
            command += ["--gazetteer", str(args.gazetteer)]
        started = time.perf_counter()
        subprocess.run(command, check=True)
        seconds = time.perf_counter() - started
        scored = subprocess.run(
            [sys.executable, str(args.eval_dir / "score.py"), str(gold), str(pred), "--json"],
            check=True, capture_output=True, text=True,
        )
        result = json.loads(scored.stdout)
        rec, res, e2e = (result["recognition_overlap"], result["resolution"],
                         result["end_to_end_161km"])
        rows.append((gold.stem, result["documents"], result["gold_toponyms"],
                     rec["precision"], rec["recall"], rec["f1"], res["acc_at_161km"] or 0.0,
                     res["auc"] or 0.0, e2e["f1"], seconds))
    _print(rows)
    return 0


def _print(rows: list[tuple[object, ...]]) -> None:
    print(" | ".join(f"{c:>10}" for c in COLUMNS))
    print("-" * (13 * len(COLUMNS)))
    for row in rows:
        cells = [f"{v:>10.3f}" if isinstance(v, float) else f"{v!s:>10}" for v in row]
        print(" | ".join(cells))
    if rows:
        mean = [sum(float(r[i]) for r in rows) / len(rows) for i in range(3, 9)]  # type: ignore[arg-type]
        print(" | ".join([f"{'mean':>10}", " " * 10, " " * 10, *(f"{v:>10.3f}" for v in mean),
                          " " * 10]))


if __name__ == "__main__":
    raise SystemExit(main())

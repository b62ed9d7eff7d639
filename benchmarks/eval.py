"""Score ``geomap geoparse`` on every corpus of the evaluation folder and print tables.

Each corpus ``DEV/NAME.jsonl`` is geoparsed with the command line (as a user would run it) into
``build/eval/NAME.pred.jsonl`` and scored by the evaluation scorer ``EVAL/score.py --json``. The
gold files are read only by the scorer. The English corpora are printed against geomap's targets
and the best published systems; then the corpora of other languages (``DEV-multilingual/``, when
present) by language, against their own targets.

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
           "seconds", "art/s")
# The best published systems on these corpora (end-to-end F1@161km, recognition F1), and the
# targets geomap sets itself on every corpus.
PUBLISHED = {"GeoWebNews": (0.58, 0.76), "LGL": (0.50, 0.75), "TR-News": (0.62, 0.83),
             "GeoVirus": (0.67, 0.93)}
TARGETS = {"e2e F1": 0.80, "rec F1": 0.88, "acc@161": 0.85}
LANGUAGE_TARGETS = {"rec F1": 0.80, "acc@161": 0.90}


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
    rows = [_score(gold, args) for gold in corpora]
    _print(rows)
    _print_targets(rows)
    others = sorted((args.eval_dir / f"{args.split}-multilingual").glob("*.jsonl"))
    if others:
        _print_languages([_score(gold, args) for gold in others])
    return 0


def _score(gold: Path, args: argparse.Namespace) -> tuple[object, ...]:
    """Geoparse one corpus with the command line and score it: one row of :data:`COLUMNS`."""
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
    return (gold.stem, result["documents"], result["gold_toponyms"],
            rec["precision"], rec["recall"], rec["f1"], res["acc_at_161km"] or 0.0,
            res["auc"] or 0.0, e2e["f1"], seconds, result["documents"] / seconds)


def _print(rows: list[tuple[object, ...]]) -> None:
    print(" | ".join(f"{c:>10}" for c in COLUMNS))
    print("-" * (13 * len(COLUMNS)))
    for row in rows:
        cells = [f"{v:>10.3f}" if isinstance(v, float) else f"{v!s:>10}" for v in row]
        print(" | ".join(cells))
    if rows:
        mean = [sum(float(r[i]) for r in rows) / len(rows) for i in range(3, 9)]  # type: ignore[arg-type]
        print(" | ".join([f"{'mean':>10}", " " * 10, " " * 10, *(f"{v:>10.3f}" for v in mean),
                          " " * 10, " " * 10]))
    print("(seconds and art/s: the whole `geomap geoparse` command, start-up included)")


def _print_targets(rows: list[tuple[object, ...]]) -> None:
    """Each corpus against geomap's targets and the best published system."""
    print()
    head = ("corpus", "e2e F1", "target", "published", "rec F1", "target", "published",
            "acc@161", "target", "all met")
    print(" | ".join(f"{c:>10}" for c in head))
    print("-" * (13 * len(head)))
    for row in rows:
        name = str(row[0])
        e2e, rec, acc = float(row[8]), float(row[5]), float(row[6])  # type: ignore[arg-type]
        best_e2e, best_rec = PUBLISHED.get(name, (float("nan"), float("nan")))
        met = (e2e >= TARGETS["e2e F1"] and rec >= TARGETS["rec F1"]
               and acc >= TARGETS["acc@161"])
        cells = [name, e2e, TARGETS["e2e F1"], best_e2e, rec, TARGETS["rec F1"], best_rec, acc,
                 TARGETS["acc@161"], "yes" if met else "no"]
        print(" | ".join(f"{v:>10.3f}" if isinstance(v, float) else f"{v!s:>10}"
                         for v in cells))


def _print_languages(rows: list[tuple[object, ...]]) -> None:
    """The corpora of other languages (their language is the name's suffix) against their
    targets: recognition F1 and accuracy within 161 km."""
    print()
    head = ("corpus", "language", "docs", "gold", "rec P", "rec R", "rec F1", "target",
            "acc@161", "target", "e2e F1", "all met")
    print(" | ".join(f"{c:>12}" for c in head))
    print("-" * (15 * len(head)))
    for row in rows:
        name = str(row[0])
        rec, acc = float(row[5]), float(row[6])  # type: ignore[arg-type]
        met = rec >= LANGUAGE_TARGETS["rec F1"] and acc >= LANGUAGE_TARGETS["acc@161"]
        cells = [name, name.rsplit("-", 1)[-1], row[1], row[2], row[3], row[4], rec,
                 LANGUAGE_TARGETS["rec F1"], acc, LANGUAGE_TARGETS["acc@161"], row[8],
                 "yes" if met else "no"]
        print(" | ".join(f"{v:>12.3f}" if isinstance(v, float) else f"{v!s:>12}"
                         for v in cells))


if __name__ == "__main__":
    raise SystemExit(main())

"""Score event extraction on the hand-coded real news of the evaluation folder and print a table.

``EVAL/events/articles.jsonl`` is mapped with the command line (as a user would run it) into
``build/eval/events/`` and its ``events.geojson`` scored by ``EVAL/events/score_events.py``; the
gold file is read only by the scorer. Besides the scorer's figures, the table counts the dated
events whose year the article gives nowhere (no publication date, no such year in the text): a
year must never be invented.

Usage: python benchmarks/eval_news_events.py [--eval-dir ../shared/eval] [--gazetteer PATH]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

TARGETS = {"recall": 0.80, "precision": 0.80, "type": 0.80, "fatalities": 0.85,
           "fatalities where people died": 0.70, "source": 0.70}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--gazetteer", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=Path("build/eval/events"))
    args = parser.parse_args(argv)
    folder = args.eval_dir / "events"
    articles = folder / "articles.jsonl"
    if not articles.is_file():
        print(f"eval: no events corpus in {folder}", file=sys.stderr)
        return 2
    command = [sys.executable, "-m", "geomap", "-q", "run", str(articles), "--out",
               str(args.out), "--run-id", "events", "--no-cache"]
    if args.gazetteer:
        command += ["--gazetteer", str(args.gazetteer)]
    shutil.rmtree(args.out / "events", ignore_errors=True)  # a run of this name from before
    subprocess.run(command, check=True)
    layer = args.out / "events" / "events.geojson"
    result_file = args.out / "score.json"
    subprocess.run([sys.executable, str(folder / "score_events.py"), str(layer), "--json",
                    str(result_file)], check=True, capture_output=True)
    result = json.loads(result_file.read_text(encoding="utf-8"))
    invented = invented_years(layer, articles)
    figures = {
        "recall": (result["event_recall"], len(result["missed"]), result["gold_events"]),
        "precision": (result["event_precision"], None, result["events_predicted"]),
        "type": (result["type_accuracy"], None, None),
        "fatalities": (result["fatalities_accuracy"], None, result["fatalities_n"]),
        "fatalities where people died": (result["fatalities_accuracy_nonzero"], None,
                                         result["fatalities_nonzero_n"]),
        "source": (result["source_accuracy"], None, result["source_n"]),
        "date": (result["date_accuracy"], None, result["date_n"]),
    }
    print(f"events in real news ({result['gold_events']} hand-coded events in "
          f"{result['gold_docs']} articles; {result['events_predicted']} predicted)")
    print(" | ".join(f"{c:>28}" if i == 0 else f"{c:>10}"
                     for i, c in enumerate(("measure", "value", "n", "target", "met"))))
    print("-" * 76)
    for name, (value, _, n) in figures.items():
        target = TARGETS.get(name)
        met = "" if target is None else ("yes" if (value or 0) >= target else "no")
        cells = [f"{name:>28}", f"{(value or 0):>10.3f}", f"{n if n is not None else '':>10}",
                 f"{target if target is not None else '':>10}", f"{met:>10}"]
        print(" | ".join(cells))
    print(f"{'invented years':>28} | {invented:>10} | {'':>10} | {0:>10} | "
          f"{'yes' if invented == 0 else 'no':>10}")
    print(f"(type lenient {result['type_accuracy_lenient']}, one-to-one recall "
          f"{result['event_recall_one_to_one']}; details in {result_file})")
    return 0


def invented_years(layer: Path, articles: Path) -> int:
    """Dated events whose year neither the article's text nor its publication date gives."""
    texts = {}
    for line in articles.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            record = json.loads(line)
            texts[str(record["id"])] = (record.get("text") or "", record.get("published"))
    count = 0
    for feature in json.loads(layer.read_text(encoding="utf-8"))["features"]:
        props = feature["properties"]
        if not props.get("date"):
            continue
        text, published = texts.get(str(props["document"]), ("", None))
        year = str(props["date"])[:4]
        if not published and year not in text:
            count += 1
    return count


if __name__ == "__main__":
    raise SystemExit(main())

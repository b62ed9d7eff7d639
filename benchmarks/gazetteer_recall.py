"""The gazetteer's recall ceiling on annotated corpora.

For every gold toponym, look its name up in the gazetteer and count it found when some candidate
lies within 161 km of the gold point. The misses are grouped into classes (no candidate at all,
or candidates all too far) with the most frequent names of each, so that the gazetteer's gaps are
visible.

Usage: python benchmarks/gazetteer_recall.py [--eval-dir ../shared/eval/dev] [--gazetteer PATH]
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from pathlib import Path

from geomap.config import DEFAULT_GAZETTEER
from geomap.gazetteer import Gazetteer

KM = 161.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=Path("../shared/eval/dev"))
    parser.add_argument("--gazetteer", type=Path, default=DEFAULT_GAZETTEER)
    parser.add_argument("--top", type=int, default=15, help="names listed per miss class")
    args = parser.parse_args(argv)
    with Gazetteer.open(args.gazetteer) as gaz:
        print("| corpus | gold | found within 161 km | recall | no candidate | too far |")
        print("| --- | --- | --- | --- | --- | --- |")
        missing: Counter[str] = Counter()
        far: Counter[str] = Counter()
        for corpus in sorted(args.eval_dir.glob("*.jsonl")):
            total = found = none = too_far = 0
            for line in corpus.read_text(encoding="utf-8").split("\n"):
                if not line.strip():
                    continue
                for gold in json.loads(line)["toponyms"]:
                    if gold.get("lat") is None:
                        continue
                    total += 1
                    cands = gaz.candidates(gold["name"])
                    if not cands:
                        none += 1
                        missing[gold["name"]] += 1
                    elif any(haversine_km(gold["lat"], gold["lon"], c.place.lat, c.place.lon)
                             <= KM for c in cands):
                        found += 1
                    else:
                        too_far += 1
                        far[gold["name"]] += 1
            print(f"| {corpus.stem} | {total} | {found} | {found / max(total, 1):.3f} | {none} "
                  f"| {too_far} |")
    print(f"\nno candidate, most frequent: {missing.most_common(args.top)}")
    print(f"\ncandidates too far, most frequent: {far.most_common(args.top)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Train the event-place model: which candidate places of a document had an event.

Reads the hand-coded development events (``EVAL/events/articles.jsonl`` and
``events_gold.json``) and the war-reporting test corpus (``tests/data/events``), runs geomap's
text stages on every article, describes each candidate place by the named features of
:mod:`geomap.events.features`, labels it by whether a coded event lies within the scorer's radius
of it (25 km, 50 km for a region-level event in the dev set, 100 km in the test corpus: the
nearest candidate within reach, and any within 10 km, so that a county around the town where it
happened does not count as an event's place), and fits
a logistic regression with an L2 penalty by Newton's method: no randomness, the same weights on
every run. The threshold is the probability that gives the best F1 over the places of both sets
together. The model is written to ``geomap/events/event_places.json``, rounded for review.

Usage: python training/train_events.py [--eval-dir ../shared/eval] [--gazetteer PATH]
                                      [--out geomap/events/event_places.json] [--check]

``--check`` writes nothing and exits 1 when the trained model differs from the file.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np

from geomap.config import DEFAULT_GAZETTEER, REPOSITORY
from geomap.events.features import FEATURES, read_places
from geomap.gazetteer import Gazetteer
from geomap.geoparse import find_mentions, resolve
from geomap.models import Document
from geomap.readers import read_documents

PENALTY = 1.0  # L2 penalty on the weights (not the bias)
SMOOTHING = 0.08  # the F1 of a threshold is averaged over thresholds this near
DECIMALS = 3
NEAR_KM = 10.0  # candidates this close to a coded event are its place too
OUT = REPOSITORY / "geomap" / "events" / "event_places.json"
TEST_CORPUS = REPOSITORY / "tests" / "data" / "events"
_KM = 6371.0088

Point = tuple[float, float, float]  # lat, lon, radius in km


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=REPOSITORY.parent / "shared" / "eval")
    parser.add_argument("--gazetteer", type=Path, default=DEFAULT_GAZETTEER)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    gazetteer = Gazetteer.open(args.gazetteer)
    rows, labels = [], []
    for docs, gold in (_dev_set(args.eval_dir / "events"), _test_corpus()):
        for doc in docs:
            for features, label in _examples(doc, gazetteer, gold.get(doc.id, [])):
                rows.append([features[name] for name in FEATURES])
                labels.append(label)
    x, y = np.array(rows, dtype=float), np.array(labels, dtype=float)
    weights, bias = fit(x, y)
    threshold = best_threshold(x @ weights + bias, y)
    model = {
        "model": "logistic regression: the probability that an event happened at a candidate "
                 "place (geomap.events.features)",
        "trained_on": f"{len(y)} candidate places, {int(y.sum())} with a coded event: "
                      f"{args.eval_dir.name}/events (real news) and tests/data/events (war "
                      f"reports); make train",
        "penalty": PENALTY,
        "weights": {name: round(float(w), DECIMALS) for name, w in zip(FEATURES, weights,
                                                                        strict=True)},
        "bias": round(float(bias), DECIMALS),
        "threshold": round(float(threshold), DECIMALS),
    }
    text = json.dumps(model, indent=2) + "\n"
    if args.check:
        same = args.out.is_file() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'differs from a fresh training'}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {len(y)} places, {int(y.sum())} positive; threshold {threshold:.3f}")
    for name, weight in model["weights"].items():  # type: ignore[union-attr]
        print(f"  {name:16} {weight:+.3f}")
    return 0


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """L2-penalised logistic regression by Newton's method (deterministic)."""
    design = np.hstack([x, np.ones((len(x), 1))])
    beta = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], PENALTY)
    penalty[-1] = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(design @ beta, -30, 30)))
        gradient = design.T @ (p - y) + penalty * beta
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + np.diag(penalty) \
            + 1e-9 * np.eye(len(beta))
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return beta[:-1], float(beta[-1])


def best_threshold(scores: np.ndarray, y: np.ndarray) -> float:
    """The probability threshold with the best F1 averaged over its neighbours within
    :data:`SMOOTHING` (the lowest of equal ones): on a few hundred places the F1 of single
    thresholds is flat and noisy, and the smoothed one moves less when a feature changes."""
    probabilities = 1.0 / (1.0 + np.exp(-scores))
    grid = np.round(np.arange(0.05, 0.951, 0.01), 2)
    f1 = []
    for t in grid:
        predicted = probabilities >= t
        tp = float((predicted & (y == 1)).sum())
        f1.append(2 * tp / (predicted.sum() + y.sum()) if tp else 0.0)
    reach = round(SMOOTHING / 0.01)
    smoothed = [float(np.mean(f1[max(0, i - reach):i + reach + 1])) for i in range(len(grid))]
    best = max(smoothed)
    return float(grid[next(i for i, v in enumerate(smoothed) if v > best - 1e-12)])


def _examples(doc: Document, gazetteer: Gazetteer, gold: list[Point]
              ) -> list[tuple[dict[str, float], int]]:
    reading = read_places(doc.text, resolve(doc, find_mentions(doc, gazetteer), gazetteer))
    candidates = reading.candidates
    positive: set[int] = set()
    for lat, lon, radius in gold:  # the nearest candidate within reach, and any within NEAR_KM
        reach = sorted((km(lat, lon, c.place.lat, c.place.lon), k)
                       for k, c in enumerate(candidates))
        reach = [(d, k) for d, k in reach if d <= radius]
        positive |= {k for d, k in reach[:1]} | {k for d, k in reach if d <= NEAR_KM}
    return [(features, int(k in positive)) for k, features in enumerate(reading.features())]


def _dev_set(folder: Path) -> tuple[list[Document], dict[str, list[Point]]]:
    gold: dict[str, list[Point]] = {}
    data: dict[str, Any] = json.loads((folder / "events_gold.json").read_text("utf-8"))
    for event in data["events"]:
        radius = 50.0 if event.get("geo_precision") == 3 else 25.0
        gold.setdefault(event["doc"].replace(":", "-"), []).append(
            (event["lat"], event["lon"], radius))
    return read_documents([folder / "articles.jsonl"]), gold


def _test_corpus() -> tuple[list[Document], dict[str, list[Point]]]:
    gold: dict[str, list[Point]] = {}
    for event in json.loads((TEST_CORPUS / "expected.json").read_text("utf-8")):
        radius = 100.0 if event.get("geo_precision") == 3 else 25.0
        gold.setdefault(event["document"], []).append((event["lat"], event["lon"], radius))
    return read_documents([TEST_CORPUS]), gold


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (the training scripts' one)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(
        math.radians(lon2 - lon1) / 2) ** 2
    return 2 * _KM * math.asin(min(1.0, math.sqrt(h)))


if __name__ == "__main__":
    sys.exit(main())

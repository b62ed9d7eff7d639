"""Train the candidate ranker: which of a name's candidates the name means.

Reads the geoparsing development corpora (``EVAL/dev/*.jsonl``: GeoVirus, GeoWebNews, LGL,
TR-News), finds the names geomap recognises in every article, and keeps those that overlap a gold
place name with a point. Each candidate of such a name is described by the named features of
:mod:`geomap.geoparse.ranker`; the right one is the candidate with the gold GeoNames id, or else
the nearest within 161 km of the gold point (names with none are left out). A conditional logit
(the probability of a candidate is ``exp(score)`` over its name's candidates) with an L2 penalty
is fitted by Newton's method: no randomness, the same weights on every run.

The article's context (the countries, divisions and nearby places of its other names) comes from
a first pass of the ranker itself, so training runs in rounds: the hand-set weights give the first
context, each round's weights the next, until the weights settle (:data:`ROUNDS` at most).

The threshold (a name whose best candidate scores below it is no place) and the weight of the
area of interest (``bias``), which the corpora cannot teach, are the starting ones in the fitted
scale. A higher threshold gains up to 0.007 end-to-end F1 on the development corpora by leaving
out lone small places the article does not support ("Russian troops advanced on Mirnograd",
"the city of New York"), which a user names far more often in short texts than the corpora do;
``--curve`` prints the F1 at each threshold.

The ranker is written to ``geomap/geoparse/ranker.json``, rounded for review. ``--cv`` prints,
instead, each corpus scored by the starting weights and by weights trained on the other half of
every corpus, for each penalty of :data:`PENALTIES` (:data:`PENALTY` is chosen among them, as
its comment says).

Usage: python training/train_ranker.py [--eval-dir ../shared/eval] [--gazetteer PATH]
                                      [--out geomap/geoparse/ranker.json] [--check] [--cv]
                                      [--curve]

``--check`` writes nothing and exits 1 when the trained ranker differs from the file.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from train_events import km  # the scripts run from training/

from geomap.config import DEFAULT_GAZETTEER, REPOSITORY
from geomap.gazetteer import Gazetteer
from geomap.geoparse import find_mentions
from geomap.geoparse.ranker import FEATURES, Ranker, ranker_from_json
from geomap.geoparse.resolve import person_or_unplaced, rank
from geomap.models import Document

# L2 penalty on the weights' distance from the scaled starting ones. By --cv the mean
# end-to-end F1 of every penalty lies within 0.004 of the others (1 is best, 0.7887 against
# 0.7872 for 100); 1 lowers the population weight so far that a division named alone by an
# alternate name ("Crimea") falls under the threshold, 100 keeps it.
PENALTY = 100.0
PENALTIES = (1.0, 10.0, 100.0, 300.0, 1000.0)  # compared by --cv
ROUNDS = 4  # rounds of context at most
DECIMALS = 3
RADIUS_KM = 161.0
CORPORA = ("GeoVirus", "GeoWebNews", "LGL", "TR-News")
OUT = REPOSITORY / "geomap" / "geoparse" / "ranker.json"


@dataclass
class Name:
    """One recognised name of the development set, as one round of the ranker saw it."""

    corpus: str
    features: np.ndarray  # candidates x FEATURES
    scores: np.ndarray  # the round's score of each candidate
    right: np.ndarray  # per candidate: within 161 km of the gold point
    positive: int | None  # the candidate to learn, None when no candidate is right
    gold: bool  # whether the name overlaps a gold name with a point
    kept: bool  # False when a rule (a person, a ruled-out division) drops the name anyway


@dataclass
class Corpus:
    name: str
    docs: list[tuple[Document, list[dict[str, object]]]]

    @property
    def gold_count(self) -> int:
        return sum(1 for _, gold in self.docs for g in gold if g.get("lat") is not None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=REPOSITORY.parent / "shared" / "eval")
    parser.add_argument("--gazetteer", type=Path, default=DEFAULT_GAZETTEER)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--curve", action="store_true")
    args = parser.parse_args(argv)
    gazetteer = Gazetteer.open(args.gazetteer)
    corpora = [_corpus(args.eval_dir / "dev" / f"{name}.jsonl", name) for name in CORPORA]
    start = _hand_ranker()
    if args.cv:
        return _cross_validate(corpora, gazetteer, start)
    ranker, names, log = train(corpora, gazetteer, start)
    if args.curve:
        gold = sum(c.gold_count for c in corpora)
        print(" ".join(f"{t:.1f}:{f:.4f}" for t, f in f1_curve(names, gold)))
        return 0
    data = _to_json(ranker, names, log)
    text = json.dumps(data, indent=2) + "\n"
    if args.check:
        same = args.out.is_file() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'differs from a fresh training'}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {sum(n.positive is not None for n in names)} names; "
          f"threshold {ranker.threshold:.3f}")
    for line in log:
        print(f"  {line}")
    for name, weight in data["weights"].items():  # type: ignore[union-attr]
        print(f"  {name:18} {weight:+.3f}")
    return 0


def train(corpora: list[Corpus], gazetteer: Gazetteer, start: Ranker,
          penalty: float = PENALTY) -> tuple[Ranker, list[Name], list[str]]:
    """Rounds of context and fitting from ``start``; the fitted ranker, the names as it sees
    them, and one line per round."""
    ranker, log = start, []
    initial = np.array([start.weights[f] for f in FEATURES])
    weights, scale = initial, 1.0
    for round_ in range(1, ROUNDS + 1):
        names = [n for c in corpora for n in _names(c, gazetteer, ranker)]
        fitted, scale = fit([n for n in names if n.positive is not None], initial, penalty)
        change = float(np.max(np.abs(fitted - weights)))
        weights = fitted
        ranker = _ranker(weights, start.weights["bias"] * scale, start.threshold * scale)
        log.append(f"round {round_}: {len(names)} names, weights scaled by {scale:.3f}, "
                   f"largest weight change {change:.4f}")
        if change < 10 ** -DECIMALS:
            break
    names = [n for c in corpora for n in _names(c, gazetteer, ranker)]
    return ranker, names, log


def fit(names: list[Name], start: np.ndarray, penalty: float) -> tuple[np.ndarray, float]:
    """The conditional logit by Newton's method (deterministic), its weights drawn towards the
    starting weights times the one factor that fits the data best: a feature the data never
    tells apart (a kind of place no name of the corpora has among rivals) keeps its starting
    weight in the fitted scale, and the data move the others."""
    scale = _newton(names, start[:, None], np.zeros(len(start)), 0.0)[0]
    prior = scale * start
    return prior + _newton(names, np.eye(len(start)), prior, penalty), float(scale)


def _newton(names: list[Name], basis: np.ndarray, offset: np.ndarray, penalty: float,
            ) -> np.ndarray:
    """Coefficients ``c`` of weights ``offset + basis @ c`` with the best likelihood, less
    ``penalty / 2 * |c|^2``."""
    rows = [(name.features @ basis, name.features @ offset, name.right) for name in names]
    beta = np.zeros(basis.shape[1])
    for _ in range(200):
        gradient = penalty * beta
        hessian = (penalty + 1e-9) * np.eye(len(beta))
        for x, fixed, right in rows:
            s = x @ beta + fixed
            p = np.exp(s - s.max())
            p /= p.sum()
            mean = p @ x
            q = p[right] / p[right].sum()  # how the right candidates share the name
            gradient += mean - q @ x[right]
            hessian += (x * p[:, None]).T @ x - np.outer(mean, mean)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return beta


def f1_curve(names: list[Name], gold: int) -> list[tuple[float, float]]:
    """The end-to-end F1 over the names at thresholds from -2 to 3 (printed by ``--curve``)."""
    kept = [n for n in names if n.kept]
    best_scores = np.array([n.scores.max() for n in kept])
    hit = np.array([bool(n.gold and n.right[int(np.argmax(n.scores))]) for n in kept])
    out = []
    for t in np.round(np.arange(-2.0, 3.001, 0.1), 1):
        placed = best_scores >= t
        tp = float((placed & hit).sum())
        out.append((float(t), 2 * tp / (placed.sum() + gold) if tp else 0.0))
    return out


def _names(corpus: Corpus, gazetteer: Gazetteer, ranker: Ranker) -> list[Name]:
    out = []
    for doc, gold in corpus.docs:
        mentions = find_mentions(doc, gazetteer)
        ranked_all, unplaced = rank(doc, mentions, gazetteer, None, ranker)
        for ranked in ranked_all:
            if not ranked.scored:
                continue
            mention = ranked.mention
            match = next((g for g in gold if g.get("lat") is not None
                          and int(g["start"]) < mention.end  # type: ignore[call-overload]
                          and mention.start < int(g["end"])), None)  # type: ignore[call-overload]
            cands = [c for c, _ in ranked.scored]
            rows = [ranked.features(c) for c in cands]
            features = np.array([[row.get(f, 0.0) for f in FEATURES] for row in rows])
            scores = np.array([s for _, s in ranked.scored])
            right = np.zeros(len(cands), dtype=bool)
            positive = None
            if match is not None:
                lat, lon = float(match["lat"]), float(match["lon"])  # type: ignore[arg-type]
                distances = [km(lat, lon, c.place.lat, c.place.lon) for c in cands]
                right = np.array([d <= RADIUS_KM for d in distances])
                same = [k for k, c in enumerate(cands)
                        if c.place.geonameid == match.get("geonameid")]
                near = min(range(len(cands)), key=lambda k: distances[k])
                positive = same[0] if same else (near if right[near] else None)
            dropped = person_or_unplaced(doc.text, ranked, unplaced)
            out.append(Name(corpus.name, features, scores, right, positive, match is not None,
                            not dropped))
    return out


def _cross_validate(corpora: list[Corpus], gazetteer: Gazetteer, start: Ranker) -> int:
    """Each corpus scored by the starting weights and, for each penalty of :data:`PENALTIES`,
    by weights trained on the other half of every corpus (two folds of alternate articles, as
    the held-out halves are kept back)."""
    halves = [[Corpus(c.name, c.docs[k::2]) for c in corpora] for k in (0, 1)]
    print(f"{'weights':>14} | " + " | ".join(f"{c.name:>10} acc   e2e" for c in corpora)
          + " | mean e2e")
    for penalty in (None, *PENALTIES):
        if penalty is None:
            rankers, label = [start, start], "start"
        else:
            rankers = [train(halves[1 - k], gazetteer, start, penalty)[0] for k in (0, 1)]
            label = f"penalty {penalty:g}"
        cells, e2es = [], []
        for k, corpus in enumerate(corpora):
            names = [n for h in (0, 1) for n in _names(halves[h][k], gazetteer, rankers[h])
                     if n.scores.max() >= rankers[h].threshold or not n.kept]
            e2es.append(_e2e(names, corpus.gold_count))
            cells.append(f"{_accuracy(names):14.3f} {e2es[-1]:.3f}")
        print(f"{label:>14} | " + " | ".join(cells) + f" | {np.mean(e2es):.4f}", flush=True)
    return 0


def _accuracy(names: list[Name]) -> float:
    gold = [n for n in names if n.gold and n.kept]
    return sum(bool(n.right[int(np.argmax(n.scores))]) for n in gold) / max(1, len(gold))


def _e2e(names: list[Name], gold: int) -> float:
    """End-to-end F1 of the names (those under the threshold already left out)."""
    kept = [n for n in names if n.kept]
    tp = sum(bool(n.gold and n.right[int(np.argmax(n.scores))]) for n in kept)
    return 2 * tp / (len(kept) + gold) if tp else 0.0


def _hand_ranker() -> Ranker:
    """The weights before any training, as the file's history holds them."""
    data = json.loads((Path(__file__).parent / "ranker_start.json").read_text("utf-8"))
    return ranker_from_json(data)


def _ranker(weights: np.ndarray, bias: float, threshold: float) -> Ranker:
    merged = {f: round(float(w), DECIMALS) for f, w in zip(FEATURES, weights, strict=True)}
    merged["bias"] = round(bias, DECIMALS)
    return Ranker(merged, round(threshold, DECIMALS))


def _to_json(ranker: Ranker, names: list[Name], log: list[str]) -> dict[str, object]:
    learned = sum(n.positive is not None for n in names)
    return {
        "model": "conditional logit over a name's candidates (geomap.geoparse.ranker): "
                 "probability exp(score) over the sum of its candidates'",
        "trained_on": f"{learned} names with a right candidate in the geoparsing dev corpora "
                      f"({', '.join(CORPORA)}); make train",
        "penalty": PENALTY,
        "rounds": len(log),
        "weights": {f: ranker.weights[f] for f in FEATURES},
        "set": {"bias": ranker.weights["bias"]},
        "threshold": ranker.threshold,
    }


def _corpus(path: Path, name: str) -> Corpus:
    docs = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            docs.append((Document(id=str(row["id"]), text=row["text"]), row["toponyms"]))
    return Corpus(name, docs)


if __name__ == "__main__":
    sys.exit(main())

"""The learned candidate ranker: its file fits the code, it is reproducible, its scores are the
weighted sums of the features it explains them by, and every weight changes a decision
somewhere."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

from geomap.gazetteer import Gazetteer
from geomap.geoparse import find_mentions
from geomap.geoparse.ranker import (
    FEATURES,
    RANKER_FILE,
    SET_WEIGHTS,
    Ranker,
    RankerError,
    load_ranker,
    ranker_from_json,
)
from geomap.geoparse.resolve import rank, resolve
from geomap.models import Bias, Document

from ..conftest import REPO

EVAL_DEV = REPO.parent / "shared" / "eval" / "dev"
MATTERS = 0.02
# Short texts, each written for one or more of the features: a kind of place against a
# same-name settlement, a match by another name, a qualifier, a cue word, the article's context.
TEXTS = (
    "Talks on the gas pipeline resumed in Georgia on Monday.",
    "The summit of the African Union discussed debt relief for Africa.",
    "Bushfires spread across Victoria overnight.",
    "Deputies searched a farm in Orange County.",
    "Ships were rerouted away from the Red Sea after the attacks.",
    "Smugglers crossed the Sahara in convoys.",
    "Police in Paris detained two men.",
    "Hundreds marched in Bombay against the new law.",
    "Fierce fighting was reported in Artemovsk.",
    "The tornado struck Paris, Texas, on Sunday.",
    "Fires spread across the state of Washington.",
    "Voters in Quebec went to the polls.",
    "Richmond police said a Berea man was arrested in Madison County.",
    "Shelling hit Kherson. Residents of Mykolaiv and Odesa also heard explosions.",
    "Georgian troops returned from the border.",
    "Flights from Bagram resumed.",
    "The convoy reached Crimea.",
    "Election officials in Springfield, Illinois counted ballots late into the night.",
    "Kyiv said Russian forces shelled Kharkiv and Izium overnight.",
    "Protesters gathered in Columbus. The rally moved on to Cincinnati and Dayton.",
    "Drought hit the Sahel.",
    "Militants attacked a checkpoint in Sinai.",
    "Malian soldiers patrolled the border. Somali traders crossed from Ethiopia.",
    "Flights from Ramstein resumed.",
    "Ferries to Tenerife were halted.",
    "The band played in London, Ontario and in Perth, Western Australia.",
    "Floods hit Hyderabad, Sindh.",
    "Floods hit Kentucky. Roads were closed around Richmond.",
)


def test_the_packaged_ranker_names_the_code_s_features() -> None:
    ranker = load_ranker()
    assert tuple(ranker.weights) == FEATURES + SET_WEIGHTS


def test_a_ranker_of_other_features_is_refused() -> None:
    data = json.loads((REPO / "geomap" / "geoparse" / RANKER_FILE).read_text(encoding="utf-8"))
    data["weights"] = {"country": 1.0}
    with pytest.raises(RankerError, match="make train"):
        ranker_from_json(data)


@pytest.mark.parametrize("text", TEXTS[:4] + TEXTS[9:14])
def test_a_score_is_the_weighted_sum_of_the_features_that_explain_it(
        gazetteer: Gazetteer, text: str) -> None:
    ranker = load_ranker()
    doc = Document(id="t", text=text)
    ranked, _ = rank(doc, find_mentions(doc, gazetteer), gazetteer, None, ranker)
    assert ranked
    for name in ranked:
        for cand, score in name.scored:
            assert ranker.score(name.features(cand)) == pytest.approx(score, abs=1e-9)


def _decisions(gazetteer: Gazetteer, ranker: Ranker, bias: Bias | None = None,
               ) -> list[dict[int, tuple[int | None, float]]]:
    out = []
    for k, text in enumerate(TEXTS):
        doc = Document(id=str(k), text=text)
        out.append({t.mention.start: (t.place.geonameid if t.place else None, t.score)
                    for t in resolve(doc, find_mentions(doc, gazetteer), gazetteer, bias,
                                     ranker)})
    return out


def _moved(before: list[dict[int, tuple[int | None, float]]],
           after: list[dict[int, tuple[int | None, float]]]) -> float:
    """The largest change of a decision: 1 for another place or none, else the probability's."""
    moved = 0.0
    for one, other in zip(before, after, strict=True):
        for start in one.keys() | other.keys():
            x, y = one.get(start), other.get(start)
            if x is None or y is None or x[0] != y[0]:
                return 1.0
            moved = max(moved, abs(x[1] - y[1]))
    return moved


@pytest.fixture(scope="module")
def decisions(gazetteer: Gazetteer) -> list[dict[int, tuple[int | None, float]]]:
    return _decisions(gazetteer, load_ranker())


@pytest.mark.parametrize("feature", FEATURES)
def test_every_weight_matters(gazetteer: Gazetteer,
                              decisions: list[dict[int, tuple[int | None, float]]],
                              feature: str) -> None:
    """Without the feature's weight, some name of the texts above goes to another place (or to
    none), or its probability moves by at least :data:`MATTERS`: a weight that stops mattering
    (0 after training, or a feature no text sets any more) fails here."""
    ranker = load_ranker()
    ablated = dataclasses.replace(ranker, weights={**ranker.weights, feature: 0.0})
    moved = _moved(decisions, _decisions(gazetteer, ablated))
    assert moved >= MATTERS, f"{feature} moves no decision by {MATTERS} (at most {moved:.3f})"


def test_the_set_bias_weight_matters(gazetteer: Gazetteer) -> None:
    ranker = load_ranker()
    bias = Bias(countries=frozenset({"US"}))
    ablated = dataclasses.replace(ranker, weights={**ranker.weights, "bias": 0.0})
    assert _moved(_decisions(gazetteer, ranker, bias),
                  _decisions(gazetteer, ablated, bias)) >= MATTERS


@pytest.mark.slow
@pytest.mark.skipif(not (EVAL_DEV / "LGL.jsonl").is_file(),
                    reason="the geoparsing development corpora (../shared/eval/dev) are not here")
def test_training_reproduces_the_packaged_ranker(gazetteer_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "training" / "train_ranker.py"), "--check",
         "--eval-dir", str(EVAL_DEV.parent), "--gazetteer", str(gazetteer_path)],
        capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr

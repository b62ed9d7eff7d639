"""The learned event-place model: its file fits the code, it is reproducible, and every feature
changes what the model decides somewhere."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

from geomap.events.features import FEATURES, read_places
from geomap.events.model import MODEL_FILE, ModelError, load_model, model_from_json
from geomap.gazetteer import Gazetteer
from geomap.geoparse import find_mentions, resolve
from geomap.models import Document
from geomap.readers import read_documents

from ..conftest import EVENTS_CORPUS, REPO, SEEDS

EVAL_EVENTS = REPO.parent / "shared" / "eval" / "events"
MATTERS = 0.02
# Short texts that exercise what the war reports of the test corpus do not.
TEXTS = (
    "SPRINGFIELD - A man was shot twice early Tuesday in an attempted robbery, police said.",
    "A gunman opened fire on Sunday, killing three. The shooting happened at a restaurant in "
    "Dayton.",
    "Protesters marched in Lyon. Police later arrested five people in Marseille.",
    "A Charleston man was charged on Monday with the stabbing death of a neighbour in Columbia.",
    "Fighting raged across Sudan. In El Fasher, shells hit a market, killing 12 people.",
    "Rebels stormed the town of Goma, in North Kivu province, the army said.",
    "BEIRUT (Reuters) - Israeli air strikes killed four people in the southern town of Nabatieh.",
    "Woman robbed behind Dayton apartment complex. Officers are looking for a man. He wore a cap. "
    "Police said the suspect pushed her to the ground.",
)


def place_rows(gazetteer: Gazetteer) -> list[dict[str, float]]:
    docs = read_documents([EVENTS_CORPUS, SEEDS])
    docs += [Document(id=f"t{i}", text=text) for i, text in enumerate(TEXTS)]
    rows = []
    for doc in docs:
        rows += read_places(doc.text, resolve(doc, find_mentions(doc, gazetteer),
                                              gazetteer)).features()
    return rows


def test_the_packaged_model_names_the_code_s_features() -> None:
    model = load_model()
    assert tuple(model.weights) == FEATURES
    assert 0 < model.threshold < 1


def test_a_model_of_other_features_is_refused() -> None:
    data = json.loads((REPO / "geomap" / "events" / MODEL_FILE).read_text(encoding="utf-8"))
    data["weights"] = {"clause_cue": 1.0}
    with pytest.raises(ModelError, match="make train"):
        model_from_json(data)


@pytest.fixture(scope="module")
def rows(gazetteer: Gazetteer) -> list[dict[str, float]]:
    return place_rows(gazetteer)


@pytest.mark.parametrize("feature", FEATURES)
def test_every_feature_matters(rows: list[dict[str, float]], feature: str) -> None:
    """Without the feature's weight, the probability of some place of the test corpus, the seeds
    or the short texts above moves by at least :data:`MATTERS`: a feature that stops mattering
    (a zero weight after training, or a value that no text sets any more) fails here."""
    model = load_model()
    ablated = dataclasses.replace(model, weights={**model.weights, feature: 0.0})
    moved = max(abs(model.probability(r) - ablated.probability(r)) for r in rows)
    assert moved >= MATTERS, f"{feature} moves no probability by {MATTERS} (at most {moved:.3f})"


@pytest.mark.slow
@pytest.mark.skipif(not (EVAL_EVENTS / "events_gold.json").is_file(),
                    reason="the events development set (../shared/eval/events) is not here")
def test_training_reproduces_the_packaged_model(gazetteer_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "training" / "train_events.py"), "--check",
         "--eval-dir", str(EVAL_EVENTS.parent), "--gazetteer", str(gazetteer_path)],
        capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr

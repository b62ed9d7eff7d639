"""The learned weights that decide whether an event happened at a candidate place.

A logistic regression over the named features of :mod:`geomap.events.features`, trained by
``make train`` (``training/train_events.py``) on the development set of hand-coded events as a
whole, and kept as a small reviewed data file, ``event_places.json``, in this package: the
feature names with their weights, the bias, and the probability above which a place gets its
events. Nothing is learned at run time, and no gold data is read.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from geomap.errors import GeomapError
from geomap.events.features import FEATURES

MODEL_FILE = "event_places.json"


class ModelError(GeomapError, ValueError):
    """The model file is missing or does not fit the code's features."""


@dataclass(frozen=True, slots=True)
class PlaceModel:
    """Weights of the event-place classifier.

    Parameters
    ----------
    weights
        One weight per name of :data:`~geomap.events.features.FEATURES`.
    bias
        The intercept.
    threshold
        The probability at which a place gets its events.
    """

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        """The probability that an event happened at the place the features describe."""
        z = self.bias + sum(self.weights[name] * features[name] for name in FEATURES)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def load_model() -> PlaceModel:
    """The packaged model.

    Raises
    ------
    ModelError
        When the file is missing or names other features than the code computes.
    """
    try:
        data = json.loads((resources.files(__package__) / MODEL_FILE).read_text("utf-8"))
    except (FileNotFoundError, json.JSONDecodeError) as exc:
        msg = f"geomap's event model {MODEL_FILE} is missing or broken ({exc}): reinstall geomap"
        raise ModelError(msg) from None
    return model_from_json(data)


def model_from_json(data: dict[str, object]) -> PlaceModel:
    """A model from its JSON form (as ``training/train_events.py`` writes it).

    Raises
    ------
    ModelError
        When the features differ from :data:`~geomap.events.features.FEATURES`.
    """
    weights = data.get("weights")
    if not isinstance(weights, dict) or tuple(weights) != FEATURES:
        msg = (f"{MODEL_FILE} was trained on other features than geomap computes: run "
               f"`make train`")
        raise ModelError(msg)
    return PlaceModel({k: float(v) for k, v in weights.items()}, float(data["bias"]),  # type: ignore[arg-type]
                      float(data["threshold"]))  # type: ignore[arg-type]

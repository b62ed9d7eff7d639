"""The learned weights that choose among a name's candidates.

A candidate's score is a weighted sum of named features (:data:`FEATURES`): what kind of place
it is and how many live there (the prior), how the name matched it, and what the text says
around it (qualifiers, cue words, the article's other places). The weights are a conditional
logit, trained by ``make train`` (``training/train_ranker.py``) on the geoparsing development
corpora as a whole, and kept as a small reviewed data file, ``ranker.json``, in this package: a
name's candidates get probabilities ``exp(score)`` over their sum, and a name whose best score
stays under ``threshold`` is no place. Nothing is learned at run time, and no gold data is read.

Two values are set, not learned: ``bias``, the weight of a candidate inside the area of
interest a user names (:class:`~geomap.models.Bias`), which the development corpora never name,
and the threshold. Both are the hand-set values geomap had before its ranker was trained, scaled
as its weights were (see ``training/train_ranker.py``).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from geomap.errors import GeomapError
from geomap.models import Candidate

RANKER_FILE = "ranker.json"

# What kind of place a candidate is: one of these groups, by GeoNames feature code or class.
# The store files dependencies and territories as countries; what it does not hold (other
# divisions, vegetation, undersea and road features) ranks with second-order divisions and spots.
_CODE_GROUP = {"PCLI": "country", "PCLD": "country", "PCLS": "country", "PCLF": "country",
               "PCL": "country", "TERR": "country", "CONT": "continent", "ADM1": "admin1",
               "RGN": "region", "ADM2": "admin2",
               "PPLC": "capital", "PPLG": "capital", "PPLA": "seat", "PPLA2": "seat2"}
_CLASS_GROUP = {"L": "area", "H": "water", "S": "spot", "T": "terrain", "A": "admin2",
                "P": "settlement"}
PLACE_KINDS = ("country", "continent", "admin1", "region", "admin2", "area", "water", "spot",
               "terrain")
"""Kinds of place with a fixed prior each; settlements are scored by population instead."""
SETTLEMENT = ("population", "capital", "seat", "seat2")
"""A settlement's prior: log10(population + 10) / 7, and whether it is a capital or seat."""
MATCHES = ("alt", "demonym")
"""How the name matched the candidate, against its preferred name. An abbreviation, a code or a
metonym ranks as the preferred name (their weights were near 0 when trained); a historical name,
a transliteration (which no name of the development corpora needs) and a fuzzy match (the
geocoder's, never the geoparser's) as an alternate name."""
_MATCH_GROUP = {"alt": "alt", "historical": "alt", "translit": "alt", "fuzzy": "alt",
                "demonym": "demonym"}
EVIDENCE = ("famous_other", "qualified", "qualifier", "kind_cue", "division_over_seat", "near",
            "country_share", "admin1_share", "division_named")
"""What the text says: another name of a far more populous seat (0 to 1), "X, Y" with X inside
Y (for X) and for Y, a kind word ("the city of"), a division far more populous than its
same-name seat, nearby places of the article (up to 3), the share of the article's other
places in the candidate's country and first-order division, and whether the article names the
candidate's first-order division ("Ohio" for Mansfield, Ohio)."""
FEATURES = PLACE_KINDS + SETTLEMENT + MATCHES + EVIDENCE
SET_WEIGHTS = ("bias",)


class RankerError(GeomapError, ValueError):
    """The ranker file is missing or does not fit the code's features."""


@dataclass(frozen=True, slots=True)
class Ranker:
    """Weights of the candidate ranker.

    Parameters
    ----------
    weights
        One weight per name of :data:`FEATURES` and of :data:`SET_WEIGHTS`.
    threshold
        The score a name's best candidate needs for the name to be placed.
    """

    weights: dict[str, float]
    threshold: float

    def prior(self, cand: Candidate) -> float:
        """The score of ``cand`` before anything the text says: its kind of place, its
        population and how the name matched it (the sum of :meth:`prior_features`, weighted)."""
        w = self.weights
        place = cand.place
        group = _group(place.feature_code, place.feature_class)
        if group == "settlement":
            score = w["population"] * math.log10(place.population + 10) / 7.0
            seat = _CODE_GROUP.get(place.feature_code)
            if seat is not None:
                score += w[seat]
        else:
            score = w[group]
        match = _MATCH_GROUP.get(cand.kind)
        return score if match is None else score + w[match]

    def score(self, features: dict[str, float]) -> float:
        """The weighted sum of ``features`` (names of :data:`FEATURES` or :data:`SET_WEIGHTS`)."""
        return sum(self.weights[name] * value for name, value in features.items())


def prior_features(cand: Candidate) -> dict[str, float]:
    """The features :meth:`Ranker.prior` weighs, by name (those that are not 0)."""
    place = cand.place
    group = _group(place.feature_code, place.feature_class)
    out: dict[str, float] = {}
    if group == "settlement":
        out["population"] = math.log10(place.population + 10) / 7.0
        seat = _CODE_GROUP.get(place.feature_code)
        if seat is not None:
            out[seat] = 1.0
    else:
        out[group] = 1.0
    match = _MATCH_GROUP.get(cand.kind)
    if match is not None:
        out[match] = 1.0
    return out


def _group(code: str, feature_class: str) -> str:
    group = _CODE_GROUP.get(code)
    if group is None or group in SETTLEMENT:
        return _CLASS_GROUP.get(feature_class, "spot")
    return group


@cache
def load_ranker() -> Ranker:
    """The packaged ranker.

    Raises
    ------
    RankerError
        When the file is missing or names other features than the code computes.
    """
    try:
        data = json.loads((resources.files(__package__) / RANKER_FILE).read_text("utf-8"))
    except (FileNotFoundError, json.JSONDecodeError) as exc:
        msg = f"geomap's ranker {RANKER_FILE} is missing or broken ({exc}): reinstall geomap"
        raise RankerError(msg) from None
    return ranker_from_json(data)


def ranker_from_json(data: dict[str, object]) -> Ranker:
    """A ranker from its JSON form (as ``training/train_ranker.py`` writes it).

    Raises
    ------
    RankerError
        When the features differ from :data:`FEATURES` and :data:`SET_WEIGHTS`.
    """
    weights, fixed = data.get("weights"), data.get("set")
    if not isinstance(weights, dict) or tuple(weights) != FEATURES \
            or not isinstance(fixed, dict) or tuple(fixed) != SET_WEIGHTS:
        msg = f"{RANKER_FILE} was trained on other features than geomap computes: run `make train`"
        raise RankerError(msg)
    merged = {k: float(v) for k, v in {**weights, **fixed}.items()}
    return Ranker(merged, float(data["threshold"]))  # type: ignore[arg-type]

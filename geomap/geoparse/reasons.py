"""Why a name went to its place, in one line: the features that most set the chosen candidate
above the runner-up, in words, and the runner-up with its probability.

"Pokrovsk, Donetsk Oblast, UA: qualifier 'Donetsk region'; population 60,127; other candidate
Pokrovsk, Sakha, RU 0.02". The map's popups and ``toponyms.geojson`` carry the line, and
``geomap explain`` prints it with every candidate's features.
"""

from __future__ import annotations

from geomap.geoparse.ranker import Ranker
from geomap.models import Candidate, Place

_MAX_REASONS = 2
_MIN_SHARE = 0.15  # a reason gives at least this share of the margin the reasons give

_PHRASES = {
    "country": "a country", "continent": "a continent", "admin1": "a first-order division",
    "region": "a region", "admin2": "a second-order division", "area": "an area",
    "water": "a body of water", "spot": "a site", "terrain": "a landform",
    "population": "population {population:,}", "capital": "a capital",
    "seat": "seat of a first-order division", "seat2": "seat of a second-order division",
    "alt": "named by its preferred name", "demonym": "named by its demonym",
    "famous_other": "far better known by this other name",
    "qualified": "qualifier '{qualifier}'", "qualifier": "qualifies the name before it",
    "kind_cue": "the kind of place the words before it name",
    "division_over_seat": "the division, not its same-name seat",
    "near": "near the article's other places",
    "country_share": "in the country of the article's other places",
    "admin1_share": "in the division of the article's other places",
    "division_named": "in the division the article names",
    "bias": "inside the area of interest",
}
"""What each feature says when it sets the chosen place above the runner-up."""


def why(best: Candidate, features: dict[str, float], runner_up: Candidate | None,
        runner_features: dict[str, float], runner_probability: float, ranker: Ranker,
        qualifier: str = "") -> str:
    """The line that says why ``best`` was chosen.

    Parameters
    ----------
    best, features
        The chosen candidate and its features.
    runner_up, runner_features, runner_probability
        The next candidate (``None`` when there is none), its features and probability.
    ranker
        The weights.
    qualifier
        The name that qualifies the mention ("Donetsk region"), if one does.
    """
    # with no runner-up (no runner features), what scores the only candidate
    gains = {name: ranker.weights[name] * (features.get(name, 0.0)
                                           - runner_features.get(name, 0.0))
             for name in features.keys() | runner_features.keys()}
    positive = sorted(((g, n) for n, g in gains.items() if g > 0 and n in _PHRASES),
                      key=lambda gn: (-gn[0], gn[1]))
    total = sum(g for g, _ in positive)
    reasons = [_PHRASES[n].format(population=best.place.population, qualifier=qualifier)
               for g, n in positive[:_MAX_REASONS] if g >= _MIN_SHARE * total]
    chosen, other = describe(best.place), describe(runner_up.place) if runner_up else ""
    if chosen == other and runner_up is not None:  # Kyiv the city and Kyiv the division
        chosen += f" ({best.place.feature_code})"
        other += f" ({runner_up.place.feature_code})"
    line = f"{chosen}: {'; '.join(reasons) or 'the likeliest candidate'}"
    if runner_up is not None:
        line += f"; other candidate {other} {runner_probability:.2f}"
    else:
        line += "; no other candidate"
    return line


def describe(place: Place) -> str:
    """"Pokrovsk, Donetsk Oblast, UA": a place's name, first-order division and country."""
    return ", ".join(p for p in (place.name, place.admin1, place.country_code) if p)

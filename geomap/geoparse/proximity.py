"""Spatial coherence: same-name local places are told apart by their neighbours in the article.

A local news story names places near one another: "Richmond" beside "Madison County" and
"Berea" is the Kentucky town, not the Virginia capital. Country and first-order-division
coherence (in :mod:`geomap.geoparse.resolve`) cannot see this when every candidate lies in one
country; distance can. Each local candidate of a name gains support from every other name of the
article that has a likely candidate nearby.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from geomap.gazetteer import MAJOR_CODES
from geomap.models import Place

# Areas whose point says little about where in them a story happens: no support given or taken.
_WIDE_CODES = MAJOR_CODES | {"OCN", "SEA"}
NEAR_KM = 40.0  # full support within this distance
FAR_KM = 100.0  # none beyond this one
_EARTH_KM = 6371.0088


def km(a: Place, b: Place) -> float:
    """Great-circle distance between two places, in kilometres."""
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(
        math.radians(b.lon - a.lon) / 2) ** 2
    return 2 * _EARTH_KM * math.asin(math.sqrt(min(1.0, h)))


def is_local(place: Place) -> bool:
    """Whether ``place`` is small enough for distance to another place to mean something."""
    return place.feature_code not in _WIDE_CODES


def support(groups: Sequence[Sequence[tuple[Place, float]]]) -> list[dict[int, float]]:
    """Support of each local candidate from the other names' likely candidates.

    Parameters
    ----------
    groups
        Per distinct name of the article, its candidates with their probability from a first
        pass without context.

    Returns
    -------
    list of dict
        Per group, ``{geonameid: support}``: the sum over the other groups of the largest
        ``probability * closeness`` among their local candidates, where closeness is 1 within
        :data:`NEAR_KM`, falling linearly to 0 at :data:`FAR_KM`.
    """
    rows = [(g, place, prob) for g, group in enumerate(groups) for place, prob in group
            if is_local(place)]
    out: list[dict[int, float]] = [{} for _ in groups]
    if len({g for g, _, _ in rows}) < 2:
        return out
    group = np.array([g for g, _, _ in rows])
    lat = np.radians([p.lat for _, p, _ in rows])
    lon = np.radians([p.lon for _, p, _ in rows])
    prob = np.array([w for _, _, w in rows])
    dlat = lat[:, None] - lat[None, :]
    dlon = lon[:, None] - lon[None, :]
    a = np.sin(dlat / 2) ** 2 + np.cos(lat)[:, None] * np.cos(lat)[None, :] * np.sin(dlon / 2) ** 2
    km = 2 * _EARTH_KM * np.arcsin(np.sqrt(a.clip(0.0, 1.0)))
    close = ((FAR_KM - km) / (FAR_KM - NEAR_KM)).clip(0.0, 1.0) * prob[None, :]
    close[group[:, None] == group[None, :]] = 0.0
    total = np.zeros(len(rows))
    # the rows come group by group: each group's columns are one run, its maxima one reduction
    starts = np.flatnonzero(np.concatenate(([True], group[1:] != group[:-1])))
    for best in np.maximum.reduceat(close, starts, axis=1).T:
        total += best  # group by group, as a sum in that order
    for k, (g, place, _) in enumerate(rows):
        if total[k] > 0:
            out[g][place.geonameid] = max(out[g].get(place.geonameid, 0.0), float(total[k]))
    return out


STRAY_POPULATION = 200_000
"""A settlement smaller than this may be a stray (:func:`strays`)."""
STRAY_KM = 1_000.0
"""How far a stray lies from every place of the article's other names, at least."""


def strays(places: Sequence[Place], names: Sequence[str],
           qualifiers: Sequence[bool] | None = None) -> set[int]:
    """The indices of the places that are strays: small settlements (fewer than
    :data:`STRAY_POPULATION` people) in a country that no other name of the article places or
    qualifies, farther than :data:`STRAY_KM` from all the article's other places, in an article
    that places two names or more in another country. "near Mahas, south of Beledweyne" in a report
    from Somalia is no village in Jordan, "Let Yet Kone" no town in New Caledonia: a name the
    gazetteer lacks that matched a far namesake, or a word that is no place. But "Turkey
    shelled Tal Abyad" keeps its Syrian town, near Turkey, and "Russian artillery shelled
    Kherson" its Ukrainian city: a demonym vouches for its country's places but places nothing.

    Parameters
    ----------
    places
        The chosen place of each resolved name of the article, in text order.
    names
        The key of each name: a name's own mentions do not vouch for one another.
    qualifiers
        Whether each name is a qualifier (a demonym, "Russian"); none by default.
    """
    qualifying = list(qualifiers) if qualifiers is not None else [False] * len(places)
    vouched: dict[str, set[str]] = {}  # the names that place or qualify in each country
    home: dict[str, set[str]] = {}  # the names that place in each country
    for place, name, qualifier in zip(places, names, qualifying, strict=True):
        if place.country_code:
            vouched.setdefault(place.country_code, set()).add(name)
            if not qualifier:
                home.setdefault(place.country_code, set()).add(name)
    placed = [(place, name) for place, name, qualifier in zip(places, names, qualifying,
                                                               strict=True) if not qualifier]
    if not any(len(held) > 1 for held in home.values()):
        return set()  # no country the article places two names in: no home to stray from
    return {k for k, (place, name, qualifier) in enumerate(zip(places, names, qualifying,
                                                                strict=True))
            if not qualifier and place.feature_class == "P"
            and place.population < STRAY_POPULATION and place.country_code
            and vouched.get(place.country_code) == {name}
            and all(km(place, other) > STRAY_KM for other, key in placed if key != name)}

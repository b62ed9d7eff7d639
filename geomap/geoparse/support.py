"""Which candidates found only weakly a name keeps: those a transliteration finds, where the
article's other names point to their country (or a country named just before them), and those
the gazetteer knows only by another name, unless the article points elsewhere.
:mod:`geomap.geoparse.resolve` applies them before it scores a name's candidates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geomap.gazetteer.geocode import CAPITAL_CODES
from geomap.gazetteer.romanised import spelling
from geomap.lang import inflection
from geomap.models import Candidate, Mention
from geomap.text import name_key

_TRANSLIT_SHARE = 0.3  # share of the article's other places a transliteration's country needs
_TRANSLIT_TOWN = 15_000  # people in a town that a Cyrillic name's home countries together support
_NAMED_COUNTRY = 0.5  # first-pass probability of a country that makes its name name it


def countries_named(mentions: Sequence[Mention],
                     first_scored: Sequence[Sequence[tuple[Candidate, float]]],
                     first_probs: Sequence[Sequence[float]]) -> list[tuple[int, str]]:
    """Where the article names a country (a name whose likeliest first-pass candidate is one,
    with at least :data:`_NAMED_COUNTRY` of its probability): the end of each such name and
    the country's code."""
    return [(mention.end, place.country_code) for mention, scored, probs
            in zip(mentions, first_scored, first_probs, strict=True)
            if scored and probs[0] >= _NAMED_COUNTRY
            and (place := scored[0][0].place).feature_code in _COUNTRY_CODES
            and place.country_code]


def country_before(text: str, mention: Mention, named: list[tuple[int, str]]) -> str | None:
    """The country named shortly before ``mention`` in its sentence ("En Russie, un drone a
    touché une voiture à Chebekino"), if any."""
    found = None
    for end, code in named:
        if end <= mention.start and mention.start - end <= _COUNTRY_REACH \
                and not _SENTENCE_END.search(text, end, mention.start):
            found = code
    return found


_COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLS", "PCLF", "PCL"})
_COUNTRY_REACH = 120  # characters between a country's name and a place of it named after it
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def supported_translit(cands: Sequence[Candidate], countries: dict[str, float],
                        surface: str, country: str | None = None) -> Sequence[Candidate]:
    """Candidates found only by transliteration are kept in the countries the article's other
    names point to (at least :data:`_TRANSLIT_SHARE` of them): "Avnevi" in a report on South
    Ossetia is no Ivanovo in Russia. A Cyrillic name's home countries count as one
    (:func:`~geomap.lang.inflection.homes_of`): "Новоросийск" in a Bulgarian report on Ukraine's
    towns is Novorossiysk in Russia, whose Bulgarian name the gazetteer lacks: a town of
    :data:`_TRANSLIT_TOWN` people whose Latin name a romanisation spells
    (:func:`~geomap.gazetteer.romanised.spelling`), not one whose skeleton a surname shares
    ("Бондаря" is no Bender). A country named shortly before the name in its sentence supports
    its places found so ("En Russie, un drone a touché une voiture à Chebekino")."""
    if not any(c.kind == "translit" for c in cands):
        return cands
    if country is not None and any(c.kind == "translit" and c.place.country_code == country
                                   for c in cands):  # "En Russie, ... à Chebekino"
        return [c for c in cands if c.kind != "translit" or c.place.country_code == country]
    total = sum(countries.values()) or 1.0
    homes = inflection.homes_of(surface) if inflection.cyrillic(surface) else frozenset()
    at_home = sum(share for code, share in countries.items() if code in homes)
    spelt = {spelling(name_key(latin)) for latin in inflection.romanisations(surface)}
    return [c for c in cands if c.kind != "translit" or (
        at_home if c.place.country_code in homes and c.place.population >= _TRANSLIT_TOWN
        and spelling(name_key(c.place.name)) in spelt
        else countries.get(c.place.country_code or "", 0.0)) / total >= _TRANSLIT_SHARE]


def supported_alt(cands: Sequence[Candidate], countries: dict[str, float]
                   ) -> Sequence[Candidate]:
    """A name the gazetteer knows only as another name of towns abroad, in an article whose
    other names point elsewhere (at least :data:`_ALT_CONTEXT` of them, none to those towns'
    countries), names none of them unless one is a capital or a city of :data:`_ALT_CITY`
    people (a country or a region keeps its other names): "near Boni" in a report on Mali is
    no Bonn (whose Latin name it is), but "Kiev" in a report on Washington is Kyiv."""
    if not cands or any(c.kind not in ("alt", "historical") for c in cands) \
            or sum(countries.values()) < _ALT_CONTEXT:
        return cands
    return [c for c in cands if c.place.feature_class != "P"  # "Cape Verde", "North Caucasus"
            or countries.get(c.place.country_code or "", 0.0) > 0
            or c.place.feature_code in CAPITAL_CODES or c.place.population >= _ALT_CITY]


_ALT_CONTEXT = 2.0  # the weight of the article's other names that lets them rule a name out
_ALT_CITY = 1_000_000  # people in a city whose other names are known far beyond its country

"""Choose the place each mention names, and the role it plays in the sentence.

Each candidate gets a score, the weighted sum of named features (weights learned by
:mod:`geomap.geoparse.ranker`) of four kinds of evidence:

- how the name matched (preferred name over alternate or historical name);
- a prior for well-known places (countries, continents and first-order divisions; population for
  settlements; capitals above other settlements);
- qualifiers in the text: "Donetsk in Russia's Rostov region", "Pokrovsk, Donetsk region",
  "Paris, Texas" favour the candidate inside the named region or country;
- the document's coherence: candidates in the countries and first-order divisions where the other
  names of the article likely lie (their three likeliest candidates in a first pass without
  context, weighted by probability) gain weight, and so do candidates near the other names'
  likely candidates (:mod:`geomap.geoparse.proximity`);
- an optional area of interest (:class:`~geomap.models.Bias`: countries or a bounding box) that
  the user expects the news to be about.

Scores are turned into probabilities over a mention's candidates; the chosen place keeps its
probability as ``score`` and the runners-up are kept as ``alternatives``.

Roles: a match by demonym ("Ukrainian") is a ``qualifier``; a capital, or a seat named as a
metonym ("the Kremlin"), followed by a possessive or a verb of saying or deciding ("Moscow's claim",
"Washington has become displeased", "Kyiv rejected") is an ``actor``; everything else is a
``location``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.geocode import famous_other
from geomap.geoparse import proximity, reasons, roles, support
from geomap.geoparse.bodies import division_bodies
from geomap.geoparse.evidence import (
    Evidence,
    city_districts,
    division_over_seat,
    kind_cues,
    listed_divisions,
    possessive_qualifiers,
    qualifiers,
    town_or_water,
)
from geomap.geoparse.ranker import Ranker, load_ranker, prior_features
from geomap.geoparse.recognize import is_code
from geomap.geoparse.streets import is_street, place_streets
from geomap.lang import inflection
from geomap.models import Bias, Candidate, Document, Mention, Place, Toponym
from geomap.text import LIST_JOIN, name_key

_NEAR_CAP = 3.0  # support counted up to this many names
_NEAR_CANDIDATES = 20  # candidates per name considered for nearness
_CONTEXT_CANDIDATES = 3  # candidates of each name that lend context
_MAX_ALTERNATIVES = 3
_CONTEXT_PRIOR = 1.0  # names' weight of no country: one other name is weak evidence of its country

Context = tuple[dict[str, float], dict[str, float]]
"""Weight of each country and of each first-order division among the article's other names."""


@dataclass(frozen=True, slots=True)
class Ranked:
    """A name's candidates as the ranker scored them, with what it needs to explain a score.

    Parameters
    ----------
    mention
        The name.
    scored
        The candidates it may mean, each with its score, best first.
    evidence
        What the text says for each candidate.
    context
        The country and first-order-division weights of the article's other names.
    named
        Population of the most populous candidate matched by its preferred name, if any.
    """

    mention: Mention
    scored: list[tuple[Candidate, float]]
    evidence: Evidence
    context: Context
    named: int | None

    def features(self, cand: Candidate) -> dict[str, float]:
        """The features of ``cand`` by name, those that are not 0: its score is their weighted
        sum (:meth:`~geomap.geoparse.ranker.Ranker.score`)."""
        out = prior_features(cand)
        place = cand.place
        out.update(self.evidence.get(place.geonameid, {}))
        famous = famous_other(cand, self.named)
        if famous:
            out["famous_other"] = famous
        countries, admin1s = self.context
        if place.country_code:
            share = countries.get(place.country_code, 0.0) / (sum(countries.values())
                                                              + _CONTEXT_PRIOR)
            if share:
                out["country_share"] = share
            share = admin1s.get(f"{place.country_code}.{place.admin1_code}", 0.0) / (
                sum(admin1s.values()) + _CONTEXT_PRIOR)
            if share:
                out["admin1_share"] = share
        return out


def resolve(doc: Document, mentions: Sequence[Mention], gazetteer: Gazetteer,
            bias: Bias | None = None, ranker: Ranker | None = None, *,
            explain: bool = True) -> list[Toponym]:
    """Resolve each mention to a place with a role and a score.

    Parameters
    ----------
    doc
        The article the mentions were found in.
    mentions
        Spans from :func:`geomap.geoparse.recognize.find_mentions`, in text order.
    gazetteer
        The open gazetteer.
    bias
        An area of interest whose places are preferred over same-name places elsewhere.
    ranker
        The candidate ranker's weights; the packaged ones by default.
    explain
        Say why each place was chosen (:attr:`~geomap.models.Toponym.why`); without it the
        line is left empty, which saves its work where no output shows it.

    Returns
    -------
    list of Toponym
        One per mention with at least one candidate whose score passes the ranker's threshold,
        the others dropped; and one per street, at its town
        (:func:`geomap.geoparse.streets.street_town`), unresolved where the article names none.
    """
    ranker = ranker or load_ranker()
    streets = [m for m in mentions if is_street(m, doc.language)]
    if streets:
        mentions = [m for m in mentions if m not in streets]
    toponyms: list[Toponym] = []
    said: dict[tuple[object, ...], str] = {}
    ranked_all, unplaced = rank(doc, mentions, gazetteer, bias, ranker)
    for k, ranked in enumerate(ranked_all):
        scored, mention = ranked.scored, ranked.mention
        if not scored or scored[0][1] < ranker.threshold:
            continue
        if person_or_unplaced(doc.text, ranked, unplaced):
            continue
        probs = _probabilities([s for _, s in scored])
        chosen = _listed_apart(doc.text, toponyms[-1] if toponyms else None, mention, scored)
        best = scored[chosen][0]
        order = [chosen, *(i for i in range(len(scored)) if i != chosen)]
        alternatives = tuple((scored[i][0].place, round(probs[i], 4))
                             for i in order[1:_MAX_ALTERNATIVES + 1])
        role = roles.role(doc.text, mention, best, doc.language)
        toponyms.append(Toponym(mention, best.place, round(probs[chosen], 4), role, alternatives,
                                _why(ranked, mentions, k, probs, ranker, said) if explain
                                else ""))
    placed = [(k, t.place) for k, t in enumerate(toponyms) if t.place is not None]
    stray = {placed[i][0] for i in proximity.strays(
        [p for _, p in placed], [name_key(toponyms[k].mention.text) for k, _ in placed],
        [toponyms[k].role == "qualifier" for k, _ in placed])}
    if stray:
        toponyms = [t for k, t in enumerate(toponyms) if k not in stray]
    return place_streets(doc.text, streets, toponyms)


_WEAK_KINDS = ("translit", "fuzzy")
_BODY = "#body"  # the key of the divisions named by a body of theirs: no name's key


def _listed_apart(text: str, previous: Toponym | None, mention: Mention,
                  scored: Sequence[tuple[Candidate, float]]) -> int:
    """Which of a name's scored candidates it stands for: the best, unless the name follows
    another name in a list and its best is that name's place, found only by a weaker match (a
    transliteration of an old name: "Гродівка" after "Мирноград" is the village Hrodivka, not
    Myrnohrad once so called); then its best other candidate."""
    if previous is None or previous.place is None or scored[0][0].kind not in _WEAK_KINDS \
            or scored[0][0].place.geonameid != previous.place.geonameid \
            or name_key(previous.mention.text) == name_key(mention.text) \
            or not LIST_JOIN.fullmatch(text, previous.mention.end, mention.start):
        return 0
    return next((i for i, (cand, _) in enumerate(scored)
                 if cand.place.geonameid != previous.place.geonameid), 0)


def _nearest(mentions: Sequence[Mention], k: int) -> str:
    """The name nearest to mention ``k``: its qualifier ("Pokrovsk, Donetsk region",
    "Chhattisgarh's Bijapur district")."""
    after = mentions[k + 1].start - mentions[k].end if k + 1 < len(mentions) else None
    before = mentions[k].start - mentions[k - 1].end if k else None
    if after is not None and (before is None or after <= before):
        return mentions[k + 1].text
    return mentions[k - 1].text if before is not None else ""


def _why(ranked: Ranked, mentions: Sequence[Mention], k: int, probs: Sequence[float],
         ranker: Ranker, said: dict[tuple[object, ...], str]) -> str:
    """The :mod:`~geomap.geoparse.reasons` line, once per name, evidence and qualifier within an
    article (names repeat)."""
    best = ranked.scored[0][0]
    runner = ranked.scored[1][0] if len(ranked.scored) > 1 else None
    own = ranked.evidence.get(best.place.geonameid, {})
    qualifier = _nearest(mentions, k) if "qualified" in own else ""
    key = (id(ranked.scored), qualifier, tuple(sorted(own.items())), tuple(sorted(
        ranked.evidence.get(runner.place.geonameid, {}).items())) if runner else ())
    if key not in said:
        said[key] = reasons.why(best, ranked.features(best), runner,
                                ranked.features(runner) if runner else {},
                                probs[1] if runner else 0.0, ranker, qualifier)
    return said[key]


def rank(doc: Document, mentions: Sequence[Mention], gazetteer: Gazetteer, bias: Bias | None,
         ranker: Ranker) -> tuple[list[Ranked], set[int]]:
    """Score every candidate of every mention, in two passes: the first without the article's
    other names, the second with them.

    Returns
    -------
    tuple
        One :class:`Ranked` per mention, in order, and the start offsets of the names that a
        qualifier rules out (see :func:`geomap.geoparse.evidence.qualifiers`).
    """
    coded = [k > 0 and is_code(doc.text, mentions[k - 1].end, m) for k, m in enumerate(mentions)]
    candidates = [_in_position(gazetteer.candidates(m.text, codes=code), code, doc.text, m)
                  for m, code in zip(mentions, coded, strict=True)]
    town_or_water(doc.text, mentions, candidates, doc.language)
    listed = listed_divisions(doc.text, mentions, candidates, gazetteer)
    evidence, unplaced = qualifiers(doc.text, mentions, candidates, doc.language)
    possessive_qualifiers(doc.text, mentions, candidates, evidence, gazetteer)
    unplaced |= city_districts(doc.text, mentions, candidates)
    for cands, found in zip(candidates, evidence, strict=True):
        division_over_seat(cands, found)
    kind_cues(doc.text, mentions, candidates, evidence, listed, doc.language)
    if bias:
        for cands, found in zip(candidates, evidence, strict=True):
            for cand in cands:
                if bias.contains(cand.place):
                    found.setdefault(cand.place.geonameid, {})["bias"] = 1.0
    # a name read as a list of divisions ("the Kursk and Belgorod regions") has more candidates
    # than where it names the town: a key of its own
    keys = [name_key(m.text) + (" #code" if code else "") + (" #listed" if k in listed else "")
            for k, (m, code) in enumerate(zip(mentions, coded, strict=True))]
    named = [max((c.place.population for c in cands if c.kind == "name"), default=None)
             for cands in candidates]
    memo: dict[tuple[object, ...], list[tuple[Candidate, float]]] = {}
    first_scored = [_scored_once(memo, (key,), c, _weighted(e, ranker), {}, {}, n, ranker)
                    for key, c, e, n in zip(keys, candidates, evidence, named, strict=True)]
    bodies = division_bodies(doc.text, doc.language, gazetteer)
    return _with_context(mentions, candidates, evidence, keys, named, first_scored, memo,
                         ranker, bodies, doc.text), unplaced


def _with_context(mentions: Sequence[Mention], candidates: Sequence[Sequence[Candidate]],
                  evidence: Sequence[Evidence], keys: Sequence[str],
                  named: Sequence[int | None],
                  scored_before: Sequence[list[tuple[Candidate, float]]],
                  memo: dict[tuple[object, ...], list[tuple[Candidate, float]]],
                  ranker: Ranker, bodies: Sequence[Place] = (), text: str = "") -> list[Ranked]:
    """The second pass: scores with the context that the first pass's scores give (a third
    pass, with the second's, changes accuracy on the development corpora by less than 0.005),
    and the divisions named only by a body of theirs (``bodies``: "Georgia Bureau of
    Investigation"), each counted as one more name of the article that surely means it."""
    known: dict[int, list[float]] = {}  # names repeat: one scored list, one computation, per name
    probs_before = [known[id(scored)] if id(scored) in known
                    else known.setdefault(id(scored), _probabilities([s for _, s in scored])
                                          if scored else [])
                    for scored in scored_before]
    # each name lends the others its likeliest candidates ("Edmonton": mostly Canada)
    spread = [[(cand.place, p) for (cand, _), p in zip(scored[:_CONTEXT_CANDIDATES], probs,
                                                        strict=False)]
              for scored, probs in zip(scored_before, probs_before, strict=True)]
    countries, admin1s = _context([c for choices in spread for c in choices]
                                  + [(place, 1.0) for place in bodies])
    by_key: dict[str, list[tuple[Place, float]]] = {}  # each name's choices, in text order
    for choices, k in zip(spread, keys, strict=True):
        by_key.setdefault(k, []).extend(choices)
    own = {key: _context(by_key[key]) for key in set(keys)}
    # the other names of the article decide, not this name's own first guess
    others = {key: (_minus(countries, own[key][0]), _minus(admin1s, own[key][1])) for key in own}
    near = _nearby(keys, scored_before, probs_before)
    named_countries = support.countries_named(mentions, scored_before, probs_before)
    divisions = _named_divisions(keys, scored_before, probs_before)
    for place in bodies:
        divisions.setdefault(f"{place.country_code}.{place.admin1_code}", _BODY)
    ranked: list[Ranked] = []
    for mention, cands, found, key, most in zip(mentions, candidates, evidence, keys, named,
                                                strict=True):
        if near.get(key) and not any(c.kind in ("name", "abbr") and not proximity.is_local(
                c.place) for c in cands):  # "Mexico": the country, not its capital's neighbours
            found = {gid: dict(features) for gid, features in found.items()}
            for gid, nearness in near[key].items():
                found.setdefault(gid, {})["near"] = min(nearness, _NEAR_CAP)
        elsewhere = {division for division, by in divisions.items() if by != key}
        inside = [c.place.geonameid for c in cands if c.place.feature_code != "ADM1"
                  and c.place.admin1_code and elsewhere
                  and f"{c.place.country_code}.{c.place.admin1_code}" in elsewhere]
        if inside:  # "Mansfield" in an article that names Ohio
            found = {gid: dict(features) for gid, features in found.items()}
            for gid in inside:
                found.setdefault(gid, {})["division_named"] = 1.0
        usable = support.supported_translit(cands, others[key][0], mention.text,
                                     support.country_before(text, mention, named_countries))
        if not inflection.cyrillic(mention.text):  # a Cyrillic name of a place abroad is
            usable = support.supported_alt(usable, others[key][0])  # mostly another name of it
        scored = _scored_once(memo, (key, "final"), usable, _weighted(found, ranker),
                              *others[key], most, ranker)
        ranked.append(Ranked(mention, scored, found, others[key], most))
    return ranked


def person_or_unplaced(text: str, ranked: Ranked, unplaced: set[int]) -> bool:
    """Whether a rule drops the name whatever its score: its best candidate is a settlement
    that speaks like a person, or a qualifier rules all its candidates out."""
    return roles.speaks(text, ranked.mention, ranked.scored[0][0]) \
        or ranked.mention.start in unplaced


def _weighted(evidence: Evidence, ranker: Ranker) -> dict[int, float]:
    return {gid: ranker.score(features) for gid, features in evidence.items()}


def _in_position(cands: Sequence[Candidate], code: bool, text: str,
                 mention: Mention) -> list[Candidate]:
    """The candidates a name may mean where it stands: after "Sudbury, " the codes and
    abbreviations ("ON" is Ontario, not the Belgian village of On), elsewhere no code; and an
    abbreviation only where the name looks like one, in capitals or with its full stop ("Pa."
    is Pennsylvania, "Pa Zi Gyi village" no)."""
    if code:
        return [c for c in cands if c.kind in ("code", "abbr")] or list(cands)
    if not _abbreviation_like(text, mention):
        return [c for c in cands if c.kind != "abbr"] or list(cands)
    return list(cands)


def _abbreviation_like(text: str, mention: Mention) -> bool:
    return mention.text.isupper() or "." in mention.text or \
        text[mention.end:mention.end + 1] in (".", ",", ")") or \
        text[max(0, mention.start - 2):mention.start] == ", "


def _minus(total: dict[str, float], part: dict[str, float]) -> dict[str, float]:
    return {k: v - part.get(k, 0.0) for k, v in total.items() if v - part.get(k, 0.0) > 1e-9}


def _scored(cands: Sequence[Candidate], bonus: dict[int, float], countries: dict[str, float],
            admin1s: dict[str, float], named: int | None, ranker: Ranker,
            ) -> list[tuple[Candidate, float]]:
    """Each candidate with its score, best first: the weighted sum of
    :meth:`Ranked.features`, computed without building them."""
    total_c = sum(countries.values()) + _CONTEXT_PRIOR
    total_a = sum(admin1s.values()) + _CONTEXT_PRIOR
    w_country = ranker.weights["country_share"]
    w_admin1 = ranker.weights["admin1_share"]
    w_famous = ranker.weights["famous_other"]
    out = []
    for cand in cands:
        place = cand.place
        score = ranker.prior(cand) + bonus.get(place.geonameid, 0.0) \
            + w_famous * famous_other(cand, named)
        if place.country_code:
            score += w_country * countries.get(place.country_code, 0.0) / total_c
            score += w_admin1 * admin1s.get(f"{place.country_code}.{place.admin1_code}",
                                            0.0) / total_a
        out.append((cand, score))
    out.sort(key=lambda cs: (-cs[1], -cs[0].place.population, cs[0].place.geonameid))
    return out


def _scored_once(memo: dict[tuple[object, ...], list[tuple[Candidate, float]]],
                 key: tuple[object, ...], cands: Sequence[Candidate], bonus: dict[int, float],
                 countries: dict[str, float], admin1s: dict[str, float], named: int | None,
                 ranker: Ranker) -> list[tuple[Candidate, float]]:
    """:func:`_scored`, once per name and bonus within an article (names repeat)."""
    full = (*key, tuple(sorted(bonus.items())))
    if full not in memo:
        memo[full] = _scored(cands, bonus, countries, admin1s, named, ranker)
    return memo[full]


def _nearby(keys: Sequence[str], first_scored: Sequence[Sequence[tuple[Candidate, float]]],
            first_probs: Sequence[Sequence[float]]) -> dict[str, dict[int, float]]:
    """Support of each name's candidates from nearby candidates of the article's other names."""
    likely: dict[str, dict[int, tuple[Place, float]]] = {}
    for key, scored, first in zip(keys, first_scored, first_probs, strict=True):
        if not scored:
            continue
        # relative to the name's best candidate: "Henry County" names one of many counties,
        # each about as likely as the next, and each supports the places near it
        probs = [p / first[0] for p in first]
        group = likely.setdefault(key, {})
        for (cand, _), prob in zip(scored[:_NEAR_CANDIDATES], probs, strict=False):
            gid = cand.place.geonameid
            if gid not in group or group[gid][1] < prob:
                group[gid] = (cand.place, prob)
    names = list(likely)
    found = proximity.support([list(likely[k].values()) for k in names])
    return dict(zip(names, found, strict=True))


def _named_divisions(keys: Sequence[str],
                     first_scored: Sequence[Sequence[tuple[Candidate, float]]],
                     first_probs: Sequence[Sequence[float]]) -> dict[str, str]:
    """The first-order divisions the article names (a name whose likeliest first-pass candidate
    is one, with at least :data:`_NAMED_DIVISION` of its probability), each as
    ``country.admin1`` with the key of the name that names it."""
    out: dict[str, str] = {}
    for key, scored, probs in zip(keys, first_scored, first_probs, strict=True):
        if scored and probs[0] >= _NAMED_DIVISION and \
                (place := scored[0][0].place).feature_code == "ADM1" and place.admin1_code:
            out.setdefault(f"{place.country_code}.{place.admin1_code}", key)
    return out


_NAMED_DIVISION = 0.5


def _context(
    choices: Sequence[tuple[Place, float]],
) -> tuple[dict[str, float], dict[str, float]]:
    """Weight of each country and admin1 among the first-pass candidates."""
    countries: dict[str, float] = {}
    admin1s: dict[str, float] = {}
    for place, prob in choices:
        if place.country_code is None:
            continue
        countries[place.country_code] = countries.get(place.country_code, 0.0) + prob
        if place.feature_code != "PCLI" and place.admin1_code:
            key = f"{place.country_code}.{place.admin1_code}"
            admin1s[key] = admin1s.get(key, 0.0) + prob
    return countries, admin1s


def _probabilities(scores: Sequence[float]) -> list[float]:
    top = max(scores)
    weights = [math.exp(s - top) for s in scores]
    total = sum(weights)
    return [w / total for w in weights]

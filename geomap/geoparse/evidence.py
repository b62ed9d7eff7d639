"""What the text says for a name's candidates, as named features of the ranker's
:data:`~geomap.geoparse.ranker.EVIDENCE`: qualifiers ("Pokrovsk, Donetsk region": ``qualified``
for Pokrovsk, ``qualifier`` for the region), a division far more populous than its same-name seat
(``division_over_seat``) and a kind word before the name ("the city of", "the Sumy and Kharkiv
Oblasts": ``kind_cue``). :mod:`geomap.geoparse.resolve` weighs them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from geomap import lang
from geomap.gazetteer import Gazetteer
from geomap.geoparse.proximity import km
from geomap.geoparse.spans import CYRILLIC_LIST, SINGULAR_DIVISIONS
from geomap.lang import inflection
from geomap.lang.contexts import place_pattern
from geomap.models import Candidate, Mention, Place
from geomap.text import name_key

Evidence = dict[int, dict[str, float]]
"""What the text says for a name's candidates: per GeoNames id, features of
:data:`~geomap.geoparse.ranker.EVIDENCE` (or ``bias``) by name."""

# "Pokrovsk, Donetsk region", "Donetsk in Russia's Rostov region", "Monroe County in northeast
# Missouri", "Khan Younis, in the southern Gaza Strip", "Sloviansk (Donetsk region)"
_IN = r"(?:in|dans)\s+(?:the\s+|la\s+|le\s+|l['’])?"  # "in the", "dans la" before a holder
_QUALIFIER_GAP = re.compile(rf"^(?:,\s*|,?\s+{_IN}(?:[a-z]+(?:-[a-z]+)?\s+)?|\s+\()$")


def qualifiers(text: str, mentions: Sequence[Mention],
                candidates: Sequence[Sequence[Candidate]], language: str | None = None,
                ) -> tuple[list[Evidence], set[int]]:
    """Read "X, Y", "X in Y" and "X (Y)" pairs, where Y is a region or country.

    Returns
    -------
    tuple
        Per mention, evidence for the candidates of X inside a candidate of Y
        (``qualified``) and for that Y (``qualifier``); and the start offsets of the names X
        that a first-order division Y rules out: in
        "HOLLIDAY, Mo." no candidate of "Holliday" lies in Missouri, so the name's candidates (a
        Holliday in Texas) are all wrong, and no point is better than a wrong one.
    """
    evidence: list[Evidence] = [{} for _ in mentions]
    unplaced: set[int] = set()
    for k in range(len(mentions) - 1):
        gap = re.sub(r"^['’]s?", "", text[mentions[k].end:mentions[k + 1].start])
        district = _headed(mentions[k + 1].text, _DISTRICT_WORDS)
        if not _QUALIFIER_GAP.match(gap) and not re.match(r"^\s+in\s+\w+['’]s\s+$", gap) \
                and not (district and _DISTRICT_GAP.fullmatch(gap)):
            continue
        held = False
        for cand in candidates[k]:
            place = cand.place
            for outer in candidates[k + 1]:
                # "Zolochiv in Bohodukhiv district": a district holds the places near its point
                if outer.place.holds(place) or (district and place.feature_class == "P" and km(
                        outer.place, place) <= _DISTRICT_KM):
                    held = True
                    evidence[k].setdefault(place.geonameid, {})["qualified"] = 1.0
                    evidence[k + 1].setdefault(outer.place.geonameid, {})["qualifier"] = 1.0
        if not held and (_rules_out(text, mentions[k], mentions[k + 1], candidates[k],
                                    candidates[k + 1])
                         or _not_in_city(gap, candidates[k], candidates[k + 1])):
            unplaced.add(mentions[k].start)
    _opening_divisions(text, mentions, candidates, evidence, language)
    return evidence, unplaced


def possessive_qualifiers(text: str, mentions: Sequence[Mention],
                          candidates: Sequence[list[Candidate]], evidence: list[Evidence],
                          gazetteer: Gazetteer) -> None:
    """"Chhattisgarh's Bijapur district", "Nigeria's central Plateau state": a country or
    first-order division before a possessive holds the place after it (``qualified``); a
    division's name none of whose candidates it holds ("Bijapur district" is Karnataka's) takes
    the places of the bare name that it holds (the town Bijapur, in Chhattisgarh)."""
    for k in range(len(mentions) - 1):
        if not _POSSESSIVE_GAP.match(text, mentions[k].end, mentions[k + 1].start):
            continue
        outers = [c.place for c in candidates[k]]
        inner = candidates[k + 1]
        held = [c for c in inner if any(outer.holds(c.place) for outer in outers)]
        words = mentions[k + 1].text.rsplit(" ", 1)
        if not held and len(words) == 2 and words[1].casefold() in _DIVISION_WORDS:
            known = {c.place.geonameid for c in inner}
            held = [c for c in gazetteer.candidates(words[0]) if c.place.geonameid not in known
                    and any(outer.holds(c.place) for outer in outers)]
            inner += held
        for cand in held:
            evidence[k + 1].setdefault(cand.place.geonameid, {})["qualified"] = 1.0


def city_districts(text: str, mentions: Sequence[Mention],
                   candidates: Sequence[Sequence[Candidate]]) -> set[int]:
    """"у Дніпровському районі Херсона", "в Днепровския район на Херсон", "Kherson's
    Dniprovskyi district", "Birmingham's Five Points South district", "the Villeneuve district
    of Grenoble": a city district named with its
    city is in that city, so a candidate
    of the district's name far from every candidate of the city (a village Dniprovka, Kyiv's
    district) is wrong, and no point is better than a wrong one; so is any candidate of a
    district "of the city" named before ("у Шевченківському районі міста"). Returns the start
    offsets of the names so ruled out."""
    unplaced: set[int] = set()
    for k, mention in enumerate(mentions):
        city: Sequence[Candidate] = ()
        part = _headed(mention.text, _CITY_PARTS) or _part_word(text, mention) or bool(
            k and _POSSESSIVE_GAP.fullmatch(text, mentions[k - 1].end, mention.start)
            and _PART_AFTER.match(text, mention.end))  # "Birmingham's Five Points South district"
        if k + 1 < len(mentions) and _PART_OF.fullmatch(text, mention.end, mentions[k + 1].start):
            city = candidates[k + 1]  # "the Villeneuve district of Grenoble"
        elif not part:
            continue
        elif k + 1 < len(mentions) and _OF_CITY.fullmatch(text, mention.end, mentions[k + 1].start):
            city = candidates[k + 1]  # "районі Херсона", "район на Херсон"
        elif k and _POSSESSIVE_GAP.fullmatch(text, mentions[k - 1].end, mention.start):
            city = candidates[k - 1]  # "Kherson's Dniprovskyi district"
        if not city and k and part \
                and not _SENTENCE_END.search(text, mentions[k - 1].end, mention.start):
            # "In Kharkiv, drones struck the Kyivskyi and Saltivskyi districts": the city named
            # before in the sentence (a city large enough to have districts, no country: "a
            # quarantine of the Etoumbi and Mbomo districts" of Congo)
            before = candidates[k - 1]
            if not any(c.place.feature_code.startswith("PCL") for c in before):
                city = [c for c in before if c.place.feature_class == "P" and (
                    c.place.population >= _DISTRICTED or c.place.feature_code in _SEATS)]
        towns = [c.place for c in city if c.place.feature_class == "P"]
        if (towns and candidates[k] and all(km(c.place, town) > _CITY_KM
                                            for c in candidates[k] for town in towns)) \
                or _THE_CITY.match(text, mention.end):  # "у Шевченківському районі міста":
            unplaced.add(mention.start)  # of the city named before, not a namesake elsewhere
            rest = _PART_AFTER.match(text, mention.end)
            if rest and k + 1 < len(mentions) and mentions[k + 1].start < rest.end():
                unplaced.add(mentions[k + 1].start)  # "South district" of that same part's name
    return unplaced


_CITY_PARTS = frozenset({"district", "borough", "район"})
# a part of the city named after it, the part's name before: "the Villeneuve district of Grenoble"
# (but "the Cincinnati suburb of West Chester" names the city first)
_PART_OF = re.compile(r"\s+(?:district|neighbou?rhood|quarter|borough|estate)\s+of\s+"
                      r"(?:the\s+(?:city|town)\s+of\s+)?")
_OF_CITY = re.compile(r"\s+(?:на\s+)?")  # the city after its district, in the genitive or with "на"
_THE_CITY = re.compile(r"\s+(?:міста|города|на града|of the city)\b", re.IGNORECASE)
_DISTRICTED = 100_000  # people in a city whose districts news names ("the Kyivskyi district")
_SEATS = ("PPLC", "PPLA", "PPLA2")  # or a capital or a division's seat, whatever its census
_PARTS_AFTER = re.compile(r"(?:\s+(?:and|та|і|и|й)\s+[A-ZА-ЯЁІЇЄҐ][\w'’-]+)?\s+"
                          r"(?:districts|boroughs|neighbou?rhoods|райони|районы|район|квартали|"
                          r"кварталы)(?!\w)")
_PARTS_BEFORE = re.compile(r"\b(?:quartiers?|arrondissements?)\s+(?:de\s+|d['’]|du\s+)?$",
                           re.IGNORECASE)  # "les quartiers Kyivsky et Saltivsky"
PART_WORDS = (r"(?:district|neighbou?rhood|township|quarter|borough|area|beach|seafront|"
              r"waterfront|market|bazaar|airport|harbou?r|port|outskirts|suburbs?)\b")
"""The words of a city's part that may follow its possessive ("Mogadishu's Lido beach", "Kyiv's
outskirts"): what is named there lies in the city, and the city is where, not who."""
_PART_AFTER = re.compile(rf"(?:\s+[A-Z][\w'’-]+)?\s+{PART_WORDS}")
"""The word of a city's part after a name that follows the city's possessive, perhaps with one
more word of the part's name ("Mandalay's Chanayethazan township", "Mogadishu's Lido beach")."""
_SENTENCE_END = re.compile(r"[.!?]\s")


def _part_word(text: str, mention: Mention) -> bool:
    """Whether a word of a city's part stands after the name or before it ("the Kyivskyi and
    Saltivskyi districts", "Київський та Салтівський райони", "le quartier de Dniprovsky")."""
    return bool(_PARTS_AFTER.match(text, mention.end)
                or _PARTS_BEFORE.search(text, max(0, mention.start - 24), mention.start))


# "'s", perhaps with a direction: "Nigeria's central Plateau state"
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:(?:north|south|east|west|centr)[a-z]*(?:-[a-z]+)?\s+)?$")
_DIVISION_WORDS = frozenset(SINGULAR_DIVISIONS.values())


def _headed(name: str, heads: frozenset[str]) -> bool:
    """Whether a name of several words ends in one of ``heads``, in English or, in any case, in
    Cyrillic: "Bohodukhiv district", "Богодухівського району"."""
    head = name.rsplit(" ", 1)[-1]
    return " " in name and (head.casefold() in heads or inflection.division_head(head) in heads)


_DISTRICT_WORDS = frozenset({"district", "raion", "county", "район"})
# a town before its district: "Золочева Богодухівського району", "Золочив в Богодуховски район"
_DISTRICT_GAP = re.compile(r"\s+(?:(?:в|у|във|во)\s+)?")
_DISTRICT_KM = 40.0  # how far from a district's point (or its centre town's) its places may lie


def _opening_divisions(text: str, mentions: Sequence[Mention],
                       candidates: Sequence[Sequence[Candidate]], evidence: list[Evidence],
                       language: str | None) -> None:
    """"In the Dnipropetrovsk region, Russian forces shelled Nikopol", "На Дніпропетровщині
    ... обстріляли Нікополь": a division that opens a sentence qualifies the places the sentence
    names after it, but for a river or a lake (a kind word of ``language`` says so)."""
    for k, mention in enumerate(mentions):
        if not _OPENER.search(text, max(0, mention.start - 30), mention.start):
            continue
        outers = [c.place for c in candidates[k] if c.place.feature_code in ("ADM1", "ADM2")]
        end = text.find(".", mention.end)
        for j in range(k + 1, len(mentions)):
            if end >= 0 and mentions[j].start > end:
                break
            if _kind_before(text, mentions[j].start, language) == "water":
                continue  # "з протилежного берега Дніпра": the river, not the town
            for cand in candidates[j]:
                if any(outer.holds(cand.place) for outer in outers):
                    evidence[j].setdefault(cand.place.geonameid, {})["qualified"] = 1.0


# a sentence's first words before the division, in any language ("In the", "На", "Dans la")
_OPENER = re.compile(r"(?:^|[.!?\n]\s*)(?:[^\W\d_]+\s+){1,3}$")


def _rules_out(text: str, inner: Mention, outer: Mention, inner_cands: Sequence[Candidate],
               outer_cands: Sequence[Candidate]) -> bool:
    """Whether "INNER, OUTER" or "INNER, in OUTER" names a settlement in a first-order division
    that holds none of its candidates (the caller found none held): "near Boni, in the Mopti
    region" is no Bonn in Germany."""
    within = _IN_DIVISION_GAP.fullmatch(text, inner.end, outer.start) is not None
    if not (within or _DIVISION_GAP.match(text, inner.end, outer.start)) \
            or not _DIVISION_END.match(text, outer.end):
        return False  # "Los Angeles, San Fernando Valley": no "X, Division" pair
    kinds = ("name", "abbr", "alt") if within else ("name", "abbr")  # "the Mopti region"
    return bool(inner_cands) and any(
        c.kind in kinds and c.place.feature_code == "ADM1" for c in outer_cands
    ) and all(c.place.feature_class == "P" for c in inner_cands)


def _not_in_city(gap: str, inner_cands: Sequence[Candidate],
                 outer_cands: Sequence[Candidate]) -> bool:
    """Whether "INNER in CITY" names a place of a large city that no candidate of INNER is near:
    "outside Congress in Buenos Aires" is a building there, not Congress, Arizona; no point is
    better than a wrong one."""
    if not _IN_GAP.match(gap) or not inner_cands:
        return False
    cities = [c.place for c in outer_cands if c.kind == "name" and c.place.feature_class == "P"
              and c.place.population >= _CITY]
    return bool(cities) and all(
        c.place.feature_class == "P" and c.place.population < _CITY
        and all(km(c.place, city) > _CITY_KM for city in cities) for c in inner_cands)


_IN_GAP = re.compile(r"^\s+in\s+$")
_CITY = 100_000  # people of a city whose parts the gazetteer may lack
_CITY_KM = 50.0  # how far from a city's point a place in it may lie


def division_over_seat(cands: Sequence[Candidate], evidence: Evidence) -> None:
    """"Quebec": a first-order division far more populous than its same-name seat is what the
    bare name means; the seat is "Quebec City"."""
    for division in cands:
        if division.kind != "name" or division.place.feature_code != "ADM1":
            continue
        for seat in cands:
            place = seat.place
            if seat.kind == "name" and place.feature_code in ("PPLA", "PPLC") \
                    and place.country_code == division.place.country_code \
                    and place.admin1_code == division.place.admin1_code \
                    and division.place.population >= _DIVISION_RATIO * place.population:
                evidence.setdefault(division.place.geonameid, {})["division_over_seat"] = 1.0


_DIVISION_RATIO = 10  # "Quebec" (10.7 million) and Quebec City (0.5 million)


_DIVISION_GAP = re.compile(r", ?$")
_IN_DIVISION_GAP = re.compile(rf",\s+{_IN}")
"""", in the " before a division that holds the place before it ("Boni, in the Mopti region")."""
_DIVISION_END = re.compile(r"\.?(?:[,;:)]|\s+[-—–(a-z]|\s*$)")


_KIND_WINDOW = 40  # characters before a name its kind words may take: "la ville frontalière de "


@cache
def _kind_words(language: str | None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The kinds of place (town, division, country, water) and the words before a name that
    say them (``kind_words.tsv`` of ``language``, else English's)."""
    code = language if language in lang.languages_with("kind_words.tsv") else lang.DEFAULT_LANGUAGE
    return tuple((row["kind"], re.compile(row["pattern"], re.IGNORECASE))
                 for row in lang.table("kind_words", code))


def _of_kind(place: Place, kind: str) -> bool:
    if kind == "town":
        return place.feature_class == "P"
    if kind == "division":
        return place.feature_code in ("ADM1", "ADM2", "ADM3", "RGN")
    if kind == "country":
        return place.feature_code.startswith("PCL")
    return place.feature_class == "H"  # water


def town_or_water(text: str, mentions: Sequence[Mention],
                  candidates: Sequence[list[Candidate]], language: str | None) -> None:
    """"Вибух у Дніпрі" is the city, "з протилежного берега Дніпра" the river: a name that is
    both a body of water and a settlement is the water where a word before it says water
    (``kind_words`` of ``language``, or its ``water_before`` context: "crossed the Dnipro"),
    else the settlement."""
    for mention, cands in zip(mentions, candidates, strict=True):
        if not (any(c.place.feature_class == "H" for c in cands)
                and any(c.place.feature_class == "P" for c in cands)):
            continue
        water = _kind_before(text, mention.start, language) == "water" or place_pattern(
            "water_before", language).search(text, max(0, mention.start - _KIND_WINDOW),
                                             mention.start) is not None
        cands[:] = [c for c in cands if (c.place.feature_class == "H") == water]


def _kind_before(text: str, start: int, language: str | None) -> str | None:
    """The kind of place the words right before offset ``start`` say (:func:`_kind_words`)."""
    for kind, pattern in _kind_words(language):
        if pattern.search(text, max(0, start - _KIND_WINDOW), start):
            return kind
    return None


_NAME = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?"
# the rest of a list of names before a plural head: "Sumy[ and Kharkiv Oblasts]"
_DIVISION_LIST = re.compile(rf"(?:,\s+{_NAME}){{0,8}}(?:,?\s+(?:and|or|&)\s+{_NAME})?"
                            rf"\s+(?P<head>[A-Za-z]\w+)\b")


def listed_divisions(text: str, mentions: Sequence[Mention],
                     candidates: Sequence[list[Candidate]], gazetteer: Gazetteer) -> set[int]:
    """"over the Bryansk and Kursk regions": each name of a list before a plural division word
    may mean the division named with the singular ("Bryansk region"), whose candidates join
    the name's. Returns the indices of the names so read."""
    listed: set[int] = set()
    for k, (mention, cands) in enumerate(zip(mentions, candidates, strict=True)):
        found = _DIVISION_LIST.match(text, mention.end)
        singular = found and SINGULAR_DIVISIONS.get(found.group("head").casefold())
        if not singular and " " not in mention.text and inflection.cyrillic(mention.text) and (
                cyrillic := CYRILLIC_LIST.match(text, mention.end)):
            # "Курской и Белгородской областей": adjectives sharing a plural division noun
            singular = inflection.division_head(cyrillic.group("head"))
        if not singular:
            continue
        known = {c.place.geonameid for c in cands}
        cands += [c for c in gazetteer.candidates(f"{mention.text} {singular}")
                  if c.place.feature_code in ("ADM1", "ADM2") and c.place.geonameid not in known]
        listed.add(k)
    return listed


def kind_cues(text: str, mentions: Sequence[Mention], candidates: Sequence[Sequence[Candidate]],
               evidence: list[Evidence], listed: set[int], language: str | None = None) -> None:
    """"the city of Turkey", "the state of Washington": a word before the name says what kind
    of place it is, and candidates of that kind gain weight wherever the article repeats it. The
    names :func:`listed_divisions` read as a list of divisions (their indices, ``listed``) gain
    for their divisions."""
    cued: dict[str, set[int]] = {}
    # "30 kilometres north of Tillabéri": a distance is measured from a town, not its region
    # ... and a place that is some distance from another is a town ("Escuintla, about 60
    # kilometers south of the capital")
    distance = place_pattern("distance_before", language)
    distant = place_pattern("distance_after", language)
    # "in Kayes, Nioro du Sahel and other towns": the list's items are towns
    towns = place_pattern("towns_listed_after", language)
    for k, (mention, cands) in enumerate(zip(mentions, candidates, strict=True)):
        # (but "the coast of Mexico, 300 miles from": the country is no town, the distance
        # another place's)
        kind = _kind_before(text, mention.start, language) or (
            "town" if distance.search(text, max(0, mention.start - 60), mention.start) or (
                distant.match(text, mention.end)
                and not any(c.place.feature_code.startswith("PCL") for c in cands))
            or towns.match(text, mention.end) else None)
        if kind is None:
            if k in listed:  # "the Sumy and Kharkiv Oblasts", "Idlib and Latakia Governorates":
                # the list's own words, not the name wherever the article repeats it (the
                # dateline "HAMILTON" of a list of "Butler, Hamilton ... counties" is the town)
                for cand in cands:
                    if cand.place.feature_code in ("ADM1", "ADM2"):
                        evidence[k].setdefault(cand.place.geonameid, {})["kind_cue"] = 1.0
            continue
        gain = cued.setdefault(name_key(mention.text), set())
        gain |= {cand.place.geonameid for cand in cands if _of_kind(cand.place, kind)}
    if not cued:
        return
    for mention, found_ in zip(mentions, evidence, strict=True):
        for gid in cued.get(name_key(mention.text), ()):
            found_.setdefault(gid, {})["kind_cue"] = 1.0

"""Turn what sentences report into events at places, coded in ACLED's vocabulary.

For each sentence, each location toponym (never an actor or a qualifier) is a candidate place; "the
city" or "the town" stands for the settlement named last in the two sentences before. A place gets
an event when its clause holds an event cue (:mod:`geomap.events.cues`) that is not hypothetical
("could fall", "if"), not denied, and not about a place that only frames a comparison ("since the
fall of Bakhmut"). A relative clause after the place speaks for it ("Mirnograd, which is already
under threat of encirclement"). A region or country is dropped when a settlement inside it is named
in the same sentence ("Pokrovsk in Donetsk region" is one event, at Pokrovsk). In a list of three
or more places, only those whose own part of the list holds a cue get an event.

Each event carries the date (:mod:`geomap.events.dates`), actors, fatalities and sources
(:mod:`geomap.events.attribution`): the publisher first, then the sentence's attributions, then the
paragraph's, then the news organisations the article cites anywhere ("UNIAN reported").

Confidence = the toponym's resolution score x the cue's strength, x 0.8 when the place was found
through "the city", x 0.9 when the only source in the text is a party to the conflict ("Moscow
claimed").

Events of one article at the same place, on the same day, of the same type are merged into one
(:func:`geomap.events.merge.merge_events` merges across articles).
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from collections.abc import Sequence

from geomap import lang
from geomap.events import attribution as attr
from geomap.events.cues import Cue, clauses, denied, find_cue, hypothetical, is_frame
from geomap.events.dates import resolve_dates
from geomap.models import Document, Event, Mention, Toponym
from geomap.text import sentence_spans

_NEAR = re.compile(r"\b(?:near|outside|outskirts of|around|close to|district of|suburbs? of|"
                   r"edge of|(?:north|south|east|west)(?:ern)? (?:part|edge|outskirts) of|"
                   r"(?:\d+ )?(?:kilometres|kilometers|km|miles) (?:\w+ )?(?:of|from)|"
                   r"(?:north|south|east|west)(?:-?(?:east|west))? of) (?:the )?"
                   r"(?:(?:city|town|village) of )?$", re.IGNORECASE)
_NEAR_LIST = re.compile(r"\b(?:near|outside|around|outskirts of) [A-Z][\w' -]{1,30} and $")
_ANAPHORA = re.compile(r"\b(?:the|this|that) (?:city|town|village|settlement)\b(?! of)|"
                       r"\b(?:its) (?:central|northern|southern|eastern|western|outskirts|"
                       r"centre|center|market|districts?|suburbs?)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"['’]?s?,?\s+(?:which|where|who)\b[^;.]*", re.IGNORECASE)
_PARAGRAPH = re.compile(r"\n")
_PARAGRAPH_REACH = 6
_REGION_CODES = frozenset({"ADM1", "ADM2", "RGN", "PEN", "PCLI", "PCLD", "PCLS", "PCLF", "PCL",
                           "TERR", "CONT"})
_ORGANISATION_WORDS = lang.word_set("news_organisation_words")
_CONFLICT_PARTIES = re.compile(r"^(?:Moscow|Kyiv|Kiev|the Kremlin|Kremlin|Russia|Ukraine)$")
_QUALIFIER_GAP = re.compile(
    r"^['’]?s?,?\s+(?:(?:in|of)\s+)?(?:the\s+)?(?:(?:north|south|east|west|centr)(?:ern|al)?"
    r"(?:-(?:east|west)(?:ern)?)?\s+)?(?:(?:(?:about|some)\s+)?\d+\s+(?:km|kilometres|"
    r"kilometers|miles)\s+(?:\w+\s+)?)?(?:of\s+|from\s+)?(?:the\s+)?$", re.IGNORECASE)
_STRONG_FOR_COUNTRY = 0.7
# "the Gaza health ministry", "the Kherson regional military administration": a source, not a place
_INSTITUTION_AFTER = re.compile(
    r"\s+(?:(?:health|regional|military|city|local|defen[cs]e|interior|foreign|emergency|"
    r"state|civil|district)\s+){0,3}(?:ministry|administration|authorities|police|officials|"
    r"council|governor|mayor|media|outlets|prosecutors?|court|department|services?)\b")


def extract_events(doc: Document, toponyms: Sequence[Toponym]) -> list[Event]:
    """Find the events that ``doc`` reports.

    Parameters
    ----------
    doc
        The article.
    toponyms
        Its resolved toponyms from :func:`geomap.geoparse.resolve.resolve`.

    Returns
    -------
    list of Event
        In text order; one per place and sentence, merged per place, day and type.
    """
    text = doc.text
    spans = sentence_spans(text)
    locations = sorted((t for t in toponyms if t.role == "location" and t.place is not None),
                       key=lambda t: t.mention.start)
    starts = [t.mention.start for t in locations]
    cited = _cited_organisations(text, spans)
    events: list[Event] = []
    recent: list[tuple[int, Toponym]] = []  # (sentence index, settlement) for "the city"
    previous: dt.date | None = None  # the date of the last event dated by the text
    for index, (start, end) in enumerate(spans):
        first = bisect.bisect_left(starts, start)
        inside = [t for t in locations[first:bisect.bisect_left(starts, end)]
                  if t.mention.end <= end]
        recent = [(i, t) for i, t in recent if index - i <= 2]
        found = _places(text, start, end, inside, recent, index)
        recent += [(index, t) for t in inside if t.place.feature_class == "P"]  # type: ignore[union-attr]
        before = _paragraph_before(text, spans, index)
        for toponym, anaphoric in found:
            cue = _cue_for(text, start, end, toponym, len(inside))
            if cue is None or (toponym.place.feature_code in ("PCLI", "CONT")  # type: ignore[union-attr]
                               and cue.strength < _STRONG_FOR_COUNTRY):
                continue
            event = _event(doc, toponym, start, end, cue, before, cited, anaphoric, previous)
            events.append(event)
            if event.date.basis in ("explicit", "relative"):
                previous = event.date.date
    return _merge_within(events)


def event_id(document: str, start: int, end: int, geonameid: int) -> str:
    """Stable id of an event: a hash of document, sentence span and place."""
    digest = hashlib.sha256(f"{document}\x1f{start}\x1f{end}\x1f{geonameid}".encode())
    return digest.hexdigest()[:16]


def _places(text: str, start: int, end: int, inside: list[Toponym],
            recent: list[tuple[int, Toponym]], index: int) -> list[tuple[Toponym, bool]]:
    """The sentence's candidate places: its location toponyms, or "the city" it refers to."""
    places = [t for t in inside if not is_frame(text, t.mention.start)
              and not _INSTITUTION_AFTER.match(text, t.mention.end)]
    places = [t for k, t in enumerate(places) if not any(_contains(t, o) for o in places)
              and not (k and _qualifies(text, places[k - 1], t))]
    settlements = [t for t in places if t.place.feature_class == "P"]  # type: ignore[union-attr]
    if settlements:  # "Kupiansk, east of the Oskil River": the water body only locates the town
        places = [t for t in places if t.place.feature_class not in ("H", "T")]  # type: ignore[union-attr]
    found = [(t, False) for t in places]
    antecedents = [t for i, t in recent if index - i <= 2] + settlements
    for match in _ANAPHORA.finditer(text, start, end):
        before = [t for t in antecedents if t.mention.end <= match.start()]
        clause_has_place = any(_same_clause(text, t.mention.start, match.start())
                               for t in settlements)
        if before and not clause_has_place:
            last = before[-1]
            mention = Mention(match.start(), match.end(), match.group())
            found.append((Toponym(mention, last.place, last.score, "location", ()), True))
            break
    return found


def _same_clause(text: str, a: int, b: int) -> bool:
    """Whether nothing but a comma-free stretch separates two offsets of one sentence."""
    lo, hi = min(a, b), max(a, b)
    return not re.search(r"[:;]|\s[-–—]\s", text[lo:hi])


def _qualifies(text: str, previous: Toponym, toponym: Toponym) -> bool:
    """Whether ``toponym`` only locates the place before it: "Khan Younis, in the southern Gaza
    Strip", "Manbij, north-east of Aleppo", "Paris, Texas"."""
    gap = text[previous.mention.end:toponym.mention.start]
    return bool(re.search(r"[a-z]", gap)) and bool(_QUALIFIER_GAP.match(gap))


def _contains(outer: Toponym, inner: Toponym) -> bool:
    """Whether ``outer`` is a region or country holding ``inner``, named in the same sentence."""
    a, b = outer.place, inner.place
    if a is None or b is None or a.geonameid == b.geonameid:
        return False
    if a.feature_code not in _REGION_CODES or b.feature_code in ("PCLI", "CONT"):
        return False
    if a.feature_code == "CONT":
        return True
    if a.country_code != b.country_code:
        return False
    return a.feature_code != "ADM1" or a.admin1_code == b.admin1_code


def _cue_for(text: str, start: int, end: int, toponym: Toponym, places: int) -> Cue | None:
    """The event cue that speaks for this place, if any."""
    relative = _RELATIVE.match(text, toponym.mention.end, end)
    if relative:
        clause = relative.group()
        cue = find_cue(clause)
        if cue and not hypothetical(clause, cue.start) and not denied(clause, cue.start):
            return cue
    sentence = text[start:end]
    at = toponym.mention.start - start
    for a, b in clauses(sentence):
        if a <= at < b:
            a, b = _list_part(sentence, a, b, at) if places >= 3 else (a, b)
            clause = sentence[a:b]
            cue = find_cue(clause)
            if cue is None or hypothetical(clause, cue.start) or denied(clause, cue.start):
                return None
            return cue
    return None


def _list_part(sentence: str, a: int, b: int, at: int) -> tuple[int, int]:
    """In a list of places, the part between the commas around the place."""
    left = sentence.rfind(",", a, at)
    right = sentence.find(",", at, b)
    return (a if left < 0 else left + 1), (b if right < 0 else right)


def _event(doc: Document, toponym: Toponym, start: int, end: int, cue: Cue,
           paragraph: list[str], cited: list[str], anaphoric: bool,
           previous: dt.date | None) -> Event:
    place = toponym.place
    assert place is not None
    sentence = doc.text[start:end]
    in_text = attr.attributions(sentence)
    for other in paragraph:
        in_text += [s for s in attr.attributions(other) if s not in in_text]
    in_text += [s for s in cited if s not in in_text]
    sources = tuple(dict.fromkeys(([doc.source] if doc.source else []) + in_text))
    actors = attr.actors(sentence)
    actor1, actor2 = _actors(actors, cue, sentence)
    confidence = toponym.score * cue.strength * (0.8 if anaphoric else 1.0)
    if in_text and all(_CONFLICT_PARTIES.match(s) for s in in_text):
        confidence *= 0.9
    return Event(
        id=event_id(doc.id, start, end, place.geonameid),
        document=doc, toponym=toponym, sentence=sentence, start=start, end=end,
        date=resolve_dates(sentence, doc.published, paragraph=paragraph, previous=previous),
        event_type=cue.event_type, sub_event_type=cue.sub_event_type,
        actor1=actor1, actor2=actor2, fatalities=attr.fatalities(sentence),
        sources=sources, geo_precision=_geo_precision(doc.text, toponym, anaphoric),
        confidence=round(confidence, 4),
    )


def _actors(found: list[str], cue: Cue, sentence: str) -> tuple[str | None, str | None]:
    if cue.event_type == "Protests":
        found = ["Protesters", *[a for a in found if a != "Protesters"]]
    elif cue.event_type == "Riots":
        found = ["Rioters", *[a for a in found if a != "Rioters"]]
    actor1 = found[0] if found else None
    actor2 = found[1] if len(found) > 1 else None
    if actor2 is None and actor1 and re.search(r"\bcivilians?\b", sentence, re.IGNORECASE) \
            and cue.event_type in ("Violence against civilians", "Explosions/Remote violence"):
        actor2 = "Civilians"
    return actor1, actor2


def _geo_precision(text: str, toponym: Toponym, anaphoric: bool) -> int:
    place = toponym.place
    if place is None or place.feature_class != "P":
        return 3
    before = text[max(0, toponym.mention.start - 50):toponym.mention.start]
    near = _NEAR.search(before) or _NEAR_LIST.search(before)
    return 2 if (anaphoric and "its" in toponym.mention.text.lower()) or near else 1


def _paragraph_before(text: str, spans: list[tuple[int, int]], index: int) -> list[str]:
    """The sentences of the same paragraph before sentence ``index``, in order (at most
    :data:`_PARAGRAPH_REACH`: an article without line breaks is not one long paragraph)."""
    out: list[str] = []
    k = index - 1
    while k >= max(0, index - _PARAGRAPH_REACH) and \
            not _PARAGRAPH.search(text, spans[k][1], spans[k + 1][0]):
        out.insert(0, text[spans[k][0]:spans[k][1]])
        k -= 1
    return out


def _cited_organisations(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """News organisations the article cites anywhere: capitalised attributions that hold an
    acronym or an organisation word ("UNIAN", "The Wall Street Journal", "Institute for the Study
    of War"); people ("Andriy Sadovyi") and capitals ("Washington") are not cited sources."""
    cited: list[str] = []
    for start, end in spans:
        for source in attr.attributions(text[start:end]):
            words = [w for w in source.split() if w.lower() not in ("of", "the", "for", "and")]
            organisation = any(w.isupper() and len(w) >= 2 for w in words) or any(
                w.lower() in _ORGANISATION_WORDS for w in words)
            if words and all(w[0].isupper() for w in words) and organisation \
                    and source not in cited and not _CONFLICT_PARTIES.match(source):
                cited.append(source)
    return cited


def _merge_within(events: list[Event]) -> list[Event]:
    """One event per place, day and type in an article: the first, with every source."""
    from dataclasses import replace

    merged: dict[tuple[object, ...], Event] = {}
    for event in events:
        key = (event.toponym.place.geonameid, event.date.date,  # type: ignore[union-attr]
               event.event_type)
        first = merged.get(key)
        if first is None:
            merged[key] = event
            continue
        sources = tuple(dict.fromkeys(first.sources + event.sources))
        fatalities = first.fatalities if first.fatalities is not None else event.fatalities
        merged[key] = replace(first, sources=sources, fatalities=fatalities,
                              confidence=max(first.confidence, event.confidence))
    return list(merged.values())

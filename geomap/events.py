"""Turn what sentences report into events at places.

A sentence reports an event when it holds a location toponym and a word from one of ACLED's event
families (fighting, shelling, strikes, protests, riots, deployments, arrests, ...). The sentence
gives one event, attached to its most specific location (a settlement before a region before a
country); actors and claims (``actor`` role) and adjectives (``qualifier``) never carry events.

Confidence is the toponym's resolution score times the strength of the event cue (0.8 for a
verb or noun that names the event itself, such as "shelled"; 0.6 for a weaker cue such as
"advancing").
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from geomap._text import sentence_spans
from geomap.dates import resolve_dates
from geomap.models import Document, Event, Toponym

# (pattern, event_type, sub_event_type, cue strength), first match wins.
_CUES: tuple[tuple[re.Pattern[str], str, str, float], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), etype, sub, strength)
    for pattern, etype, sub, strength in (
        (r"\b(air ?strikes?|airstrikes?|drone (?:strike|attack)s?|drones?|bombed|bombing|"
         r"air raids?)\b", "Explosions/Remote violence", "Air/drone strike", 0.8),
        (r"\b(shell(?:ed|ing|s)?|artillery|missiles?|rockets?|mortars?)\b",
         "Explosions/Remote violence", "Shelling/artillery/missile attack", 0.8),
        (r"\b(landmines?|mines?|IEDs?|roadside bombs?|explosions?|exploded|blasts?)\b",
         "Explosions/Remote violence", "Remote explosive/landmine/IED", 0.6),
        (r"\b(fighting|fights?|fought|battles?|clash(?:es|ed)?|assaults?|offensives?|"
         r"attack(?:s|ed|ing)?|advanc(?:e|es|ed|ing)|encircle(?:d|ment)?|surrounded|storm(?:ed)?|"
         r"closing in)\b", "Battles", "Armed clash", 0.6),
        (r"\b(captur(?:e|ed|ing)|seized|took control|taken control|recaptur(?:e|ed)|"
         r"liberat(?:e|ed))\b",
         "Battles", "Armed clash", 0.6),
        (r"\b(protest(?:s|ers|ed|ing)?|demonstrat(?:ion|ions|ors|ed)|rall(?:y|ies|ied))\b",
         "Protests", "Peaceful protest", 0.7),
        (r"\b(riot(?:s|ers|ed|ing)?|mob)\b", "Riots", "Violent demonstration", 0.7),
        (r"\b(massacre[sd]?|executed|abducted|kidnapp(?:ed|ing))\b",
         "Violence against civilians", "Attack", 0.7),
        (r"\b(arrest(?:s|ed)?|detained)\b", "Strategic developments", "Arrests", 0.7),
        (r"\b(deploy(?:ed|ing|s|ment)?|reinforcements?|withdraw(?:s|n|al)?|retreat(?:ed)?)\b",
         "Strategic developments", "Other", 0.5),
    )
)
_NEAR = re.compile(r"\b(near|outside|outskirts of|around|close to|district of|suburbs? of|"
                   r"north|south|east|west) (?:of )?(?:the )?(?:city of |town of )?$",
                   re.IGNORECASE)
_SPECIFICITY = {"P": 0, "L": 2, "A": 2}


def extract_events(doc: Document, toponyms: Sequence[Toponym]) -> list[Event]:
    """Find the events that ``doc`` reports.

    Parameters
    ----------
    doc
        The article.
    toponyms
        Its resolved toponyms from :func:`geomap.resolve.resolve`.

    Returns
    -------
    list of Event
        At most one per sentence, in text order.
    """
    events: list[Event] = []
    locations = [t for t in toponyms if t.role == "location" and t.place is not None]
    for start, end in sentence_spans(doc.text):
        inside = [t for t in locations if start <= t.mention.start and t.mention.end <= end]
        if not inside:
            continue
        sentence = doc.text[start:end]
        cue = _cue(sentence)
        if cue is None:
            continue
        event_type, sub_type, strength = cue
        toponym = min(inside, key=lambda t: (_SPECIFICITY.get(t.place.feature_class, 1),  # type: ignore[union-attr]
                                             t.mention.start))
        events.append(Event(
            id=event_id(doc.id, start, end, toponym.place.geonameid),  # type: ignore[union-attr]
            document=doc,
            toponym=toponym,
            sentence=sentence,
            start=start,
            end=end,
            date=resolve_dates(sentence, doc.published),
            event_type=event_type,
            sub_event_type=sub_type,
            sources=(doc.source,) if doc.source else (),
            geo_precision=_geo_precision(doc.text, toponym),
            confidence=round(toponym.score * strength, 4),
        ))
    return events


def event_id(document: str, start: int, end: int, geonameid: int) -> str:
    """Stable id of an event: a hash of document, sentence span and place."""
    digest = hashlib.sha256(f"{document}\x1f{start}\x1f{end}\x1f{geonameid}".encode())
    return digest.hexdigest()[:16]


def _cue(sentence: str) -> tuple[str, str, float] | None:
    for pattern, event_type, sub_type, strength in _CUES:
        if pattern.search(sentence):
            return event_type, sub_type, strength
    return None


def _geo_precision(text: str, toponym: Toponym) -> int:
    place = toponym.place
    if place is None or place.feature_class != "P":
        return 3
    before = text[max(0, toponym.mention.start - 40):toponym.mention.start]
    return 2 if _NEAR.search(before) else 1

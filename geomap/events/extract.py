"""Turn what a document reports into events at places, coded in ACLED's vocabulary.

The document is read as a whole, in four steps:

1. its triggers: words that report a happening (:mod:`geomap.events.triggers`);
2. its candidate places: the location toponyms, grouped by place, each mention read for the
   contexts of no event (:mod:`geomap.events.places`);
3. the links between them, within a clause, a sentence or neighbouring sentences, and the named
   features of each place (:mod:`geomap.events.features`), which the learned model
   (:mod:`geomap.events.model`) turns into the probability that an event happened there;
4. for each place the model accepts, one event per type of happening that its links report: the
   strongest trigger gives the sentence, the type and the ``trigger`` and ``link`` fields; every
   linked sentence lends its fatalities and sources. A region or country holding an accepted
   place where the same type of event happened gets none of its own (one happening is not drawn
   at the town, its region and its country).

Each event carries its date (:mod:`geomap.events.dates`), actors, fatalities and sources
(:mod:`geomap.events.attribution`): the publisher first, then the attributions of the event's
sentences and paragraph, then the news organisations the article cites anywhere. Confidence is
the model's probability times the trigger's strength. Events of one article at the same place,
day and type are merged (:func:`geomap.events.merge.merge_events` merges across articles).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from geomap import lang
from geomap.events import attribution as attr
from geomap.events.combine import (
    REMOTE_OVER_ATTACK,
    absorb_followers,
    drop_containers,
    drop_fronted,
    drop_summaries,
    merge_within,
)
from geomap.events.dates import published_stamp, resolve_dates, stated_day
from geomap.events.fatalities import beyond_any
from geomap.events.features import LINKS, Link, PlaceReading, read_places, usable
from geomap.events.lede import PARAGRAPH, lede_dated
from geomap.events.model import load_model
from geomap.events.places import (
    CandidatePlace,
    PlaceMention,
    contains,
)
from geomap.events.sport import game_report
from geomap.events.tolls import (
    YEAR,
    attack_tolls,
    event_toll,
    part,
    shared_tolls,
    toll_sentences,
    toll_window,
)
from geomap.events.triggers import Trigger
from geomap.lang.contexts import place_pattern
from geomap.models import Document, Event, Place, Toponym

_PARAGRAPH_REACH = 6
_KILLING = 0.5  # the strength of the generic triggers of killing and wounding
_NON_VIOLENT = frozenset({"Strategic developments", "Protests"})
_EXCESSIVE_FORCE = "Excessive force against protesters"  # the one violent protest sub-type
# In one sentence, a happening of the first kind holds the second (a type, or a type and
# sub-type): drones shot down are no strike ("shot down 27 drones"), a riot was a protest first,
# and the arrests of protesters are the intervention in their protest.
_ABSORBS: tuple[tuple[tuple[str, str | None], tuple[str, str | None]], ...] = (
    (("Strategic developments", "Disrupted weapons use"), ("Explosions/Remote violence", None)),
    (("Riots", None), ("Protests", None)),
    (("Protests", None), ("Strategic developments", None)),
    # a missile that kills residents is remote violence, as ACLED codes it
    REMOTE_OVER_ATTACK,
    # security forces who fire on protesters use excessive force against a protest
    (("Protests", _EXCESSIVE_FORCE), ("Violence against civilians", None)),
    # gunmen who stormed a school to take its pupils abducted them: no battle of its own
    (("Violence against civilians", "Abduction/forced disappearance"), ("Battles", None)),
    # looting told with violence ("raided villages, killing 11 civilians and looting
    # livestock") is part of it
    *(((violence, None), ("Strategic developments", "Looting/property destruction"))
      for violence in ("Violence against civilians", "Battles", "Explosions/Remote violence")),
)
# The same, where the held happening is told after the one that holds it: civilians killed by
# fighting died in the battle, as ACLED codes it ("Fighting between the army and militants near
# Menaka killed 10 civilians"), but gunmen who attacked a market, killing 10, and later clashed
# with soldiers made an attack and a clash.
_ABSORBS_AFTER: tuple[tuple[tuple[str, str | None], tuple[str, str | None]], ...] = (
    (("Battles", "Armed clash"), ("Violence against civilians", "Attack")),
)


def extract_events(doc: Document, toponyms: Sequence[Toponym],
                   notes: list[str] | None = None) -> list[Event]:
    """Find the events that ``doc`` reports.

    Parameters
    ----------
    doc
        The article.
    toponyms
        Its resolved toponyms from :func:`geomap.geoparse.resolve`.
    notes
        Receives one line per toll the events' sentences give that is beyond any event's (left
        empty: a number, not an exception).

    Returns
    -------
    list of Event
        In text order of their sentences; one per place and type of happening, merged per
        place, day and type.
    """
    language = lang.event_language(doc.language)
    if doc.published is None and (stamp := published_stamp(doc.text, language)) is not None:
        doc = replace(doc, published=stamp)  # "Published: July 17, 2025" under the headline
    reading = read_places(doc.text, toponyms, language)
    if not any(reading.linked.values()):
        return []
    model = load_model()
    accepted = [(candidate, probability) for candidate, features in
                zip(reading.candidates, reading.features(), strict=True)
                if (probability := model.probability(features)) >= model.threshold]
    if not accepted:
        return []
    # read last of the checks that leave no event: most articles are left by those before
    if game_report(doc.text, language):
        return []  # "Geelong ambushed Collingwood with a blistering final-quarter attack"
    spans = reading.spans
    cited = _cited_organisations(doc.text, spans, language)
    # the sentences that tell of a happening of their own, gathered once for every event
    specific = frozenset(t.sentence for t in reading.triggers if not t.generic)
    events: list[Event] = []
    parts: set[str] = set()  # the events whose toll is a part of their sentence's total
    anchors: dict[str, int] = {}  # the events told again ("The attack took place ..."): where
    for candidate, probability in accepted:
        for group in _happenings(candidate, reading.linked[candidate.place.geonameid]):
            event, part = _event(doc, spans, group, probability, cited, reading, specific,
                                 language)
            events.append(event)
            if part:
                parts.add(event.id)
            told = [a for link in group if (a := link.trigger.antecedent) is not None]
            if told:
                anchors[event.id] = spans[told[0]][0]
    events = drop_fronted(drop_containers(events, parts, anchors, [a for a, _ in spans]))
    events.sort(key=lambda e: (e.start, e.toponym.mention.start))
    if notes is not None:
        for sentence in dict.fromkeys(event.sentence for event in events):
            notes += [f"a toll of {number} is beyond any event's; left empty"
                      for number in beyond_any(sentence, language)]
    year = doc.published.year if doc.published else None
    return drop_summaries(lede_dated(doc, spans, toponyms,
                                     shared_tolls(absorb_followers(merge_within(events)),
                                                  attack_tolls(doc.text, reading, year), year),
                                     language), toponyms)


def event_id(document: str, start: int, end: int, geonameid: int) -> str:
    """Stable id of an event: a hash of document, sentence span and place."""
    digest = hashlib.sha256(f"{document}\x1f{start}\x1f{end}\x1f{geonameid}".encode())
    return digest.hexdigest()[:16]


def _happenings(candidate: CandidatePlace, own: list[Link]) -> list[list[Link]]:
    """The place's links grouped into happenings: one group per sentence and event type of the
    specific triggers for the place ("arrested at the scene on suspicion of attempted murder" is
    an arrest and an attack); a sentence with only generic triggers ("Thirteen soldiers were
    killed.") joins the nearest violent happening within two sentences, or makes a happening of
    its own when it names the place or tells of killing or wounding."""
    by_sentence: dict[int, list[Link]] = {}
    for link in own:
        if _usable(candidate, link):
            by_sentence.setdefault(link.trigger.sentence, []).append(link)
    groups: list[list[Link]] = []
    for _, group in sorted(by_sentence.items()):
        groups += _by_type(group)
    for index, group in sorted(by_sentence.items()):
        if not all(link.trigger.generic for link in group):
            continue
        near = [g for g in groups if abs(g[0].trigger.sentence - index) <= 2
                and _violent(g)]
        if near:
            min(near, key=lambda g: abs(g[0].trigger.sentence - index)).extend(group)
        elif group[0].kind in ("clause", "sentence") or \
                max(link.trigger.strength for link in group) >= _KILLING:
            groups.append(group)
    return groups


def _by_type(group: list[Link]) -> list[list[Link]]:
    """A sentence's links split by the event type of its specific triggers, the generic ones
    with the first, after the types of :data:`_ABSORBS` took in what they hold."""
    specific = [link for link in group if not link.trigger.generic]
    if not specific:
        return []
    kinds = {(link.trigger.event_type, link.trigger.sub_event_type) for link in specific}
    for (over_type, over_sub), (under_type, under_sub) in _ABSORBS:
        if any(t == over_type and over_sub in (None, sub) for t, sub in kinds):
            specific = [link for link in specific if link.trigger.event_type != under_type
                        or under_sub not in (None, link.trigger.sub_event_type)]
    for (over_type, over_sub), (under_type, under_sub) in _ABSORBS_AFTER:
        first = min((link.trigger.start for link in specific
                     if link.trigger.event_type == over_type
                     and over_sub in (None, link.trigger.sub_event_type)), default=None)
        if first is not None:
            specific = [link for link in specific if link.trigger.event_type != under_type
                        or under_sub not in (None, link.trigger.sub_event_type)
                        or link.trigger.start < first]
    types: dict[str, list[Link]] = {}
    for link in specific:
        types.setdefault(link.trigger.event_type, []).append(link)
    out = list(types.values())
    out[0] += [link for link in group if link.trigger.generic]
    return out


def _weight(link: Link) -> int:
    """Which trigger of a happening names it, first to last: a specific trigger of violence, a
    generic one of killing or wounding, any other specific one, any other generic one ("special
    forces were killed during a helicopter deployment" is a killing, not a deployment)."""
    trigger = link.trigger
    if not trigger.generic:
        return 2 if _non_violent(trigger) else 0
    return 1 if trigger.strength >= _KILLING else 3


def _violent(group: list[Link]) -> bool:
    """Whether a happening is violence (its specific triggers are no protest, agreement,
    arrest, deployment or other strategic development)."""
    return any(not link.trigger.generic and not _non_violent(link.trigger) for link in group)


def _non_violent(trigger: Trigger) -> bool:
    """Whether a trigger reports a protest, arrest, agreement or other strategic development,
    but not security forces firing on protesters."""
    return trigger.event_type in _NON_VIOLENT and trigger.sub_event_type != _EXCESSIVE_FORCE


def _usable(candidate: CandidatePlace, link: Link) -> bool:
    """Whether a link may make an event: a country needs a trigger in its own clause, and a
    mention in a context of no event (other than a dateline), or the destination of the
    wounded or the arrested ("taken to a hospital in Dnipro"), speaks for no event."""
    if candidate.place.feature_code in ("PCLI", "CONT"):
        return usable(link) and link.kind == "clause"
    # the town the wounded were taken to speaks against its place, and for no happening there
    return usable(link) and link.mention.context != "destination"


def _years_apart(doc: Document, spans: list[tuple[int, int]], sentences: list[int],
                 trigger: int, day: dt.date | None, language: str) -> frozenset[int]:
    """Of ``sentences``, those other than the trigger's that state a year other than the
    event's: their tolls are another happening's ("in the spring of 2022, when dozens of
    civilians were killed")."""
    if day is None:
        return frozenset()
    apart = []
    for index in sentences:
        a, b = spans[index]
        years = {int(y) for y in YEAR.findall(doc.text, a, b)}
        if index == trigger or not years or day.year in years:
            continue
        if resolve_dates(doc.text[a:b], doc.published, language=language).basis != "relative":
            apart.append(index)  # but "on Monday" tells of now, whatever year it recalls
    return frozenset(apart)


def _elsewhere(reading: PlaceReading, place: Place,
               contexts: tuple[str, ...] = ("",)) -> frozenset[int]:
    """The sentences that name, in one of ``contexts``, a place where something may happen
    other than ``place`` and the regions that hold it."""
    return frozenset(mention.sentence for candidate in reading.candidates
                     if candidate.place.geonameid != place.geonameid
                     and not contains(candidate.place, place)
                     for mention in candidate.mentions if mention.context in contexts)


def _event(doc: Document, spans: list[tuple[int, int]], group: list[Link],
           probability: float, cited: list[str], reading: PlaceReading,
           specific: frozenset[int], language: str) -> tuple[Event, bool]:
    """The event of one happening at one place, and whether its toll is the part of its
    sentence's total that the sentence tells with its place
    (:func:`~geomap.events.tolls.part`)."""
    main = min(group, key=lambda link: (_weight(link), LINKS.index(link.kind),
                                         link.trigger.rank, link.trigger.start))
    trigger, mention = main.trigger, main.mention
    place = mention.toponym.place
    assert place is not None
    start, end = spans[trigger.sentence]
    sentence = doc.text[start:end]
    paragraph = _paragraph_before(doc.text, spans, trigger.sentence)
    # with the sentence of the happening a trigger refers back to ("The attack took place ...")
    sentences = sorted({link.trigger.sentence for link in group}
                       | {link.mention.sentence for link in group}
                       | {a for link in group if (a := link.trigger.antecedent) is not None})
    in_text: list[str] = []
    for index in [trigger.sentence, *sentences]:
        a, b = spans[index]
        in_text += [s for s in attr.attributions(doc.text[a:b], language) if s not in in_text]
    for other in paragraph:
        in_text += [s for s in attr.attributions(other, language) if s not in in_text]
    after = trigger.sentence + 1
    if not in_text and after < len(spans) and after not in specific and (
            not PARAGRAPH.search(doc.text, end, spans[after][0])
            or after not in _elsewhere(reading, place, ("", "qualifier"))):
        # "... ended in a crash in Mississauga. Peel Regional Police said in a news release
        # Sunday that ...": the sentence after, telling nothing of its own, says who reports;
        # so does the paragraph after that names no other place ("West Midlands Police said
        # officers were called to ...")
        in_text += attr.attributions(doc.text[spans[after][0]:spans[after][1]], language)
    in_text += [s for s in cited if s not in in_text]
    sources = tuple(dict.fromkeys(([doc.source] if doc.source else []) + in_text))
    actor1, actor2 = _actors(attr.actors(sentence, language), trigger, sentence, language)
    confidence = probability * trigger.strength
    parties = lang.word_set("conflict_parties", language)
    if in_text and all(s in parties for s in in_text):
        confidence *= 0.9
    stated = None if doc.published else stated_day(doc.text, language)
    date = resolve_dates(sentence, doc.published, paragraph=paragraph,
                         previous=_previous_date(doc, spans, trigger.sentence, language),
                         stated=stated, language=language)
    for told in (mention.sentence, trigger.antecedent):
        if told is None or told == trigger.sentence or \
                date.basis not in ("published", "unknown"):
            continue
        a, b = spans[told]
        place_date = resolve_dates(doc.text[a:b], doc.published, stated=stated,
                                   language=language)
        if place_date.basis in ("explicit", "relative"):
            date = place_date
    share = part(sentence, mention.toponym.mention.start - start, language) \
        if mention.sentence == trigger.sentence else None
    toll: int | None
    if share is not None and not _non_violent(trigger):
        toll = share
    else:
        tolled = toll_sentences(group, sentences, specific)
        near = toll_window(trigger.sentence, len(spans))
        apart = _years_apart(doc, spans, sorted({*tolled, *near}), trigger.sentence,
                             date.date or doc.published, language)
        toll = event_toll(doc.text, spans, [i for i in tolled if i not in apart],
                          reading.named | specific | apart, trigger.sentence, language,
                          _elsewhere(reading, place))
        if _non_violent(trigger) and toll != 0:
            # the deaths a sentence tells of an arrest or a protest are those of the violence
            # it follows ("arrested in connection with the fatal carjacking"), that event's
            # toll; only "No one was hurt" is the protest's own
            toll = None
    return Event(
        id=event_id(doc.id, start, end, place.geonameid),
        document=doc, toponym=mention.toponym, sentence=sentence, start=start, end=end,
        date=date, event_type=trigger.event_type, sub_event_type=_sub_type(group, trigger),
        actor1=actor1, actor2=actor2,
        fatalities=toll,
        sources=sources, geo_precision=_geo_precision(doc.text, mention, language),
        confidence=round(confidence, 4), trigger=trigger.words, link=main.kind,
    ), share is not None


def _sub_type(group: list[Link], main: Trigger) -> str:
    """The sub-type of the most specific cue of the main trigger's type in its sentence: "La
    police a dispersé ... une manifestation à Kinshasa, où des centaines de jeunes protestaient"
    is a protest with intervention, whichever words speak for the place."""
    same = [link.trigger for link in group if link.trigger.sentence == main.sentence
            and link.trigger.event_type == main.event_type]
    if any(t.sub_event_type == _EXCESSIVE_FORCE for t in same):
        return _EXCESSIVE_FORCE  # a protest broken up with deaths: the forces' excessive force
    same = [t for t in same if not t.generic]
    return min(same, key=lambda t: t.rank).sub_event_type if same else main.sub_event_type


def _previous_date(doc: Document, spans: list[tuple[int, int]], index: int,
                   language: str) -> dt.date | None:
    """The day the text gives to the last dated sentence before sentence ``index`` (what "three
    days earlier" counts back from), within :data:`_PARAGRAPH_REACH` sentences."""
    for k in range(index - 1, max(-1, index - 1 - _PARAGRAPH_REACH), -1):
        a, b = spans[k]
        found = resolve_dates(doc.text[a:b], doc.published, language=language)
        if found.basis in ("explicit", "relative") and found.precision == "day":
            return found.date
    return None


def _actors(found: list[str], trigger: Trigger, sentence: str,
            language: str) -> tuple[str | None, str | None]:
    if trigger.sub_event_type == _EXCESSIVE_FORCE:  # the forces first, then the protesters
        found = [*[a for a in found if a != "Protesters"], "Protesters"]
    elif trigger.event_type == "Protests":
        found = ["Protesters", *[a for a in found if a != "Protesters"]]
    elif trigger.event_type == "Riots":
        found = ["Rioters", *[a for a in found if a != "Rioters"]]
    actor1 = found[0] if found else None
    actor2 = found[1] if len(found) > 1 else None
    if actor2 is None and actor1 and \
            _civilians(language).search(sentence) \
            and trigger.event_type in ("Violence against civilians", "Explosions/Remote violence"):
        actor2 = "Civilians"
    return actor1, actor2


@cache
def _civilians(language: str) -> re.Pattern[str]:
    """Words that name civilians as the target of violence (``civilians.re``)."""
    return re.compile(rf"\b{lang.pattern('civilians', language)}", re.IGNORECASE)


def _geo_precision(text: str, mention: PlaceMention, language: str) -> int:
    place = mention.toponym.place
    if place is None or place.feature_class != "P":
        return 3
    start = mention.toponym.mention.start
    before = text[max(0, start - 50):start]
    near = place_pattern("near_before", language).search(before) or \
        place_pattern("near_list_before", language).search(before)
    its = mention.anaphoric and \
        place_pattern("near_anaphora", language).search(mention.toponym.mention.text)
    return 2 if its or near else 1


def _paragraph_before(text: str, spans: list[tuple[int, int]], index: int) -> list[str]:
    """The sentences of the same paragraph before sentence ``index``, in order (at most
    :data:`_PARAGRAPH_REACH`: an article without line breaks is not one long paragraph)."""
    out: list[str] = []
    k = index - 1
    while k >= max(0, index - _PARAGRAPH_REACH) and \
            not PARAGRAPH.search(text, spans[k][1], spans[k + 1][0]):
        out.insert(0, text[spans[k][0]:spans[k][1]])
        k -= 1
    return out


def _cited_organisations(text: str, spans: list[tuple[int, int]], language: str) -> list[str]:
    """News organisations the article cites anywhere: capitalised attributions that hold an
    acronym or an organisation word ("UNIAN", "The Wall Street Journal", "Institute for the Study
    of War"); people ("Andriy Sadovyi") and capitals ("Washington") are not cited sources."""
    cited: list[str] = []
    function_words = lang.word_set("organisation_joiners", language)
    organisation_words = lang.word_set("news_organisation_words", language)
    parties = lang.word_set("conflict_parties", language)
    for start, end in spans:
        for source in attr.attributions(text[start:end], language):
            words = [w for w in source.split() if w.lower() not in function_words]
            organisation = any(w.isupper() and len(w) >= 2 for w in words) or any(
                w.lower() in organisation_words for w in words)
            if words and all(w[0].isupper() for w in words) and organisation \
                    and source not in cited and source not in parties:
                cited.append(source)
    return cited



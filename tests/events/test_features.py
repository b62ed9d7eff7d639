"""Links between triggers and places across a document."""

from __future__ import annotations

from geomap.events.features import links, read_places
from geomap.events.places import candidate_places, named_sentences
from geomap.events.triggers import find_triggers
from geomap.gazetteer import Gazetteer
from geomap.geoparse import find_mentions, resolve
from geomap.models import Document
from geomap.text import sentence_spans


def link_kinds(gazetteer: Gazetteer, text: str) -> dict[str, list[tuple[str, str]]]:
    doc = Document(id="d", text=text)
    toponyms = resolve(doc, find_mentions(doc, gazetteer), gazetteer)
    spans = sentence_spans(text)
    candidates = candidate_places(text, spans, toponyms)
    linked = links(candidates, find_triggers(text, spans), named_sentences(spans, toponyms))
    return {c.place.name: [(link.trigger.words, link.kind) for link in linked[c.place.geonameid]]
            for c in candidates}


def test_a_trigger_in_the_clause_of_a_place(gazetteer: Gazetteer) -> None:
    assert link_kinds(gazetteer, "Russian artillery shelled Kherson.")["Kherson"] == [
        ("artillery", "clause"), ("shelled", "clause")]


def test_a_trigger_in_the_sentence_after(gazetteer: Gazetteer) -> None:
    found = link_kinds(gazetteer, "A roadside bomb hit an army bus in Diyarbakir on Monday. "
                                  "Thirteen soldiers were killed.")["Diyarbakır"]
    assert ("killed", "next") in found


def test_a_trigger_after_a_sentence_with_one_town_and_a_state(gazetteer: Gazetteer) -> None:
    found = link_kinds(gazetteer, "Two officers from the town of Lewisburg pulled over an SUV "
                                  "with North Carolina plates. The driver of a truck shot at "
                                  "both officers.")["Lewisburg"]
    assert ("shot at", "next") in found


def test_a_trigger_in_the_sentence_before(gazetteer: Gazetteer) -> None:
    found = link_kinds(gazetteer, "A gunman opened fire on Sunday, killing three. "
                                  "It happened at a restaurant in Dayton.")["Dayton"]
    assert ("opened fire", "previous") in found


def test_no_link_across_a_sentence_that_names_an_actor(gazetteer: Gazetteer) -> None:
    found = link_kinds(gazetteer, "A roadside bomb hit a convoy near Timbuktu. Bamako has blamed "
                                  "the recent wave of attacks on terrorists.")["Timbuktu"]
    assert all(kind == "clause" for _, kind in found)


def test_a_story_told_after_its_town(gazetteer: Gazetteer) -> None:
    found = link_kinds(gazetteer, "Woman robbed behind Dayton apartment complex. Officers are "
                                  "looking for a man. He is about six feet tall. He wore a cap. "
                                  "Police said the suspect pushed her to the ground.")["Dayton"]
    assert ("pushed her to the ground", "story") in found


def test_no_story_once_a_second_town_is_named(gazetteer: Gazetteer) -> None:
    found = link_kinds(gazetteer, "Voters went to the polls in Sittwe. In Bamako the talks went "
                                  "on. The officials said nothing. Gunmen stormed a bank.")
    assert all(kind != "story" for links in found.values() for _, kind in links)


def features_of(gazetteer: Gazetteer, text: str) -> dict[str, dict[str, float]]:
    doc = Document(id="d", text=text)
    reading = read_places(text, resolve(doc, find_mentions(doc, gazetteer), gazetteer))
    return {c.place.name: f for c, f in zip(reading.candidates, reading.features(), strict=True)}


def test_generic_words_that_give_a_toll_name_the_happening_in_their_clause(
        gazetteer: Gazetteer) -> None:
    told = features_of(gazetteer, "The laws were passed after a series of attacks left 130 "
                                  "people dead throughout Paris.")["Paris"]
    untold = features_of(gazetteer, "The laws were passed after a series of attacks "
                                    "throughout Paris.")["Paris"]
    assert told["clause_cue"] > 0 and told["close_cue"] == 1
    assert untold["clause_cue"] == 0 and untold["clause_generic"] > 0


def test_a_region_with_a_happening_of_its_own_holds_no_linked_town(
        gazetteer: Gazetteer) -> None:
    found = features_of(gazetteer, "A drone struck a minibus in Shebekino. Air defences "
                                   "destroyed 19 drones over the Belgorod region.")
    held = features_of(gazetteer, "A drone struck a minibus in Shebekino in the Belgorod "
                                  "region.")
    [region] = [name for name in found if "Belgorod" in name and name != "Belgorod"]
    assert found[region]["holds_linked"] == 0 and held[region]["holds_linked"] == 1, found


def test_no_link_to_the_place_of_a_sentence_telling_another_kind_of_happening(
        gazetteer: Gazetteer) -> None:
    found = link_kinds(gazetteer, "Last week gunmen attacked a market, killing 12 people. On "
                                  "Wednesday the army fought militants near Tillabéri.")
    assert all(kind != "previous" for _, kind in found["Tillabéri"]), found
    same = link_kinds(gazetteer, "A gunman opened fire on Sunday, killing three. The shooting "
                                 "happened at a restaurant in Dayton.")["Dayton"]
    assert ("opened fire", "previous") in same


def test_a_dateline_counts_against_its_town_only_beside_another_town(
        gazetteer: Gazetteer) -> None:
    alone = features_of(gazetteer, "MEMPHIS, Tenn. (AP) — Two men were killed in a shooting "
                                   "outside a nightclub, police said.")["Memphis"]
    beside = features_of(gazetteer, "BEIRUT (Reuters) - Israeli air strikes killed four people "
                                    "in the southern town of Nabatieh.")["Beirut"]
    assert alone["dateline"] == 0 and beside["dateline"] == 1


def test_a_trigger_right_before_the_port_of_a_town_reports_it_directly(
        gazetteer: Gazetteer) -> None:
    text = "Warplanes struck the port of Hodeidah and a terminal overnight."
    doc = Document(id="d", text=text)
    reading = read_places(text, resolve(doc, find_mentions(doc, gazetteer), gazetteer))
    [features] = [f for c, f in zip(reading.candidates, reading.features(), strict=True)
                  if c.place.feature_code.startswith("PPL")]
    assert features["direct_cue"] == 1.0

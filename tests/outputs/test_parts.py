"""Partition files and the out-of-core merge: what a run writes a partition at a time is what
the in-memory stages give."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geomap.events.extract import extract_events
from geomap.events.merge import REPORT_COLUMNS, merge_events, merge_parts
from geomap.gazetteer import Gazetteer
from geomap.geoparse.recognize import find_mentions
from geomap.geoparse.resolve import resolve
from geomap.models import Document, Event, Toponym
from geomap.outputs.parts import event_schema, read_part, toponym_schema, write_part
from geomap.outputs.records import event_record
from geomap.readers import read_documents

from ..conftest import EVENTS_CORPUS

SUNDAY = dt.date(2025, 3, 9)
WIRES = [  # the same strike and rally reported by several articles, some undated
    ("w1", "A missile hit Kharkiv on Sunday, killing two people.", dt.date(2025, 3, 10)),
    ("w2", "Kharkov was struck by a missile yesterday, UNIAN reported. Four people died.",
     dt.date(2025, 3, 10)),
    ("w3", "Protesters rallied in Kharkiv on Sunday.", dt.date(2025, 3, 10)),
    ("w0", "A missile hit Kharkiv on Sunday, the governor said.", None),
    ("w4", "On March 9 a missile struck Kharkiv, officials said.", dt.date(2025, 3, 11)),
]


def _parsed(gazetteer: Gazetteer) -> list[tuple[int, Document, list[Event], list[Toponym]]]:
    docs = read_documents([EVENTS_CORPUS])[:12]
    docs += [Document(id=i, text=t, source=f"Wire {i}", published=p or SUNDAY)
             for i, t, p in WIRES]
    out = []
    for n, doc in enumerate(docs):
        toponyms = resolve(doc, find_mentions(doc, gazetteer), gazetteer)
        out.append((n, doc, extract_events(doc, toponyms), toponyms))
    return out


@pytest.mark.parametrize("size", [1, 3, 100])
def test_the_merge_out_of_core_is_the_merge_in_memory(gazetteer: Gazetteer, tmp_path: Path,
                                                      size: int) -> None:
    parsed = _parsed(gazetteer)
    parts = [write_part(tmp_path / f"p{k}", k, parsed[k:k + size])
             for k in range(0, len(parsed), size)]
    plan = merge_parts((read_part(p.events, REPORT_COLUMNS) for p in parts),
                       tmp_path / "merge.sqlite")
    merged, groups = merge_events([e for _, _, events, _ in parsed for e in events])
    assert list(plan.groups()) == groups
    assert any(len(g.reports) > 2 for g in groups)  # the strike: three dated reports
    assert plan.merged_reports == sum(len(g.reports) for g in groups)
    kept = {}
    for k, part in enumerate(parts):
        ids = read_part(part.events, ["event_id"]).column("event_id").to_pylist()
        dropped, patches = plan.dropped(k), plan.patches(k)
        for row, ident in enumerate(ids):
            if row in dropped:
                continue
            patch = patches.get(row)
            kept[ident] = (patch.sources, patch.mentions, patch.fatalities,
                           patch.confidence) if patch else None
    assert set(kept) == {e.id for e in merged}
    for event in merged:
        if kept[event.id] is not None:
            assert kept[event.id] == (event.sources, event.mentions, event.fatalities,
                                      event.confidence)
    plan.close()


def test_a_part_holds_the_output_records(gazetteer: Gazetteer, tmp_path: Path) -> None:
    parsed = _parsed(gazetteer)[-5:]
    part = write_part(tmp_path / "p", 7, parsed, failures=((8, "why"),))
    events = read_part(part.events)
    assert events.schema == event_schema()
    assert read_part(part.toponyms).schema == toponym_schema()
    records = [event_record(e) for _, _, es, _ in parsed for e in es]
    assert events.select(list(records[0])).to_pylist() == records
    assert part.count("events") == len(records) and part.failures == ((8, "why"),)
    assert part.count("toponyms") == sum(len(t) for *_, t in parsed)
    assert events.column("doc_index").to_pylist() == [
        n for n, _, es, _ in parsed for _ in es]


def test_an_empty_part_has_its_columns(tmp_path: Path) -> None:
    part = write_part(tmp_path / "p", 0, [])
    assert read_part(part.events).num_rows == 0
    assert read_part(part.events).schema == event_schema()

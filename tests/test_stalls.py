"""Nothing an article holds stalls or kills a run: each hostile article beside a good one.

Every case is mapped by ``build_maps`` beside an ordinary article, which must still give its
event; the timeouts are hang detectors (a regression to quadratic time in any stage takes
minutes on these sizes), not benchmarks.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomap.config import Config
from geomap.engine import parse_document
from geomap.gazetteer import Gazetteer
from geomap.models import Document
from geomap.run import RunSummary, build_maps

GOOD = "Russian artillery shelled Kharkiv on Monday, killing two civilians, officials said.\n"
PLACES = ["Kharkiv", "Odesa", "Lviv", "Sumy", "Dnipro"]

CASES = {
    "toll_beyond_any.txt": "Russian forces shelled Izium, killing 10000000000000000000 civilians.",
    "toll_of_5000_digits.txt": f"Russian forces shelled Izium, killing {'9' * 5000} civilians.",
    "days_ago_of_5000_digits.txt": f"Izium was shelled {'9' * 5000} days ago.",
    "token_64k.txt": "Image: " + "QUJD" * 16_000,
    "token_2mb.txt": "Data: " + "QmFzZTY0" * 250_000,
    "line_3mb.txt": "The council met in Kharkiv to discuss the roads " * 60_000,
    "places_20k.txt": "Shelling hit " + ", ".join(PLACES * 4_000) + ".",
    "common_words_20k.txt": "Shelling hit Leeds, " + ", ".join(["Mobile", "Reading", "Bath"]
                                                              * 7_000) + ".",
    "capitals_20k.txt": "Officials said " + "A" * 20_000,
    "capital_words_20k.txt": "Officials said " + " ".join(["ABCDEF"] * 20_000),
    "quotes_20k.txt": "Officials said \"" + "\" \"".join(["Kharkiv"] * 20_000),
}


def _run(folder: Path, gazetteer_path: Path) -> RunSummary:
    return build_maps(Config(inputs=(folder,), out=folder.parent / "maps",
                             gazetteer=gazetteer_path))


def _good_event_mapped(summary: RunSummary) -> bool:
    events = json.loads((summary.path / "events.geojson").read_text(encoding="utf-8"))
    return any(f["properties"]["document"] == "good" and f["properties"]["place_name"] ==
               "Kharkiv" for f in events["features"])


@pytest.mark.timeout(30)
@pytest.mark.parametrize("name", sorted(CASES))
def test_a_hostile_article_beside_a_good_one(gazetteer_path: Path, tmp_path: Path,
                                             name: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / name).write_text(GOOD + CASES[name] + "\n", encoding="utf-8")
    summary = _run(folder, gazetteer_path)
    assert summary.counts["documents"] == 2
    assert _good_event_mapped(summary)
    events = json.loads((summary.path / "events.geojson").read_text(encoding="utf-8"))
    tolls = [f["properties"]["fatalities"] for f in events["features"]]
    assert all(t is None or 0 <= t < 10**7 for t in tolls)
    if name == "toll_beyond_any.txt":
        assert summary.warnings == (f"{folder / name}: {Path(name).stem}: a toll of "
                                    "10000000000000000000 is beyond any event's; left empty",)
    if name.startswith(("token", "toll_of", "days_ago")):
        assert len(summary.warnings) == 1 and "characters left out" in summary.warnings[0]


@pytest.mark.timeout(30)
def test_a_long_token_in_json_lines_is_cut_with_a_warning(gazetteer_path: Path,
                                                          tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "a.jsonl").write_text(json.dumps({"id": "t5", "text": GOOD + "x" * 2_000_000})
                                    + "\n", encoding="utf-8")
    summary = _run(folder, gazetteer_path)
    assert _good_event_mapped(summary)
    assert summary.warnings == (f"{folder / 'a.jsonl'}: article t5, line 2: a token of "
                                "2,000,000 characters left out (longer than any word)",)


def test_a_failure_in_one_article_is_a_warning(gazetteer_path: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import geomap.engine

    def fragile(doc: Document, gazetteer: Gazetteer, bias: object = None) -> object:
        if doc.id == "bad":
            msg = "an unforeseen failure"
            raise RuntimeError(msg)
        return parse_document(doc, gazetteer)

    monkeypatch.setattr(geomap.engine, "parse_document", fragile)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "bad.txt").write_text(GOOD, encoding="utf-8")
    summary = _run(folder, gazetteer_path)
    assert _good_event_mapped(summary)
    assert summary.warnings == (f"{folder / 'bad.txt'}: bad: left out, its processing failed "
                                "(RuntimeError: an unforeseen failure)",)
    manifest = json.loads((summary.path / "run.json").read_text(encoding="utf-8"))
    assert manifest["warnings"] == list(summary.warnings)
    assert "an unforeseen failure" in (summary.path / "index.html").read_text(encoding="utf-8")


_NAMES = st.sampled_from(["Kharkiv", "Odesa", "Pokrovsk", "Sumy", "Dnipro", "ABC", "Officials"])


@pytest.mark.timeout(300)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(
    st.text(alphabet="abcdefXYZ0123456789+/=", min_size=200, max_size=5_000),  # long tokens
    st.from_regex(r"\d{20,400}", fullmatch=True),  # digit runs
    st.integers(50, 2_000).map(lambda n: " ".join(["ABCDEF"] * n)),  # capitals
    st.lists(_NAMES, min_size=20, max_size=2_000).map(", ".join),  # lists of places
    st.sampled_from([" killing ", " said ", " were killed. ", " days ago. ", "\n"]),
), min_size=1, max_size=8))
def test_generated_hostile_text_passes_the_whole_pipeline(gazetteer: Gazetteer,
                                                          parts: list[str]) -> None:
    doc = Document(id="h", text=GOOD + "".join(parts))
    parsed = parse_document(doc, gazetteer)
    assert all(e.fatalities is None or 0 <= e.fatalities < 10**7 for e in parsed.events)
    assert all(0 <= t.mention.start < t.mention.end <= len(doc.text) for t in parsed.toponyms)

"""The per-article cache: keys, the codec, corrupt entries, re-parsing only what changed."""

from __future__ import annotations

import dataclasses
import gzip
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import geomap.engine as engine
from geomap.cache import ArticleCache, Parsed, decode_parsed, encode_parsed
from geomap.cli import main
from geomap.gazetteer import Gazetteer
from geomap.models import Bias, Document

from .conftest import EVENTS_CORPUS


@pytest.fixture(scope="module")
def parsed(docs: list[Document], gazetteer: Gazetteer) -> list[Parsed]:
    return [engine.parse_document(doc, gazetteer) for doc in docs]


@pytest.fixture
def count_parses(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The ids of the documents parsed, in order (local engine)."""
    seen: list[str] = []
    real = engine.parse_document

    def counting(doc: Document, gazetteer: Gazetteer, bias: Bias | None = None) -> Parsed:
        seen.append(doc.id)
        return real(doc, gazetteer, bias)

    monkeypatch.setattr(engine, "parse_document", counting)
    yield seen


def test_codec_round_trip_is_exact(docs: list[Document], parsed: list[Parsed]) -> None:
    assert sum(len(p.events) for p in parsed) > 10
    for doc, result in zip(docs, parsed, strict=True):
        text = json.dumps(encode_parsed(result))
        assert decode_parsed(json.loads(text), doc) == result


def test_key_follows_content_and_gazetteer_not_path(docs: list[Document]) -> None:
    cache = ArticleCache(Path("unused"), "3+abc")
    doc = docs[0]
    assert cache.key(doc) == cache.key(dataclasses.replace(doc, path=Path("elsewhere.md")))
    assert cache.key(doc) != cache.key(dataclasses.replace(doc, text=doc.text + " "))
    assert cache.key(doc) != cache.key(dataclasses.replace(doc, title="Another title"))
    assert cache.key(doc) != ArticleCache(Path("unused"), "3+abd").key(doc)
    biased = ArticleCache(Path("unused"), "3+abc", Bias(countries=frozenset({"UA"})))
    assert cache.key(doc) != biased.key(doc)  # an area of interest changes the results


def test_second_pass_parses_nothing_and_gives_the_same(
        docs: list[Document], parsed: list[Parsed], gazetteer: Gazetteer, tmp_path: Path,
        count_parses: list[str]) -> None:
    first = engine.parse_documents(docs, gazetteer, cache_dir=tmp_path)
    assert len(count_parses) == len(docs) and first == parsed
    count_parses.clear()
    assert engine.parse_documents(docs, gazetteer, cache_dir=tmp_path) == parsed
    assert count_parses == []
    shutil.rmtree(tmp_path)  # safe to delete: everything is parsed again
    assert engine.parse_documents(docs, gazetteer, cache_dir=tmp_path) == parsed
    assert len(count_parses) == len(docs)


def test_corrupt_entries_are_parsed_again(docs: list[Document], parsed: list[Parsed],
                                          gazetteer: Gazetteer, tmp_path: Path,
                                          count_parses: list[str]) -> None:
    engine.parse_documents(docs, gazetteer, cache_dir=tmp_path)
    cache = ArticleCache(tmp_path, gazetteer.version)
    entries = [cache._path(cache.key(doc)) for doc in docs[:6]]
    good = json.loads(gzip.decompress(entries[0].read_bytes()))
    wrong_type = json.loads(json.dumps(good))
    wrong_type["result"]["places"][0][0] = "not an id"
    nested = json.loads(json.dumps(good))
    nested["result"]["places"][0][2] = [1, 2]
    bad_role = json.loads(json.dumps(good))
    bad_role["result"]["toponyms"][0]["role"] = "villain"
    entries[0].write_bytes(b"\x00garbage")
    entries[1].write_bytes(gzip.compress(b'{"format": 1, "key": '))  # cut short
    entries[2].write_bytes(gzip.compress(json.dumps(wrong_type).encode()))
    entries[3].write_bytes(gzip.compress(json.dumps(nested).encode()))
    entries[4].write_bytes(gzip.compress(json.dumps(bad_role).encode()))
    entries[5].write_bytes(gzip.compress(b"[]"))
    count_parses.clear()
    assert engine.parse_documents(docs, gazetteer, cache_dir=tmp_path) == parsed
    assert count_parses == [doc.id for doc in docs[:6]]
    count_parses.clear()
    assert engine.parse_documents(docs, gazetteer, cache_dir=tmp_path) == parsed
    assert count_parses == []  # rewritten


def test_an_unwritable_cache_folder_only_costs_time(docs: list[Document], parsed: list[Parsed],
                                                    gazetteer: Gazetteer, tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be")
    assert engine.parse_documents(docs, gazetteer, cache_dir=blocker) == parsed


def test_rerun_on_a_folder_parses_only_the_changed_article(
        gazetteer_path: Path, tmp_path: Path, count_parses: list[str]) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(EVENTS_CORPUS, articles, ignore=shutil.ignore_patterns("*.json"))
    out = tmp_path / "maps"
    command = ["-q", "run", str(articles), "--out", str(out), "--gazetteer", str(gazetteer_path)]
    assert main([*command, "--run-id", "first"]) == 0
    assert len(count_parses) == 12 and (out / ".cache").is_dir()
    changed = articles / "a06_sumy_dnipro.md"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Sumy", "Sumy city", 1),
                       encoding="utf-8")
    count_parses.clear()
    assert main([*command, "--run-id", "second"]) == 0
    assert count_parses == ["a06_sumy_dnipro"]
    count_parses.clear()
    assert main([*command, "--run-id", "third", "--no-cache"]) == 0
    assert len(count_parses) == 12
    second = (out / "second" / "events.geojson").read_bytes()
    assert second == (out / "third" / "events.geojson").read_bytes()
    from_cache = {run: json.loads((out / run / "run.json").read_text(encoding="utf-8"))
                  ["counts"]["documents_from_cache"] for run in ("first", "second", "third")}
    assert from_cache == {"first": 0, "second": 11, "third": 0}


def test_counts_say_what_came_from_the_cache(docs: list[Document], gazetteer: Gazetteer,
                                             tmp_path: Path) -> None:
    counts: dict[str, int] = {}
    engine.parse_documents(docs[:3], gazetteer, cache_dir=tmp_path, counts=counts)
    assert counts == {"from_cache": 0, "parsed": 3}
    engine.parse_documents(docs[:5], gazetteer, cache_dir=tmp_path, counts=counts)
    assert counts == {"from_cache": 3, "parsed": 2}
    engine.parse_documents(docs[:5], gazetteer, counts=counts)  # no cache: all parsed
    assert counts == {"from_cache": 0, "parsed": 5}

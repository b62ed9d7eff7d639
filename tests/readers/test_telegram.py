"""Telegram channel exports (Telegram Desktop's JSON): one article per message."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from geomap.errors import DocumentError
from geomap.readers import read_document


def export(**extra: Any) -> dict[str, Any]:
    """A channel export as Telegram Desktop writes it, with each kind of message."""
    return {"name": "Front News", "type": "public_channel", "id": 1600000001, **extra,
            "messages": [
                {"id": 1, "type": "service", "date": "2025-03-01T09:00:00",
                 "date_unixtime": "1740819600", "actor": "Front News",
                 "action": "create_channel", "title": "Front News", "text": "",
                 "text_entities": []},
                {"id": 2, "type": "message", "date": "2025-03-04T08:15:00",
                 "date_unixtime": "1741076100", "from": "Front News",
                 "from_id": "channel1600000001", "text": "Russian artillery shelled Kharkiv.",
                 "text_entities": [{"type": "plain",
                                    "text": "Russian artillery shelled Kharkiv."}]},
                {"id": 3, "type": "message", "date": "2025-03-05T23:50:00",
                 "date_unixtime": "1741218600", "from": "Front News",
                 "forwarded_from": "Odesa Today",
                 "text": ["Drones struck ", {"type": "bold", "text": "Odesa"}, " overnight."],
                 "text_entities": []},
                {"id": 4, "type": "message", "date": "2025-03-06T10:00:00",
                 "from": "Front News", "photo": "photos/photo_1.jpg", "text": "",
                 "text_entities": []},
            ]}


def test_messages_are_articles(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export(username="frontnews")), encoding="utf-8")
    first, second = read_document(path)
    assert (first.id, first.text, first.source, first.url, first.published) == (
        "frontnews-2", "Russian artillery shelled Kharkiv.", "Front News",
        "https://t.me/frontnews/2", dt.date(2025, 3, 4))
    assert (second.text, second.source, second.published) == (
        "Drones struck Odesa overnight.", "Odesa Today, via Front News", dt.date(2025, 3, 5))


def test_without_a_username_there_is_no_link(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export()), encoding="utf-8")
    first, _ = read_document(path)
    assert (first.id, first.url) == ("Front News-2", None)


def test_a_full_export_of_several_chats(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    other = export(name="Second", id=2)
    path.write_text(json.dumps({"chats": {"list": [export(), other]}}), encoding="utf-8")
    assert [d.id for d in read_document(path)] == ["Front News-2", "Front News-3", "Second-2",
                                                   "Second-3"]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"name": "x"}', "not a Telegram export"),
        ("[1, 2, 3]", "not a Telegram export"),
        ('{"messages": [', "not valid JSON"),
    ],
)
def test_bad_exports(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "result.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DocumentError, match=problem):
        read_document(path)


def test_in_a_folder_only_exports_are_read(tmp_path: Path) -> None:
    from geomap.readers import expand_paths

    (tmp_path / "result.json").write_text(json.dumps(export()), encoding="utf-8")
    (tmp_path / "expected.json").write_text('{"cases": [1, 2]}', encoding="utf-8")
    assert expand_paths([tmp_path]) == [tmp_path / "result.json"]
    assert expand_paths([tmp_path / "expected.json"]) == [tmp_path / "expected.json"]

"""CSV files with a column of article text: one article per row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geomap.errors import DocumentError
from geomap.readers import read_document, read_documents

CSV = """id,headline,Body,Published,Outlet,link
a1,Strikes on Kharkiv,"Russian artillery shelled Kharkiv, officials said.",2025-03-04,Kyiv Desk,https://example.org/a1
a2,Drones,"Drones struck Odesa overnight.
Two people were hurt.",3/5/2025,Odesa Today,
a3,Empty,,2025-03-06,,
a1,Again,Duplicate id.,2025-03-07,,
a4,Bad date,Fighting near Pokrovsk.,not a date,,
"""


def test_rows_are_articles(tmp_path: Path) -> None:
    path = tmp_path / "scraped.csv"
    path.write_text(CSV, encoding="utf-8")
    errors: list[DocumentError] = []
    first, second = read_documents([path], errors=errors)
    assert (first.id, first.title, first.text, first.published, first.source, first.url) == (
        "a1", "Strikes on Kharkiv", "Russian artillery shelled Kharkiv, officials said.",
        dt.date(2025, 3, 4), "Kyiv Desk", "https://example.org/a1")
    assert (second.text, second.published, second.url) == (
        "Drones struck Odesa overnight.\nTwo people were hurt.", dt.date(2025, 3, 5), None)
    assert [str(e) for e in errors] == [
        f"{path}:5: empty text", f"{path}:6: duplicate id 'a1'",
        f"{path}:7: 'published' is not an ISO date (YYYY-MM-DD): 'not a date'"]


def test_columns_named_by_the_user_and_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("Nr;Story text;Posted\n7;Shelling hit Sumy.;5.3.2025\n"
                    "8;Protesters marched in Tbilisi.;March 6, 2025\n", encoding="utf-8")
    docs = read_documents([path], columns={"text": "Story text", "date": "Posted", "id": "Nr"})
    assert [(d.id, d.text, d.published) for d in docs] == [
        ("7", "Shelling hit Sumy.", dt.date(2025, 3, 5)),
        ("8", "Protesters marched in Tbilisi.", dt.date(2025, 3, 6))]


@pytest.mark.parametrize(
    ("content", "columns", "problem"),
    [
        ("name,value\nx,1\n", None, "no column of article text"),
        ("text\nhello\n", {"text": "Body"}, "no column 'Body' for the text"),
        ("", None, "empty file"),
    ],
)
def test_bad_tables(tmp_path: Path, content: str, columns: dict[str, str] | None,
                    problem: str) -> None:
    path = tmp_path / "t.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DocumentError, match=problem):
        read_documents([path], columns=columns)


def test_rows_without_an_id_are_numbered(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("text\nShelling hit Sumy.\nDrones over Lviv.\n", encoding="utf-8")
    assert [d.id for d in read_document(path)] == ["t-2", "t-3"]  # by line

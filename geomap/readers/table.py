"""CSV files (``.csv``) with a column of article text: one article per row.

The columns are found by their usual names (case and spaces aside): text in ``text``, ``body``,
``content``, ``article``, ``message``, ``full_text`` or ``story``; ``title`` or ``headline``;
the date in ``published``, ``date``, ``pubdate``, ``publication_date``, ``datetime`` or
``created_at``; ``source``, ``outlet``, ``publisher``, ``site`` or ``channel``; ``url`` or
``link``; ``id``, ``guid`` or ``uid``; ``language`` or ``lang``. Other names are given with
``--text-column NAME`` and the like (:data:`FIELDS`). The delimiter (comma, semicolon, tab) is
detected. A date is ISO (``2025-03-05``, with or without a time), ``5.3.2025`` (day first),
``3/5/2025`` (month first, as US spreadsheets write it, unless the first number is over 12), or
written out ("March 5, 2025", "5 Mar 2025"). A row without text, with a duplicate id or a date
that is none is an error of its own; the other rows are still read.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from geomap.errors import DocumentError
from geomap.models import Document
from geomap.readers.decode import clean_text
from geomap.readers.fields import ALIASES, doc_id, document, line_ends, one_line, shown

FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "message", "full_text", "story"),
    "title": ALIASES["title"],
    "date": ALIASES["published"],
    "source": ALIASES["source"],
    "url": ALIASES["url"],
    "id": ("id", "guid", "uid"),
    "language": ALIASES["language"],
}
"""Each field an article takes from a row, with the column names it is found under."""

_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def from_table(path: Path, text: str, columns: Mapping[str, str] | None = None
               ) -> Iterator[Document | DocumentError]:
    """The articles of a CSV file, one per row with text.

    Parameters
    ----------
    path
        The file, for messages and ids.
    text
        Its decoded text.
    columns
        Column names chosen by the user, by field (``{"text": "Body"}``); the other fields are
        found by their usual names.

    Raises
    ------
    DocumentError
        When the file has no header, or no column of text.
    """
    csv.field_size_limit(2**31 - 1)  # an article may be longer than csv's default 128 KiB
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:65536],
                                                                       delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = [one_line(h) for h in next(reader)]
    except (StopIteration, csv.Error) as exc:
        msg = f"{shown(path)}: no CSV header ({exc or 'empty'})"
        raise DocumentError(msg) from None
    where = _columns(header, columns or {}, shown(path))
    seen: set[str] = set()
    for number, row in _rows(reader, shown(path)):
        if isinstance(row, DocumentError):
            yield row
            continue
        if not any(cell.strip() for cell in row):
            continue
        try:
            yield _from_row(row, where, path, f"{shown(path)}:{number}", number, seen)
        except DocumentError as exc:
            yield exc


def _rows(reader: Any, shown_path: str) -> Iterator[tuple[int, list[str] | DocumentError]]:
    """Each row with the file line it starts on (a cell may hold line breaks)."""
    while True:
        start = reader.line_num + 1
        try:
            yield start, next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, DocumentError(f"{shown_path}:{start}: broken CSV ({exc})")
            return


def _columns(header: list[str], chosen: Mapping[str, str], shown_path: str) -> dict[str, int]:
    """The column index of each field found."""
    folded = {name.casefold().replace(" ", "_"): k for k, name in enumerate(header)}
    where: dict[str, int] = {}
    for field, names in FIELDS.items():
        if field in chosen:
            wanted = chosen[field].casefold().replace(" ", "_")
            if wanted not in folded:
                msg = (f"{shown_path}: no column {chosen[field]!r} for the {field} (columns: "
                       f"{', '.join(header)[:200]})")
                raise DocumentError(msg)
            where[field] = folded[wanted]
            continue
        found = next((folded[n] for n in names if n in folded), None)
        if found is not None:
            where[field] = found
    if "text" not in where:
        msg = (f"{shown_path}: no column of article text (one of {', '.join(FIELDS['text'])}, or "
               f"name it with --text-column; columns: {', '.join(header)[:200]})")
        raise DocumentError(msg)
    return where


def _from_row(row: list[str], where: dict[str, int], path: Path, at: str, number: int,
              seen: set[str]) -> Document:
    def cell(field: str) -> str | None:
        k = where.get(field)
        value = row[k].strip() if k is not None and k < len(row) else ""
        return value or None

    body = cell("text")
    if body is None:
        msg = f"{at}: empty text"
        raise DocumentError(msg)
    ident = one_line(cell("id") or f"{doc_id(path)}-{number}")
    if ident in seen:
        msg = f"{at}: duplicate id {ident!r}"
        raise DocumentError(msg)
    seen.add(ident)
    meta = {"title": cell("title"), "source": cell("source"), "url": cell("url"),
            "published": _date(cell("date"), at), "language": cell("language")}
    return document(ident, line_ends(clean_text(body)), meta, path=path, where=at)


def _date(value: str | None, at: str) -> dt.date | str | None:
    """A date in the forms spreadsheets write; anything else is passed on for the ISO check
    (which names it in its error)."""
    if value is None:
        return None
    text = value.strip()
    for pattern, day_first in ((_DOTTED, True), (_SLASHED, False)):
        found = pattern.fullmatch(text.split()[0]) if text else None
        if found:
            a, b, year = (int(g) for g in found.groups())
            day, month = (a, b) if day_first or a > 12 else (b, a)
            try:
                return dt.date(year, month, day)
            except ValueError:
                msg = f"{at}: 'published' is not a date: {text[:40]!r}"
                raise DocumentError(msg) from None
    if re.search(r"[A-Za-z]{3}", text) and not re.match(r"\d{4}-\d{2}-\d{2}", text):
        import dateparser

        parsed = dateparser.parse(text, languages=["en"],
                                  settings={"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE":
                                            False})
        if isinstance(parsed, dt.datetime):
            return parsed.date()
    return text

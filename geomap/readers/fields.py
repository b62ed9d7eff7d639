"""What every reader shares: how a path is shown in messages, and a document built from its
text and metadata (title, source, URL, publication date, language), checked and cleaned."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from geomap.errors import DocumentError
from geomap.models import Document
from geomap.readers.decode import clean_text

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_YEARS = (1900, 2100)  # publication years outside these are errors, as in geomap.events.dates


def shown(path: Path) -> str:
    """The path as a message shows it: on one line, writable as UTF-8."""
    return _CONTROL.sub("\ufffd", clean_text(str(path)))


def doc_id(path: Path) -> str:
    return line_ends(clean_text(path.stem))


ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "published": ("published", "date", "pubdate", "publication_date", "datetime", "created_at"),
    "source": ("source", "outlet", "publisher", "site", "channel"),
    "url": ("url", "link"),
    "language": ("language", "lang"),
}
"""Each metadata field with the names it is found under (case aside), its own first: front
matter's ``date:`` is the publication date, ``publisher:`` the source."""


def canonical(meta: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """``meta`` with each field of :data:`ALIASES` under its own name, taken from the first
    name it is given under, and the fields so taken from another name."""
    folded = {str(key).casefold(): value for key, value in meta.items()}
    out, aliased = dict(meta), set()
    for field, names in ALIASES.items():
        if out.get(field) is None:
            out[field] = next((folded[name] for name in names if folded.get(name) is not None),
                              None)
            if out[field] is not None:
                aliased.add(field)
    return out, aliased


def document(
    doc_id: str, text: str, meta: dict[str, Any], *, path: Path, where: str,
    language: str | None = None,
) -> Document:
    meta, aliased = canonical(meta)

    def field(key: str) -> str | None:
        try:
            value = text_field(meta, key, where)
        except DocumentError:
            if key not in aliased:
                raise
            return None  # another name's value of another kind: left out
        if key == "language" and key in aliased and value is not None \
                and not _LANGUAGE_CODE.fullmatch(value):
            return None  # "lang: English" is no ISO 639-1 code
        return value

    title, source, url = field("title"), field("source"), field("url")
    try:
        published = parse_published(meta.get("published"), where=where)
    except DocumentError:
        if "published" not in aliased:
            raise
        published = None  # a "date" of another kind (a Unix time, "yesterday"): not a date
    return Document(
        id=doc_id,
        text=text,
        title=title,
        source=source,
        url=url,
        published=published,
        language=language or field("language"),
        path=path,
    )


_LANGUAGE_CODE = re.compile(r"[a-z]{2}")


def text_field(meta: dict[str, Any], key: str, where: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if not isinstance(value, str | int | float | dt.date):
        msg = f"{where}: {key!r} is not text (a {type(value).__name__})"
        raise DocumentError(msg)
    return one_line(str(value)) or None


def one_line(text: str) -> str:
    """Cleaned text on one line, its white space runs single spaces: no CR to break a CSV
    row."""
    return " ".join(clean_text(text).split())


def line_ends(text: str) -> str:
    """Line ends of a JSON string as in files, keeping its length: offsets index the input.

    ``\\r\\n`` becomes a space and ``\\n``; a lone ``\\r`` becomes ``\\n``.
    """
    return text.replace("\r\n", " \n").replace("\r", "\n") if "\r" in text else text


def parse_published(value: Any, *, where: str = "") -> dt.date | None:
    """Turn a ``published`` value into a date.

    Parameters
    ----------
    value
        A date, a datetime, or an ISO 8601 string (``2025-11-03`` or ``2025-11-03T10:00:00Z``).
    where
        File (and line) named in the error message.

    Returns
    -------
    datetime.date or None

    Raises
    ------
    DocumentError
        When the value is present but not a date, or a date outside the years 1900 to 2100.
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str | int | float | dt.date):
        msg = f"{where}: 'published' is not an ISO date (YYYY-MM-DD) but a {type(value).__name__}"
        raise DocumentError(msg)
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        text = clean_text(str(value)).strip()
        try:
            day = dt.date.fromisoformat(text[:10])
        except ValueError:
            msg = f"{where}: 'published' is not an ISO date (YYYY-MM-DD): {text[:40]!r}"
            raise DocumentError(msg) from None
    if not _YEARS[0] <= day.year <= _YEARS[1]:
        msg = f"{where}: 'published' is not a plausible date: {day.isoformat()}"
        raise DocumentError(msg)
    return day

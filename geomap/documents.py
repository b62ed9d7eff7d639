"""Read articles from disk into :class:`~geomap.models.Document` values.

Formats, chosen by file suffix:

``.txt``
    Plain text. The first non-empty line that is not scraping noise is the title when it reads as a
    heading (short, no closing full stop); the text is what follows it.
``.md`` / ``.markdown``
    Markdown with optional YAML front matter (``title``, ``published``, ``source``, ``url``).
``.html`` / ``.htm``
    Main text and metadata extracted by trafilatura; scripts, styles and navigation never reach the
    text.
``.jsonl``
    One article per line: ``id`` and ``text``; optional ``title``, ``published``, ``source``,
    ``url``.

A bad file (unreadable, empty, binary, not UTF-8, broken front matter) raises
:class:`~geomap.errors.DocumentError` naming the file and the problem; :func:`read_documents` can
collect those errors instead and go on with the other files.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from geomap.errors import DocumentError
from geomap.models import Document

log = logging.getLogger(__name__)

SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
            ".htm": "html", ".jsonl": "jsonl"}

# Lines that scrapers leave above an article: navigation links, bare numbers, photo credits.
_NOISE = re.compile(
    r"^(link to (the )?main version|skip to (main )?content|advertisement|share( this)?( article)?"
    r"|read more|subscribe|menu|home|[\W\d_]*|(photo|снимка|фото|image)\s*:.*)$",
    re.IGNORECASE,
)
_TITLE_MAX = 200
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(\r?\n|\Z)", re.DOTALL)


def read_documents(
    paths: Iterable[Path], *, errors: list[DocumentError] | None = None
) -> list[Document]:
    """Read every article under ``paths``.

    Parameters
    ----------
    paths
        Files or folders; folders are searched recursively for known suffixes, in sorted order.
    errors
        Where to collect the errors of bad files and lines. When ``None``, the first error is
        raised.

    Returns
    -------
    list of Document
        In input order; within a folder, sorted by path.
    """
    docs: list[Document] = []
    for path in expand_paths(paths):
        try:
            for item in _read_path(path):
                if isinstance(item, DocumentError):
                    if errors is None:
                        raise item
                    errors.append(item)
                else:
                    docs.append(item)
        except DocumentError as exc:
            if errors is None:
                raise
            errors.append(exc)
    return docs


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """List the article files that ``paths`` name.

    Parameters
    ----------
    paths
        Files or folders.

    Returns
    -------
    list of Path
        Files given directly are kept whatever their suffix (and fail on reading if unknown);
        folders contribute their files with a known suffix, recursively, sorted, leaving out
        ``README`` files and hidden files and folders.
    """
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found = (p for p in path.rglob("*") if p.is_file() and _is_article(p, path))
            files.extend(sorted(found, key=lambda p: p.as_posix()))
        else:
            files.append(path)
    return files


def _is_article(path: Path, root: Path) -> bool:
    """Files with a known suffix, except READMEs and anything hidden below ``root``."""
    hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
    return (path.suffix.lower() in SUFFIXES and not hidden
            and path.stem.casefold() != "readme")


def read_document(path: Path) -> list[Document]:
    """Read one file; a JSON Lines file gives one document per line.

    Parameters
    ----------
    path
        The file.

    Returns
    -------
    list of Document

    Raises
    ------
    DocumentError
        When the file or any of its lines cannot be read.
    """
    docs = []
    for item in _read_path(path):
        if isinstance(item, DocumentError):
            raise item
        docs.append(item)
    return docs


def _read_path(path: Path) -> Iterator[Document | DocumentError]:
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        known = ", ".join(sorted(SUFFIXES))
        msg = f"{path}: unknown file type {path.suffix or '(no suffix)'!r}; expected one of {known}"
        raise DocumentError(msg)
    text = _read_text(path)
    if kind == "jsonl":
        yield from _from_jsonl(path, text)
    elif kind == "markdown":
        yield _from_markdown(path, text)
    elif kind == "html":
        yield _from_html(path, text)
    else:
        yield _from_text(path, text)


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        msg = f"{path}: no such file"
        raise DocumentError(msg) from None
    except OSError as exc:
        msg = f"{path}: cannot be read ({exc.strerror or exc})"
        raise DocumentError(msg) from None
    if not data.strip():
        msg = f"{path}: empty file"
        raise DocumentError(msg)
    if b"\x00" in data[:8192]:
        msg = f"{path}: binary file (contains NUL bytes), not an article"
        raise DocumentError(msg)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        msg = f"{path}: not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r})"
        raise DocumentError(msg) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _from_text(path: Path, text: str) -> Document:
    lines = text.split("\n")
    offset = 0
    for line in lines:
        stripped = line.strip()
        if stripped and not _NOISE.match(stripped):
            if len(stripped) <= _TITLE_MAX and not stripped.endswith((".", "!", "?", '"')):
                body = text[offset + len(line):].lstrip("\n")
                return Document(id=path.stem, text=body or stripped, title=stripped, path=path)
            break
        offset += len(line) + 1
    body = text[offset:]
    if not body.strip():
        msg = f"{path}: no article text (only navigation or blank lines)"
        raise DocumentError(msg)
    return Document(id=path.stem, text=body, path=path)


def _from_markdown(path: Path, text: str) -> Document:
    meta: dict[str, Any] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        meta = _parse_front_matter(path, match.group(1))
        text = text[match.end():]
    if not text.strip():
        msg = f"{path}: no article text after the front matter"
        raise DocumentError(msg)
    return _document(path.stem, text, meta, path=path, where=str(path))


def _parse_front_matter(path: Path, block: str) -> dict[str, Any]:
    import yaml

    try:
        meta = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        msg = f"{path}: front matter is not valid YAML{where}"
        raise DocumentError(msg) from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        msg = f"{path}: front matter is not a YAML mapping of keys to values"
        raise DocumentError(msg)
    return meta


def _from_html(path: Path, text: str) -> Document:
    import trafilatura

    extracted: Any = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=False
    )
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or not body.strip():
        msg = f"{path}: no article text found in the HTML"
        raise DocumentError(msg)
    title = extracted.title
    if title and body.startswith(title):
        body = body[len(title):].lstrip("\n")
    meta = {"title": title, "published": extracted.date, "source": extracted.sitename,
            "url": extracted.url}
    return _document(path.stem, body, meta, path=path, where=str(path),
                     language=extracted.language)


def _from_jsonl(path: Path, text: str) -> Iterator[Document | DocumentError]:
    seen: set[str] = set()
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                msg = f"{where}: expected a JSON object, got {type(record).__name__}"
                raise DocumentError(msg)
            doc_id = record.get("id")
            body = record.get("text")
            if doc_id is None or str(doc_id).strip() == "":
                msg = f"{where}: missing 'id'"
                raise DocumentError(msg)
            if not isinstance(body, str) or not body.strip():
                msg = f"{where}: missing or empty 'text'"
                raise DocumentError(msg)
            if str(doc_id) in seen:
                msg = f"{where}: duplicate id {str(doc_id)!r}"
                raise DocumentError(msg)
            seen.add(str(doc_id))
            yield _document(str(doc_id), body, record, path=path, where=where)
        except json.JSONDecodeError as exc:
            yield DocumentError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})")
        except DocumentError as exc:
            yield exc


def _document(
    doc_id: str, text: str, meta: dict[str, Any], *, path: Path, where: str,
    language: str | None = None,
) -> Document:
    return Document(
        id=doc_id,
        text=text,
        title=_text_field(meta.get("title")),
        source=_text_field(meta.get("source")),
        url=_text_field(meta.get("url")),
        published=parse_published(meta.get("published"), where=where),
        language=language or _text_field(meta.get("language")),
        path=path,
    )


def _text_field(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


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
        When the value is present but not a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        msg = f"{where}: 'published' is not an ISO date (YYYY-MM-DD): {text[:40]!r}"
        raise DocumentError(msg) from None

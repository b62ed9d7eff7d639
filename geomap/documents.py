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

Bytes become text as :mod:`geomap._decode` says: UTF-8, or the encoding a byte order mark
declares; a file that is not UTF-8 but clearly text in another encoding (cp1251 Cyrillic news is
common) is decoded as the encoding detected, with a :class:`~geomap.models.Warning_` saying which
encoding was assumed. Line ends become ``\\n`` (in JSON Lines ``text`` and ``id``, without
changing the length, so that offsets index the input). NUL and lone surrogates (in file names, in
JSON strings) become U+FFFD, one character for one, so that everything can be written as UTF-8.
``title``, ``source``, ``url`` and ``language`` are one line: their runs of white space become
one space. Metadata that is not text (a list, a mapping) is an error.

A bad file (unreadable, empty, binary, too large, text in no recognisable encoding, broken front
matter, HTML nested too deeply to parse) raises :class:`~geomap.errors.DocumentError` naming the
file and the problem; :func:`read_documents` can collect those errors instead and go on with the
other files.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from geomap._decode import NotTextError, clean_text, decode_text
from geomap.errors import DocumentError
from geomap.models import Document, Warning_

log = logging.getLogger(__name__)

SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
            ".htm": "html", ".jsonl": "jsonl"}
MAX_FILE_BYTES = 64 * 2**20
"""Files larger than this (64 MiB) are refused: no article is that long."""

# Lines that scrapers leave above an article: navigation links, bare numbers, photo credits.
_NOISE = re.compile(
    r"^(link to (the )?main version|skip to (main )?content|advertisement|share( this)?( article)?"
    r"|read more|subscribe|menu|home|[\W\d_]*|(photo|снимка|фото|image)\s*:.*)$",
    re.IGNORECASE,
)
_TITLE_MAX = 200
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(\n|\Z)", re.DOTALL)
_HTML_DEPTH = 250  # libxml2 gives up on deeper nesting; trafilatura then finds nothing
_HTML_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^<>]*?(/?)>")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_YEARS = (1900, 2100)  # publication years outside these are errors, as in geomap.dates


def read_documents(
    paths: Iterable[Path], *, errors: list[DocumentError] | None = None,
    warnings: list[Warning_] | None = None,
) -> list[Document]:
    """Read every article under ``paths``.

    Parameters
    ----------
    paths
        Files or folders; folders are searched recursively for known suffixes, in sorted order.
    errors
        Where to collect the errors of bad files and lines, which are skipped. When ``None``, the
        first error is raised.
    warnings
        Where to collect the notes on files that were read with an assumption (an encoding
        guessed). When ``None``, they are logged.

    Returns
    -------
    list of Document
        In input order; within a folder, sorted by path.
    """
    docs: list[Document] = []
    for path in expand_paths(paths):
        try:
            for item in _read_path(path):
                if isinstance(item, Document):
                    docs.append(item)
                elif isinstance(item, Warning_):
                    _note(item, warnings)
                elif errors is None:
                    raise item
                else:
                    errors.append(item)
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
        Notes on assumptions made (an encoding guessed) are logged.

    Raises
    ------
    DocumentError
        When the file or any of its lines cannot be read.
    """
    docs = []
    for item in _read_path(path):
        if isinstance(item, DocumentError):
            raise item
        if isinstance(item, Warning_):
            _note(item, None)
        else:
            docs.append(item)
    return docs


def _note(item: Warning_, warnings: list[Warning_] | None) -> None:
    if warnings is None:
        log.warning("%s", item)
    else:
        warnings.append(item)


def _read_path(path: Path) -> Iterator[Document | DocumentError | Warning_]:
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        known = ", ".join(sorted(SUFFIXES))
        msg = (f"{_shown(path)}: unknown file type {clean_text(path.suffix) or '(no suffix)'!r}; "
               f"expected one of {known}")
        raise DocumentError(msg)
    text, note = _read_text(path, html=kind == "html")
    if kind == "jsonl":
        if note is not None:
            yield Warning_(_shown(path), note)
        yield from _from_jsonl(path, text)
        return
    reader = {"markdown": _from_markdown, "html": _from_html, "text": _from_text}[kind]
    doc = reader(path, text)
    if note is not None:  # only for a document read: a skipped file has its error
        yield Warning_(_shown(path), note)
    yield doc


def _shown(path: Path) -> str:
    """The path as a message shows it: on one line, writable as UTF-8."""
    return _CONTROL.sub("\ufffd", clean_text(str(path)))


def _doc_id(path: Path) -> str:
    return _line_ends(clean_text(path.stem))


def _read_text(path: Path, *, html: bool = False) -> tuple[str, str | None]:
    """The file's text with ``\\n`` line ends, and a note when its encoding was guessed."""
    data = _read_bytes(path)
    if not data.strip():
        msg = f"{_shown(path)}: empty file"
        raise DocumentError(msg)
    try:
        text, guessed = decode_text(data, html=html)
    except NotTextError as exc:
        msg = f"{_shown(path)}: {exc}"
        raise DocumentError(msg) from None
    return text.replace("\r\n", "\n").replace("\r", "\n"), guessed


def _read_bytes(path: Path) -> bytes:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            msg = f"{_shown(path)}: cannot be read (is a folder)"
            raise DocumentError(msg)
        if not stat.S_ISREG(info.st_mode):
            msg = f"{_shown(path)}: cannot be read (not a regular file)"
            raise DocumentError(msg)
        if info.st_size > MAX_FILE_BYTES:
            msg = (f"{_shown(path)}: too large ({info.st_size / 2**20:.0f} MiB; at most "
                   f"{MAX_FILE_BYTES // 2**20} MiB)")
            raise DocumentError(msg)
        return path.read_bytes()
    except FileNotFoundError:
        msg = f"{_shown(path)}: no such file"
        raise DocumentError(msg) from None
    except OSError as exc:
        msg = f"{_shown(path)}: cannot be read ({exc.strerror or exc})"
        raise DocumentError(msg) from None


def _from_text(path: Path, text: str) -> Document:
    lines = text.split("\n")
    offset = 0
    doc_id = _doc_id(path)
    for line in lines:
        stripped = line.strip()
        if stripped and not _NOISE.match(stripped):
            if len(stripped) <= _TITLE_MAX and not stripped.endswith((".", "!", "?", '"')):
                body = text[offset + len(line):].lstrip("\n")
                return Document(id=doc_id, text=body if body.strip() else stripped,
                                title=stripped, path=path)
            break
        offset += len(line) + 1
    body = text[offset:]
    if not body.strip():
        msg = f"{_shown(path)}: no article text (only navigation or blank lines)"
        raise DocumentError(msg)
    return Document(id=doc_id, text=body, path=path)


def _from_markdown(path: Path, text: str) -> Document:
    meta: dict[str, Any] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        meta = _parse_front_matter(path, match.group(1))
        text = text[match.end():]
    if not text.strip():
        msg = f"{_shown(path)}: no article text after the front matter"
        raise DocumentError(msg)
    return _document(_doc_id(path), text, meta, path=path, where=_shown(path))


def _parse_front_matter(path: Path, block: str) -> dict[str, Any]:
    import yaml

    try:
        meta = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        msg = f"{_shown(path)}: front matter is not valid YAML{where}"
        raise DocumentError(msg) from None
    except (ValueError, OverflowError) as exc:  # an impossible timestamp such as 2025-13-45
        msg = f"{_shown(path)}: front matter has an impossible value ({exc})"
        raise DocumentError(msg) from None
    except RecursionError:
        msg = f"{_shown(path)}: front matter is nested too deeply"
        raise DocumentError(msg) from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        msg = f"{_shown(path)}: front matter is not a YAML mapping of keys to values"
        raise DocumentError(msg)
    return meta


def _from_html(path: Path, text: str) -> Document:
    import trafilatura

    quiet = logging.getLogger("trafilatura")
    if quiet.level == logging.NOTSET:  # its "discarding data: None" would muddle our one line
        quiet.setLevel(logging.CRITICAL)
    if "html" not in text[:50].lower():  # a fragment: trafilatura wants a whole page
        text = f"<html><body>{text}</body></html>"
    try:
        extracted: Any = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, include_tables=False
        )
    except RecursionError:
        msg = f"{_shown(path)}: HTML nested too deeply to parse"
        raise DocumentError(msg) from None
    except Exception as exc:  # a parser failure on hostile markup must not end the run
        log.debug("trafilatura failed on %s", path, exc_info=True)
        msg = f"{_shown(path)}: HTML could not be parsed ({type(exc).__name__})"
        raise DocumentError(msg) from None
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or not body.strip():
        depth = _html_depth(text)
        problem = (f"HTML nested too deeply to parse ({depth} levels; at most {_HTML_DEPTH})"
                   if depth > _HTML_DEPTH else "no article text found in the HTML")
        msg = f"{_shown(path)}: {problem}"
        raise DocumentError(msg)
    title = extracted.title
    if title and body.startswith(title) and body[len(title):].strip():
        body = body[len(title):].lstrip("\n")
    meta = {"title": title, "published": extracted.date, "source": extracted.sitename,
            "url": extracted.url}
    return _document(_doc_id(path), body, meta, path=path, where=_shown(path),
                     language=extracted.language)


def _html_depth(text: str) -> int:
    """The deepest nesting of elements, counting unclosed ones (an estimate: no parser)."""
    depth = deepest = 0
    for match in _HTML_TAG.finditer(text):
        closing, name, self_closing = match.groups()
        if self_closing or name.lower() in _VOID:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _from_jsonl(path: Path, text: str) -> Iterator[Document | DocumentError]:
    seen: set[str] = set()
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.lstrip("\ufeff")  # a byte order mark left by concatenating files
        if not line.strip():
            continue
        where = f"{_shown(path)}:{number}"
        try:
            yield _from_json_line(line, where, path, seen)
        except DocumentError as exc:
            yield exc
        except json.JSONDecodeError as exc:
            yield DocumentError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})")
        except ValueError:  # an integer of thousands of digits
            yield DocumentError(f"{where}: not valid JSON (a number too long)")
        except RecursionError:
            yield DocumentError(f"{where}: not valid JSON (nested too deeply)")


def _from_json_line(line: str, where: str, path: Path, seen: set[str]) -> Document:
    record = json.loads(line)
    if not isinstance(record, dict):
        msg = f"{where}: expected a JSON object, got {type(record).__name__}"
        raise DocumentError(msg)
    raw_id = record.get("id")
    body = record.get("text")
    if raw_id is None or str(raw_id).strip() == "":
        msg = f"{where}: missing 'id'"
        raise DocumentError(msg)
    if not isinstance(raw_id, str | int) or isinstance(raw_id, bool):
        msg = f"{where}: 'id' is not a string or an integer"
        raise DocumentError(msg)
    if not isinstance(body, str) or not body.strip():
        msg = f"{where}: missing or empty 'text'"
        raise DocumentError(msg)
    doc_id = _line_ends(clean_text(str(raw_id)))
    if doc_id in seen:
        msg = f"{where}: duplicate id {doc_id!r}"
        raise DocumentError(msg)
    document = _document(doc_id, _line_ends(clean_text(body)), record, path=path, where=where)
    seen.add(doc_id)
    return document


def _document(
    doc_id: str, text: str, meta: dict[str, Any], *, path: Path, where: str,
    language: str | None = None,
) -> Document:
    return Document(
        id=doc_id,
        text=text,
        title=_text_field(meta, "title", where),
        source=_text_field(meta, "source", where),
        url=_text_field(meta, "url", where),
        published=parse_published(meta.get("published"), where=where),
        language=language or _text_field(meta, "language", where),
        path=path,
    )


def _text_field(meta: dict[str, Any], key: str, where: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if not isinstance(value, str | int | float | dt.date):
        msg = f"{where}: {key!r} is not text (a {type(value).__name__})"
        raise DocumentError(msg)
    text = " ".join(clean_text(str(value)).split())  # one line: no CR to break a CSV row
    return text or None


def _line_ends(text: str) -> str:
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

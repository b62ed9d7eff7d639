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

Bytes become text as :mod:`geomap.readers.decode` says: UTF-8, or the encoding a byte order mark
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

import logging
import os
import stat
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path

from geomap.errors import DocumentError
from geomap.lang.detect import language_of, normalise
from geomap.models import Document, Warning_
from geomap.readers.decode import NotTextError, clean_text, decode_text
from geomap.readers.feed import from_feed
from geomap.readers.fields import shown
from geomap.readers.html import from_html
from geomap.readers.jsonl import from_jsonl
from geomap.readers.limits import bound_text
from geomap.readers.markdown import from_markdown
from geomap.readers.table import from_table
from geomap.readers.telegram import from_telegram
from geomap.readers.text import from_text

log = logging.getLogger(__name__)

SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
            ".htm": "html", ".jsonl": "jsonl", ".rss": "feed", ".atom": "feed", ".xml": "feed",
            ".json": "telegram", ".csv": "table"}
MAX_FILE_BYTES = 64 * 2**20
"""Files larger than this (64 MiB) are refused: no article is that long."""


def read_documents(
    paths: Iterable[Path], *, errors: list[DocumentError] | None = None,
    warnings: list[Warning_] | None = None, columns: Mapping[str, str] | None = None,
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
    columns
        For CSV files, the column of each field the user named (``{"text": "Body"}``; see
        :data:`geomap.readers.table.FIELDS`).

    Returns
    -------
    list of Document
        In input order; within a folder, sorted by path.
    """
    return list(iter_documents(paths, errors=errors, warnings=warnings, columns=columns))


def iter_documents(
    paths: Iterable[Path], *, errors: list[DocumentError] | None = None,
    warnings: list[Warning_] | None = None, columns: Mapping[str, str] | None = None,
    detect: bool = True,
) -> Iterator[Document]:
    """:func:`read_documents` as a stream: one file is held at a time (at most
    :data:`MAX_FILE_BYTES`), so an archive of any size is read in bounded memory. Without
    ``detect``, a document whose metadata gives no language is left without one, for the
    process that parses it to detect (:func:`geomap.lang.detect.language_of`)."""
    for path in expand_paths(paths, warnings=warnings):
        try:
            for item in _read_path(path, columns, detect=detect):
                if isinstance(item, Document):
                    yield item
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


def expand_paths(paths: Iterable[Path], *, warnings: list[Warning_] | None = None,
                 follow_links: bool = False) -> list[Path]:
    """List the article files that ``paths`` name.

    Parameters
    ----------
    paths
        Files or folders.
    warnings
        Where to note each folder that cannot be listed and each link not followed; when
        ``None``, they are logged.
    follow_links
        Follow symbolic links that lead out of the folder given (by default such a link is
        skipped with a note: a link in a folder of articles must not read ``/etc/passwd``).

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
            found = _walk(path, warnings, follow_links=follow_links)
            files.extend(sorted(found, key=lambda p: p.as_posix()))
        else:
            files.append(path)
    return files


def _walk(root: Path, warnings: list[Warning_] | None, *, follow_links: bool) -> Iterator[Path]:
    """The article files below ``root``; unreadable folders and links out of it are noted."""
    inside = root.resolve()

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else root
        _note(Warning_(shown(where), f"folder skipped, it cannot be read "
                                     f"({exc.strerror or exc})"), warnings)

    for folder, dirs, names in os.walk(root, onerror=unreadable, followlinks=follow_links):
        base = Path(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and _within(base / d, inside, warnings, follow_links=follow_links))
        for name in names:
            path = base / name
            if _is_article(path, root) and path.is_file() and \
                    _within(path, inside, warnings, follow_links=follow_links):
                yield path


def _within(path: Path, inside: Path, warnings: list[Warning_] | None, *,
            follow_links: bool) -> bool:
    """Whether ``path`` may be read: no link, or a link that stays inside the folder given."""
    if follow_links or not path.is_symlink():
        return True
    target = path.resolve()
    if target == inside or inside in target.parents:
        return True
    _note(Warning_(shown(path), f"a link out of the input folder (to {shown(target)}), not "
                                "followed; --follow-links reads it"), warnings)
    return False


def _is_article(path: Path, root: Path) -> bool:
    """Files with a known suffix, except READMEs and anything hidden below ``root``; a ``.json``
    file only when it looks like a Telegram export (a folder of articles may hold other JSON)."""
    hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
    if path.suffix.lower() not in SUFFIXES or hidden or path.stem.casefold() == "readme":
        return False
    return path.suffix.lower() != ".json" or _telegram_like(path)


def _telegram_like(path: Path) -> bool:
    """Whether a JSON file's start names the ``messages`` or ``chats`` of a Telegram export."""
    try:
        with path.open("rb") as fh:
            head = fh.read(65536)
    except OSError:
        return True  # read it, and let the reading say what is wrong
    return b'"messages"' in head or b'"chats"' in head


def read_document(path: Path) -> list[Document]:
    """Read one file; a JSON Lines file, a feed, a Telegram export or a CSV file gives one
    document per line, item, message or row.

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


def _read_path(path: Path, columns: Mapping[str, str] | None = None, *, detect: bool = True
               ) -> Iterator[Document | DocumentError | Warning_]:
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        known = ", ".join(sorted(SUFFIXES))
        msg = (f"{shown(path)}: unknown file type {clean_text(path.suffix) or '(no suffix)'!r}; "
               f"expected one of {known}")
        raise DocumentError(msg)
    text, note = _read_text(path, html=kind == "html")
    if kind in ("jsonl", "feed", "telegram", "table"):
        if note is not None:
            yield Warning_(shown(path), note)
        items = from_jsonl(path, text) if kind == "jsonl" else \
            from_feed(path, text) if kind == "feed" else \
            from_telegram(path, text) if kind == "telegram" else \
            from_table(path, text, columns)
        for item in items:
            yield from _bounded(path, item, "" if isinstance(item, DocumentError)
                                else f"article {item.id}, ", detect=detect)
        return
    reader = {"markdown": from_markdown, "html": from_html, "text": from_text}[kind]
    doc = reader(path, text)
    if note is not None:  # only for a document read: a skipped file has its error
        yield Warning_(shown(path), note)
    yield from _bounded(path, doc, "", detect=detect)


def _bounded(path: Path, item: Document | DocumentError, where: str, *, detect: bool = True
             ) -> Iterator[Document | DocumentError | Warning_]:
    """The document within the bounds of :mod:`geomap.readers.limits`, after a warning for
    each cut (an error passes through), with its language: as given (an ISO 639-1 code), else
    detected (:mod:`geomap.lang.detect`) when ``detect``."""
    if isinstance(item, DocumentError):
        yield item
        return
    text, notes = bound_text(item.text)
    for note in notes:
        yield Warning_(shown(path), where + note)
    language = language_of(item.language, text) if detect else normalise(item.language)
    yield replace(item, text=text, language=language) if notes or language != item.language \
        else item


def _read_text(path: Path, *, html: bool = False) -> tuple[str, str | None]:
    """The file's text with ``\\n`` line ends, and a note when its encoding was guessed."""
    data = _read_bytes(path)
    if not data.strip():
        msg = f"{shown(path)}: empty file"
        raise DocumentError(msg)
    try:
        text, guessed = decode_text(data, html=html)
    except NotTextError as exc:
        msg = f"{shown(path)}: {exc}"
        raise DocumentError(msg) from None
    return text.replace("\r\n", "\n").replace("\r", "\n"), guessed


def _read_bytes(path: Path) -> bytes:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            msg = f"{shown(path)}: cannot be read (is a folder)"
            raise DocumentError(msg)
        if not stat.S_ISREG(info.st_mode):
            msg = f"{shown(path)}: cannot be read (not a regular file)"
            raise DocumentError(msg)
        if info.st_size > MAX_FILE_BYTES:
            msg = (f"{shown(path)}: too large ({info.st_size / 2**20:.0f} MiB; at most "
                   f"{MAX_FILE_BYTES // 2**20} MiB)")
            raise DocumentError(msg)
        return path.read_bytes()
    except FileNotFoundError:
        msg = f"{shown(path)}: no such file"
        raise DocumentError(msg) from None
    except OSError as exc:
        msg = f"{shown(path)}: cannot be read ({exc.strerror or exc})"
        raise DocumentError(msg) from None

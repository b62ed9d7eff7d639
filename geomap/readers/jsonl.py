"""JSON Lines (``.jsonl``): one article per line, ``id`` and ``text`` with optional ``title``,
``published``, ``source``, ``url`` and ``language``; a bad line is an error of its own, and the
other lines are still read."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from geomap.errors import DocumentError
from geomap.models import Document
from geomap.readers.decode import clean_text
from geomap.readers.fields import document, line_ends, shown


def from_jsonl(path: Path, text: str) -> Iterator[Document | DocumentError]:
    seen: set[str] = set()
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.lstrip("\ufeff")  # a byte order mark left by concatenating files
        if not line.strip():
            continue
        where = f"{shown(path)}:{number}"
        try:
            yield _from_line(line, where, path, seen)
        except DocumentError as exc:
            yield exc
        except json.JSONDecodeError as exc:
            yield DocumentError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})")
        except ValueError:  # an integer of thousands of digits
            yield DocumentError(f"{where}: not valid JSON (a number too long)")
        except RecursionError:
            yield DocumentError(f"{where}: not valid JSON (nested too deeply)")


def _from_line(line: str, where: str, path: Path, seen: set[str]) -> Document:
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
    doc_id = line_ends(clean_text(str(raw_id)))
    if doc_id in seen:
        msg = f"{where}: duplicate id {doc_id!r}"
        raise DocumentError(msg)
    made = document(doc_id, line_ends(clean_text(body)), record, path=path, where=where)
    seen.add(doc_id)
    return made



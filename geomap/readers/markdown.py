"""Markdown (``.md``, ``.markdown``) with optional YAML front matter: ``title``, ``published``
(ISO date), ``source``, ``url``, ``language``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from geomap.errors import DocumentError
from geomap.models import Document
from geomap.readers.fields import doc_id, document, shown

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(\n|\Z)", re.DOTALL)


def from_markdown(path: Path, text: str) -> Document:
    meta: dict[str, Any] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        meta = _parse_front_matter(path, match.group(1))
        text = text[match.end():]
    if not text.strip():
        msg = f"{shown(path)}: no article text after the front matter"
        raise DocumentError(msg)
    return document(doc_id(path), text, meta, path=path, where=shown(path))


def _parse_front_matter(path: Path, block: str) -> dict[str, Any]:
    import yaml

    try:
        meta = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        msg = f"{shown(path)}: front matter is not valid YAML{where}"
        raise DocumentError(msg) from None
    except (ValueError, OverflowError) as exc:  # an impossible timestamp such as 2025-13-45
        msg = f"{shown(path)}: front matter has an impossible value ({exc})"
        raise DocumentError(msg) from None
    except RecursionError:
        msg = f"{shown(path)}: front matter is nested too deeply"
        raise DocumentError(msg) from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        msg = f"{shown(path)}: front matter is not a YAML mapping of keys to values"
        raise DocumentError(msg)
    return meta



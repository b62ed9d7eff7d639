"""HTML pages (``.html``, ``.htm``): main text and metadata (title, date, site name, canonical
URL, language) extracted by trafilatura; scripts, styles and navigation never reach the text."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from geomap.errors import DocumentError
from geomap.models import Document
from geomap.readers.fields import doc_id, document, shown

log = logging.getLogger(__name__)

_HTML_DEPTH = 250  # libxml2 gives up on deeper nesting; trafilatura then finds nothing
_HTML_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^<>]*?(/?)>")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})


def from_html(path: Path, text: str) -> Document:
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
        msg = f"{shown(path)}: HTML nested too deeply to parse"
        raise DocumentError(msg) from None
    except Exception as exc:  # a parser failure on hostile markup must not end the run
        log.debug("trafilatura failed on %s", path, exc_info=True)
        msg = f"{shown(path)}: HTML could not be parsed ({type(exc).__name__})"
        raise DocumentError(msg) from None
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or not body.strip():
        depth = _html_depth(text)
        problem = (f"HTML nested too deeply to parse ({depth} levels; at most {_HTML_DEPTH})"
                   if depth > _HTML_DEPTH else "no article text found in the HTML")
        msg = f"{shown(path)}: {problem}"
        raise DocumentError(msg)
    title = extracted.title
    if title and body.startswith(title) and body[len(title):].strip():
        body = body[len(title):].lstrip("\n")
    meta = {"title": title, "published": extracted.date, "source": extracted.sitename,
            "url": extracted.url}
    return document(doc_id(path), body, meta, path=path, where=shown(path),
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



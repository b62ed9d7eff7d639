"""News feeds saved to disk (``.rss``, ``.atom``, and ``.xml`` that is a feed): one article per
item, parsed by feedparser (RSS 0.9x to 2.0, RSS 1.0/RDF, Atom 0.3 and 1.0).

An item gives its title, link (``url``), publication date (else its update date), its text (the
full content when the feed carries it, else the summary; HTML reduced to its paragraphs, with
scripts and styles dropped) and the feed's title as ``source``. Its id is the item's own id or
link, made unique within the file; an item without text is a warning of its own, and the other
items are still read.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from geomap.errors import DocumentError
from geomap.models import Document
from geomap.readers.decode import clean_text
from geomap.readers.fields import doc_id, document, one_line, shown

_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_BLOCKS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                     "blockquote", "section", "article", "tr", "table", "figure", "hr"})
_HIDDEN = frozenset({"script", "style", "iframe", "noscript", "template", "svg", "object"})


def is_feed(text: str) -> bool:
    """Whether an XML text is an RSS or Atom feed (its root element, near the start)."""
    return bool(_FEED_ROOT.search(text[:4096]))


def from_feed(path: Path, text: str) -> Iterator[Document | DocumentError]:
    """The articles of a saved feed, one per item, in the feed's order.

    Raises
    ------
    DocumentError
        When the file is no RSS or Atom feed.
    """
    import feedparser

    if not is_feed(text):
        msg = f"{shown(path)}: not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element)"
        raise DocumentError(msg)
    parsed: Any = feedparser.parse(text, sanitize_html=False, resolve_relative_uris=False)
    entries = list(parsed.get("entries") or [])
    if not entries:
        problem = f"; {parsed.bozo_exception}" if parsed.get("bozo") else ""
        msg = f"{shown(path)}: a feed without items{clean_text(problem)[:200]}"
        raise DocumentError(msg)
    source = _text(parsed.get("feed", {}).get("title")) or None
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        where = f"{shown(path)}: item {number}"
        try:
            yield _from_entry(entry, path, where, source, number, seen)
        except DocumentError as exc:
            yield exc


def _from_entry(entry: Any, path: Path, where: str, source: str | None, number: int,
                seen: set[str]) -> Document:
    contents = [c.get("value", "") for c in entry.get("content") or []]
    body = fragment_text(max(contents, key=len)) if contents else ""
    if not body.strip():
        body = fragment_text(entry.get("summary") or entry.get("description") or "")
    title = _text(entry.get("title"))
    if not body.strip():
        if not title:
            msg = f"{where}: no title and no text"
            raise DocumentError(msg)
        body = title  # a headline-only item: its title is its text
    ident = _text(entry.get("id")) or _text(entry.get("link")) or f"{doc_id(path)}-{number}"
    if ident in seen:
        ident = f"{ident}#{number}"
    seen.add(ident)
    meta = {"title": title or None, "url": _text(entry.get("link")) or None,
            "source": source, "published": _date(entry)}
    return document(ident, body, meta, path=path, where=where,
                    language=_text(entry.get("language")) or None)


def _date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        stamp = entry.get(key)
        if stamp:
            try:
                return dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
            except (ValueError, AttributeError):
                continue
    return None


def _text(value: Any) -> str:
    return one_line(html.unescape(str(value))) if value else ""


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment, one paragraph per block, scripts and styles dropped."""
    if "<" not in fragment:
        return clean_text(html.unescape(fragment)).strip()
    reader = _Paragraphs()
    try:
        reader.feed(fragment)
        reader.close()
    except (AssertionError, ValueError):  # the stdlib parser's complaints on broken markup
        pass
    paragraphs = ("".join(reader.parts)).split("\n\n")
    kept = [" ".join(p.split()) for p in paragraphs]
    return "\n\n".join(p for p in kept if p)


class _Paragraphs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(clean_text(data))

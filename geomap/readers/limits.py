"""Bounds on what an article can hold: text too large to be an article is cut, with a note.

Scraped collections carry things no journalist wrote: a base64 image or a minified script left in
the text (one "word" of megabytes), a dump without line breaks, a file of tens of megabytes.
Every stage after reading is linear in its input, but no article needs these; they are cut here,
each cut with a note naming the line and the reason, which the run lists among its warnings:

- a token longer than :data:`MAX_TOKEN` characters (longer than any word or link) is left out;
- a paragraph (a line) longer than :data:`MAX_PARAGRAPH` characters keeps its first
  :data:`MAX_PARAGRAPH`;
- an article longer than :data:`MAX_ARTICLE` characters keeps its first :data:`MAX_ARTICLE`.
"""

from __future__ import annotations

import re

MAX_TOKEN = 1_000
"""Characters of the longest token kept: longer than any word or ordinary link."""
MAX_PARAGRAPH = 1_000_000
"""Characters of the longest line kept: a paragraph longer than a book is none."""
MAX_ARTICLE = 10_000_000
"""Characters of the longest article kept (ten times a long book)."""

_LONG_TOKEN = re.compile(rf"(?<!\S)\S{{{MAX_TOKEN + 1},}}")  # from a token's start: linear


def bound_text(text: str) -> tuple[str, list[str]]:
    """``text`` within the bounds, and one note per cut.

    Parameters
    ----------
    text
        An article's text, with ``\\n`` line ends.

    Returns
    -------
    tuple
        The text kept, and notes such as "line 3: a token of 64,000 characters left out (longer
        than any word)".
    """
    notes: list[str] = []
    if len(text) > MAX_ARTICLE:
        notes.append(f"an article of {len(text):,} characters cut to its first {MAX_ARTICLE:,}")
        text = text[:MAX_ARTICLE]
    if len(text) > MAX_TOKEN and _LONG_TOKEN.search(text):
        text = _without_long_tokens(text, notes)
    if len(text) > MAX_PARAGRAPH:
        text = _short_lines(text, notes)
    return text, notes


def _without_long_tokens(text: str, notes: list[str]) -> str:
    parts, kept, line, counted = [], 0, 1, 0
    for match in _LONG_TOKEN.finditer(text):
        line += text.count("\n", counted, match.start())
        counted = match.start()
        notes.append(f"line {line}: a token of {len(match.group()):,} characters left out "
                     "(longer than any word)")
        parts.append(text[kept:match.start()])
        kept = match.end()
    parts.append(text[kept:])
    return "".join(parts)


def _short_lines(text: str, notes: list[str]) -> str:
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_PARAGRAPH:
            notes.append(f"line {number}: a paragraph of {len(line):,} characters without a "
                         f"line break cut to its first {MAX_PARAGRAPH:,}")
            lines[number - 1] = line[:MAX_PARAGRAPH]
    return "\n".join(lines)

"""Plain text (``.txt``): the first non-empty line that is not scraping noise is the title when
it reads as a heading (short, no closing full stop); the text is what follows it."""

from __future__ import annotations

import re
from pathlib import Path

from geomap.errors import DocumentError
from geomap.models import Document
from geomap.readers.fields import doc_id, shown

# Lines that scrapers leave above an article: navigation links, bare numbers, photo credits.
_NOISE = re.compile(
    r"^(link to (the )?main version|skip to (main )?content|advertisement|share( this)?( article)?"
    r"|read more|subscribe|menu|home|[\W\d_]*|(photo|снимка|фото|image)\s*:.*)$",
    re.IGNORECASE,
)
_TITLE_MAX = 200


def from_text(path: Path, text: str) -> Document:
    lines = text.split("\n")
    offset = 0
    ident = doc_id(path)
    for line in lines:
        stripped = line.strip()
        if stripped and not _NOISE.match(stripped):
            if len(stripped) <= _TITLE_MAX and not stripped.endswith((".", "!", "?", '"')):
                body = text[offset + len(line):].lstrip("\n")
                return Document(id=ident, text=body if body.strip() else stripped,
                                title=stripped, path=path)
            break
        offset += len(line) + 1
    body = text[offset:]
    if not body.strip():
        msg = f"{shown(path)}: no article text (only navigation or blank lines)"
        raise DocumentError(msg)
    return Document(id=ident, text=body, path=path)



"""The language of a document: as its metadata gives it, or detected offline.

Detection uses ``py3langid`` (BSD-3-Clause; its model is installed with it, nothing is
downloaded), restricted to the languages geomap reads (:data:`LANGUAGES`), on the first
:data:`SAMPLE` characters. A sample whose letters are all ASCII is English without asking the
model: English articles, geomap's default path, pay nothing for detection.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

LANGUAGES = ("en", "uk", "ru", "bg", "fr")
"""The languages detection chooses among (ISO 639-1)."""
SAMPLE = 600  # characters of the text the model reads
_ASCII = re.compile(r"[\x00-\x7f]+")  # a sample's letters outside these ask the model
_CODE = re.compile(r"([a-z]{2})(?:[-_][a-z0-9]+)*")


def normalise(given: str | None) -> str | None:
    """An ISO 639-1 code from a metadata value ("en-US", "uk_UA", "RU"), or ``None`` when the
    value is no such code."""
    if not given:
        return None
    found = _CODE.fullmatch(given.strip().casefold())
    return found.group(1) if found else None


def detect(text: str) -> str:
    """The likeliest of :data:`LANGUAGES` for ``text``."""
    sample = text[:SAMPLE]
    if sample.isascii() or not any(c.isalpha() for c in _ASCII.sub("", sample)):
        return "en"
    return str(_identifier().classify(sample)[0])


def language_of(given: str | None, text: str) -> str:
    """The document's language: the one its metadata gives, else the detected one."""
    return normalise(given) or detect(text)


@cache
def _identifier() -> Any:
    from py3langid import langid

    identifier = langid.LanguageIdentifier.from_modelpath(langid.MODEL_DIR / langid.MODEL_FILE,
                                                          norm_probs=False)
    identifier.set_languages(list(LANGUAGES))
    return identifier

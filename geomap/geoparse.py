"""Batch geoparsing: documents in, one JSON record of toponyms per document out.

The record format is the one the evaluation scorer reads::

    {"id": ..., "toponyms": [{"start", "end", "name", "lat", "lon", "geonameid", "role",
                              "score", "feature_code", "country_code"}]}

Offsets index the input ``text``. All three roles are reported (``location``, ``actor``,
``qualifier``), each with the coordinates of the place it stands for.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from geomap.gazetteer import Gazetteer
from geomap.models import Bias, Document, Toponym
from geomap.recognize import find_mentions
from geomap.resolve import resolve


def geoparse_documents(docs: Iterable[Document], gazetteer: Gazetteer,
                       bias: Bias | None = None) -> Iterator[dict[str, Any]]:
    """Geoparse each document.

    Parameters
    ----------
    docs
        Articles.
    gazetteer
        The open gazetteer.
    bias
        An optional area of interest (see :func:`geomap.resolve.resolve`).

    Yields
    ------
    dict
        ``{"id": ..., "toponyms": [...]}`` per document, in input order.
    """
    for doc in docs:
        toponyms = resolve(doc, find_mentions(doc, gazetteer), gazetteer, bias)
        yield {"id": doc.id, "toponyms": [toponym_json(t) for t in toponyms]}


def toponym_json(toponym: Toponym) -> dict[str, Any]:
    """One toponym in the batch format."""
    place = toponym.place
    return {
        "start": toponym.mention.start,
        "end": toponym.mention.end,
        "name": toponym.mention.text,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "geonameid": place.geonameid if place else None,
        "role": toponym.role,
        "score": toponym.score,
        "feature_code": place.feature_code if place else None,
        "country_code": place.country_code if place else None,
    }

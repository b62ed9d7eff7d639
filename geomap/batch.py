"""Batch geoparsing: documents in, one record of toponyms per document out (``geomap geoparse``).

The record is what the evaluation scorer reads, one JSON line per document; events are not
extracted, so this path imports only the geoparsing stages.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from geomap.gazetteer import Gazetteer
from geomap.geoparse import find_mentions, resolve
from geomap.models import Bias, Document
from geomap.outputs.records import toponym_json


def geoparse_documents(docs: Iterable[Document], gazetteer: Gazetteer,
                       bias: Bias | None = None) -> Iterator[dict[str, Any]]:
    """Geoparse each document into the record ``geomap geoparse`` writes as one JSON line.

    The record is ``{"id": ..., "toponyms": [...]}``, each toponym as
    :func:`geomap.outputs.records.toponym_json` gives it: all three roles (``location``,
    ``actor``, ``qualifier``), each with the coordinates of the place it stands for, offsets into
    the input ``text``. Events are not extracted.

    Parameters
    ----------
    docs
        Articles.
    gazetteer
        The open gazetteer.
    bias
        An optional area of interest (see :func:`geomap.geoparse.resolve`).

    Yields
    ------
    dict
        One record per document, in input order.
    """
    for doc in docs:
        toponyms = resolve(doc, find_mentions(doc, gazetteer), gazetteer, bias)
        yield {"id": doc.id, "toponyms": [toponym_json(t) for t in toponyms]}

"""Batch geoparsing: documents in, one record of toponyms per document out (``geomap geoparse``).

The record is what the evaluation scorer reads, one JSON line per document; events are not
extracted, so this path imports only the geoparsing stages.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from geomap.gazetteer import Gazetteer
from geomap.geoparse import find_mentions, resolve
from geomap.models import Bias, Document
from geomap.outputs.records import toponym_alternatives, toponym_json

log = logging.getLogger(__name__)


def geoparse_documents(docs: Iterable[Document], gazetteer: Gazetteer,
                       bias: Bias | None = None, *, explain: bool = False
                       ) -> Iterator[dict[str, Any]]:
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
    explain
        Give each toponym its runner-up candidates with their scores (``alternatives``) and
        why its place was chosen (``why``).

    Yields
    ------
    dict
        One record per document, in input order; a document whose processing failed has no
        toponyms and an ``error`` saying why (one article never ends the batch).
    """
    for doc in docs:
        try:
            toponyms = resolve(doc, find_mentions(doc, gazetteer), gazetteer, bias,
                               explain=explain)
        except Exception as exc:  # any failure of one article, whatever its cause
            log.warning("%s: its processing failed", doc.id, exc_info=True)
            yield {"id": doc.id, "toponyms": [],
                   "error": f"its processing failed ({type(exc).__name__}: {str(exc)[:200]})"}
            continue
        yield {"id": doc.id, "toponyms": [
            {**toponym_json(t), "alternatives": toponym_alternatives(t), "why": t.why} if explain
            else toponym_json(t) for t in toponyms]}

"""Decide when an event happened.

This first version knows one rule: an event the sentence does not date took place on the
publication day (``date_basis`` ``published``, precision ``day``); with no publication date the
date is unknown. Temporal expressions in the sentence ("on Monday", "in February 2024", "more than
two years ago") are read by a later version of this module.
"""

from __future__ import annotations

import datetime as dt

from geomap.models import UNKNOWN_DATE, EventDate


def resolve_dates(sentence: str, published: dt.date | None) -> EventDate:
    """Date an event reported in ``sentence``.

    Parameters
    ----------
    sentence
        The sentence that reports the event.
    published
        The article's publication date, if known.

    Returns
    -------
    EventDate
        The representative day with its range, precision and the rule that decided it.
    """
    del sentence  # read by the temporal-expression rules to come
    if published is None:
        return UNKNOWN_DATE
    return EventDate(published, published, published, "day", "published")

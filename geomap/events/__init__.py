"""Events: what the text reports at each place (:func:`extract_events`), and the same event in
several articles merged into one (:func:`merge_events`).

- :mod:`~geomap.events.extract`: triggers linked to places, one event per place and cue;
- :mod:`~geomap.events.cues`: event cues in ACLED's vocabulary, and clauses that report none;
- :mod:`~geomap.events.attribution`: sources, actors and fatalities;
- :mod:`~geomap.events.dates`: when, from the text and the publication date;
- :mod:`~geomap.events.merge`: across articles.
"""

from geomap.events.extract import extract_events
from geomap.events.merge import MergeGroup, merge_events

__all__ = ["MergeGroup", "extract_events", "merge_events"]

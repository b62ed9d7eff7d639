"""A starter project for an analyst (``geomap init DIR``): collections of articles, one map each.

The project holds ``articles/<name>/`` folders (one per collection: a channel, an outlet, a
front), a ``Makefile`` that maps each into ``maps/<name>/`` when an article changed and does
nothing otherwise (``make``, or ``make -j2`` to map two collections at once), an
``overrides.tsv`` for the project's own gazetteer corrections (the project's store is rebuilt
when it changes) and a five-line ``README.md``. The Makefile calls ``geomap`` from ``PATH``.
"""

from __future__ import annotations

from pathlib import Path

from geomap.errors import GeomapError

MAKEFILE = """\
# geomap project: `make` maps each folder of articles/ into maps/<name>/, only when one of its
# articles changed; `make -j2` maps two collections at once. Written by `geomap init`.
GEOMAP ?= geomap
COLLECTIONS := $(notdir $(wildcard articles/*))
STORE := .geomap/geomap.sqlite
export GEOMAP_GAZETTEER := $(CURDIR)/$(STORE)

.PHONY: all clean
all: $(COLLECTIONS:%=maps/%/latest/index.html)

# the project's gazetteer: the packaged one with overrides.tsv applied, rebuilt when it changes
$(STORE): overrides.tsv
\t$(GEOMAP) gazetteer build --overrides overrides.tsv --gazetteer $@

.SECONDEXPANSION:
# exit status 2 (a file skipped, with a warning) still makes a map
maps/%/latest/index.html: $(STORE) $$(shell find articles/$$* -not -path '*/.*')
\t$(GEOMAP) -q run articles/$* --out maps/$* --title "$*" || [ $$? -eq 2 ]
\t@touch $@

clean:
\trm -rf maps .geomap
"""

OVERRIDES = """\
# This project's corrections to the gazetteer, applied when `make` rebuilds its store.
# action: add (a new place: target is its id, above 910000000 for your own places; lat, lon,
#         feature_code and country_code needed), alias (name -> target), suppress (the name no
#         longer finds target), move (target gets lat, lon).
# target: a GeoNames id, a geomap id, or an admin1 code such as US.TX. Keep a source for every row.
action\tname\ttarget\tlat\tlon\tfeature_code\tcountry_code\tsource
"""

README = """\
# geomap project
Put each collection of articles in its own folder under `articles/` (text, Markdown, HTML, JSON
Lines, feeds, Telegram exports, CSV): `articles/<name>/` becomes the map `maps/<name>/latest/`.
Run `make` (or `make -j2`); a collection is mapped again only when one of its articles changed.
Correct a place in `overrides.tsv` (see its header); `make` then rebuilds the project's gazetteer.
"""

EXAMPLE = """\
---
title: Example article (replace with your own)
published: 2025-03-04
source: Example desk
---
Russian artillery shelled Kharkiv on Monday, killing two civilians, the regional governor said.
"""

FILES = {"Makefile": MAKEFILE, "overrides.tsv": OVERRIDES, "README.md": README,
         "articles/example/example.md": EXAMPLE}
"""What ``geomap init`` writes, by path in the project."""


def init_project(folder: Path) -> list[Path]:
    """Write a starter project into ``folder`` (created when missing).

    Parameters
    ----------
    folder
        The project folder.

    Returns
    -------
    list of Path
        The files written.

    Raises
    ------
    GeomapError
        When one of the files exists already (nothing is written then) or cannot be written.
    """
    taken = [folder / name for name in FILES if (folder / name).exists()]
    if taken:
        msg = (f"{folder}: not a new project, these exist already: "
               f"{', '.join(str(p.relative_to(folder)) for p in taken)}")
        raise GeomapError(msg)
    written = []
    try:
        for name, text in FILES.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(path)
    except OSError as exc:
        msg = f"{folder}: the project could not be written ({exc.strerror or exc})"
        raise GeomapError(msg) from None
    return written

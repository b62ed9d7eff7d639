"""Errors raised by geomap.

One root, :class:`GeomapError`; every leaf also inherits the matching builtin so that callers can
catch either (``except ValueError`` catches a :class:`DocumentError`).
"""

from __future__ import annotations


class GeomapError(Exception):
    """Root of every error geomap raises on purpose."""


class DocumentError(GeomapError, ValueError):
    """An input file or line cannot be read as an article.

    The message names the file (and line for JSON Lines) and the problem.
    """


class GazetteerError(GeomapError, RuntimeError):
    """The gazetteer store is missing, unreadable or of an unknown version."""


class GazetteerMissingError(GazetteerError, FileNotFoundError):
    """No gazetteer store exists at the expected path (build it with ``make gazetteer``)."""


class GazetteerWriteError(GazetteerError):
    """The gazetteer store could not be written (a full disk); an existing store is kept. The
    command line exits with 1."""

    exit_code = 1


class RunError(GeomapError, RuntimeError):
    """A run could not complete; earlier runs are left as they were."""


class WriteError(RunError, OSError):
    """A run's files could not be written (a full disk, no permission); earlier runs are left
    as they were. The command line exits with 1, as on any failure of the machine."""

    exit_code = 1

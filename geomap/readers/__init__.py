"""Reading articles: one module per input format, and the decoding of bytes into text.

:func:`read_documents` reads files and folders into :class:`~geomap.models.Document` objects and
a list of problems (files or lines skipped, encodings guessed); :func:`expand_paths` lists the
article files below folders.
"""

from geomap.readers.fields import parse_published
from geomap.readers.read import (
    MAX_FILE_BYTES,
    SUFFIXES,
    expand_paths,
    read_document,
    read_documents,
)

__all__ = ["MAX_FILE_BYTES", "SUFFIXES", "expand_paths", "parse_published", "read_document",
           "read_documents"]

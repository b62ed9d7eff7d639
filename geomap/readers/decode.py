"""Turn an article file's bytes into text, whatever encoding it came in.

In order: a byte order mark (UTF-8, UTF-16, UTF-32) is honoured and removed; NUL bytes near the
start mean a binary file; then UTF-8; then, for HTML, the encoding its ``<meta charset>``
declares; then UTF-8 damaged by a few bad bytes (a file cut mid-character), those bytes becoming
U+FFFD; then a legacy encoding (cp1251 Cyrillic news is common) detected by charset-normalizer
when the bytes are clearly text in it. The last two are guesses, and say so.

Reads nothing from disk: :mod:`geomap.readers.files` hands the bytes in.
"""

from __future__ import annotations

import codecs
import re

_UNWRITABLE = re.compile("[\x00\ud800-\udfff]")  # NUL and lone surrogates
_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
         (b"\xef\xbb\xbf", "utf-8"), (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))
# Legacy encodings of news archives. charset-normalizer chooses among these only: left to all of
# Python's codecs it reads KOI8-R Cyrillic as Shift JIS.
_LEGACY = ("cp1251", "koi8_r", "koi8_u", "cp866", "mac_cyrillic", "iso8859_5", "cp1252",
           "cp1250", "iso8859_2", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
           "gb18030", "big5", "cp932", "euc_jp", "euc_kr")
_MULTIBYTE = frozenset({"gb18030", "big5", "cp932", "euc_jp", "euc_kr"})
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([\w.:-]{1,40})", re.I)
_MAX_CHAOS = 0.1  # charset-normalizer's share of "mess" in the decoded text
_MIN_COHERENCE = 0.2  # how much a single-byte decoding must look like some language
_MIN_MULTIBYTE = 32  # non-ASCII bytes needed before a multi-byte encoding can be told
_HIGH = bytes(range(0x80, 0x100))


class NotTextError(ValueError):
    """The bytes are not text in any encoding that can be told; the message says why."""


def clean_text(text: str) -> str:
    """Replace NUL and lone surrogates, which UTF-8 files cannot hold, with U+FFFD.

    One character replaces one, so offsets into the text are kept.

    Parameters
    ----------
    text
        Any string, such as a JSON string value or a file name undecodable as UTF-8.

    Returns
    -------
    str
    """
    return _UNWRITABLE.sub("\ufffd", text) if _UNWRITABLE.search(text) else text


def decode_text(data: bytes, *, html: bool = False) -> tuple[str, str | None]:
    """Decode an article file.

    Parameters
    ----------
    data
        The file's bytes, not empty.
    html
        Believe a ``<meta charset>`` declaration.

    Returns
    -------
    (str, str or None)
        The text with NUL and lone surrogates replaced (line ends untouched), and a note saying
        what was assumed when the encoding was guessed (``None`` when it was not).

    Raises
    ------
    NotTextError
        Binary data, or text in no encoding that can be told.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return clean_text(data[len(bom):].decode(codec)), None
            except UnicodeDecodeError:
                break  # not text after all: the checks below say what it is
    if b"\x00" in data[:8192]:
        msg = "binary file (contains NUL bytes), not an article"
        raise NotTextError(msg)
    try:
        return clean_text(data.decode("utf-8")), None
    except UnicodeDecodeError as exc:
        failure = exc
    declared = _declared_charset(data) if html else None
    if declared is not None:
        return clean_text(declared), None
    text = _damaged_utf8(data, cut=failure.start >= len(data) - 3 and failure.end == len(data))
    if text is not None:
        bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
        return clean_text(text), (f"not valid UTF-8 (byte {failure.start}); read as UTF-8 with "
                                  f"{bad} bad byte sequence(s) replaced by U+FFFD")
    guess = _guess_encoding(data)
    if guess is not None:
        return clean_text(guess[0]), (f"not UTF-8; decoded as {guess[1]}, the encoding "
                                      "detected (check the text)")
    where = failure.start
    msg = (f"not valid UTF-8 (byte {where}: {data[where:where + 1]!r}) nor clearly text in "
           "another encoding")
    raise NotTextError(msg)


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        codec = codecs.lookup(match.group(1).decode("ascii")).name
        if codec.startswith(("utf-8", "utf-16", "utf-32")):
            return None  # declared UTF, yet not valid: guess instead
        return data.decode(codec)
    except (LookupError, UnicodeDecodeError):
        return None


def _damaged_utf8(data: bytes, *, cut: bool) -> str | None:
    """UTF-8 text with a few bad bytes, or ``None``.

    It is UTF-8 when it is valid up to a character cut at its very end (``cut``), or when its
    valid multi-byte characters outnumber its invalid bytes ten to one: text in a legacy encoding
    seldom holds even one valid UTF-8 sequence.
    """
    text = data.decode("utf-8", errors="replace")
    if cut:
        return text
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    wide = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    return text if bad > 0 and wide >= 10 * bad else None


def _guess_encoding(data: bytes) -> tuple[str, str] | None:
    """The text in the legacy encoding charset-normalizer finds, when it finds one clearly."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(_LEGACY)).best()
    if best is None or best.chaos > _MAX_CHAOS:
        return None
    if best.encoding in _MULTIBYTE:
        if len(data) - len(data.translate(None, _HIGH)) < _MIN_MULTIBYTE:
            return None
    elif best.coherence < _MIN_COHERENCE:
        return None
    return str(best), best.encoding

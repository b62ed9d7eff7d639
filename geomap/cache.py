"""Keep each article's geoparsing result on disk, so that unchanged articles are not parsed again.

An entry holds what the text stages made of one document (:class:`Parsed`: its toponyms and its
events) as gzip-compressed JSON, in ``<folder>/v1/<key[:2]>/<key>.json.gz``. The key is a SHA-256
digest of

- the document's content: id, text, title, source, URL, publication date and language (not the
  file it came from, so a moved file is still found);
- the gazetteer's version (:attr:`geomap.gazetteer.Gazetteer.version`: its sources and build
  code);
- geomap's version and a digest of the package's source files, so that a code change (even one
  that does not bump the version) never serves results of the old code.

The folder is safe to delete at any time, whole or file by file. Entries are written to a
temporary file and renamed into place, so readers never see half an entry; an entry that cannot be
read, is not valid JSON, or does not have the expected shape is ignored (and rewritten), never an
error. Concurrent runs may share a folder.

The JSON codec (:func:`encode_parsed`, :func:`decode_parsed`) is also what the dask engine
(:mod:`geomap.engine`) uses to bring partition results back into the run.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import hashlib
import json
import logging
import os
import secrets
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from geomap.models import Bias, Document, Event, EventDate, Mention, Place, Toponym

log = logging.getLogger(__name__)

FORMAT = 3
"""Version of the entry format; a change makes a new ``v<N>`` folder."""
_ROLES = frozenset({"location", "actor", "qualifier"})
_PRECISIONS = frozenset({"day", "week", "month", "year", "unknown"})
_BASES = frozenset({"explicit", "relative", "published", "unknown"})
_CODE_SUFFIXES = frozenset({".py", ".txt", ".tsv", ".json", ".re"})  # what the text stages run on
_UNREADABLE = (OSError, EOFError, zlib.error, ValueError, TypeError, KeyError, IndexError,
               RecursionError)


@dataclass(frozen=True, slots=True)
class Parsed:
    """What the text stages made of one document.

    Parameters
    ----------
    toponyms
        From :func:`geomap.geoparse.resolve.resolve`, in text order.
    events
        From :func:`geomap.events.extract.extract_events`, in its order.
    failure
        Why the document's processing failed, naming it; its results are then empty, the run
        goes on and lists the failure among its warnings. A failure is never cached.
    notes
        What the processing left out and the run lists among its warnings ("a toll of
        10000000000000000000 is beyond any event's"), each naming the document.
    """

    toponyms: tuple[Toponym, ...] = ()
    events: tuple[Event, ...] = ()
    failure: str | None = None
    notes: tuple[str, ...] = ()


class ArticleCache:
    """A folder of per-document results for one gazetteer version and one geomap build.

    Parameters
    ----------
    folder
        Where entries live (created on first write).
    gazetteer_version
        The version of the gazetteer the results were resolved against.
    bias
        The area of interest the results were resolved with, if any.
    """

    def __init__(self, folder: Path, gazetteer_version: str, bias: Bias | None = None) -> None:
        self.folder = Path(folder)
        self._root = self.folder / f"v{FORMAT}"
        area = bias.describe() if bias else ""
        context = (f"{FORMAT}\x1f{_geomap_version()}\x1f{code_digest()}\x1f{gazetteer_version}"
                   f"\x1f{area}")
        self._context = hashlib.sha256(context.encode()).digest()
        self._made: set[Path] = set()
        self._places: dict[tuple[Any, ...], Place] = {}  # one object per place read

    def key(self, doc: Document) -> str:
        """The entry key of ``doc``: its content with the gazetteer and code versions."""
        published = doc.published.isoformat() if doc.published else None
        content = json.dumps([doc.id, doc.text, doc.title, doc.source, doc.url, published,
                              doc.language], ensure_ascii=False)
        digest = hashlib.sha256(self._context)
        digest.update(content.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def get(self, doc: Document, key: str | None = None) -> Parsed | None:
        """The stored result for ``doc``, or ``None`` when there is none or it is unreadable."""
        key = key or self.key(doc)
        path = self._path(key)
        try:
            data = json.loads(gzip.decompress(path.read_bytes()))
            if data["format"] != FORMAT or data["key"] != key:
                msg = "not this entry"
                raise ValueError(msg)
            return decode_parsed(data["result"], doc, shared=self._places)
        except FileNotFoundError:
            return None
        except _UNREADABLE as exc:
            log.debug("%s: cache entry ignored (%s: %s)", path, type(exc).__name__, exc)
            return None

    def put(self, doc: Document, parsed: Parsed, key: str | None = None) -> None:
        """Store the result for ``doc``; a failure to write is logged, never raised."""
        key = key or self.key(doc)
        path = self._path(key)
        entry = {"format": FORMAT, "key": key, "document": doc.id,
                 "result": encode_parsed(parsed)}
        data = gzip.compress(json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
                             .encode("utf-8", "surrogatepass"), compresslevel=5, mtime=0)
        tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(8)}")
        try:
            if path.parent not in self._made:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._made.add(path.parent)
            tmp.write_bytes(data)
            os.replace(tmp, path)
        except OSError as exc:
            log.debug("%s: not cached (%s)", path, exc)
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)

    def _path(self, key: str) -> Path:
        return self._root / key[:2] / f"{key}.json.gz"


def encode_parsed(parsed: Parsed) -> dict[str, Any]:
    """A JSON-ready form of ``parsed``; places are listed once and referred to by id."""
    places: dict[int, Place] = {}
    toponyms = [_encode_toponym(t, places) for t in parsed.toponyms]
    events = [_encode_event(e, places) for e in parsed.events]
    return {"places": [_encode_place(p) for p in places.values()], "toponyms": toponyms,
            "events": events, "notes": list(parsed.notes)}


def decode_parsed(data: Any, doc: Document, *, shared: dict[tuple[Any, ...], Place] | None = None
                  ) -> Parsed:
    """Rebuild what :func:`encode_parsed` wrote; the events are attached to ``doc``.

    Parameters
    ----------
    data
        The decoded JSON.
    doc
        The document the result belongs to.
    shared
        Places decoded before, to reuse (one object per place, as the gazetteer gives them).

    Raises
    ------
    ValueError, TypeError, KeyError, IndexError
        When ``data`` does not have the shape :func:`encode_parsed` gives.
    """
    shared = {} if shared is None else shared
    places = {place.geonameid: place for place in
              (_decode_place(row, shared) for row in _list(data["places"]))}
    toponyms = tuple(_decode_toponym(t, places) for t in _list(data["toponyms"]))
    events = tuple(_decode_event(e, places, doc) for e in _list(data["events"]))
    return Parsed(toponyms, events, notes=tuple(str(n) for n in _list(data.get("notes", []))))


def decode_many(payloads: Iterable[str], doc: Document, *,
                shared: dict[tuple[Any, ...], Place] | None = None) -> Parsed:
    """Decode and join several :func:`encode_parsed` JSON texts of one document, in order."""
    toponyms: list[Toponym] = []
    events: list[Event] = []
    notes: list[str] = []
    for payload in payloads:
        part = decode_parsed(json.loads(payload), doc, shared=shared)
        toponyms += part.toponyms
        events += part.events
        notes += part.notes
    return Parsed(tuple(toponyms), tuple(events), notes=tuple(notes))


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of geomap's source and data files (every subpackage, the word lists included):
    results of other code are never reused."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    files = (p for p in package.rglob("*") if p.suffix in _CODE_SUFFIXES and p.is_file())
    for path in sorted(files, key=lambda p: p.relative_to(package).as_posix()):
        name = path.relative_to(package).as_posix()
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _geomap_version() -> str:
    try:
        return metadata.version("geomap")
    except metadata.PackageNotFoundError:  # pragma: no cover - a bare checkout
        return "0+unknown"


def _encode_place(place: Place) -> list[Any]:
    return [place.geonameid, place.name, place.lat, place.lon, place.feature_class,
            place.feature_code, place.country_code, place.admin1_code, place.admin1,
            place.population]


def _decode_place(row: Any, shared: dict[tuple[Any, ...], Place]) -> Place:
    key = tuple(_list(row))  # scalars only: a nested list or mapping cannot be hashed
    place = shared.get(key)
    if place is None:
        gid, name, lat, lon, fclass, fcode, cc, a1code, a1, pop = key
        place = Place(_int(gid), _str(name), _float(lat), _float(lon), _str(fclass),
                      _str(fcode), _opt_str(cc), _opt_str(a1code), _opt_str(a1), _int(pop))
        shared[key] = place
    return place


def _encode_toponym(toponym: Toponym, places: dict[int, Place]) -> dict[str, Any]:
    mention = toponym.mention
    return {"mention": [mention.start, mention.end, mention.text],
            "place": _ref(toponym.place, places), "score": toponym.score, "role": toponym.role,
            "alternatives": [[_ref(p, places), s] for p, s in toponym.alternatives],
            "why": toponym.why}


def _decode_toponym(data: Any, places: dict[int, Place]) -> Toponym:
    # malformed data fails here with ValueError, TypeError or KeyError (an unknown place id)
    start, end, text = data["mention"]
    role = data["role"]
    if role not in _ROLES:
        msg = f"unknown role {role!r}"
        raise ValueError(msg)
    alternatives = tuple([(places[gid], _float(score)) for gid, score in
                          _list(data["alternatives"])])
    gid = data["place"]
    return Toponym(Mention(_int(start), _int(end), _str(text)),
                   None if gid is None else places[gid], _float(data["score"]), role,
                   alternatives, _str(data["why"]))


def _encode_event(event: Event, places: dict[int, Place]) -> dict[str, Any]:
    date = event.date
    return {
        "id": event.id, "toponym": _encode_toponym(event.toponym, places),
        "sentence": event.sentence, "start": event.start, "end": event.end,
        "date": [_iso(date.date), _iso(date.start), _iso(date.end), date.precision, date.basis],
        "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "actor1": event.actor1, "actor2": event.actor2, "fatalities": event.fatalities,
        "sources": list(event.sources), "geo_precision": event.geo_precision,
        "confidence": event.confidence, "mentions": event.mentions,
        "trigger": event.trigger, "link": event.link,
    }


def _decode_event(data: Any, places: dict[int, Place], doc: Document) -> Event:
    day, start, end, precision, basis = _list(data["date"])
    if precision not in _PRECISIONS or basis not in _BASES:
        msg = f"unknown date precision or basis {precision!r}, {basis!r}"
        raise ValueError(msg)
    fatalities = data["fatalities"]
    return Event(
        id=_str(data["id"]), document=doc, toponym=_decode_toponym(data["toponym"], places),
        sentence=_str(data["sentence"]), start=_int(data["start"]), end=_int(data["end"]),
        date=EventDate(_date(day), _date(start), _date(end), precision, basis),
        event_type=_opt_str(data["event_type"]), sub_event_type=_opt_str(data["sub_event_type"]),
        actor1=_opt_str(data["actor1"]), actor2=_opt_str(data["actor2"]),
        fatalities=None if fatalities is None else _int(fatalities),
        sources=tuple(_str(s) for s in _list(data["sources"])),
        geo_precision=_int(data["geo_precision"]), confidence=_float(data["confidence"]),
        mentions=_int(data["mentions"]), trigger=_opt_str(data["trigger"]),
        link=_opt_str(data["link"]),
    )


def _ref(place: Place | None, places: dict[int, Place]) -> int | None:
    if place is None:
        return None
    places.setdefault(place.geonameid, place)
    return place.geonameid


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(_str(value))


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        msg = f"expected a list, got {type(value).__name__}"
        raise TypeError(msg)
    return value


def _int(value: Any) -> int:
    if type(value) is not int:
        msg = f"expected an integer, got {type(value).__name__}"
        raise TypeError(msg)
    return value


def _float(value: Any) -> float:
    if type(value) not in (float, int):
        msg = f"expected a number, got {type(value).__name__}"
        raise TypeError(msg)
    return float(value)


def _str(value: Any) -> str:
    if not isinstance(value, str):
        msg = f"expected a string, got {type(value).__name__}"
        raise TypeError(msg)
    return value


def _opt_str(value: Any) -> str | None:
    return None if value is None else _str(value)

"""Publishing a run folder: atomic renames, the ``latest`` link, the run index, and cleaning up
what interrupted runs left.

Everything a run writes goes into a hidden temporary folder first; :func:`publish` renames it into
place under an exclusive lock, switches ``maps/latest`` by an atomic symlink replacement and
rewrites ``maps/index.html`` by an atomic file replacement.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import secrets
import shutil
import socket
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from geomap.errors import RunError
from geomap.processes import alive
from geomap.readers.decode import clean_text

log = logging.getLogger("geomap.run")

RUN_FILES = ("index.html", "events.geojson", "events.gpkg", "events.csv", "toponyms.geojson",
             "events.qml", "toponyms.qml", "run.json")
_TEMP = re.compile(r"\.(?:.+\.partial-|latest\.|index\.html\.)(?P<pid>\d+)"
                   r"(?:-[0-9a-f]+@(?P<host>.+))?")


def output_folder(out: Path) -> Path:
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        msg = f"cannot create the output folder {clean_text(str(out))} ({exc.strerror or exc})"
        raise RunError(msg) from None
    _remove_stale(out)
    return out


def owner() -> str:
    """A suffix for temporary names that no other run, thread or host can share."""
    return f"{os.getpid()}-{secrets.token_hex(8)}@{socket.gethostname()}"


def _remove_stale(out: Path) -> None:
    """Remove the temporary folders and files that dead processes of this host left in ``out``."""
    host = socket.gethostname()
    for entry in out.iterdir():
        match = _TEMP.fullmatch(entry.name)
        if match is None or match["host"] not in (None, host):
            continue
        pid = int(match["pid"])
        if pid == os.getpid() or alive(pid):
            continue
        log.info("%s: removing what an interrupted run left", clean_text(str(entry)))
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def publish(tmp: Path, out: Path, base: str, manifest: dict[str, Any]) -> Path:
    """Give the finished run its name, rename it into place, point ``latest`` at it, list it."""
    missing = [name for name in RUN_FILES if name != "run.json" and not (tmp / name).is_file()]
    if missing:
        msg = f"the run is incomplete ({', '.join(missing)} not written); nothing published"
        raise RunError(msg)
    for name in RUN_FILES[:-1]:
        _fsync(tmp / name)
    with _locked(out):
        final = _rename_free(tmp, out, base, manifest)
        _fsync(out)
        _point_latest(out, final.name)
        try:
            _write_run_index(out)
        except OSError as exc:  # the run is complete; the next run rewrites the index
            log.warning("%s: not updated (%s)", clean_text(str(out / "index.html")), exc)
        _fsync(out)
    return final


def _rename_free(tmp: Path, out: Path, base: str, manifest: dict[str, Any]) -> Path:
    """Rename ``tmp`` to ``base``, else ``base-2``, ...: the first name free at that moment.

    A rename onto a run folder (never empty) fails, so a name taken by a run that did not hold
    the lock is never overwritten.
    """
    for n in range(1, 10_000):
        run_id = base if n == 1 else f"{base}-{n}"
        final = out / run_id
        if final.exists() or final.is_symlink():
            continue
        manifest["run_id"] = run_id
        _write_json(tmp / "run.json", manifest)
        _fsync(tmp)
        try:
            os.rename(tmp, final)
        except OSError as exc:
            if exc.errno in (errno.EEXIST, errno.ENOTEMPTY, errno.ENOTDIR, errno.EISDIR):
                continue
            raise
        return final
    msg = f"no free run folder name for {base!r} in {clean_text(str(out))}"
    raise RunError(msg)


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` (released on exit, or when the process dies)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: the rename's failure on a taken name still keeps runs apart
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as exc:  # a file system without locks
            log.debug("%s: cannot lock (%s)", folder, exc)
        yield
    finally:
        os.close(fd)


class Streamed:
    """A list of ``run.json`` written an item at a time, from the iterable that ``items``
    gives when the file is written (a run's merges and changes can be millions long)."""

    def __init__(self, items: Callable[[], Iterable[Any]]) -> None:
        self.items = items


def _write_json(path: Path, value: Any) -> None:
    with path.open("w", encoding="utf-8") as fh:
        _dump(fh, value, 0)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())


def _dump(fh: TextIO, value: Any, level: int) -> None:
    """Write ``value`` as ``json.dumps(value, indent=2)`` would at nesting ``level``, with the
    :class:`Streamed` lists in it written an item at a time."""
    pad = "  " * level
    if isinstance(value, Streamed):
        first = True
        for item in value.items():
            fh.write(("[\n" if first else ",\n") + pad + "  " + _text(item, level + 1))
            first = False
        fh.write("[]" if first else "\n" + pad + "]")
    elif isinstance(value, dict) and value:
        for n, (key, item) in enumerate(value.items()):
            fh.write(("{\n" if n == 0 else ",\n") + pad + "  " + _text(key, 0) + ": ")
            _dump(fh, item, level + 1)
        fh.write("\n" + pad + "}")
    else:
        fh.write(_text(value, level))


def _text(value: Any, level: int) -> str:
    return clean_text(json.dumps(value, indent=2, ensure_ascii=False)).replace(
        "\n", "\n" + "  " * level)


def _fsync(path: Path) -> None:
    """Flush a file or a folder's entries to disk, so that a power cut cannot undo a rename."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # folders cannot be synced on some systems
        pass
    finally:
        os.close(fd)


def _point_latest(out: Path, run_id: str) -> None:
    tmp = out / f".latest.{owner()}"
    os.symlink(run_id, tmp, target_is_directory=True)
    try:
        os.replace(tmp, out / "latest")
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write_run_index(out: Path) -> None:
    from geomap.outputs.page import render_run_index

    runs = []
    for folder in sorted(out.iterdir(), reverse=True):
        if folder.name.startswith(".") or folder.is_symlink() or not folder.is_dir():
            continue
        manifest = _read_manifest(folder / "run.json")
        if manifest is not None:
            runs.append(manifest)
    tmp = out / f".index.html.{owner()}"
    try:
        render_run_index(runs, tmp)
        _fsync(tmp)
        os.replace(tmp, out / "index.html")
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


_LONG_MEMBERS = b'\n  "merges": '
"""Where ``run.json``'s long lists begin: the run index reads a large manifest up to there."""
_LARGE_MANIFEST = 16 * 2**20


def _read_manifest(path: Path) -> dict[str, Any] | None:
    """A run's manifest when it has the shape the run index needs, else ``None``; of a large
    one (a run of millions of events lists them in its merges and changes), only what comes
    before its long lists is read."""
    if not path.is_file():
        return None  # not a run folder
    try:
        if path.stat().st_size <= _LARGE_MANIFEST:
            manifest = json.loads(path.read_text(encoding="utf-8"))
        else:
            manifest = json.loads(_head(path) + b"\n}")
    except (OSError, ValueError, RecursionError):
        manifest = None
    if (isinstance(manifest, dict) and isinstance(manifest.get("counts", {}), dict)
            and isinstance(manifest.get("inputs", []), list)
            and all(isinstance(i, dict) for i in manifest.get("inputs", []))
            and all(type(v) is int for v in manifest.get("counts", {}).values())):
        return manifest
    log.warning("%s: unreadable run manifest; left out of the run index", clean_text(str(path)))
    return None


def _head(path: Path) -> bytes:
    """A large manifest's text up to its long lists, without its last comma."""
    head = b""
    with path.open("rb") as fh:
        while _LONG_MEMBERS not in head and len(head) < _LARGE_MANIFEST:
            block = fh.read(2**20)
            if not block:
                break
            head += block
    at = head.find(_LONG_MEMBERS)
    if at < 0 or not head[:at].endswith(b","):
        msg = "no long lists where they belong"
        raise ValueError(msg)
    return head[:at - 1]

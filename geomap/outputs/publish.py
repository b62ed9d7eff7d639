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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

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
    return f"{os.getpid()}-{secrets.token_hex(4)}@{socket.gethostname()}"


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


def _write_json(path: Path, value: Any) -> None:
    text = clean_text(json.dumps(value, indent=2, ensure_ascii=False)) + "\n"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())


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


def _read_manifest(path: Path) -> dict[str, Any] | None:
    """A run's manifest when it has the shape the run index needs, else ``None``."""
    if not path.is_file():
        return None  # not a run folder
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        manifest = None
    if (isinstance(manifest, dict) and isinstance(manifest.get("counts", {}), dict)
            and isinstance(manifest.get("inputs", []), list)
            and all(isinstance(i, dict) for i in manifest.get("inputs", []))
            and all(type(v) is int for v in manifest.get("counts", {}).values())):
        return manifest
    log.warning("%s: unreadable run manifest; left out of the run index", clean_text(str(path)))
    return None

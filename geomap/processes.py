"""Processes that leave temporary files: whose they are, and whether their owner still runs.

A run, a dask partition folder and a gazetteer build each write under a temporary name that
carries the process id and host, and rename it into place when done. A process killed meanwhile
leaves the temporary behind; the next process of the same host removes what dead ones left.
"""

from __future__ import annotations

import os
import socket


def alive(pid: int) -> bool:
    """Whether a process of this host with this id runs (someone else's counts)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: alive, someone else's
        return True
    return True


def host() -> str:
    """This machine's name, as temporary names carry it."""
    return socket.gethostname()

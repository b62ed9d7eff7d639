"""Where a run's partitions are processed: in this process, or by dask's workers.

:class:`Workers` is opened once per run and maps a function over a stream of tasks (one partition
each), giving the results in the tasks' order as they come: ``local`` calls it here, one task
after the other; ``dask`` submits the tasks to the workers of a ``dask.distributed`` cluster,
the one at the scheduler address given, else a local cluster of ``workers`` processes started for
the run. A window of tasks is kept in flight (:data:`IN_FLIGHT` a worker), so the workers never
wait for this process to read the next articles or to write the last results, and no more than
the window is held in memory. Tasks and results travel by pickling: they hold data and paths,
never open connections.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from types import TracebackType
from typing import Any, TypeVar

from geomap.errors import GazetteerError, RunError

T = TypeVar("T")
R = TypeVar("R")
J = TypeVar("J")

IN_FLIGHT = 3
"""Tasks submitted ahead of the results taken, per worker."""


class Workers:
    """The run's engine, as a context manager.

    Parameters
    ----------
    engine
        ``local`` or ``dask``.
    scheduler
        Address of a ``dask.distributed`` scheduler; ``None`` starts a local cluster.
    workers
        Processes of the local cluster (default: the machine's cores).
    """

    def __init__(self, engine: str, scheduler: str | None = None,
                 workers: int | None = None) -> None:
        self.engine = engine
        self.scheduler = scheduler if engine == "dask" else None
        self.count = 1 if engine == "local" else workers or os.cpu_count() or 1
        self._client: Any = None
        self._open = ExitStack()  # what __exit__ closes, in reverse order

    def __enter__(self) -> Workers:
        if self.engine != "dask":
            return self
        try:
            self._start()
        except BaseException:
            self._open.close()  # what started before the failure
            raise
        return self

    def _start(self) -> None:
        import dask
        import distributed

        dist: Any = distributed  # no type annotations
        # dask keeps the last messages a connection sent, for its developers: a thousand of
        # them would hold a thousand partitions of articles in memory
        self._open.enter_context(dask.config.set({"distributed.admin.low-level-log-length": 8}))
        cluster = None
        if not self.scheduler:
            # one thread a process: the text stages hold the GIL
            cluster = self._open.enter_context(dist.LocalCluster(
                n_workers=self.count, threads_per_worker=1, processes=True,
                dashboard_address=":0", host="127.0.0.1", silence_logs=40))
        try:
            # waits as long as the dask setting distributed.comm.timeouts.connect says
            client = dist.Client(cluster or self.scheduler, set_as_default=False)
        except OSError as exc:
            msg = f"cannot reach the dask scheduler at {self.scheduler} ({exc})"
            raise RunError(msg) from None
        self._client = self._open.enter_context(client)
        if self.scheduler:
            self.count = max(1, sum(client.ncores().values()))

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._open.close()

    def imap(self, func: Callable[[T, J], R], tasks: Iterable[T], job: J, *,
             where: str = "") -> Iterator[R]:
        """``func(task, job)`` for each task, computed by the engine, in the tasks' order.

        Raises
        ------
        RunError
            When a dask worker cannot open a file it needs (``where`` says which folder it
            must see).
        """
        if self.engine != "dask":
            for task in tasks:
                yield func(task, job)
            return
        pending: deque[Any] = deque()
        try:
            for task in tasks:
                pending.append(self._client.submit(func, task, job, pure=False))
                if len(pending) >= IN_FLIGHT * self.count:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        except (OSError, GazetteerError) as exc:
            msg = (f"a dask partition failed ({exc}); the workers must see the gazetteer and "
                   f"{where or 'the run folder'} at the same paths as this process")
            raise RunError(msg) from exc
        finally:
            for future in pending:
                future.cancel()

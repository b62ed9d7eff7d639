"""Where a run's partitions are processed: in this process, or by dask's workers.

:class:`Workers` is opened once per run and maps a function over a list of tasks (one partition
each), keeping their order: ``local`` calls it here, one task after the other; ``dask`` sends the
tasks to the processes of dask's local scheduler, started once for the whole run (dask would start
new ones at every call, and each would load the gazetteer and the models again), or, with a
scheduler address, to the workers of a ``dask.distributed`` cluster. Tasks and results travel
by pickling: they hold data and paths, never open connections.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import Any, TypeVar

from geomap.errors import GazetteerError, RunError

T = TypeVar("T")
R = TypeVar("R")
J = TypeVar("J")


class Workers:
    """The run's engine, as a context manager.

    Parameters
    ----------
    engine
        ``local`` or ``dask``.
    scheduler
        Address of a ``dask.distributed`` scheduler; ``None`` for dask's local scheduler.
    workers
        Processes of dask's local scheduler (default: the machine's cores).
    """

    def __init__(self, engine: str, scheduler: str | None = None,
                 workers: int | None = None) -> None:
        self.engine = engine
        self.scheduler = scheduler if engine == "dask" else None
        self.count = 1 if engine == "local" else workers or os.cpu_count() or 1
        self._client: Any = None
        self._pool: Any = None

    def __enter__(self) -> Workers:
        if self.engine != "dask":
            return self
        if self.scheduler:
            import distributed

            dist: Any = distributed  # no type annotations
            try:
                # waits as long as the dask setting distributed.comm.timeouts.connect says
                self._client = dist.Client(self.scheduler, set_as_default=False)
            except OSError as exc:
                msg = f"cannot reach the dask scheduler at {self.scheduler} ({exc})"
                raise RunError(msg) from None
            if hasattr(self._client, "ncores"):
                self.count = max(1, sum(self._client.ncores().values()))
            return self
        from concurrent.futures import ProcessPoolExecutor

        import dask.multiprocessing

        dk: Any = dask  # no type annotations
        self._pool = ProcessPoolExecutor(
            self.count, mp_context=dk.multiprocessing.get_context(),
            initializer=dk.multiprocessing.initialize_worker_process)
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._client is not None:
            self._client.close()
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def map(self, func: Callable[[T, J], R], tasks: Sequence[T], job: J, *,
            where: str = "") -> list[R]:
        """``[func(task, job) for task in tasks]``, computed by the engine, in order.

        Raises
        ------
        RunError
            When a dask worker cannot open a file it needs (``where`` says which folder it
            must see).
        """
        if not tasks:
            return []
        if self.engine != "dask":
            return [func(task, job) for task in tasks]
        try:
            if self._client is not None:
                # the tasks travel to the workers as data, not inside the task graph
                futures = self._client.map(func, self._client.scatter(list(tasks)), job=job)
                return list(self._client.gather(futures))
            import dask

            dk: Any = dask  # no type annotations
            # one task per dispatch (dask batches 6 by default): the load stays even; dask
            # need not look for collections inside the documents
            calls = [dk.delayed(func, pure=False, traverse=False)(task, job) for task in tasks]
            return list(dk.compute(*calls, scheduler="processes", num_workers=self.count,
                                   chunksize=1, pool=self._pool, traverse=False))
        except (OSError, GazetteerError) as exc:
            msg = (f"a dask partition failed ({exc}); the workers must see the gazetteer and "
                   f"{where or 'the run folder'} at the same paths as this process")
            raise RunError(msg) from exc

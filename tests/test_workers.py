"""The run's engine: tasks mapped in order, here or on a dask cluster, a window at a time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import dask
import distributed  # noqa: F401  (its settings)
import pytest

from geomap.errors import RunError
from geomap.workers import IN_FLIGHT, Workers


def square(task: int, job: int) -> int:
    return task * task + job


def missing(task: int, job: str) -> int:
    return len(Path(job).read_text())  # a file the worker cannot see


def test_local_maps_in_order_here() -> None:
    with Workers("local") as workers:
        assert list(workers.imap(square, range(5), 1)) == [1, 2, 5, 10, 17]


def test_dask_maps_in_order_a_window_at_a_time() -> None:
    taken = []

    def tasks() -> Iterator[int]:
        for n in range(40):
            taken.append(n)
            yield n

    default = dask.config.get("distributed.admin.low-level-log-length")
    with Workers("dask", workers=2) as workers:
        # no log of recent messages holds the partitions sent
        assert dask.config.get("distributed.admin.low-level-log-length") <= 8
        results = workers.imap(square, tasks(), 0)
        assert next(results) == 0
        assert len(taken) == IN_FLIGHT * 2  # read ahead no further than the window
        assert list(results) == [n * n for n in range(1, 40)]
    assert dask.config.get("distributed.admin.low-level-log-length") == default


def test_a_file_a_worker_cannot_open_is_a_run_error(tmp_path: Path) -> None:
    with Workers("dask", workers=1) as workers, \
            pytest.raises(RunError, match="must see the gazetteer and"):
        list(workers.imap(missing, [1], str(tmp_path / "nowhere"), where=str(tmp_path)))


def test_a_cluster_that_cannot_be_reached_leaves_dask_as_it_was() -> None:
    default = dask.config.get("distributed.admin.low-level-log-length")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}), \
            pytest.raises(RunError, match="cannot reach the dask scheduler"), \
            Workers("dask", scheduler="tcp://127.0.0.1:9"):
        pass
    assert dask.config.get("distributed.admin.low-level-log-length") == default

"""The engines: dask partitions (local scheduler and a dask.distributed cluster) give the output of
one process; the command line's engine options."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from geomap.cache import Parsed
from geomap.cli import _parser, main
from geomap.engine import parse_documents
from geomap.errors import RunError
from geomap.gazetteer import Gazetteer
from geomap.models import Document, Event
from geomap.outputs.files import write_geojson
from geomap.outputs.frame import events_to_frame

from .conftest import EVENTS_CORPUS, SEEDS


@pytest.fixture(scope="module")
def local(docs: list[Document], gazetteer: Gazetteer) -> list[Parsed]:
    return parse_documents(docs, gazetteer)


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """Two worker processes on the loopback interface, no dashboard."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                      dashboard_address=None, memory_limit="1.5GiB") as running:
        yield running


def geojson_bytes(results: list[Parsed], path: Path) -> bytes:
    events: list[Event] = [e for r in results for e in r.events]
    write_geojson(events_to_frame(events), path)
    return path.read_bytes()


def test_dask_local_scheduler_gives_the_local_output(
        docs: list[Document], local: list[Parsed], gazetteer: Gazetteer, tmp_path: Path) -> None:
    found = parse_documents(docs, gazetteer, engine="dask", workers=2,
                            parts_dir=tmp_path / "parts")
    assert found == local
    assert geojson_bytes(found, tmp_path / "a.geojson") == \
        geojson_bytes(local, tmp_path / "b.geojson")
    assert list((tmp_path / "parts").iterdir()) == []  # the run's partitions are removed


def test_a_distributed_cluster_gives_the_local_output(
        docs: list[Document], local: list[Parsed], gazetteer: Gazetteer, cluster: Any,
        tmp_path: Path) -> None:
    found = parse_documents(docs, gazetteer, engine="dask", scheduler=cluster.scheduler_address,
                            cache_dir=tmp_path / "cache")
    assert found == local
    assert sum(len(r.events) for r in found) > 10
    assert geojson_bytes(found, tmp_path / "a.geojson") == \
        geojson_bytes(local, tmp_path / "b.geojson")
    # the workers filled the cache: a second pass sends nothing to the cluster
    assert parse_documents(docs, gazetteer, engine="dask", scheduler="tcp://127.0.0.1:9",
                           cache_dir=tmp_path / "cache") == local


def test_partitions_are_geoparquet(docs: list[Document], gazetteer: Gazetteer,
                                   tmp_path: Path) -> None:
    import geopandas as gpd

    from geomap.engine import _Job, _parse_partition
    from geomap.outputs.frame import EVENT_COLUMNS

    job = _Job(str(gazetteer.path), str(tmp_path), None)
    (part,) = _parse_partition([(i, None, doc) for i, doc in enumerate(docs[:3])], job)
    events = gpd.read_parquet(part.events)
    assert events.crs == "EPSG:4326" and len(events) > 0
    assert list(events.columns) == [*EVENT_COLUMNS, "doc_index", "payload", "geometry"]
    assert set(gpd.read_parquet(part.toponyms)["doc_index"]) == {0, 1, 2}


def test_an_unreachable_scheduler_is_a_run_error(docs: list[Document], gazetteer: Gazetteer,
                                                 tmp_path: Path) -> None:
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}), \
            pytest.raises(RunError, match="cannot reach the dask scheduler"):
        parse_documents(docs[:1], gazetteer, engine="dask", scheduler="tcp://127.0.0.1:9",
                        parts_dir=tmp_path)


def test_workers_open_the_gazetteer_from_its_path(docs: list[Document], gazetteer_path: Path,
                                                  tmp_path: Path) -> None:
    with Gazetteer.open(gazetteer_path) as moved:
        moved.path = tmp_path / "not-there.sqlite"  # what a worker that cannot see it gets
        with pytest.raises(RunError, match="workers must see the gazetteer"):
            parse_documents(docs[:2], moved, engine="dask", workers=1, parts_dir=tmp_path)


def test_unknown_engine(docs: list[Document], gazetteer: Gazetteer) -> None:
    with pytest.raises(RunError, match="unknown engine"):
        parse_documents(docs, gazetteer, engine="spark")  # type: ignore[arg-type]


def test_engine_options() -> None:
    parse = _parser().parse_args
    args = parse(["run", "--out", "out"])
    assert (args.engine, args.scheduler, args.workers, args.cache_dir, args.no_cache) == \
        ("local", None, None, None, False)
    args = parse(["run", "--scheduler", "tcp://10.0.0.5:8786", "--workers", "3",
                  "--cache-dir", "c"])
    assert (args.scheduler, args.workers, args.cache_dir) == ("tcp://10.0.0.5:8786", 3, Path("c"))
    for bad in (["--workers", "0"], ["--engine", "spark"], ["--cache-dir", "c", "--no-cache"]):
        with pytest.raises(SystemExit):
            parse(["run", *bad])


def test_run_with_the_dask_engine_writes_the_local_run(gazetteer_path: Path,
                                                       tmp_path: Path) -> None:
    common = ["-q", "run", str(EVENTS_CORPUS), str(SEEDS), "--gazetteer", str(gazetteer_path),
              "--no-cache", "--run-id", "run"]  # a folder each: neither has a previous run
    assert main([*common, "--out", str(tmp_path / "local")]) == 0
    assert main([*common, "--out", str(tmp_path / "dask"), "--engine", "dask",
                 "--workers", "2"]) == 0
    for name in ("events.geojson", "toponyms.geojson", "events.csv"):
        assert (tmp_path / "local" / "run" / name).read_bytes() == \
            (tmp_path / "dask" / "run" / name).read_bytes(), name


def test_a_run_on_a_cluster_writes_the_local_run(gazetteer_path: Path, cluster: Any,
                                                 tmp_path: Path) -> None:
    common = ["-q", "run", str(EVENTS_CORPUS), str(SEEDS), "--gazetteer", str(gazetteer_path),
              "--run-id", "run"]
    assert main([*common, "--out", str(tmp_path / "local"), "--no-cache"]) == 0
    cache = tmp_path / "cache"
    assert main([*common, "--out", str(tmp_path / "cluster"), "--cache-dir", str(cache),
                 "--scheduler", cluster.scheduler_address]) == 0
    for name in ("events.geojson", "toponyms.geojson", "events.csv"):
        assert (tmp_path / "local" / "run" / name).read_bytes() == \
            (tmp_path / "cluster" / "run" / name).read_bytes(), name
    assert list((cache / "parts").iterdir()) == []  # the workers' partition files are removed

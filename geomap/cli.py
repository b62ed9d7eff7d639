"""The ``geomap`` command line: a thin layer over the library.

Each subcommand opens what it needs and calls one library function. Environment variables are
read here and nowhere else: ``GEOMAP_GAZETTEER`` names the gazetteer store.

Exit codes: 0 success; 2 warnings (a file or line was skipped, or an encoding guessed: the run
is still written unless ``--strict``), nothing readable, or bad usage; 1 an unexpected failure;
130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from geomap import __version__
from geomap.config import DEFAULT_GAZETTEER
from geomap.errors import DocumentError, GeomapError
from geomap.models import Bias, Warning_

log = logging.getLogger("geomap")

DEFAULT_SEEDS = Path("seeds")
_RUN_EXIT = ("exit status: 0 when every input was read; 2 when warnings occurred (a file or JSON "
             "line was skipped, or a file's encoding guessed; each is printed on one line and "
             "listed in run.json, and the run is still written unless --strict), when nothing "
             "could be read, or on bad usage; 1 when the run cannot be written (a full disk: one "
             "line says so) or on an unexpected failure; 130 when interrupted "
             "(earlier runs and maps/latest are left as they were).")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Parameters
    ----------
    argv
        Arguments without the program name; ``sys.argv[1:]`` when ``None``.

    Returns
    -------
    int
        The exit code.
    """
    parser = _parser()
    args = parser.parse_args(argv)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminated)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return 2
    level = logging.DEBUG if args.verbose else logging.ERROR if args.quiet else logging.INFO
    with _logging_to_stderr(level):
        return _call(args)


def _call(args: argparse.Namespace) -> int:
    """Run the chosen command; turn geomap's errors and interruptions into exit codes."""
    try:
        return int(args.handler(args))
    except GeomapError as exc:
        print(f"geomap: error: {exc}", file=sys.stderr)
        return int(getattr(exc, "exit_code", 2))
    except KeyboardInterrupt:
        print("geomap: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


@contextmanager
def _logging_to_stderr(level: int) -> Iterator[None]:
    """Print the ``geomap`` loggers' records at ``level`` and above on standard error.

    Only the ``geomap`` logger is configured, and only for the duration of the command: the root
    logger and every other logger are left as they are, so calling :func:`main` in-process does
    not change the logging of the program that calls it. Records are not passed on to the root
    logger's handlers meanwhile, so each is printed once.
    """
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("geomap: %(message)s"))
    saved = log.level, log.propagate
    log.setLevel(level)
    log.propagate = False
    log.addHandler(handler)
    try:
        yield
    finally:
        log.removeHandler(handler)
        log.setLevel(saved[0])
        log.propagate = saved[1]


def _terminated(signum: int, frame: object) -> None:
    """SIGTERM unwinds like Ctrl-C, so a run removes its unfinished folder before it exits."""
    raise KeyboardInterrupt


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="geomap",
        description="Offline geospatial event mapper: map the places and events that news "
                    "articles report.",
        epilog="exit status: 0 success; 2 warnings (a file or line skipped), nothing readable "
               "or bad usage; 1 an unexpected failure; 130 interrupted. See geomap run --help.",
    )
    parser.add_argument("--version", action="version", version=f"geomap {__version__}")
    _logging_options(parser, False)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    run = sub.add_parser("run", help="map articles into a new run folder",
                         description="Read articles, geoparse them, extract events and write "
                                     "maps/<run-id>/ with index.html, events.geojson, "
                                     "events.gpkg, events.csv, toponyms.geojson and run.json.",
                         epilog=_RUN_EXIT)
    run.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                     help="article files or folders: .txt, .md, .markdown, .html, .htm, .jsonl, "
                          "feeds (.rss, .atom, .xml), Telegram exports (.json), .csv; "
                          "default: seeds/")
    run.add_argument("--out", type=Path, default=Path("maps"),
                     help="folder that receives the run folders (default: maps/)")
    run.add_argument("--title", default="geomap", help="title shown on the map page")
    run.add_argument("--run-id", help="name of the run folder (default: the UTC time)")
    run.add_argument("--strict", action="store_true",
                     help="make any warning fatal: exit 2 and write no run when a file or line "
                          "would be skipped or an encoding guessed")
    run.add_argument("--follow-links", action="store_true",
                     help="read the files that symbolic links in an input folder lead to outside "
                          "it (by default they are skipped, each with a warning)")
    _column_options(run)
    _engine_options(run)
    _bias_options(run)
    _gazetteer_option(run)
    run.set_defaults(handler=_run)

    geoparse = sub.add_parser("geoparse", help="geoparse JSON Lines articles into JSON Lines",
                              description="Read articles from JSON Lines (id, text) and write "
                                          "one line per article with its toponyms: start, end, "
                                          "name, lat, lon, geonameid, role, score, "
                                          "feature_code, country_code.")
    geoparse.add_argument("input", type=Path, metavar="IN.jsonl", help="articles, one per line")
    geoparse.add_argument("-o", "--output", type=Path, metavar="OUT.jsonl",
                          help="where to write (default: standard output)")
    geoparse.add_argument("--explain", action="store_true",
                          help="give each toponym its runner-up candidates with their scores "
                               "(alternatives) and why its place was chosen (why)")
    _bias_options(geoparse)
    _gazetteer_option(geoparse)
    geoparse.set_defaults(handler=_geoparse)

    why = sub.add_parser("explain", help="what geomap makes of a text, and why",
                         description="Print each place name of TEXT with the place chosen (its "
                                     "division, country, kind, population and GeoNames id, the "
                                     "id an overrides.tsv line needs) and its probability, why "
                                     "(the map popup's line), the ranker's features of every "
                                     "candidate with their weights, the other candidates with "
                                     "their probabilities, and each event with the words that "
                                     "report it and how they are linked to its place.")
    why.add_argument("text", metavar="TEXT", help="the text, in quotes")
    _gazetteer_option(why)
    why.set_defaults(handler=_explain)

    diff = sub.add_parser("diff", help="what changed between two runs: new, changed and gone "
                                       "events",
                          description="Compare two runs by event id and print one line per "
                                      "event new in RUN_B, changed (with what changed) or gone "
                                      "since RUN_A, tab-separated, then a count. A run compares "
                                      "itself with the previous run of its folder on its own "
                                      "(run.json `changes`, the events' `status`).")
    diff.add_argument("before", type=Path, metavar="RUN_A", help="the earlier run's folder")
    diff.add_argument("after", type=Path, metavar="RUN_B", help="the later run's folder")
    _logging_options(diff, argparse.SUPPRESS)
    diff.set_defaults(handler=_diff)

    init = sub.add_parser("init", help="write a starter project: articles/, a Makefile, "
                                       "overrides.tsv",
                          description="Write a starter project into DIR: articles/<name>/ "
                                      "folders (an example one), a Makefile that maps each into "
                                      "maps/<name>/ when one of its articles changed (`make`, "
                                      "`make -j2`), an overrides.tsv for the project's own "
                                      "gazetteer corrections, and a README. Nothing is "
                                      "overwritten.")
    init.add_argument("folder", type=Path, metavar="DIR", help="the project folder")
    _logging_options(init, argparse.SUPPRESS)
    init.set_defaults(handler=_init)

    gaz = sub.add_parser("gazetteer", help="build or inspect the gazetteer store",
                         description="Build the embedded gazetteer store, or inspect it.")
    gaz_sub = gaz.add_subparsers(title="gazetteer commands", metavar="ACTION")
    build = gaz_sub.add_parser("build", help="build the store from packaged GeoNames data",
                               description="Build the store from installed packages and "
                                           "gazetteer/*.tsv; replaces the old store atomically.")
    build.add_argument("--overrides", type=Path, metavar="FILE",
                       help="a project's own overrides.tsv, applied after gazetteer/*.tsv "
                            "(as `geomap init` writes one)")
    _gazetteer_option(build)
    build.set_defaults(handler=_gazetteer_build)
    imp = gaz_sub.add_parser("import", help="import official GeoNames dumps into the store",
                             description="Stream GeoNames dump files (allCountries.zip or a "
                                         "country file such as UA.zip, alternateNamesV2.zip, "
                                         "admin1CodesASCII.txt, countryInfo.txt) into the "
                                         "store; the old store stays usable until the import "
                                         "completes.")
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="GeoNames dump files")
    imp.add_argument("--classes", default="PALHST",
                     help="GeoNames feature classes to keep from place files (default: PALHST)")
    _gazetteer_option(imp)
    imp.set_defaults(handler=_gazetteer_import)
    info = gaz_sub.add_parser("info", help="print the store's version, sources and counts")
    _gazetteer_option(info)
    info.set_defaults(handler=_gazetteer_info)
    lookup = gaz_sub.add_parser("lookup", help="list the places a name may refer to")
    lookup.add_argument("name", help="a place name as written")
    _gazetteer_option(lookup)
    lookup.set_defaults(handler=_gazetteer_lookup)
    gaz.set_defaults(handler=lambda _args: _usage(gaz))
    return parser


def _logging_options(parser: argparse.ArgumentParser, default: object) -> None:
    """-v and -q, accepted before and after the command name."""
    parser.add_argument("-v", "--verbose", action="store_true", default=default,
                        help="log debugging detail")
    parser.add_argument("-q", "--quiet", action="store_true", default=default,
                        help="print errors only: no warnings, progress bars or summary line")


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _gazetteer_option(parser: argparse.ArgumentParser) -> None:
    _logging_options(parser, argparse.SUPPRESS)
    default = Path(os.environ.get("GEOMAP_GAZETTEER", DEFAULT_GAZETTEER))
    parser.add_argument("--gazetteer", type=Path, default=default, metavar="PATH",
                        help=f"gazetteer store (default: $GEOMAP_GAZETTEER or {default})")


def _engine_options(parser: argparse.ArgumentParser) -> None:
    """How ``geomap run`` parses: the engine and the per-article cache."""
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="parse in this process (local, the default) or over partitions "
                             "of the articles with dask")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="send the work to this dask.distributed scheduler "
                             "(tcp://host:8786); implies --engine dask")
    parser.add_argument("--workers", type=_positive, metavar="N",
                        help="processes of the local dask cluster a run starts (default: one "
                             "per core); "
                             "ignored, with a warning, with --scheduler: a cluster's workers "
                             "are started with `dask worker`")
    cache = parser.add_mutually_exclusive_group()
    cache.add_argument("--cache-dir", type=Path, metavar="DIR",
                       help="per-article cache: unchanged articles are not parsed again "
                            "(default: OUT/.cache; safe to delete)")
    cache.add_argument("--no-cache", action="store_true",
                       help="parse every article; read and write no cache")


def _bias_options(parser: argparse.ArgumentParser) -> None:
    """An area of interest that tips the choice between same-name places."""
    parser.add_argument("--bias-country", type=_country_codes, action="extend", default=[],
                        metavar="CC",
                        help="prefer places in these countries (ISO codes, e.g. UA or UA,MD; "
                             "repeatable) over same-name places elsewhere")
    parser.add_argument("--bias-bbox", type=_bbox, metavar="W,S,E,N",
                        help="prefer places inside this box (WGS84 degrees: west, south, east, "
                             "north; west > east crosses the antimeridian)")


def _country_codes(text: str) -> list[str]:
    codes = [c.strip().upper() for c in text.split(",") if c.strip()]
    bad = [c for c in codes if not (len(c) == 2 and c.isalpha())]
    if bad or not codes:
        msg = f"expected ISO 3166-1 alpha-2 country codes such as UA or UA,MD, got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return codes


def _bbox(text: str) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(v) for v in text.split(","))
    except ValueError:
        msg = f"expected four numbers W,S,E,N such as 22,44,40.3,52.4, got {text!r}"
        raise argparse.ArgumentTypeError(msg) from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south < north <= 90):
        msg = (f"{text!r} is not a box: longitudes must lie in -180..180 and latitudes in "
               f"-90..90, south below north")
        raise argparse.ArgumentTypeError(msg)
    return west, south, east, north


def _bias(args: argparse.Namespace) -> Bias | None:
    bias = Bias(frozenset(args.bias_country), args.bias_bbox)
    return bias or None


def _engine_settings(args: argparse.Namespace) -> dict[str, Any]:
    workers = args.workers
    if args.scheduler and workers is not None:
        log.warning("--workers %d is ignored with --scheduler: the cluster at %s runs the "
                    "workers it has (start more with `dask worker %s`)", workers,
                    args.scheduler, args.scheduler)
        workers = None
    return {"engine": "dask" if args.scheduler else args.engine, "scheduler": args.scheduler,
            "workers": workers,
            "cache_dir": None if args.no_cache else args.cache_dir or args.out / ".cache"}


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        msg = f"expected a positive whole number, got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(text)


def _progress() -> bool:
    """Whether to draw progress bars: on a terminal, unless -q asked for errors only."""
    return sys.stderr.isatty() and log.getEffectiveLevel() <= logging.INFO


def _ensure_default_store(path: Path) -> None:
    """Rebuild the default store when missing, corrupt or stale; other paths are the user's."""
    if path.resolve() == DEFAULT_GAZETTEER.resolve():
        from geomap.gazetteer.build import ensure_store

        ensure_store(path, progress=_progress())


def _column_options(parser: argparse.ArgumentParser) -> None:
    from geomap.readers.table import FIELDS

    group = parser.add_argument_group(
        "CSV inputs", "the columns of a CSV file's fields, when they have other names than the "
                      "usual ones")
    for field, names in FIELDS.items():
        group.add_argument(f"--{field}-column", metavar="NAME",
                           help=f"the column of the {field} (default: the first of "
                                f"{', '.join(names)})")


def _columns(args: argparse.Namespace) -> dict[str, str] | None:
    from geomap.readers.table import FIELDS

    chosen = {field: value for field in FIELDS
              if (value := getattr(args, f"{field}_column", None))}
    return chosen or None


def _run(args: argparse.Namespace) -> int:
    from geomap.config import Config
    from geomap.run import build_maps

    paths = tuple(args.paths) or (DEFAULT_SEEDS,)
    _ensure_default_store(args.gazetteer)
    config = Config(inputs=paths, out=args.out, gazetteer=args.gazetteer, title=args.title,
                    run_id=args.run_id, progress=_progress(), bias=_bias(args),
                    follow_links=args.follow_links, columns=_columns(args),
                    **_engine_settings(args))
    summary = build_maps(config, strict=args.strict)
    counts = summary.counts
    if not args.quiet:  # -q: errors (and the warnings above) only
        print(f"{summary.path}: {counts['events']} events, {counts['toponyms']} toponyms from "
              f"{counts['documents']} articles ({counts['warnings']} warnings)")
    return 2 if summary.warnings else 0


def _geoparse(args: argparse.Namespace) -> int:
    from geomap.batch import geoparse_documents
    from geomap.gazetteer import Gazetteer
    from geomap.readers import read_documents

    _ensure_default_store(args.gazetteer)
    errors: list[DocumentError] = []
    notes: list[Warning_] = []
    docs = read_documents([args.input], errors=errors, warnings=notes)
    for problem in [*errors, *notes]:
        print(f"geomap: warning: {problem}", file=sys.stderr)
    with Gazetteer.open(args.gazetteer) as gazetteer:
        records = geoparse_documents(docs, gazetteer, _bias(args), explain=args.explain)
        if args.output is None:
            for record in records:
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            tmp = args.output.with_name(f".{args.output.name}.{os.getpid()}.tmp")
            with tmp.open("w", encoding="utf-8") as fh:
                for record in records:
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            os.replace(tmp, args.output)
    return 2 if errors or notes else 0


def _explain(args: argparse.Namespace) -> int:
    from geomap.explain import explain
    from geomap.gazetteer import Gazetteer

    _ensure_default_store(args.gazetteer)
    with Gazetteer.open(args.gazetteer) as gazetteer:
        for line in explain(args.text, gazetteer):
            print(line)
    return 0


def _diff(args: argparse.Namespace) -> int:
    from geomap.errors import RunError
    from geomap.outputs.changes import compare, run_events, table

    runs = []
    for folder in (args.before, args.after):
        run_id, events = run_events(folder)
        if run_id is None:
            msg = f"{folder}: not a geomap run (no readable run.json and events.geojson)"
            raise RunError(msg)
        runs.append((run_id, events))
    (before_id, before), (_, after) = runs
    for line in table(compare(after.values(), before, before_id), after):
        print(line)
    return 0


def _init(args: argparse.Namespace) -> int:
    from geomap.project import init_project

    for path in init_project(args.folder):
        print(path)
    print(f"next: put articles in {args.folder / 'articles'}/<name>/ and run `make` in "
          f"{args.folder}")
    return 0


def _gazetteer_build(args: argparse.Namespace) -> int:
    from geomap.gazetteer.build import build

    meta = build(args.gazetteer, progress=_progress(), overrides=args.overrides)
    if not args.quiet:
        print(f"{args.gazetteer}: {meta['places']} places, {meta['names']} names "
              f"(version {meta['version']}, {meta['build_seconds']} s)")
    return 0


def _gazetteer_import(args: argparse.Namespace) -> int:
    from geomap.gazetteer.dumps import import_dumps

    counts = import_dumps(args.paths, args.gazetteer, classes=args.classes,
                          progress=_progress())
    done = ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in counts.items())
    if not args.quiet:
        print(f"{args.gazetteer}: imported {done}")
    return 0


def _gazetteer_info(args: argparse.Namespace) -> int:
    from geomap.gazetteer import Gazetteer

    with Gazetteer.open(args.gazetteer) as gazetteer:
        info = {**gazetteer.meta, "bytes": str(args.gazetteer.stat().st_size)}
    for key in sorted(info):
        print(f"{key}: {info[key]}")
    return 0


def _gazetteer_lookup(args: argparse.Namespace) -> int:
    from geomap.gazetteer import Gazetteer

    with Gazetteer.open(args.gazetteer) as gazetteer:
        found = gazetteer.candidates(args.name, fuzzy=True)
        if found:
            print("geonameid\tname\tfeature\tcountry\tadmin1\tpopulation\tlat\tlon\tmatch")
        for cand in found:
            p = cand.place
            print(f"{p.geonameid}\t{p.name}\t{p.feature_class}.{p.feature_code}\t"
                  f"{p.country_code or ''}\t{p.admin1 or ''}\t{p.population}\t{p.lat:.4f}\t"
                  f"{p.lon:.4f}\t{cand.kind}")
    if not found:
        print(f"geomap: no place named {args.name!r}", file=sys.stderr)
        return 1
    return 0

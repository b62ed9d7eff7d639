"""The package's layout: folders that name the stages, imports that flow one way, data files
that say where they come from, modules of a readable size, tests that mirror the package."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

from .conftest import REPO

PACKAGE = REPO / "geomap"
# The stages in the order a run passes through them; a stage may use an earlier stage's public
# modules, never a later stage's, nor another stage's private (underscored) modules.
STAGES = ("readers", "gazetteer", "geoparse", "events", "outputs")
# Shared by every stage; they import no stage.
SHARED = ("geomap.models", "geomap.errors", "geomap.config", "geomap.text", "geomap.lang",
          "geomap.processes")
MAX_LINES = 600


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(path: Path) -> set[str]:
    """The geomap modules ``path`` imports, at any depth, outside ``if TYPE_CHECKING:``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
                   and ast.unparse(node.test) == "TYPE_CHECKING" for n in ast.walk(node)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("geomap"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 \
                and node.module.startswith("geomap"):
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                found.add(full if full in MODULES else node.module)
    return {name for name in found if name in MODULES}


GRAPH = {name: _imports(path) for name, path in MODULES.items()}


def _stage(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in STAGES else None


def test_no_import_circles() -> None:
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for target in sorted(GRAPH[module]):
            if state.get(target) == 1:
                cycle = [*path[path.index(target):], target]
                pytest.fail("import circle: " + " -> ".join(cycle))
            if target not in state:
                visit(target)
        path.pop()
        state[module] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module)


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _stage(m)))
def test_a_stage_uses_only_earlier_stages_and_their_public_modules(module: str) -> None:
    own = _stage(module)
    assert own is not None
    for target in GRAPH[module]:
        stage = _stage(target)
        if target.startswith(SHARED) or (stage is None and target == "geomap"):
            continue
        assert stage is not None, f"{module} imports {target}, which runs stages"
        if stage == own:
            continue
        assert STAGES.index(stage) < STAGES.index(own), \
            f"{module} reaches into {target}, a later stage"
        assert not any(part.startswith("_") for part in target.split(".")), \
            f"{module} reaches into {target}, another stage's private module"


@pytest.mark.parametrize("module", SHARED)
def test_shared_modules_import_no_stage(module: str) -> None:
    assert all(t.startswith(SHARED) for t in GRAPH[module]), GRAPH[module]


def test_every_package_folder_ships_in_the_wheel() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    listed = set(setuptools["packages"])
    folders = {".".join(p.relative_to(REPO).parts) for p in PACKAGE.rglob("*")
               if p.is_dir() and p.name != "__pycache__"} | {"geomap"}
    mapped = set(setuptools.get("package-dir", {}))
    assert listed - mapped == folders, "pyproject's packages differ from the package's folders"
    data = setuptools["package-data"]
    for package, patterns in data.items():
        folder = REPO / (setuptools.get("package-dir", {}).get(package)
                         or package.replace(".", "/"))
        for pattern in patterns:
            assert list(folder.glob(pattern)), f"{package}: {pattern} matches no file"
    for folder in {p.parent for p in PACKAGE.rglob("*") if p.is_file()
                   and p.suffix not in (".py", ".pyc")}:
        package = ".".join(folder.relative_to(REPO).parts)
        assert package in data, f"the data files of {package} are not package data"


LANG_FILES = sorted((PACKAGE / "lang").glob("*/*.*"))


@pytest.mark.parametrize("path", LANG_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_language_data_names_its_source_and_licence_and_is_read(path: Path) -> None:
    header = [line for line in path.read_text(encoding="utf-8").splitlines()
              if line.startswith("#")]
    assert header, f"{path.name} opens with no comment saying what it holds"
    text = "\n".join(header)
    assert "Source:" in text and "licence" in text, f"{path.name} names no source and licence"
    calls = re.compile(rf"lang\.\w+\(\s*[\"']{re.escape(path.stem)}[\"']")
    assert any(calls.search(p.read_text(encoding="utf-8")) for p in MODULES.values()), \
        f"no module reads lang/{path.parent.name}/{path.name}"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_modules_stay_readable(module: str) -> None:
    lines = MODULES[module].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{module} has {lines} lines: split it"


def test_tests_mirror_the_package() -> None:
    for stage in STAGES:
        assert (REPO / "tests" / stage).is_dir(), f"tests/{stage}/ is missing"
        assert list((REPO / "tests" / stage).glob("test_*.py")), f"tests/{stage}/ has no tests"

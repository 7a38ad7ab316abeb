"""Packaging: the wheel carries what the package reads at run time, and type checkers see the install.

Building the wheel needs the build backend from the package index (pip's isolated build) unless it
is installed already; where it cannot be had (offline), that test is skipped. The mypy test needs
penalties installed (``pip install -e .`` or a wheel): from a plain checkout it is skipped. Where
the ``CI`` environment variable is set, both fail instead of skipping.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import NoReturn

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "penalties"
#: Files besides the modules that the package reads at run time, as globs under penalties/.
DATA = (
    "py.typed",
    "schema/*.json",
    "locale/*.pot",
    "locale/*/LC_MESSAGES/*.po",
    "locale/*/LC_MESSAGES/*.mo",
    "law/ir/data/*.toml",
)
#: Folders of the project that never go into the wheel.
NOT_SHIPPED = ("tests", "benchmarks", "examples", "docs", ".ci")
#: Pip output that means the build backend could not be fetched (no network, no index).
OFFLINE = (
    "No matching distribution found for hatchling",
    "Could not find a version that satisfies the requirement hatchling",
    "Failed to establish a new connection",
    "Temporary failure in name resolution",
    "Network is unreachable",
)


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def _skip_or_fail(reason: str) -> NoReturn:
    if _in_ci():
        pytest.fail(f"{reason} (CI is set: this test must run)")
    pytest.skip(reason)


def _clean_env() -> dict[str, str]:
    """The environment without paths that would find penalties other than through its install."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH")}


def _expected_files() -> set[str]:
    expected = {path.relative_to(ROOT).as_posix() for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts}
    for pattern in DATA:
        matches = {path.relative_to(ROOT).as_posix() for path in PACKAGE.glob(pattern)}
        assert matches, f"penalties/{pattern} matches nothing in the source tree"
        expected |= matches
    return expected


def _build_wheel(out: Path) -> Path:
    if not (ROOT / "pyproject.toml").is_file():
        _skip_or_fail("not run from a source tree")
    if importlib.util.find_spec("pip") is None:
        _skip_or_fail("pip is not installed in this environment")
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)]
    if importlib.util.find_spec("hatchling") is not None:
        command.insert(4, "--no-build-isolation")  # the backend is here: build offline
    env = dict(_clean_env(), PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_DEFAULT_TIMEOUT="30", PIP_RETRIES="2")
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=150, check=False)
    except subprocess.TimeoutExpired:
        _skip_or_fail("pip wheel did not finish in 150 s (no package index?)")
    output = done.stdout + done.stderr
    if done.returncode != 0 and any(sign in output for sign in OFFLINE):
        _skip_or_fail("the build backend cannot be fetched (offline?)")
    assert done.returncode == 0, output
    wheels = list(out.glob("penalties-*.whl"))
    assert len(wheels) == 1, (wheels, output)
    return wheels[0]


def test_the_wheel_holds_the_modules_and_data_files_and_nothing_else(tmp_path: Path) -> None:
    wheel = _build_wheel(tmp_path)
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        dist_info = {name.split("/")[0] for name in names if ".dist-info/" in name}
        assert len(dist_info) == 1, dist_info
        entry_points = archive.read(f"{dist_info.pop()}/entry_points.txt").decode()
        schema = json.loads(archive.read("penalties/schema/assessment.schema.json"))
    missing = _expected_files() - names
    assert not missing, f"missing from the wheel: {sorted(missing)}"
    shipped = {name for name in names if ".dist-info/" not in name}
    assert all(name.startswith("penalties/") for name in shipped), sorted(shipped)
    assert not [name for name in shipped if "__pycache__" in name or name.endswith((".pyc", ".tmp"))]
    assert not [name for name in names if name.split("/")[0] in NOT_SHIPPED]
    assert "penalties = penalties.__main__:main" in entry_points
    assert isinstance(schema, dict)


def test_penalties_is_the_only_regular_package_or_module_at_the_project_root() -> None:
    # The editable install puts the project root on sys.path (see pyproject.toml): anything there
    # with an __init__.py, or any module file, would become importable as a top-level name.
    if not (ROOT / "pyproject.toml").is_file():
        pytest.skip("not run from a source tree")
    importable = {
        child.name.split(".")[0]
        for child in ROOT.iterdir()
        if child.name.split(".")[0].isidentifier()
        and (
            (child.is_dir() and (child / "__init__.py").exists())
            or (child.is_file() and child.suffix in (".py", ".pyc", ".so", ".pyd"))
        )
    }
    assert importable == {"penalties"}


def test_mypy_run_outside_the_repository_sees_the_installed_package_and_its_types(tmp_path: Path) -> None:
    if importlib.util.find_spec("mypy") is None:
        _skip_or_fail("mypy is not installed")
    env = _clean_env()
    where = subprocess.run(
        [sys.executable, "-c", "import penalties; print(penalties.__file__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    if where.returncode != 0:
        _skip_or_fail("penalties is not installed (run from a plain checkout)")
    (tmp_path / "mypy.ini").write_text("[mypy]\nstrict = True\n")  # no user or project config applies
    (tmp_path / "check.py").write_text(
        "from penalties import Assessment, assess\n"
        "\n"
        "reveal_type(assess)\n"
        'a: Assessment = assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01")\n'
        "text: str = a.explain()\n"
        "reveal_type(a)\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", "mypy.ini", "check.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "Success: no issues found in 1 source file" in output
    revealed = [line for line in output.splitlines() if "Revealed type is" in line]
    assert len(revealed) == 2, output
    assert "-> penalties." in revealed[0] and revealed[0].rstrip().endswith('Assessment"'), revealed[0]
    assert revealed[1].rstrip().endswith('Assessment"'), revealed[1]

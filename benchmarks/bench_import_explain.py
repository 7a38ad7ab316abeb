"""``import penalties`` and ``explain()`` of a new assessment, next to a baseline tree, in one run.

Run (on demand; never part of the test suite)::

    python benchmarks/bench_import_explain.py                         # this tree only
    python benchmarks/bench_import_explain.py --baseline ../main      # and a baseline tree
    python benchmarks/bench_import_explain.py --profile                # where explain() spends

Every figure is taken in fresh interpreters (``sys.executable`` with ``PYTHONPATH`` set to each
tree), the trees alternating round by round so that both see the same load:

1. ``import penalties``: the time of the import statement itself, with compiled bytecode (one
   import is run first to write the ``.pyc`` files), median of ``--imports`` interpreters; and the
   same import followed by the first ``assess("cn.dsl.47", ...)``, which loads the core's formulas
   and the act (what a script that assesses one case pays before its first answer).
2. ``explain()`` of a *new* assessment, warm (the locale's catalogs and Babel loaded by an earlier
   explanation): DSL Art 47 with distinct gains in each case, so that no line and no amount of the
   explanation is in a cache; DSL Art 47 with equal facts (new objects, equal values: the lines'
   cache hits); IR Art 729 + Art 754 on distinct dates; and, as before, the same assessment
   explained again. Median of 9 runs of ``--cases`` calls, per call, wall clock
   (``time.perf_counter``) and CPU time of the process (``time.process_time``, which other
   processes on a shared machine disturb less).

The load average is printed before and after: on a shared machine, compare the trees within one
run, not runs taken at different times. ``--callgrind`` counts instructions instead (``valgrind
--tool=callgrind``; the load does not change them): the import (less an empty interpreter's), the
import with the first ``assess()``, and one ``explain()`` of a new DSL Art 47 assessment (the
difference between 300 explanations and none, divided by 300).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

IMPORT = "import time\nt = time.perf_counter()\nimport penalties\nprint(time.perf_counter() - t)\n"
FIRST_ASSESS = (
    "import time\nt = time.perf_counter()\nimport penalties\n"
    "penalties.assess('cn.dsl.47', illegal_gains=250_000, on='2024-05-01')\nprint(time.perf_counter() - t)\n"
)

EXPLAIN = r"""
import datetime as dt, statistics, sys, time
from penalties import assess

n = int(sys.argv[1])
assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01").explain()
assess("ir.ipc.729", circumstances={"organised"}, on="2025-01-01").explain()
day = dt.date(2010, 1, 1)

def cases(kind, run):
    if kind == "dsl_distinct":
        return [assess("cn.dsl.47", illegal_gains=100_000 + run * n + i, on="2024-05-01") for i in range(n)]
    if kind == "dsl_equal":
        return [assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01") for i in range(n)]
    if kind == "ir_distinct":
        days = (day + dt.timedelta(days=run * n + i) for i in range(n))
        return [assess("ir.ipc.729", circumstances={"organised"}, on=on) for on in days]
    same = assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01")
    return [same] * n

for kind in ("dsl_distinct", "dsl_equal", "ir_distinct", "same_object"):
    wall, cpu = [], []
    for run in range(9):
        batch = cases(kind, run)
        t, c = time.perf_counter(), time.process_time()
        for a in batch:
            a.explain()
        wall.append((time.perf_counter() - t) / n)
        cpu.append((time.process_time() - c) / n)
    print(kind, statistics.median(wall), statistics.median(cpu))
"""

PROFILE = r"""
import cProfile, pstats
from penalties import assess
assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01").explain()
cases = [assess("cn.dsl.47", illegal_gains=100_000 + i, on="2024-05-01") for i in range(3000)]
profile = cProfile.Profile()
profile.enable()
for a in cases:
    a.explain()
profile.disable()
pstats.Stats(profile).sort_stats("tottime").print_stats(20)
"""

CALLGRIND_EXPLAIN = r"""
import sys
from penalties import assess
n, explain = int(sys.argv[1]), sys.argv[2] == "1"
assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01").explain()
cases = [assess("cn.dsl.47", illegal_gains=100_000 + i, on="2024-05-01") for i in range(n)]
if explain:
    for a in cases:
        a.explain()
"""


def instructions(tree: Path, code: str, *args: str) -> int:
    """The instructions that running ``code`` takes, counted by callgrind."""
    # A fixed hash seed: string hashes change dict layouts, and with them about 1 % of the count.
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONHASHSEED="0")
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", code, *args]
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tree, check=True)
    line = next(line for line in done.stderr.splitlines() if "Collected" in line)
    return int(line.split()[-1])


def callgrind(trees: dict[str, Path]) -> None:
    n = 300
    print("\n| instructions | " + " | ".join(trees) + " |")
    print("|---|" + "---:|" * len(trees))
    rows: dict[str, list[str]] = {
        "import penalties": [],
        "import penalties + first assess()": [],
        "explain() new, DSL 47": [],
    }
    for tree in trees.values():
        empty = instructions(tree, "pass")
        rows["import penalties"].append(f"{(instructions(tree, 'import penalties') - empty) / 1e6:.1f} M")
        rows["import penalties + first assess()"].append(f"{(instructions(tree, FIRST_ASSESS) - empty) / 1e6:.1f} M")
        none, some = (instructions(tree, CALLGRIND_EXPLAIN, str(n), flag) for flag in ("0", "1"))
        rows["explain() new, DSL 47"].append(f"{(some - none) / n / 1e3:.0f} k")
    for label, cells in rows.items():
        print(f"| {label} | " + " | ".join(cells) + " |")


LABELS = {
    "import": "import penalties",
    "first_assess": "import penalties + first assess()",
    "dsl_distinct": "explain() new, DSL 47, distinct gains",
    "dsl_equal": "explain() new, DSL 47, equal facts",
    "ir_distinct": "explain() new, IR 729 + 754, distinct dates",
    "same_object": "explain() of the same assessment again",
}
TARGETS = {"import": "<= 40 ms", "dsl_distinct": "<= 50 us"}


def run(tree: Path, code: str, *args: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(tree))
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=tree, check=False
    )
    if done.returncode:
        raise SystemExit(f"{tree}: {done.stderr[-3000:]}")
    return done.stdout


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def measure(trees: dict[str, Path], imports: int, cases: int, rounds: int) -> dict[str, dict[str, list[float]]]:
    found: dict[str, dict[str, list[float]]] = {name: {} for name in trees}
    for tree in trees.values():
        run(tree, IMPORT)  # writes the bytecode
    for _ in range(imports):
        for name, tree in trees.items():
            found[name].setdefault("import", []).append(float(run(tree, IMPORT)))
            found[name].setdefault("first_assess", []).append(float(run(tree, FIRST_ASSESS)))
    for _ in range(rounds):
        for name, tree in trees.items():
            for line in run(tree, EXPLAIN, str(cases)).splitlines():
                kind, wall, cpu = line.split()
                found[name].setdefault(kind, []).append(float(wall))
                found[name].setdefault(kind + "_cpu", []).append(float(cpu))
    return found


def shown(key: str, seconds: float) -> str:
    return f"{seconds * 1e3:.1f} ms" if key in ("import", "first_assess") else f"{seconds * 1e6:.1f} us"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, help="another checkout of penalties to compare with")
    parser.add_argument("--imports", type=int, default=21, help="fresh interpreters per import figure")
    parser.add_argument("--cases", type=int, default=2000, help="explanations per timed run")
    parser.add_argument("--rounds", type=int, default=3, help="interpreters per explain figure")
    parser.add_argument("--profile", action="store_true", help="profile explain() of new DSL 47 assessments")
    parser.add_argument("--callgrind", action="store_true", help="count instructions with valgrind instead")
    options = parser.parse_args()
    if options.profile:
        print(run(HERE, PROFILE))
        return
    trees = {"this tree": HERE}
    if options.baseline is not None:
        trees = {"baseline": options.baseline.resolve(), **trees}
    if options.callgrind:
        callgrind(trees)
        return
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; load average before: {load()}")
    found = measure(trees, options.imports, options.cases, options.rounds)
    names = list(trees)
    print("\n| figure | " + " | ".join(names) + " | target |")
    print("|---|" + "---:|" * len(names) + "---|")
    for key, label in LABELS.items():
        cells = []
        for name in names:
            wall = statistics.median(found[name][key])
            cpu = found[name].get(key + "_cpu")
            cell = shown(key, wall)
            if cpu:
                cell += f" (CPU {shown(key, statistics.median(cpu))})"
            cells.append(cell)
        print(f"| {label} | " + " | ".join(cells) + f" | {TARGETS.get(key, '')} |")
    print(f"\nload average after: {load()}")


if __name__ == "__main__":
    main()

"""Speed of penalties next to the limit (bare Python) and to OpenFisca-Core, in one run.

Run (on demand; never part of the test suite)::

    pip install -e ".[bench]"
    python benchmarks/bench_assess.py            # about two minutes
    python benchmarks/bench_assess.py --quick    # smaller counts, for a smoke run
    python benchmarks/bench_assess.py --before ../penalties-main   # also time another checkout

``--before PATH`` times the single-case and batch paths of the library checked out at ``PATH``
(in a subprocess, ``PYTHONPATH=PATH``) in the same run, so the "before" and "after" columns and
the bare-Python and numpy references come from one machine at one time.

Sections:

1. single ``assess()``: median time of one call for DSL Art 47, IR Art 729 with Art 754 and IR
   Art 729 for a legal person (Art 748), and a case that needs DSL 47 and IR 729 + 754 read back
   into 11 plain numbers, next to (a) a bare Python function that computes the same bounds and
   nothing else, and (b) OpenFisca's single-case path (a simulation built from a situation with
   ``SimulationBuilder``, then the outputs) on the same formulas
   (``benchmarks/openfisca_system.py``);
2. ``explain()`` warm and ``import penalties`` cold (a fresh interpreter per run);
3. batches: 1,000,000 cases (gains log-uniform up to 2 * 10**8, 30 % aggravated, 20 % legal
   persons) through :mod:`penalties.batch` and through OpenFisca's array path (a default
   simulation of N cases with ``set_input``), with the throughput of each; and the DSL 47 fine
   at 1,000 and 1,000,000 cases next to a plain Python loop and a hand-written numpy expression
   over the same gains (targets: at least as fast as the loop at 1,000; at least half the numpy
   speed at 1,000,000);
4. exactness: the rows where OpenFisca's ``int32`` / ``float32`` columns differ from the exact
   bounds.

Times are medians of repeated runs, in wall-clock time (``time.perf_counter``); the load average
of the machine is printed before and after, because other processes share its cores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import time
import timeit
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np

import penalties
from penalties import assess
from penalties.batch import fine_bounds

sys.path.insert(0, str(Path(__file__).resolve().parent))

DSL_ON = dt.date(2024, 5, 1)
IR_ON = dt.date(2025, 1, 1)
IR_ON_1399 = dt.date(2022, 1, 1)

# ------------------------------------------------------------------------------------------------
# (a) The limit: the same bounds in plain Python, with nothing around them.

DECREE_1399 = dt.date(2021, 3, 15)
DECREE_1403 = dt.date(2024, 6, 24)


def bare_dsl_47(gains: int) -> tuple[int, int]:
    """DSL Art 47: [100,000, 1,000,000] below 100,000 yuan of gains, else [1x, 10x] the gains."""
    if gains < 100_000:
        return 100_000, 1_000_000
    return gains, 10 * gains


def bare_ir_729(on: dt.date, aggravated: bool, legal_person: bool) -> tuple[Fraction | int, int, bool]:
    """IPC Art 729's fine at the amounts in force, with Art 748 (x3-x6 the maximum) and Art 754.

    Returns (low, high, low_closed); the high end is always included.
    """
    if on >= DECREE_1403:
        low, high = 66_000_000, 264_000_000
    elif on >= DECREE_1399:
        low, high = 20_000_000, 80_000_000
    else:
        low, high = 5_000_000, 20_000_000
    if legal_person:
        low, high = 3 * high, 6 * high
    if aggravated:
        threshold = Fraction(2 * high, 3)
        if threshold >= low:
            return (threshold.numerator if threshold.denominator == 1 else threshold), high, False
    return low, high, True


def eleven(gains: int, on_dsl: dt.date, on_ir: dt.date) -> tuple[Any, ...]:
    """The 11 numbers of a case under DSL 47 (gains) and IR 729 + 754 (organised), through assess()."""
    dsl = assess("cn.dsl.47", illegal_gains=gains, on=on_dsl)
    ir = assess("ir.ipc.729", circumstances={"organised"}, on=on_ir)
    fine, seized, persons = dsl.fine, dsl.find("confiscation_of_illegal_gains"), dsl.find("fine", "responsible_persons")
    ir_fine, prison = ir.fine, ir.find("tazir_imprisonment")
    assert fine is not None and seized is not None and persons is not None and ir_fine is not None
    assert seized.range is not None and persons.range is not None and prison is not None and prison.range is not None
    return (
        fine.low.amount,
        fine.high.amount,
        seized.range.low.amount,
        persons.range.low.amount,
        persons.range.high.amount,
        ir_fine.low.amount,
        ir_fine.high.amount,
        ir_fine.low_closed,
        prison.range.low.in_days,
        prison.range.high.in_days,
        prison.range.low_closed,
    )


def bare_eleven(gains: int, on_ir: dt.date) -> tuple[Any, ...]:
    """The same 11 numbers in plain Python (IR 729's imprisonment: 91 days-1 year, 754: (2/3, 1])."""
    low, high = bare_dsl_47(gains)
    ir_low, ir_high, closed = bare_ir_729(on_ir, True, False)
    return (low, high, gains, 10_000, 100_000, ir_low, ir_high, closed, 240, 360, False)


# ------------------------------------------------------------------------------------------------
# Timing helpers.


def per_call(call: Callable[[], Any], number: int, repeat: int) -> float:
    """Median seconds per call over ``repeat`` runs of ``number`` calls."""
    timer = timeit.Timer(call)
    return statistics.median(t / number for t in timer.repeat(repeat=repeat, number=number))


def median_run(call: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def us(seconds: float) -> str:
    return f"{seconds * 1e6:10.2f} us"


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout.splitlines():
            if line.startswith("Model name:"):
                model = line.split(":", 1)[1].strip()
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} logical CPUs, {platform.system()} {platform.release()}"


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


# ------------------------------------------------------------------------------------------------


def single_case_section(quick: bool, rows: list[tuple[str, float]]) -> None:
    from openfisca_system import build_system, single_case

    system = build_system()
    number = 2_000 if quick else 20_000
    repeat = 7 if quick else 15
    of_number, of_repeat = (20, 5) if quick else (100, 9)
    cases: list[tuple[str, Callable[[], Any], Callable[[], Any], Callable[[], Any]]] = [
        (
            "DSL Art 47, gains 250,000",
            lambda: assess("cn.dsl.47", illegal_gains=250_000, on=DSL_ON),
            lambda: bare_dsl_47(250_000),
            lambda: single_case(system, "2024-05-01", 250_000, False, False, ("dsl47_fine_low", "dsl47_fine_high")),
        ),
        (
            "IR Art 729 + Art 754 (aggravated)",
            lambda: assess("ir.ipc.729", circumstances={"organised"}, on=IR_ON),
            lambda: bare_ir_729(IR_ON, True, False),
            lambda: single_case(system, "2025-01-01", 0, True, False, ("ir729_fine_low", "ir729_fine_high")),
        ),
        (
            "IR Art 729 + Art 748 (legal person)",
            lambda: assess("ir.ipc.729", offender="legal_person", on=IR_ON),
            lambda: bare_ir_729(IR_ON, False, True),
            lambda: single_case(system, "2025-01-01", 0, False, True, ("ir729_fine_low", "ir729_fine_high")),
        ),
        (
            "DSL 47 + IR 729 + 754 -> 11 numbers",
            lambda: eleven(250_000, DSL_ON, IR_ON),
            lambda: bare_eleven(250_000, IR_ON),
            lambda: single_case(
                system,
                "2025-01-01",
                250_000,
                True,
                False,
                ("dsl47_fine_low", "dsl47_fine_high", "ir729_fine_low", "ir729_fine_high"),
            ),
        ),
    ]
    assert eleven(250_000, DSL_ON, IR_ON) == bare_eleven(250_000, IR_ON)
    # The three paths agree on the figures before they are timed.
    dsl = assess("cn.dsl.47", illegal_gains=250_000, on=DSL_ON).fine
    assert dsl is not None and (dsl.low.amount, dsl.high.amount) == bare_dsl_47(250_000)
    for aggravated, legal in ((True, False), (False, True)):
        facts: dict[str, Any] = {"on": IR_ON, "offender": "legal_person" if legal else "natural_person"}
        if aggravated:
            facts["circumstances"] = {"organised"}
        fine = assess("ir.ipc.729", **facts).fine
        assert fine is not None
        assert (fine.low.amount, fine.high.amount, fine.low_closed) == bare_ir_729(IR_ON, aggravated, legal)

    print("\n## 1. Single assess(): median per call")
    print(f"{'case':38} {'penalties':>13} {'bare Python':>13} {'x bare':>7} {'OpenFisca':>13} {'OF / ours':>10}")
    for name, ours, bare, openfisca in cases:
        ours()
        openfisca()
        t_ours = per_call(ours, number, repeat)
        t_bare = per_call(bare, number * 10, repeat)
        t_of = per_call(openfisca, of_number, of_repeat)
        print(f"{name:38} {us(t_ours)} {us(t_bare)} {t_ours / t_bare:7.0f} {us(t_of)} {t_of / t_ours:10.0f}")
        rows.append((f"assess {name}", t_ours))
        rows.append((f"bare {name}", t_bare))
        rows.append((f"openfisca single {name}", t_of))


def explain_and_import_section(quick: bool, rows: list[tuple[str, float]]) -> None:
    print("\n## 2. explain() warm and import penalties cold")
    assessment = assess("cn.dsl.47", illegal_gains=250_000, on=DSL_ON)
    assessment.explain()
    t_explain = per_call(assessment.explain, 200 if quick else 2_000, 7 if quick else 15)
    ir = assess("ir.ipc.729", circumstances={"organised"}, offender="legal_person", on=IR_ON)
    ir.explain()
    t_explain_ir = per_call(ir.explain, 200 if quick else 2_000, 7 if quick else 15)
    code = "import time; t = time.perf_counter(); import penalties; print(time.perf_counter() - t)"
    runs = 5 if quick else 11
    imports = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        imports.append(float(out.stdout))
    t_import = statistics.median(imports)
    print(f"{'explain() warm, DSL Art 47':38} {us(t_explain)}   (target <= 200 us)")
    print(f"{'explain() warm, IR 729 legal + 754':38} {us(t_explain_ir)}")
    print(
        f"{'import penalties, cold':38} {t_import * 1e3:10.1f} ms"
        f"   (median of {runs} fresh interpreters; target <= 150 ms)"
    )
    rows += [("explain DSL 47", t_explain), ("explain IR 729", t_explain_ir), ("import penalties", t_import)]


def make_cases(n: int, seed: int = 20_241_123) -> dict[str, Any]:
    rng = np.random.default_rng(seed)
    gains = np.floor(10 ** rng.uniform(0, np.log10(2e8), n)).astype(np.int64)
    gains[:4] = [99_999, 100_000, 214_748_364, 214_748_365]
    aggravated = rng.random(n) < 0.3
    legal = rng.random(n) < 0.2
    first = np.datetime64("2009-05-26")
    days = first + rng.integers(0, (np.datetime64("2026-12-31") - first).astype(int), n)
    return {"gains": gains, "aggravated": aggravated, "legal": legal, "days": days}


def batch_section(quick: bool, rows: list[tuple[str, float]]) -> dict[str, Any]:
    from openfisca_system import OUTPUTS, build_system, new_array_simulation

    n = 100_000 if quick else 1_000_000
    repeat = 3 if quick else 5
    cases = make_cases(n)
    gains, aggravated, legal, days = cases["gains"], cases["aggravated"], cases["legal"], cases["days"]
    day = IR_ON.isoformat()

    def ours() -> tuple[Any, Any]:
        dsl = fine_bounds("cn.dsl.47", gains=gains, legal_person=legal, on=DSL_ON)
        ir = fine_bounds("ir.ipc.729", legal_person=legal, circumstances={"organised": aggravated}, on=IR_ON)
        return dsl, ir

    def ours_dated() -> Any:
        return fine_bounds("ir.ipc.729", legal_person=legal, circumstances={"organised": aggravated}, on=days)

    system = build_system()

    def openfisca_build() -> Any:
        return new_array_simulation(system, day, gains.astype(np.int32), aggravated, legal)

    def openfisca_all() -> list[Any]:
        simulation = openfisca_build()
        return [simulation.calculate(name, day) for name in OUTPUTS]

    ours()
    openfisca_all()
    t_ours = median_run(ours, repeat)
    t_dsl = median_run(lambda: fine_bounds("cn.dsl.47", gains=gains, on=DSL_ON), repeat)
    t_dated = median_run(ours_dated, repeat)
    t_of_build = median_run(openfisca_build, repeat)
    t_of_all = median_run(openfisca_all, repeat)
    simulation = openfisca_build()
    start = time.perf_counter()
    for name in OUTPUTS:
        simulation.calculate(name, day)
    t_of_calc = time.perf_counter() - start

    print(f"\n## 3. Batches: {n:,} cases (gains log-uniform up to 2e8, 30% aggravated, 20% legal persons)")
    print(f"{'path':62} {'time':>10} {'cases/s':>12}")

    def line(name: str, seconds: float) -> None:
        print(f"{name:62} {seconds * 1e3:8.1f} ms {n / seconds / 1e6:10.1f} M")
        rows.append((name, seconds))

    line("penalties.batch: DSL 47 fine + IR 729 fine (754, 748), exact", t_ours)
    line("penalties.batch: DSL 47 fine only", t_dsl)
    line("penalties.batch: IR 729 with a date column (amounts by date)", t_dated)
    line("OpenFisca array path: build + set_input + 4 outputs", t_of_all)
    line("OpenFisca: build + set_input only", t_of_build)
    line("OpenFisca: the 4 calculate() calls only (one run)", t_of_calc)
    print(f"throughput ratio, penalties.batch / OpenFisca (whole path): {t_of_all / t_ours:.1f}x")
    print(f"throughput ratio, penalties.batch / OpenFisca (calculate only): {t_of_calc / t_ours:.1f}x")

    # Every row of penalties.batch is exact: the DSL columns against integer arithmetic, a sample
    # of both against assess(), and the dated IR column against the bare function on a sample.
    dsl, ir = ours()
    below = gains < 100_000
    assert (dsl.low_num == np.where(below, 100_000, gains)).all() and (dsl.low_den == 1).all()
    assert (dsl.high_num == np.where(below, 1_000_000, 10 * gains)).all() and not dsl.fallback
    rng = np.random.default_rng(1)
    for i in rng.integers(0, n, 300).tolist():
        facts: dict[str, Any] = {"on": IR_ON, "offender": "legal_person" if legal[i] else "natural_person"}
        if aggravated[i]:
            facts["circumstances"] = {"organised"}
        assert ir.interval(i) == assess("ir.ipc.729", **facts).fine
        assert dsl.interval(i) == assess("cn.dsl.47", illegal_gains=int(gains[i]) or None, on=DSL_ON).fine
    dated = ours_dated()
    for i in rng.integers(0, n, 300).tolist():
        low, high, low_closed = bare_ir_729(days[i].astype(dt.date), bool(aggravated[i]), bool(legal[i]))
        assert (Fraction(int(dated.low_num[i]), int(dated.low_den[i])), int(dated.high_num[i])) == (low, high)
        assert bool(dated.low_closed[i]) == low_closed
    return {"cases": cases, "system": system}


def exactness_section(state: dict[str, Any]) -> None:
    from openfisca_system import new_array_simulation

    cases, system = state["cases"], state["system"]
    gains, aggravated, legal = cases["gains"], cases["aggravated"], cases["legal"]
    n = len(gains)
    print("\n## 4. Exactness: OpenFisca's default int32 / float32 columns against the exact bounds")
    day = IR_ON.isoformat()
    simulation = new_array_simulation(system, day, gains.astype(np.int32), aggravated, legal)
    high = simulation.calculate("dsl47_fine_high", day)
    exact = np.where(gains < 100_000, 1_000_000, 10 * gains)
    wrong = np.flatnonzero(high.astype(np.int64) != exact)
    print(f"DSL 47 high bound: {len(wrong):,} of {n:,} rows wrong in OpenFisca ({high.dtype}); first rows:")
    for i in wrong[:3].tolist():
        print(f"  gains {int(gains[i]):>13,}: exact {int(exact[i]):>15,}  OpenFisca {int(high[i]):>15,}")
    ours = fine_bounds("cn.dsl.47", gains=gains, on=DSL_ON)
    print(f"  penalties.batch: {int((ours.high_num != exact).sum())} rows differ (int64 with overflow limit)")

    # Art 754 in 1399 rials: two-thirds of 80,000,000 is 53,333,333 1/3.
    sample_n = 4
    flags = np.array([True, True, False, True])
    persons = np.array([False, True, False, False])
    sample_gains = np.array([214_748_364, 214_748_365, 99_999, 200_000_000], dtype=np.int32)
    for on in (IR_ON_1399, IR_ON):
        day = on.isoformat()
        small = new_array_simulation(system, day, sample_gains, flags, persons)
        of_low = small.calculate("ir729_fine_low", day)
        ours_ir = fine_bounds("ir.ipc.729", legal_person=persons, circumstances={"organised": flags}, on=on)
        print(f"IR 729 low bound on {day} ({of_low.dtype} in OpenFisca):")
        for i in range(sample_n):
            exact_low = Fraction(int(ours_ir.low_num[i]), int(ours_ir.low_den[i]))
            status = "ok" if Fraction(float(of_low[i])) == exact_low else "WRONG"
            who = "legal person" if persons[i] else "natural person"
            print(
                f"  {who:15} aggravated={bool(flags[i])!s:5}: exact {exact_low!s:>12}"
                f" = {float(exact_low):>16,.4f}  OpenFisca {float(of_low[i]):>16,.4f}  {status}"
            )


# ------------------------------------------------------------------------------------------------
# The speed targets: this checkout ("after"), another one ("before"), and the references, one run.


def measure(quick: bool) -> dict[str, float]:
    """Median seconds of the paths the targets name, for whichever ``penalties`` is imported."""
    number, repeat = (2_000, 7) if quick else (20_000, 15)
    found = {
        "assess DSL 47": per_call(lambda: assess("cn.dsl.47", illegal_gains=250_000, on=DSL_ON), number, repeat),
        "assess IR 729 + 754": per_call(
            lambda: assess("ir.ipc.729", circumstances={"organised"}, on=IR_ON), number, repeat
        ),
        "assess IR 729 + 748": per_call(
            lambda: assess("ir.ipc.729", offender="legal_person", on=IR_ON), number, repeat
        ),
        "DSL 47 + IR 729 -> 11 numbers": per_call(lambda: eleven(250_000, DSL_ON, IR_ON), number // 2, repeat),
    }
    for n in (1_000, 100_000 if quick else 1_000_000):
        gains = make_cases(n)["gains"]
        runs = 200 if n == 1_000 else 5
        found[f"batch DSL 47, {n:,} cases"] = per_call(
            lambda g=gains: fine_bounds("cn.dsl.47", gains=g, on=DSL_ON), runs, 7
        )
    return found


def references(quick: bool) -> dict[str, float]:
    """The same DSL 47 fines as a plain Python loop and as a hand-written numpy expression."""
    found: dict[str, float] = {}
    for n in (1_000, 100_000 if quick else 1_000_000):
        gains = make_cases(n)["gains"]
        values = gains.tolist()
        runs = 200 if n == 1_000 else 5

        def loop(values: list[int] = values) -> list[tuple[int, int]]:
            return [bare_dsl_47(g) for g in values]

        def numpy(g: Any = gains) -> tuple[Any, Any]:
            below = g < 100_000
            return np.where(below, 100_000, g), np.where(below, 1_000_000, 10 * g)

        found[f"loop {n:,}"] = per_call(loop, max(1, runs // 10), 7)
        found[f"numpy {n:,}"] = per_call(numpy, runs, 7)
    return found


def targets_section(quick: bool, before: str | None) -> None:
    after = measure(quick)
    old: dict[str, float] = {}
    if before is not None:
        import json

        env = dict(os.environ, PYTHONPATH=before)
        command = [sys.executable, __file__, "--measure-json"] + (["--quick"] if quick else [])
        out = subprocess.run(command, capture_output=True, text=True, check=True, env=env, cwd=before)
        old = json.loads(out.stdout.strip().splitlines()[-1])
    refs = references(quick)
    big = f"{100_000 if quick else 1_000_000:,}"
    print("\n## 0. Speed targets (one run: before, after, references)")
    print(f"{'path':34} {'before':>12} {'after':>12} {'reference':>12} {'target':>24} {'met':>4}")

    def row(name: str, target: str, limit: float | None = None, reference: float | None = None) -> None:
        value = after[name]
        shown_old = us(old[name]) if name in old else f"{'-':>13}"
        shown_ref = us(reference) if reference is not None else f"{'-':>13}"
        met = "yes" if limit is not None and value <= limit else "no" if limit is not None else ""
        print(f"{name:34}{shown_old}{us(value)}{shown_ref} {target:>24} {met:>4}")

    row("assess DSL 47", "<= 2 us", 2e-6)
    row("assess IR 729 + 754", "<= 2 us", 2e-6)
    row("assess IR 729 + 748", "")
    row("DSL 47 + IR 729 -> 11 numbers", "<= 5 us", 5e-6)
    row("batch DSL 47, 1,000 cases", "<= the loop", refs["loop 1,000"], refs["loop 1,000"])
    row(f"batch DSL 47, {big} cases", "<= 2x numpy", 2 * refs[f"numpy {big}"], refs[f"numpy {big}"])
    print(f"(reference of the 1,000-case row: a plain Python loop; numpy over them: {us(refs['numpy 1,000'])};")
    print(f" plain loop over {big}: {us(refs[f'loop {big}'])})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller counts (a smoke run)")
    parser.add_argument("--before", metavar="PATH", help="also time the library checked out at PATH")
    parser.add_argument("--targets", action="store_true", help="only the speed targets (section 0)")
    parser.add_argument("--measure-json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure_json:
        import json

        print(json.dumps(measure(args.quick)))
        return
    from importlib.metadata import version

    print(f"# penalties {penalties.__version__} benchmark, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")
    print(f"machine: {machine()}")
    try:
        openfisca = version("openfisca-core")
    except Exception:  # the targets need no OpenFisca; the comparison sections do
        openfisca = "not installed"
    print(f"python {platform.python_version()}, numpy {np.__version__}, openfisca-core {openfisca}")
    print(f"load average before: {load()}")
    targets_section(args.quick, args.before)
    if args.targets:
        print(f"\nload average after: {load()}")
        return
    rows: list[tuple[str, float]] = []
    single_case_section(args.quick, rows)
    explain_and_import_section(args.quick, rows)
    state = batch_section(args.quick, rows)
    exactness_section(state)
    print(f"\nload average after: {load()}")


if __name__ == "__main__":
    main()

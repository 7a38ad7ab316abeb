"""Median cost of one ``assess()`` of DSL Art 47 next to the bare formula in plain Python.

Run: ``python benchmarks/bench_assess.py`` (on demand; never part of the test suite).
The ratio says what the typed, validated, explained result costs over the arithmetic alone.
"""

from __future__ import annotations

import datetime as dt
import platform
import statistics
import sys
import timeit

from penalties import assess

ON = dt.date(2024, 5, 1)


def bare_dsl_47(gains: int) -> tuple[int, int]:
    """The same bounds with nothing around them: the limit."""
    if gains < 100_000:
        return 100_000, 1_000_000
    return gains, 10 * gains


def median_seconds(statement, number: int, repeat: int = 15) -> float:
    timer = timeit.Timer(statement)
    return statistics.median(t / number for t in timer.repeat(repeat=repeat, number=number))


def main() -> None:
    assert bare_dsl_47(250_000) == (250_000, 2_500_000)
    assert assess("cn.dsl.47", illegal_gains=250_000, on=ON).fine is not None
    cases = {
        "assess cn.dsl.47, gains 250,000": lambda: assess("cn.dsl.47", illegal_gains=250_000, on=ON),
        "assess cn.dsl.47, gains 50,000": lambda: assess("cn.dsl.47", illegal_gains=50_000, on=ON),
        "assess cn.dsl.45.1 aggravated": lambda: assess("cn.dsl.45.1", circumstances={"refused_correction"}, on=ON),
    }
    bare = median_seconds(lambda: bare_dsl_47(250_000), number=200_000)
    print(f"python {platform.python_version()} on {platform.machine()} ({sys.platform})")
    print(f"{'case':40} {'median':>12} {'x bare':>8}")
    print(f"{'bare Python, DSL 47 bounds':40} {bare * 1e6:10.3f} us {1:8.0f}")
    for name, call in cases.items():
        seconds = median_seconds(call, number=20_000)
        print(f"{name:40} {seconds * 1e6:10.3f} us {seconds / bare:8.0f}")


if __name__ == "__main__":
    main()

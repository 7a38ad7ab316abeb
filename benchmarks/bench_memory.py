"""Resident memory over many distinct assessments: the caches keyed on caller input stay bounded.

Runs ``assess()`` + ``explain()`` (and, with ``--html``, ``to_html()``) on N distinct cases (DSL
Art 47 with gains 1..N, in turn in every locale, plus Iranian Art 729 on N distinct days), and
prints the resident set size (RSS) at the start, after warming up, every tenth of the run, and
the growth after warm-up. A library that caches per input without a bound grows linearly here.

    python benchmarks/bench_memory.py            # 1,000,000 cases (about a minute and a half)
    python benchmarks/bench_memory.py -n 100000 --html
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import sys
import time


def rss_mb() -> float:
    """Current resident set size in MiB (Linux: /proc/self/statm; elsewhere: peak RSS)."""
    try:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:  # pragma: no cover - not Linux
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (2**20 if sys.platform == "darwin" else 2**10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1_000_000, help="number of distinct cases")
    parser.add_argument("--html", action="store_true", help="also render each case as HTML")
    options = parser.parse_args(argv)

    from penalties import assess
    from penalties.render.i18n import CACHE_SIZE, SUPPORTED_LOCALES

    start = rss_mb()
    locales = SUPPORTED_LOCALES
    first_day = dt.date(2024, 7, 1)

    def one(i: int) -> None:
        locale = locales[i % len(locales)]
        if i % 4 == 3:
            a = assess("ir.ipc.729", on=first_day + dt.timedelta(days=i % 20_000))
        else:
            a = assess("cn.dsl.47", illegal_gains=i + 1, on="2024-05-01")
        a.explain(locale)
        if options.html:
            a.to_html(locale)

    warm = min(options.n, 5 * CACHE_SIZE * len(locales))  # every cache filled to its bound
    for i in range(warm):
        one(i)
    gc.collect()
    after_warm = rss_mb()
    print(f"cases: {options.n:,}  html: {options.html}  cache size per locale: {CACHE_SIZE:,}")
    print(f"RSS at start {start:.1f} MiB, after {warm:,} warm-up cases {after_warm:.1f} MiB")
    began = time.perf_counter()
    tenth = max(1, options.n // 10)
    for i in range(warm, options.n):
        one(i)
        if (i + 1) % tenth == 0:
            print(f"  {i + 1:>10,} cases: RSS {rss_mb():.1f} MiB")
    gc.collect()
    end = rss_mb()
    elapsed = time.perf_counter() - began
    print(f"RSS growth after warm-up: {end - after_warm:+.1f} MiB over {options.n - warm:,} cases ({elapsed:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

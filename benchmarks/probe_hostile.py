"""A broad hostile-input probe over every public entry point: counts untyped errors and slow calls.

Draws random hostile values (bombs of magnitude and precision, malformed grouping, floats, NaN,
wrong types, deep nesting, control characters, huge strings, wrong currencies, dates at the
calendar's edges) and feeds them to ``assess``, ``Article.assess``, ``facts_from_json``,
``Assessment.from_dict`` (mutated real documents), ``explain`` / ``to_html`` / ``repr``,
``whatif.sweep`` / ``compare`` / ``dates`` / ``reform``, ``batch.fine_bounds`` and the command line.
Every call must return or raise a ``PenaltiesError`` (argparse's ``SystemExit`` for the command
line), within a second. Prints the counts per entry point and the slowest call.

    python benchmarks/probe_hostile.py              # 30,000 inputs
    python benchmarks/probe_hostile.py -n 100000 --seed 7
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import io
import random
import time
import traceback
from collections import Counter
from contextlib import redirect_stderr, redirect_stdout
from decimal import Decimal
from fractions import Fraction
from typing import Any

SLOW = 1.0


def hostile_value(rng: random.Random, depth: int = 0) -> Any:
    pick = rng.randrange(24)
    if pick == 0:
        return rng.choice(["9e999999999", "1e-5000", "1e-100000", "0e999999999", "1e39", "1e40", "-1"])
    if pick == 1:
        return rng.choice(["12,5", "1,0000,0", "1,250,000", "1_250_000", ",5", "5,", "۱۲٬۵۰۰", "1/0", "40000000/3"])
    if pick == 2:
        return rng.choice([0.1, 1e300, float("nan"), float("inf"), -0.0])
    if pick == 3:
        return rng.choice([Decimal("NaN"), Decimal("1e999999999"), Decimal("0." + "1" * 5000), Decimal("12.5")])
    if pick == 4:
        return rng.choice([Fraction(1, 10**5000), Fraction(40_000_000, 3), Fraction(-1, 3)])
    if pick == 5:
        return rng.choice([10**40, 10 ** (10**5), -(10**39), 2**63, 2**64 + 1, 0, 1, 99_999, 100_000, 100_001])
    if pick == 6:
        return rng.choice([True, False, None])
    if pick == 7:
        return "".join(chr(rng.randrange(0, 0x3000)) for _ in range(rng.randrange(0, 30)))
    if pick == 8:
        return "x" * rng.choice([1_000, 100_000, 1_000_000])
    if pick == 9:
        return rng.choice(["\x1b]0;pwned\x07", "a\nb", "\u202e", "\x00"])
    if pick == 10:
        return rng.choice(["2024-05-01", "1403/04/04", "9999-12-31", "0001-01-01", "1403/13/40", "20240501"])
    if pick == 11:
        return rng.choice([dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.datetime(2024, 5, 1, 12), dt.date(2024, 7, 1)])
    if pick == 12:
        return rng.choice(["organised", "wide_scale", "serious", "refused_correction", "legal_person", "individual"])
    if pick == 13 and depth < 3:
        return [hostile_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    if pick == 14 and depth < 3:
        size = rng.randrange(3)
        return {text(hostile_value(rng, depth + 1))[:20]: hostile_value(rng, depth + 1) for _ in range(size)}
    if pick == 15:
        nested: Any = 1
        for _ in range(rng.choice([100, 10_000, 100_000])):
            nested = [nested]
        return nested
    if pick == 16 and depth < 3:
        return frozenset(text(hostile_value(rng, depth + 1))[:12] for _ in range(rng.randrange(3)))
    if pick == 17:
        return {"amount": rng.choice(["1", "1e999999999", 5, None]), "currency": rng.choice(["CNY", "IRR", "USD", 1])}
    if pick == 18:
        return (x for x in range(3))
    if pick == 19:
        return object()
    return rng.randrange(-10, 10**7)


def text(value: Any) -> str:
    """Some text made from a hostile value (never fails, whatever the value)."""
    try:
        return str(value)[:2000]
    except (ValueError, RecursionError):
        return type(value).__name__


def mutate(document: Any, rng: random.Random) -> Any:
    """A copy of ``document`` with one place deleted, added to or replaced by a hostile value."""
    data = copy.deepcopy(document)
    node: Any = data
    for _ in range(rng.randrange(1, 6)):
        if isinstance(node, dict) and node:
            key = rng.choice(list(node))
            if rng.random() < 0.5 or not isinstance(node[key], (dict, list)):
                choice = rng.randrange(3)
                if choice == 0:
                    del node[key]
                elif choice == 1:
                    node[text(hostile_value(rng))[:30]] = hostile_value(rng)
                else:
                    node[key] = hostile_value(rng)
                return data
            node = node[key]
        elif isinstance(node, list) and node:
            index = rng.randrange(len(node))
            if rng.random() < 0.5 or not isinstance(node[index], (dict, list)):
                node[index] = hostile_value(rng)
                return data
            node = node[index]
        else:
            break
    return hostile_value(rng) if rng.random() < 0.05 else data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=30_000, help="number of hostile inputs")
    parser.add_argument("--seed", type=int, default=20261130)
    options = parser.parse_args(argv)

    from penalties import Assessment, assess, catalog
    from penalties.__main__ import main as cli
    from penalties.core.errors import PenaltiesError
    from penalties.render.codec import facts_from_json

    try:
        import numpy as np

        from penalties import batch, whatif
    except ImportError:  # pragma: no cover - without the extras
        np = None  # type: ignore[assignment]

    rng = random.Random(options.seed)
    articles = catalog()
    documents = [
        assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01").to_dict(),
        assess("cn.dsl.45.1", circumstances={"refused_correction"}, on="2024-05-01").to_dict(),
        assess("ir.ipc.729", circumstances={"organised"}, on="1403/04/04").to_dict(),
        assess("ir.ipc.729", offender="legal_person", on="1403/04/04").to_dict(),
        assess("cn.cl.253-1", information_items={"other": 5_000}, on="2024-05-01").to_dict(),
    ]
    locales = ["en", "zh_CN", "fa_IR", "ar", "ms"]

    def facts_of(entry: Any) -> dict[str, Any]:
        names = [*entry.act.facts_type.field_names(), "x\x1b", "gains", ""]
        return {rng.choice(names): hostile_value(rng) for _ in range(rng.randrange(1, 4))}

    def call_assess() -> Any:
        entry = rng.choice(articles)
        found = assess(entry.id, **facts_of(entry))
        for locale in locales:
            found.explain(locale)
        found.to_html(rng.choice(locales))
        repr(found)
        return Assessment.from_dict(found.to_dict()) == found or _fail("round trip")

    def call_article_assess() -> Any:
        entry = rng.choice(articles)
        return entry.assess(**facts_of(entry))

    def call_facts_from_json() -> Any:
        entry = rng.choice(articles)
        return facts_from_json(entry, rng.choice([facts_of(entry), hostile_value(rng)]))

    def call_from_dict() -> Any:
        return Assessment.from_dict(mutate(rng.choice(documents), rng))

    def call_explain() -> Any:
        found = assess("cn.dsl.47", illegal_gains=rng.randrange(10**6), on="2024-05-01")
        return found.explain(hostile_value(rng))

    def call_sweep() -> Any:
        article_id = rng.choice(["cn.dsl.47", "ir.ipc.729", "cn.dsl.45.1"])
        fact = rng.choice(["illegal_gains", "circumstances", "on", "offender", hostile_value(rng)])
        values = rng.choice([[hostile_value(rng) for _ in range(3)], hostile_value(rng)])
        return whatif.sweep_rows(article_id, fact, values)

    def call_whatif_other() -> Any:
        pick = rng.randrange(3)
        if pick == 0:
            return whatif.dates(hostile_value(rng), hostile_value(rng), hostile_value(rng))
        if pick == 1:
            return whatif.reform(rng.choice(["cn.dsl.47", hostile_value(rng)]), **{text(hostile_value(rng))[:10]: 1})
        return whatif.compare(
            rng.choice(["cn.dsl.47", "ir.ipc.729"]),
            rng.choice(["cn.dsl.47", "ir.ipc.729"]),
            "illegal_gains",
            [hostile_value(rng)],
        )

    def call_batch() -> Any:
        article_id = rng.choice(["cn.dsl.47", "ir.ipc.729", "cn.dsl.45.1", hostile_value(rng)])
        n = rng.randrange(0, 50)
        kwargs: dict[str, Any] = {}
        for name in rng.sample(["gains", "legal_person", "on", "circumstances", "kind", "addressee"], rng.randrange(4)):
            if name == "gains":
                kwargs[name] = rng.choice(
                    [
                        np.arange(n),
                        np.full(n, 2**62),
                        [hostile_value(rng) for _ in range(n)],
                        hostile_value(rng),
                        np.array([0.5] * n),
                    ]
                )
            elif name == "circumstances":
                kwargs[name] = {text(hostile_value(rng))[:10]: np.zeros(n, bool) for _ in range(rng.randrange(70))}
            else:
                kwargs[name] = hostile_value(rng)
        result = batch.fine_bounds(article_id, **kwargs)
        result.interval(hostile_value(rng))
        return result

    def call_cli() -> Any:
        words = [
            "assess",
            "show",
            "list",
            "schema",
            "--json",
            "--gains",
            "--on",
            "--fact",
            "--facts",
            "--locale",
            "--circumstance",
            "cn.dsl.47",
            "ir.ipc.729",
            "cn.cl.180",
            "combine",
            "--sentence",
            "--rule",
            "--served",
            "concur",
            "cn.pipl.66.2",
            "--offence-date",
            "fixed_term_imprisonment=3y",
        ]
        argv_ = [rng.choice(words) if rng.random() < 0.6 else text(hostile_value(rng))[:2000] for _ in range(6)]
        with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
            try:
                return cli(argv_)
            except SystemExit as done:
                return done.code

    from penalties import Concurrence, SeveralOffences, Term, concur
    from penalties.law.cn import administrative, sentencing
    from penalties.law.ir.sentencing import OffenceRanges, several_offences
    from penalties.law.ir.sentencing import limitation as ir_limitation

    results = [
        concur(["cn.dsl.45.1", "cn.pipl.66.2"], turnover=2_000_000_000, on="2024-05-01").to_dict(),
        sentencing.combine(
            [{"fixed_term_imprisonment": Term.years(3), "fine": 20_000}, {"criminal_detention": Term.months(4)}]
        ).to_dict(),
    ]
    ir_offence = OffenceRanges.from_assessment(assess("ir.ipc.730", on="2025-01-01"))

    def call_concur() -> Any:
        ids = [
            rng.choice(["cn.dsl.45.1", "cn.pipl.66.2", "cn.csl.64.1", "ir.ipc.729", text(hostile_value(rng))[:20]])
            for _ in range(rng.randrange(0, 4))
        ]
        found = concur(
            rng.choice([ids, hostile_value(rng)]),
            **{
                rng.choice(["on", "turnover", "illegal_gains", "offender", "circumstances", "x"]): hostile_value(rng)
                for _ in range(rng.randrange(3))
            },
        )
        found.explain(rng.choice(locales))
        return Concurrence.from_dict(found.to_dict()) == found or _fail("concurrence round trip")

    def call_general_part() -> Any:
        pick = rng.randrange(7)
        if pick == 6:
            found = assess("ir.ipc.730", on="2025-01-01")
            return ir_limitation(
                rng.choice([found, hostile_value(rng)]),
                kind=rng.choice(["prosecution", "execution", hostile_value(rng)]),
                start=hostile_value(rng),
                on=hostile_value(rng),
                acts=rng.choice([(), [hostile_value(rng)], hostile_value(rng)]),
            )
        if pick == 0:
            items = [
                {
                    rng.choice(
                        [
                            "fixed_term_imprisonment",
                            "criminal_detention",
                            "fine",
                            "offence_date",
                            "life_imprisonment",
                            text(hostile_value(rng))[:10],
                        ]
                    ): hostile_value(rng)
                }
                for _ in range(rng.randrange(0, 4))
            ]
            return sentencing.combine(
                rng.choice([items, hostile_value(rng)]),
                rule=rng.choice(["69", "70", hostile_value(rng)]),
                served=rng.choice([None, hostile_value(rng)]),
            )
        if pick == 1:
            return sentencing.probation(
                rng.choice(["fixed_term_imprisonment", hostile_value(rng)]),
                hostile_value(rng),
                judgment_date=hostile_value(rng),
            )
        if pick == 2:
            found = assess("cn.cl.253-1", circumstances={"serious"}, on="2024-05-01")
            return sentencing.limitation(
                found,
                maximum=rng.choice(["tier", hostile_value(rng)]),
                offence_end=hostile_value(rng),
                filed_on=hostile_value(rng),
            )
        if pick == 3:
            return administrative.administrative_limitation(
                act_end=hostile_value(rng), discovered_on=hostile_value(rng)
            )
        if pick == 4:
            return several_offences(
                rng.choice([[ir_offence] * rng.randrange(0, 5), hostile_value(rng)]),
                hostile_value(rng),
                rng.choice([None, hostile_value(rng)]),
            )
        return SeveralOffences.from_dict(mutate(rng.choice(results), rng))

    entries = {
        "assess+explain+html+round trip": call_assess,
        "concur+explain+round trip": call_concur,
        "combine/probation/limitation/134": call_general_part,
        "Article.assess": call_article_assess,
        "facts_from_json": call_facts_from_json,
        "Assessment.from_dict": call_from_dict,
        "explain(locale)": call_explain,
        "command line": call_cli,
    }
    if np is not None:
        entries |= {
            "whatif.sweep_rows": call_sweep,
            "whatif dates/reform/compare": call_whatif_other,
            "batch.fine_bounds": call_batch,
        }

    calls: Counter[str] = Counter()
    typed: Counter[str] = Counter()
    untyped: Counter[str] = Counter()
    slow: Counter[str] = Counter()
    worst = (0.0, "")
    examples: dict[str, str] = {}
    names = list(entries)
    for i in range(options.n):
        name = names[i % len(names)]
        began = time.perf_counter()
        try:
            entries[name]()
        except PenaltiesError:
            typed[name] += 1
        except Exception as error:
            untyped[name] += 1
            frames = traceback.extract_tb(error.__traceback__)[-3:]
            where = " <- ".join(f"{f.filename.rsplit('/', 2)[-1]}:{f.lineno}" for f in reversed(frames))
            examples.setdefault(name, f"{type(error).__name__}: {str(error)[:160]} at {where}")
        elapsed = time.perf_counter() - began
        calls[name] += 1
        if elapsed > SLOW:
            slow[name] += 1
        if elapsed > worst[0]:
            worst = (elapsed, name)
    print(f"{'entry point':<34}{'calls':>8}{'typed':>8}{'untyped':>9}{'> 1 s':>7}")
    for name in names:
        print(f"{name:<34}{calls[name]:>8,}{typed[name]:>8,}{untyped[name]:>9,}{slow[name]:>7,}")
    print(
        f"total {sum(calls.values()):,} calls, {sum(untyped.values())} untyped, {sum(slow.values())} over 1 s; "
        f"slowest {worst[0] * 1000:.1f} ms ({worst[1]})"
    )
    for name, example in examples.items():
        print(f"  {name}: {example}")
    return 1 if untyped or slow else 0


def _fail(what: str) -> None:
    raise AssertionError(what)


if __name__ == "__main__":
    raise SystemExit(main())

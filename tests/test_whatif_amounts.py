"""Sweeping an amount fact other than the gains: PIPL Art 66(2) turnover, CSL 2016 Art 65 procurement.

PIPL Art 66 para 2 (law notes §4, VERIFIED): "五千万元以下或者上一年度营业额百分之五以下"; the limbs
meet at a turnover of 1,000,000,000. CSL 2016 Art 65 (§5, SINGLE-SOURCE): 1x-10x the procurement amount.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import penalties
from penalties import whatif
from penalties.core.errors import InvalidFactError

ON = "2024-05-01"
TURNOVERS = [None, 1, 999_999_999, 1_000_000_000, 1_000_000_001, 2_000_000_000, 10**20]


def _point(article: str, fact: str, value: object, **facts: object) -> tuple[object, ...]:
    fine = penalties.assess(article, **{fact: value}, on=ON, **facts).fine
    return (fine.low.amount, fine.high.amount, fine.low_closed, fine.high_closed)


@pytest.mark.parametrize("caps", ["authority_chooses", "higher", "lower"])
def test_turnover_sweep_equals_assess(caps: str) -> None:
    readings = {"art66_2_caps": caps}
    rows = whatif.sweep_rows("cn.pipl.66.2", "turnover", TURNOVERS, on=ON, readings=readings)
    got = [(r["low"], r["high"], r["low_closed"], r["high_closed"]) for r in rows]
    assert got == [_point("cn.pipl.66.2", "turnover", t, readings=readings) for t in TURNOVERS]
    assert all(r["error"] is None for r in rows)


def test_turnover_sweep_figures() -> None:
    rows = whatif.sweep_rows("cn.pipl.66.2", "turnover", [999_999_999, 1_000_000_000, 1_000_000_001], on=ON)
    # Outer bound: 50,000,000 up to a turnover of 1,000,000,000, then 5 % of it, exactly.
    assert [r["high"] for r in rows] == [50_000_000, 50_000_000, Fraction(1_000_000_001, 20)]
    assert {r["low"] for r in rows} == {0} and not any(r["low_closed"] for r in rows)


def test_turnover_sweep_refuses_what_assess_refuses() -> None:
    for bad in (0, -5, 1.5):
        with pytest.raises(InvalidFactError) as caught:
            whatif.sweep_rows("cn.pipl.66.2", "turnover", [5, bad], on=ON)
        assert caught.value.field == "turnover"
        assert "sweep point 1" in caught.value.__notes__


def test_procurement_sweep_equals_assess() -> None:
    values = [1, 7, 10**15]
    rows = whatif.sweep_rows("cn.csl.65", "procurement_amount", values, on=ON, cii_operator=True)
    assert [(r["low"], r["high"]) for r in rows] == [(v, 10 * v) for v in values]
    none = whatif.sweep_rows("cn.csl.65", "procurement_amount", [None], on=ON, cii_operator=True)
    assert none[0]["error"] is not None and none[0]["high"] is None


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(1, 10**18), min_size=2, max_size=20))
def test_turnover_sweep_is_monotone_and_exact(turnovers: list[int]) -> None:
    ordered = sorted(turnovers)
    rows = whatif.sweep_rows("cn.pipl.66.2", "turnover", ordered, on=ON)
    highs = [r["high"] for r in rows]
    assert highs == sorted(highs)
    assert highs == [max(Fraction(50_000_000), Fraction(t, 20)) for t in ordered]

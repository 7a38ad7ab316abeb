"""Batches over an amount fact other than the gains: PIPL Art 66(2) turnover, CSL 2016 Art 65 procurement.

Figures from the law notes (``china_time_and_sentencing.md`` §4, §5): PIPL Art 66 para 2
"五千万元以下或者上一年度营业额百分之五以下" (VERIFIED): caps (0, 50,000,000] and (0, 5 % x turnover],
equal at a turnover of 1,000,000,000; CSL 2016 Art 65 "采购金额一倍以上十倍以下": 1x-10x the
procurement amount, inclusive.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import penalties
from penalties.batch import fine_bounds, fine_bounds_frame
from penalties.core.errors import InvalidFactError
from penalties.core.plan import gains_pieces
from penalties.core.sanction import Addressee, SanctionKind

ON = "2024-05-01"
TURNOVERS = [None, 1, 999_999_999, 1_000_000_000, 1_000_000_001, 2_000_000_000, 10**15]


def _assessed(article: str, fact: str, values: list[object], **facts: object) -> list[object]:
    return [penalties.assess(article, **{fact: value}, on=ON, **facts).fine for value in values]


@pytest.mark.parametrize("caps", ["authority_chooses", "higher", "lower"])
def test_pipl_66_2_turnover_column_equals_assess(caps: str) -> None:
    readings = {"art66_2_caps": caps}
    got = fine_bounds("cn.pipl.66.2", turnover=TURNOVERS, on=ON, readings=readings)
    assert got.intervals() == _assessed("cn.pipl.66.2", "turnover", TURNOVERS, readings=readings)
    assert not got.fallback  # every row fits int64: vectorised, not the scalar fallback


def test_pipl_66_2_turnover_figures() -> None:
    got = fine_bounds("cn.pipl.66.2", turnover=np.array([999_999_999, 1_000_000_000, 2_000_000_000]), on=ON)
    # Below 1,000,000,000 the fixed cap of 50,000,000 is the outer bound; at it the limbs are equal;
    # above it 5 % of the turnover (2,000,000,000 -> 100,000,000). Low end excluded (no minimum).
    assert got.high_num.tolist() == [50_000_000, 50_000_000, 100_000_000]
    assert got.high_den.tolist() == [1, 1, 1]
    assert got.low_num.tolist() == [0, 0, 0]
    assert not got.low_closed.any() and got.high_closed.all()
    lower = fine_bounds("cn.pipl.66.2", turnover=[999_999_999], on=ON, readings={"art66_2_caps": "lower"})
    assert lower.interval(0).high.amount == Fraction(999_999_999, 20)


def test_pipl_66_2_plan_is_piecewise_in_turnover() -> None:
    art = penalties.article("cn.pipl.66.2")
    facts = art.make_facts({"on": ON})
    pieces = gains_pieces(art, facts, SanctionKind.FINE, Addressee.OFFENDER, fact="turnover")
    assert [start for start, _, _ in pieces] == [0, 1_000_000_000]
    assert pieces[1][1] == ("linear", 0, Fraction(1, 20), False, True)


def test_csl_65_procurement_column_equals_assess() -> None:
    amounts = [1, 7, 5_000_000, 10**15]
    got = fine_bounds("cn.csl.65", procurement_amount=amounts, on=ON, cii_operator=True)
    assert got.intervals() == _assessed("cn.csl.65", "procurement_amount", amounts, cii_operator=True)
    # 1x to 10x, inclusive (CSL 2016 Art 65).
    assert got.low_num.tolist() == amounts and got.high_num.tolist() == [10 * a for a in amounts]
    assert got.low_closed.all() and got.high_closed.all()
    # Beyond int64 / 10 the scalar path keeps the row exact.
    big = fine_bounds("cn.csl.65", procurement_amount=[1, 2**62], on=ON, cii_operator=True)
    assert big.interval(1) == penalties.assess("cn.csl.65", procurement_amount=2**62, on=ON, cii_operator=True).fine
    assert 1 in big.fallback


def test_csl_65_without_procurement_amount_names_the_row() -> None:
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds("cn.csl.65", procurement_amount=[5, None], on=ON, cii_operator=True)
    assert caught.value.field == "procurement_amount"
    assert "batch row 1" in caught.value.__notes__


@pytest.mark.parametrize(
    ("column", "row"),
    [
        ([5, 0], 1),  # 0 is refused, not read as no turnover
        ([5, 1.5], None),  # a float (first float row refused)
        ([float("nan")], 0),
        (np.array([1.0, 2.0]), 0),
        ([5, -3], 1),
        (np.array([5, -3]), 1),
        ([5, 10**400], 1),  # beyond the library's cap
        ([True, 5], 0),
        (["lots"], 0),
    ],
)
def test_hostile_turnover_columns(column: object, row: int | None) -> None:
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds("cn.pipl.66.2", turnover=column, on=ON)
    assert caught.value.field == "turnover"
    if row is not None:
        assert f"batch row {row}" in caught.value.__notes__


def test_one_amount_column_a_batch() -> None:
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds("cn.pipl.66.2", turnover=[1, 2], gains=[3, 4], on=ON)
    assert caught.value.field == "gains"
    # Gains as one value beside a turnover column: every row reads both.
    got = fine_bounds("cn.pipl.66.2", turnover=[1, 2], gains=5, on=ON, kind=SanctionKind.CONFISCATION_OF_ILLEGAL_GAINS)
    expected = penalties.assess("cn.pipl.66.2", turnover=1, illegal_gains=5, on=ON)
    assert got.interval(0) == expected.find(SanctionKind.CONFISCATION_OF_ILLEGAL_GAINS).range


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.none(), st.integers(1, 2**62)), min_size=1, max_size=8))
def test_turnover_batch_is_assess_row_by_row(turnovers: list[int | None]) -> None:
    got = fine_bounds("cn.pipl.66.2", turnover=turnovers, on=ON)
    assert got.intervals() == _assessed("cn.pipl.66.2", "turnover", turnovers)


def test_csl_65_both_sides_of_the_amendment() -> None:
    # 2016 Art 65 to 2025-12-31, amended Art 67 from 2026-01-01 (law notes §6.3): 1x-10x either way;
    # each span is described by the plan of the text in force on both dates.
    days = np.array(["2025-12-31", "2026-01-01"] * 4, dtype="datetime64[D]")
    amounts = np.arange(1, 9) * 1_000
    got = fine_bounds("cn.csl.65", procurement_amount=amounts, on=days, cii_operator=True)
    expected = [
        penalties.assess("cn.csl.65", procurement_amount=int(a), on=str(d), cii_operator=True).fine
        for a, d in zip(amounts, days, strict=True)
    ]
    assert got.intervals() == expected
    # An act of 2025 decided in 2026: two texts, weighed by the time rule row by row (still exact).
    late = fine_bounds(
        "cn.csl.65", procurement_amount=[5, 6], on="2026-03-01", offence_date="2025-06-01", cii_operator=True
    )
    one = penalties.assess(
        "cn.csl.65", procurement_amount=6, on="2026-03-01", offence_date="2025-06-01", cii_operator=True
    )
    assert late.interval(1) == one.fine


def test_turnover_from_pandas_and_arrow() -> None:
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    frame = pd.DataFrame({"t": pd.array([None, 5, 2_000_000_000], dtype="Int64")}, index=["a", "b", "c"])
    expected = _assessed("cn.pipl.66.2", "turnover", [None, 5, 2_000_000_000])
    assert fine_bounds("cn.pipl.66.2", turnover=frame["t"], on=ON).intervals() == expected
    assert fine_bounds("cn.pipl.66.2", turnover=pa.array([None, 5, 2_000_000_000]), on=ON).intervals() == expected
    result = fine_bounds_frame(frame, "cn.pipl.66.2", turnover="t", on=dt.date(2024, 5, 1))
    assert result["high"].tolist() == [50_000_000, 50_000_000, 100_000_000]  # a missing turnover is none
    # A turnover of 0 is refused, not read as missing; the note names the frame's row.
    zero = pd.DataFrame({"t": pd.array([5, 0], dtype="Int64")}, index=["x", "y"])
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds_frame(zero, "cn.pipl.66.2", turnover="t", on=dt.date(2024, 5, 1))
    assert caught.value.field == "turnover" and "frame column 't', frame index 'y'" in caught.value.__notes__
    for bad in (pd.Series([1.0, 2.0]), pd.Series([True, False]), pa.array([1.5])):
        with pytest.raises(InvalidFactError) as caught:
            fine_bounds("cn.pipl.66.2", turnover=bad, on=ON)
        assert caught.value.field == "turnover"

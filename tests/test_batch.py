"""penalties.batch: every row equals the scalar path, assess(...).fine, exactly."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest

np = pytest.importorskip("numpy")

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import penalties  # noqa: E402
from penalties import InvalidFactError, NotInForceError, PenaltiesError, assess  # noqa: E402
from penalties.batch import INT64_MAX, FineBounds, fine_bounds  # noqa: E402

ON = dt.date(2024, 5, 1)
LIMIT_10X = INT64_MAX // 10
EDGES = [0, 1, 99_999, 100_000, 100_001, 214_748_364, 214_748_365, LIMIT_10X - 1, LIMIT_10X, LIMIT_10X + 1, INT64_MAX]


def expected_row(article_id: str, addressee: str = "offender", **facts: Any) -> Any:
    found = assess(article_id, **facts).find(penalties.SanctionKind.FINE, penalties.Addressee(addressee))
    return None if found is None else found.range


def check_dsl(bounds: FineBounds, gains: list[Any], legal: list[bool] | None, addressee: str = "offender") -> None:
    assert len(bounds) == len(gains)
    for i, value in enumerate(gains):
        facts: dict[str, Any] = {"on": ON}
        if value not in (0, None):
            facts["illegal_gains"] = value
        if legal is not None:
            facts["offender"] = "legal_person" if legal[i] else "natural_person"
        assert bounds.interval(i) == expected_row("cn.dsl.47", addressee, **facts), (i, value)


def test_threshold_and_int64_edges() -> None:
    gains = np.array(EDGES, dtype=np.int64)
    bounds = fine_bounds("cn.dsl.47", gains=gains, on=ON)
    check_dsl(bounds, EDGES, None)
    assert bounds.low_num.dtype == np.int64 and bounds.high_num.dtype == np.int64
    # 100,000 is not below the threshold (不足 excludes the number): 1x-10x applies from there.
    assert bounds.low_num[:5].tolist() == [100_000, 100_000, 100_000, 100_000, 100_001]
    assert bounds.high_num[:5].tolist() == [1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_010]
    # 10x fits int64 up to (2**63 - 1) // 10; above, the row is exact through the scalar path.
    assert bounds.high_num[EDGES.index(LIMIT_10X)] == LIMIT_10X * 10
    assert bounds.fallback_rows.tolist() == [EDGES.index(LIMIT_10X + 1), EDGES.index(INT64_MAX)]
    big = bounds.interval(EDGES.index(INT64_MAX))
    assert big is not None and big.high.amount == INT64_MAX * 10
    assert bounds.high_num[EDGES.index(INT64_MAX)] == 0 and not bounds.has_fine[EDGES.index(INT64_MAX)]


@given(
    st.lists(
        st.one_of(
            st.integers(0, 2 * 10**8),
            st.sampled_from(EDGES),
            st.integers(LIMIT_10X - 1000, INT64_MAX),
        ),
        min_size=1,
        max_size=40,
    ),
    st.data(),
)
def test_random_gains_equal_assess(gains: list[int], data: st.DataObject) -> None:
    legal = data.draw(st.lists(st.booleans(), min_size=len(gains), max_size=len(gains)))
    column = np.array(gains, dtype=np.int64)
    check_dsl(fine_bounds("cn.dsl.47", gains=column, legal_person=np.array(legal), on=ON), gains, legal)
    persons = fine_bounds(
        "cn.dsl.47", gains=column, legal_person=np.array(legal), on=ON, addressee="responsible_persons"
    )
    check_dsl(persons, gains, legal, "responsible_persons")


def test_million_random_rows_match_a_sample() -> None:
    rng = np.random.default_rng(7)
    gains = np.floor(10 ** rng.uniform(0, np.log10(2e8), 1_000_000)).astype(np.int64)
    gains[:5] = [0, 99_999, 100_000, 214_748_365, 200_000_000]
    bounds = fine_bounds("cn.dsl.47", gains=gains, on=ON)
    below = gains < 100_000
    assert (bounds.low_num == np.where(below, 100_000, gains)).all()
    assert (bounds.high_num == np.where(below, 1_000_000, 10 * gains)).all()
    assert (bounds.low_den == 1).all() and bounds.low_closed.all() and bounds.high_closed.all()
    for i in [*range(5), *rng.integers(0, len(gains), 200).tolist()]:
        assert bounds.interval(i) == expected_row("cn.dsl.47", illegal_gains=int(gains[i]) or None, on=ON)


def test_exact_fallback_for_values_outside_int64() -> None:
    gains: list[Any] = [0, "12345.67", Fraction(1_000_001, 3), Decimal("100000.00"), 2**70, None, 150_000]
    bounds = fine_bounds("cn.dsl.47", gains=gains, on=ON)
    check_dsl(bounds, gains, None)
    assert bounds.fallback_rows.tolist() == [1, 2, 3, 4]
    fraction = bounds.interval(2)
    assert fraction is not None and fraction.low.amount == Fraction(1_000_001, 3)
    assert bounds.low_num[6] == 150_000 and bounds.high_num[6] == 1_500_000


def test_unsigned_column_above_int64() -> None:
    gains = np.array([5, 2**63 + 5], dtype=np.uint64)
    bounds = fine_bounds("cn.dsl.47", gains=gains, on=ON)
    check_dsl(bounds, [5, 2**63 + 5], None)
    assert bounds.fallback_rows.tolist() == [1]


def test_bad_input_raises_the_scalar_error_naming_the_row() -> None:
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds("cn.dsl.47", gains=np.array([5, 7, -1]), on=ON)
    assert caught.value.field == "illegal_gains"
    assert "batch row 2" in caught.value.__notes__
    with pytest.raises(InvalidFactError):
        fine_bounds("cn.dsl.47", gains=np.array([1.5, 2.0]), on=ON)
    with pytest.raises(InvalidFactError):
        fine_bounds("cn.dsl.47", gains=[1, 10**41], on=ON)
    with pytest.raises(NotInForceError):
        fine_bounds("cn.dsl.47", gains=np.array([1, 2]), on="2021-08-31")
    with pytest.raises(InvalidFactError):
        fine_bounds("cn.dsl.47", gains=np.array([1, 2]), circumstances={"no_such": True}, on=ON)
    with pytest.raises(InvalidFactError):
        fine_bounds("cn.dsl.47", gains=np.array([1, 2]), legal_person=np.array([True, False, True]), on=ON)
    with pytest.raises(InvalidFactError):
        fine_bounds("cn.dsl.47", gains=np.array([1]), on=np.array(["NaT"], dtype="datetime64[D]"))


def test_gains_multiple_without_gains_is_the_scalar_error() -> None:
    # DSL 45 para 2 and others fine fixed ranges; a bare multiple of the gains needs gains.
    for article in penalties.catalog():
        try:
            assess(article.id, on=ON)
        except InvalidFactError as error:
            if error.field != "illegal_gains":
                continue
            with pytest.raises(InvalidFactError):
                fine_bounds(article.id, gains=np.array([10, 0]), on=ON)


def _ir_expected(article_id: str, legal: bool, aggravated: bool, day: dt.date) -> Any:
    facts: dict[str, Any] = {"on": day, "offender": "legal_person" if legal else "natural_person"}
    if aggravated:
        facts["circumstances"] = ["organised"]
    return expected_row(article_id, **facts)


def test_ir_729_aggravation_legal_persons_and_dated_amounts() -> None:
    rng = np.random.default_rng(3)
    n = 400
    legal = rng.random(n) < 0.4
    aggravated = rng.random(n) < 0.5
    first = dt.date(2009, 5, 26)
    days = np.datetime64(first) + rng.integers(0, (dt.date(2026, 12, 31) - first).days, n)
    # The days each decree took effect, and the day before.
    days[:6] = np.array(["2021-03-14", "2021-03-15", "2024-06-23", "2024-06-24", "2009-05-26", "2020-05-12"], "M8[D]")
    bounds = fine_bounds("ir.ipc.729", legal_person=legal, circumstances={"organised": aggravated}, on=days)
    for i in range(n):
        day = days[i].astype(dt.date)
        assert bounds.interval(i) == _ir_expected("ir.ipc.729", bool(legal[i]), bool(aggravated[i]), day), i
    # Art 754: two-thirds of the maximum, excluded, as an exact fraction num/den in lowest terms.
    natural_aggravated = np.flatnonzero(~legal & aggravated & (days >= np.datetime64("2024-06-24")))[0]
    assert (bounds.low_num[natural_aggravated], bounds.low_den[natural_aggravated]) == (176_000_000, 1)
    early = np.flatnonzero(~legal & aggravated & (days < np.datetime64("2021-03-15")))[0]
    assert (bounds.low_num[early], bounds.low_den[early]) == (40_000_000, 3)
    assert not bounds.low_closed[early] and bounds.high_closed[early]


def test_ir_one_date_for_every_row() -> None:
    legal = np.array([False, False, True, True])
    aggravated = np.array([False, True, False, True])
    bounds = fine_bounds("ir.ipc.729", legal_person=legal, circumstances={"organised": aggravated}, on="1403/04/04")
    day = dt.date(2024, 6, 24)
    for i in range(4):
        assert bounds.interval(i) == _ir_expected("ir.ipc.729", bool(legal[i]), bool(aggravated[i]), day)
    assert bounds.high_num.tolist() == [264_000_000, 264_000_000, 1_584_000_000, 1_584_000_000]


def test_every_catalogued_article_with_random_columns() -> None:
    rng = np.random.default_rng(11)
    n = 60
    for article in penalties.catalog():
        names = sorted(c.value for c in article.circumstances)[:2]
        legal = rng.random(n) < 0.5
        flags = {name: rng.random(n) < 0.3 for name in names}
        gains = np.where(rng.random(n) < 0.3, 0, np.floor(10 ** rng.uniform(0, 9, n))).astype(np.int64)
        gains[:3] = [0, 99_999, 100_000]
        days = np.datetime64("2009-06-01") + rng.integers(0, 6400, n)
        rows = []
        for i in range(n):
            facts: dict[str, Any] = {
                "on": days[i].astype(dt.date),
                "offender": "legal_person" if legal[i] else "natural_person",
            }
            chosen = [name for name in names if flags[name][i]]
            if chosen:
                facts["circumstances"] = chosen
            if gains[i]:
                facts["illegal_gains"] = int(gains[i])
            try:
                rows.append(expected_row(article.id, **facts))
            except PenaltiesError as error:
                rows.append(error)
        errors = [row for row in rows if isinstance(row, PenaltiesError)]
        if errors:
            with pytest.raises(PenaltiesError):
                fine_bounds(article.id, gains=gains, legal_person=legal, circumstances=flags, on=days)
            continue
        bounds = fine_bounds(article.id, gains=gains, legal_person=legal, circumstances=flags, on=days)
        assert bounds.intervals() == rows, article.id


def test_plain_python_columns_and_an_empty_batch() -> None:
    bounds = fine_bounds("ir.ipc.729", legal_person=[True, False], on=["1403/04/04", "2020-01-01"])
    assert bounds.intervals() == [
        _ir_expected("ir.ipc.729", True, False, dt.date(2024, 6, 24)),
        _ir_expected("ir.ipc.729", False, False, dt.date(2020, 1, 1)),
    ]
    empty = fine_bounds("cn.dsl.47", gains=np.array([], dtype=np.int64), on=ON)
    assert len(empty) == 0 and empty.intervals() == []
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds("ir.ipc.729", legal_person=[True, False], on=["1403/04/04", "nope"])
    assert "batch row 1" in caught.value.__notes__


def test_gains_with_act_rules_are_assessed_per_distinct_value() -> None:
    gains = np.array([1, 5, 5, 7, 0])
    legal = np.array([True, False, True, False, True])
    bounds = fine_bounds("ir.ipc.729", gains=gains, legal_person=legal, on="2024-05-01")
    for i in range(len(gains)):
        facts: dict[str, Any] = {
            "on": dt.date(2024, 5, 1),
            "offender": "legal_person" if legal[i] else "natural_person",
        }
        if gains[i]:
            facts["illegal_gains"] = int(gains[i])
        assert bounds.interval(i) == expected_row("ir.ipc.729", **facts)


def test_fractional_factors_and_threshold_of_a_reformed_article() -> None:
    import attrs

    from penalties.core.formula import FixedRange, GainsBelow, GainsMultiple, Provision
    from penalties.core.sanction import Modality

    base = penalties.article("cn.dsl.47")
    low = penalties.Money(Fraction(1, 3), "CNY")
    fine = GainsBelow(
        penalties.Money(Fraction(200_001, 2), "CNY"),  # 100,000 1/2: whole gains below it are <= 100,000
        FixedRange(penalties.Interval(low, penalties.Money(1_000_000, "CNY"))),
        GainsMultiple(Fraction(1, 2), Fraction(5, 2)),
    )
    reform = attrs.evolve(base, formula=Provision(penalties.SanctionKind.FINE, Modality.SHALL, base.basis, fine))
    limit = INT64_MAX // 5
    gains = [0, 1, 100_000, 100_001, 100_002, 333_333, limit - 1, limit, limit + 1, INT64_MAX]
    bounds = fine_bounds(reform, gains=np.array(gains, dtype=np.int64), on=ON)
    for i, value in enumerate(gains):
        found = reform.assess(illegal_gains=value or None, on=ON).fine
        assert bounds.interval(i) == found, value
    assert (bounds.low_num[0], bounds.low_den[0]) == (1, 3)
    assert (bounds.low_num[3], bounds.low_den[3], bounds.high_num[3], bounds.high_den[3]) == (100_001, 2, 500_005, 2)
    assert (bounds.low_num[4], bounds.low_den[4]) == (50_001, 1)
    assert bounds.fallback_rows.tolist() == [gains.index(limit + 1), gains.index(INT64_MAX)]


def test_numpy_is_not_imported_by_penalties() -> None:
    code = "import sys, penalties; penalties.assess('cn.dsl.47', illegal_gains=5); print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

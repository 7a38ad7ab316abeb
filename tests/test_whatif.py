"""What-if: sweeps equal assess() point by point, reforms leave the law as it is, plots draw."""

from __future__ import annotations

import datetime as dt
import time
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from penalties import InvalidFactError, article, assess, catalog, whatif
from penalties.core.formula import FixedRange, GainsMultiple
from penalties.core.interval import Interval
from penalties.core.money import Money
from penalties.core.sanction import Addressee, SanctionKind

ON = "2024-05-01"


def expected(article_id: str, kind: SanctionKind, addressee: Addressee, **facts: object) -> tuple[object, ...]:
    """What a sweep row must hold, computed the slow way through assess()."""
    try:
        a = assess(article_id, **facts)
    except InvalidFactError as error:
        return (None, None, None, None, None, None, str(error))
    found = a.find(kind, addressee)
    if found is None or found.range is None:
        return (None, None, None, None, None, a.tier, None)
    low, high = found.range.low, found.range.high
    if isinstance(low, Money):
        return (low.amount, high.amount, found.range.low_closed, found.range.high_closed, low.currency, a.tier, None)
    return (low.in_days, high.in_days, found.range.low_closed, found.range.high_closed, "day", a.tier, None)


def row_tuple(row: dict[str, object]) -> tuple[object, ...]:
    return tuple(row[name] for name in whatif.COLUMNS)


def test_dsl_47_fine_against_gains() -> None:
    rows = whatif.sweep_rows("cn.dsl.47", "illegal_gains", [None, 0, 99_999, 100_000, 100_001, 250_000], on=ON)
    assert [(r["low"], r["high"]) for r in rows] == [
        (100_000, 1_000_000),
        (100_000, 1_000_000),
        (100_000, 1_000_000),
        (100_000, 1_000_000),
        (100_001, 1_000_010),
        (250_000, 2_500_000),
    ]
    assert all(r["low_closed"] and r["high_closed"] and r["unit"] == "CNY" and r["error"] is None for r in rows)


def test_exact_fractional_gains() -> None:
    rows = whatif.sweep_rows("cn.dsl.47", "illegal_gains", ["123456.78", Fraction(400_000, 3)], on=ON)
    assert rows[0]["low"] == Fraction(12345678, 100) and rows[0]["high"] == Fraction(12345678, 10)
    assert rows[1]["low"] == Fraction(400_000, 3) and rows[1]["high"] == Fraction(4_000_000, 3)


def _dsl_cases() -> list[tuple[str, dict[str, object]]]:
    cases = []
    for entry in catalog("cn.dsl"):
        if not entry.penal:
            continue
        for offender in ("organisation", "individual"):
            circumstance_sets: list[set[str]] = [set()] + [{c.value} for c in entry.circumstances]
            for circumstances in circumstance_sets:
                cases.append((entry.id, {"offender": offender, "circumstances": circumstances, "on": ON}))
    return cases


@given(
    gains=st.lists(
        st.one_of(
            st.integers(min_value=0, max_value=10**12),
            st.sampled_from([None, 99_999, 100_000, 100_001]),
            st.fractions(min_value=0, max_value=10**7, max_denominator=1000),
        ),
        min_size=1,
        max_size=8,
    ),
    case=st.sampled_from(_dsl_cases()),
    kind=st.sampled_from([SanctionKind.FINE, SanctionKind.CONFISCATION_OF_ILLEGAL_GAINS]),
    addressee=st.sampled_from(list(Addressee)),
)
def test_every_point_of_a_gains_sweep_equals_assess(
    gains: list[object], case: tuple[str, dict[str, object]], kind: SanctionKind, addressee: Addressee
) -> None:
    article_id, facts = case
    rows = whatif.sweep_rows(article_id, "illegal_gains", gains, kind=kind, addressee=addressee, **facts)
    for value, row in zip(gains, rows, strict=True):
        assert row["illegal_gains"] == value
        assert row_tuple(row) == expected(article_id, kind, addressee, illegal_gains=value, **facts)


@pytest.mark.parametrize("entry", [a for a in catalog() if a.penal], ids=lambda a: a.id)
def test_gains_sweep_of_every_article_equals_assess(entry: object) -> None:
    values = [None, 0, 1, 99_999, 100_000, 500_000, "12345.67", 10**15]
    facts = {"on": "2024-05-01"}
    for kind in (SanctionKind.FINE, SanctionKind.CONFISCATION_OF_ILLEGAL_GAINS):
        for addressee in Addressee:
            try:
                rows = whatif.sweep_rows(entry, "illegal_gains", values, kind=kind, addressee=addressee, **facts)
            except InvalidFactError:
                continue  # e.g. an act without illegal gains as a fact
            for value, row in zip(values, rows, strict=True):
                assert row_tuple(row) == expected(entry.id, kind, addressee, illegal_gains=value, **facts)  # type: ignore[attr-defined]


def test_individual_has_no_persons_fine_and_a_multiple_of_zero_gains_is_an_error_row() -> None:
    rows = whatif.sweep_rows(
        "cn.dsl.47", "illegal_gains", [0, 500_000], addressee="responsible_persons", offender="individual", on=ON
    )
    assert [r["low"] for r in rows] == [None, None] and [r["error"] for r in rows] == [None, None]
    rows = whatif.sweep_rows("cn.dsl.47", "illegal_gains", [0, 5], kind="confiscation_of_illegal_gains", on=ON)
    assert rows[0]["low"] is None and rows[1]["low"] == 5


def test_invalid_values_and_arguments_raise() -> None:
    with pytest.raises(InvalidFactError, match="illegal_gains"):
        whatif.sweep_rows("cn.dsl.47", "illegal_gains", [100, -1], on=ON)
    with pytest.raises(InvalidFactError, match="floats are refused"):
        whatif.sweep_rows("cn.dsl.47", "illegal_gains", [1.5], on=ON)
    with pytest.raises(InvalidFactError, match="a fact this act knows"):
        whatif.sweep_rows("cn.dsl.47", "gains", [1], on=ON)
    with pytest.raises(InvalidFactError, match="given by the values"):
        whatif.sweep_rows("cn.dsl.47", "illegal_gains", [1], illegal_gains=5, on=ON)
    with pytest.raises(InvalidFactError, match="kind"):
        whatif.sweep_rows("cn.dsl.47", "illegal_gains", [1], kind="flogging", on=ON)
    with pytest.raises(InvalidFactError, match="addressee"):
        whatif.sweep_rows("cn.dsl.47", "illegal_gains", [1], addressee="everyone", on=ON)


def test_date_sweep_marks_days_before_entry_into_force() -> None:
    days = whatif.dates("2021-08-30", "2021-09-02")
    assert days == [dt.date(2021, 8, 30), dt.date(2021, 8, 31), dt.date(2021, 9, 1), dt.date(2021, 9, 2)]
    rows = whatif.sweep_rows("cn.dsl.47", "on", days, illegal_gains=250_000)
    assert [r["error"] is not None for r in rows] == [True, True, False, False]
    assert "not in force" in str(rows[0]["error"])
    assert rows[2]["high"] == 2_500_000


def test_iran_729_fine_over_the_amount_decrees() -> None:
    years = [f"{year}/06/01" for year in range(1388, 1404)]
    rows = whatif.sweep_rows("ir.ipc.729", "on", years)
    for value, row in zip(years, rows, strict=True):
        assert row_tuple(row) == expected("ir.ipc.729", SanctionKind.FINE, Addressee.OFFENDER, on=value)
    highs = [r["high"] for r in rows if r["high"] is not None]
    assert highs == sorted(highs) and highs[0] < highs[-1]  # amounts rise with the decrees
    assert all(r["unit"] == "IRR" for r in rows if r["error"] is None)


def test_sweep_of_another_fact_goes_through_assess() -> None:
    rows = whatif.sweep_rows("ir.ipc.729", "occurrence", [1, 2, 3, 4], kind="tazir_imprisonment", on="1403/01/01")
    for value, row in zip([1, 2, 3, 4], rows, strict=True):
        assert row_tuple(row) == expected(
            "ir.ipc.729", SanctionKind.TAZIR_IMPRISONMENT, Addressee.OFFENDER, occurrence=value, on="1403/01/01"
        )
    assert rows[0]["unit"] == "day" and rows[0]["high"] == 360


def test_dataframe_when_pandas_is_installed() -> None:
    pd = pytest.importorskip("pandas")
    frame = whatif.sweep("cn.dsl.47", "illegal_gains", range(0, 300_001, 50_000), on=ON)
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == ["illegal_gains", *whatif.COLUMNS]
    assert frame["high"].tolist() == [1_000_000, 1_000_000, 1_000_000, 1_500_000, 2_000_000, 2_500_000, 3_000_000]
    assert set(frame["unit"]) == {"CNY"}
    rows = whatif.sweep("cn.dsl.47", "illegal_gains", [1], on=ON, as_frame=False)
    assert isinstance(rows, list) and rows[0]["high"] == 1_000_000


def test_a_million_points_stay_exact_and_fast() -> None:
    values = range(0, 10_000_000, 10)
    start = time.perf_counter()
    rows = whatif.sweep_rows("cn.dsl.47", "illegal_gains", values, on=ON)
    elapsed = time.perf_counter() - start
    assert len(rows) == 1_000_000
    for index in (0, 9_999, 10_000, 10_001, 123_457, 999_999):
        g = values[index]
        assert row_tuple(rows[index]) == expected(
            "cn.dsl.47", SanctionKind.FINE, Addressee.OFFENDER, illegal_gains=g, on=ON
        )
    assert rows[999_999]["high"] == 99_999_900  # an int, not a float
    assert elapsed < 30, elapsed  # about a second or two on a laptop; generous for shared CI


def test_reform_is_compared_with_the_law_as_it_is() -> None:
    reformed = whatif.replace("cn.dsl.47", GainsMultiple(1, 10), GainsMultiple(2, 20))
    table = whatif.compare("cn.dsl.47", reformed, "illegal_gains", [50_000, 250_000], on=ON, as_frame=False)
    assert [(r["high"], r["reform_high"]) for r in table] == [(1_000_000, 1_000_000), (2_500_000, 5_000_000)]
    assert [(r["low"], r["reform_low"]) for r in table] == [(100_000, 100_000), (250_000, 500_000)]
    # The law as it is did not change, and the reform assesses like an article.
    assert assess("cn.dsl.47", illegal_gains=250_000, on=ON).fine == Interval(
        Money(250_000, "CNY"), Money(2_500_000, "CNY")
    )
    assert reformed.assess(illegal_gains=250_000, on=ON).fine == Interval(
        Money(500_000, "CNY"), Money(5_000_000, "CNY")
    )


def test_reform_of_a_fixed_range_resets_cached_provisions() -> None:
    old = FixedRange(Interval(Money(10_000, "CNY"), Money(100_000, "CNY")))
    new = FixedRange(Interval(Money(20_000, "CNY"), Money(200_000, "CNY")))
    entry = article("cn.dsl.47")
    entry.assess(illegal_gains=1, on=ON)  # fill the provisions' caches
    reformed = whatif.replace(entry, old, new)
    assert reformed.assess(illegal_gains=1, on=ON).persons_fine == new.range
    assert entry.assess(illegal_gains=1, on=ON).persons_fine == old.range
    with pytest.raises(ValueError, match="does not occur"):
        whatif.replace(entry, GainsMultiple(3, 30), GainsMultiple(4, 40))
    retitled = whatif.reform("cn.dsl.47", title="A reformed title")
    assert retitled.title == "A reformed title" and retitled.formula == entry.formula


def test_plot_draws_the_range_and_the_reform() -> None:
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    reformed = whatif.replace("cn.dsl.47", GainsMultiple(1, 10), GainsMultiple(2, 20))
    table = whatif.compare("cn.dsl.47", reformed, "illegal_gains", range(0, 500_001, 25_000), on=ON)
    ax = whatif.plot(table, reform=True)
    assert len(ax.get_lines()) == 4
    assert ax.get_xlabel() == "illegal gains" and ax.get_ylabel() == "CNY"
    rows = whatif.sweep_rows("cn.dsl.47", "on", whatif.dates("2021-08-01", "2021-10-01", 7), illegal_gains=250_000)
    assert len(whatif.plot(rows).get_lines()) == 2


def test_dates_helper_refuses_a_step_below_one() -> None:
    with pytest.raises(InvalidFactError):
        whatif.dates("2024-01-01", "2024-02-01", 0)


def test_plain_rows_without_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(whatif, "_has_pandas", lambda: False)
    rows = whatif.sweep("cn.dsl.47", "illegal_gains", [50_000, 250_000], on=ON)
    assert rows == whatif.sweep_rows("cn.dsl.47", "illegal_gains", [50_000, 250_000], on=ON)
    reformed = whatif.replace("cn.dsl.47", GainsMultiple(1, 10), GainsMultiple(2, 20))
    table = whatif.compare("cn.dsl.47", reformed, "illegal_gains", [250_000], on=ON)
    assert isinstance(table, list) and table[0]["reform_high"] == 5_000_000

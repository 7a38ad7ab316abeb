"""What-if: sweeps equal assess() point by point, reforms leave the law as it is, plots draw."""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from penalties import InvalidFactError, PenaltiesError, article, assess, catalog, whatif
from penalties.core.formula import FixedRange, GainsMultiple
from penalties.core.interval import Interval
from penalties.core.money import Money
from penalties.core.sanction import Addressee, SanctionKind

ON = "2024-05-01"


def expected(article_id: str, kind: SanctionKind, addressee: Addressee, **facts: object) -> tuple[object, ...]:
    """What a sweep row must hold, computed the slow way through assess()."""
    try:
        a = assess(article_id, **facts)
    except PenaltiesError as error:
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
    if "illegal_gains" not in article(article_id).facts_read:
        # An article without a gains term refuses gains, as assess() does (None is no gains).
        set_at = next((i for i, value in enumerate(gains) if value is not None), None)
        if set_at is not None:
            with pytest.raises(InvalidFactError) as caught:
                whatif.sweep_rows(article_id, "illegal_gains", gains, kind=kind, addressee=addressee, **facts)
            assert caught.value.field == "illegal_gains" and f"sweep point {set_at}" in caught.value.__notes__
            return
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
    from babel.numbers import get_currency_name

    assert ax.get_xlabel() == "illegal gains" and ax.get_ylabel() == get_currency_name("CNY", locale="en")
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


# -- refusals and agreement with assess() ---------------------------------------------------------
from typing import Any  # noqa: E402

from hypothesis import HealthCheck, settings  # noqa: E402

from penalties import CurrencyMismatchError, NotInForceError, UnknownArticleError  # noqa: E402


def outcome(article_id: str, kind: SanctionKind, addressee: Addressee, **facts: Any) -> tuple[Any, ...]:
    """What one sweep point must be: ("raise", type, field) for a value the facts validation
    refuses, otherwise the row (an error row when the law gives no answer)."""
    try:
        article(article_id).make_facts(facts)
    except PenaltiesError as error:
        return ("raise", type(error), getattr(error, "field", None))
    return ("row", expected(article_id, kind, addressee, **facts))


def check_sweep(article_id: str, fact: str, values: list[Any], **facts: Any) -> None:
    """Every point of the sweep equals assess(), or the sweep raises what assess() raises at the
    first point whose value the facts validation refuses (with a note naming that point)."""
    wanted = [outcome(article_id, SanctionKind.FINE, Addressee.OFFENDER, **facts, **{fact: v}) for v in values]
    refused = next((i for i, w in enumerate(wanted) if w[0] == "raise"), None)
    try:
        rows = whatif.sweep_rows(article_id, fact, values, **facts)
    except PenaltiesError as error:
        if not any(note.startswith("sweep point") for note in getattr(error, "__notes__", [])):
            # The fixed facts themselves are refused, as assess() refuses them.
            with pytest.raises(type(error)) as again:
                article(article_id).make_facts(facts)
            assert getattr(again.value, "field", None) == getattr(error, "field", None)
            return
        assert refused is not None, (values, error)
        assert (type(error), getattr(error, "field", None)) == wanted[refused][1:], (values[refused], error)
        assert f"sweep point {refused}" in getattr(error, "__notes__", []), error
        return
    assert refused is None, values[refused or 0]
    for value, row, want in zip(values, rows, wanted, strict=True):
        assert row[fact] is value
        assert row_tuple(row) == want[1], (value, row, want)


HOSTILE_GAINS = st.one_of(
    st.integers(min_value=-(10**45), max_value=10**45),
    st.sampled_from(
        [None, 0, 1, 99_999, 100_000, 10**40 - 1, 10**40, 10**50, -1, True, False, 1.5, float("nan"), float("inf")]
    ),
    st.sampled_from(["12345.67", "1,250,000", "12,5", "9e999999999", "1e5", "-5", "", " ", "abc", "1/0", "NaN"]),
    st.sampled_from([Fraction(1, 3), Fraction(-1, 3), Fraction(10**41, 3), Decimal("100000.5"), Decimal("NaN")]),
    st.sampled_from([[1], {1}, {"a": 1}, object(), b"100", 1j, dt.date(2024, 1, 1)]),
    st.fractions(min_value=0, max_value=10**8, max_denominator=10**6),
    st.text(max_size=12),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    values=st.lists(HOSTILE_GAINS, min_size=1, max_size=6),
    article_id=st.sampled_from(["cn.dsl.47", "cn.dsl.45.1"]),
)
def test_hostile_gains_sweep_points_equal_assess(values: list[Any], article_id: str) -> None:
    check_sweep(article_id, "illegal_gains", values, on="2024-05-01")


def test_gains_sweep_of_an_act_without_a_gains_fact_is_refused_before_any_point() -> None:
    # The Computer Crimes Law has no gains fact: the swept fact itself is refused, as assess() refuses it.
    with pytest.raises(InvalidFactError) as caught:
        whatif.sweep("ir.ipc.729", "illegal_gains", [0, 5], on="2024-05-01", as_frame=False)
    assert caught.value.field == "fact" and caught.value.value == "illegal_gains"
    assert "occurrence" in caught.value.expected


HOSTILE_CIRCUMSTANCES = st.one_of(
    st.sets(st.sampled_from(["refused_correction", "serious_consequences", "organised", "bogus", "ORGANISED"])),
    st.sampled_from([None, "organised", "", [], ["organised", 5], 5, 1.5, {"organised": True}, frozenset()]),
)


@settings(max_examples=80, deadline=None)
@given(
    values=st.lists(HOSTILE_CIRCUMSTANCES, min_size=1, max_size=4),
    article_id=st.sampled_from(["cn.dsl.47", "cn.dsl.45.1", "ir.ipc.729", "ir.ipc.736"]),
)
def test_hostile_circumstances_sweep_points_equal_assess(values: list[Any], article_id: str) -> None:
    check_sweep(article_id, "circumstances", values, on="2024-05-01")


HOSTILE_DATES = st.one_of(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 1, 1)),
    st.sampled_from(["2024-05-01", "2021-08-31", "1403/04/04", "2024-02-30", "", "x", 20240501, None, 1.5]),
)


@settings(max_examples=80, deadline=None)
@given(values=st.lists(HOSTILE_DATES, min_size=1, max_size=4), article_id=st.sampled_from(["cn.dsl.47", "ir.ipc.729"]))
def test_hostile_date_sweep_points_equal_assess(values: list[Any], article_id: str) -> None:
    check_sweep(article_id, "on", values, illegal_gains=250_000)


def test_gains_beyond_the_cap_are_refused_as_assess_refuses_them() -> None:
    for values in ([1, 10**50], [1, 10 ** (10**5)], [10**50], [5, 10**40, 7]):
        with pytest.raises(InvalidFactError) as caught:
            whatif.sweep_rows("cn.dsl.47", "illegal_gains", values, on=ON)
        assert caught.value.field == "illegal_gains"
        assert f"sweep point {values.index(max(values))}" in caught.value.__notes__
    assert whatif.sweep_rows("cn.dsl.47", "illegal_gains", [10**40 - 1], on=ON)[0]["high"] == (10**40 - 1) * 10


def test_a_circumstance_the_article_does_not_take_is_refused() -> None:
    with pytest.raises(InvalidFactError) as caught:
        whatif.sweep_rows("cn.dsl.47", "circumstances", [set(), {"refused_correction"}], on=ON)
    assert caught.value.field == "circumstances" and "sweep point 1" in caught.value.__notes__
    with pytest.raises(InvalidFactError):
        assess("cn.dsl.47", circumstances={"refused_correction"}, on=ON)


def test_a_gains_sweep_outside_the_force_is_error_rows_like_any_other_sweep() -> None:
    rows = whatif.sweep_rows("cn.dsl.47", "illegal_gains", [None, 0, 5, 250_000], on="2021-01-01")
    with pytest.raises(NotInForceError) as caught:
        assess("cn.dsl.47", illegal_gains=5, on="2021-01-01")
    assert [r["error"] for r in rows] == [str(caught.value)] * 4
    assert all(r["low"] is None for r in rows)


def test_a_term_sanction_on_the_compiled_path_is_in_days() -> None:
    from penalties.core.formula import AllOf, Provision
    from penalties.core.sanction import Modality
    from penalties.core.term import Term, TermUnit

    base = article("cn.dsl.47")
    term = FixedRange(Interval(Term(1, TermUnit.MONTH), Term(1, TermUnit.YEAR)))
    fine = Provision(SanctionKind.FINE, Modality.SHALL, base.basis, GainsMultiple(1, 10))
    jail = Provision(SanctionKind.FIXED_TERM_IMPRISONMENT, Modality.SHALL, base.basis, term)
    reformed = whatif.reform(base, formula=AllOf((fine, jail), base.basis))
    rows = whatif.sweep_rows(reformed, "illegal_gains", [5, 7], kind="fixed_term_imprisonment", on=ON)
    assert [(r["low"], r["high"], r["unit"]) for r in rows] == [(30, 360, "day")] * 2


@pytest.mark.parametrize("values", [None, 5, 1.5, "100", b"100", {"a": 1}, range(10**7), range(10**20)])
def test_values_must_be_a_bounded_iterable(values: Any) -> None:
    for call in (whatif.sweep, whatif.sweep_rows):
        with pytest.raises(InvalidFactError) as caught:
            call("cn.dsl.47", "illegal_gains", values, on=ON)
        assert caught.value.field == "values"


def test_an_endless_iterator_is_refused_after_the_cap() -> None:
    import itertools

    with pytest.raises(InvalidFactError) as caught:
        whatif.sweep_rows("cn.dsl.47", "illegal_gains", itertools.count(1), on=ON)
    assert caught.value.field == "values"
    rows = whatif.sweep_rows("cn.dsl.47", "illegal_gains", (g for g in (5, 250_000)), on=ON)
    assert [r["high"] for r in rows] == [1_000_000, 2_500_000]


@pytest.mark.parametrize(
    ("field", "arguments"),
    [
        ("fact", {"fact": ["illegal_gains"]}),
        ("fact", {"fact": None}),
        ("kind", {"kind": []}),
        ("kind", {"kind": None}),
        ("addressee", {"addressee": {}}),
        ("as_frame", {"as_frame": "yes"}),
        ("as_frame", {"as_frame": 1}),
        ("bogus", {"bogus": 1}),
        ("offender", {"offender": "alien"}),
        ("on", {"on": 20240501}),
    ],
)
def test_bad_sweep_parameters_raise_naming_them(field: str, arguments: dict[str, Any]) -> None:
    call: dict[str, Any] = {"fact": "illegal_gains", "on": ON} | arguments
    fact = call.pop("fact")
    with pytest.raises(InvalidFactError) as caught:
        whatif.sweep("cn.dsl.47", fact, [5], **call)
    assert caught.value.field == field


def test_compare_refuses_two_currencies() -> None:
    with pytest.raises(CurrencyMismatchError) as caught:
        whatif.compare("cn.dsl.47", article("ir.ipc.729"), "illegal_gains", [1, 5], on=ON, as_frame=False)
    assert caught.value.field == "reformed" and caught.value.value == "ir.ipc.729"
    assert any("cn.dsl.47" in note and "IRR" in note for note in caught.value.__notes__)
    with pytest.raises(UnknownArticleError):
        whatif.compare("cn.dsl.47", 5, "illegal_gains", [1], on=ON)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("field", "arguments"),
    [
        ("start", ("x", "2024-01-01")),
        ("end", ("2024-01-01", 20240101)),
        ("end", ("2024-02-01", "2024-01-01")),
        ("step_days", ("2024-01-01", "2024-02-01", 0)),
        ("step_days", ("2024-01-01", "2024-02-01", -1)),
        ("step_days", ("2024-01-01", "2024-02-01", 1.5)),
        ("step_days", ("2024-01-01", "2024-02-01", True)),
        ("step_days", ("2024-01-01", "2024-02-01", "7")),
        ("step_days", ("0001-01-01", "9999-12-31")),
        ("start", (None, "2024-01-01")),
    ],
)
def test_dates_refuses_bad_spans_at_once(field: str, arguments: tuple[Any, ...]) -> None:
    with pytest.raises(InvalidFactError) as caught:
        whatif.dates(*arguments)
    assert caught.value.field == field


def test_dates_with_a_long_step_and_the_cap() -> None:
    assert whatif.dates("2024-01-01", "2024-02-01", 10**30) == [dt.date(2024, 1, 1)]
    assert whatif.dates(dt.datetime(2024, 1, 1, 12), "2024-01-02") == [dt.date(2024, 1, 1), dt.date(2024, 1, 2)]
    assert len(whatif.dates("2000-01-01", "9999-12-31", 8)) <= whatif.MAX_DATES


@pytest.mark.parametrize(
    ("field", "changes"),
    [
        ("bogus", {"bogus": 1}),
        ("_basis", {"_basis": 1}),
        ("formula", {"formula": "x"}),
        ("formula", {"formula": GainsMultiple(1, 10)}),
        ("title", {"title": 5}),
        ("id", {"id": ""}),
        ("paragraph", {"paragraph": True}),
        ("paragraph", {"paragraph": 0}),
        ("penal", {"penal": "yes"}),
        ("in_force_from", {"in_force_from": "soon"}),
        ("in_force_until", {"in_force_until": "2000-01-01"}),
        ("rules", {"rules": ("x",)}),
        ("act", {"act": "cn.dsl"}),
        ("extra_circumstances", {"extra_circumstances": {"bogus"}}),
        ("translation_notes", {"translation_notes": "a note"}),
        ("unread_facts", {"unread_facts": {"gains"}}),
        ("unread_facts", {"unread_facts": "illegal_gains"}),
    ],
)
def test_reform_refuses_what_the_article_cannot_hold(field: str, changes: dict[str, Any]) -> None:
    with pytest.raises(InvalidFactError) as caught:
        whatif.reform("cn.dsl.47", **changes)
    assert caught.value.field == field


def test_reform_and_replace_refuse_another_currency() -> None:
    from penalties.core.formula import Provision
    from penalties.core.sanction import Modality

    base = article("cn.dsl.47")
    irr = FixedRange(Interval(Money(1, "IRR"), Money(2, "IRR")))
    with pytest.raises(CurrencyMismatchError) as caught:
        whatif.reform(base, formula=Provision(SanctionKind.FINE, Modality.SHALL, base.basis, irr))
    assert caught.value.field == "formula"
    with pytest.raises(CurrencyMismatchError) as caught:
        whatif.replace(base, Money(100_000, "CNY"), Money(100_000, "IRR"))
    assert caught.value.field == "new"
    cny = FixedRange(Interval(Money(10_000, "CNY"), Money(100_000, "CNY")))
    with pytest.raises(CurrencyMismatchError):
        whatif.replace(base, cny, irr)


@pytest.mark.parametrize(
    ("field", "old", "new"),
    [
        ("new", GainsMultiple(1, 10), "x"),
        ("new", GainsMultiple(1, 10), 5),
        ("new", GainsMultiple(1, 10), None),
        ("new", Money(100_000, "CNY"), 100_000),
        ("new", 10, True),
        ("old", None, GainsMultiple(1, 10)),
        ("old", True, False),
        ("old", GainsMultiple(3, 30), GainsMultiple(4, 40)),
        ("old", Money(7, "CNY"), Money(8, "CNY")),
    ],
)
def test_replace_refuses_a_part_that_cannot_stand_there(field: str, old: Any, new: Any) -> None:
    with pytest.raises(InvalidFactError) as caught:
        whatif.replace("cn.dsl.47", old, new)
    assert caught.value.field == field


def test_replace_refuses_a_tree_too_deep() -> None:
    deep: Any = (GainsMultiple(1, 10),)
    for _ in range(5000):
        deep = (deep,)
    with pytest.raises(InvalidFactError) as caught:
        whatif.replace(deep, GainsMultiple(1, 10), GainsMultiple(2, 20))
    assert caught.value.field == "item"


@pytest.mark.parametrize(
    ("field", "table", "options"),
    [
        ("table", None, {}),
        ("table", 5, {}),
        ("table", [], {}),
        ("table", "rows", {}),
        ("table", [{"illegal_gains": 1}], {}),
        ("table", [{"illegal_gains": 1, "low": 1.5, "high": 2}], {}),
        ("table", [{"illegal_gains": 1, "low": 1, "high": 2}], {"reform": True}),
        ("table", [{"x": 1, "low": 1, "high": 2}, {"y": 1, "low": 1, "high": 2}], {}),
        ("fact", [{"illegal_gains": 1, "low": 1, "high": 2}], {"fact": "gains"}),
        ("fact", [{"illegal_gains": 1, "low": 1, "high": 2}], {"fact": ["illegal_gains"]}),
        ("table", [{"circumstances": {"organised"}, "low": 1, "high": 2}], {}),
        ("table", [{"illegal_gains": 1.5, "low": 1, "high": 2}], {}),
        ("table", [{"illegal_gains": 1, "low": 10**400, "high": 2}], {}),
        ("table", [{"illegal_gains": 10**400, "low": 1, "high": 2}], {}),
        ("reform", [{"illegal_gains": 1, "low": 1, "high": 2}], {"reform": "yes"}),
        ("label", [{"illegal_gains": 1, "low": 1, "high": 2}], {"label": 5}),
        ("ax", [{"illegal_gains": 1, "low": 1, "high": 2}], {"ax": "axes"}),
    ],
)
def test_plot_refuses_what_it_cannot_draw(field: str, table: Any, options: dict[str, Any]) -> None:
    with pytest.raises(InvalidFactError) as caught:
        whatif.plot(table, **options)
    assert caught.value.field == field


def test_a_compiled_answer_that_disagrees_with_assess_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    def wrong(*args: Any) -> Any:
        return lambda g: (0, 0, True, True, "CNY")

    monkeypatch.setattr(whatif, "_compile_gains", wrong)
    values = [None, 5, 250_000]
    rows = whatif.sweep_rows("cn.dsl.47", "illegal_gains", values, on=ON)
    for value, row in zip(values, rows, strict=True):
        assert row_tuple(row) == expected(
            "cn.dsl.47", SanctionKind.FINE, Addressee.OFFENDER, illegal_gains=value, on=ON
        )

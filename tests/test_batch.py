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
        except NotInForceError:
            continue  # an article that starts later (the amended Cybersecurity Law) has no fine on ON
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


def test_gains_where_the_article_reads_none_are_refused_as_assess_refuses_them() -> None:
    legal = np.array([True, False, True, False, True])
    with pytest.raises(InvalidFactError) as caught:
        assess("ir.ipc.729", illegal_gains=5, on="2024-05-01")
    assert caught.value.field == "illegal_gains"
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds("ir.ipc.729", gains=np.array([0, 5, 5, 7, 0]), legal_person=legal, on="2024-05-01")
    # The act has no gains fact: the gains= parameter is refused at the first row with gains.
    assert caught.value.field == "gains" and caught.value.value in (5, 7)
    assert "no gains fact" in caught.value.expected
    # No gains in any row: the batch is the assessment of each row.
    bounds = fine_bounds("ir.ipc.729", gains=np.zeros(5, dtype=np.int64), legal_person=legal, on="2024-05-01")
    for i in range(len(legal)):
        assert bounds.interval(i) == _ir_expected("ir.ipc.729", bool(legal[i]), False, dt.date(2024, 5, 1))


class _NoOpRule:
    """An act-wide rule that changes nothing (rules keep the batch off the compiled path)."""

    def apply(self, article: Any, evaluation: Any) -> None:
        return None


def test_gains_with_act_rules_are_assessed_per_distinct_value() -> None:
    import attrs

    ruled = attrs.evolve(penalties.article("cn.dsl.47"), rules=(_NoOpRule(),))
    gains = np.array([1, 5, 5, 7, 0, 250_000, 250_000, INT64_MAX])
    legal = np.array([True, False, True, False, True, False, True, True])
    bounds = fine_bounds(ruled, gains=gains, legal_person=legal, on=ON)
    for i in range(len(gains)):
        facts: dict[str, Any] = {"on": ON, "offender": "legal_person" if legal[i] else "natural_person"}
        if gains[i]:
            facts["illegal_gains"] = int(gains[i])
        found = ruled.assess(**facts).fine
        assert bounds.interval(i) == found, i
    assert bounds.fallback_rows.tolist() == [len(gains) - 1]


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


# --------------------------------------------------------------------------------------------
# Refusals: one typed error naming the parameter, at once; never a silently wrong answer.


def _spellings(word: str, count: int) -> list[str]:
    """``count`` spellings of one circumstance that its validation reads alike (case variants)."""
    import itertools

    variants = (
        "".join(c.upper() if up else c for c, up in zip(word, ups, strict=True))
        for ups in itertools.product((0, 1), repeat=len(word))
    )
    return list(itertools.islice(variants, count))


@pytest.mark.parametrize("count", [1, 20, 22, 59, 64, 70])
def test_many_circumstance_columns_cost_little_and_stay_exact(count: int) -> None:
    import time

    rng = np.random.default_rng(count)
    n = 100_000
    names = _spellings("organised", count)
    flags = {name: rng.random(n) < 0.3 / count for name in names}
    legal = rng.random(n) < 0.5
    days = np.datetime64("2015-01-01") + rng.integers(0, 4000, n)
    start = time.perf_counter()
    bounds = fine_bounds("ir.ipc.729", legal_person=legal, circumstances=flags, on=days)
    assert time.perf_counter() - start < 10  # about 0.02 s; the bit-packed keys took seconds and gigabytes
    aggravated = np.zeros(n, dtype=bool)
    for column in flags.values():
        aggravated |= column
    sample = [*np.flatnonzero(aggravated)[:20].tolist(), *np.flatnonzero(~aggravated)[:20].tolist()]
    for i in sample + rng.integers(0, n, 40).tolist():
        assert bounds.interval(i) == _ir_expected(
            "ir.ipc.729", bool(legal[i]), bool(aggravated[i]), days[i].astype(dt.date)
        ), i


def test_all_false_circumstance_columns_leave_the_basic_range() -> None:
    n = 1000
    flags = {name: np.zeros(n, dtype=bool) for name in _spellings("organised", 64)}
    legal = np.arange(n) % 2 == 0
    bounds = fine_bounds("ir.ipc.729", legal_person=legal, circumstances=flags, on="2024-05-01")
    day = dt.date(2024, 5, 1)
    assert bounds.interval(0) == _ir_expected("ir.ipc.729", True, False, day)
    assert bounds.interval(1) == _ir_expected("ir.ipc.729", False, False, day)
    assert bounds.intervals()[2:6] == [bounds.interval(0), bounds.interval(1)] * 2


@pytest.mark.parametrize(
    ("article_id", "circumstances"),
    [
        ("cn.dsl.47", {"no_such": np.zeros(3, dtype=bool)}),
        ("cn.dsl.47", {"refused_correction": np.zeros(3, dtype=bool)}),  # an act's circumstance 47 does not take
        ("cn.dsl.47", {5: False}),
        ("ir.ipc.729", {"organised": np.zeros(3, dtype=bool), "bogus": False}),
    ],
)
def test_circumstance_names_are_validated_even_when_never_true(article_id: str, circumstances: Any) -> None:
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds(article_id, gains=np.array([1, 2, 3]), circumstances=circumstances, on=ON)
    assert caught.value.field == "circumstances"
    assert "expected" in str(caught.value)


def test_circumstances_must_be_a_mapping_of_flags() -> None:
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds("ir.ipc.729", circumstances=["organised"], on=ON)  # type: ignore[arg-type]
    assert caught.value.field == "circumstances"
    for bad in (np.array([1.0, 0.0]), np.array([2, 0]), ["yes", "no"], "yes", 0.5, np.zeros((2, 1), dtype=bool)):
        with pytest.raises(InvalidFactError) as caught:
            fine_bounds("ir.ipc.729", legal_person=[True, False], circumstances={"organised": bad}, on=ON)
        assert caught.value.field in {"circumstances.organised"}, bad


def test_only_money_sanctions_and_known_addressees() -> None:
    for bad in ("bogus", "tazir_imprisonment", "warning", None, 5, ["fine"]):
        with pytest.raises(InvalidFactError) as caught:
            fine_bounds("ir.ipc.729", kind=bad, on=ON)  # type: ignore[arg-type]
        assert caught.value.field == "kind"
        assert "fine, confiscation_of_illegal_gains" in caught.value.expected
    for bad_addressee in ("bogus", None, {}):
        with pytest.raises(InvalidFactError) as caught:
            fine_bounds("cn.dsl.47", addressee=bad_addressee, on=ON)  # type: ignore[arg-type]
        assert caught.value.field == "addressee"
    gains = [0, 5, 250_000]
    bounds = fine_bounds("cn.dsl.47", gains=gains, kind="confiscation_of_illegal_gains", on=ON)
    for i, value in enumerate(gains):
        found = assess("cn.dsl.47", illegal_gains=value, on=ON).find(
            penalties.SanctionKind.CONFISCATION_OF_ILLEGAL_GAINS, penalties.Addressee.OFFENDER
        )
        assert bounds.interval(i) == (None if found is None else found.range)


@pytest.mark.parametrize(
    ("field", "arguments"),
    [
        ("gains", {"gains": (i for i in range(3))}),
        ("gains", {"gains": np.zeros((2, 2), dtype=np.int64)}),
        ("gains", {"gains": {1, 2}}),
        ("gains", {"gains": {1: 2}}),
        ("gains", {"gains": range(10**12)}),
        ("on", {"gains": [1, 2], "on": 20240501}),
        ("on", {"gains": [1, 2], "on": 2024.5}),
        ("on", {"gains": [1, 2], "on": np.datetime64("NaT")}),
        ("on", {"gains": [1, 2], "on": np.array([20240501, 20240502])}),
        ("on", {"gains": [1, 2], "on": np.array([1.5, 2.5])}),
        ("on", {"gains": [1, 2], "on": np.array([1, 2], dtype="m8[D]")}),
        ("legal_person", {"gains": [1, 2], "legal_person": [True]}),
        ("on", {"gains": [1, 2], "on": ["2024-05-01"]}),
        ("legal_person", {"gains": [1, 2], "legal_person": "yes"}),
        ("legal_person", {"gains": [1, 2], "legal_person": [True, None]}),
        ("illegal_gains", {"gains": np.array([1.0, np.nan])}),
        ("illegal_gains", {"gains": np.array([np.nan])}),
        ("illegal_gains", {"gains": np.array([1, 2.5], dtype=object)}),
        ("illegal_gains", {"gains": [True, False]}),
        ("illegal_gains", {"gains": np.array([1, 2], dtype="m8[D]")}),
        ("illegal_gains", {"gains": np.array([1, 2], dtype="m8[ns]")}),
        ("illegal_gains", {"gains": np.timedelta64(5, "ns")}),
        ("illegal_gains", {"gains": np.array([np.timedelta64(5, "ns")], dtype=object)}),
        ("illegal_gains", {"gains": np.array([1 + 2j])}),
        ("illegal_gains", {"gains": ["12,5"]}),
        ("illegal_gains", {"gains": ["9e999999999"]}),
        ("illegal_gains", {"gains": [10**40]}),
        ("illegal_gains", {"gains": [-(2**70)]}),
        ("illegal_gains", {"gains": np.array([0, -1], dtype=np.int8)}),
        ("illegal_gains", {"gains": 1.5}),
        ("illegal_gains", {"gains": [[1], [1, 2]]}),
        ("illegal_gains", {"gains": [1], "illegal_gains": 5}),
        ("offender", {"legal_person": [True], "offender": "individual"}),
        ("bogus", {"gains": [1], "bogus": 1}),
    ],
)
def test_bad_parameters_raise_one_typed_error_naming_them(field: str, arguments: dict[str, Any]) -> None:
    import time

    start = time.perf_counter()
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds("cn.dsl.47", **({"on": ON} | arguments))
    assert time.perf_counter() - start < 2
    assert caught.value.field == field, caught.value


def test_exact_objects_in_a_column_go_through_the_facts_validation() -> None:
    gains = np.array([Fraction(7, 2), "1,250,000", Decimal("99999.5"), 100_000, None, 2**64, np.int64(7)], dtype=object)
    bounds = fine_bounds("cn.dsl.47", gains=gains, on=ON)
    for i, value in enumerate(gains.tolist()):
        value = int(value) if isinstance(value, np.integer) else value
        assert bounds.interval(i) == expected_row("cn.dsl.47", illegal_gains=value, on=ON), value
    one = fine_bounds("cn.dsl.47", gains="250000", legal_person=[True, False], on=ON)
    assert one.intervals() == [expected_row("cn.dsl.47", illegal_gains=250_000, on=ON)] * 2
    scalar = fine_bounds("cn.dsl.47", gains=np.int64(250_000), legal_person=[True], on=ON)
    assert scalar.intervals() == [expected_row("cn.dsl.47", illegal_gains=250_000, on=ON)]


def test_empty_columns_give_an_empty_batch_but_still_validate() -> None:
    for empty in ([], (), np.array([]), np.array([], dtype=object), range(0)):
        assert len(fine_bounds("cn.dsl.47", gains=empty, on=ON)) == 0
    assert len(fine_bounds("ir.ipc.729", legal_person=np.array([], dtype=bool), on=ON)) == 0
    with pytest.raises(InvalidFactError):
        fine_bounds("cn.dsl.47", gains=[], circumstances={"bogus": []}, on=ON)
    with pytest.raises(InvalidFactError):
        fine_bounds("cn.dsl.47", gains=[], kind="warning", on=ON)
    with pytest.raises(InvalidFactError):
        fine_bounds("cn.dsl.47", gains=[], on="not a date")


def test_interval_takes_a_row_number_only() -> None:
    bounds = fine_bounds("cn.dsl.47", gains=np.array([5, 250_000]), on=ON)
    for bad in ("x", 1.9, 1.0, True, np.bool_(False), np.float64(1), None, 2, -3, 10**30, [0]):
        with pytest.raises(InvalidFactError) as caught:
            bounds.interval(bad)  # type: ignore[arg-type]
        assert caught.value.field == "row"
    # A negative row counts from the end, as in a Python list.
    assert bounds.interval(-1) == bounds.interval(1) == expected_row("cn.dsl.47", illegal_gains=250_000, on=ON)
    assert bounds.interval(np.int64(0)) == bounds.interval(-2)
    with pytest.raises(InvalidFactError):
        fine_bounds("cn.dsl.47", gains=[], on=ON).interval(0)


def test_int64_edges_of_numpy_columns() -> None:
    for dtype in (np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint32, np.uint64):
        info = np.iinfo(dtype)
        high = int(info.max)
        gains = np.array([0, 1, high], dtype=dtype)
        bounds = fine_bounds("cn.dsl.47", gains=gains, on=ON)
        check_dsl(bounds, [0, 1, high], None)
    with pytest.raises(InvalidFactError):
        fine_bounds("cn.dsl.47", gains=np.array([np.iinfo(np.int64).min]), on=ON)


def test_a_range_in_another_currency_is_refused_not_relabelled() -> None:
    import attrs

    from penalties.core.formula import FixedRange, Provision
    from penalties.core.sanction import Modality

    base = penalties.article("cn.dsl.47")
    irr = FixedRange(penalties.Interval(penalties.Money(1, "IRR"), penalties.Money(2, "IRR")))
    mixed = attrs.evolve(base, formula=Provision(penalties.SanctionKind.FINE, Modality.SHALL, base.basis, irr))
    with pytest.raises(penalties.CurrencyMismatchError):
        fine_bounds(mixed, legal_person=[True, False], on=ON)


def test_unknown_article_is_the_typed_error() -> None:
    for bad in ("cn.dsl.4700", None, 47, b"cn.dsl.47"):
        with pytest.raises(penalties.UnknownArticleError):
            fine_bounds(bad, on=ON)  # type: ignore[arg-type]


@given(
    st.integers(min_value=1, max_value=300),
    st.lists(st.sampled_from([2, 2, 2, 3, 40, 1000]), min_size=1, max_size=80),
    st.integers(min_value=0, max_value=2**32 - 1),
)
def test_rows_are_grouped_by_the_combinations_present(n: int, radices: list[int], seed: int) -> None:
    from penalties.batch import _groups

    rng = np.random.default_rng(seed)
    parts = [(rng.integers(0, r, n) if r > 2 else rng.random(n) < 0.1, r) for r in radices]
    ids, firsts = _groups(parts, n)
    assert ids is not None
    matrix = np.stack([np.asarray(column, dtype=np.int64) for column, _ in parts], axis=1)
    combos = [tuple(row) for row in matrix.tolist()]
    # Same partition as the distinct rows of the matrix, groups numbered by first row.
    assert len(firsts) == len(set(combos))
    for j, first in enumerate(firsts):
        assert combos.index(combos[first]) == first and ids[first] == j
    for i in range(n):
        assert combos[i] == combos[firsts[ids[i]]]

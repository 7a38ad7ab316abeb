"""penalties.batch over pandas and Arrow columns: every row equals assess(...).fine, nothing inexact
is converted, and the bounds come back as an exact DataFrame."""

from __future__ import annotations

import datetime as dt
import pickle
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import penalties  # noqa: E402
from penalties import InvalidFactError, NotInForceError, PenaltiesError, assess  # noqa: E402
from penalties.batch import (  # noqa: E402
    FRAME_COLUMNS,
    INT64_MAX,
    fine_bounds,
    fine_bounds_frame,
    frame_meta,
)

pytestmark = pytest.mark.timeout(120)

ON = dt.date(2024, 5, 1)
DSL = "cn.dsl.47"
IR = "ir.ipc.729"
LIMIT_10X = INT64_MAX // 10


def expected(
    article_id: str, gains: Any = None, legal: bool | None = None, organised: bool = False, on: Any = ON
) -> Any:
    facts: dict[str, Any] = {"on": on}
    if gains is not None and not (type(gains) is int and gains == 0):
        facts["illegal_gains"] = gains
    if legal is not None:
        facts["offender"] = "legal_person" if legal else "natural_person"
    if organised:
        facts["circumstances"] = ["organised"]
    found = assess(article_id, **facts).find(penalties.SanctionKind.FINE, penalties.Addressee.OFFENDER)
    return None if found is None else found.range


def exact_bound(interval: Any, end: str) -> Any:
    return None if interval is None else getattr(interval, end).amount


# -- pandas columns -------------------------------------------------------------------------------
GAINS = [0, 1, 99_999, 100_000, 250_000, LIMIT_10X, LIMIT_10X + 1, INT64_MAX]


@pytest.mark.parametrize(
    "column",
    [
        pd.Series(GAINS, dtype="int64"),
        pd.Series(GAINS, dtype="Int64"),
        pd.Series(GAINS, dtype="uint64"),
        pd.Index(GAINS, dtype="int64"),
        pd.array(GAINS, dtype="Int64"),
        pd.Series(GAINS, dtype=object),
        pd.Series([str(g) for g in GAINS], dtype="string"),
        pd.Series(GAINS, dtype="category"),
    ],
    ids=["int64", "Int64", "uint64", "Index", "IntegerArray", "object", "string", "category"],
)
def test_pandas_gains_columns_equal_assess(column: Any) -> None:
    bounds = fine_bounds(DSL, gains=column, on=ON)
    assert bounds.intervals() == [expected(DSL, g) for g in GAINS]


def test_missing_gains_in_a_pandas_column_are_no_gains() -> None:
    values = [5, None, 250_000, None]
    for column in (
        pd.Series(values, dtype="Int64"),
        pd.Series(values, dtype="UInt64"),
        pd.Series([None if v is None else str(v) for v in values], dtype="string"),
        pd.Series([pd.NA if v is None else v for v in values], dtype=object),
        pd.Series(values, dtype="category"),
    ):
        bounds = fine_bounds(DSL, gains=column, on=ON)
        assert bounds.intervals() == [expected(DSL, v) for v in values], column.dtype
    assert fine_bounds(DSL, gains=pd.NA, on=ON).intervals() == [expected(DSL)]


def test_exact_objects_in_a_pandas_column() -> None:
    values: list[Any] = [Fraction(1_000_001, 3), Decimal("100000.00"), "12345.67", 2**70, None, 7]
    bounds = fine_bounds(DSL, gains=pd.Series(values, dtype=object), on=ON)
    assert bounds.intervals() == [expected(DSL, v) for v in values]
    assert bounds.interval(0).low.amount == Fraction(1_000_001, 3)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "column",
    [
        pd.Series([1.0, 2.0], name="amount"),
        pd.Series([1, None], dtype="Float64", name="amount"),
        pd.Series([1.5, 2.5], dtype="float32", name="amount"),
        pd.Series([1.0, float("nan")], dtype="category", name="amount"),
    ],
    ids=["float64", "Float64", "float32", "float-category"],
)
def test_float_columns_are_refused_naming_the_column(column: Any) -> None:
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds(DSL, gains=column, on=ON)
    assert caught.value.field == "illegal_gains"
    assert "'amount'" in str(caught.value) and "float" in str(caught.value).lower()
    assert "never converted" in caught.value.expected


def test_nan_in_an_object_column_is_refused_not_read_as_missing() -> None:
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds(DSL, gains=pd.Series([5, float("nan")], dtype=object), on=ON)
    assert caught.value.field == "illegal_gains"
    assert "batch row 1" in caught.value.__notes__


@pytest.mark.parametrize(
    "column",
    [
        pd.Series([True, False]),
        pd.Series([True, None], dtype="boolean"),
        pd.Series(pd.to_timedelta([1, 2], unit="D")),
        pd.Series(pd.to_datetime(["2024-05-01", "2024-05-02"])),
        pd.Series(pd.to_datetime(["2024-05-01", "2024-05-02"]).tz_localize("UTC")),
        pd.Series(pd.period_range("2024-01", periods=2, freq="M")),
    ],
    ids=["bool", "boolean", "timedelta", "datetime", "datetime-tz", "period"],
)
def test_bools_and_times_are_not_amounts(column: Any) -> None:
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds(DSL, gains=column, on=ON)
    assert caught.value.field == "illegal_gains"


def test_pandas_flag_and_date_columns_equal_assess() -> None:
    legal = [False, True, False, True, False, True]
    organised = [True, True, False, False, True, False]
    days = ["2021-03-14", "2021-03-15", "2024-06-23", "2024-06-24", "2009-05-26", "2020-05-12"]
    want = [
        expected(IR, None, lg, og, dt.date.fromisoformat(d)) for lg, og, d in zip(legal, organised, days, strict=True)
    ]
    flag_forms = [
        lambda v: pd.Series(v),
        lambda v: pd.Series(v, dtype="boolean"),
        lambda v: pd.Series(v, dtype="Int64").astype("Int64"),
        lambda v: pd.Series(np.array(v, dtype=np.int8)),
        lambda v: pd.Series(v, dtype="category"),
    ]
    date_forms = [
        lambda v: pd.Series(pd.to_datetime(v)),
        lambda v: pd.Series(pd.to_datetime(v).astype("datetime64[s]")),
        lambda v: pd.Series([dt.date.fromisoformat(d) for d in v], dtype=object),
        lambda v: pd.Series(v, dtype="string"),
        lambda v: pd.Series(v, dtype=object),
        lambda v: pd.Series(v, dtype="category"),
        lambda v: pd.Index(pd.to_datetime(v)),
    ]
    for flag in flag_forms:
        for date in date_forms:
            bounds = fine_bounds(
                IR, legal_person=flag(legal), circumstances={"organised": flag(organised)}, on=date(days)
            )
            assert bounds.intervals() == want


def test_a_time_with_its_zone_falls_on_its_own_day() -> None:
    # 23:30 in Tehran on the day before the decree of 2024-06-24 is 20:00 UTC that day: Tehran's day counts.
    local = pd.Series(pd.to_datetime(["2024-06-23 23:30", "2024-06-24 00:30"]).tz_localize("Asia/Tehran"))
    bounds = fine_bounds(IR, legal_person=True, on=local)
    assert bounds.intervals() == [
        expected(IR, None, True, False, dt.date(2024, 6, 23)),
        expected(IR, None, True, False, dt.date(2024, 6, 24)),
    ]
    assert bounds.interval(0) != bounds.interval(1)


@pytest.mark.parametrize(
    ("field", "arguments"),
    [
        ("legal_person", {"legal_person": pd.Series([True, None], dtype="boolean")}),
        ("legal_person", {"legal_person": pd.Series([1, None], dtype="Int64")}),
        ("legal_person", {"legal_person": pd.Series([0.0, 1.0])}),
        ("legal_person", {"legal_person": pd.Series(["yes", "no"], dtype=object)}),
        ("legal_person", {"legal_person": pd.NA}),
        ("circumstances.organised", {"circumstances": {"organised": pd.Series([True, None], dtype="boolean")}}),
        ("on", {"on": pd.Series(pd.to_datetime(["2024-05-01", None]))}),
        ("on", {"on": pd.Series(["2024-05-01", None], dtype="string")}),
        ("on", {"on": pd.Series([ON, pd.NaT], dtype=object)}),
        ("on", {"on": pd.Series([ON, None], dtype="category")}),
        ("on", {"on": pd.Series([20240501, 20240502])}),
        ("on", {"on": pd.Series([1.5, 2.5])}),
        ("on", {"on": pd.NaT}),
    ],
)
def test_missing_flags_and_dates_are_refused(field: str, arguments: dict[str, Any]) -> None:
    call: dict[str, Any] = {"on": "2024-05-01", **arguments}
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds(IR, **call)
    assert caught.value.field == field


def test_a_pandas_timestamp_and_scalar_missing_values() -> None:
    assert fine_bounds(DSL, gains=pd.Series([5]), on=pd.Timestamp("2024-05-01 18:00")).intervals() == [expected(DSL, 5)]
    with pytest.raises(InvalidFactError):
        fine_bounds(DSL, gains=pd.NaT, on=ON)


# -- Arrow columns --------------------------------------------------------------------------------
def test_arrow_columns_equal_assess() -> None:
    pa = pytest.importorskip("pyarrow")
    values: list[Any] = [0, 5, None, 250_000, LIMIT_10X + 1]
    want = [expected(DSL, v) for v in values]
    for column in (
        pa.array(values, pa.int64()),
        pa.array(values, pa.uint64()),
        pa.chunked_array([values[:2], values[2:]], pa.int64()),
        pa.array([None if v is None else Decimal(v) for v in values], pa.decimal128(38, 2)),
        pa.array([None if v is None else str(v) for v in values], pa.string()),
        pa.array([None if v is None else str(v) for v in values], pa.large_string()),
        pa.array([None if v is None else str(v) for v in values]).dictionary_encode(),
        pd.Series(values, dtype="int64[pyarrow]"),
    ):
        assert fine_bounds(DSL, gains=column, on=ON).intervals() == want, column.type
    big = fine_bounds(DSL, gains=pa.array([2**63 + 5], pa.uint64()), on=ON)
    assert big.intervals() == [expected(DSL, 2**63 + 5)] and big.fallback_rows.tolist() == [0]
    assert fine_bounds(DSL, gains=pa.array([Decimal("1000001.50")]), on=ON).intervals() == [
        expected(DSL, Decimal("1000001.50"))
    ]
    assert fine_bounds(DSL, gains=pa.scalar(250_000), on=pa.scalar(ON)).intervals() == [expected(DSL, 250_000)]
    assert fine_bounds(DSL, gains=pa.nulls(3), on=ON).intervals() == [expected(DSL)] * 3


def test_arrow_flags_and_dates_equal_assess() -> None:
    pa = pytest.importorskip("pyarrow")
    legal = [False, True, False, True]
    organised = [True, True, False, False]
    days = [dt.date(2021, 3, 14), dt.date(2021, 3, 15), dt.date(2024, 6, 23), dt.date(2024, 6, 24)]
    want = [expected(IR, None, lg, og, d) for lg, og, d in zip(legal, organised, days, strict=True)]
    stamps = [dt.datetime.combine(d, dt.time(13, 30)) for d in days]
    as_ints = [int(v) for v in legal]
    for flag in (pa.array(legal), pa.array(as_ints, pa.int8()), pa.chunked_array([legal[:1], legal[1:]])):
        for date in (
            pa.array(days, pa.date32()),
            pa.array(days, pa.date64()),
            pa.array(stamps, pa.timestamp("ms")),
            pa.array(stamps, pa.timestamp("us", tz="UTC")),
            pa.array([d.isoformat() for d in days]),
            pa.array([d.isoformat() for d in days]).dictionary_encode(),
            pa.chunked_array([pa.array(days[:2], pa.date32()), pa.array(days[2:], pa.date32())]),
            pd.Series(days, dtype=pd.ArrowDtype(pa.date32())),
        ):
            organised_column = (
                pa.array(organised) if flag.type == pa.bool_() else pa.array([int(v) for v in organised], pa.int8())
            )
            bounds = fine_bounds(IR, legal_person=flag, circumstances={"organised": organised_column}, on=date)
            assert bounds.intervals() == want, (flag.type, date.type if hasattr(date, "type") else date.dtype)


def test_an_arrow_time_with_its_zone_falls_on_its_own_day() -> None:
    pa = pytest.importorskip("pyarrow")
    # 2024-06-23 20:00 UTC is 23:30 in Tehran, the day before the decree; 21:00 UTC is the day of it.
    utc = [dt.datetime(2024, 6, 23, 20, 0), dt.datetime(2024, 6, 23, 21, 0)]
    column = pa.array(utc, pa.timestamp("s", tz="Asia/Tehran"))
    assert fine_bounds(IR, legal_person=True, on=column).intervals() == [
        expected(IR, None, True, False, dt.date(2024, 6, 23)),
        expected(IR, None, True, False, dt.date(2024, 6, 24)),
    ]


def test_arrow_refusals() -> None:
    pa = pytest.importorskip("pyarrow")
    cases: list[tuple[str, dict[str, Any]]] = [
        ("illegal_gains", {"gains": pa.array([1.0, 2.0])}),
        ("illegal_gains", {"gains": pa.array([1.5], pa.float32())}),
        ("illegal_gains", {"gains": pa.scalar(1.5)}),
        ("illegal_gains", {"gains": pd.Series([1.5], dtype="double[pyarrow]")}),
        ("illegal_gains", {"gains": pa.array([True])}),
        ("illegal_gains", {"gains": pa.array([ON], pa.date32())}),
        ("illegal_gains", {"gains": pa.array([b"12"])}),
        ("illegal_gains", {"gains": pa.array([[1]])}),
        ("legal_person", {"legal_person": pa.array([True, None])}),
        ("legal_person", {"legal_person": pa.array([0.0, 1.0])}),
        ("legal_person", {"legal_person": pa.array(["true"])}),
        ("legal_person", {"legal_person": pa.scalar(None, pa.bool_())}),
        ("on", {"on": pa.array([ON, None], pa.date32())}),
        ("on", {"on": pa.array([20240501], pa.int64())}),
        ("on", {"on": pa.array([dt.time(1, 2)], pa.time32("s"))}),
        ("on", {"on": pa.scalar(None, pa.date32())}),
        ("on", {"on": pa.nulls(1)}),
    ]
    for field, arguments in cases:
        with pytest.raises(InvalidFactError) as caught:
            fine_bounds(IR, **{"on": ON, **arguments})
        # The Computer Crimes Law has no gains fact: its gains column is named by the parameter.
        assert caught.value.field == ("gains" if field == "illegal_gains" else field), arguments
        if field == "illegal_gains":
            with pytest.raises(InvalidFactError) as caught:
                fine_bounds(DSL, **{"on": ON, **arguments})
            assert caught.value.field == field, arguments


def test_floats_in_an_arrow_table_are_refused_naming_the_column() -> None:
    pa = pytest.importorskip("pyarrow")
    table = pa.table({"amount": pa.array([1.5, 2.0]), "day": pa.array([ON, ON], pa.date32())})
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds_frame(table, DSL, gains="amount", on="day")
    assert caught.value.field == "illegal_gains" and "'amount'" in str(caught.value)


# -- every pandas / Arrow form of random exact columns equals the plain Python column --------------
def _pandas_form(values: list[int | None], form: str) -> Any:
    if form == "Int64":
        return pd.Series(values, dtype="Int64")
    if form == "UInt64":
        return pd.Series(values, dtype="UInt64")
    if form == "object":
        return pd.Series([pd.NA if v is None else v for v in values], dtype=object)
    if form == "string":
        return pd.Series([None if v is None else str(v) for v in values], dtype="string")
    if form == "category":
        return pd.Series(values, dtype=object).astype("category")
    pa = pytest.importorskip("pyarrow")
    if form == "arrow-int64":
        return pa.array(values, pa.int64())
    if form == "arrow-uint64":
        return pa.array(values, pa.uint64())
    if form == "arrow-decimal":
        return pa.array([None if v is None else Decimal(v) for v in values], pa.decimal128(38, 0))
    assert form == "arrow-string"
    return pa.chunked_array([pa.array([None if v is None else str(v) for v in values])])


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_form_of_a_random_gains_column_equals_the_plain_column(data: st.DataObject) -> None:
    form = data.draw(
        st.sampled_from(
            [
                "Int64",
                "UInt64",
                "object",
                "string",
                "category",
                "arrow-int64",
                "arrow-uint64",
                "arrow-decimal",
                "arrow-string",
            ]
        )
    )
    high = 2**64 - 1 if "uint" in form.lower() or form in ("object", "string", "arrow-string") else INT64_MAX
    if form == "arrow-decimal":
        high = 10**37
    value = st.one_of(st.none(), st.integers(0, 3 * 10**5), st.integers(LIMIT_10X - 3, high), st.integers(0, high))
    values = data.draw(st.lists(value, min_size=0, max_size=12))
    legal = data.draw(st.lists(st.booleans(), min_size=len(values), max_size=len(values)))
    bounds = fine_bounds(DSL, gains=_pandas_form(values, form), legal_person=pd.Series(legal, dtype="boolean"), on=ON)
    plain = fine_bounds(DSL, gains=list(values), legal_person=legal, on=ON)
    assert bounds.intervals() == plain.intervals()
    for i, (v, lg) in enumerate(zip(values, legal, strict=True)):
        assert bounds.interval(i) == expected(DSL, v, lg), (i, v)
    frame = bounds.to_frame()
    assert frame["low"].tolist() == [exact_bound(r, "low") for r in plain.intervals()]
    assert frame["high"].tolist() == [exact_bound(r, "high") for r in plain.intervals()]


# -- DataFrame results ----------------------------------------------------------------------------
def test_to_frame_objects_are_exact_ints_and_fractions() -> None:
    days = np.array(["2021-03-14", "2024-06-24", "2024-06-24"], dtype="datetime64[D]")
    bounds = fine_bounds(IR, legal_person=[False, False, True], circumstances={"organised": True}, on=days)
    frame = bounds.to_frame()
    assert list(frame.columns) == list(FRAME_COLUMNS["objects"])
    assert frame["low"].dtype == object and frame["high"].dtype == object
    rows = bounds.intervals()
    assert frame["low"].tolist() == [r.low.amount for r in rows]  # type: ignore[union-attr]
    assert frame["high"].tolist() == [r.high.amount for r in rows]  # type: ignore[union-attr]
    assert frame["low"].iloc[0] == Fraction(40_000_000, 3) and type(frame["low"].iloc[0]) is Fraction
    assert type(frame["high"].iloc[2]) is int
    assert frame["low_closed"].tolist() == [r.low_closed for r in rows]  # type: ignore[union-attr]
    assert frame["high_closed"].tolist() == [r.high_closed for r in rows]  # type: ignore[union-attr]
    assert frame["has_fine"].all()
    assert frame.dtypes.to_dict() == frame_meta().dtypes.to_dict()


def test_to_frame_keeps_fallback_rows_and_no_fine_rows_exact() -> None:
    gains: list[Any] = [0, INT64_MAX, Decimal("100000.00"), Fraction(1_000_001, 3), 150_000]
    bounds = fine_bounds(DSL, gains=gains, on=ON)
    assert bounds.fallback_rows.tolist() == [1, 2, 3]
    frame = bounds.to_frame()
    assert frame["low"].tolist() == [exact_bound(r, "low") for r in bounds.intervals()]
    assert frame["high"].tolist() == [exact_bound(r, "high") for r in bounds.intervals()]
    assert frame["high"].iloc[1] == INT64_MAX * 10 and frame["has_fine"].all()
    # int64 columns: a bound beyond int64 is a typed error naming the row, never a wrapped number.
    with pytest.raises(InvalidFactError) as caught:
        bounds.to_frame("int64")
    assert caught.value.field == "numbers" and "batch row 1" in caught.value.__notes__
    fitting = fine_bounds(DSL, gains=[0, Decimal("100000.00"), Fraction(1_000_001, 3)], on=ON).to_frame("int64")
    assert list(fitting.columns) == list(FRAME_COLUMNS["int64"])
    assert fitting.dtypes.to_dict() == frame_meta("int64").dtypes.to_dict()
    assert fitting["low_num"].tolist() == [100_000, 100_000, 1_000_001]
    assert fitting["low_den"].tolist() == [1, 1, 3] and fitting["has_fine"].all()
    # No fine at all (DSL 47's responsible persons when the offender is an individual): None, or 0 / 1.
    none = fine_bounds(DSL, gains=[5], legal_person=[False], on=ON, addressee="responsible_persons")
    assert none.interval(0) is None
    assert none.to_frame()[["low", "high"]].iloc[0].tolist() == [None, None]
    assert none.to_frame("int64").iloc[0].tolist() == [0, 1, 0, 1, False, False, False]


def test_to_frame_parameters_are_checked() -> None:
    bounds = fine_bounds(DSL, gains=[1, 2], on=ON)
    for bad in ("float", "", None, 1, b"objects"):
        with pytest.raises(InvalidFactError) as caught:
            bounds.to_frame(bad)  # type: ignore[arg-type]
        assert caught.value.field == "numbers"
    with pytest.raises(InvalidFactError) as caught:
        bounds.to_frame(index=[1, 2, 3])
    assert caught.value.field == "index"
    with pytest.raises(InvalidFactError):
        bounds.to_frame(index=5)
    assert bounds.to_frame(index=["a", "b"]).index.tolist() == ["a", "b"]
    with pytest.raises(InvalidFactError):
        frame_meta("float")


# -- fine_bounds_frame ----------------------------------------------------------------------------
def cases() -> Any:
    return pd.DataFrame(
        {
            "gains": pd.array([0, 99_999, None, 250_000, LIMIT_10X + 1, 7], dtype="Int64"),
            "company": [False, True, True, False, True, False],
            "organised": [True, False, True, True, False, False],
            "day": pd.to_datetime(["2022-01-01", "2024-06-24", "2021-09-01", "2024-05-01", "2024-05-01", "2023-01-01"]),
            "text day": ["1400/10/11", "1403/04/04", "2021-03-14", "2024-05-01", "2024-05-01", "2023-01-01"],
        },
        index=pd.Index([10, 11, 12, 13, 14, 15], name="case"),
    )


def test_frame_equals_fine_bounds_and_assess_indexed_like_the_cases() -> None:
    frame = cases()
    result = fine_bounds_frame(frame, DSL, gains="gains", legal_person="company", on="day")
    assert result.index.equals(frame.index)
    days = frame["day"].dt.date.tolist()
    gains = [None if v is pd.NA else int(v) for v in frame["gains"]]
    rows = [expected(DSL, g, lg, False, d) for g, lg, d in zip(gains, frame["company"], days, strict=True)]
    assert result["low"].tolist() == [exact_bound(r, "low") for r in rows]
    assert result["high"].tolist() == [exact_bound(r, "high") for r in rows]
    direct = fine_bounds(DSL, gains=frame["gains"], legal_person=frame["company"], on=frame["day"])
    assert result.equals(direct.to_frame(index=frame.index))
    joined = frame.join(result)
    assert joined.loc[13, "low"] == 250_000


def test_frame_circumstances_text_dates_and_one_value_for_every_row() -> None:
    frame = cases()
    result = fine_bounds_frame(
        frame, IR, legal_person="company", circumstances={"organised": "organised"}, on="text day"
    )
    days = [penalties.article(IR).act.facts_type.parse_on(text) for text in frame["text day"]]
    rows = [expected(IR, None, lg, og, d) for lg, og, d in zip(frame["company"], frame["organised"], days, strict=True)]
    assert result["low"].tolist() == [exact_bound(r, "low") for r in rows]
    # A value other than text is one value for every row.
    every = fine_bounds_frame(frame, IR, legal_person=True, circumstances={"organised": True}, on=ON)
    assert every.index.equals(frame.index)
    assert every["low"].tolist() == [exact_bound(expected(IR, None, True, True), "low")] * len(frame)
    # No column at all: still one row per case.
    assert len(fine_bounds_frame(frame.iloc[:0], IR, legal_person=True, on=ON)) == 0
    assert len(fine_bounds_frame(frame.iloc[:0], IR, legal_person="company", on="day")) == 0


def test_frame_int64_numbers() -> None:
    frame = cases().drop(index=14)
    result = fine_bounds_frame(frame, DSL, gains="gains", on=ON, numbers="int64")
    assert result.dtypes.to_dict() == frame_meta("int64").dtypes.to_dict()
    assert result["low_num"].tolist() == [100_000, 100_000, 100_000, 250_000, 100_000]
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds_frame(cases(), DSL, gains="gains", on=ON, numbers="int64")
    assert caught.value.field == "numbers"


def test_frame_errors_name_the_column_and_the_index_label() -> None:
    frame = pd.DataFrame({"g": [5, -5, 7]}, index=["a", "b", "c"])
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds_frame(frame, DSL, gains="g", on=ON)
    error = caught.value
    assert error.field == "illegal_gains" and error.value == -5
    assert "frame column 'g', frame index 'b'" in error.__notes__
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is InvalidFactError and copy.field == error.field and copy.__notes__ == error.__notes__
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds_frame(pd.DataFrame({"g": [1.5]}), DSL, gains="g", on=ON)
    assert "'g'" in str(caught.value)
    with pytest.raises(NotInForceError) as missed:
        early = cases().assign(day=pd.to_datetime(["2022-01-01", "2021-09-01", "2021-08-31", *["2024-05-01"] * 3]))
        fine_bounds_frame(early, DSL, gains="gains", on="day")  # DSL 47: in force from 2021-09-01
    assert "frame index 12" in missed.value.__notes__


@pytest.mark.parametrize(
    ("field", "arguments"),
    [
        ("gains", {"gains": "no such column"}),
        ("legal_person", {"legal_person": "Company"}),
        ("on", {"on": "2024-05-01"}),
        ("circumstances", {"circumstances": {"organised": "nope"}}),
        ("circumstances", {"circumstances": {"no_such": "organised"}}),
        ("numbers", {"numbers": "floats"}),
        ("kind", {"kind": "imprisonment"}),
    ],
)
def test_frame_parameters_are_checked(field: str, arguments: dict[str, Any]) -> None:
    call: dict[str, Any] = {"on": "day", **arguments}
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds_frame(cases(), IR, **call)
    assert caught.value.field == field


def test_frame_must_be_a_table_with_unique_column_names() -> None:
    for bad in ({"gains": [1]}, [[1]], np.array([1]), pd.Series([1]), None):
        with pytest.raises(InvalidFactError) as caught:
            fine_bounds_frame(bad, DSL, on=ON)
        assert caught.value.field == "frame"
    twice = pd.DataFrame([[1, 2]], columns=["g", "g"])
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds_frame(twice, DSL, gains="g", on=ON)
    assert caught.value.field == "gains"


def test_an_arrow_table() -> None:
    pa = pytest.importorskip("pyarrow")
    frame = cases()
    table = pa.Table.from_pandas(frame.drop(columns="text day"), preserve_index=False)
    result = fine_bounds_frame(table, IR, legal_person="company", circumstances={"organised": "organised"}, on="day")
    assert result.index.equals(pd.RangeIndex(len(frame)))
    single = fine_bounds_frame(frame, IR, legal_person="company", circumstances={"organised": "organised"}, on="day")
    assert result.reset_index(drop=True).equals(single.reset_index(drop=True))
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds_frame(pa.table({"g": [5, -5]}), DSL, gains="g", on=ON)
    assert "frame column 'g'" in caught.value.__notes__ and "batch row 1" in caught.value.__notes__


def test_a_million_rows_from_a_pandas_frame_match_a_sample() -> None:
    rng = np.random.default_rng(5)
    n = 10**6
    gains = np.floor(10 ** rng.uniform(0, np.log10(2e8), n)).astype(np.int64)
    frame = pd.DataFrame({"gains": pd.array(gains, dtype="Int64"), "company": rng.random(n) < 0.5})
    frame.loc[rng.integers(0, n, 1000), "gains"] = pd.NA
    result = fine_bounds_frame(frame, DSL, gains="gains", legal_person="company", on=ON)
    assert len(result) == n and result["has_fine"].all()
    for i in rng.integers(0, n, 200).tolist():
        g = frame["gains"].iloc[i]
        row = expected(DSL, None if g is pd.NA else int(g), bool(frame["company"].iloc[i]))
        assert (result["low"].iloc[i], result["high"].iloc[i]) == (row.low.amount, row.high.amount)


# -- optional libraries stay optional -------------------------------------------------------------
def test_batch_imports_neither_pandas_nor_pyarrow() -> None:
    code = (
        "import sys, numpy as np\n"
        "from penalties.batch import fine_bounds\n"
        "b = fine_bounds('cn.dsl.47', gains=np.array([5, 250000]), on='2024-05-01')\n"
        "print(b.high_num.tolist(), [m for m in ('pandas', 'pyarrow') if m in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[1000000, 2500000] []"


def test_pandas_without_pyarrow() -> None:
    code = (
        "import sys\n"
        "sys.modules['pyarrow'] = None  # as if not installed\n"
        "import pandas as pd\n"
        "from penalties.batch import fine_bounds_frame\n"
        "from penalties import InvalidFactError\n"
        "frame = pd.DataFrame({'g': pd.array([5, None, 250000], dtype='Int64'), 'd': ['2024-05-01'] * 3})\n"
        "print(fine_bounds_frame(frame, 'cn.dsl.47', gains='g', on='d')['high'].tolist())\n"
        "try:\n"
        "    fine_bounds_frame(object(), 'cn.dsl.47')\n"
        "except InvalidFactError as error:\n"
        "    print(error.field)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split("\n")[:2] == ["[1000000, 1000000, 2500000]", "frame"]


def test_errors_are_the_library_errors() -> None:
    with pytest.raises(PenaltiesError):
        fine_bounds_frame(cases(), "no.such.article", on=ON)


# -- plain Python lists: numpy's reading never changes a value -------------------------------------
def test_a_list_keeps_its_values_as_given() -> None:
    # numpy reads [5, 2**63] as floats and [True, 5] as [1, 5]: neither may reach the kernels so.
    assert fine_bounds(DSL, gains=[5, 2**63], on=ON).intervals() == [expected(DSL, 5), expected(DSL, 2**63)]
    assert fine_bounds(DSL, gains=(2**63, 0), on=ON).intervals() == [expected(DSL, 2**63), expected(DSL)]
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds(DSL, gains=[True, 250_000], on=ON)
    assert caught.value.field == "illegal_gains" and caught.value.value is True
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds(DSL, gains=[250_000, np.True_], on=ON)
    assert "batch row 1" in caught.value.__notes__
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds(DSL, gains=[-1, 2**63], on=ON)
    assert caught.value.value == -1
    with pytest.raises(InvalidFactError):
        fine_bounds(DSL, gains=[5, 2.5], on=ON)
    # numpy reads [1.5, "7"] as the text ["1.5", "7"]: the float is still refused, as assess() refuses it.
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds(DSL, gains=[1.5, "7"], on=ON)
    assert caught.value.value == 1.5 and "batch row 0" in caught.value.__notes__
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds(DSL, gains=("250000", True), on=ON)
    assert caught.value.value is True
    assert fine_bounds(DSL, gains=["5", 7], on=ON).intervals() == [expected(DSL, "5"), expected(DSL, 7)]
    # ... and ["2024-05-01", 20240501] as two texts: the integer is not a date.
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds(DSL, gains=[5, 5], on=["2024-05-01", 20240501])
    assert caught.value.field == "on" and caught.value.value == 20240501
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds(IR, legal_person=[True, "x"], on=ON)
    assert caught.value.field == "legal_person"
    assert fine_bounds(IR, legal_person=[True, 0], on=ON).intervals() == [
        expected(IR, None, True),
        expected(IR, None, False),
    ]


# -- unusual columns: a result, or the library's own error ----------------------------------------
def unusual_columns() -> dict[str, Any]:
    columns: dict[str, Any] = {
        "interval": pd.Series(pd.interval_range(0, 3)),
        "sparse": pd.Series(pd.arrays.SparseArray([0, 5, 0])),
        "sparse-float": pd.Series(pd.arrays.SparseArray([0.0, 5.0, 0.0])),
        "complex": pd.Series([1j, 2j, 3j]),
        "period": pd.Series(pd.period_range("2024-01-01", periods=3, freq="D")),
        "timedelta": pd.Series(pd.to_timedelta([1, 2, 3], unit="D")),
        "category-dates-zoned": pd.Series(pd.to_datetime(["2024-05-01"] * 3).tz_localize("UTC")).astype("category"),
        "category-empty": pd.Series([None, None, None], dtype="category"),
        "mixed-objects": pd.Series([1, "2024-05-01", dt.date(2024, 5, 1)], dtype=object),
        "lists": pd.Series([[1], [2], [3]], dtype=object),
        "bytes": pd.Series([b"1", b"2", b"3"]),
        "multiindex": pd.MultiIndex.from_tuples([(1, 2)] * 3),
        "frame": pd.DataFrame({"a": [1, 2, 3]}),
        "negative-int8": pd.Series(np.array([-1, 1, 1], dtype=np.int8)),
    }
    try:
        import pyarrow as pa
    except ImportError:
        return columns
    columns.update(
        {
            "arrow-list": pa.array([[1], [2], [3]]),
            "arrow-struct": pa.array([{"a": 1}] * 3),
            "arrow-duration": pa.array([1, 2, 3], pa.duration("s")),
            "arrow-time": pa.array([1, 2, 3], pa.time32("s")),
            "arrow-binary": pa.array([b"1", b"2", b"3"]),
            "arrow-decimal256": pa.array([Decimal(1), None, Decimal("2.5")], pa.decimal256(40, 2)),
            "arrow-timestamp-null": pa.array([0, 10**18, None], pa.timestamp("ns")),
            "arrow-date64-far": pa.array([2534023008000000, 0, 0], pa.date64()),
            "arrow-half-float": pa.array(np.array([1, 2, 3], dtype=np.float16)),
            "arrow-dictionary-int": pa.array([1, 2, 1]).dictionary_encode(),
            "arrow-bool-null": pa.array([True, None, False]),
            "arrow-dtype-duration": pd.Series([1, 2, 3], dtype=pd.ArrowDtype(pa.duration("s"))),
            "arrow-dtype-bool-null": pd.Series([True, False, None], dtype=pd.ArrowDtype(pa.bool_())),
        }
    )
    return columns


@pytest.mark.parametrize("role", ["gains", "legal_person", "on", "circumstances"])
def test_unusual_columns_give_a_result_or_the_library_error(role: str) -> None:
    for name, column in unusual_columns().items():
        arguments: dict[str, Any] = {"on": ON}
        if role == "circumstances":
            arguments["circumstances"] = {"organised": column}
        else:
            arguments[role] = column
        try:
            bounds = fine_bounds(DSL if role == "gains" else IR, **arguments)
        except PenaltiesError:
            continue
        assert len(bounds) in (1, 3), name

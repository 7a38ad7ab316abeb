"""Iran: limitation of prosecution (IPC Art 105) and of execution (Art 107) as a ``Limitation``.

Figures from the law notes, iran_time_and_sentencing.md §6 (rule L1, VERIFIED) and §2.2 (Art 11 ت).
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from penalties import assess
from penalties.core.errors import InvalidFactError, PenaltiesError
from penalties.core.sentencing import Limitation, Status, sentencing_schema
from penalties.core.term import Term
from penalties.law.ir.sentencing import limitation

jsonschema = pytest.importorskip("jsonschema")

ON = "2024-01-01"


def years(n: int) -> Term:
    return Term.years(n)


# Articles of each degree at the 1399 amounts (law notes, Table 4 in tests/test_sentencing_ir.py).
BY_DEGREE = [
    # (article, facts, degree, Art 105 years, Art 107 years)
    ("ir.ipc.752", {}, 4, 10, 15),  # Art 105 ب, Art 107 ب
    ("ir.ipc.741", {}, 5, 7, 10),  # Art 105 پ, Art 107 پ
    ("ir.ipc.729", {}, 6, 5, 7),  # Art 105 ت, Art 107 ت
    ("ir.ipc.742.n1", {}, 7, 3, 5),  # Art 105 ث (R822: degree 7, 3 years), Art 107 ث
    ("ir.ipc.742.n2", {}, 8, 3, 5),  # Art 105 ث, Art 107 ث
]


@pytest.mark.parametrize(("article", "facts", "degree", "prosecution", "execution"), BY_DEGREE)
def test_the_period_is_read_from_the_degree_of_the_assessment(
    article: str, facts: dict[str, Any], degree: int, prosecution: int, execution: int
) -> None:
    a = assess(article, on=ON, **facts)
    assert a.degree == degree
    p = limitation(a)
    e = limitation(a, kind="execution")
    assert p.period == years(prosecution) and e.period == years(execution)
    assert (p.rule, e.rule) == ("ir.ipc.105", "ir.ipc.107")
    assert p.maximum is None and p.barred is None and p.start is None and p.last_day is None
    assert p.trace[[s.code for s in p.trace].index("ir_degree")].param("degree") == degree


def test_degree_1_to_3_is_15_and_20_years() -> None:
    # Art 752 at the 1388 amounts is degree 2 (fine up to 1,000,000,000 rials): Art 105 الف, Art 107 الف.
    a = assess("ir.ipc.752", on="2020-06-01")
    assert a.degree == 2
    assert limitation(a).period == years(15)
    assert limitation(a, kind="execution").period == years(20)
    assert limitation(a).basis.clause == "a"


def test_art_11_t_is_named_and_the_law_in_force_decides() -> None:
    # Limitation laws apply at once (Art 11 ت): the degree under the amounts in force grades it.
    for kind in ("prosecution", "execution"):
        r = limitation(assess("ir.ipc.729", on=ON), kind=kind)
        at_once = [s for s in r.trace if s.code == "ir_limitation_at_once"]
        assert len(at_once) == 1 and at_once[0].basis.article == "11" and at_once[0].basis.clause == "t"


def test_the_degree_readings_are_named_with_their_value() -> None:
    a = assess("ir.ipc.729", on=ON, readings={"degree_basis": "offence_date"})
    r = limitation(a)
    assert ("degree_basis", "offence_date") in r.readings
    assert any(s.code == "reading" and s.param("value") == "offence_date" for s in r.trace)


# Degree 6, prosecution: 5 years (Art 105 ت) from the day of the offence.
@pytest.mark.parametrize(
    ("on", "barred"),
    [("2020-03-01", False), ("2020-02-29", False), ("2020-03-02", True), ("2015-03-01", False)],
)
def test_degree_6_prosecution_on_both_sides_of_the_last_day(on: str, barred: bool) -> None:
    r = limitation(assess("ir.ipc.729", on=ON), start="2015-03-01", on=on)
    assert r.start == dt.date(2015, 3, 1)
    assert r.last_day == dt.date(2020, 3, 1)
    assert r.barred is barred
    assert r.trace[-1].code == ("ir_limitation_prosecution_barred" if barred else "ir_limitation_prosecution_open")


# Degree 6, execution: 7 years (Art 107 ت) from the day the judgment became final.
@pytest.mark.parametrize(("on", "barred"), [("2027-05-10", False), ("2027-05-11", True), ("2027-05-09", False)])
def test_degree_6_execution_on_both_sides_of_the_last_day(on: str, barred: bool) -> None:
    r = limitation(assess("ir.ipc.729", on=ON), kind="execution", start="2020-05-10", on=on)
    assert r.last_day == dt.date(2027, 5, 10)
    assert r.barred is barred
    assert any(s.code == "ir_limitation_start_final" for s in r.trace)


def test_degree_7_prosecution_3_years_as_in_r822() -> None:
    a = assess("ir.ipc.742.n1", on=ON)
    assert limitation(a, start="2021-01-10", on="2024-01-10").barred is False
    assert limitation(a, start="2021-01-10", on="2024-01-11").barred is True


def test_solar_hijri_dates_are_read() -> None:
    # 1399/01/01 = 2020-03-20; degree 6: last day 2025-03-20.
    r = limitation(assess("ir.ipc.729", on=ON), start="1399/01/01", on="1404/01/01")
    assert r.start == dt.date(2020, 3, 20) and r.last_day == dt.date(2025, 3, 20)
    assert r.barred is True  # 1404/01/01 = 2025-03-21


def test_an_act_of_prosecution_within_the_period_starts_it_again() -> None:
    # Art 105: "from the date of the last act of prosecution or investigation"; note 1 lists them.
    a = assess("ir.ipc.729", on=ON)
    r = limitation(a, start="2015-03-01", on="2022-01-01", acts=["2016-06-01", "2020-03-01"])
    assert r.start == dt.date(2020, 3, 1) and r.last_day == dt.date(2025, 3, 1) and r.barred is False
    assert [s.code for s in r.trace].count("ir_limitation_act") == 2
    # An act the day after the period ran does not revive it.
    late = limitation(a, start="2015-03-01", on="2022-01-01", acts=["2020-03-02"])
    assert late.start == dt.date(2015, 3, 1) and late.barred is True
    assert any(s.code == "ir_limitation_act_late" for s in late.trace)


def test_a_stay_of_note_2_starts_the_period_from_the_other_decision() -> None:
    # Art 105 note 2: «مرور زمان تعقیب از تاریخ قطعیت رای مرجعی که رسیدگی کیفری منوط به صدور آن است، شروع میشود».
    a = assess("ir.ipc.729", on=ON)  # degree 6: 5 years
    r = limitation(a, start="2015-03-01", on="2023-06-01", stayed_until="2018-06-01")
    assert r.start == dt.date(2018, 6, 1) and r.last_day == dt.date(2023, 6, 1) and r.barred is False
    assert limitation(a, start="2015-03-01", on="2023-06-02", stayed_until="2018-06-01").barred is True
    step = next(s for s in r.trace if s.code == "ir_limitation_stay")
    assert step.basis.article == "105" and step.basis.note == "2"
    # An act after the stay starts the period again.
    later = limitation(a, start="2015-03-01", on="2024-01-01", stayed_until="2018-06-01", acts=["2019-01-01"])
    assert later.last_day == dt.date(2024, 1, 1) and later.barred is False


def test_a_deferral_of_note_1_starts_the_execution_period_when_it_ends() -> None:
    # Art 107 note 1: «مرور زمان از تاریخ انقضای آن مدت یا رفع مانع محاسبه میشود»; degree 6: 7 years.
    a = assess("ir.ipc.729", on=ON)
    r = limitation(a, kind="execution", start="2020-05-10", on="2029-01-01", stayed_until="2022-01-01")
    assert r.last_day == dt.date(2029, 1, 1) and r.barred is False
    assert limitation(a, kind="execution", start="2020-05-10", on="2029-01-02", stayed_until="2022-01-01").barred
    step = next(s for s in r.trace if s.code == "ir_limitation_deferred")
    assert step.basis.article == "107" and step.basis.note == "1"


def test_an_unattested_band_weakens_the_status() -> None:
    # Art 752 at the 1403 amounts: degree 4 in a band the notes do not attest (UNVERIFIED).
    r = limitation(assess("ir.ipc.752", on="2025-01-01"))
    assert r.period == years(10)
    assert r.status is Status.UNVERIFIED


def test_a_legal_person_has_no_degree_and_no_period() -> None:
    a = assess("ir.ipc.749", on=ON, circumstances={"intentional"}, offender="legal_person")
    r = limitation(a)
    assert r.period is None and r.barred is None
    assert any(s.code == "ir_limitation_no_degree" for s in r.trace)
    assert "no degree" in r.explain()


def test_the_notes_on_assessments_stay() -> None:
    codes = [s.code for s in assess("ir.ipc.729", on=ON).notes]
    assert {"ir_limitation_105", "ir_limitation_107", "ir_limitation_at_once"} <= set(codes)


# ---------------------------------------------------------------------------------------------
# JSON, schema, explanations, HTML


def results() -> list[Limitation]:
    a = assess("ir.ipc.729", on=ON)
    return [
        limitation(a),
        limitation(a, start="2015-03-01", on="2020-03-02", acts=["2016-01-01"]),
        limitation(a, kind="execution", start="2020-05-10", on="2027-05-11"),
        limitation(a, start="2015-03-01", on="2023-06-02", stayed_until="2018-06-01"),
        limitation(a, kind="execution", start="2020-05-10", on="2029-01-01", stayed_until="2022-01-01"),
        limitation(assess("ir.ipc.749", on=ON, circumstances={"intentional"}, offender="legal_person")),
    ]


def test_json_round_trip_and_schema() -> None:
    schema = sentencing_schema()
    for r in results():
        data = json.loads(json.dumps(r.to_dict()))
        jsonschema.validate(data, schema)
        assert Limitation.from_dict(data) == r


@pytest.mark.parametrize("locale", ["en", "zh_CN", "fa_IR", "ar", "ms"])
def test_explanations_and_html_in_every_locale(locale: str) -> None:
    for r in results():
        text = r.explain(locale)
        html = r.to_html(locale)
        assert text and "<" in html
        if locale != "en":
            assert "barred" not in text and "period runs" not in text and "waited" not in text


def test_execution_says_execution() -> None:
    a = assess("ir.ipc.729", on=ON)
    assert "Execution: barred" in limitation(a, kind="execution", start="2020-05-10", on="2027-05-11").explain()
    assert "Prosecution: barred" in limitation(a, start="2015-03-01", on="2020-03-02").explain()


# ---------------------------------------------------------------------------------------------
# Hostile input: one typed error naming the field, in bounded time; errors pickle


A = assess("ir.ipc.729", on=ON)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: limitation(None), "assessment"),  # type: ignore[arg-type]
        (lambda: limitation(assess("cn.cl.253-1", circumstances={"serious"}, on=ON)), "assessment"),
        (lambda: limitation(A, kind="Prosecution"), "kind"),
        (lambda: limitation(A, kind=["prosecution"]), "kind"),  # type: ignore[arg-type]
        (lambda: limitation(A, start="2020-01-01"), "on"),
        (lambda: limitation(A, on="2020-01-01"), "start"),
        (lambda: limitation(A, start="2020-01-02", on="2020-01-01"), "on"),
        (lambda: limitation(A, start="not a date", on="2020-01-01"), "start"),
        (lambda: limitation(A, start="2020-01-01", on=2020), "on"),
        (lambda: limitation(A, start="x" * 10**6, on="2020-01-01"), "start"),
        (lambda: limitation(A, acts=["2020-01-01"]), "acts"),
        (lambda: limitation(A, start="2020-01-01", on="2021-01-01", acts="2020-06-01"), "acts"),
        (lambda: limitation(A, start="2020-01-01", on="2021-01-01", acts=["2019-12-31"]), "acts[0]"),
        (lambda: limitation(A, start="2020-01-01", on="2021-01-01", acts=["2020-06-01", "2021-01-02"]), "acts[1]"),
        (lambda: limitation(A, start="2020-01-01", on="2021-01-01", acts=iter(["2020-06-01"] * 10**7)), "acts"),
        (
            lambda: limitation(A, kind="execution", start="2020-01-01", on="2021-01-01", acts=["2020-06-01"]),
            "acts",
        ),
        (lambda: limitation(A, stayed_until="2020-01-01"), "stayed_until"),
        (lambda: limitation(A, start="2020-01-01", on="2021-01-01", stayed_until="2019-12-31"), "stayed_until"),
        (lambda: limitation(A, start="2020-01-01", on="2021-01-01", stayed_until="2021-01-02"), "stayed_until"),
        (lambda: limitation(A, start="2020-01-01", on="2021-01-01", stayed_until=[1]), "stayed_until"),
        (
            lambda: limitation(A, start="2020-01-01", on="2021-01-01", stayed_until="2020-06-01", acts=["2020-05-31"]),
            "acts[0]",
        ),
    ],
)
def test_bad_input_is_one_typed_error(call: Any, field: str) -> None:
    began = time.perf_counter()
    with pytest.raises(InvalidFactError) as caught:
        call()
    assert time.perf_counter() - began < 1
    assert caught.value.field == field
    again = pickle.loads(pickle.dumps(caught.value))
    assert isinstance(again, PenaltiesError) and str(again) == str(caught.value)


@settings(max_examples=60, deadline=None)
@given(
    start=st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)),
    gap=st.integers(0, 20 * 366),
    kind=st.sampled_from(["prosecution", "execution"]),
)
def test_barred_exactly_after_the_same_day_years_later(start: dt.date, gap: int, kind: str) -> None:
    on = start + dt.timedelta(days=gap)
    r = limitation(A, kind=kind, start=start, on=on)
    n = 5 if kind == "prosecution" else 7  # degree 6: Art 105 ت, Art 107 ت
    try:
        last = start.replace(year=start.year + n)
    except ValueError:  # 29 February
        last = start.replace(year=start.year + n, day=28)
    assert r.last_day == last
    assert r.barred is (on > last)

"""Criminal Law Art 180 (insider trading, leaking inside information) with the 2012 interpretation.

Serious: <= 5 years (from 6 months) or criminal detention, fine 1x-5x gains added or alone;
especially serious: 5-10 years and a fine of 1x-5x gains; a unit: fined, its persons <= 5 years or
criminal detention only. 2012 Arts 6-7: turnover 500,000 / 2,500,000; margin 300,000 / 1,500,000;
profit or loss avoided 150,000 / 750,000; 3 occasions (serious only); Art 9: the heavier amount.
"""

from __future__ import annotations

import datetime as dt

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from penalties import (
    Addressee,
    Assessment,
    CombinationKind,
    InvalidFactError,
    Money,
    NotDeterminableError,
    NotInForceError,
    SanctionKind,
    Term,
    article,
    assess,
    assessment_schema,
)
from penalties.core.interval import Interval
from penalties.law.cn.criminal_general import fine_floor

ON = "2024-01-01"
FTI = SanctionKind.FIXED_TERM_IMPRISONMENT
CD = SanctionKind.CRIMINAL_DETENTION
FINE = SanctionKind.FINE
PERSONS = Addressee.RESPONSIBLE_PERSONS
VALIDATOR = jsonschema.Draft202012Validator(assessment_schema())
TIER_ORDER = {None: 0, "serious": 1, "especially_serious": 2}


def tier(**facts: object) -> str | None:
    facts.setdefault("on", ON)
    return assess("cn.cl.180", **facts).tier


def cny(amount: int) -> Money:
    return Money(amount, "CNY")


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("securities_turnover", 499_999, None),
        ("securities_turnover", 500_000, "serious"),
        ("securities_turnover", 500_001, "serious"),
        ("securities_turnover", 2_499_999, "serious"),
        ("securities_turnover", 2_500_000, "especially_serious"),
        ("securities_turnover", 2_500_001, "especially_serious"),
        ("futures_margin", 299_999, None),
        ("futures_margin", 300_000, "serious"),
        ("futures_margin", 1_499_999, "serious"),
        ("futures_margin", 1_500_000, "especially_serious"),
        ("illegal_gains", 149_999, None),
        ("illegal_gains", 150_000, "serious"),
        ("illegal_gains", 749_999, "serious"),
        ("illegal_gains", 750_000, "especially_serious"),
        ("occasions", 2, None),
        ("occasions", 3, "serious"),
        ("occasions", 300, "serious"),  # occasions have no especially-serious standard
    ],
)
def test_thresholds(field: str, value: int, expected: str | None) -> None:
    assert tier(**{field: value}) == expected


def test_heavier_amount_decides() -> None:
    a = assess("cn.cl.180", securities_turnover=2_500_000, illegal_gains=100_000, on=ON)
    assert a.tier == "especially_serious"
    assert any(s.code == "heavier_amount" and s.basis.article == "9" for s in a.trace)


def test_serious_sanctions_fine_one_to_five_times_gains_added_or_alone() -> None:
    a = assess("cn.cl.180", illegal_gains=200_000, on=ON)
    assert a.tier == "serious"
    assert a.find(FTI).range == Interval(Term.months(6), Term.years(5))
    assert a.find(CD).range == Interval(Term.months(1), Term.months(6))
    assert a.find(FINE).range == Interval(cny(200_000), cny(1_000_000))
    kinds = [c.kind for c in a.combinations]
    assert kinds == [CombinationKind.ONE_OF, CombinationKind.ALL_OF, CombinationKind.ONE_OF]
    assert a.combinations[2].members == (2,)  # the fine alone is one alternative


def test_especially_serious_sanctions() -> None:
    a = assess("cn.cl.180", illegal_gains=750_000, on=ON)
    assert a.find(FTI).range == Interval(Term.years(5), Term.years(10))
    assert a.find(CD) is None
    assert a.find(FINE).range == Interval(cny(750_000), cny(3_750_000))
    assert [c.kind for c in a.combinations] == [CombinationKind.ALL_OF]


def test_fine_without_gains_is_not_invented() -> None:
    a = assess("cn.cl.180", securities_turnover=600_000, on=ON)
    assert a.tier == "serious"
    assert a.find(FINE).range is None
    assert any(s.code == "fine_gains_missing" for s in a.trace)
    assert fine_floor(a) is None  # the statute measures this fine; no 1,000 yuan floor is substituted


def test_exact_fractional_gains() -> None:
    a = assess("cn.cl.180", illegal_gains="150000.01", on=ON)
    assert a.find(FINE).range == Interval(Money.of("150000.01", "CNY"), Money.of("750000.05", "CNY"))


@pytest.mark.parametrize("gains", [150_000, 750_000, 10_000_000])
def test_unit_persons_capped_at_five_years_without_fine(gains: int) -> None:
    a = assess("cn.cl.180", offender="unit", illegal_gains=gains, on=ON)
    assert a.find(FTI, PERSONS).range == Interval(Term.months(6), Term.years(5))
    assert a.find(CD, PERSONS).range == Interval(Term.months(1), Term.months(6))
    assert a.find(FINE, PERSONS) is None
    unit_fine = a.find(FINE)
    assert unit_fine.basis.paragraph == 2 and unit_fine.range is None  # no amount set for the unit
    assert fine_floor(a) == cny(1_000)
    assert any(s.code == "note" and s.param("note") == "unit_persons_single_range" for s in a.notes)


def test_below_every_standard_is_not_a_crime() -> None:
    a = assess("cn.cl.180", securities_turnover=499_999, futures_margin=299_999, illegal_gains=149_999, on=ON)
    assert a.penal is False and a.sanctions == () and a.tier is None


def test_named_circumstances() -> None:
    assert tier(circumstances={"serious"}) == "serious"
    assert tier(circumstances={"especially_serious"}) == "especially_serious"


def test_dates() -> None:
    # In force since the 1997 revision (1997-10-01); the newest text is Amendment VII's (2009-02-28).
    assert article("cn.cl.180").in_force[0] == dt.date(1997, 10, 1)
    assert article("cn.cl.180").in_force_from == dt.date(2009, 2, 28)
    with pytest.raises(NotInForceError):
        assess("cn.cl.180", illegal_gains=200_000, on="1997-09-30")
    # Before the 2012 interpretation numbers alone cannot grade the case: not determinable.
    with pytest.raises(NotDeterminableError) as caught:
        assess("cn.cl.180", illegal_gains=200_000, on="2012-05-31")
    assert "2012-06-01" in caught.value.reason
    before = assess("cn.cl.180", circumstances={"serious"}, on="2012-05-31")
    assert before.tier == "serious" and any(s.code == "interpretation_not_in_force" for s in before.trace)
    assert tier(illegal_gains=200_000, on="2012-06-01") == "serious"


@pytest.mark.parametrize(
    ("facts", "field"),
    [
        ({"securities_turnover": -1}, "securities_turnover"),
        ({"futures_margin": 1.0}, "futures_margin"),
        ({"occasions": -1}, "occasions"),
        ({"occasions": 2.5}, "occasions"),
        ({"occasions": True}, "occasions"),
        ({"circumstances": {"prior_punishment"}}, "circumstances"),  # a 253-1 circumstance
    ],
)
def test_bad_facts(facts: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidFactError) as caught:
        assess("cn.cl.180", on=ON, **facts)
    assert caught.value.field == field


amounts = st.one_of(st.none(), st.integers(min_value=0, max_value=5_000_000))


counts = st.one_of(st.none(), st.integers(min_value=0, max_value=10))


@given(amounts, amounts, amounts, counts, st.integers(0, 3_000_000))
def test_more_never_lowers_the_tier(
    turnover: int | None, margin: int | None, gains: int | None, occasions: int | None, extra: int
) -> None:
    base = {"securities_turnover": turnover, "futures_margin": margin, "illegal_gains": gains, "occasions": occasions}
    before = TIER_ORDER[tier(**base)]
    for field in ("securities_turnover", "futures_margin", "illegal_gains"):
        more = dict(base)
        more[field] = (more[field] or 0) + extra
        assert TIER_ORDER[tier(**more)] >= before
    more = dict(base)
    more["occasions"] = (occasions or 0) + 1
    assert TIER_ORDER[tier(**more)] >= before


@given(amounts, st.sampled_from(["individual", "unit"]))
def test_ranges_non_empty_json_valid(gains: int | None, offender: str) -> None:
    a = assess("cn.cl.180", illegal_gains=gains, offender=offender, circumstances={"serious"}, on=ON)
    for sanction in a.sanctions:
        if sanction.range is not None:
            assert sanction.range.low <= sanction.range.high
    data = a.to_dict()
    VALIDATOR.validate(data)
    assert Assessment.from_dict(data) == a

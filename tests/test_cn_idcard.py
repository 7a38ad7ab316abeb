"""Resident Identity Card Law Art 19 (as amended 2011-10-29, in force 2012-01-01).

Para 1: staff who leak identity-card information: 10-15 days' detention and a fixed fine of 5,000
yuan, gains confiscated; para 2: a unit's directly responsible persons: 10-15 days and
100,000-500,000 yuan; no fine on the unit; only where the act is not a crime.
"""

from __future__ import annotations

import datetime as dt

import jsonschema
import pytest

from penalties import (
    Addressee,
    Assessment,
    InvalidFactError,
    Money,
    NotInForceError,
    SanctionKind,
    Term,
    article,
    assess,
    assessment_schema,
)
from penalties.core.interval import Interval

ON = "2024-01-01"
DETENTION = SanctionKind.ADMINISTRATIVE_DETENTION
FINE = SanctionKind.FINE
CONFISCATION = SanctionKind.CONFISCATION_OF_ILLEGAL_GAINS
PERSONS = Addressee.RESPONSIBLE_PERSONS
VALIDATOR = jsonschema.Draft202012Validator(assessment_schema())


def cny(amount: int) -> Money:
    return Money(amount, "CNY")


def test_individual_detention_and_fixed_fine() -> None:
    a = assess("cn.idcard.19", on=ON)
    assert a.penal is True
    assert a.find(DETENTION).range == Interval(Term.days(10), Term.days(15))
    fine = a.find(FINE).range
    assert fine == Interval(cny(5_000), cny(5_000)) and fine.is_point  # 五千元: fixed, not a range
    assert cny(4_999) not in fine and cny(5_001) not in fine
    assert a.find(DETENTION).modality.value == "shall" and a.find(FINE).modality.value == "shall"
    assert a.find(CONFISCATION) is None  # nothing to confiscate
    assert a.find(FINE, PERSONS) is None


def test_individual_gains_are_confiscated() -> None:
    a = assess("cn.idcard.19", illegal_gains="1234.5", on=ON)
    assert a.find(CONFISCATION).range == Interval(Money.of("1234.5", "CNY"), Money.of("1234.5", "CNY"))


def test_unit_persons_detention_and_fine_and_no_fine_on_the_unit() -> None:
    a = assess("cn.idcard.19", offender="unit", illegal_gains=80_000, on=ON)
    assert a.find(DETENTION, PERSONS).range == Interval(Term.days(10), Term.days(15))
    assert a.find(FINE, PERSONS).range == Interval(cny(100_000), cny(500_000))
    assert a.find(FINE) is None  # no fine on the unit itself
    assert a.find(DETENTION) is None
    assert a.find(CONFISCATION).range == Interval(cny(80_000), cny(80_000))
    assert any(s.param("note") == "no_fine_on_unit" for s in a.notes if s.code == "note")
    assert all(s.basis.paragraph == 2 for s in a.sanctions)


def test_applies_only_when_not_a_crime_says_so() -> None:
    a = assess("cn.idcard.19", on=ON)
    codes = [s.code for s in a.notes]
    assert "only_if_not_a_crime" in codes
    assert next(s for s in a.notes if s.code == "only_if_not_a_crime").param("article") == "cn.cl.253-1"
    assert "only if the act is not a crime" in a.explain()
    assert any(s.code == "note" and s.param("note") == "civil_liability" for s in a.notes)


def test_stated_not_a_crime() -> None:
    a = assess("cn.idcard.19", constitutes_crime=False, on=ON)
    assert a.penal is True and a.find(FINE) is not None
    assert any(s.code == "not_a_crime_stated" for s in a.trace)
    assert "only_if_not_a_crime" not in [s.code for s in a.notes]


def test_a_crime_gives_way_to_the_criminal_law() -> None:
    a = assess("cn.idcard.19", constitutes_crime=True, on=ON)
    assert a.penal is False
    assert a.sanctions == ()
    step = next(s for s in a.trace if s.code == "crime_instead")
    assert step.param("article") == "cn.cl.253-1"


def test_in_force_from_2012() -> None:
    assert article("cn.idcard.19").in_force[0] == dt.date(2012, 1, 1)
    assess("cn.idcard.19", on="2012-01-01")
    with pytest.raises(NotInForceError):
        assess("cn.idcard.19", on="2011-12-31")


@pytest.mark.parametrize(
    ("facts", "field"),
    [
        ({"constitutes_crime": "no"}, "constitutes_crime"),
        ({"illegal_gains": -1}, "illegal_gains"),
        ({"circumstances": {"serious"}}, "circumstances"),
        ({"offender": "company_man"}, "offender"),
        ({"information_items": {"other": 5}}, "information_items"),
    ],
)
def test_bad_facts(facts: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidFactError) as caught:
        assess("cn.idcard.19", on=ON, **facts)
    assert caught.value.field == field


def test_text_and_seed_notes() -> None:
    art = article("cn.idcard.19")
    assert "并处五千元罚款" in art.text
    assert "十万元以上五十万元以下罚款" in art.text
    assert "尚不构成犯罪的" in art.text
    notes = " ".join(art.translation_notes)
    assert "without naming" in notes and "5,000" in notes


@pytest.mark.parametrize("facts", [{}, {"offender": "unit", "illegal_gains": 7}, {"constitutes_crime": True}])
def test_json_valid_and_round_trips(facts: dict[str, object]) -> None:
    a = assess("cn.idcard.19", on=ON, **facts)
    VALIDATOR.validate(a.to_dict())
    assert Assessment.from_dict(a.to_dict()) == a

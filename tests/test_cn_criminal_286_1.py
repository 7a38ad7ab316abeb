"""Criminal Law Art 286-1 with 法释〔2019〕15号 Art 4 (user-information leaks).

<= 3 years (from 6 months), criminal detention or public surveillance, fine added or alone; only
after refusing to correct on a regulator's order; a leak of 500 sensitive / 5,000 safety-related /
50,000 other user-information items (adding by proportion) is a serious consequence.
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
    NotDeterminableError,
    NotInForceError,
    SanctionKind,
    Term,
    article,
    assess,
    assessment_schema,
)
from penalties.core.interval import Interval

ON = "2024-01-01"
REFUSED = "refused_ordered_correction"
FTI = SanctionKind.FIXED_TERM_IMPRISONMENT
CD = SanctionKind.CRIMINAL_DETENTION
PS = SanctionKind.PUBLIC_SURVEILLANCE
FINE = SanctionKind.FINE
PERSONS = Addressee.RESPONSIBLE_PERSONS
VALIDATOR = jsonschema.Draft202012Validator(assessment_schema())


def constituted(items: dict[str, int] | None = None, circumstances: set[str] | None = None, on: str = ON) -> bool:
    a = assess("cn.cl.286-1", information_items=items, circumstances=circumstances or {REFUSED}, on=on)
    return a.penal


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ({"trajectory": 499}, False),
        ({"trajectory": 500}, True),
        ({"trajectory": 501}, True),
        ({"health": 4_999}, False),
        ({"health": 5_000}, True),
        ({"other": 49_999}, False),
        ({"other": 50_000}, True),
        ({"trajectory": 250, "other": 25_000}, True),  # item 四: by proportion
        ({"trajectory": 249, "other": 25_000}, False),
    ],
)
def test_item_thresholds(items: dict[str, int], expected: bool) -> None:
    assert constituted(items) is expected


def test_refusal_after_an_order_is_required() -> None:
    a = assess("cn.cl.286-1", information_items={"trajectory": 100_000}, circumstances={"serious"}, on=ON)
    assert a.penal is False and a.sanctions == ()
    step = next(s for s in a.trace if s.code == "precondition_not_met")
    assert step.param("missing") == (REFUSED,)
    assert any(s.param("note") == "not_a_crime" for s in a.notes)


@pytest.mark.parametrize(
    "circumstance",
    ["mass_spread_of_illegal_information", "leak_severe_consequences", "loss_of_criminal_evidence", "serious"],
)
def test_named_situations(circumstance: str) -> None:
    assert constituted(circumstances={REFUSED, circumstance}) is True


def test_refusal_alone_is_not_a_crime() -> None:
    assert constituted() is False


def test_sanctions_include_public_surveillance() -> None:
    a = assess("cn.cl.286-1", circumstances={REFUSED, "serious"}, on=ON)
    assert a.tier == "constituted"
    assert a.find(FTI).range == Interval(Term.months(6), Term.years(3))
    assert a.find(CD).range == Interval(Term.months(1), Term.months(6))
    assert a.find(PS).range == Interval(Term.months(3), Term.years(2))
    assert a.find(FINE).range is None
    assert a.combinations[0].kind is CombinationKind.ONE_OF and a.combinations[0].members == (0, 1, 2)
    assert any(s.code == "fine_added_or_alone" for s in a.trace)
    assert any(s.param("note") == "heavier_offence_prevails" for s in a.notes if s.code == "note")


def test_unit() -> None:
    a = assess("cn.cl.286-1", offender="unit", circumstances={REFUSED, "serious"}, on=ON)
    assert a.find(FINE).basis.paragraph == 2
    assert a.find(PS, PERSONS).range == Interval(Term.months(3), Term.years(2))
    assert a.find(FINE, PERSONS) is not None


def test_dates() -> None:
    assert article("cn.cl.286-1").in_force[0] == dt.date(2015, 11, 1)
    with pytest.raises(NotInForceError):
        assess("cn.cl.286-1", circumstances={REFUSED, "serious"}, on="2015-10-31")
    with pytest.raises(NotDeterminableError):  # before 法释〔2019〕15号 numbers alone cannot grade it
        constituted({"trajectory": 500}, on="2019-10-31")
    assert constituted({"trajectory": 500}, on="2019-11-01") is True


@pytest.mark.parametrize(
    ("facts", "field"),
    [
        ({"information_items": {"trajectory": -3}}, "information_items['trajectory']"),
        ({"information_items": {"location": 3}}, "information_items"),
        ({"circumstances": {"refused"}}, "circumstances"),
    ],
)
def test_bad_facts(facts: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidFactError) as caught:
        assess("cn.cl.286-1", on=ON, **facts)
    assert caught.value.field == field


classes = st.sampled_from(["trajectory", "lodging", "other"])


@given(st.dictionaries(classes, st.integers(0, 100_000), max_size=3), classes, st.integers(0, 60_000))
def test_more_items_never_undo_the_offence(items: dict[str, int], cls: str, extra: int) -> None:
    more = dict(items)
    more[cls] = more.get(cls, 0) + extra
    assert constituted(more) >= constituted(items)
    a = assess("cn.cl.286-1", information_items=more, circumstances={REFUSED}, on=ON)
    VALIDATOR.validate(a.to_dict())
    assert Assessment.from_dict(a.to_dict()) == a

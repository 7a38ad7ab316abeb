"""Criminal Law Art 253-1 with 法释〔2017〕10号: every threshold at, below and above; sanctions; errors.

Figures: Art 253-1 (Amendment IX, in force 2015-11-01); 2017 interpretation Art 5 (50 / 500 / 5,000
items, gains 5,000; x10 especially serious; insiders at half, item 八; classes add by proportion,
item 六), Art 6 (profit 50,000), Art 12 (fine generally 1x-5x gains); Criminal Law Arts 42, 45, 99;
SPC Provisions on Property Penalties (2000) Art 2 (fine floor 1,000, minors 500).
"""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction

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
from penalties.law.cn.criminal_general import fine_floor, fine_guideline

ON = "2024-01-01"
FTI = SanctionKind.FIXED_TERM_IMPRISONMENT
CD = SanctionKind.CRIMINAL_DETENTION
PS = SanctionKind.PUBLIC_SURVEILLANCE
FINE = SanctionKind.FINE
PERSONS = Addressee.RESPONSIBLE_PERSONS
VALIDATOR = jsonschema.Draft202012Validator(assessment_schema())


def tier(**facts: object) -> str | None:
    facts.setdefault("on", ON)
    return assess("cn.cl.253-1", **facts).tier


def cny(amount: int) -> Money:
    return Money(amount, "CNY")


def months(n: int) -> Term:
    return Term.months(n)


def years(n: int) -> Term:
    return Term.years(n)


# --- thresholds by information class (2017 Art 5(1) items 三-五, 5(2) item 三) ----------------------


@pytest.mark.parametrize(
    ("cls", "count", "expected"),
    [
        ("trajectory", 49, None),
        ("trajectory", 50, "serious"),
        ("trajectory", 51, "serious"),
        ("trajectory", 499, "serious"),
        ("trajectory", 500, "especially_serious"),
        ("trajectory", 501, "especially_serious"),
        ("communication_content", 50, "serious"),
        ("credit", 49, None),
        ("property", 500, "especially_serious"),
        ("lodging", 499, None),
        ("lodging", 500, "serious"),
        ("health", 501, "serious"),
        ("transaction", 4_999, "serious"),
        ("communication_records", 5_000, "especially_serious"),
        ("other_safety", 5_001, "especially_serious"),
        ("other", 4_999, None),
        ("other", 5_000, "serious"),
        ("other", 5_001, "serious"),
        ("other", 49_999, "serious"),
        ("other", 50_000, "especially_serious"),
        ("other", 50_001, "especially_serious"),
    ],
)
def test_item_thresholds(cls: str, count: int, expected: str | None) -> None:
    assert tier(information_items={cls: count}) == expected


@pytest.mark.parametrize(
    ("gains", "expected"),
    [
        (4_999, None),
        (5_000, "serious"),
        (5_001, "serious"),
        (49_999, "serious"),
        (50_000, "especially_serious"),
        (50_001, "especially_serious"),
        ("4999.99", None),
    ],
)
def test_gains_thresholds(gains: object, expected: str | None) -> None:
    assert tier(illegal_gains=gains) == expected


def test_gains_threshold_trace_is_exact_and_inclusive() -> None:
    a = assess("cn.cl.253-1", illegal_gains=5_000, on=ON)
    steps = [s for s in a.trace if s.code == "threshold"]
    assert [(s.param("threshold"), s.param("tier"), s.param("outcome")) for s in steps] == [
        (cny(5_000), "serious", "met"),
        (cny(50_000), "especially_serious", "not_met"),
    ]
    assert steps[0].basis.item == "七"


# --- mixed classes add by proportion (item 六) -------------------------------------------------------


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ({"trajectory": 25, "other": 2_500}, "serious"),
        ({"trajectory": 24, "other": 2_500}, None),
        ({"trajectory": 25, "other": 2_499}, None),
        ({"trajectory": 25, "lodging": 250}, "serious"),
        ({"trajectory": 10, "lodging": 200, "other": 2_000}, "serious"),  # 1/5 + 2/5 + 2/5 = 1
        ({"trajectory": 10, "lodging": 200, "other": 1_999}, None),
        ({"trajectory": 250, "other": 25_000}, "especially_serious"),
        ({"trajectory": 249, "other": 25_000}, "serious"),
        ({"trajectory": 20, "credit": 30}, "serious"),  # one group: the classes add up directly
    ],
)
def test_mixed_classes(items: dict[str, int], expected: str | None) -> None:
    assert tier(information_items=items) == expected


def test_mixed_classes_share_is_exact() -> None:
    a = assess("cn.cl.253-1", information_items={"trajectory": 25, "other": 2_500}, on=ON)
    shares = [s.param("share") for s in a.trace if s.code == "items"]
    assert shares == [Fraction(1, 2), Fraction(1, 2)]
    total = next(s for s in a.trace if s.code == "threshold")
    assert total.param("value") == 1 and total.param("outcome") == "met"
    assert total.basis.item == "六"


# --- insiders (para 2; item 八) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ({"information_items": {"trajectory": 24}}, None),
        ({"information_items": {"trajectory": 25}}, "serious"),
        ({"information_items": {"lodging": 249}}, None),
        ({"information_items": {"lodging": 250}}, "serious"),
        ({"information_items": {"other": 2_499}}, None),
        ({"information_items": {"other": 2_500}}, "serious"),
        ({"illegal_gains": 2_499}, None),
        ({"illegal_gains": 2_500}, "serious"),
        # literal reading (default): 10 x item 八 = 5x the base standards
        ({"information_items": {"trajectory": 249}}, "serious"),
        ({"information_items": {"trajectory": 250}}, "especially_serious"),
        ({"illegal_gains": 24_999}, "serious"),
        ({"illegal_gains": 25_000}, "especially_serious"),
    ],
)
def test_insider_thresholds(facts: dict[str, object], expected: str | None) -> None:
    assert tier(insider=True, **facts) == expected


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ({"information_items": {"trajectory": 25}}, "serious"),
        ({"information_items": {"trajectory": 250}}, "serious"),
        ({"information_items": {"trajectory": 499}}, "serious"),
        ({"information_items": {"trajectory": 500}}, "especially_serious"),
        ({"illegal_gains": 25_000}, "serious"),
        ({"illegal_gains": 50_000}, "especially_serious"),
    ],
)
def test_insider_base_reading(facts: dict[str, object], expected: str | None) -> None:
    assert tier(insider=True, readings={"insider_especially_serious": "base"}, **facts) == expected


def test_insider_is_punished_more_heavily_within_the_range() -> None:
    a = assess("cn.cl.253-1", insider=True, information_items={"trajectory": 25}, on=ON)
    heavier = [s for s in a.trace if s.code == "heavier_within_range"]
    assert len(heavier) == 1 and heavier[0].basis.paragraph == 2
    assert any(s.param("note") == "heavier_within_range" for s in a.notes if s.code == "note")
    assert a.find(FTI).range == Interval(months(6), years(3))  # the range itself does not move
    b = assess("cn.cl.253-1", information_items={"trajectory": 50}, on=ON)
    assert not [s for s in b.trace if s.code == "heavier_within_range"]


def test_insider_standards_step_names_item_eight() -> None:
    a = assess("cn.cl.253-1", insider=True, information_items={"trajectory": 25}, on=ON)
    step = next(s for s in a.trace if s.code == "insider_standards")
    assert step.basis.item == "八" and step.param("factor") == Fraction(1, 2)


# --- named circumstances (non-numeric items) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("circumstance", "expected"),
    [
        ("trajectory_used_for_crime", "serious"),
        ("provided_to_known_criminal", "serious"),
        ("prior_punishment", "serious"),
        ("serious", "serious"),
        ("severe_harm_to_victim", "especially_serious"),
        ("major_loss_or_social_impact", "especially_serious"),
        ("especially_serious", "especially_serious"),
    ],
)
def test_named_circumstances(circumstance: str, expected: str) -> None:
    a = assess("cn.cl.253-1", circumstances={circumstance}, on=ON)
    assert a.tier == expected and a.penal
    assert next(s for s in a.trace if s.code == "tier_derived").param("by") == "circumstances"


def test_numbers_and_circumstances_take_the_more_serious() -> None:
    assert tier(information_items={"trajectory": 500}, circumstances={"prior_punishment"}) == "especially_serious"
    assert tier(information_items={"trajectory": 10}, circumstances={"severe_harm_to_victim"}) == "especially_serious"


# --- not a crime -------------------------------------------------------------------------------------


def test_below_every_threshold_is_not_a_crime() -> None:
    a = assess("cn.cl.253-1", information_items={"trajectory": 49}, illegal_gains=4_999, on=ON)
    assert a.penal is False
    assert a.tier is None
    assert a.sanctions == () and a.combinations == ()
    assert [s.param("note") for s in a.notes] == ["not_a_crime"]
    assert a.trace[-1].code == "not_constituted"
    assert "not a crime" in a.explain()
    assert a.to_dict()["penal"] is False


def test_no_facts_at_all_is_not_a_crime() -> None:
    a = assess("cn.cl.253-1", on=ON)
    assert a.penal is False and a.sanctions == ()


# --- sanctions -----------------------------------------------------------------------------------------


def test_serious_tier_sanctions_and_how_they_combine() -> None:
    a = assess("cn.cl.253-1", information_items={"trajectory": 50}, on=ON)
    assert a.penal is True
    kinds = [(s.kind, s.addressee) for s in a.sanctions]
    assert kinds == [(FTI, Addressee.OFFENDER), (CD, Addressee.OFFENDER), (FINE, Addressee.OFFENDER)]
    assert a.find(FTI).range == Interval(months(6), years(3))  # 三年以下 with the Art 45 floor
    assert a.find(CD).range == Interval(months(1), months(6))  # Art 42
    assert a.find(PS) is None  # no 管制 in 253-1
    fine = a.find(FINE)
    assert fine.range is None and fine.modality.value == "shall"
    # one of (fixed-term, detention); all of (that, fine); one of (that group, fine alone)
    c = a.combinations
    assert (c[0].kind, c[0].members) == (CombinationKind.ONE_OF, (0, 1))
    assert (c[1].kind, c[1].members, c[1].groups) == (CombinationKind.ALL_OF, (2,), (0,))
    assert (c[2].kind, c[2].members, c[2].groups) == (CombinationKind.ONE_OF, (2,), (1,))
    assert any(s.code == "fine_added_or_alone" for s in a.trace)


def test_especially_serious_tier_sanctions() -> None:
    a = assess("cn.cl.253-1", information_items={"trajectory": 500}, on=ON)
    assert a.find(FTI).range == Interval(years(3), years(7))
    assert a.find(CD) is None and a.find(PS) is None
    assert a.find(FINE).modality.value == "shall"
    assert [c.kind for c in a.combinations] == [CombinationKind.ALL_OF]
    assert not any(s.code == "fine_added_or_alone" for s in a.trace)


def test_fine_floor_and_minor_floor() -> None:
    a = assess("cn.cl.253-1", information_items={"trajectory": 50}, on=ON)
    assert fine_floor(a) == cny(1_000)
    b = assess("cn.cl.253-1", information_items={"trajectory": 50}, minor=True, on=ON)
    assert fine_floor(b) == cny(500)
    unit = assess("cn.cl.253-1", offender="unit", information_items={"trajectory": 50}, minor=True, on=ON)
    floors = [s for s in unit.trace if s.code == "fine_floor"]
    assert [s.param("floor") for s in floors] == [cny(1_000), cny(1_000)]  # the unit and its persons
    assert {s.param("minor") for s in floors} == {"not_applicable"}


def test_fine_guideline_is_marked_as_guideline() -> None:
    a = assess("cn.cl.253-1", illegal_gains=10_000, on=ON)
    assert fine_guideline(a) == Interval(cny(10_000), cny(50_000))
    step = next(s for s in a.trace if s.code == "fine_guideline")
    assert step.basis.article == "12"
    assert "guideline, not a bound" in a.explain()
    assert a.find(FINE).range is None  # the guideline is never the fine's range
    assert fine_guideline(assess("cn.cl.253-1", information_items={"other": 5_000}, on=ON)) is None


def test_exact_fractional_gains_guideline() -> None:
    a = assess("cn.cl.253-1", illegal_gains="5000.01", on=ON)
    assert fine_guideline(a) == Interval(Money(Fraction(500_001, 100), "CNY"), Money(Fraction(500_001, 20), "CNY"))


def test_unit_crime() -> None:
    a = assess("cn.cl.253-1", offender="unit", information_items={"other": 5_000}, on=ON)
    assert a.tier == "serious"
    unit_fine = a.find(FINE)
    assert unit_fine is not None and unit_fine.basis.paragraph == 4 and unit_fine.range is None
    assert a.find(FTI, PERSONS).range == Interval(months(6), years(3))
    assert a.find(CD, PERSONS).range == Interval(months(1), months(6))
    assert a.find(FINE, PERSONS) is not None
    assert a.find(FTI) is None  # no imprisonment of the unit itself
    assert any(s.code == "unit_crime" for s in a.trace)
    b = assess("cn.cl.253-1", offender="organisation", illegal_gains=50_000, on=ON)
    assert b.find(FTI, PERSONS).range == Interval(years(3), years(7))


# --- Art 6: buying general information for a lawful business -----------------------------------------


@pytest.mark.parametrize(
    ("profit", "expected"),
    [(49_999, None), (50_000, "serious"), (50_001, "serious"), (10_000_000, "serious")],
)
def test_lawful_business_purchase(profit: int | None, expected: str | None) -> None:
    facts = {"lawful_business_purchase": True, "information_items": {"other": 100_000}, "business_profit": profit}
    assert tier(**facts) == expected


def test_lawful_business_purchase_without_the_profit_is_not_determinable() -> None:
    # 2017 Art 6 grades a lawful-business purchase by its profit alone: without it the law cannot say.
    facts = {"lawful_business_purchase": True, "information_items": {"other": 100_000}}
    with pytest.raises(NotDeterminableError) as caught:
        assess("cn.cl.253-1", on=ON, **facts)
    assert "business_profit" in caught.value.reason and caught.value.what == "tier"
    assert tier(circumstances={"prior_punishment"}, **facts) == "serious"


def test_lawful_business_purchase_prior_punishment() -> None:
    facts = {"lawful_business_purchase": True, "information_items": {"other": 10}}
    assert tier(circumstances={"prior_punishment"}, **facts) == "serious"


def test_lawful_business_purchase_of_sensitive_information_falls_under_art_5() -> None:
    a = assess("cn.cl.253-1", lawful_business_purchase=True, information_items={"trajectory": 50, "other": 10}, on=ON)
    assert a.tier == "serious"
    assert any(s.code == "lawful_business_excluded" for s in a.trace)


# --- dates in force ----------------------------------------------------------------------------------


def test_not_in_force_before_amendment_vii() -> None:
    # Art 253-1 was added by Amendment VII, in force 2009-02-28 (law notes §1.8).
    with pytest.raises(NotInForceError) as caught:
        assess("cn.cl.253-1", circumstances={"serious"}, on="2009-02-27")
    assert caught.value.in_force_from == dt.date(2009, 2, 28)


def test_before_the_interpretation_only_named_circumstances_count() -> None:
    with pytest.raises(NotDeterminableError) as caught:
        assess("cn.cl.253-1", information_items={"trajectory": 500}, on="2017-05-31")
    assert "2017-06-01" in caught.value.reason
    a = assess("cn.cl.253-1", on="2017-05-31")
    assert a.penal is False  # no number and no finding: nothing makes it serious
    assert any(s.code == "interpretation_not_in_force" for s in a.trace)
    b = assess("cn.cl.253-1", information_items={"trajectory": 500}, circumstances={"serious"}, on="2015-11-01")
    assert b.tier == "serious"
    assert tier(information_items={"trajectory": 500}, on="2017-06-01") == "especially_serious"


# --- bad input ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("items", "field"),
    [
        ({"trajectory": -1}, "information_items['trajectory']"),
        ({"trajectory": Fraction(1, 2)}, "information_items['trajectory']"),
        ({"other": "2.5"}, "information_items['other']"),
        ({"other": 2.0}, "information_items['other']"),
        ({"other": True}, "information_items['other']"),
        ({"other": None}, "information_items['other']"),
        ({"gps": 5}, "information_items"),
        ([("trajectory", 5)], "information_items"),
    ],
)
def test_bad_item_counts(items: object, field: str) -> None:
    with pytest.raises(InvalidFactError) as caught:
        assess("cn.cl.253-1", information_items=items, on=ON)
    assert caught.value.field == field


def test_unknown_class_lists_the_valid_ones() -> None:
    with pytest.raises(InvalidFactError) as caught:
        assess("cn.cl.253-1", information_items={"gps": 5}, on=ON)
    for name in ("'trajectory'", "'communication_content'", "'lodging'", "'other'"):
        assert name in caught.value.expected


def test_whole_counts_in_other_exact_forms_are_accepted() -> None:
    assert tier(information_items={"trajectory": "50"}) == "serious"
    assert tier(information_items={"trajectory": Fraction(100, 2)}) == "serious"


@pytest.mark.parametrize(
    ("facts", "field"),
    [
        ({"insider": "yes"}, "insider"),
        ({"minor": 1}, "minor"),
        ({"readings": {"insider_especially_serious": "loose"}}, "readings.insider_especially_serious"),
        ({"readings": {"insider": "base"}}, "readings"),
        ({"circumstances": {"serius"}}, "circumstances"),
        ({"circumstances": {"refused_ordered_correction"}}, "circumstances"),  # a 286-1 circumstance
        ({"illegal_gains": -1}, "illegal_gains"),
        ({"illegal_gains": 1.5}, "illegal_gains"),
        ({"business_profit": -5}, "business_profit"),
        ({"items": {"other": 5}}, "items"),
    ],
)
def test_bad_facts(facts: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidFactError) as caught:
        assess("cn.cl.253-1", on=ON, **facts)
    assert caught.value.field == field


# --- catalog, text and JSON ------------------------------------------------------------------------------


def test_catalog_entry() -> None:
    art = article("cn.cl.253-1")
    assert art.act.id == "cn.cl"
    assert art.in_force[0] == dt.date(2009, 2, 28) and art.in_force_from == dt.date(2015, 11, 1)
    assert "情节特别严重的，处三年以上七年以下有期徒刑，并处罚金" in art.text
    assert any("Civil Code" in note for note in art.translation_notes)
    assert "serious" in {c.value for c in art.circumstances}


def test_explanation_shows_the_item_counts() -> None:
    a = assess("cn.cl.253-1", information_items={"trajectory": 25, "other": 2_500}, on=ON)
    assert str(a.facts.information_items) == "trajectory: 25, other: 2,500"
    assert "trajectory: 25, other: 2,500" in a.explain()


def test_json_is_exact_and_valid() -> None:
    a = assess(
        "cn.cl.253-1",
        offender="unit",
        insider=True,
        illegal_gains="12345.67",
        information_items={"trajectory": 25, "other": 2_500},
        on=ON,
    )
    data = a.to_dict()
    VALIDATOR.validate(data)
    text = json.dumps(data, ensure_ascii=False)
    assert "12345.67" not in text and "1234567/100" in text
    assert data["facts"]["information_items"] == {"trajectory": 25, "other": 2500}
    assert data["facts"]["readings"] == {
        "insider_especially_serious": "literal",
        "interp_2017_for_2009_text": "yes",
        "art63_upper_bound": "excluded",
        "art63_lowest_range": "none",
    }
    assert Assessment.from_dict(data) == a
    assert any(s.code == "reading" and s.param("value") == "literal" for s in a.trace)


# --- properties --------------------------------------------------------------------------------------------

TIER_ORDER = {None: 0, "serious": 1, "especially_serious": 2}
CLASSES = ["trajectory", "credit", "lodging", "health", "other", "other_safety"]
counts = st.dictionaries(st.sampled_from(CLASSES), st.integers(min_value=0, max_value=120_000), max_size=4)
gains = st.one_of(st.none(), st.integers(min_value=0, max_value=200_000))


@given(counts, gains, st.booleans(), st.sampled_from(CLASSES), st.integers(min_value=0, max_value=60_000))
def test_more_items_never_lower_the_tier(
    items: dict[str, int], money: int | None, insider: bool, cls: str, extra: int
) -> None:
    before = tier(information_items=items, illegal_gains=money, insider=insider)
    more = dict(items)
    more[cls] = more.get(cls, 0) + extra
    after = tier(information_items=more, illegal_gains=money, insider=insider)
    assert TIER_ORDER[after] >= TIER_ORDER[before]


@given(counts, gains, st.integers(min_value=0, max_value=100_000), st.booleans())
def test_more_gains_never_lower_the_tier(items: dict[str, int], money: int | None, extra: int, insider: bool) -> None:
    before = tier(information_items=items, illegal_gains=money, insider=insider)
    after = tier(information_items=items, illegal_gains=(money or 0) + extra, insider=insider)
    assert TIER_ORDER[after] >= TIER_ORDER[before]


@given(counts, gains, st.sampled_from(["literal", "base"]))
def test_being_an_insider_never_lowers_the_tier(items: dict[str, int], money: int | None, reading: str) -> None:
    readings = {"insider_especially_serious": reading}
    outsider = tier(information_items=items, illegal_gains=money, readings=readings)
    insider = tier(information_items=items, illegal_gains=money, insider=True, readings=readings)
    assert TIER_ORDER[insider] >= TIER_ORDER[outsider]


@given(counts, gains, st.booleans(), st.sampled_from(["individual", "unit"]), st.booleans())
def test_every_range_is_non_empty_and_exact(
    items: dict[str, int], money: int | None, insider: bool, offender: str, minor: bool
) -> None:
    a = assess(
        "cn.cl.253-1",
        information_items=items,
        illegal_gains=money,
        insider=insider,
        offender=offender,
        minor=minor,
        on=ON,
    )
    assert a.penal is (a.tier is not None)
    assert bool(a.sanctions) is a.penal
    for sanction in a.sanctions:
        if sanction.range is not None:
            assert sanction.range.low <= sanction.range.high
            assert sanction.range.low in sanction.range and sanction.range.high in sanction.range
    guideline = fine_guideline(a)
    if guideline is not None:
        assert guideline.low <= guideline.high
        assert type(guideline.low.amount) in (int, Fraction)
    VALIDATOR.validate(a.to_dict())


def test_minor_leniency_is_stated() -> None:
    a = assess("cn.cl.253-1", information_items={"trajectory": 50}, minor=True, on=ON)
    step = next(s for s in a.trace if s.code == "minor_leniency")
    assert step.basis.article == "17"
    assert any(s.param("note") == "minor_leniency" for s in a.notes if s.code == "note")
    adult = assess("cn.cl.253-1", information_items={"trajectory": 50}, on=ON)
    assert not any(s.code == "minor_leniency" for s in adult.trace)

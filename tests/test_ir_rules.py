"""Arts 754 (aggravation), 748 (legal persons) and 755 (repeat), and the open readings: worked examples.

Numbers computed from the statute (law notes, iran.md §6.1-6.3), not taken from a judgment.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from penalties import Interval, InvalidFactError, Money, Term, TermUnit, article, assess
from penalties.core.errors import NotDeterminableError

M = 1_000_000
AGGRAVATING = (
    "public_employee_on_duty",
    "network_operator_by_job",
    "state_or_public_service_systems",
    "organised",
    "wide_scale",
)


def days(n: int | Fraction) -> Term:
    return Term(n, TermUnit.DAY)


def months(n: int) -> Term:
    return Term(n, TermUnit.MONTH)


def years(n: int) -> Term:
    return Term(n, TermUnit.YEAR)


def irr(n: int | Fraction) -> Money:
    return Money(n, "IRR")


def above(low, high):
    """(low, high]: Art 754's range, low end excluded."""
    return Interval(low, high, low_closed=False, high_closed=True)


# ---------------------------------------------------------------------------------------------
# Art 754
@pytest.mark.parametrize("case", AGGRAVATING)
def test_729_aggravated_in_each_case_of_754(case):
    a = assess("ir.ipc.729", circumstances={case}, on="1399/01/01")
    assert a.imprisonment == above(months(8), years(1))
    assert a.fine == above(irr(Fraction(40_000_000, 3)), irr(20 * M))
    assert a.fine is not None and not a.fine.low_closed
    assert irr(Fraction(40_000_000, 3)) not in a.fine and irr(13_333_334) in a.fine and irr(20 * M) in a.fine
    steps = [s for s in a.trace if s.code == "aggravation_754"]
    assert len(steps) == 2
    letter = "abcde"[AGGRAVATING.index(case)]
    assert all(s.basis.article == "754" and s.basis.clause == letter for s in steps)
    assert steps[1].param("threshold") == irr(Fraction(40_000_000, 3))


@pytest.mark.parametrize(
    ("on", "low", "high"),
    [
        ("2015-01-01", Fraction(40 * M, 3), 20 * M),
        ("1399/12/25", Fraction(160 * M, 3), 80 * M),
        ("1403/04/04", 176 * M, 264 * M),
    ],
)
def test_729_aggravated_fine_at_each_decree(on, low, high):
    assert assess("ir.ipc.729", circumstances={"wide_scale"}, on=on).fine == above(irr(low), irr(high))


def test_741_aggravated_is_more_than_3_years_4_months_up_to_5_years():
    a = assess("ir.ipc.741", circumstances={"state_or_public_service_systems"}, on="2025-01-01")
    assert a.imprisonment == above(months(40), years(5))
    assert [(n, u.value) for n, u in a.imprisonment.low.parts()] == [(3, "year"), (4, "month")]
    assert a.fine == above(irr(550 * M), irr(825 * M))
    # Restitution is not a punishment with a maximum: Art 754 leaves it alone.
    assert next(s for s in a.sanctions if s.kind.value == "restitution").range is None


def test_731c_aggravated_is_more_than_10_up_to_15_years():
    a = assess("ir.ccl.3.c", circumstances={"public_employee_on_duty", "organised"}, on="2025-01-01")
    assert a.imprisonment == above(years(10), years(15))
    step = next(s for s in a.trace if s.code == "aggravation_754")
    assert step.basis.clause == "a, d"


def test_754_leaves_the_maximum_of_both_penalties_as_it_is():
    plain = assess("ir.ipc.742.n3", on="1403/04/04")
    aggravated = assess("ir.ipc.742.n3", circumstances={"wide_scale"}, on="1403/04/04")
    assert aggravated.imprisonment == plain.imprisonment == Interval(years(2), years(2))
    assert aggravated.fine == plain.fine == Interval(irr(330 * M), irr(330 * M))


def test_754_explanation_names_the_rule():
    text = assess("ir.ipc.729", circumstances={"organised"}, on="2015-01-01").explain()
    assert "Art 754" in text and "two-thirds" in text


# ---------------------------------------------------------------------------------------------
# Art 748
@pytest.mark.parametrize(
    ("on", "low", "high"),
    [("2015-01-01", 60 * M, 120 * M), ("1399/12/25", 240 * M, 480 * M), ("1403/04/04", 792 * M, 1584 * M)],
)
def test_729_legal_person_at_each_date(on, low, high):
    a = assess("ir.ipc.729", offender="legal_person", on=on)
    assert a.imprisonment is None
    assert a.fine == Interval(irr(low), irr(high))
    closure = next(s for s in a.sanctions if s.kind.value == "temporary_closure")
    assert closure.range == Interval(months(1), months(9))
    assert closure.basis.article == "748" and closure.basis.clause == "a"
    assert a.combinations[0].kind.value == "all_of"
    assert any(s.code == "no_imprisonment_748" for s in a.trace)
    fine = next(s for s in a.sanctions if s.kind.value == "fine")
    assert fine.basis.article == "748" and fine.basis.source  # the decree of the base maximum


def test_729_legal_person_repeat_closure_1_to_5_years():
    a = assess("ir.ipc.729", offender="legal_person", occurrence=2, on="1403/04/04")
    closure = next(s for s in a.sanctions if s.kind.value == "temporary_closure")
    assert closure.range == Interval(years(1), years(5))


def test_741_legal_person_keeps_restitution_and_is_under_clause_a():
    a = assess("ir.ipc.741", offender="legal_person", on="1403/04/04")
    kinds = [s.kind.value for s in a.sanctions]
    assert kinds == ["fine", "temporary_closure", "restitution"]
    assert a.fine == Interval(irr(3 * 825 * M), irr(6 * 825 * M))


# 731 ب (2-10 years), 731 ج (5-15 years), 739 (3-10 years): prison only, maximum above five years,
# so Art 748 clause ب: «تعطیلی موقت ... از یک تا سه سال و در صورت تکرار جرم، شخص حقوقی منحل خواهد شد».
NO_FINE = ["ir.ipc.731.b", "ir.ipc.731.c", "ir.ipc.739"]


@pytest.mark.parametrize("article_id", NO_FINE)
def test_748_on_an_offence_with_no_fine_gives_the_closure_by_default(article_id):
    # «علاوه بر سه تا شش برابر حداکثر جزای نقدی ... به ترتیب ذیل محکوم خواهند شد»: the closure is
    # "in addition to" the fine, not computed from it; only the fine has no base.
    a = assess(article_id, offender="legal_person", on="2024-01-01")
    assert a.fine is None
    assert [(s.kind.value, s.range) for s in a.sanctions] == [("temporary_closure", Interval(years(1), years(3)))]
    note = next(n for n in a.notes if n.code == "not_determinable")
    assert note.param("what") == "fine of the legal person"
    step = next(s for s in a.trace if s.code == "reading" and s.param("reading") == "art748_no_fine")
    assert step.param("value") == "partial"
    assert step.param("effect").startswith("temporary closure;")


@pytest.mark.parametrize("article_id", NO_FINE)
def test_748_on_an_offence_with_no_fine_on_repeat_dissolves_and_the_trace_says_so(article_id):
    a = assess(article_id, offender="legal_person", occurrence=2, on="2024-01-01")
    assert [s.kind.value for s in a.sanctions] == ["dissolution"]
    assert a.fine is None
    assert any(n.code == "note" and n.param("note") == "ir_748_manager_barred" for n in a.notes)
    step = next(s for s in a.trace if s.code == "reading" and s.param("reading") == "art748_no_fine")
    assert step.param("effect").startswith("dissolution;")
    assert "closure" not in step.param("effect")


@pytest.mark.parametrize("article_id", NO_FINE)
def test_748_error_reading_refuses_an_offence_with_no_fine(article_id):
    with pytest.raises(NotDeterminableError) as raised:
        assess(article_id, offender="legal_person", on="2024-01-01", readings={"art748_no_fine": "error"})
    assert raised.value.article_id == article_id
    assert raised.value.reading == "art748_no_fine"
    assert "fine" in raised.value.what
    assert "maximum fine" in str(raised.value)


def test_748_no_fine_reading_is_silent_where_the_offence_has_a_fine():
    # 729 (1403): fine 16,500,000-66,000,000 x 3..6 (law notes iran.md §2); no reading step.
    a = assess("ir.ipc.729", offender="legal_person", on="1403/04/04")
    assert a.fine is not None
    assert not any(s.code == "reading" and s.param("reading") == "art748_no_fine" for s in a.trace)


def test_748_fine_only_branch_closure_by_reading():
    a = assess("ir.ipc.740", offender="legal_person", circumstances={"owner_retains_data"}, on="1403/04/04")
    assert a.fine == Interval(irr(495 * M), irr(990 * M))  # 3x and 6x 165,000,000
    assert [s.kind.value for s in a.sanctions] == ["fine"]
    assert any(n.code == "not_determinable" for n in a.notes)
    b = assess(
        "ir.ipc.740",
        offender="legal_person",
        circumstances={"owner_retains_data"},
        readings={"art748_no_prison": "clause_a"},
        on="1403/04/04",
    )
    assert [s.kind.value for s in b.sanctions] == ["fine", "temporary_closure"]


def test_754_on_a_legal_person_narrows_its_fine_by_default():
    a = assess("ir.ipc.729", offender="legal_person", circumstances={"organised"}, on="1403/04/04")
    assert a.fine == above(irr(1056 * M), irr(1584 * M))
    closure = next(s for s in a.sanctions if s.kind.value == "temporary_closure")
    assert closure.range == Interval(months(1), months(9))
    b = assess(
        "ir.ipc.729",
        offender="legal_person",
        circumstances={"organised"},
        readings={"art754_legal_person": "none"},
        on="1403/04/04",
    )
    assert b.fine == Interval(irr(792 * M), irr(1584 * M))


# ---------------------------------------------------------------------------------------------
# Art 755
def test_755_third_commission_may_deprive_by_tier():
    a = assess("ir.ipc.729", occurrence=3, on="1403/04/04")
    deprivation = next(s for s in a.sanctions if s.kind.value == "deprivation_of_public_services")
    assert deprivation.modality.value == "may"
    assert deprivation.range == Interval(months(1), years(1))
    assert deprivation.basis.article == "755" and deprivation.basis.clause == "a"
    c = assess("ir.ipc.731.c", occurrence=3, on="1403/04/04")
    assert c.sanctions[-1].range == Interval(years(3), years(5))
    assert c.sanctions[-1].basis.clause == "c"
    b = assess("ir.ipc.741", occurrence=5, on="1403/04/04")
    assert b.sanctions[-1].range == Interval(years(1), years(3))


def test_755_readings():
    assert all(s.kind.value != "deprivation_of_public_services" for s in assess("ir.ipc.729", occurrence=2).sanctions)
    late = {"art755_trigger": "fourth_commission"}
    assert all(
        s.kind.value != "deprivation_of_public_services"
        for s in assess("ir.ipc.729", occurrence=3, readings=late).sanctions
    )
    assert (
        assess("ir.ipc.729", occurrence=4, readings=late).sanctions[-1].kind.value == "deprivation_of_public_services"
    )
    literal = assess("ir.ipc.731.a", occurrence=3, readings={"art755_tiers": "literal"})
    assert all(s.kind.value != "deprivation_of_public_services" for s in literal.sanctions)
    assert any(n.code == "not_determinable" for n in literal.notes)
    by_maximum = assess("ir.ipc.731.a", occurrence=3)
    assert by_maximum.sanctions[-1].basis.clause == "b"
    assert any(s.code == "reading" and s.param("reading") == "art755_tiers" for s in by_maximum.trace)


# ---------------------------------------------------------------------------------------------
# Open readings
def test_742_note1_readings():
    default = assess("ir.ipc.742", circumstances={"vulgar_content"}, on="1403/04/04")
    assert [s.range for s in default.sanctions] == [Interval(days(91), days(91)), Interval(irr(50 * M), irr(50 * M))]
    assert default.combinations[0].kind.value == "one_of"
    step = next(s for s in default.trace if s.code == "reading")
    assert (step.param("reading"), step.param("value")) == ("art742_note1", "minimum_of_one")
    wide = assess("ir.ipc.742.n1", readings={"art742_note1": "at_least_one"}, on="1403/04/04")
    assert [s.range for s in wide.sanctions] == [Interval(days(91), years(2)), Interval(irr(50 * M), irr(330 * M))]
    assert wide.combinations[0].kind.value == "any_of"


def test_744_halving_since_1399():
    halved = assess("ir.ipc.744", on="1403/04/04")
    assert halved.imprisonment == Interval(days(Fraction(91, 2)), years(1))
    assert any(s.code == "reading" and s.param("reading") == "art744_halving" for s in halved.trace)
    before = assess("ir.ipc.744", on="2019-01-01")
    assert before.imprisonment == Interval(days(91), years(2))
    assert assess("ir.ipc.744", on="2025-01-01", readings={"art744_halving": "ignore"}).imprisonment == Interval(
        days(91), years(2)
    )


def test_736_conflicting_1399_figure_by_reading():
    assert assess("ir.ipc.736", on="2022-01-01", readings={"art736_1399": "repo"}).fine == Interval(
        irr(50 * M), irr(250 * M)
    )
    assert assess("ir.ipc.736", on="1403/04/04", readings={"art736_1399": "repo"}).fine == Interval(
        irr(82_500_000), irr(330 * M)
    )


def _named(a, reading):
    return [s.param("value") for s in a.trace if s.code == "reading" and s.param("reading") == reading]


@pytest.mark.parametrize(
    ("on", "offence_date", "reading", "fine", "named"),
    [
        # 1399 decree (2021-03-15): pattern 25,000,000-100,000,000 (law-notes decision 5), REPO 50M-250M.
        ("2022-01-01", None, "pattern", (25 * M, 100 * M), ["pattern"]),
        ("2022-01-01", None, "repo", (50 * M, 250 * M), ["repo"]),
        ("2021-03-15", None, "repo", (50 * M, 250 * M), ["repo"]),  # the decree's own date
        ("2022-01-01", "2020-06-01", "pattern", (25 * M, 100 * M), ["pattern"]),  # judged under 1399
        # 1388 base (10,000,000-40,000,000) and 1403 (82,500,000-330,000,000): the reading decides nothing.
        ("2021-03-14", None, "repo", (10 * M, 40 * M), []),
        ("2024-07-01", None, "repo", (82_500_000, 330 * M), []),
    ],
)
def test_736_names_its_1399_reading_only_when_the_1399_amounts_are_used(on, offence_date, reading, fine, named):
    facts = {"on": on, "readings": {"art736_1399": reading}}
    if offence_date is not None:
        facts["offence_date"] = offence_date
    a = assess("ir.ipc.736", **facts)
    assert a.fine == Interval(irr(fine[0]), irr(fine[1]))
    assert _named(a, "art736_1399") == named


# Art 754 on a case that is an element of the offence. 733 (1388): 91 days-2 years, fine
# 5,000,000-40,000,000, dismissal 6 months-2 years; 739: 3-10 years (prison only).
ELEMENT_CASES = [
    ("ir.ipc.733", "public_employee_on_duty", "a"),  # «مأموران دولتی» = 754 الف
    ("ir.ipc.739", "state_or_public_service_systems", "c"),  # «خدمات ضروری عمومی» = 754 ج
]


@pytest.mark.parametrize(("article_id", "circumstance", "clause"), ELEMENT_CASES)
def test_754_does_not_count_an_element_of_the_offence_twice_by_default(article_id, circumstance, clause):
    plain = assess(article_id, on="2015-01-01")
    a = assess(article_id, circumstances={circumstance}, on="2015-01-01")
    assert a.imprisonment == plain.imprisonment and a.fine == plain.fine
    assert not any(s.code == "aggravation_754" for s in a.trace)
    step = next(s for s in a.trace if s.code == "reading" and s.param("reading") == "art754_element_circumstance")
    assert step.param("value") == "not_twice"
    assert step.basis.article == "754" and step.basis.clause == clause


@pytest.mark.parametrize(("article_id", "circumstance", "clause"), ELEMENT_CASES)
def test_754_element_circumstance_aggravates_under_the_literal_reading(article_id, circumstance, clause):
    readings = {"art754_element_circumstance": "aggravate"}
    a = assess(article_id, circumstances={circumstance}, readings=readings, on="2015-01-01")
    assert _named(a, "art754_element_circumstance") == ["aggravate"]
    if article_id == "ir.ipc.733":
        assert a.imprisonment == above(months(16), years(2))  # 2/3 of 2 years = 16 months
        assert a.fine == above(irr(Fraction(80 * M, 3)), irr(40 * M))  # 26,666,666 2/3
    else:
        assert a.imprisonment == above(months(80), years(10))  # 2/3 of 10 years = 6 years 8 months
        assert a.fine is None


def test_754_other_cases_still_aggravate_an_offence_with_an_element_case():
    a = assess("ir.ipc.739", circumstances={"state_or_public_service_systems", "organised"}, on="2015-01-01")
    assert a.imprisonment == above(months(80), years(10))
    steps = [s for s in a.trace if s.code == "aggravation_754"]
    assert [s.param("cases") for s in steps] == [("organised",)]
    assert _named(a, "art754_element_circumstance") == ["not_twice"]


def test_754_element_reading_is_silent_where_the_case_is_no_element():
    # 729 (1388): 91 days-1 year; public_employee_on_duty is no element of it: (8 months, 1 year].
    a = assess("ir.ipc.729", circumstances={"public_employee_on_duty"}, on="2015-01-01")
    assert a.imprisonment == above(months(8), years(1))
    assert _named(a, "art754_element_circumstance") == []


def test_749_after_the_third_time():
    with pytest.raises(NotDeterminableError) as raised:
        assess("ir.ipc.749", occurrence=4)
    assert raised.value.article_id == "ir.ipc.749"
    a = assess("ir.ipc.749", occurrence=4, readings={"art749_later_occurrences": "as_third"})
    assert [(s.kind.value, s.range) for s in a.sanctions] == [("temporary_closure", Interval(years(1), years(3)))]


def test_every_reading_has_a_documented_default():
    from penalties.law.ir import READINGS, IrReadings

    doc = IrReadings.__doc__ or ""
    defaults = IrReadings()
    for name, values in READINGS.items():
        assert name in doc
        assert getattr(defaults, name) == values[0]
        assert f'"{values[0]}"' in doc


def test_an_unknown_reading_value_names_the_field_and_the_values():
    with pytest.raises(InvalidFactError) as raised:
        assess("ir.ipc.742", readings={"art742_note1": "maximum"})
    assert raised.value.field == "readings.art742_note1"
    assert "minimum_of_one" in str(raised.value) and "at_least_one" in str(raised.value)


def test_non_penal_rule_articles_answer_clearly():
    for article_id in ("ir.ipc.748", "ir.ipc.754", "ir.ipc.755", "ir.ipc.781", "ir.ipc.760", "ir.ipc.783"):
        a = assess(article_id, on="2024-01-01")
        assert a.penal is False and a.sanctions == ()
        assert a.notes
    assert article("ir.ccl.20").id == "ir.ipc.748"


def test_742_note2_is_for_fewer_than_ten_recipients():
    assert assess("ir.ipc.742.n2", recipients=9, on="2015-01-01").fine == Interval(irr(1 * M), irr(5 * M))
    with pytest.raises(InvalidFactError) as raised:
        assess("ir.ipc.742.n2", recipients=10)
    assert raised.value.field == "recipients" and "ir.ipc.742" in str(raised.value)
    # Through the article itself, ten recipients is the article's own range.
    assert assess("ir.ipc.742", recipients=10, on="2015-01-01").fine == Interval(irr(5 * M), irr(40 * M))

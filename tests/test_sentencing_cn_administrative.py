"""PRC Administrative Penalty Law (2021): Arts 30, 32, 33 options, Art 35 offset, Art 36 limitation.

Figures and modalities typed from the law notes (china_time_and_sentencing.md §1.9): Art 30
under 14 no penalty, 14-17 shall lighter or mitigated; Art 32 shall lighter or mitigated; Art 33
shall (minor, corrected, no harm; no fault) or may (first violation, minor harm) not punish;
Art 36 2 years, 5 years with life/health or financial security *and* harm.
"""

from __future__ import annotations

import pytest

from penalties import Assessment, InvalidFactError, Money, Term, assess
from penalties.core.sentencing import Status
from penalties.law.cn.administrative import (
    administrative_barred,
    administrative_limitation_period,
    offset,
)

ON = "2024-05-01"


def options(a: Assessment, rule: str) -> list[tuple[str, str, str]]:
    return [(o.direction.value, o.modality.value, o.ground) for o in a.adjustments_by(rule)]


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        (13, [("no_penalty", "shall", "under_14")]),
        (14, [("lighter", "shall", "under_18"), ("mitigated", "shall", "under_18")]),
        (17, [("lighter", "shall", "under_18"), ("mitigated", "shall", "under_18")]),
        (18, []),
    ],
)
def test_art30_by_age(age: int, expected: list[tuple[str, str, str]]) -> None:
    a = assess("cn.idcard.19", age_at_offence=age, on=ON)
    assert options(a, "cn.apl.30") == expected


def test_art32_and_art33_modalities() -> None:
    a = assess(
        "cn.dsl.45.1",
        apl_grounds={"coerced", "minor_corrected_no_harm", "first_minor_harm_corrected", "no_fault"},
        on=ON,
    )
    assert options(a, "cn.apl.32") == [("lighter", "shall", "coerced"), ("mitigated", "shall", "coerced")]
    assert options(a, "cn.apl.33") == [
        ("no_penalty", "shall", "minor_corrected_no_harm"),
        ("no_penalty", "may", "first_minor_harm_corrected"),
        ("no_penalty", "shall", "no_fault"),
    ]
    (item,) = {o.basis.item for o in a.adjustments_by("cn.apl.32")}
    assert item == "2"
    mitigated = next(o for o in a.adjustments_by("cn.apl.32") if o.direction.value == "mitigated")
    assert mitigated.ranges == () and [s.code for s in mitigated.notes] == ["apl_mitigation_undefined"]
    plain = assess("cn.dsl.45.1", on=ON)
    assert a.sanctions == plain.sanctions and plain.adjustments == ()
    assert Assessment.from_dict(a.to_dict()) == a


def test_apl_options_start_with_the_2021_revision() -> None:
    before = assess("cn.idcard.19", age_at_offence=15, on="2021-07-14")
    after = assess("cn.idcard.19", age_at_offence=15, on="2021-07-15")
    assert before.adjustments == () and before.notes[-1].code == "apl_not_in_force"
    assert after.adjustments


@pytest.mark.parametrize(
    ("facts", "field"),
    [
        ({"apl_grounds": {"remorse"}}, "apl_grounds"),
        ({"age_at_offence": -1}, "age_at_offence"),
        ({"age_at_offence": "15"}, "age_at_offence"),
    ],
)
def test_bad_apl_facts(facts: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidFactError) as caught:
        assess("cn.dsl.45.1", on=ON, **facts)
    assert caught.value.field == field


def test_age_of_an_organisation_is_refused() -> None:
    with pytest.raises(InvalidFactError, match="age_at_offence"):
        assess("cn.dsl.45.1", age_at_offence=15, on=ON)


def test_art35_offset() -> None:
    assert offset(criminal_fine=20_000, administrative_fine=5_000).fine_payable == Money(15_000, "CNY")
    assert offset(criminal_fine=20_000, administrative_fine=50_000).fine_payable == Money(0, "CNY")  # not below 0
    none_yet = offset(criminal_fine=20_000)
    assert none_yet.fine_payable == Money(20_000, "CNY") and none_yet.status is Status.SINGLE_SOURCE
    term = offset(criminal_term=Term.months(6), administrative_detention=Term.days(15)).term_remaining
    assert term is not None and term.in_days == 165
    with pytest.raises(InvalidFactError, match="criminal_fine"):
        offset(administrative_fine=5_000)
    with pytest.raises(InvalidFactError, match="criminal_fine"):
        offset(criminal_fine=1.5)


def test_art36_limitation_on_both_sides() -> None:
    assert administrative_limitation_period() == Term.years(2)
    assert administrative_limitation_period(life_health_or_financial=True) == Term.years(2)  # needs harm too
    assert administrative_limitation_period(life_health_or_financial=True, harmful=True) == Term.years(5)
    assert not administrative_barred(act_end="2022-03-01", discovered_on="2024-03-01")
    assert administrative_barred(act_end="2022-03-01", discovered_on="2024-03-02")
    assert not administrative_barred(
        act_end="2022-03-01", discovered_on="2027-03-01", life_health_or_financial=True, harmful=True
    )
    with pytest.raises(InvalidFactError, match="discovered_on"):
        administrative_barred(act_end="2022-03-01", discovered_on="2022-02-28")
    with pytest.raises(InvalidFactError, match="harmful"):
        administrative_limitation_period(harmful="yes")  # type: ignore[arg-type]

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
    administrative_limitation,
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


def test_art36_limitation_result_names_reading_o16() -> None:
    import datetime as dt
    import pickle

    import jsonschema

    from penalties import Limitation
    from penalties.core.sentencing import sentencing_schema

    # APL Art 36: 违法行为在二年内未被发现的，不再给予行政处罚 (five years with life, health or financial
    # security and harm); counted from the act or the end of continuous or continuing conduct (para 2).
    late = administrative_limitation(act_end="2022-03-01", discovered_on="2024-03-02")
    in_time = administrative_limitation(act_end="2022-03-01", discovered_on="2024-03-01")
    assert (late.period, late.last_day, late.barred) == (Term.years(2), dt.date(2024, 3, 1), True)
    assert in_time.barred is False and in_time.trace[-1].code == "apl_limitation_not_barred"
    assert late.trace[-1].code == "apl_limitation_barred" and late.maximum is None
    for result in (late, in_time):
        assert result.rule == "cn.apl.36" and result.readings == (("apl_discovery", "authority"),)
        first = result.trace[0]
        assert first.code == "reading" and first.param("reading") == "apl_discovery"
        assert first.param("value") == "authority"
    anyone = administrative_limitation(
        act_end="2022-03-01",
        discovered_on="2027-03-01",
        life_health_or_financial=True,
        harmful=True,
        discovery="anyone",
    )
    assert anyone.period == Term.years(5) and anyone.barred is False
    assert anyone.readings == (("apl_discovery", "anyone"),)
    assert [s.code for s in anyone.trace][:2] == ["reading", "apl_limitation_extended"]
    assert administrative_barred(act_end="2022-03-01", discovered_on="2024-03-02", discovery="anyone")
    period_only = administrative_limitation()
    assert period_only.period == Term.years(2) and period_only.barred is None
    schema = sentencing_schema()
    for result in (late, in_time, anyone, period_only):
        jsonschema.validate(result.to_dict(), schema)
        assert Limitation.from_dict(result.to_dict()) == result
        assert pickle.loads(pickle.dumps(result)) == result
        for locale in ("zh_CN", "fa_IR", "ar", "ms"):
            text = result.explain(locale)
            assert "discover" not in text and "penalty" not in text and "limitation_" not in text, (locale, text)
            assert result.to_html(locale)
    assert "不再给予行政处罚" in late.explain("zh_CN")


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"discovery": "someone"}, "discovery"),
        ({"act_end": "2022-03-01"}, "discovered_on"),
        ({"discovered_on": "2022-03-01"}, "act_end"),
        ({"act_end": "2022-03-01", "discovered_on": "2022-02-28"}, "discovered_on"),
        ({"act_end": "2022-13-01", "discovered_on": "2023-01-01"}, "act_end"),
        ({"harmful": 1}, "harmful"),
    ],
)
def test_art36_limitation_refuses_bad_input(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidFactError) as caught:
        administrative_limitation(**kwargs)  # type: ignore[arg-type]
    assert caught.value.field == field

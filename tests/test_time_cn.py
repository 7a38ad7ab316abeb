"""Time in PRC law: the texts of Arts 253-1, 180 and 286-1, CL Art 12, APL Art 37, interpretations in time.

Figures from the law notes (china_time_and_sentencing.md): in-force dates §1.8 (1997 revision
1997-10-01; Amendment (I) 1999-12-25; Amendment VII 2009-02-28; Amendment IX 2015-11-01; the
2012, 2017 and 2019 interpretations 2012-06-01, 2017-06-01, 2019-11-01); the 2009 text of 253-1
§2.1 (one tier: up to 3 years or criminal detention, fine added or alone); Art 180 §2.2 (same
penalties in all three texts: up to 5 years or detention, 5-10 years; futures from 1999-12-25);
法释〔1997〕12号 Arts 1-3 §1.2 (maximum, then minimum; a tie keeps the old law); APL Art 37 §1.9
(reading O7); the 2001 provisions §1.5.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from penalties import Money, NotDeterminableError, NotInForceError, article, assess
from penalties.core.interval import Interval
from penalties.core.sanction import SanctionKind
from penalties.core.term import Term, TermUnit
from penalties.law.cn.time import ADMINISTRATIVE, CRIMINAL, criminal_severity

D = dt.date
FTI = SanctionKind.FIXED_TERM_IMPRISONMENT
DET = SanctionKind.CRIMINAL_DETENTION
AMENDMENT_I, AMENDMENT_VII, AMENDMENT_IX = D(1999, 12, 25), D(2009, 2, 28), D(2015, 11, 1)
DAY = dt.timedelta(days=1)


def years(n: int) -> Term:
    return Term(n, TermUnit.YEAR)


def months(n: int) -> Term:
    return Term(n, TermUnit.MONTH)


def codes(a: Any) -> list[str]:
    return [step.code for step in a.trace]


# --- which text is in force on a date (dates on both sides of every change and on the day) -----------


@pytest.mark.parametrize(
    ("article_id", "day", "instrument"),
    [
        ("cn.cl.253-1", AMENDMENT_VII - DAY, None),
        ("cn.cl.253-1", AMENDMENT_VII, "Criminal Law Amendment VII"),
        ("cn.cl.253-1", AMENDMENT_IX - DAY, "Criminal Law Amendment VII"),
        ("cn.cl.253-1", AMENDMENT_IX, "Criminal Law Amendment IX"),
        ("cn.cl.180", D(1997, 9, 30), None),
        ("cn.cl.180", D(1997, 10, 1), "Criminal Law (1997 revision)"),
        ("cn.cl.180", AMENDMENT_I - DAY, "Criminal Law (1997 revision)"),
        ("cn.cl.180", AMENDMENT_I, "Criminal Law Amendment (I)"),
        ("cn.cl.180", AMENDMENT_VII - DAY, "Criminal Law Amendment (I)"),
        ("cn.cl.180", AMENDMENT_VII, "Criminal Law Amendment VII"),
        ("cn.cl.286-1", AMENDMENT_IX - DAY, None),
        ("cn.cl.286-1", AMENDMENT_IX, "Criminal Law Amendment IX"),
    ],
)
def test_version_on(article_id: str, day: dt.date, instrument: str | None) -> None:
    found = article(article_id).version_on(day)
    assert (None if found is None else found.instrument) == instrument


def test_the_1997_text_of_180_is_single_source() -> None:
    art = article("cn.cl.180")
    assert [v.status for v in art.all_versions()] == ["SINGLE-SOURCE", "VERIFIED", "VERIFIED"]
    assert "证券交易内幕信息的知情人员" in art.versions[0].text and "期货" not in art.versions[0].text
    assert "期货" in art.versions[1].text and "明示、暗示" not in art.versions[1].text


# --- Art 253-1 ------------------------------------------------------------------------------------------


def test_2014_serious_case_is_judged_under_the_2009_text() -> None:
    # Issue example: this was NotInForceError. The 2009 text: up to 3 years or 拘役, fine added or alone.
    a = assess("cn.cl.253-1", circumstances={"serious"}, on="2014-06-01")
    assert a.penal and a.tier == "serious"
    assert a.find(FTI).range == Interval(months(6), years(3))
    assert a.find(DET).range == Interval(months(1), months(6))
    assert a.find("fine") is not None
    assert any(step.param("note") == "text_2009_scope" for step in a.notes)


def test_the_2009_text_has_one_tier_even_for_especially_serious_facts() -> None:
    a = assess("cn.cl.253-1", circumstances={"especially_serious"}, on="2014-06-01")
    assert a.tier == "serious" and a.find(FTI).range == Interval(months(6), years(3))


def test_insiders_get_no_statutory_heavier_punishment_under_the_2009_text() -> None:
    old = assess("cn.cl.253-1", circumstances={"serious"}, insider=True, on="2014-06-01")
    assert "heavier_within_range" not in codes(old)
    new = assess("cn.cl.253-1", circumstances={"serious"}, insider=True, on="2016-06-01")
    assert "heavier_within_range" in codes(new)


def test_especially_serious_act_of_2014_judged_in_2018_keeps_the_2009_range() -> None:
    # 100,000 other items: 20 times the 5,000 standard, especially serious under the 2015 text
    # (3-7 years); the 2015 text is heavier by the maximum (7 > 3 years), so the 2009 text applies.
    a = assess("cn.cl.253-1", information_items={"other": 100_000}, offence_date="2014-01-01", on="2018-06-01")
    assert a.tier == "serious" and a.find(FTI).range == Interval(months(6), years(3))
    found = codes(a)
    assert found[:6] == [
        "time_candidate_offence",
        "time_candidate_decision",
        "lex_mitior_compare_criminal_fine_alone",
        "lex_mitior_compare_criminal",
        "lex_mitior_new_heavier",
        "time_chosen_offence",
    ]
    assert a.trace[1].param("tier") == "especially_serious" and a.trace[0].param("tier") == "serious"
    assert a.trace[4].param("by") == "maximum" and a.trace[4].basis.article == "12"
    assert a.trace[2].param("maximum") == years(3) and a.trace[3].param("maximum") == years(7)
    assert a.trace[3].param("minimum") == years(3)
    # The 2017 interpretation grades it (no interpretation existed at the time: 2001 provisions item 2).
    assert "interpretation_applies_to_earlier_act" in found


def test_serious_act_of_2014_judged_in_2018_tie_keeps_the_old_text() -> None:
    a = assess("cn.cl.253-1", information_items={"other": 5_000}, offence_date="2014-01-01", on="2018-06-01")
    assert "lex_mitior_same" in codes(a) and "time_chosen_offence" in codes(a)
    assert a.trace[-1].code != "time_chosen_decision"


def test_the_day_of_amendment_ix_is_under_the_2015_text() -> None:
    a = assess("cn.cl.253-1", information_items={"other": 100_000}, offence_date="2015-11-01", on="2018-06-01")
    assert a.tier == "especially_serious" and a.find(FTI).range == Interval(years(3), years(7))
    assert a.trace[0].code == "time_same_text"
    b = assess("cn.cl.253-1", information_items={"other": 100_000}, offence_date="2015-10-31", on="2018-06-01")
    assert b.find(FTI).range == Interval(months(6), years(3))


def test_conduct_before_2009_02_28_is_not_a_crime_under_253_1() -> None:
    a = assess("cn.cl.253-1", circumstances={"serious"}, offence_date="2009-02-27", on="2018-06-01")
    assert a.penal is False and a.sanctions == ()
    assert a.notes[0].param("note") == "not_a_crime_at_offence"
    b = assess("cn.cl.253-1", circumstances={"serious"}, offence_date="2009-02-28", on="2018-06-01")
    assert b.penal is True


def test_numbers_before_the_2017_interpretation_are_not_determinable() -> None:
    # Issue example: this returned penal=False, "the facts reach none of its thresholds".
    with pytest.raises(NotDeterminableError) as caught:
        assess("cn.cl.253-1", information_items={"other": 100_000}, illegal_gains=200_000, on="2016-06-01")
    assert caught.value.what == "tier" and "2017-06-01" in caught.value.reason
    # From 2017-06-01 the interpretation applies to the same act, still pending (2001 provisions item 2).
    a = assess(
        "cn.cl.253-1",
        information_items={"other": 100_000},
        illegal_gains=200_000,
        offence_date="2016-06-01",
        on="2017-06-01",
    )
    assert a.tier == "especially_serious"


def test_reading_o9_no_leaves_numbers_under_the_2009_text_to_the_court() -> None:
    facts: dict[str, Any] = {"information_items": {"other": 10_000}, "offence_date": "2014-01-01", "on": "2018-06-01"}
    with pytest.raises(NotDeterminableError) as caught:
        assess("cn.cl.253-1", readings={"interp_2017_for_2009_text": "no"}, **facts)
    assert "interp_2017_for_2009_text" in caught.value.reason
    a = assess("cn.cl.253-1", readings={"interp_2017_for_2009_text": "no"}, circumstances={"serious"}, **facts)
    assert a.tier == "serious"
    default = assess("cn.cl.253-1", **facts)
    reading = next(s for s in default.trace if s.code == "reading")
    assert reading.params == (("reading", "interp_2017_for_2009_text"), ("value", "yes"))


# --- Art 180 --------------------------------------------------------------------------------------------


def test_180_in_2008_is_in_force() -> None:
    # Issue example: this was NotInForceError; Art 180 is in force since 1997 (1999 text in 2008).
    a = assess("cn.cl.180", circumstances={"serious"}, on="2008-06-01")
    assert a.tier == "serious" and a.find(FTI).range == Interval(months(6), years(5))
    assert a.trace[0].code == "offence_date_default"
    assert a.trace[1].code == "time_same_text" and a.trace[1].param("instrument") == "Criminal Law Amendment (I)"


def test_180_numbers_in_2011_are_not_determinable() -> None:
    with pytest.raises(NotDeterminableError):
        assess("cn.cl.180", illegal_gains=200_000, on="2011-06-01")
    assert assess("cn.cl.180", illegal_gains=200_000, on="2012-06-01").tier == "serious"


def test_futures_before_amendment_i_are_not_a_crime_under_180() -> None:
    # A futures margin of 400,000 is serious under the 2012 standards (300,000), but the 1997 text
    # covered securities only; on 1999-12-25 futures became a crime.
    a = assess("cn.cl.180", futures_margin=400_000, offence_date="1999-12-24", on="2020-06-01")
    assert a.penal is False and "futures_not_covered" in codes(a)
    assert "lex_mitior_not_punishable_then" in codes(a)
    b = assess("cn.cl.180", futures_margin=400_000, offence_date="1999-12-25", on="2020-06-01")
    assert b.tier == "serious"


def test_securities_in_1998_same_penalties_keep_the_1997_text() -> None:
    a = assess("cn.cl.180", securities_turnover=600_000, offence_date="1998-01-01", on="2020-06-01")
    assert a.tier == "serious" and "lex_mitior_same" in codes(a)
    candidate = next(s for s in a.trace if s.code == "time_candidate_offence")
    assert candidate.param("status") == "SINGLE-SOURCE"
    assert candidate.param("from") == D(1997, 10, 1)


def test_180_trace_states_later_prosecution_standards() -> None:
    a = assess("cn.cl.180", illegal_gains=200_000, on="2024-06-01")
    step = next(s for s in a.trace if s.code == "later_prosecution_standards")
    assert step.basis.act_id == "cn.interp.2012-insider"


# --- Art 286-1 ------------------------------------------------------------------------------------------


def test_286_1_before_amendment_ix_and_the_2019_interpretation_in_time() -> None:
    facts: dict[str, Any] = {"circumstances": {"refused_ordered_correction"}, "information_items": {"trajectory": 500}}
    before = assess("cn.cl.286-1", offence_date="2015-10-31", on="2020-06-01", **facts)
    assert before.penal is False
    # An act of 2018 judged in 2020: the 2019 interpretation (500 sensitive items) applies to it.
    a = assess("cn.cl.286-1", offence_date="2018-01-01", on="2020-06-01", **facts)
    assert a.penal and "interpretation_applies_to_earlier_act" in codes(a)
    with pytest.raises(NotDeterminableError):
        assess("cn.cl.286-1", offence_date="2018-01-01", on="2019-10-31", **facts)
    with pytest.raises(NotInForceError):
        assess("cn.cl.286-1", on="2015-10-31", **facts)


# --- APL Art 37 (reading O7): the DSL, the ID Card Law and the acts after them ---------------------------


def _fine_version(art: Any, low: int, high: int, day: dt.date) -> Any:
    """The article with an earlier text whose offender's fine is [low, high] (a reform adding a version)."""
    from penalties.core.formula import FixedRange, Provision
    from penalties.core.sanction import Modality
    from penalties.core.versions import Version

    fine = Provision(
        SanctionKind.FINE, Modality.SHALL, art.basis, FixedRange(Interval(Money(low, "CNY"), Money(high, "CNY")))
    )
    return Version(day, "test instrument", "旧", "old", fine)


@pytest.mark.parametrize(
    ("low", "high", "chosen"),
    [
        # DSL Art 45 para 1 today: [50,000, 500,000] for the organisation.
        (10_000, 100_000, "offence"),  # the old text is lighter: it stays
        (50_000, 500_000, "offence"),  # a tie keeps the old text
        (50_000, 1_000_000, "decision"),  # the new text's maximum is lower: it applies
        (10_000, 500_000, "offence"),  # same maximum, the new minimum is higher: old
        (100_000, 500_000, "decision"),  # same maximum, the new minimum is lower: new
    ],
)
def test_apl_37_compares_the_fine_maximum_then_minimum(low: int, high: int, chosen: str) -> None:
    art = article("cn.dsl.45.1")
    assert art.act.time_rule is ADMINISTRATIVE and article("cn.idcard.19").act.time_rule is ADMINISTRATIVE
    reformed = attrs.evolve(art, in_force_from=D(2024, 1, 1), versions=(_fine_version(art, low, high, D(2021, 9, 1)),))
    a = reformed.assess(offence_date="2023-01-01", on="2024-06-01")
    assert f"time_chosen_{chosen}" in codes(a)
    rule = next(s for s in a.trace if s.code.startswith("lex_mitior_new") or s.code == "lex_mitior_same")
    assert rule.basis.act_id == "cn.apl" and rule.basis.article == "37"
    expected = (
        Interval(Money(low, "CNY"), Money(high, "CNY")) if chosen == "offence" else art.assess(on="2024-06-01").fine
    )
    assert a.fine == expected


def test_criminal_rule_is_the_criminal_law_s() -> None:
    assert article("cn.cl.253-1").act.time_rule is CRIMINAL
    assert CRIMINAL.basis.article == "12" and CRIMINAL.test.act_id == "cn.interp.1997-12"


# --- properties -----------------------------------------------------------------------------------------

CRIMINAL_FACTS = st.fixed_dictionaries(
    {},
    optional={
        "circumstances": st.sampled_from([{"serious"}, {"especially_serious"}, {"prior_punishment"}]),
        "information_items": st.dictionaries(
            st.sampled_from(["trajectory", "other", "health"]), st.integers(0, 200_000), max_size=2
        ),
        "illegal_gains": st.integers(0, 1_000_000),
        "offender": st.sampled_from(["individual", "organisation"]),
        "insider": st.booleans(),
    },
)
DATES = st.dates(D(2009, 2, 28), D(2026, 1, 1))


def _result(article_id: str, **facts: Any) -> Any:
    try:
        a = assess(article_id, **facts)
    except NotDeterminableError as error:
        return ("not determinable", error.reason)
    return (a.penal, a.tier, a.sanctions, a.combinations, a.notes)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(facts=CRIMINAL_FACTS, on=DATES)
def test_offence_date_equal_to_on_changes_nothing(facts: dict[str, Any], on: dt.date) -> None:
    assert _result("cn.cl.253-1", on=on, **facts) == _result("cn.cl.253-1", on=on, offence_date=on, **facts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(facts=CRIMINAL_FACTS, offence=DATES, later=st.integers(0, 4000))
def test_lex_mitior_is_never_harsher_than_the_text_of_the_act(
    facts: dict[str, Any], offence: dt.date, later: int
) -> None:
    on = min(offence + dt.timedelta(days=later), D(2026, 1, 1))
    art = article("cn.cl.253-1")
    version = art.version_on(offence)
    assert version is not None
    only_old = attrs.evolve(
        art, text=version.text, formula=version.formula, versions=(), in_force_from=version.in_force_from
    )
    try:
        chosen = art.assess(offence_date=offence, on=on, **facts)
        old = only_old.assess(offence_date=offence, on=on, **facts)
    except NotDeterminableError:
        return
    if not old.penal:
        assert not chosen.penal
        return
    if not chosen.penal:
        return  # not punishable under the new text: lighter than any range
    (old_max, old_min), (new_max, new_min) = criminal_severity(old), criminal_severity(chosen)  # type: ignore[arg-type]
    assert _key(new_max) <= _key(old_max)
    if _key(new_max) == _key(old_max):
        assert _key(new_min) <= _key(old_min)


def _key(value: tuple[int, Any]) -> tuple[int, Term]:
    return (value[0], Term(0, TermUnit.DAY) if value[1] is None else value[1])

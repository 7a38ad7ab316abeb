"""Versions of an article in time: the two dates, the text in force on each, the act's time rule.

Figures: the DSL took effect on 2021-09-01 (DSL Art 55); its Art 47 fine for gains of 1,000,000
yuan or more is 1-10 times the gains (Art 47). The earlier text built here is a reform: it shows
what the mechanism does with any act, not a historical text.
"""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest

from penalties import article, assess
from penalties.core.errors import InvalidFactError, NotInForceError
from penalties.core.formula import FixedRange, Provision, Step
from penalties.core.interval import Interval
from penalties.core.money import Money
from penalties.core.sanction import Modality, SanctionKind
from penalties.core.versions import Candidate, Choice, Version, at_offence

D = dt.date
DSL47 = article("cn.dsl.47")
REFORM_DAY = D(2024, 1, 1)


def _fine(low: int, high: int) -> Provision:
    return Provision(
        SanctionKind.FINE, Modality.SHALL, DSL47.basis, FixedRange(Interval(Money(low, "CNY"), Money(high, "CNY")))
    )


OLD_TEXT = Version(D(2021, 9, 1), "test instrument", "旧文本", "old text", _fine(1, 2), "SINGLE-SOURCE")


@attrs.frozen
class Newer:
    """A time rule that always takes the decision date's text."""

    basis = DSL47.basis

    def choose(self, article: object, old: Candidate, new: Candidate) -> Choice:
        return Choice("decision", (Step("note", self.basis, (("note", "x"),)),))


def reformed(rule: object = None) -> object:
    act = attrs.evolve(DSL47.act, time_rule=rule)  # None: an act that declares no time rule
    return attrs.evolve(DSL47, act=act, in_force_from=REFORM_DAY, versions=(OLD_TEXT,))


def test_version_status_is_never_unverified_for_an_encoded_text() -> None:
    with pytest.raises(ValueError, match="status"):
        Version(D(2020, 1, 1), "x", "x", "x", None, "UNVERIFIED")  # a text
    with pytest.raises(ValueError, match="status"):
        Version(D(2020, 1, 1), "x", "", "x", _fine(1, 2), "UNVERIFIED")  # a formula with a sanction
    with pytest.raises(ValueError, match="status"):
        Version(D(2020, 1, 1), "x", "", "x", None, "UNKNOWN")


def test_unverified_is_the_status_of_an_entry_that_encodes_nothing() -> None:
    from penalties.core.formula import Note

    assert Version(D(2020, 1, 1), "x", "", "gloss", None, "UNVERIFIED").status == "UNVERIFIED"
    noted = Version(D(2020, 1, 1), "x", "", "gloss", Note("text_not_verified", DSL47.basis), "UNVERIFIED")
    assert noted.status == "UNVERIFIED"


def test_versions_must_be_oldest_first_and_before_the_newest_text() -> None:
    with pytest.raises(ValueError, match="oldest first"):
        attrs.evolve(DSL47, in_force_from=D(2021, 9, 1), versions=(OLD_TEXT,))
    later = attrs.evolve(OLD_TEXT, in_force_from=D(2022, 1, 1))
    with pytest.raises(ValueError, match="oldest first"):
        attrs.evolve(DSL47, in_force_from=REFORM_DAY, versions=(later, OLD_TEXT))


def test_version_on_both_sides_of_the_change_and_on_the_day() -> None:
    art = reformed()
    assert art.version_on(D(2021, 8, 31)) is None
    assert art.version_on(D(2021, 9, 1)) is OLD_TEXT
    assert art.version_on(D(2023, 12, 31)) is OLD_TEXT
    assert art.version_on(REFORM_DAY) is art.current
    assert art.all_versions() == (OLD_TEXT, art.current)
    assert art.in_force[0] == D(2021, 9, 1)


def test_without_a_rule_the_text_of_the_offence_date_applies() -> None:
    art = reformed()
    a = art.assess(illegal_gains=2_000_000, offence_date="2023-06-01", on="2024-06-01")
    assert a.fine == Interval(Money(1, "CNY"), Money(2, "CNY"))
    codes = [step.code for step in a.trace]
    assert codes[:4] == [
        "time_candidate_offence",
        "time_candidate_decision",
        "time_text_of_offence",
        "time_chosen_offence",
    ]
    # Offence after the change: the newest text, 1-10 times the gains of 2,000,000 (Art 47).
    b = art.assess(illegal_gains=2_000_000, offence_date="2024-01-01", on="2024-06-01")
    assert b.fine == Interval(Money(2_000_000, "CNY"), Money(20_000_000, "CNY"))
    assert b.trace[0].code == "time_same_text"


def test_the_act_time_rule_chooses() -> None:
    art = reformed(Newer())
    a = art.assess(illegal_gains=2_000_000, offence_date="2023-06-01", on="2024-06-01")
    assert a.fine == Interval(Money(2_000_000, "CNY"), Money(20_000_000, "CNY"))
    assert [s.code for s in a.trace][:4] == [
        "time_candidate_offence",
        "time_candidate_decision",
        "note",
        "time_chosen_decision",
    ]


def test_offence_date_defaults_to_on_and_the_trace_says_so() -> None:
    a = assess("cn.dsl.47", illegal_gains=2_000_000, on="2024-05-01")
    assert a.facts.offence_date is None
    assert a.facts.offence_day == D(2024, 5, 1)
    assert a.trace[0] == Step("offence_date_default", DSL47.basis, (("on", D(2024, 5, 1)),))
    same = assess("cn.dsl.47", illegal_gains=2_000_000, on="2024-05-01", offence_date="2024-05-01")
    assert same.sanctions == a.sanctions and same.trace == a.trace[1:]


def test_conduct_before_the_first_text_is_not_a_crime_under_the_article() -> None:
    # The DSL is in force from 2021-09-01: an act of 2021-08-31 judged later is not punishable under it.
    a = assess("cn.dsl.47", illegal_gains=2_000_000, on="2022-01-01", offence_date="2021-08-31")
    assert a.penal is False and a.sanctions == ()
    assert a.trace[0].code == "not_in_force_at_offence"
    assert a.notes[0].param("note") == "not_a_crime_at_offence"
    on_the_day = assess("cn.dsl.47", illegal_gains=2_000_000, on="2022-01-01", offence_date="2021-09-01")
    assert on_the_day.penal is True


def test_a_decision_before_the_act_is_not_in_force() -> None:
    with pytest.raises(NotInForceError):
        assess("cn.dsl.47", illegal_gains=2_000_000, on="2021-08-31", offence_date="2021-08-01")


@pytest.mark.parametrize("value", ["2024-05-01", D(2024, 5, 1), dt.datetime(2024, 5, 1, 12)])
def test_offence_date_reads_what_on_reads(value: object) -> None:
    a = assess("cn.dsl.47", illegal_gains=2_000_000, on="2024-06-01", offence_date=value)
    assert a.facts.offence_date == D(2024, 5, 1)


def test_offence_date_in_the_solar_hijri_calendar_with_persian_digits() -> None:
    # 1402/01/01 = 2023-03-21.
    a = assess("ir.ccl.1", on="۱۴۰۲/۰۲/۰۱", offence_date="۱۴۰۲/۰۱/۰۱")
    assert a.facts.offence_date == D(2023, 3, 21)


@pytest.mark.parametrize("value", ["2024-13-01", 2024, 1.5, "", "x" * 10_000, [["2024-01-01"]]])
def test_bad_offence_dates_are_refused_naming_the_field(value: object) -> None:
    with pytest.raises(InvalidFactError) as info:
        assess("cn.dsl.47", illegal_gains=1, on="2024-06-01", offence_date=value)
    assert info.value.field == "offence_date"
    pickle.loads(pickle.dumps(info.value))


def test_offence_date_after_the_decision_is_refused() -> None:
    with pytest.raises(InvalidFactError) as info:
        assess("cn.dsl.47", illegal_gains=1, on="2024-06-01", offence_date="2024-06-02")
    assert info.value.field == "offence_date"
    assert "2024-06-01" in info.value.expected
    assert pickle.loads(pickle.dumps(info.value)).field == "offence_date"


def test_fallback_rule_is_named() -> None:
    assert at_offence.choose(DSL47, None, None).role == "offence"  # type: ignore[arg-type]

"""Time in Iranian law: IPC Art 10 (the later, more lenient law) and Art 28 (amounts by date, reading O1).

Figures: Art 730's fine is 10,000,000-40,000,000 rials as enacted (1388), 25,000,000-150,000,000
from the 1399 decree (1399/12/25 = 2021-03-15) and 82,500,000-500,000,000 from the 1403 decree
(1403/04/04 = 2024-06-24); its imprisonment is 6 months to 2 years (law notes iran.md §2, table
row 730). Reading O1 ``amounts_basis`` (iran_time_and_sentencing.md §2.3, §11): default
``judgment_date``; the explanation also shows the offence date's figures.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from penalties import Money, PenaltiesError, article, assess
from penalties.core.formula import FixedRange, Provision
from penalties.core.interval import Interval
from penalties.core.sanction import Modality, SanctionKind
from penalties.core.term import Term, TermUnit
from penalties.core.versions import Version
from penalties.law.ir.time import LENIENT_LATER_LAW

D = dt.date
D1399, D1403 = D(2021, 3, 15), D(2024, 6, 24)


def rials(low: int, high: int) -> Interval[Money]:
    return Interval(Money(low, "IRR"), Money(high, "IRR"))


AMOUNTS_1388 = rials(10_000_000, 40_000_000)
AMOUNTS_1399 = rials(25_000_000, 150_000_000)
AMOUNTS_1403 = rials(82_500_000, 500_000_000)


def codes(a: Any) -> list[str]:
    return [step.code for step in a.trace]


@pytest.mark.parametrize(
    ("basis", "expected"),
    [("judgment_date", AMOUNTS_1403), ("offence_date", AMOUNTS_1388), ("most_favourable", AMOUNTS_1388)],
)
def test_amounts_basis(basis: str, expected: Interval[Money]) -> None:
    a = assess("ir.ipc.730", offence_date="2020-06-01", on="2025-01-01", readings={"amounts_basis": basis})
    assert a.fine == expected
    reading = next(s for s in a.trace if s.code == "reading")
    assert reading.params == (("reading", "amounts_basis"), ("value", basis))
    assert reading.basis.article == "28"


def test_the_default_shows_the_offence_date_figures_too() -> None:
    a = assess("ir.ipc.730", offence_date="2020-06-01", on="2025-01-01")
    assert a.fine == AMOUNTS_1403
    other = next(s for s in a.trace if s.code == "amounts_other_date_offence")
    assert other.param("range") == AMOUNTS_1388
    assert "for comparison, the amounts in force on the offence date" in a.explain("en")
    b = assess("ir.ipc.730", offence_date="2020-06-01", on="2025-01-01", readings={"amounts_basis": "offence_date"})
    assert next(s for s in b.trace if s.code == "amounts_other_date_judgment").param("range") == AMOUNTS_1403
    assert "dated_amount_on" in codes(b)


@pytest.mark.parametrize(
    ("offence", "expected"),
    [
        (D1399 - dt.timedelta(days=1), AMOUNTS_1388),
        (D1399, AMOUNTS_1399),
        (D1403 - dt.timedelta(days=1), AMOUNTS_1399),
        (D1403, AMOUNTS_1403),
    ],
)
def test_offence_dates_on_both_sides_of_each_decree(offence: dt.date, expected: Interval[Money]) -> None:
    a = assess("ir.ipc.730", offence_date=offence, on="2025-01-01", readings={"amounts_basis": "offence_date"})
    assert a.fine == expected


@pytest.mark.parametrize(("on", "expected"), [(D1403 - dt.timedelta(days=1), AMOUNTS_1399), (D1403, AMOUNTS_1403)])
def test_judgment_dates_on_both_sides_of_the_1403_decree(on: dt.date, expected: Interval[Money]) -> None:
    assert assess("ir.ipc.730", offence_date="2022-01-01", on=on).fine == expected


def test_most_favourable_is_the_lowest_in_force_from_offence_to_judgment() -> None:
    # Offence under the 1399 figures, judged under 1403: the lowest in the span is 1399's.
    a = assess("ir.ipc.730", offence_date="2022-01-01", on="2025-01-01", readings={"amounts_basis": "most_favourable"})
    assert a.fine == AMOUNTS_1399


def test_same_date_no_reading_step() -> None:
    a = assess("ir.ipc.730", on="2025-01-01")
    assert not [s for s in a.trace if s.code == "reading" and s.param("reading") == "amounts_basis"]
    assert a.fine == AMOUNTS_1403


def test_solar_hijri_offence_date_with_persian_digits() -> None:
    # ۱۳۹۹/۰۳/۱۲ = 2020-06-01.
    a = assess("ir.ipc.730", offence_date="۱۳۹۹/۰۳/۱۲", on="۱۴۰۳/۱۰/۱۲", readings={"amounts_basis": "offence_date"})
    assert a.facts.offence_date == D(2020, 6, 1) and a.fine == AMOUNTS_1388


def test_conduct_before_the_computer_crimes_law_is_not_punishable_under_it() -> None:
    a = assess("ir.ipc.730", offence_date="2009-05-25", on="2015-01-01")
    assert a.penal is False and a.sanctions == ()
    assert assess("ir.ipc.730", offence_date="2009-05-26", on="2015-01-01").penal is True


# --- Art 10: a reform that adds a version to Art 730 --------------------------------------------------


def _prison(low_months: int, high_years: int, basis: Any) -> Provision:
    term = Interval(Term(low_months, TermUnit.MONTH), Term(high_years, TermUnit.YEAR))
    return Provision(SanctionKind.TAZIR_IMPRISONMENT, Modality.SHALL, basis, FixedRange(term))


def _reformed(old_high_years: int, new_high_years: int) -> Any:
    art = article("ir.ipc.730")
    old = Version(D(2009, 5, 26), "test instrument", "متن قدیم", "old text", _prison(6, old_high_years, art.basis))
    return attrs.evolve(
        art, formula=_prison(6, new_high_years, art.basis), in_force_from=D(2023, 1, 1), versions=(old,)
    )


@pytest.mark.parametrize(
    ("old", "new", "chosen", "code"),
    [
        (3, 2, "decision", "art10_more_favourable"),  # the later law is more lenient: it applies
        (2, 3, "offence", "art10_harsher"),  # a harsher later law never applies
        (2, 2, "offence", "lex_mitior_same"),
    ],
)
def test_art_10(old: int, new: int, chosen: str, code: str) -> None:
    art = _reformed(old, new)
    assert art.act.time_rule is LENIENT_LATER_LAW
    a = art.assess(offence_date="2020-01-01", on="2024-01-01")
    assert code in codes(a) and f"time_chosen_{chosen}" in codes(a)
    expected = old if chosen == "offence" else new
    assert a.imprisonment is not None and a.imprisonment.high == Term(expected, TermUnit.YEAR)
    step = next(s for s in a.trace if s.code == code)
    assert step.basis.act_id == "ir.ipc.general" and step.basis.article == "10"


def test_art_10_mixed_keeps_the_old_text_and_says_so() -> None:
    art = article("ir.ipc.730")
    old_formula = Provision(
        SanctionKind.TAZIR_IMPRISONMENT,
        Modality.SHALL,
        art.basis,
        FixedRange(Interval(Term(3, TermUnit.MONTH), Term(2, TermUnit.YEAR))),
    )
    old = Version(D(2009, 5, 26), "test instrument", "متن قدیم", "old text", old_formula)
    # The newer text: a higher minimum (harsher) and a lower maximum (more favourable).
    reformed = attrs.evolve(art, formula=_prison(6, 1, art.basis), in_force_from=D(2023, 1, 1), versions=(old,))
    a = reformed.assess(offence_date="2020-01-01", on="2024-01-01")
    assert "art10_mixed" in codes(a) and "time_chosen_offence" in codes(a)
    assert a.imprisonment == Interval(Term(3, TermUnit.MONTH), Term(2, TermUnit.YEAR))


# --- properties -------------------------------------------------------------------------------------------

IR_IDS = [a.id for a in __import__("penalties").catalog() if a.id.startswith("ir.") and a.formula is not None]


def _result(article_id: str, **facts: Any) -> Any:
    try:
        a = assess(article_id, **facts)
    except PenaltiesError as error:
        return type(error).__name__, str(error)
    return (a.penal, a.tier, a.sanctions, a.combinations, a.notes)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_id=st.sampled_from(IR_IDS), on=st.dates(D(2009, 5, 26), D(2027, 1, 1)))
def test_offence_date_equal_to_on_changes_nothing(article_id: str, on: dt.date) -> None:
    assert _result(article_id, on=on) == _result(article_id, on=on, offence_date=on)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(offence=st.dates(D(2009, 5, 26), D(2026, 1, 1)), later=st.integers(0, 6000))
def test_most_favourable_is_never_above_either_date(offence: dt.date, later: int) -> None:
    on = offence + dt.timedelta(days=later)
    fines = {
        basis: assess("ir.ipc.730", offence_date=offence, on=on, readings={"amounts_basis": basis}).fine
        for basis in ("judgment_date", "offence_date", "most_favourable")
    }
    best = fines["most_favourable"]
    assert best is not None
    for other in fines.values():
        assert other is not None and best.high <= other.high

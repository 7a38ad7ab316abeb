"""The jurisdiction-free core: exact money, terms in the statute's units, intervals with open ends."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from penalties import CurrencyMismatchError, Interval, InvalidFactError, Money, Term, TermUnit
from penalties.core.interval import EmptyIntervalError
from penalties.core.money import exact


class TestMoney:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (100_000, 100_000),
            ("100000", 100_000),
            ("100,000", 100_000),
            ("1_000_000", 1_000_000),
            ("12345.67", Fraction(1234567, 100)),
            ("40000000/3", Fraction(40_000_000, 3)),
            (Decimal("0.1"), Fraction(1, 10)),
            (Fraction(6, 3), 2),
        ],
    )
    def test_accepted_inputs_are_exact(self, value, expected):
        result = exact(value)
        assert result == expected
        assert type(result) is type(expected)

    @pytest.mark.parametrize(
        "value", [0.1, 1e5, float("nan"), float("inf"), True, None, "abc", "", Decimal("NaN"), "Infinity", [1], "1/0"]
    )
    def test_inexact_or_malformed_inputs_are_refused(self, value):
        with pytest.raises(InvalidFactError) as error:
            exact(value, "illegal_gains")
        assert error.value.field == "illegal_gains"
        assert any(word in error.value.expected for word in ("float", "digits", "denominator"))

    def test_huge_amounts_are_bounded(self):
        with pytest.raises(InvalidFactError, match="10\\*\\*40"):
            exact(10**40)
        with pytest.raises(InvalidFactError):
            exact("9" * 5000)

    def test_two_thirds_of_twenty_million_rials(self):
        assert Money(20_000_000, "IRR") * Fraction(2, 3) == Money(Fraction(40_000_000, 3), "IRR")
        assert str(Money(20_000_000, "IRR") * Fraction(2, 3)) == "13,333,333 1/3 IRR"

    def test_currencies_never_mix(self):
        with pytest.raises(CurrencyMismatchError):
            Money(1, "CNY") + Money(1, "IRR")
        with pytest.raises(CurrencyMismatchError):
            _ = Money(1, "CNY") < Money(1, "IRR")
        with pytest.raises(CurrencyMismatchError):
            Money.of(Money(5, "IRR"), "CNY", "illegal_gains")

    def test_unknown_currency(self):
        with pytest.raises(InvalidFactError, match="currency"):
            Money(1, "XYZ")

    def test_a_float_never_gets_inside(self):
        with pytest.raises(InvalidFactError):
            Money(1.5, "CNY")  # type: ignore[arg-type]
        assert Money(3, "CNY").__mul__(1.5) is NotImplemented  # type: ignore[arg-type]

    def test_json_form_round_trips(self):
        money = Money(Fraction(40_000_000, 3), "IRR")
        assert money.to_dict() == {"amount": "40000000/3", "currency": "IRR"}
        assert Money.from_dict(money.to_dict()) == money


class TestTerm:
    def test_two_thirds_of_a_year_is_eight_months(self):
        assert Term.years(1) * Fraction(2, 3) == Term(8, TermUnit.MONTH)

    def test_two_thirds_of_five_years_reads_three_years_four_months(self):
        term = Term.years(5) * Fraction(2, 3)
        assert term == Term(40, TermUnit.MONTH)
        assert str(term) == "3 years 4 months"

    def test_whole_years_stay_years_and_days_stay_days(self):
        assert Term.years(3) * Fraction(2, 3) == Term(2, TermUnit.YEAR)
        assert Term.days(91) * Fraction(2, 3) == Term(Fraction(182, 3), TermUnit.DAY)

    def test_ordering_convention(self):
        assert Term.days(91) > Term.months(3)
        assert Term.days(90) <= Term.months(3) <= Term.days(90)
        assert Term.months(12) <= Term.years(1) <= Term.months(12)
        assert Term.months(6) < Term.years(1)

    def test_negative_term_refused(self):
        with pytest.raises(InvalidFactError):
            Term.months(-1)


class TestInterval:
    def test_closed_and_open_ends(self):
        closed = Interval(Money(100, "CNY"), Money(200, "CNY"))
        assert Money(100, "CNY") in closed and Money(200, "CNY") in closed
        half_open = Interval(Money(100, "CNY"), Money(200, "CNY"), low_closed=False)
        assert Money(100, "CNY") not in half_open
        assert Money(Fraction(201, 2) * 1, "CNY") in half_open
        assert repr(half_open) == "(100 CNY, 200 CNY]"

    @pytest.mark.parametrize(("low_closed", "high_closed"), [(False, True), (True, False), (False, False)])
    def test_empty_intervals_cannot_be_built(self, low_closed, high_closed):
        with pytest.raises(EmptyIntervalError):
            Interval(Money(5, "CNY"), Money(5, "CNY"), low_closed, high_closed)
        with pytest.raises(EmptyIntervalError):
            Interval(Money(6, "CNY"), Money(5, "CNY"))

    def test_a_point_is_a_closed_interval(self):
        assert Interval(Money(5_000, "CNY"), Money(5_000, "CNY")).is_point

    def test_scaling_keeps_ends(self):
        interval = Interval(Term.months(6), Term.years(1), low_closed=False)
        assert interval * Fraction(2, 3) == Interval(Term.months(4), Term.months(8), low_closed=False)

"""Durations of imprisonment, detention, closure and other time-bound measures.

A term keeps the unit the statute wrote (91 days, 6 months, 3 years): a court reads "three years",
not "1,095 days". Scaling is exact: two-thirds of 1 year is 8 months, two-thirds of 5 years is
40 months (shown as 3 years 4 months), two-thirds of 91 days is 60 2/3 days.

Comparison convention (the only place where units meet): **1 year = 12 months and 1 month = 30
days**. A month is 28-31 days on the calendar; the convention matters only when a bound in days
meets one in months, which in these statutes happens at the Iranian "91 days" that the Islamic
Penal Code (Art 19) pairs with "more than three months" - consistent with 30-day months.
Equality (``==``) is structural (as written); ordering uses the convention, so
``Term(1, YEAR)`` and ``Term(12, MONTH)`` are neither less nor greater than each other.
"""

from __future__ import annotations

import enum
from fractions import Fraction

import attrs

from .errors import InvalidFactError
from .money import MAX_RESULT_DIGITS, Exact, exact, format_exact

__all__ = ["Term", "TermUnit"]


class TermUnit(enum.Enum):
    """Units of a term, with their length in days under the comparison convention."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"

    @property
    def days(self) -> int:
        return _DAYS[self]


_DAYS = {TermUnit.DAY: 1, TermUnit.MONTH: 30, TermUnit.YEAR: 360}


def _normalise(value: Fraction) -> Exact:
    return value.numerator if value.denominator == 1 else value


def _check(instance: Term, attribute: attrs.Attribute[Exact], value: Exact) -> None:
    if type(value) is not int and type(value) is not Fraction:
        raise InvalidFactError("term", value, "an exact number of days, months or years")
    if value < 0:
        raise InvalidFactError("term", value, "a term of zero or more")


@attrs.frozen(order=False, repr=False)
class Term:
    """A duration in the statute's own unit.

    >>> Term(1, TermUnit.YEAR) * Fraction(2, 3)
    Term(8, 'month')
    """

    amount: Exact = attrs.field(validator=_check)
    unit: TermUnit

    @classmethod
    def days(cls, amount: object) -> Term:
        return cls(exact(amount, "term"), TermUnit.DAY)

    @classmethod
    def months(cls, amount: object) -> Term:
        return cls(exact(amount, "term"), TermUnit.MONTH)

    @classmethod
    def years(cls, amount: object) -> Term:
        return cls(exact(amount, "term"), TermUnit.YEAR)

    @property
    def in_days(self) -> Exact:
        """Length in days under the module's convention (for ordering only)."""
        return self.amount * _DAYS[self.unit]

    def __mul__(self, factor: Exact) -> Term:
        if isinstance(factor, bool) or not isinstance(factor, (int, Fraction)):
            return NotImplemented
        value = _normalise(Fraction(self.amount) * factor)
        unit = self.unit
        # A fraction of a year is expressed in months (2/3 of a year = 8 months), as a judgment would.
        if unit is TermUnit.YEAR and type(value) is Fraction:
            value, unit = _normalise(Fraction(value) * 12), TermUnit.MONTH
        return Term(value, unit)

    __rmul__ = __mul__

    def __lt__(self, other: Term) -> bool:
        return self.in_days < other.in_days

    def __le__(self, other: Term) -> bool:
        return self.in_days <= other.in_days

    def __gt__(self, other: Term) -> bool:
        return self.in_days > other.in_days

    def __ge__(self, other: Term) -> bool:
        return self.in_days >= other.in_days

    def __repr__(self) -> str:
        return f"Term({self.amount}, {self.unit.value!r})"

    def parts(self) -> tuple[tuple[Exact, TermUnit], ...]:
        """The term as a reader would say it: 40 months -> ((3, YEAR), (4, MONTH))."""
        if self.unit is TermUnit.MONTH and self.amount >= 12:
            years, months = divmod(Fraction(self.amount), 12)
            years_i = int(years)
            if months == 0:
                return ((years_i, TermUnit.YEAR),)
            return ((years_i, TermUnit.YEAR), (_normalise(months), TermUnit.MONTH))
        return ((self.amount, self.unit),)

    def __str__(self) -> str:
        words = []
        for amount, unit in self.parts():
            plural = "" if amount == 1 else "s"
            words.append(f"{format_exact(amount)} {unit.value}{plural}")
        return " ".join(words)

    def to_dict(self) -> dict[str, str]:
        """JSON-safe form: ``{"amount": "8", "unit": "month"}``."""
        return {"amount": str(self.amount), "unit": self.unit.value}

    @classmethod
    def from_dict(cls, data: dict[str, str], field: str = "term") -> Term:
        """Inverse of :meth:`to_dict`; ``field`` names the place in a document for errors."""
        if not isinstance(data, dict) or set(data) != {"amount", "unit"}:
            raise InvalidFactError(field, data, 'an object {"amount": "<exact number>", "unit": "<unit>"}')
        amount, unit = data["amount"], data["unit"]
        if not isinstance(amount, str | int) or isinstance(amount, bool):
            raise InvalidFactError(f"{field}.amount", amount, "an exact number as a string")
        if not isinstance(unit, str) or unit not in TermUnit._value2member_map_:
            raise InvalidFactError(f"{field}.unit", unit, "one of " + ", ".join(repr(u.value) for u in TermUnit))
        return cls(exact(amount, f"{field}.amount", max_digits=MAX_RESULT_DIGITS), TermUnit(unit))

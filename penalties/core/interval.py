"""Ranges of money or time whose ends know whether they are included.

PRC statutes say 以上 / 以下 ("or more" / "or less"), which include the number (Criminal Law
Art 99); Iran's Art 754 says "more than two-thirds of the maximum", which excludes it. An
:class:`Interval` keeps that difference, and cannot be empty: a bound pair that admits no value
is a bug in the law's encoding or in the input, never a result.
"""

from __future__ import annotations

import numbers
from decimal import Decimal
from fractions import Fraction
from typing import Any, Generic, Protocol, TypeVar

import attrs

from ._make import maker
from .errors import CurrencyMismatchError, InvalidFactError
from .money import Exact, Money, exact
from .term import Term

__all__ = ["Bound", "EmptyIntervalError", "Interval"]


class Bound(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...
    def __le__(self, other: Any, /) -> bool: ...
    def __mul__(self, factor: Any, /) -> Any: ...


T = TypeVar("T", bound=Bound)
_set = object.__setattr__


class EmptyIntervalError(ValueError):
    """Raised when bounds would make an empty interval (a programming error in a formula)."""


@attrs.frozen(repr=False)
class Interval(Generic[T]):
    """A non-empty range ``low .. high`` with each end closed (included) or open (excluded).

    >>> from penalties.core.money import Money
    >>> Interval(Money(100_000, "CNY"), Money(1_000_000, "CNY"))
    [100,000 CNY, 1,000,000 CNY]
    """

    low: T
    high: T
    low_closed: bool = True
    high_closed: bool = True

    def __attrs_post_init__(self) -> None:
        if self.high < self.low or (not (self.low < self.high) and not (self.low_closed and self.high_closed)):
            raise EmptyIntervalError(f"empty interval: {self!r}")

    @classmethod
    def _ordered(cls, low: T, high: T, low_closed: bool = True, high_closed: bool = True) -> Interval[T]:
        """Build without the emptiness check, for ends a formula has already ordered (hot path)."""
        if cls is Interval:
            return _make_interval(low, high, low_closed, high_closed)
        made: Interval[T] = object.__new__(cls)
        _set(made, "low", low)
        _set(made, "high", high)
        _set(made, "low_closed", low_closed)
        _set(made, "high_closed", high_closed)
        return made

    def __contains__(self, value: object) -> bool:
        """Whether ``value`` lies in the range, each end included or excluded as the range says.

        ``value`` is a :class:`~penalties.core.money.Money` or :class:`~penalties.core.term.Term`
        like the ends, or a plain exact number (``int``, ``Fraction``, ``Decimal`` or text such as
        ``"300000"``) read in the range's currency (``300_000 in a.fine``) or, when both ends are
        in one unit, in that unit. Anything else (a float, an amount in another currency, a term
        for a fine) raises :class:`~penalties.core.errors.InvalidFactError`.
        """
        low = self.low
        found: Any = value if type(value) is type(low) else _same_kind(self, value)
        above: bool = low <= found if self.low_closed else low < found
        below: bool = found <= self.high if self.high_closed else found < self.high
        return above and below

    def __mul__(self, factor: Exact | Fraction) -> Interval[T]:
        """Scale both ends (a non-negative factor)."""
        return Interval(self.low * factor, self.high * factor, self.low_closed, self.high_closed)

    @property
    def is_point(self) -> bool:
        """True when the interval holds exactly one value (a fixed amount or term)."""
        return not (self.low < self.high)

    def __repr__(self) -> str:
        left = "[" if self.low_closed else "("
        right = "]" if self.high_closed else ")"
        return f"{left}{self.low}, {self.high}{right}"

    __str__ = __repr__


_make_interval = maker(Interval, trusted=True)

#: Plain numbers that membership reads in the range's currency or unit (a float is not exact).
_PLAIN = (numbers.Integral, Fraction, Decimal, str)


def _same_kind(interval: Interval[Any], value: object) -> Any:
    """``value`` as the kind of the interval's ends (see :meth:`Interval.__contains__`)."""
    low, high = interval.low, interval.high
    plain = isinstance(value, _PLAIN) and not isinstance(value, bool)
    if isinstance(low, Money):
        if isinstance(value, Money):
            raise CurrencyMismatchError("value", value, low.currency)
        if plain:
            return Money(exact(value, "value"), low.currency)
        expected = f"an amount in {low.currency}: a Money or an exact number (int, Fraction, Decimal or text"
        raise InvalidFactError("value", value, expected + " such as '300000'; floats are inexact)")
    if isinstance(low, Term):
        same_unit = isinstance(high, Term) and high.unit is low.unit
        if plain and same_unit:
            return Term(exact(value, "value"), low.unit)
        unit = f"or an exact number of {low.unit.value}s " if same_unit else ""
        raise InvalidFactError("value", value, f"a Term {unit}(this range runs from {low} to {high})")
    if plain or isinstance(value, Money | Term):
        raise InvalidFactError("value", value, f"a value of the range's kind ({type(low).__name__})")
    return value

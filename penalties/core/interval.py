"""Ranges of money or time whose ends know whether they are included.

PRC statutes say 以上 / 以下 ("or more" / "or less"), which include the number (Criminal Law
Art 99); Iran's Art 754 says "more than two-thirds of the maximum", which excludes it. An
:class:`Interval` keeps that difference, and cannot be empty: a bound pair that admits no value
is a bug in the law's encoding or in the input, never a result.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Generic, Protocol, TypeVar

import attrs

from ._make import maker
from .money import Exact

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

    def __contains__(self, value: T) -> bool:
        above = self.low <= value if self.low_closed else self.low < value
        below = value <= self.high if self.high_closed else value < self.high
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

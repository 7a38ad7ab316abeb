"""Exact amounts of money.

An amount is kept as an ``int`` when it is whole and as a :class:`fractions.Fraction` otherwise
(two-thirds of 20,000,000 rials is 13,333,333 1/3, not 13,333,333.33). Floats never enter:
a binary float cannot hold 0.1, and a bound that is off by a rounding error is a wrong answer.

Accepted inputs: ``int``, ``Fraction``, ``Decimal`` (finite) and ``str`` (``"100000"``,
``"12345.67"``, ``"40000000/3"``; ``_`` and ``,`` separators are allowed). A ``float`` is
refused with an error that says how to write the number instead; ``bool`` is refused too.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from fractions import Fraction

import attrs

from ._make import maker
from .errors import CurrencyMismatchError, InvalidFactError

__all__ = ["CURRENCIES", "Exact", "Money", "exact", "exact_text", "trusted_money"]

Exact = int | Fraction
"""An exact number: a whole ``int`` or a ``Fraction`` that is not whole."""

#: ISO 4217 codes the library knows, with their minor-unit exponent (for display only).
CURRENCIES: dict[str, int] = {"CNY": 2, "IRR": 0}

_EXPECTED_NUMBER = (
    "an exact number: int, Fraction, finite Decimal or a string such as '12345.67' "
    "(floats are refused because they are inexact)"
)

# The largest amount the library accepts: far above any statutory figure, small enough that
# arithmetic on it stays fast (a 5,000-digit integer from untrusted input would not).
MAX_DIGITS = 40


def _normalise(value: Fraction) -> Exact:
    return value.numerator if value.denominator == 1 else value


def exact(value: object, field: str = "amount") -> Exact:
    """Convert ``value`` to an exact number, or raise :class:`InvalidFactError` naming ``field``."""
    kind = type(value)
    if kind is int:
        result: Exact = value  # type: ignore[assignment]
    elif kind is Fraction:
        result = _normalise(value)  # type: ignore[arg-type]
    elif isinstance(value, bool) or isinstance(value, float):
        raise InvalidFactError(field, value, _EXPECTED_NUMBER)
    elif isinstance(value, int):
        result = int(value)
    elif isinstance(value, Fraction):
        result = _normalise(value)
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise InvalidFactError(field, value, _EXPECTED_NUMBER)
        if abs(value.adjusted()) > MAX_DIGITS:
            raise InvalidFactError(field, value, f"at most {MAX_DIGITS} digits")
        result = _normalise(Fraction(value))
    elif isinstance(value, str):
        text = value.strip().replace("_", "").replace(",", "")
        if not text or len(text) > 2 * MAX_DIGITS + 2:
            raise InvalidFactError(field, value, _EXPECTED_NUMBER)
        try:
            if "/" in text:
                result = _normalise(Fraction(text))
            else:
                parsed = Decimal(text)
                if not parsed.is_finite():
                    raise InvalidFactError(field, value, _EXPECTED_NUMBER)
                result = _normalise(Fraction(parsed))
        except (ValueError, ZeroDivisionError, InvalidOperation):
            raise InvalidFactError(field, value, _EXPECTED_NUMBER) from None
    else:
        raise InvalidFactError(field, value, _EXPECTED_NUMBER)
    if abs(result) >= 10**MAX_DIGITS:
        raise InvalidFactError(field, value, f"an amount below 10**{MAX_DIGITS}")
    return result


def trusted_money(amount: Exact, currency: str) -> Money:
    """A :class:`Money` from an amount and a currency the caller has already checked (hot path)."""
    return _make_money(amount, currency)


def exact_text(value: Exact) -> str:
    """The canonical text of an exact number: ``"100000"`` or ``"40000000/3"``.

    This is the form used in JSON; it parses back with :func:`exact` without loss.
    """
    return str(value)


def _check_amount(instance: object, attribute: attrs.Attribute[Exact], value: Exact) -> None:
    if type(value) is not int and type(value) is not Fraction:
        raise InvalidFactError(attribute.name, value, _EXPECTED_NUMBER)


def _check_currency(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in CURRENCIES:
        raise InvalidFactError("currency", value, "one of " + ", ".join(sorted(CURRENCIES)))


@attrs.frozen(order=False, repr=False)
class Money:
    """An exact amount in one currency.

    >>> Money(100_000, "CNY") * 10
    Money(1000000, 'CNY')
    >>> Money(20_000_000, "IRR") * Fraction(2, 3)
    Money(40000000/3, 'IRR')

    Amounts in different currencies cannot be added or compared: that raises
    :class:`~penalties.core.errors.CurrencyMismatchError`.
    """

    amount: Exact = attrs.field(validator=_check_amount)
    currency: str = attrs.field(validator=_check_currency)

    @classmethod
    def of(cls, value: object, currency: str, field: str = "amount") -> Money:
        """Build from any accepted input (see the module docstring), or a ``Money`` of ``currency``."""
        if isinstance(value, Money):
            if value.currency != currency:
                raise CurrencyMismatchError(field, value, currency)
            return value
        return cls(exact(value, field), currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise CurrencyMismatchError("amount", other, self.currency)

    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other)
        return Money(_normalise(Fraction(self.amount + other.amount)), self.currency)

    def __sub__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other)
        return Money(_normalise(Fraction(self.amount - other.amount)), self.currency)

    def __mul__(self, factor: Exact) -> Money:
        if type(factor) is int and type(self.amount) is int:
            # int x int is exact and keeps the currency: no need to validate again (hot path).
            return _make_money(self.amount * factor, self.currency)
        if not isinstance(factor, (int, Fraction)) or isinstance(factor, bool):
            return NotImplemented
        return Money(_normalise(Fraction(self.amount) * factor), self.currency)

    __rmul__ = __mul__

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.amount <= other.amount

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount > other.amount

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.amount >= other.amount

    def __repr__(self) -> str:
        return f"Money({self.amount}, {self.currency!r})"

    def __str__(self) -> str:
        return f"{format_exact(self.amount)} {self.currency}"

    def to_dict(self) -> dict[str, str]:
        """JSON-safe form: ``{"amount": "40000000/3", "currency": "IRR"}`` (exact, no float)."""
        return {"amount": exact_text(self.amount), "currency": self.currency}

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> Money:
        """Inverse of :meth:`to_dict`."""
        return cls(exact(data["amount"]), data["currency"])


_make_money = maker(Money, trusted=True)


def format_exact(value: Exact) -> str:
    """Plain text with digit grouping: ``13,333,333 1/3`` (locale-free; see ``render`` for locales)."""
    if isinstance(value, int):
        return f"{value:,}"
    sign = "-" if value < 0 else ""
    magnitude = abs(value)
    whole, rest = divmod(magnitude.numerator, magnitude.denominator)
    fraction = f"{rest}/{magnitude.denominator}"
    return f"{sign}{whole:,} {fraction}" if whole else f"{sign}{fraction}"

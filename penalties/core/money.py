"""Exact amounts of money.

An amount is kept as an ``int`` when it is whole and as a :class:`fractions.Fraction` otherwise
(two-thirds of 20,000,000 rials is 13,333,333 1/3, not 13,333,333.33). Floats never enter:
a binary float cannot hold 0.1, and a bound that is off by a rounding error is a wrong answer.

Accepted inputs: ``int`` (and other integer types such as numpy's), ``Fraction``, ``Decimal``
(finite) and ``str``: ``"100000"``, ``"12345.67"``, ``"1.5e6"``, ``"40000000/3"``, with thousands
grouped by ``,`` or ``_`` (``"1,250,000"``) and Persian or Arabic-Indic digits (``"۱۲٬۵۰۰"``).
A comma anywhere else (``"12,5"``, ``"1,0000,0"``) is refused, never dropped: the input is read
as written or not at all. A ``float`` is refused with an error that says how to write the number
instead; ``bool`` is refused too.

Every amount is bounded in magnitude (below ``10**40``) and in precision (at most 40 decimal
places), and both are checked on the text before a number is built: ``"9e999999999"`` is refused
at once instead of computing a billion-digit integer.
"""

from __future__ import annotations

import numbers
import re
from decimal import Decimal
from fractions import Fraction

import attrs

from ._make import maker
from .errors import CurrencyMismatchError, InvalidFactError

__all__ = ["CURRENCIES", "MAX_DIGITS", "MAX_RESULT_DIGITS", "Exact", "Money", "exact", "exact_text", "trusted_money"]

Exact = int | Fraction
"""An exact number: a whole ``int`` or a ``Fraction`` that is not whole."""

#: ISO 4217 codes the library knows, with their minor-unit exponent (for display only).
CURRENCIES: dict[str, int] = {"CNY": 2, "IRR": 0}

_EXPECTED_NUMBER = (
    "an exact number: int, Fraction, finite Decimal or a string such as '12345.67', '1,250,000', "
    "'1.5e6' or '40000000/3' (floats are refused because they are inexact; a comma or '_' only "
    "groups thousands)"
)

# The largest amount a caller may give: far above any statutory figure, small enough that
# arithmetic on it stays fast (a 5,000-digit integer from untrusted input would not).
MAX_DIGITS = 40
#: The largest amount a result may hold: a fine of 10x the largest gains, with room for the
#: multipliers of the acts (Iran Art 748: 6x), still bounded.
MAX_RESULT_DIGITS = 48

# Digits a Persian or Arabic reader types, and their separators, read as the same number.
_NATIVE_DIGITS = str.maketrans(
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫٬",
    "01234567890123456789.,",
)
# A decimal: an optional sign, a whole part that is plain digits or grouped by thousands with one
# separator (',' or '_'), an optional fraction and an optional short exponent. Anything else,
# such as '12,5' or '1,0000,0', is refused rather than guessed at.
_DECIMAL = re.compile(
    r"(?P<sign>[+-]?)(?P<whole>[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3}(?:_[0-9]{3})+)?"
    r"(?:\.(?P<fraction>[0-9]+))?(?:[eE](?P<exponent>[+-]?[0-9]{1,12}))?",
    re.ASCII,
)
_RATIO = re.compile(r"(?P<sign>[+-]?)(?P<numerator>[0-9]+)/(?P<denominator>[0-9]+)", re.ASCII)
# numpy registers its time deltas as integers; a duration is not an amount of money.
_TIME_TYPES = frozenset({"timedelta64", "datetime64"})
#: Longer texts are refused before any parsing (a grouped 48-digit number with 40 decimals fits).
_MAX_TEXT = 160


def _normalise(value: Fraction) -> Exact:
    return value.numerator if value.denominator == 1 else value


def _bounds(max_digits: int) -> str:
    return f"an amount below 10**{max_digits} with at most {max_digits} decimal places"


def _check_scale(value: object, field: str, magnitude_digits: int, places: int, max_digits: int) -> None:
    """Refuse a number whose whole part has more than ``max_digits`` digits or too many decimals."""
    if magnitude_digits > max_digits or places > max_digits:
        raise InvalidFactError(field, value, _bounds(max_digits))


def _from_text(value: str, field: str, max_digits: int) -> Exact:
    if len(value) > _MAX_TEXT:
        raise InvalidFactError(field, value, _EXPECTED_NUMBER)
    text = value.strip().translate(_NATIVE_DIGITS)
    ratio = _RATIO.fullmatch(text)
    if ratio is not None:
        numerator, denominator = ratio["numerator"].lstrip("0"), ratio["denominator"].lstrip("0")
        if not denominator:
            raise InvalidFactError(field, value, "a fraction with a denominator other than 0")
        # |n/d| < 10**k needs len(n) <= len(d) + k; d <= 10**k bounds the precision.
        _check_scale(value, field, len(numerator) - len(denominator), len(denominator) - 1, max_digits)
        result = Fraction(int(ratio["sign"] + (numerator or "0")), int(denominator))
    else:
        match = _DECIMAL.fullmatch(text)
        if match is None or (match["whole"] is None and match["fraction"] is None):
            raise InvalidFactError(field, value, _EXPECTED_NUMBER)
        whole = (match["whole"] or "").replace(",", "").replace("_", "")
        fraction = match["fraction"] or ""
        # The value is int(core) * 10**scale; both limits are checked on the digits before a
        # number is built, so '9e999999999' costs nothing.
        core = (whole + fraction).lstrip("0")
        scale = int(match["exponent"] or 0) - len(fraction)
        significant = core.rstrip("0")
        scale += len(core) - len(significant)
        if not significant:
            result = Fraction(0)
        else:
            _check_scale(value, field, len(significant) + scale, -scale, max_digits)
            digits = int(significant)
            result = Fraction(digits * 10**scale) if scale >= 0 else Fraction(digits, 10**-scale)
        if match["sign"] == "-":
            result = -result
    return _normalise(result)


def _from_decimal(value: Decimal, field: str, max_digits: int) -> Exact:
    if not value.is_finite():
        raise InvalidFactError(field, value, _EXPECTED_NUMBER)
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite
    if not any(digits):
        return 0  # Decimal('0E+999999999') is zero, however it is written
    _check_scale(value, field, len(digits) + exponent, -exponent, max_digits)
    return _normalise(Fraction(value))


def _from_fraction(value: Fraction, field: str, max_digits: int) -> Exact:
    # Bit lengths first: comparing a 10**5000 denominator with the cap is cheap, printing it is not.
    limit_bits = max_digits * 3322 // 1000 + 2
    if value.denominator.bit_length() > limit_bits or value.denominator > 10**max_digits:
        raise InvalidFactError(field, value, _bounds(max_digits))
    return _normalise(value)


def exact(value: object, field: str = "amount", *, max_digits: int = MAX_DIGITS) -> Exact:
    """Convert ``value`` to an exact number, or raise :class:`InvalidFactError` naming ``field``.

    The magnitude is below ``10**max_digits`` and the precision at most ``max_digits`` decimal
    places (a denominator of at most ``10**max_digits``); both are checked before a number is
    built from text, so hostile input costs no time. ``max_digits`` is :data:`MAX_DIGITS` for what
    a caller gives and :data:`MAX_RESULT_DIGITS` for amounts read back from a result.
    """
    kind = type(value)
    if kind is int:
        result: Exact = value  # type: ignore[assignment]
    elif kind is Fraction:
        result = _from_fraction(value, field, max_digits)  # type: ignore[arg-type]
    elif isinstance(value, (bool, float, complex)):
        raise InvalidFactError(field, value, _EXPECTED_NUMBER)
    elif isinstance(value, int):
        result = int(value)
    elif isinstance(value, Fraction):
        result = _from_fraction(Fraction(value), field, max_digits)
    elif isinstance(value, Decimal):
        result = _from_decimal(value, field, max_digits)
    elif isinstance(value, str):
        result = _from_text(value, field, max_digits)
    elif isinstance(value, numbers.Integral) and type(value).__name__ not in _TIME_TYPES:
        # numpy and other integer types: exact by definition (numpy's bool_ is not Integral).
        try:
            result = int(value)
        except (TypeError, ValueError, OverflowError):
            raise InvalidFactError(field, value, _EXPECTED_NUMBER) from None
    else:
        raise InvalidFactError(field, value, _EXPECTED_NUMBER)
    if type(result) is int:
        if result.bit_length() > max_digits * 3322 // 1000 + 2 or abs(result) >= 10**max_digits:
            raise InvalidFactError(field, value, f"an amount below 10**{max_digits}")
    elif abs(result) >= 10**max_digits:
        raise InvalidFactError(field, value, f"an amount below 10**{max_digits}")
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
    def from_dict(cls, data: dict[str, str], field: str = "amount") -> Money:
        """Inverse of :meth:`to_dict`; ``field`` names the place in a document for errors.

        Amounts read back may be as large as a result can hold (:data:`MAX_RESULT_DIGITS`).
        """
        if not isinstance(data, dict) or set(data) != {"amount", "currency"}:
            raise InvalidFactError(field, data, 'an object {"amount": "<exact number>", "currency": "<ISO 4217>"}')
        if not isinstance(data["amount"], str | int) or isinstance(data["amount"], bool):
            raise InvalidFactError(f"{field}.amount", data["amount"], "an exact number as a string")
        currency = data["currency"]
        if not isinstance(currency, str) or currency not in CURRENCIES:
            raise InvalidFactError(f"{field}.currency", currency, "one of " + ", ".join(sorted(CURRENCIES)))
        return cls(exact(data["amount"], f"{field}.amount", max_digits=MAX_RESULT_DIGITS), currency)


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

"""The illegal gains (违法所得), the gains fact of the PRC acts.

Every PRC act in the library reads gains: the administrative acts confiscate them and fine a
multiple of them, the Criminal Law grades by them. Each act's facts type derives from
:class:`GainsFacts`, which declares the field ``illegal_gains`` (exact yuan; ``None`` = none)
and names it the act's ``GAINS_FACT``, and is decorated with
``@attrs.frozen(field_transformer=gains_in_place)`` so that the field keeps its place among the
facts (before ``circumstances``): the order of the facts is that of their JSON form.

>>> from penalties.law.cn.data_security_law import DslFacts
>>> DslFacts(illegal_gains="250000", on="2024-05-01").gains()
Money(250000, 'CNY')
>>> DslFacts.field_names()[:3]
('offender', 'illegal_gains', 'circumstances')
"""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from ...core.errors import InvalidFactError
from ...core.facts import Facts
from ...core.money import CURRENCIES, MAX_DIGITS, Money, trusted_money

__all__ = ["GAINS", "GainsFacts", "gains_in_place"]

#: The name of the field.
GAINS = "illegal_gains"

_MAX_AMOUNT = 10**MAX_DIGITS


def _gains(value: object, self: Any) -> Money | None:
    if value is None:
        return None
    currency = self.CURRENCY
    if type(value) is int and 0 <= value < _MAX_AMOUNT and currency in CURRENCIES:
        # Hot path: a whole, non-negative amount below the cap needs no further checks.
        return trusted_money(value, currency)
    money = Money.of(value, currency, GAINS)
    if money.amount < 0:
        raise InvalidFactError(GAINS, value, "zero or more (use None or 0 for no gains)")
    return money


def gains_in_place(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """Put ``illegal_gains`` right before ``circumstances``, where the facts have always had it
    (attrs lists the fields of the base class first, the mixin's after them)."""
    gains = [field for field in fields if field.name == GAINS]
    rest = [field for field in fields if field.name != GAINS]
    at = next((index for index, field in enumerate(rest) if field.name == "circumstances"), len(rest))
    return rest[:at] + gains + rest[at:]


@attrs.frozen(field_transformer=gains_in_place)
class GainsFacts(Facts):
    """Facts of an act whose formulas read the illegal gains.

    - ``illegal_gains``: the illegal gains (违法所得), exact, in the act's currency; ``None`` or 0 =
      none. A float, a negative amount or another currency is an
      :class:`~penalties.core.errors.InvalidFactError` naming ``illegal_gains``.
    """

    GAINS_FACT: ClassVar[str | None] = GAINS

    illegal_gains: Money | None = attrs.field(
        default=None,
        converter=attrs.Converter(_gains, takes_self=True),  # type: ignore[misc]
    )

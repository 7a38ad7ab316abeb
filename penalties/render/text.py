"""Plain-text explanations of an assessment.

Numbers are formatted by Babel (CLDR) for the locale; Babel is imported here, on the first
explanation, and never by :func:`penalties.assess`.
"""

from __future__ import annotations

import enum
from fractions import Fraction
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..core.errors import UnknownLocaleError
from ..core.interval import Interval
from ..core.messages import MESSAGES
from ..core.money import Exact, Money
from ..core.sanction import Addressee, CombinationKind, Modality, Sanction, SanctionKind
from ..core.term import Term

if TYPE_CHECKING:
    from ..core.assessment import Assessment
    from ..core.formula import Step

__all__ = ["SUPPORTED_LOCALES", "explain", "format_interval", "format_value", "step_text"]

SUPPORTED_LOCALES: tuple[str, ...] = ("en",)


def _locale(locale: str) -> str:
    normalised = locale.replace("-", "_")
    if normalised in SUPPORTED_LOCALES:
        return normalised
    language = normalised.split("_")[0]
    if language in SUPPORTED_LOCALES:
        return language
    raise UnknownLocaleError(locale, SUPPORTED_LOCALES)


@lru_cache(maxsize=64)
def _number(value: int, locale: str) -> str:
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=locale))


def format_exact(value: Exact, locale: str = "en") -> str:
    """``13,333,333 1/3``: grouped digits for the whole part, the exact remainder as a fraction."""
    if type(value) is int:
        return _number(value, locale)
    fraction = Fraction(value)
    sign = "-" if fraction < 0 else ""
    whole, rest = divmod(abs(fraction.numerator), fraction.denominator)
    tail = f"{rest}/{fraction.denominator}"
    return f"{sign}{_number(whole, locale)} {tail}" if whole else f"{sign}{tail}"


def format_value(value: Money | Term, locale: str = "en") -> str:
    """One amount or term: ``250,000 CNY``, ``3 years 4 months``."""
    if isinstance(value, Money):
        return f"{format_exact(value.amount, locale)} {value.currency}"
    words = []
    for amount, unit in value.parts():
        plural = "" if amount == 1 else "s"
        words.append(f"{format_exact(amount, locale)} {unit.value}{plural}")
    return " ".join(words)


def format_interval(value: Interval[Any], locale: str = "en") -> str:
    """``250,000 CNY to 2,500,000 CNY`` with open ends said in words; a point is one value."""
    if value.is_point:
        return format_value(value.low, locale)
    low = format_value(value.low, locale)
    high = format_value(value.high, locale)
    left = f"from {low} inclusive" if value.low_closed else f"more than {low}"
    right = f"up to {high} inclusive" if value.high_closed else f"less than {high}"
    return f"{left} {right}"


_MODALITY = {
    Modality.SHALL: "shall",
    Modality.MAY: "may",
    Modality.AS_CIRCUMSTANCES_REQUIRE: "as the circumstances require",
}


def _sanction_line(sanction: Sanction, locale: str) -> str:
    who = " on each directly responsible person" if sanction.addressee is Addressee.RESPONSIBLE_PERSONS else ""
    text = f"{sanction.kind.label}{who} ({_MODALITY[sanction.modality]})"
    if sanction.range is not None:
        text += f": {format_interval(sanction.range, locale)}"
    return f"{text} [{sanction.basis}]"


def _param(name: str, value: Any, locale: str) -> str:
    if isinstance(value, Interval):
        return format_interval(value, locale)
    if isinstance(value, (Money, Term)):
        return format_value(value, locale)
    if isinstance(value, (int, Fraction)) and not isinstance(value, bool):
        return format_exact(value, locale)
    if isinstance(value, SanctionKind):
        return value.label
    if isinstance(value, enum.Enum):
        return MESSAGES.get(f"{name}.{value.value}", str(value.value))
    if isinstance(value, tuple):
        return ", ".join(_param(name, item, locale) for item in value) or "none"
    if isinstance(value, str):
        return MESSAGES.get(f"{name}.{value}", value)
    return str(value)


def step_text(step: Step, locale: str = "en") -> str:
    """The sentence of one step, from its registered template and locale-formatted params."""
    template = MESSAGES.get(f"step.{step.code}")
    if template is None:
        return step.code + "".join(f" {k}={v}" for k, v in step.params)
    return template.format(**{name: _param(name, value, locale) for name, value in step.params})


def explain(assessment: Assessment, locale: str = "en") -> str:
    """The English account of ``assessment`` (other locales: see :data:`SUPPORTED_LOCALES`)."""
    locale = _locale(locale)
    facts = assessment.facts
    lines = [f"{assessment.basis} ({assessment.article_id}), assessed on {facts.on.isoformat()}"]
    gains = "none" if facts.illegal_gains is None else format_value(facts.illegal_gains, locale)
    circumstances = ", ".join(sorted(c.value for c in facts.circumstances)) or "none"
    lines.append(f"Offender: {facts.offender.value}; illegal gains: {gains}; circumstances: {circumstances}")
    if assessment.tier is not None:
        lines.append(f"Tier: {assessment.tier}")
    if assessment.sanctions:
        lines.append("Sanctions:")
        for index, sanction in enumerate(assessment.sanctions, 1):
            lines.append(f"  {index}. {_sanction_line(sanction, locale)}")
    elif assessment.penal:
        lines.append("Sanctions: none")
    for combination in assessment.combinations:
        if combination.kind is CombinationKind.ALL_OF:
            continue
        members = [str(i + 1) for i in combination.members] + [f"group {g + 1}" for g in combination.groups]
        word = "one of" if combination.kind is CombinationKind.ONE_OF else "one or more of"
        lines.append(f"  {word} {', '.join(members)} [{combination.basis}]")
    if assessment.trace:
        lines.append("Reasoning:")
        for index, step in enumerate(assessment.trace, 1):
            lines.append(f"  {index}. {step_text(step, locale)} [{step.basis}]")
    if assessment.notes:
        lines.append("Notes:")
        for step in assessment.notes:
            lines.append(f"  - {step_text(step, locale)} [{step.basis}]")
    return "\n".join(lines)

"""Open readings of a text as named options with a documented default.

Where the law can be read two ways and no authority settles it, the library never chooses
silently: each act declares a frozen class of readings, every field a :func:`reading` whose
first value is the default, and the facts carry it as ``readings``. A formula node that depends
on a reading (:class:`~penalties.core.formula.Reading`) names the reading and the value used in
the trace, so an explanation always says which interpretation produced a figure.

    >>> from penalties import assess
    >>> a = assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01",
    ...            readings={"art47_business_measures": "low_gains_branch_only"})
    >>> [s.kind.value for s in a.sanctions]   # no suspension or revocation on the gains branch
    ['order_to_correct', 'confiscation_of_illegal_gains', 'fine', 'fine']
    >>> [dict(step.params) for step in a.trace if step.code == "reading"]
    [{'reading': 'art47_business_measures', 'value': 'low_gains_branch_only'}]
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs

from .errors import InvalidFactError

__all__ = ["reading", "reading_is", "reading_values", "readings_converter"]


def reading(*values: str) -> Any:
    """An attrs field for one open reading: ``values`` are the allowed values, the default first."""

    def check(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
        if not isinstance(value, str) or value not in values:
            raise InvalidFactError(f"readings.{attribute.name}", value, "one of " + ", ".join(map(repr, values)))

    return attrs.field(default=values[0], validator=check, metadata={"values": values})


def reading_values(readings_type: type) -> dict[str, tuple[str, ...]]:
    """Reading name -> allowed values (the default first), for documentation and user interfaces."""
    return {field.name: field.metadata["values"] for field in attrs.fields(readings_type)}


_DECLARED: dict[type, dict[str, tuple[str, ...]]] = {}


def reading_is(readings: Any, name: str, value: str) -> bool:
    """Whether the reading ``name`` of ``readings`` is ``value``; a value not declared is an error.

    Formulas and rules compare readings through this, never with ``==`` on a literal: a misspelt
    name or value raises ``ValueError`` (a declaration error, found by the first test that reaches
    it) instead of silently taking the other branch.
    """
    kind = type(readings)
    declared = _DECLARED.get(kind)
    if declared is None:
        declared = _DECLARED[kind] = reading_values(kind)
    allowed = declared.get(name)
    if allowed is None or value not in allowed:
        raise ValueError(f"{kind.__name__} declares no reading {name}={value!r}")
    result: bool = getattr(readings, name) == value
    return result


def readings_converter(readings_type: type) -> Callable[[object], Any]:
    """Converter for a ``readings`` fact: ``None`` (all defaults), an instance, or a mapping."""
    default = readings_type()
    names = tuple(reading_values(readings_type))

    def convert(value: object) -> Any:
        if value is None:
            return default
        if isinstance(value, readings_type):
            return value
        if isinstance(value, Mapping):
            for key in value:
                if key not in names:
                    raise InvalidFactError("readings", key, "a reading named " + ", ".join(names))
            return readings_type(**value)
        raise InvalidFactError("readings", value, "a mapping of reading name -> value, one of: " + ", ".join(names))

    return convert

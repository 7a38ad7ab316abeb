"""A plain-text outline of an article's formula, for ``python -m penalties show`` and for reading.

Every node reads as a sentence of the law. The groups, tiers and provisions of
:mod:`penalties.core.formula` have their wording here; any other node says itself through an
``outline()`` method, beside its formula, returning its line and what goes beneath it (nodes, or
``(heading, nodes)`` pairs). A node without one falls back to its class name and fields, so a new
node type never breaks the outline (a test keeps every catalogued article free of that fallback).
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from ..core.citation import Citation
from ..core.formula import (
    AllOf,
    AnyOf,
    FixedRange,
    GainsAmount,
    GainsBelow,
    GainsMultiple,
    Note,
    OneOf,
    Provision,
    Tiered,
)
from ..core.interval import Interval
from ..core.messages import MESSAGES
from ..core.money import format_exact
from ..core.sanction import Addressee

__all__ = ["outline"]

_GROUP_WORDS = {AllOf: "all of", OneOf: "one of", AnyOf: "any of (one or several)"}


def outline(formula: Any) -> str:
    """The formula as an indented outline (English)."""
    if formula is None:
        return "(no formula)"
    lines: list[str] = []
    _node(formula, 0, lines)
    return "\n".join(lines)


def _amount(amount: Any) -> str:
    if amount is None:
        return ""
    if isinstance(amount, FixedRange):
        return repr(amount.range)
    if isinstance(amount, GainsMultiple):
        return f"{format_exact(amount.low_factor)}x to {format_exact(amount.high_factor)}x the illegal gains, inclusive"
    if isinstance(amount, GainsBelow):
        return (
            f"if no gains or gains below {amount.threshold}: {_amount(amount.below)}; "
            f"otherwise: {_amount(amount.otherwise)}"
        )
    if isinstance(amount, GainsAmount):
        return "the illegal gains themselves"
    described = getattr(amount, "outline", None)
    if callable(described):
        text: str = described()[0]
        return text
    return _generic(amount)


def _generic(value: Any) -> str:
    if attrs.has(type(value)):
        fields = []
        for field in attrs.fields(type(value)):
            if not field.eq or field.name.startswith("_"):
                continue
            item = getattr(value, field.name)
            if isinstance(item, (Interval, Citation, int, str, enum.Enum)) or item is None:
                text = item.value if isinstance(item, enum.Enum) else str(item)
                fields.append(f"{field.name}={text}")
        return f"{type(value).__name__}({', '.join(fields)})"
    return repr(value)


def _node(node: Any, depth: int, lines: list[str]) -> None:
    pad = "  " * depth
    if isinstance(node, Tiered):
        for tier in node.tiers:
            when = ", ".join(sorted(c.value for c in tier.when)) or "no circumstance (basic)"
            lines.append(f"{pad}tier {tier.name!r} when {when} [{tier.basis}]:")
            for member in tier.body:
                _node(member, depth + 1, lines)
        return
    for group, word in _GROUP_WORDS.items():
        if type(node) is group:
            lines.append(f"{pad}{word} [{node.basis}]:")
            for member in node.members:
                _node(member, depth + 1, lines)
            return
    if isinstance(node, Provision):
        who = " on each directly responsible person" if node.addressee is Addressee.RESPONSIBLE_PERSONS else ""
        amount = _amount(node.amount)
        tail = f": {amount}" if amount else ""
        label = MESSAGES.get(f"kind.{node.kind.value}", node.kind.label)
        lines.append(f"{pad}- {label}{who} ({node.modality.value.replace('_', ' ')}){tail} [{node.basis}]")
        return
    if isinstance(node, Note):
        lines.append(f"{pad}- note: {node.code.replace('_', ' ')} [{node.basis}]")
        return
    described = getattr(node, "outline", None)
    if callable(described):
        line, children = described()
        lines.append(f"{pad}{'' if children else '- '}{line}")
        for child in children:
            if isinstance(child, tuple) and len(child) == 2 and isinstance(child[0], str):
                lines.append(f"{pad}  {child[0]}")
                for member in child[1]:
                    _node(member, depth + 2, lines)
            else:
                _node(child, depth + 1, lines)
        return
    members = getattr(node, "members", None) or getattr(node, "body", None)
    if isinstance(members, tuple):
        basis = getattr(node, "basis", None)
        lines.append(f"{pad}{type(node).__name__}" + (f" [{basis}]" if basis is not None else "") + ":")
        for member in members:
            _node(member, depth + 1, lines)
        return
    lines.append(f"{pad}- {_generic(node)}")

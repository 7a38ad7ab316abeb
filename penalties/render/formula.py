"""A plain-text outline of an article's formula, for ``python -m penalties show`` and for reading.

Every node reads as a sentence of the law, in the chosen locale. The groups, tiers, provisions
and amounts of :mod:`penalties.core.formula` have their sentences here; any other node says
itself through an ``outline(loc)`` method, beside its formula: given the
:class:`~penalties.render.i18n.Localizer`, it returns its line, already in the locale, and what
goes beneath it (nodes, or ``(heading, nodes)`` pairs whose heading is in the locale too). Every
sentence is a catalog template with named placeholders; values are formatted by the Localizer
(citations, ranges, amounts, terms, numbers in the locale's digits, labels of kinds, tiers,
circumstances and readings). A node without an ``outline`` falls back to its class name and
fields, so a new node type never breaks the outline (a test keeps every catalogued article free
of that fallback). Persian and Arabic lines get Unicode isolates around their left-to-right runs,
as explanations do (:func:`penalties.render.bidi.isolate_line`).
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
from ..core.messages import N_
from ..core.sanction import Addressee, Modality, SanctionKind
from .i18n import Localizer, localizer

__all__ = ["cited", "heading", "outline", "sanction_line", "times_gains"]

_GROUP_WORDS = {
    AllOf: N_("all of"),
    OneOf: N_("one of"),
    AnyOf: N_("any of (one or several)"),
}


def outline(formula: Any, locale: str = "en") -> str:
    """The formula as an indented outline in ``locale`` (English by default)."""
    loc = localizer(locale)
    if formula is None:
        lines = [loc.gettext(N_("(no formula)"))]
    else:
        lines = []
        _node(formula, 0, lines, loc)
    if loc.rtl:
        from .bidi import isolate_line

        lines = [isolate_line(line) for line in lines]
    return "\n".join(lines)


def cited(loc: Localizer, text: str, basis: Citation) -> str:
    """``text [citation]``, as explanations cite their lines (:meth:`Localizer.cited`)."""
    return loc.cited(text, basis)


def heading(loc: Localizer, text: str) -> str:
    """``text:``, the line above what follows it (``text：`` in Chinese; :meth:`Localizer.heading`)."""
    return loc.heading(text)


def sanction_line(
    loc: Localizer,
    kind: SanctionKind,
    modality: Modality,
    basis: Citation,
    addressee: Addressee = Addressee.OFFENDER,
) -> str:
    """``fine on each directly responsible person (may)``: the words of explanations' sanctions."""
    name = loc.kind(kind, basis.act_id)
    how = loc.label(f"modality.{modality.value}", modality.value.replace("_", " "))
    if addressee is Addressee.RESPONSIBLE_PERSONS:
        return loc.fill(N_("{kind} on each directly responsible person ({modality})"), kind=name, modality=how)
    if addressee is Addressee.RESPONSIBLE_MANAGERS:
        line = N_("{kind} on each directly responsible person in charge ({modality})")
        return loc.fill(line, kind=name, modality=how)
    return loc.fill(N_("{kind} ({modality})"), kind=name, modality=how)


def times_gains(loc: Localizer, low: Any, high: Any) -> str:
    """``1x to 10x the illegal gains, inclusive``."""
    return loc.fill(N_("{low}x to {high}x the illegal gains, inclusive"), low=loc.number(low), high=loc.number(high))


def _amount(amount: Any, loc: Localizer) -> str:
    if amount is None:
        return ""
    if isinstance(amount, FixedRange):
        return loc.interval(amount.range)
    if isinstance(amount, GainsMultiple):
        return times_gains(loc, amount.low_factor, amount.high_factor)
    if isinstance(amount, GainsBelow):
        return loc.fill(
            N_("if there are no gains or they are below {threshold}: {below}; otherwise: {otherwise}"),
            threshold=loc.money(amount.threshold),
            below=_amount(amount.below, loc),
            otherwise=_amount(amount.otherwise, loc),
        )
    if isinstance(amount, GainsAmount):
        return loc.gettext(N_("the illegal gains themselves"))
    described = getattr(amount, "outline", None)
    if callable(described):
        text: str = described(loc)[0]
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


def _node(node: Any, depth: int, lines: list[str], loc: Localizer) -> None:
    pad = "  " * depth
    if isinstance(node, Tiered):
        for tier in node.tiers:
            name = loc.param("tier", tier.name)
            if tier.when:
                named = [loc.param("circumstances", c.value) for c in sorted(tier.when, key=lambda c: c.value)]
                line = loc.fill(N_("tier {tier}, when {circumstances}"), tier=name, circumstances=loc.list(named, "or"))
            else:
                line = loc.fill(N_("tier {tier}, with no circumstance"), tier=name)
            lines.append(pad + heading(loc, cited(loc, line, tier.basis)))
            for member in tier.body:
                _node(member, depth + 1, lines, loc)
        return
    for group, word in _GROUP_WORDS.items():
        if isinstance(node, group):
            lines.append(pad + heading(loc, cited(loc, loc.gettext(word), node.basis)))
            for member in node.members:
                _node(member, depth + 1, lines, loc)
            return
    if isinstance(node, Provision):
        line = sanction_line(loc, node.kind, node.modality, node.basis, node.addressee)
        amount = _amount(node.amount, loc)
        if amount:
            line = loc.fill(N_("{sanction}: {range}"), sanction=line, range=amount)
        lines.append(f"{pad}- {cited(loc, line, node.basis)}")
        return
    if isinstance(node, Note):
        note = loc.label(f"note.{node.code}", node.code.replace("_", " "))
        line = loc.fill(N_("note: {note}"), note=note)
        lines.append(f"{pad}- {cited(loc, line, node.basis)}")
        return
    described = getattr(node, "outline", None)
    if callable(described):
        line, children = described(loc)
        lines.append(f"{pad}{'' if children else '- '}{line}")
        for child in children:
            if isinstance(child, tuple) and len(child) == 2 and isinstance(child[0], str):
                lines.append(f"{pad}  {child[0]}")
                for member in child[1]:
                    _node(member, depth + 2, lines, loc)
            else:
                _node(child, depth + 1, lines, loc)
        return
    members = getattr(node, "members", None) or getattr(node, "body", None)
    if isinstance(members, tuple):
        basis = getattr(node, "basis", None)
        lines.append(f"{pad}{type(node).__name__}" + (f" [{basis}]" if basis is not None else "") + ":")
        for member in members:
            _node(member, depth + 1, lines, loc)
        return
    lines.append(f"{pad}- {_generic(node)}")

"""Compiled evaluation plans: the fast path of :meth:`Article.assess`.

The tree of formula nodes is the reference semantics. Most of a statute's sanctions do not depend
on the facts (a warning; a fine of 50,000-500,000 yuan), so for a given tier and offender kind
the tree is flattened once into a :class:`Plan`: precomputed sanctions, steps and combinations,
with only the fact-dependent provisions (a multiple of the gains) left to evaluate per call.

A plan is exact, not an approximation: when a fact-dependent provision turns out not to apply
(nothing to confiscate), the structure of the result changes, and the plan hands over to the tree
evaluation. Trees with node types the compiler does not know are always evaluated as trees.
"""

from __future__ import annotations

from typing import Any

import attrs

from ._make import maker
from .facts import OffenderKind
from .formula import (
    Evaluation,
    NotApplicable,
    Note,
    Provision,
    Reading,
    Ref,
    Step,
    Tier,
    _Group,
)
from .sanction import Combination, Sanction

__all__ = ["Plan", "compile_tier"]

# Item tags (small ints: the loop in Plan.run compares them millions of times).
_SANCTION, _STEP, _NOTE, _DYNAMIC = 0, 1, 2, 3


_make_sanction = maker(Sanction)


class NotCompilable(Exception):
    """The tree holds a node type that plans do not cover."""


@attrs.frozen
class Plan:
    """A flattened tier: items to replay in order, and the combinations they form."""

    items: tuple[tuple[Any, ...], ...]
    combinations: tuple[Combination, ...]
    tier_step: Step | None

    #: The items grouped for replay: (sanctions, steps, notes) that do not depend on the facts,
    #: then the dynamic provision that follows them (or None); derived from ``items``.
    _segments: tuple[tuple[Any, ...], ...] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        segments: list[tuple[Any, ...]] = []
        sanctions: list[Sanction] = []
        trace: list[Step] = [] if self.tier_step is None else [self.tier_step]
        notes: list[Step] = []
        for item in self.items:
            tag = item[0]
            if tag == _SANCTION:
                sanctions.append(item[1])
                if item[2] is not None:
                    trace.append(item[2])
            elif tag == _STEP:
                trace.append(item[1])
            elif tag == _NOTE:
                notes.append(item[1])
            else:
                segments.append((tuple(sanctions), tuple(trace), tuple(notes), item[1]))
                sanctions, trace, notes = [], [], []
        if sanctions or trace or notes or not segments:
            segments.append((tuple(sanctions), tuple(trace), tuple(notes), None))
        object.__setattr__(self, "_segments", tuple(segments))

    def run(self, ev: Evaluation) -> bool:
        """Fill ``ev``; False when a dynamic provision did not apply (the caller falls back)."""
        sanctions = ev.sanctions
        trace = ev.trace
        for static_sanctions, steps, notes, provision in self._segments:
            if static_sanctions:
                sanctions.extend(static_sanctions)
            if steps:
                trace.extend(steps)
            if notes:
                ev.notes.extend(notes)
            if provision is not None:
                try:
                    value = provision.amount.evaluate(ev, provision.basis)
                except NotApplicable:
                    return False
                sanctions.append(
                    _make_sanction(provision.kind, provision.addressee, provision.modality, provision.basis, value)
                )
        ev.combinations.extend(self.combinations)
        return True


def compile_tier(body: tuple[Any, ...], offender: OffenderKind, tier_step: Step | None, readings: Any = None) -> Plan:
    """Flatten ``body`` (the nodes of one tier) for ``offender`` and ``readings``.

    Raises :class:`NotCompilable` when the tree holds a node type that plans do not cover.
    """
    items: list[tuple[Any, ...]] = []
    combinations: list[Combination] = []
    count = [0]

    def walk(node: Any) -> tuple[Ref, ...]:
        if isinstance(node, Provision):
            if node.addressee.persons and offender is OffenderKind.INDIVIDUAL:
                items.append((_STEP, node._not_applicable("individual_offender")))
                return ()
            if node.amount is None or node.amount.static:
                sanction, step = node._static()
                items.append((_SANCTION, sanction, step))
            else:
                items.append((_DYNAMIC, node))
            count[0] += 1
            return (("sanction", count[0] - 1),)
        if type(node) is Reading:
            value, nodes = node.chosen(readings)
            items.append((_STEP, node.step(value)))
            reading_refs: list[Ref] = []
            for member in nodes:
                reading_refs.extend(walk(member))
            return tuple(reading_refs)
        if type(node) is Note:
            items.append((_NOTE, node.step()))
            return ()
        if isinstance(node, _Group) and type(node).evaluate is _Group.evaluate:
            refs: list[Ref] = []
            for member in node.members:
                refs.extend(walk(member))
            if len(refs) < 2:
                return tuple(refs)
            sanctions = tuple(i for kind, i in refs if kind == "sanction")
            groups = tuple(i for kind, i in refs if kind == "combination")
            combinations.append(Combination(node.KIND, sanctions, node.basis, groups))
            return (("combination", len(combinations) - 1),)
        raise NotCompilable(type(node).__name__)

    for node in body:
        walk(node)
    return Plan(tuple(items), tuple(combinations), tier_step)


def tier_step(tier: Tier, matched: tuple[str, ...]) -> Step:
    return Step("tier", tier.basis, (("tier", tier.name), ("circumstances", matched)))

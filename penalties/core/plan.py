"""Compiled evaluation plans: the one evaluator of formulas.

A formula means what its plan does. Each node type compiles itself (``node.compile(ctx)``, see
:mod:`penalties.core.formula`) into a :class:`Plan` for one *situation*: the offender, the
circumstances, the readings, the span of dates between two of the article's change dates, and
the answers to the few questions its nodes ask about the facts (``ctx.decide``: is there any
illegal gain? is it below 100,000 yuan? which branch of Art 742 applies? which commission?).
Everything that follows from the situation is computed once: sanctions, combinations, steps,
notes, and the act-wide rules folded over them. What still depends on the exact facts (a
multiple of the gains, a step naming them) is left as a small dynamic operation.

- :class:`Context` is what a node sees while it compiles: the situation, ``decide`` for the rest,
  and the operations it records (``sanction``, ``dynamic``, ``step``, ``note``, ``combine``,
  ``run`` for an opaque part evaluated at run time).
- :class:`Program` caches the plans of one formula (or rule-bearing article) in a decision tree:
  the situation key, then one switch per question, in the order the compiler asked them. The
  cache lives beside the frozen nodes (in the :class:`~penalties.core.article.Article`), never
  in them, so ``attrs.evolve`` of any node starts from nothing.
- A plan whose result does not depend on the exact facts holds it ready (``Plan.result``); one
  with dynamic operations replays its static segments around them; one with opaque parts runs
  its operations in order.
- :meth:`Plan.shape` describes one money sanction as a function of the gains (a constant range,
  a multiple of the gains, or unknown) for :mod:`penalties.batch` and :mod:`penalties.whatif`;
  :func:`gains_pieces` finds the breakpoints of the gains at which the plan changes.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import threading
from collections.abc import Callable, Hashable, Iterable
from fractions import Fraction
from typing import Any

import attrs

from ._make import maker
from .facts import Facts, OffenderKind
from .formula import Evaluation, NotApplicable, Ref, Step
from .interval import Interval
from .sanction import Addressee, Combination, CombinationKind, Sanction, SanctionKind

__all__ = [
    "Context",
    "Dynamic",
    "NotCompilable",
    "Plan",
    "Program",
    "Shape",
    "compile_amount",
    "gains_pieces",
    "linear_ends",
    "value_of",
]

_make_sanction = maker(Sanction)
_make_combination = maker(Combination)

#: Cache bound: plans per program (situations times answers); cleared beyond it.
PLAN_LIMIT = 4096

# Operation tags.
_S, _D, _T, _DT, _N, _C, _R, _TIER, _PENAL = range(9)

Shape = tuple[Any, ...] | None
"""How a money sanction depends on an amount fact (the gains, a turnover): ``("const", range)``,
``("linear", low, high)`` (``low`` to ``high`` times the amount, both ends included),
``("linear", low, high, low_closed, high_closed)`` (ends included as the flags say: ``(0, 5% x
turnover]`` is ``("linear", 0, Fraction(1, 20), False, True)``) or ``None`` (unknown)."""


def linear_ends(shape: tuple[Any, ...]) -> tuple[bool, bool]:
    """Whether the low and the high end of a ``"linear"`` :data:`Shape` are included."""
    return (bool(shape[3]), bool(shape[4])) if len(shape) > 3 else (True, True)


class NotCompilable(Exception):
    """A formula part has no piecewise description in the gains (batch and whatif ask assess())."""


class Dynamic:
    """An amount known only from the exact facts: ``fn(ev)`` gives the range and adds its steps.

    ``shape`` describes it as a function of the amount fact ``over`` (see :data:`Shape`; ``None``:
    the gains); ``may_drop`` is True for an amount that may find at run time that it does not
    apply (raises ``NotApplicable``).
    """

    __slots__ = ("fn", "may_drop", "over", "shape")

    def __init__(
        self,
        fn: Callable[[Evaluation], Interval[Any]],
        shape: Shape = None,
        may_drop: bool = False,
        over: str | None = None,
    ) -> None:
        self.fn = fn
        self.shape = shape
        self.may_drop = may_drop
        self.over = over


def value_of(compiled: Interval[Any] | Dynamic, ev: Evaluation) -> Interval[Any]:
    """The range of a compiled amount for the facts of ``ev``."""
    return compiled.fn(ev) if isinstance(compiled, Dynamic) else compiled


def compile_amount(amount: Any, ctx: Context, basis: Any) -> Interval[Any] | Dynamic:
    """Compile an amount formula: its ``compile(ctx, basis)``, or its ``evaluate`` at run time."""
    compiler = getattr(amount, "compile", None)
    if compiler is not None:
        compiled: Interval[Any] | Dynamic = compiler(ctx, basis)
        return compiled
    # An amount formula that only knows how to evaluate itself: opaque, evaluated per call.
    return Dynamic(lambda ev: amount.evaluate(ev, basis), None, may_drop=True)


class _Decision:
    __slots__ = ("fn", "key", "reads", "value")

    def __init__(self, key: Hashable, fn: Callable[[Any], Hashable], reads: tuple[str, ...] | None, value: Any) -> None:
        self.key, self.fn, self.reads, self.value = key, fn, reads, value


class Context:
    """What a node sees while it compiles, and the plan it records.

    The situation (``offender``, ``circumstances``, ``readings``, ``on`` within its span) may be
    read freely. Anything else about the facts is asked through :meth:`decide` (or its helpers
    :meth:`has_gains`, :meth:`gains_below`, :meth:`value`), so that the plan is reused only for
    facts that give the same answers. ``facts`` is there for error messages and run-time
    operations; reading it at compile time for anything else would tie the plan to one case.
    """

    def __init__(self, facts: Facts, dates: tuple[_dt.date, ...] = ()) -> None:
        self.facts = facts
        self.offender: OffenderKind = facts.offender
        self.circumstances: frozenset[Any] = facts.circumstances
        self.readings: Any = getattr(facts, "readings", None)
        self.on: _dt.date = facts.on
        self.dates = dates
        self.decisions: list[_Decision] = []
        self._asked: dict[Hashable, Any] = {}
        self.ops: list[tuple[Any, ...]] = []
        self._slots = 0
        self.opaque = False

    # -- questions about the facts ------------------------------------------------------------
    def decide(self, key: Hashable, fn: Callable[[Any], Hashable], reads: tuple[str, ...] | None = None) -> Any:
        """``fn(facts)``, recorded: the plan is reused only for facts where ``fn`` gives the same.

        ``key`` names the question (equal keys: the same question); ``reads`` names the facts
        ``fn`` reads (``None``: unknown), which tells batch and whatif whether the gains matter.
        """
        if key in self._asked:
            return self._asked[key]
        value = fn(self.facts)
        self._asked[key] = value
        self.decisions.append(_Decision(key, fn, reads, value))
        return value

    def has_gains(self) -> bool:
        """Whether there are illegal gains above zero (``None`` and 0 are none)."""
        return bool(self.decide(("gains_positive",), _gains_positive, self._gains_reads()))

    def gains_below(self, threshold: Any) -> bool:
        """Whether the gains (none counting as 0) are strictly below ``threshold`` (Money)."""
        amount = threshold.amount
        return bool(self.decide(("gains_below", amount), _GainsBelow(amount), self._gains_reads()))

    def _gains_reads(self) -> tuple[str, ...]:
        # Facts without a gains fact have no gains: the answer reads nothing of the case.
        name = self.facts.GAINS_FACT
        return () if name is None else (name,)

    def amount_positive(self, name: str) -> bool:
        """Whether the amount fact ``name`` (a turnover, a procurement amount) is given and above zero.

        Like :meth:`has_gains` for another amount: batch and whatif describe the plan piecewise
        in that fact (:func:`gains_pieces` with ``fact=name``).
        """
        return bool(self.decide(("amount_positive", name), _AmountPositive(name), (name,)))

    def amount_below(self, name: str, threshold: Any) -> bool:
        """Whether the amount fact ``name`` (none counting as 0) is strictly below ``threshold`` (a number)."""
        return bool(self.decide(("amount_below", name, threshold), _AmountBelow(name, threshold), (name,)))

    def value(self, name: str) -> Any:
        """The exact value of the fact ``name`` (one plan per value: for small counts)."""
        return self.decide(("value", name), _Attr(name), (name,))

    # -- the plan -------------------------------------------------------------------------------
    def _slot(self) -> int:
        self._slots += 1
        return self._slots - 1

    def sanction(self, sanction: Sanction) -> tuple[int, ...]:
        """A sanction known at compile time."""
        slot = self._slot()
        self.ops.append((_S, sanction, slot))
        return (slot,)

    def dynamic(
        self, kind: SanctionKind, addressee: Addressee, modality: Any, basis: Any, amount: Dynamic, drop: Any = None
    ) -> tuple[int, ...]:
        """A sanction whose range ``amount`` computes per call; ``drop(reason)`` gives the step
        recorded when the amount finds it does not apply (``NotApplicable``)."""
        slot = self._slot()
        self.ops.append((_D, (kind, addressee, modality, basis), amount, slot, drop))
        if amount.may_drop:
            self.opaque = True
        return (slot,)

    def step(self, step: Step) -> None:
        self.ops.append((_T, step))

    def dynamic_step(self, fn: Callable[[Evaluation], None]) -> None:
        """Steps that name the exact facts: ``fn(ev)`` appends them per call."""
        self.ops.append((_DT, fn))

    def note(self, step: Step) -> None:
        self.ops.append((_N, step))

    def tier(self, name: str | None) -> None:
        self.ops.append((_TIER, name))

    def penal(self, value: bool | None) -> None:
        self.ops.append((_PENAL, value))

    def combine(
        self,
        kind: CombinationKind,
        basis: Any,
        members: Iterable[int],
        lead: Iterable[int] = (),
        collapse: bool = True,
    ) -> tuple[int, ...]:
        """A combination of the sanctions and combinations that ``members`` evaluate to.

        ``collapse``: fewer than two members are returned as they are (a group that lost
        members, e.g. no persons' fine for an individual, is just its rest). ``lead`` are refs
        placed first among the combination's groups.
        """
        slot = self._slot()
        self.ops.append((_C, kind, basis, tuple(lead), tuple(members), collapse, slot))
        return (slot,)

    def run(self, fn: Callable[[Evaluation], tuple[Ref, ...]]) -> tuple[int, ...]:
        """An opaque part: ``fn(ev)`` evaluates it per call and returns its refs."""
        slot = self._slot()
        self.ops.append((_R, fn, slot))
        self.opaque = True
        return (slot,)

    def compile(self, node: Any) -> tuple[int, ...]:
        """Compile one node (its ``compile(ctx)``; a node with only ``evaluate(ev)`` is opaque)."""
        compiler = getattr(node, "compile", None)
        if compiler is not None:
            slots: tuple[int, ...] = compiler(self)
            return slots
        return self.run(node.evaluate)

    def compile_all(self, nodes: Iterable[Any]) -> tuple[int, ...]:
        slots: list[int] = []
        for node in nodes:
            slots.extend(self.compile(node))
        return tuple(slots)

    def program(self, compile: Callable[[Context], Any]) -> Program:
        """A nested program (compiled lazily per call, e.g. the tier a grader picks at run time)."""
        return Program(compile, self.dates)


def _gains_positive(facts: Any) -> bool:
    gains = facts.gains()
    return gains is not None and gains.amount > 0


class _GainsBelow:
    __slots__ = ("threshold",)

    def __init__(self, threshold: Any) -> None:
        self.threshold = threshold

    def __call__(self, facts: Any) -> bool:
        gains = facts.gains()
        return bool((0 if gains is None else gains.amount) < self.threshold)


class _AmountPositive:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, facts: Any) -> bool:
        amount = getattr(facts, self.name)
        return amount is not None and amount.amount > 0


class _AmountBelow:
    __slots__ = ("name", "threshold")

    def __init__(self, name: str, threshold: Any) -> None:
        self.name, self.threshold = name, threshold

    def __call__(self, facts: Any) -> bool:
        amount = getattr(facts, self.name)
        return bool((0 if amount is None else amount.amount) < self.threshold)


class _Attr:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, facts: Any) -> Any:
        return getattr(facts, self.name)


# ---------------------------------------------------------------------------------------------
class Plan:
    """The compiled formula for one situation and one set of answers.

    ``result`` is ``(tier, penal, sanctions, combinations, trace, notes)`` when nothing depends on
    the exact facts; otherwise :meth:`run` fills an :class:`Evaluation`. ``rules`` are act-wide
    rules applied per call (only when they could not be folded into the plan).
    """

    __slots__ = (
        "_root_refs",
        "_segments",
        "combinations",
        "decisions",
        "gains_fact",
        "opaque",
        "ops",
        "penal_value",
        "result",
        "roots",
        "rules",
        "tier_name",
        "tier_set",
    )

    def __init__(self, ctx: Context, roots: tuple[int, ...] = ()) -> None:
        self.ops = tuple(ctx.ops)
        self.roots = roots
        self.tier_set = False
        self.decisions = tuple(ctx.decisions)
        self.gains_fact: str | None = ctx.facts.GAINS_FACT
        self.opaque = ctx.opaque
        self.rules: tuple[Any, ...] = ()
        self.result: tuple[Any, ...] | None = None
        self.tier_name: str | None = None
        self.penal_value: bool | None = None
        self.combinations: tuple[Combination, ...] = ()
        self._segments: tuple[tuple[Any, ...], ...] = ()
        self._root_refs: tuple[Ref, ...] = ()
        if not self.opaque:
            self._flatten()

    def _flatten(self) -> None:
        """Resolve every ref at compile time (the shape is fixed) and group the static items."""
        refs: dict[int, tuple[Ref, ...]] = {}
        n_sanctions = 0
        combinations: list[Combination] = []
        segments: list[tuple[Any, ...]] = []
        sanctions: list[Sanction] = []
        trace: list[Step] = []
        notes: list[Step] = []
        dynamic = False
        for op in self.ops:
            tag = op[0]
            if tag == _S:
                sanctions.append(op[1])
                refs[op[2]] = (("sanction", n_sanctions),)
                n_sanctions += 1
            elif tag == _D or tag == _DT:
                segments.append((tuple(sanctions), tuple(trace), tuple(notes), op))
                sanctions, trace, notes = [], [], []
                dynamic = True
                if tag == _D:
                    refs[op[3]] = (("sanction", n_sanctions),)
                    n_sanctions += 1
            elif tag == _T:
                trace.append(op[1])
            elif tag == _N:
                notes.append(op[1])
            elif tag == _C:
                _kind, basis, lead, members, collapse, slot = op[1:]
                found = [ref for s in lead for ref in refs[s]] + [ref for s in members for ref in refs[s]]
                if collapse and len(found) < 2:
                    refs[slot] = tuple(found)
                    continue
                combinations.append(_combination(_kind, basis, found))
                refs[slot] = (("combination", len(combinations) - 1),)
            elif tag == _TIER:
                self.tier_name = op[1]
                self.tier_set = True
            elif tag == _PENAL:
                self.penal_value = op[1]
        if sanctions or trace or notes or not segments:
            segments.append((tuple(sanctions), tuple(trace), tuple(notes), None))
        self.combinations = tuple(combinations)
        self._segments = tuple(segments)
        self._root_refs = tuple(ref for slot in self.roots for ref in refs[slot])
        if not dynamic:
            only = segments[0]
            self.result = (self.tier_name, self.penal_value, only[0], self.combinations, only[1], only[2])

    def run(self, ev: Evaluation) -> tuple[Ref, ...]:
        """Fill ``ev`` (it may already hold items: refs are counted from where it stands)."""
        if self.opaque or ev.sanctions or ev.combinations:
            refs = self._run_ops(ev)
        else:
            refs = self._replay(ev)
        for article, rule in self.rules:
            rule_apply(rule, article, ev)
        return refs

    def produce(self, facts: Facts) -> tuple[Any, ...]:
        """``(tier, penal, sanctions, combinations, trace, notes)`` for ``facts`` (what
        :attr:`result` holds when it does not depend on the exact facts)."""
        ev = Evaluation(facts)
        if self.opaque or self.rules:
            self.run(ev)
            return (ev.tier, ev.penal, tuple(ev.sanctions), tuple(ev.combinations), tuple(ev.trace), tuple(ev.notes))
        sanctions, trace, notes = ev.sanctions, ev.trace, ev.notes
        for static_sanctions, steps, static_notes, op in self._segments:
            if static_sanctions:
                sanctions.extend(static_sanctions)
            if steps:
                trace.extend(steps)
            if static_notes:
                notes.extend(static_notes)
            if op is not None:
                if op[0] == _D:
                    kind, addressee, modality, basis = op[1]
                    sanctions.append(_make_sanction(kind, addressee, modality, basis, op[2].fn(ev)))
                else:
                    op[1](ev)
        return (self.tier_name, self.penal_value, tuple(sanctions), self.combinations, tuple(trace), tuple(notes))

    def _replay(self, ev: Evaluation) -> tuple[Ref, ...]:
        sanctions, trace, notes = ev.sanctions, ev.trace, ev.notes
        for static_sanctions, steps, static_notes, op in self._segments:
            if static_sanctions:
                sanctions.extend(static_sanctions)
            if steps:
                trace.extend(steps)
            if static_notes:
                notes.extend(static_notes)
            if op is not None:
                if op[0] == _D:
                    kind, addressee, modality, basis = op[1]
                    sanctions.append(_make_sanction(kind, addressee, modality, basis, op[2].fn(ev)))
                else:
                    op[1](ev)
        ev.combinations.extend(self.combinations)
        if self.tier_set:
            ev.tier = self.tier_name
        if self.penal_value is not None:
            ev.penal = self.penal_value
        return self._root_refs

    def _run_ops(self, ev: Evaluation) -> tuple[Ref, ...]:
        refs: dict[int, tuple[Ref, ...]] = {}
        for op in self.ops:
            tag = op[0]
            if tag == _S:
                ev.sanctions.append(op[1])
                refs[op[2]] = (("sanction", len(ev.sanctions) - 1),)
            elif tag == _D:
                kind, addressee, modality, basis = op[1]
                try:
                    value = op[2].fn(ev)
                except NotApplicable as reason:
                    if op[4] is None:
                        raise
                    ev.trace.append(op[4](reason.reason))
                    refs[op[3]] = ()
                    continue
                ev.sanctions.append(_make_sanction(kind, addressee, modality, basis, value))
                refs[op[3]] = (("sanction", len(ev.sanctions) - 1),)
            elif tag == _T:
                ev.trace.append(op[1])
            elif tag == _DT:
                op[1](ev)
            elif tag == _N:
                ev.notes.append(op[1])
            elif tag == _C:
                _kind, basis, lead, members, collapse, slot = op[1:]
                found = [ref for s in lead for ref in refs[s]] + [ref for s in members for ref in refs[s]]
                if collapse and len(found) < 2:
                    refs[slot] = tuple(found)
                    continue
                ev.combinations.append(_combination(_kind, basis, found))
                refs[slot] = (("combination", len(ev.combinations) - 1),)
            elif tag == _R:
                refs[op[2]] = tuple(op[1](ev))
            elif tag == _TIER:
                ev.tier = op[1]
            elif tag == _PENAL:
                ev.penal = op[1]
        return tuple(ref for slot in self.roots for ref in refs[slot])

    # -- descriptions -------------------------------------------------------------------------
    def shape(self, kind: SanctionKind, addressee: Addressee, fact: str | None = None, facts: Any = None) -> Shape:
        """The first sanction of ``kind`` for ``addressee`` as a function of the amount ``fact``
        (default: the gains).

        ``("const", None)`` when the plan provides none. An amount linear in another fact is
        constant in this one: its range for ``facts`` (the plan's own facts), or, without them,
        :class:`NotCompilable`. Raises :class:`NotCompilable` when it cannot be described (opaque
        parts, rules applied per call).
        """
        if self.opaque or self.rules:
            raise NotCompilable("opaque")
        if self.result is not None:
            for sanction in self.result[2]:
                if sanction.kind is kind and sanction.addressee is addressee:
                    return ("const", sanction.range)
            return ("const", None)
        for op in self.ops:
            if op[0] == _S and op[1].kind is kind and op[1].addressee is addressee:
                return ("const", op[1].range)
            if op[0] == _D and op[1][0] is kind and op[1][1] is addressee:
                shape: Shape = op[2].shape
                if shape is None:
                    raise NotCompilable("an amount without a shape")
                if shape[0] == "linear" and (op[2].over or self.gains_fact) != (fact or self.gains_fact):
                    if facts is None:
                        raise NotCompilable("an amount linear in another fact")
                    return ("const", op[2].fn(Evaluation(facts)))
                return shape
        return ("const", None)

    def gains_breakpoints(self, fact: str | None = None) -> tuple[Any, ...] | None:
        """The thresholds of the amount ``fact`` (default: the gains) this plan's answers depend on
        (``None``: not only thresholds)."""
        found: list[Any] = []
        name = self.gains_fact if fact is None else fact
        for decision in self.decisions:
            if decision.reads is None:
                return None
            if name in decision.reads:
                key: Any = decision.key
                if key[0] == "gains_positive" and name == self.gains_fact:
                    found.append(0)
                elif key[0] == "gains_below" and name == self.gains_fact:
                    found.append(key[1])
                elif key[0] == "amount_positive" and key[1] == name:
                    found.append(0)
                elif key[0] == "amount_below" and key[1] == name:
                    found.append(key[2])
                else:
                    return None
        return tuple(found)


def _combination(kind: CombinationKind, basis: Any, refs: list[Ref]) -> Combination:
    sanctions = tuple(i for tag, i in refs if tag == "sanction")
    groups = tuple(i for tag, i in refs if tag == "combination")
    return _make_combination(kind, sanctions, basis, groups)


def rule_apply(rule: Any, article: Any, ev: Evaluation) -> None:
    """Apply an act-wide rule per call (a plan with parts known only per call, or a rule that
    only knows how to ``apply`` itself): questions are answered at once."""
    fold = getattr(rule, "fold", None)
    if fold is None:
        rule.apply(article, ev)
    else:
        fold(article, Context(ev.facts), ev)


# ---------------------------------------------------------------------------------------------
_TOKENS_LOCK = threading.Lock()


class _Switch:
    __slots__ = ("branches", "fn", "key")

    def __init__(self, decision: _Decision) -> None:
        self.key = decision.key
        self.fn = decision.fn
        self.branches: dict[Any, Any] = {}


class Memo:
    """A bounded memo of descriptions derived from a program's plans (batch kernels, say)."""

    __slots__ = ("_items",)

    def __init__(self) -> None:
        self._items: dict[Any, Any] = {}

    def get(self, key: Any) -> Any:
        return self._items.get(key)

    def put(self, key: Any, value: Any) -> None:
        if len(self._items) >= PLAN_LIMIT:
            self._items.clear()
        self._items[key] = value


class Program:
    """The plans of one formula, compiled on first use per situation and answers.

    ``compile(ctx)`` records the formula into the context; the program caches the resulting plan
    under the situation key ``(offender, circumstances, readings, span of dates)`` and the
    answers to the questions asked while compiling. ``dates`` are the first days on which the
    formula may give another result (its declared change dates).
    """

    __slots__ = ("_compile", "_count", "_plans", "_readings", "_tokens", "dates", "finish", "memo")

    def __init__(
        self,
        compile: Callable[[Context], Any],
        dates: tuple[_dt.date, ...] = (),
        finish: Callable[[Context, Plan], None] | None = None,
    ) -> None:
        self._compile = compile
        self.dates = dates
        self.finish = finish
        self._plans: dict[Any, Any] = {}
        self._readings: dict[int, tuple[Any, int]] = {}
        self._tokens: dict[Any, int] = {}
        self._count = 0
        self.memo = Memo()

    def key(self, facts: Facts) -> tuple[Any, ...]:
        readings = getattr(facts, "readings", None)
        # Readings are compared by value, through a number per distinct value; the common objects
        # (an act's shared default) are recognised by identity, which saves hashing their fields.
        known = self._readings.get(id(readings))
        if known is not None and known[0] is readings:
            token: Any = known[1]
        else:
            with _TOKENS_LOCK:  # one number per value, never reused (threads share programs)
                token = self._tokens.get(readings)
                if token is None:
                    if len(self._tokens) < PLAN_LIMIT:
                        token = self._tokens[readings] = len(self._tokens)
                    else:
                        token = ("readings", readings)  # beyond the bound: the value itself
                if len(self._readings) < 64 and type(token) is int:
                    self._readings[id(readings)] = (readings, token)
        dates = self.dates
        # The offender by its value: an enumeration member's own hash is a Python call.
        offender = facts.offender._value_
        return (offender, facts.circumstances, token, bisect.bisect_right(dates, facts.on) if dates else 0)

    def plan(self, facts: Facts) -> Plan:
        """The plan for ``facts`` (compiled now if these facts are the first of their kind)."""
        readings = getattr(facts, "readings", None)
        known = self._readings.get(id(readings))
        if known is not None and known[0] is readings:
            dates = self.dates
            key = (
                facts.offender._value_,
                facts.circumstances,
                known[1],
                bisect.bisect_right(dates, facts.on) if dates else 0,
            )
        else:
            key = self.key(facts)
        entry = self._plans.get(key)
        while isinstance(entry, _Switch):
            entry = entry.branches.get(entry.fn(facts))
        if entry is not None:
            found: Plan = entry
            return found
        return self._add(key, facts)

    def _add(self, key: tuple[Any, ...], facts: Facts) -> Plan:
        ctx = Context(facts, self.dates)
        roots = self._compile(ctx)
        plan = Plan(ctx, tuple(roots or ()))
        if self.finish is not None:
            self.finish(ctx, plan)
            plan.decisions = tuple(ctx.decisions)
        if self._count >= PLAN_LIMIT:
            self._plans.clear()
            self._count = 0
        self._count += 1
        decisions = plan.decisions
        if not decisions:
            self._plans[key] = plan
            return plan
        entry = self._plans.get(key)
        if entry is None:
            entry = self._plans[key] = _Switch(decisions[0])
        for index, decision in enumerate(decisions):
            if not isinstance(entry, _Switch) or entry.key != decision.key:
                return plan  # compiled differently than before (should not happen): not cached
            if index == len(decisions) - 1:
                entry.branches[decision.value] = plan
            else:
                nxt = entry.branches.get(decision.value)
                if nxt is None:
                    nxt = entry.branches[decision.value] = _Switch(decisions[index + 1])
                entry = nxt
        return plan


def gains_pieces(
    article: Any, facts: Facts, kind: SanctionKind, addressee: Addressee, fact: str | None = None
) -> list[tuple[int, Shape, Any]]:
    """One money sanction of ``article`` over whole gains, the other facts as in ``facts``.

    ``fact`` names another amount fact to describe it over (``"turnover"``, say): the same
    pieces, with ``from_gains`` read as that amount (0: the fact is ``None``). The formulas
    declare their thresholds in it through :meth:`Context.amount_positive` and
    :meth:`Context.amount_below`.

    Returns ``[(from_gains, shape, error), ...]`` in ascending ``from_gains`` (the first is 0):
    each piece holds from its ``from_gains`` up to the next piece's, with the sanction's
    :data:`Shape` there, or ``error`` (the :class:`~penalties.core.errors.PenaltiesError` that
    ``assess()`` raises there, e.g. a multiple of zero gains) and no shape. Adjacent pieces with
    one shape are merged. Raises :class:`NotCompilable` when the plans depend on the gains other
    than through thresholds, or the sanction has no shape (an opaque part, a rule per call).
    """
    from .article import Article
    from .errors import InvalidFactError, PenaltiesError

    if not isinstance(article, Article):
        raise InvalidFactError("article", article, "an Article (penalties.article(id))")
    if not isinstance(facts, article.act.facts_type):
        raise InvalidFactError("facts", facts, f"an instance of {article.act.facts_type.__name__}")
    if not isinstance(kind, SanctionKind):
        raise InvalidFactError("kind", kind, "a SanctionKind")
    if not isinstance(addressee, Addressee):
        raise InvalidFactError("addressee", addressee, "an Addressee")
    if fact is None and facts.GAINS_FACT is None:
        expected = f"an article of an act with a gains fact ({article.act.id} has none)"
        raise InvalidFactError("article", article.id, expected)
    governing = article.version_on(facts.offence_day)
    if governing is None or governing is not article.version_on(facts.on):
        # Two texts (or none) for the two dates: the time rule weighs them case by case.
        raise NotCompilable("the texts in force on the offence date and on the decision date differ")
    # One text on both dates (an earlier text, say, on dates before an amendment): its plans.
    article = article._version_article(governing)
    if fact is not None and fact not in type(facts).field_names():
        raise InvalidFactError("fact", fact, f"an amount fact of {type(facts).__name__}")
    name: str = fact if fact is not None else str(facts.GAINS_FACT)
    cache: dict[int, Any] = {}
    made_at: dict[int, Facts] = {}

    def at(gains: int) -> Any:
        if gains not in cache:
            made = made_at[gains] = attrs.evolve(facts, **{name: gains or None})
            try:
                cache[gains] = article.plan(made)
            except PenaltiesError as error:
                cache[gains] = error
        return cache[gains]

    starts: set[int] = {0, 1}
    pending = [0, 1]
    while pending:
        found = at(pending.pop())
        if isinstance(found, PenaltiesError):
            continue
        thresholds = found.gains_breakpoints(name)
        if thresholds is None:
            raise NotCompilable("the plan reads the gains other than through thresholds")
        for threshold in thresholds:
            first = 1 if threshold == 0 else _ceil(threshold)
            if first > 0 and first not in starts:
                starts.add(first)
                pending.append(first)
        if len(starts) > 256:
            raise NotCompilable("too many pieces")
    pieces: list[tuple[int, Shape, Any]] = []
    for start in sorted(starts):
        found = at(start)
        piece: tuple[int, Shape, Any]
        if isinstance(found, PenaltiesError):
            piece = (start, None, found)
        else:
            piece = (start, found.shape(kind, addressee, name, made_at[start]), None)
        if pieces and pieces[-1][2] is None and piece[2] is None and pieces[-1][1] == piece[1]:
            continue
        pieces.append(piece)
    return pieces


def _ceil(value: Any) -> int:
    if isinstance(value, Fraction):
        return -(-value.numerator // value.denominator)
    return int(value) if int(value) == value else int(value) + 1

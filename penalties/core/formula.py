"""Formula nodes: a statute's penalty clause as an inspectable tree.

An article's formula is a tree of small frozen objects that a caller can read
(``catalog.article("cn.dsl.47").formula``) and evaluate against the facts of a case:

- amount formulas give the range of one sanction: :class:`FixedRange` (五万元以上五十万元以下),
  :class:`GainsMultiple` (违法所得一倍以上十倍以下), :class:`GainsBelow` (the branch for no gains or
  gains under a threshold), :class:`GainsAmount` (confiscation of the gains themselves);
- :class:`Provision` is one sanction of the text with its kind, addressee, modality and citation;
- :class:`AllOf`, :class:`OneOf` and :class:`AnyOf` say how provisions combine ("and", "or",
  "or both");
- :class:`Tiered` picks a tier (basic / serious / ...) from the circumstances of the case.

A formula means what its compiled plan does (:mod:`penalties.core.plan`, the one evaluator):
the result is an :class:`Evaluation`'s content, i.e. the sanctions, how they combine, and a trace
of :class:`Step` records that explains each figure.

The node protocol (what a new node type implements):

- ``compile(self, ctx) -> tuple[int, ...]``: record the node into the plan through the
  :class:`~penalties.core.plan.Context` and return the slots of what it contributes (pass them
  to ``ctx.combine``). ``ctx.offender``, ``ctx.circumstances``, ``ctx.readings`` and ``ctx.on``
  (the span between two change dates) may be read freely; any other fact is asked through
  ``ctx.decide(key, fn, reads)`` (helpers ``ctx.has_gains()``, ``ctx.gains_below(threshold)``,
  ``ctx.value(name)``), so the plan is reused only for facts that answer alike. What is known
  goes in as ``ctx.sanction``, ``ctx.step``, ``ctx.note``, ``ctx.tier``, ``ctx.penal``; what
  names the exact facts as ``ctx.dynamic`` (a sanction whose range is computed per call) or
  ``ctx.dynamic_step``; children through ``ctx.compile(node)``.
- An amount formula implements ``compile(self, ctx, basis)`` returning the range
  (:class:`~penalties.core.interval.Interval`) or a :class:`~penalties.core.plan.Dynamic`
  (``fn(ev)`` plus its shape in the gains, for batches and sweeps); ``static = True`` marks a
  range fixed in the text (the trace then shows it as a ``range`` step).
- ``change_dates``: the first days on which the node gives another result (an amount in force
  from a decree's date). Every date a node compares ``ctx.on`` with must be declared here:
  plans, batches and sweeps are keyed on the spans between them.
- ``outline(loc)`` for :func:`penalties.render.formula.outline`.

A node with only the old ``evaluate(ev) -> refs`` method is still accepted: the plan treats it
as opaque and calls it per case. Every core node keeps ``evaluate`` as a thin call of its plan.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Protocol

import attrs

from . import messages as _messages  # noqa: F401  (registers the step templates)
from ._make import maker
from .citation import Citation
from .errors import InvalidFactError
from .facts import Facts, OffenderKind
from .interval import Interval, _make_interval
from .messages import N_
from .money import Exact, Money, _make_money
from .sanction import Addressee, Combination, CombinationKind, Modality, Sanction, SanctionKind

__all__ = [
    "GAINS_NODES",
    "AllOf",
    "AmountFormula",
    "AnyOf",
    "Evaluation",
    "FixedRange",
    "GainsAmount",
    "GainsBelow",
    "GainsMultiple",
    "IfGainsBelow",
    "Node",
    "NotApplicable",
    "OneOf",
    "Provision",
    "Reading",
    "Ref",
    "Step",
    "Tier",
    "Tiered",
]


@attrs.frozen
class Step:
    """One step of an assessment's reasoning.

    ``code`` names the kind of step (the renderers hold a sentence for each code, in every
    language); ``params`` are the exact values the sentence mentions; ``basis`` is the rule applied.

    Codes: ``tier`` (tier chosen from the circumstances), ``range`` (a statutory range),
    ``gains_below`` / ``gains_not_below`` (which branch of a gains threshold applies),
    ``gains_multiple`` (a range computed from the gains), ``gains_amount`` (the gains themselves),
    ``not_applicable`` (a provision of the text that does not reach this offender), ``note``
    (a consequence outside the fine ranges, such as a criminal referral).
    """

    code: str
    basis: Citation
    params: tuple[tuple[str, Any], ...] = ()

    def param(self, name: str) -> Any:
        for key, value in self.params:
            if key == name:
                return value
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "basis": self.basis.to_dict(),
            "params": {key: _param_json(value) for key, value in self.params},
        }


#: ``Step(code, basis, params)`` for the hot path (every field given; see ``core._make``).
_make_step = maker(Step)
_make_sanction = maker(Sanction)
_make_combination = maker(Combination)


def _param_json(value: Any) -> Any:
    from .facts import _jsonable

    if isinstance(value, Interval):
        return {
            "low": value.low.to_dict(),
            "high": value.high.to_dict(),
            "low_closed": value.low_closed,
            "high_closed": value.high_closed,
        }
    if isinstance(value, Fraction):
        return str(value)
    return _jsonable(value)


class NotApplicable(Exception):
    """Raised inside evaluation when a provision does not reach the case (e.g. nothing to confiscate)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Evaluation:
    """Mutable accumulator used while one assessment is evaluated (never shared between calls)."""

    __slots__ = ("combinations", "facts", "notes", "penal", "sanctions", "tier", "trace")

    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        self.sanctions: list[Sanction] = []
        self.combinations: list[Combination] = []
        self.trace: list[Step] = []
        self.notes: list[Step] = []
        self.tier: str | None = None
        #: Set to False by a node that finds the case below every threshold of the article (not a
        #: crime under it); ``None`` keeps the article's own ``penal``.
        self.penal: bool | None = None


class AmountFormula(Protocol):
    """Gives the range of one sanction."""

    #: True for a range fixed in the text (shown in the trace as a ``range`` step).
    static: bool

    def compile(self, ctx: Any, basis: Citation) -> Any: ...


def _evaluate_amount(amount: Any, ev: Evaluation, basis: Citation) -> Interval[Any]:
    """An amount formula's range for ``ev``'s facts, through its plan (the one evaluator)."""
    from .plan import Context, Plan, value_of

    ctx = Context(ev.facts)
    compiled = amount.compile(ctx, basis)
    Plan(ctx).run(ev)  # the steps the amount recorded while compiling
    return value_of(compiled, ev)


def _evaluate_node(node: Any, ev: Evaluation) -> tuple[Ref, ...]:
    """A node's contribution to ``ev``, through its plan (the one evaluator)."""
    from .plan import Context, Plan

    ctx = Context(ev.facts)
    roots = node.compile(ctx)
    return Plan(ctx, tuple(roots)).run(ev)


@attrs.frozen
class FixedRange:
    """A range fixed in the text: 五万元以上五十万元以下 = [50,000, 500,000] (以上/以下 include the number)."""

    range: Interval[Any]
    static = True

    def compile(self, ctx: Any, basis: Citation) -> Interval[Any]:
        return self.range

    def evaluate(self, ev: Evaluation, basis: Citation) -> Interval[Any]:
        return self.range


def _gains_or_zero(ev: Evaluation, currency: str) -> Money:
    gains = ev.facts.gains()
    return Money(0, currency) if gains is None else gains


@attrs.frozen
class GainsMultiple:
    """违法所得一倍以上十倍以下: ``low_factor`` to ``high_factor`` times the illegal gains, inclusive."""

    low_factor: Exact
    high_factor: Exact
    static = False

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.low_factor <= self.high_factor:
            raise ValueError(f"factors must satisfy 0 <= low <= high: {self.low_factor}, {self.high_factor}")

    def compile(self, ctx: Any, basis: Citation) -> Any:
        from .plan import Dynamic

        if not ctx.has_gains():
            raise InvalidFactError(
                str(ctx.facts.GAINS_FACT),
                ctx.facts.gains(),
                f"a positive amount: {basis} fines a multiple of the illegal gains",
            )
        low_factor, high_factor = self.low_factor, self.high_factor
        whole = type(low_factor) is int and type(high_factor) is int

        def run(ev: Evaluation) -> Interval[Any]:
            gains: Any = ev.facts.gains()
            amount = gains.amount
            # Gains are > 0 and the factors ordered (checked at declaration), so the ends are ordered.
            if whole and type(amount) is int:
                # int x int is exact and keeps the currency (the hot path of Money.__mul__, inlined).
                currency = gains.currency
                low, high = _make_money(amount * low_factor, currency), _make_money(amount * high_factor, currency)
            else:
                low, high = gains * low_factor, gains * high_factor
            result = _make_interval(low, high, True, True)
            ev.trace.append(
                _make_step(
                    "gains_multiple",
                    basis,
                    (("gains", gains), ("low_factor", low_factor), ("high_factor", high_factor), ("range", result)),
                )
            )
            return result

        return Dynamic(run, ("linear", low_factor, high_factor))

    def evaluate(self, ev: Evaluation, basis: Citation) -> Interval[Any]:
        return _evaluate_amount(self, ev, basis)


@attrs.frozen
class GainsBelow:
    """没有违法所得或者违法所得不足十万元的: a branch on the gains.

    With no gains, or gains strictly below ``threshold`` (不足 excludes the number), ``below``
    applies; otherwise ``otherwise`` does.
    """

    threshold: Money
    below: AmountFormula
    otherwise: AmountFormula
    static = False

    def compile(self, ctx: Any, basis: Citation) -> Any:
        from .plan import Dynamic, compile_amount, value_of

        threshold = self.threshold
        if ctx.gains_below(threshold):
            below = compile_amount(self.below, ctx, basis)

            def run_below(ev: Evaluation) -> Interval[Any]:
                result = value_of(below, ev)
                gains = _gains_or_zero(ev, threshold.currency)
                ev.trace.append(
                    _make_step("gains_below", basis, (("gains", gains), ("threshold", threshold), ("range", result)))
                )
                return result

            shape = ("const", below) if isinstance(below, Interval) else below.shape
            return Dynamic(run_below, shape)

        threshold_param = ("threshold", threshold)

        def step_not_below(ev: Evaluation) -> None:
            gains = _gains_or_zero(ev, threshold.currency)
            ev.trace.append(_make_step("gains_not_below", basis, (("gains", gains), threshold_param)))

        probe = len(ctx.ops)
        ctx.dynamic_step(step_not_below)
        otherwise = compile_amount(self.otherwise, ctx, basis)
        if isinstance(otherwise, Interval):
            return Dynamic(lambda ev: otherwise, ("const", otherwise))
        if len(ctx.ops) == probe + 1 and not otherwise.may_drop:
            # Nothing recorded between the step and the range: one operation per call, not two.
            ctx.ops.pop()
            run_otherwise = otherwise.fn

            def run(ev: Evaluation) -> Interval[Any]:
                step_not_below(ev)
                return run_otherwise(ev)

            return Dynamic(run, otherwise.shape)
        return otherwise

    def evaluate(self, ev: Evaluation, basis: Citation) -> Interval[Any]:
        return _evaluate_amount(self, ev, basis)


@attrs.frozen
class GainsAmount:
    """The illegal gains themselves (没收违法所得); not applicable when there are none."""

    static = False

    def compile(self, ctx: Any, basis: Citation) -> Any:
        from .plan import Dynamic

        if not ctx.has_gains():
            raise NotApplicable("no_illegal_gains")

        def run(ev: Evaluation) -> Interval[Any]:
            gains = ev.facts.gains()
            ev.trace.append(_make_step("gains_amount", basis, (("gains", gains),)))
            return _make_interval(gains, gains, True, True)

        return Dynamic(run, ("linear", 1, 1))

    def evaluate(self, ev: Evaluation, basis: Citation) -> Interval[Any]:
        return _evaluate_amount(self, ev, basis)


Ref = tuple[str, int]
"""A reference to an evaluated item: ``("sanction", index)`` or ``("combination", index)``."""


class Node(Protocol):
    """Anything that contributes sanctions to an evaluation (see the module docstring)."""

    def compile(self, ctx: Any) -> tuple[int, ...]: ...


@attrs.frozen
class Provision:
    """One sanction of the text: kind, addressee, modality, amount formula and citation.

    A provision addressed to the directly responsible persons does not reach an individual
    offender: an individual has no "directly responsible persons" (the trace says so).
    """

    kind: SanctionKind
    modality: Modality
    basis: Citation
    amount: AmountFormula | None = None
    addressee: Addressee = Addressee.OFFENDER

    def compile(self, ctx: Any) -> tuple[int, ...]:
        from .plan import Dynamic, compile_amount

        if self.addressee.persons and ctx.offender is OffenderKind.INDIVIDUAL:
            ctx.step(self._not_applicable("individual_offender"))
            return ()
        amount = self.amount
        if amount is None:
            return ctx.sanction(Sanction(self.kind, self.addressee, self.modality, self.basis, None))  # type: ignore[no-any-return]
        try:
            compiled = compile_amount(amount, ctx, self.basis)
        except NotApplicable as reason:
            ctx.step(self._not_applicable(reason.reason))
            return ()
        if isinstance(compiled, Dynamic):
            return ctx.dynamic(self.kind, self.addressee, self.modality, self.basis, compiled, self._not_applicable)  # type: ignore[no-any-return]
        if getattr(amount, "static", False):
            ctx.step(
                Step("range", self.basis, (("kind", self.kind), ("addressee", self.addressee), ("range", compiled)))
            )
        return ctx.sanction(Sanction(self.kind, self.addressee, self.modality, self.basis, compiled))  # type: ignore[no-any-return]

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)

    def _not_applicable(self, reason: str) -> Step:
        return Step(
            "not_applicable",
            self.basis,
            (("kind", self.kind), ("addressee", self.addressee), ("reason", reason)),
        )


@attrs.frozen
class _Group:
    members: tuple[Node, ...]
    basis: Citation

    KIND = CombinationKind.ALL_OF

    @property
    def children(self) -> tuple[Node, ...]:
        return self.members

    def compile(self, ctx: Any) -> tuple[int, ...]:
        # A group that lost members (e.g. no persons' fine for an individual) is just its rest.
        return ctx.combine(self.KIND, self.basis, ctx.compile_all(self.members))  # type: ignore[no-any-return]

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)


@attrs.frozen
class AllOf(_Group):
    """All members apply together (并处, "and")."""

    KIND = CombinationKind.ALL_OF


@attrs.frozen
class OneOf(_Group):
    """Exactly one member is chosen (或者): e.g. suspension, rectification or revocation."""

    KIND = CombinationKind.ONE_OF


@attrs.frozen
class AnyOf(_Group):
    """One member or several: "imprisonment or fine or both", 并处或者单处."""

    KIND = CombinationKind.ANY_OF


@attrs.frozen
class Note:
    """A consequence outside the sanctions that the text states (e.g. 构成犯罪的，依法追究刑事责任)."""

    code: str
    basis: Citation

    def step(self) -> Step:
        return Step("note", self.basis, (("note", self.code),))

    def compile(self, ctx: Any) -> tuple[int, ...]:
        ctx.note(self.step())
        return ()

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)


@attrs.frozen
class Reading:
    """A part of a formula that depends on an open reading of the text (see ``core.readings``).

    ``choices`` maps each value of the reading ``name`` (a field of the facts' ``readings``) to
    the nodes that apply under it; the trace names the reading and the value used.
    """

    name: str
    choices: tuple[tuple[str, tuple[Node, ...]], ...]
    basis: Citation

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        line = loc.fill(N_("by the open reading: {reading}"), reading=loc.param("reading", self.name))
        return loc.heading(loc.cited(line, self.basis)), tuple(
            (loc.heading(loc.reading_value(self.name, value)), nodes) for value, nodes in self.choices
        )

    def chosen(self, readings: Any) -> tuple[str, tuple[Node, ...]]:
        value = getattr(readings, self.name)
        for choice, nodes in self.choices:
            if choice == value:
                return value, nodes
        raise ValueError(f"reading {self.name}={value!r} has no branch")  # a declaration error

    def step(self, value: str) -> Step:
        return Step("reading", self.basis, (("reading", self.name), ("value", value)))

    def compile(self, ctx: Any) -> tuple[int, ...]:
        value, nodes = self.chosen(ctx.readings)
        ctx.step(self.step(value))
        return ctx.compile_all(nodes)  # type: ignore[no-any-return]

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)


@attrs.frozen
class IfGainsBelow:
    """Nodes that apply only when there are no gains or gains strictly below ``threshold``."""

    threshold: Money
    nodes: tuple[Node, ...]
    basis: Citation

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        line = loc.fill(N_("if there are no gains or they are below {threshold}"), threshold=loc.money(self.threshold))
        return loc.heading(loc.cited(line, self.basis)), self.nodes

    def compile(self, ctx: Any) -> tuple[int, ...]:
        threshold, basis = self.threshold, self.basis
        below = ctx.gains_below(threshold)
        code = "condition_gains_below" if below else "condition_gains_not_below"

        def step(ev: Evaluation) -> None:
            gains = _gains_or_zero(ev, threshold.currency)
            ev.trace.append(Step(code, basis, (("gains", gains), ("threshold", threshold))))

        ctx.dynamic_step(step)
        if not below:
            return ()
        return ctx.compile_all(self.nodes)  # type: ignore[no-any-return]

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)


@attrs.frozen
class Tier:
    """A tier of an article: its name, the circumstances that trigger it, and its sanctions.

    A tier with no triggers is the basic tier; a tier applies when any one of its triggers is
    among the facts' circumstances (the text's "or": 拒不改正或者造成...严重后果).
    """

    name: str
    body: tuple[Node, ...]
    basis: Citation
    when: frozenset[Any] = frozenset()


@attrs.frozen
class Tiered:
    """Tiers selected by circumstances; the last tier whose trigger is met wins (the most serious)."""

    tiers: tuple[Tier, ...]

    def select(self, circumstances: frozenset[Any]) -> Tier:
        chosen = self.tiers[0]
        for tier in self.tiers[1:]:
            if tier.when & circumstances:
                chosen = tier
        return chosen

    def compile(self, ctx: Any) -> tuple[int, ...]:
        tier = self.select(ctx.circumstances)
        ctx.tier(tier.name)
        matched = tuple(sorted(c.value for c in tier.when & ctx.circumstances))
        ctx.step(Step("tier", tier.basis, (("tier", tier.name), ("circumstances", matched))))
        return ctx.compile_all(tier.body)  # type: ignore[no-any-return]

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)

    @property
    def circumstances(self) -> frozenset[Any]:
        """Every circumstance that some tier understands."""
        found: frozenset[Any] = frozenset()
        for tier in self.tiers:
            found |= tier.when
        return found


Formula = Tiered | Node


#: Formula terms that read the illegal gains: an article without one refuses gains as a fact.
GAINS_NODES: tuple[type, ...] = (GainsMultiple, GainsBelow, GainsAmount, IfGainsBelow)

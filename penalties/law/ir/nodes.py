"""Formula nodes that the Computer Crimes Law needs beyond the core ones.

- :class:`DatedFine`: a fine whose range comes from the dated schedule of amounts (Art 781), so
  the sanction's citation names the instrument that set the figure, with its status;
- :class:`Branches`: the conditional branches of an article ("if the owner still holds the data",
  "sent to fewer than ten persons", "first / second / third time"), chosen from the facts;
- :class:`CompoundableHalving`: Art 744's imprisonment, halved since 1399 (a named reading);
- :class:`Undeterminable`: a branch for which the text gives no figure (typed error or note).

Each compiles itself into the plan (``compile(ctx)``, see :mod:`penalties.core.formula`) and
leaves a step in the trace; its English sentence is registered below. The dates they compare the
date of judgment with are declared (``change_dates``).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import attrs

from ...core.citation import Citation
from ...core.errors import InvalidFactError, NotDeterminableError
from ...core.formula import Evaluation, Node, Ref, Step, _evaluate_amount, _evaluate_node
from ...core.interval import Interval
from ...core.messages import N_, message
from ...core.readings import reading_is
from ...core.sanction import Addressee, Modality, Sanction, SanctionKind
from ...core.term import Term
from .amounts import Figure, Schedule
from .time import alternative_reading_step, dated_figure

__all__ = ["Branch", "Branches", "Check", "CompoundableHalving", "DatedFine", "Undeterminable"]

message(
    "step.dated_amount",
    N_("the {kind} in force on the date of judgment is {range}, set by {decree} ({status}; sources: {sources})"),
)
message("step.branch", N_("{tier} applies: {condition}"))
message("step.not_determinable", N_("the {what} is not determinable: {reason}"))
message("point.max", N_("the maximum"))
message("point.min", N_("the minimum"))
# The condition that Art 742 note 2 sets on the recipients (a Check of the Computer Crimes Law), for outlines.
N_("fewer than 10 (or not given) for Art 742 note 2; from ten recipients Art 742 applies: ir.ipc.742")


@attrs.frozen
class DatedFine:
    """A fine on the offender whose range is picked from ``schedule`` by the date of judgment.

    ``point`` fixes the fine at one end: ``"max"`` for "the maximum of both punishments"
    (742 note 3, 744 note, 753 note), ``"min"`` for "the minimum of one of them" (742 note 1).
    """

    schedule: Schedule
    basis: Citation
    modality: Modality = Modality.SHALL
    point: str | None = None

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        """``fine (shall), by the date of judgment: 5,000,000 ... 20,000,000 Iranian rials (from ...); ...``."""
        from ...render.formula import cited, sanction_line

        line = sanction_line(loc, SanctionKind.FINE, self.modality, self.basis)
        if self.point is not None:
            line = loc.fill(N_("{sanction}, at {point}"), sanction=line, point=loc.param("point", self.point))
        figures = [
            loc.fill(
                N_("{range} (from {date})"), range=loc.interval(figure.range), date=loc.date(figure.decree.effective)
            )
            for figure in self.schedule.figures
        ]
        separator = loc.gettext(N_("; "))
        line = loc.fill(
            N_("{sanction}, by the date of judgment: {figures}"), sanction=line, figures=separator.join(figures)
        )
        return cited(loc, line, self.basis), ()

    @property
    def change_dates(self) -> tuple[_dt.date, ...]:
        """The dates from which the schedule's figures are in force."""
        return tuple(figure.decree.effective for figure in self.schedule.figures)

    def compile(self, ctx: Any) -> tuple[int, ...]:
        if not ctx.decide(("offence_date_is_on",), _offence_date_is_on, ("on", "offence_date")):
            # Committed before the judgment: the amounts of either date may apply (IPC Art 28,
            # reading amounts_basis), and the trace names both dates; evaluated per case.
            dated: tuple[int, ...] = ctx.run(self._evaluate_dated)
            return dated
        figure = self.schedule.at(ctx.on, ctx.readings)
        if self.schedule.alternatives:
            named = alternative_reading_step(self.schedule, figure, ctx.readings)
            if named is not None:
                ctx.step(named)
        sanction, step = self._build(figure)
        slots: tuple[int, ...] = ctx.sanction(sanction)
        ctx.step(step)
        return slots

    def _evaluate_dated(self, ev: Evaluation) -> tuple[Ref, ...]:
        facts: Any = ev.facts
        figure, day = dated_figure(ev, self.schedule)  # IPC Art 28: the date whose amounts apply
        sanction, step = self._build(figure)
        ev.sanctions.append(sanction)
        if day != facts.on:
            step = Step("dated_amount_on", step.basis, (*step.params, ("date", day)))
        ev.trace.append(step)
        return (("sanction", len(ev.sanctions) - 1),)

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)

    def _build(self, figure: Figure) -> tuple[Sanction, Step]:
        value = figure.range
        if self.point == "max":
            value = Interval(value.high, value.high)
        elif self.point == "min":
            value = Interval(value.low, value.low)
        basis = attrs.evolve(self.basis, source=figure.source)
        sanction = Sanction(SanctionKind.FINE, Addressee.OFFENDER, self.modality, basis, value)
        params: tuple[tuple[str, Any], ...] = (
            ("kind", SanctionKind.FINE),
            ("range", value),
            ("decree", figure.decree.label),
            ("status", figure.status.value),
            ("sources", ", ".join(figure.sources)),
            ("schedule_range", figure.range),
        )
        if self.point is not None:
            params += (("point", self.point),)
        return sanction, Step("dated_amount", basis, params)


def _offence_date_is_on(facts: Any) -> bool:
    offence = facts.offence_date
    return offence is None or offence == facts.on


@attrs.frozen
class Branch:
    """One branch: its name, the condition (``None``: otherwise), what the trace says, its body."""

    name: str
    condition: str
    body: tuple[Node, ...]
    basis: Citation
    when: Callable[[Any], bool] | None = attrs.field(default=None, eq=False)


@attrs.frozen
class Branches:
    """The first branch whose condition holds applies; a branch with no condition always holds."""

    branches: tuple[Branch, ...]

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        from ...render.formula import cited, heading

        return loc.gettext(N_("the first of these that the facts meet:")), tuple(
            (heading(loc, cited(loc, loc.gettext(branch.condition), branch.basis)), branch.body)
            for branch in self.branches
        )

    def select(self, facts: Any) -> Branch:
        return self.branches[self._index(facts)]

    def _index(self, facts: Any) -> int:
        for index, branch in enumerate(self.branches):
            if branch.when is None or branch.when(facts):
                return index
        raise AssertionError("a Branches node ends with an unconditional branch")

    def compile(self, ctx: Any) -> tuple[int, ...]:
        branch = self.branches[ctx.decide(("branches", id(self)), self._index)]
        ctx.tier(branch.name)
        ctx.step(Step("branch", branch.basis, (("tier", branch.name), ("condition", branch.condition))))
        slots: tuple[int, ...] = ctx.compile_all(branch.body)
        return slots

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)


#: Law on Reducing Ta'zir Imprisonment (قانون کاهش مجازات حبس تعزیری), approved 1399/02/23
#: (2020-05-12). The library applies the halving to judgments from that date; the date of its
#: publication and entry into force is not in the law notes (unverified).
REDUCING_LAW_DATE = _dt.date(2020, 5, 12)


@attrs.frozen
class CompoundableHalving:
    """Art 744's imprisonment: as enacted, or halved for a compoundable offence (reading ``art744_halving``).

    IPC Art 104 as amended by Art 11 of the 1399 Law on Reducing Ta'zir Imprisonment lists 744 as
    compoundable (VERIFIED), and its note halves the minimum and maximum ta'zir imprisonment of
    compoundable offences of degrees 4-8: 91 days-2 years becomes 45 1/2 days-1 year
    (SINGLE-SOURCE; whether it survived the 1403/02/25 amendment of Art 104 is unverified).
    """

    range: Interval[Term]
    #: ``"max"``: the maximum only (744 note: "the maximum of both punishments").
    point: str | None = None
    static = False

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        shown = loc.term(self.range.high) if self.point == "max" else loc.interval(self.range)
        line = loc.fill(
            N_("{range}; halved for judgments from {date} (compoundable offence; open reading: {reading})"),
            range=shown,
            date=loc.date(REDUCING_LAW_DATE),
            reading=loc.param("reading", "art744_halving"),
        )
        return line, ()

    change_dates = (REDUCING_LAW_DATE,)

    def evaluate(self, ev: Evaluation, basis: Citation) -> Interval[Any]:
        return _evaluate_amount(self, ev, basis)

    def compile(self, ctx: Any, basis: Citation) -> Interval[Any]:
        if not reading_is(ctx.readings, "art744_halving", "apply") or ctx.on < REDUCING_LAW_DATE:
            if ctx.on >= REDUCING_LAW_DATE:
                ctx.step(_reading_step(basis, "art744_halving", "ignore", "imprisonment as enacted"))
            return self._point(self.range)
        halved = self._point(self.range * Fraction(1, 2))
        ctx.step(
            _reading_step(
                basis,
                "art744_halving",
                "apply",
                "IPC Art 104 (1399) makes Art 744 compoundable and halves its imprisonment (SINGLE-SOURCE)",
            )
        )
        return halved

    def _point(self, value: Interval[Term]) -> Interval[Term]:
        return Interval(value.high, value.high) if self.point == "max" else value


def _reading_step(basis: Citation, reading: str, value: str, effect: str) -> Step:
    return Step("reading", basis, (("reading", reading), ("value", value), ("effect", effect)))


reading_step = _reading_step


@attrs.frozen
class Check:
    """A condition the provision's own text sets on a fact; a case outside it is an input error.

    Example: Art 742 note 2 is for fewer than ten recipients; from ten, Art 742 itself applies.
    """

    field: str
    expected: str
    ok: Callable[[Any], bool] = attrs.field(eq=False)

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        line = loc.fill(
            N_("only where {fact} is {expected}"),
            fact=loc.param("fact", self.field),
            expected=loc.gettext(self.expected),
        )
        return line, ()

    def compile(self, ctx: Any) -> tuple[int, ...]:
        if not ctx.decide(("check", id(self)), self._holds, (self.field,)):
            raise InvalidFactError(self.field, getattr(ctx.facts, self.field), self.expected)
        return ()

    def _holds(self, facts: Any) -> bool:
        return bool(self.ok(getattr(facts, self.field)))

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)


@attrs.frozen
class Undeterminable:
    """A branch the text leaves without a figure: raise, or record a note, as the reading says."""

    article_id: str
    what: str
    reason: str
    basis: Citation
    reading: str
    fallback: tuple[Node, ...] = ()

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        from ...render.formula import cited, heading

        line = loc.fill(
            N_("the {what} is not determinable: {reason} (open reading: {reading})"),
            what=loc.gettext(self.what),
            reason=loc.gettext(self.reason),
            reading=loc.param("reading", self.reading),
        )
        line = cited(loc, line, self.basis)
        if not self.fallback:
            return line, ()
        other = heading(loc, loc.gettext(N_("otherwise, under the other reading")))
        return heading(loc, line), ((other, self.fallback),)

    def compile(self, ctx: Any) -> tuple[int, ...]:
        value = getattr(ctx.readings, self.reading)
        if reading_is(ctx.readings, self.reading, "not_determinable"):
            raise NotDeterminableError(self.article_id, self.what, self.reason, reading=self.reading)
        ctx.step(_reading_step(self.basis, self.reading, value, self.reason))
        slots: tuple[int, ...] = ctx.compile_all(self.fallback)
        return slots

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)

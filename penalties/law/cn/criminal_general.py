"""PRC Criminal Law, general part: term kinds, fines, unit crime, and tiers derived from thresholds.

The special part of the Criminal Law (刑法分则) writes "情节严重的，处三年以下有期徒刑或者拘役，并处或者
单处罚金"; what that means in numbers comes from the general part and from judicial interpretations.
This module holds those general rules once, as formula nodes that :mod:`.criminal_law` uses:

- **Term kinds** (Arts 38, 42, 45): 有期徒刑 fixed-term imprisonment is 6 months-15 years, so
  "三年以下有期徒刑" is [6 months, 3 years]; 拘役 criminal detention is 1-6 months; 管制 public
  surveillance is 3 months-2 years. "三年以下有期徒刑或者拘役" is one of two kinds (:class:`OneOf`),
  never one range from 1 month to 3 years.
- **Fines**: "并处罚金" adds a mandatory fine; "并处或者单处罚金" means the fine is always imposed,
  either added to the custodial sentence or alone (:class:`AddedOrAlone`). Where the statute sets no
  amount, the Code has no cap (Art 52) and the SPC Provisions on Property Penalties (2000) Art 2 set a
  floor of 1,000 yuan (500 for a minor): the fine's range is then ``None`` (the statute leaves the
  amount open, as :class:`~penalties.core.sanction.Sanction` documents) and the trace states the floor;
  :func:`fine_floor` and :func:`fine_guideline` read them back. A fine measured in multiples of the
  gains (Art 180) has a real range.
- **Unit crime** (Arts 30-31): the unit is fined and its directly responsible persons are punished
  under the paragraph (:class:`ByOffender`).
- **Tiers from thresholds** (:class:`Graded`): the interpretations turn 情节严重 / 情节特别严重 into
  numbers. A :class:`Grader` reads the facts, leaves one step per threshold (exact numbers; 以上
  includes the number, Art 99) and says which tier is reached; named circumstances reach a tier too.
  Below every threshold the assessment says so: ``penal`` is False, there are no sanctions, and a
  ``not_a_crime`` note names the article.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from ...core.citation import Citation
from ...core.errors import InvalidFactError, NotDeterminableError
from ...core.facts import OffenderKind
from ...core.formula import Evaluation, Node, Ref, Step, Tier, Tiered, _evaluate_node
from ...core.interval import Interval
from ...core.messages import N_, message
from ...core.money import Exact, Money, exact
from ...core.plan import Context, Dynamic
from ...core.sanction import Addressee, CombinationKind, Modality, Quantity, Sanction, SanctionKind, register_kind
from ...core.term import Term
from .time import Undetermined, interpretation_applies

if TYPE_CHECKING:
    from ...core.assessment import Assessment

__all__ = [
    "CRIMINAL_DETENTION",
    "DEATH_PENALTY_KIND",
    "FINE_FLOOR",
    "FINE_FLOOR_MINOR",
    "FIXED_TERM_IMPRISONMENT",
    "LIFE_IMPRISONMENT_KIND",
    "PUBLIC_SURVEILLANCE",
    "AddedOrAlone",
    "ByOffender",
    "CriminalFine",
    "Graded",
    "Grader",
    "Heavier",
    "InformationClass",
    "InformationGroup",
    "ItemCounts",
    "MinorLeniency",
    "fine_floor",
    "fine_guideline",
    "fixed_term",
    "to_item_counts",
]

CL_ID, CL_TITLE = "cn.cl", "PRC Criminal Law"


def cl(article: str, paragraph: int | None = None, **parts: Any) -> Citation:
    """A citation of the Criminal Law."""
    return Citation(CL_ID, CL_TITLE, article, paragraph, **parts)


#: 最高人民法院关于适用财产刑若干问题的规定 (2000), Art 2: the fine's floor where the statute sets no amount.
PROPERTY_PENALTIES_2000 = Citation(
    "cn.spc.property_penalties_2000", N_("SPC Provisions on Property Penalties (2000)"), "2"
)

#: General ranges of the Criminal Law's term kinds (以上 / 以下 include the number, Art 99).
FIXED_TERM_IMPRISONMENT: Interval[Term] = Interval(Term.months(6), Term.years(15))  # Art 45
CRIMINAL_DETENTION: Interval[Term] = Interval(Term.months(1), Term.months(6))  # Art 42
PUBLIC_SURVEILLANCE: Interval[Term] = Interval(Term.months(3), Term.years(2))  # Art 38

#: 无期徒刑 and 死刑 (Arts 46, 48): principal penalties without a term. No catalogued article provides
#: them; they enter the library as sentences imposed for other crimes, which Art 69 para 1 leaves
#: outside its range rule ("除判处死刑和无期徒刑的以外").
LIFE_IMPRISONMENT_KIND = register_kind(
    "life_imprisonment", Quantity.NONE, label=N_("life imprisonment"), restricts_liberty=True
)
DEATH_PENALTY_KIND = register_kind("death_penalty", Quantity.NONE, label=N_("death penalty"))

FINE_FLOOR = Money(1_000, "CNY")
FINE_FLOOR_MINOR = Money(500, "CNY")


def fixed_term(low_years: int | None, high_years: int) -> Interval[Term]:
    """有期徒刑 from ``low_years`` (``None``: the Art 45 floor of 6 months) to ``high_years``."""
    low = FIXED_TERM_IMPRISONMENT.low if low_years is None else Term.years(low_years)
    return Interval(low, Term.years(high_years))


# ---------------------------------------------------------------------------------------------
# Information classes of the 2017 and 2019 interpretations.


class InformationGroup(enum.Enum):
    """The three groups of personal information that the interpretations count separately."""

    #: 行踪轨迹信息、通信内容、征信信息、财产信息 (2017 Art 5(1) item 3; 2019 Art 4 item 1).
    SENSITIVE = "sensitive"
    #: 住宿信息、通信记录、健康生理信息、交易信息等其他可能影响人身、财产安全的 (item 4; 2019 item 2).
    SAFETY = "safety"
    #: any other personal information (item 5; 2019 item 3).
    GENERAL = "general"


class InformationClass(enum.Enum):
    """A class of citizens' personal information, as the interpretations name them."""

    TRAJECTORY = "trajectory"  # 行踪轨迹信息
    COMMUNICATION_CONTENT = "communication_content"  # 通信内容
    CREDIT = "credit"  # 征信信息
    PROPERTY = "property"  # 财产信息
    LODGING = "lodging"  # 住宿信息
    COMMUNICATION_RECORDS = "communication_records"  # 通信记录
    HEALTH = "health"  # 健康生理信息
    TRANSACTION = "transaction"  # 交易信息
    OTHER_SAFETY = "other_safety"  # 其他可能影响人身、财产安全的公民个人信息
    OTHER = "other"  # 第三项、第四项规定以外的公民个人信息

    @property
    def group(self) -> InformationGroup:
        return _GROUP[self]


_GROUP = {
    **dict.fromkeys(
        (
            InformationClass.TRAJECTORY,
            InformationClass.COMMUNICATION_CONTENT,
            InformationClass.CREDIT,
            InformationClass.PROPERTY,
        ),
        InformationGroup.SENSITIVE,
    ),
    **dict.fromkeys(
        (
            InformationClass.LODGING,
            InformationClass.COMMUNICATION_RECORDS,
            InformationClass.HEALTH,
            InformationClass.TRANSACTION,
            InformationClass.OTHER_SAFETY,
        ),
        InformationGroup.SAFETY,
    ),
    InformationClass.OTHER: InformationGroup.GENERAL,
}

_BY_VALUE = {c.value: c for c in InformationClass}
#: More items than any leak on record (billions) by orders of magnitude; bounds the arithmetic.
MAX_ITEMS = 10**15
_VALID_CLASSES = "one of " + ", ".join(repr(c.value) for c in InformationClass)
_WHOLE = "a whole number of items, zero or more (int; no float, no fraction)"


def _count(key: InformationClass, value: object) -> int:
    field = f"information_items[{key.value!r}]"
    if isinstance(value, bool) or isinstance(value, float):
        raise InvalidFactError(field, value, _WHOLE)
    if type(value) is int:
        number: Exact = value
    elif isinstance(value, (int, Fraction, Decimal, str)):
        try:
            number = exact(value, field)
        except InvalidFactError:
            raise InvalidFactError(field, value, _WHOLE) from None
    else:
        raise InvalidFactError(field, value, _WHOLE)
    if type(number) is not int or number < 0:
        raise InvalidFactError(field, value, _WHOLE)
    if number > MAX_ITEMS:
        raise InvalidFactError(field, value, f"at most {MAX_ITEMS:,} items")
    return number


@attrs.frozen
class ItemCounts:
    """Items of personal information per class (frozen; JSON form ``{"trajectory": 50}``).

    Build it from a mapping: ``{"trajectory": 25, "other": 2500}``. Counting follows the 2017
    interpretation Art 11 (the same information obtained and then sold counts once; sold to several
    buyers it adds up): the caller gives the counts as the court counts them.
    """

    counts: tuple[tuple[InformationClass, int], ...] = ()

    def of(self, information_class: InformationClass) -> int:
        for key, value in self.counts:
            if key is information_class:
                return value
        return 0

    def group_total(self, group: InformationGroup) -> int:
        return sum(value for key, value in self.counts if _GROUP[key] is group)

    def __bool__(self) -> bool:
        return any(value for _, value in self.counts)

    def to_dict(self) -> dict[str, int]:
        return {key.value: value for key, value in self.counts}

    def __str__(self) -> str:
        """``trajectory: 25, other: 2,500`` (``none`` when empty)."""
        return ", ".join(f"{key.value.replace('_', ' ')}: {value:,}" for key, value in self.counts) or "none"


def to_item_counts(value: object) -> ItemCounts:
    """Validate ``information_items``: a mapping of information class -> whole item count."""
    if value is None:
        return ItemCounts()
    if isinstance(value, ItemCounts):
        return value
    if not isinstance(value, Mapping):
        raise InvalidFactError("information_items", value, "a mapping of information class to item count")
    found: dict[InformationClass, int] = {}
    for key, count in value.items():
        if isinstance(key, InformationClass):
            cls = key
        else:
            found_class = _BY_VALUE.get(key.strip().lower()) if isinstance(key, str) else None
            if found_class is None:
                raise InvalidFactError("information_items", key, _VALID_CLASSES)
            cls = found_class
        if cls in found:
            raise InvalidFactError("information_items", key, "each information class once")
        found[cls] = _count(cls, count)
    ordered = tuple((cls, found[cls]) for cls in InformationClass if cls in found)
    return ItemCounts(ordered)


# ---------------------------------------------------------------------------------------------
# Formula nodes of the general part.


@attrs.frozen
class CriminalFine:
    """罚金: a fine imposed by a criminal court (always mandatory once the text provides it).

    - ``multiple`` (``(1, 5)``): the statute measures the fine as 一倍以上五倍以下 the illegal gains
      (Art 180); with no gains given the amount cannot be computed and the range is ``None``
      (never 0), with a step saying why.
    - otherwise the statute sets no amount: the range is ``None`` and the trace gives the floor of
      the SPC Provisions on Property Penalties (2000) Art 2, 1,000 yuan (500 for a minor).
    - ``guideline`` (``(1, 5, citation)``): a non-binding guideline in multiples of the gains
      (2017 interpretation Art 12, "一般"), shown in the trace and marked as such.
    """

    basis: Citation
    addressee: Addressee = Addressee.OFFENDER
    multiple: tuple[int, int] | None = None
    guideline: tuple[int, int, Citation] | None = None

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        """``criminal fine (shall): 1x to 5x the illegal gains, inclusive [citation]``."""
        from ...render.formula import cited, sanction_line, times_gains

        line = sanction_line(loc, SanctionKind.FINE, Modality.SHALL, self.basis, self.addressee)
        if self.multiple is not None:
            amount = times_gains(loc, *self.multiple)
        else:
            amount = loc.fill(
                N_("no amount in the text (at least {floor}, {minor_floor} for a minor: {citation})"),
                floor=loc.money(FINE_FLOOR),
                minor_floor=loc.money(FINE_FLOOR_MINOR),
                citation=loc.citation(PROPERTY_PENALTIES_2000),
            )
        line = loc.fill(N_("{sanction}: {range}"), sanction=line, range=amount)
        if self.guideline is not None:
            line = loc.fill(
                N_("{fine}; guideline, not binding: {guideline}"),
                fine=line,
                guideline=times_gains(loc, self.guideline[0], self.guideline[1]),
            )
        return cited(loc, line, self.basis), ()

    def compile(self, ctx: Context) -> tuple[int, ...]:
        has_gains = ctx.has_gains()
        guideline = self.guideline if has_gains and self.addressee is Addressee.OFFENDER else None
        if self.multiple is not None:
            low, high = self.multiple
            if has_gains:
                basis = self.basis

                def run(ev: Evaluation) -> Interval[Any]:
                    gains: Any = ev.facts.gains()
                    value = Interval(gains * low, gains * high)
                    ev.trace.append(
                        Step(
                            "gains_multiple",
                            basis,
                            (("gains", gains), ("low_factor", low), ("high_factor", high), ("range", value)),
                        )
                    )
                    self._guideline(ev, guideline)
                    return value

                shape = None if guideline is not None else ("linear", low, high)
                slots: tuple[int, ...] = ctx.dynamic(
                    SanctionKind.FINE, self.addressee, Modality.SHALL, basis, Dynamic(run, shape)
                )
                return slots
            ctx.step(Step("fine_gains_missing", self.basis, (("low_factor", low), ("high_factor", high))))
        else:
            person = self.addressee is Addressee.OFFENDER and ctx.offender is OffenderKind.INDIVIDUAL
            minor = person and bool(ctx.decide(("fact", "minor"), _minor, ("minor",)))
            floor = FINE_FLOOR_MINOR if minor else FINE_FLOOR
            status = "minor" if minor else "adult" if person else "not_applicable"
            ctx.step(
                Step(
                    "fine_floor",
                    PROPERTY_PENALTIES_2000,
                    (("addressee", self.addressee), ("floor", floor), ("minor", status)),
                )
            )
        if guideline is not None:
            ctx.dynamic_step(lambda ev: self._guideline(ev, guideline))
        made: tuple[int, ...] = ctx.sanction(Sanction(SanctionKind.FINE, self.addressee, Modality.SHALL, self.basis))
        return made

    @staticmethod
    def _guideline(ev: Evaluation, guideline: tuple[int, int, Citation] | None) -> None:
        if guideline is not None:
            low, high, basis = guideline
            gains: Any = ev.facts.gains()
            ev.trace.append(
                Step("fine_guideline", basis, (("gains", gains), ("range", Interval(gains * low, gains * high))))
            )

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)


def _minor(facts: Any) -> bool:
    return bool(getattr(facts, "minor", False))


@attrs.frozen
class AddedOrAlone:
    """并处或者单处罚金: the custodial sentence with the fine, or the fine alone.

    The fine is always imposed. The combinations record it exactly: one of [custody and fine] or
    [fine alone]; a step says so in words.
    """

    principal: Node
    fine: Node
    basis: Citation

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        from ...render.formula import cited, heading

        line = loc.gettext(N_("with a fine, or the fine alone (并处或者单处罚金)"))
        return heading(loc, cited(loc, line, self.basis)), (self.principal, self.fine)

    @property
    def members(self) -> tuple[Node, ...]:
        """The custodial alternatives and the fine (for outlines)."""
        return (self.principal, self.fine)

    def compile(self, ctx: Context) -> tuple[int, ...]:
        principal = ctx.compile(self.principal)
        fine = ctx.compile(self.fine)
        both = ctx.combine(CombinationKind.ALL_OF, self.basis, principal + fine, collapse=False)
        alone = ctx.combine(CombinationKind.ONE_OF, self.basis, fine, lead=both, collapse=False)
        ctx.step(Step("fine_added_or_alone", self.basis))
        return alone

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)


@attrs.frozen
class ByOffender:
    """Unit crime (单位犯罪, Arts 30-31): the sanctions of an individual, or of a unit and its persons."""

    individual: Node
    organisation: Node
    basis: Citation

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        from ...render.formula import cited, heading

        line = loc.gettext(N_("by offender (unit crime, Arts 30-31)"))
        return heading(loc, cited(loc, line, self.basis)), (
            (heading(loc, loc.gettext(N_("an individual"))), (self.individual,)),
            (heading(loc, loc.gettext(N_("a unit and its directly responsible persons"))), (self.organisation,)),
        )

    @property
    def members(self) -> tuple[Node, ...]:
        """The individual's sanctions, then the unit's (for outlines)."""
        return (self.individual, self.organisation)

    def compile(self, ctx: Context) -> tuple[int, ...]:
        if ctx.offender is OffenderKind.ORGANISATION:
            ctx.step(Step("unit_crime", self.basis))
            return ctx.compile(self.organisation)
        return ctx.compile(self.individual)

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)


@attrs.frozen
class Heavier:
    """从重处罚: heavier punishment *within* the range (Art 62), when a boolean fact is true."""

    fact: str
    basis: Citation

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        from ...render.formula import cited

        line = loc.fill(
            N_("heavier punishment within the range (从重, Art 62) for {ground}"), ground=loc.param("ground", self.fact)
        )
        return cited(loc, line, self.basis), ()

    def compile(self, ctx: Context) -> tuple[int, ...]:
        if ctx.decide(("fact", self.fact), self._set, (self.fact,)):
            ctx.step(Step("heavier_within_range", self.basis, (("ground", self.fact),)))
            ctx.note(Step("note", self.basis, (("note", "heavier_within_range"),)))
        return ()

    def _set(self, facts: Any) -> bool:
        return bool(getattr(facts, self.fact, False))

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)


@attrs.frozen
class MinorLeniency:
    """Art 17: an offender under 18 shall be punished more lightly or with mitigation (从轻或者减轻).

    Mitigation (减轻) goes below the range into the next lower one (Art 63), so for a minor the
    ranges shown are where the court starts, not where it must stay: a step and a note say so.
    """

    basis: Citation

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        from ...render.formula import cited

        line = loc.gettext(N_("an offender under 18: punished more lightly or with mitigation"))
        return cited(loc, line, self.basis), ()

    def compile(self, ctx: Context) -> tuple[int, ...]:
        if ctx.offender is OffenderKind.INDIVIDUAL and ctx.decide(("fact", "minor"), _minor, ("minor",)):
            ctx.step(Step("minor_leniency", self.basis))
            ctx.note(Step("note", self.basis, (("note", "minor_leniency"),)))
        return ()

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)


class Grader(Protocol):
    """Derives the tier reached by the numbers of a case (an index into the tiers, or ``None``)."""

    def grade(self, ev: Evaluation, tiers: tuple[Tier, ...]) -> int | None: ...


def threshold_step(basis: Citation, measure: str, value: Any, threshold: Any, tier: str, met: bool) -> Step:
    """One comparison with a standard (以上: the number itself meets it)."""
    return Step(
        "threshold",
        basis,
        (
            ("measure", measure),
            ("value", value),
            ("threshold", threshold),
            ("tier", tier),
            ("outcome", "met" if met else "not_met"),
        ),
    )


@attrs.frozen
class Graded(Tiered):
    """Tiers chosen from a derived seriousness rather than only from named circumstances.

    The tier is the most serious of (a) the tier the ``grader`` derives from the numbers and
    (b) the most serious tier one of whose named circumstances (``Tier.when``) is among the facts.
    ``requires``: circumstances without which the offence is not constituted at all (Art 286-1:
    a refusal to correct after an order). Nothing reached: not a crime under the article.
    """

    grader: Grader | None = None
    basis: Citation | None = None
    requires: frozenset[Any] = frozenset()
    #: Facts of the act that this article does not read: setting one is an error, not ignored.
    unused: tuple[str, ...] = ()

    def compile(self, ctx: Context) -> tuple[int, ...]:
        basis = self.basis or self.tiers[0].basis
        for name in self.unused:
            # None, False, 0 and no items are "not set"; any amount (even 0 yuan) is set.
            if ctx.decide(("set", name), _Set(name), (name,)):
                value = getattr(ctx.facts, name, None)
                raise InvalidFactError(name, value, f"nothing: {basis.act} Art {basis.article} does not use this fact")
        circumstances = ctx.circumstances
        missing = self.requires - circumstances
        if missing:
            ctx.step(Step("precondition_not_met", basis, (("missing", tuple(sorted(c.value for c in missing))),)))
            return self._not_constituted(ctx, basis)
        named = None
        for index, tier in enumerate(self.tiers):
            if tier.when & circumstances:
                named = index
        grader = self.grader
        if grader is None:
            if named is None:
                return self._not_constituted(ctx, basis)
            tier = self.tiers[named]
            ctx.tier(tier.name)
            ctx.step(self._tier_step(tier, circumstances, "circumstances"))
            slots: tuple[int, ...] = ctx.compile_all(tier.body)
            return slots
        # The grader reads the numbers of the case per call; each tier's body is its own program.
        bodies = [ctx.program(_Body(tier.body)) for tier in self.tiers]
        tiers = self.tiers

        def run(ev: Evaluation) -> tuple[Ref, ...]:
            undetermined = None
            try:
                derived = grader.grade(ev, tiers)
            except Undetermined as why:
                # The numbers cannot grade this case; a named circumstance may still settle the tier.
                derived, undetermined = None, why
            candidates = [i for i in (derived, named) if i is not None]
            if not candidates:
                if undetermined is not None:
                    raise NotDeterminableError(f"{basis.act_id}.{basis.article}", "tier", undetermined.reason)
                ev.penal = False
                ev.tier = None
                ev.trace.append(Step("not_constituted", basis))
                ev.notes.append(Step("note", basis, (("note", "not_a_crime"),)))
                return ()
            chosen = max(candidates)
            tier = tiers[chosen]
            ev.tier = tier.name
            ev.trace.append(
                self._tier_step(tier, ev.facts.circumstances, "thresholds" if chosen == derived else "circumstances")
            )
            return bodies[chosen].plan(ev.facts).run(ev)

        made: tuple[int, ...] = ctx.run(run)
        return made

    @staticmethod
    def _tier_step(tier: Tier, circumstances: frozenset[Any], by: str) -> Step:
        matched = tuple(sorted(c.value for c in tier.when & circumstances))
        return Step("tier_derived", tier.basis, (("tier", tier.name), ("by", by), ("circumstances", matched)))

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)

    def _not_constituted(self, ctx: Context, basis: Citation) -> tuple[int, ...]:
        ctx.penal(False)
        ctx.tier(None)
        ctx.step(Step("not_constituted", basis))
        ctx.note(Step("note", basis, (("note", "not_a_crime"),)))
        return ()


class _Set:
    """Whether a fact is set (None, False, 0 and no items are not)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, facts: Any) -> bool:
        return bool(getattr(facts, self.name, None))


class _Body:
    """Compiles a tier's body (a program of its own, for a tier chosen per call)."""

    __slots__ = ("nodes",)

    def __init__(self, nodes: tuple[Node, ...]) -> None:
        self.nodes = nodes

    def __call__(self, ctx: Context) -> tuple[int, ...]:
        slots: tuple[int, ...] = ctx.compile_all(self.nodes)
        return slots


def first_reached(values: list[tuple[bool, ...]]) -> int | None:
    """The highest tier index reached by any measure (each a tuple of per-tier results)."""
    best: int | None = None
    for results in values:
        for index, met in enumerate(results):
            if met and (best is None or index > best):
                best = index
    return best


def interpretation_in_force(ev: Evaluation, source: Citation, start: _dt.date, measured: bool = False) -> bool:
    """Judicial interpretations apply from their own date; before it, only named circumstances count.

    The rule of time is :func:`.time.interpretation_applies` (2001 provisions); with ``measured``
    (the case carries numbers only the interpretation could grade) a decision before it is "not
    determinable" unless a named circumstance settles the tier.
    """
    return interpretation_applies(ev, source, start, measured)


# ---------------------------------------------------------------------------------------------
# Reading an assessment back.


def fine_floor(assessment: Assessment) -> Money | None:
    """The floor of the first unamounted fine of ``assessment`` (SPC 2000 Art 2), if any."""
    for step in assessment.trace:
        if step.code == "fine_floor":
            floor: Money = step.param("floor")
            return floor
    return None


def fine_guideline(assessment: Assessment) -> Interval[Money] | None:
    """The non-binding guideline range of the fine (2017 interpretation Art 12), if any."""
    for step in assessment.trace:
        if step.code == "fine_guideline":
            value: Interval[Money] = step.param("range")
            return value
    return None


# ---------------------------------------------------------------------------------------------
# English templates of the steps above.

message("step.tier_derived", N_("tier '{tier}' applies (reached by {by}; circumstances: {circumstances})"))
message("by.thresholds", N_("the numeric standards"))
message("by.circumstances", N_("a named circumstance"))
message("tier.constituted", N_("the offence is constituted"))
message(
    "step.threshold",
    N_("{measure}: {value} against the standard of {threshold} for '{tier}' (以上 includes the number): {outcome}"),
)
message("outcome.met", N_("met"))
message("outcome.not_met", N_("not met"))
message("step.not_constituted", N_("no standard of this article is reached and no named circumstance applies"))
message("note.not_a_crime", N_("not a crime under this article: the facts reach none of its thresholds"))
message("step.precondition_not_met", N_("the offence requires {missing}, which the facts do not state"))
message(
    "step.interpretation_not_in_force",
    N_("the interpretation applies from {from}; before that only the circumstances the court names count"),
)
message(
    "step.fine_floor",
    N_("the statute sets no amount for the fine on the {addressee}: no cap (Art 52), and at least {floor} ({minor})"),
)
message("minor.minor", N_("the floor for a minor"))
message("minor.adult", N_("500 yuan for a minor"))
message("minor.not_applicable", N_("the minors' floor does not apply here"))
message(
    "step.fine_guideline",
    N_("guideline, not a bound: the fine is generally 1 to 5 times the gains of {gains}, i.e. {range}"),
)
message(
    "step.fine_gains_missing",
    N_("the fine is {low_factor} to {high_factor} times the illegal gains, which are not given: no amount is computed"),
)
message(
    "step.fine_added_or_alone",
    N_("并处或者单处: the fine is imposed with the custodial sentence or alone; it is always imposed"),
)
message("step.unit_crime", N_("unit crime: the unit is fined and its directly responsible persons are punished"))
message("step.heavier_within_range", N_("heavier punishment (从重) within the range, on the ground: {ground}"))
message("ground.insider", N_("information obtained in performing duties or providing services"))
message(
    "step.minor_leniency",
    N_("the offender is a minor: lighter punishment, or mitigated below the range (Arts 17 and 63)"),
)
message(
    "note.minor_leniency",
    N_("a minor shall be punished more lightly or with mitigation (Art 17); mitigation goes below the range"),
)
message("note.heavier_within_range", N_("punished more heavily (从重) within the statutory range (Art 62)"))

# The classes of personal information, as the 2017 interpretation names them (Art 5 items 3-5).
for _key, _label in (
    ("information.trajectory", N_("trajectory")),
    ("information.communication_content", N_("communication content")),
    ("information.credit", N_("credit")),
    ("information.property", N_("property")),
    ("information.lodging", N_("lodging")),
    ("information.communication_records", N_("communication records")),
    ("information.health", N_("health")),
    ("information.transaction", N_("transaction")),
    ("information.other_safety", N_("other safety-related")),
    ("information.other", N_("other")),
):
    message(_key, _label)

"""The rules the Computer Crimes Law applies across its articles: Arts 755, 748 and 754.

Each rule is declared once and attached to the articles it governs (``Article.rules``). It is a
transform of the article's compiled plan (``fold(article, ctx, draft)``, see
:class:`~penalties.core.article.Rule`): folded once per situation (offender, circumstances,
readings, span of dates, commission number) after the formula, in this order, leaving a step in
the trace for what it does:

1. :class:`Deprivation755` - repeat more than twice: the court *may* deprive the offender of public
   electronic services for a term set by the offence's imprisonment (read from the statutory
   imprisonment, before any other rule);
2. :class:`LegalPersons748` - a legal person is not imprisoned; it is fined three to six times the
   offence's maximum fine (at the amounts in force on the date) and closed temporarily, or on
   repeat closed longer or dissolved, according to the offence's maximum imprisonment;
3. :class:`Aggravation754` - in the five cases of Art 754 the punishment imposed lies strictly above
   two-thirds of its maximum and at most the maximum: (2/3 max, max]. It narrows each of the two
   punishments ("one or both, as the case may be"): imprisonment and fine, whichever the court
   imposes. It never lowers a bound and never raises a maximum; a punishment fixed at its maximum
   (742 note 3) is already above two-thirds and stays as it is.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, cast

import attrs

from ...core.article import Article
from ...core.citation import Citation
from ...core.errors import NotDeterminableError
from ...core.facts import OffenderKind
from ...core.formula import Evaluation, Step
from ...core.interval import Interval
from ...core.messages import N_, message
from ...core.money import Money
from ...core.plan import Context
from ...core.readings import reading_is
from ...core.sanction import Addressee, Combination, CombinationKind, Modality, Sanction, SanctionKind
from ...core.term import Term, TermUnit
from .act import cite
from .facts import AGGRAVATING, ELEMENT_CIRCUMSTANCES
from .nodes import reading_step

__all__ = ["RULES", "Aggravation754", "Deprivation755", "LegalPersons748", "aggravate"]

message(
    "step.aggravation_754",
    N_(
        "Art 754 (cases: {cases}): the {kind} must be more than two-thirds of its maximum "
        "({threshold}, excluded) and at most the maximum: {range} (statutory range {statutory})"
    ),
)
message(
    "step.no_imprisonment_748",
    N_("a legal person is not imprisoned or dismissed: the {kind} of the article gives way to Art 748"),
)
message(
    "step.legal_person_fine_748",
    N_(
        "Art 748: a legal person is fined {low_factor} to {high_factor} times the offence's maximum fine "
        "of {maximum} = {range}"
    ),
)
message(
    "step.legal_person_closure_748",
    N_(
        "Art 748 clause {clause}: the offence's maximum imprisonment is {maximum}; "
        "commission number {occurrence}: temporary closure for {range}"
    ),
)
message(
    "step.legal_person_dissolution_748",
    N_(
        "Art 748 clause {clause}: the offence's maximum imprisonment is {maximum}; "
        "commission number {occurrence} (a repeat): the legal person is dissolved"
    ),
)
message(
    "step.deprivation_755",
    N_(
        "Art 755: commission number {occurrence} (repeated more than twice); the offence's imprisonment "
        "{imprisonment} falls in clause {clause}: the court may deprive the offender of public electronic "
        "services for {range}"
    ),
)
message(
    "note.ir_748_manager_barred",
    N_(
        "the manager of a legal person dissolved under Art 748 clause b may not found, represent, decide "
        "for or supervise another legal person for up to three years"
    ),
)

TWO_THIRDS = Fraction(2, 3)
#: Bound of the caches below (pure functions of the statute's few dozen figures).
_CACHE_LIMIT = 4096
FIVE_YEARS = Term(5, TermUnit.YEAR)
TWO_YEARS = Term(2, TermUnit.YEAR)
NINETY_ONE_DAYS = Term(91, TermUnit.DAY)
OFFENDER = Addressee.OFFENDER
PRISON = SanctionKind.TAZIR_IMPRISONMENT
FINE = SanctionKind.FINE


def _term(low: Term, high: Term) -> Interval[Term]:
    return Interval(low, high)


def aggravate(statutory: Interval[Any]) -> Interval[Any]:
    """Art 754: the part of ``statutory`` strictly above two-thirds of its maximum.

    >>> from penalties.core.money import Money
    >>> aggravate(Interval(Money(5_000_000, "IRR"), Money(20_000_000, "IRR")))
    (13,333,333 1/3 IRR, 20,000,000 IRR]
    """
    threshold = statutory.high * TWO_THIRDS
    if not (threshold < statutory.low):
        return Interval(threshold, statutory.high, False, statutory.high_closed)
    return statutory


def _first(ev: Evaluation, kind: SanctionKind) -> tuple[int, Sanction] | None:
    for index, sanction in enumerate(ev.sanctions):
        if sanction.kind is kind and sanction.addressee is OFFENDER:
            return index, sanction
    return None


# ---------------------------------------------------------------------------------------------
@attrs.frozen
class Deprivation755:
    """Art 755: after more than two repeats the court may withdraw public electronic services.

    «درصورت تکرار جرم برای بیش از دو بار دادگاه می‌تواند ...»: discretionary (``MAY``). Tiers:
    الف imprisonment 91 days-2 years -> 1 month-1 year; ب 2-5 years -> 1-3 years; ج more than 5
    years -> 3-5 years. Readings ``art755_trigger`` and ``art755_tiers`` (see ``IrReadings``).
    """

    TIERS = (
        ("a", _term(Term(1, TermUnit.MONTH), Term(1, TermUnit.YEAR))),
        ("b", _term(Term(1, TermUnit.YEAR), Term(3, TermUnit.YEAR))),
        ("c", _term(Term(3, TermUnit.YEAR), Term(5, TermUnit.YEAR))),
    )

    def apply(self, article: Article, ev: Evaluation) -> None:
        self.fold(article, Context(ev.facts), ev)

    def fold(self, article: Article, ctx: Context, ev: Evaluation) -> None:
        readings: Any = ctx.readings
        trigger = readings.art755_trigger
        threshold = 3 if trigger == "third_commission" else 4
        occurrence = ctx.value("occurrence")
        if occurrence < threshold:
            return
        basis = cite("755")
        ev.trace.append(
            reading_step(basis, "art755_trigger", trigger, f"Art 755 applies from commission number {threshold}")
        )
        found = _first(ev, PRISON)
        if found is None:
            ev.notes.append(
                Step(
                    "not_determinable",
                    basis,
                    (
                        ("what", N_("term of deprivation")),
                        ("reason", N_("the offence carries no imprisonment to pick a tier")),
                    ),
                )
            )
            return
        prison = found[1].range
        assert prison is not None
        clause = self._clause(prison, readings.art755_tiers)
        if clause is None:
            ev.notes.append(
                Step(
                    "not_determinable",
                    basis,
                    (
                        ("what", N_("term of deprivation")),
                        # A template filled from the step's other params when it is explained.
                        ("reason", N_("the imprisonment {imprisonment} matches no tier of Art 755 read literally")),
                        ("imprisonment", prison),
                    ),
                )
            )
            return
        term = dict(self.TIERS)[clause]
        tier_basis = cite("755", clause=clause)
        ev.sanctions.append(
            Sanction(SanctionKind.DEPRIVATION_OF_PUBLIC_SERVICES, OFFENDER, Modality.MAY, tier_basis, term)
        )
        ev.trace.append(reading_step(basis, "art755_tiers", readings.art755_tiers, "how the tier is chosen"))
        ev.trace.append(
            Step(
                "deprivation_755",
                tier_basis,
                (("occurrence", occurrence), ("imprisonment", prison), ("clause", clause), ("range", term)),
            )
        )

    @staticmethod
    def _clause(prison: Interval[Any], reading: str) -> str | None:
        low, high = prison.low, prison.high
        if reading == "by_maximum":
            if high <= TWO_YEARS:
                return "a"
            return "b" if high <= FIVE_YEARS else "c"
        if NINETY_ONE_DAYS <= low and high <= TWO_YEARS:
            return "a"
        if TWO_YEARS <= low and high <= FIVE_YEARS:
            return "b"
        if FIVE_YEARS < low:
            return "c"
        return None


# ---------------------------------------------------------------------------------------------
_BASIS_748 = cite("748")
_CLAUSES_748 = {"a": cite("748", clause="a"), "b": cite("748", clause="b")}
#: Art 748's closure: (clause, repeat) -> term. الف: 1-9 months, on repeat 1-5 years; ب: 1-3 years.
_CLOSURE_748 = {
    ("a", False): _term(Term(1, TermUnit.MONTH), Term(9, TermUnit.MONTH)),
    ("a", True): _term(Term(1, TermUnit.YEAR), Term(5, TermUnit.YEAR)),
    ("b", False): _term(Term(1, TermUnit.YEAR), Term(3, TermUnit.YEAR)),
}
_MANAGER_BARRED = Step("note", cite("748", note=""), (("note", "ir_748_manager_barred"),))
_NO_IMPRISONMENT = {
    kind: Step("no_imprisonment_748", _BASIS_748, (("kind", kind),))
    for kind in (SanctionKind.TAZIR_IMPRISONMENT, SanctionKind.DISMISSAL_FROM_SERVICE)
}
_FINES_748: dict[tuple[Money, str | None], tuple[Sanction, Step]] = {}


@attrs.frozen
class LegalPersons748:
    """Art 748: the punishment of a legal person (Art 747) for the offence.

    «علاوه بر سه تا شش برابر حداکثر جزای نقدی جرم ارتکابی»: a fine of three to six times the
    offence's *maximum* fine, at the amounts in force on the date (law-notes decision 8), and:
    الف) maximum imprisonment up to five years: temporary closure 1-9 months; on repeat 1-5 years;
    ب) more than five years: closure 1-3 years; on repeat dissolution (and the note bars the
    manager for up to three years). A legal person is never imprisoned. Special rule displacing
    IPC Art 21's 2x-4x (lex specialis; unverified). The base is the maximum of the fine that the
    article's applicable branch provides on the date (for 742 note 1 read as "the minimum of one
    punishment", that minimum). Readings ``art748_no_fine`` and ``art748_no_prison``.
    """

    LOW_FACTOR = 3
    HIGH_FACTOR = 6
    KEPT = frozenset(
        {
            SanctionKind.RESTITUTION,
            SanctionKind.RESTORATION_OF_REPUTATION,
            SanctionKind.DEPRIVATION_OF_PUBLIC_SERVICES,
        }
    )

    def apply(self, article: Article, ev: Evaluation) -> None:
        self.fold(article, Context(ev.facts), ev)

    def fold(self, article: Article, ctx: Context, ev: Evaluation) -> None:
        readings: Any = ctx.readings
        if ctx.offender is not OffenderKind.ORGANISATION:
            return
        basis = _BASIS_748
        prison_found = _first(ev, PRISON)
        fine_found = _first(ev, FINE)
        prison = None if prison_found is None else prison_found[1].range
        natural_fine = None if fine_found is None else fine_found[1]
        kept = [s for s in ev.sanctions if s.kind in self.KEPT or s.addressee is not OFFENDER]
        for sanction in ev.sanctions:
            if sanction.kind in (PRISON, SanctionKind.DISMISSAL_FROM_SERVICE) and sanction.addressee is OFFENDER:
                ev.trace.append(_NO_IMPRISONMENT[sanction.kind])
        ev.sanctions.clear()
        ev.combinations.clear()
        made: list[int] = []
        no_fine = natural_fine is None or natural_fine.range is None
        reading_at = len(ev.trace)

        if natural_fine is None or natural_fine.range is None:
            reason = f"Art 748 multiplies the offence's maximum fine, and {article.id} provides no fine"
            if reading_is(readings, "art748_no_fine", "error"):
                raise NotDeterminableError(article.id, "fine of the legal person", reason, reading="art748_no_fine")
            ev.notes.append(
                Step(
                    "not_determinable",
                    basis,
                    (
                        ("what", N_("fine of the legal person")),
                        ("reason", N_("Art 748 multiplies the offence's maximum fine, and {article} provides no fine")),
                        ("article", article.id),
                    ),
                )
            )
        else:
            fine, step = self._fine(cast(Money, natural_fine.range.high), natural_fine.basis.source)
            ev.sanctions.append(fine)
            made.append(len(ev.sanctions) - 1)
            ev.trace.append(step)

        self._closure(article, ctx, ev, prison, made)
        if no_fine:
            # The step says what the reading returns: closure or dissolution, never a fine.
            returned = [ev.sanctions[i].kind.value.replace("_", " ") for i in made]
            effect = (" and ".join(returned) or "nothing determinable") + "; the fine is not determinable"
            ev.trace.insert(reading_at, reading_step(basis, "art748_no_fine", "partial", effect))
        for sanction in kept:
            ev.sanctions.append(sanction)
        if len(made) >= 2:
            ev.combinations.append(Combination(CombinationKind.ALL_OF, tuple(made), basis))

    def _fine(self, maximum: Money, source: str | None) -> tuple[Sanction, Step]:
        """The legal person's fine for an offence whose maximum fine is ``maximum`` (cached)."""
        key = (maximum, source)
        found = _FINES_748.get(key)
        if found is None:
            fine_range = Interval(maximum * self.LOW_FACTOR, maximum * self.HIGH_FACTOR)
            fine_basis = attrs.evolve(_BASIS_748, source=source)
            found = (
                Sanction(FINE, OFFENDER, Modality.SHALL, fine_basis, fine_range),
                Step(
                    "legal_person_fine_748",
                    fine_basis,
                    (
                        ("low_factor", self.LOW_FACTOR),
                        ("high_factor", self.HIGH_FACTOR),
                        ("maximum", maximum),
                        ("range", fine_range),
                    ),
                ),
            )
            if len(_FINES_748) > _CACHE_LIMIT:
                _FINES_748.clear()
            _FINES_748[key] = found
        return found

    def _closure(
        self, article: Article, ctx: Context, ev: Evaluation, prison: Interval[Any] | None, made: list[int]
    ) -> None:
        readings: Any = ctx.readings
        basis = _BASIS_748
        if prison is None:
            reading = readings.art748_no_prison
            if reading == "not_determinable":
                ev.notes.append(
                    Step(
                        "not_determinable",
                        basis,
                        (
                            ("what", N_("closure of the legal person")),
                            (
                                "reason",
                                N_(
                                    "Art 748 picks the closure by the offence's maximum imprisonment; "
                                    "{article} (in this branch) has none"
                                ),
                            ),
                            ("article", article.id),
                        ),
                    )
                )
                return
            ev.trace.append(reading_step(basis, "art748_no_prison", reading, "closure as under clause a"))
            maximum: Any = None
            clause = "a"
        else:
            maximum = prison.high
            clause = "a" if maximum <= FIVE_YEARS else "b"
        occurrence = ctx.value("occurrence")
        repeat = occurrence >= 2
        clause_basis = _CLAUSES_748[clause]
        shown = maximum if maximum is not None else "none"
        if clause == "b" and repeat:
            ev.sanctions.append(Sanction(SanctionKind.DISSOLUTION, OFFENDER, Modality.SHALL, clause_basis))
            made.append(len(ev.sanctions) - 1)
            ev.trace.append(
                Step(
                    "legal_person_dissolution_748",
                    clause_basis,
                    (("clause", clause), ("maximum", shown), ("occurrence", occurrence)),
                )
            )
            ev.notes.append(_MANAGER_BARRED)
            return
        term = _CLOSURE_748[clause, repeat]
        ev.sanctions.append(Sanction(SanctionKind.TEMPORARY_CLOSURE, OFFENDER, Modality.SHALL, clause_basis, term))
        made.append(len(ev.sanctions) - 1)
        ev.trace.append(
            Step(
                "legal_person_closure_748",
                clause_basis,
                (("clause", clause), ("maximum", shown), ("occurrence", occurrence), ("range", term)),
            )
        )


# ---------------------------------------------------------------------------------------------
@attrs.frozen
class Aggravation754:
    """Art 754: «بیش از دو سوم حداکثر یک یا دو مجازات مقرر» in each of its five cases.

    The lower bound is exclusive («بیش از», more than; by analogy with advisory opinion 7/92/1135
    on IPC Art 134) and the maximum unchanged: (2/3 max, max], exact (2/3 of 20,000,000 rials =
    13,333,333 1/3; 2/3 of 1 year = 8 months). For a legal person it narrows the Art 748 fine
    unless the reading ``art754_legal_person`` is ``"none"``; closure and dissolution are not
    among "the one or two punishments" and are left alone.
    """

    def apply(self, article: Article, ev: Evaluation) -> None:
        self.fold(article, Context(ev.facts), ev)

    def fold(self, article: Article, ctx: Context, ev: Evaluation) -> None:
        circumstances = ctx.circumstances
        if not circumstances:
            return
        elements = ELEMENT_CIRCUMSTANCES.get(article.id, frozenset()) & circumstances
        if elements:
            reading = ctx.readings.art754_element_circumstance
            _, element_basis = _cases(elements) or ((), cite("754"))
            if reading_is(ctx.readings, "art754_element_circumstance", "not_twice"):
                circumstances = circumstances - elements
                effect = "an element of the offence does not aggravate it again"
            else:
                effect = "Art 754 read literally: an element of the offence also aggravates it"
            ev.trace.append(reading_step(element_basis, "art754_element_circumstance", reading, effect))
        found = _cases(circumstances)
        if found is None:
            return
        cases, basis = found
        legal = ctx.offender is OffenderKind.ORGANISATION
        for index, sanction in enumerate(ev.sanctions):
            if sanction.addressee is not OFFENDER or sanction.kind not in (PRISON, FINE) or sanction.range is None:
                continue
            if legal and reading_is(ctx.readings, "art754_legal_person", "none"):
                ev.trace.append(
                    reading_step(basis, "art754_legal_person", "none", "the legal person's fine is left as is")
                )
                continue
            statutory = sanction.range
            narrowed, threshold = _aggravated(statutory)
            ev.sanctions[index] = Sanction(
                sanction.kind, sanction.addressee, sanction.modality, sanction.basis, narrowed
            )
            ev.trace.append(
                Step(
                    "aggravation_754",
                    basis,
                    (
                        ("cases", cases),
                        ("kind", sanction.kind),
                        ("statutory", statutory),
                        ("threshold", threshold),
                        ("range", narrowed),
                    ),
                )
            )


# Caches of pure functions of the statute's figures (a few dozen ranges and case sets): they keep
# assess() fast without changing any result. Bounded: cleared if they ever grow large.
_CASES: dict[frozenset[Any], tuple[tuple[str, ...], Citation] | None] = {}
_AGGRAVATED: dict[Interval[Any], tuple[Interval[Any], Any]] = {}


def _cases(circumstances: frozenset[Any]) -> tuple[tuple[str, ...], Citation] | None:
    try:
        return _CASES[circumstances]
    except KeyError:
        pass
    present = [c for c in circumstances if c in AGGRAVATING]
    result = None
    if present:
        letters = ", ".join(sorted(AGGRAVATING[c] for c in present))
        result = (tuple(sorted(c.value for c in present)), cite("754", clause=letters))
    if len(_CASES) > _CACHE_LIMIT:
        _CASES.clear()
    _CASES[circumstances] = result
    return result


def _aggravated(statutory: Interval[Any]) -> tuple[Interval[Any], Any]:
    try:
        return _AGGRAVATED[statutory]
    except KeyError:
        pass
    result = (aggravate(statutory), statutory.high * TWO_THIRDS)
    if len(_AGGRAVATED) > _CACHE_LIMIT:
        _AGGRAVATED.clear()
    _AGGRAVATED[statutory] = result
    return result


#: The rules of the Act in the order they apply (see the module docstring).
RULES: tuple[Any, ...] = (Deprivation755(), LegalPersons748(), Aggravation754())
#: Arts 749 and 751 punish the providers themselves: Art 748 and Art 755 do not reach them.
PROVIDER_RULES: tuple[Any, ...] = (Aggravation754(),)

"""PRC Cybersecurity Law (网络安全法): the 2016 text, Arts 59-69, and the text as amended in 2025.

The 2016 text was adopted on 2016-11-07 and was in force from 2017-06-01 to 2025-12-31. The NPCSC
decision of 2025-10-28 amended it, in force 2026-01-01, and renumbered its articles (old 59 is new
61). Chinese texts: law notes ``china_time_and_sentencing.md`` §5 (2016, S8 and T14) and §6
(amended, T15 and T16); ``china.md`` §5.1.

Ids (a decision of this library; ids are stable):

- Every provision of the 2016 text keeps its 2016 number: ``cn.csl.59.1`` ... ``cn.csl.69``
  (``cn.csl.63`` and ``cn.csl.67`` cover both paragraphs: an individual and a unit). Cases and
  commentary of 2017-2025 cite these numbers.
- Where the amended successor is verified, the amended text is the article's current text and the
  2016 text its earlier version (:mod:`penalties.core.versions`): ``cn.csl.59.1`` is new Art 61
  para 1 from 2026-01-01, ``59.2`` new 61(2), ``65`` new 67, ``68.1`` new 69(1), ``68.2`` new
  69(3), ``69`` new 70 (item 1 only: the other items were not retrieved); the personal-information
  articles ``64.1``, ``64.2`` and ``66`` become new Art 71's referral to the PIPL and the DSL
  (no fine of the CSL's own). The article is cited by its amended number (``cn.csl.59.1`` is
  Art 61 para 1) and its 2016 version by the 2016 number (``Version.number``): an assessment,
  its explanation heading and its sanctions cite the number of the text applied (Art 59 or
  Art 61), and the steps of the time rule cite each candidate text by its own number.
- Where the successor was not retrieved (2016 Arts 60, 61, 62, 63, 67), the article ends on
  2025-12-31; a decision from 2026-01-01 is "not determinable" (APL Art 37 needs the new text to
  compare), not "not in force".
- Provisions new in the amendment are ``cn.csl.2025.<new number>``: ``cn.csl.2025.61.3``
  (serious and especially serious harm), ``cn.csl.2025.69.2`` (especially serious), the referral
  ``cn.csl.2025.71`` and ``cn.csl.2025.73`` (mitigation under the APL). The amended number of
  each continued provision is an alias: ``cn.csl.2025.61.1`` is ``cn.csl.59.1``, and so on.
- The new Arts 62-66, 68 and 72 were not retrieved (UNVERIFIED): ``cn.csl.2025.62`` ... are
  catalogued with a note that their text is not verified, so that a caller gets an answer rather
  than an unknown id; nothing of them is encoded, and their status is ``UNVERIFIED``.

Time (law notes §6.3; Administrative Penalty Law Art 37): the text in force when the act was
committed applies, unless at the decision the new text is lighter or the act is no longer
unlawful: :class:`CslTime` is the rule every PRC administrative act declares
(``penalties.law.cn.time.ADMINISTRATIVE``: the fine on the offender by its maximum, then its
minimum, reading O7), with one case of its own below. Old 59 against new 61: the
new text is heavier at every level, so the 2016 text governs acts before 2026-01-01. For the
personal-information articles reading O10 (``pi_referral``) decides: ``"decision_time_regime"``
(default: at the decision the CSL refers to the PIPL and DSL, so the CSL sets no fine; use
``cn.pipl.66.1`` / ``cn.pipl.66.2`` or the DSL) or ``"keep_old"`` (old Art 64 / 66 stays).

Other readings: O15 ``art64_1_persons_fine``: in 2016 Art 64 para 1 the persons' fine follows
"可以根据情节单处或者并处…"; ``"mandatory"`` (default, as worded 处) or ``"discretionary"``.

Statuses: every formula puts the status of its text in the trace (``text_status``): 2016 Arts 59,
60, 63, 64, 68 para 2 and 69 VERIFIED; 61 (its modality), 62, 65, 66, 67, 68 para 1 SINGLE-SOURCE;
amended 61 para 1 VERIFIED, 61 paras 2-3, 67, 69, 70, 71 and 73 SINGLE-SOURCE.

Addressees: 直接负责的主管人员 alone (Arts 59-60 of 2016) is
``Addressee.RESPONSIBLE_MANAGERS``; 直接负责的主管人员和其他直接责任人员 is
``Addressee.RESPONSIBLE_PERSONS``. An individual offender has neither.
"""

from __future__ import annotations

import datetime as _dt
import enum
from typing import Any, ClassVar

import attrs

from ...core.article import Act, Article
from ...core.citation import Citation
from ...core.errors import InvalidFactError
from ...core.facts import OffenderKind
from ...core.formula import (
    AllOf,
    AnyOf,
    Evaluation,
    FixedRange,
    GainsAmount,
    GainsMultiple,
    Node,
    Note,
    OneOf,
    Provision,
    Reading,
    Ref,
    Step,
    Tier,
    Tiered,
    _evaluate_node,
)
from ...core.interval import Interval
from ...core.messages import N_, message, pgettext
from ...core.money import Money
from ...core.plan import Dynamic
from ...core.readings import reading, reading_is, readings_converter
from ...core.sanction import Addressee, Modality, Quantity, SanctionKind, register_kind
from ...core.term import Term
from ...core.versions import UNVERIFIED, Candidate, Choice, Version
from .data_security_law import yuan
from .gains import GainsFacts, gains_in_place
from .time import ADMINISTRATIVE

# Kinds of measure the Cybersecurity Law names, declared by this act (see core.sanction.register_kind).
#: 关闭网站 / 关闭…应用程序 / 关闭…通讯群组.
CLOSURE_OF_WEBSITE = register_kind("closure_of_website", Quantity.NONE, label=N_("closure of the website"))
CLOSURE_OF_APP = register_kind("closure_of_app", Quantity.NONE, label=N_("closure of the application"))
CLOSURE_OF_COMMUNICATION_GROUP = register_kind(
    "closure_of_communication_group", Quantity.NONE, label=N_("closure of the communication group")
)
#: 责令停止使用 (2016 Art 65): stop using the unreviewed product or service.
ORDER_TO_STOP_USE = register_kind(
    "order_to_stop_use", Quantity.NONE, label=N_("order to stop using the product or service")
)
#: 予以通报 (as amended, Art 69): a circulated notice of the violation.
PUBLIC_NOTICE = register_kind("public_notice", Quantity.NONE, label=N_("circulated notice of the violation"))

__all__ = [
    "ACT",
    "ALIASES",
    "ARTICLES",
    "CslCircumstance",
    "CslFacts",
    "CslReadings",
    "CslTime",
    "ProcurementMultiple",
]

OLD_FROM = _dt.date(2017, 6, 1)
OLD_UNTIL = _dt.date(2025, 12, 31)
NEW_FROM = _dt.date(2026, 1, 1)
OLD_TEXT = N_("Cybersecurity Law, 2016 text")
NEW_TEXT = N_("Cybersecurity Law as amended on 2025-10-28")


class CslCircumstance(enum.Enum):
    """Circumstances that raise a CSL article to a higher tier."""

    #: 拒不改正
    REFUSED_CORRECTION = "refused_correction"
    #: 导致危害网络安全等后果 (2016 Arts 59-60; amended Art 61)
    HARMFUL_CONSEQUENCES = "harmful_consequences"
    #: 情节严重
    SERIOUS_CIRCUMSTANCES = "serious_circumstances"
    #: 情节较重 (police cases, 2016 Arts 63 and 67)
    RELATIVELY_SERIOUS = "relatively_serious"
    #: 特别严重危害网络安全后果 (amended Art 61 para 3, second tier)
    ESPECIALLY_SERIOUS = "especially_serious"


@attrs.frozen
class CslReadings:
    """Open readings of the Cybersecurity Law (law notes §8), the default first.

    - ``art64_1_persons_fine`` (O15): ``"mandatory"`` or ``"discretionary"``.
    - ``pi_referral`` (O10): ``"decision_time_regime"`` or ``"keep_old"``.
    """

    art64_1_persons_fine: str = reading("mandatory", "discretionary")
    pi_referral: str = reading("decision_time_regime", "keep_old")


DEFAULT_READINGS = CslReadings()


def _procurement(value: object) -> Money | None:
    if value is None:
        return None
    money = Money.of(value, "CNY", "procurement_amount")
    if money.amount <= 0:
        raise InvalidFactError("procurement_amount", value, "a positive amount in yuan, or None when not known")
    return money


def _cii(value: object) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise InvalidFactError("cii_operator", value, "True, False or None (not stated)")


@attrs.frozen(field_transformer=gains_in_place)
class CslFacts(GainsFacts):
    """Facts of a CSL case.

    - ``procurement_amount`` (采购金额): the price of the unreviewed product or service, read by
      2016 Art 65 / amended Art 67 (positive yuan; ``None`` when not known).
    - ``cii_operator``: whether the offender operates critical information infrastructure
      (关键信息基础设施的运营者); read by the articles addressed to such operators only (2016
      Arts 59 para 2, 65, 66). ``False`` there means the article does not reach the offender.
    """

    CIRCUMSTANCES: ClassVar[type[enum.Enum]] = CslCircumstance
    CURRENCY: ClassVar[str] = "CNY"
    AMOUNT_FACTS: ClassVar[tuple[str, ...]] = ("procurement_amount",)

    procurement_amount: Money | None = attrs.field(default=None, converter=_procurement)
    cii_operator: bool | None = attrs.field(default=None, converter=_cii)
    readings: CslReadings = attrs.field(
        default=DEFAULT_READINGS,
        converter=readings_converter(CslReadings),  # type: ignore[misc]
    )


def _referral(ev: Evaluation) -> bool:
    return any(step.code == "csl_referral" for step in ev.notes)


@attrs.frozen
class CslTime:
    """APL Art 37 as every PRC administrative act applies it (:data:`penalties.law.cn.time.ADMINISTRATIVE`).

    One case is the Cybersecurity Law's own: a new text that is new Art 71's referral still treats
    the act as unlawful (under the PIPL or the DSL) but sets no CSL fine. Reading O10
    (``pi_referral``) weighs it: ``"decision_time_regime"`` takes the referral, ``"keep_old"`` the
    old fine.
    """

    basis: Citation = ADMINISTRATIVE.basis

    def choose(self, article: Article, old: Candidate, new: Candidate) -> Choice:
        if old.evaluation.penal is not False and _referral(new.evaluation):
            facts: Any = old.evaluation.facts
            readings = facts.readings
            steps = (Step("reading", self.basis, (("reading", "pi_referral"), ("value", readings.pi_referral))),)
            if reading_is(readings, "pi_referral", "keep_old"):
                return Choice("offence", (*steps, Step("apl37_referral_keep_old", self.basis)))
            return Choice("decision", (*steps, Step("apl37_referral_regime", self.basis)))
        return ADMINISTRATIVE.choose(article, old, new)


ACT = Act(
    id="cn.csl",
    title=N_("PRC Cybersecurity Law"),
    title_original="中华人民共和国网络安全法",
    jurisdiction="CN",
    language="zh",
    currency="CNY",
    in_force_from=OLD_FROM,
    facts_type=CslFacts,
    source="adopted 2016-11-07, in force 2017-06-01; amended 2025-10-28, in force 2026-01-01",
    time_rule=CslTime(),
)

cite = ACT.cite
SHALL, MAY = Modality.SHALL, Modality.MAY
PERSONS, MANAGERS = Addressee.RESPONSIBLE_PERSONS, Addressee.RESPONSIBLE_MANAGERS
K = SanctionKind
C = CslCircumstance
CNY_0 = Money(0, "CNY")


def days(low: int, high: int) -> FixedRange:
    """Detention in days; ``low`` 0 means 五日以下 with no minimum: ``(0, high]``."""
    if low == 0:
        return FixedRange(Interval(Term.days(0), Term.days(high), low_closed=False))
    return FixedRange(Interval(Term.days(low), Term.days(high)))


def p(
    kind: SanctionKind, modality: Modality, basis: Citation, amount: Any = None, to: Addressee = Addressee.OFFENDER
) -> Provision:
    return Provision(kind, modality, basis, amount, to)


def measures(modality: Modality, basis: Citation, *kinds: SanctionKind) -> OneOf:
    """责令暂停相关业务、停业整顿、关闭网站、吊销相关业务许可证或者吊销营业执照: one of them."""
    return OneOf(tuple(p(kind, modality, basis) for kind in kinds), basis)


FIVE = (
    K.SUSPENSION_OF_BUSINESS,
    K.SUSPENSION_FOR_RECTIFICATION,
    K.CLOSURE_OF_WEBSITE,
    K.REVOCATION_OF_PERMIT,
    K.REVOCATION_OF_LICENCE,
)
SIX = (
    K.SUSPENSION_OF_BUSINESS,
    K.SUSPENSION_FOR_RECTIFICATION,
    K.CLOSURE_OF_WEBSITE,
    K.CLOSURE_OF_APP,
    K.REVOCATION_OF_PERMIT,
    K.REVOCATION_OF_LICENCE,
)


@attrs.frozen
class TextStatus:
    """The status of the text applied, in the sources (VERIFIED, SINGLE-SOURCE), as a step of the trace."""

    status: str
    basis: Citation

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        from ...render.formula import cited

        line = loc.fill(N_("status of this text in the sources: {status}"), status=loc.param("status", self.status))
        return cited(loc, line, self.basis), ()

    def compile(self, ctx: Any) -> tuple[int, ...]:
        ctx.step(Step("text_status", self.basis, (("status", self.status),)))
        return ()

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)


@attrs.frozen
class ProcurementMultiple:
    """采购金额一倍以上十倍以下: 1 to 10 times the procurement amount, inclusive."""

    low_factor: int = 1
    high_factor: int = 10
    static = False

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        line = loc.fill(
            N_("{low}x to {high}x the procurement amount, inclusive"),
            low=loc.number(self.low_factor),
            high=loc.number(self.high_factor),
        )
        return line, ()

    def compile(self, ctx: Any, basis: Citation) -> Dynamic:
        if not ctx.amount_positive("procurement_amount"):
            raise InvalidFactError(
                "procurement_amount", None, f"a positive amount: {basis} fines a multiple of the procurement amount"
            )
        return Dynamic(
            lambda ev: self._range(ev, basis), ("linear", self.low_factor, self.high_factor), over="procurement_amount"
        )

    def _range(self, ev: Evaluation, basis: Citation) -> Interval[Any]:
        facts: Any = ev.facts
        amount = facts.procurement_amount
        result = Interval(amount * self.low_factor, amount * self.high_factor)
        ev.trace.append(
            Step(
                "procurement_multiple",
                basis,
                (
                    ("amount", amount),
                    ("low_factor", self.low_factor),
                    ("high_factor", self.high_factor),
                    ("range", result),
                ),
            )
        )
        return result


@attrs.frozen
class GainsOrNone:
    """违法所得一倍以上十倍以下罚款，没有违法所得的，处一百万元以下罚款: by whether there are gains."""

    with_gains: GainsMultiple
    without: FixedRange
    static = False

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        from ...render.formula import times_gains

        line = loc.fill(
            N_("{multiple}; with no illegal gains: {range}"),
            multiple=times_gains(loc, self.with_gains.low_factor, self.with_gains.high_factor),
            range=loc.interval(self.without.range),
        )
        return line, ()

    def compile(self, ctx: Any, basis: Citation) -> Interval[Any] | Dynamic:
        if not ctx.has_gains():
            ctx.step(Step("no_gains_branch", basis, (("range", self.without.range),)))
            return self.without.range
        compiled: Interval[Any] | Dynamic = self.with_gains.compile(ctx, basis)
        return compiled


@attrs.frozen
class ByOffenderKind:
    """Police cases (2016 Arts 63 and 67): para 1 for an individual, para 2 for a unit."""

    individual: tuple[Node, ...]
    unit: tuple[Node, ...]
    basis: Citation

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        from ...render.formula import cited, heading

        return heading(loc, cited(loc, loc.gettext(N_("by offender")), self.basis)), (
            (heading(loc, loc.gettext(N_("an individual"))), self.individual),
            (heading(loc, loc.gettext(N_("a unit"))), self.unit),
        )

    @property
    def members(self) -> tuple[Node, ...]:
        return (*self.individual, *self.unit)

    def compile(self, ctx: Any) -> tuple[int, ...]:
        slots: tuple[int, ...] = ctx.compile_all(
            self.unit if ctx.offender is OffenderKind.ORGANISATION else self.individual
        )
        return slots

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)


@attrs.frozen
class CiiOnly:
    """关键信息基础设施的运营者…: the article reaches operators of critical information infrastructure only."""

    body: Node
    basis: Citation

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        from ...render.formula import cited, heading

        line = loc.gettext(N_("only an operator of critical information infrastructure"))
        return heading(loc, cited(loc, line, self.basis)), (self.body,)

    @property
    def members(self) -> tuple[Node, ...]:
        return (self.body,)

    def compile(self, ctx: Any) -> tuple[int, ...]:
        cii = ctx.value("cii_operator")
        if cii is False:
            ctx.penal(False)
            ctx.step(Step("not_cii_operator", self.basis))
            return ()
        if cii is None:
            ctx.note(Step("note", self.basis, (("note", "cii_operators_only"),)))
        slots: tuple[int, ...] = ctx.compile(self.body)
        return slots

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)


@attrs.frozen
class Referral:
    """New Art 71: the act is handled and punished under other laws; the CSL sets no fine of its own.

    ``reads_gains`` marks that the article's earlier text reads the illegal gains, so that the
    article still takes them as a fact (:func:`penalties.core.article.reads_gains` finds the
    marker); nothing is evaluated from it.
    """

    basis: Citation
    provisions: str
    reads_gains: GainsAmount | None = None
    #: New Art 71 is VERIFIED in substance, its wording SINGLE-SOURCE (law notes §6.2).
    status: str = "SINGLE-SOURCE"

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        from ...render.formula import cited

        line = loc.fill(N_("handled and punished under other laws: {provisions}"), provisions=self.provisions)
        return cited(loc, line, self.basis), ()

    def compile(self, ctx: Any) -> tuple[int, ...]:
        ctx.penal(False)
        ctx.step(Step("text_status", self.basis, (("status", self.status),)))
        ctx.note(Step("csl_referral", self.basis, (("provisions", self.provisions),)))
        return ()

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)


def cii_tiers(tiered: Tiered, basis: Citation) -> Tiered:
    """Each tier of ``tiered`` guarded by :class:`CiiOnly` (the tiers stay visible to the article)."""
    return Tiered(
        tuple(attrs.evolve(tier, body=(CiiOnly(AllOf(tier.body, tier.basis), basis),)) for tier in tiered.tiers)
    )


def status(value: str, basis: Citation) -> TextStatus:
    return TextStatus(value, basis)


def two_tiers(
    basis: Citation, basic: tuple[Any, ...], aggravated: tuple[Any, ...], when: frozenset[Any], name: str = "aggravated"
) -> Tiered:
    return Tiered((Tier("basic", basic, basis), Tier(name, aggravated, basis, when)))


REFUSED_OR_HARM = frozenset({C.REFUSED_CORRECTION, C.HARMFUL_CONSEQUENCES})
REFUSED_OR_SERIOUS = frozenset({C.REFUSED_CORRECTION, C.SERIOUS_CIRCUMSTANCES})
VERIFIED, SINGLE = "VERIFIED", "SINGLE-SOURCE"


# =============================================================================================
# 2016 text, Arts 59-69 (law notes §5)
def _old_59_1() -> Tiered:
    b = cite("59", 1)
    warn = (p(K.ORDER_TO_CORRECT, SHALL, b), p(K.WARNING, SHALL, b))
    return two_tiers(
        b,
        (status(VERIFIED, b), *warn),
        (
            status(VERIFIED, b),
            *warn,
            p(K.FINE, SHALL, b, yuan(10_000, 100_000)),
            p(K.FINE, SHALL, b, yuan(5_000, 50_000), MANAGERS),
        ),
        REFUSED_OR_HARM,
    )


def _old_59_2() -> Tiered:
    b = cite("59", 2)
    warn = (p(K.ORDER_TO_CORRECT, SHALL, b), p(K.WARNING, SHALL, b))
    return two_tiers(
        b,
        (status(VERIFIED, b), *warn),
        (
            status(VERIFIED, b),
            *warn,
            p(K.FINE, SHALL, b, yuan(100_000, 1_000_000)),
            p(K.FINE, SHALL, b, yuan(10_000, 100_000), MANAGERS),
        ),
        REFUSED_OR_HARM,
    )


def _new_61(para: int) -> Tiered:
    """New Art 61 paras 1-2: a 'may' fine at the basic tier; DRP (managers and staff) fined."""
    b = cite("61", para)
    state = VERIFIED if para == 1 else SINGLE
    basic_fine, fine, persons = (
        ((10_000, 50_000), (50_000, 500_000), (10_000, 100_000))
        if para == 1
        else ((50_000, 100_000), (100_000, 1_000_000), (10_000, 100_000))
    )
    warn = (p(K.ORDER_TO_CORRECT, SHALL, b), p(K.WARNING, SHALL, b))
    return two_tiers(
        b,
        (status(state, b), *warn, p(K.FINE, MAY, b, yuan(*basic_fine))),
        (status(state, b), *warn, p(K.FINE, SHALL, b, yuan(*fine)), p(K.FINE, SHALL, b, yuan(*persons), PERSONS)),
        REFUSED_OR_HARM,
    )


def _old_60() -> Tiered:
    b = cite("60")
    warn = (p(K.ORDER_TO_CORRECT, SHALL, b), p(K.WARNING, SHALL, b))
    return two_tiers(
        b,
        (status(VERIFIED, b), *warn),
        (
            status(VERIFIED, b),
            *warn,
            p(K.FINE, SHALL, b, yuan(50_000, 500_000)),
            p(K.FINE, SHALL, b, yuan(10_000, 100_000), MANAGERS),
        ),
        REFUSED_OR_HARM,
    )


def _old_61() -> Tiered:
    b = cite("61")
    return two_tiers(
        b,
        (status(SINGLE, b), p(K.ORDER_TO_CORRECT, SHALL, b)),
        (
            status(SINGLE, b),
            p(K.ORDER_TO_CORRECT, SHALL, b),
            p(K.FINE, SHALL, b, yuan(50_000, 500_000)),
            measures(MAY, b, *FIVE),
            p(K.FINE, SHALL, b, yuan(10_000, 100_000), PERSONS),
        ),
        REFUSED_OR_SERIOUS,
    )


def _old_62() -> Tiered:
    b = cite("62")
    warn = (p(K.ORDER_TO_CORRECT, SHALL, b), p(K.WARNING, SHALL, b))
    return two_tiers(
        b,
        (status(SINGLE, b), *warn),
        (
            status(SINGLE, b),
            *warn,
            p(K.FINE, SHALL, b, yuan(10_000, 100_000)),
            measures(MAY, b, *FIVE),
            p(K.FINE, SHALL, b, yuan(5_000, 50_000), PERSONS),
        ),
        REFUSED_OR_SERIOUS,
    )


def _police(
    article: str,
    state: str,
    basic: tuple[tuple[int, int], tuple[int, int]],
    serious: tuple[tuple[int, int], tuple[int, int]],
    unit: tuple[int, int],
    extra: tuple[Any, ...],
    gains: bool,
) -> Tiered:
    """2016 Arts 63 and 67: detention and a 'may' fine for an individual; a unit fined, its persons as individuals."""
    b1, b2 = cite(article, 1), cite(article, 2)

    def tier(detention: tuple[int, int], fine: tuple[int, int]) -> tuple[Any, ...]:
        confiscate = (p(K.CONFISCATION_OF_ILLEGAL_GAINS, SHALL, b1, GainsAmount()),) if gains else ()
        confiscate_unit = (p(K.CONFISCATION_OF_ILLEGAL_GAINS, SHALL, b2, GainsAmount()),) if gains else ()
        individual = (
            *confiscate,
            p(K.ADMINISTRATIVE_DETENTION, SHALL, b1, days(*detention)),
            p(K.FINE, MAY, b1, yuan(*fine)),
        )
        persons = (
            p(K.ADMINISTRATIVE_DETENTION, SHALL, b2, days(*detention), PERSONS),
            p(K.FINE, MAY, b2, yuan(*fine), PERSONS),
        )
        return (
            status(state, cite(article)),
            ByOffenderKind(individual, (*confiscate_unit, p(K.FINE, SHALL, b2, yuan(*unit)), *persons), cite(article)),
            *extra,
        )

    return two_tiers(
        cite(article), tier(*basic), tier(*serious), frozenset({C.RELATIVELY_SERIOUS}), "relatively_serious"
    )


def _old_64_1() -> Tiered:
    b = cite("64", 1)
    fine = GainsOrNone(GainsMultiple(1, 10), FixedRange(Interval(CNY_0, Money(1_000_000, "CNY"), low_closed=False)))
    persons = Reading(
        "art64_1_persons_fine",
        (
            ("mandatory", (p(K.FINE, SHALL, b, yuan(10_000, 100_000), PERSONS),)),
            ("discretionary", (p(K.FINE, MAY, b, yuan(10_000, 100_000), PERSONS),)),
        ),
        b,
    )
    alone_or_combined = AnyOf(
        (p(K.WARNING, MAY, b), p(K.CONFISCATION_OF_ILLEGAL_GAINS, MAY, b, GainsAmount()), p(K.FINE, MAY, b, fine)), b
    )
    body = (status(VERIFIED, b), p(K.ORDER_TO_CORRECT, SHALL, b), alone_or_combined, persons)
    return two_tiers(b, body, (*body, measures(MAY, b, *FIVE)), frozenset({C.SERIOUS_CIRCUMSTANCES}), "serious")


def _old_64_2() -> AllOf:
    b = cite("64", 2)
    fine = GainsOrNone(GainsMultiple(1, 10), FixedRange(Interval(CNY_0, Money(1_000_000, "CNY"), low_closed=False)))
    return AllOf(
        (
            status(VERIFIED, b),
            p(K.CONFISCATION_OF_ILLEGAL_GAINS, SHALL, b, GainsAmount()),
            p(K.FINE, SHALL, b, fine),
            Note("criminal_liability", b),
        ),
        b,
    )


def _unreviewed(article: str, state: str, *lead: SanctionKind) -> CiiOnly:
    b = cite(article)
    return CiiOnly(
        AllOf(
            (
                status(state, b),
                *(p(kind, SHALL, b) for kind in lead),
                p(K.FINE, SHALL, b, ProcurementMultiple()),
                p(K.FINE, SHALL, b, yuan(10_000, 100_000), PERSONS),
            ),
            b,
        ),
        b,
    )


def _old_66() -> CiiOnly:
    b = cite("66")
    return CiiOnly(
        AllOf(
            (
                status(SINGLE, b),
                p(K.ORDER_TO_CORRECT, SHALL, b),
                p(K.WARNING, SHALL, b),
                p(K.CONFISCATION_OF_ILLEGAL_GAINS, SHALL, b, GainsAmount()),
                p(K.FINE, SHALL, b, yuan(50_000, 500_000)),
                measures(MAY, b, *FIVE),
                p(K.FINE, SHALL, b, yuan(10_000, 100_000), PERSONS),
            ),
            b,
        ),
        b,
    )


def _old_68(para: int) -> Tiered:
    # Para 2 (app stores, messaging providers) is punished "依照前款规定": the figures of para 1.
    b = cite("68", para)
    state = SINGLE if para == 1 else VERIFIED
    base = (
        p(K.ORDER_TO_CORRECT, SHALL, b),
        p(K.WARNING, SHALL, b),
        p(K.CONFISCATION_OF_ILLEGAL_GAINS, SHALL, b, GainsAmount()),
    )
    return two_tiers(
        b,
        (status(state, b), *base),
        (
            status(state, b),
            *base,
            p(K.FINE, SHALL, b, yuan(100_000, 500_000)),
            measures(MAY, b, *FIVE),
            p(K.FINE, SHALL, b, yuan(10_000, 100_000), PERSONS),
        ),
        REFUSED_OR_SERIOUS,
    )


def _new_69(para: int) -> Tiered:
    """New Art 69 para 1 (and para 3, punished under paras 1-2), with para 2's especially serious tier."""
    b = cite("69", para)
    b2 = cite("69", 2)
    base = (p(K.ORDER_TO_CORRECT, SHALL, b), p(K.WARNING, SHALL, b), p(K.PUBLIC_NOTICE, SHALL, b))
    tiers = [
        Tier("basic", (status(SINGLE, b), *base, p(K.FINE, MAY, b, yuan(50_000, 500_000))), b),
        Tier(
            "aggravated",
            (
                status(SINGLE, b),
                *base,
                p(K.FINE, SHALL, b, yuan(500_000, 2_000_000)),
                measures(MAY, b, *SIX),
                p(K.FINE, SHALL, b, yuan(50_000, 200_000), PERSONS),
            ),
            b,
            REFUSED_OR_SERIOUS,
        ),
    ]
    if para == 3:
        tiers.append(Tier("especially_serious", _new_69_2_body(b2), b2, frozenset({C.ESPECIALLY_SERIOUS})))
    return Tiered(tuple(tiers))


def _new_69_2_body(b: Citation) -> tuple[Any, ...]:
    return (
        status(SINGLE, b),
        p(K.FINE, SHALL, b, yuan(2_000_000, 10_000_000)),
        measures(SHALL, b, *SIX),
        p(K.FINE, SHALL, b, yuan(200_000, 1_000_000), PERSONS),
    )


def _old_69() -> Tiered:
    b = cite("69")
    return two_tiers(
        b,
        (status(VERIFIED, b), p(K.ORDER_TO_CORRECT, SHALL, b)),
        (
            status(VERIFIED, b),
            p(K.ORDER_TO_CORRECT, SHALL, b),
            p(K.FINE, SHALL, b, yuan(50_000, 500_000)),
            p(K.FINE, SHALL, b, yuan(10_000, 100_000), PERSONS),
        ),
        REFUSED_OR_SERIOUS,
    )


def _new_70() -> Tiered:
    b = cite("70", clause=None, item="1")
    return two_tiers(
        b,
        (status(SINGLE, b), p(K.ORDER_TO_CORRECT, SHALL, b)),
        (
            status(SINGLE, b),
            p(K.ORDER_TO_CORRECT, SHALL, b),
            p(K.FINE, SHALL, b, yuan(50_000, 500_000)),
            p(K.FINE, SHALL, b, yuan(10_000, 100_000), PERSONS),
        ),
        REFUSED_OR_SERIOUS,
    )


# ---------------------------------------------------------------------------------------------
# Texts (Chinese), as the notes quote them.
T59_1 = (
    "网络运营者不履行本法第二十一条、第二十五条规定的网络安全保护义务的，由有关主管部门责令改正，给予警告；拒不改正或者导致危害"
    "网络安全等后果的，处一万元以上十万元以下罚款，对直接负责的主管人员处五千元以上五万元以下罚款。"
)
T59_2 = (
    "关键信息基础设施的运营者不履行本法第三十三条、第三十四条、第三十六条、第三十八条规定的网络安全保护义务的，由有关主管部门"
    "责令改正，给予警告；拒不改正或者导致危害网络安全等后果的，处十万元以上一百万元以下罚款，对直接负责的主管人员处一万元以上"
    "十万元以下罚款。"
)
N61_1 = (
    "网络运营者不履行本法第二十三条、第二十七条规定的网络安全保护义务的，由有关主管部门责令改正，给予警告，可以处一万元以上五万元"
    "以下罚款；拒不改正或者导致危害网络安全等后果的，处五万元以上五十万元以下罚款，对直接负责的主管人员和其他直接责任人员处一万元"
    "以上十万元以下罚款。"
)
N61_2 = (
    "关键信息基础设施的运营者不履行本法第三十五条、第三十六条、第三十八条、第四十条规定的网络安全保护义务的，由有关主管部门责令改正，"
    "给予警告，可以处五万元以上十万元以下罚款；拒不改正或者导致危害网络安全等后果的，处十万元以上一百万元以下罚款，对直接负责的"
    "主管人员和其他直接责任人员处一万元以上十万元以下罚款。"
)
N61_3 = (
    "有前两款行为，造成大量数据泄露、关键信息基础设施丧失局部功能等严重危害网络安全后果的，由有关主管部门处五十万元以上二百万元"
    "以下罚款，对直接负责的主管人员和其他直接责任人员处五万元以上二十万元以下罚款；造成关键信息基础设施丧失主要功能等特别严重危害"
    "网络安全后果的，处二百万元以上一千万元以下罚款，对直接负责的主管人员和其他直接责任人员处二十万元以上一百万元以下罚款。"
)
T60 = (
    "违反本法第二十二条第一款、第二款和第四十八条第一款规定，有下列行为之一的，由有关主管部门责令改正，给予警告；拒不改正或者导致"
    "危害网络安全等后果的，处五万元以上五十万元以下罚款，对直接负责的主管人员处一万元以上十万元以下罚款：（一）设置恶意程序的；"
    "（二）对其产品、服务存在的安全缺陷、漏洞等风险未立即采取补救措施，或者未按照规定及时告知用户并向有关主管部门报告的；（三）"
    "擅自终止为其产品、服务提供安全维护的。"
)
T61 = (
    "网络运营者违反本法第二十四条第一款规定，未要求用户提供真实身份信息，或者对不提供真实身份信息的用户提供相关服务的，由有关主管"
    "部门责令改正；拒不改正或者情节严重的，处五万元以上五十万元以下罚款，并可以由有关主管部门责令暂停相关业务、停业整顿、关闭网站、"
    "吊销相关业务许可证或者吊销营业执照，对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。"
)
T62 = (
    "违反本法第二十六条规定，开展网络安全认证、检测、风险评估等活动，或者向社会发布系统漏洞、计算机病毒、网络攻击、网络侵入等网络"
    "安全信息的，由有关主管部门责令改正，给予警告；拒不改正或者情节严重的，处一万元以上十万元以下罚款，并可以由有关主管部门责令暂停"
    "相关业务、停业整顿、关闭网站、吊销相关业务许可证或者吊销营业执照，对直接负责的主管人员和其他直接责任人员处五千元以上五万元以下罚款。"
)
T63 = (
    "违反本法第二十七条规定，从事危害网络安全的活动，或者提供专门用于从事危害网络安全活动的程序、工具，或者为他人从事危害网络安全的"
    "活动提供技术支持、广告推广、支付结算等帮助，尚不构成犯罪的，由公安机关没收违法所得，处五日以下拘留，可以并处五万元以上五十万元"
    "以下罚款；情节较重的，处五日以上十五日以下拘留，可以并处十万元以上一百万元以下罚款。\n"
    "单位有前款行为的，由公安机关没收违法所得，处十万元以上一百万元以下罚款，并对直接负责的主管人员和其他直接责任人员依照前款规定处罚。\n"
    "违反本法第二十七条规定，受到治安管理处罚的人员，五年内不得从事网络安全管理和网络运营关键岗位的工作；受到刑事处罚的人员，终身不得"
    "从事网络安全管理和网络运营关键岗位的工作。"
)
T64_1 = (
    "网络运营者、网络产品或者服务的提供者违反本法第二十二条第三款、第四十一条至第四十三条规定，侵害个人信息依法得到保护的权利的，由"
    "有关主管部门责令改正，可以根据情节单处或者并处警告、没收违法所得、处违法所得一倍以上十倍以下罚款，没有违法所得的，处一百万元以下"
    "罚款，对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款；情节严重的，并可以责令暂停相关业务、停业整顿、关闭网站、"
    "吊销相关业务许可证或者吊销营业执照。"
)
T64_2 = (
    "违反本法第四十四条规定，窃取或者以其他非法方式获取、非法出售或者非法向他人提供个人信息，尚不构成犯罪的，由公安机关没收违法所得，"
    "并处违法所得一倍以上十倍以下罚款，没有违法所得的，处一百万元以下罚款。"
)
T65 = (
    "关键信息基础设施的运营者违反本法第三十五条规定，使用未经安全审查或者安全审查未通过的网络产品或者服务的，由有关主管部门责令停止"
    "使用，处采购金额一倍以上十倍以下罚款；对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。"
)
N67 = (
    "关键信息基础设施的运营者违反本法第三十七条规定，使用未经安全审查或者安全审查未通过的网络产品或者服务的，由有关主管部门责令限期"
    "改正、停止使用、消除对国家安全的影响，处采购金额一倍以上十倍以下罚款，对直接负责的主管人员和其他直接责任人员处一万元以上十万元"
    "以下罚款。"
)
T66 = (
    "关键信息基础设施的运营者违反本法第三十七条规定，在境外存储网络数据，或者向境外提供网络数据的，由有关主管部门责令改正，给予警告，"
    "没收违法所得，处五万元以上五十万元以下罚款，并可以责令暂停相关业务、停业整顿、关闭网站、吊销相关业务许可证或者吊销营业执照；对"
    "直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。"
)
T67 = (
    "违反本法第四十六条规定，设立用于实施违法犯罪活动的网站、通讯群组，或者利用网络发布涉及实施违法犯罪活动的信息，尚不构成犯罪的，"
    "由公安机关处五日以下拘留，可以并处一万元以上十万元以下罚款；情节较重的，处五日以上十五日以下拘留，可以并处五万元以上五十万元以下"
    "罚款。关闭用于实施违法犯罪活动的网站、通讯群组。\n"
    "单位有前款行为的，由公安机关处十万元以上五十万元以下罚款，并对直接负责的主管人员和其他直接责任人员依照前款规定处罚。"
)
T68_1 = (
    "网络运营者违反本法第四十七条规定，对法律、行政法规禁止发布或者传输的信息未停止传输、采取消除等处置措施、保存有关记录的，由有关"
    "主管部门责令改正，给予警告，没收违法所得；拒不改正或者情节严重的，处十万元以上五十万元以下罚款，并可以责令暂停相关业务、停业整顿、"
    "关闭网站、吊销相关业务许可证或者吊销营业执照，对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。"
)
T68_2 = (
    "电子信息发送服务提供者、应用软件下载服务提供者，不履行本法第四十八条第二款规定的安全管理义务的，依照前款规定处罚。"
)
N69_1 = (
    "网络运营者违反本法第四十九条规定，对法律、行政法规禁止发布或者传输的信息未停止传输、采取消除等处置措施、保存有关记录、向有关主管"
    "部门报告，或者违反本法第五十二条规定，不按照有关部门的要求对法律、行政法规禁止发布或者传输的信息停止传输、采取消除等处置措施、"
    "保存有关记录的，由有关主管部门责令改正，给予警告、予以通报，可以处五万元以上五十万元以下罚款；拒不改正或者情节严重的，处五十万元"
    "以上二百万元以下罚款，并可以责令暂停相关业务、停业整顿、关闭网站或者应用程序、吊销相关业务许可证或者吊销营业执照，对直接负责的"
    "主管人员和其他直接责任人员处五万元以上二十万元以下罚款。"
)
N69_2 = (
    "有前款行为，造成特别严重影响、特别严重后果的，由有关主管部门处二百万元以上一千万元以下罚款，责令暂停相关业务、停业整顿、关闭网站"
    "或者应用程序、吊销相关业务许可证或者吊销营业执照，对直接负责的主管人员和其他直接责任人员处二十万元以上一百万元以下罚款。"
)
N69_3 = (
    "电子信息发送服务提供者、应用软件下载服务提供者，不履行本法第五十条第二款规定的安全管理义务的，依照前两款规定处罚。"
)
T69 = (
    "网络运营者违反本法规定，有下列行为之一的，由有关主管部门责令改正；拒不改正或者情节严重的，处五万元以上五十万元以下罚款，对直接"
    "负责的主管人员和其他直接责任人员，处一万元以上十万元以下罚款：（一）不按照有关部门的要求对法律、行政法规禁止发布或者传输的信息，"
    "采取停止传输、消除等处置措施的；（二）拒绝、阻碍有关部门依法实施的监督检查的；（三）拒不向公安机关、国家安全机关提供技术支持和"
    "协助的。"
)
N70 = (
    "网络运营者违反本法规定，有下列行为之一的，由有关主管部门责令改正；拒不改正或者情节严重的，处五万元以上五十万元以下罚款，对直接"
    "负责的主管人员和其他直接责任人员，处一万元以上十万元以下罚款：（一）拒绝、阻碍有关部门依法实施的监督检查的；……"
)
N71 = (
    "有下列行为之一的，依照有关法律、行政法规的规定处理、处罚：（一）发布或者传输本法第十三条第二款和其他法律、行政法规禁止发布或者"
    "传输的信息的；（二）违反本法第二十四条第三款、第四十三条至第四十五条规定，侵害个人信息权益的；（三）违反本法第三十九条规定，关键"
    "信息基础设施的运营者在境外存储个人信息和重要数据，或者向境外提供个人信息和重要数据的。违反本法第四十六条规定，窃取或者以其他非法"
    "方式获取、非法出售或者非法向他人提供个人信息，尚不构成犯罪的，由公安机关依照有关法律、行政法规的规定处罚。"
)
N73 = (
    "违反本法规定，但具有《中华人民共和国行政处罚法》规定的从轻、减轻或者不予处罚情形的，"
    "依照其规定从轻、减轻或者不予处罚。"
)

PI_REFERRAL = "cn.pipl.66.1, cn.pipl.66.2, cn.dsl.45.1"
ABROAD_REFERRAL = "cn.pipl.66.1, cn.pipl.66.2, cn.dsl.46"
POLICE_REFERRAL = "cn.cl.253-1"


def _version(text: str, gloss: str, formula: Any, state: str, notes: tuple[str, ...] = ()) -> Version:
    return Version(OLD_FROM, OLD_TEXT, text, gloss, formula, state, notes)


def _continued(
    id: str,
    number: str,
    paragraph: int | None,
    title: str,
    title_original: str,
    old: Version,
    new_text: str,
    new_gloss: str,
    new_formula: Any,
    notes: tuple[str, ...] = (),
    penal: bool = True,
    unread: frozenset[str] = frozenset(),
    status: str = SINGLE,
    now: tuple[str, int | None] | None = None,
) -> Article:
    """A 2016 provision whose amended text is verified: the amended text current, the 2016 text earlier.

    ``number`` / ``paragraph`` are the 2016 ones (the id keeps them; the 2016 text is cited by
    them); ``now`` is the amended text's article and paragraph, which cite the article as it
    stands and the assessments where the amended text applies.
    """
    if now is None:
        raise ValueError(f"{id}: the amended text's article (now=) is required")
    return Article(
        id=id,
        act=ACT,
        number=now[0],
        paragraph=now[1],
        title=title,
        title_original=title_original,
        text=new_text,
        gloss=new_gloss,
        formula=new_formula,
        in_force_from=NEW_FROM,
        versions=(attrs.evolve(old, number=number, paragraph=paragraph),),
        instrument=NEW_TEXT,
        status=status,
        translation_notes=notes,
        penal=penal,
        unread_facts=unread,
    )


#: A decision from 2026 on a 2016 provision whose amended text was not retrieved: APL Art 37 applies
#: the text of the act unless the new one is lighter, which cannot be told without the new text.
SUCCESSOR_UNVERIFIED = N_(
    "the text was amended from 2026-01-01 and the amended text is not verified: for a decision from that "
    "day neither the new text nor the comparison of Administrative Penalty Law Art 37 can be applied"
)


def _old_only(
    id: str,
    number: str,
    paragraph: int | None,
    title: str,
    title_original: str,
    text: str,
    gloss: str,
    formula: Any,
    notes: tuple[str, ...] = (),
    unread: frozenset[str] = frozenset(),
    status: str = VERIFIED,
) -> Article:
    """A 2016 provision whose amended successor was not retrieved: in force until 2025-12-31."""
    return Article(
        id=id,
        act=ACT,
        number=number,
        paragraph=paragraph,
        title=title,
        title_original=title_original,
        text=text,
        gloss=gloss,
        formula=formula,
        in_force_until=OLD_UNTIL,
        instrument=OLD_TEXT,
        status=status,
        translation_notes=(
            *notes,
            "The amended successor of this article was not retrieved (UNVERIFIED); it is not encoded.",
        ),
        successor_unverified=SUCCESSOR_UNVERIFIED,
        unread_facts=unread,
    )


NOT_PROCUREMENT = frozenset({"procurement_amount", "cii_operator"})
NOT_PROCUREMENT_CII = frozenset({"procurement_amount"})
ONLY_GAINS = frozenset({"procurement_amount", "cii_operator"})

ARTICLES_LIST: list[Article] = [
    _continued(
        "cn.csl.59.1",
        "59",
        1,
        "Operators failing network security protection duties",
        "网络运营者不履行网络安全保护义务",
        _version(
            T59_1,
            "An operator failing the duties of Arts 21 and 25: order to correct and warning; on refusal or harm to "
            "network security, a fine of 10,000-100,000 yuan, and the directly responsible person in charge (only) "
            "5,000-50,000.",
            _old_59_1(),
            VERIFIED,
        ),
        N61_1,
        "As amended (new Art 61 para 1): order to correct and warning, and a fine of 10,000-50,000 yuan may be "
        "added; on refusal or harm, 50,000-500,000, and the directly responsible persons (managers and staff) "
        "10,000-100,000. Serious harm: cn.csl.2025.61.3.",
        _new_61(1),
        ("直接负责的主管人员 (2016) is the person in charge only; the amended text adds 其他直接责任人员 (staff).",),
        unread=NOT_PROCUREMENT,
        status=VERIFIED,
        now=("61", 1),
    ),
    _continued(
        "cn.csl.59.2",
        "59",
        2,
        "Critical information infrastructure operators failing protection duties",
        "关键信息基础设施的运营者不履行网络安全保护义务",
        _version(
            T59_2,
            "A critical-information-infrastructure operator failing the duties of Arts 33, 34, 36 and 38: order "
            "to correct and warning; on refusal or harm, 100,000-1,000,000 yuan, and the person in charge "
            "10,000-100,000.",
            cii_tiers(_old_59_2(), cite("59", 2)),
            VERIFIED,
        ),
        N61_2,
        "As amended (new Art 61 para 2): order to correct and warning, and 50,000-100,000 yuan may be added; on "
        "refusal or harm, 100,000-1,000,000, and the directly responsible persons 10,000-100,000.",
        cii_tiers(_new_61(2), cite("61", 2)),
        unread=NOT_PROCUREMENT_CII,
        now=("61", 2),
    ),
    _old_only(
        "cn.csl.60",
        "60",
        None,
        "Malicious programs, unremedied flaws, abandoned maintenance",
        "设置恶意程序、未及时补救安全缺陷等",
        T60,
        "Setting malicious programs, not remedying security flaws or not informing users and reporting, or "
        "stopping security maintenance: order to correct and warning; on refusal or harm, 50,000-500,000 yuan, and "
        "the person in charge 10,000-100,000.",
        _old_60(),
        unread=NOT_PROCUREMENT,
    ),
    _old_only(
        "cn.csl.61",
        "61",
        None,
        "No real-identity check of users",
        "未要求用户提供真实身份信息",
        T61,
        "Not requiring users' real identity, or serving users who do not give it: order to correct; on refusal or "
        "where serious, 50,000-500,000 yuan; suspension, rectification, closure of the website or revocation may "
        "be ordered; the directly responsible persons 10,000-100,000.",
        _old_61(),
        ("One paraphrasing copy reads 可以处 (may fine); the library follows S8's 处 (shall): SINGLE-SOURCE.",),
        unread=NOT_PROCUREMENT,
        status=SINGLE,
    ),
    _old_only(
        "cn.csl.62",
        "62",
        None,
        "Unlawful security testing or publication of security information",
        "违规开展网络安全认证、检测或者发布网络安全信息",
        T62,
        "Unlawful certification, testing or risk assessment, or publishing vulnerabilities, viruses or attacks: "
        "order to correct and warning; on refusal or where serious, 10,000-100,000 yuan, measures may be ordered, "
        "and the directly responsible persons 5,000-50,000.",
        _old_62(),
        unread=NOT_PROCUREMENT,
        status=SINGLE,
    ),
    _old_only(
        "cn.csl.63",
        "63",
        None,
        "Activities endangering network security (police)",
        "从事危害网络安全的活动",
        T63,
        "Endangering network security, or providing tools or help for it, short of a crime: the police confiscate "
        "the gains and detain an individual up to 5 days, and may fine 50,000-500,000 yuan; where relatively "
        "serious, 5-15 days and may fine 100,000-1,000,000. A unit is fined 100,000-1,000,000 and its directly "
        "responsible persons are punished as individuals. Para 3: job bans (5 years, or for life after a criminal "
        "punishment) from key network-security posts.",
        _police(
            "63",
            VERIFIED,
            ((0, 5), (50_000, 500_000)),
            ((5, 15), (100_000, 1_000_000)),
            (100_000, 1_000_000),
            (Note("key_post_ban", cite("63", 3)), Note("criminal_liability", cite("63", 1))),
            True,
        ),
        ("五日以下拘留 has no minimum: detention of up to 5 days, the range (0, 5] days.",),
        unread=NOT_PROCUREMENT,
    ),
    _continued(
        "cn.csl.64.1",
        "64",
        1,
        "Infringing personal information (operators and providers)",
        "侵害个人信息依法得到保护的权利",
        _version(
            T64_1,
            "An operator or provider infringing personal-information rights (Arts 22(3), 41-43): order to correct; "
            "as the circumstances require, alone or combined: warning, confiscation, a fine of 1-10 times the "
            "illegal gains (with no gains, up to 1,000,000 yuan); the directly responsible persons 10,000-100,000 "
            "(reading art64_1_persons_fine); where serious, suspension, closure or revocation may be ordered.",
            _old_64_1(),
            VERIFIED,
        ),
        N71,
        "From 2026-01-01 (new Art 71 item 2) infringing personal-information rights is handled and punished under "
        "other laws: the PIPL (cn.pipl.66.1, cn.pipl.66.2) and the DSL. The CSL sets no fine of its own.",
        Referral(cite("71", item="2"), PI_REFERRAL, GainsAmount()),
        penal=True,
        unread=ONLY_GAINS,
        now=("71", None),
    ),
    _continued(
        "cn.csl.64.2",
        "64",
        2,
        "Stealing, selling or illegally providing personal information (police)",
        "窃取、非法出售或者提供个人信息",
        _version(
            T64_2,
            "Stealing, illegally obtaining, selling or providing personal information, short of a crime: the "
            "police confiscate the gains and fine 1-10 times the gains (with no gains, up to 1,000,000 yuan).",
            _old_64_2(),
            VERIFIED,
        ),
        N71,
        "From 2026-01-01 (new Art 71 para 2) the police punish under other laws (the Public Security "
        "Administration Punishments Law, whose 2025 text is not verified); a crime: cn.cl.253-1.",
        Referral(cite("71", 2), POLICE_REFERRAL, GainsAmount()),
        unread=ONLY_GAINS,
        now=("71", 2),
    ),
    _continued(
        "cn.csl.65",
        "65",
        None,
        "Critical infrastructure using unreviewed products or services",
        "使用未经安全审查的网络产品或者服务",
        _version(
            T65,
            "A critical-information-infrastructure operator using products or services that failed or skipped the "
            "security review: ordered to stop using them, fined 1-10 times the procurement amount; the directly "
            "responsible persons 10,000-100,000 yuan.",
            _unreviewed("65", SINGLE, K.ORDER_TO_STOP_USE),
            SINGLE,
        ),
        N67,
        "As amended (new Art 67): ordered to correct within a time limit, stop using them and eliminate the "
        "effect on national security; fined 1-10 times the procurement amount; the persons 10,000-100,000.",
        _unreviewed("67", SINGLE, K.ORDER_TO_CORRECT, K.ORDER_TO_STOP_USE),
        ("采购金额 is the amount paid for the product or service (the fact procurement_amount).",),
        now=("67", None),
    ),
    _continued(
        "cn.csl.66",
        "66",
        None,
        "Critical infrastructure storing or sending network data abroad",
        "关键信息基础设施的运营者在境外存储或者向境外提供网络数据",
        _version(
            T66,
            "A critical-information-infrastructure operator storing or sending network data abroad (Art 37): "
            "order to correct, warning, confiscation, 50,000-500,000 yuan, measures may be ordered; the directly "
            "responsible persons 10,000-100,000.",
            _old_66(),
            SINGLE,
        ),
        N71,
        "From 2026-01-01 (new Art 71 item 3) storing or sending personal information and important data abroad "
        "is handled and punished under other laws: the PIPL and the DSL (cn.dsl.46). The CSL sets no fine of its own.",
        Referral(cite("71", item="3"), ABROAD_REFERRAL, GainsAmount()),
        unread=NOT_PROCUREMENT_CII,
        now=("71", None),
    ),
    _old_only(
        "cn.csl.67",
        "67",
        None,
        "Websites or groups for crime; publishing crime information (police)",
        "设立用于实施违法犯罪活动的网站、通讯群组",
        T67,
        "Setting up websites or groups for crime, or publishing information on committing crimes, short of a "
        "crime: detention of an individual up to 5 days and a fine of 10,000-100,000 yuan may be added; where "
        "relatively serious, 5-15 days and 50,000-500,000 may be added; the sites or groups are closed. A unit: "
        "100,000-500,000, its persons punished as individuals.",
        _police(
            "67",
            SINGLE,
            ((0, 5), (10_000, 100_000)),
            ((5, 15), (50_000, 500_000)),
            (100_000, 500_000),
            (
                p(K.CLOSURE_OF_WEBSITE, SHALL, cite("67", 1)),
                p(K.CLOSURE_OF_COMMUNICATION_GROUP, SHALL, cite("67", 1)),
                Note("criminal_liability", cite("67", 1)),
            ),
            False,
        ),
        unread=frozenset({"procurement_amount", "cii_operator", "illegal_gains"}),
        status=SINGLE,
    ),
    _continued(
        "cn.csl.68.1",
        "68",
        1,
        "Not stopping prohibited information",
        "对法律、行政法规禁止发布或者传输的信息未停止传输",
        _version(
            T68_1,
            "Not stopping, deleting or recording prohibited information: order to correct, warning, confiscation; "
            "on refusal or where serious, 100,000-500,000 yuan, measures may be ordered, the persons 10,000-100,000.",
            _old_68(1),
            SINGLE,
        ),
        N69_1,
        "As amended (new Art 69 para 1): order to correct, warning and a circulated notice; 50,000-500,000 yuan "
        "may be added; on refusal or where serious, 500,000-2,000,000, measures (including closure of the website "
        "or the application) may be ordered, the persons 50,000-200,000. Especially serious: cn.csl.2025.69.2.",
        _new_69(1),
        unread=NOT_PROCUREMENT,
        now=("69", 1),
    ),
    _continued(
        "cn.csl.68.2",
        "68",
        2,
        "Messaging and app-download providers failing management duties",
        "电子信息发送服务提供者、应用软件下载服务提供者不履行安全管理义务",
        _version(T68_2, "Punished as under para 1.", _old_68(2), VERIFIED),
        N69_3,
        "As amended (new Art 69 para 3): punished as under paras 1 and 2 of new Art 69.",
        _new_69(3),
        unread=NOT_PROCUREMENT,
        now=("69", 3),
    ),
    _continued(
        "cn.csl.69",
        "69",
        None,
        "Disobeying orders, obstructing inspection, refusing technical support",
        "拒绝、阻碍监督检查等",
        _version(
            T69,
            "Not handling prohibited information as required, obstructing supervision and inspection, or refusing "
            "technical support to the police or state security: order to correct; on refusal or where serious, "
            "50,000-500,000 yuan, the persons 10,000-100,000.",
            _old_69(),
            VERIFIED,
        ),
        N70,
        "As amended (new Art 70, item 1 as retrieved): obstructing supervision and inspection: order to correct; "
        "on refusal or where serious, 50,000-500,000 yuan, the persons 10,000-100,000. The other items of new "
        "Art 70 were not retrieved (UNVERIFIED).",
        _new_70(),
        ("Old item (一) moved to new Art 69 (Art 52 duties); new Art 70's remaining items are not verified.",),
        unread=NOT_PROCUREMENT,
        now=("70", None),
    ),
    # -- provisions new in the amendment ------------------------------------------------------
    Article(
        id="cn.csl.2025.61.3",
        act=ACT,
        number="61",
        paragraph=3,
        title="Serious and especially serious harm to network security",
        title_original="造成严重危害网络安全后果",
        text=N61_3,
        gloss=(
            "The conduct of new Art 61 paras 1-2 causing serious harm (large-scale data leaks, partial loss of "
            "function of critical infrastructure): 500,000-2,000,000 yuan, the persons 50,000-200,000; especially "
            "serious harm (loss of main functions): 2,000,000-10,000,000, the persons 200,000-1,000,000."
        ),
        formula=Tiered(
            (
                Tier(
                    "serious",
                    (
                        status(SINGLE, cite("61", 3)),
                        p(K.FINE, SHALL, cite("61", 3), yuan(500_000, 2_000_000)),
                        p(K.FINE, SHALL, cite("61", 3), yuan(50_000, 200_000), PERSONS),
                    ),
                    cite("61", 3),
                ),
                Tier(
                    "especially_serious",
                    (
                        status(SINGLE, cite("61", 3)),
                        p(K.FINE, SHALL, cite("61", 3), yuan(2_000_000, 10_000_000)),
                        p(K.FINE, SHALL, cite("61", 3), yuan(200_000, 1_000_000), PERSONS),
                    ),
                    cite("61", 3),
                    frozenset({C.ESPECIALLY_SERIOUS}),
                ),
            )
        ),
        in_force_from=NEW_FROM,
        instrument=NEW_TEXT,
        status=SINGLE,
        unread_facts=NOT_PROCUREMENT,
    ),
    Article(
        id="cn.csl.2025.69.2",
        act=ACT,
        number="69",
        paragraph=2,
        title="Prohibited information: especially serious effects or consequences",
        title_original="造成特别严重影响、特别严重后果",
        text=N69_2,
        gloss=(
            "The conduct of new Art 69 para 1 with especially serious effects or consequences: 2,000,000-10,000,000 "
            "yuan; suspension, rectification, closure of the website or application, or revocation is ordered (not "
            "'may'); the persons 200,000-1,000,000."
        ),
        formula=AllOf(_new_69_2_body(cite("69", 2)), cite("69", 2)),
        in_force_from=NEW_FROM,
        instrument=NEW_TEXT,
        status=SINGLE,
        unread_facts=NOT_PROCUREMENT,
    ),
    Article(
        id="cn.csl.2025.71",
        act=ACT,
        number="71",
        title="Referral to other laws (personal information, prohibited information, data abroad)",
        title_original="依照有关法律、行政法规的规定处理、处罚",
        text=N71,
        gloss=(
            "Publishing prohibited information, infringing personal-information rights, and critical infrastructure "
            "storing or sending personal information and important data abroad are handled and punished under the "
            "relevant laws (the PIPL, the DSL); stealing or selling personal information, short of a crime, is "
            "punished by the police under the relevant laws. The CSL sets no fine of its own for them."
        ),
        formula=Referral(cite("71"), PI_REFERRAL + ", cn.dsl.46, cn.cl.253-1"),
        penal=False,
        in_force_from=NEW_FROM,
        instrument=NEW_TEXT,
        status=SINGLE,
        unread_facts=NOT_PROCUREMENT,
    ),
    Article(
        id="cn.csl.2025.73",
        act=ACT,
        number="73",
        title="Lighter, mitigated or no punishment under the Administrative Penalty Law",
        title_original="依照行政处罚法从轻、减轻或者不予处罚",
        text=N73,
        gloss=(
            "A violation with a ground for lighter, mitigated or no punishment under the Administrative Penalty Law "
            "(Arts 30, 32, 33) is punished more lightly, mitigated or not punished accordingly."
        ),
        formula=AllOf((Note("apl_mitigation", cite("73")), Note("not_a_penalty", cite("73"))), cite("73")),
        penal=False,
        in_force_from=NEW_FROM,
        instrument=NEW_TEXT,
        status=SINGLE,
        unread_facts=NOT_PROCUREMENT,
    ),
]

# New Arts 62-66, 68 and 72 were not retrieved: an answer that says so, nothing encoded.
for _number in ("62", "63", "64", "65", "66", "68", "72"):
    ARTICLES_LIST.append(
        Article(
            id=f"cn.csl.2025.{_number}",
            act=ACT,
            number=_number,
            title="Text not verified",
            title_original="文本未核实",
            text="",
            gloss=(
                f"Art {_number} of the Cybersecurity Law as amended (in force 2026-01-01) was not retrieved from any "
                "source: its text and figures are UNVERIFIED and are not encoded."
            ),
            formula=Note("text_not_verified", cite(_number)),
            penal=False,
            in_force_from=NEW_FROM,
            instrument=NEW_TEXT,
            status=UNVERIFIED,
            unread_facts=NOT_PROCUREMENT,
        )
    )

ARTICLES: tuple[Article, ...] = tuple(ARTICLES_LIST)

#: The amended numbering of each continued provision.
ALIASES: dict[str, str] = {
    "cn.csl.2025.61.1": "cn.csl.59.1",
    "cn.csl.2025.61.2": "cn.csl.59.2",
    "cn.csl.2025.67": "cn.csl.65",
    "cn.csl.2025.69.1": "cn.csl.68.1",
    "cn.csl.2025.69.3": "cn.csl.68.2",
    "cn.csl.2025.70": "cn.csl.69",
}

message("kind.fine@cn.csl", pgettext("cn.csl", "fine"))
message("fact.procurement_amount", N_("procurement amount"))
message("fact.cii_operator", N_("operator of critical information infrastructure"))
message("circumstances.harmful_consequences", N_("harm to network security"))
message("circumstances.relatively_serious", N_("relatively serious circumstances"))
message("circumstances.especially_serious", N_("especially serious circumstances"))
message("tier.relatively_serious", N_("relatively serious circumstances"))
message(
    "reading.art64_1_persons_fine",
    N_("whether the fine on the directly responsible persons in Cybersecurity Law Art 64 para 1 is mandatory"),
)
message("reading.art64_1_persons_fine.mandatory", N_("mandatory"))
message("reading.art64_1_persons_fine.discretionary", N_("within the authority's discretion"))
message(
    "reading.pi_referral",
    N_("an act before 2026 decided later: the old personal-information fine or the referral to other laws"),
)
message("reading.pi_referral.decision_time_regime", N_("the law at the decision: the referral"))
message("reading.pi_referral.keep_old", N_("the old fine stays"))
message("step.text_status", N_("status of this text in the sources: {status}"))
message(
    "step.procurement_multiple",
    N_("{low_factor} to {high_factor} times the procurement amount of {amount} = {range}"),
)
message("step.no_gains_branch", N_("there are no illegal gains, so the fine is {range}"))
message(
    "step.not_cii_operator",
    N_("the offender does not operate critical information infrastructure: the article does not reach it"),
)
message("note.cii_operators_only", N_("this article reaches operators of critical information infrastructure only"))
message("step.csl_referral", N_("handled and punished under other laws; see {provisions}"))
message(
    "note.key_post_ban",
    N_(
        "persons punished are barred from key network-security posts: five years, "
        "or for life after a criminal punishment"
    ),
)
message(
    "note.apl_mitigation", N_("lighter, mitigated or no punishment where the Administrative Penalty Law provides it")
)
message("note.text_not_verified", N_("the text of this article was not retrieved from any source and is not encoded"))
message(
    "step.apl37_referral_regime",
    N_("at the decision the law refers to other laws and sets no fine of its own: the new text applies"),
)
message("step.apl37_referral_keep_old", N_("the old fine of the time of the act stays"))

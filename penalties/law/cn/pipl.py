"""PRC Personal Information Protection Law (个人信息保护法), 2021, Chapter VII (法律责任), Arts 66-71.

Adopted at the 30th session of the Standing Committee of the 13th National People's Congress on
20 August 2021; in force 1 November 2021 (Art 74). Chinese text: law notes
``china_time_and_sentencing.md`` §4 and ``china.md`` §5.2 (S7; Arts 67-71 also T17), VERIFIED.
An act committed before 2021-11-01 cannot be fined under the PIPL (Administrative Penalty Law
Art 37): assessing an article on an earlier date raises
:class:`~penalties.core.errors.NotInForceError`.

Only Art 66 carries fines. Arts 67-71 are catalogued so that a caller gets a clear answer: credit
record (67), state organs (68: order to correct and disciplinary sanctions, **no fine on a state
organ**), civil liability with presumed fault (69), public-interest suits (70), public-security
punishment and criminal liability (71).

Conventions of the text (as in the Data Security Law, ``cn.dsl``):

- 以上 / 以下 include the number; a maximum written with 以下 and no minimum (一百万元以下) is the
  range ``(0, 1,000,000]``: the low end is excluded, as a fine of nothing is no fine.
- 处 / 并处 is mandatory (``SHALL``); 可以 is discretionary (``MAY``).
- 直接负责的主管人员和其他直接责任人员 ("the directly responsible persons") exist only for an
  organisation: an individual processor gets no persons' fine (the trace says so).

Two open readings (law notes §8):

- O12, ``art66_1_persons_fine``: in para 1 the persons' fine follows "拒不改正的，并处一百万元以下
  罚款；"; whether it needs the refusal is ambiguous. ``"refusal_only"`` (default: both fines follow
  the refusal, as in para 2 and the DSL/CSL pattern) or ``"always"``.
- O13, ``art66_2_caps``: para 2's "五千万元以下或者上一年度营业额百分之五以下" names two caps.
  ``"authority_chooses"`` (default: the authority picks a limb), ``"higher"`` or ``"lower"``. The
  trace shows both limbs; the fine's range is the outer bound (the higher limb, the same under the
  first two readings), or the lower limb under ``"lower"``. With no previous-year turnover only the
  50,000,000 yuan limb applies. At a turnover of exactly 1,000,000,000 yuan the two limbs are equal.

The previous year's turnover (上一年度营业额) is the fact ``turnover``: an exact amount in yuan,
positive, or ``None`` (default) where there was none. A turnover of 0 is refused: it would make
the second limb a cap of nothing; say ``None`` for a processor without a previous-year turnover.
"""

from __future__ import annotations

import datetime as _dt
import enum
from fractions import Fraction
from typing import Any, ClassVar

import attrs

from ...core.article import Act, Article
from ...core.citation import Citation
from ...core.errors import InvalidFactError
from ...core.formula import (
    AllOf,
    AmountFormula,
    Evaluation,
    FixedRange,
    GainsAmount,
    Note,
    OneOf,
    Provision,
    Reading,
    Step,
    Tier,
    Tiered,
)
from ...core.interval import Interval
from ...core.messages import N_, message, pgettext
from ...core.money import Money
from ...core.plan import Dynamic
from ...core.readings import reading, reading_is, readings_converter
from ...core.sanction import Addressee, Modality, Quantity, SanctionKind, register_kind
from .data_security_law import yuan
from .gains import GainsFacts, gains_in_place

# Kinds of measure the PIPL names (Art 66), declared by this act (see core.sanction.register_kind).
#: 责令暂停或者终止提供服务 (Art 66 para 1): the offending application stops its service.
SUSPENSION_OF_APP_SERVICE = register_kind(
    "suspension_of_app_service", Quantity.NONE, label=N_("order to suspend the application's service")
)
TERMINATION_OF_APP_SERVICE = register_kind(
    "termination_of_app_service", Quantity.NONE, label=N_("order to terminate the application's service")
)
#: 禁止其在一定期限内担任相关企业的董事、监事、高级管理人员和个人信息保护负责人 (Art 66 para 2).
BAN_FROM_OFFICE = register_kind(
    "ban_from_office",
    Quantity.NONE,
    label=N_("ban for a period from serving as director, supervisor, senior manager or personal-information officer"),
)

__all__ = ["ACT", "ARTICLES", "PiplCircumstance", "PiplFacts", "PiplReadings", "TurnoverCap", "turnover_limbs"]


class PiplCircumstance(enum.Enum):
    """Circumstances that raise PIPL Art 66 para 1 to its fining tier."""

    #: 拒不改正: refuses to correct (Art 66 para 1).
    REFUSED_CORRECTION = "refused_correction"


@attrs.frozen
class PiplReadings:
    """Open readings of PIPL Art 66, each a named option whose first value is the default (law notes §8).

    - ``art66_1_persons_fine`` (O12): ``"refusal_only"`` or ``"always"``.
    - ``art66_2_caps`` (O13): ``"authority_chooses"``, ``"higher"`` or ``"lower"``.
    """

    art66_1_persons_fine: str = reading("refusal_only", "always")
    art66_2_caps: str = reading("authority_chooses", "higher", "lower")


DEFAULT_READINGS = PiplReadings()


def _turnover(value: object) -> Money | None:
    if value is None:
        return None
    money = Money.of(value, "CNY", "turnover")
    if money.amount <= 0:
        raise InvalidFactError(
            "turnover", value, "a positive amount in yuan (None where there was no previous-year turnover)"
        )
    return money


@attrs.frozen(field_transformer=gains_in_place)
class PiplFacts(GainsFacts):
    """Facts of a PIPL case: ``offender``, ``illegal_gains``, ``circumstances``, ``turnover``, ``on``, ``readings``.

    ``turnover`` is the processor's turnover of the previous year (上一年度营业额), read by Art 66
    para 2 only.
    """

    CIRCUMSTANCES: ClassVar[type[enum.Enum]] = PiplCircumstance
    CURRENCY: ClassVar[str] = "CNY"
    AMOUNT_FACTS: ClassVar[tuple[str, ...]] = ("turnover",)

    turnover: Money | None = attrs.field(default=None, converter=_turnover)
    readings: PiplReadings = attrs.field(
        default=DEFAULT_READINGS,
        converter=readings_converter(PiplReadings),  # type: ignore[misc]
    )


ACT = Act(
    id="cn.pipl",
    title=N_("PRC Personal Information Protection Law"),
    title_original="中华人民共和国个人信息保护法",
    jurisdiction="CN",
    language="zh",
    currency="CNY",
    in_force_from=_dt.date(2021, 11, 1),
    facts_type=PiplFacts,
    source="adopted 2021-08-20, in force 2021-11-01 (Art 74)",
)

cite = ACT.cite
SHALL, MAY = Modality.SHALL, Modality.MAY
PERSONS = Addressee.RESPONSIBLE_PERSONS
CNY_0 = Money(0, "CNY")

#: 五千万元 and 百分之五 of Art 66 para 2.
FIXED_CAP = Money(50_000_000, "CNY")
TURNOVER_SHARE = Fraction(5, 100)


def up_to(high: int) -> FixedRange:
    """``X元以下`` with no minimum: ``(0, X]``."""
    return FixedRange(Interval(CNY_0, Money(high, "CNY"), low_closed=False))


def turnover_limbs(turnover: Money | None) -> tuple[Interval[Money], Interval[Money] | None]:
    """The two caps of Art 66 para 2 for a previous-year ``turnover``: ``(0, 50M]`` and ``(0, 5% x turnover]``.

    The second is ``None`` without a turnover (only the 50,000,000 yuan limb applies).

    >>> fixed, share = turnover_limbs(Money(2_000_000_000, "CNY"))
    >>> fixed.high, share.high
    (Money(50000000, 'CNY'), Money(100000000, 'CNY'))
    """
    fixed = Interval(CNY_0, FIXED_CAP, low_closed=False)
    if turnover is None:
        return fixed, None
    return fixed, Interval(CNY_0, turnover * TURNOVER_SHARE, low_closed=False)


@attrs.frozen
class TurnoverCap:
    """五千万元以下或者上一年度营业额百分之五以下: two caps and no floor, by reading O13 (``art66_2_caps``).

    The trace shows both limbs and the reading. The range is ``(0, outer bound]`` where the outer
    bound is the higher limb (``authority_chooses``, ``higher``), or ``(0, lower limb]``
    (``lower``); with no turnover, ``(0, 50,000,000]``.
    """

    fixed: Money = FIXED_CAP
    share: Fraction = TURNOVER_SHARE
    static = False

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        line = loc.fill(
            N_("up to {fixed} or up to {percent} per cent of the previous year's turnover (open reading: {reading})"),
            fixed=loc.money(self.fixed),
            percent=loc.number(self.share * 100),
            reading=loc.param("reading", "art66_2_caps"),
        )
        return line, ()

    def compile(self, ctx: Any, basis: Citation) -> Dynamic:
        # The range is computed per call from the exact turnover (its trace names it); the shape
        # describes it piecewise in the turnover for batch and whatif: the share limb is the
        # bound from the turnover at which 5 % of it equals the fixed cap (1,000,000,000 yuan).
        zero = Money(0, self.fixed.currency)
        fixed_range = Interval(zero, self.fixed, low_closed=False)
        share_range = ("linear", 0, self.share, False, True)
        shape: tuple[Any, ...]
        if not ctx.amount_positive("turnover"):
            shape = ("const", fixed_range)
        else:
            below = ctx.amount_below("turnover", Fraction(self.fixed.amount) / self.share)
            lower = reading_is(ctx.readings, "art66_2_caps", "lower")
            # Below the crossing the fixed cap is the higher limb; at and above it, the share.
            shape = share_range if below == lower else ("const", fixed_range)
        return Dynamic(lambda ev: self._range(ev, basis), shape, over="turnover")

    def _range(self, ev: Evaluation, basis: Citation) -> Interval[Any]:
        facts: Any = ev.facts
        turnover: Money | None = facts.turnover
        currency = self.fixed.currency
        zero = Money(0, currency)
        if turnover is None:
            ev.trace.append(Step("turnover_absent", basis, (("cap", self.fixed),)))
            return Interval(zero, self.fixed, low_closed=False)
        share_cap = turnover * self.share
        ev.trace.append(
            Step("turnover_limbs", basis, (("cap", self.fixed), ("turnover", turnover), ("share_cap", share_cap)))
        )
        readings = facts.readings
        ev.trace.append(Step("reading", basis, (("reading", "art66_2_caps"), ("value", readings.art66_2_caps))))
        higher = share_cap if self.fixed < share_cap else self.fixed
        lower = self.fixed if self.fixed < share_cap else share_cap
        if reading_is(readings, "art66_2_caps", "lower"):
            high, code = lower, "turnover_cap_lower"
        elif reading_is(readings, "art66_2_caps", "higher"):
            high, code = higher, "turnover_cap_higher"
        else:
            high, code = higher, "turnover_cap_chosen"
        ev.trace.append(Step(code, basis, (("high", high),)))
        return Interval(zero, high, low_closed=False)


def fine(modality: Modality, amount: AmountFormula, basis: Citation) -> Provision:
    return Provision(SanctionKind.FINE, modality, basis, amount)


def persons_fine(modality: Modality, amount: AmountFormula, basis: Citation) -> Provision:
    return Provision(SanctionKind.FINE, modality, basis, amount, PERSONS)


def measure(
    kind: SanctionKind, modality: Modality, basis: Citation, addressee: Addressee = Addressee.OFFENDER
) -> Provision:
    return Provision(kind, modality, basis, None, addressee)


def business_measures(modality: Modality, basis: Citation) -> OneOf:
    """暂停相关业务或者停业整顿、通报有关主管部门吊销相关业务许可或者吊销营业执照: one of four."""
    kinds = (
        SanctionKind.SUSPENSION_OF_BUSINESS,
        SanctionKind.SUSPENSION_FOR_RECTIFICATION,
        SanctionKind.REVOCATION_OF_PERMIT,
        SanctionKind.REVOCATION_OF_LICENCE,
    )
    return OneOf(tuple(measure(kind, modality, basis) for kind in kinds), basis)


# ---------------------------------------------------------------------------------------------
_P1 = cite("66", 1)


def _para1_measures() -> tuple[Any, ...]:
    """责令改正，给予警告，没收违法所得，对违法处理个人信息的应用程序，责令暂停或者终止提供服务."""
    return (
        measure(SanctionKind.ORDER_TO_CORRECT, SHALL, _P1),
        measure(SanctionKind.WARNING, SHALL, _P1),
        Provision(SanctionKind.CONFISCATION_OF_ILLEGAL_GAINS, SHALL, _P1, GainsAmount()),
        OneOf(
            (
                measure(SanctionKind.SUSPENSION_OF_APP_SERVICE, SHALL, _P1),
                measure(SanctionKind.TERMINATION_OF_APP_SERVICE, SHALL, _P1),
            ),
            _P1,
        ),
    )


ART_66_1 = Article(
    id="cn.pipl.66.1",
    act=ACT,
    number="66",
    paragraph=1,
    title="Unlawful processing of personal information",
    title_original="违法处理个人信息",
    text=(
        "违反本法规定处理个人信息，或者处理个人信息未履行本法规定的个人信息保护义务的，由履行个人信息保护职责"
        "的部门责令改正，给予警告，没收违法所得，对违法处理个人信息的应用程序，责令暂停或者终止提供服务；拒不改正"
        "的，并处一百万元以下罚款；对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。"
    ),
    gloss=(
        "Processing personal information in breach of the PIPL, or failing its protection duties: the "
        "department in charge orders correction, gives a warning, confiscates the illegal gains and orders "
        "the offending application to suspend or terminate its service (all mandatory). If the processor "
        "refuses to correct, a fine of up to 1,000,000 yuan is added, and the directly responsible persons "
        "are fined 10,000-100,000 yuan. Whether the persons' fine also needs the refusal is an open "
        "reading (art66_1_persons_fine; default: it does)."
    ),
    formula=Tiered(
        (
            Tier(
                "basic",
                (
                    *_para1_measures(),
                    Reading(
                        "art66_1_persons_fine",
                        (("refusal_only", ()), ("always", (persons_fine(SHALL, yuan(10_000, 100_000), _P1),))),
                        _P1,
                    ),
                ),
                _P1,
            ),
            Tier(
                "refused_correction",
                (
                    *_para1_measures(),
                    fine(SHALL, up_to(1_000_000), _P1),
                    persons_fine(SHALL, yuan(10_000, 100_000), _P1),
                ),
                _P1,
                frozenset({PiplCircumstance.REFUSED_CORRECTION}),
            ),
        )
    ),
    unread_facts=frozenset({"turnover"}),
    translation_notes=(
        "一百万元以下 has no minimum: the fine is 'up to 1,000,000 yuan', the range (0, 1,000,000].",
        "责令暂停或者终止提供服务 is addressed to the application (应用程序) that processed the "
        "information unlawfully: an order to suspend or to terminate its service, one of the two.",
    ),
)

_P2 = cite("66", 2)

ART_66_2 = Article(
    id="cn.pipl.66.2",
    act=ACT,
    number="66",
    paragraph=2,
    title="Unlawful processing of personal information, serious circumstances",
    title_original="违法处理个人信息，情节严重",
    text=(
        "有前款规定的违法行为，情节严重的，由省级以上履行个人信息保护职责的部门责令改正，没收违法所得，并处五千万元"
        "以下或者上一年度营业额百分之五以下罚款，并可以责令暂停相关业务或者停业整顿、通报有关主管部门吊销相关业务"
        "许可或者吊销营业执照；对直接负责的主管人员和其他直接责任人员处十万元以上一百万元以下罚款，并可以决定禁止"
        "其在一定期限内担任相关企业的董事、监事、高级管理人员和个人信息保护负责人。"
    ),
    gloss=(
        "The violations of para 1 where the circumstances are serious: a department at provincial level or "
        "above orders correction and confiscates the illegal gains, and fines up to 50,000,000 yuan or up to "
        "5% of the previous year's turnover (mandatory); it may order suspension of the business or "
        "suspension for rectification, or notify the competent department to revoke the permit or the "
        "business licence. The directly responsible persons are fined 100,000-1,000,000 yuan and may be "
        "banned for a period from serving as director, supervisor, senior manager or personal-information "
        "protection officer of the enterprises concerned. Which cap governs is an open reading "
        "(art66_2_caps): the trace shows both."
    ),
    formula=AllOf(
        (
            measure(SanctionKind.ORDER_TO_CORRECT, SHALL, _P2),
            Provision(SanctionKind.CONFISCATION_OF_ILLEGAL_GAINS, SHALL, _P2, GainsAmount()),
            fine(SHALL, TurnoverCap(), _P2),
            business_measures(MAY, _P2),
            persons_fine(SHALL, yuan(100_000, 1_000_000), _P2),
            measure(SanctionKind.BAN_FROM_OFFICE, MAY, _P2, PERSONS),
            Note("provincial_authority", _P2),
        ),
        _P2,
    ),
    translation_notes=(
        "五千万元以下或者上一年度营业额百分之五以下: 'up to 50 million yuan or up to 5% of the previous "
        "year's turnover'. The text does not say whether the higher or the lower cap governs, or whether the "
        "authority chooses; English versions that write 'whichever is higher' add words that are not there.",
        "Para 2 states its own measures: it repeats neither the warning nor the order on the application "
        "of para 1. Revocation is by notifying the competent department (通报有关主管部门吊销), not by the "
        "personal-information department itself.",
    ),
)

# ---------------------------------------------------------------------------------------------
# Arts 67-71 set no fine: catalogued so that a caller gets a clear answer.
_UNREAD = frozenset({"turnover"})

ART_67 = Article(
    id="cn.pipl.67",
    act=ACT,
    number="67",
    title="Credit record and publicity",
    title_original="记入信用档案并予以公示",
    text="有本法规定的违法行为的，依照有关法律、行政法规的规定记入信用档案，并予以公示。",
    gloss="A violation of the PIPL is entered in the credit record and made public under the relevant laws.",
    formula=AllOf((Note("credit_record", cite("67")), Note("not_a_penalty", cite("67"))), cite("67")),
    penal=False,
    unread_facts=_UNREAD,
)

ART_68 = Article(
    id="cn.pipl.68",
    act=ACT,
    number="68",
    title="State organs failing personal-information protection duties",
    title_original="国家机关不履行个人信息保护义务",
    text=(
        "国家机关不履行本法规定的个人信息保护义务的，由其上级机关或者履行个人信息保护职责的部门责令改正；对直接"
        "负责的主管人员和其他直接责任人员依法给予处分。\n"
        "履行个人信息保护职责的部门的工作人员玩忽职守、滥用职权、徇私舞弊，尚不构成犯罪的，依法给予处分。"
    ),
    gloss=(
        "A state organ that fails its personal-information duties is ordered to correct by its superior organ "
        "or the department in charge; its directly responsible persons receive disciplinary sanctions. Staff "
        "of the department who neglect duty, abuse power or practise favouritism, short of a crime, receive "
        "disciplinary sanctions. The PIPL sets no fine on a state organ."
    ),
    formula=AllOf(
        (
            measure(SanctionKind.ORDER_TO_CORRECT, SHALL, cite("68", 1)),
            Provision(SanctionKind.DISCIPLINARY_SANCTION, SHALL, cite("68", 1), None, PERSONS),
            Note("no_fine_on_state_organ", cite("68", 1)),
            Note("not_a_penalty", cite("68")),
        ),
        cite("68"),
    ),
    penal=False,
    unread_facts=_UNREAD,
)

ART_69 = Article(
    id="cn.pipl.69",
    act=ACT,
    number="69",
    title="Civil liability with presumed fault",
    title_original="过错推定的侵权责任",
    text=(
        "处理个人信息侵害个人信息权益造成损害，个人信息处理者不能证明自己没有过错的，应当承担损害赔偿等侵权责任。\n"
        "前款规定的损害赔偿责任按照个人因此受到的损失或者个人信息处理者因此获得的利益确定；个人因此受到的损失和"
        "个人信息处理者因此获得的利益难以确定的，根据实际情况确定赔偿数额。"
    ),
    gloss=(
        "A processor whose processing harms personal-information rights is liable in tort unless it proves it "
        "was not at fault. Damages are the individual's loss or the processor's gain; where both are hard to "
        "determine, the amount is set according to the actual situation. Not an administrative penalty."
    ),
    formula=AllOf((Note("presumed_fault", cite("69")), Note("not_a_penalty", cite("69"))), cite("69")),
    penal=False,
    unread_facts=_UNREAD,
)

ART_70 = Article(
    id="cn.pipl.70",
    act=ACT,
    number="70",
    title="Public-interest litigation",
    title_original="个人信息保护公益诉讼",
    text=(
        "个人信息处理者违反本法规定处理个人信息，侵害众多个人的权益的，人民检察院、法律规定的消费者组织和由国家网信"
        "部门确定的组织可以依法向人民法院提起诉讼。"
    ),
    gloss=(
        "Where unlawful processing harms the rights of many individuals, the people's procuratorate, consumer "
        "organisations named by law and organisations designated by the national cyberspace department may "
        "sue in a people's court."
    ),
    formula=AllOf((Note("public_interest_litigation", cite("70")), Note("not_a_penalty", cite("70"))), cite("70")),
    penal=False,
    unread_facts=_UNREAD,
)

ART_71 = Article(
    id="cn.pipl.71",
    act=ACT,
    number="71",
    title="Public-security punishment and criminal liability",
    title_original="治安管理处罚与刑事责任",
    text="违反本法规定，构成违反治安管理行为的，依法给予治安管理处罚；构成犯罪的，依法追究刑事责任。",
    gloss=(
        "Conduct that violates public-security administration is punished under that law; a crime brings "
        "criminal liability (for personal information, Criminal Law Art 253-1: cn.cl.253-1)."
    ),
    formula=AllOf((Note("public_security_punishment", cite("71")), Note("criminal_liability", cite("71"))), cite("71")),
    penal=False,
    unread_facts=_UNREAD,
)

ARTICLES: tuple[Article, ...] = (ART_66_1, ART_66_2, ART_67, ART_68, ART_69, ART_70, ART_71)

message("kind.fine@cn.pipl", pgettext("cn.pipl", "fine"))
message("fact.turnover", N_("previous year's turnover"))
message("tier.refused_correction", N_("refused to correct"))
message(
    "reading.art66_1_persons_fine",
    N_("whether the fine on the directly responsible persons in PIPL Art 66 para 1 needs a refusal to correct"),
)
message(
    "reading.art66_2_caps", N_("which cap of PIPL Art 66 para 2 governs: 50 million yuan or five per cent of turnover")
)
for _key, _label in (
    ("reading.art66_1_persons_fine.refusal_only", N_("only on refusal to correct")),
    ("reading.art66_1_persons_fine.always", N_("always")),
    ("reading.art66_2_caps.authority_chooses", N_("the authority chooses the cap")),
    ("reading.art66_2_caps.higher", N_("whichever cap is higher")),
    ("reading.art66_2_caps.lower", N_("whichever cap is lower")),
):
    message(_key, _label)
message(
    "step.turnover_absent",
    N_("no previous-year turnover is given: only the cap of {cap} applies"),
)
message(
    "step.turnover_limbs",
    N_("two caps: {cap}, or five per cent of the previous year's turnover of {turnover} = {share_cap}"),
)
message(
    "step.turnover_cap_chosen",
    N_("the authority chooses one of the two caps; the outer bound, the higher cap, is {high}"),
)
message("step.turnover_cap_higher", N_("the higher of the two caps applies: {high}"))
message("step.turnover_cap_lower", N_("the lower of the two caps applies: {high}"))
message("note.provincial_authority", N_("decided by a department at provincial level or above"))
message(
    "note.no_fine_on_state_organ",
    N_("the law sets no fine on a state organ: it is ordered to correct, and its responsible persons disciplined"),
)
message("note.credit_record", N_("the violation is entered in the credit record and made public"))
message(
    "note.presumed_fault",
    N_(
        "civil liability for the damage unless the processor proves it was not at fault; damages are the "
        "individual's loss or the processor's gain, else as the actual situation requires"
    ),
)
message(
    "note.public_interest_litigation",
    N_("the procuratorate and the designated organisations may bring a public-interest suit"),
)

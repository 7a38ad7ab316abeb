"""PRC Criminal Law (中华人民共和国刑法): Arts 253-1, 180 and 286-1, with their interpretations.

Revised 1997-03-14, in force 1997-10-01; Chinese text consolidated through Amendment XII
(LawRefBook/Laws, 刑法/刑法.md). The general rules (term kinds, fines, unit crime, tiers derived
from thresholds) live in :mod:`.criminal_general`; this module declares the articles, the facts
they read and the numeric standards of the judicial interpretations:

- ``cn.cl.253-1``: infringing citizens' personal information (侵犯公民个人信息罪), as amended by
  Amendment IX (in force 2015-11-01); tiers from 法释〔2017〕10号 (in force 2017-06-01), Arts 5 and 6,
  fine guideline Art 12.
- ``cn.cl.180``: insider trading and leaking inside information, paras 1-2 (text of Amendment VII,
  adopted and in force 2009-02-28, which added "明示、暗示他人从事上述交易活动"; the law notes do not
  give this date); tiers from the 2012 SPC/SPP interpretation (in force 2012-06-01), Arts 6, 7 and 9.
  Para 4 (trading on undisclosed information, 利用未公开信息交易) is not modelled.
- ``cn.cl.286-1``: refusing to perform information-network security duties (Amendment IX, in force
  2015-11-01); user-information standards from 法释〔2019〕15号 Art 4 (in force 2019-11-01).

The assessment date ``on`` selects the law in force: a judicial interpretation applies to cases
decided after it takes effect; before it, only the circumstances the court names (``serious``,
``especially_serious`` and the named items) decide the tier.

Seed 000 labels Art 253-1 "《中华人民共和国民法典》第二百五十三条之一": it is the Criminal Law (the
Civil Code's Art 253 is about cultural relics). Its snippets also misdescribe Art 180 (no 1x-5x
measure, no cap on the unit's persons) and give Art 286-1's "三年以下有期徒刑、拘役或者管制" as the
general penalty for leaking user information.
"""

from __future__ import annotations

import datetime as _dt
import enum
import math
from fractions import Fraction
from typing import Any, ClassVar

import attrs

from ...core.article import Act, Article
from ...core.citation import Citation
from ...core.errors import InvalidFactError
from ...core.facts import OffenderKind, to_count, to_member, to_offender
from ...core.formula import AllOf, Evaluation, FixedRange, Note, OneOf, Provision, Step, Tier
from ...core.interval import Interval
from ...core.messages import N_, message, reading_value_param
from ...core.money import Exact, Money
from ...core.readings import reading, reading_is, readings_converter
from ...core.sanction import Addressee, Modality, SanctionKind
from ...core.versions import Version
from .administrative import to_age
from .criminal_general import (
    CRIMINAL_DETENTION,
    PUBLIC_SURVEILLANCE,
    AddedOrAlone,
    ByOffender,
    CriminalFine,
    Graded,
    Heavier,
    InformationGroup,
    ItemCounts,
    MinorLeniency,
    first_reached,
    fixed_term,
    interpretation_in_force,
    threshold_step,
    to_item_counts,
)
from .gains import GainsFacts, gains_in_place
from .sentencing import MeritoriousService, criminal_sentencing
from .time import CRIMINAL, Undetermined

__all__ = [
    "ACT",
    "ARTICLES",
    "CriminalCircumstance",
    "CriminalLawFacts",
    "CriminalLawReadings",
    "InsiderTradingStandards",
    "PersonalInformationStandards",
]


class CriminalCircumstance(enum.Enum):
    """Named circumstances of the Criminal Law articles and their interpretations."""

    #: 情节严重 found directly (其他情节严重的情形, 2017 Art 5(1)(10); 2012 Art 6(5); 286-1 item 4).
    SERIOUS = "serious"
    #: 情节特别严重 found directly (2017 Art 5(2)(4); 2012 Art 7(4)).
    ESPECIALLY_SERIOUS = "especially_serious"
    #: 出售或者提供行踪轨迹信息，被他人用于犯罪的 (2017 Art 5(1)(1)).
    TRAJECTORY_USED_FOR_CRIME = "trajectory_used_for_crime"
    #: 知道或者应当知道他人利用公民个人信息实施犯罪，向其出售或者提供的 (2017 Art 5(1)(2)).
    PROVIDED_TO_KNOWN_CRIMINAL = "provided_to_known_criminal"
    #: 曾因侵犯公民个人信息受过刑事处罚或者二年内受过行政处罚 (2017 Art 5(1)(9), Art 6(1)(2)).
    PRIOR_PUNISHMENT = "prior_punishment"
    #: 造成被害人死亡、重伤、精神失常或者被绑架等严重后果的 (2017 Art 5(2)(1)).
    SEVERE_HARM_TO_VICTIM = "severe_harm_to_victim"
    #: 造成重大经济损失或者恶劣社会影响的 (2017 Art 5(2)(2)).
    MAJOR_LOSS_OR_SOCIAL_IMPACT = "major_loss_or_social_impact"
    #: 经监管部门责令采取改正措施而拒不改正 (Art 286-1 para 1; 2019 Art 2): required for 286-1.
    REFUSED_ORDERED_CORRECTION = "refused_ordered_correction"
    #: 致使违法信息大量传播的 (Art 286-1 item 1; 2019 Art 3).
    MASS_SPREAD_OF_ILLEGAL_INFORMATION = "mass_spread_of_illegal_information"
    #: 致使用户信息泄露，造成严重后果 other than by item counts: death, injury, major loss, serious
    #: disorder (2019 Art 4 items 5-8).
    LEAK_SEVERE_CONSEQUENCES = "leak_severe_consequences"
    #: 致使刑事案件证据灭失，情节严重的 (Art 286-1 item 3; 2019 Art 5).
    LOSS_OF_CRIMINAL_EVIDENCE = "loss_of_criminal_evidence"


@attrs.frozen
class CriminalLawReadings:
    """Open readings of the Criminal Law articles, each a named option whose first value is the default.

    - ``insider_especially_serious`` (253-1 para 2; 2017 Art 5): Art 5(2)(3) says 10 times "the
      standards of items 3 to 8" of para 1, and item 8 halves the standards for insiders. No
      official commentary confirming either reading was found (UNVERIFIED):
      ``"literal"`` (default) follows the words: 10 x half = 5 times the base standards (250
      sensitive items, 25,000 yuan of gains); ``"base"``: insiders reach 'especially serious' only
      at 10 times the base standards (500 sensitive items, 50,000 yuan), like everyone else.
    - ``interp_2017_for_2009_text`` (law notes O9): whether the numeric standards of 法释〔2017〕10号
      grade an act judged under the 2009 text of 253-1 (an act of 2009-02-28 to 2015-10-31):
      ``"yes"`` (default: no interpretation existed at the time of the act, so the 2017 one applies
      to pending cases, 2001 provisions item 2, and "情节严重" is the same words) or ``"no"`` (it
      construes the 2015 text; seriousness is then a finding of the court, and numbers alone are
      not determinable).
    """

    insider_especially_serious: str = reading("literal", "base")
    interp_2017_for_2009_text: str = reading("yes", "no")
    #: CL Art 63 (notes §8 O4): whether mitigation into the next lower range may reach the
    #: minimum of the original range (253-1: 3 years). ``"excluded"`` (default): strictly below it
    #: (减轻 = below the statutory minimum; otherwise 减轻 and 从轻 overlap); ``"included"`` (Art 99).
    art63_upper_bound: str = reading("excluded", "included")
    #: CL Art 63 (notes §8 O5): mitigation in an article's lowest range. ``"none"`` (default): there
    #: is no lower range; the court picks a lighter kind within the range (criminal detention, a
    #: fine alone); ``"public_surveillance"``: 管制 although the article omits it; ``"exemption"``.
    art63_lowest_range: str = reading("none", "public_surveillance", "exemption")


def _bool(field: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
        if not isinstance(value, bool):
            raise InvalidFactError(field, value, "True or False")

    return check


def _money(field: str, value: object) -> Money | None:
    if value is None:
        return None
    money = Money.of(value, "CNY", field)
    if money.amount < 0:
        raise InvalidFactError(field, value, "zero or more yuan (None: not given)")
    return money


def _business_profit(value: object) -> Money | None:
    return _money("business_profit", value)


def _securities_turnover(value: object) -> Money | None:
    return _money("securities_turnover", value)


def _futures_margin(value: object) -> Money | None:
    return _money("futures_margin", value)


def _occasions(value: object) -> int | None:
    return None if value is None else to_count("occasions", value)


def _service(value: object) -> MeritoriousService:
    return to_member(MeritoriousService, value, "meritorious_service")


@attrs.frozen(field_transformer=gains_in_place)
class CriminalLawFacts(GainsFacts):
    """Facts of a Criminal Law case.

    - ``offender``: ``"individual"`` (default) or ``"organisation"`` / ``"unit"`` (单位犯罪: the unit
      is fined and its directly responsible persons are punished).
    - ``illegal_gains``: 违法所得 in yuan (Art 180: profit made or loss avoided, 2012 Art 10).
    - ``information_items``: items of personal information per class, e.g.
      ``{"trajectory": 25, "other": 2500}`` (see :class:`.criminal_general.InformationClass`).
    - ``insider``: the information was obtained in performing duties or providing services
      (253-1 para 2): standards halved (2017 Art 5(1)(8)) and heavier punishment within the range.
    - ``minor``: the offender is under 18 (fine floor 500 yuan instead of 1,000).
    - ``lawful_business_purchase`` and ``business_profit``: bought or received general personal
      information for a lawful business (2017 Art 6); serious at a profit (获利) of 50,000 or more.
    - ``securities_turnover``, ``futures_margin``, ``occasions``: Art 180 (2012 Arts 6-7).
    - ``readings``: open readings, see :class:`CriminalLawReadings`
      (``{"insider_especially_serious": "base"}``; default ``"literal"``).

    Sentencing facts (the general part: options beside the range, see :mod:`penalties.law.cn.sentencing`):

    - ``age_at_offence``: whole years at the offence (``None``: not given; then ``minor`` decides);
      when given, ``minor`` must agree with it (under 18).
    - ``negligent``: a negligent crime (Art 17-1 for those aged 75 or over; Art 65 excludes it).
    - ``minor_circumstances``: the court finds the circumstances minor, no punishment needed (Art 37).
    - ``recidivist``: a recidivist under Art 65 (the court's finding; not for a minor or a negligent crime).
    - ``surrender`` (自首, Art 67 paras 1-2), ``confession`` (如实供述, para 3) and
      ``confession_averted_harm`` (the confession averted especially serious consequences).
    - ``meritorious_service``: ``"none"`` (default), ``"ordinary"`` or ``"major"`` (Art 68).
    - ``first_offender``, ``full_restitution``, ``remorse``: 2017 interpretation Art 10 (Art 253-1).
    """

    CIRCUMSTANCES: ClassVar[type[enum.Enum]] = CriminalCircumstance
    CURRENCY: ClassVar[str] = "CNY"

    offender: OffenderKind = attrs.field(default=OffenderKind.INDIVIDUAL, converter=to_offender)
    information_items: ItemCounts = attrs.field(factory=ItemCounts, converter=to_item_counts)
    insider: bool = attrs.field(default=False, validator=_bool("insider"))
    minor: bool = attrs.field(default=False, validator=_bool("minor"))
    lawful_business_purchase: bool = attrs.field(default=False, validator=_bool("lawful_business_purchase"))
    business_profit: Money | None = attrs.field(default=None, converter=_business_profit)
    securities_turnover: Money | None = attrs.field(default=None, converter=_securities_turnover)
    futures_margin: Money | None = attrs.field(default=None, converter=_futures_margin)
    occasions: int | None = attrs.field(default=None, converter=_occasions)
    readings: CriminalLawReadings = attrs.field(
        factory=CriminalLawReadings,
        converter=readings_converter(CriminalLawReadings),  # type: ignore[misc]
    )
    # Sentencing facts (general part, see :mod:`penalties.law.cn.sentencing`).
    age_at_offence: int | None = attrs.field(default=None, converter=to_age)
    negligent: bool = attrs.field(default=False, validator=_bool("negligent"))
    minor_circumstances: bool = attrs.field(default=False, validator=_bool("minor_circumstances"))
    recidivist: bool = attrs.field(default=False, validator=_bool("recidivist"))
    surrender: bool = attrs.field(default=False, validator=_bool("surrender"))
    confession: bool = attrs.field(default=False, validator=_bool("confession"))
    confession_averted_harm: bool = attrs.field(default=False, validator=_bool("confession_averted_harm"))
    meritorious_service: MeritoriousService = attrs.field(default=MeritoriousService.NONE, converter=_service)
    first_offender: bool = attrs.field(default=False, validator=_bool("first_offender"))
    full_restitution: bool = attrs.field(default=False, validator=_bool("full_restitution"))
    remorse: bool = attrs.field(default=False, validator=_bool("remorse"))


ACT = Act(
    id="cn.cl",
    title=N_("PRC Criminal Law"),
    title_original="中华人民共和国刑法",
    jurisdiction="CN",
    language="zh",
    currency="CNY",
    in_force_from=_dt.date(1997, 10, 1),
    facts_type=CriminalLawFacts,
    source="revised 1997-03-14, in force 1997-10-01; text through Amendment XII (2023-12-29)",
    time_rule=CRIMINAL,
    sentencing=criminal_sentencing,
)
# The Criminal Law's fine is 罚金 (a criminal penalty), not the administrative 罚款.
message("kind.fine@cn.cl", N_("criminal fine"))

cite = ACT.cite
C = CriminalCircumstance
SHALL = Modality.SHALL
PERSONS = Addressee.RESPONSIBLE_PERSONS
OFFENDER = Addressee.OFFENDER

INTERP_2017 = "cn.interp.2017-10"
INTERP_2017_TITLE = N_("SPC/SPP Interpretation on Infringing Citizens' Personal Information (法释〔2017〕10号)")
INTERP_2012 = "cn.interp.2012-insider"
INTERP_2012_TITLE = N_("SPC/SPP Interpretation on Insider Trading and Leaking Inside Information (2012)")
INTERP_2019 = "cn.interp.2019-15"
INTERP_2019_TITLE = N_("SPC/SPP Interpretation on Information-Network Crimes (法释〔2019〕15号)")


def i2017(article: str, paragraph: int | None = None, item: str | None = None) -> Citation:
    return Citation(INTERP_2017, INTERP_2017_TITLE, article, paragraph, item=item)


def i2012(article: str, item: str | None = None) -> Citation:
    return Citation(INTERP_2012, INTERP_2012_TITLE, article, item=item)


def i2019(article: str, item: str | None = None) -> Citation:
    return Citation(INTERP_2019, INTERP_2019_TITLE, article, item=item)


def _exact(value: Fraction) -> Exact:
    """A whole Fraction as an int (so 1 reads "1", not "1 0/1")."""
    return value.numerator if value.denominator == 1 else value


def yuan(amount: int) -> Money:
    return Money(amount, "CNY")


def custody(kind: SanctionKind, value: Interval[Any], basis: Citation, addressee: Addressee = OFFENDER) -> Provision:
    return Provision(kind, SHALL, basis, FixedRange(value), addressee)


# ---------------------------------------------------------------------------------------------
# Graders: the interpretations' numeric standards.


#: The levels of each set of standards, per (standards object, tiers, insider, reading): pure
#: functions of the standards, kept outside the frozen object (an evolved copy starts afresh).
_LEVELS: dict[tuple[int, tuple[Any, ...]], tuple[Any, Any]] = {}


@attrs.frozen
class PersonalInformationStandards:
    """Item and gains standards for personal information (2017 Art 5; 2019 Art 4).

    ``items`` gives, per information group, the item count that meets the first tier, with its
    citation. Items of several groups add by proportion (2017 Art 5(1)(6); 2019 Art 4(4)): each
    group's count divided by its standard, summed, meets the tier at 1. ``especially_factor`` (10)
    multiplies every standard for the second tier (2017 Art 5(2)(3)); ``insider_factor`` (1/2)
    scales them for insiders (item 8); ``gains`` is the illegal-gains standard (item 7).
    ``lawful_business_profit`` is the Art 6 profit standard for buying general information for a
    lawful business.
    """

    items: tuple[tuple[InformationGroup, int, Citation], ...]
    proportional: Citation
    in_force_from: _dt.date
    source: Citation
    gains: tuple[Money, Citation] | None = None
    especially_factor: tuple[int, Citation] | None = None
    insider_factor: tuple[Fraction, Citation] | None = None
    lawful_business_profit: tuple[Money, Citation] | None = None
    _lcm: int = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_lcm", math.lcm(*(standard for _, standard, _ in self.items)))

    @property
    def change_dates(self) -> tuple[_dt.date, ...]:
        """The interpretation's standards apply from its own date (declared for plans and batches)."""
        return (self.in_force_from,)

    def _levels(
        self, names: tuple[str, ...], insider: bool, literal: bool
    ) -> tuple[tuple[str, Exact, Exact, Money | None], ...]:
        """Per tier: name, the share of the standards needed, that share scaled by the lcm, the gains needed."""
        key = (names, insider, literal)
        entry = _LEVELS.get((id(self), key))
        found = entry[1] if entry is not None and entry[0] is self else None
        if found is not None:
            levels: tuple[tuple[str, Exact, Exact, Money | None], ...] = found
            return levels
        factors = [Fraction(1)]
        if self.especially_factor is not None and len(names) > 1:
            factors.append(Fraction(self.especially_factor[0]))
        if insider and self.insider_factor is not None:
            half = self.insider_factor[0]
            factors = [factors[0] * half] + [f * half if literal else f for f in factors[1:]]
        levels = tuple(
            (
                name,
                _exact(factor),
                _exact(factor * self._lcm),
                None if self.gains is None else self.gains[0] * _exact(factor),
            )
            for name, factor in zip(names, factors, strict=False)
        )
        if len(_LEVELS) >= 4096:
            _LEVELS.clear()
        _LEVELS[id(self), key] = (self, levels)
        return levels

    def measured(self, facts: CriminalLawFacts) -> bool:
        """Whether the case carries numbers these standards grade (items, gains, business profit)."""
        gains = self.gains is not None and facts.illegal_gains is not None and facts.illegal_gains.amount > 0
        profit = self.lawful_business_profit is not None and facts.business_profit is not None
        return bool(facts.information_items) or gains or profit

    def grade(self, ev: Evaluation, tiers: tuple[Tier, ...]) -> int | None:
        facts = ev.facts
        assert isinstance(facts, CriminalLawFacts)
        if not interpretation_in_force(ev, self.source, self.in_force_from, self.measured(facts)):
            return None
        if facts.business_profit is not None and not facts.lawful_business_purchase:
            raise InvalidFactError(
                "business_profit", facts.business_profit, "nothing unless lawful_business_purchase is True (Art 6)"
            )
        if self.lawful_business_profit is not None and facts.lawful_business_purchase:
            if facts.information_items.group_total(InformationGroup.SENSITIVE) or facts.information_items.group_total(
                InformationGroup.SAFETY
            ):
                ev.trace.append(Step("lawful_business_excluded", self.lawful_business_profit[1]))
            else:
                return self._lawful_business(ev, tiers, facts)
        insider = facts.insider and self.insider_factor is not None
        reading_value = facts.readings.insider_especially_serious
        if insider and self.insider_factor is not None:
            half, basis = self.insider_factor
            ev.trace.append(Step("insider_standards", basis, (("factor", _exact(half)), ("reading", reading_value))))
            ev.trace.append(
                Step("reading", basis, (("reading", "insider_especially_serious"), ("value", reading_value)))
            )
        literal = reading_is(facts.readings, "insider_especially_serious", "literal")
        levels = self._levels(tuple(tier.name for tier in tiers), insider, literal)
        results: list[tuple[bool, ...]] = []
        items = facts.information_items
        if items:
            # Integer arithmetic on the hot path: the share of the standards, scaled by their lcm.
            scaled = 0
            for group, standard, basis in self.items:
                count = items.group_total(group)
                if count:
                    scaled += count * (self._lcm // standard)
                    part = Fraction(count, standard)
                    ev.trace.append(
                        Step(
                            "items",
                            basis,
                            (("group", group.value), ("count", count), ("standard", standard), ("share", _exact(part))),
                        )
                    )
            share = _exact(Fraction(scaled, self._lcm))
            met = []
            for name, factor, needed_scaled, _ in levels:
                ok = scaled >= needed_scaled
                ev.trace.append(threshold_step(self.proportional, "items_share", share, factor, name, ok))
                met.append(ok)
                if not ok:
                    break
            results.append(tuple(met))
        gains = facts.illegal_gains
        if self.gains is not None and gains is not None and gains.amount > 0:
            basis = self.gains[1]
            met = []
            for name, _, _, needed in levels:
                assert needed is not None
                ok = gains.amount >= needed.amount
                ev.trace.append(threshold_step(basis, "illegal_gains", gains, needed, name, ok))
                met.append(ok)
                if not ok:
                    break
            results.append(tuple(met))
        return first_reached(results)

    def _lawful_business(self, ev: Evaluation, tiers: tuple[Tier, ...], facts: CriminalLawFacts) -> int | None:
        assert self.lawful_business_profit is not None
        standard, basis = self.lawful_business_profit
        ev.trace.append(Step("lawful_business", basis))
        profit = facts.business_profit
        if profit is None:
            # Art 6 grades a lawful-business purchase by its profit alone: without it, the law
            # cannot say whether the case is serious (not "not a crime").
            raise Undetermined(
                "the information was bought for a lawful business (2017 interpretation Art 6), which is "
                "serious only at a profit of 50,000 yuan: give business_profit, or name a circumstance"
            )
        ok = profit >= standard
        ev.trace.append(threshold_step(basis, "business_profit", profit, standard, tiers[0].name, ok))
        return 0 if ok else None


@attrs.frozen
class InsiderTradingStandards:
    """Art 180 standards of the 2012 interpretation (Arts 6, 7): the heavier of the amounts (Art 9)."""

    turnover: tuple[Money, Money]
    margin: tuple[Money, Money]
    gains: tuple[Money, Money]
    occasions: int
    in_force_from: _dt.date
    source: Citation

    @property
    def change_dates(self) -> tuple[_dt.date, ...]:
        """The interpretation's standards apply from its own date (declared for plans and batches)."""
        return (self.in_force_from,)

    def grade(self, ev: Evaluation, tiers: tuple[Tier, ...]) -> int | None:
        facts = ev.facts
        assert isinstance(facts, CriminalLawFacts)
        numbers = any(
            value is not None and value.amount != 0
            for value in (facts.securities_turnover, facts.futures_margin, facts.illegal_gains)
        ) or bool(facts.occasions)
        if not interpretation_in_force(ev, self.source, self.in_force_from, numbers):
            return None
        # Notes §9: later prosecution standards on insider trading exist (2022) but are unverified,
        # and are not judicial interpretations (reading O3): the 2012 figures govern here.
        ev.trace.append(Step("later_prosecution_standards", self.source))
        names = [tier.name for tier in tiers]
        results: list[tuple[bool, ...]] = []
        measured = (
            ("securities_turnover", facts.securities_turnover, self.turnover, "一"),
            ("futures_margin", facts.futures_margin, self.margin, "二"),
            ("illegal_gains", facts.illegal_gains, self.gains, "三"),
        )
        for measure, value, standards, item in measured:
            if value is None or value.amount == 0:
                continue
            met = []
            for index, (name, standard) in enumerate(zip(names, standards, strict=False)):
                ok = value >= standard
                basis = i2012("6" if index == 0 else "7", item)
                ev.trace.append(threshold_step(basis, measure, value, standard, name, ok))
                met.append(ok)
                if not ok:
                    break
            results.append(tuple(met))
        if facts.occasions:
            ok = facts.occasions >= self.occasions
            basis = i2012("6", "四")
            ev.trace.append(threshold_step(basis, "occasions", facts.occasions, self.occasions, names[0], ok))
            results.append((ok,))
        found = first_reached(results)
        if found is not None and len(results) > 1:
            ev.trace.append(Step("heavier_amount", i2012("9")))
        return found


# ---------------------------------------------------------------------------------------------
# Art 253-1


def _pi_sanctions(tier: str, addressee: Addressee, basis: Citation) -> Any:
    """The sanctions of 253-1 para 1 for ``addressee`` in ``tier``."""
    fine = CriminalFine(basis, addressee, guideline=(1, 5, i2017("12")) if addressee is OFFENDER else None)
    if tier == "serious":
        term = OneOf(
            (
                custody(SanctionKind.FIXED_TERM_IMPRISONMENT, fixed_term(None, 3), basis, addressee),
                custody(SanctionKind.CRIMINAL_DETENTION, CRIMINAL_DETENTION, basis, addressee),
            ),
            basis,
        )
        return AddedOrAlone(term, fine, basis)
    return AllOf((custody(SanctionKind.FIXED_TERM_IMPRISONMENT, fixed_term(3, 7), basis, addressee), fine), basis)


def _pi_tier(tier: str) -> tuple[Any, ...]:
    para1 = cite("253-1", 1)
    unit = cite("253-1", 4)
    unit_fine = CriminalFine(unit, OFFENDER)
    return (
        Heavier("insider", cite("253-1", 2)),
        MinorLeniency(cite("17")),
        ByOffender(
            _pi_sanctions(tier, OFFENDER, para1),
            AllOf((unit_fine, _pi_sanctions(tier, PERSONS, unit)), unit),
            unit,
        ),
    )


STANDARDS_253_1 = PersonalInformationStandards(
    items=(
        (InformationGroup.SENSITIVE, 50, i2017("5", 1, "三")),
        (InformationGroup.SAFETY, 500, i2017("5", 1, "四")),
        (InformationGroup.GENERAL, 5_000, i2017("5", 1, "五")),
    ),
    proportional=i2017("5", 1, "六"),
    in_force_from=_dt.date(2017, 6, 1),
    source=i2017("5"),
    gains=(yuan(5_000), i2017("5", 1, "七")),
    especially_factor=(10, i2017("5", 2, "三")),
    insider_factor=(Fraction(1, 2), i2017("5", 1, "八")),
    lawful_business_profit=(yuan(50_000), i2017("6", 1, "一")),
)

# The 2009 text (Amendment VII item 7, in force 2009-02-28; law notes §2.1, VERIFIED): one tier,
# no 情节特别严重, no 从重 for insiders; unit crime in para 3.

AMENDMENT_VII = N_("Criminal Law Amendment VII")
AMENDMENT_IX = N_("Criminal Law Amendment IX")
AMENDMENT_I = N_("Criminal Law Amendment (I)")
REVISION_1997 = N_("Criminal Law (1997 revision)")
AMENDMENT_VII_DAY = _dt.date(2009, 2, 28)
AMENDMENT_IX_DAY = _dt.date(2015, 11, 1)
AMENDMENT_I_DAY = _dt.date(1999, 12, 25)
REVISION_1997_DAY = _dt.date(1997, 10, 1)


@attrs.frozen
class StandardsUnderReading:
    """The 2017 standards for an act judged under the 2009 text, as reading O9 decides."""

    standards: PersonalInformationStandards
    basis: Citation

    def grade(self, ev: Evaluation, tiers: tuple[Tier, ...]) -> int | None:
        facts = ev.facts
        assert isinstance(facts, CriminalLawFacts)
        if facts.on < self.standards.in_force_from:
            # No interpretation at the decision date: the reading is moot (the standards say why).
            return self.standards.grade(ev, tiers)
        value = facts.readings.interp_2017_for_2009_text
        ev.trace.append(Step("reading", self.basis, (("reading", "interp_2017_for_2009_text"), ("value", value))))
        if reading_is(facts.readings, "interp_2017_for_2009_text", "yes"):
            return self.standards.grade(ev, tiers)
        if self.standards.measured(facts):
            raise Undetermined(
                "under the reading interp_2017_for_2009_text='no' the 2017 numeric standards do not grade an act "
                "under the 2009 text: seriousness is a finding of the court (name it with circumstances)"
            )
        return None


def _pi_2009_tier() -> tuple[Any, ...]:
    para1 = cite("253-1", 1)
    unit = cite("253-1", 3)
    return (
        Note("text_2009_scope", para1),
        MinorLeniency(cite("17")),
        ByOffender(
            _pi_sanctions("serious", OFFENDER, para1),
            AllOf((CriminalFine(unit, OFFENDER), _pi_sanctions("serious", PERSONS, unit)), unit),
            unit,
        ),
    )


TEXT_253_1_2009 = Version(
    in_force_from=AMENDMENT_VII_DAY,
    instrument=AMENDMENT_VII,
    text=(
        "国家机关或者金融、电信、交通、教育、医疗等单位的工作人员，违反国家规定，将本单位在履行职责或者提供服务过程中"
        "获得的公民个人信息，出售或者非法提供给他人，情节严重的，处三年以下有期徒刑或者拘役，并处或者单处罚金。\n"
        "窃取或者以其他方法非法获取上述信息，情节严重的，依照前款的规定处罚。\n"
        "单位犯前两款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，依照各该款的规定处罚。"
    ),
    gloss=(
        "Staff of state organs or of financial, telecom, transport, education, medical and similar units who, "
        "in breach of state rules, sell or illegally provide citizens' personal information that their unit "
        "obtained in performing duties or providing services, where the circumstances are serious: fixed-term "
        "imprisonment of up to 3 years (from 6 months) or criminal detention (1-6 months), with a fine added or "
        "a fine alone. Stealing or otherwise illegally obtaining such information: the same. A unit is fined "
        "and its directly responsible persons are punished under each paragraph. One tier only: no 'especially "
        "serious' range and no heavier punishment for insiders. The charges were 出售、非法提供公民个人信息罪 "
        "and 非法获取公民个人信息罪. Whether the 2017 numeric standards grade such an act is reading O9 "
        "(interp_2017_for_2009_text; default yes)."
    ),
    formula=Graded(
        (
            Tier(
                "serious",
                _pi_2009_tier(),
                cite("253-1", 1),
                frozenset(
                    {
                        C.SERIOUS,
                        C.TRAJECTORY_USED_FOR_CRIME,
                        C.PROVIDED_TO_KNOWN_CRIMINAL,
                        C.PRIOR_PUNISHMENT,
                        # Especially serious facts are serious facts: the 2009 text has one range for both.
                        C.ESPECIALLY_SERIOUS,
                        C.SEVERE_HARM_TO_VICTIM,
                        C.MAJOR_LOSS_OR_SOCIAL_IMPACT,
                    }
                ),
            ),
        ),
        grader=StandardsUnderReading(STANDARDS_253_1, i2017("5")),
        basis=cite("253-1", 1),
        unused=("securities_turnover", "futures_margin", "occasions"),
    ),
)

ART_253_1 = Article(
    id="cn.cl.253-1",
    act=ACT,
    number="253-1",
    title="Infringing citizens' personal information",
    title_original="侵犯公民个人信息罪",
    text=(
        "违反国家有关规定，向他人出售或者提供公民个人信息，情节严重的，处三年以下有期徒刑或者拘役，并处或者单处"
        "罚金；情节特别严重的，处三年以上七年以下有期徒刑，并处罚金。\n"
        "违反国家有关规定，将在履行职责或者提供服务过程中获得的公民个人信息，出售或者提供给他人的，依照前款的"
        "规定从重处罚。\n"
        "窃取或者以其他方法非法获取公民个人信息的，依照第一款的规定处罚。\n"
        "单位犯前三款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，依照各该款的规定处罚。"
    ),
    gloss=(
        "Selling or providing citizens' personal information in breach of state rules, where the circumstances "
        "are serious: fixed-term imprisonment of up to 3 years (from 6 months, Art 45) or criminal detention "
        "(1-6 months), with a fine added or a fine alone; especially serious: 3-7 years and a fine. Insiders "
        "who sell or provide information obtained in performing duties or providing services are punished "
        "more heavily within the range. Stealing or otherwise illegally obtaining the information is punished "
        "under para 1. A unit is fined and its directly responsible persons are punished under each paragraph. "
        "Tiers follow 法释〔2017〕10号 Art 5: serious at 50 sensitive (trajectory, communication content, credit, "
        "property), 500 safety-related (lodging, call records, health, transactions...) or 5,000 other items, "
        "classes adding by proportion, or gains of 5,000 yuan; especially serious at 10 times; insiders at "
        "half (item 8). Art 6: buying general information for a lawful business is serious only at a profit "
        "of 50,000 yuan (or a prior punishment). Art 12: the fine is generally 1-5 times the gains "
        "(a guideline). There is no public surveillance (管制) in this article."
    ),
    formula=Graded(
        (
            Tier(
                "serious",
                _pi_tier("serious"),
                cite("253-1", 1),
                frozenset({C.SERIOUS, C.TRAJECTORY_USED_FOR_CRIME, C.PROVIDED_TO_KNOWN_CRIMINAL, C.PRIOR_PUNISHMENT}),
            ),
            Tier(
                "especially_serious",
                _pi_tier("especially_serious"),
                cite("253-1", 1),
                frozenset({C.ESPECIALLY_SERIOUS, C.SEVERE_HARM_TO_VICTIM, C.MAJOR_LOSS_OR_SOCIAL_IMPACT}),
            ),
        ),
        grader=STANDARDS_253_1,
        basis=cite("253-1", 1),
        unused=("securities_turnover", "futures_margin", "occasions"),
    ),
    in_force_from=AMENDMENT_IX_DAY,
    instrument=AMENDMENT_IX,
    versions=(TEXT_253_1_2009,),
    translation_notes=(
        "Seed 000 calls this article 《中华人民共和国民法典》第二百五十三条之一 (Civil Code): it is the Criminal Law; "
        "the Civil Code's Art 253 concerns cultural relics owned by the state. The quoted text is otherwise accurate.",
        "Seed 000's snippet '泄露客户信息判三年以下有期徒刑' omits criminal detention, the fine-only sentence and the "
        "3-7 year tier; its '三年以下有期徒刑、拘役或者管制' is Art 286-1, not this article (no 管制 here).",
        "The insider halving is item 八 of 2017 Art 5(1), not item 九 (recidivism), a common error.",
    ),
)

# ---------------------------------------------------------------------------------------------
# Art 180


def _insider_trading_tier(tier: str) -> tuple[Any, ...]:
    para1 = cite("180", 1)
    para2 = cite("180", 2)
    fine = CriminalFine(para1, OFFENDER, multiple=(1, 5))
    if tier == "serious":
        individual: Any = AddedOrAlone(
            OneOf(
                (
                    custody(SanctionKind.FIXED_TERM_IMPRISONMENT, fixed_term(None, 5), para1),
                    custody(SanctionKind.CRIMINAL_DETENTION, CRIMINAL_DETENTION, para1),
                ),
                para1,
            ),
            fine,
            para1,
        )
    else:
        individual = AllOf((custody(SanctionKind.FIXED_TERM_IMPRISONMENT, fixed_term(5, 10), para1), fine), para1)
    # Para 2: the unit is fined (no amount in the text); its persons get <= 5 years or criminal
    # detention only, whatever the tier (no 5-10 year range and no fine for them).
    organisation = AllOf(
        (
            Note("unit_persons_single_range", para2),
            CriminalFine(para2, OFFENDER),
            OneOf(
                (
                    custody(SanctionKind.FIXED_TERM_IMPRISONMENT, fixed_term(None, 5), para2, PERSONS),
                    custody(SanctionKind.CRIMINAL_DETENTION, CRIMINAL_DETENTION, para2, PERSONS),
                ),
                para2,
            ),
        ),
        para2,
    )
    return (MinorLeniency(cite("17")), ByOffender(individual, organisation, para2))


STANDARDS_180 = InsiderTradingStandards(
    turnover=(yuan(500_000), yuan(2_500_000)),
    margin=(yuan(300_000), yuan(1_500_000)),
    gains=(yuan(150_000), yuan(750_000)),
    occasions=3,
    in_force_from=_dt.date(2012, 6, 1),
    source=i2012("6"),
)


@attrs.frozen
class SecuritiesOnly:
    """The 2012 standards for an act under the 1997 text of Art 180, which covered securities only.

    Futures insider trading became a crime on 1999-12-25 (Amendment (I)): a futures margin is left
    out of the grading, and the trace says why.
    """

    standards: InsiderTradingStandards
    basis: Citation

    def grade(self, ev: Evaluation, tiers: tuple[Tier, ...]) -> int | None:
        facts = ev.facts
        assert isinstance(facts, CriminalLawFacts)
        if facts.futures_margin is None or facts.futures_margin.amount == 0:
            return self.standards.grade(ev, tiers)
        ev.trace.append(Step("futures_not_covered", self.basis, (("from", AMENDMENT_I_DAY),)))
        inner = Evaluation(attrs.evolve(facts, futures_margin=None))
        try:
            return self.standards.grade(inner, tiers)
        finally:
            ev.trace.extend(inner.trace)


_TIERS_180 = (
    Tier("serious", _insider_trading_tier("serious"), cite("180", 1), frozenset({C.SERIOUS})),
    Tier(
        "especially_serious",
        _insider_trading_tier("especially_serious"),
        cite("180", 1),
        frozenset({C.ESPECIALLY_SERIOUS}),
    ),
)
_UNUSED_180 = (
    "information_items",
    "insider",
    "lawful_business_purchase",
    "business_profit",
    "first_offender",
    "full_restitution",
    "remorse",
)
_FORMULA_180 = Graded(_TIERS_180, grader=STANDARDS_180, basis=cite("180", 1), unused=_UNUSED_180)

# Law notes §2.2: the penalties are the same in all three texts; the scope grew (futures in 1999,
# tipping and para 4 in 2009).
TEXT_180_1997 = Version(
    in_force_from=REVISION_1997_DAY,
    instrument=REVISION_1997,
    status="SINGLE-SOURCE",
    text=(
        "证券交易内幕信息的知情人员或者非法获取证券交易内幕信息的人员，在涉及证券的发行、交易或者其他对证券的价格有"
        "重大影响的信息尚未公开前，买入或者卖出该证券，或者泄露该信息，情节严重的，处五年以下有期徒刑或者拘役，并处"
        "或者单处违法所得一倍以上五倍以下罚金；情节特别严重的，处五年以上十年以下有期徒刑，并处违法所得一倍以上五倍"
        "以下罚金。\n"
        "单位犯前款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，处五年以下有期徒刑或者拘役。\n"
        "内幕信息的范围，依照法律、行政法规的规定确定。\n"
        "知情人员的范围，依照法律、行政法规的规定确定。"
    ),
    gloss=(
        "Insiders of securities trading, or persons who illegally obtained inside information on securities, who "
        "buy or sell the securities before the information is public, or leak it: serious circumstances, up to "
        "5 years or criminal detention, with a fine of 1-5 times the illegal gains added or alone; especially "
        "serious, 5-10 years and a fine of 1-5 times the gains. A unit is fined and its directly responsible "
        "persons get up to 5 years or criminal detention. Securities only: futures insider trading is not "
        "covered (added on 1999-12-25), nor tipping others (added on 2009-02-28)."
    ),
    formula=Graded(
        _TIERS_180,
        grader=SecuritiesOnly(STANDARDS_180, cite("180", 1)),
        basis=cite("180", 1),
        unused=_UNUSED_180,
    ),
    translation_notes=(
        "The 1997 wording is from one copy only (law notes §2.2, T10); that it covered securities "
        "only is verified in substance.",
    ),
)

TEXT_180_1999 = Version(
    in_force_from=AMENDMENT_I_DAY,
    instrument=AMENDMENT_I,
    text=(
        "证券、期货交易内幕信息的知情人员或者非法获取证券、期货交易内幕信息的人员，在涉及证券的发行，证券、期货交易"
        "或者其他对证券、期货交易价格有重大影响的信息尚未公开前，买入或者卖出该证券，或者从事与该内幕信息有关的期货"
        "交易，或者泄露该信息，情节严重的，处五年以下有期徒刑或者拘役，并处或者单处违法所得一倍以上五倍以下罚金；"
        "情节特别严重的，处五年以上十年以下有期徒刑，并处违法所得一倍以上五倍以下罚金。\n"
        "单位犯前款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，处五年以下有期徒刑或者拘役。\n"
        "内幕信息、知情人员的范围，依照法律、行政法规的规定确定。"
    ),
    gloss=(
        "As the 1997 text, extended to futures: insiders of securities or futures trading, or persons who illegally "
        "obtained such information, who trade the securities or futures before the information is public, or leak "
        "it. Same penalties. Tipping others to trade (明示、暗示) is not named (added on 2009-02-28)."
    ),
    formula=_FORMULA_180,
)

ART_180 = Article(
    id="cn.cl.180",
    act=ACT,
    number="180",
    title="Insider trading; leaking inside information",
    title_original="内幕交易、泄露内幕信息罪",
    text=(
        "证券、期货交易内幕信息的知情人员或者非法获取证券、期货交易内幕信息的人员，在涉及证券的发行，证券、期货"
        "交易或者其他对证券、期货交易价格有重大影响的信息尚未公开前，买入或者卖出该证券，或者从事与该内幕信息有关的"
        "期货交易，或者泄露该信息，或者明示、暗示他人从事上述交易活动，情节严重的，处五年以下有期徒刑或者拘役，并处"
        "或者单处违法所得一倍以上五倍以下罚金；情节特别严重的，处五年以上十年以下有期徒刑，并处违法所得一倍以上"
        "五倍以下罚金。\n"
        "单位犯前款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，处五年以下有期徒刑或者拘役。\n"
        "内幕信息、知情人员的范围，依照法律、行政法规的规定确定。"
    ),
    gloss=(
        "Insiders, or persons who illegally obtained inside information, who trade before it is public, "
        "leak it, or tip others to trade: serious circumstances, up to 5 years (from 6 months) or criminal "
        "detention, with a fine of 1-5 times the illegal gains added or alone; especially serious, 5-10 years "
        "and a fine of 1-5 times the gains. A unit is fined (no amount in the text) and its directly "
        "responsible persons get up to 5 years or criminal detention only. Tiers follow the 2012 "
        "interpretation: serious at a securities turnover of 500,000, a futures margin of 300,000, profit "
        "or loss avoided of 150,000, or 3 occasions; especially serious at 2,500,000 / 1,500,000 / 750,000; "
        "the heavier amount decides (Art 9). Illegal gains are the profit made or the loss avoided; a leaker "
        "or tipper who did not trade is fined on the gains of those who traded (Art 10). Co-offenders' fines "
        "together should lie within 1-5 times their total gains (Art 9 para 2). "
        "Para 4 (trading on undisclosed information) is not modelled."
    ),
    formula=_FORMULA_180,
    in_force_from=AMENDMENT_VII_DAY,
    instrument=AMENDMENT_VII,
    versions=(TEXT_180_1997, TEXT_180_1999),
    translation_notes=(
        "Seed 000's snippet on 泄露内幕信息罪 says '并处或者单处罚金' and omits the measure of 1-5 times the "
        "illegal gains; its '单位犯此罪的，实行双罚制' does not say that the unit's persons are capped at 5 years "
        "or criminal detention (para 2).",
    ),
)

# ---------------------------------------------------------------------------------------------
# Art 286-1


def _network_sanctions(addressee: Addressee, basis: Citation) -> AddedOrAlone:
    return AddedOrAlone(
        OneOf(
            (
                custody(SanctionKind.FIXED_TERM_IMPRISONMENT, fixed_term(None, 3), basis, addressee),
                custody(SanctionKind.CRIMINAL_DETENTION, CRIMINAL_DETENTION, basis, addressee),
                custody(SanctionKind.PUBLIC_SURVEILLANCE, PUBLIC_SURVEILLANCE, basis, addressee),
            ),
            basis,
        ),
        CriminalFine(basis, addressee),
        basis,
    )


STANDARDS_286_1 = PersonalInformationStandards(
    items=(
        (InformationGroup.SENSITIVE, 500, i2019("4", "一")),
        (InformationGroup.SAFETY, 5_000, i2019("4", "二")),
        (InformationGroup.GENERAL, 50_000, i2019("4", "三")),
    ),
    proportional=i2019("4", "四"),
    in_force_from=_dt.date(2019, 11, 1),
    source=i2019("4"),
)

_PARA_1_286 = cite("286-1", 1)
_PARA_2_286 = cite("286-1", 2)

ART_286_1 = Article(
    id="cn.cl.286-1",
    act=ACT,
    number="286-1",
    title="Refusing to perform information-network security management duties",
    title_original="拒不履行信息网络安全管理义务罪",
    text=(
        "网络服务提供者不履行法律、行政法规规定的信息网络安全管理义务，经监管部门责令采取改正措施而拒不改正，有"
        "下列情形之一的，处三年以下有期徒刑、拘役或者管制，并处或者单处罚金：（一）致使违法信息大量传播的；（二）"
        "致使用户信息泄露，造成严重后果的；（三）致使刑事案件证据灭失，情节严重的；（四）有其他严重情节的。\n"
        "单位犯前款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，依照前款的规定处罚。\n"
        "有前两款行为，同时构成其他犯罪的，依照处罚较重的规定定罪处罚。"
    ),
    gloss=(
        "A network service provider that fails its statutory network-security duties and refuses to correct "
        "after a regulator's order, where (1) illegal information spreads widely, (2) user information leaks "
        "with serious consequences, (3) criminal evidence is lost in serious circumstances, or (4) other "
        "serious circumstances: up to 3 years (from 6 months), criminal detention or public surveillance, "
        "with a fine added or alone. A unit is fined and its persons are punished under para 1. Conduct that "
        "is also another crime is punished under the heavier provision. 法释〔2019〕15号 Art 4: a leak of 500 "
        "sensitive, 5,000 safety-related or 50,000 other user-information items (classes adding by "
        "proportion) is a serious consequence; Art 18 sets no multiple for the fine."
    ),
    formula=Graded(
        (
            Tier(
                "constituted",
                (
                    MinorLeniency(cite("17")),
                    ByOffender(
                        _network_sanctions(OFFENDER, _PARA_1_286),
                        AllOf(
                            (CriminalFine(_PARA_2_286, OFFENDER), _network_sanctions(PERSONS, _PARA_2_286)),
                            _PARA_2_286,
                        ),
                        _PARA_2_286,
                    ),
                    Note("heavier_offence_prevails", cite("286-1", 3)),
                ),
                _PARA_1_286,
                frozenset(
                    {
                        C.SERIOUS,
                        C.MASS_SPREAD_OF_ILLEGAL_INFORMATION,
                        C.LEAK_SEVERE_CONSEQUENCES,
                        C.LOSS_OF_CRIMINAL_EVIDENCE,
                    }
                ),
            ),
        ),
        grader=STANDARDS_286_1,
        basis=_PARA_1_286,
        requires=frozenset({C.REFUSED_ORDERED_CORRECTION}),
        unused=(
            "insider",
            "lawful_business_purchase",
            "business_profit",
            "securities_turnover",
            "futures_margin",
            "occasions",
            "first_offender",
            "full_restitution",
            "remorse",
        ),
    ),
    in_force_from=AMENDMENT_IX_DAY,
    instrument=AMENDMENT_IX,
    extra_circumstances=frozenset({C.REFUSED_ORDERED_CORRECTION}),
    translation_notes=(
        "Seed 000 presents this article's penalty ('三年以下有期徒刑、拘役或者管制') as the general penalty "
        "for leaking user information; it applies only to network service providers who refuse to correct "
        "after an order.",
    ),
)

ARTICLES: tuple[Article, ...] = (ART_180, ART_253_1, ART_286_1)

# ---------------------------------------------------------------------------------------------
# English templates of this module's steps.

message("step.items", N_("{count} items of {group} information; the standard is {standard} items: a share of {share}"))
message("group.sensitive", N_("trajectory, communication-content, credit or property"))
message("group.safety", N_("lodging, call-record, health, transaction or other safety-related"))
message("group.general", N_("other personal"))
message("measure.items_share", N_("the items' share of the standard (classes add by proportion)"))
message("measure.illegal_gains", N_("illegal gains"))
message("measure.business_profit", N_("profit from the information bought for a lawful business"))
message("measure.securities_turnover", N_("securities turnover"))
message("measure.futures_margin", N_("futures margin"))
message("measure.occasions", N_("occasions"))
reading_value_param("insider_standards", "insider_especially_serious")
message(
    "step.insider_standards",
    N_(
        "insider (information obtained in performing duties or providing services): standards times {factor}; "
        "especially serious under the '{reading}' reading"
    ),
)
message(
    "step.lawful_business",
    N_("bought general information for a lawful business: Art 6 standards apply instead of Art 5"),
)
message(
    "step.lawful_business_excluded",
    N_("Art 6 covers only general information; with sensitive or safety-related items, Art 5 applies"),
)
message(
    "reading.insider_especially_serious",
    N_("whether insiders reach 'especially serious' at 10 times the halved standards (5 times the base)"),
)
message(
    "note.unit_persons_single_range",
    N_("para 2 gives the unit's persons one range whatever the tier: up to 5 years or criminal detention, no fine"),
)
message(
    "note.text_2009_scope",
    N_(
        "the 2009 text reaches only staff of state organs and of financial, telecom, transport, education, "
        "medical and similar units selling or illegally providing information their unit obtained, and the "
        "theft or illegal obtaining of such information; it has one range and no heavier punishment for insiders"
    ),
)
message(
    "reading.interp_2017_for_2009_text",
    N_("whether the 2017 numeric standards grade an act judged under the 2009 text"),
)
message("reading.interp_2017_for_2009_text.yes", N_("yes"))
message("reading.interp_2017_for_2009_text.no", N_("no"))
message(
    "step.futures_not_covered",
    N_(
        "the 1997 text covers securities only: futures insider trading is a crime from {from}, so the futures "
        "margin does not count"
    ),
)
message(
    "step.later_prosecution_standards",
    N_(
        "later prosecution standards on insider trading exist (the 2022 revision of the filing thresholds, not "
        "verified here); they are not judicial interpretations, and the figures here are the 2012 interpretation's"
    ),
)
message("step.heavier_amount", N_("the amounts reach different tiers: the heavier decides"))
message(
    "note.heavier_offence_prevails",
    N_("conduct that is also another crime is punished under the heavier provision"),
)

# Labels of the facts, circumstances and readings of these articles, as the explanations show them.
for _key, _label in (
    ("fact.information_items", N_("information items")),
    ("fact.insider", N_("insider")),
    ("fact.minor", N_("minor")),
    ("fact.lawful_business_purchase", N_("bought for a lawful business")),
    ("fact.business_profit", N_("business profit")),
    ("fact.securities_turnover", N_("securities turnover")),
    ("fact.futures_margin", N_("futures margin")),
    ("fact.occasions", N_("occasions")),
    ("circumstances.serious", N_("serious circumstances")),
    ("circumstances.especially_serious", N_("especially serious circumstances")),
    ("circumstances.trajectory_used_for_crime", N_("trajectory information used by others for a crime")),
    ("circumstances.provided_to_known_criminal", N_("provided to someone known to use it for a crime")),
    ("circumstances.prior_punishment", N_("prior punishment for the same kind of conduct")),
    ("circumstances.severe_harm_to_victim", N_("severe harm to a victim")),
    ("circumstances.major_loss_or_social_impact", N_("major economic loss or a vile social impact")),
    ("circumstances.refused_ordered_correction", N_("refused to correct when ordered by the regulator")),
    ("circumstances.mass_spread_of_illegal_information", N_("mass spread of illegal information")),
    ("circumstances.leak_severe_consequences", N_("a leak of user information with serious consequences")),
    ("circumstances.loss_of_criminal_evidence", N_("loss of evidence of a criminal case")),
    ("reading.insider_especially_serious.literal", N_("literal")),
    ("reading.insider_especially_serious.base", N_("base")),
):
    message(_key, _label)

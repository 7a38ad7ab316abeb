"""PRC Administrative Penalty Law (2021): options beside the range, offset against criminal penalties, limitation.

The Administrative Penalty Law (行政处罚法, revised 2021-01-22, in force 2021-07-15) is the general
part of every administrative penalty the library models (Data Security Law, Resident Identity Card
Law, and the acts filed next). Texts and status: law notes ``china_time_and_sentencing.md`` §1.9.

- :func:`administrative_sentencing` is the hook (``Act.sentencing``) of those acts: beside the
  statutory range, the options of APL Art 30 (age), Art 32 (grounds for a lighter or mitigated
  penalty, *shall*) and Art 33 (no penalty: *shall* or *may*), from the facts ``age_at_offence``
  and ``apl_grounds`` (:class:`AplGround`). The APL does not say how far 减轻 goes (notes
  ``china.md`` §1.2, UNVERIFIED), so a mitigated option carries no range and says so.
- :func:`offset` applies Art 35: an administrative fine already paid is offset against a later
  criminal fine for the same act, administrative detention against a criminal term.
- :func:`administrative_limitation_period` and :func:`administrative_barred` apply Art 36: 2 years,
  5 years where citizens' life and health or financial security is involved and there is harm.

>>> from penalties import assess
>>> a = assess("cn.dsl.45.1", apl_grounds={"coerced"}, on="2024-05-01")
>>> [(o.direction.value, o.modality.value) for o in a.adjustments_by("cn.apl.32")]
[('lighter', 'shall'), ('mitigated', 'shall')]
"""

from __future__ import annotations

import datetime as _dt
import enum
from typing import TYPE_CHECKING, Any

import attrs

from ...core.citation import Citation
from ...core.errors import InvalidFactError
from ...core.facts import OffenderKind, to_count, to_date, to_enum_set
from ...core.formula import Step
from ...core.messages import N_, message
from ...core.money import Money
from ...core.sanction import Addressee, Modality, Quantity
from ...core.sentencing import NOTHING, Adjustment, Direction, Limitation, SentenceRange, SentencingFinding, Status
from ...core.term import Term
from .sentencing import years_after

if TYPE_CHECKING:
    from ...core.article import Article
    from ...core.assessment import Assessment

__all__ = [
    "APL_IN_FORCE",
    "AplGround",
    "Offset",
    "administrative_barred",
    "administrative_limitation",
    "administrative_limitation_period",
    "administrative_sentencing",
    "offset",
    "to_age",
    "to_apl_grounds",
]

#: APL (2021 revision) in force (Art 86).
APL_IN_FORCE = _dt.date(2021, 7, 15)
APL_ID, APL_TITLE = "cn.apl", "PRC Administrative Penalty Law (2021)"


def apl(article: str, paragraph: int | None = None, **parts: Any) -> Citation:
    """A citation of the Administrative Penalty Law."""
    return Citation(APL_ID, APL_TITLE, article, paragraph, **parts)


class AplGround(enum.Enum):
    """The grounds of APL Arts 32 and 33 that a case may show (the authority's findings)."""

    #: 32(1) 主动消除或者减轻违法行为危害后果的.
    ELIMINATED_HARM = "eliminated_harm"
    #: 32(2) 受他人胁迫或者诱骗实施违法行为的.
    COERCED = "coerced"
    #: 32(3) 主动供述行政机关尚未掌握的违法行为的.
    CONFESSED_UNKNOWN = "confessed_unknown"
    #: 32(4) 配合行政机关查处违法行为有立功表现的.
    MERITORIOUS_COOPERATION = "meritorious_cooperation"
    #: 32(5) 法律、法规、规章规定其他应当从轻或者减轻行政处罚的.
    OTHER_STATUTORY = "other_statutory"
    #: 33 para 1, first sentence: 违法行为轻微并及时改正，没有造成危害后果的 (shall not punish).
    MINOR_CORRECTED_NO_HARM = "minor_corrected_no_harm"
    #: 33 para 1, second sentence: 初次违法且危害后果轻微并及时改正的 (may not punish).
    FIRST_MINOR_HARM_CORRECTED = "first_minor_harm_corrected"
    #: 33 para 2: 当事人有证据足以证明没有主观过错的 (shall not punish, unless a law provides otherwise).
    NO_FAULT = "no_fault"


_ART32_ITEMS = {
    AplGround.ELIMINATED_HARM: "1",
    AplGround.COERCED: "2",
    AplGround.CONFESSED_UNKNOWN: "3",
    AplGround.MERITORIOUS_COOPERATION: "4",
    AplGround.OTHER_STATUTORY: "5",
}


def to_age(value: object) -> int | None:
    """The ``age_at_offence`` fact: whole years (0-150) or ``None``."""
    return None if value is None else to_count("age_at_offence", value, 0, 150)


def to_apl_grounds(value: object) -> frozenset[AplGround]:
    """The ``apl_grounds`` fact: a set of :class:`AplGround` members or their names."""
    return to_enum_set(value, AplGround, "apl_grounds")


def administrative_sentencing(article: Article, assessment: Assessment) -> SentencingFinding:
    """The APL options of one administrative assessment (decisions from 2021-07-15)."""
    facts: Any = assessment.facts
    age = getattr(facts, "age_at_offence", None)
    grounds: frozenset[AplGround] = getattr(facts, "apl_grounds", frozenset())
    if not assessment.penal or (age is None and not grounds):
        return NOTHING
    if facts.on < APL_IN_FORCE:
        return SentencingFinding(notes=(Step("apl_not_in_force", apl("86"), (("date", APL_IN_FORCE),)),))
    if age is not None and facts.offender is not OffenderKind.INDIVIDUAL:
        raise InvalidFactError("age_at_offence", age, "None: the offender is not an individual")
    statutory = tuple(
        SentenceRange(s.kind, s.range)
        for s in assessment.sanctions
        if s.range is not None and s.kind.quantity is not Quantity.NONE and s.addressee is Addressee.OFFENDER
    )
    undefined = (Step("apl_mitigation_undefined", apl("32")),)
    options: list[Adjustment] = []

    def add(rule: str, basis: Citation, modality: Modality, direction: Direction, ground: str) -> None:
        more: dict[str, Any] = {}
        if direction is Direction.LIGHTER:
            more["ranges"] = statutory
        elif direction is Direction.MITIGATED:
            more["notes"] = undefined
        options.append(Adjustment(rule, basis, modality, direction, ground=ground, **more))

    if age is not None and age < 14:
        add("cn.apl.30", apl("30"), Modality.SHALL, Direction.NO_PENALTY, "under_14")
    elif age is not None and age < 18:
        add("cn.apl.30", apl("30"), Modality.SHALL, Direction.LIGHTER, "under_18")
        add("cn.apl.30", apl("30"), Modality.SHALL, Direction.MITIGATED, "under_18")
    for listed, item in _ART32_ITEMS.items():
        if listed in grounds:
            basis = apl("32", item=item)
            add("cn.apl.32", basis, Modality.SHALL, Direction.LIGHTER, listed.value)
            add("cn.apl.32", basis, Modality.SHALL, Direction.MITIGATED, listed.value)
    if AplGround.MINOR_CORRECTED_NO_HARM in grounds:
        add("cn.apl.33", apl("33", 1), Modality.SHALL, Direction.NO_PENALTY, AplGround.MINOR_CORRECTED_NO_HARM.value)
    if AplGround.FIRST_MINOR_HARM_CORRECTED in grounds:
        first = AplGround.FIRST_MINOR_HARM_CORRECTED.value
        add("cn.apl.33", apl("33", 1), Modality.MAY, Direction.NO_PENALTY, first)
    if AplGround.NO_FAULT in grounds:
        add("cn.apl.33", apl("33", 2), Modality.SHALL, Direction.NO_PENALTY, AplGround.NO_FAULT.value)
    return SentencingFinding(adjustments=tuple(options))


# ---------------------------------------------------------------------------------------------
# Art 35: offset against a later criminal penalty for the same act.


@attrs.frozen
class Offset:
    """What remains of a criminal fine and term after APL Art 35's offset.

    ``fine_payable``: the criminal fine less the administrative fine already imposed (not below
    zero); ``term_remaining``: the criminal term less the administrative detention already served
    (``None`` where the input was not given). ``trace``: the reasoning.
    """

    fine_payable: Money | None
    term_remaining: Term | None
    trace: tuple[Step, ...] = ()
    status: Status = Status.VERIFIED


def _yuan(field: str, value: object) -> Money:
    money = value if isinstance(value, Money) else Money.of(value, "CNY", field)
    if money.currency != "CNY" or money.amount < 0:
        raise InvalidFactError(field, value, "an amount of zero or more yuan")
    return money


def offset(
    *,
    criminal_fine: Money | object | None = None,
    administrative_fine: Money | object | None = None,
    criminal_term: Term | None = None,
    administrative_detention: Term | None = None,
) -> Offset:
    """APL Art 35: offset an administrative fine (detention) against the criminal fine (term) for the same act.

    Para 1: detention already given is offset against 拘役 or fixed-term imprisonment; para 2: a
    fine already given is offset against the criminal fine, and no administrative fine is imposed
    afterwards (that last clause is SINGLE-SOURCE, notes §1.9).

    >>> offset(criminal_fine=20_000, administrative_fine=5_000).fine_payable
    Money(15000, 'CNY')
    """
    trace: list[Step] = []
    payable = None
    status = Status.VERIFIED
    if criminal_fine is not None:
        fine = _yuan("criminal_fine", criminal_fine)
        paid = Money(0, "CNY") if administrative_fine is None else _yuan("administrative_fine", administrative_fine)
        payable = fine - paid if paid < fine else Money(0, "CNY")
        trace.append(Step("apl_offset_fine", apl("35", 2), (("fine", fine), ("paid", paid), ("payable", payable))))
        if administrative_fine is None:
            status = Status.SINGLE_SOURCE
            trace.append(Step("apl_no_later_fine", apl("35", 2)))
    elif administrative_fine is not None:
        raise InvalidFactError("criminal_fine", None, "the criminal fine the administrative fine is offset against")
    remaining = None
    if criminal_term is not None:
        if not isinstance(criminal_term, Term):
            raise InvalidFactError("criminal_term", criminal_term, "a Term")
        served = administrative_detention if administrative_detention is not None else Term.days(0)
        if not isinstance(served, Term):
            raise InvalidFactError("administrative_detention", administrative_detention, "a Term")
        days = criminal_term.in_days - served.in_days
        remaining = Term.days(max(days, 0)) if served.in_days else criminal_term
        trace.append(
            Step(
                "apl_offset_term", apl("35", 1), (("term", criminal_term), ("served", served), ("remaining", remaining))
            )
        )
    elif administrative_detention is not None:
        raise InvalidFactError("criminal_term", None, "the criminal term the detention is offset against")
    return Offset(payable, remaining, tuple(trace), status)


# ---------------------------------------------------------------------------------------------
# Art 36: limitation.


def administrative_limitation_period(*, life_health_or_financial: bool = False, harmful: bool = False) -> Term:
    """APL Art 36: 2 years; 5 years where citizens' life and health or financial security is involved, with harm."""
    for name, flag in (("life_health_or_financial", life_health_or_financial), ("harmful", harmful)):
        if not isinstance(flag, bool):
            raise InvalidFactError(name, flag, "True or False")
    return Term.years(5) if life_health_or_financial and harmful else Term.years(2)


#: Reading O16 (notes §8): who must have discovered the act under Art 36 ("未被发现").
APL_DISCOVERY = ("authority", "anyone")


def administrative_limitation(
    *,
    act_end: object | None = None,
    discovered_on: object | None = None,
    life_health_or_financial: bool = False,
    harmful: bool = False,
    discovery: str = "authority",
) -> Limitation:
    """APL Art 36 as an explainable result: the period, and whether the act was discovered in time.

    2 years; 5 years where the case involves citizens' life and health or financial security
    **and** there are harmful consequences (para 1). Counted from the day of the act, or the end of
    continuous or continuing conduct (para 2); ``discovered_on`` after the last day of the period
    (included) means no administrative penalty is given. ``discovery`` is reading O16 (notes §8):
    the discovery by ``"authority"`` (default: the competent authority or any authority with
    power over the act) or by ``"anyone"``; it says what ``discovered_on`` means, and the result
    names it in its trace and ``readings``.

    >>> r = administrative_limitation(act_end="2021-08-01", discovered_on="2023-08-02")
    >>> r.period, r.last_day, r.barred, r.readings
    (Term(2, 'year'), datetime.date(2023, 8, 1), True, (('apl_discovery', 'authority'),))
    """
    period = administrative_limitation_period(life_health_or_financial=life_health_or_financial, harmful=harmful)
    if discovery not in APL_DISCOVERY:
        raise InvalidFactError("discovery", discovery, "'authority' or 'anyone' (reading O16)")
    if (act_end is None) != (discovered_on is None):
        missing = "act_end" if act_end is None else "discovered_on"
        raise InvalidFactError(missing, None, "a date: act_end and discovered_on are given together")
    art36 = apl("36", 1)
    readings = (("apl_discovery", discovery),)
    trace = [Step("reading", art36, (("reading", "apl_discovery"), ("value", discovery)))]
    if period > Term.years(2):
        trace.append(Step("apl_limitation_extended", art36, (("period", period),)))
    else:
        trace.append(Step("apl_limitation_period", art36, (("period", period),)))
    if act_end is None:
        return Limitation("cn.apl.36", art36, None, period, trace=tuple(trace), readings=readings)
    end = to_date(act_end, "act_end")
    found = to_date(discovered_on, "discovered_on")
    if found < end:
        raise InvalidFactError("discovered_on", found, f"a date on or after the end of the act, {end}")
    years = int(period.amount)
    last = years_after(end, years)
    trace.append(Step("apl_limitation_start", apl("36", 2), (("date", end),)))
    trace.append(Step("apl_limitation_last_day", art36, (("date", last),)))
    barred = found > last
    code = "apl_limitation_barred" if barred else "apl_limitation_not_barred"
    trace.append(Step(code, art36, (("filed", found), ("date", last))))
    return Limitation(
        "cn.apl.36",
        art36,
        None,
        period,
        start=end,
        last_day=last,
        barred=barred,
        trace=tuple(trace),
        readings=readings,
    )


def administrative_barred(
    *,
    act_end: object,
    discovered_on: object,
    life_health_or_financial: bool = False,
    harmful: bool = False,
    discovery: str = "authority",
) -> bool:
    """Whether the act was not discovered within the period: ``discovered_on > act_end + period`` (Art 36).

    ``act_end``: the day of the act, or the end of continuous or continuing conduct (Art 36 para 2).
    Who must discover it is notes §8 O16 (``discovery``; default: an authority with power over it).
    The verdict of :func:`administrative_limitation`.
    """
    return bool(
        administrative_limitation(
            act_end=act_end,
            discovered_on=discovered_on,
            life_health_or_financial=life_health_or_financial,
            harmful=harmful,
            discovery=discovery,
        ).barred
    )


message(
    "step.apl_limitation_period",
    N_("an administrative penalty is not given once the act has gone undiscovered for {period}"),
)
message(
    "step.apl_limitation_extended",
    N_(
        "the case involves citizens' life and health or financial security, with harmful consequences: "
        "the period is {period}"
    ),
)
message(
    "step.apl_limitation_start",
    N_("the period runs from {date}, the day of the act or the end of continuous or continuing conduct"),
)
message("step.apl_limitation_last_day", N_("the last day of the period is {date}"))
message("step.apl_limitation_barred", N_("discovered on {filed}, after {date}: no administrative penalty is given"))
message(
    "step.apl_limitation_not_barred",
    N_("discovered on {filed}, on or before {date}: the administrative penalty may be given"),
)
for _key, _label in (
    ("reading.apl_discovery", N_("who must discover the act within the period")),
    ("reading.apl_discovery.authority", N_("an authority with power over the act")),
    ("reading.apl_discovery.anyone", N_("anyone")),
):
    message(_key, _label)

message(
    "step.apl_mitigation_undefined",
    N_("the Administrative Penalty Law does not say how far a mitigated penalty may go"),
)
message(
    "step.apl_not_in_force", N_("the options of the Administrative Penalty Law (2021) apply to decisions from {date}")
)
message(
    "step.apl_offset_fine", N_("the criminal fine of {fine} less the administrative fine of {paid}: {payable} to pay")
)
message("step.apl_no_later_fine", N_("no administrative fine was given: none is given after the criminal fine"))
message("step.apl_offset_term", N_("the term of {term} less the detention of {served} already served: {remaining}"))
for _key, _label in (
    ("ground.under_14", N_("under 14 at the act")),
    ("ground.eliminated_harm", N_("eliminated or reduced the harm on its own initiative")),
    ("ground.coerced", N_("coerced or deceived into the act")),
    ("ground.confessed_unknown", N_("confessed an act the authority did not know of")),
    ("ground.meritorious_cooperation", N_("meritorious cooperation with the authority")),
    ("ground.other_statutory", N_("another ground that a law, regulation or rule provides")),
    ("ground.minor_corrected_no_harm", N_("a minor act, promptly corrected, with no harm")),
    ("ground.first_minor_harm_corrected", N_("a first act with minor harm, promptly corrected")),
    ("ground.no_fault", N_("evidence of no subjective fault")),
    ("fact.age_at_offence", N_("age at the offence")),
    ("fact.apl_grounds", N_("grounds under the Administrative Penalty Law")),
    ("apl_grounds.eliminated_harm", N_("eliminated or reduced the harm on its own initiative")),
    ("apl_grounds.coerced", N_("coerced or deceived into the act")),
    ("apl_grounds.confessed_unknown", N_("confessed an act the authority did not know of")),
    ("apl_grounds.meritorious_cooperation", N_("meritorious cooperation with the authority")),
    ("apl_grounds.other_statutory", N_("another ground that a law, regulation or rule provides")),
    ("apl_grounds.minor_corrected_no_harm", N_("a minor act, promptly corrected, with no harm")),
    ("apl_grounds.first_minor_harm_corrected", N_("a first act with minor harm, promptly corrected")),
    ("apl_grounds.no_fault", N_("evidence of no subjective fault")),
):
    message(_key, _label)

# The act's title, for the catalogs (a citation's act is its msgid).
N_("PRC Administrative Penalty Law (2021)")

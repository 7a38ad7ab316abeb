"""Facts of an Iranian Computer Crimes Law case: circumstances, occurrence, readings, Solar Hijri dates.

:class:`IrFacts` adds to the common facts:

- ``offender``: ``"natural_person"`` (the default here: the Act punishes "هرکس", whoever) or
  ``"legal_person"`` (Art 747; the penalties of Art 748 replace imprisonment);
- ``circumstances``: members of :class:`IrCircumstance` - the five cases of Art 754 and the
  conditions that pick a branch of an article (740, 742, 743, 744, 749, 751, 753);
- ``occurrence``: which commission of the offence this is (1 = first). It picks the tier of
  Arts 749 and 751 ("first, second, third time"), the repeat branch of Art 748 and the trigger
  of Art 755;
- ``recipients``: how many persons obscene content was sent to (Art 742 note 2: fewer than ten);
- ``readings``: the open readings of the text (:class:`IrReadings`), each with a documented
  default, so that no interpretation is chosen silently;
- ``on``: the date of judgment, as a ``datetime.date``, ISO text ``"2024-06-24"`` or Solar Hijri
  text ``"1403/04/04"`` (Persian digits accepted: ``"۱۴۰۳/۰۴/۰۴"``). A year below 1700 is read as
  Solar Hijri. Solar Hijri input is converted with ``jdatetime``, imported on first use only.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
from typing import Any, ClassVar

import attrs

from ...core.errors import InvalidFactError
from ...core.facts import Facts, OffenderKind, to_count, to_date, to_enum_set, to_offender
from ...core.messages import N_, message
from ...core.readings import reading, reading_values, readings_converter

__all__ = ["READINGS", "IrCircumstance", "IrFacts", "IrReadings", "MitigatingGround", "parse_date"]


class IrCircumstance(enum.Enum):
    """Circumstances that the Computer Crimes Law names.

    The first five are the cases of Art 754 (aggravation); the others choose a branch of one
    article and are accepted only by the articles that name them.
    """

    #: 754 الف: a public employee or official commits the offence in the course of duty.
    PUBLIC_EMPLOYEE_ON_DUTY = "public_employee_on_duty"
    #: 754 ب: the lawful operator or possessor of a network commits it by reason of the job.
    NETWORK_OPERATOR_BY_JOB = "network_operator_by_job"
    #: 754 ج: the data or systems belong to the state or to public-service providers.
    STATE_OR_PUBLIC_SERVICE_SYSTEMS = "state_or_public_service_systems"
    #: 754 د (and 742 note 3): the offence is committed in an organised way.
    ORGANISED = "organised"
    #: 754 ه: the offence is committed on a wide scale.
    WIDE_SCALE = "wide_scale"
    #: 740: the owner still holds the very data taken (fine only).
    OWNER_RETAINS_DATA = "owner_retains_data"
    #: 742 note 1, 743 الف: the content is vulgar (مبتذل), not obscene (مستهجن).
    VULGAR_CONTENT = "vulgar_content"
    #: 742 note 3, 753 note: the offender has made the acts his profession.
    PROFESSION = "profession"
    #: 744 note: the alteration or distortion is obscene.
    OBSCENE_ALTERATION = "obscene_alteration"
    #: 749, 751: the provider refused intentionally (otherwise: negligence).
    INTENTIONAL = "intentional"


class MitigatingGround(enum.Enum):
    """The grounds of mitigation of IPC Art 38 (clauses الف-ح); any one opens Art 37's options."""

    #: الف: the complainant or private claimant forgives.
    COMPLAINANT_FORGIVENESS = "complainant_forgiveness"
    #: ب: effective cooperation in identifying accomplices, obtaining evidence or recovering property.
    EFFECTIVE_COOPERATION = "effective_cooperation"
    #: پ: special circumstances, such as provocation by the victim or an honourable motive.
    SPECIAL_CIRCUMSTANCES = "special_circumstances"
    #: ت: self-report before prosecution, or an effective confession during the inquiry or trial.
    SELF_REPORT_OR_CONFESSION = "self_report_or_confession"
    #: ث: remorse, good record, or the accused's condition such as old age or illness.
    REMORSE_RECORD_OR_CONDITION = "remorse_record_or_condition"
    #: ج: efforts to lessen the effects of the offence or to make good the harm.
    REPAIR_EFFORTS = "repair_efforts"
    #: چ: slight harm to the victim, or slight harmful results.
    SLIGHT_HARM = "slight_harm"
    #: ح: a minor part of an accomplice or assistant in the offence.
    MINOR_PARTICIPATION = "minor_participation"


# Labels the renderers look up ("circumstances.<value>", "tier.<branch>"), in English.
for _key, _label in (
    ("circumstances.public_employee_on_duty", N_("public employee acting in the course of duty (Art 754 a)")),
    ("circumstances.network_operator_by_job", N_("lawful network operator acting by reason of the job (Art 754 b)")),
    ("circumstances.state_or_public_service_systems", N_("state or public-service data or systems (Art 754 c)")),
    ("circumstances.organised", N_("organised (Art 754 d)")),
    ("circumstances.wide_scale", N_("on a wide scale (Art 754 e)")),
    ("circumstances.owner_retains_data", N_("the owner still holds the data")),
    ("circumstances.vulgar_content", N_("vulgar content")),
    ("circumstances.profession", N_("made a profession of it")),
    ("circumstances.obscene_alteration", N_("obscene alteration")),
    ("circumstances.intentional", N_("intentional")),
    ("tier.owner_retains_data", N_("owner still holds the data")),
    ("tier.otherwise", N_("owner no longer holds the data")),
    ("tier.note1", N_("note 1 (vulgar content)")),
    ("tier.note2", N_("note 2 (fewer than ten recipients)")),
    ("tier.note3", N_("note 3 (profession or organised)")),
    ("tier.note", N_("the note")),
    ("tier.article", N_("the article")),
    ("tier.vulgar", N_("vulgar content")),
    ("tier.obscene", N_("obscene content")),
    ("tier.intentional", N_("intentional refusal")),
    ("tier.first", N_("first time")),
    ("tier.second", N_("second time")),
    ("tier.third", N_("third time")),
    ("tier.later", N_("fourth time or later")),
    # Art 754's cases as the aggravation step names them (its citation gives the clause).
    ("case.public_employee_on_duty", N_("public employee on duty")),
    ("case.network_operator_by_job", N_("network operator by job")),
    ("case.state_or_public_service_systems", N_("state or public service systems")),
    ("case.organised", N_("organised")),
    ("case.wide_scale", N_("wide scale")),
    ("fact.occurrence", N_("occurrence")),
    ("fact.recipients", N_("recipients")),
    # The open readings (see IrReadings) and their values.
    ("reading.art742_note1", N_("Art 742 note 1: the minimum of, or at least, one of the punishments")),
    ("reading.art742_note1.minimum_of_one", N_("minimum of one")),
    ("reading.art742_note1.at_least_one", N_("at least one")),
    ("reading.art744_halving", N_("Art 744: imprisonment halved since 1399 (compoundable offence)")),
    ("reading.art744_halving.apply", N_("apply")),
    ("reading.art744_halving.ignore", N_("ignore")),
    ("reading.art736_1399", N_("Art 736: the amount of 1399")),
    ("reading.art736_1399.pattern", N_("pattern")),
    ("reading.art736_1399.repo", N_("repo")),
    ("reading.art748_no_fine", N_("Art 748 for an offence without a fine")),
    ("reading.art748_no_fine.error", N_("error")),
    ("reading.art748_no_fine.partial", N_("partial")),
    ("reading.art748_no_prison", N_("Art 748 for an offence without imprisonment")),
    ("reading.art748_no_prison.not_determinable", N_("not determinable")),
    ("reading.art748_no_prison.clause_a", N_("clause a")),
    ("reading.art749_later_occurrences", N_("Arts 749 and 751 after the third occurrence")),
    ("reading.art749_later_occurrences.not_determinable", N_("not determinable")),
    ("reading.art749_later_occurrences.as_third", N_("as third")),
    ("reading.art754_element_circumstance", N_("Art 754 on a circumstance that is an element of the offence")),
    ("reading.art754_element_circumstance.not_twice", N_("not counted twice")),
    ("reading.art754_element_circumstance.aggravate", N_("aggravate")),
    ("reading.art754_legal_person", N_("Art 754 and the fine of a legal person")),
    ("reading.art754_legal_person.fine", N_("fine")),
    ("reading.art754_legal_person.none", N_("none")),
    ("reading.art755_tiers", N_("Art 755: how the tier is chosen")),
    ("reading.art755_tiers.by_maximum", N_("by maximum")),
    ("reading.art755_tiers.literal", N_("literal")),
    ("reading.art755_trigger", N_("Art 755: from which commission it applies")),
    ("reading.art755_trigger.third_commission", N_("third commission")),
    ("reading.art755_trigger.fourth_commission", N_("fourth commission")),
    # The general part (IPC Arts 19, 134, 137), law notes iran_time_and_sentencing.md §11.
    ("reading.degree_rule", N_("Art 19: the degree of an offence with several punishments")),
    ("reading.degree_rule.most_severe_statutory", N_("the most severe statutory punishment")),
    ("reading.degree_rule.imprisonment_decides", N_("the imprisonment decides")),
    ("reading.degree_basis", N_("Art 19: the bands that grade the degree")),
    ("reading.degree_basis.same_as_amounts", N_("the same as the amounts")),
    ("reading.degree_basis.offence_date", N_("the date of the offence")),
    ("reading.bands_1403_missing", N_("Art 19: the 1403 bands no source gives")),
    ("reading.bands_1403_missing.inferred", N_("inferred")),
    ("reading.bands_1403_missing.error", N_("error")),
    ("reading.art134_same_offence", N_("Art 134 a: aggravating the same offence repeated")),
    ("reading.art134_same_offence.by_repetitions", N_("by the number of repetitions")),
    ("reading.art134_same_offence.none", N_("none")),
    ("reading.art134_quarter_on_fines", N_("Arts 134 p and 137: the quarter above the maximum on fines")),
    ("reading.art134_quarter_on_fines.yes", N_("yes")),
    ("reading.art134_quarter_on_fines.prison_only", N_("imprisonment only")),
    ("reading.term_mean_convention", N_("the mean of a range in days and years")),
    ("reading.term_mean_convention.error", N_("error")),
    ("reading.term_mean_convention.days_365_30", N_("a year of 365 days, a month of 30")),
    ("fact.mitigating_grounds", N_("grounds of mitigation")),
    ("fact.prior_conviction_degree", N_("degree of the earlier conviction")),
):
    message(_key, _label)

# One label per ground of Art 38, for the ground of an option and where the facts list the grounds.
for _ground, _label in (
    ("complainant_forgiveness", N_("the complainant forgives (Art 38 a)")),
    ("effective_cooperation", N_("effective cooperation (Art 38 b)")),
    ("special_circumstances", N_("special circumstances of the offence (Art 38 p)")),
    ("self_report_or_confession", N_("self-report or effective confession (Art 38 t)")),
    ("remorse_record_or_condition", N_("remorse, good record, age or illness (Art 38 s)")),
    ("repair_efforts", N_("efforts to repair the harm (Art 38 j)")),
    ("slight_harm", N_("slight harm (Art 38 ch)")),
    ("minor_participation", N_("a minor part in the offence (Art 38 h)")),
):
    message(f"ground.{_ground}", _label)
    message(f"mitigating_grounds.{_ground}", _label)

#: The five cases of Art 754, with their clause letters (الف=a, ب=b, ج=c, د=d, ه=e).
AGGRAVATING: dict[IrCircumstance, str] = {
    IrCircumstance.PUBLIC_EMPLOYEE_ON_DUTY: "a",
    IrCircumstance.NETWORK_OPERATOR_BY_JOB: "b",
    IrCircumstance.STATE_OR_PUBLIC_SERVICE_SYSTEMS: "c",
    IrCircumstance.ORGANISED: "d",
    IrCircumstance.WIDE_SCALE: "e",
}

#: Art 754 cases that are already an element of an offence (reading ``art754_element_circumstance``):
#: 733 punishes «مأموران دولتی» (state officials) responsible for secret data, which is 754 الف's
#: employee acting in the course of duty; 739 punishes the acts of 736-738 against systems «که برای
#: ارائه خدمات ضروری عمومی به کار می‌روند», which is 754 ج's systems of public-service providers.
ELEMENT_CIRCUMSTANCES: dict[str, frozenset[IrCircumstance]] = {
    "ir.ipc.733": frozenset({IrCircumstance.PUBLIC_EMPLOYEE_ON_DUTY}),
    "ir.ipc.739": frozenset({IrCircumstance.STATE_OR_PUBLIC_SERVICE_SYSTEMS}),
}


@attrs.frozen
class IrReadings:
    """The open readings of the Computer Crimes Law, each a named option with a documented default.

    No authoritative ruling settles these (law notes, iran.md §3.4, §6); the default is the
    reading the library follows unless told otherwise, and every assessment that depends on one
    names it in its trace.

    - ``art742_note1`` - «حداقل یکی از مجازاتهای فوق» for vulgar content:
      ``"minimum_of_one"`` (default: the *minimum* of one of the punishments, 91 days' imprisonment
      or the minimum fine; the only reading that gives the note an effect) or ``"at_least_one"``
      (at least one of the punishments of the article, each in its full range).
    - ``art744_halving`` - Art 744 is compoundable since the 1399 Law on Reducing Ta'zir
      Imprisonment, whose note to IPC Art 104 halves the imprisonment of compoundable offences:
      ``"apply"`` (default, from 1399/02/23: 45 1/2 days to 1 year; SINGLE-SOURCE) or ``"ignore"``
      (91 days to 2 years as enacted).
    - ``art736_1399`` - the 1399 amount of Art 736 conflicts: ``"pattern"`` (default,
      25,000,000-100,000,000 = the verified 1403 figure / 3.3, law-notes decision 5) or ``"repo"``
      (50,000,000-250,000,000, the one source that gives a figure).
    - ``art748_no_fine`` - Art 748 multiplies the offence's maximum fine; for an offence without a
      fine (731 ب, 731 ج, 739): ``"partial"`` (default: the closure or dissolution, with a note
      that the fine is not determinable) or ``"error"`` (:class:`NotDeterminableError`). The default
      follows the text: «علاوه بر ... به ترتیب ذیل محکوم خواهند شد» attaches the closure or
      dissolution *in addition to* the fine, not through it, and clause ب turns on the maximum
      imprisonment alone; only the fine lacks a base.
    - ``art748_no_prison`` - Art 748 picks the closure by the offence's maximum imprisonment; for a
      fine-only branch (740 owner retains data, 742 note 2, 743 الف vulgar): ``"not_determinable"``
      (default: the fine, and a note that the closure is not determinable) or ``"clause_a"``
      (closure as for an offence with at most five years).
    - ``art749_later_occurrences`` - Arts 749 and 751 are silent after the third occurrence:
      ``"not_determinable"`` (default: :class:`NotDeterminableError`) or ``"as_third"``.
    - ``art754_element_circumstance`` - a case of Art 754 that is already an element of the offence
      (733 with ``public_employee_on_duty``, 739 with ``state_or_public_service_systems``):
      ``"not_twice"`` (default: the circumstance does not aggravate the offence it defines; the
      article's own range already prices it, 739's 3-10 years against 736-738's lower ranges, and
      counting it again would punish one fact twice; Art 754's other cases still apply) or
      ``"aggravate"`` (Art 754 read literally: «در موارد زیر» reaches every computer crime). No
      ruling settles it (UNVERIFIED either way).
    - ``art754_legal_person`` - whether Art 754 narrows the fine of a legal person under Art 748:
      ``"fine"`` (default: the 3x-6x fine is "the punishment prescribed") or ``"none"``.
    - ``art755_tiers`` - Art 755's tiers name imprisonment ranges that few offences match:
      ``"by_maximum"`` (default: up to 2 years -> الف, up to 5 years -> ب, more -> ج) or
      ``"literal"`` (only a statutory range inside the tier's range; otherwise not determinable).
    - ``art755_trigger`` - «تکرار جرم برای بیش از دو بار»: ``"third_commission"`` (default: from the
      third commission) or ``"fourth_commission"`` (repeated more than twice after the first).
    - ``amounts_basis`` (IPC Art 28, law notes O1) - an offence committed before an amount decree and
      judged after it: ``"judgment_date"`` (default: Art 28 binds judgments issued after the decree),
      ``"offence_date"`` (Art 10: a harsher rule does not reach back) or ``"most_favourable"`` (the
      lowest amounts in force from the offence to the judgment). When the figures differ, the
      trace also shows those of the other date (see :mod:`penalties.law.ir.time`).

    The general part (:mod:`penalties.law.ir.sentencing`; law notes, iran_time_and_sentencing.md §11):

    - ``degree_rule`` (O3) - the degree of an offence with several punishments:
      ``"most_severe_statutory"`` (default: each graded on its own, the most severe wins; opinions
      7/99/113, 7/97/2143) or ``"imprisonment_decides"`` (Art 19 note 3's fallback).
    - ``degree_basis`` (O2) - the fine bands that grade the degree: ``"same_as_amounts"`` (default:
      the schedule of the date of judgment, like the amounts) or ``"offence_date"`` (the bands in
      force on the date of the offence; needs that date).
    - ``bands_1403_missing`` (O9) - the 1403 bands of degrees 4 and 7 that no source gives:
      ``"inferred"`` (default: degree 7 by contiguity, degree 4 up to 3,300,000,000; UNVERIFIED) or
      ``"error"`` (:class:`NotDeterminableError`).
    - ``art134_same_offence`` (O4) - Art 134 الف, the same offence repeated: ``"by_repetitions"``
      (default: up to three, as clause ب; more, as clause پ) or ``"none"``.
    - ``art134_quarter_on_fines`` (O5) - whether the quarter above the maximum (Arts 134 پ, 137)
      reaches fines: ``"yes"`` (default) or ``"prison_only"``.
    - ``term_mean_convention`` (O12) - the mean of a range in days and years (91 days-1 year):
      ``"error"`` (default: refused, the statute gives no conversion) or ``"days_365_30"``.
    """

    art742_note1: str = reading("minimum_of_one", "at_least_one")
    art744_halving: str = reading("apply", "ignore")
    art736_1399: str = reading("pattern", "repo")
    art748_no_fine: str = reading("partial", "error")
    art748_no_prison: str = reading("not_determinable", "clause_a")
    art749_later_occurrences: str = reading("not_determinable", "as_third")
    art754_element_circumstance: str = reading("not_twice", "aggravate")
    art754_legal_person: str = reading("fine", "none")
    art755_tiers: str = reading("by_maximum", "literal")
    art755_trigger: str = reading("third_commission", "fourth_commission")
    amounts_basis: str = reading("judgment_date", "offence_date", "most_favourable")
    degree_rule: str = reading("most_severe_statutory", "imprisonment_decides")
    degree_basis: str = reading("same_as_amounts", "offence_date")
    bands_1403_missing: str = reading("inferred", "error")
    art134_same_offence: str = reading("by_repetitions", "none")
    art134_quarter_on_fines: str = reading("yes", "prison_only")
    term_mean_convention: str = reading("error", "days_365_30")

    def to_dict(self) -> dict[str, str]:
        return attrs.asdict(self)

    def __str__(self) -> str:
        """The readings that depart from the defaults, or ``"defaults"``."""
        changed = [f"{k}={v}" for k, v in attrs.asdict(self).items() if v != READINGS[k][0]]
        return ", ".join(changed) + " (others: defaults)" if changed else "defaults"


#: Open readings: name -> allowed values, the default first.
READINGS: dict[str, tuple[str, ...]] = reading_values(IrReadings)
_to_readings = readings_converter(IrReadings)


def to_readings(value: object) -> IrReadings:
    """Readings from ``None`` (all defaults), an :class:`IrReadings`, or a mapping name -> value."""
    made: IrReadings = _to_readings(value)
    return made


_MAX_COUNT = 10**9


def _whole(field: str, value: object, minimum: int) -> int:
    return to_count(field, value, minimum, _MAX_COUNT)


def _occurrence(value: object) -> int:
    return _whole("occurrence", value, 1)


def _recipients(value: object) -> int | None:
    return None if value is None else _whole("recipients", value, 1)


def _grounds(value: object) -> frozenset[MitigatingGround]:
    return to_enum_set(value, MitigatingGround, "mitigating_grounds")


def _prior_degree(value: object) -> int | None:
    if value is None:
        return None
    if type(value) is not int or not 1 <= value <= 8:
        raise InvalidFactError("prior_conviction_degree", value, "None or a degree 1-8 (a whole number)")
    return value


_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_EXPECTED_DATE = "a date: datetime.date, ISO text 'YYYY-MM-DD' or Solar Hijri text 'YYYY/MM/DD' such as '1403/04/04'"


def parse_date(value: object, field: str = "on") -> _dt.date:
    """A Gregorian date from a date, ISO text, Solar Hijri text, or a ``jdatetime`` date.

    Text with a year below 1700 is Solar Hijri (1403/04/04 = 2024-06-24); a year from 1700 is
    Gregorian. Separators ``/``, ``-`` and ``.`` and Persian or Arabic digits are accepted.
    """
    if isinstance(value, _dt.date):
        return to_date(value, field)
    if type(value).__module__.split(".")[0] == "jdatetime" and hasattr(value, "togregorian"):
        made: Any = value.togregorian()
        return made.date() if isinstance(made, _dt.datetime) else made
    if not isinstance(value, str) or len(value) > 40:
        raise InvalidFactError(field, value, _EXPECTED_DATE)
    text = value.strip().translate(_DIGITS)
    for separator in "/.":
        text = text.replace(separator, "-")
    parts = text.split("-")
    if len(parts) != 3 or not all(p.isascii() and p.isdigit() and 0 < len(p) <= 4 for p in parts):
        raise InvalidFactError(field, value, _EXPECTED_DATE)
    year, month, day = (int(p) for p in parts)
    try:
        if year >= 1700:
            return _dt.date(year, month, day)
        return _solar_hijri(year, month, day)
    except (ValueError, OverflowError):
        raise InvalidFactError(field, value, _EXPECTED_DATE) from None


@functools.lru_cache(maxsize=4096)
def _solar_hijri(year: int, month: int, day: int) -> _dt.date:
    """Solar Hijri -> Gregorian via ``jdatetime`` (imported on first use; results cached)."""
    import jdatetime

    made: _dt.date = jdatetime.date(year, month, day).togregorian()
    return made


@attrs.frozen
class IrFacts(Facts):
    """Facts of a Computer Crimes Law case (see the module docstring for each field)."""

    CIRCUMSTANCES: ClassVar[type[enum.Enum]] = IrCircumstance
    CURRENCY: ClassVar[str] = "IRR"

    offender: OffenderKind = attrs.field(default=OffenderKind.INDIVIDUAL, converter=to_offender)
    occurrence: int = attrs.field(default=1, converter=_occurrence)
    recipients: int | None = attrs.field(default=None, converter=_recipients)
    readings: IrReadings = attrs.field(default=None, converter=to_readings)
    mitigating_grounds: frozenset[MitigatingGround] = attrs.field(default=frozenset(), converter=_grounds)
    prior_conviction_degree: int | None = attrs.field(default=None, converter=_prior_degree)

    @classmethod
    def parse_on(cls, value: object) -> _dt.date:
        return parse_date(value)

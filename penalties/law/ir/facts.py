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
from ...core.facts import Facts, OffenderKind, to_count, to_date, to_offender
from ...core.messages import N_, message
from ...core.readings import reading, reading_values, readings_converter

__all__ = ["READINGS", "IrCircumstance", "IrFacts", "IrReadings", "parse_date"]


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
    ("reading.art754_legal_person", N_("Art 754 and the fine of a legal person")),
    ("reading.art754_legal_person.fine", N_("fine")),
    ("reading.art754_legal_person.none", N_("none")),
    ("reading.art755_tiers", N_("Art 755: how the tier is chosen")),
    ("reading.art755_tiers.by_maximum", N_("by maximum")),
    ("reading.art755_tiers.literal", N_("literal")),
    ("reading.art755_trigger", N_("Art 755: from which commission it applies")),
    ("reading.art755_trigger.third_commission", N_("third commission")),
    ("reading.art755_trigger.fourth_commission", N_("fourth commission")),
):
    message(_key, _label)

#: The five cases of Art 754, with their clause letters (الف=a, ب=b, ج=c, د=d, ه=e).
AGGRAVATING: dict[IrCircumstance, str] = {
    IrCircumstance.PUBLIC_EMPLOYEE_ON_DUTY: "a",
    IrCircumstance.NETWORK_OPERATOR_BY_JOB: "b",
    IrCircumstance.STATE_OR_PUBLIC_SERVICE_SYSTEMS: "c",
    IrCircumstance.ORGANISED: "d",
    IrCircumstance.WIDE_SCALE: "e",
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
      fine (731 ب, 731 ج, 739): ``"error"`` (default: :class:`NotDeterminableError`) or
      ``"partial"`` (the closure or dissolution, with a note that the fine is not determinable).
    - ``art748_no_prison`` - Art 748 picks the closure by the offence's maximum imprisonment; for a
      fine-only branch (740 owner retains data, 742 note 2, 743 الف vulgar): ``"not_determinable"``
      (default: the fine, and a note that the closure is not determinable) or ``"clause_a"``
      (closure as for an offence with at most five years).
    - ``art749_later_occurrences`` - Arts 749 and 751 are silent after the third occurrence:
      ``"not_determinable"`` (default: :class:`NotDeterminableError`) or ``"as_third"``.
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
    """

    art742_note1: str = reading("minimum_of_one", "at_least_one")
    art744_halving: str = reading("apply", "ignore")
    art736_1399: str = reading("pattern", "repo")
    art748_no_fine: str = reading("error", "partial")
    art748_no_prison: str = reading("not_determinable", "clause_a")
    art749_later_occurrences: str = reading("not_determinable", "as_third")
    art754_legal_person: str = reading("fine", "none")
    art755_tiers: str = reading("by_maximum", "literal")
    art755_trigger: str = reading("third_commission", "fourth_commission")
    amounts_basis: str = reading("judgment_date", "offence_date", "most_favourable")

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

    @classmethod
    def parse_on(cls, value: object) -> _dt.date:
        return parse_date(value)

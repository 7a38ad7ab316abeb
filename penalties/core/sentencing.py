"""Sentencing beside the statutory range: adjustments, several offences, probation.

An article's assessment answers "what range does the text give". The general part of a code then
says what a court may or must do with that range: punish more lightly or more heavily inside it,
go below it (mitigation) or above it, exempt, refuse probation, combine the sentences of several
offences. This module is the one shape for all of it, whatever the jurisdiction:

- :class:`Adjustment`: one option that a rule of the general part offers for one case, with the
  rule's id and :class:`~penalties.core.citation.Citation`, its modality (*shall* / *may*, reusing
  :class:`~penalties.core.sanction.Modality`), its :class:`Direction`, the range(s) that result
  (:class:`SentenceRange`, per sanction kind, exact and with open or closed ends), the open
  readings it depends on and the :class:`Status` of its source. **The statutory range never
  moves**: the assessment's ``sanctions`` keep the article's ranges, and the adjustments sit beside
  them in ``Assessment.adjustments``. Where no source says how two rules chain, each rule's option
  is computed from the statutory range and they are listed side by side, never composed silently.
- ``Assessment.degree``: the degree of the offence where the code grades offences (Iran, Islamic
  Penal Code Art 19); ``None`` elsewhere.
- :class:`SentencingFinding` and the act-level hook :class:`SentencingHook`: an act declares
  ``Act(..., sentencing=hook)``; ``Article.assess`` calls ``hook(article, assessment)`` after the
  act's rules and adds what the hook found (adjustments, degree, trace steps, notes). The hook sees
  the finished assessment (tier, sanctions, facts) and cannot change its sanctions.
- :class:`SeveralOffences`: the result of combining the sentences of several offences (PRC
  Criminal Law Arts 69-71 over imposed sentences; Iran IPC Art 134 or 137 over statutory ranges).
- :class:`Probation`: the result of a probation (suspended sentence) question: eligibility,
  whether it is mandatory, and the range of the probation period.

Both results are immutable, compare by value, round-trip through ``to_dict()`` / ``from_dict()``
(JSON Schema ``penalties/schema/sentencing.schema.json``), explain themselves in every supported
locale (``explain(locale)``) and render as HTML (``to_html(locale)``). Their reasoning is a
``trace`` of :class:`~penalties.core.formula.Step` like an assessment's.

How a jurisdiction uses the shape (a sketch; the PRC part is :mod:`penalties.law.cn.sentencing`):

>>> from penalties.core.citation import Citation
>>> from penalties.core.interval import Interval
>>> from penalties.core.sanction import Modality, SanctionKind
>>> from penalties.core.term import Term
>>> art63 = Citation("cn.cl", "PRC Criminal Law", "63", 1)
>>> option = Adjustment(
...     rule="cn.cl.67.1",
...     basis=Citation("cn.cl", "PRC Criminal Law", "67", 1),
...     modality=Modality.MAY,
...     direction=Direction.MITIGATED,
...     ground="surrender",
...     ranges=(SentenceRange(SanctionKind.FIXED_TERM_IMPRISONMENT,
...                           Interval(Term.months(6), Term.years(3), high_closed=False)),),
...     via=art63,
... )
>>> option.range(SanctionKind.FIXED_TERM_IMPRISONMENT)
[6 months, 3 years)
>>> Adjustment.from_dict(option.to_dict()) == option
True

For Iran, Art 134 returns a :class:`SeveralOffences` whose ``offences`` carry the statutory ranges
(``SentenceRange`` with a real interval, ``degree`` set) and whose ``ranges`` carry one range per
offence (``SentenceRange.offence`` = the offence's index) plus notes (only the heaviest is executed);
Art 137 returns an :class:`Adjustment` with ``direction=Direction.AGGRAVATED``.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

import attrs

from ..context import FROM_CONTEXT, FromContext, locale_or_context
from . import hooks
from ._make import maker
from .citation import Citation
from .errors import InvalidFactError
from .formula import Step
from .interval import Interval
from .messages import N_, message
from .money import Money
from .sanction import Modality, Quantity, SanctionKind, _range_dict
from .term import Term

if TYPE_CHECKING:
    from .article import Article
    from .assessment import Assessment

__all__ = [
    "SENTENCING_SCHEMA_VERSION",
    "Adjustment",
    "Direction",
    "Limitation",
    "OffenceSentence",
    "Probation",
    "SentenceRange",
    "SentencingFinding",
    "SentencingHook",
    "SeveralOffences",
    "Status",
    "apply_sentencing",
]

#: Version of the JSON form of the results of this module (``sentencing.schema.json``).
SENTENCING_SCHEMA_VERSION = "1"


class Status(enum.Enum):
    """How well the rule behind an option or result is attested (the law notes' labels)."""

    #: two or more independent sources agree.
    VERIFIED = "VERIFIED"
    #: one source only: encoded, and the label travels with the result.
    SINGLE_SOURCE = "SINGLE-SOURCE"
    #: sources disagree; the library follows the one its notes name.
    CONFLICT = "CONFLICT"
    #: no source gives it (an inference); used only through the open reading that names it.
    UNVERIFIED = "UNVERIFIED"


class Direction(enum.Enum):
    """What an option does to the statutory range.

    The words of the codes, each with its own meaning (PRC Criminal Law Arts 62-63; Iran IPC
    Arts 37, 64-68, 86, 134, 137):
    """

    #: 从轻: lighter punishment *inside* the range (the range's bounds stay; CL Art 62).
    LIGHTER = "lighter"
    #: 从重: heavier punishment *inside* the range (CL Art 62).
    HEAVIER = "heavier"
    #: 减轻 / تخفیف: below the range (CL Art 63: into the next lower range).
    MITIGATED = "mitigated"
    #: above the statutory maximum (Iran Arts 134 and 137: up to a quarter above it).
    AGGRAVATED = "aggravated"
    #: 从宽: leniency without saying whether inside or below the range (2017 interpretation Art 10).
    LENIENT = "lenient"
    #: 免除处罚 / 免予刑事处罚: conviction without punishment (CL Arts 37, 67, 68).
    EXEMPT = "exempt"
    #: 不起诉: no prosecution (2017 interpretation Art 10).
    NOT_PROSECUTED = "not_prosecuted"
    #: 不予行政处罚: no administrative penalty (APL Arts 30, 33).
    NO_PENALTY = "no_penalty"
    #: no criminal liability at all (under the age of CL Art 17).
    NO_LIABILITY = "no_liability"
    #: probation (a suspended sentence) is not available (CL Arts 65 and 74).
    EXCLUDES_PROBATION = "excludes_probation"
    #: an alternative to imprisonment (Iran Arts 64-68).
    ALTERNATIVE = "alternative"
    #: another sanction in place of the one provided (Iran Art 86: a fine for short imprisonment).
    SUBSTITUTE = "substitute"


def _check_range(instance: SentenceRange, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, Interval):
        raise InvalidFactError("range", value, "an Interval of Money or Term, or None")
    wanted = Money if instance.kind.quantity is Quantity.MONEY else Term
    if instance.kind.quantity is Quantity.NONE or not isinstance(value.low, wanted):
        raise InvalidFactError(
            "range", value, f"a range measured as a {instance.kind.value} is ({instance.kind.quantity.value})"
        )


@attrs.frozen
class SentenceRange:
    """The range of one sanction kind in an option or a result.

    ``range`` is exact, with each end included or excluded; ``None`` means the kind is available
    with no range of its own here (a fine whose amount the statute leaves open, a measure).
    ``offence`` is the index of the offence it belongs to in a :class:`SeveralOffences` result
    (``None``: the combined sentence, or an option on one article). An imposed sentence is a range
    with equal, closed ends.
    """

    kind: SanctionKind
    range: Interval[Term] | Interval[Money] | None = attrs.field(default=None, validator=_check_range)
    offence: int | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind.value}
        if self.range is not None:
            data["range"] = _range_dict(self.range)
        if self.offence is not None:
            data["offence"] = self.offence
        return data


@attrs.frozen
class Adjustment:
    """One option a rule of the general part offers for a case, beside the statutory range.

    - ``rule``: a stable id of the rule (``"cn.cl.67.1"``: Criminal Law Art 67 para 1).
    - ``basis``: its citation; ``via``: the rule that computed ``ranges`` when it is another one
      (surrender allows mitigation; Art 63 says how far mitigation goes).
    - ``modality``: :attr:`Modality.SHALL` (the court must) or :attr:`Modality.MAY`.
    - ``direction``: what the option does (:class:`Direction`).
    - ``ranges``: the range(s) that result, per sanction kind. Empty when the option keeps the
      statutory ranges (lighter or heavier inside them) or has no range (exemption, no probation),
      and when no lower range exists (then ``notes`` say what the court may choose instead).
    - ``ground``: the fact or circumstance that brings the rule in (``"surrender"``), a code.
    - ``condition``: a further condition the court decides (``"minor_crime"`` for Art 67's
      exemption when the crime is minor), a code; ``None`` when there is none.
    - ``readings``: ``(reading name, value used)`` pairs of the open readings the option depends on.
    - ``status``: how well the rule's source is attested.
    - ``notes``: steps that explain the option further.
    """

    rule: str
    basis: Citation
    modality: Modality
    direction: Direction
    ranges: tuple[SentenceRange, ...] = ()
    ground: str = ""
    condition: str | None = None
    via: Citation | None = None
    readings: tuple[tuple[str, str], ...] = ()
    status: Status = Status.VERIFIED
    notes: tuple[Step, ...] = ()

    def range(self, kind: SanctionKind | str) -> Interval[Any] | None:
        """The resulting range of ``kind`` or its name (``None``: the option gives none for that kind)."""
        if type(kind) is not SanctionKind:
            kind = _kind(kind)
        for item in self.ranges:
            if item.kind is kind:
                return item.range
        return None

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe data (exact numbers as strings); see ``sentencing.schema.json``."""
        data: dict[str, Any] = {
            "rule": self.rule,
            "basis": self.basis.to_dict(),
            "modality": self.modality.value,
            "direction": self.direction.value,
            "ranges": [r.to_dict() for r in self.ranges],
            "ground": self.ground,
            "condition": self.condition,
            "via": None if self.via is None else self.via.to_dict(),
            "readings": {name: value for name, value in self.readings},
            "status": self.status.value,
            "notes": [step.to_dict() for step in self.notes],
        }
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Adjustment:
        """Inverse of :meth:`to_dict` (strict: a typed error names the bad key)."""
        found: Adjustment = hooks.get("adjustment_from_dict")(data)
        return found


@attrs.frozen
class SentencingFinding:
    """What an act's sentencing hook found for one assessment (added to it by ``Article.assess``)."""

    adjustments: tuple[Adjustment, ...] = ()
    degree: int | None = None
    trace: tuple[Step, ...] = ()
    notes: tuple[Step, ...] = ()


#: What a general part finds in most cases: nothing (one shared instance; findings are immutable).
NOTHING = SentencingFinding()


class SentencingHook(Protocol):
    """An act's general part: ``hook(article, assessment) -> SentencingFinding``.

    Declared on the act (``Act(..., sentencing=hook)``) and called by ``Article.assess`` after the
    act's rules, once per assessment. It reads the facts, tier and sanctions of the assessment; it
    returns options and steps, never new sanctions.
    """

    def __call__(self, article: Article, assessment: Assessment) -> SentencingFinding: ...


def apply_sentencing(hook: SentencingHook, article: Article, assessment: Assessment) -> Assessment:
    """``assessment`` with what ``hook`` finds added (the sanctions are kept as they are)."""
    found = hook(article, assessment)
    if not (found.adjustments or found.degree is not None or found.trace or found.notes):
        return assessment
    # The assessment's fields were checked when it was made: rebuild it without checking again
    # (attrs.evolve would run every field through __init__, as much as the rest of assess()).
    cls = type(assessment)
    make = _MAKERS.get(cls)
    if make is None:
        make = _MAKERS[cls] = maker(cls)
    made: Assessment = make(
        article_id=assessment.article_id,
        basis=assessment.basis,
        facts=assessment.facts,
        penal=assessment.penal,
        tier=assessment.tier,
        sanctions=assessment.sanctions,
        combinations=assessment.combinations,
        trace=assessment.trace + found.trace,
        notes=assessment.notes + found.notes,
        adjustments=assessment.adjustments + found.adjustments,
        degree=found.degree if found.degree is not None else assessment.degree,
    )
    return made


#: One fast constructor per assessment class (see ``core._make``).
_MAKERS: dict[type, Any] = {}


# ---------------------------------------------------------------------------------------------
# Results of their own.


class _Result:
    """Explanations, HTML and JSON shared by the sentencing results."""

    __slots__ = ()

    #: the ``result`` key of the JSON form.
    RESULT: ClassVar[str] = ""

    def explain(self, locale: str | FromContext = FROM_CONTEXT) -> str:
        """A readable account in ``locale`` (default: the :func:`penalties.in_locale` one, else English)."""
        text: str = hooks.get("sentencing_explain")(self, locale_or_context(locale))
        return text

    def to_html(self, locale: str | FromContext = FROM_CONTEXT, *, document: bool = False) -> str:
        """The result as HTML (right to left for fa and ar); a whole page with ``document=True``."""
        html: str = hooks.get("sentencing_html")(self, locale_or_context(locale), document=document)
        return html

    def _repr_html_(self) -> str:
        return self.to_html()

    def __str__(self) -> str:
        return self.explain()


@attrs.frozen
class OffenceSentence:
    """One offence in a several-offences computation.

    ``ranges``: the sentence imposed for it (PRC Art 69: each a point range, e.g. 3 years of
    fixed-term imprisonment and a 20,000 yuan fine) or its statutory ranges (Iran Art 134).
    ``label``: what the offence is (an article id such as ``"cn.cl.253-1"``, or a short name).
    ``offence_date``: when it was committed (its end, for continuing conduct); ``degree``: its
    degree where the code grades offences.
    """

    ranges: tuple[SentenceRange, ...]
    label: str = ""
    offence_date: _dt.date | None = None
    degree: int | None = None

    def range(self, kind: SanctionKind) -> Interval[Any] | None:
        """The range of ``kind`` for this offence (``None``: none)."""
        for item in self.ranges:
            if item.kind is kind:
                return item.range
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "ranges": [r.to_dict() for r in self.ranges],
            "label": self.label,
            "offence_date": None if self.offence_date is None else self.offence_date.isoformat(),
            "degree": self.degree,
        }


@attrs.frozen(repr=False)
class SeveralOffences(_Result):
    """The sentence to execute for several offences, as a range per sanction kind.

    - ``rule`` / ``basis``: the rule applied (``"cn.cl.69"``; ``"ir.ipc.134"``).
    - ``offences``: the inputs, in the order given.
    - ``ranges``: the executed ranges; ``offence=None`` for the combined sentence of a kind,
      ``offence=i`` for a range that belongs to offence ``i`` (Iran Art 134 raises each offence's
      range). A kind that is absorbed (PRC: criminal detention under fixed-term imprisonment) has
      no range here; the trace says why.
    - ``trace``: the reasoning; ``notes``: consequences (a kind executed after another, only the
      heaviest executed, time already served).
    - ``readings`` and ``status`` as for :class:`Adjustment`.
    """

    RESULT = "several_offences"

    rule: str
    basis: Citation
    offences: tuple[OffenceSentence, ...]
    ranges: tuple[SentenceRange, ...]
    trace: tuple[Step, ...] = ()
    notes: tuple[Step, ...] = ()
    readings: tuple[tuple[str, str], ...] = ()
    status: Status = Status.VERIFIED

    def range(self, kind: SanctionKind | str, offence: int | None = None) -> Interval[Any] | None:
        """The executed range of ``kind`` (for ``offence``, or combined); ``None``: none."""
        if type(kind) is not SanctionKind:
            kind = _kind(kind)
        for item in self.ranges:
            if item.kind is kind and item.offence == offence:
                return item.range
        return None

    @property
    def imprisonment(self) -> Interval[Term] | None:
        """The combined range of the first custodial kind executed (``None``: none)."""
        for item in self.ranges:
            if item.offence is None and item.range is not None and item.kind.quantity is Quantity.TERM:
                return item.range  # type: ignore[return-value]
        return None

    @property
    def fine(self) -> Interval[Money] | None:
        """The combined fine (``None``: no fine)."""
        return self.range(SanctionKind.FINE)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe data (exact numbers as strings); see ``sentencing.schema.json``."""
        return {
            "schema_version": SENTENCING_SCHEMA_VERSION,
            "result": self.RESULT,
            "rule": self.rule,
            "basis": self.basis.to_dict(),
            "offences": [o.to_dict() for o in self.offences],
            "ranges": [r.to_dict() for r in self.ranges],
            "trace": [s.to_dict() for s in self.trace],
            "notes": [s.to_dict() for s in self.notes],
            "readings": {name: value for name, value in self.readings},
            "status": self.status.value,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SeveralOffences:
        """Inverse of :meth:`to_dict`: ``SeveralOffences.from_dict(r.to_dict()) == r``."""
        found = hooks.get("sentencing_from_dict")(data, cls.RESULT)
        assert isinstance(found, SeveralOffences)
        return found

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{r.kind.label} {r.range!r}" if r.range else r.kind.label for r in self.ranges if r.offence is None
        )
        return f"<SeveralOffences {self.rule}: {len(self.offences)} offences; {shown or 'no range'}>"


@attrs.frozen(repr=False)
class Probation(_Result):
    """Whether a sentence may (or must) be suspended, and the range of the probation period.

    - ``sentence``: the imposed sentence (a kind and a point range).
    - ``eligible``: probation is available; ``mandatory``: the court shall grant it (then eligible
      too); both False when excluded (the trace names the exclusion).
    - ``period``: the range of the probation period (``None`` when not eligible).
    - ``conditions``: codes of the conditions the court must still find (the case facts cannot
      show them: "the crime is minor", "remorse"...).
    """

    RESULT = "probation"

    rule: str
    basis: Citation
    sentence: SentenceRange
    eligible: bool
    mandatory: bool
    period: Interval[Term] | None
    conditions: tuple[str, ...] = ()
    trace: tuple[Step, ...] = ()
    notes: tuple[Step, ...] = ()
    readings: tuple[tuple[str, str], ...] = ()
    status: Status = Status.VERIFIED

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe data (exact numbers as strings); see ``sentencing.schema.json``."""
        return {
            "schema_version": SENTENCING_SCHEMA_VERSION,
            "result": self.RESULT,
            "rule": self.rule,
            "basis": self.basis.to_dict(),
            "sentence": self.sentence.to_dict(),
            "eligible": self.eligible,
            "mandatory": self.mandatory,
            "period": None if self.period is None else _range_dict(self.period),
            "conditions": list(self.conditions),
            "trace": [s.to_dict() for s in self.trace],
            "notes": [s.to_dict() for s in self.notes],
            "readings": {name: value for name, value in self.readings},
            "status": self.status.value,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Probation:
        """Inverse of :meth:`to_dict`: ``Probation.from_dict(p.to_dict()) == p``."""
        found = hooks.get("sentencing_from_dict")(data, cls.RESULT)
        assert isinstance(found, Probation)
        return found

    def __repr__(self) -> str:
        state = "mandatory" if self.mandatory else "eligible" if self.eligible else "not eligible"
        period = f", period {self.period!r}" if self.period is not None else ""
        return f"<Probation {self.rule}: {self.sentence.kind.label} {self.sentence.range!r}: {state}{period}>"


@attrs.frozen(repr=False)
class Limitation(_Result):
    """The limitation of prosecution of an assessed offence, and whether a filing date is barred.

    - ``rule`` / ``basis``: the rule applied (``"cn.cl.87"``; Iran: ``"ir.ipc.105"`` for
      prosecution, ``"ir.ipc.107"`` for execution).
    - ``maximum``: the statutory maximum the period is read from (``None``: not a crime, or no
      custodial maximum; always ``None`` for Iran, whose period is read from the degree named in
      the trace); ``period``: the limitation period (``None`` likewise, or no degree).
    - ``start``: the day the period runs from (the end of the conduct, or the day of the last
      later crime or act that restarted it); ``last_day``: the last day of the period (included).
    - ``barred``: whether prosecution (Iran's Art 107: execution) on the date asked about is
      barred (``None`` when no dates were given). ``lifted``: the limitation does not apply (PRC CL Art 88).
    - ``trace``, ``notes``, ``readings`` (the reading of "the statutory maximum" it follows) and
      ``status`` as for :class:`SeveralOffences`.
    """

    RESULT = "limitation"

    rule: str
    basis: Citation
    maximum: Term | None
    period: Term | None
    start: _dt.date | None = None
    last_day: _dt.date | None = None
    barred: bool | None = None
    lifted: bool = False
    trace: tuple[Step, ...] = ()
    notes: tuple[Step, ...] = ()
    readings: tuple[tuple[str, str], ...] = ()
    status: Status = Status.VERIFIED

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe data (exact numbers as strings); see ``sentencing.schema.json``."""

        def day(value: _dt.date | None) -> str | None:
            return None if value is None else value.isoformat()

        return {
            "schema_version": SENTENCING_SCHEMA_VERSION,
            "result": self.RESULT,
            "rule": self.rule,
            "basis": self.basis.to_dict(),
            "maximum": None if self.maximum is None else self.maximum.to_dict(),
            "period": None if self.period is None else self.period.to_dict(),
            "start": day(self.start),
            "last_day": day(self.last_day),
            "barred": self.barred,
            "lifted": self.lifted,
            "trace": [s.to_dict() for s in self.trace],
            "notes": [s.to_dict() for s in self.notes],
            "readings": {name: value for name, value in self.readings},
            "status": self.status.value,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Limitation:
        """Inverse of :meth:`to_dict`: ``Limitation.from_dict(r.to_dict()) == r``."""
        found = hooks.get("sentencing_from_dict")(data, cls.RESULT)
        assert isinstance(found, Limitation)
        return found

    def __repr__(self) -> str:
        state = "" if self.barred is None else ", barred" if self.barred else ", not barred"
        return f"<Limitation {self.rule}: period {self.period!r}{state}>"


def _kind(value: object) -> SanctionKind:
    """A kind named by text, read as ``Assessment.find`` reads it (any act's kind, any spelling it takes)."""
    from .assessment import _kind as named  # assessment imports this module: imported when first asked

    return named(value)


def sentencing_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the results' ``to_dict()`` and of an :class:`Adjustment`."""
    import json
    from importlib import resources

    files = resources.files("penalties.schema")
    schema: dict[str, Any] = json.loads(files.joinpath("sentencing.schema.json").read_text("utf-8"))
    # Ranges, sanctions, steps and adjustments are written once, in the assessment schema.
    shared = json.loads(files.joinpath("assessment.schema.json").read_text("utf-8"))["$defs"]
    schema["$defs"] = {**shared, **schema.get("$defs", {})}
    return schema


# Labels of the directions, as the explanations show them.
for _key, _label in (
    ("direction.lighter", N_("lighter punishment within the range")),
    ("direction.heavier", N_("heavier punishment within the range")),
    ("direction.mitigated", N_("mitigated punishment below the range")),
    ("direction.aggravated", N_("aggravated punishment above the range")),
    ("direction.lenient", N_("lenient punishment")),
    ("direction.exempt", N_("exemption from punishment")),
    ("direction.not_prosecuted", N_("no prosecution")),
    ("direction.no_penalty", N_("no penalty")),
    ("direction.no_liability", N_("no criminal liability")),
    ("direction.excludes_probation", N_("no probation")),
    ("direction.alternative", N_("an alternative to imprisonment")),
    ("direction.substitute", N_("another sanction in place of the one provided")),
):
    message(_key, _label)

"""The result of an assessment: sanctions with their ranges, how they combine, and why."""

from __future__ import annotations

from typing import Any, TypeVar

import attrs

from ..context import FROM_CONTEXT, FromContext, locale_or_context
from . import hooks
from .citation import Citation
from .errors import InvalidFactError, UnknownSanctionKindError
from .facts import Facts, to_member
from .formula import Step
from .interval import Interval
from .money import Money
from .sanction import Addressee, Combination, Quantity, Sanction, SanctionKind, registered_kinds
from .sentencing import Adjustment
from .term import Term

__all__ = ["SCHEMA_VERSION", "Assessment"]

#: Version of the JSON form of an assessment (see ``penalties/schema/assessment.schema.json``).
SCHEMA_VERSION = "1"


@attrs.frozen(repr=False)
class Assessment:
    """What the law provides for one case under one article.

    Immutable and compared by value. ``sanctions`` lists every sanction the text provides for
    this case, each with its modality (shall / may), range and citation; ``combinations`` say
    which of them are alternatives ("one of") or cumulative options ("or both"); ``trace`` is
    the reasoning, step by step; ``notes`` are consequences outside the sanctions (a criminal
    referral, a provision that sets no penalty).

    ``adjustments`` are the options the act's general part offers for this case (mitigation,
    surrender, recidivism...), each with its rule, modality, resulting ranges and citation
    (:class:`~penalties.core.sentencing.Adjustment`); the ``sanctions`` keep the statutory ranges,
    which never move. ``degree`` is the degree of the offence where the code grades offences
    (Iran, IPC Art 19), else ``None``.
    """

    article_id: str
    basis: Citation
    facts: Facts
    penal: bool
    tier: str | None
    sanctions: tuple[Sanction, ...]
    combinations: tuple[Combination, ...]
    trace: tuple[Step, ...]
    notes: tuple[Step, ...] = ()
    adjustments: tuple[Adjustment, ...] = ()
    degree: int | None = None

    def adjustments_by(self, rule: str) -> tuple[Adjustment, ...]:
        """The adjustment options of one rule (``a.adjustments_by("cn.cl.67.1")``), in order."""
        return tuple(option for option in self.adjustments if option.rule == rule)

    def find(self, kind: SanctionKind | str, addressee: Addressee | str = Addressee.OFFENDER) -> Sanction | None:
        """The sanction of ``kind`` for ``addressee``, or ``None`` when the law provides none.

        ``kind`` and ``addressee`` are members or their names as text (``a.find("fine")``,
        ``a.find("fine", "responsible_persons")``); a name that is not a kind or an addressee is
        an :class:`~penalties.core.errors.InvalidFactError` listing the valid ones, never ``None``.
        """
        if type(kind) is not SanctionKind:
            kind = _kind(kind)
        if type(addressee) is not Addressee:
            addressee = _member(Addressee, addressee, "addressee")
        for sanction in self.sanctions:
            if sanction.kind is kind and sanction.addressee is addressee:
                return sanction
        return None

    @property
    def fine(self) -> Interval[Money] | None:
        """Range of the fine on the offender (``None``: no fine for this case)."""
        found = self.find(SanctionKind.FINE)
        return None if found is None else found.range  # type: ignore[return-value]

    @property
    def persons_fine(self) -> Interval[Money] | None:
        """Range of the fine on each directly responsible person (``None``: none)."""
        found = self.find(SanctionKind.FINE, Addressee.RESPONSIBLE_PERSONS)
        return None if found is None else found.range  # type: ignore[return-value]

    @property
    def terms(self) -> tuple[Sanction, ...]:
        """The sanctions measured in time (imprisonment, detention, closure...)."""
        return tuple(s for s in self.sanctions if s.kind.quantity is Quantity.TERM)

    @property
    def imprisonment(self) -> Interval[Term] | None:
        """Range of the first custodial term on the offender (``None``: none).

        Measures that run for a time but hold no one (temporary closure of a legal person,
        deprivation of public services) are not imprisonment and are skipped: a kind says which
        it is when it is registered (``restricts_liberty``, see :func:`~penalties.core.sanction.register_kind`).
        """
        for sanction in self.terms:
            if sanction.addressee is Addressee.OFFENDER and sanction.kind.restricts_liberty:
                return sanction.range  # type: ignore[return-value]
        return None

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe data with exact numbers as strings (no float anywhere).

        The form is described by the JSON Schema ``penalties/schema/assessment.schema.json``
        (see :func:`penalties.assessment_schema`).
        """
        return {
            "schema_version": SCHEMA_VERSION,
            "article": self.article_id,
            "basis": self.basis.to_dict(),
            "facts": self.facts.to_dict(),
            "penal": self.penal,
            "tier": self.tier,
            "sanctions": [s.to_dict() for s in self.sanctions],
            "combinations": [c.to_dict() for c in self.combinations],
            "trace": [step.to_dict() for step in self.trace],
            "notes": [step.to_dict() for step in self.notes],
            "adjustments": [option.to_dict() for option in self.adjustments],
            "degree": self.degree,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Assessment:
        """Inverse of :meth:`to_dict`: ``Assessment.from_dict(a.to_dict()) == a`` (exact)."""
        found: Assessment = hooks.get("assessment_from_dict")(data)
        return found

    def explain(self, locale: str | FromContext = FROM_CONTEXT) -> str:
        """A readable account of the sanctions, their ranges, modality, reasoning and citations.

        ``locale`` defaults to the one chosen with :func:`penalties.in_locale` (English outside it).
        """
        text: str = hooks.get("explain")(self, locale_or_context(locale))
        return text

    def to_html(self, locale: str | FromContext = FROM_CONTEXT, *, document: bool = False) -> str:
        """The assessment as HTML (a sanctions table, the reasoning, citations); RTL for fa and ar.

        ``locale`` defaults to the one chosen with :func:`penalties.in_locale` (English outside it).
        A fragment for Jupyter, or with ``document=True`` a whole page with a print stylesheet.
        """
        html: str = hooks.get("assessment_html")(self, locale_or_context(locale), document=document)
        return html

    def _repr_html_(self) -> str:
        """Jupyter's rich display (the :func:`penalties.in_locale` locale; ``to_html(locale)`` for another)."""
        return self.to_html()

    def __str__(self) -> str:
        return self.explain()

    def __repr__(self) -> str:
        """``<Assessment cn.dsl.47 on 2024-05-01: fine [250,000 CNY, 2,500,000 CNY], 8 sanctions>``.

        The article, the date, the main range (the fine on the offender, else the first range on
        the offender) and the number of sanctions; ``to_dict()`` or ``explain()`` show the rest.
        """
        parts = [f"<Assessment {self.article_id} on {self.facts.on.isoformat()}"]
        if self.tier is not None:
            parts.append(f", tier {self.tier}")
        main = self.find(SanctionKind.FINE)
        if main is None or main.range is None:
            main = next((s for s in self.sanctions if s.range is not None and s.addressee is Addressee.OFFENDER), None)
        details = []
        if not self.penal:
            details.append("no penalty")
        if main is not None and main.range is not None:
            details.append(f"{main.kind.label} {main.range!r}")
        count = len(self.sanctions)
        details.append(f"{count} sanction{'' if count == 1 else 's'}")
        return "".join(parts) + ": " + ", ".join(details) + ">"


E = TypeVar("E", SanctionKind, Addressee)


def _name(value: object) -> object:
    if isinstance(value, str) and len(value) <= 100:
        return value.strip().lower().replace(" ", "_").replace("-", "_")
    return value


def _kind(value: object) -> SanctionKind:
    """A kind named by text (``"fine"``; ``"FINE"`` and ``"order to correct"`` too), of any act."""
    name = _name(value)
    found = SanctionKind._value2member_map_.get(name) if type(name) is str else None
    if found is None and type(name) is str:
        # A kind of an act that no one has asked for yet: the acts declare theirs, then look again.
        hooks.load_declarations()
        found = SanctionKind._value2member_map_.get(name)
    if found is None:
        raise UnknownSanctionKindError(value, registered_kinds())
    return found  # type: ignore[return-value]


def _member(enumeration: type[E], value: object, field: str) -> E:
    """An addressee named by text (``"offender"``; ``"responsible persons"`` too)."""
    found = enumeration._value2member_map_.get(value) if type(value) is str else None
    if found is not None:  # the usual spelling: no need to spell out the valid ones
        return found  # type: ignore[return-value]
    valid = "one of " + ", ".join(repr(member.value) for member in enumeration)
    try:
        return to_member(enumeration, _name(value), field, valid)
    except InvalidFactError:
        raise InvalidFactError(field, value, valid) from None

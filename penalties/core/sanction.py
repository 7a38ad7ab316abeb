"""Kinds of sanction and measure, who bears them, and whether the law says *shall* or *may*.

These are the words of a penal statute turned into data. A :class:`Sanction` is one evaluated
line of an assessment: a kind, its addressee, its modality, its range (for fines and terms) and
the citation of the figure.
"""

from __future__ import annotations

import enum
import re
from typing import Any, NamedTuple

import attrs

from .citation import Citation
from .interval import Interval
from .messages import N_, message
from .money import Money
from .term import Term

__all__ = [
    "Addressee",
    "Combination",
    "CombinationKind",
    "KindSpec",
    "Modality",
    "Quantity",
    "Sanction",
    "SanctionKind",
    "register_kind",
    "registered_kinds",
]


class Quantity(enum.Enum):
    """What a sanction's range measures."""

    MONEY = "money"
    TERM = "term"
    NONE = "none"


class KindSpec(NamedTuple):
    """What the core and the renderers know of a kind of sanction, as the declaring module says it.

    ``quantity`` is what its range measures; ``restricts_liberty`` marks the terms that hold or
    restrict a person (imprisonment, detention, surveillance), as against terms that run without
    holding anyone (the closure of a legal person, the deprivation of public services); ``label``
    is the English label, registered as the message ``"kind.<value>"`` that the catalogs
    translate and the glossaries name.
    """

    quantity: Quantity
    restricts_liberty: bool
    label: str


#: Kind value -> its spec, in registration order (the core's kinds first, then each act's).
_SPECS: dict[str, KindSpec] = {}
_VALUE = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")


def _declared(name: str) -> SanctionKind | None:
    """The kind named ``name`` after the registered acts have declared theirs (see ``core.hooks``)."""
    from .hooks import load_declarations

    load_declarations()
    found: SanctionKind | None = SanctionKind._member_map_.get(name)  # type: ignore[assignment]
    return found


class _KindType(enum.EnumMeta):
    """The enumeration type of :class:`SanctionKind`, which law modules extend.

    ``SanctionKind.TAZIR_IMPRISONMENT`` names a kind that the Iranian act declares: a name the
    enumeration does not hold yet is looked up again after the catalogued acts have declared
    their kinds, so it resolves whichever act was loaded first.
    """

    def __call__(cls, value: Any, *args: Any, **kwargs: Any) -> Any:
        # A lookup by value goes straight to the members, then to _missing_ (which loads the acts
        # or raises the typed error): Enum's own path would repr() a hostile value in its message.
        if args or kwargs:
            return super().__call__(value, *args, **kwargs)
        if type(value) is cls:
            return value
        if type(value) is str:
            found = cls._value2member_map_.get(value)
            if found is not None:
                return found
        return cls._missing_(value)

    def __getattr__(cls, name: str) -> Any:
        if name.startswith("_") or not name.isupper():
            raise AttributeError(name)
        found = cls._member_map_.get(name) or _declared(name)
        if found is None:
            raise AttributeError(f"no sanction kind {name}; registered: {', '.join(_SPECS)}")
        return found


class SanctionKind(enum.Enum, metaclass=_KindType):
    """A kind of sanction or measure, as the statutes name them: a registry that acts extend.

    The members below are the kinds of more than one statute; an act declares its own with
    :func:`register_kind` in its module (Iran's ta'zir imprisonment: ``penalties.law.ir.act``).
    ``SanctionKind("fine")``, ``SanctionKind.FINE`` and :meth:`Assessment.find("fine")
    <penalties.Assessment.find>` reach every registered kind; a value that no act registers is
    an :class:`~penalties.core.errors.UnknownSanctionKindError` that lists those registered.
    """

    # Members are singletons compared by identity: the identity hash agrees with ==, and costs a
    # C call where Enum's own __hash__ (hash of the name) runs Python on every dict lookup of an
    # explanation's cache. Enum's hash is already randomised per process, so no order depends on it.
    __hash__ = object.__hash__

    FINE = "fine"
    CONFISCATION_OF_ILLEGAL_GAINS = "confiscation_of_illegal_gains"
    # Custodial and restrictive terms. The PRC kinds differ in law and in range (Criminal Law
    # Arts 38, 42, 45).
    FIXED_TERM_IMPRISONMENT = "fixed_term_imprisonment"
    CRIMINAL_DETENTION = "criminal_detention"
    PUBLIC_SURVEILLANCE = "public_surveillance"
    ADMINISTRATIVE_DETENTION = "administrative_detention"
    # Administrative measures.
    WARNING = "warning"
    ORDER_TO_CORRECT = "order_to_correct"
    SUSPENSION_OF_BUSINESS = "suspension_of_business"
    SUSPENSION_FOR_RECTIFICATION = "suspension_for_rectification"
    REVOCATION_OF_PERMIT = "revocation_of_permit"
    REVOCATION_OF_LICENCE = "revocation_of_licence"
    TEMPORARY_CLOSURE = "temporary_closure"
    DISSOLUTION = "dissolution"
    DISMISSAL_FROM_SERVICE = "dismissal_from_service"
    DEPRIVATION_OF_PUBLIC_SERVICES = "deprivation_of_public_services"
    RESTITUTION = "restitution"
    RESTORATION_OF_REPUTATION = "restoration_of_reputation"
    CONFISCATION_OF_PROPERTY_USED = "confiscation_of_property_used"
    # Non-penal consequences that some catalogued provisions name instead of a penalty.
    REGULATORY_TALK = "regulatory_talk"
    DISCIPLINARY_SANCTION = "disciplinary_sanction"

    @classmethod
    def _missing_(cls, value: object) -> SanctionKind:
        # A kind of an act not loaded yet (an assessment unpickled in a fresh process).
        if isinstance(value, str) and len(value) <= 100:
            found = _declared(value.upper())
            if found is not None and found.value == value:
                return found
        from .errors import UnknownSanctionKindError

        raise UnknownSanctionKindError(value, registered_kinds())

    @property
    def spec(self) -> KindSpec:
        """The kind's declaration: quantity, whether it restricts liberty, English label."""
        return _SPECS[self._value_]

    @property
    def quantity(self) -> Quantity:
        """Whether the kind is measured in money, in time, or not at all."""
        return _SPECS[self._value_].quantity

    @property
    def restricts_liberty(self) -> bool:
        """Whether a term of this kind holds or restricts a person (see :class:`KindSpec`)."""
        return _SPECS[self._value_].restricts_liberty

    @property
    def label(self) -> str:
        """English label: ``order to correct``."""
        return self.value.replace("_", " ")


def registered_kinds() -> tuple[str, ...]:
    """The values of every registered kind: the core's, then each loaded act's, in order."""
    return tuple(_SPECS)


def register_kind(
    value: str, quantity: Quantity = Quantity.NONE, *, label: str, restricts_liberty: bool = False
) -> SanctionKind:
    """Add a kind of sanction to :class:`SanctionKind`; a law module declares its own kinds with this.

    ``value`` is the kind's name in JSON and in ``find()`` (lower case, words joined by ``_``);
    the member is ``SanctionKind.<VALUE>``. ``label`` is the English label, marked for the
    catalogs with ``N_`` at the call so that the extractor finds it::

        TAZIR_IMPRISONMENT = register_kind(
            "tazir_imprisonment", Quantity.TERM, label=N_("ta'zir imprisonment"), restricts_liberty=True
        )

    Registering a kind again with the same declaration returns the member (a module imported
    twice); a different declaration under a registered value is a ``ValueError``.
    """
    spec = KindSpec(quantity, restricts_liberty, label)
    if not isinstance(value, str) or len(value) > 60 or not _VALUE.fullmatch(value):
        raise ValueError(f"a sanction kind is lower case words joined by '_', not {value!r}")
    known = _SPECS.get(value)
    if known is not None:
        if known != spec:
            raise ValueError(f"sanction kind {value!r} registered twice with different declarations")
        return SanctionKind(value)
    message(f"kind.{value}", label)
    name = value.upper()
    if value not in SanctionKind._value2member_map_:
        _add_member(SanctionKind, name, value)
    _SPECS[value] = spec
    return SanctionKind(value)


def _add_member(enumeration: type[enum.Enum], name: str, value: str) -> None:
    """Add a member to an enumeration after its creation, as ``enum`` itself adds them."""
    member = object.__new__(enumeration)
    member._name_ = name
    member._value_ = value
    member.__objclass__ = enumeration  # type: ignore[attr-defined]
    add = getattr(enumeration, "_add_member_", None)
    if add is not None:  # Python 3.13 and later
        add(name, member)
    else:
        enumeration._member_names_.append(name)
        enumeration._member_map_[name] = member
        type.__setattr__(enumeration, name, member)
    enumeration._value2member_map_[value] = member
    hashable = getattr(enumeration, "_hashable_values_", None)
    if hashable is not None:  # Python 3.13 and later keep the hashable values apart too
        hashable.append(value)


def _core(kind: SanctionKind, quantity: Quantity, label: str, restricts_liberty: bool = False) -> None:
    message(f"kind.{kind.value}", label)
    _SPECS[kind.value] = KindSpec(quantity, restricts_liberty, label)


# The kinds of more than one statute. The labels are the messages "kind.<value>" of the catalogs.
_core(SanctionKind.FINE, Quantity.MONEY, N_("fine"))
_core(SanctionKind.CONFISCATION_OF_ILLEGAL_GAINS, Quantity.MONEY, N_("confiscation of illegal gains"))
_core(SanctionKind.FIXED_TERM_IMPRISONMENT, Quantity.TERM, N_("fixed-term imprisonment"), restricts_liberty=True)
_core(SanctionKind.CRIMINAL_DETENTION, Quantity.TERM, N_("criminal detention"), restricts_liberty=True)
_core(SanctionKind.PUBLIC_SURVEILLANCE, Quantity.TERM, N_("public surveillance"), restricts_liberty=True)
_core(SanctionKind.ADMINISTRATIVE_DETENTION, Quantity.TERM, N_("administrative detention"), restricts_liberty=True)
_core(SanctionKind.WARNING, Quantity.NONE, N_("warning"))
_core(SanctionKind.ORDER_TO_CORRECT, Quantity.NONE, N_("order to correct"))
_core(SanctionKind.SUSPENSION_OF_BUSINESS, Quantity.NONE, N_("suspension of the related business"))
_core(SanctionKind.SUSPENSION_FOR_RECTIFICATION, Quantity.NONE, N_("suspension of operations for rectification"))
_core(SanctionKind.REVOCATION_OF_PERMIT, Quantity.NONE, N_("revocation of the related business permit"))
_core(SanctionKind.REVOCATION_OF_LICENCE, Quantity.NONE, N_("revocation of the business licence"))
_core(SanctionKind.TEMPORARY_CLOSURE, Quantity.TERM, N_("temporary closure"))
_core(SanctionKind.DISSOLUTION, Quantity.NONE, N_("dissolution"))
_core(SanctionKind.DISMISSAL_FROM_SERVICE, Quantity.NONE, N_("dismissal from public service"))
_core(SanctionKind.DEPRIVATION_OF_PUBLIC_SERVICES, Quantity.TERM, N_("deprivation of public services"))
_core(SanctionKind.RESTITUTION, Quantity.NONE, N_("restitution"))
_core(SanctionKind.RESTORATION_OF_REPUTATION, Quantity.NONE, N_("restoration of reputation"))
_core(SanctionKind.CONFISCATION_OF_PROPERTY_USED, Quantity.NONE, N_("confiscation of the property used"))
_core(SanctionKind.REGULATORY_TALK, Quantity.NONE, N_("regulatory talk"))
_core(SanctionKind.DISCIPLINARY_SANCTION, Quantity.NONE, N_("disciplinary sanction"))


class Addressee(enum.Enum):
    """Who bears a sanction."""

    # Members are singletons compared by identity: the identity hash agrees with ==, and costs a
    # C call where Enum's own __hash__ (hash of the name) runs Python on every dict lookup of an
    # explanation's cache. Enum's hash is already randomised per process, so no order depends on it.
    __hash__ = object.__hash__

    OFFENDER = "offender"
    #: 直接负责的主管人员和其他直接责任人员: the directly responsible person in charge and the other
    #: directly responsible persons of an offending organisation; each of them is fined in the range.
    RESPONSIBLE_PERSONS = "responsible_persons"
    #: 直接负责的主管人员 alone: the directly responsible person in charge, without the other staff
    #: (Cybersecurity Law 2016 Arts 59-60); each of them is fined in the range.
    RESPONSIBLE_MANAGERS = "responsible_managers"

    @property
    def persons(self) -> bool:
        """Whether the addressee is a group of an organisation's persons (an individual has none)."""
        return self is not Addressee.OFFENDER


class Modality(enum.Enum):
    """Whether the authority must or may impose a sanction."""

    # Members are singletons compared by identity: the identity hash agrees with ==, and costs a
    # C call where Enum's own __hash__ (hash of the name) runs Python on every dict lookup of an
    # explanation's cache. Enum's hash is already randomised per process, so no order depends on it.
    __hash__ = object.__hash__

    #: 处 / 并处 / shall: mandatory.
    SHALL = "shall"
    #: 可以处 / 可以并处 / may: discretionary.
    MAY = "may"
    #: 根据情况责令: ordered as the circumstances require (not worded "may", DSL Art 45 para 2).
    AS_CIRCUMSTANCES_REQUIRE = "as_circumstances_require"
    #: «در صورت امکان» / where possible: owed, but only so far as it can be done (Iran IPC Art 746's
    #: restoration of reputation); neither a plain "shall" nor left to the court's discretion.
    WHERE_POSSIBLE = "where_possible"


class CombinationKind(enum.Enum):
    """How the members of a group of sanctions combine."""

    # Members are singletons compared by identity: the identity hash agrees with ==, and costs a
    # C call where Enum's own __hash__ (hash of the name) runs Python on every dict lookup of an
    # explanation's cache. Enum's hash is already randomised per process, so no order depends on it.
    __hash__ = object.__hash__

    #: all members apply together ("and", 并处).
    ALL_OF = "all_of"
    #: exactly one member is chosen ("or", 或者).
    ONE_OF = "one_of"
    #: one member or several ("prison or fine or both", 并处或者单处).
    ANY_OF = "any_of"


def _range_dict(value: Interval[Any]) -> dict[str, Any]:
    return {
        "low": value.low.to_dict(),
        "high": value.high.to_dict(),
        "low_closed": value.low_closed,
        "high_closed": value.high_closed,
    }


@attrs.frozen
class Sanction:
    """One evaluated sanction of an assessment.

    ``range`` is ``None`` for measures that have no quantity (a warning) or whose quantity the
    statute leaves open; a fixed amount is a range with equal, closed ends.
    """

    kind: SanctionKind
    addressee: Addressee
    modality: Modality
    basis: Citation
    range: Interval[Money] | Interval[Term] | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind.value,
            "addressee": self.addressee.value,
            "modality": self.modality.value,
            "basis": self.basis.to_dict(),
        }
        if self.range is not None:
            data["range"] = _range_dict(self.range)
        return data


@attrs.frozen
class Combination:
    """A group of an assessment's sanctions and how they combine.

    ``members`` are indices into the assessment's ``sanctions``; ``groups`` are indices of other
    combinations nested in this one (253-1: "fixed-term imprisonment or criminal detention" as
    one member of "custody or fine or both").
    """

    kind: CombinationKind
    members: tuple[int, ...]
    basis: Citation
    groups: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "members": list(self.members),
            "groups": list(self.groups),
            "basis": self.basis.to_dict(),
        }

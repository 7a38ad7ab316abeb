"""Kinds of sanction and measure, who bears them, and whether the law says *shall* or *may*.

These are the words of a penal statute turned into data. A :class:`Sanction` is one evaluated
line of an assessment: a kind, its addressee, its modality, its range (for fines and terms) and
the citation of the figure.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from .citation import Citation
from .interval import Interval
from .money import Money
from .term import Term

__all__ = ["Addressee", "Combination", "CombinationKind", "Modality", "Quantity", "Sanction", "SanctionKind"]


class Quantity(enum.Enum):
    """What a sanction's range measures."""

    MONEY = "money"
    TERM = "term"
    NONE = "none"


class SanctionKind(enum.Enum):
    """A kind of sanction or measure, as the statutes name them."""

    FINE = "fine"
    CONFISCATION_OF_ILLEGAL_GAINS = "confiscation_of_illegal_gains"
    # Custodial and restrictive terms. The PRC kinds differ in law and in range (Criminal Law
    # Arts 38, 42, 45); Iranian ta'zir imprisonment is its own kind.
    FIXED_TERM_IMPRISONMENT = "fixed_term_imprisonment"
    CRIMINAL_DETENTION = "criminal_detention"
    PUBLIC_SURVEILLANCE = "public_surveillance"
    TAZIR_IMPRISONMENT = "tazir_imprisonment"
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
    # PRC data laws: PIPL Art 66 and the Cybersecurity Law (2016 text and as amended in 2025).
    #: 责令暂停或者终止提供服务 (PIPL Art 66 para 1): the offending application stops its service.
    SUSPENSION_OF_APP_SERVICE = "suspension_of_app_service"
    TERMINATION_OF_APP_SERVICE = "termination_of_app_service"
    #: 禁止其在一定期限内担任相关企业的董事、监事、高级管理人员和个人信息保护负责人 (PIPL Art 66 para 2).
    BAN_FROM_OFFICE = "ban_from_office"
    #: 关闭网站 / 关闭…应用程序 / 关闭…通讯群组 (Cybersecurity Law).
    CLOSURE_OF_WEBSITE = "closure_of_website"
    CLOSURE_OF_APP = "closure_of_app"
    CLOSURE_OF_COMMUNICATION_GROUP = "closure_of_communication_group"
    #: 责令停止使用 (Cybersecurity Law 2016 Art 65): stop using the unreviewed product or service.
    ORDER_TO_STOP_USE = "order_to_stop_use"
    #: 予以通报 (Cybersecurity Law as amended, Art 69): a circulated notice of the violation.
    PUBLIC_NOTICE = "public_notice"

    @property
    def quantity(self) -> Quantity:
        """Whether the kind is measured in money, in time, or not at all."""
        return _QUANTITY.get(self, Quantity.NONE)

    @property
    def label(self) -> str:
        """English label: ``order to correct``."""
        return self.value.replace("_", " ")


_QUANTITY = {
    SanctionKind.FINE: Quantity.MONEY,
    SanctionKind.CONFISCATION_OF_ILLEGAL_GAINS: Quantity.MONEY,
    SanctionKind.FIXED_TERM_IMPRISONMENT: Quantity.TERM,
    SanctionKind.CRIMINAL_DETENTION: Quantity.TERM,
    SanctionKind.PUBLIC_SURVEILLANCE: Quantity.TERM,
    SanctionKind.TAZIR_IMPRISONMENT: Quantity.TERM,
    SanctionKind.ADMINISTRATIVE_DETENTION: Quantity.TERM,
    SanctionKind.TEMPORARY_CLOSURE: Quantity.TERM,
    SanctionKind.DEPRIVATION_OF_PUBLIC_SERVICES: Quantity.TERM,
}


class Addressee(enum.Enum):
    """Who bears a sanction."""

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

"""The facts of a case, validated when they are made.

Each act declares a subclass of :class:`Facts` that names its own circumstances (an enumeration),
its currency and, when its formulas read gains, the fact that holds them (``GAINS_FACT``).
Validation happens once, at construction: a misspelt circumstance, a float amount or a negative
gain is an :class:`~penalties.core.errors.InvalidFactError` that names the
field, the value and what would be valid.
"""

from __future__ import annotations

import datetime as _dt
import enum
import types
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, TypeVar

import attrs

from .errors import InvalidFactError
from .money import Money

__all__ = ["MAX_COUNT", "Facts", "OffenderKind", "to_count", "to_date", "to_enum_set", "to_member"]


class OffenderKind(enum.Enum):
    """Who committed the act.

    The PRC statutes say 组织 / 单位 (organisation, unit) and 个人 (individual); Iranian law says
    legal person (شخص حقوقی) and natural person. Both vocabularies are accepted as input.
    """

    ORGANISATION = "organisation"
    INDIVIDUAL = "individual"

    # Identity hash, as for the kinds of sanction (see core.sanction): a C call, consistent with ==.
    __hash__ = object.__hash__


_OFFENDER_ALIASES = {
    "organisation": OffenderKind.ORGANISATION,
    "organization": OffenderKind.ORGANISATION,
    "unit": OffenderKind.ORGANISATION,
    "legal_person": OffenderKind.ORGANISATION,
    "individual": OffenderKind.INDIVIDUAL,
    "natural_person": OffenderKind.INDIVIDUAL,
    "person": OffenderKind.INDIVIDUAL,
}


def to_offender(value: object) -> OffenderKind:
    if isinstance(value, OffenderKind):
        return value
    if isinstance(value, str):
        found = _OFFENDER_ALIASES.get(value.strip().lower().replace("-", "_").replace(" ", "_"))
        if found is not None:
            return found
    raise InvalidFactError("offender", value, "one of " + ", ".join(repr(k) for k in _OFFENDER_ALIASES))


#: The largest count a fact may hold (occasions, items, recipients): far above any case on record,
#: small enough that every figure derived from it prints and compares at once.
MAX_COUNT = 10**15


def to_count(field: str, value: object, minimum: int = 0, maximum: int = MAX_COUNT) -> int:
    """A whole count from ``minimum`` to ``maximum`` (an ``int``; no bool, float or text)."""
    if type(value) is not int or not minimum <= value <= maximum:
        raise InvalidFactError(field, value, f"a whole number from {minimum:,} to {maximum:,}")
    return value


def to_date(value: object, field: str = "on") -> _dt.date:
    """A Gregorian date from a ``date``, a ``datetime`` or an ISO text ``YYYY-MM-DD``."""
    if type(value) is _dt.date:
        return value
    if isinstance(value, _dt.date):
        try:
            # A datetime counts as its day; a "missing" datetime such as pandas' NaT has none.
            day = value.date() if isinstance(value, _dt.datetime) else value
            return _dt.date(day.year, day.month, day.day)
        except (TypeError, ValueError, AttributeError):
            raise InvalidFactError(field, value, "a date: datetime.date or ISO text 'YYYY-MM-DD'") from None
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InvalidFactError(field, value, "a date: datetime.date or ISO text 'YYYY-MM-DD'")


def to_enum_set(value: object, enumeration: type[enum.Enum], field: str = "circumstances") -> frozenset[Any]:
    """A set of members of ``enumeration`` from members, their values, or one value alone."""
    if value is None or (type(value) is frozenset and not value):
        return frozenset()
    members = enumeration._value2member_map_
    if type(value) is set or type(value) is frozenset:
        # The usual input: the members' own values. Anything else takes the checks below.
        try:
            return frozenset([members[item] for item in value])
        except (KeyError, TypeError):
            pass
    items: Iterable[object]
    if isinstance(value, (str, enumeration)):
        items = (value,)
    elif isinstance(value, (set, frozenset, list, tuple)):
        items = value
    else:
        raise InvalidFactError(field, value, "a set of " + _valid(enumeration))
    result = set()
    for item in items:
        if isinstance(item, enumeration):
            result.add(item)
            continue
        # Only text names a member: anything else is refused before the enumeration sees it (its
        # own error would repr() the value, which a deeply nested list cannot survive).
        member = members.get(item) if type(item) is str else None
        if member is None and isinstance(item, str) and len(item) <= 100:
            member = members.get(item.strip().lower())
        if member is None:
            raise InvalidFactError(field, item, _valid(enumeration))
        result.add(member)
    return frozenset(result)


E = TypeVar("E", bound=enum.Enum)


def to_member(enumeration: type[E], value: object, field: str, expected: str | None = None) -> E:
    """The member of ``enumeration`` named by ``value`` (a member or its value as text).

    Anything else is refused before the enumeration sees it: ``Enum(value)`` would ``repr()`` a
    hostile value in its own message, which a deeply nested list cannot survive.
    """
    if isinstance(value, enumeration):
        return value
    member = enumeration._value2member_map_.get(value) if type(value) is str else None
    if member is None:
        raise InvalidFactError(field, value, expected or _valid(enumeration))
    return member  # type: ignore[return-value]


def _valid(enumeration: type[enum.Enum]) -> str:
    values = [repr(member.value) for member in enumeration]
    return "one of " + ", ".join(values) if values else "nothing (this act has no circumstances)"


class NoCircumstances(enum.Enum):
    """The empty enumeration, for acts whose articles take no circumstances."""


def _circumstances(value: object, self: Any) -> frozenset[Any]:
    return to_enum_set(value, self.CIRCUMSTANCES)


def _on(value: object, self: Any) -> _dt.date:
    day: _dt.date = self.parse_on(value)
    return day


def _offence_date(value: object, self: Any) -> _dt.date | None:
    if value is None:
        return None
    try:
        day: _dt.date = self.parse_on(value)
    except InvalidFactError as error:
        # The act's own calendar reads it (Iran: Solar Hijri), but the error names this field.
        raise InvalidFactError("offence_date", value, error.expected) from None
    return day


def _offence_not_after_decision(instance: Any, attribute: attrs.Attribute[Any], value: _dt.date | None) -> None:
    if value is not None and value > instance.on:
        raise InvalidFactError(
            "offence_date", value.isoformat(), f"a date on or before the decision date on={instance.on.isoformat()}"
        )


@attrs.frozen
class Facts:
    """Facts common to every act.

    Subclasses set ``CIRCUMSTANCES`` (the act's enumeration) and ``CURRENCY``; an act whose
    formulas read gains declares their field itself and names it ``GAINS_FACT`` (the PRC acts:
    ``illegal_gains``, see :mod:`penalties.law.cn.gains`).

    - ``offender``: organisation or individual (default organisation).
    - ``circumstances``: the aggravating circumstances that the article names.
    - ``on``: the date of the decision or judgment (default: today), which picks the law in force.
    - ``offence_date``: the date of the act (for continuing conduct, the day it ended); ``None``
      (the default) means the same day as ``on``, and the trace says so. It may not be later than
      ``on``. The act's time rule weighs the text of each date (see :attr:`offence_day`).
    """

    CIRCUMSTANCES: ClassVar[type[enum.Enum]] = NoCircumstances
    #: The act's currency (ISO 4217); each act's facts type declares its own, and its Act agrees.
    CURRENCY: ClassVar[str] = ""
    #: The fact that holds the gains which the gains formulas read (``GainsMultiple``,
    #: ``GainsBelow``...): a :class:`~penalties.core.money.Money` or ``None`` field of the act's
    #: facts, in its currency. ``None`` (the default): the act has no gains fact, :meth:`gains`
    #: is ``None`` and an article of it with a gains term is a declaration error.
    GAINS_FACT: ClassVar[str | None] = None
    #: Other amount facts (``Money`` or ``None`` fields in the act's currency) that a batch may
    #: take as a column instead of the gains (``turnover`` of the PIPL): ``None`` is no amount,
    #: and the formulas declare their thresholds in it (``Context.amount_below``).
    AMOUNT_FACTS: ClassVar[tuple[str, ...]] = ()

    offender: OffenderKind = attrs.field(default=OffenderKind.ORGANISATION, converter=to_offender)
    circumstances: frozenset[Any] = attrs.field(
        default=frozenset(),
        converter=attrs.Converter(_circumstances, takes_self=True),  # type: ignore[misc]
    )
    on: _dt.date = attrs.field(
        factory=_dt.date.today,
        converter=attrs.Converter(_on, takes_self=True),  # type: ignore[misc]
    )
    offence_date: _dt.date | None = attrs.field(
        default=None,
        converter=attrs.Converter(_offence_date, takes_self=True),  # type: ignore[misc]
        validator=_offence_not_after_decision,
    )

    @property
    def offence_day(self) -> _dt.date:
        """The date of the act: ``offence_date``, or ``on`` when it was not given."""
        return self.on if self.offence_date is None else self.offence_date

    def gains(self) -> Money | None:
        """The gains of the case, as the act's gains formulas read them (the fact ``GAINS_FACT``);
        ``None`` when there are none or the act has no gains fact."""
        name = self.GAINS_FACT
        if name is None:
            return None
        found: Money | None = getattr(self, name)
        return found

    @classmethod
    def parse_on(cls, value: object) -> _dt.date:
        """Read the assessment date; acts with another calendar override this (Iran: Solar Hijri)."""
        return to_date(value)

    @classmethod
    def from_keywords(cls: type[F], raw: dict[str, Any]) -> F:
        """``cls(**raw)`` as a straight line: each given fact through its converter, each other
        fact its default converted once per class (the same values and the same errors, in the
        same order, as the attrs constructor; ``raw`` holds only names of fields)."""
        made: F = cls.keywords_constructor()(raw)
        return made

    @classmethod
    def keywords_constructor(cls: type[F]) -> Callable[[dict[str, Any]], F]:
        """The function behind :meth:`from_keywords`, generated once per class."""
        found: Any = cls.__dict__.get("_FROM_KEYWORDS")
        if found is None:
            found = _straight_line(cls)
            type.__setattr__(cls, "_FROM_KEYWORDS", found)
        return found  # type: ignore[no-any-return]

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        """Names of the facts this class accepts (cached per class)."""
        names: tuple[str, ...] | None = cls.__dict__.get("_FIELD_NAMES")
        if names is None:
            names = tuple(field.name for field in attrs.fields(cls))
            type.__setattr__(cls, "_FIELD_NAMES", names)
        return names

    @classmethod
    def field_set(cls) -> frozenset[str]:
        """:meth:`field_names` as a set (cached per class)."""
        names: frozenset[str] | None = cls.__dict__.get("_FIELD_SET")
        if names is None:
            names = frozenset(cls.field_names())
            type.__setattr__(cls, "_FIELD_SET", names)
        return names

    @classmethod
    def defaults(cls) -> dict[str, Any]:
        """The value of each fact when the caller says nothing (cached per class).

        ``on`` is left out: its default is the day of the call.
        """
        found: dict[str, Any] | None = cls.__dict__.get("_DEFAULTS")
        if found is None:
            made = cls()
            found = {name: getattr(made, name) for name in cls.field_names() if name != "on"}
            type.__setattr__(cls, "_DEFAULTS", found)
        return found

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form of the facts (exact amounts as strings)."""
        data: dict[str, Any] = {}
        for field in attrs.fields(type(self)):
            data[field.name] = _jsonable(getattr(self, field.name))
        return data


F = TypeVar("F", bound=Facts)


def _straight_line(cls: type[F]) -> Callable[[dict[str, Any]], F]:
    """Write ``make(raw)`` for ``cls``: per field, in order, the given value through its converter
    or the default converted once; then the validators. ``cls(**raw)`` where the class has hooks
    this does not reproduce (``__attrs_post_init__``, factories that take the instance, ...)."""

    def plain(raw: dict[str, Any]) -> F:
        return cls(**raw)

    if getattr(cls, "__attrs_post_init__", None) is not None or getattr(cls, "__attrs_pre_init__", None) is not None:
        return plain
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls, "_setattr": object.__setattr__}
    lines = ["def make(raw):", "    made = _new(_cls)"]
    validated = []
    probe = object.__new__(cls)
    for index, field in enumerate(attrs.fields(cls)):
        name = field.name
        if not field.init or field.alias != name:
            return plain
        converter: Any = field.converter
        takes_self = False
        if isinstance(converter, attrs.Converter):
            if converter.takes_field:  # type: ignore[attr-defined]
                return plain
            takes_self = bool(converter.takes_self)  # type: ignore[attr-defined]
            converter = converter.converter  # type: ignore[attr-defined]
        default: Any = field.default
        factory = None
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            if default.takes_self:
                return plain
            factory, default = default.factory, None
        elif default is attrs.NOTHING:
            return plain
        elif converter is not None:
            default = converter(default, probe) if takes_self else converter(default)
        slot = next((k.__dict__[name] for k in cls.__mro__ if name in k.__dict__), None)
        if isinstance(slot, types.MemberDescriptorType):
            namespace[f"_set{index}"] = slot.__set__
            store = f"    _set{index}(made, value)"
        else:
            store = f"    _setattr(made, {name!r}, value)"
        namespace[f"_default{index}"] = default
        namespace[f"_factory{index}"] = factory
        namespace[f"_convert{index}"] = converter
        call = f"_convert{index}(value, made)" if takes_self else f"_convert{index}(value)"
        lines.append(f"    if {name!r} in raw:")
        lines.append(f"        value = raw[{name!r}]")
        if converter is not None:
            lines.append(f"        value = {call}")
        lines.append("    else:")
        if factory is not None:
            lines.append(f"        value = _factory{index}()")
            if converter is not None:
                lines.append(f"        value = {call}")
        else:
            lines.append(f"        value = _default{index}")
        lines.append(store)
        if field.validator is not None:
            validated.append(field)
    for index, field in enumerate(validated):
        namespace[f"_field{index}"] = field
        lines.append(f"    _field{index}.validator(made, _field{index}, made.{field.name})")
    lines.append("    return made")
    exec("\n".join(lines), namespace)  # generated from the class's own field names only
    made: Callable[[dict[str, Any]], F] = namespace["make"]
    made.__qualname__ = f"from_keywords({cls.__name__})"
    return made


def _jsonable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (set, frozenset)):
        return sorted(_jsonable(v) for v in value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if attrs.has(type(value)):
        return {field.name: _jsonable(getattr(value, field.name)) for field in attrs.fields(type(value))}
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in sorted(value.items())}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value

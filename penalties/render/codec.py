"""The JSON form of an assessment, read back: :meth:`Assessment.from_dict` and facts given as JSON.

``Assessment.to_dict()`` writes exact numbers as strings (``"100000"``, ``"40000000/3"``), dates
as ISO text and enumerations as their values. Reading it back with :func:`assessment_from_dict`
gives an assessment equal to the original (``from_dict(a.to_dict()) == a``). The attrs classes
(citations, sanctions, combinations, the assessment itself) are structured by a ``cattrs``
converter; three hooks carry the library's own rules:

- a range is an ``Interval`` of ``Money`` (``amount`` + ``currency``) or of ``Term``
  (``amount`` + ``unit``), told apart by its keys;
- the facts are rebuilt with the facts type of the article's act (found in the catalog), so the
  act's own validation and calendar apply;
- a step's ``params`` are free-form; a value comes back by its shape: a range, an amount, a term,
  a citation, a list (as a tuple), an exact fraction (``"2/3"``), an ISO date, or a plain JSON
  value. Params named in :data:`PARAM_ENUMS` (``kind``, ``addressee``, ``modality``) come back as
  their enumeration, as the formula nodes write them.

``cattrs`` is imported here, on the first call, never by ``import penalties``.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from collections.abc import Mapping
from fractions import Fraction
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..core.citation import Citation
from ..core.errors import InvalidFactError
from ..core.facts import Facts
from ..core.formula import Step
from ..core.interval import Interval
from ..core.money import Money, exact
from ..core.sanction import Addressee, Combination, Modality, Sanction, SanctionKind
from ..core.term import Term

if TYPE_CHECKING:
    import cattrs

    from ..core.article import Article
    from ..core.assessment import Assessment

__all__ = ["PARAM_ENUMS", "assessment_from_dict", "facts_from_json", "param_from_json"]

#: Step params whose values are enumerations, by param name.
PARAM_ENUMS: dict[str, type[enum.Enum]] = {"kind": SanctionKind, "addressee": Addressee, "modality": Modality}

_FRACTION = re.compile(r"^-?[0-9]+/[0-9]+$")
_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_SOLAR_HIJRI = re.compile(r"^\s*(1[2-4][0-9]{2})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})\s*$")


def _quantity(data: Mapping[str, Any]) -> Money | Term:
    if "currency" in data:
        return Money.from_dict(dict(data))
    return Term.from_dict(dict(data))


def _interval(data: Mapping[str, Any] | None) -> Interval[Any] | None:
    if data is None:
        return None
    return Interval(_quantity(data["low"]), _quantity(data["high"]), data["low_closed"], data["high_closed"])


def param_from_json(name: str, value: Any) -> Any:
    """A step param as the formula wrote it, from its JSON form (see the module docstring)."""
    if isinstance(value, dict):
        keys = set(value)
        if keys == {"low", "high", "low_closed", "high_closed"}:
            return _interval(value)
        if keys == {"amount", "currency"}:
            return Money.from_dict(value)
        if keys == {"amount", "unit"}:
            return Term.from_dict(value)
        if {"act_id", "act", "article"} <= keys:
            return Citation(**value)
        return {key: param_from_json(key, item) for key, item in value.items()}
    if isinstance(value, list):
        return tuple(param_from_json(name, item) for item in value)
    if isinstance(value, str):
        enumeration = PARAM_ENUMS.get(name)
        if enumeration is not None:
            return enumeration(value)
        if _FRACTION.match(value):
            return Fraction(value)
        if _ISO_DATE.match(value):
            return _dt.date.fromisoformat(value)
    return value


def _step(data: Mapping[str, Any], _: Any = None) -> Step:
    params = tuple((key, param_from_json(key, value)) for key, value in data.get("params", {}).items())
    return Step(data["code"], Citation(**data["basis"]), params)


def _solar_hijri(text: str) -> _dt.date | None:
    match = _SOLAR_HIJRI.match(text)
    if match is None:
        return None
    import jdatetime

    year, month, day = (int(part) for part in match.groups())
    try:
        gregorian: _dt.date = jdatetime.date(year, month, day).togregorian()
    except ValueError:
        return None
    return gregorian


def _fact_value(facts_type: type[Facts], name: str, value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"amount", "currency"}:
        return Money.of(exact(value["amount"], name), str(value["currency"]), name)
    if name == "circumstances" and isinstance(value, list):
        return frozenset(value)
    if name == "on" and isinstance(value, str):
        try:
            return facts_type.parse_on(value)
        except InvalidFactError:
            found = _solar_hijri(value)
            if found is None:
                raise
            return found
    return value


def facts_from_json(article: Article, data: Mapping[str, Any]) -> Facts:
    """The facts of a case for ``article`` from JSON-like data, validated like keywords.

    Amounts may be strings (``"250000"``, ``"12345.67"``, ``"40000000/3"``), integers or
    ``{"amount": ..., "currency": ...}``; dates ISO (``"2024-05-01"``) or Solar Hijri
    (``"1403/02/12"``); circumstances a list of names. A JSON number with a fraction is refused
    (it would be a float).
    """
    if not isinstance(data, Mapping):
        raise InvalidFactError("facts", data, "a JSON object of facts")
    facts_type = article.act.facts_type
    return article.make_facts({str(k): _fact_value(facts_type, str(k), v) for k, v in data.items()})


@lru_cache(maxsize=1)
def _converter() -> cattrs.Converter:
    import cattrs

    converter = cattrs.Converter()

    def is_range(kind: Any) -> bool:
        return "Interval" in str(kind)

    converter.register_structure_hook_func(is_range, lambda data, _: _interval(data))
    converter.register_structure_hook(Step, _step)
    converter.register_structure_hook(Fraction, lambda data, _: Fraction(data))
    return converter


def assessment_from_dict(data: Mapping[str, Any]) -> Assessment:
    """Inverse of :meth:`Assessment.to_dict`: ``assessment_from_dict(a.to_dict()) == a``."""
    from ..catalog import article
    from ..core.assessment import SCHEMA_VERSION, Assessment

    if not isinstance(data, Mapping):
        raise InvalidFactError("assessment", data, "a JSON object made by Assessment.to_dict()")
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise InvalidFactError("schema_version", version, f"{SCHEMA_VERSION!r}")
    entry = article(data["article"])
    facts_type = entry.act.facts_type
    raw = data["facts"]
    facts = facts_type(**{name: _fact_value(facts_type, name, value) for name, value in raw.items()})
    converter = _converter()
    return Assessment(
        article_id=entry.id if entry.id == data["article"] else str(data["article"]),
        basis=converter.structure(data["basis"], Citation),
        facts=facts,
        penal=bool(data["penal"]),
        tier=data["tier"],
        sanctions=converter.structure(data["sanctions"], tuple[Sanction, ...]),
        combinations=converter.structure(data["combinations"], tuple[Combination, ...]),
        trace=tuple(_step(step) for step in data["trace"]),
        notes=tuple(_step(step) for step in data["notes"]),
    )

"""One act under several provisions: the Administrative Penalty Law's one-fine rule (APL Art 29).

    对当事人的同一个违法行为，不得给予两次以上罚款的行政处罚。同一个违法行为违反多个法律规范应当给予
    罚款处罚的，按照罚款数额高的规定处罚。

    (One unlawful act is not fined twice. Where one act breaches several legal norms that each call
    for a fine, it is fined under the provision with the higher fine.) — APL 2021, Art 29, VERIFIED
    (law notes ``china_time_and_sentencing.md`` §1.9).

:func:`concur` takes the facts of one act and the provisions it violates (``cn.dsl.45.1``,
``cn.pipl.66.2``, ``cn.csl.2016.64.1``...), assesses each, and returns one immutable
:class:`Concurrence`: the fines of the one provision whose fine is higher, every other sanction of
every provision (orders to correct, warnings, confiscation, suspension, bans: Art 29 limits the
fine only, so they still apply), and the comparison in the trace.

    >>> c = concur(["cn.dsl.45.1", "cn.pipl.66.1"], circumstances={"refused_correction"}, on="2024-05-01")
    >>> c.chosen, c.fine.high
    ('cn.dsl.45.1', Money(2000000, 'CNY'))

Decisions where the text is silent:

- "罚款数额高" when one provision has the higher maximum and another the higher minimum is the open
  reading O8, ``apl29_higher``: ``"maximum"`` (default: the higher maximum, then the higher
  minimum) or ``"minimum"`` (the higher minimum, then the higher maximum). O8's third option, the
  larger fine actually decided, needs the decided amounts and is not offered. An included end is
  higher than the same amount excluded; ranges that are equal at both ends keep the first provision
  listed, and the trace says so.
- The provision chosen by the fine on the offender governs all fines: its fine on the directly
  responsible persons applies, and the other provisions' persons' fines fall with their fines
  ("按照罚款数额高的规定处罚": punished under that provision). Where no provision fines the
  offender, the persons' fines are compared instead.
- Only administrative provisions of PRC law are compared (``cn.dsl``, ``cn.pipl``, ``cn.csl``,
  ``cn.idcard``); a criminal article (``cn.cl``), an Iranian article, a provision that sets no
  penalty, an id given twice, or amounts in different currencies are refused with a typed error.
- The facts are the act's: each provision reads those it knows (the turnover is read by PIPL
  Art 66 para 2 only; a circumstance by the provisions that name it; a reading by the act that
  declares it). A fact, circumstance or reading that no provision reads is an error, never ignored.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from typing import Any

import attrs

from ...catalog import article as _article
from ...context import FROM_CONTEXT, FromContext, locale_or_context
from ...core import hooks
from ...core.article import Article
from ...core.assessment import Assessment
from ...core.citation import Citation
from ...core.errors import CurrencyMismatchError, InvalidFactError
from ...core.facts import to_date
from ...core.formula import Step
from ...core.interval import Interval
from ...core.messages import N_, message
from ...core.money import Money
from ...core.readings import reading, reading_is, readings_converter
from ...core.sanction import Addressee, Combination, Sanction, SanctionKind, _range_dict

__all__ = [
    "ADMINISTRATIVE_ACTS",
    "APL_29",
    "MAX_PROVISIONS",
    "SCHEMA_VERSION",
    "Concurrence",
    "ConcurrenceReadings",
    "concur",
    "concurrence_schema",
]

#: Version of the JSON form of a concurrence (``penalties/schema/concurrence.schema.json``).
SCHEMA_VERSION = "1"
#: The acts whose provisions are administrative penalties under the APL.
ADMINISTRATIVE_ACTS = frozenset({"cn.dsl", "cn.pipl", "cn.csl", "cn.idcard"})
#: The most provisions one call compares (far more than one act ever violates).
MAX_PROVISIONS = 50

APL_TITLE = N_("PRC Administrative Penalty Law")
#: 行政处罚法 (2021) Art 29.
APL_29 = Citation("cn.apl", APL_TITLE, "29")


@attrs.frozen
class ConcurrenceReadings:
    """Open reading of APL Art 29 (law notes §8 O8): ``apl29_higher`` is ``"maximum"`` or ``"minimum"``."""

    apl29_higher: str = reading("maximum", "minimum")


#: The ``readings`` of a concurrence: None, an instance or a mapping, checked like an act's readings.
_readings = readings_converter(ConcurrenceReadings)


def _key(value: Interval[Any], first: str) -> tuple[Any, ...]:
    """Orders fine ranges: an included end is higher than the same amount excluded."""
    high = (value.high.amount, value.high_closed)
    low = (value.low.amount, not value.low_closed)
    return high + low if first == "maximum" else low + high


def _fine(assessment: Assessment, addressee: Addressee) -> Interval[Any] | None:
    found = assessment.find(SanctionKind.FINE, addressee)
    return None if found is None else found.range


@attrs.frozen(repr=False)
class Concurrence:
    """The outcome of one act under several provisions (APL Art 29).

    - ``provisions``: the article ids, in the order given; ``candidates``: each one's assessment.
    - ``chosen``: the id whose fines are imposed (``None``: no provision fines this case).
    - ``sanctions``: what applies: the chosen provision's fines and every provision's other
      sanctions, each with its own citation; ``combinations`` index into it, as in an assessment.
    - ``trace``: each candidate's fine, the reading, the choice and the fines not imposed.
    """

    provisions: tuple[str, ...]
    on: _dt.date
    readings: ConcurrenceReadings
    candidates: tuple[Assessment, ...]
    chosen: str | None
    sanctions: tuple[Sanction, ...]
    combinations: tuple[Combination, ...]
    trace: tuple[Step, ...]
    basis: Citation = APL_29

    @property
    def fine(self) -> Interval[Money] | None:
        """The one fine on the offender (``None``: none of the provisions fines this case)."""
        for sanction in self.sanctions:
            if sanction.kind is SanctionKind.FINE and sanction.addressee is Addressee.OFFENDER:
                return sanction.range  # type: ignore[return-value]
        return None

    @property
    def persons_fine(self) -> Interval[Money] | None:
        """The one fine on each directly responsible person (``None``: none)."""
        for sanction in self.sanctions:
            if sanction.kind is SanctionKind.FINE and sanction.addressee is Addressee.RESPONSIBLE_PERSONS:
                return sanction.range  # type: ignore[return-value]
        return None

    @property
    def measures(self) -> tuple[Sanction, ...]:
        """The sanctions other than fines, of every provision: they all still apply."""
        return tuple(s for s in self.sanctions if s.kind is not SanctionKind.FINE)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe data (exact amounts as strings), described by :func:`concurrence_schema`."""
        fine = self.fine
        return {
            "schema_version": SCHEMA_VERSION,
            "basis": self.basis.to_dict(),
            "provisions": list(self.provisions),
            "on": self.on.isoformat(),
            "readings": {"apl29_higher": self.readings.apl29_higher},
            "chosen": self.chosen,
            "fine": None if fine is None else _range_dict(fine),
            "sanctions": [s.to_dict() for s in self.sanctions],
            "combinations": [c.to_dict() for c in self.combinations],
            "trace": [step.to_dict() for step in self.trace],
            "candidates": [a.to_dict() for a in self.candidates],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Concurrence:
        """Inverse of :meth:`to_dict`: ``Concurrence.from_dict(c.to_dict()) == c``.

        The candidates are read back strictly (:meth:`Assessment.from_dict`); everything else must
        follow from them under APL Art 29 and the document's reading, or the document is refused
        with one :class:`~penalties.core.errors.InvalidFactError` (read by
        :func:`penalties.render.codec.concurrence_from_dict`).
        """
        found: Concurrence = hooks.get("concurrence_from_dict")(data)
        return found

    def explain(self, locale: str | FromContext = FROM_CONTEXT) -> str:
        """The account in ``locale`` (en, zh_CN, fa_IR, ar, ms): provisions, the fine, what applies, why."""
        text: str = hooks.get("concurrence_explain")(self, locale_or_context(locale))
        return text

    def to_html(self, locale: str | FromContext = FROM_CONTEXT, *, document: bool = False) -> str:
        """The concurrence as HTML (right to left for fa and ar); a whole page with ``document=True``."""
        html: str = hooks.get("concurrence_html")(self, locale_or_context(locale), document=document)
        return html

    def _repr_html_(self) -> str:
        return self.to_html()

    def __str__(self) -> str:
        return self.explain()

    def __repr__(self) -> str:
        fine = self.fine
        shown = "no fine" if fine is None else f"fine {fine!r} under {self.chosen}"
        return f"<Concurrence {' + '.join(self.provisions)} on {self.on.isoformat()}: {shown}>"


def _resolve(provisions: object) -> tuple[Article, ...]:
    if isinstance(provisions, (str, bytes)) or not isinstance(provisions, Sequence):
        raise InvalidFactError("provisions", provisions, "a list of article ids, e.g. ['cn.dsl.45.1', 'cn.pipl.66.2']")
    if not provisions:
        raise InvalidFactError("provisions", provisions, "at least one article id")
    if len(provisions) > MAX_PROVISIONS:
        raise InvalidFactError("provisions", f"{len(provisions)} provisions", f"at most {MAX_PROVISIONS}")
    found: list[Article] = []
    for given in provisions:
        entry = given if isinstance(given, Article) else _article(given)
        act = entry.act
        if act.jurisdiction != "CN" or act.id not in ADMINISTRATIVE_ACTS:
            raise InvalidFactError(
                "provisions",
                entry.id,
                "an administrative provision of PRC law (APL Art 29), of the acts "
                + ", ".join(sorted(ADMINISTRATIVE_ACTS)),
            )
        if not entry.penal:
            raise InvalidFactError("provisions", entry.id, "a provision that sets a penalty")
        if any(other.id == entry.id for other in found):
            raise InvalidFactError("provisions", entry.id, "each provision once")
        if found and act.currency != found[0].act.currency:
            raise CurrencyMismatchError("provisions", entry.id, found[0].act.currency)
        found.append(entry)
    return tuple(found)


def _split(entries: tuple[Article, ...], facts: dict[str, Any]) -> list[dict[str, Any]]:
    """Each provision's own facts; anything that no provision reads is refused."""
    given = dict(facts)
    circumstances = given.pop("circumstances", None)
    readings = given.pop("readings", None)
    own: list[dict[str, Any]] = [{} for _ in entries]
    for name, value in given.items():
        readers = [i for i, entry in enumerate(entries) if name in entry.facts_read]
        if not readers:
            read = sorted({n for entry in entries for n in entry.facts_read} - {"readings", "circumstances"})
            raise InvalidFactError(name, value, "a fact that one of the provisions reads: " + ", ".join(read))
        for i in readers:
            own[i][name] = value
    if circumstances is not None:
        if isinstance(circumstances, str):
            circumstances = {circumstances}
        if not isinstance(circumstances, (set, frozenset, list, tuple)):
            raise InvalidFactError("circumstances", circumstances, "a set of circumstance names")
        named = {c.value for entry in entries for c in entry.circumstances}
        wanted: set[str] = set()
        for item in circumstances:
            value = getattr(item, "value", item)
            if not isinstance(value, str) or value not in named:
                raise InvalidFactError(
                    "circumstances", item, "a circumstance one of the provisions names: " + ", ".join(sorted(named))
                )
            wanted.add(value)
        for i, entry in enumerate(entries):
            mine = {c.value for c in entry.circumstances} & wanted
            if mine:
                own[i]["circumstances"] = mine
    if readings is not None:
        if not isinstance(readings, Mapping):
            raise InvalidFactError("readings", readings, "a mapping of reading name -> value")
        for name, value in readings.items():
            readers = [i for i, entry in enumerate(entries) if name in entry.readings()]
            if not readers:
                known = sorted({n for entry in entries for n in entry.readings()})
                raise InvalidFactError("readings", name, "a reading of one of the provisions: " + ", ".join(known))
            for i in readers:
                own[i].setdefault("readings", {})[name] = value
    return own


def concur(provisions: Sequence[str | Article], /, **facts: Any) -> Concurrence:
    """One act under ``provisions``: the fines of the provision with the higher fine, the rest kept.

    ``facts`` are the act's facts (``offender``, ``illegal_gains``, ``circumstances``, ``turnover``,
    ``on``...; each provision reads those it knows) and ``readings``: the provisions' readings and
    the reading ``apl29_higher`` of APL Art 29 (``"maximum"``, default, or ``"minimum"``).
    Every provision is assessed on the same date ``on`` (default today). Errors are typed:
    :class:`~penalties.core.errors.UnknownArticleError`, :class:`~penalties.core.errors.InvalidFactError`,
    :class:`~penalties.core.errors.CurrencyMismatchError`, :class:`~penalties.core.errors.NotInForceError`.
    """
    entries = _resolve(provisions)
    raw_readings = facts.get("readings")
    concurrence_readings = ConcurrenceReadings()
    if raw_readings is not None:
        if not isinstance(raw_readings, Mapping):
            raise InvalidFactError("readings", raw_readings, "a mapping of reading name -> value")
        if "apl29_higher" in raw_readings:
            concurrence_readings = _readings({"apl29_higher": raw_readings["apl29_higher"]})
            rest = {k: v for k, v in raw_readings.items() if k != "apl29_higher"}
            facts = {k: v for k, v in facts.items() if k != "readings"}
            if rest:
                facts["readings"] = rest
    on = to_date(facts.pop("on")) if "on" in facts else _dt.date.today()
    own = _split(entries, facts)
    candidates = tuple(entry.assess(**mine, on=on) for entry, mine in zip(entries, own, strict=True))
    return _combine(entries, candidates, on, concurrence_readings)


def _from_candidates(candidates: tuple[Assessment, ...], on: _dt.date, readings: object) -> Concurrence:
    """The concurrence that APL Art 29 makes of ``candidates`` (the JSON reader checks a document with it)."""
    return _combine(_resolve([candidate.article_id for candidate in candidates]), candidates, on, _readings(readings))


def _combine(
    entries: tuple[Article, ...], candidates: tuple[Assessment, ...], on: _dt.date, readings: ConcurrenceReadings
) -> Concurrence:
    first = "maximum" if reading_is(readings, "apl29_higher", "maximum") else "minimum"
    trace: list[Step] = []
    addressee = Addressee.OFFENDER
    if all(_fine(a, Addressee.OFFENDER) is None for a in candidates):
        addressee = Addressee.RESPONSIBLE_PERSONS
    best: int | None = None
    for index, candidate in enumerate(candidates):
        fine = _fine(candidate, addressee)
        if fine is None:
            trace.append(Step("concurrence_no_fine", candidate.basis, (("addressee", addressee),)))
            continue
        trace.append(Step("concurrence_candidate", candidate.basis, (("addressee", addressee), ("range", fine))))
        if best is None or _key(fine, first) > _key(_fine(candidates[best], addressee), first):  # type: ignore[arg-type]
            best = index
    chosen = None if best is None else candidates[best]
    sanctions: list[Sanction] = []
    combinations: list[Combination] = []
    if chosen is not None:
        trace.append(Step("reading", APL_29, (("reading", "apl29_higher"), ("value", readings.apl29_higher))))
        fine = _fine(chosen, addressee)
        ties = [c for c in candidates if c is not chosen and _fine(c, addressee) == fine]
        code = "concurrence_chosen_first_of_equal" if ties else "concurrence_chosen"
        trace.append(Step(code, APL_29, (("article", chosen.basis), ("addressee", addressee), ("range", fine))))
    for candidate in candidates:
        keep = [i for i, s in enumerate(candidate.sanctions) if candidate is chosen or s.kind is not SanctionKind.FINE]
        dropped = len(keep) < len(candidate.sanctions)
        if dropped:
            trace.append(Step("concurrence_fines_dropped", candidate.basis, (("article", candidate.basis),)))
        moved = {old: len(sanctions) + new for new, old in enumerate(keep)}
        sanctions.extend(candidate.sanctions[i] for i in keep)
        combinations.extend(_remap(candidate.combinations, moved, len(combinations)))
    return Concurrence(
        provisions=tuple(entry.id for entry in entries),
        on=on,
        readings=readings,
        candidates=candidates,
        chosen=None if chosen is None else chosen.article_id,
        sanctions=tuple(sanctions),
        combinations=tuple(combinations),
        trace=tuple(trace),
    )


def _remap(combinations: Iterable[Combination], moved: dict[int, int], offset: int) -> list[Combination]:
    """An assessment's combinations over the sanctions kept; a group left with fewer than two parts goes."""
    kept: list[Combination] = []
    groups: dict[int, int] = {}
    for index, combination in enumerate(combinations):
        members = tuple(moved[i] for i in combination.members if i in moved)
        nested = tuple(groups[g] for g in combination.groups if g in groups)
        if len(members) + len(nested) < 2:
            continue
        groups[index] = offset + len(kept)
        kept.append(Combination(combination.kind, members, combination.basis, nested))
    return kept


def concurrence_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :meth:`Concurrence.to_dict`, shipped in the package."""
    from ... import assessment_schema

    text = resources.files("penalties.schema").joinpath("concurrence.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    # The candidates are assessments: their definitions are read from the assessment schema, the
    # one place they are written, rather than copied here.
    assessment = assessment_schema()
    shared = assessment.pop("$defs")
    for key in ("$schema", "$id", "title", "description"):
        assessment.pop(key, None)
    schema["$defs"] = {**shared, **schema.get("$defs", {}), "assessment": assessment}
    return schema


message("reading.apl29_higher", N_("which fine is higher under APL Art 29 when the ranges cross"))
message("reading.apl29_higher.maximum", N_("the higher maximum"))
message("reading.apl29_higher.minimum", N_("the higher minimum"))
message("step.concurrence_candidate", N_("candidate: the fine on the {addressee} is {range}"))
message("step.concurrence_no_fine", N_("candidate: no fine on the {addressee} for this case"))
message(
    "step.concurrence_chosen",
    N_("one act is fined once, under the provision with the higher fine: {article}, {range}"),
)
message(
    "step.concurrence_chosen_first_of_equal",
    N_(
        "one act is fined once; the highest fines are equal, and the first provision listed is taken: "
        "{article}, {range}"
    ),
)
message(
    "step.concurrence_fines_dropped",
    N_("the fines of {article} are not imposed (one act, one fine); its other sanctions still apply"),
)

"""The JSON form of an assessment, read back: :meth:`Assessment.from_dict` and facts given as JSON.

``Assessment.to_dict()`` writes exact numbers as strings (``"100000"``, ``"40000000/3"``), dates
as ISO text and enumerations as their values. :func:`assessment_from_dict` reads that form back:
``assessment_from_dict(a.to_dict()) == a`` for every assessment :func:`penalties.assess` makes.

Contract of :func:`assessment_from_dict` (the reader of untrusted documents):

- The document is checked completely before the assessment is built, against the published
  schema (``penalties/schema/assessment.schema.json``) and the rules of the article's act, by
  plain Python here (no third-party library; jsonschema is used by the tests only). A document
  of another ``schema_version`` is refused first. Then:

  - exact JSON types: a boolean is ``true``/``false`` (never ``"false"`` or ``0``), text is a
    string, a list is a list, an object is an object; every required key is present and no
    other key is;
  - ``article`` is a catalogued id, written as the catalog writes it; ``basis.act_id`` is the
    id of that article's act;
  - every amount of money is in the act's currency (:class:`CurrencyMismatchError` otherwise)
    and is written as :meth:`Money.to_dict` writes it: an integer (``"100000"``) or a fraction
    in lowest terms (``"40000000/3"``), zero or more. No float, exponent, comma or
    ``"1e999999999"`` is read. Amounts of the facts are bounded like any input
    (:data:`~penalties.core.money.MAX_DIGITS`); amounts of a result (sanctions, trace, notes)
    may be larger, as a fine of ten times the largest gains is
    (:data:`~penalties.core.money.MAX_RESULT_DIGITS`);
  - kinds, addressees, modalities, kinds of combination, units of a term and the offender are
    values of their enumerations; circumstances are values of the act's enumeration, each once;
  - a range is non-empty (low at most high; equal ends only when both are closed), of money for
    a sanction measured in money and of time otherwise; ``members`` index the sanctions and
    ``groups`` earlier combinations;
  - the facts are built by the act's facts type, so the act's own validation applies; a fact the
    article does not read is refused, as :meth:`Article.assess` refuses it; each fact given is
    written as ``to_dict()`` writes it (the act's converters also read looser forms that only
    :func:`facts_from_json` takes);
  - a step's ``params`` are free-form, nested at most :data:`MAX_PARAM_DEPTH` deep. A value comes
    back by its shape: a range, an amount, a term, a citation, a list (as a tuple), an exact
    fraction (``"2/3"``), an ISO date, or a string, integer, boolean or null. Params named in
    :data:`PARAM_ENUMS` (``kind``, ``addressee``, ``modality``) come back as their enumeration,
    as the formula nodes write them. Any other object is refused (it could not be hashed).

- Anything wrong raises one error of the library: :class:`InvalidFactError` (or its subclass
  :class:`CurrencyMismatchError`) whose ``field`` is the JSON path of the bad value
  (``sanctions[2].range.low.amount``, ``trace[0].params.range``, ``facts.illegal_gains``; a key
  that is not a plain name is quoted: ``trace[1].params['a b']``), whose ``value`` is the value
  found (a summary such as ``<list of 3 items>`` for a large or nested container) and whose
  ``expected`` says what is valid; or :class:`UnknownArticleError` for an id the catalog does not
  know. A missing key is reported at its path with the value ``<missing>``.

- Reading takes time linear in the size of the document and never recurses deeper than
  :data:`MAX_PARAM_DEPTH`: texts are at most :data:`MAX_TEXT` characters and a document holds at
  most :data:`MAX_VALUES` values, so a hostile document is refused at once.

:func:`facts_from_json` reads the facts of a case given as JSON (the command line's ``--facts``)
with the same bounds; it is more liberal in what an amount or a date may look like, since it reads
what a person types (see its docstring).
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NoReturn

from ..core.citation import Citation
from ..core.errors import CurrencyMismatchError, InvalidFactError, PenaltiesError, describe
from ..core.facts import Facts, OffenderKind
from ..core.formula import Step
from ..core.interval import Interval
from ..core.money import CURRENCIES, MAX_RESULT_DIGITS, Exact, Money, exact, exact_text
from ..core.sanction import Addressee, Combination, CombinationKind, Modality, Quantity, Sanction, SanctionKind
from ..core.term import Term, TermUnit

if TYPE_CHECKING:
    from ..core.article import Article
    from ..core.assessment import Assessment

__all__ = [
    "MAX_PARAM_DEPTH",
    "MAX_TEXT",
    "MAX_VALUES",
    "MISSING",
    "PARAM_ENUMS",
    "assessment_from_dict",
    "concurrence_from_dict",
    "facts_from_json",
    "param_from_json",
]

#: Step params whose values are enumerations, by param name.
PARAM_ENUMS: dict[str, type[enum.Enum]] = {
    "kind": SanctionKind,
    "addressee": Addressee,
    "modality": Modality,
    # The kinds of the statutory maximum and minimum a time rule compares (penalties.law.cn.time).
    "maximum_kind": SanctionKind,
    "minimum_kind": SanctionKind,
    # A list of kinds (Art 63's lighter kinds inside the range): each item a member, as written.
    "kinds": SanctionKind,
}

#: The deepest nesting of lists and objects in a step param or a fact (a range is one level).
MAX_PARAM_DEPTH = 8
#: The longest text anywhere in a document (ids, titles, sources, codes, keys).
MAX_TEXT = 4096
#: The most values (objects, lists, texts, numbers...) in one document; real ones hold a few hundred.
MAX_VALUES = 50_000

# Integers in free-form values (step params, facts) stay printable and JSON-safe.
_MAX_INT = 10**MAX_RESULT_DIGITS

_EXACT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:/[1-9][0-9]*)?", re.ASCII)
# Integers of at most this many digits are below both caps on amounts (MAX_DIGITS, MAX_RESULT_DIGITS).
_PLAIN_DIGITS = 30
_FRACTION = re.compile(r"-?[0-9]+/[0-9]+", re.ASCII)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}", re.ASCII)
_SOLAR_HIJRI = re.compile(r"^\s*(1[2-4][0-9]{2})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})\s*$")

_EXPECTED_EXACT = (
    "an exact number as to_dict() writes it: an integer such as '100000' or a fraction in lowest "
    "terms such as '40000000/3' (a string; no float, exponent or separator)"
)
_EXPECTED_PARAM_OBJECT = (
    'a range {"low", "high", "low_closed", "high_closed"}, an amount {"amount", "currency"}, '
    'a term {"amount", "unit"} or a citation {"act_id", "act", "article", ...}'
)

_RANGE_KEYS = frozenset({"low", "high", "low_closed", "high_closed"})
_MONEY_KEYS = frozenset({"amount", "currency"})
#: The gains key that every act's facts carried in documents of schema version 1 before the acts
#: declared their own gains fact (see :meth:`_Reader.document_facts`).
_LEGACY_GAINS = "illegal_gains"
_TERM_KEYS = frozenset({"amount", "unit"})
_CITATION_REQUIRED = ("act_id", "act", "article")
_CITATION_TEXTS = ("clause", "item", "note", "source")
_CITATION_KEYS = (*_CITATION_REQUIRED, "paragraph", *_CITATION_TEXTS)
_TOP_KEYS = (
    "schema_version",
    "article",
    "basis",
    "facts",
    "penal",
    "tier",
    "sanctions",
    "combinations",
    "trace",
    "notes",
)


#: Keys an assessment document may leave out (documents written before sentencing options existed).
_TOP_OPTIONAL = ("adjustments", "degree")


class _Missing:
    """The value reported for a required key that a document leaves out."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<missing>"

    def __reduce__(self) -> str:
        return "MISSING"


#: The value of an error about a key that is not there.
MISSING = _Missing()


class _Summary(str):
    """A short stand-in for a value too large or too deep to keep in an error (shown unquoted)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return str(self)


_CONTAINERS = (list, tuple, dict, set, frozenset)


def _shown(value: object) -> object:
    """The value to keep in an error: itself, or a summary of a large or nested container."""
    if type(value) is list or type(value) is tuple:
        items: Any = value
        if len(items) <= 8 and all(not isinstance(item, _CONTAINERS) for item in items):
            return value
        return _Summary(f"<list of {len(items)} item{'' if len(items) == 1 else 's'}>")
    if type(value) is dict:
        if len(value) <= 8 and all(not isinstance(item, _CONTAINERS) for item in value.values()):
            return value
        keys = ", ".join(describe(key, 40) for key in list(value)[:5])
        more = ", ..." if len(value) > 5 else ""
        return _Summary(f"<object of {len(value)} key{'' if len(value) == 1 else 's'}: {keys}{more}>")
    return value


# A JSON path, built without copying: ``None`` is the root, ``(parent, key or index)`` a step.
_Path = tuple[Any, str | int] | None


def _where(path: _Path, root: str) -> str:
    """``sanctions[2].range.low.amount`` from a path (quoted keys where they are not plain names)."""
    parts: list[str | int] = []
    while path is not None:
        path, part = path
        parts.append(part)
    text = ""
    for part in reversed(parts):
        if isinstance(part, int):
            text += f"[{part}]"
        elif _NAME.fullmatch(part):
            text += f".{part}" if text else part
        else:
            text += f"[{describe(part, 60)}]"
    return text or root


def _prefixed(error: InvalidFactError, prefix: str) -> InvalidFactError:
    """The same error with its field placed under ``prefix`` (``occurrence`` -> ``facts.occurrence``)."""
    field = f"{prefix}.{error.field}" if prefix else error.field
    if type(error) is CurrencyMismatchError:
        return CurrencyMismatchError(field, error.value, error.expected_currency)
    if type(error) is InvalidFactError:
        return InvalidFactError(field, error.value, error.expected)
    return error


def _result_amount(value: str, field: str) -> Exact:
    """An amount of a result (sanctions, trace, notes): bounded by the larger cap of results."""
    return exact(value, field, max_digits=MAX_RESULT_DIGITS)


class _Reader:
    """Reads one document: exact types, bounded size, errors that name the JSON path."""

    __slots__ = ("budget", "currency", "root")

    def __init__(self, currency: str | None, root: str = "assessment") -> None:
        self.currency = currency
        self.root = root
        self.budget = MAX_VALUES

    # -- errors and bounds ------------------------------------------------------------------

    def fail(self, path: _Path, value: object, expected: str) -> NoReturn:
        raise InvalidFactError(_where(path, self.root), _shown(value), expected)

    def spend(self, path: _Path, value: object, count: int) -> None:
        self.budget -= count
        if self.budget < 0:
            self.fail(path, value, f"a document of at most {MAX_VALUES:,} values")

    # -- JSON types -------------------------------------------------------------------------

    def obj(
        self, value: object, path: _Path, noun: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        if type(value) is not dict:
            self.fail(path, value, f"an object: {noun}")
        data: dict[Any, Any] = value
        self.spend(path, value, len(data) + 1)
        for key in data:
            if type(key) is not str or (key not in required and key not in optional):
                keys = ", ".join(dict.fromkeys(required + optional))
                if type(key) is not str:
                    self.fail(path, key, f"keys that are text: {noun} has the keys {keys}")
                self.fail((path, key), data[key], f"no such key: {noun} has the keys {keys}")
        for key in required:
            if key not in data:
                self.fail((path, key), MISSING, f"a value: {noun} requires the keys {', '.join(required)}")
        return data

    def array(self, value: object, path: _Path, noun: str) -> list[Any]:
        if type(value) is not list:
            self.fail(path, value, f"a list of {noun}")
        items: list[Any] = value
        self.spend(path, value, len(items) + 1)
        return items

    def text(self, value: object, path: _Path, noun: str = "text") -> str:
        if type(value) is not str:
            self.fail(path, value, noun)
        text: str = value
        if len(text) > MAX_TEXT:
            self.fail(path, value, f"{noun} of at most {MAX_TEXT:,} characters")
        return text

    def boolean(self, value: object, path: _Path) -> bool:
        if type(value) is not bool:
            self.fail(path, value, "true or false (a JSON boolean)")
        return value is True

    def integer(self, value: object, path: _Path, low: int, high: int, noun: str) -> int:
        if type(value) is not int or not low <= value < high:
            self.fail(path, value, noun)
        number: int = value
        return number

    def choice(self, value: object, path: _Path, enumeration: type[enum.Enum], noun: str) -> Any:
        if type(value) is str:
            found = enumeration._value2member_map_.get(value)
            if found is not None:
                return found
        values = ", ".join(repr(member.value) for member in enumeration)
        self.fail(path, value, f"{noun}: one of {values}" if values else f"nothing: there is no {noun} here")

    def date(self, value: object, path: _Path) -> _dt.date:
        expected = "an ISO date 'YYYY-MM-DD' (Gregorian, as to_dict() writes it)"
        if type(value) is not str or not _ISO_DATE.fullmatch(value):
            self.fail(path, value, expected)
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            self.fail(path, value, expected)

    # -- amounts, terms, ranges -------------------------------------------------------------

    def amount(self, value: object, path: _Path, result: bool) -> Exact:
        if type(value) is not str or len(value) > MAX_TEXT or not _EXACT.fullmatch(value):
            self.fail(path, value, _EXPECTED_EXACT)
        if len(value) <= _PLAIN_DIGITS and value.isdigit():
            # The pattern allows no sign and no leading zero: a short integer is canonical and far
            # below either cap (the common case, read without the general parser).
            return int(value)
        field = _where(path, self.root)
        number = _result_amount(value, field) if result else exact(value, field)
        if exact_text(number) != value:
            self.fail(path, value, _EXPECTED_EXACT)
        if number < 0:
            self.fail(path, value, "an amount of zero or more")
        return number

    def money(self, value: object, path: _Path, result: bool = True) -> Money:
        data = self.obj(value, path, "an amount of money", ("amount", "currency"))
        currency = self.text(data["currency"], (path, "currency"), "a currency code")
        expected = self.currency
        if expected is None:
            if currency not in CURRENCIES:
                self.fail((path, "currency"), currency, "one of " + ", ".join(sorted(CURRENCIES)))
            expected = currency
        elif currency != expected:
            raise CurrencyMismatchError(_where((path, "currency"), self.root), currency, expected)
        return Money(self.amount(data["amount"], (path, "amount"), result), expected)

    def term(self, value: object, path: _Path) -> Term:
        data = self.obj(value, path, "a term", ("amount", "unit"))
        unit = self.choice(data["unit"], (path, "unit"), TermUnit, "a unit of time")
        return Term(self.amount(data["amount"], (path, "amount"), True), unit)

    def quantity(self, value: object, path: _Path) -> Money | Term:
        if type(value) is dict:
            if "currency" in value:
                return self.money(value, path)
            if "unit" in value:
                return self.term(value, path)
        self.fail(path, value, 'an amount {"amount", "currency"} or a term {"amount", "unit"}')

    def range(self, value: object, path: _Path) -> Interval[Any]:
        data = self.obj(value, path, "a range", ("low", "high", "low_closed", "high_closed"))
        low = self.quantity(data["low"], (path, "low"))
        high = self.quantity(data["high"], (path, "high"))
        if type(high) is not type(low) or (type(low) is Money and low.currency != high.currency):  # type: ignore[union-attr]
            noun = f"an amount in {low.currency}" if type(low) is Money else "a term"
            self.fail((path, "high"), data["high"], f"{noun}, as the low end is")
        low_closed = self.boolean(data["low_closed"], (path, "low_closed"))
        high_closed = self.boolean(data["high_closed"], (path, "high_closed"))
        if high < low or (not low < high and not (low_closed and high_closed)):  # type: ignore[operator]
            shown = f"{'[' if low_closed else '('}{low}, {high}{']' if high_closed else ')'}"
            expected = "a non-empty range: low at most high, equal ends only when both are closed"
            self.fail(path, _Summary(shown), expected)
        # The ends are checked above exactly as Interval checks them.
        return Interval._ordered(low, high, low_closed, high_closed)

    # -- the parts of an assessment ---------------------------------------------------------

    def citation(self, value: object, path: _Path) -> Citation:
        data = self.obj(value, path, "a citation", _CITATION_REQUIRED, _CITATION_KEYS[3:])
        parts: dict[str, Any] = {key: self.text(data[key], (path, key)) for key in _CITATION_REQUIRED}
        if "paragraph" in data:
            parts["paragraph"] = self.integer(
                data["paragraph"], (path, "paragraph"), 1, _MAX_INT, "a paragraph number: a whole number from 1"
            )
        for key in _CITATION_TEXTS:
            if key in data:
                parts[key] = self.text(data[key], (path, key))
        return Citation(**parts)

    def sanction(self, value: object, path: _Path) -> Sanction:
        data = self.obj(value, path, "a sanction", ("kind", "addressee", "modality", "basis"), ("range",))
        kind: SanctionKind = self.choice(data["kind"], (path, "kind"), SanctionKind, "a kind of sanction")
        addressee = self.choice(data["addressee"], (path, "addressee"), Addressee, "an addressee")
        modality = self.choice(data["modality"], (path, "modality"), Modality, "a modality")
        basis = self.citation(data["basis"], (path, "basis"))
        span = None
        if "range" in data:
            span = self.range(data["range"], (path, "range"))
            in_money = type(span.low) is Money
            if in_money != (kind.quantity is Quantity.MONEY):
                noun = "a range of time" if in_money else "a range of money"
                self.fail((path, "range"), data["range"], f"{noun}: a {kind.value} is measured so")
        return Sanction(kind, addressee, modality, basis, span)

    def indices(self, value: object, path: _Path, end: int, noun: str) -> tuple[int, ...]:
        items = self.array(value, path, noun)
        expected = f"the index of {noun}: a whole number from 0 to {end - 1}"
        if not end:
            expected = f"nothing: there are no {noun}"
        return tuple(self.integer(item, (path, i), 0, end, expected) for i, item in enumerate(items))

    def combination(self, value: object, path: _Path, index: int, sanctions: int) -> Combination:
        data = self.obj(value, path, "a combination", ("kind", "members", "groups", "basis"))
        kind = self.choice(data["kind"], (path, "kind"), CombinationKind, "a kind of combination")
        members = self.indices(data["members"], (path, "members"), sanctions, "sanctions")
        groups = self.indices(data["groups"], (path, "groups"), index, "earlier combinations")
        return Combination(kind, members, self.citation(data["basis"], (path, "basis")), groups)

    # -- sentencing options and results (see penalties.core.sentencing) ---------------------

    def sentence_range(self, value: object, path: _Path, offences: int = 0) -> Any:
        from ..core.sentencing import SentenceRange

        data = self.obj(value, path, "a sentence range", ("kind",), ("range", "offence"))
        kind: SanctionKind = self.choice(data["kind"], (path, "kind"), SanctionKind, "a kind of sanction")
        span = None
        if "range" in data:
            span = self.range(data["range"], (path, "range"))
            in_money = type(span.low) is Money
            if kind.quantity is Quantity.NONE or in_money != (kind.quantity is Quantity.MONEY):
                expected = f"no such range: a {kind.value} is not measured so"
                self.fail((path, "range"), data["range"], expected)
        offence = None
        if "offence" in data:
            expected = (
                f"the index of an offence: a whole number from 0 to {offences - 1}"
                if offences
                else "no 'offence' key: only the ranges of a several-offences result name an offence"
            )
            offence = self.integer(data["offence"], (path, "offence"), 0, max(offences, 0), expected)
        return SentenceRange(kind, span, offence)

    def sentence_ranges(self, value: object, path: _Path, offences: int = 0) -> tuple[Any, ...]:
        items = self.array(value, path, "sentence ranges")
        return tuple(self.sentence_range(item, (path, i), offences) for i, item in enumerate(items))

    def steps(self, value: object, path: _Path) -> tuple[Step, ...]:
        items = self.array(value, path, "steps")
        return tuple(self.step(item, (path, i)) for i, item in enumerate(items))

    def readings_used(self, value: object, path: _Path) -> tuple[tuple[str, str], ...]:
        if type(value) is not dict:
            self.fail(path, value, "an object: reading name -> the value used")
        self.spend(path, value, len(value) + 1)
        found = []
        for key, item in value.items():
            name = self.text(key, path, "a reading name")
            found.append((name, self.text(item, (path, name), "the value of the reading")))
        return tuple(found)

    def status(self, value: object, path: _Path) -> Any:
        from ..core.sentencing import Status

        return self.choice(value, path, Status, "a status")

    def adjustment(self, value: object, path: _Path) -> Any:
        from ..core.sentencing import Adjustment, Direction

        keys = ("rule", "basis", "modality", "direction", "ranges", "ground", "condition", "via", "readings")
        data = self.obj(value, path, "an adjustment", (*keys, "status", "notes"))
        condition = data["condition"]
        return Adjustment(
            rule=self.text(data["rule"], (path, "rule"), "a rule id"),
            basis=self.citation(data["basis"], (path, "basis")),
            modality=self.choice(data["modality"], (path, "modality"), Modality, "a modality"),
            direction=self.choice(data["direction"], (path, "direction"), Direction, "a direction"),
            ranges=self.sentence_ranges(data["ranges"], (path, "ranges")),
            ground=self.text(data["ground"], (path, "ground"), "a ground code"),
            condition=None if condition is None else self.text(condition, (path, "condition"), "a condition code"),
            via=None if data["via"] is None else self.citation(data["via"], (path, "via")),
            readings=self.readings_used(data["readings"], (path, "readings")),
            status=self.status(data["status"], (path, "status")),
            notes=self.steps(data["notes"], (path, "notes")),
        )

    def offence(self, value: object, path: _Path) -> Any:
        from ..core.sentencing import OffenceSentence

        data = self.obj(value, path, "an offence", ("ranges", "label", "offence_date", "degree"))
        date = data["offence_date"]
        degree = data["degree"]
        return OffenceSentence(
            ranges=self.sentence_ranges(data["ranges"], (path, "ranges")),
            label=self.text(data["label"], (path, "label"), "a label"),
            offence_date=None if date is None else self.date(date, (path, "offence_date")),
            degree=None if degree is None else self.integer(degree, (path, "degree"), 1, 100, "a degree from 1"),
        )

    def step(self, value: object, path: _Path) -> Step:
        data = self.obj(value, path, "a step", ("code", "basis", "params"))
        code = self.text(data["code"], (path, "code"), "a step code")
        basis = self.citation(data["basis"], (path, "basis"))
        params_path = (path, "params")
        params = data["params"]
        if type(params) is not dict:
            self.fail(params_path, params, "an object of step params")
        self.spend(params_path, params, len(params) + 1)
        read = []
        for key, item in params.items():
            if type(key) is not str:
                self.fail(params_path, key, "param names that are text")
            name = self.text(key, params_path, "a param name")
            read.append((name, self.param(item, (params_path, name), name, 1)))
        return Step(code, basis, tuple(read))

    def param(self, value: object, path: _Path, name: str, depth: int) -> Any:
        kind = type(value)
        enumeration = PARAM_ENUMS.get(name)
        if enumeration is not None and kind is not list:
            # The formula nodes write these params as members of their enumeration only.
            return self.choice(value, path, enumeration, f"a {name}")
        if value is None or kind is bool:
            return value
        if kind is int:
            return self.integer(value, path, -_MAX_INT + 1, _MAX_INT, f"a whole number below 10**{MAX_RESULT_DIGITS}")
        if kind is str:
            text = self.text(value, path)
            if _FRACTION.fullmatch(text):
                return self.amount_param(text, path)
            if _ISO_DATE.fullmatch(text):
                return self.date(text, path)
            return text
        if depth > MAX_PARAM_DEPTH:
            self.fail(path, value, f"a value nested at most {MAX_PARAM_DEPTH} deep")
        if kind is list:
            items = self.array(value, path, "values")
            return tuple(self.param(item, (path, i), name, depth + 1) for i, item in enumerate(items))
        if kind is dict:
            keys = value.keys()  # type: ignore[attr-defined]
            if keys == _RANGE_KEYS:
                return self.range(value, path)
            if keys == _MONEY_KEYS:
                return self.money(value, path)
            if keys == _TERM_KEYS:
                return self.term(value, path)
            if all(key in keys for key in _CITATION_REQUIRED):
                return self.citation(value, path)
            self.fail(path, value, _EXPECTED_PARAM_OBJECT)
        if kind is float:
            self.fail(path, value, "no JSON number with a fraction: exact numbers are strings such as '2/3'")
        self.fail(path, value, "a JSON value: text, a whole number, true, false, null, a list or an object")

    def amount_param(self, text: str, path: _Path) -> Exact:
        """A fraction param (``"2/3"``), in lowest terms and bounded like a result."""
        negative = text.startswith("-")
        number = self.amount(text[1:] if negative else text, path, True)
        return -number if negative else number

    # -- facts --------------------------------------------------------------------------------

    def circumstances(self, value: object, path: _Path, enumeration: type[enum.Enum]) -> frozenset[Any]:
        items = self.array(value, path, "circumstance names")
        if items and not enumeration.__members__:
            self.fail((path, 0), items[0], "nothing: this act names no circumstances")
        found: set[Any] = set()
        for i, item in enumerate(items):
            member = self.choice(item, (path, i), enumeration, "a circumstance of this act")
            if member in found:
                self.fail((path, i), item, "each circumstance once")
            found.add(member)
        return frozenset(found)

    def plain(self, value: object, path: _Path, depth: int) -> Any:
        """A JSON value as it is (lists stay lists), bounded; no floats."""
        kind = type(value)
        if value is None or kind is bool:
            return value
        if kind is int:
            return self.integer(value, path, -_MAX_INT + 1, _MAX_INT, f"a whole number below 10**{MAX_RESULT_DIGITS}")
        if kind is str:
            return self.text(value, path)
        if depth > MAX_PARAM_DEPTH:
            self.fail(path, value, f"a value nested at most {MAX_PARAM_DEPTH} deep")
        if kind is list:
            items = self.array(value, path, "values")
            return [self.plain(item, (path, i), depth + 1) for i, item in enumerate(items)]
        if kind is dict:
            data: dict[Any, Any] = value  # type: ignore[assignment]
            self.spend(path, value, len(data) + 1)
            made = {}
            for key, item in data.items():
                if type(key) is not str:
                    self.fail(path, key, "keys that are text")
                made[self.text(key, path, "a key")] = self.plain(item, (path, key), depth + 1)
            return made
        if kind is float:
            self.fail(path, value, "no JSON number with a fraction: exact numbers are strings such as '12345.67'")
        self.fail(path, value, "a JSON value: text, a whole number, true, false, null, a list or an object")

    def document_facts(self, value: object, path: _Path, facts_type: type[Facts], entry: Article | None) -> Facts:
        names = facts_type.field_names()
        if type(value) is dict and value.get(_LEGACY_GAINS, MISSING) is None and _LEGACY_GAINS not in names:
            # Documents written while every act's facts had this key hold null for the acts that
            # have no gains fact (Iran): it says nothing, so it reads as absent. A value is refused.
            value = {key: item for key, item in value.items() if key != _LEGACY_GAINS}
        data = self.obj(value, path, f"the facts of {facts_type.__name__}", ("offender", "on"), names)
        given: dict[str, Any] = {}
        for key, item in data.items():
            here = (path, key)
            if key == "offender":
                given[key] = self.choice(item, here, OffenderKind, "an offender")
            elif key == "on" or (key == "offence_date" and item is not None):
                given[key] = self.date(item, here)
            elif key == "circumstances":
                given[key] = self.circumstances(item, here, facts_type.CIRCUMSTANCES)
            elif type(item) is dict and item.keys() == _MONEY_KEYS:
                given[key] = self.money(item, here, result=False)
            elif key == facts_type.GAINS_FACT and item is not None:
                self.fail(here, item, 'null or an amount {"amount", "currency"}')
            else:
                given[key] = self.plain(item, here, 1)
        facts = _build_facts(facts_type, given, _where(path, self.root), data)
        if entry is not None:
            # As assess() does: a fact the article does not read is refused, not ignored.
            try:
                entry.check_facts_read(facts)
            except InvalidFactError as error:
                raise _prefixed(error, _where(path, self.root)) from None
        try:
            hash(facts)
        except TypeError:
            self.fail(path, value, f"facts of {facts_type.__name__} whose values can be hashed")
        # The act's converters read more than to_dict() writes (a bare number for an amount, some
        # readings left out); a document holds each fact as to_dict() writes it.
        written = facts.to_dict()
        for key, item in data.items():
            if key != "circumstances" and not _same(item, written.get(key, MISSING)):
                self.fail((path, key), item, f"the fact as to_dict() writes it: {describe(written.get(key))}")
        return facts


def _same(given: object, written: object) -> bool:
    """Equal and of the same JSON types throughout (``1 == True`` and ``0 == 0.0`` do not count)."""
    if type(given) is not type(written):
        return False
    if type(given) is dict:
        other: dict[Any, Any] = written  # type: ignore[assignment]
        return given.keys() == other.keys() and all(_same(item, other[key]) for key, item in given.items())
    if type(given) is list:
        others: list[Any] = written  # type: ignore[assignment]
        return len(given) == len(others) and all(_same(a, b) for a, b in zip(given, others, strict=True))
    return given == written


def _build_facts(facts_type: type[Facts], given: dict[str, Any], prefix: str, raw: object) -> Facts:
    """``facts_type(**given)``: the act's validation, its errors placed under ``prefix``."""
    try:
        return facts_type(**given)
    except InvalidFactError as error:
        raise _prefixed(error, prefix) from None
    except PenaltiesError:
        raise
    except (TypeError, ValueError, LookupError, AttributeError, ArithmeticError):
        # The act's converters refuse what they cannot read; anything they did not foresee is
        # still a bad fact, never an untyped error.
        raise InvalidFactError(prefix, _shown(raw), f"facts that {facts_type.__name__} accepts") from None


def param_from_json(name: str, value: Any, currency: str | None = None) -> Any:
    """A step param as the formula wrote it, from its JSON form (see the module docstring).

    ``currency``: the act's currency that amounts must be in (``None``: any known currency).
    Raises :class:`InvalidFactError` naming the param on anything it cannot read.
    """
    reader = _Reader(currency, root=name)
    return reader.param(value, None, name, 1)


def assessment_from_dict(data: Mapping[str, Any]) -> Assessment:
    """Inverse of :meth:`Assessment.to_dict`: ``assessment_from_dict(a.to_dict()) == a``.

    Checks the whole document first (see the module docstring for the contract); raises
    :class:`InvalidFactError` naming the JSON path of the first problem, or
    :class:`UnknownArticleError` for an article the catalog does not know.
    """
    from ..catalog import article
    from ..core.assessment import SCHEMA_VERSION, Assessment

    if type(data) is not dict:
        raise InvalidFactError("assessment", _shown(data), "a JSON object made by Assessment.to_dict()")
    version = data.get("schema_version", MISSING)
    if type(version) is not str or version != SCHEMA_VERSION:
        raise InvalidFactError("schema_version", _shown(version), f"{SCHEMA_VERSION!r}")
    top = _Reader(None)
    top.obj(data, None, "an assessment", _TOP_KEYS, _TOP_OPTIONAL)
    article_id = top.text(data["article"], (None, "article"), "an article id")
    entry = article(article_id)
    if entry.id != article_id:
        top.fail((None, "article"), article_id, f"the catalog id {entry.id!r}")
    act = entry.act
    reader = _Reader(act.currency)
    reader.budget = top.budget
    basis = reader.citation(data["basis"], (None, "basis"))
    if basis.act_id != act.id:
        reader.fail(((None, "basis"), "act_id"), basis.act_id, f"{act.id!r}, the act of {entry.id}")
    facts = reader.document_facts(data["facts"], (None, "facts"), act.facts_type, entry)
    penal = reader.boolean(data["penal"], (None, "penal"))
    tier = None if data["tier"] is None else reader.text(data["tier"], (None, "tier"), "a tier name or null")
    sanctions_path: _Path = (None, "sanctions")
    sanctions = tuple(
        reader.sanction(item, (sanctions_path, i))
        for i, item in enumerate(reader.array(data["sanctions"], sanctions_path, "sanctions"))
    )
    combinations_path: _Path = (None, "combinations")
    combinations = tuple(
        reader.combination(item, (combinations_path, i), i, len(sanctions))
        for i, item in enumerate(reader.array(data["combinations"], combinations_path, "combinations"))
    )
    steps: dict[str, tuple[Step, ...]] = {}
    for key in ("trace", "notes"):
        path: _Path = (None, key)
        items = reader.array(data[key], path, "steps")
        steps[key] = tuple(reader.step(item, (path, i)) for i, item in enumerate(items))
    adjustments: tuple[Any, ...] = ()
    if "adjustments" in data:
        adjustments_path: _Path = (None, "adjustments")
        adjustments = tuple(
            reader.adjustment(item, (adjustments_path, i))
            for i, item in enumerate(reader.array(data["adjustments"], adjustments_path, "adjustments"))
        )
    degree = None
    if data.get("degree") is not None:
        degree = reader.integer(data["degree"], (None, "degree"), 1, 100, "a degree: a whole number from 1, or null")
    return Assessment(
        article_id=entry.id,
        basis=basis,
        facts=facts,
        penal=penal,
        tier=tier,
        sanctions=sanctions,
        combinations=combinations,
        trace=steps["trace"],
        notes=steps["notes"],
        adjustments=adjustments,
        degree=degree,
    )


# ---------------------------------------------------------------------------------------------
# Facts typed by a person or a program (the command line's --facts).


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


def _input_fact(reader: _Reader, facts_type: type[Facts], name: str, value: object) -> Any:
    path: _Path = (None, name)
    kind = type(value)
    if kind is dict and value.keys() == _MONEY_KEYS:  # type: ignore[attr-defined]
        data: dict[str, Any] = value  # type: ignore[assignment]
        reader.spend(path, value, 3)
        currency = reader.text(data["currency"], (path, "currency"), "a currency code")
        if currency != facts_type.CURRENCY:
            raise CurrencyMismatchError(f"{name}.currency", currency, facts_type.CURRENCY)
        return Money(exact(data["amount"], f"{name}.amount"), currency)
    if name == "circumstances" and kind in (list, tuple, set, frozenset):
        items: Any = value
        reader.spend(path, value, len(items) + 1)
        found = []
        for i, item in enumerate(items):
            found.append(reader.text(item, (path, i), "a circumstance name"))
        return found
    if name in ("on", "offence_date") and kind is str:
        text = reader.text(value, path, "a date")
        try:
            return facts_type.parse_on(text)
        except InvalidFactError as error:
            day = _solar_hijri(text)
            if day is None:
                raise InvalidFactError(name, error.value, error.expected) from None
            return day
    if kind is str:
        return reader.text(value, path)
    if kind in (list, tuple, dict, set, frozenset):
        if kind is set or kind is frozenset or kind is tuple:
            value = list(value)  # type: ignore[call-overload]
        return reader.plain(value, path, 1)
    # Numbers, booleans, None and objects of the library (a date, a Fraction) are the act's to judge.
    return value


def facts_from_json(article: Article, data: Mapping[str, Any]) -> Facts:
    """The facts of a case for ``article`` from JSON-like data, validated like keywords.

    Amounts may be strings (``"250000"``, ``"12345.67"``, ``"40000000/3"``), integers or
    ``{"amount": ..., "currency": ...}`` in the act's currency; dates ISO (``"2024-05-01"``) or
    Solar Hijri (``"1403/02/12"``); circumstances a list of names. A JSON number with a fraction
    is refused (it would be a float). Anything wrong raises :class:`InvalidFactError` naming the
    fact (an unknown fact is named, with the facts the article reads); texts, nesting and size
    are bounded as in :func:`assessment_from_dict`.
    """
    if not isinstance(data, Mapping):
        raise InvalidFactError("facts", _shown(data), "a JSON object of facts")
    facts_type = article.act.facts_type
    names = facts_type.field_names()
    reader = _Reader(facts_type.CURRENCY, root="facts")
    reader.spend(None, data, len(data) + 1)
    given: dict[str, Any] = {}
    for key, value in data.items():
        if type(key) is not str or key not in names:
            reads = ", ".join(sorted(article.facts_read))
            if type(key) is not str:
                reader.fail(None, key, f"names of facts as text, of the facts that {article.id} reads: {reads}")
            reader.fail((None, key), value, f"a fact that {article.id} reads: {reads}")
        given[key] = _input_fact(reader, facts_type, key, value)
    try:
        return article.make_facts(given)
    except PenaltiesError:
        raise
    except (TypeError, ValueError, LookupError, AttributeError, ArithmeticError):
        raise InvalidFactError("facts", _shown(data), f"facts that {article.id} accepts") from None


# ---------------------------------------------------------------------------------------------
# Sentencing options and results (penalties.core.sentencing).

_SEVERAL_KEYS = ("rule", "basis", "offences", "ranges", "trace", "notes", "readings", "status")
_LIMITATION_KEYS = (
    "rule",
    "basis",
    "maximum",
    "period",
    "start",
    "last_day",
    "barred",
    "lifted",
    "trace",
    "notes",
    "readings",
    "status",
)
_PROBATION_KEYS = (
    "rule",
    "basis",
    "sentence",
    "eligible",
    "mandatory",
    "period",
    "conditions",
    "trace",
    "notes",
    "readings",
    "status",
)


def adjustment_from_dict(data: Mapping[str, Any]) -> Any:
    """Inverse of :meth:`Adjustment.to_dict <penalties.core.sentencing.Adjustment.to_dict>`."""
    return _Reader(None, root="adjustment").adjustment(data, None)


def sentencing_from_dict(data: Mapping[str, Any], result: str | None = None) -> Any:
    """A :class:`SeveralOffences`, :class:`Probation` or :class:`Limitation` from its ``to_dict()`` form.

    ``result`` (``"several_offences"``, ``"probation"`` or ``"limitation"``) requires that kind;
    ``None`` takes any, as the document's ``result`` key says. Strict like :func:`assessment_from_dict`.
    """
    from ..core.sentencing import SENTENCING_SCHEMA_VERSION, Limitation, Probation, SeveralOffences

    kinds = {
        SeveralOffences.RESULT: _SEVERAL_KEYS,
        Probation.RESULT: _PROBATION_KEYS,
        Limitation.RESULT: _LIMITATION_KEYS,
    }
    reader = _Reader(None, root="result")
    if type(data) is not dict:
        reader.fail(None, data, "a JSON object made by to_dict() of a sentencing result")
    version = data.get("schema_version", MISSING)
    if type(version) is not str or version != SENTENCING_SCHEMA_VERSION:
        raise InvalidFactError("schema_version", _shown(version), f"{SENTENCING_SCHEMA_VERSION!r}")
    found = data.get("result", MISSING)
    wanted = (result,) if result is not None else tuple(kinds)
    if found not in wanted:
        reader.fail((None, "result"), found, "one of " + ", ".join(map(repr, wanted)))
    reader.obj(data, None, f"a {found} result", ("schema_version", "result", *kinds[found]))
    rule = reader.text(data["rule"], (None, "rule"), "a rule id")
    basis = reader.citation(data["basis"], (None, "basis"))
    trace = reader.steps(data["trace"], (None, "trace"))
    notes = reader.steps(data["notes"], (None, "notes"))
    readings = reader.readings_used(data["readings"], (None, "readings"))
    status = reader.status(data["status"], (None, "status"))
    if found == SeveralOffences.RESULT:
        items = reader.array(data["offences"], (None, "offences"), "offences")
        offences = tuple(reader.offence(item, ((None, "offences"), i)) for i, item in enumerate(items))
        ranges = reader.sentence_ranges(data["ranges"], (None, "ranges"), len(offences))
        return SeveralOffences(rule, basis, offences, ranges, trace, notes, readings, status)
    if found == Limitation.RESULT:

        def optional(key: str, read: Any) -> Any:
            return None if data[key] is None else read(data[key], (None, key))

        barred = optional("barred", reader.boolean)
        return Limitation(
            rule,
            basis,
            optional("maximum", reader.term),
            optional("period", reader.term),
            optional("start", reader.date),
            optional("last_day", reader.date),
            barred,
            reader.boolean(data["lifted"], (None, "lifted")),
            trace,
            notes,
            readings,
            status,
        )
    sentence = reader.sentence_range(data["sentence"], (None, "sentence"))
    period = None if data["period"] is None else reader.range(data["period"], (None, "period"))
    if period is not None and type(period.low) is not Term:
        reader.fail((None, "period"), data["period"], "a range of time")
    conditions = tuple(
        reader.text(item, ((None, "conditions"), i), "a condition code")
        for i, item in enumerate(reader.array(data["conditions"], (None, "conditions"), "conditions"))
    )
    return Probation(
        rule,
        basis,
        sentence,
        reader.boolean(data["eligible"], (None, "eligible")),
        reader.boolean(data["mandatory"], (None, "mandatory")),
        period,
        conditions,
        trace,
        notes,
        readings,
        status,
    )


_CONCURRENCE_KEYS = (
    "schema_version",
    "basis",
    "provisions",
    "on",
    "readings",
    "chosen",
    "fine",
    "sanctions",
    "combinations",
    "trace",
    "candidates",
)


def concurrence_from_dict(data: Mapping[str, Any]) -> Any:
    """A :class:`~penalties.law.cn.concurrence.Concurrence` from its ``to_dict()`` form.

    The candidates are read back strictly (:func:`assessment_from_dict`); everything else must
    follow from them under APL Art 29 and the document's reading, or the document is refused with
    one :class:`~penalties.core.errors.InvalidFactError`.
    """
    from ..core.facts import to_date
    from ..law.cn.concurrence import MAX_PROVISIONS, SCHEMA_VERSION, _from_candidates

    keys = _CONCURRENCE_KEYS
    if not isinstance(data, Mapping):
        raise InvalidFactError("concurrence", data, "a JSON object (see concurrence_schema())")
    if set(data) != set(keys):
        raise InvalidFactError(
            "concurrence", sorted(str(k)[:40] for k in list(data)[:20]), "the keys " + ", ".join(keys)
        )
    if data["schema_version"] != SCHEMA_VERSION:
        raise InvalidFactError("schema_version", data["schema_version"], repr(SCHEMA_VERSION))
    given = data["candidates"]
    if not isinstance(given, list) or not 1 <= len(given) <= MAX_PROVISIONS:
        raise InvalidFactError("candidates", given, f"a list of 1 to {MAX_PROVISIONS} assessments")
    candidates = tuple(assessment_from_dict(item) for item in given)
    if not isinstance(data["readings"], Mapping):
        raise InvalidFactError("readings", data["readings"], "an object with the reading apl29_higher")
    on = to_date(data["on"], "on")
    if any(candidate.facts.on != on for candidate in candidates):
        raise InvalidFactError("on", data["on"], "the date of every candidate assessment")
    result = _from_candidates(candidates, on, dict(data["readings"]))
    if result.to_dict() != dict(data):
        raise InvalidFactError(
            "concurrence",
            "the document",
            "provisions, chosen, fine, sanctions, combinations and trace that follow from its candidates",
        )
    return result

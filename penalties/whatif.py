"""What-if analysis: sweep one fact over a range, compare a reform with the law as it is, plot.

>>> from penalties import whatif
>>> rows = whatif.sweep("cn.dsl.47", "illegal_gains", range(0, 300_001, 50_000), on="2024-05-01", as_frame=False)
>>> [(r["illegal_gains"], r["low"], r["high"]) for r in rows][:3]
[(0, 100000, 1000000), (50000, 100000, 1000000), (100000, 100000, 1000000)]

- :func:`sweep` evaluates one sanction (``kind``, default the fine; ``addressee``, default the
  offender) at each value of one fact (the act's gains fact, ``illegal_gains`` in the PRC acts;
  ``on``; or any fact of the act such as an item count or the occurrence), the other facts
  fixed. It returns a pandas ``DataFrame`` when pandas is installed
  (``pip install "penalties[whatif]"``) and a list of dicts otherwise.
- :func:`compare` does the same for the law as it is and for a reformed article, side by side.
- :func:`reform` and :func:`replace` make a reformed article with ``attrs.evolve``: change any
  figure of the formula (a range, a multiple, a threshold) and keep the rest.
- :func:`plot` draws the range against the fact (matplotlib, ``pip install "penalties[plot]"``).
- :func:`sweep_adjustments` lists the sentencing options (``Assessment.adjustments``) at each value
  of one fact: with and without surrender, across ages, across meritorious service.

Columns: the fact, ``low`` and ``high`` (exact: ``int`` or ``Fraction``; an amount in the act's
currency, or a term in days under the library's convention 1 year = 12 months = 360 days),
``low_closed`` and ``high_closed`` (whether each end is included), ``unit`` (the currency or
``"day"``), ``tier``, and ``error`` (the message when the law gives no answer at that point, e.g.
a multiple of zero gains; the bounds are then ``None``). A point where the sanction does not
apply (no persons' fine for an individual) has ``None`` bounds and no error. In a DataFrame a
column is ``int64`` only when every value is an ``int`` that fits; any other column is ``object``
and holds the exact values (never floats, never ``NaN`` for ``None``).

The contract: each point is what :func:`penalties.assess` gives for the same facts.

- Every value is validated exactly as ``assess()`` validates that fact (the act's facts type and
  the article's own check of its circumstances). An invalid value (a float, a negative or too
  large amount, a malformed date, a circumstance the article does not name) raises that
  :class:`~penalties.core.errors.InvalidFactError`, naming the fact, with a note naming the point;
  the sweep stops at the first invalid point.
- A valid point where the law gives no answer (a multiple of zero gains, a date outside the
  article's force, a figure that is not determinable) is a row whose ``error`` is the message of
  the error ``assess()`` raises there.
- ``values`` is an iterable (a list, a range, :func:`dates`), not text, a mapping or a single
  value, with at most :data:`MAX_POINTS` values; :func:`dates` gives at most :data:`MAX_DATES`.
- ``kind``, ``addressee``, ``fact``, ``as_frame`` and the fixed facts are checked before any point
  is evaluated; :func:`compare` refuses two articles whose acts count money in different
  currencies (:class:`~penalties.core.errors.CurrencyMismatchError`); :func:`reform` and
  :func:`replace` refuse fields the article does not have, values of the wrong type, and amounts
  in another currency.
- Every refusal is one of the library's typed errors (a
  :class:`~penalties.core.errors.PenaltiesError`) naming the parameter, the value and what is valid.

Exactness and speed: sweeping the gains fact (``Act.gains_fact``, or another amount fact of the act,
its facts type's ``AMOUNT_FACTS``: ``turnover`` for PIPL Art 66 para 2) reads the article's compiled plan as a function
of the gains (:func:`penalties.core.plan.gains_pieces`) for the chosen sanction once and
evaluates only that (a comparison and two exact multiplications per point), so
a million points take about a second. Whole positive gains are validated by the facts validation
at their smallest and largest value (for a whole amount it is a range check), every other value
one by one; the compiled answer is checked against ``assess()`` on the first point and on the
largest gains, and the sweep falls back to ``assess()`` point by point should they differ.
Plans that read the gains other than through thresholds (opaque nodes, rules applied per call),
zero gains, and every other fact are evaluated point by point through ``Article.assess``: slower, equally exact. Floats
never enter until :func:`plot` draws.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import numbers
from collections.abc import Callable, Iterable, Mapping, Sequence, Sized
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from .catalog import article as _article
from .context import FROM_CONTEXT, FromContext, locale_or_context
from .core.article import Act, Article
from .core.errors import CurrencyMismatchError, InvalidFactError, PenaltiesError
from .core.facts import Facts, to_date, to_enum_set, to_member
from .core.interval import Interval
from .core.messages import N_
from .core.money import CURRENCIES, Exact, Money, exact
from .core.plan import NotCompilable, Shape, gains_pieces, linear_ends
from .core.sanction import Addressee, SanctionKind
from .core.term import Term
from .core.versions import Version

if TYPE_CHECKING:
    from .render.i18n import Localizer

__all__ = [
    "COLUMNS",
    "MAX_DATES",
    "MAX_POINTS",
    "amend",
    "compare",
    "dates",
    "plot",
    "reform",
    "replace",
    "sweep",
    "sweep_rows",
]

#: The columns of a sweep after the swept fact.
COLUMNS = ("low", "high", "low_closed", "high_closed", "unit", "tier", "error")

#: The most values one sweep (or each side of a comparison) takes.
MAX_POINTS = 10**6
#: The most dates :func:`dates` gives.
MAX_DATES = 10**6

Bounds = tuple[Exact, Exact, bool, bool, str]


def _article_of(item: str | Article) -> Article:
    return item if isinstance(item, Article) else _article(item)


def _kind(value: str | SanctionKind) -> SanctionKind:
    return to_member(SanctionKind, value, "kind")


def _addressee(value: str | Addressee) -> Addressee:
    return to_member(Addressee, value, "addressee")


def _as_frame(value: Any) -> bool:
    """Whether to return a DataFrame: ``as_frame`` is True, False or None (pandas if installed)."""
    if value is not None and type(value) is not bool:
        raise InvalidFactError("as_frame", value, "True, False or None (a DataFrame when pandas is installed)")
    return value is True or (value is None and _has_pandas())


_VALUES = f"an iterable of the swept fact's values (a list, a range, whatif.dates(...)), at most {MAX_POINTS}"


def _points(values: Any) -> list[Any]:
    """The values of a sweep as a list, refusing what is not a bounded iterable of values."""
    if values is None or isinstance(values, (str, bytes, bytearray, Mapping)) or not isinstance(values, Iterable):
        raise InvalidFactError("values", values, _VALUES)
    if isinstance(values, Sized):
        try:
            size = len(values)
        except (TypeError, ValueError, OverflowError):
            raise InvalidFactError("values", values, _VALUES) from None
        if size > MAX_POINTS:
            raise InvalidFactError("values", f"{size} values", _VALUES)
    try:
        points = list(itertools.islice(values, MAX_POINTS + 1))
    except TypeError:
        raise InvalidFactError("values", values, _VALUES) from None
    if len(points) > MAX_POINTS:
        raise InvalidFactError("values", f"more than {MAX_POINTS} values", _VALUES)
    return points


def _normalise(value: Fraction) -> Exact:
    return value.numerator if value.denominator == 1 else value


def _quantity(value: Money | Term) -> tuple[Exact, str]:
    if isinstance(value, Money):
        return value.amount, value.currency
    return value.in_days, "day"


# -- the compiled path for illegal gains -------------------------------------------------------
def _scaled(g: Exact, lf: Exact, hf: Exact, currency: str) -> Bounds:
    return (_normalise(Fraction(g) * lf), _normalise(Fraction(g) * hf), True, True, currency)


def _piece_fn(shape: Shape, currency: str) -> Callable[[Exact], Bounds | None]:
    """``gains -> bounds`` for one piece of the plan's description of the sanction."""
    assert shape is not None
    if shape[0] == "const":
        value = shape[1]
        if value is None:
            return lambda g: None
        lo, unit = _quantity(value.low)
        hi, _ = _quantity(value.high)
        const = (lo, hi, value.low_closed, value.high_closed, unit)
        return lambda g: const
    lf, hf = shape[1], shape[2]
    low_closed, high_closed = linear_ends(shape)
    if not (low_closed and high_closed):
        return lambda g: (*_scaled(g, lf, hf, currency)[:2], low_closed, high_closed, currency)
    if type(lf) is int and type(hf) is int:
        return lambda g: (g * lf, g * hf, True, True, currency) if type(g) is int else _scaled(g, lf, hf, currency)
    return lambda g: _scaled(g, lf, hf, currency)


def _compile_gains(
    entry: Article, facts: Facts, kind: SanctionKind, addressee: Addressee, fact: str | None = None
) -> Callable[[Exact], Any]:
    """A function of positive whole gains (or of another amount ``fact``: a turnover) giving the
    bounds of the sanction, read from the plan.

    Raises :class:`~penalties.core.plan.NotCompilable` when the plan has no piecewise description.
    """
    currency = entry.act.facts_type.CURRENCY
    pieces = gains_pieces(entry, facts, kind, addressee, None if fact in (None, entry.act.gains_fact) else fact)
    starts = [start for start, _, _ in pieces]
    fns: list[Callable[[Exact], Bounds | None] | None] = [
        None if error is not None else _piece_fn(shape, currency) for _, shape, error in pieces
    ]
    if any(fn is None for start, fn in zip(starts, fns, strict=True) if start > 0):
        raise NotCompilable("the law gives no answer for some positive gains")
    if len(fns) == 1 or (len(fns) == 2 and starts[1] == 1):
        only = fns[-1]
        assert only is not None
        return only

    def piecewise(g: Exact) -> Any:
        fn = fns[bisect.bisect_right(starts, g) - 1]
        assert fn is not None
        return fn(g)

    return piecewise


# -- sweeps ------------------------------------------------------------------------------------
def _row_from(assessment: Any, kind: SanctionKind, addressee: Addressee) -> tuple[Any, ...]:
    sanction = assessment.find(kind, addressee)
    if sanction is None or sanction.range is None:
        return (None, None, None, None, None, assessment.tier, None)
    value = sanction.range
    low, unit = _quantity(value.low)
    high, _ = _quantity(value.high)
    return (low, high, value.low_closed, value.high_closed, unit, assessment.tier, None)


def _validated(entry: Article, facts: dict[str, Any], fact: str, value: Any, index: int) -> Facts:
    """The facts of one point, validated as ``assess()`` validates them (raises, naming the point)."""
    try:
        return entry.make_facts({**facts, fact: value})
    except PenaltiesError as error:
        error.add_note(f"sweep point {index}")
        raise


def _valid(entry: Article, facts: dict[str, Any], fact: str, value: Any) -> bool:
    try:
        entry.make_facts({**facts, fact: value})
    except PenaltiesError:
        return False
    return True


def _assessed(entry: Article, facts: Facts, kind: SanctionKind, addressee: Addressee) -> tuple[Any, ...]:
    """The row of one valid point; an error of the law (no answer there) is a row with its message."""
    try:
        assessment = entry.assess(facts)
    except PenaltiesError as error:
        return (None, None, None, None, None, None, str(error))
    return _row_from(assessment, kind, addressee)


def _columns(fact: str, values: list[Any], rows: list[tuple[Any, ...]]) -> dict[str, list[Any]]:
    data: dict[str, list[Any]] = {fact: values}
    for i, name in enumerate(COLUMNS):
        data[name] = [row[i] for row in rows]
    return data


def _sweep_columns(
    item: str | Article,
    fact: str,
    values: Iterable[Any],
    kind: str | SanctionKind,
    addressee: str | Addressee,
    facts: dict[str, Any],
) -> dict[str, list[Any]]:
    entry = _article_of(item)
    chosen_kind, chosen_addressee = _kind(kind), _addressee(addressee)
    names = entry.act.facts_type.field_names()
    if not isinstance(fact, str) or fact not in names:
        raise InvalidFactError("fact", fact, "a fact this act knows: " + ", ".join(names))
    if fact in facts:
        raise InvalidFactError(fact, facts[fact], "the swept fact is given by the values, not as a keyword")
    base = entry.make_facts(facts)  # the fixed facts, validated once
    points = _points(values)
    if fact == entry.act.gains_fact or fact in entry.act.facts_type.AMOUNT_FACTS:
        try:
            compiled = _compile_gains(entry, base, chosen_kind, chosen_addressee, fact)
        except NotCompilable:
            compiled = None
        if compiled is not None:
            data = _compiled_columns(entry, facts, base, fact, points, compiled, chosen_kind, chosen_addressee)
            if data is not None:
                return data
    rows = [
        _assessed(entry, _validated(entry, facts, fact, value, i), chosen_kind, chosen_addressee)
        for i, value in enumerate(points)
    ]
    return _columns(fact, points, rows)


def _first_invalid_whole(
    entry: Article, facts: dict[str, Any], fact: str, points: list[Any], fast: list[bool]
) -> int | None:
    """The first point among the whole positive gains that the facts validation refuses, or None.

    For a whole amount the validation is a range check, so the smallest and the largest values
    decide for all; when the largest is refused, a bisection over the distinct values finds the
    largest accepted one.
    """
    whole = [value for value, quick in zip(points, fast, strict=True) if quick]
    if not whole:
        return None
    low, high = min(whole), max(whole)
    if _valid(entry, facts, fact, low) and _valid(entry, facts, fact, high):
        return None
    if not _valid(entry, facts, fact, low):
        # The smallest is refused: validate in order; the scan stops at the first refusal at the latest.
        for index, (value, quick) in enumerate(zip(points, fast, strict=True)):
            if quick and not _valid(entry, facts, fact, value):
                return index
        return None  # pragma: no cover - the smallest value is among them
    distinct = sorted(set(whole))
    good, bad = 0, len(distinct) - 1  # distinct[good] is accepted, distinct[bad] refused
    while bad - good > 1:
        middle = (good + bad) // 2
        if _valid(entry, facts, fact, distinct[middle]):
            good = middle
        else:
            bad = middle
    top = distinct[good]
    return next(i for i, (value, quick) in enumerate(zip(points, fast, strict=True)) if quick and value > top)


def _compiled_columns(
    entry: Article,
    facts: dict[str, Any],
    base: Facts,
    fact: str,
    points: list[Any],
    compiled: Callable[[Exact], Any],
    kind: SanctionKind,
    addressee: Addressee,
) -> dict[str, list[Any]] | None:
    """The gains sweep through the compiled formula, or None for the point-by-point path.

    Zero or no gains go through the tree. Every value is validated first (see the module docstring).
    """
    try:
        entry.check_in_force(base.on)
    except PenaltiesError:
        return None  # every point is the same error row: the point-by-point path gives it
    fast = [type(value) is int and value > 0 for value in points]
    refused = _first_invalid_whole(entry, facts, fact, points, fast)
    special: dict[int, Facts] = {}
    gains: list[Exact]
    if refused is None and all(fast):
        gains = points
    else:
        gains = []
        for index, value in enumerate(points):
            if index == refused:
                _validated(entry, facts, fact, value, index)  # raises the facts validation's error
            if fast[index]:
                gains.append(value)
                continue
            made = _validated(entry, facts, fact, value, index)
            amount = getattr(made, fact)
            if amount is None or amount.amount == 0:
                # No gains: provisions that need gains change the result's shape; ask the tree.
                special[index] = made
                gains.append(1)  # a placeholder, overwritten below
            else:
                gains.append(amount.amount)
    tier = None
    positive = [i for i in range(len(points)) if i not in special] if special else range(len(points))
    if positive:
        # The compiled answer must be assess()'s at the first point and at the largest gains.
        largest = max(positive, key=gains.__getitem__)
        for index in dict.fromkeys((positive[0], largest)):
            row = _assessed(entry, _validated(entry, facts, fact, points[index], index), kind, addressee)
            bounds = compiled(gains[index])
            if row[6] is not None or row[:5] != (tuple(bounds) if bounds is not None else (None,) * 5):
                return None
            tier = row[5]
    currency_rows = list(map(compiled, gains))
    none = (None, None, None, None, None)
    rows = [none if b is None else b for b in currency_rows]
    lows = [b[0] for b in rows]
    highs = [b[1] for b in rows]
    low_closed = [b[2] for b in rows]
    high_closed = [b[3] for b in rows]
    units = [b[4] for b in rows]
    tiers: list[Any] = [tier] * len(points)
    errors: list[Any] = [None] * len(points)
    probe: dict[bool, tuple[Any, ...]] = {}
    for index, made in special.items():
        key = getattr(made, fact) is None
        if key not in probe:
            probe[key] = _assessed(entry, made, kind, addressee)
        row = probe[key]
        lows[index], highs[index], low_closed[index], high_closed[index] = row[0], row[1], row[2], row[3]
        units[index], tiers[index], errors[index] = row[4], row[5], row[6]
    return {
        fact: points,
        "low": lows,
        "high": highs,
        "low_closed": low_closed,
        "high_closed": high_closed,
        "unit": units,
        "tier": tiers,
        "error": errors,
    }


def sweep_rows(
    item: str | Article,
    fact: str,
    values: Iterable[Any],
    *,
    kind: str | SanctionKind = SanctionKind.FINE,
    addressee: str | Addressee = Addressee.OFFENDER,
    **facts: Any,
) -> list[dict[str, Any]]:
    """The sweep as a list of dicts (see the module docstring for the columns and the contract)."""
    data = _sweep_columns(item, fact, values, kind, addressee, facts)
    names = list(data)
    return [dict(zip(names, row, strict=True)) for row in zip(*data.values(), strict=True)]


def sweep(
    item: str | Article,
    fact: str,
    values: Iterable[Any],
    *,
    kind: str | SanctionKind = SanctionKind.FINE,
    addressee: str | Addressee = Addressee.OFFENDER,
    as_frame: bool | None = None,
    **facts: Any,
) -> Any:
    """Bounds of one sanction at each of ``values`` of ``fact``, the other ``facts`` fixed.

    Returns a pandas ``DataFrame`` when pandas is installed (``as_frame=None``, the default) or
    when ``as_frame=True`` (an ``ImportError`` without pandas), a list of dicts otherwise.
    """
    if not _as_frame(as_frame):
        return sweep_rows(item, fact, values, kind=kind, addressee=addressee, **facts)
    frame = _frame(_sweep_columns(item, fact, values, kind, addressee, facts))
    # What plot() names in its default title: the article and the date held fixed.
    entry = _article_of(item)
    frame.attrs.update(article=entry.id, fact=fact)
    if "on" in facts and fact != "on":
        try:
            frame.attrs["on"] = entry.make_facts({"on": facts["on"]}).on
        except PenaltiesError:
            pass
    return frame


def _frame(data: dict[str, list[Any]]) -> Any:
    """A DataFrame of the columns; a column with one value throughout is set at once (fast).

    A column of whole numbers that all fit ``int64`` is an ``int64`` column; every other column
    is an ``object`` column holding the values as they are (pandas would otherwise turn a column
    of ints and ``None`` into floats, and a bound above 2**53 into a wrong one).
    """
    try:
        import pandas as pd
    except ImportError as missing:
        raise ImportError(
            'penalties.whatif needs pandas for a DataFrame: pip install "penalties[whatif]" '
            "(or pass as_frame=False for a list of dicts)"
        ) from missing

    varying: dict[str, Any] = {}
    constant: dict[str, Any] = {}
    for name, column in data.items():
        if name in COLUMNS[4:] or (name.startswith("reform_") and name[7:] in COLUMNS[4:]):
            head = column[0] if column else None
            if all(item == head for item in column):
                constant[name] = head
                continue
        whole = bool(column) and all(type(item) is int and -(2**63) <= item < 2**63 for item in column)
        varying[name] = pd.Series(column, dtype="int64" if whole else object)
    frame = pd.DataFrame(varying)
    for name, value in constant.items():
        frame[name] = pd.Series([value], dtype=object).repeat(len(frame)).to_numpy()
    return frame[list(data)]


def _has_pandas() -> bool:
    import importlib.util

    return importlib.util.find_spec("pandas") is not None


def compare(
    current: str | Article,
    reformed: str | Article,
    fact: str,
    values: Iterable[Any],
    *,
    kind: str | SanctionKind = SanctionKind.FINE,
    addressee: str | Addressee = Addressee.OFFENDER,
    as_frame: bool | None = None,
    **facts: Any,
) -> Any:
    """The law as it is beside a reform: the sweep's columns, the reform's prefixed ``reform_``.

    Both articles must count money in one currency (the swept amounts mean the same on both
    sides): otherwise :class:`~penalties.core.errors.CurrencyMismatchError` naming ``reformed``.
    """
    now_entry, then_entry = _article_of(current), _article_of(reformed)
    now_currency = now_entry.act.facts_type.CURRENCY
    then_currency = then_entry.act.facts_type.CURRENCY
    if now_currency != then_currency:
        error = CurrencyMismatchError("reformed", then_entry.id, now_currency)
        error.add_note(
            f"{now_entry.id} counts money in {now_currency}, {then_entry.id} in {then_currency}: "
            "amounts in different currencies are never compared"
        )
        raise error
    frame = _as_frame(as_frame)
    points = _points(values)
    now = _sweep_columns(now_entry, fact, points, kind, addressee, facts)
    then = _sweep_columns(then_entry, fact, points, kind, addressee, facts)
    data = dict(now)
    for name in COLUMNS:
        data[f"reform_{name}"] = then[name]
    if not frame:
        names = list(data)
        return [dict(zip(names, row, strict=True)) for row in zip(*data.values(), strict=True)]
    return _frame(data)


# -- reforms -----------------------------------------------------------------------------------
def reform(item: str | Article, **changes: Any) -> Article:
    """The article with some fields changed (``attrs.evolve``): ``reform("cn.dsl.47", formula=...)``.

    Only the article's own fields are accepted, each checked: text fields take ``str``, ``formula``
    a formula node (amounts in the act's currency), ``act`` an :class:`~penalties.core.article.Act`,
    ``paragraph`` a whole number from 1, ``penal`` a bool, ``in_force_from`` / ``in_force_until`` a
    date (or ISO text; the first not after the second), ``extra_circumstances`` circumstances of
    the act, ``unread_facts`` facts of the act, ``rules`` a sequence of rules; a field without a
    check of its own takes a value of the type it holds now. Anything else raises
    ``InvalidFactError``.
    """
    entry = _article_of(item)
    fields = [str(field.alias) for field in attrs.fields(Article) if field.init]
    checked: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in fields:
            raise InvalidFactError(name, value, "a field of Article: " + ", ".join(fields))
        checked[name] = _ARTICLE_FIELDS.get(name, _same_type)(entry, name, value)
    act = checked.get("act", entry.act)
    start = checked.get("in_force_from", entry.in_force_from) or act.in_force_from
    end = checked.get("in_force_until", entry.in_force_until) or act.in_force_until
    if end is not None and start is not None and start > end:
        name = "in_force_until" if "in_force_until" in checked else "in_force_from"
        raise InvalidFactError(
            name, changes[name] if name in changes else end, f"a period from {start} to {end} the other way round"
        )
    if "formula" in checked or "act" in checked:
        _same_currency("formula", checked.get("formula", entry.formula), act.facts_type.CURRENCY)
    versions = checked.get("versions", entry.versions)
    if versions:
        _same_currency("versions", tuple(v.formula for v in versions), act.facts_type.CURRENCY)
        days = [v.in_force_from for v in versions] + [start]
        if any(earlier >= later for earlier, later in itertools.pairwise(days)):
            raise InvalidFactError(
                "versions", [d.isoformat() for d in days], "earlier texts oldest first, each before the next"
            )
    changed: Article = attrs.evolve(entry, **checked)
    return changed


def amend(item: str | Article, in_force_from: _dt.date | str, *, instrument: str = "", **changes: Any) -> Article:
    """A reform that makes a new text from ``in_force_from``: the article's text so far becomes
    its latest earlier version (so the act's time rule weighs the two), and ``changes`` (checked as
    :func:`reform` checks them: ``formula``, ``text``, ``gloss``...) make the new text.

    >>> import datetime
    >>> from penalties import article
    >>> new = amend("cn.dsl.47", "2030-01-01", instrument="a 2030 amendment")
    >>> [v.in_force_from.isoformat() for v in new.all_versions()]
    ['2021-09-01', '2030-01-01']
    """
    entry = _article_of(item)
    day = to_date(in_force_from, "in_force_from")  # a new text needs its own date (None is not one)
    return reform(entry, versions=entry.all_versions(), in_force_from=day, instrument=instrument, **changes)


def _text(entry: Article, name: str, value: Any) -> Any:
    if not isinstance(value, str) or (name == "id" and not value.strip()):
        raise InvalidFactError(name, value, "text (a non-empty str)" if name == "id" else "text (a str)")
    return value


def _optional_text(entry: Article, name: str, value: Any) -> Any:
    if value is not None and not isinstance(value, str):
        raise InvalidFactError(name, value, "text (a str) or None")
    return value


def _act(entry: Article, name: str, value: Any) -> Any:
    if not isinstance(value, Act):
        raise InvalidFactError(name, value, "an Act (penalties.Act)")
    return value


def _compiles(value: Any) -> bool:
    return callable(getattr(value, "compile", None)) or callable(getattr(value, "evaluate", None))


def _is_amount_formula(value: Any) -> bool:
    return not isinstance(value, type) and hasattr(value, "static") and _compiles(value)


def _is_node(value: Any) -> bool:
    return not isinstance(value, type) and _compiles(value) and not hasattr(value, "static")


def _formula(entry: Article, name: str, value: Any) -> Any:
    if value is not None and not _is_node(value):
        raise InvalidFactError(name, value, "a formula (a Provision, a group, Tiered ...) or None")
    return value


def _paragraph(entry: Article, name: str, value: Any) -> Any:
    if value is not None and (type(value) is not int or value < 1):
        raise InvalidFactError(name, value, "a whole number from 1, or None")
    return value


def _penal(entry: Article, name: str, value: Any) -> Any:
    if type(value) is not bool:
        raise InvalidFactError(name, value, "True or False")
    return value


def _texts(entry: Article, name: str, value: Any) -> Any:
    if not isinstance(value, (tuple, list)) or not all(isinstance(item, str) for item in value):
        raise InvalidFactError(name, value, "a tuple of texts (str)")
    return tuple(value)


def _rules(entry: Article, name: str, value: Any) -> Any:
    if not isinstance(value, (tuple, list)) or not all(
        callable(getattr(rule, "apply", None)) and not isinstance(rule, type) for rule in value
    ):
        raise InvalidFactError(name, value, "a tuple of rules (objects with an apply(article, evaluation) method)")
    return tuple(value)


def _day(entry: Article, name: str, value: Any) -> Any:
    return None if value is None else to_date(value, name)


def _extra(entry: Article, name: str, value: Any) -> Any:
    return to_enum_set(value, entry.act.facts_type.CIRCUMSTANCES, name)


def _fact_names(entry: Article, name: str, value: Any) -> Any:
    names = entry.act.facts_type.field_names()
    if not isinstance(value, (set, frozenset, list, tuple)) or not all(item in names for item in value):
        raise InvalidFactError(name, value, "a set of facts of the act: " + ", ".join(names))
    return frozenset(value)


def _versions(entry: Article, name: str, value: Any) -> Any:
    if not isinstance(value, (tuple, list)) or not all(isinstance(item, Version) for item in value):
        raise InvalidFactError(name, value, "a tuple of earlier texts (penalties.core.versions.Version), oldest first")
    return tuple(value)


def _same_type(entry: Article, name: str, value: Any) -> Any:
    """A field without a check of its own: a value of the type it holds now."""
    current = getattr(entry, name)
    if type(value) is not type(current):
        raise InvalidFactError(name, value, f"a {type(current).__name__}, as the field holds now")
    return value


_ARTICLE_FIELDS: dict[str, Callable[[Article, str, Any], Any]] = {
    "id": _text,
    "act": _act,
    "number": _text,
    "title": _text,
    "title_original": _text,
    "text": _text,
    "gloss": _text,
    "formula": _formula,
    "paragraph": _paragraph,
    "penal": _penal,
    "translation_notes": _texts,
    "rules": _rules,
    "in_force_from": _day,
    "in_force_until": _day,
    "extra_circumstances": _extra,
    "clause": _optional_text,
    "note": _optional_text,
    "unread_facts": _fact_names,
    "versions": _versions,
    "instrument": _text,
}

_MAX_DEPTH = 200


def _moneys(node: Any, depth: int = 0) -> Iterable[Money]:
    """Every :class:`Money` inside ``node`` (attrs fields and tuples, not the act)."""
    if depth > _MAX_DEPTH:
        raise InvalidFactError("new", "a tree deeper than 200 levels", f"a formula at most {_MAX_DEPTH} levels deep")
    if isinstance(node, Money):
        yield node
    elif isinstance(node, (tuple, frozenset)):
        for item in node:
            yield from _moneys(item, depth + 1)
    elif attrs.has(type(node)) and not isinstance(node, (type, Act)):
        for field in attrs.fields(type(node)):
            if field.eq:
                yield from _moneys(getattr(node, field.name), depth + 1)


def _same_currency(field: str, node: Any, currency: str) -> None:
    for money in _moneys(node):
        if money.currency != currency:
            raise CurrencyMismatchError(field, money, currency)


def _check_replacement(root: Any, old: Any, new: Any) -> None:
    """``new`` must fit wherever ``old`` stands: the same kind of part, amounts in one currency."""
    if old is None or isinstance(old, (bool, type)):
        raise InvalidFactError("old", old, "a part of the formula: a node, an amount, a range or a number")
    if isinstance(old, Money):
        if isinstance(new, Money) and new.currency != old.currency:
            raise CurrencyMismatchError("new", new, old.currency)
        ok = isinstance(new, Money)
        expected = f"a Money in {old.currency}"
    elif isinstance(old, Interval):
        ok = isinstance(new, Interval) and type(new.low) is type(old.low) and type(new.high) is type(old.high)
        expected = f"an Interval of {type(old.low).__name__}"
    elif isinstance(old, Term):
        ok = isinstance(new, Term)
        expected = "a Term"
    elif isinstance(old, (int, Fraction)):
        ok = isinstance(new, (int, Fraction)) and not isinstance(new, bool)
        expected = "an exact number (int or Fraction)"
    elif _is_amount_formula(old):
        ok = _is_amount_formula(new)
        expected = "an amount formula (FixedRange, GainsMultiple, GainsBelow, ...)"
    elif _is_node(old):
        ok = _is_node(new)
        expected = "a formula node (a Provision, a group, Tiered, ...)"
    else:
        ok = isinstance(new, type(old))
        expected = f"a {type(old).__name__}"
    if not ok:
        raise InvalidFactError("new", new, expected)
    if isinstance(root, Article):
        _same_currency("new", new, root.act.facts_type.CURRENCY)
    else:
        for money in _moneys(old):
            _same_currency("new", new, money.currency)
            break


def replace(item: str | Article | Any, old: Any, new: Any) -> Any:
    """``item`` with every part equal to ``old`` replaced by ``new``, anywhere in its tree.

    >>> from penalties.core.formula import GainsMultiple
    >>> doubled = replace("cn.dsl.47", GainsMultiple(1, 10), GainsMultiple(2, 20))

    Works on an article, a formula or any node (frozen attrs classes and tuples). Raises
    :class:`~penalties.core.errors.InvalidFactError` when ``old`` occurs nowhere (so a mistyped
    figure is not a silent no-op), when ``new`` cannot stand where ``old`` stands (an amount
    formula for an amount formula, a node for a node, a number for a number), and
    :class:`~penalties.core.errors.CurrencyMismatchError` when ``new`` holds an amount in another
    currency than the article's.
    """
    root = _article(item) if isinstance(item, str) else item
    _check_replacement(root, old, new)
    found = [0]
    result = _replace(root, old, new, found, 0)
    if not found[0]:
        where = root.id if isinstance(root, Article) else type(root).__name__
        raise InvalidFactError("old", old, f"a part of {where}: it does not occur there")
    return result


def _replace(node: Any, old: Any, new: Any, found: list[int], depth: int) -> Any:
    if depth > _MAX_DEPTH:
        raise InvalidFactError("item", "a tree deeper than 200 levels", f"a formula at most {_MAX_DEPTH} levels deep")
    if type(node) is type(old) and node == old:
        found[0] += 1
        return new
    if isinstance(node, tuple):
        items = tuple(_replace(item, old, new, found, depth + 1) for item in node)
        return items if any(a is not b for a, b in zip(items, node, strict=True)) else node
    if isinstance(node, (frozenset, set, dict, str, int, Fraction, bool)) or node is None:
        return node
    if attrs.has(type(node)) and not isinstance(node, (Money, Term, Interval, type)):
        changes = {}
        for field in attrs.fields(type(node)):
            if not field.init or not field.eq:
                continue
            value = getattr(node, field.name)
            replaced = _replace(value, old, new, found, depth + 1)
            if replaced is not value:
                changes[field.alias] = replaced
        if changes:
            return attrs.evolve(node, **changes)
    return node


# -- helpers -----------------------------------------------------------------------------------
def dates(start: _dt.date | str, end: _dt.date | str, step_days: int = 1) -> list[_dt.date]:
    """Every ``step_days``-th day from ``start`` to ``end`` inclusive (ISO text or dates).

    ``end`` must not be before ``start``, ``step_days`` is a whole number from 1, and the list
    holds at most :data:`MAX_DATES` dates; anything else raises ``InvalidFactError``.
    """
    first = to_date(start, "start")
    last = to_date(end, "end")
    if isinstance(step_days, bool) or not isinstance(step_days, numbers.Integral) or step_days < 1:
        raise InvalidFactError("step_days", step_days, "a whole number of days, 1 or more")
    if last < first:
        raise InvalidFactError("end", end, f"a date on or after start ({first.isoformat()})")
    step = int(step_days)
    count = (last - first).days // step + 1
    if count > MAX_DATES:
        raise InvalidFactError(
            "step_days",
            step_days,
            f"a step giving at most {MAX_DATES} dates from {first} to {last} (this gives {count})",
        )
    return [first + _dt.timedelta(days=i * step) for i in range(count)]


def plot(
    table: Any,
    fact: str | None = None,
    *,
    ax: Any = None,
    label: str | None = None,
    reform: bool = False,
    locale: str | FromContext = FROM_CONTEXT,
    title: str | None = None,
) -> Any:
    """Draw the range (``low`` to ``high``) against the fact; returns the matplotlib ``Axes``.

    ``table`` is what :func:`sweep` or :func:`compare` returned (a DataFrame or rows). With
    ``reform=True`` (a :func:`compare` table) the reform's range is drawn too. Bounds become
    floats here, and only here. The table is checked first: the fact's values must be exact
    numbers, dates or texts (drawn as categories), the bounds exact numbers or ``None``.

    How it reads:

    - amounts on both axes are grouped the locale's way (``2,500,000``; ``۲٬۵۰۰٬۰۰۰``), never in
      scientific notation;
    - against dates (or Solar Hijri date texts) the range is drawn as steps: the law changes on a
      decree's date and holds until the next one, it does not slope between them;
    - labels, the legend and the title are in ``locale`` (default: the one chosen with
      :func:`penalties.in_locale`, else English); Persian and Arabic labels are shaped and
      ordered for matplotlib, which lays text out left to right, when ``arabic-reshaper`` and
      ``python-bidi`` are installed (both are in the ``plot`` extra);
    - the default title names the article and the date of a :func:`sweep` DataFrame (``title=``
      replaces it; ``title=""`` draws none).
    """
    from .render.i18n import localizer
    from .render.text import fact_label

    if type(reform) is not bool:
        raise InvalidFactError("reform", reform, "True or False")
    if label is not None and not isinstance(label, str):
        raise InvalidFactError("label", label, "text (a str) or None")
    if title is not None and not isinstance(title, str):
        raise InvalidFactError("title", title, "text (a str) or None")
    if ax is not None and not all(
        callable(getattr(ax, name, None)) for name in ("plot", "fill_between", "set_xlabel", "set_ylabel", "legend")
    ):
        raise InvalidFactError("ax", ax, "a matplotlib Axes, or None for a new figure")
    loc = localizer(locale_or_context(locale))
    columns = _as_columns(table)
    if fact is None:
        fact = next(iter(columns))
    elif not isinstance(fact, str) or fact not in columns:
        raise InvalidFactError("fact", fact, "a column of the table: " + ", ".join(map(str, columns)))
    wanted = "a table from compare() (reform=True draws the reform)" if reform else _TABLE
    bounds: dict[str, list[float | None]] = {}
    for name in ("low", "high", "reform_low", "reform_high") if reform else ("low", "high"):
        if name not in columns:
            raise InvalidFactError("table", f"a table without a {name!r} column", wanted)
        for value in columns[name]:
            if value is not None and (isinstance(value, bool) or not isinstance(value, numbers.Rational)):
                raise InvalidFactError("table", value, f"exact bounds in {name!r}: int, Fraction or None")
        bounds[name] = [None if value is None else _drawable(value, name) for value in columns[name]]
    xs_all = _plottable(fact, columns[fact])

    try:
        import matplotlib.pyplot as plt
        from matplotlib.ticker import FuncFormatter
    except ImportError as missing:
        raise ImportError('penalties.whatif.plot needs matplotlib: pip install "penalties[plot]"') from missing

    shape = _shaper(loc.rtl)
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 4))
    # Dates, and texts such as Solar Hijri dates, are points where the law may change: steps.
    stepped = not xs_all or not isinstance(xs_all[0], float)
    unit = next((u for u in columns.get("unit", []) if isinstance(u, str) and u), "")
    series = [("", label or loc.gettext(N_("law in force")))]
    if reform:
        series.append(("reform_", loc.gettext(N_("reform"))))
    for prefix, name in series:
        xs, lows, highs = [], [], []
        for x, low, high in zip(xs_all, bounds[f"{prefix}low"], bounds[f"{prefix}high"], strict=True):
            if low is None or high is None:
                continue
            xs.append(x)
            lows.append(low)
            highs.append(high)
        style = "steps-post" if stepped else "default"
        high_label = shape(loc.fill(N_("{series}: upper bound"), series=name))
        low_label = shape(loc.fill(N_("{series}: lower bound"), series=name))
        line = ax.plot(xs, highs, label=high_label, drawstyle=style)[0]
        ax.plot(xs, lows, color=line.get_color(), linestyle="--", label=low_label, drawstyle=style)
        ax.fill_between(xs, lows, highs, color=line.get_color(), alpha=0.15, step="post" if stepped else None)

    def amount(value: float, _position: Any = None) -> str:
        return shape(loc.number(round(value))) if abs(value) < 1e30 else ""

    ax.yaxis.set_major_formatter(FuncFormatter(amount))
    if xs_all and isinstance(xs_all[0], float):
        ax.xaxis.set_major_formatter(FuncFormatter(amount))
    elif xs_all and isinstance(xs_all[0], _dt.date):
        import matplotlib.dates as mdates

        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _position=None: shape(loc.digits(_iso_day(value)))))
        ax.figure.autofmt_xdate()
    ax.set_xlabel(shape(fact_label(fact, loc)))
    ax.set_ylabel(shape(_unit_name(unit, loc)))
    heading = title if title is not None else _default_title(table, loc)
    if heading:
        ax.set_title(shape(heading))
    ax.legend()
    ax.grid(True, alpha=0.3)
    return ax


def _shaper(rtl: bool) -> Callable[[str], str]:
    """Text as matplotlib should draw it: Persian and Arabic shaped and in visual order."""
    from .render.bidi import strip_isolates

    if not rtl:
        return strip_isolates
    try:
        import arabic_reshaper
        from bidi.algorithm import get_display
    except ImportError:  # drawn unshaped: legible letters, but not joined
        return strip_isolates
    return lambda text: str(get_display(arabic_reshaper.reshape(strip_isolates(text))))


def _iso_day(number: float) -> str:
    """The ISO day of a matplotlib date number (the tick label of a date axis)."""
    import matplotlib.dates as mdates

    return str(mdates.num2date(number).date().isoformat())  # type: ignore[no-untyped-call]


def _unit_name(unit: str, loc: Localizer) -> str:
    """The y axis: the currency's name in the locale (CLDR), or the unit of a term."""
    if unit in CURRENCIES:
        from babel.numbers import get_currency_name

        return str(get_currency_name(unit, locale=loc.babel))
    return loc.gettext(N_("days")) if unit == "day" else unit


def _default_title(table: Any, loc: Localizer) -> str:
    """``PRC Data Security Law, Art 47, on May 1, 2024`` from a sweep DataFrame's ``attrs``."""
    found = getattr(table, "attrs", None)
    if not isinstance(found, Mapping) or not isinstance(found.get("article"), str):
        return ""
    try:
        citation = loc.citation(_article(found["article"]).basis)
    except PenaltiesError:
        return ""
    on = found.get("on")
    if isinstance(on, _dt.date):
        return loc.fill(N_("{citation}, on {date}"), citation=citation, date=loc.date(on))
    return citation


def _drawable(value: Any, column: str) -> float:
    """An exact number as a float for drawing; one beyond the range of floats is refused."""
    try:
        return float(value)
    except OverflowError:
        raise InvalidFactError("table", value, f"values of {column!r} that a plot can draw (below 10**308)") from None


def _plottable(fact: str, values: Sequence[Any]) -> list[Any]:
    """The fact's values for the x axis: all dates, all exact numbers (as floats), or all texts."""
    expected = f"values of {fact!r} to draw against: all dates, all exact numbers, or all texts"
    if all(isinstance(x, _dt.date) for x in values):
        return list(values)
    xs: list[Any] = []
    for x in values:
        if isinstance(x, numbers.Rational) and not isinstance(x, bool):
            xs.append(_drawable(x, fact))
        elif isinstance(x, (Decimal, str)):
            try:
                number = exact(x, "table")
            except PenaltiesError:
                if isinstance(x, str) and all(isinstance(v, str) for v in values):
                    return list(values)  # texts such as Solar Hijri dates: drawn as categories
                raise InvalidFactError("table", x, expected) from None
            xs.append(_drawable(number, fact))
        else:
            raise InvalidFactError("table", x, expected)
    return xs


_TABLE = "a table from sweep() or compare(): a DataFrame, or a non-empty list of dicts with one set of keys"


def _as_columns(table: Any) -> dict[str, Sequence[Any]]:
    columns: dict[str, Sequence[Any]]
    if hasattr(table, "columns") and hasattr(table, "to_dict") and not isinstance(table, type):
        try:
            columns = {str(name): list(table[name]) for name in table.columns}
        except Exception:
            raise InvalidFactError("table", table, _TABLE) from None
    else:
        if table is None or isinstance(table, (str, bytes, Mapping)) or not isinstance(table, Iterable):
            raise InvalidFactError("table", table, _TABLE)
        try:
            rows = list(itertools.islice(table, MAX_POINTS * 2 + 1))
        except TypeError:  # iterable by its type, not in fact (a 0-d numpy array)
            raise InvalidFactError("table", table, _TABLE) from None
        if len(rows) > MAX_POINTS * 2 or not all(isinstance(row, Mapping) for row in rows):
            raise InvalidFactError("table", table, _TABLE)
        keys = list(rows[0]) if rows else []
        if not rows or any(list(row) != keys for row in rows):
            raise InvalidFactError("table", table, _TABLE)
        columns = {str(name): [row[name] for row in rows] for name in keys}
    if not columns or not all(len(column) for column in columns.values()):
        raise InvalidFactError("table", table, _TABLE)
    return columns


# -- sentencing options ------------------------------------------------------------------------
__all__ += ["sweep_adjustments"]


def sweep_adjustments(
    item: str | Article,
    fact: str,
    values: Iterable[Any],
    *,
    kind: str | SanctionKind | None = None,
    **facts: Any,
) -> list[dict[str, Any]]:
    """The sentencing options at each of ``values`` of ``fact``, the other ``facts`` fixed.

    One row per option and point: the fact, ``rule``, ``direction``, ``modality``, and the option's
    range of ``kind`` (default: its first range) as ``low``, ``high``, ``low_closed``,
    ``high_closed`` (exact; ``None`` when the option has no range), ``unit`` as in :func:`sweep`.
    A point without options gives one row whose ``rule`` is ``None``. Each point is exactly
    ``assess()`` for the same facts (its adjustments); values are validated as ``assess()`` does.

    >>> rows = sweep_adjustments("cn.cl.253-1", "surrender", [False, True],
    ...                          circumstances={"especially_serious"}, on="2024-01-01")
    >>> [(r["surrender"], r["rule"]) for r in rows]      # CL Art 63 para 2 at every point
    [(False, 'cn.cl.63.2'), (True, 'cn.cl.67.1'), (True, 'cn.cl.67.1'), (True, 'cn.cl.67.1'), (True, 'cn.cl.63.2')]
    >>> [r["direction"] for r in rows[1:4]]
    ['lighter', 'mitigated', 'exempt']
    >>> rows[2]["high"], rows[2]["high_closed"], rows[2]["unit"]   # Art 63: under 3 years (1,080 days)
    (1080, False, 'day')
    """
    entry = _article_of(item)
    wanted = None if kind is None else _kind(kind)
    points = _points(values)
    if fact in facts:
        raise InvalidFactError(fact, facts[fact], "the swept fact only in values, not also among the fixed facts")
    rows: list[dict[str, Any]] = []
    for index, value in enumerate(points):
        try:
            assessment = entry.assess(**{**facts, fact: value})
        except PenaltiesError as error:
            error.add_note(f"at point {index} of the sweep ({fact}={value!r})")
            raise
        if not assessment.adjustments:
            rows.append({fact: value, "rule": None, "direction": None, "modality": None, **_no_bounds()})
        for option in assessment.adjustments:
            span = None
            for candidate in option.ranges:
                if wanted is None or candidate.kind is wanted:
                    span = candidate.range
                    break
            row: dict[str, Any] = {
                fact: value,
                "rule": option.rule,
                "direction": option.direction.value,
                "modality": option.modality.value,
            }
            if span is None:
                row.update(_no_bounds())
            else:
                low, unit = _quantity(span.low)
                high, _ = _quantity(span.high)
                row.update(low=low, high=high, low_closed=span.low_closed, high_closed=span.high_closed, unit=unit)
            rows.append(row)
    return rows


def _no_bounds() -> dict[str, Any]:
    return {"low": None, "high": None, "low_closed": None, "high_closed": None, "unit": None}

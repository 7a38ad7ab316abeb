"""What-if analysis: sweep one fact over a range, compare a reform with the law as it is, plot.

>>> from penalties import whatif
>>> rows = whatif.sweep("cn.dsl.47", "illegal_gains", range(0, 300_001, 50_000), on="2024-05-01", as_frame=False)
>>> [(r["illegal_gains"], r["low"], r["high"]) for r in rows][:3]
[(0, 100000, 1000000), (50000, 100000, 1000000), (100000, 100000, 1000000)]

- :func:`sweep` evaluates one sanction (``kind``, default the fine; ``addressee``, default the
  offender) at each value of one fact (``illegal_gains``, ``on``, or any fact of the act such as
  an item count or the occurrence), the other facts fixed. It returns a pandas ``DataFrame`` when
  pandas is installed (``pip install "penalties[whatif]"``) and a list of dicts otherwise.
- :func:`compare` does the same for the law as it is and for a reformed article, side by side.
- :func:`reform` and :func:`replace` make a reformed article with ``attrs.evolve``: change any
  figure of the formula (a range, a multiple, a threshold) and keep the rest.
- :func:`plot` draws the range against the fact (matplotlib, ``pip install "penalties[plot]"``).

Columns: the fact, ``low`` and ``high`` (exact: ``int`` or ``Fraction``; an amount in the act's
currency, or a term in days under the library's convention 1 year = 12 months = 360 days),
``low_closed`` and ``high_closed`` (whether each end is included), ``unit`` (the currency or
``"day"``), ``tier``, and ``error`` (the message when the law gives no answer at that point, e.g.
a multiple of zero gains; the bounds are then ``None``). A point where the sanction does not
apply (no persons' fine for an individual) has ``None`` bounds and no error.

Exactness and speed: sweeping ``illegal_gains`` compiles the article's formula for the chosen
sanction once and evaluates only that (a comparison and two exact multiplications per point), so
a million points take about a second; each point equals ``assess(...)`` for the same facts, which
the test suite checks. Articles with act-wide rules or formula nodes the compiler does not know,
zero gains, and every other fact are evaluated point by point through ``Article.assess``: slower,
equally exact. Floats never enter until :func:`plot` draws.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction
from typing import Any

import attrs

from .catalog import article as _article
from .core.article import Article
from .core.errors import InvalidFactError, PenaltiesError
from .core.facts import Facts, OffenderKind
from .core.formula import (
    AllOf,
    AnyOf,
    FixedRange,
    GainsAmount,
    GainsBelow,
    GainsMultiple,
    IfGainsBelow,
    Note,
    OneOf,
    Provision,
    Reading,
    Tiered,
)
from .core.interval import Interval
from .core.money import Exact, Money
from .core.sanction import Addressee, SanctionKind
from .core.term import Term

__all__ = ["COLUMNS", "compare", "dates", "plot", "reform", "replace", "sweep", "sweep_rows"]

#: The columns of a sweep after the swept fact.
COLUMNS = ("low", "high", "low_closed", "high_closed", "unit", "tier", "error")

Bounds = tuple[Exact, Exact, bool, bool]
_GROUPS = (AllOf, AnyOf, OneOf)


def _article_of(item: str | Article) -> Article:
    return item if isinstance(item, Article) else _article(item)


def _kind(value: str | SanctionKind) -> SanctionKind:
    if isinstance(value, SanctionKind):
        return value
    try:
        return SanctionKind(value)
    except ValueError:
        raise InvalidFactError("kind", value, "one of " + ", ".join(k.value for k in SanctionKind)) from None


def _addressee(value: str | Addressee) -> Addressee:
    if isinstance(value, Addressee):
        return value
    try:
        return Addressee(value)
    except ValueError:
        raise InvalidFactError("addressee", value, "'offender' or 'responsible_persons'") from None


def _normalise(value: Fraction) -> Exact:
    return value.numerator if value.denominator == 1 else value


def _quantity(value: Money | Term) -> tuple[Exact, str]:
    if isinstance(value, Money):
        return value.amount, value.currency
    return value.in_days, "day"


# -- the compiled path for illegal gains -------------------------------------------------------
class _NotCompilable(Exception):
    pass


def _amount_fn(amount: Any) -> Callable[[Exact], Bounds | None]:
    """``gains -> bounds`` for an amount formula, or :class:`_NotCompilable`."""
    if amount is None:
        return lambda g: None
    kind = type(amount)
    if kind is FixedRange:
        value = amount.range
        if not isinstance(value.low, Money):
            lo, hi = _quantity(value.low)[0], _quantity(value.high)[0]
        else:
            lo, hi = value.low.amount, value.high.amount
        const = (lo, hi, value.low_closed, value.high_closed)
        return lambda g: const
    if kind is GainsMultiple:
        lf, hf = amount.low_factor, amount.high_factor
        if type(lf) is int and type(hf) is int:
            return lambda g: (g * lf, g * hf, True, True) if type(g) is int else _scaled(g, lf, hf)
        return lambda g: _scaled(g, lf, hf)
    if kind is GainsBelow:
        threshold = amount.threshold.amount
        below, otherwise = _amount_fn(amount.below), _amount_fn(amount.otherwise)
        return lambda g: below(g) if g < threshold else otherwise(g)
    if kind is GainsAmount:
        return lambda g: (g, g, True, True)
    raise _NotCompilable(kind.__name__)


def _scaled(g: Exact, lf: Exact, hf: Exact) -> Bounds:
    return (_normalise(Fraction(g) * lf), _normalise(Fraction(g) * hf), True, True)


def _candidates(
    nodes: Iterable[Any], facts: Facts, kind: SanctionKind, addressee: Addressee, below: tuple[Exact, ...]
) -> list[tuple[tuple[Exact, ...], Provision]]:
    found: list[tuple[tuple[Exact, ...], Provision]] = []
    for node in nodes:
        kind_of = type(node)
        if kind_of is Provision:
            if node.kind is kind and node.addressee is addressee:
                found.append((below, node))
        elif kind_of in _GROUPS:
            found.extend(_candidates(node.members, facts, kind, addressee, below))
        elif kind_of is Note:
            continue
        elif kind_of is Reading:
            found.extend(_candidates(node.chosen(facts.readings)[1], facts, kind, addressee, below))  # type: ignore[attr-defined]
        elif kind_of is IfGainsBelow:
            more = (*below, node.threshold.amount)
            found.extend(_candidates(node.nodes, facts, kind, addressee, more))
        else:
            raise _NotCompilable(type(node).__name__)
    return found


def _compile_gains(entry: Article, facts: Facts, kind: SanctionKind, addressee: Addressee) -> Callable[[Exact], Any]:
    """A function of positive gains giving the bounds of the first matching sanction, or None."""
    if entry.rules or entry.formula is None:
        raise _NotCompilable("act-wide rules")
    formula = entry.formula
    # Exact types only: a subclass (a tier chosen from amounts, say) may depend on the gains.
    body = formula.select(facts.circumstances).body if type(formula) is Tiered else (formula,)
    found = _candidates(body, facts, kind, addressee, ())
    candidates = [(below, _amount_fn(p.amount), p.amount is None) for below, p in found]
    if addressee is Addressee.RESPONSIBLE_PERSONS and facts.offender is OffenderKind.INDIVIDUAL:
        return lambda g: None
    if not candidates:
        return lambda g: None
    if len(candidates) == 1 and not candidates[0][0]:
        only = candidates[0][1]
        return only

    def first(g: Exact) -> Any:
        for below, fn, _ in candidates:
            if all(g < t for t in below):
                return fn(g)
        return None

    return first


# -- sweeps ------------------------------------------------------------------------------------
def _row_from(assessment: Any, kind: SanctionKind, addressee: Addressee) -> tuple[Any, ...]:
    sanction = assessment.find(kind, addressee)
    if sanction is None or sanction.range is None:
        return (None, None, None, None, None, assessment.tier, None)
    value = sanction.range
    low, unit = _quantity(value.low)
    high, _ = _quantity(value.high)
    return (low, high, value.low_closed, value.high_closed, unit, assessment.tier, None)


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
    if fact in facts:
        raise InvalidFactError(fact, facts[fact], "the swept fact is given by the values, not as a keyword")
    names = entry.act.facts_type.field_names()
    if fact not in names:
        raise InvalidFactError("fact", fact, "a fact this act knows: " + ", ".join(names))
    points = list(values)
    base = entry.make_facts(facts)
    rows: list[tuple[Any, ...]] = []
    compiled = None
    if fact == "illegal_gains":
        try:
            compiled = _compile_gains(entry, base, chosen_kind, chosen_addressee)
        except _NotCompilable:
            compiled = None
    if compiled is not None:
        return _compiled_columns(entry, base, fact, points, compiled, chosen_kind, chosen_addressee)
    for value in points:
        rows.append(_point(entry, base, fact, value, chosen_kind, chosen_addressee))
    return _columns(fact, points, rows)


def _compiled_columns(
    entry: Article,
    base: Facts,
    fact: str,
    points: list[Any],
    compiled: Callable[[Exact], Any],
    kind: SanctionKind,
    addressee: Addressee,
) -> dict[str, list[Any]]:
    """The gains sweep through the compiled formula; zero or no gains go through the tree."""
    entry.check_in_force(base.on)
    currency = entry.act.facts_type.CURRENCY
    gains: list[Exact] = []
    special: dict[int, tuple[Any, ...]] = {}
    probe: dict[bool, tuple[Any, ...]] = {}
    for index, value in enumerate(points):
        if type(value) is int and value > 0:
            gains.append(value)
            continue
        g = 0 if value is None else Money.of(value, currency, "illegal_gains").amount
        if g < 0:
            raise InvalidFactError("illegal_gains", value, "zero or more (use None or 0 for no gains)")
        if g == 0:
            # No gains: provisions that need gains change the result's shape; ask the tree.
            key = value is None
            if key not in probe:
                probe[key] = _point(entry, base, fact, value, kind, addressee)
            special[index] = probe[key]
            gains.append(1)  # placeholder, overwritten below
        else:
            gains.append(g)
    tier = None
    first = next((i for i in range(len(points)) if i not in special), None)
    if first is not None:
        tier = _point(entry, base, fact, points[first], kind, addressee)[5]
    bounds = list(map(compiled, gains))
    lows = [b[0] if b is not None else None for b in bounds]
    highs = [b[1] if b is not None else None for b in bounds]
    low_closed = [b[2] if b is not None else None for b in bounds]
    high_closed = [b[3] if b is not None else None for b in bounds]
    units = [currency if b is not None else None for b in bounds]
    tiers = [tier] * len(points)
    errors: list[Any] = [None] * len(points)
    for index, row in special.items():
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


def _point(
    entry: Article, base: Facts, fact: str, value: Any, kind: SanctionKind, addressee: Addressee
) -> tuple[Any, ...]:
    # An invalid value (a negative amount, a malformed date) raises; a point where the law gives
    # no answer (a multiple of zero gains, a date outside the article's force) is a row with an error.
    facts = attrs.evolve(base, **{fact: value})
    try:
        assessment = entry.assess(facts)
    except PenaltiesError as error:
        return (None, None, None, None, None, None, str(error))
    return _row_from(assessment, kind, addressee)


def sweep_rows(
    item: str | Article,
    fact: str,
    values: Iterable[Any],
    *,
    kind: str | SanctionKind = SanctionKind.FINE,
    addressee: str | Addressee = Addressee.OFFENDER,
    **facts: Any,
) -> list[dict[str, Any]]:
    """The sweep as a list of dicts (see the module docstring for the columns)."""
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
    if as_frame is False or (as_frame is None and not _has_pandas()):
        return sweep_rows(item, fact, values, kind=kind, addressee=addressee, **facts)
    return _frame(_sweep_columns(item, fact, values, kind, addressee, facts))


def _frame(data: dict[str, list[Any]]) -> Any:
    """A DataFrame of the columns; a column with one value throughout is set at once (fast)."""
    import pandas as pd

    varying: dict[str, list[Any]] = {}
    constant: dict[str, Any] = {}
    for name, column in data.items():
        if name in COLUMNS[4:] or (name.startswith("reform_") and name[7:] in COLUMNS[4:]):
            head = column[0] if column else None
            if all(item == head for item in column):
                constant[name] = head
                continue
        varying[name] = column
    frame = pd.DataFrame(varying)
    for name, value in constant.items():
        frame[name] = pd.Series([value], dtype=object).repeat(len(frame)).to_numpy()
    return frame[list(data)]


def _has_pandas() -> bool:
    import importlib.util

    return importlib.util.find_spec("pandas") is not None


def compare(
    current: str | Article,
    reformed: Article,
    fact: str,
    values: Iterable[Any],
    *,
    kind: str | SanctionKind = SanctionKind.FINE,
    addressee: str | Addressee = Addressee.OFFENDER,
    as_frame: bool | None = None,
    **facts: Any,
) -> Any:
    """The law as it is beside a reform: the sweep's columns, the reform's prefixed ``reform_``."""
    points = list(values)
    now = _sweep_columns(current, fact, points, kind, addressee, facts)
    then = _sweep_columns(reformed, fact, points, kind, addressee, facts)
    data = dict(now)
    for name in COLUMNS:
        data[f"reform_{name}"] = then[name]
    if as_frame is False or (as_frame is None and not _has_pandas()):
        names = list(data)
        return [dict(zip(names, row, strict=True)) for row in zip(*data.values(), strict=True)]
    return _frame(data)


# -- reforms -----------------------------------------------------------------------------------
def reform(item: str | Article, **changes: Any) -> Article:
    """The article with some fields changed (``attrs.evolve``): ``reform("cn.dsl.47", formula=...)``."""
    changed: Article = _fresh(_article_of(item), changes)
    return changed


def replace(item: str | Article | Any, old: Any, new: Any) -> Any:
    """``item`` with every part equal to ``old`` replaced by ``new``, anywhere in its tree.

    >>> from penalties.core.formula import GainsMultiple
    >>> doubled = replace("cn.dsl.47", GainsMultiple(1, 10), GainsMultiple(2, 20))

    Works on an article, a formula or any node (frozen attrs classes and tuples); raises
    ``ValueError`` when ``old`` occurs nowhere, so a mistyped figure is not a silent no-op.
    """
    root = _article(item) if isinstance(item, str) else item
    found = [0]
    result = _replace(root, old, new, found)
    if not found[0]:
        raise ValueError(f"{old!r} does not occur in {getattr(root, 'id', root)!r}")
    return result


def _replace(node: Any, old: Any, new: Any, found: list[int]) -> Any:
    if type(node) is type(old) and node == old:
        found[0] += 1
        return new
    if isinstance(node, tuple):
        items = tuple(_replace(item, old, new, found) for item in node)
        return items if any(a is not b for a, b in zip(items, node, strict=True)) else node
    if isinstance(node, (frozenset, set, dict, str, int, Fraction, bool)) or node is None:
        return node
    if attrs.has(type(node)) and not isinstance(node, (Money, Term, Interval, type)):
        changes = {}
        for field in attrs.fields(type(node)):
            if not field.init or not field.eq:
                continue
            value = getattr(node, field.name)
            replaced = _replace(value, old, new, found)
            if replaced is not value:
                changes[field.alias] = replaced
        if changes:
            return _fresh(node, changes)
    return node


def _fresh(node: Any, changes: dict[str, Any]) -> Any:
    """``attrs.evolve`` that gives caches (fields outside equality with a factory) fresh values."""
    for field in attrs.fields(type(node)):
        if field.init and not field.eq and isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            changes.setdefault(field.alias, field.default.factory())
    return attrs.evolve(node, **changes)


# -- helpers -----------------------------------------------------------------------------------
def dates(start: _dt.date | str, end: _dt.date | str, step_days: int = 1) -> list[_dt.date]:
    """Every ``step_days``-th day from ``start`` to ``end`` inclusive (ISO text or dates)."""
    first = _dt.date.fromisoformat(start) if isinstance(start, str) else start
    last = _dt.date.fromisoformat(end) if isinstance(end, str) else end
    if step_days < 1:
        raise InvalidFactError("step_days", step_days, "a whole number of days, 1 or more")
    count = (last - first).days // step_days + 1
    return [first + _dt.timedelta(days=i * step_days) for i in range(max(count, 0))]


def plot(
    table: Any,
    fact: str | None = None,
    *,
    ax: Any = None,
    label: str | None = None,
    reform: bool = False,
) -> Any:
    """Draw the range (``low`` to ``high``) against the fact; returns the matplotlib ``Axes``.

    ``table`` is what :func:`sweep` or :func:`compare` returned (a DataFrame or rows). With
    ``reform=True`` (a :func:`compare` table) the reform's range is drawn too. Bounds become
    floats here, and only here.
    """
    import matplotlib.pyplot as plt

    columns = _as_columns(table)
    if fact is None:
        fact = next(iter(columns))
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 4))
    unit = next((u for u in columns.get("unit", []) if u), "")
    series = [("", label or "law in force")]
    if reform:
        series.append(("reform_", "reform"))
    for prefix, name in series:
        xs, lows, highs = [], [], []
        for x, low, high in zip(columns[fact], columns[f"{prefix}low"], columns[f"{prefix}high"], strict=True):
            if low is None or high is None:
                continue
            xs.append(_plottable(x))
            lows.append(float(low))
            highs.append(float(high))
        line = ax.plot(xs, highs, label=f"{name}: high")[0]
        ax.plot(xs, lows, color=line.get_color(), linestyle="--", label=f"{name}: low")
        ax.fill_between(xs, lows, highs, color=line.get_color(), alpha=0.15)
    ax.set_xlabel(fact.replace("_", " "))
    ax.set_ylabel(unit)
    ax.legend()
    ax.grid(True, alpha=0.3)
    return ax


def _plottable(value: Any) -> Any:
    if isinstance(value, (_dt.date, int, float)):
        return value
    if isinstance(value, Money):
        return float(value.amount)
    try:
        return float(value)
    except (TypeError, ValueError):
        return value


def _as_columns(table: Any) -> dict[str, Sequence[Any]]:
    if hasattr(table, "to_dict") and hasattr(table, "columns"):
        return {str(name): list(table[name]) for name in table.columns}
    rows = list(table)
    if not rows:
        return {}
    return {name: [row[name] for row in rows] for name in rows[0]}

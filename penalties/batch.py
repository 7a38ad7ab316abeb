"""Batches: the fine of one article over many cases at once, exactly, with numpy.

:func:`fine_bounds` compiles an article's fine formula once into a vectorised evaluator over numpy
``int64`` columns and returns the bounds of every case as exact integers::

    >>> import numpy as np
    >>> from penalties.batch import fine_bounds
    >>> b = fine_bounds("cn.dsl.47", gains=np.array([0, 99_999, 100_000, 250_000]), on="2024-05-01")
    >>> b.low_num.tolist(), b.high_num.tolist()
    ([100000, 100000, 100000, 250000], [1000000, 1000000, 1000000, 2500000])

Exactness is the contract, not speed: every row equals ``assess(...).fine`` for the same facts.

- Each bound is a fraction ``num / den`` of two ``int64`` columns in lowest terms (``den`` is 1 for
  a whole amount), so a bound such as two-thirds of 20,000,000 rials is ``40000000 / 3``, never a
  float. ``low_closed`` / ``high_closed`` say whether each end is included.
- Before any multiplication the evaluator checks the gains against the largest value for which
  the product still fits ``int64`` (for 1x-10x gains: ``(2**63 - 1) // 10``). A row above that
  limit, or whose gains are not a whole ``int64`` at all (a Python ``int`` beyond ``int64``, a
  ``Fraction``, a ``Decimal`` or a string), is evaluated by the scalar path,
  :func:`penalties.assess`, and its exact :class:`~penalties.core.interval.Interval` is kept in
  :attr:`FineBounds.fallback`; its ``int64`` columns hold 0 there. :meth:`FineBounds.interval` and
  :meth:`FineBounds.intervals` read both transparently.
- Facts other than the gains are discrete (offender, circumstances, date). The rows are grouped
  by those facts; each group is assessed once by the scalar path (which validates it and raises
  the same typed errors, with a note naming the row), and its fine formula is compiled for the
  gains. Formula nodes the compiler does not know, and articles with act-wide rules whose fine
  depends on the gains, are evaluated row by row through :func:`penalties.assess`: slower, still
  exact.
- Dates matter only through the dates an article declares (entry into force, amounts in force
  from a date). Rows are grouped by the span between two such dates, so a column of a million
  different days costs a handful of scalar assessments.

numpy is an optional dependency (``pip install "penalties[batch]"``); it is imported when this
module is, never by ``import penalties``.
"""

from __future__ import annotations

import datetime as _dt
import enum
import sys
import types
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from .catalog import article as _article
from .core.article import Article
from .core.errors import InvalidFactError, PenaltiesError
from .core.facts import Facts, OffenderKind
from .core.formula import (
    FixedRange,
    GainsAmount,
    GainsBelow,
    GainsMultiple,
    IfGainsBelow,
    Note,
    Provision,
    Reading,
    Tiered,
    _Group,
)
from .core.interval import Interval
from .core.money import Exact, Money
from .core.sanction import Addressee, SanctionKind

try:
    import numpy as np
except ImportError as missing:  # pragma: no cover - exercised only without the extra
    raise ImportError('penalties.batch needs numpy: pip install "penalties[batch]"') from missing

if TYPE_CHECKING:
    from numpy.typing import NDArray

__all__ = ["INT64_MAX", "FineBounds", "fine_bounds"]

#: The largest value of an ``int64`` column.
INT64_MAX = 2**63 - 1
_EPOCH_ORDINAL = _dt.date(1970, 1, 1).toordinal()
_FIRST_DAY = _dt.date.min.toordinal() - _EPOCH_ORDINAL
_LAST_DAY = _dt.date.max.toordinal() - _EPOCH_ORDINAL
_DATE_RANGE = "dates from 0001-01-01 to 9999-12-31"


@attrs.frozen(eq=False)
class FineBounds:
    """The fine of every row of a batch: exact bounds as ``int64`` columns plus an exact fallback.

    Row ``i`` is the range ``low_num[i] / low_den[i]`` .. ``high_num[i] / high_den[i]`` with ends
    included where ``low_closed[i]`` / ``high_closed[i]``, in :attr:`currency`. ``has_fine[i]`` is
    False where the law provides no such fine for that case (then the columns hold 0). Rows listed
    in :attr:`fallback_rows` did not fit ``int64``: their exact range is ``fallback[i]`` (an
    ``Interval[Money]``, or ``None`` for no fine) and their columns hold 0. Columns may be
    read-only views of a constant.
    """

    article_id: str
    currency: str
    low_num: NDArray[np.int64]
    low_den: NDArray[np.int64]
    high_num: NDArray[np.int64]
    high_den: NDArray[np.int64]
    low_closed: NDArray[np.bool_]
    high_closed: NDArray[np.bool_]
    has_fine: NDArray[np.bool_]
    fallback: Mapping[int, Interval[Money] | None]

    def __len__(self) -> int:
        return len(self.low_num)

    @property
    def fallback_rows(self) -> NDArray[np.int64]:
        """Rows whose exact bounds are in :attr:`fallback` rather than in the columns (sorted)."""
        return np.array(sorted(self.fallback), dtype=np.int64)

    def interval(self, row: int) -> Interval[Money] | None:
        """The exact range of ``row``, as ``assess(...).fine`` gives it (``None``: no fine)."""
        row = int(row)
        if row < 0:
            row += len(self)
        if row in self.fallback:
            return self.fallback[row]
        if not self.has_fine[row]:
            return None
        low = _exact(int(self.low_num[row]), int(self.low_den[row]))
        high = _exact(int(self.high_num[row]), int(self.high_den[row]))
        return Interval._ordered(
            Money(low, self.currency),
            Money(high, self.currency),
            bool(self.low_closed[row]),
            bool(self.high_closed[row]),
        )

    def intervals(self) -> list[Interval[Money] | None]:
        """Every row's exact range (a Python list: for checking and export, not for speed)."""
        return [self.interval(i) for i in range(len(self))]


def _exact(num: int, den: int) -> Exact:
    return num if den == 1 else Fraction(num, den)


# --------------------------------------------------------------------------------------------
# Kernels: an amount formula compiled for an int64 column of gains.


class _NotCompilable(Exception):
    pass


_Columns = tuple[Any, Any, Any, Any, Any, Any]


def _ratio(value: Exact) -> tuple[int, int]:
    if type(value) is int:
        return value, 1
    fraction = Fraction(value)
    return fraction.numerator, fraction.denominator


@attrs.frozen
class _Const:
    """A fixed range (or none)."""

    range: Interval[Money] | None
    limit = INT64_MAX

    def fits(self) -> bool:
        if self.range is None:
            return True
        return all(abs(part) <= INT64_MAX for end in (self.range.low, self.range.high) for part in _ratio(end.amount))

    def columns(self, gains: NDArray[np.int64]) -> _Columns:
        if self.range is None:
            return 0, 1, 0, 1, False, False
        low_num, low_den = _ratio(self.range.low.amount)
        high_num, high_den = _ratio(self.range.high.amount)
        return low_num, low_den, high_num, high_den, self.range.low_closed, self.range.high_closed

    def errors(self, gains: NDArray[np.int64]) -> Any:
        return False


def _scaled(factor: Exact, gains: NDArray[np.int64]) -> tuple[Any, Any]:
    num, den = _ratio(factor)
    product = gains if num == 1 else gains * num
    if den == 1:
        return product, 1
    common = np.gcd(product, den)
    common[common == 0] = 1
    return product // common, den // common


@attrs.frozen
class _Multiple:
    """``low_factor`` .. ``high_factor`` times the gains, both ends included; no gains is an error."""

    low_factor: Exact
    high_factor: Exact

    @property
    def limit(self) -> int:
        return INT64_MAX // max(1, _ratio(self.low_factor)[0], _ratio(self.high_factor)[0])

    def columns(self, gains: NDArray[np.int64]) -> _Columns:
        low_num, low_den = _scaled(self.low_factor, gains)
        high_num, high_den = _scaled(self.high_factor, gains)
        return low_num, low_den, high_num, high_den, True, True

    def errors(self, gains: NDArray[np.int64]) -> Any:
        return gains == 0


@attrs.frozen
class _Below:
    """Gains strictly below ``threshold`` (or none): ``below``; otherwise ``otherwise``."""

    threshold: Exact
    below: Any
    otherwise: Any

    @property
    def limit(self) -> int:
        return int(min(self.below.limit, self.otherwise.limit))

    def _mask(self, gains: NDArray[np.int64]) -> Any:
        # For whole gains, g < t  <=>  g < ceil(t).
        threshold = self.threshold
        bound = int(-(-threshold.numerator // threshold.denominator) if type(threshold) is Fraction else threshold)
        if bound > INT64_MAX:
            return np.ones(gains.shape, dtype=bool)
        return gains < bound

    def columns(self, gains: NDArray[np.int64]) -> _Columns:
        mask = self._mask(gains)
        below = self.below.columns(gains)
        otherwise = self.otherwise.columns(gains)
        return tuple(
            np.where(mask, b, o) if (b is not o and not (np.isscalar(b) and np.isscalar(o) and b == o)) else b
            for b, o in zip(below, otherwise, strict=True)
        )

    def errors(self, gains: NDArray[np.int64]) -> Any:
        below = self.below.errors(gains)
        if self.threshold > 0 and isinstance(self.otherwise, (_Multiple, _Const)):
            # No gains always take the branch below a positive threshold: the other cannot fail.
            otherwise: Any = False
        else:
            otherwise = self.otherwise.errors(gains)
        if below is False and otherwise is False:
            return False
        return np.where(self._mask(gains), below, otherwise)


def _compile_amount(amount: Any) -> Any:
    kind = type(amount)
    if amount is None:
        return _Const(None)
    if kind is FixedRange:
        return _Const(amount.range)
    if kind is GainsMultiple:
        return _Multiple(amount.low_factor, amount.high_factor)
    if kind is GainsBelow:
        if amount.threshold.amount < 0:
            raise _NotCompilable("negative threshold")
        return _Below(amount.threshold.amount, _compile_amount(amount.below), _compile_amount(amount.otherwise))
    raise _NotCompilable(kind.__name__)


_GAINS_NODES = (GainsMultiple, GainsBelow, GainsAmount, IfGainsBelow)


def _provisions(body: Iterable[Any], facts: Facts, kind: SanctionKind, addressee: Addressee) -> list[Provision]:
    """The provisions of a tier that reach the offender of ``facts``, in the order evaluation visits them."""
    found: list[Provision] = []
    offender = facts.offender

    def walk(node: Any) -> None:
        if isinstance(node, Provision):
            if not (node.addressee is Addressee.RESPONSIBLE_PERSONS and offender is OffenderKind.INDIVIDUAL):
                found.append(node)
        elif isinstance(node, _Group) and type(node).evaluate is _Group.evaluate:
            for member in node.members:
                walk(member)
        elif type(node) is Reading:
            for member in node.chosen(getattr(facts, "readings", None))[1]:
                walk(member)
        elif type(node) is IfGainsBelow:
            # Measures of a low-gains branch: harmless unless they hold the sanction or a gains formula.
            inner = _provisions(node.nodes, facts, kind, addressee)
            if any((p.kind is kind and p.addressee is addressee) or not _static(p.amount) for p in inner):
                raise _NotCompilable("a conditional branch holds the sanction")
        elif type(node) is not Note:
            raise _NotCompilable(type(node).__name__)

    for node in body:
        walk(node)
    return found


def _static(amount: Any) -> bool:
    return amount is None or type(amount) is FixedRange


@attrs.frozen
class _Plan:
    """The compiled fine of one group of rows: the kernel of the fine and the checks of the others."""

    fine: Any
    checks: tuple[Any, ...]


def _compile(article: Article, facts: Facts, kind: SanctionKind, addressee: Addressee) -> _Plan:
    """Compile the gains-dependence of ``article``'s sanction for the discrete facts of ``facts``."""
    if article.rules:
        # Act-wide rules work on the evaluated ranges: not compiled when the gains matter.
        raise _NotCompilable("rules")
    formula = article.formula
    if formula is None:
        return _Plan(_Const(None), ())
    body = formula.select(facts.circumstances).body if type(formula) is Tiered else (formula,)
    fine: Any = None
    checks: list[Any] = []
    for provision in _provisions(body, facts, kind, addressee):
        amount = provision.amount
        target = provision.kind is kind and provision.addressee is addressee and fine is None
        if type(amount) is GainsAmount:
            # Confiscation: never an error (nothing to confiscate only drops the provision).
            if target:
                raise _NotCompilable("the sanction is the gains themselves")
            continue
        compiled = _compile_amount(amount)
        if target:
            fine = compiled
        elif not isinstance(compiled, _Const):
            checks.append(compiled)
    return _Plan(_Const(None) if fine is None else fine, tuple(checks))


_GAINS_FREE: dict[int, tuple[Article, bool]] = {}


def _cached(cache: dict[int, tuple[Article, Any]], article: Article) -> Any:
    """The value cached for this very article object (not an equal one), or None."""
    entry = cache.get(id(article))
    return entry[1] if entry is not None and entry[0] is article else None


def _cache(cache: dict[int, tuple[Article, Any]], article: Article, value: Any) -> None:
    if len(cache) > 1024:  # articles made on the fly (reforms): keep the cache bounded
        cache.clear()
    cache[id(article)] = (article, value)


_DATA_MODULES = ("builtins", "fractions", "datetime", "decimal")


def _gains_free(article: Article) -> bool:
    """True when the article's result cannot depend on the gains (decided once per article).

    Only the core's nodes are understood: an article whose formula holds none of the core's gains
    nodes, no act-specific node or rule and no function is free of the gains. Anything else may
    read the gains and is assessed once per distinct value of the gains.
    """
    known: bool | None = _cached(_GAINS_FREE, article)
    if known is None:
        known = not article.rules
        for value in _objects(article.formula):
            kind = type(value)
            if isinstance(value, _GAINS_NODES) or (callable(value) and not isinstance(value, type)):
                known = False
            elif not (
                kind.__module__ in _DATA_MODULES
                or kind.__module__.startswith("penalties.core.")
                or isinstance(value, (enum.Enum, type))
            ):
                known = False
            if not known:
                break
        _cache(_GAINS_FREE, article, known)
    return known


def _objects(root: Any, depth_limit: int = 60) -> Iterable[Any]:
    """Every object reachable from ``root`` through attrs fields, containers and instance dicts."""
    seen: set[int] = set()
    stack: list[tuple[Any, int]] = [(root, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > depth_limit or id(value) in seen:
            continue
        if value is None or isinstance(value, (str, bytes, int, Fraction, enum.Enum, type, _dt.date)):
            yield value
            continue
        if isinstance(value, types.ModuleType):
            continue
        seen.add(id(value))
        yield value
        if isinstance(value, Mapping):
            stack.extend((item, depth + 1) for pair in value.items() for item in pair)
        elif isinstance(value, (tuple, list, set, frozenset)):
            stack.extend((item, depth + 1) for item in value)
        elif attrs.has(type(value)):
            stack.extend((getattr(value, field.name), depth + 1) for field in attrs.fields(type(value)))
        elif hasattr(value, "__dict__") and not callable(value):
            stack.extend((item, depth + 1) for item in vars(value).values())


# --------------------------------------------------------------------------------------------
# Columns of facts.


def _n_rows(*columns: Any) -> int:
    sizes = {len(c) for c in columns if c is not None and not np.isscalar(c)}
    if len(sizes) > 1:
        raise InvalidFactError("columns", sorted(sizes), "columns of one length")
    return sizes.pop() if sizes else 1


def _flag_column(name: str, value: Any, n: int) -> NDArray[np.bool_] | bool:
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    column = np.asarray(value)
    if column.dtype != np.bool_:
        if column.dtype.kind in "iu" and column.size and ((column == 0) | (column == 1)).all():
            return column.astype(bool)
        raise InvalidFactError(name, column.dtype, "a bool or a column of bools (or of 0 and 1)")
    return column


def _flag(flag: NDArray[np.bool_] | bool, i: int) -> bool:
    return flag if isinstance(flag, bool) else bool(flag[i])


def _days(value: Any, facts_type: type[Facts], n: int) -> tuple[NDArray[np.int64] | None, int | None]:
    """The dates as day numbers (days since 1970-01-01): a column, or one day for every row."""
    if value is None:
        value = _dt.date.today()
    if isinstance(value, (str, _dt.date)):
        return None, facts_type.parse_on(value).toordinal() - _EPOCH_ORDINAL
    column = np.asarray(value)
    if column.dtype.kind == "M":
        days_column = column.astype("datetime64[D]")
        if np.isnat(days_column).any():
            raise InvalidFactError("on", "NaT", "a date in every row")
        numbers = days_column.view(np.int64)
        if numbers.size and (numbers.min() < _FIRST_DAY or numbers.max() > _LAST_DAY):
            raise InvalidFactError("on", column.min() if numbers.min() < _FIRST_DAY else column.max(), _DATE_RANGE)
        return numbers, None
    days = np.empty(len(column), dtype=np.int64)
    for i, item in enumerate(column.tolist()):
        try:
            days[i] = facts_type.parse_on(item).toordinal() - _EPOCH_ORDINAL
        except PenaltiesError as error:
            error.add_note(f"batch row {i}")
            raise
    return days, None


def _gains_column(value: Any, n: int) -> tuple[NDArray[np.int64], dict[int, Any]]:
    """Gains as an int64 column (0 = none) and the rows whose value is not a whole int64."""
    if value is None:
        return np.zeros(n, dtype=np.int64), {}
    column = np.asarray(value) if not isinstance(value, np.ndarray) else value
    if column.ndim == 0:
        column = np.full(n, value, dtype=object) if column.dtype.kind not in "iu" else np.full(n, column)
    if column.dtype.kind == "i":
        return column.astype(np.int64, copy=False), {}
    if column.dtype.kind == "u":
        big = np.flatnonzero(column > INT64_MAX)
        out = column.astype(np.int64)
        out[big] = 0
        return out, {int(i): int(column[i]) for i in big}
    if column.dtype.kind in "fc":
        raise InvalidFactError(
            "gains", column.dtype, "exact gains: an integer column or a sequence of int, Fraction, Decimal or str"
        )
    out = np.zeros(len(column), dtype=np.int64)
    odd: dict[int, Any] = {}
    for i, item in enumerate(column.tolist()):
        if type(item) is int and 0 <= item <= INT64_MAX:
            out[i] = item
        elif item is not None:
            odd[i] = item
    return out, odd


# --------------------------------------------------------------------------------------------
# The batch.


def fine_bounds(
    article_id: str | Article,
    *,
    gains: Any = None,
    legal_person: Any = None,
    circumstances: Mapping[str, Any] | None = None,
    on: Any = None,
    kind: SanctionKind | str = SanctionKind.FINE,
    addressee: Addressee | str = Addressee.OFFENDER,
    **facts: Any,
) -> FineBounds:
    """The exact range of one sanction (the fine on the offender by default) for every row.

    ``article_id`` is a catalog id or an :class:`~penalties.core.article.Article` (a reform made
    with ``attrs.evolve``, say).

    - ``gains``: the illegal gains per row, in whole units of the act's currency: a numpy integer
      column (fast), or any sequence of exact values (``int``, ``Fraction``, ``Decimal``, ``str``,
      ``None``); 0 or ``None`` means none. Floats are refused.
    - ``legal_person``: a bool or a bool column: True for an organisation / legal person, False for
      an individual / natural person; ``None`` keeps the act's default offender.
    - ``circumstances``: circumstance name -> a bool or a bool column (e.g.
      ``{"organised": aggravated}``); a row has the circumstances whose flag is true.
    - ``on``: one date for every row (``date`` or text, default today), or a column of dates
      (``datetime64``, dates or text).
    - ``kind`` / ``addressee``: another sanction, e.g. ``addressee="responsible_persons"``.
    - other keywords are facts shared by every row (e.g. ``readings`` or ``occurrence``).

    Raises the library's typed errors, as :func:`penalties.assess` would for the first offending
    row, with a note naming the row.
    """
    art = article_id if isinstance(article_id, Article) else _article(article_id)
    kind = SanctionKind(kind)
    addressee = Addressee(addressee)
    facts_type = art.act.facts_type
    currency = facts_type.CURRENCY
    flags_in = dict(circumstances or {})
    columns = [gains, legal_person, on, *flags_in.values()]
    n = _n_rows(*[c if not isinstance(c, (str, _dt.date)) else None for c in columns])

    legal = None if legal_person is None else _flag_column("legal_person", legal_person, n)
    flags = {name: _flag_column(f"circumstances.{name}", value, n) for name, value in flags_in.items()}
    days, day = _days(on, facts_type, n)
    g, odd = _gains_column(gains, n)
    if n == 0:
        e = _tables(0)
        return FineBounds(art.id, currency, e[0], e[1], e[2], e[3], e[4], e[5], e[6], {})

    # Discrete key of each row: offender bit, one bit per circumstance, then the date's span.
    key: Any = 0
    names = list(flags)
    breaks = _change_days(art)
    # int32 keys when they fit (a third of the memory traffic of int64).
    key_type: Any = np.int32 if (len(breaks) + 1) << (len(names) + 1) < 2**31 else np.int64
    if legal is not None:
        key = legal.astype(key_type) if not isinstance(legal, bool) else int(legal)
    for position, name in enumerate(names, start=1):
        flag = flags[name]
        bit = flag.astype(key_type) << position if not isinstance(flag, bool) else int(flag) << position
        key = key + bit
    if days is not None:
        span = np.searchsorted(breaks, days, side="right").astype(key_type)
        key = key + (span << (len(names) + 1))
    else:
        assert day is not None
        key = key + (int(np.searchsorted(breaks, day, side="right")) << (len(names) + 1))

    def row_facts(i: int) -> dict[str, Any]:
        made: dict[str, Any] = dict(facts)
        if legal is not None:
            is_legal = legal if isinstance(legal, bool) else bool(legal[i])
            made["offender"] = "legal_person" if is_legal else "natural_person"
        chosen = [name for name in names if _flag(flags[name], i)]
        if chosen:
            made["circumstances"] = chosen
        made["on"] = _dt.date.fromordinal(int(days[i] if days is not None else day or 0) + _EPOCH_ORDINAL)
        gain = odd.get(i, int(g[i]))
        if gain != 0:
            made["illegal_gains"] = gain
        return made

    def scalar(i: int) -> Interval[Money] | None:
        try:
            found = art.assess(**row_facts(i)).find(kind, addressee)
        except PenaltiesError as error:
            error.add_note(f"batch row {i}")
            raise
        return None if found is None else found.range  # type: ignore[return-value]

    # Gains must be whole and not negative; the scalar path raises the error of the first bad row.
    if g.size and int(g.min()) < 0:
        scalar(int(np.flatnonzero(g < 0)[0]))
    use_gains = gains is not None and (bool(odd) or bool(g.any())) and not _gains_free(art)

    present_keys = [int(key)] if isinstance(key, int) else np.flatnonzero(np.bincount(key)).tolist()
    width = max(present_keys) + 1
    # Per group: a constant range (a row of the tables), a gains kernel, or row by row.
    tables = _tables(width)
    kernels: dict[_Plan, list[tuple[int, int, Interval[Money] | None]]] = {}
    slow: list[int] = []
    fallback: dict[int, Interval[Money] | None] = {}
    if not isinstance(key, int):
        # One row of each group (any row will do: the group shares every fact but the gains).
        head = key[:4096]
    for value in present_keys:
        if isinstance(key, int):
            i0 = 0
        else:
            found = np.flatnonzero(head == value)
            i0 = int(found[0]) if found.size else int(np.argmax(key == value))
        expected = scalar(i0)  # validates the group and raises the typed errors of its first row
        plan: _Plan | None
        if not use_gains:
            plan = _Plan(_Const(expected), ())  # the same range for every row of the group
        else:
            try:
                plan = _compile(art, art.make_facts(row_facts(i0)), kind, addressee)
            except _NotCompilable:
                plan = None
        if plan is None or (isinstance(plan.fine, _Const) and not plan.fine.fits()):
            slow.append(value)
        elif isinstance(plan.fine, _Const) and not plan.checks:
            for table, column in zip(tables, (*plan.fine.columns(g), plan.fine.range is not None), strict=True):
                table[value] = column
        else:
            kernels.setdefault(plan, []).append((value, i0, expected))

    single = isinstance(key, int) or len(present_keys) == 1
    covered = any(len(members) == len(present_keys) for members in kernels.values())
    if single or covered:
        out: list[Any] = [np.broadcast_to(table[present_keys[0]], (n,)) for table in tables]
    else:
        out = _gather(tables, key)
    for plan, members in kernels.items():
        if len(members) == len(present_keys):
            rows = None
        else:
            chosen = np.zeros(width, dtype=bool)
            chosen[[value for value, _, _ in members]] = True
            rows = np.flatnonzero(chosen.take(key))
        gk = g if rows is None else g[rows]
        limit = min([plan.fine.limit, *(check.limit for check in plan.checks)])
        for check in (plan.fine, *plan.checks):
            bad = check.errors(gk)
            if bad is not False and bad.any():
                first_bad = int(np.flatnonzero(bad)[0])
                scalar(first_bad if rows is None else int(rows[first_bad]))
        cols = plan.fine.columns(gk)
        present = not (isinstance(plan.fine, _Const) and plan.fine.range is None)
        for _, i0, expected in members:
            # The compiled kernel must give the scalar path's answer on each group's first row.
            at = i0 if rows is None else int(np.searchsorted(rows, i0))
            if i0 not in odd and g[i0] <= limit and (_interval_of(cols, at, currency) if present else None) != expected:
                raise AssertionError(f"batch kernel disagrees with assess() on row {i0} of {art.id}")
        if rows is None:
            out = [np.broadcast_to(c, (n,)) if np.ndim(c) == 0 else c for c in (*cols, present)]
        else:
            for target, column in zip(out, (*cols, present), strict=True):
                target[rows] = column
        too_big = np.flatnonzero(gk > limit)
        for i in (too_big if rows is None else rows[too_big]).tolist():
            fallback[int(i)] = scalar(int(i))
    if slow:
        out = [c if c.flags.writeable else np.array(c) for c in out]
        is_odd = np.zeros(n, dtype=bool)
        is_odd[list(odd)] = True
    for value in slow:
        # Not compiled: one scalar assessment per distinct value of the gains in the group (exact).
        rows = np.flatnonzero(~is_odd) if isinstance(key, int) else np.flatnonzero((key == value) & ~is_odd)
        if not rows.size:
            continue
        values, firsts, inverse = np.unique(g[rows], return_index=True, return_inverse=True)
        local = _tables(len(values))
        misfits: dict[int, Interval[Money] | None] = {}
        for j, first_row in enumerate(rows[firsts].tolist()):
            result = scalar(int(first_row))
            constant = _Const(result)
            if not constant.fits():
                misfits[j] = result
                continue
            for table, column in zip(local, (*constant.columns(g), result is not None), strict=True):
                table[j] = column
        for target, column in zip(out, _gather(local, inverse), strict=True):
            target[rows] = column
        for j, result in misfits.items():
            for i in rows[inverse == j].tolist():
                fallback[int(i)] = result
    for i in odd:
        fallback[i] = scalar(i)
    out = [np.array(c) if np.may_share_memory(c, g) or (fallback and not c.flags.writeable) else c for c in out]
    if fallback:
        where = np.fromiter(fallback, dtype=np.int64, count=len(fallback))
        for target, zero in zip(out, (0, 1, 0, 1, False, False, False), strict=True):
            target[where] = zero
    low_num, low_den, high_num, high_den, low_closed, high_closed, has_fine = out
    return FineBounds(
        art.id, currency, low_num, low_den, high_num, high_den, low_closed, high_closed, has_fine, fallback
    )


_UNCHECKED: Any = object()


def _gather(tables: list[Any], index: Any) -> list[Any]:
    """``[table[index] for table in tables]`` in two passes: the integers, then the flags."""
    numbers = np.stack(tables[:4], axis=1).take(index, axis=0)
    flags = np.stack(tables[4:], axis=1).take(index, axis=0)
    return [numbers[:, 0], numbers[:, 1], numbers[:, 2], numbers[:, 3], flags[:, 0], flags[:, 1], flags[:, 2]]


def _tables(width: int) -> list[Any]:
    """Empty columns: bounds 0/1 .. 0/1, ends open, no fine."""
    return [
        np.zeros(width, np.int64),
        np.ones(width, np.int64),
        np.zeros(width, np.int64),
        np.ones(width, np.int64),
        np.zeros(width, bool),
        np.zeros(width, bool),
        np.zeros(width, bool),
    ]


def _interval_of(cols: _Columns, i: int, currency: str) -> Interval[Money] | None:
    def pick(column: Any) -> Any:
        return column if np.isscalar(column) or isinstance(column, (int, bool)) else column[i]

    low_num, low_den, high_num, high_den, low_closed, high_closed = (pick(c) for c in cols)
    return Interval._ordered(
        Money(_exact(int(low_num), int(low_den)), currency),
        Money(_exact(int(high_num), int(high_den)), currency),
        bool(low_closed),
        bool(high_closed),
    )


_CHANGE_DAYS: dict[int, tuple[Article, NDArray[np.int64]]] = {}


def _change_days(article: Article) -> NDArray[np.int64]:
    """Day numbers from which an article's result may change: the dates it declares, sorted.

    A date ``d`` may change the result on ``d`` (in force from) or on ``d + 1`` (last day), so both
    are kept. The formula, the rules, the act, and the module-level constants of the modules that
    define their types are searched (an amount in force from a decree's date; a law that took
    effect on a date). More dates than needed only cost more scalar assessments, never exactness.
    """
    known: NDArray[np.int64] | None = _cached(_CHANGE_DAYS, article)
    if known is not None:
        return known
    roots: list[Any] = [article.formula, article.rules, article.act, article.in_force]
    modules = {type(value).__module__ for value in _objects(roots[:3])}
    roots.extend(
        vars(sys.modules[name]) for name in sorted(modules) if name.startswith("penalties.") and name in sys.modules
    )
    found: set[_dt.date] = set()
    for value in _objects(roots):
        if isinstance(value, _dt.date):
            day = value.date() if isinstance(value, _dt.datetime) else value
            found.add(day)
            if day < _dt.date.max:
                found.add(day + _dt.timedelta(days=1))
    days = np.array(sorted(d.toordinal() - _EPOCH_ORDINAL for d in found), dtype=np.int64)
    _cache(_CHANGE_DAYS, article, days)
    return days

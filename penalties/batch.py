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
  by the combinations of those facts actually present: a mixed-radix key over the columns,
  counted when it has few possible values and otherwise compressed with ``numpy.unique`` before
  it outgrows 62 bits, so time and memory stay linear in the rows and in the number of columns
  (64 circumstance columns over 100,000 rows: milliseconds). Each group is assessed once by
  the scalar path (which validates it and raises the same typed errors, with a note naming the
  row), and the article's compiled plan describes its sanction as a function of the gains
  (:func:`penalties.core.plan.gains_pieces`: pieces between thresholds, each a constant range,
  a multiple of the gains, or no answer), which is vectorised here; the kernel must agree with
  that assessment, or the group is evaluated by the scalar path. A plan that reads the gains
  other than through thresholds (an opaque node, a rule applied per call) is evaluated row by row
  through :func:`penalties.assess` (once per distinct value of the gains): slower, still exact.
- Dates matter only through the dates an article declares (:attr:`Article.change_dates
  <penalties.core.article.Article.change_dates>`: entry into force, amounts in force from a
  date). Rows are grouped by the span between two such dates, so a column of a million
  different days costs a handful of scalar assessments.

What :func:`fine_bounds` accepts, and what it refuses with one typed error (a
:class:`~penalties.core.errors.PenaltiesError`, mostly
:class:`~penalties.core.errors.InvalidFactError` naming the parameter, the value and what is
valid) before any work that would cost more than reading the input:

- ``kind``: sanctions measured in money only (``fine``, ``confiscation_of_illegal_gains``); a term
  of imprisonment or a measure is refused, never turned into a money range. ``addressee``: one of
  :class:`~penalties.core.sanction.Addressee`.
- Columns: 1-D numpy arrays, lists, tuples, ranges or array-likes, all of one length, at most
  :data:`MAX_ROWS` rows; one value stands for every row. Generators, sets, mappings and arrays of
  more than one dimension are refused. A list keeps its values as given where numpy would change
  them (``[1.5, "7"]`` is not the text ``"1.5"``, ``[True, 5]`` not ``[1, 5]``, ``[5, 2**63]`` not
  floats): each is validated as ``assess()`` validates it.
- pandas and Arrow columns (a ``Series``, ``Index`` or extension array; a pyarrow ``Array`` or
  ``ChunkedArray``) are read per role, never through a float: integer gains (nullable ``Int64``
  and Arrow integers: a missing value is no gains), ``object`` / ``string`` / ``category`` / Arrow
  ``decimal`` and text columns of exact values; flags of ``bool``, ``boolean`` or integers (a
  missing flag is refused); dates of ``datetime64`` (a time zone: the day on its own wall clock),
  Arrow ``date32`` / ``date64`` / ``timestamp``, dates or text (a missing date is refused). Float
  columns given as gains or flags are refused naming the column. Neither library is imported
  here: their objects are recognised only once the caller has loaded the library.
- :func:`fine_bounds_frame` reads the columns of a pandas ``DataFrame`` or a pyarrow ``Table`` by
  name and returns a ``DataFrame`` of the bounds indexed like it (:meth:`FineBounds.to_frame`:
  ``int`` / ``Fraction`` objects, or ``int64`` numerators and denominators); it maps over the
  partitions of a ``dask.dataframe`` (``meta=``:func:`frame_meta`).
- Gains: every value is validated as ``assess()`` validates the act's gains fact
  (``Act.gains_fact``: ``illegal_gains`` in the PRC acts; the same code). An act without one
  (Iran) takes no gains: 0 or ``None`` only. Float columns (NaN included), bools, complex
  numbers, times, negative amounts, amounts beyond the library's cap and malformed text are
  refused. Whole ``int64`` values are validated at the smallest and the largest (the check of a
  whole amount is a range check). numpy integers count as integers.
- Flags (``legal_person``, each circumstance): bools, or integers 0 and 1. Circumstance names are
  validated as ``assess()`` validates them even when a column is all False: an unknown name, or
  one the article does not take, is refused naming the valid ones. Two spellings of one
  circumstance (``"organised"``, ``"Organised"``) are one circumstance: either flag sets it.
- Dates: ``datetime64`` (``NaT`` and dates outside years 1-9999 refused), ``date`` or text read
  by the act (Iran: Solar Hijri text too); anything else (an ``int`` such as ``20240501``) is refused.
- Another amount fact of the act (its facts type's ``AMOUNT_FACTS``: ``turnover`` for the PIPL,
  ``procurement_amount`` for the CSL) may be the column instead of the gains
  (``fine_bounds("cn.pipl.66.2", turnover=[...])``): validated as ``assess()`` validates it, with
  ``None`` for no amount (an amount of 0 given as such is refused where the act refuses it), and
  described by the plan piecewise in that fact (:func:`~penalties.core.plan.gains_pieces` with
  ``fact=``), so PIPL Art 66 para 2's ``(0, max(50,000,000, 5 % x turnover)]`` is vectorised.
  One amount column a batch: the gains are then one value for every row.
- A shared fact may not also be a column (the gains fact, ``illegal_gains=``, beside ``gains=``; ``offender=``
  beside ``legal_person=``); unknown facts are refused.
- A sanction whose range is not in the act's currency (a hand-made article) raises
  :class:`~penalties.core.errors.CurrencyMismatchError` rather than being relabelled.
- :meth:`FineBounds.interval` takes a row number: an ``int`` or numpy integer (not a bool, not a
  float) from ``-len`` to ``len - 1``; a negative row counts from the end, as in a Python list.

numpy is an optional dependency (``pip install "penalties[batch]"``); it is imported when this
module is, never by ``import penalties``. pandas is needed for the ``DataFrame`` results only
(imported when one is asked for); pyarrow is never needed.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import enum
import importlib
import sys
from collections.abc import Iterable, Mapping, Sequence, Set
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from .catalog import article as _article
from .core.article import Article
from .core.errors import CurrencyMismatchError, InvalidFactError, PenaltiesError, describe
from .core.facts import Facts, to_member
from .core.interval import Interval
from .core.money import Exact, Money
from .core.plan import NotCompilable, Shape, gains_pieces, linear_ends
from .core.sanction import Addressee, Quantity, SanctionKind

try:
    import numpy as np
except ImportError as missing:  # pragma: no cover - exercised only without the extra
    raise ImportError('penalties.batch needs numpy: pip install "penalties[batch]"') from missing

if TYPE_CHECKING:
    from numpy.typing import NDArray

__all__ = ["FRAME_COLUMNS", "INT64_MAX", "MAX_ROWS", "FineBounds", "fine_bounds", "fine_bounds_frame", "frame_meta"]

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
        """The exact range of ``row``, as ``assess(...).fine`` gives it (``None``: no fine).

        ``row`` is a whole number (``int`` or a numpy integer, not a bool) from ``-len(self)`` to
        ``len(self) - 1``; a negative row counts from the end, as in a Python list (-1 is the last
        row). Anything else raises :class:`~penalties.core.errors.InvalidFactError` naming ``row``.
        """
        n = len(self)
        expected = f"a row number: an int from {-n} to {n - 1}" if n else "no row (the batch is empty)"
        if isinstance(row, (bool, np.bool_)) or not isinstance(row, (int, np.integer)):
            raise InvalidFactError("row", row, expected)
        row = int(row)
        if not -n <= row < n:
            raise InvalidFactError("row", row, expected)
        if row < 0:
            row += n
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

    def to_frame(self, numbers: str = "objects", index: Any = None) -> Any:
        """The bounds as a pandas ``DataFrame``, exactly, one row per case (pandas is needed).

        ``numbers="objects"`` (default): columns ``low`` and ``high`` hold each bound as a Python
        ``int`` or ``Fraction`` (``None`` where there is no fine), in :attr:`currency`, beside the
        bool columns ``low_closed``, ``high_closed`` and ``has_fine``. Every row is exact,
        :attr:`fallback` rows included.

        ``numbers="int64"``: ``int64`` columns ``low_num``, ``low_den``, ``high_num``, ``high_den``
        (each bound is ``num / den`` in lowest terms; 0 / 1 where there is no fine) and the same
        bool columns: what Parquet and other columnar stores keep. :attr:`fallback` rows are
        written there too when their bounds fit ``int64``; a bound that does not fit raises
        :class:`~penalties.core.errors.InvalidFactError` (field ``numbers``) naming the row,
        rather than losing a digit.

        ``index``: the index of the frame (default: 0 .. n - 1), e.g. the index of the cases.
        """
        import pandas as pd

        mode = _numbers(numbers)
        closed = [np.array(self.low_closed, dtype=bool), np.array(self.high_closed, dtype=bool)]
        has_fine = np.array(self.has_fine, dtype=bool)
        data: dict[str, Any]
        if mode == "objects":
            low = _exact_objects(self.low_num, self.low_den, has_fine)
            high = _exact_objects(self.high_num, self.high_den, has_fine)
            for row, found in self.fallback.items():
                if found is not None:
                    low[row], high[row] = found.low.amount, found.high.amount
            data = {"low": low, "high": high}
        else:
            parts = [np.array(c, dtype=np.int64) for c in (self.low_num, self.low_den, self.high_num, self.high_den)]
            for row, found in self.fallback.items():
                if found is None:
                    continue
                ratios = [*_ratio(found.low.amount), *_ratio(found.high.amount)]
                if any(abs(part) > INT64_MAX for part in ratios):
                    error = InvalidFactError(
                        "numbers", numbers, f"'objects': a bound of this row does not fit int64 ({found})"
                    )
                    error.add_note(f"batch row {row}")
                    raise error
                for column, part in zip(parts, ratios, strict=True):
                    column[row] = part
            data = dict(zip(_INT64_COLUMNS, parts, strict=False))
        for row, found in self.fallback.items():
            if found is not None:
                closed[0][row], closed[1][row], has_fine[row] = found.low_closed, found.high_closed, True
        data.update(low_closed=closed[0], high_closed=closed[1], has_fine=has_fine)
        if index is not None:
            try:
                size = len(index)
            except TypeError:
                raise InvalidFactError("index", index, "an index (a pandas Index or a sequence of labels)") from None
            if size != len(self):
                raise InvalidFactError("index", f"an index of {size} labels", f"{len(self)} labels, one a row")
        return pd.DataFrame(data, index=index, copy=False)


def _exact(num: int, den: int) -> Exact:
    return num if den == 1 else Fraction(num, den)


#: The columns of :meth:`FineBounds.to_frame` (and :func:`fine_bounds_frame`) for each ``numbers=``.
FRAME_COLUMNS = {
    "objects": ("low", "high", "low_closed", "high_closed", "has_fine"),
    "int64": ("low_num", "low_den", "high_num", "high_den", "low_closed", "high_closed", "has_fine"),
}
_INT64_COLUMNS = FRAME_COLUMNS["int64"][:4]


def _numbers(value: Any) -> str:
    if type(value) is not str or value not in FRAME_COLUMNS:
        raise InvalidFactError("numbers", value, "'objects' (int and Fraction) or 'int64' (num / den columns)")
    return value


def _exact_objects(num: Any, den: Any, has_fine: NDArray[np.bool_]) -> NDArray[Any]:
    """A column of Python ``int`` and ``Fraction`` (``None`` where there is no fine)."""
    column = np.asarray(num, dtype=np.int64).astype(object)
    den = np.asarray(den, dtype=np.int64)
    parts = np.flatnonzero(den != 1)
    if parts.size:
        nums, dens = np.asarray(num, dtype=np.int64)[parts], den[parts]
        denominators = np.unique(dens).tolist()
        if len(denominators) > 64:  # pragma: no cover - denominators divide a few factors: few
            column[parts] = [Fraction(n, d) for n, d in zip(nums.tolist(), dens.tolist(), strict=True)]
        else:
            for d in denominators:
                # Each distinct fraction made once (there are few: the ranges of a few groups of rows).
                at = np.flatnonzero(dens == d)
                values, inverse = np.unique(nums[at], return_inverse=True)
                made = np.empty(len(values), dtype=object)
                made[:] = [Fraction(n, d) for n in values.tolist()]
                column[parts[at]] = made[np.asarray(inverse).reshape(-1)]
    column[~has_fine] = None
    return column


def frame_meta(numbers: str = "objects") -> Any:
    """An empty ``DataFrame`` with the columns and dtypes of :func:`fine_bounds_frame`'s result.

    For libraries that need the shape of a result before computing it: ``meta=`` of
    ``dask.dataframe.DataFrame.map_partitions``.
    """
    import pandas as pd

    mode = _numbers(numbers)
    dtypes = dict.fromkeys(FRAME_COLUMNS[mode], "bool")
    dtypes.update(
        dict.fromkeys(("low", "high"), "object") if mode == "objects" else dict.fromkeys(_INT64_COLUMNS, "int64")
    )
    return pd.DataFrame({name: pd.Series([], dtype=dtypes[name]) for name in FRAME_COLUMNS[mode]})


# --------------------------------------------------------------------------------------------
# Kernels: an amount formula compiled for an int64 column of gains.


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

    def present(self, gains: NDArray[np.int64]) -> Any:
        return self.range is not None


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
    """``low_factor`` .. ``high_factor`` times the gains, ends included as the flags say; no gains is an error."""

    low_factor: Exact
    high_factor: Exact
    low_closed: bool = True
    high_closed: bool = True

    @property
    def limit(self) -> int:
        return INT64_MAX // max(1, _ratio(self.low_factor)[0], _ratio(self.high_factor)[0])

    def columns(self, gains: NDArray[np.int64]) -> _Columns:
        low_num, low_den = _scaled(self.low_factor, gains)
        high_num, high_den = _scaled(self.high_factor, gains)
        return low_num, low_den, high_num, high_den, self.low_closed, self.high_closed

    def errors(self, gains: NDArray[np.int64]) -> Any:
        return gains == 0

    def fits(self) -> bool:
        return True

    def present(self, gains: NDArray[np.int64]) -> Any:
        return True


@attrs.frozen
class _Error:
    """Gains where the law gives no answer (``assess()`` raises there): those rows go to it."""

    limit = INT64_MAX

    def columns(self, gains: NDArray[np.int64]) -> _Columns:
        return 0, 1, 0, 1, False, False

    def errors(self, gains: NDArray[np.int64]) -> Any:
        return np.ones(gains.shape, dtype=bool)

    def fits(self) -> bool:
        return True

    def present(self, gains: NDArray[np.int64]) -> Any:
        return False


@attrs.frozen
class _Pieces:
    """The plan's pieces over the gains: ``kernels[0]`` from 0, ``kernels[i]`` from ``starts[i - 1]``."""

    starts: tuple[int, ...]
    kernels: tuple[Any, ...]

    @property
    def limit(self) -> int:
        return int(min(kernel.limit for kernel in self.kernels))

    def fits(self) -> bool:
        return all(kernel.fits() for kernel in self.kernels)

    def _masks(self, gains: NDArray[np.int64]) -> list[Any]:
        return [gains < start for start in self.starts]

    def _pick(self, masks: list[Any], parts: list[Any]) -> Any:
        chosen = parts[-1]
        for index in range(len(parts) - 2, -1, -1):
            part = parts[index]
            if part is chosen or (
                type(part) is type(chosen) and not isinstance(part, np.ndarray) and bool(part == chosen)
            ):
                continue
            chosen = np.where(masks[index], part, chosen)
        return chosen

    def columns(self, gains: NDArray[np.int64]) -> _Columns:
        each = [kernel.columns(gains) for kernel in self.kernels]
        masks = self._masks(gains)  # one comparison per threshold, shared by the six columns
        return tuple(self._pick(masks, [cols[i] for cols in each]) for i in range(6))

    def errors(self, gains: NDArray[np.int64]) -> Any:
        # A multiple fails only on no gains, which lie in the first piece alone.
        each = [
            False if index and isinstance(kernel, _Multiple) else kernel.errors(gains)
            for index, kernel in enumerate(self.kernels)
        ]
        if all(part is False for part in each):
            return False
        parts = [np.zeros(gains.shape, dtype=bool) if part is False else part for part in each]
        return self._pick(self._masks(gains), parts)

    def present(self, gains: NDArray[np.int64]) -> Any:
        return self._pick(self._masks(gains), [kernel.present(gains) for kernel in self.kernels])


def _repeat(value: Any, n: int) -> NDArray[Any]:
    """A read-only column of ``n`` copies of one value, without the memory (a zero stride).

    Read-only, so the same column serves every batch of that length (a small bounded memo).
    """
    if isinstance(value, np.ndarray):
        value = value[()]
    key = (type(value), value, n)
    made: NDArray[Any] | None = _REPEATS.get(key)
    if made is None:
        one = np.array((value,))
        one.flags.writeable = False  # nor can the column be made writeable again: it is shared
        made = np.ndarray((n,), one.dtype, one, 0, (0,))
        made.flags.writeable = False
        if len(_REPEATS) >= 256:
            _REPEATS.clear()
        _REPEATS[key] = made
    return made


_REPEATS: dict[tuple[type, Any, int], NDArray[Any]] = {}


@attrs.frozen
class _Plan:
    """The compiled fine of one group of rows: a kernel over the gains."""

    fine: Any

    def limit(self) -> int:
        """The largest gains for which the kernel fits ``int64``."""
        return int(self.fine.limit)


def _kernel(shape: Shape, error: Any) -> Any:
    if error is not None:
        return _Error()
    assert shape is not None
    if shape[0] == "const":
        return _Const(shape[1])
    low_factor, high_factor = shape[1], shape[2]
    if any(abs(part) > INT64_MAX for factor in (low_factor, high_factor) for part in _ratio(factor)):
        raise NotCompilable("a factor beyond int64")
    return _Multiple(low_factor, high_factor, *linear_ends(shape))


_NOT_IN_KEY = frozenset({"on"})


def _compile(
    article: Article, facts: Facts, kind: SanctionKind, addressee: Addressee, axis: str | None = None
) -> tuple[_Plan, Any, bool]:
    """The sanction of ``article`` for the discrete facts of ``facts``, as a kernel over the gains:
    the plan's piecewise description (:func:`penalties.core.plan.gains_pieces`), vectorised.
    ``axis`` is the fact the column holds (the gains, or an amount fact such as ``turnover``).

    Kept in the article's memo of derived descriptions (beside its plans, never in a node), by
    the caller once checked. Returns the kernel, its memo key (``None``: not memoised) and
    whether it was made now.
    """
    if axis is None:
        axis = facts.GAINS_FACT
    # The facts but the gains, with the date as its span between two change dates (the kernel
    # depends on nothing else).
    try:
        key: Any = (
            "batch",
            kind,
            addressee,
            axis,
            bisect.bisect_right(article.change_dates, facts.on),
            *(getattr(facts, name) for name in type(facts).field_names() if name not in _NOT_IN_KEY and name != axis),
        )
        hash(key)
    except TypeError:
        key = None
    memo = article.memo
    if key is not None:
        found = memo.get(key)
        if found is not None:
            if isinstance(found, NotCompilable):
                raise found
            return found, key, False
    try:
        compiled = _compile_pieces(article, facts, kind, addressee, axis)
    except NotCompilable as error:
        if key is not None:
            memo.put(key, error)
        raise
    # Kept by the caller once it has checked the kernel against assess().
    return compiled, key, True


def _compile_pieces(
    article: Article, facts: Facts, kind: SanctionKind, addressee: Addressee, axis: str | None = None
) -> _Plan:
    pieces = gains_pieces(article, facts, kind, addressee, None if axis in (None, facts.GAINS_FACT) else axis)
    kernels = tuple(_kernel(shape, error) for _, shape, error in pieces)
    if len(kernels) == 1:
        return _Plan(kernels[0])
    return _Plan(_Pieces(tuple(start for start, _, _ in pieces[1:]), kernels))


def _change_days(article: Article) -> NDArray[np.int64]:
    """Day numbers from which an article's result may change (its declared change dates)."""
    found: NDArray[np.int64] | None = article.memo.get("batch_change_days")
    if found is None:
        found = np.array([day.toordinal() - _EPOCH_ORDINAL for day in article.change_dates], dtype=np.int64)
        found.flags.writeable = False
        article.memo.put("batch_change_days", found)
    return found


# --------------------------------------------------------------------------------------------
# Columns of facts.

#: The most rows one batch takes (its result holds about 50 bytes a row).
MAX_ROWS = 10**8

_COLUMN = "a column (a 1-D numpy array, a list or a tuple) with one value a row, or one value for every row"


def _column(field: str, value: Any) -> NDArray[Any] | None:
    """``value`` as a 1-D numpy column, or ``None`` when it is one value for every row.

    Strings, dates and other scalars are one value for every row; numpy arrays, lists, tuples,
    ranges and array-likes (a pandas Series) are columns. Iterators, sets and mappings are refused:
    their order or length is not a column's.
    """
    if isinstance(value, np.ndarray):
        column = value
    elif isinstance(value, (str, bytes, bytearray, _dt.date, np.generic)) or value is None:
        return None
    elif isinstance(value, (Sequence, range)) or hasattr(value, "__array__"):
        try:
            size = len(value)
        except (TypeError, ValueError, OverflowError):
            raise InvalidFactError(field, value, _COLUMN) from None
        if size > MAX_ROWS:
            raise InvalidFactError(field, f"a column of {size} rows", f"at most {MAX_ROWS} rows")
        try:
            column = np.asarray(value)
        except (TypeError, ValueError, OverflowError):
            # Ragged nesting and the like; each row is kept as an object (validated row by row).
            try:
                column = np.empty(size, dtype=object)
                column[:] = list(value)
            except (TypeError, ValueError, OverflowError):
                raise InvalidFactError(field, value, _COLUMN) from None
    elif isinstance(value, (Iterable, Mapping, Set)):
        raise InvalidFactError(field, value, _COLUMN)
    else:
        return None
    if column.ndim == 0:
        return None
    if column.ndim != 1:
        raise InvalidFactError(field, f"an array of shape {column.shape}", _COLUMN)
    if len(column) > MAX_ROWS:
        raise InvalidFactError(field, f"a column of {len(column)} rows", f"at most {MAX_ROWS} rows")
    return column


def _as_given(value: Any, column: NDArray[Any] | None, amounts: bool = False) -> NDArray[Any] | None:
    """A list or tuple as numpy read it, unless numpy changed what a value is.

    numpy reads ``[1.5, "7"]`` as the text ``["1.5", "7"]``, ``[5, 2**63]`` as floats and (for
    amounts) ``[True, 5]`` as ``[1, 5]``. Such a list becomes an ``object`` column of its own values,
    each validated as ``assess()`` validates it (the float and the bool refused, the large int exact).
    """
    if column is None or not isinstance(value, (list, tuple)) or column.ndim != 1:
        return column
    kind = column.dtype.kind
    if kind == "U":
        changed = any(not isinstance(item, str) for item in value)
    elif kind == "S":
        changed = any(not isinstance(item, bytes) for item in value)
    elif kind in "iu":
        changed = amounts and any(isinstance(item, (bool, np.bool_)) for item in value)
    elif kind in "fc":
        changed = not any(isinstance(item, (float, complex, np.floating, np.complexfloating)) for item in value)
    else:
        changed = False
    if not changed:
        return column
    kept = np.empty(len(value), dtype=object)
    kept[:] = list(value)
    return kept


def _scalar_of(value: Any) -> Any:
    """A 0-d array's item; numpy scalars as Python values (other values unchanged)."""
    if isinstance(value, np.ndarray) and value.ndim == 0:
        value = value[()]
    if isinstance(value, np.integer) and not isinstance(value, np.timedelta64):
        return int(value)
    if isinstance(value, np.bool_):
        return bool(value)
    return value


def _n_rows(columns: list[tuple[str, NDArray[Any] | None]]) -> int:
    """The common length of the columns (1 when every fact is one value for every row)."""
    n: int | None = None
    first = ""
    for name, column in columns:
        if column is None:
            continue
        if n is None:
            n, first = len(column), name
        elif len(column) != n:
            raise InvalidFactError(name, f"a column of {len(column)} rows", f"a column of {n} rows, as {first}")
    return 1 if n is None else n


_FLAG = "a bool, or a column of bools (or of 0 and 1)"


def _flag_column(field: str, value: Any, column: NDArray[Any] | None) -> NDArray[np.bool_] | bool:
    """A flag: one bool for every row, or a bool column."""
    if column is None:
        item = _scalar_of(value)
        if type(item) is bool:
            return item
        if type(item) is int and item in (0, 1):
            return bool(item)
        raise InvalidFactError(field, value, _FLAG)
    if column.dtype == np.bool_:
        return column
    if column.dtype.kind in "iu":
        if column.size and not ((column == 0) | (column == 1)).all():
            bad = int(np.flatnonzero((column != 0) & (column != 1))[0])
            error = InvalidFactError(field, column[bad].item(), _FLAG)
            error.add_note(f"batch row {bad}")
            raise error
        return column.astype(bool)
    if column.size == 0:
        return np.zeros(0, dtype=bool)
    raise InvalidFactError(field, f"a column of {column.dtype}", _FLAG)


def _flag(flag: NDArray[np.bool_] | bool, i: int) -> bool:
    return flag if isinstance(flag, bool) else bool(flag[i])


def _days(
    value: Any, column: NDArray[Any] | None, facts_type: type[Facts], field: str = "on"
) -> tuple[NDArray[np.int64] | None, int | None]:
    """The dates as day numbers (days since 1970-01-01): a column, or one day for every row.

    ``field`` names the fact in errors (``on``, or ``offence_date`` for the date of the act).
    """
    if column is None:
        item = _dt.date.today() if value is None else _scalar_of(value)
        if isinstance(item, np.datetime64):
            if np.isnat(item):
                raise InvalidFactError(field, "NaT", "a date")
            number = int(item.astype("datetime64[D]").astype(np.int64))
            if not _FIRST_DAY <= number <= _LAST_DAY:
                raise InvalidFactError(field, item, _DATE_RANGE)
            return None, number
        # The act's own reading of a date (Iran: Solar Hijri text too); anything else is refused there.
        return None, _parsed(facts_type, item, field).toordinal() - _EPOCH_ORDINAL
    if column.dtype.kind == "M":
        days_column = column.astype("datetime64[D]")
        missing = np.isnat(days_column)
        if missing.any():
            error = InvalidFactError(field, "NaT", "a date in every row")
            error.add_note(f"batch row {int(np.flatnonzero(missing)[0])}")
            raise error
        numbers = days_column.view(np.int64)
        outside = (numbers < _FIRST_DAY) | (numbers > _LAST_DAY)
        if outside.any():
            bad = int(np.flatnonzero(outside)[0])
            error = InvalidFactError(field, column[bad], _DATE_RANGE)
            error.add_note(f"batch row {bad}")
            raise error
        return numbers, None
    # Text, dates or objects: each distinct value read by the act (Iran: Solar Hijri text too).
    days = np.empty(len(column), dtype=np.int64)
    seen: dict[tuple[type, Any], int] = {}
    for i, item in enumerate(column.tolist()):
        item = _scalar_of(item)
        key: tuple[type, Any] | None
        known: int | None
        try:
            key = (type(item), item)
            known = seen.get(key)
        except TypeError:  # unhashable: parsed (and refused) below
            key, known = None, None
        if known is None:
            try:
                known = _parsed(facts_type, item, field).toordinal() - _EPOCH_ORDINAL
            except PenaltiesError as error:
                error.add_note(f"batch row {i}")
                raise
            if key is not None:
                seen[key] = known
        days[i] = known
    return days, None


def _parsed(facts_type: type[Facts], item: Any, field: str) -> _dt.date:
    """The act's reading of one date (Iran: Solar Hijri too), its errors naming ``field``."""
    try:
        return facts_type.parse_on(item)
    except InvalidFactError as error:
        if field == "on":
            raise
        raise InvalidFactError(field, error.value, error.expected) from None


def _gains_column(
    value: Any, column: NDArray[Any] | None, n: int, field: str
) -> tuple[NDArray[np.int64], dict[int, Any], tuple[int, Any] | None]:
    """Gains as an int64 column (0 = none), the rows whose value is not a whole int64 in range,
    and a row that must be refused (its value) whatever the rest holds.

    Whole values from 0 to ``INT64_MAX`` go in the column; everything else (negative or larger
    integers, ``Fraction``, ``Decimal``, text, ``None`` in an object column) is left to the facts
    validation of :func:`penalties.assess`, row by row.
    """
    if column is None:
        item = _scalar_of(value)
        if item is None:
            return np.zeros(n, dtype=np.int64), {}, None
        if isinstance(item, (np.timedelta64, np.datetime64)):
            raise InvalidFactError(field, item, "an exact amount, not a time")
        if type(item) is int and 0 <= item <= INT64_MAX:
            return np.full(n, item, dtype=np.int64), {}, None
        return np.zeros(n, dtype=np.int64), dict.fromkeys(range(n), item), None
    if column.size == 0:
        return np.zeros(0, dtype=np.int64), {}, None
    kind = column.dtype.kind
    if kind == "i":
        return column.astype(np.int64, copy=False), {}, None
    if kind == "u":
        big = np.flatnonzero(column > INT64_MAX)
        out = column.astype(np.int64)
        out[big] = 0
        return out, {int(i): int(column[i]) for i in big}, None
    if kind in "fcb":
        # Floats (NaN included), complex numbers and bools are not exact amounts: the facts
        # validation refuses the first row (a float with its own message).
        return np.zeros(len(column), dtype=np.int64), {}, (0, column[0].item())
    if kind in "mMV":
        error = InvalidFactError(field, column[0], "exact amounts, not " + str(column.dtype))
        error.add_note("batch row 0")
        raise error
    out = np.zeros(len(column), dtype=np.int64)
    odd: dict[int, Any] = {}
    for i, item in enumerate(column.tolist()):
        item = _scalar_of(item)
        if type(item) is int and 0 <= item <= INT64_MAX:
            out[i] = item
        elif isinstance(item, (np.timedelta64, np.datetime64)):
            error = InvalidFactError(field, item, "an exact amount, not a time")
            error.add_note(f"batch row {i}")
            raise error
        elif item is not None:
            odd[i] = item
    return out, odd, None


def _is_column(field: str, value: Any) -> bool:
    """Whether ``value`` is a column (a frame's named column, a pandas or Arrow array, a sequence)."""
    if type(value) is _Named:
        return True
    pd = sys.modules.get("pandas")
    if pd is not None and isinstance(value, (pd.Series, pd.Index, pd.api.extensions.ExtensionArray)):
        return True
    pa = sys.modules.get("pyarrow")
    if pa is not None and isinstance(value, (pa.Array, pa.ChunkedArray)):
        return True
    return _column(field, value) is not None


def _explicit_zero(value: Any, field: str) -> int | None:
    """The first row whose amount is given as zero (not ``None``, not a missing value), or ``None``."""
    if type(value) is _Named:
        value = value.value
    pd = sys.modules.get("pandas")
    pa = sys.modules.get("pyarrow")
    try:
        if pd is not None and isinstance(value, (pd.Series, pd.Index, pd.api.extensions.ExtensionArray)):
            found = np.flatnonzero(pd.Series(value).eq(0).fillna(False).to_numpy(dtype=bool))
            return int(found[0]) if found.size else None
        if pa is not None and isinstance(value, (pa.Array, pa.ChunkedArray)):
            pc = importlib.import_module("pyarrow.compute")  # loaded with pyarrow's own arrays
            mask = pc.fill_null(pc.equal(value, 0), False).to_numpy(zero_copy_only=False)
            found = np.flatnonzero(np.asarray(mask, dtype=bool))
            return int(found[0]) if found.size else None
    except (TypeError, ValueError, NotImplementedError, ArithmeticError, LookupError):
        return None  # not comparable with 0 (text, say): every value is validated row by row anyway
    column = _as_given(value, _column(field, value), amounts=True)
    if column is None:
        item = _scalar_of(value)
        return 0 if type(item) is int and item == 0 else None
    if column.dtype.kind in "iu":
        found = np.flatnonzero(column == 0)
        return int(found[0]) if found.size else None
    if column.dtype.kind != "O":
        return None
    for i, item in enumerate(column.tolist()):
        item = _scalar_of(item)
        if type(item) is int and item == 0:
            return i
    return None


# --------------------------------------------------------------------------------------------
# pandas and Arrow columns: read as numpy columns (or objects) without any loss, per role.
#
# Neither library is imported here: a value is recognised as one of theirs only when the library
# is already loaded (an object of pandas or pyarrow cannot exist otherwise).

_GAINS_EXPECTED = (
    "exact amounts: an integer column (nullable Int64 or Arrow int64, a missing value meaning no gains),"
    " or exact values (int, Fraction, Decimal, text)"
)
_NOT_AMOUNTS = {"floats": "floats are refused, never converted", "bools": "bools are refused", "times": "not times"}
_DATES_EXPECTED = "dates: datetime64, Arrow date32 / date64 / timestamp, dates or text"


def _label(dtype: Any, name: Any) -> str:
    """How an error shows a whole column: its name (when it has one) and its type."""
    return f"a column of {dtype}" if name is None else f"the column {describe(name, 60)} of {dtype}"


def _refused(field: str, value: Any, expected: str, row: int | None = None, name: Any = None) -> InvalidFactError:
    error = InvalidFactError(field, value, expected)
    if row is not None:
        error.add_note(f"batch row {row}")
    if name is not None and row is not None:
        error.add_note(f"column {describe(name, 60)}")
    return error


def _external(value: Any, role: str, field: str, name: Any = None) -> Any:
    """``value`` unchanged, or a pandas / Arrow column (or scalar) read for ``role`` as numpy.

    ``role`` is ``"gains"``, ``"flag"`` or ``"date"``. Integer columns stay integers (a missing
    value is no gains, and refused as a flag or a date); floats are refused as gains and as flags;
    text, decimals and other exact values become an ``object`` column validated row by row.
    """
    if type(value) is _Named:
        return _external(value.value, role, field, value.name)
    pd = sys.modules.get("pandas")
    if pd is not None:
        if isinstance(value, (pd.Series, pd.Index, pd.api.extensions.ExtensionArray)):
            return _from_pandas(pd, value, role, field, name)
        if value is pd.NA or value is pd.NaT:
            return _missing_scalar(value, role, field)
    pa = sys.modules.get("pyarrow")
    if pa is not None:
        if isinstance(value, (pa.Array, pa.ChunkedArray)):
            return _from_arrow(pa, value, role, field, name)
        if isinstance(value, pa.Scalar):
            if not value.is_valid:
                return _missing_scalar("null", role, field)
            if pa.types.is_floating(value.type) and role == "gains":
                raise InvalidFactError(field, f"an Arrow {value.type}", f"{_GAINS_EXPECTED}; {_NOT_AMOUNTS['floats']}")
            return _external(value.as_py(), role, field, name)
    return value


def _missing_scalar(value: Any, role: str, field: str) -> Any:
    """A missing value given for every row: no gains; refused as a flag or a date.

    pandas' ``NaT`` is a time, not a missing amount: as gains it is refused as ``assess()`` refuses it.
    """
    time = isinstance(value, _dt.date)
    if role == "gains":
        return value if time else None
    shown = "NaT" if time else str(value)
    raise InvalidFactError(field, shown, "a date" if role == "date" else _FLAG)


def _from_pandas(pd: Any, value: Any, role: str, field: str, name: Any) -> NDArray[Any]:
    """A pandas Series, Index or extension array as a numpy column for ``role``."""
    if isinstance(value, pd.MultiIndex):
        raise InvalidFactError(field, "a MultiIndex (a column of tuples)", _COLUMN)
    if name is None and isinstance(value, (pd.Series, pd.Index)):
        name = value.name
    array = value.array if isinstance(value, (pd.Series, pd.Index)) else value
    dtype = array.dtype
    numpy_array = getattr(pd.arrays, "NumpyExtensionArray", None) or pd.arrays.PandasArray  # pandas < 2.1
    if type(array) is numpy_array:
        dtype = array.dtype.numpy_dtype  # a numpy column wrapped by pandas: its own dtype
    size = len(array)
    if size > MAX_ROWS:
        raise InvalidFactError(field, f"a column of {size} rows", f"at most {MAX_ROWS} rows")
    if isinstance(dtype, pd.ArrowDtype):
        pa = importlib.import_module("pyarrow")  # installed: pandas made an Arrow column
        return _from_arrow(pa, pa.array(array), role, field, name)
    if isinstance(dtype, pd.CategoricalDtype):
        # Each category read once, then taken for every row (-1: a missing value).
        categories = _from_pandas(pd, array.categories, role, field, name)
        codes = np.asarray(array.codes, dtype=np.int64)
        missing = codes < 0
        if missing.any():
            _missing_rows(missing, role, field, name, "NaN")  # refused, but as gains: none
            filler: Any = 0 if categories.dtype.kind in "iu" else None
            categories = np.append(categories, np.array([filler], dtype=categories.dtype))
            codes[missing] = len(categories) - 1
        return categories.take(codes) if len(categories) else np.zeros(0, dtype=np.int64)
    kind = getattr(dtype, "kind", "O")
    if isinstance(dtype, pd.DatetimeTZDtype):
        if role == "date":
            # A time with its zone falls on the day of its own wall clock.
            return np.asarray(array.tz_localize(None).to_numpy())
        kind = "M"
    numpy_dtype = isinstance(dtype, np.dtype)
    if role == "gains":
        if kind in "fcbmM" or isinstance(dtype, pd.PeriodDtype):
            not_what = "floats" if kind in "fc" else "bools" if kind == "b" else "times"
            raise InvalidFactError(field, _label(dtype, name), f"{_GAINS_EXPECTED}; {_NOT_AMOUNTS[not_what]}")
        if kind in "iu":
            target = np.uint64 if kind == "u" else np.int64
            return np.asarray(array.to_numpy(dtype=target, na_value=0))
        column = np.array(array, dtype=object)
        # A missing value is no gains: pandas' NA (any object column) and every missing value of
        # a text column; NaN in an object column is a float, refused row by row like any float.
        missing = _is_na(pd, column) if numpy_dtype else np.asarray(array.isna(), dtype=bool)
        column[missing] = None
        return column
    if role == "flag":
        if kind in "biu":
            if not numpy_dtype:
                _missing_rows(np.asarray(array.isna(), dtype=bool), role, field, name, "<NA>")
            return np.asarray(array.to_numpy(dtype=bool if kind == "b" else np.uint64 if kind == "u" else np.int64))
        if size == 0:
            return np.zeros(0, dtype=bool)
        raise InvalidFactError(field, _label(dtype, name), _FLAG)
    # Dates.
    if kind == "M":
        return np.asarray(array.to_numpy())  # NaT is refused with the row that holds it
    if kind in "biufcm":
        raise InvalidFactError(field, _label(dtype, name), _DATES_EXPECTED)
    column = np.array(array, dtype=object)
    _missing_rows(np.asarray(pd.isna(column), dtype=bool), role, field, name, None, column)
    return column


def _is_na(pd: Any, column: NDArray[Any]) -> NDArray[np.bool_]:
    """Where an object column holds pandas' NA (identity: NA is not equal to anything)."""
    na = pd.NA
    return np.fromiter((item is na for item in column.tolist()), dtype=bool, count=len(column))


def _missing_rows(missing: NDArray[np.bool_], role: str, field: str, name: Any, shown: Any, column: Any = None) -> None:
    """Refuse the first missing value of a flag or a date column (gains: missing is none)."""
    if role == "gains" or not missing.any():
        return
    row = int(np.flatnonzero(missing)[0])
    value = shown if column is None else column[row]
    if column is not None and not isinstance(value, (str, type(None), float)):
        value = str(value)  # pandas' NA or NaT, shown by name
    expected = (
        _FLAG + " in every row (a missing flag is neither true nor false)" if role == "flag" else "a date in every row"
    )
    raise _refused(field, value, expected, row, name)


def _from_arrow(pa: Any, value: Any, role: str, field: str, name: Any) -> NDArray[Any]:
    """A pyarrow Array or ChunkedArray as a numpy column for ``role``."""
    types = pa.types
    if len(value) > MAX_ROWS:
        raise InvalidFactError(field, f"a column of {len(value)} rows", f"at most {MAX_ROWS} rows")
    if types.is_dictionary(value.type):
        value = value.cast(value.type.value_type)
    if isinstance(value, pa.ChunkedArray):
        value = value.combine_chunks() if value.num_chunks != 1 else value.chunk(0)
    kind = value.type
    nulls = value.null_count
    text = types.is_string(kind) or types.is_large_string(kind) or _is_view(types, kind)
    if role == "gains":
        if types.is_integer(kind):
            return np.array(value.fill_null(0).to_numpy(zero_copy_only=False))
        if types.is_null(kind):
            return np.zeros(len(value), dtype=np.int64)
        if types.is_decimal(kind) or text:
            return _arrow_objects(value)  # exact: Decimal or text, None (no gains) where missing
        not_what = "floats" if types.is_floating(kind) else "bools" if types.is_boolean(kind) else ""
        refusal = _NOT_AMOUNTS[not_what] if not_what else f"not {kind}"
        raise InvalidFactError(field, _label(f"Arrow {kind}", name), f"{_GAINS_EXPECTED}; {refusal}")
    if nulls:
        missing = np.asarray(value.is_null().to_numpy(zero_copy_only=False), dtype=bool)
        _missing_rows(missing, role, field, name, "null")
    if role == "flag":
        if types.is_boolean(kind) or types.is_integer(kind):
            return np.array(value.to_numpy(zero_copy_only=False))
        if types.is_null(kind) and not len(value):
            return np.zeros(0, dtype=bool)
        raise InvalidFactError(field, _label(f"Arrow {kind}", name), _FLAG)
    # Dates, as day numbers or times since 1970-01-01 (never through Python objects).
    if types.is_date32(kind):
        return np.array(value.cast(pa.int32()).to_numpy(zero_copy_only=False), dtype=np.int64).view("datetime64[D]")
    if types.is_date64(kind):
        return np.array(value.cast(pa.int64()).to_numpy(zero_copy_only=False)).view("datetime64[ms]")
    if types.is_timestamp(kind):
        if kind.tz is not None:
            # A time with its zone falls on the day of its own wall clock.
            value = importlib.import_module("pyarrow.compute").local_timestamp(value)
        return np.array(value.cast(pa.int64()).to_numpy(zero_copy_only=False)).view(f"datetime64[{kind.unit}]")
    if text:
        return _arrow_objects(value)
    if types.is_null(kind) and not len(value):
        return np.zeros(0, dtype="datetime64[D]")
    raise InvalidFactError(field, _label(f"Arrow {kind}", name), _DATES_EXPECTED)


def _is_view(types: Any, kind: Any) -> bool:
    is_view = getattr(types, "is_string_view", None)
    return bool(is_view is not None and is_view(kind))


def _arrow_objects(value: Any) -> NDArray[Any]:
    column = np.empty(len(value), dtype=object)
    column[:] = value.to_pylist()
    return column


# --------------------------------------------------------------------------------------------
# Parameters.

_MONEY_KINDS = tuple(k for k in SanctionKind if k.quantity is Quantity.MONEY)


def _money_kind(value: Any) -> SanctionKind:
    if type(value) is SanctionKind and value in _MONEY_KINDS:  # a member (the default): nothing to spell
        return value
    expected = "a sanction measured in money: " + ", ".join(k.value for k in _MONEY_KINDS)
    found = to_member(SanctionKind, value, "kind", expected)
    if found not in _MONEY_KINDS:
        raise InvalidFactError("kind", value, expected)
    return found


def _addressee(value: Any) -> Addressee:
    return to_member(Addressee, value, "addressee")


def _circumstance_flags(
    art: Article, circumstances: Any, facts: dict[str, Any]
) -> list[tuple[enum.Enum, list[tuple[str, Any]]]]:
    """Each circumstance named, with the (field, value) of its columns: names validated as assess()
    validates them (unknown names and names this article does not take are refused, all-False
    columns included), spellings of one circumstance merged."""
    if circumstances is None:
        return []
    if not isinstance(circumstances, Mapping):
        raise InvalidFactError(
            "circumstances", circumstances, "a mapping of circumstance name -> a bool or a bool column"
        )
    merged: dict[enum.Enum, list[tuple[str, Any]]] = {}
    for name, value in circumstances.items():
        members = art.make_facts({**facts, "circumstances": (name,)}).circumstances
        for member in members:
            merged.setdefault(member, []).append((f"circumstances.{member.value}", value))
    return list(merged.items())


def _groups(parts: list[tuple[Any, int]], n: int) -> tuple[NDArray[np.int64] | None, list[int]]:
    """Group the rows by the discrete facts: ``(group id of each row, first row of each group)``.

    ``parts`` are columns of small non-negative integers with their number of values. Their
    combination is a mixed-radix key, compressed to the combinations actually present whenever it
    would outgrow 62 bits: cost linear in the number of columns, memory linear in the rows.
    Groups are numbered in the order of their first row. ``None``: one group (no discrete column).
    """
    if not parts:
        return None, [0]
    radix = 1
    for _, values in parts:
        radix *= values
    key: Any
    if radix < 2**31:
        # The usual case (a few flags and date spans): an int32 key built in place.
        key = parts[0][0].astype(np.int32)
        for column, values in parts[1:]:
            key *= values
            key += column
    else:
        key = np.zeros(n, dtype=np.int64)
        radix = 1
        for column, values in parts:
            if radix * values >= 2**62:
                uniques, inverse = np.unique(key, return_inverse=True)
                key, radix = inverse.astype(np.int64).reshape(n), len(uniques)
            key = key * values + column
            radix *= values
    if radix <= 2**20:
        # Few possible combinations: count them (linear time) rather than sort the rows.
        present = np.flatnonzero(np.bincount(key, minlength=radix))
        first_of = np.full(radix, n, dtype=np.int64)
        np.minimum.at(first_of, key, np.arange(n, dtype=np.int64))
        firsts = first_of[present]
        inverse = np.empty(radix, dtype=np.int64)
        inverse[present] = np.arange(len(present))
        inverse = inverse[key]
    else:
        _, firsts, inverse = np.unique(key, return_index=True, return_inverse=True)
    order = np.argsort(firsts, kind="stable")  # number the groups by first row
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    ids = rank[inverse.reshape(n)]
    return ids, sorted(firsts.tolist())


def _members(ids: NDArray[np.int64], count: int) -> list[NDArray[np.int64]]:
    """The rows of each group, ascending."""
    order = np.argsort(ids, kind="stable")
    bounds = np.searchsorted(ids[order], np.arange(count + 1))
    return [order[bounds[k] : bounds[k + 1]] for k in range(count)]


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
    offence_date: Any = None,
    **facts: Any,
) -> FineBounds:
    """The exact range of one money sanction (the fine on the offender by default) for every row.

    ``article_id`` is a catalog id or an :class:`~penalties.core.article.Article` (a reform made
    with ``attrs.evolve``, say).

    - ``gains``: the illegal gains per row, in whole units of the act's currency: a numpy integer
      column (fast), or a list / tuple of exact values (``int``, ``Fraction``, ``Decimal``,
      ``str``, ``None``), or one value for every row; 0 or ``None`` means none. Each value is
      validated as :func:`penalties.assess` validates the act's gains fact (``illegal_gains`` in the
      PRC acts; an act without one takes 0 or ``None`` only): floats (NaN included),
      bools, negative amounts and amounts beyond the library's cap are refused.
    - ``legal_person``: a bool or a bool column: True for an organisation / legal person, False for
      an individual / natural person; ``None`` keeps the act's default offender.
    - ``circumstances``: circumstance name -> a bool or a bool column (e.g.
      ``{"organised": aggravated}``); a row has the circumstances whose flag is true. Every name
      must be one the article takes, even when its column is all False.
    - ``on``: one date for every row (``date`` or text, default today), or a column of dates
      (``datetime64``, dates or text).
    - ``offence_date``: the date of the act, read as ``on`` (one date or a column); ``None``
      (default): each row's ``on``. A row whose offence date is after its ``on`` is refused.
    - ``kind`` / ``addressee``: another money sanction (``"confiscation_of_illegal_gains"``) or
      ``addressee="responsible_persons"``. Terms of imprisonment are not money: refused.
    - other keywords are facts shared by every row (e.g. ``readings`` or ``occurrence``), except
      an amount fact of the act given as a column (``turnover=[...]``, ``procurement_amount=[...]``):
      that column takes the place of the gains column (``gains`` is then one value or ``None``).

    Any column may be a pandas ``Series`` or a pyarrow ``Array`` / ``ChunkedArray`` (module
    docstring): nullable integer gains with ``<NA>`` for none, ``bool`` flags, ``datetime64`` or
    Arrow dates; floats are refused naming the column, never converted.

    Columns must have one length (at most :data:`MAX_ROWS`). Raises the library's typed errors,
    as :func:`penalties.assess` would for an offending row, with a note naming the row.
    """
    art = article_id if isinstance(article_id, Article) else _article(article_id)
    kind = _money_kind(kind)
    addressee = _addressee(addressee)
    facts_type = art.act.facts_type
    currency = facts_type.CURRENCY
    shared = dict(facts)
    # The fact the gains column fills (the act's gains fact); an act without one takes no gains.
    gains_fact = facts_type.GAINS_FACT
    gains_field = gains_fact or "gains"
    # An amount fact of the act given as a column (``turnover=[...]``) is the batch's axis in
    # place of the gains: validated, grouped and described by the plan the same way.
    axis = gains_field
    columns_given = [name for name in facts_type.AMOUNT_FACTS if name in shared and _is_column(name, shared[name])]
    if columns_given:
        axis = columns_given[0]
        if len(columns_given) > 1:
            raise InvalidFactError(
                columns_given[1], shared[columns_given[1]], f"one value for every row ({axis} is the amount column)"
            )
        if gains is not None and _is_column("gains", gains):
            raise InvalidFactError("gains", gains, f"one value for every row ({axis} is the amount column)")
        if gains is not None:
            if gains_fact is None:
                raise InvalidFactError("gains", gains, f"None: the facts of {facts_type.__name__} have no gains fact")
            if gains_fact in shared:
                raise InvalidFactError(gains_fact, shared[gains_fact], "the gains= value, not a shared fact too")
            shared[gains_fact] = gains
        gains = shared.pop(axis)
    elif gains is not None and gains_fact is not None and gains_fact in shared:
        raise InvalidFactError(gains_fact, shared[gains_fact], "the gains= column, not a shared fact too")
    if legal_person is not None and "offender" in shared:
        raise InvalidFactError("offender", shared["offender"], "the legal_person= column, not a shared fact too")
    # The shared facts and the circumstance names, validated once as assess() validates them
    # (no shared fact: nothing to validate).
    if shared:
        art.make_facts(shared)
    named = _circumstance_flags(art, circumstances, shared)
    # pandas and Arrow columns, read per role (nothing is converted that is not exact).
    # Before a pandas or Arrow column is read (a missing value becomes 0 there, meaning none).
    zero_row = None if axis == gains_field else _explicit_zero(gains, axis)
    gains = _external(gains, "gains", axis)
    legal_person = _external(legal_person, "flag", "legal_person")
    on = _external(on, "date", "on")
    offence = None if offence_date is None else _external(offence_date, "date", "offence_date")
    named = [(member, [(f, _external(v, "flag", f)) for f, v in spellings]) for member, spellings in named]

    gains_column = _as_given(gains, _column("gains" if axis == gains_field else axis, gains), amounts=True)
    legal_column = None if legal_person is None else _as_given(legal_person, _column("legal_person", legal_person))
    on_column = _as_given(on, _column("on", on))
    offence_column = None if offence is None else _as_given(offence, _column("offence_date", offence))
    flag_columns = [[(field, v, _as_given(v, _column(field, v))) for field, v in spellings] for _, spellings in named]
    n = _n_rows(
        [
            ("gains" if axis == gains_field else axis, gains_column),
            ("legal_person", legal_column),
            ("on", on_column),
            ("offence_date", offence_column),
            *((field, column) for spellings in flag_columns for field, _, column in spellings),
        ]
    )

    legal = None if legal_person is None else _flag_column("legal_person", legal_person, legal_column)
    flags: list[NDArray[np.bool_] | bool] = []
    for spellings in flag_columns:
        # Two spellings of one circumstance (``"organised"``, ``"Organised"``): either flag sets it.
        merged: NDArray[np.bool_] | bool = False
        for field, v, column in spellings:
            one = _flag_column(field, v, column)
            merged = one if merged is False else np.logical_or(merged, one)
        flags.append(merged)
    names = [member.value for member, _ in named]
    days, day = _days(on, on_column, facts_type)
    offence_days, offence_day = (
        (None, None) if offence is None else _days(offence, offence_column, facts_type, "offence_date")
    )
    g, odd, refused = _gains_column(gains, gains_column, n, axis)

    def row_facts(i: int, gain: Any = None) -> dict[str, Any]:
        made: dict[str, Any] = dict(shared)
        if legal is not None:
            made["offender"] = "legal_person" if _flag(legal, i) else "natural_person"
        chosen = [name for name, flag in zip(names, flags, strict=True) if _flag(flag, i)]
        if chosen:
            made["circumstances"] = chosen
        made["on"] = _dt.date.fromordinal(int(days[i] if days is not None else day or 0) + _EPOCH_ORDINAL)
        if offence is not None:
            number = offence_days[i] if offence_days is not None else offence_day or 0
            made["offence_date"] = _dt.date.fromordinal(int(number) + _EPOCH_ORDINAL)
        if gain is None:
            gain = odd.get(i, int(g[i]))
        if type(gain) is not int or gain != 0:
            if gains_fact is None and axis == gains_field:
                raise InvalidFactError("gains", gain, f"0 or None: the facts of {art.act.id} have no gains fact")
            made[axis] = gain
        return made

    def scalar(i: int, gain: Any = None) -> Interval[Money] | None:
        try:
            found = art.assess(**row_facts(i, gain)).find(kind, addressee)
            value = None if found is None else found.range
            if value is not None:
                for end in (value.low, value.high):
                    if not isinstance(end, Money) or end.currency != currency:
                        raise CurrencyMismatchError(kind.value, end, currency)
        except PenaltiesError as error:
            error.add_note(f"batch row {i}")
            raise
        return value  # type: ignore[return-value]

    if refused is not None:
        scalar(*refused)  # the facts validation refuses it (a float, a bool, a time)
        raise InvalidFactError(axis, refused[1], "an exact amount")  # pragma: no cover
    if n == 0:
        e = _tables(0)
        return FineBounds(art.id, currency, e[0], e[1], e[2], e[3], e[4], e[5], e[6], {})
    if axis != gains_field:
        # The column holds 0 for no amount (None); an amount of 0 given as such is validated as
        # assess() validates it (a turnover of 0 is refused, not read as none).
        zero = zero_row
        if zero is not None:
            made = row_facts(zero)
            made[axis] = 0
            try:
                art.make_facts(made)
            except PenaltiesError as error:
                error.add_note(f"batch row {zero}")
                raise

    # Gains must be whole and not negative; the scalar path raises the error of the first bad row.
    if g.size:
        low_row, high_row = int(np.argmin(g)), int(np.argmax(g))
        if g[low_row] < 0:
            scalar(int(np.flatnonzero(g < 0)[0]))
        # The largest whole gains pass the facts validation, so every one does (what the law
        # says of each row is asked below, group by group).
        try:
            art.make_facts(row_facts(high_row))
        except PenaltiesError as error:
            error.add_note(f"batch row {high_row}")
            raise
    # Whole gains are not negative here, so the largest says whether any is above zero.
    largest = int(g[high_row]) if g.size else 0
    use_gains = (bool(odd) or largest > 0) and axis in art.facts_read
    if offence is not None and n:
        # An act after its decision is refused row by row (the groups below share date spans only).
        late = np.asarray(offence_days if offence_days is not None else offence_day) > np.asarray(
            days if days is not None else day
        )
        if np.any(late):
            scalar(int(np.flatnonzero(np.broadcast_to(late, (n,)))[0]))

    # Discrete facts of each row: offender, circumstances (one flag each), the date's span.
    breaks = _change_days(art)
    parts: list[tuple[Any, int]] = []
    if legal is not None and not isinstance(legal, bool):
        parts.append((legal, 2))
    parts.extend((flag, 2) for flag in flags if not isinstance(flag, bool))
    if days is not None:
        parts.append((np.searchsorted(breaks, days, side="right"), len(breaks) + 1))
    if offence_days is not None:
        parts.append((np.searchsorted(breaks, offence_days, side="right"), len(breaks) + 1))
    ids, firsts = _groups(parts, n)
    count = len(firsts)

    # Per group: a constant range (a row of the tables), a gains kernel, or row by row.
    tables: list[Any] = []  # made when a group has a constant range or groups are gathered
    # Kernels by identity (a memoised kernel is one object; hashing it would walk its pieces).
    kernels: dict[int, tuple[_Plan, list[int]]] = {}
    slow: list[int] = []
    for group, i0 in enumerate(firsts):
        plan: _Plan | None = None
        fresh, memo_key = False, None
        if use_gains:
            try:
                first_facts = art.make_facts(row_facts(i0))
                plan, memo_key, fresh = _compile(art, first_facts, kind, addressee, axis)
            except NotCompilable:
                plan = None
            except PenaltiesError as error:
                error.add_note(f"batch row {i0}")
                raise
        if plan is None or fresh:
            expected = scalar(i0)  # validates the group and raises the typed errors of its first row
            if not use_gains:
                plan = _Plan(_Const(expected))  # the same range for every row of the group
        else:
            # A kernel checked before: the facts of the group are valid; the law in force is asked
            # here (any other answer of the law that depends on the group is a piece of the kernel).
            try:
                art.check_in_force(first_facts.on)
            except PenaltiesError as error:
                error.add_note(f"batch row {i0}")
                raise
        if plan is not None and fresh and i0 not in odd and g[i0] <= plan.limit():
            # A kernel just made must give the scalar path's answer on the group's first row
            # (else it is remembered as refused, and the group is evaluated by the scalar path).
            first = g[i0 : i0 + 1]
            cols = plan.fine.columns(first)
            present = bool(np.all(plan.fine.present(first)))
            if (
                not bool(np.any(plan.fine.errors(first)))
                and (_interval_of(cols, 0, currency) if present else None) != expected
            ):
                plan = None
                if memo_key is not None:
                    art.memo.put(memo_key, NotCompilable("the kernel disagrees with assess()"))
        if plan is not None and fresh and memo_key is not None:
            art.memo.put(memo_key, plan)
        if plan is None or not plan.fine.fits():
            slow.append(group)
        elif isinstance(plan.fine, _Const):
            if not tables:
                tables = _tables(count)
            for table, column in zip(tables, (*plan.fine.columns(g), plan.fine.range is not None), strict=True):
                table[group] = column
        else:
            kernels.setdefault(id(plan), (plan, []))[1].append(group)

    covered = any(len(members) == count for _, members in kernels.values())
    out: list[Any]
    if not covered and not tables:
        tables = _tables(count)
    if covered:
        out = []  # one kernel gives every row (below)
    elif ids is None or count == 1:
        out = [_repeat(table[0], n) for table in tables]
    else:
        out = _gather(tables, ids)
    rows_of: list[NDArray[np.int64]] | None = None
    fallback: dict[int, Interval[Money] | None] = {}
    for plan, members in kernels.values():
        rows: NDArray[np.int64] | None
        if len(members) == count:
            rows = None
        else:
            assert ids is not None
            chosen = np.zeros(count, dtype=bool)
            chosen[members] = True
            rows = np.flatnonzero(chosen.take(ids))
        gk = g if rows is None else g[rows]
        limit = plan.limit()
        bad = plan.fine.errors(gk)
        if bad is not False and bad.any():
            for at in np.flatnonzero(bad).tolist():
                row = at if rows is None else int(rows[at])
                fallback[row] = scalar(row)  # raises: the law gives no answer for this row
        cols = plan.fine.columns(gk)
        present = plan.fine.present(gk)
        if rows is None:
            out = [c if isinstance(c, np.ndarray) and c.ndim else _repeat(c, n) for c in (*cols, present)]
        else:
            for target, column in zip(out, (*cols, present), strict=True):
                target[rows] = column
        too_big = np.flatnonzero(gk > limit) if largest > limit else np.zeros(0, dtype=np.int64)
        for i in (too_big if rows is None else rows[too_big]).tolist():
            fallback[int(i)] = scalar(int(i))
    if slow:
        out = [c if c.flags.writeable else np.array(c) for c in out]
        is_odd = np.zeros(n, dtype=bool)
        is_odd[list(odd)] = True
        if ids is not None:
            rows_of = _members(ids, count)
    for group in slow:
        # Not compiled: one scalar assessment per distinct value of the gains in the group (exact).
        rows = np.arange(n) if rows_of is None else rows_of[group]
        rows = rows[~is_odd[rows]]
        if not rows.size:
            continue
        values, first_of, inverse = np.unique(g[rows], return_index=True, return_inverse=True)
        local = _tables(len(values))
        misfits: dict[int, Interval[Money] | None] = {}
        for j, first_row in enumerate(rows[first_of].tolist()):
            result = scalar(int(first_row))
            constant = _Const(result)
            if not constant.fits():
                misfits[j] = result
                continue
            for table, column in zip(local, (*constant.columns(g), result is not None), strict=True):
                table[j] = column
        inverse = inverse.reshape(len(rows))
        for target, column in zip(out, _gather(local, inverse), strict=True):
            target[rows] = column
        for j, result in misfits.items():
            for i in rows[inverse == j].tolist():
                fallback[int(i)] = result
    # Values that are not a whole int64: each validated and assessed by the scalar path (equal
    # values of one group share the assessment).
    memo: dict[tuple[int, type, Any], Interval[Money] | None] = {}
    for i, item in odd.items():
        try:
            key = (0 if ids is None else int(ids[i]), type(item), item)
            if key in memo:
                fallback[i] = memo[key]
                continue
        except TypeError:  # unhashable: assessed (and refused) alone
            key = None
        fallback[i] = scalar(i)
        if key is not None:
            memo[key] = fallback[i]
    out = [np.array(c) if np.may_share_memory(c, g) or (fallback and not c.flags.writeable) else c for c in out]
    if fallback:
        where = np.fromiter(fallback, dtype=np.int64, count=len(fallback))
        for target, zero in zip(out, (0, 1, 0, 1, False, False, False), strict=True):
            target[where] = zero
    low_num, low_den, high_num, high_den, low_closed, high_closed, has_fine = out
    return FineBounds(
        art.id, currency, low_num, low_den, high_num, high_den, low_closed, high_closed, has_fine, fallback
    )


def fine_bounds_frame(
    frame: Any,
    article_id: str | Article,
    *,
    gains: Any = None,
    legal_person: Any = None,
    circumstances: Mapping[str, Any] | None = None,
    on: Any = None,
    kind: SanctionKind | str = SanctionKind.FINE,
    addressee: Addressee | str = Addressee.OFFENDER,
    numbers: str = "objects",
    offence_date: Any = None,
    **facts: Any,
) -> Any:
    """:func:`fine_bounds` over the columns of a table: a pandas ``DataFrame`` of the bounds.

    ``frame`` is a pandas ``DataFrame`` or a pyarrow ``Table``. ``gains``, ``legal_person``,
    ``on``, ``offence_date``, the values of ``circumstances`` and an amount fact of the act
    (``turnover``, ``procurement_amount``) are read as :func:`fine_bounds` reads them, with one
    rule: a string names a column of ``frame`` (a name it does not have is refused), and any
    other value is one value for every row (``on=datetime.date(2024, 5, 1)``,
    ``legal_person=True``). ``kind``, ``addressee`` and the other keywords are as in
    :func:`fine_bounds`.

    Returns :meth:`FineBounds.to_frame` with ``numbers`` (``"objects"``: ``int`` / ``Fraction``
    columns ``low`` and ``high``; ``"int64"``: ``num`` / ``den`` columns), indexed like ``frame``
    (a ``Table``: 0 .. n - 1), so ``frame.join(result)`` puts each case beside its fine.

    The row is the unit of work, so the function maps over the partitions of a larger table:
    ``ddf.map_partitions(fine_bounds_frame, "cn.dsl.47", gains="gains", meta=frame_meta())``
    (``dask.dataframe``). Errors are those of :func:`fine_bounds`, with a note naming the frame's
    column and the index label of the offending row.
    """
    mode = _numbers(numbers)
    names, index, size, get = _table(frame)
    used: dict[str, Any] = {}

    def pick(parameter: str, value: Any, fields: tuple[str, ...]) -> Any:
        if not isinstance(value, str):
            return value
        count = names.count(value)
        if count != 1:
            shown = ", ".join(describe(name, 40) for name in names[:20]) + (", ..." if len(names) > 20 else "")
            expected = (
                f"the name of a column of the frame ({shown or 'it has none'}); a value other than text"
                " (a date, a bool) is one value for every row"
                if count == 0
                else "a column name that appears once in the frame"
            )
            raise InvalidFactError(parameter, value, expected)
        used.update(dict.fromkeys(fields, value))
        return _Named(get(value), value)

    try:
        # Errors about the gains name the act's gains fact: they locate in the gains column.
        entry = article_id if isinstance(article_id, Article) else _article(article_id)
        gains_names: tuple[str, ...] = tuple(name for name in ("gains", entry.act.gains_fact) if name is not None)
    except PenaltiesError:
        gains_names = ("gains",)  # fine_bounds refuses the article below
    picked_gains = pick("gains", gains, gains_names)
    picked_legal = pick("legal_person", legal_person, ("legal_person", "offender"))
    picked_on = pick("on", on, ("on",))
    picked_offence = pick("offence_date", offence_date, ("offence_date",))
    # An amount fact of the act named by text (``turnover="turnover"``) is a column, like the gains.
    facts_type = (article_id if isinstance(article_id, Article) else _article(article_id)).act.facts_type
    for name in facts_type.AMOUNT_FACTS:
        if isinstance(facts.get(name), str):
            facts[name] = pick(name, facts[name], (name,))
    picked_circumstances: Any = circumstances
    if isinstance(circumstances, Mapping):
        picked_circumstances = {
            name: pick(
                "circumstances",
                value,
                (f"circumstances.{name}", f"circumstances.{name.strip().lower()}") if isinstance(name, str) else (),
            )
            for name, value in circumstances.items()
        }
    try:
        bounds = fine_bounds(
            article_id,
            gains=picked_gains,
            legal_person=picked_legal,
            circumstances=picked_circumstances,
            on=picked_on,
            kind=kind,
            addressee=addressee,
            offence_date=picked_offence,
            **facts,
        )
    except PenaltiesError as error:
        _locate(error, used, index)
        raise
    if used:
        return bounds.to_frame(mode, index=index)
    # Every fact is one value for every row: the one row the batch computed, once a row.
    import pandas as pd

    one = bounds.to_frame(mode)
    result = one.iloc[np.zeros(size, dtype=np.intp)]
    result.index = pd.RangeIndex(size) if index is None else index
    return result


@attrs.frozen
class _Named:
    """A column of a table with its name (for the errors)."""

    value: Any
    name: Any


def _table(frame: Any) -> tuple[list[Any], Any, int, Any]:
    """The column names, the index (None: 0 .. n - 1), the rows and the column reader of a table."""
    pd = sys.modules.get("pandas")
    if pd is not None and isinstance(frame, pd.DataFrame):
        if len(frame) > MAX_ROWS:
            raise InvalidFactError("frame", f"a frame of {len(frame)} rows", f"at most {MAX_ROWS} rows")
        return list(frame.columns), frame.index, len(frame), frame.__getitem__
    pa = sys.modules.get("pyarrow")
    if pa is not None and isinstance(frame, pa.Table):
        return list(frame.column_names), None, frame.num_rows, frame.column
    raise InvalidFactError(
        "frame",
        f"a {type(frame).__module__}.{type(frame).__qualname__}",
        "a pandas DataFrame or a pyarrow Table (a dask DataFrame: map its partitions through this function)",
    )


def _locate(error: PenaltiesError, used: dict[str, Any], index: Any) -> None:
    """Add a note naming the frame's column and the index label of the row an error names."""
    parts: list[str] = []
    column = used.get(getattr(error, "field", None))  # type: ignore[arg-type]
    if column is not None:
        parts.append(f"frame column {describe(column, 60)}")
    rows = [
        int(note[len("batch row ") :])
        for note in getattr(error, "__notes__", ())
        if isinstance(note, str) and note.startswith("batch row ") and note[len("batch row ") :].isdigit()
    ]
    if rows and index is not None and rows[-1] < len(index):
        parts.append(f"frame index {describe(_scalar_of(index[rows[-1]]), 60)}")
    if parts:
        error.add_note(", ".join(parts))


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

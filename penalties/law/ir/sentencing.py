"""Iran: the general part of the Islamic Penal Code (1392) on any ta'zir offence.

The statutory range of an article never moves; these rules say what the general part makes of it.
Each is a pure function over statutory ranges (and the date of judgment, which picks the amounts and
the Art 19 bands in force), so it works on any article's assessment and is tested on its own:

- :func:`punishment_degree` and :func:`offence_degree` - the degree (Art 19): each punishment graded
  by its maximum (note 2), the most severe degree is the offence's (opinions 7/99/113, 7/97/2143);
  the fine bands move with the amounts decrees (Art 752: degree 2 at the 1392 bands, 4 at 1399);
- :func:`mitigation` - the Art 37 options for that degree (1399 text; the 1392 text for a judgment
  before the 1399 Law), with the Art 38 grounds as facts (:class:`~.facts.MitigatingGround`);
- :func:`alternatives` and :func:`fines_in_place` - alternatives to imprisonment (Arts 67, 68) and
  the Art 86 fines in place of imprisonment;
- :func:`several_offences` - Art 134 as rewritten in 1399 (clauses الف-ث);
- :func:`repeat_offending` - Art 137 as rewritten in 1399 (SINGLE-SOURCE), beside Art 755;
- :func:`limitation` - Arts 105 (prosecution) and 107 (execution) by degree; Art 11 ت applies
  limitation laws at once, so the periods are those of the law in force.

No source says in what order Art 754, Arts 134/137 and Art 37 act on one range (law notes,
iran_time_and_sentencing.md §11): each function starts from the statutory range and the results
are reported side by side, never chained. Every open reading it depends on is a named option of
:class:`~.facts.IrReadings` (``degree_rule``, ``degree_basis``, ``bands_1403_missing``,
``art134_same_offence``, ``art134_quarter_on_fines``, ``term_mean_convention``), and the result
names the reading and the value followed.

The tables (Art 19 fine bands at 1392, 1399 and 1403; Art 86; Arts 105 and 107) are data in
``data/sentencing.toml``, read once and checked strictly.
"""

from __future__ import annotations

import datetime as _dt
import os
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Any

import attrs

from ...core.citation import Citation
from ...core.errors import InvalidFactError, NotDeterminableError
from ...core.interval import Interval
from ...core.money import Money
from ...core.readings import reading_is
from ...core.sanction import Modality, SanctionKind
from ...core.term import Term, TermUnit
from .act import cite
from .amounts import AmountsDataError
from .facts import IrReadings, MitigatingGround, to_readings

__all__ = [
    "DATA_FILE",
    "LAW_1399",
    "NEGLIGENT",
    "Art86Schedule",
    "BandSchedule",
    "Degree",
    "Grade",
    "Option",
    "OffenceRanges",
    "SeveralOffences",
    "alternatives",
    "art19_schedule",
    "fines_in_place",
    "limitation",
    "mitigation",
    "offence_degree",
    "punishment_degree",
    "range_mean",
    "repeat_offending",
    "several_offences",
]

DATA_FILE = "sentencing.toml"
_DATA = os.path.join(os.path.dirname(__file__), "data")

#: The Law on Reducing Ta'zir Imprisonment (قانون کاهش مجازات حبس تعزیری), passed 1399/02/23 and
#: promulgated 1399/03/22: the library applies its texts (Arts 18 note, 37, 134, 137) to judgments
#: from the promulgation date, the one date the law notes give.
LAW_1399 = _dt.date(2020, 6, 11)

PRISON = SanctionKind.TAZIR_IMPRISONMENT
FINE = SanctionKind.FINE
#: Kinds Art 19 grades here: imprisonment and the fine, each by its maximum; the dissolution of a
#: legal person is degree 1 (Art 19, degree 1: «انحلال شخص حقوقی»).
GRADED = (PRISON, FINE, SanctionKind.DISSOLUTION)

#: Articles whose offence is unintentional («بی‌احتیاطی، بی‌مبالاتی»): Art 733 only among those with
#: imprisonment (Arts 749 and 751 by negligence fine a provider and imprison no one).
NEGLIGENT = frozenset({"733"})

_STATUSES = ("VERIFIED", "SINGLE-SOURCE", "UNVERIFIED")


def _years(n: int) -> Term:
    return Term(n, TermUnit.YEAR)


def _months(n: int) -> Term:
    return Term(n, TermUnit.MONTH)


def _days(n: int) -> Term:
    return Term(n, TermUnit.DAY)


#: Art 19's imprisonment bands (the statute's words; the decrees do not touch them):
#: degree -> (low, low included, high); degree 1 «بیش از بیست و پنج سال» has no upper end.
PRISON_BANDS: dict[int, tuple[Term, bool, Term | None]] = {
    1: (_years(25), False, None),
    2: (_years(15), False, _years(25)),
    3: (_years(10), False, _years(15)),
    4: (_years(5), False, _years(10)),
    5: (_years(2), False, _years(5)),
    6: (_months(6), False, _years(2)),
    7: (_days(91), True, _months(6)),
    8: (_days(0), False, _months(3)),
}


# ---------------------------------------------------------------------------------------------
# The data


@attrs.frozen
class FineBand:
    """One degree's fine band in one schedule: ``(low, high]`` (degree 8: up to high; 1: above low)."""

    degree: int
    low: Money | None
    high: Money | None
    status: str

    def holds(self, amount: Money) -> bool:
        return (self.low is None or amount > self.low) and (self.high is None or amount <= self.high)

    def interval(self) -> Interval[Money] | None:
        """The band as a range (degree 8 from nothing up to its top); ``None`` for degree 1."""
        if self.high is None:
            return None
        low = self.low if self.low is not None else Money(0, "IRR")
        return Interval(low, self.high, low_closed=False)


@attrs.frozen
class BandSchedule:
    """The Art 19 fine bands from one date (the statute's or an amounts decree's)."""

    key: str
    title: str
    effective: _dt.date
    sources: tuple[str, ...]
    bands: tuple[FineBand, ...]

    def band(self, degree: int) -> FineBand | None:
        return next((b for b in self.bands if b.degree == degree), None)


@attrs.frozen
class Art86Schedule:
    """The Art 86 fines in place of imprisonment from one date: clause -> range (empty: not read)."""

    key: str
    title: str
    effective: _dt.date
    sources: tuple[str, ...]
    status: str
    clauses: tuple[tuple[str, Interval[Money]], ...]


def _amount(entry: str, row: Mapping[str, Any], field: str) -> Money | None:
    value = row.get(field)
    if value is None:
        return None
    if not isinstance(value, str) or not value.isascii() or not value.isdigit() or len(value) > 15:
        raise AmountsDataError(DATA_FILE, entry, f"{field} must be whole rials as a string of digits")
    return Money(int(value), "IRR")


def _check_keys(entry: str, row: object, required: set[str], optional: frozenset[str] = frozenset()) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise AmountsDataError(DATA_FILE, entry, "expected a table")
    unknown = set(row) - required - optional
    if unknown:
        raise AmountsDataError(DATA_FILE, entry, f"unknown field(s): {', '.join(sorted(unknown))}")
    missing = required - set(row)
    if missing:
        raise AmountsDataError(DATA_FILE, entry, f"missing field(s): {', '.join(sorted(missing))}")
    return row


def _status(entry: str, value: object) -> str:
    if value not in _STATUSES:
        raise AmountsDataError(DATA_FILE, entry, f"status must be one of {', '.join(_STATUSES)}")
    return str(value)


def _dated(entry: str, row: Mapping[str, Any], previous: _dt.date | None) -> _dt.date:
    effective = row["effective"]
    if type(effective) is not _dt.date:
        raise AmountsDataError(DATA_FILE, entry, "effective must be a date")
    if previous is not None and effective <= previous:
        raise AmountsDataError(DATA_FILE, entry, "schedules must be in increasing date order")
    return effective


def _sources(entry: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(s, str) and s for s in value):
        raise AmountsDataError(DATA_FILE, entry, "sources must be a list of texts")
    return tuple(value)


def read_tables(
    folder: str | os.PathLike[str] | None = None,
) -> tuple[tuple[BandSchedule, ...], tuple[Art86Schedule, ...], dict[int, int], dict[int, int]]:
    """Read and check ``data/sentencing.toml``; a malformed entry raises ``AmountsDataError``."""
    path = os.path.join(folder if folder is not None else _DATA, DATA_FILE)
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise AmountsDataError(DATA_FILE, "the file", f"cannot be read: {error}") from error
    _check_keys("the file", data, {"art19", "art86", "limitation"})
    schedules: list[BandSchedule] = []
    previous: _dt.date | None = None
    for index, raw in enumerate(data["art19"]):
        entry = f"art19[{index}]"
        row = _check_keys(entry, raw, {"key", "title", "effective", "sources", "bands"})
        previous = _dated(entry, row, previous)
        bands: list[FineBand] = []
        for number, band_raw in enumerate(row["bands"]):
            where = f"{entry}.bands[{number}]"
            band = _check_keys(where, band_raw, {"degree", "status"}, frozenset({"low", "high"}))
            degree = band["degree"]
            if type(degree) is not int or not 1 <= degree <= 8 or any(b.degree == degree for b in bands):
                raise AmountsDataError(DATA_FILE, where, "degree must be a whole number 1-8, once per schedule")
            low, high = _amount(where, band, "low"), _amount(where, band, "high")
            if (low is None) != (degree == 8) or (high is None) != (degree == 1):
                raise AmountsDataError(DATA_FILE, where, "degree 8 has only a high end, degree 1 only a low end")
            if low is not None and high is not None and not low < high:
                raise AmountsDataError(DATA_FILE, where, "low must be below high")
            bands.append(FineBand(degree, low, high, _status(where, band["status"])))
        ordered = sorted(bands, key=lambda b: b.degree)
        for lower, upper in zip(ordered[1:], ordered, strict=False):
            # Degree n+1 ends where degree n begins: the bands neither overlap nor leave a gap.
            if lower.degree == upper.degree + 1 and lower.high != upper.low:
                raise AmountsDataError(DATA_FILE, entry, f"bands {upper.degree} and {lower.degree} do not meet")
        schedules.append(BandSchedule(str(row["key"]), str(row["title"]), previous, _sources(entry, row["sources"]), tuple(ordered)))
    art86: list[Art86Schedule] = []
    previous = None
    for index, raw in enumerate(data["art86"]):
        entry = f"art86[{index}]"
        row = _check_keys(entry, raw, {"key", "title", "effective", "sources", "status", "clauses"})
        previous = _dated(entry, row, previous)
        clauses: list[tuple[str, Interval[Money]]] = []
        for number, clause_raw in enumerate(row["clauses"]):
            where = f"{entry}.clauses[{number}]"
            clause = _check_keys(where, clause_raw, {"clause", "high"}, frozenset({"low"}))
            low = _amount(where, clause, "low") or Money(0, "IRR")
            high = _amount(where, clause, "high")
            assert high is not None
            # «تا» up to the high end; a clause «از X تا Y» after another starts above X.
            clauses.append((str(clause["clause"]), Interval(low, high, low_closed=False)))
        art86.append(
            Art86Schedule(
                str(row["key"]), str(row["title"]), previous, _sources(entry, row["sources"]),
                _status(entry, row["status"]), tuple(clauses),
            )
        )
    limits = _check_keys("limitation", data["limitation"], {"prosecution", "execution"})
    periods: list[dict[int, int]] = []
    for name in ("prosecution", "execution"):
        table = limits[name]
        if not isinstance(table, dict) or sorted(table) != [str(d) for d in range(1, 9)]:
            raise AmountsDataError(DATA_FILE, f"limitation.{name}", "one whole number of years per degree 1-8")
        found = {int(k): v for k, v in table.items()}
        if not all(type(v) is int and v > 0 for v in found.values()):
            raise AmountsDataError(DATA_FILE, f"limitation.{name}", "periods are whole years above zero")
        periods.append(found)
    return tuple(schedules), tuple(art86), periods[0], periods[1]


ART19_SCHEDULES, ART86_SCHEDULES, PROSECUTION_YEARS, EXECUTION_YEARS = read_tables()


def art19_schedule(on: _dt.date) -> BandSchedule:
    """The Art 19 fine bands that grade a judgment of ``on`` (reading O2 ``same_as_amounts``)."""
    chosen = ART19_SCHEDULES[0]
    for schedule in ART19_SCHEDULES:
        if on >= schedule.effective:
            chosen = schedule
    return chosen


# ---------------------------------------------------------------------------------------------
# Degrees (Art 19)


@attrs.frozen
class Grade:
    """One punishment graded on its own: its kind, the maximum that grades it, the degree."""

    kind: SanctionKind
    maximum: Money | Term | None
    degree: int
    status: str
    #: The Art 19 schedule of the fine bands used (``"1392"``, ``"1399"``, ``"1403"``); ``None`` for
    #: imprisonment and dissolution, whose lines the decrees do not change.
    schedule: str | None = None


@attrs.frozen
class Degree:
    """The degree of an offence: the most severe (lowest) degree among its graded punishments."""

    degree: int
    grades: tuple[Grade, ...]
    schedule: str
    #: ``(reading, value)`` pairs this degree depends on.
    readings: tuple[tuple[str, str], ...]
    basis: Citation

    @property
    def status(self) -> str:
        """The weakest status among the grades that decide the degree."""
        deciding = [g.status for g in self.grades if g.degree == self.degree]
        for status in ("UNVERIFIED", "SINGLE-SOURCE"):
            if status in deciding:
                return status
        return "VERIFIED"


def _prison_degree(maximum: Term) -> int:
    if maximum > _years(25):
        return 1
    for degree in range(2, 9):
        low, low_closed, high = PRISON_BANDS[degree]
        assert high is not None
        above = low <= maximum if low_closed else low < maximum
        if above and maximum <= high:
            return degree
    if maximum <= _months(3):
        return 8
    # Between "up to three months" (90 days under the 30-day month) and "91 days".
    raise NotDeterminableError("ir.ipc.19", "degree", f"a maximum of {maximum} lies between degree 8 and degree 7")


def punishment_degree(
    kind: SanctionKind | str,
    statutory: Interval[Any] | None,
    on: _dt.date,
    readings: IrReadings | Mapping[str, str] | None = None,
) -> Grade:
    """The degree of one punishment (Art 19), graded by its maximum (note 2).

    ``on`` is the date whose fine bands apply. Imprisonment uses the statute's lines; a fine uses
    the bands of the schedule in force (1392 text, then the decrees of 1399/12/25 and 1403/04/04);
    the dissolution of a legal person is degree 1.

    >>> import datetime as dt
    >>> from penalties.core.money import Money
    >>> fine = Interval(Money(100_000_000, "IRR"), Money(1_000_000_000, "IRR"))
    >>> punishment_degree("fine", fine, dt.date(2020, 1, 1)).degree    # 1392 bands: (550M, 1,000M]
    2
    >>> punishment_degree("fine", fine, dt.date(2021, 3, 15)).degree   # 1399 bands: (500M, 1,000M]
    4
    """
    read = to_readings(readings)
    if not isinstance(kind, SanctionKind):
        kind = _kind(kind)
    if kind is SanctionKind.DISSOLUTION:
        return Grade(kind, None, 1, "VERIFIED")
    if statutory is None:
        raise InvalidFactError("statutory", statutory, f"a range for the {kind.value}")
    maximum = statutory.high
    if kind is PRISON:
        if not isinstance(maximum, Term):
            raise InvalidFactError("statutory", statutory, "a range of terms for imprisonment")
        return Grade(kind, maximum, _prison_degree(maximum), "VERIFIED")
    if kind is not FINE or not isinstance(maximum, Money) or maximum.currency != "IRR":
        raise InvalidFactError("kind", kind.value, "tazir_imprisonment, fine (in IRR) or dissolution")
    schedule = art19_schedule(on)
    for band in schedule.bands:
        if band.holds(maximum):
            if band.status == "UNVERIFIED" and reading_is(read, "bands_1403_missing", "error"):
                raise NotDeterminableError(
                    "ir.ipc.19", "degree",
                    f"the {schedule.key} band of degree {band.degree} is not attested", "bands_1403_missing",
                )
            return Grade(kind, maximum, band.degree, band.status, schedule.key)
    raise NotDeterminableError(
        "ir.ipc.19", "degree", f"no attested {schedule.key} fine band holds {maximum}", "bands_1403_missing"
    )


def _kind(value: object) -> SanctionKind:
    if isinstance(value, str) and value in SanctionKind._value2member_map_:
        return SanctionKind(value)
    raise InvalidFactError("kind", value, "one of " + ", ".join(repr(k.value) for k in GRADED))


def offence_degree(
    punishments: Iterable[tuple[SanctionKind | str, Interval[Any] | None]],
    on: _dt.date,
    readings: IrReadings | Mapping[str, str] | None = None,
) -> Degree:
    """The degree of an offence from its statutory punishments (Art 19 note 2 and note 3).

    Reading ``degree_rule``: ``"most_severe_statutory"`` (default; each punishment graded on its
    own, alternatives included, the lowest degree wins: opinions 7/99/113 and 7/97/2143) or
    ``"imprisonment_decides"`` (note 3's fallback: the imprisonment decides where there is one).
    Kinds Art 19 does not grade here (dismissal, restitution, public services) are left aside.

    >>> import datetime as dt
    >>> from penalties.core.money import Money
    >>> prison = Interval(Term(1, TermUnit.YEAR), Term(3, TermUnit.YEAR))
    >>> fine = Interval(Money(100_000_000, "IRR"), Money(1_000_000_000, "IRR"))
    >>> offence_degree([("tazir_imprisonment", prison), ("fine", fine)], dt.date(2020, 1, 1)).degree
    2
    """
    read = to_readings(readings)
    grades = []
    for kind, statutory in punishments:
        kind = kind if isinstance(kind, SanctionKind) else _kind(kind)
        if kind in GRADED:
            grades.append(punishment_degree(kind, statutory, on, read))
    if not grades:
        raise NotDeterminableError("ir.ipc.19", "degree", "no punishment that Art 19 grades")
    used: tuple[tuple[str, str], ...] = (("degree_rule", read.degree_rule),)
    deciding = grades
    if reading_is(read, "degree_rule", "imprisonment_decides"):
        prison = [g for g in grades if g.kind is PRISON]
        deciding = prison or grades
    if any(g.kind is FINE for g in grades):
        used += (("degree_basis", read.degree_basis),)
        if any(g.status == "UNVERIFIED" for g in grades):
            used += (("bands_1403_missing", read.bands_1403_missing),)
    degree = min(g.degree for g in deciding)
    return Degree(degree, tuple(grades), art19_schedule(on).key, used, cite("19"))


# ---------------------------------------------------------------------------------------------
# Options: what a rule makes of the statutory range, reported beside it


@attrs.frozen
class Option:
    """One thing the general part offers beside the statutory range.

    ``rule`` names it (``"art37_reduce"``); ``direction`` is ``"mitigation"``, ``"aggravation"``,
    ``"alternative"`` or ``"condition"`` (a duty that changes no range, such as the Art 18 note);
    ``ranges`` are the resulting ranges by kind (empty where the rule sets none); ``params`` the
    exact values an explanation mentions; ``readings`` the open readings it depends on.
    """

    rule: str
    basis: Citation
    modality: Modality
    direction: str
    ranges: tuple[tuple[SanctionKind, Interval[Any]], ...] = ()
    status: str = "VERIFIED"
    readings: tuple[tuple[str, str], ...] = ()
    params: tuple[tuple[str, Any], ...] = ()

    def param(self, name: str) -> Any:
        for key, value in self.params:
            if key == name:
                return value
        raise KeyError(name)


MAY = Modality.MAY
SHALL = Modality.SHALL


def prison_band(degree: int) -> Interval[Term]:
    """The Art 19 imprisonment band of ``degree`` 2-8 (degree 8: up to three months)."""
    low, low_closed, high = PRISON_BANDS[degree]
    if high is None:
        raise InvalidFactError("degree", degree, "a degree 2-8 (degree 1 has no upper end)")
    return Interval(low, high, low_closed=low_closed)


def _toward(band: Interval[Any], statutory: Interval[Any]) -> Interval[Any]:
    """A mitigated range: the target band, never above the statutory maximum; where the band starts
    above the statutory minimum, the minimum stays available (mitigation never raises a bound)."""
    if statutory.low < band.low or (statutory.low == band.low and statutory.low_closed and not band.low_closed):
        low, low_closed = statutory.low, statutory.low_closed
    else:
        low, low_closed = band.low, band.low_closed
    if statutory.high < band.high:
        high, high_closed = statutory.high, statutory.high_closed
    else:
        high, high_closed = band.high, band.high_closed
    return Interval(low, high, low_closed, high_closed)


def mitigation(
    kind: SanctionKind | str,
    statutory: Interval[Any],
    degree: int,
    on: _dt.date,
    readings: IrReadings | Mapping[str, str] | None = None,
) -> tuple[Option, ...]:
    """The Art 37 options for one punishment of ``degree`` (the punishment's own degree, 7/94/216).

    1399 text (judgments from :data:`LAW_1399`): imprisonment of degree 4 or higher, reduced by 1-3
    degrees (الف); of degree 5 or 6, by 1-2 degrees, or converted, like degree-7 imprisonment, into
    a fine of the same degree (ب); any other punishment (the fine), by 1-2 degrees, or converted into
    another punishment of the same degree or one lower (ث). The 1392 text: imprisonment by 1-3
    degrees, other punishments by 1-2. A reduced punishment lies in the band of its target degree
    (opinion 7/92/2208, reading O10), and never above the statutory range; imprisonment under 91
    days becomes an alternative punishment (the note). All of it is discretionary («می‌تواند»).

    >>> import datetime as dt
    >>> prison = Interval(Term(6, TermUnit.MONTH), Term(2, TermUnit.YEAR))
    >>> [str(o.ranges[0][1]) for o in mitigation("tazir_imprisonment", prison, 6, dt.date(2022, 1, 1))]
    ['[91 days, 6 months]', '(0 days, 3 months]', '(60,000,000 IRR, 240,000,000 IRR]']
    """
    read = to_readings(readings)
    kind = kind if isinstance(kind, SanctionKind) else _kind(kind)
    if type(degree) is not int or not 1 <= degree <= 8:
        raise InvalidFactError("degree", degree, "a whole number 1-8")
    text_1399 = on >= LAW_1399
    schedule = art19_schedule(on)
    options: list[Option] = []
    if kind is PRISON:
        steps = 3 if (degree <= 4 or not text_1399) else 2 if degree <= 6 else 0
        clause = "a" if degree <= 4 else "b"
    else:
        steps, clause = 2, "e"
    basis = cite("37", clause=clause if text_1399 else None)
    for target in range(degree + 1, min(degree + steps, 8) + 1):
        if kind is PRISON:
            band: Interval[Any] = prison_band(target)
            status = "VERIFIED"
        else:
            fine_band = schedule.band(target)
            found = None if fine_band is None else fine_band.interval()
            if found is None or fine_band is None:
                raise NotDeterminableError("ir.ipc.37", f"degree-{target} fine", f"no {schedule.key} band is known")
            band, status = found, fine_band.status
        params: tuple[tuple[str, Any], ...] = (("degree", degree), ("target", target), ("text", "1399" if text_1399 else "1392"))
        if kind is PRISON and target == 8:
            params += (("below_91_days", "alternative"),)
        used = (("bands_1403_missing", read.bands_1403_missing),) if status == "UNVERIFIED" else ()
        options.append(Option("art37_reduce", basis, MAY, "mitigation", ((kind, _toward(band, statutory)),), status, used, params))
    if text_1399 and kind is PRISON and 5 <= degree <= 7:
        fine_band = schedule.band(degree)
        found = None if fine_band is None else fine_band.interval()
        if found is not None and fine_band is not None:
            used = (("bands_1403_missing", read.bands_1403_missing),) if fine_band.status == "UNVERIFIED" else ()
            options.append(
                Option(
                    "art37_convert_to_fine", cite("37", clause="b"), MAY, "mitigation", ((FINE, found),),
                    fine_band.status, used, (("degree", degree), ("schedule", schedule.key)),
                )
            )
    if text_1399 and kind is not PRISON:
        options.append(
            Option("art37_convert_other", cite("37", clause="e"), MAY, "mitigation", (), "VERIFIED", (), (("degree", degree),))
        )
    return tuple(options)


def grounds_option(grounds: frozenset[MitigatingGround]) -> Option:
    """The Art 38 grounds found (the court must state them in its judgment, note 1)."""
    values = tuple(sorted(g.value for g in grounds))
    return Option("art38_grounds", cite("38"), SHALL, "condition", (), "VERIFIED", (), (("grounds", values),))


def reasons_note(statutory: Interval[Term], on: _dt.date) -> Option | None:
    """Art 18 note (1399): a prison term above the statutory minimum needs a stated reason."""
    if on < LAW_1399 or statutory.is_point:
        return None
    return Option("art18_reasons", cite("18", note=""), SHALL, "condition", (), "VERIFIED", (), (("minimum", statutory.low),))


# ---------------------------------------------------------------------------------------------
# Alternatives to imprisonment (Arts 64-68, 86)


def alternatives(article: str, statutory: Interval[Term]) -> Option | None:
    """Whether an alternative to imprisonment is mandatory (Art 68) or possible (Art 67).

    ``article`` is the article number (``"733"``): Art 733 is unintentional, the others of the Act
    intentional. Unintentional: mandatory, unless the statutory imprisonment exceeds two years
    (then possible). Intentional with a statutory maximum of more than six months up to one year:
    possible, barred where the conditions of Art 66 (earlier convictions) exist. Intentional above
    one year: none under Arts 65-67 (and mitigation below one year does not open them). Up to six
    months: Arts 65-66, whose texts were not read: not determinable.

    >>> str(alternatives("733", Interval(Term(91, TermUnit.DAY), Term(2, TermUnit.YEAR))).modality.value)
    'shall'
    """
    maximum = statutory.high
    if article in NEGLIGENT:
        modality = MAY if maximum > _years(2) else SHALL
        return Option("art68_alternative", cite("68"), modality, "alternative", (), "VERIFIED", (), (("maximum", maximum),))
    if maximum > _years(1):
        return None
    if maximum > _months(6):
        return Option("art67_alternative", cite("67"), MAY, "alternative", (), "VERIFIED", (), (("maximum", maximum),))
    raise NotDeterminableError(f"ir.ipc.{article}", "alternative to imprisonment", "Arts 65 and 66 were not read")


def fines_in_place(on: _dt.date) -> Option:
    """Art 86: the fines that may replace imprisonment, clause by clause, at the amounts of ``on``.

    Which clause fits an offence depends on the categories of Art 83, whose text was not read; the
    option lists the clauses. From the 1403 decree on, the Art 86 amounts were not read: the option
    says so and gives no range.
    """
    chosen = ART86_SCHEDULES[0]
    for schedule in ART86_SCHEDULES:
        if on >= schedule.effective:
            chosen = schedule
    ranges = tuple((FINE, interval) for _, interval in chosen.clauses)
    params = (("schedule", chosen.key), ("clauses", tuple(c for c, _ in chosen.clauses)))
    return Option("art86_fine", cite("86"), MAY, "alternative", ranges, chosen.status, (), params)


# ---------------------------------------------------------------------------------------------
# Several offences (Art 134) and repeat offending (Art 137), 1399 texts


def _in_months(term: Term) -> Fraction:
    return Fraction(term.amount) * (12 if term.unit is TermUnit.YEAR else 1)


def range_mean(statutory: Interval[Any], readings: IrReadings | Mapping[str, str] | None = None, article: str = "ir.ipc") -> Any:
    """The mean of a range's minimum and maximum (Arts 134 ب, 137), exact.

    Years and months meet exactly (a year is twelve months); days meet months or years only by a
    convention the statute does not give (reading ``term_mean_convention``, O12): ``"error"``
    (default) refuses with :class:`NotDeterminableError`; ``"days_365_30"`` counts a year as 365 days
    and a month as 30.

    >>> range_mean(Interval(Term(6, TermUnit.MONTH), Term(2, TermUnit.YEAR)))
    Term(15, 'month')
    >>> range_mean(Interval(Term(91, TermUnit.DAY), Term(1, TermUnit.YEAR)))
    Traceback (most recent call last):
    ...
    penalties.core.errors.NotDeterminableError: ir.ipc: the mean of 91 days and 1 year is not determinable: the statute gives no conversion between days and months or years (the reading 'term_mean_convention' decides this; see the article's readings())
    """
    low, high = statutory.low, statutory.high
    if isinstance(low, Money) and isinstance(high, Money):
        return (low + high) * Fraction(1, 2)
    if not isinstance(low, Term) or not isinstance(high, Term):
        raise InvalidFactError("statutory", statutory, "a range of money or of terms")
    if low.unit is high.unit:
        return Term(low.amount + high.amount, low.unit) * Fraction(1, 2)
    if TermUnit.DAY not in (low.unit, high.unit):
        return Term(_in_months(low) + _in_months(high), TermUnit.MONTH) * Fraction(1, 2)
    read = to_readings(readings)
    if reading_is(read, "term_mean_convention", "error"):
        raise NotDeterminableError(
            article, f"mean of {low} and {high}",
            "the statute gives no conversion between days and months or years", "term_mean_convention",
        )
    per = {TermUnit.DAY: 1, TermUnit.MONTH: 30, TermUnit.YEAR: 365}
    total = Fraction(low.amount) * per[low.unit] + Fraction(high.amount) * per[high.unit]
    return Term.days(total / 2)


def _quarter(kind: SanctionKind, maximum: Any, read: IrReadings) -> Any:
    """Up to a quarter above the maximum (Arts 134 پ, 137); for a fine only under O5 ``yes``."""
    if kind is FINE and reading_is(read, "art134_quarter_on_fines", "prison_only"):
        return maximum
    return maximum * Fraction(5, 4)


@attrs.frozen
class OffenceRanges:
    """One offence of a case: an id (the same id for the same offence repeated), its degree and its
    statutory punishments (kind -> range)."""

    offence: str
    degree: int
    ranges: tuple[tuple[SanctionKind, Interval[Any]], ...]

    @classmethod
    def of(cls, offence: str, degree: int, ranges: Mapping[SanctionKind | str, Interval[Any]] | Iterable[tuple[Any, Interval[Any]]]) -> OffenceRanges:
        """Check and build (kinds as members or their names)."""
        if not isinstance(offence, str) or not offence or len(offence) > 100:
            raise InvalidFactError("offence", offence, "an offence id (text of 1-100 characters)")
        if type(degree) is not int or not 1 <= degree <= 8:
            raise InvalidFactError("degree", degree, "a whole number 1-8")
        items = list(ranges.items()) if isinstance(ranges, Mapping) else list(ranges)
        made = []
        for kind, statutory in items[:10]:
            member = kind if isinstance(kind, SanctionKind) else _kind(kind)
            if member not in (PRISON, FINE) or not isinstance(statutory, Interval):
                raise InvalidFactError("ranges", kind, "imprisonment or fine ranges (Interval)")
            made.append((member, statutory))
        if not made or len(items) > 10:
            raise InvalidFactError("ranges", items[:3], "one to ten statutory ranges (imprisonment, fine)")
        return cls(offence, degree, tuple(made))


@attrs.frozen
class SeveralOffences:
    """Art 134 (1399): the range of each offence's sentence; only the heaviest is executed (ث)."""

    offences: tuple[OffenceRanges, ...]
    #: Per offence, in order: the clause applied (``"b"``, ``"c"``, ``"a"``, ``None``: statutory) and
    #: the resulting ranges by kind.
    results: tuple[tuple[str, str | None, tuple[tuple[SanctionKind, Interval[Any]], ...]], ...]
    options: tuple[Option, ...]
    readings: tuple[tuple[str, str], ...]
    basis: Citation


def _clause_ranges(offence: OffenceRanges, count: int, read: IrReadings) -> tuple[str, tuple[tuple[SanctionKind, Interval[Any]], ...]]:
    made = []
    if count <= 3:
        for kind, statutory in offence.ranges:
            # A punishment the statute fixes (742 note 3: the maximum) has no room above its mean.
            fixed = statutory.is_point
            low = statutory.high if fixed else range_mean(statutory, read, offence.offence)
            made.append((kind, Interval(low, statutory.high, fixed, True)))
        return "b", tuple(made)
    for kind, statutory in offence.ranges:
        made.append((kind, Interval(statutory.high, _quarter(kind, statutory.high, read))))
    return "c", tuple(made)


def several_offences(
    offences: Sequence[OffenceRanges],
    on: _dt.date,
    readings: IrReadings | Mapping[str, str] | None = None,
) -> SeveralOffences:
    """Art 134 as rewritten in 1399: the sentence range of each of several ta'zir offences.

    Different offences (distinct ids), counted apart among those of degree 1-6 and among those of
    degree 7-8 (ت: the lighter never aggravate the heavier): up to three, each minimum lies strictly
    above the mean of the statutory minimum and maximum (ب: (mean, max]); more than three, each
    punishment is the maximum, and may go up to a quarter above it (پ: [max, 5/4 max]; a fine only
    under ``art134_quarter_on_fines="yes"``, the default). The same offence more than once (الف):
    one sentence, which the court may aggravate by the count of repetitions
    (``art134_same_offence="by_repetitions"``, default) or not at all (``"none"``). Only the
    heaviest sentence is executed (ث), and a prison term above the minimum needs reasons (Art 18).

    >>> import datetime as dt
    >>> from penalties.core.money import Money
    >>> one = OffenceRanges.of("730", 6, {"tazir_imprisonment": Interval(Term(6, TermUnit.MONTH), Term(2, TermUnit.YEAR))})
    >>> two = OffenceRanges.of("731.a", 5, {"tazir_imprisonment": Interval(Term(1, TermUnit.YEAR), Term(3, TermUnit.YEAR))})
    >>> [str(r[0][1]) for _, _, r in several_offences([one, two], dt.date(2024, 7, 1)).results]
    ['(1 year 3 months, 2 years]', '(2 years, 3 years]']
    """
    read = to_readings(readings)
    items = list(offences[:101]) if isinstance(offences, Sequence) and not isinstance(offences, str) else None
    if items is None or not 2 <= len(items) <= 100 or not all(isinstance(o, OffenceRanges) for o in items):
        raise InvalidFactError("offences", offences, "a list of 2-100 OffenceRanges (at least two offences)")
    if on < LAW_1399:
        raise NotDeterminableError("ir.ipc.134", "sentence", "a judgment before the 1399 Law falls under the 1392 text of Art 134, not modelled")
    groups: dict[bool, dict[str, int]] = {True: {}, False: {}}
    for offence in items:
        heavy = offence.degree <= 6
        groups[heavy][offence.offence] = groups[heavy].get(offence.offence, 0) + 1
    used = [("art134_quarter_on_fines", read.art134_quarter_on_fines), ("term_mean_convention", read.term_mean_convention)]
    results = []
    seen: set[str] = set()
    for offence in items:
        if offence.offence in seen:
            continue
        seen.add(offence.offence)
        group = groups[offence.degree <= 6]
        different = len(group)
        repeats = group[offence.offence]
        if different >= 2:
            clause, ranges = _clause_ranges(offence, different, read)
            results.append((offence.offence, clause, ranges))
        elif repeats >= 2 and reading_is(read, "art134_same_offence", "by_repetitions"):
            clause, ranges = _clause_ranges(offence, repeats, read)
            results.append((offence.offence, "a:" + clause, ranges))
        else:
            results.append((offence.offence, None, offence.ranges))
    if any(len(g) == 1 and max(g.values()) >= 2 for g in groups.values()):
        used.append(("art134_same_offence", read.art134_same_offence))
    options = [Option("art134_heaviest_executed", cite("134", clause="e"), SHALL, "condition")]
    if groups[True] and groups[False]:
        options.append(Option("art134_light_apart", cite("134", clause="d"), SHALL, "condition"))
    return SeveralOffences(tuple(items), tuple(results), tuple(options), tuple(used), cite("134"))


def repeat_offending(
    ranges: Iterable[tuple[SanctionKind, Interval[Any]]],
    degree: int,
    prior_degree: int | None,
    intentional: bool,
    on: _dt.date,
    readings: IrReadings | Mapping[str, str] | None = None,
    article: str = "ir.ipc",
) -> Option | None:
    """Art 137 as rewritten in 1399 (SINGLE-SOURCE): the range of a repeat offence, or ``None``.

    Applies when an earlier final conviction for an intentional offence carried a ta'zir punishment
    of degree 1-5 (``prior_degree``) and the new offence, committed after that conviction became
    final and before rehabilitation or the lapse of its execution period, is intentional and of
    degree 1-6: each punishment's minimum becomes the mean of the statutory minimum and maximum,
    and the court may go up to a quarter above the maximum: [mean, 5/4 max] (a fine only under
    ``art134_quarter_on_fines="yes"``). Art 755 (repeat more than twice) is a separate measure.
    """
    read = to_readings(readings)
    if prior_degree is None or not intentional or prior_degree > 5 or degree > 6 or on < LAW_1399:
        return None
    made = []
    for kind, statutory in ranges:
        if kind in (PRISON, FINE):
            made.append((kind, Interval(range_mean(statutory, read, article), _quarter(kind, statutory.high, read))))
    if not made:
        return None
    used = (("art134_quarter_on_fines", read.art134_quarter_on_fines), ("term_mean_convention", read.term_mean_convention))
    params = (("prior_degree", prior_degree), ("degree", degree))
    return Option("art137_repeat", cite("137"), MAY, "aggravation", tuple(made), "SINGLE-SOURCE", used, params)


# ---------------------------------------------------------------------------------------------
# Limitation (Arts 105, 107; Art 11 ت)


def limitation(degree: int) -> tuple[Option, Option]:
    """The limitation periods of an offence of ``degree``: prosecution (Art 105), execution (Art 107).

    Whole years, never converted to days. Limitation laws apply at once to earlier offences (Art 11
    ت), so these are the periods of the law in force, whatever the offence date.

    >>> [str(o.param("years")) for o in limitation(6)]
    ['5 years', '7 years']
    """
    if type(degree) is not int or not 1 <= degree <= 8:
        raise InvalidFactError("degree", degree, "a whole number 1-8")
    clauses = {1: "a", 2: "a", 3: "a", 4: "b", 5: "c", 6: "d", 7: "e", 8: "e"}
    prosecution = Option(
        "art105_prosecution", cite("105", clause=clauses[degree]), SHALL, "condition", (), "VERIFIED", (),
        (("degree", degree), ("years", _years(PROSECUTION_YEARS[degree]))),
    )
    execution = Option(
        "art107_execution", cite("107", clause=clauses[degree]), SHALL, "condition", (), "VERIFIED", (),
        (("degree", degree), ("years", _years(EXECUTION_YEARS[degree]))),
    )
    return prosecution, execution

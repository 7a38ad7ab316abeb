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
- :func:`limitation` - Arts 105 (prosecution) and 107 (execution) by degree, as a
  :class:`~penalties.core.sentencing.Limitation` (barred or not on a day); :func:`limitation_periods`
  gives both periods as the notes of an assessment. Art 11 ت applies limitation laws at once, so
  the periods are those of the law in force.

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
from typing import TYPE_CHECKING, Any

import attrs

from ...core.citation import Citation
from ...core.errors import InvalidFactError, NotDeterminableError
from ...core.facts import OffenderKind
from ...core.formula import Step
from ...core.interval import Interval
from ...core.messages import N_, message
from ...core.money import Money
from ...core.readings import reading_is
from ...core.sanction import Addressee, Modality, SanctionKind
from ...core.sentencing import (
    NOTHING,
    Adjustment,
    Direction,
    Limitation,
    OffenceSentence,
    SentenceRange,
    SentencingFinding,
    SeveralOffences,
    Status,
)
from ...core.term import Term, TermUnit
from .act import cite
from .amounts import AmountsDataError
from .facts import IrReadings, parse_date, to_readings

if TYPE_CHECKING:
    from ...core.article import Article
    from ...core.assessment import Assessment

__all__ = [
    "DATA_FILE",
    "LAW_1399",
    "NEGLIGENT",
    "Art86Schedule",
    "BandSchedule",
    "Degree",
    "Grade",
    "OffenceRanges",
    "alternatives",
    "art19_schedule",
    "fines_in_place",
    "hook",
    "limitation",
    "limitation_periods",
    "mitigation",
    "offence_degree",
    "prison_band",
    "punishment_degree",
    "range_mean",
    "reasons_note",
    "repeat_offending",
    "several_offences",
    "statutory_ranges",
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

#: The statuses a row of the data file may have (a CONFLICT is found, never written).
_STATUS = {"VERIFIED": Status.VERIFIED, "SINGLE-SOURCE": Status.SINGLE_SOURCE, "UNVERIFIED": Status.UNVERIFIED}
_STATUSES = tuple(_STATUS)


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
        schedules.append(
            BandSchedule(str(row["key"]), str(row["title"]), previous, _sources(entry, row["sources"]), tuple(ordered))
        )
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
                str(row["key"]),
                str(row["title"]),
                previous,
                _sources(entry, row["sources"]),
                _status(entry, row["status"]),
                tuple(clauses),
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
    raise _refusal(
        NotDeterminableError("ir.ipc.19", "degree", f"a maximum of {maximum} lies between degree 8 and degree 7"),
        "ir_degree_between",
        maximum=maximum,
    )


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
                raise _refusal(
                    NotDeterminableError(
                        "ir.ipc.19",
                        "degree",
                        f"the {schedule.key} band of degree {band.degree} is not attested",
                        "bands_1403_missing",
                    ),
                    "ir_degree_band_unattested",
                    schedule=schedule.key,
                    degree=band.degree,
                )
            return Grade(kind, maximum, band.degree, band.status, schedule.key)
    raise _refusal(
        NotDeterminableError(
            "ir.ipc.19", "degree", f"no attested {schedule.key} fine band holds {maximum}", "bands_1403_missing"
        ),
        "ir_degree_no_band",
        schedule=schedule.key,
        maximum=maximum,
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
        raise _refusal(
            NotDeterminableError("ir.ipc.19", "degree", "no punishment that Art 19 grades"),
            "ir_degree_not_graded",
            reason="ir_not_graded",
        )
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
# Options beside the statutory range (penalties.core.sentencing.Adjustment)

MAY = Modality.MAY
SHALL = Modality.SHALL

# The clauses of the general part run in the Persian alphabet (الف، ب، پ، ت، ث، ج، چ، ح), not in the
# abjad order of the Computer Crimes Law's clauses (الف، ب، ج، د، ه = a-e): the letters from پ on
# have codes of their own, transliterated, so that each locale writes them its way.
# Translators: the letters پ, ت, ث, ج, چ, ح of a clause of the Islamic Penal Code's general part
# (Arts 11, 37, 38, 105, 107, 134): Persian writes the letter, Chinese and Arabic its place in the
# alphabet (پ is the 3rd: 3, ج; ت the 4th: 4, د; ...), Malay the Latin transliteration.
message("clause.p", N_("p"))
message("clause.t", N_("t"))
message("clause.s", N_("s"))
message("clause.j", N_("j"))
message("clause.ch", N_("ch"))
message("clause.h", N_("h"))
message("ground.mitigating_grounds", N_("grounds of mitigation (Art 38)"))
message("ground.prior_conviction", N_("an earlier final conviction for an intentional offence"))
message("condition.no_art66_conditions", N_("the conditions of Art 66 (earlier convictions) are absent"))
message("condition.art83_category", N_("the clause follows the offence's category under Art 83"))
message(
    "step.ir_art37_target",
    N_("Art 37: the {kind} of degree {degree} reduced to degree {target}, whose band is {band}"),
)
message(
    "step.ir_art37_below_91_days",
    N_(
        "a term of imprisonment under 91 days that results from mitigation becomes an alternative "
        "punishment (Art 37, note)"
    ),
)
message("step.ir_art37_convert", N_("Art 37: the {kind} of degree {degree} converted into a fine of the same degree"))
message(
    "step.ir_art37_other",
    N_("Art 37 clause s: the {kind} may be converted into another punishment of degree {degree} or one degree lower"),
)
message(
    "step.ir_art86_clauses",
    N_("Art 86: one clause applies, by the offence's category under Art 83 ({schedule} amounts)"),
)
message(
    "step.ir_art86_unknown",
    N_("Art 86: the amounts in force since the decree of {schedule} were not read; no range is given"),
)
message(
    "step.ir_art137_1392",
    N_(
        "Art 137 (1392 text): an earlier conviction of degree {prior_degree} and a new offence of degree {degree}: "
        "the maximum, up to one and a half times it; Art 755 is a separate measure"
    ),
)
message(
    "step.ir_art137",
    N_(
        "Art 137 (1399): an earlier conviction of degree {prior_degree} and a new intentional offence of degree "
        "{degree}: the minimum is the mean of the statutory minimum and maximum, and the court may go up to a quarter "
        "above the maximum; Art 755 is a separate measure"
    ),
)


def _status_of(text: str) -> Status:
    return _STATUS[text]


def _step(code: str, basis: Citation, **params: Any) -> Step:
    return Step(code, basis, tuple(params.items()))


def prison_band(degree: int) -> Interval[Term]:
    """The Art 19 imprisonment band of ``degree`` 2-8 (degree 8: up to three months)."""
    if type(degree) is not int or not 2 <= degree <= 8:
        raise InvalidFactError("degree", degree, "a degree 2-8 (degree 1 has no upper end)")
    low, low_closed, high = PRISON_BANDS[degree]
    assert high is not None
    return Interval(low, high, low_closed=low_closed)


def _toward(band: Interval[Any], statutory: Interval[Any]) -> Interval[Any]:
    """A mitigated range: the target band, never above the statutory maximum; where the band starts
    above the statutory minimum, the minimum stays available (mitigation never raises a bound)."""
    # Terms order by length (12 months and 1 year are the same length, not the same value).
    same_low = not statutory.low < band.low and not band.low < statutory.low
    if statutory.low < band.low or (same_low and statutory.low_closed and not band.low_closed):
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
) -> tuple[Adjustment, ...]:
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
    >>> [str(o.ranges[0].range) for o in mitigation("tazir_imprisonment", prison, 6, dt.date(2022, 1, 1))]
    ['[91 days, 6 months]', '(0 days, 3 months]', '(60,000,000 IRR, 240,000,000 IRR]']
    """
    read = to_readings(readings)
    kind = kind if isinstance(kind, SanctionKind) else _kind(kind)
    if kind not in (PRISON, FINE):
        raise InvalidFactError("kind", kind.value, "tazir_imprisonment or fine")
    if type(degree) is not int or not 1 <= degree <= 8:
        raise InvalidFactError("degree", degree, "a whole number 1-8")
    if not isinstance(statutory, Interval) or not isinstance(statutory.high, Term if kind is PRISON else Money):
        raise InvalidFactError("statutory", statutory, f"a range of the {kind.value}")
    text_1399 = on >= LAW_1399
    schedule = art19_schedule(on)
    options: list[Adjustment] = []
    if kind is PRISON:
        steps = 3 if (degree <= 4 or not text_1399) else 2 if degree <= 6 else 0
        clause = "a" if degree <= 4 else "b"
    else:
        steps, clause = 2, "s"
    basis = cite("37", clause=clause) if text_1399 else cite("37")
    rule = f"ir.ipc.37.{clause}" if text_1399 else "ir.ipc.37"
    ground = "mitigating_grounds"
    for target in range(degree + 1, min(degree + steps, 8) + 1):
        if kind is PRISON:
            band: Interval[Any] = prison_band(target)
            status = "VERIFIED"
        else:
            fine_band = schedule.band(target)
            found = None if fine_band is None else fine_band.interval()
            if found is None or fine_band is None:
                raise _refusal(
                    NotDeterminableError("ir.ipc.37", f"degree-{target} fine", f"no {schedule.key} band is known"),
                    "ir_art37_band_unknown",
                    schedule=schedule.key,
                    target=target,
                )
            band, status = found, fine_band.status
        notes = [_step("ir_art37_target", basis, kind=kind, degree=degree, target=target, band=band)]
        if kind is PRISON and target == 8:
            notes.append(_step("ir_art37_below_91_days", cite("37", note="")))
        used = (("bands_1403_missing", read.bands_1403_missing),) if status == "UNVERIFIED" else ()
        options.append(
            Adjustment(
                rule,
                basis,
                MAY,
                Direction.MITIGATED,
                (SentenceRange(kind, _toward(band, statutory)),),
                ground=ground,
                readings=used,
                status=_status_of(status),
                notes=tuple(notes),
            )
        )
    if text_1399 and kind is PRISON and 5 <= degree <= 7:
        fine_band = schedule.band(degree)
        found = None if fine_band is None else fine_band.interval()
        if found is not None and fine_band is not None:
            used = (("bands_1403_missing", read.bands_1403_missing),) if fine_band.status == "UNVERIFIED" else ()
            options.append(
                Adjustment(
                    "ir.ipc.37.b",
                    cite("37", clause="b"),
                    MAY,
                    Direction.SUBSTITUTE,
                    (SentenceRange(FINE, found),),
                    ground=ground,
                    readings=used,
                    status=_status_of(fine_band.status),
                    notes=(_step("ir_art37_convert", cite("37", clause="b"), kind=kind, degree=degree),),
                )
            )
    if text_1399 and kind is not PRISON:
        options.append(
            Adjustment(
                "ir.ipc.37.s",
                cite("37", clause="s"),
                MAY,
                Direction.SUBSTITUTE,
                ground=ground,
                notes=(_step("ir_art37_other", cite("37", clause="s"), kind=kind, degree=degree),),
            )
        )
    return tuple(options)


# ---------------------------------------------------------------------------------------------
# Alternatives to imprisonment (Arts 64-68, 86)


def alternatives(article: str, statutory: Interval[Term]) -> Adjustment | None:
    """Whether an alternative to imprisonment is mandatory (Art 68) or possible (Art 67).

    ``article`` is the article number (``"733"``): Art 733 is unintentional, the others of the Act
    intentional. Unintentional: mandatory, unless the statutory imprisonment exceeds two years
    (then possible). Intentional with a statutory maximum of more than six months up to one year:
    possible, barred where the conditions of Art 66 (earlier convictions) exist. Intentional above
    one year: none under Arts 65-67 (and mitigation below one year does not open them). Up to six
    months: Arts 65-66, whose texts were not read: not determinable. Each option carries a note
    of the conditions of Art 64 as advisory opinion 7/92/1522 reads them (SINGLE-SOURCE; the notes
    give no verbatim text): with a private complainant, his forgiveness; and the offender must
    qualify for mitigation.

    >>> alternatives("733", Interval(Term(91, TermUnit.DAY), Term(2, TermUnit.YEAR))).modality.value
    'shall'
    """
    if not isinstance(statutory, Interval) or not isinstance(statutory.high, Term):
        raise InvalidFactError("statutory", statutory, "a range of imprisonment (terms)")
    maximum = statutory.high
    art64 = (_step("ir_art64_conditions", cite("64"), status=Status.SINGLE_SOURCE.value),)
    if article in NEGLIGENT:
        modality = MAY if maximum > _years(2) else SHALL
        return Adjustment(
            "ir.ipc.68",
            cite("68"),
            modality,
            Direction.ALTERNATIVE,
            (SentenceRange(PRISON, statutory),),
            notes=art64,
        )
    if maximum > _years(1):
        return None
    if maximum > _months(6):
        return Adjustment(
            "ir.ipc.67",
            cite("67"),
            MAY,
            Direction.ALTERNATIVE,
            (SentenceRange(PRISON, statutory),),
            condition="no_art66_conditions",
            notes=art64,
        )
    raise _refusal(
        NotDeterminableError(f"ir.ipc.{article}", "alternative to imprisonment", "Arts 65 and 66 were not read"),
        "ir_alternatives_unread",
        maximum=maximum,
    )


def fines_in_place(on: _dt.date) -> Adjustment:
    """Art 86: the fines that may replace imprisonment, clause by clause, at the amounts of ``on``.

    Which clause fits an offence depends on the categories of Art 83, whose text was not read; the
    option lists the clauses. From the 1403 decree on, the Art 86 amounts were not read: the option
    says so and gives no range.
    """
    chosen = ART86_SCHEDULES[0]
    for schedule in ART86_SCHEDULES:
        if on >= schedule.effective:
            chosen = schedule
    ranges = tuple(SentenceRange(FINE, interval) for _, interval in chosen.clauses)
    code = "ir_art86_clauses" if ranges else "ir_art86_unknown"
    return Adjustment(
        "ir.ipc.86",
        cite("86"),
        MAY,
        Direction.SUBSTITUTE,
        ranges,
        condition="art83_category",
        status=_status_of(chosen.status),
        notes=(_step(code, cite("86"), schedule=chosen.key),),
    )


# ---------------------------------------------------------------------------------------------
# Several offences (Art 134) and repeat offending (Art 137), 1399 texts


def _in_months(term: Term) -> Fraction:
    return Fraction(term.amount) * (12 if term.unit is TermUnit.YEAR else 1)


def range_mean(
    statutory: Interval[Any], readings: IrReadings | Mapping[str, str] | None = None, article: str = "ir.ipc"
) -> Any:
    """The mean of a range's minimum and maximum (Arts 134 ب, 137), exact.

    Years and months meet exactly (a year is twelve months); days meet months or years only by a
    convention the statute does not give (reading ``term_mean_convention``, O12): ``"error"``
    (default) refuses with :class:`NotDeterminableError`; ``"days_365_30"`` counts a year as 365 days
    and a month as 30.

    >>> range_mean(Interval(Term(6, TermUnit.MONTH), Term(2, TermUnit.YEAR)))
    Term(15, 'month')
    >>> range_mean(Interval(Term(91, TermUnit.DAY), Term(1, TermUnit.YEAR)))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    penalties.core.errors.NotDeterminableError: ir.ipc: the mean of 91 days and 1 year is not determinable: ...
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
        raise _refusal(
            NotDeterminableError(
                article,
                f"mean of {low} and {high}",
                "the statute gives no conversion between days and months or years",
                "term_mean_convention",
            ),
            "ir_mean_days",
            low=low,
            high=high,
        )
    per = {TermUnit.DAY: 1, TermUnit.MONTH: 30, TermUnit.YEAR: 365}
    total = Fraction(low.amount) * per[low.unit] + Fraction(high.amount) * per[high.unit]
    return Term.days(total / 2)


def _days_meet_years(statutory: Interval[Any]) -> bool:
    """Whether the mean of ``statutory`` needs the days-per-month convention (reading O12)."""
    low, high = statutory.low, statutory.high
    return (
        isinstance(low, Term)
        and isinstance(high, Term)
        and low.unit is not high.unit
        and TermUnit.DAY in (low.unit, high.unit)
    )


def _quarter(kind: SanctionKind, maximum: Any, read: IrReadings) -> Any:
    """Up to a quarter above the maximum (Arts 134 پ, 137); for a fine only under O5 ``yes``."""
    if kind is FINE and reading_is(read, "art134_quarter_on_fines", "prison_only"):
        return maximum
    return maximum * Fraction(5, 4)


@attrs.frozen
class OffenceRanges:
    """One offence of a case for Art 134: an id (the same id for the same offence repeated), its
    degree and its statutory punishments (imprisonment and fine ranges)."""

    offence: str
    degree: int
    ranges: tuple[tuple[SanctionKind, Interval[Any]], ...]

    @classmethod
    def of(
        cls,
        offence: str,
        degree: int,
        ranges: Mapping[SanctionKind | str, Interval[Any]] | Iterable[tuple[Any, Interval[Any]]],
    ) -> OffenceRanges:
        """Check and build (kinds as members or their names)."""
        if not isinstance(offence, str) or not offence or len(offence) > 100:
            raise InvalidFactError("offence", offence, "an offence id (text of 1-100 characters)")
        if type(degree) is not int or not 1 <= degree <= 8:
            raise InvalidFactError("degree", degree, "a whole number 1-8")
        if not isinstance(ranges, Mapping | list | tuple):
            raise InvalidFactError("ranges", ranges, "a mapping or list of kind -> statutory range")
        items = list(ranges.items()) if isinstance(ranges, Mapping) else list(ranges[:11])
        if not items or len(items) > 10:
            raise InvalidFactError("ranges", items[:3], "one to ten statutory ranges (imprisonment, fine)")
        made = []
        for item in items:
            if not isinstance(item, tuple) or len(item) != 2:
                raise InvalidFactError("ranges", item, "pairs of (kind, statutory range)")
            kind, statutory = item
            member = kind if isinstance(kind, SanctionKind) else _kind(kind)
            wanted = Term if member is PRISON else Money
            if (
                member not in (PRISON, FINE)
                or not isinstance(statutory, Interval)
                or not isinstance(statutory.high, wanted)
            ):
                raise InvalidFactError("ranges", kind, "imprisonment (terms) or fine (money) ranges as Interval")
            made.append((member, statutory))
        return cls(offence, degree, tuple(made))

    @classmethod
    def from_assessment(cls, assessment: Assessment, offence: str | None = None) -> OffenceRanges:
        """The statutory imprisonment and fine of an assessed Iranian article, with its degree."""
        if assessment.degree is None:
            raise NotDeterminableError(assessment.article_id, "degree", "the assessment has no degree")
        ranges = [(kind, r) for kind, r in statutory_ranges(assessment) if kind in (PRISON, FINE) and r is not None]
        return cls.of(offence or assessment.article_id, assessment.degree, ranges)


message(
    "step.ir_art134_clause",
    N_("Art 134 clause {clause}: {offence} is one of {count} different offences of {group}; {rule}"),
)
message(
    "step.ir_art134_same",
    N_(
        "Art 134 clause a: {offence} committed {count} times is one sentence, which the court may "
        "aggravate as clause {clause} ({rule})"
    ),
)
message("step.ir_art134_single", N_("{offence}: the only offence of {group}; its statutory range stands"))
message("group.heavy", N_("degree 1 to 6"))
message("group.light", N_("degree 7 or 8"))
message("rule.mean", N_("each minimum lies above the mean of the statutory minimum and maximum"))
message("rule.quarter", N_("each punishment is the statutory maximum, up to a quarter above it"))
message("rule.fixed", N_("the punishment the statute fixes stands"))
message(
    "step.ir_art134_heaviest",
    N_("only the heaviest sentence imposed is executed; if it falls away, the next heaviest (Art 134 clause s)"),
)
message(
    "step.ir_art134_light_apart",
    N_(
        "offences of degree 7 and 8 do not aggravate those of degree 6 and higher; they are "
        "sentenced apart (Art 134 clause t)"
    ),
)
message(
    "step.ir_art18_reasons",
    N_("a prison term above the statutory minimum of {minimum} needs reasons stated in the judgment (Art 18, note)"),
)


def several_offences(
    offences: Sequence[OffenceRanges],
    on: _dt.date | str,
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

    ``on`` is the date of judgment (a date, ISO or Solar Hijri text). The result's ``ranges`` hold
    one range per offence and kind (``offence`` = the index of the offence's first mention); nothing
    is combined, since only one sentence is executed.

    >>> import datetime as dt
    >>> prison = SanctionKind.TAZIR_IMPRISONMENT
    >>> one = OffenceRanges.of("730", 6, {prison: Interval(Term(6, TermUnit.MONTH), Term(2, TermUnit.YEAR))})
    >>> two = OffenceRanges.of("731.a", 5, {prison: Interval(Term(1, TermUnit.YEAR), Term(3, TermUnit.YEAR))})
    >>> [str(r.range) for r in several_offences([one, two], dt.date(2024, 7, 1)).ranges]
    ['(1 year 3 months, 2 years]', '(2 years, 3 years]']
    """
    read = to_readings(readings)
    on = parse_date(on)
    valid = isinstance(offences, list | tuple)
    items = list(offences[:101]) if valid else []
    if not valid or not 2 <= len(items) <= 100 or not all(isinstance(o, OffenceRanges) for o in items):
        raise InvalidFactError("offences", offences, "a list of 2-100 OffenceRanges (at least two offences)")
    if on < LAW_1399:
        raise NotDeterminableError(
            "ir.ipc.134",
            "sentence",
            "a judgment before the 1399 Law falls under the 1392 text of Art 134, not modelled",
        )
    groups: dict[bool, dict[str, int]] = {True: {}, False: {}}
    for offence in items:
        group = groups[offence.degree <= 6]
        group[offence.offence] = group.get(offence.offence, 0) + 1
    used = [("art134_quarter_on_fines", read.art134_quarter_on_fines)]
    basis = cite("134")
    ranges: list[SentenceRange] = []
    trace: list[Step] = []
    seen: set[str] = set()
    for index, offence in enumerate(items):
        if offence.offence in seen:
            continue
        seen.add(offence.offence)
        heavy = offence.degree <= 6
        group, name = groups[heavy], "heavy" if heavy else "light"
        different, repeats = len(group), group[offence.offence]
        clause, made = None, offence.ranges
        if different >= 2:
            clause, made = _clause_ranges(offence, different, read)
            trace.append(
                _step(
                    "ir_art134_clause",
                    cite("134", clause=clause),
                    clause=clause,
                    offence=offence.offence,
                    count=different,
                    group=name,
                    rule="mean" if clause == "b" else "quarter",
                )
            )
        elif repeats >= 2 and reading_is(read, "art134_same_offence", "by_repetitions"):
            clause, made = _clause_ranges(offence, repeats, read)
            trace.append(
                _step(
                    "ir_art134_same",
                    cite("134", clause="a"),
                    offence=offence.offence,
                    count=repeats,
                    clause=clause,
                    rule="mean" if clause == "b" else "quarter",
                )
            )
        else:
            trace.append(_step("ir_art134_single", basis, offence=offence.offence, group=name))
        if repeats >= 2 and different == 1:
            used.append(("art134_same_offence", read.art134_same_offence))
        if clause == "b" and any(_days_meet_years(r) for _, r in offence.ranges):
            used.append(("term_mean_convention", read.term_mean_convention))
        ranges.extend(SentenceRange(kind, interval, index) for kind, interval in made)
    notes = [_step("ir_art134_heaviest", cite("134", clause="s"))]
    if groups[True] and groups[False]:
        notes.append(_step("ir_art134_light_apart", cite("134", clause="t")))
    prisons = [r for _, r in (pair for o in items for pair in o.ranges) if isinstance(r.high, Term)]
    if prisons:
        notes.append(_step("ir_art18_reasons", cite("18", note=""), minimum=min(p.low for p in prisons)))
    sentences = tuple(
        OffenceSentence(tuple(SentenceRange(kind, r) for kind, r in o.ranges), o.offence, None, o.degree) for o in items
    )
    return SeveralOffences(
        "ir.ipc.134",
        basis,
        sentences,
        tuple(ranges),
        tuple(trace),
        tuple(notes),
        tuple(dict.fromkeys(used)),
        Status.VERIFIED,
    )


def _clause_ranges(
    offence: OffenceRanges, count: int, read: IrReadings
) -> tuple[str, tuple[tuple[SanctionKind, Interval[Any]], ...]]:
    made = []
    if count <= 3:
        for kind, statutory in offence.ranges:
            # A punishment the statute fixes (742 note 3: the maximum) has no room above its mean.
            fixed = statutory.is_point
            low = statutory.high if fixed else range_mean(statutory, read, f"ir.ipc.134 ({offence.offence})")
            made.append((kind, Interval(low, statutory.high, fixed, True)))
        return "b", tuple(made)
    for kind, statutory in offence.ranges:
        made.append((kind, Interval(statutory.high, _quarter(kind, statutory.high, read))))
    return "p", tuple(made)


def repeat_offending(
    ranges: Iterable[tuple[SanctionKind, Interval[Any] | None]],
    degree: int,
    prior_degree: int | None,
    intentional: bool,
    on: _dt.date,
    readings: IrReadings | Mapping[str, str] | None = None,
    article: str = "ir.ipc",
) -> Adjustment | None:
    """Art 137: the range of a repeat offence, or ``None`` where the article does not apply.

    As rewritten in 1399 (SINGLE-SOURCE; judgments from :data:`LAW_1399`): an earlier final
    conviction for an intentional offence carried a ta'zir punishment of degree 1-5
    (``prior_degree``) and the new offence, committed after that conviction became final and before
    rehabilitation or the lapse of its execution period, is intentional and of degree 1-6: each
    punishment's minimum becomes the mean of the statutory minimum and maximum, and the court may go
    up to a quarter above the maximum: [mean, 5/4 max]. The 1392 text (VERIFIED; earlier
    judgments): degrees 1-6 both times, no intent required, the maximum up to one and a half times
    it: [max, 3/2 max]. Above the maximum a fine goes only under ``art134_quarter_on_fines="yes"``.
    Art 755 (repeat more than twice) is a separate measure.
    """
    read = to_readings(readings)
    text_1399 = on >= LAW_1399
    if prior_degree is None or degree > 6:
        return None
    if text_1399 and (not intentional or prior_degree > 5):
        return None
    if not text_1399 and prior_degree > 6:
        return None
    made = []
    used = [("art134_quarter_on_fines", read.art134_quarter_on_fines)]
    for kind, statutory in ranges:
        if kind not in (PRISON, FINE) or statutory is None:
            continue
        if not text_1399:
            prison_only = kind is FINE and reading_is(read, "art134_quarter_on_fines", "prison_only")
            above = statutory.high if prison_only else None
            made.append(SentenceRange(kind, Interval(statutory.high, above or statutory.high * Fraction(3, 2))))
            continue
        if _days_meet_years(statutory):
            used.append(("term_mean_convention", read.term_mean_convention))
        mean = range_mean(statutory, read, article)
        made.append(SentenceRange(kind, Interval(mean, _quarter(kind, statutory.high, read))))
    if not made:
        return None
    basis = cite("137")
    code = "ir_art137" if text_1399 else "ir_art137_1392"
    return Adjustment(
        "ir.ipc.137",
        basis,
        MAY,
        Direction.AGGRAVATED,
        tuple(made),
        ground="prior_conviction",
        readings=tuple(dict.fromkeys(used)),
        status=Status.SINGLE_SOURCE if text_1399 else Status.VERIFIED,
        notes=(_step(code, basis, prior_degree=prior_degree, degree=degree),),
    )


message(
    "step.ir_art64_conditions",
    N_(
        "Art 64 as advisory opinion 7/92/1522 reads it: where there is a private complainant, his "
        "forgiveness is a condition of any alternative, and the offender must qualify for mitigation "
        "(source: {status})"
    ),
)


#: Art 139 note (1399): no mitigation with three or more final convictions under the repeat rules.
ART139_CONDITION = "ir_fewer_than_three_repeat_convictions"


def art139(options: Sequence[Adjustment], on: _dt.date, notes: list[Step]) -> list[Adjustment]:
    """Art 139 on the Art 37 options of a repeat case (Art 137 applies): each kept, with its condition.

    As amended in 1399 (SINGLE-SOURCE: notes §8.2): «در تکرار جرائم تعزیری، در صورت وجود جهات تخفیف
    مطابق مواد (۳۷) و (۳۸) اين قانون اقدام می شود» - mitigation under Arts 37-38 applies in a
    repeat case - and its note excludes it «چنانچه مرتکب دارای سه فقره محکومیت قطعی مشمول مقررات تکرار
    جرم یا بیشتر از آن باشد». The facts do not count the convictions, so each Art 37 option
    carries the condition :data:`ART139_CONDITION` and its status becomes SINGLE-SOURCE; a note
    cites Art 139. Before the 1399 Law the 1392 text limited mitigation in a repeat case (the
    notes give no verbatim text): the options are kept and a note says that limit is not modelled.
    Options of other rules pass unchanged.
    """
    mitigating = [o for o in options if o.rule.startswith("ir.ipc.37")]
    if not mitigating:
        return list(options)
    basis = cite("139")
    if on < LAW_1399:
        notes.append(_step("ir_art139_1392", basis))
        return list(options)
    notes.append(_step("ir_art139", basis, status=Status.SINGLE_SOURCE.value))
    return [
        attrs.evolve(o, condition=ART139_CONDITION, status=Status.SINGLE_SOURCE) if o in mitigating else o
        for o in options
    ]


message(
    "step.ir_art139",
    N_(
        "Art 139 (1399): in a repeat case the mitigation of Arts 37 and 38 applies, unless the offender "
        "has three or more final convictions under the repeat rules (source: {status})"
    ),
)
message(
    "step.ir_art139_1392",
    N_("before the 1399 Law, Art 139 limited mitigation in a repeat case; that limit is not modelled"),
)
message(
    f"condition.{ART139_CONDITION}",
    N_("the offender has fewer than three final convictions under the repeat rules (Art 139)"),
)


# ---------------------------------------------------------------------------------------------
# Limitation (Arts 105, 107; Art 11 ت)

message(
    "step.ir_limitation_105",
    N_(
        "Art 105: prosecution of a degree-{degree} offence is barred {years} after the offence or "
        "the last act of prosecution"
    ),
)
message(
    "step.ir_limitation_107",
    N_("Art 107: execution of a degree-{degree} sentence is barred {years} after it becomes final"),
)
message("step.ir_limitation_at_once", N_("limitation laws apply at once to earlier offences (Art 11, clause t)"))


def limitation_periods(degree: int) -> tuple[Step, Step]:
    """The limitation periods of an offence of ``degree``: prosecution (Art 105), execution (Art 107).

    Whole years, never converted to days. Limitation laws apply at once to earlier offences (Art 11
    ت), so these are the periods of the law in force, whatever the offence date.

    >>> [str(step.param("years")) for step in limitation_periods(6)]
    ['5 years', '7 years']
    """
    if type(degree) is not int or not 1 <= degree <= 8:
        raise InvalidFactError("degree", degree, "a whole number 1-8")
    clauses = _LIMITATION_CLAUSES
    prosecution = _step(
        "ir_limitation_105", cite("105", clause=clauses[degree]), degree=degree, years=_years(PROSECUTION_YEARS[degree])
    )
    execution = _step(
        "ir_limitation_107", cite("107", clause=clauses[degree]), degree=degree, years=_years(EXECUTION_YEARS[degree])
    )
    return prosecution, execution


#: The kinds of limitation: prosecution (Art 105) and execution of a final judgment (Art 107).
LIMITATION_KINDS = ("prosecution", "execution")

#: At most this many acts of prosecution or investigation are read (bounded work on hostile input).
MAX_ACTS = 1000

# Weakest last: a result is as attested as the weakest figure it rests on.
_STATUS_ORDER = (Status.VERIFIED, Status.SINGLE_SOURCE, Status.CONFLICT, Status.UNVERIFIED)

_LIMITATION_CLAUSES = {1: "a", 2: "a", 3: "a", 4: "b", 5: "p", 6: "t", 7: "s", 8: "s"}

message(
    "step.ir_limitation_start_offence",
    N_("the period runs from {date}, the day of the offence (Art 105)"),
)
message(
    "step.ir_limitation_start_final",
    N_("the period runs from {date}, the day the judgment became final (Art 107)"),
)
message(
    "step.ir_limitation_act",
    N_("an act of prosecution or investigation on {date}, within the period: the period runs again from that day"),
)
message(
    "step.ir_limitation_act_late",
    N_("an act of prosecution or investigation on {date}, after the period had run: no new period"),
)
message("step.ir_limitation_prosecution_barred", N_("on {filed}, after {date}: prosecution is barred"))
message("step.ir_limitation_prosecution_open", N_("on {filed}, on or before {date}: prosecution is not barred"))
message("step.ir_limitation_execution_barred", N_("on {filed}, after {date}: execution is barred"))
message("step.ir_limitation_execution_open", N_("on {filed}, on or before {date}: execution is not barred"))
message(
    "step.ir_limitation_stay",
    N_(
        "prosecution waited for another authority's decision, final on {date}: "
        "the period runs from that day (Art 105 note 2)"
    ),
)
message(
    "step.ir_limitation_deferred",
    N_(
        "execution waited for a time to pass or an obstacle to be removed, until {date}: "
        "the period runs from that day (Art 107 note 1)"
    ),
)
message("step.ir_limitation_no_degree", N_("the offence has no degree under Art 19: no limitation period is computed"))


def limitation(
    assessment: Assessment,
    *,
    kind: str = "prosecution",
    start: object | None = None,
    on: object | None = None,
    acts: Iterable[object] = (),
    stayed_until: object | None = None,
) -> Limitation:
    """The limitation of a ta'zir offence by its degree (Art 105 or 107), as an explainable result.

    The degree is the assessment's (Art 19, under the readings its trace names; they are repeated
    here). ``kind="prosecution"`` (Art 105): degrees 1-3, 15 years; 4, 10; 5, 7; 6, 5; 7-8, 3,
    from the day of the offence. ``kind="execution"`` (Art 107): 20, 15, 10, 7 and 5 years from the
    day the judgment became final. Limitation laws apply at once to earlier offences (Art 11 ت), so
    the periods are those of the law in force whatever the offence date; the trace says so. The
    result has no ``maximum``: the period is read from the degree, which the trace gives.

    With ``start`` (the day of the offence, or of finality for execution) and ``on`` (the day
    asked about) the result says whether prosecution or execution is barred on that day. The period
    ends on the same day ``years`` later (29 February: the 28th), that day included. ``acts``
    (prosecution only): the days of acts of prosecution or investigation (Art 105 note 1); each
    one within the running period starts it again from its day ("from the date of the last act of
    prosecution or investigation"); one after the period has run does not revive it.
    ``stayed_until``: for prosecution, the day the decision of the authority on which the
    criminal case depended became final (قرار اناطه, Art 105 note 2); for execution, the day the
    time ran out or the obstacle was removed on which execution depended (Art 107 note 1). The
    period then runs from that day; acts of prosecution must then fall on or after it.

    >>> from penalties import assess
    >>> a = assess("ir.ipc.729", on="2024-01-01")            # degree 6
    >>> r = limitation(a)
    >>> r.period, limitation(a, kind="execution").period
    (Term(5, 'year'), Term(7, 'year'))
    >>> r = limitation(a, start="2015-03-01", on="2020-03-01")
    >>> r.last_day, r.barred
    (datetime.date(2020, 3, 1), False)
    >>> limitation(a, start="2015-03-01", on="2020-03-02").barred
    True
    """
    from ...core.assessment import Assessment
    from ..cn.sentencing import years_after  # one count of years for every code

    if not isinstance(assessment, Assessment):
        raise InvalidFactError("assessment", assessment, "an Assessment of an Iranian article (penalties.assess)")
    if not assessment.article_id.startswith("ir."):
        raise InvalidFactError("assessment", assessment.article_id, "an Assessment of an Iranian article ('ir.')")
    if not isinstance(kind, str) or kind not in LIMITATION_KINDS:
        raise InvalidFactError("kind", kind, "'prosecution' (Art 105) or 'execution' (Art 107)")
    if (start is None) != (on is None):
        missing = "start" if start is None else "on"
        raise InvalidFactError(missing, None, "a date: start and on are given together")
    prosecution = kind == "prosecution"
    first = asked = stayed = None
    found_acts: list[_dt.date] = []
    if start is not None:
        first = parse_date(start, "start")
        asked = parse_date(on, "on")
        if asked < first:
            raise InvalidFactError("on", asked, f"a date on or after the start, {first}")
        stayed = None if stayed_until is None else parse_date(stayed_until, "stayed_until")
        if stayed is not None and not first <= stayed <= asked:
            raise InvalidFactError("stayed_until", stayed, f"a date from the start, {first}, to {asked}")
        found_acts = _acts(acts, first if stayed is None else stayed, asked)
        if found_acts and not prosecution:
            raise InvalidFactError("acts", acts, "() for execution: acts of prosecution restart only Art 105")
    elif not (isinstance(acts, (tuple, list)) and not acts):
        raise InvalidFactError("acts", acts, "() unless start and on are given")
    elif stayed_until is not None:
        raise InvalidFactError("stayed_until", stayed_until, "None unless start and on are given")
    article = "105" if prosecution else "107"
    rule = f"ir.ipc.{article}"
    trace: list[Step] = []
    readings: list[tuple[str, str]] = []
    status = Status.VERIFIED
    degree = assessment.degree
    for step in assessment.trace:
        if step.code == "reading" and step.basis == cite("19"):
            name, value = str(step.param("reading")), str(step.param("value"))
            readings.append((name, value))
            trace.append(step)
        elif step.code == "ir_degree_grade_fine" and step.param("degree") == degree:
            weaker = _status_of(str(step.param("status")))
            if _STATUS_ORDER.index(weaker) > _STATUS_ORDER.index(status):
                status = weaker
    if type(degree) is not int or not 1 <= degree <= 8:
        trace.append(_step("ir_limitation_no_degree", cite("19")))
        return Limitation(rule, cite(article), None, None, trace=tuple(trace), readings=tuple(readings))
    basis = cite(article, clause=_LIMITATION_CLAUSES[degree])
    years = (PROSECUTION_YEARS if prosecution else EXECUTION_YEARS)[degree]
    period = _years(years)
    trace.append(_step("ir_degree", cite("19"), degree=degree))
    trace.append(limitation_periods(degree)[0 if prosecution else 1])
    trace.append(_step("ir_limitation_at_once", cite("11", clause="t")))
    if first is None or asked is None:
        return Limitation(rule, basis, None, period, trace=tuple(trace), readings=tuple(readings), status=status)
    begin = first
    code = "ir_limitation_start_offence" if prosecution else "ir_limitation_start_final"
    trace.append(_step(code, basis, date=first))
    if stayed is not None:
        begin = stayed
        if prosecution:
            trace.append(_step("ir_limitation_stay", cite("105", note="2"), date=stayed))
        else:
            trace.append(_step("ir_limitation_deferred", cite("107", note="1"), date=stayed))
    for day in found_acts:
        if day <= years_after(begin, years):
            begin = day
            trace.append(_step("ir_limitation_act", cite("105", note="1"), date=day))
        else:
            trace.append(_step("ir_limitation_act_late", cite("105", note="1"), date=day))
    last = years_after(begin, years)
    trace.append(_step("limitation_last_day", basis, date=last))
    barred = asked > last
    trace.append(_step(f"ir_limitation_{kind}_{'barred' if barred else 'open'}", basis, filed=asked, date=last))
    return Limitation(
        rule,
        basis,
        None,
        period,
        start=begin,
        last_day=last,
        barred=barred,
        trace=tuple(trace),
        readings=tuple(readings),
        status=status,
    )


def _acts(values: Iterable[object], first: _dt.date, asked: _dt.date) -> list[_dt.date]:
    if isinstance(values, (str, bytes, Mapping, _dt.date)) or not isinstance(values, Iterable):
        raise InvalidFactError("acts", values, "a list of dates of acts of prosecution or investigation (Art 105)")
    found: list[_dt.date] = []
    for index, value in enumerate(values):
        if index >= MAX_ACTS:
            raise InvalidFactError("acts", f"more than {MAX_ACTS}", f"at most {MAX_ACTS} dates")
        day = parse_date(value, f"acts[{index}]")
        if not first <= day <= asked:
            raise InvalidFactError(
                f"acts[{index}]", day, f"a date from {first} (the start, or the end of a stay) to {asked}"
            )
        found.append(day)
    return sorted(found)


def reasons_note(statutory: Interval[Term], on: _dt.date) -> Step | None:
    """Art 18 note (1399): a prison term above the statutory minimum needs a stated reason."""
    if on < LAW_1399 or statutory.is_point:
        return None
    return _step("ir_art18_reasons", cite("18", note=""), minimum=statutory.low)


# ---------------------------------------------------------------------------------------------
# The hook: what the general part adds to the assessment of any Iranian article

message(
    "step.ir_degree_grade",
    N_("Art 19: the {kind} up to {maximum} is of degree {degree}"),
)
message(
    "step.ir_degree_grade_fine",
    N_("Art 19: the {kind} up to {maximum} is of degree {degree} (fine bands of {schedule}; {status})"),
)
message("step.ir_degree", N_("Art 19: the offence is of degree {degree}, the most severe degree among its punishments"))
message("step.ir_degree_not_graded", N_("Art 19: no degree: {reason}"))
message("reason.ir_legal_person", N_("no source grades the sanctions of a legal person under Art 748"))
message("reason.ir_not_graded", N_("no punishment of this case is on a line of Art 19 with certainty"))
message(
    "step.ir_art38_grounds",
    N_("grounds of mitigation found: {ground}; the court must state them in its judgment (Art 38, note 1)"),
)
message(
    "step.ir_degree_between",
    N_(
        "Art 19: a maximum of {maximum} lies between degree 8 (up to 3 months) and degree 7 (from 91 "
        "days): the degree is not determinable"
    ),
)
message(
    "step.ir_degree_band_unattested",
    N_("Art 19: no source gives the {schedule} fine band of degree {degree}: the degree is not determinable"),
)
message(
    "step.ir_degree_no_band",
    N_("Art 19: no known {schedule} fine band holds {maximum}: the degree is not determinable"),
)
message(
    "step.ir_degree_offence_date",
    N_(
        "Art 19: grading by the bands of the offence date needs the date of the offence: the degree is not determinable"
    ),
)
message(
    "step.ir_art37_band_unknown",
    N_("Art 37: no {schedule} fine band of degree {target} is known: that option is not determinable"),
)
message(
    "step.ir_alternatives_unread",
    N_(
        "alternatives to imprisonment for a maximum of {maximum} rest on Arts 65 and 66, which were "
        "not read: not determinable"
    ),
)
message(
    "step.ir_mean_days",
    N_(
        "the mean of {low} and {high} needs a conversion between days and months or years that the "
        "statute does not give: not determinable"
    ),
)


def _refusal(error: NotDeterminableError, code: str, **params: Any) -> NotDeterminableError:
    """``error``, carrying the step that explains it in every locale (``explained``)."""
    error.explained = (code, tuple(params.items()))  # type: ignore[attr-defined]
    return error


def _explained(error: NotDeterminableError, basis: Citation) -> Step:
    code, params = getattr(error, "explained", ("ir_degree_not_graded", (("reason", "ir_not_graded"),)))
    return Step(code, basis, params)


def statutory_ranges(assessment: Assessment) -> list[tuple[SanctionKind, Interval[Any] | None]]:
    """The statutory range of each sanction on the offender, before Art 754 narrowed it."""
    narrowed: dict[SanctionKind, Interval[Any]] = {}
    for step in assessment.trace:
        if step.code == "aggravation_754":
            params = dict(step.params)
            if isinstance(params.get("kind"), SanctionKind) and isinstance(params.get("statutory"), Interval):
                narrowed[params["kind"]] = params["statutory"]
    found = []
    for sanction in assessment.sanctions:
        if sanction.addressee is Addressee.OFFENDER:
            found.append((sanction.kind, narrowed.get(sanction.kind, sanction.range)))
    return found


def _intentional(article: Article, assessment: Assessment) -> bool:
    if article.number in NEGLIGENT:
        return False
    if article.number in ("749", "751"):
        return any(c.value == "intentional" for c in assessment.facts.circumstances)
    return True


def _bands_date(assessment: Assessment, read: IrReadings) -> _dt.date:
    if reading_is(read, "degree_basis", "same_as_amounts"):
        return assessment.facts.on
    offence_date = getattr(assessment.facts, "offence_date", None)
    if not isinstance(offence_date, _dt.date):
        raise _refusal(
            NotDeterminableError(
                assessment.article_id,
                "degree",
                "the bands of the offence date need the date of the offence",
                "degree_basis",
            ),
            "ir_degree_offence_date",
        )
    return offence_date


#: Findings by (article, facts): the same article and facts always find the same (the statute does
#: not change between calls). Bounded; the article object is kept to rule out a reused ``id``.
_FOUND: dict[tuple[int, Any], tuple[Article, SentencingFinding]] = {}
_FOUND_LIMIT = 4096


def hook(article: Article, assessment: Assessment) -> SentencingFinding:
    """The general part on one assessment: degree, options beside the range, notes (never chained).

    Called by ``Article.assess`` for every Iranian article (``ACT.sentencing``).
    """
    key = (id(article), assessment.facts)
    hit = _FOUND.get(key)
    if hit is not None and hit[0] is article:
        return hit[1]
    found = _find(article, assessment)
    if len(_FOUND) >= _FOUND_LIMIT:
        try:
            del _FOUND[next(iter(_FOUND))]
        except (KeyError, RuntimeError, StopIteration):  # another thread got there first
            pass
    _FOUND[key] = (article, found)
    return found


def _find(article: Article, assessment: Assessment) -> SentencingFinding:
    facts = assessment.facts
    if not assessment.penal or not assessment.sanctions:
        return NOTHING
    read = facts.readings  # type: ignore[attr-defined]
    basis19 = cite("19")
    trace: list[Step] = []
    notes: list[Step] = []
    adjustments: list[Adjustment] = []
    if facts.offender is OffenderKind.ORGANISATION:
        trace.append(_step("ir_degree_not_graded", basis19, reason="ir_legal_person"))
        return SentencingFinding(trace=tuple(trace))
    ranges = statutory_ranges(assessment)
    on = facts.on
    degree: Degree | None = None
    try:
        degree = offence_degree(ranges, _bands_date(assessment, read), read)
    except NotDeterminableError as error:
        trace.append(_explained(error, basis19))
        if error.reading is not None:
            trace.append(_step("reading", basis19, reading=error.reading, value=getattr(read, error.reading)))
    if degree is None and not trace:
        trace.append(_step("ir_degree_not_graded", basis19, reason="ir_not_graded"))
    if degree is not None:
        for grade in degree.grades:
            if grade.kind is FINE:
                trace.append(
                    _step(
                        "ir_degree_grade_fine",
                        basis19,
                        kind=grade.kind,
                        maximum=grade.maximum,
                        degree=grade.degree,
                        schedule=grade.schedule,
                        status=grade.status,
                    )
                )
            elif grade.maximum is not None:
                trace.append(
                    _step("ir_degree_grade", basis19, kind=grade.kind, maximum=grade.maximum, degree=grade.degree)
                )
        trace.append(_step("ir_degree", basis19, degree=degree.degree))
        distinct = len({g.degree for g in degree.grades}) > 1
        for name, value in degree.readings:
            if name != "degree_rule" or distinct:
                trace.append(_step("reading", basis19, reading=name, value=value))
        notes.extend(limitation_periods(degree.degree))
        notes.append(_step("ir_limitation_at_once", cite("11", clause="t")))
    prison = next((r for kind, r in ranges if kind is PRISON and r is not None), None)
    # Art 37 with the Art 38 grounds found: each punishment by its own degree (7/94/216).
    grounds = facts.mitigating_grounds  # type: ignore[attr-defined]
    if grounds and degree is not None:
        notes.append(_step("ir_art38_grounds", cite("38"), ground=tuple(sorted(g.value for g in grounds))))
        for grade in degree.grades:
            statutory = next((r for kind, r in ranges if kind is grade.kind), None)
            if grade.kind in (PRISON, FINE) and statutory is not None:
                try:
                    adjustments.extend(mitigation(grade.kind, statutory, grade.degree, on, read))
                except NotDeterminableError as error:
                    notes.append(_explained(error, cite("37")))
    # Art 137 (beside Art 755, which its own rule applies).
    prior = facts.prior_conviction_degree  # type: ignore[attr-defined]
    if prior is not None and degree is not None:
        try:
            found = repeat_offending(
                ranges, degree.degree, prior, _intentional(article, assessment), on, read, article.id
            )
        except NotDeterminableError as error:
            notes.append(_explained(error, cite("137")))
            if error.reading is not None:
                notes.append(_step("reading", cite("137"), reading=error.reading, value=getattr(read, error.reading)))
        else:
            if found is not None:
                adjustments[:] = art139(adjustments, on, notes)
                adjustments.append(found)
    # Alternatives to imprisonment and the Art 86 fines in their place.
    if prison is not None:
        try:
            alternative = alternatives(article.number, prison)
        except NotDeterminableError as error:
            notes.append(_explained(error, cite("67")))
        else:
            if alternative is not None:
                adjustments.append(alternative)
                adjustments.append(fines_in_place(on))
        reasons = reasons_note(prison, on)
        if reasons is not None:
            notes.append(reasons)
    return SentencingFinding(
        adjustments=tuple(adjustments),
        degree=None if degree is None else degree.degree,
        trace=tuple(trace),
        notes=tuple(notes),
    )

"""The rial amounts of the Computer Crimes Law over time (Art 781; IPC Art 28).

The statute's amounts are the 1388 base. The Council of Ministers re-priced them twice under IPC
Art 28 (as amended in 1399) and Art 781, article by article:

- decree 153973/ت57752هـ of 1399/12/25 (2021-03-15), adopted in the session of 1399/11/08 on the
  Ministry of Justice's proposal 24784 of 1399/03/21;
- decree 56261/ت62298هـ of 1403/04/04 (2024-06-24), adopted in the session of 1403/03/30, which
  sets each Computer Crimes Law amount at 3.3 times the 1399 amount, rounded.

The new amounts bind judgments issued after each decree (Art 28: «در مورد احکامی که بعد از آن صادر
می‌شود»), so the date an assessment takes (``on=``) is the date of judgment, and a schedule picks
the figure in force on that date: from the decree's date onwards.

Each :class:`Figure` carries its status and sources (law notes, iran.md §2): ``VERIFIED`` (two or
more independent sources agree), ``SINGLE-SOURCE`` or ``CONFLICT``. The status travels into the
citation of every fine (``Citation.source``) and into the trace, so an explanation names the decree
and how sure the figure is. The decree tables are the law; Art 781's inflation rule is offered
only as a hypothetical what-if (:func:`hypothetical_adjustment`), never as a real amount.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any

import attrs

from ...core.errors import InvalidFactError
from ...core.interval import Interval
from ...core.money import Money, exact

__all__ = [
    "BASE_1388",
    "CBI_INFLATION",
    "DECREES",
    "DECREE_1399",
    "DECREE_1403",
    "SCHEDULES",
    "Decree",
    "Figure",
    "Hypothetical",
    "InflationRate",
    "Schedule",
    "Status",
    "hypothetical_adjustment",
]


class Status(enum.Enum):
    """How well a figure is attested (law notes, README)."""

    VERIFIED = "VERIFIED"
    SINGLE_SOURCE = "SINGLE-SOURCE"
    CONFLICT = "CONFLICT"


@attrs.frozen
class Decree:
    """An instrument that set the Act's amounts: the Act itself (1388) or a cabinet decree."""

    key: str
    title: str
    title_original: str
    number: str | None
    date_sh: str
    effective: _dt.date
    reference: str

    @property
    def label(self) -> str:
        """``"cabinet decree 153973/ت57752هـ of 1399/12/25 (2021-03-15)"``."""
        if self.number is None:
            return f"{self.title} ({self.date_sh}, {self.effective.isoformat()})"
        return f"{self.title} {self.number} of {self.date_sh} ({self.effective.isoformat()})"


BASE_1388 = Decree(
    key="1388",
    title="Computer Crimes Law as enacted",
    title_original="قانون جرایم رایانه‌ای مصوب ۱۳۸۸/۰۳/۰۵",
    number=None,
    date_sh="1388/03/05",
    effective=_dt.date(2009, 5, 26),
    reference="statute text (seed 002; sena2015.com/8823), agreeing with W742, W729 history and other copies",
)
DECREE_1399 = Decree(
    key="1399",
    title="cabinet decree",
    title_original="تصویب‌نامه هیأت وزیران شماره ۱۵۳۹۷۳/ت۵۷۷۵۲هـ مورخ ۱۳۹۹/۱۲/۲۵",
    number="153973/ت57752هـ",
    date_sh="1399/12/25",
    effective=_dt.date(2021, 3, 15),
    reference="session 1399/11/08, under IPC Art 28 as amended in 1399; https://dateek.ir/mogharrarat/37778",
)
DECREE_1403 = Decree(
    key="1403",
    title="cabinet decree",
    title_original="تصویب‌نامه هیأت وزیران شماره ۵۶۲۶۱/ت۶۲۲۹۸هـ مورخ ۱۴۰۳/۰۴/۰۴",
    number="56261/ت62298هـ",
    date_sh="1403/04/04",
    effective=_dt.date(2024, 6, 24),
    reference=(
        "session 1403/03/30 «اصلاح میزان مبالغ مربوط به جرایم و تخلفات مندرج در قوانین مختلف» "
        "(title and session: wikihoghoogh Art 729; number and date: one source)"
    ),
)
#: The instruments in date order.
DECREES: tuple[Decree, ...] = (BASE_1388, DECREE_1399, DECREE_1403)


@attrs.frozen
class Figure:
    """One fine range as one instrument set it, with its status and sources."""

    decree: Decree
    range: Interval[Money]
    status: Status
    sources: tuple[str, ...]
    remark: str = ""

    @property
    def source(self) -> str:
        """The text that goes into ``Citation.source``: instrument, status and sources."""
        text = f"{self.decree.label}; {self.status.value}: {', '.join(self.sources)}"
        if self.remark:
            text += f"; {self.remark}"
        return text


@attrs.frozen
class Schedule:
    """The dated figures of one fine, oldest first; ``alternatives`` are figures of open readings.

    An alternative ``(reading, value, figure)`` replaces the figure of the same instrument when
    the facts' readings choose ``value`` for ``reading`` (Art 736 in 1399).
    """

    key: str
    figures: tuple[Figure, ...]
    alternatives: tuple[tuple[str, str, Figure], ...] = ()

    def at(self, on: _dt.date, readings: Any = None) -> Figure:
        """The figure in force on ``on`` (the date of judgment)."""
        chosen = None
        for figure in self.figures:
            if on >= figure.decree.effective:
                chosen = figure
        if chosen is None:
            raise InvalidFactError("on", on, f"a date from {self.figures[0].decree.effective.isoformat()}")
        if self.alternatives and readings is not None:
            for reading, value, alternative in self.alternatives:
                if alternative.decree is chosen.decree and getattr(readings, reading) == value:
                    return alternative
        return chosen

    def in_force(self) -> Iterable[Figure]:
        return iter(self.figures)


V, S, C = Status.VERIFIED, Status.SINGLE_SOURCE, Status.CONFLICT


def rials(low: int, high: int) -> Interval[Money]:
    """A closed range in rials («از ... تا ...» includes both ends)."""
    return Interval(Money(low, "IRR"), Money(high, "IRR"))


def _schedule(
    key: str,
    base: tuple[int, int],
    d1399: tuple[int, int, Status, tuple[str, ...]],
    d1403: tuple[int, int, Status, tuple[str, ...]],
    base_sources: tuple[str, ...] = ("SEED",),
    remark_1399: str = "",
) -> Schedule:
    return Schedule(
        key,
        (
            Figure(BASE_1388, rials(*base), V, base_sources),
            Figure(DECREE_1399, rials(d1399[0], d1399[1]), d1399[2], d1399[3], remark_1399),
            Figure(DECREE_1403, rials(d1403[0], d1403[1]), d1403[2], d1403[3]),
        ),
    )


M = 1_000_000
REPO = ("REPO",)

#: The fine of every fined provision, by key (IPC article, clause, note or branch). Figures from
#: the law notes (iran.md §2; iran_articles.json). "REPO" is the third-party compilation the notes
#: describe; "SEED" the statute text.
SCHEDULES: dict[str, Schedule] = {
    s.key: s
    for s in (
        _schedule(
            "729",
            (5 * M, 20 * M),
            (20 * M, 80 * M, V, ("W729", "B729", "REPO")),
            (66 * M, 264 * M, V, ("W729", "REPO")),
        ),
        _schedule("730", (10 * M, 40 * M), (25 * M, 150 * M, S, REPO), (82_500_000, 500 * M, S, REPO)),
        _schedule("731.a", (20 * M, 60 * M), (60 * M, 180 * M, V, ("WCCL3", "REPO")), (200 * M, 600 * M, S, REPO)),
        _schedule("732", (10 * M, 40 * M), (25 * M, 150 * M, S, REPO), (82_500_000, 500 * M, S, REPO)),
        _schedule("733", (5 * M, 40 * M), (15 * M, 100 * M, S, REPO), (50 * M, 330 * M, S, REPO)),
        _schedule("734", (20 * M, 100 * M), (50 * M, 250 * M, S, REPO), (165 * M, 825 * M, S, REPO)),
        # Art 735 punishes "with the punishment of the article above" (734).
        _schedule(
            "735", (20 * M, 100 * M), (50 * M, 250 * M, S, ("REPO via 734",)), (165 * M, 825 * M, S, ("REPO via 734",))
        ),
        # Law-notes decision 5: the 1399 figure conflicts; 25M-100M (= verified 1403 / 3.3, as 737).
        _schedule(
            "736",
            (10 * M, 40 * M),
            (25 * M, 100 * M, C, ("E736 / 3.3", "Art 737 pattern")),
            (82_500_000, 330 * M, V, ("E736", "REPO")),
            remark_1399="REPO gives 50,000,000-250,000,000 (reading art736_1399='repo')",
        ),
        _schedule("737", (10 * M, 40 * M), (25 * M, 100 * M, S, REPO), (82_500_000, 330 * M, S, REPO)),
        _schedule("738", (5 * M, 20 * M), (20 * M, 80 * M, S, REPO), (66 * M, 264 * M, V, ("E738", "REPO"))),
        _schedule("740.owner", (1 * M, 20 * M), (6 * M, 50 * M, S, REPO), (20 * M, 165 * M, S, REPO)),
        _schedule("740", (5 * M, 20 * M), (20 * M, 80 * M, S, REPO), (66 * M, 264 * M, S, REPO)),
        _schedule("741", (20 * M, 100 * M), (50 * M, 250 * M, S, REPO), (165 * M, 825 * M, S, REPO)),
        # Law-notes decision 6: the seed's «چهل (۴۰/۰۰۰/۰۰۰)» lacks میلیون; the maximum is 40,000,000.
        _schedule(
            "742",
            (5 * M, 40 * M),
            (15 * M, 100 * M, V, ("W742", "REPO")),
            (50 * M, 330 * M, S, REPO),
            base_sources=("SEED (numeral; the word میلیون is missing)", "W742", "REPO"),
        ),
        _schedule("742.n2", (1 * M, 5 * M), (5 * M, 20 * M, V, ("W742", "REPO")), (16_500_000, 66 * M, S, REPO)),
        _schedule("743.a", (5 * M, 20 * M), (20 * M, 80 * M, S, REPO), (66 * M, 264 * M, S, REPO)),
        _schedule("743.a.vulgar", (2 * M, 5 * M), (5 * M, 20 * M, S, REPO), (16_500_000, 66 * M, S, REPO)),
        _schedule("743.b", (5 * M, 20 * M), (20 * M, 80 * M, S, REPO), (66 * M, 264 * M, S, REPO)),
        _schedule("744", (5 * M, 40 * M), (15 * M, 100 * M, S, REPO), (50 * M, 330 * M, S, REPO)),
        _schedule("745", (5 * M, 40 * M), (20 * M, 150 * M, S, REPO), (66 * M, 500 * M, S, REPO)),
        _schedule("746", (5 * M, 40 * M), (20 * M, 150 * M, S, REPO), (66 * M, 500 * M, S, REPO)),
        _schedule("749.1", (20 * M, 100 * M), (60 * M, 250 * M, S, REPO), (200 * M, 825 * M, S, REPO)),
        _schedule(
            "749.2",
            (100 * M, 1000 * M),
            (100 * M, 1000 * M, S, ("REPO (unchanged in 1399)",)),
            (330 * M, 3300 * M, S, REPO),
        ),
        _schedule("751.1", (20 * M, 100 * M), (60 * M, 250 * M, S, REPO), (200 * M, 825 * M, S, REPO)),
        _schedule(
            "751.2",
            (100 * M, 1000 * M),
            (100 * M, 1000 * M, S, ("REPO (unchanged in 1399)",)),
            (330 * M, 3300 * M, S, REPO),
        ),
        _schedule(
            "752",
            (100 * M, 1000 * M),
            (100 * M, 1000 * M, S, ("REPO (unchanged in 1399)",)),
            (330 * M, 3300 * M, S, REPO),
        ),
        _schedule("753", (5 * M, 20 * M), (20 * M, 80 * M, S, REPO), (66 * M, 264 * M, S, REPO)),
    )
}

SCHEDULES["736"] = attrs.evolve(
    SCHEDULES["736"],
    alternatives=(
        (
            "art736_1399",
            "repo",
            Figure(DECREE_1399, rials(50 * M, 250 * M), C, REPO, "breaks the x3.3 pattern of the 1403 decree"),
        ),
    ),
)

#: Fines the notes record as unchanged by the 1399 decree (every other later figure is higher).
UNCHANGED_IN_1399: frozenset[str] = frozenset({"749.2", "751.2", "752"})


# ---------------------------------------------------------------------------------------------
# Art 781 as a what-if: hypothetical adjustment by an inflation series.


@attrs.frozen
class InflationRate:
    """An annual inflation rate in percent (exact), with its status and source."""

    year: int
    percent: Fraction
    status: Status
    source: str


def _rate(year: int, percent: str, status: Status, source: str) -> InflationRate:
    return InflationRate(year, Fraction(percent), status, source)


#: Central Bank of Iran annual inflation, 12 months to the end of Esfand (law notes, iran.md §5).
#: 1399, 1400 and 1402 have no CBI figure in the notes and are absent: supply them to go through them.
CBI_INFLATION: dict[int, InflationRate] = {
    r.year: r
    for r in (
        _rate(1388, "10.8", V, "asriran 161178; isna 9001-02743; financialtribune"),
        _rate(1389, "12.4", V, "asriran 161178; isna 9001-02743"),
        _rate(1390, "21.5", V, "sarkhat 136923540; seemorgh; trend.az"),
        _rate(1391, "30.5", V, "cbi.ir/showitem/10529.aspx; saten.ir/3952"),
        _rate(1392, "34.7", V, "financialtribune 102824; vatanemrooz 135795"),
        _rate(1393, "15.6", S, "vatanemrooz 135795"),
        _rate(1394, "11.9", V, "financialtribune 102824; radiozamaneh"),
        _rate(1395, "9.0", V, "financialtribune 102824; tehrantimes 448212"),
        _rate(1396, "9.6", V, "financialtribune 102824; azernews 129592"),
        _rate(1397, "31.2", S, "financialtribune 102824"),
        _rate(1398, "41.2", V, "financialtribune 102824; fater24"),
        _rate(1401, "46.5", V, "tavantahlil; hankh.ir (IRNA); seratnews 615922"),
    )
}


@attrs.frozen
class Hypothetical:
    """The result of a what-if adjustment. **Hypothetical**: not an amount in force.

    The amounts in force are the decree tables (:data:`SCHEDULES`); the decrees do not follow
    from any published inflation series (law notes, iran.md §1.5). ``amount`` is exact.
    """

    base: Money
    amount: Money
    factor: Fraction
    years: tuple[int, ...]
    rates: tuple[tuple[int, Fraction], ...]
    series: str
    hypothetical: bool = True
    basis: str = "Art 781 (CCL Art 53): amounts may be changed every three years by the official inflation rate"

    def __str__(self) -> str:
        return (
            f"HYPOTHETICAL (not law): {self.base} x {self.factor} over {self.years[0]}-{self.years[-1]} "
            f"({self.series}) = {self.amount}"
        )


def hypothetical_adjustment(
    base: object,
    first_year: int,
    last_year: int,
    series: Mapping[int, object] | None = None,
) -> Hypothetical:
    """Apply Art 781's rule to ``base`` (rials): compound the inflation of ``first_year``..``last_year``.

    ``series`` maps a Solar Hijri year to a rate in percent (exact: ``"36.4"``, ``Fraction``,
    ``Decimal``, ``int``); by default the shipped Central Bank series :data:`CBI_INFLATION`. A year
    missing from the series is an :class:`InvalidFactError` naming it. The result is exact and
    marked hypothetical.

    >>> str(hypothetical_adjustment(20_000_000, 1398, 1398).amount)
    '28,240,000 IRR'
    """
    amount = Money.of(base, "IRR", "base")
    if amount.amount < 0:
        raise InvalidFactError("base", base, "an amount of zero or more")
    for name, year in (("first_year", first_year), ("last_year", last_year)):
        if type(year) is not int or not 1300 <= year <= 1500:
            raise InvalidFactError(name, year, "a Solar Hijri year from 1300 to 1500")
    if last_year < first_year:
        raise InvalidFactError("last_year", last_year, f"a year from first_year ({first_year})")
    if series is None:
        rates = {year: rate.percent for year, rate in CBI_INFLATION.items()}
        label = "Central Bank of Iran annual inflation (shipped series)"
    else:
        rates = {}
        for year, rate in series.items():
            value = exact(rate, f"series[{year}]")
            if value <= -100:
                raise InvalidFactError(f"series[{year}]", rate, "a rate above -100 percent")
            rates[year] = Fraction(value)
        label = "user-supplied series"
    years = tuple(range(first_year, last_year + 1))
    missing = [year for year in years if year not in rates]
    if missing:
        raise InvalidFactError(
            "series", missing, f"a rate for every year {first_year}-{last_year} ({label} lacks {missing})"
        )
    factor = Fraction(1)
    for year in years:
        factor *= 1 + rates[year] / 100
    return Hypothetical(
        base=amount,
        amount=amount * factor,
        factor=factor,
        years=years,
        rates=tuple((year, rates[year]) for year in years),
        series=label,
    )

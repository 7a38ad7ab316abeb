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

The figures are data, beside this module in ``data/``:

- ``amounts.toml``: the instruments (the statute and each decree), what each schedule fines, and
  one row per figure (schedule, instrument, date, low, high, status, sources), grouped by
  instrument, plus the figures of open readings (Art 736 in 1399);
- ``sources.toml``: the glossary: what every source key is, who published it and where;
- ``cbi_inflation.toml``: the Central Bank inflation series of Art 781's what-if.

They are read once, when this module is first imported (the first use of an Iranian article:
``import penalties`` loads no act), and checked strictly: an unknown or missing field, an amount
that is not a string of digits, low above high, an unknown status, instrument, schedule, reading
or source key, or dates that do not increase raise :class:`AmountsDataError` naming the file and
the entry. :func:`amounts_table` writes the Markdown table of the README from the same data.

Each :class:`Figure` carries its status and sources (law notes, iran.md §2): ``VERIFIED`` (two or
more independent sources agree), ``SINGLE-SOURCE`` or ``CONFLICT``. The status travels into the
citation of every fine (``Citation.source``) and into the trace, so an explanation names the decree
and how sure the figure is; :data:`SOURCES` says what each source is. The decree tables are the
law; Art 781's inflation rule is offered only as a hypothetical what-if
(:func:`hypothetical_adjustment`), never as a real amount.
"""

from __future__ import annotations

import datetime as _dt
import enum
import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any, NamedTuple

import attrs

from ...core import hooks
from ...core.errors import InvalidFactError
from ...core.interval import Interval
from ...core.messages import N_, message, pgettext
from ...core.money import Money, exact
from .facts import READINGS

__all__ = [
    "BASE_1388",
    "CBI_INFLATION",
    "DECREES",
    "DECREE_1399",
    "DECREE_1403",
    "SCHEDULES",
    "SOURCES",
    "AmountsData",
    "AmountsDataError",
    "Decree",
    "Figure",
    "Hypothetical",
    "InflationRate",
    "Schedule",
    "Source",
    "Status",
    "amounts_table",
    "hypothetical_adjustment",
    "read_data",
]


class Status(enum.Enum):
    """How well a figure is attested (law notes, README)."""

    VERIFIED = "VERIFIED"
    SINGLE_SOURCE = "SINGLE-SOURCE"
    CONFLICT = "CONFLICT"


# ---------------------------------------------------------------------------------------------
# Phrases: what a citation says about a figure, as catalog templates with values.
#
# The data writes the notes of a source and the remarks of a figure in English; each must match
# one of these templates (checked when the data is read), so that every locale reads them.

#: A decree with a number, and an instrument without one (the statute).
DECREE_NUMBERED = N_("{title} {number} of {date_sh} ({effective})")
DECREE_UNNUMBERED = N_("{title} ({date_sh}, {effective})")
#: Citation.source: the instrument, the status and the sources; then the remark, if any.
FIGURE = N_("{decree}; {status}: {sources}")
FIGURE_REMARKED = N_("{figure}; {remark}")
#: A source as a citation writes it: the key alone, with a note, via another article, a pattern.
SOURCE_PLAIN = "{source}"
SOURCE_NOTE = N_("{source} {note}")
# Translators: the figure is the one the source gives for another article of the same schedule.
SOURCE_VIA = N_("{source} via {article}")
# Translators: the figure follows the pattern of another article's figures (no source gives it).
SOURCE_PATTERN = N_("Art {article} pattern")
#: The notes of a source (``{ key = "K", note = "..." }``).
NOTE_TEMPLATES: tuple[str, ...] = (
    N_("(unchanged in {year})"),
    # Translators: {word} is a Persian word the statute's text lacks (میلیون).
    N_("(numeral; the word {word} is missing)"),
    # Translators: the source's figure divided by {factor}.
    N_("/ {factor}"),
)
#: The remarks of a figure (``remark = "..."``).
REMARK_TEMPLATES: tuple[str, ...] = (
    N_("{source} gives {low}-{high} (reading {reading}='{value}')"),
    N_("breaks the x{factor} pattern of the {year} decree"),
)

# The instruments' English titles (their msgids); the statuses are the core's (core/messages.py).
N_("Computer Crimes Law as enacted")
N_("cabinet decree")
# Translators: short readable names of the sources of the Iranian amounts; what each one is:
# penalties/law/ir/data/sources.toml.
message("source.SEED@source", pgettext("source", "SEED"))
message("source.D1399@source", pgettext("source", "D1399"))
message("source.D1403@source", pgettext("source", "D1403"))
message("source.REPO@source", pgettext("source", "REPO"))
message("source.W729@source", pgettext("source", "W729"))
message("source.W742@source", pgettext("source", "W742"))
message("source.W744@source", pgettext("source", "W744"))
message("source.WCCL3@source", pgettext("source", "WCCL3"))
message("source.B729@source", pgettext("source", "B729"))
message("source.E736@source", pgettext("source", "E736"))
message("source.E738@source", pgettext("source", "E738"))


@attrs.frozen
class Phrase:
    """A catalog template (its English msgid) and its values, as the data gave them.

    A value is a string, a nested phrase or a tuple of phrases (a list, joined by ``", "``).
    ``str()`` is the English text; a localizer translates the template and formats each value
    by its name (``year``, ``factor``, ``source``...).
    """

    template: str
    values: tuple[tuple[str, Any], ...] = ()

    def __str__(self) -> str:
        return self.template.format(**{name: _english(value) for name, value in self.values})

    def get(self, name: str) -> Any:
        for key, value in self.values:
            if key == name:
                return value
        return None


def _english(value: Any) -> str:
    if isinstance(value, tuple):
        return ", ".join(str(item) for item in value)
    return str(value)


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{([a-z_]+)\}", template)
    regex = "".join(re.escape(part) if index % 2 == 0 else f"(?P<{part}>.+?)" for index, part in enumerate(parts))
    return re.compile(f"^{regex}$")


def parse_phrase(text: str, templates: tuple[str, ...]) -> Phrase | None:
    """The phrase of ``templates`` whose English text is ``text`` (``None`` when none matches)."""
    for template in templates:
        found = _pattern(template).match(text)
        if found is not None:
            return Phrase(template, tuple(found.groupdict().items()))
    return None


class Source(NamedTuple):
    """One entry of the glossary of sources (``data/sources.toml``)."""

    key: str
    #: What the document is, and what it says that the data relies on.
    what: str
    #: Who published it.
    publisher: str
    #: Where to read it.
    where: str
    #: How a citation writes the key (``"asriran 161178"``); the key itself by default.
    label: str

    @property
    def citation(self) -> str:
        """A readable citation: ``"W729: IPC Art 729 page: ... - wikihoghoogh.net (...), https://..."``."""
        return f"{self.label}: {self.what} - {self.publisher}, {self.where}"


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
    #: Keys of :data:`SOURCES` for the instrument itself.
    sources: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """``"cabinet decree 153973/ت57752هـ of 1399/12/25 (2021-03-15)"``."""
        if self.number is None:
            return f"{self.title} ({self.date_sh}, {self.effective.isoformat()})"
        return f"{self.title} {self.number} of {self.date_sh} ({self.effective.isoformat()})"

    @property
    def phrase(self) -> Phrase:
        """The label as a phrase (title, number, dates; ``original``: the official Persian title)."""
        values: tuple[tuple[str, Any], ...] = (("title", self.title),)
        if self.number is not None:
            values += (("number", self.number),)
        values += (
            ("date_sh", self.date_sh),
            ("effective", self.effective.isoformat()),
            ("original", self.title_original),
        )
        return Phrase(DECREE_UNNUMBERED if self.number is None else DECREE_NUMBERED, values)


@attrs.frozen
class Figure:
    """One fine range as one instrument set it, with its status and sources.

    ``sources`` are the sources as a citation writes them (``"W729"``, ``"REPO via 734"``);
    ``keys`` are their keys in :data:`SOURCES`.
    """

    decree: Decree
    range: Interval[Money]
    status: Status
    sources: tuple[str, ...]
    remark: str = ""
    keys: tuple[str, ...] = ()
    #: The sources and the remark as phrases (what a localizer translates).
    source_phrases: tuple[Phrase, ...] = ()
    remark_phrase: Phrase | None = None

    @property
    def sources_phrase(self) -> tuple[Phrase, ...]:
        """The sources as phrases (``", "``-joined, their English text is ``", ".join(sources)``)."""
        return self.source_phrases or tuple(Phrase(SOURCE_PLAIN, (("source", text),)) for text in self.sources)

    @property
    def phrase(self) -> Phrase:
        """``Citation.source`` as a phrase: ``str(figure.phrase) == figure.source``."""
        figure = Phrase(
            FIGURE,
            (("decree", self.decree.phrase), ("status", self.status.value), ("sources", self.sources_phrase)),
        )
        if self.remark:
            remark = self.remark_phrase or Phrase("{text}", (("text", self.remark),))
            figure = Phrase(FIGURE_REMARKED, (("figure", figure), ("remark", remark)))
        return figure

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
    the facts' readings choose ``value`` for ``reading`` (Art 736 in 1399). ``about`` says what
    the schedule fines.
    """

    key: str
    figures: tuple[Figure, ...]
    alternatives: tuple[tuple[str, str, Figure], ...] = ()
    about: str = ""

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


def rials(low: int, high: int) -> Interval[Money]:
    """A closed range in rials («از ... تا ...» includes both ends)."""
    return Interval(Money(low, "IRR"), Money(high, "IRR"))


@attrs.frozen
class InflationRate:
    """An annual inflation rate in percent (exact), with its status and source."""

    year: int
    percent: Fraction
    status: Status
    #: The sources as a citation writes them, ``"; "``-separated.
    source: str
    #: Their keys in :data:`SOURCES`.
    keys: tuple[str, ...] = ()


# ---------------------------------------------------------------------------------------------
# Reading and checking the data files.


class AmountsDataError(ValueError):
    """A data file of the Iranian amounts is malformed; the message names the file and the entry."""

    def __init__(self, file: str, entry: str, problem: str) -> None:
        super().__init__(f"{file}, {entry}: {problem}")
        self.file = file
        self.entry = entry
        self.problem = problem

    def __reduce__(self) -> tuple[type[AmountsDataError], tuple[str, str, str]]:
        return type(self), (self.file, self.entry, self.problem)


class AmountsData(NamedTuple):
    """Everything the data files hold, checked and built (:func:`read_data`)."""

    decrees: tuple[Decree, ...]
    schedules: dict[str, Schedule]
    #: Instrument key -> the schedules whose figure that instrument kept unchanged.
    unchanged: dict[str, frozenset[str]]
    inflation: dict[int, InflationRate]
    #: The name of the inflation series.
    series: str
    sources: dict[str, Source]

    def decree(self, key: str) -> Decree:
        """The instrument ``key`` (``"1399"``)."""
        for decree in self.decrees:
            if decree.key == key:
                return decree
        raise KeyError(key)


AMOUNTS_FILE = "amounts.toml"
SOURCES_FILE = "sources.toml"
INFLATION_FILE = "cbi_inflation.toml"

_STATUSES = {status.value: status for status in Status}
_SOURCE_KEY_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")

# The checks below are plain string tests, not regular expressions: the data is read when an
# Iranian article is first used, and compiling patterns would cost more than the checks.


def _is_number(text: str, most: int) -> bool:
    """ASCII digits, at most ``most`` of them, without a leading zero (``"0"`` itself is one)."""
    return 0 < len(text) <= most and text.isascii() and text.isdigit() and (text == "0" or text[0] != "0")


def _is_amount(text: str) -> bool:
    return _is_number(text, 30)


def _is_percent(text: str) -> bool:
    """``"10.8"``, ``"-1.25"``, ``"9"``: an exact decimal of at most 4 whole and 6 decimal digits."""
    whole, dot, decimals = text.removeprefix("-").partition(".")
    return _is_number(whole, 4) and (not dot or (0 < len(decimals) <= 6 and decimals.isascii() and decimals.isdigit()))


def _is_solar_hijri(text: str) -> bool:
    """``"1399/12/25"``: year 1000-1999, month 01-12, day 01-31, zero-padded."""
    parts = text.split("/")
    if len(parts) != 3 or [len(part) for part in parts] != [4, 2, 2] or not all(_is_digits(p) for p in parts):
        return False
    return text[0] == "1" and 1 <= int(parts[1]) <= 12 and 1 <= int(parts[2]) <= 31


def _is_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _is_schedule_key(text: str) -> bool:
    """An article number, then clause, note or branch after dots: ``"731.a"``, ``"743.a.vulgar"``."""
    article, *parts = text.split(".")
    return _is_number(article, 4) and all(part.isascii() and part.isalnum() for part in parts)


def _is_source_key(text: str) -> bool:
    """Capitals, digits and ``-``, not starting with ``-``: ``"W729"``, ``"ASRIRAN-161178"``."""
    return bool(text) and text[0] != "-" and set(text) <= _SOURCE_KEY_CHARACTERS


class _Entry:
    """One table of a data file, read field by field; every problem names the file and the entry."""

    def __init__(
        self, file: str, name: str, value: object, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> None:
        self.file = file
        self.name = name
        if not isinstance(value, dict):
            raise self.error(f"expected a table, not {type(value).__name__}")
        unknown = [key for key in value if key not in required and key not in optional]
        if unknown:
            raise self.error(
                f"unknown field(s) {', '.join(map(repr, unknown))}; fields: {', '.join(required + optional)}"
            )
        missing = [key for key in required if key not in value]
        if missing:
            raise self.error(f"missing field(s) {', '.join(map(repr, missing))}")
        self.value: dict[str, object] = value

    def error(self, problem: str) -> AmountsDataError:
        return AmountsDataError(self.file, self.name, problem)

    def has(self, field: str) -> bool:
        return field in self.value

    def raw(self, field: str) -> object:
        return self.value[field]

    def text(self, field: str) -> str:
        value = self.value[field]
        if not isinstance(value, str) or not value.strip():
            raise self.error(f"{field} must be a non-empty string, not {value!r}")
        return value

    def flag(self, field: str) -> bool:
        value = self.value.get(field, False)
        if not isinstance(value, bool):
            raise self.error(f"{field} must be true or false, not {value!r}")
        return value

    def date(self, field: str) -> _dt.date:
        value = self.value[field]
        if not isinstance(value, _dt.date) or isinstance(value, _dt.datetime):
            raise self.error(f"{field} must be a date such as 2021-03-15 (unquoted), not {value!r}")
        return value

    def amount(self, field: str) -> int:
        value = self.value[field]
        if not isinstance(value, str) or not _is_amount(value):
            raise self.error(
                f'{field} must be an exact amount in rials, a string of digits such as "20000000", not {value!r}'
            )
        return int(value)

    def status(self) -> Status:
        value = self.value["status"]
        if not isinstance(value, str) or value not in _STATUSES:
            raise self.error(f"unknown status {value!r}; statuses: {', '.join(_STATUSES)}")
        return _STATUSES[value]

    def keys(self, field: str, sources: Mapping[str, Source]) -> tuple[str, ...]:
        """A non-empty list of glossary keys."""
        value = self.value[field]
        if not isinstance(value, list) or not value:
            raise self.error(f"{field} must be a non-empty list of keys of {SOURCES_FILE}")
        for key in value:
            if not isinstance(key, str) or key not in sources:
                raise self.error(f"unknown source {key!r} (not in {SOURCES_FILE})")
        if len(set(value)) != len(value):
            raise self.error(f"{field} names a source twice")
        return tuple(value)


def _list(file: str, name: str, value: object) -> list[object]:
    if not isinstance(value, list):
        raise AmountsDataError(file, name, f"expected a list, not {type(value).__name__}")
    return value


def _parse(folder: str | os.PathLike[str], name: str) -> dict[str, Any]:
    try:
        with open(os.path.join(folder, name), "rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise AmountsDataError(name, "the file", f"cannot be read: {error}") from error


def _read_sources(folder: str | os.PathLike[str]) -> dict[str, Source]:
    top = _Entry(SOURCES_FILE, "the file", _parse(folder, SOURCES_FILE), ("source",))
    table = top.raw("source")
    if not isinstance(table, dict) or not table:
        raise top.error("[source] must hold one table per source key")
    sources = {}
    for key, value in table.items():
        entry = _Entry(SOURCES_FILE, f"source {key!r}", value, ("what", "publisher", "where"), ("label",))
        if not _is_source_key(key):
            raise entry.error("a source key is capitals, digits and '-' (W729, ASRIRAN-161178)")
        label = entry.text("label") if entry.has("label") else key
        sources[key] = Source(key, entry.text("what"), entry.text("publisher"), entry.text("where"), label)
    return sources


def _read_decrees(top: _Entry, sources: Mapping[str, Source]) -> tuple[Decree, ...]:
    decrees: list[Decree] = []
    for index, value in enumerate(_list(AMOUNTS_FILE, "decree", top.raw("decree"))):
        fields = ("key", "title", "title_original", "date_sh", "effective", "reference", "sources")
        entry = _Entry(AMOUNTS_FILE, f"decree[{index}]", value, fields, ("number",))
        key = entry.text("key")
        entry.name = f"decree {key!r}"
        if any(decree.key == key for decree in decrees):
            raise entry.error("a second instrument with this key")
        date_sh = entry.text("date_sh")
        if not _is_solar_hijri(date_sh):
            raise entry.error(f"date_sh must be a Solar Hijri date YYYY/MM/DD, not {date_sh!r}")
        effective = entry.date("effective")
        if decrees and effective <= decrees[-1].effective:
            before = decrees[-1]
            raise entry.error(
                f"dates must increase: effective {effective} is not after {before.effective} ({before.key!r})"
            )
        number = entry.text("number") if entry.has("number") else None
        decrees.append(
            Decree(
                key=key,
                title=entry.text("title"),
                title_original=entry.text("title_original"),
                number=number,
                date_sh=date_sh,
                effective=effective,
                reference=entry.text("reference"),
                sources=entry.keys("sources", sources),
            )
        )
    if not decrees:
        raise top.error("no [[decree]]")
    return tuple(decrees)


class _Rows:
    """Reads the rows of [fines] (figures and alternatives) into ``(schedule, decree, Figure)``."""

    def __init__(self, decrees: tuple[Decree, ...], about: Mapping[str, str], sources: Mapping[str, Source]) -> None:
        self.decrees = {decree.key: decree for decree in decrees}
        self.about = about
        self.sources = sources
        #: (schedule, decree key) -> range of the figures read so far.
        self.ranges: dict[tuple[str, str], Interval[Money]] = {}
        #: (range, decree key, referenced schedule, entry): ``via`` and ``pattern``, checked at the end.
        self.references: list[tuple[Interval[Money], str, str, _Entry]] = []

    def figure(self, entry: _Entry) -> tuple[str, Decree, Figure]:
        schedule = entry.text("schedule")
        if schedule not in self.about:
            raise entry.error(f"unknown schedule {schedule!r} (not in [schedule])")
        key = entry.text("decree")
        decree = self.decrees.get(key)
        if decree is None:
            raise entry.error(f"unknown decree {key!r}; decrees: {', '.join(self.decrees)}")
        entry.name += f" (schedule {schedule!r}, decree {key!r})"
        on = entry.date("date")
        if on != decree.effective:
            raise entry.error(f"date {on} is not the effective date of decree {key!r} ({decree.effective})")
        low, high = entry.amount("low"), entry.amount("high")
        if low > high:
            raise entry.error(f"low {low} is above high {high}")
        status, value_range = entry.status(), rials(low, high)
        shown, keys, phrases = self._sources(entry, value_range, key)
        remark = entry.text("remark") if entry.has("remark") else ""
        remark_phrase = None
        if remark:
            remark_phrase = parse_phrase(remark, REMARK_TEMPLATES)
            if remark_phrase is None:
                raise entry.error(f"remark {remark!r} follows none of the templates {list(REMARK_TEMPLATES)}")
        figure = Figure(decree, value_range, status, shown, remark, keys, phrases, remark_phrase)
        return schedule, decree, figure

    def _sources(
        self, entry: _Entry, value_range: Interval[Money], decree: str
    ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[Phrase, ...]]:
        value = entry.raw("sources")
        if not isinstance(value, list) or not value:
            raise entry.error(f"sources must be a non-empty list of keys of {SOURCES_FILE}")
        shown: list[str] = []
        keys: list[str] = []
        phrases: list[Phrase] = []
        for item in value:
            if isinstance(item, dict) and set(item) == {"pattern"}:
                other = item["pattern"]
                if not isinstance(other, str):
                    raise entry.error(f"pattern must name a schedule, not {other!r}")
                self.references.append((value_range, decree, other, entry))
                shown.append(f"Art {other} pattern")
                phrases.append(Phrase(SOURCE_PATTERN, (("article", other),)))
                continue
            if isinstance(item, str):
                key, text = item, None
            elif isinstance(item, dict) and set(item) in ({"key", "note"}, {"key", "via"}):
                key, text = item["key"], item.get("note", item.get("via"))
                if not isinstance(text, str) or not text.strip():
                    raise entry.error(f"source {item!r}: note and via are non-empty strings")
                if "via" in item:
                    self.references.append((value_range, decree, text, entry))
                    text = f"via {text}"
            else:
                raise entry.error(
                    f'source {item!r}: a key, {{ key = "K", note = "..." }}, {{ key = "K", via = "734" }} '
                    f'or {{ pattern = "737" }}'
                )
            if not isinstance(key, str) or key not in self.sources:
                raise entry.error(f"unknown source {key!r} (not in {SOURCES_FILE})")
            label = self.sources[key].label
            shown.append(label if text is None else f"{label} {text}")
            keys.append(key)
            if text is None:
                phrases.append(Phrase(SOURCE_PLAIN, (("source", label),)))
            elif "via" in item:
                phrases.append(Phrase(SOURCE_VIA, (("source", label), ("article", item["via"]))))
            else:
                note = parse_phrase(text, NOTE_TEMPLATES)
                if note is None:
                    raise entry.error(f"note {text!r} follows none of the templates {list(NOTE_TEMPLATES)}")
                phrases.append(Phrase(SOURCE_NOTE, (("source", label), ("note", note))))
        return tuple(shown), tuple(dict.fromkeys(keys)), tuple(phrases)

    def check_references(self) -> None:
        for value_range, decree, other, entry in self.references:
            if other not in self.about:
                raise entry.error(f"refers to unknown schedule {other!r}")
            if self.ranges.get((other, decree)) != value_range:
                raise entry.error(f"refers to schedule {other!r}, whose figure under decree {decree!r} differs")


def _read_amounts(
    folder: str | os.PathLike[str], sources: Mapping[str, Source]
) -> tuple[tuple[Decree, ...], dict[str, Schedule], dict[str, frozenset[str]]]:
    top = _Entry(AMOUNTS_FILE, "the file", _parse(folder, AMOUNTS_FILE), ("decree", "schedule", "fines"))
    decrees = _read_decrees(top, sources)
    about_table = top.raw("schedule")
    if not isinstance(about_table, dict) or not about_table:
        raise top.error("[schedule] must map each schedule key to what it fines")
    about: dict[str, str] = {}
    for key, text in about_table.items():
        if not _is_schedule_key(key):
            raise AmountsDataError(
                AMOUNTS_FILE, f"schedule {key!r}", "a key is an article, then parts after dots (731.a)"
            )
        if not isinstance(text, str) or not text.strip():
            raise AmountsDataError(
                AMOUNTS_FILE, f"schedule {key!r}", "must say what the schedule fines (a non-empty string)"
            )
        about[key] = text
    fines = _Entry(AMOUNTS_FILE, "[fines]", top.raw("fines"), ("figures",), ("alternatives",))
    rows = _Rows(decrees, about, sources)

    figures: dict[str, list[Figure]] = {key: [] for key in about}
    unchanged: dict[str, set[str]] = {decree.key: set() for decree in decrees}
    required: tuple[str, ...] = ("schedule", "decree", "date", "low", "high", "status", "sources")
    for index, value in enumerate(_list(AMOUNTS_FILE, "fines.figures", fines.raw("figures"))):
        entry = _Entry(AMOUNTS_FILE, f"fines.figures[{index}]", value, required, ("unchanged", "remark"))
        schedule, decree, figure = rows.figure(entry)
        earlier = figures[schedule]
        if earlier and earlier[-1].decree.effective >= decree.effective:
            problem = "a second figure for this decree" if earlier[-1].decree is decree else "dates must increase"
            raise entry.error(
                f"{problem}: schedule {schedule!r} already has a figure of decree {earlier[-1].decree.key!r}"
            )
        if entry.flag("unchanged"):
            if not earlier:
                raise entry.error("unchanged = true on a schedule's first figure")
            if earlier[-1].range != figure.range:
                raise entry.error(f"unchanged = true, but the figure differs from decree {earlier[-1].decree.key!r}'s")
            unchanged[decree.key].add(schedule)
        earlier.append(figure)
        rows.ranges[(schedule, decree.key)] = figure.range

    for schedule, found in figures.items():
        if not found:
            raise AmountsDataError(AMOUNTS_FILE, f"schedule {schedule!r}", "has no figure in fines.figures")
        if found[0].decree is not decrees[0]:
            raise AmountsDataError(
                AMOUNTS_FILE, f"schedule {schedule!r}", f"has no figure of the first instrument ({decrees[0].key!r})"
            )

    alternatives: dict[str, list[tuple[str, str, Figure]]] = {key: [] for key in about}
    required = ("schedule", "decree", "date", "reading", "value", "low", "high", "status", "sources")
    for index, value in enumerate(_list(AMOUNTS_FILE, "fines.alternatives", fines.value.get("alternatives", []))):
        entry = _Entry(AMOUNTS_FILE, f"fines.alternatives[{index}]", value, required, ("remark",))
        schedule, decree, figure = rows.figure(entry)
        if (schedule, decree.key) not in rows.ranges:
            raise entry.error(f"schedule {schedule!r} has no figure of decree {decree.key!r} for this to replace")
        reading, choice = entry.text("reading"), entry.text("value")
        values = READINGS.get(reading)
        if values is None:
            raise entry.error(f"unknown reading {reading!r}; readings: {', '.join(READINGS)}")
        if choice not in values[1:]:
            raise entry.error(f"value {choice!r} is not a non-default value of {reading} ({', '.join(values[1:])})")
        if any(r == reading and v == choice and f.decree is decree for r, v, f in alternatives[schedule]):
            raise entry.error("a second alternative for this schedule, decree, reading and value")
        alternatives[schedule].append((reading, choice, figure))
    rows.check_references()

    schedules = {key: Schedule(key, tuple(figures[key]), tuple(alternatives[key]), about[key]) for key in about}
    return decrees, schedules, {key: frozenset(keys) for key, keys in unchanged.items()}


def _read_inflation(
    folder: str | os.PathLike[str], sources: Mapping[str, Source]
) -> tuple[str, dict[int, InflationRate]]:
    top = _Entry(INFLATION_FILE, "the file", _parse(folder, INFLATION_FILE), ("series",))
    series = _Entry(INFLATION_FILE, "[series]", top.raw("series"), ("name", "rates"))
    rates: dict[int, InflationRate] = {}
    for index, value in enumerate(_list(INFLATION_FILE, "series.rates", series.raw("rates"))):
        entry = _Entry(INFLATION_FILE, f"series.rates[{index}]", value, ("year", "percent", "status", "sources"))
        year = entry.raw("year")
        if type(year) is not int or not 1300 <= year <= 1500:
            raise entry.error(f"year must be a Solar Hijri year from 1300 to 1500, not {year!r}")
        entry.name += f" (year {year})"
        if rates and year <= max(rates):
            raise entry.error(f"years must increase: {year} is not after {max(rates)}")
        percent = entry.raw("percent")
        if not isinstance(percent, str) or not _is_percent(percent):
            raise entry.error(f'percent must be an exact decimal string such as "10.8", not {percent!r}')
        if Fraction(percent) <= -100:
            raise entry.error(f"percent {percent} is not above -100")
        keys = entry.keys("sources", sources)
        label = "; ".join(sources[key].label for key in keys)
        rates[year] = InflationRate(year, Fraction(percent), entry.status(), label, keys)
    return series.text("name"), rates


def read_data(folder: str | os.PathLike[str] | None = None) -> AmountsData:
    """Read and check the data files in ``folder`` (by default the package's own ``data/``).

    Raises :class:`AmountsDataError` naming the file and the entry at the first problem. The
    module reads its data once, at import; call this to check a changed copy of the files.
    """
    if folder is None:
        folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
    sources = _read_sources(folder)
    decrees, schedules, unchanged = _read_amounts(folder, sources)
    series, inflation = _read_inflation(folder, sources)
    return AmountsData(decrees, schedules, unchanged, inflation, series, sources)


_DATA = read_data()

#: The instruments in date order.
DECREES: tuple[Decree, ...] = _DATA.decrees
BASE_1388: Decree = _DATA.decree("1388")
DECREE_1399: Decree = _DATA.decree("1399")
DECREE_1403: Decree = _DATA.decree("1403")

#: The fine of every fined provision, by key (IPC article, clause, note or branch), from
#: ``data/amounts.toml`` (law notes, iran.md §2; iran_articles.json).
SCHEDULES: dict[str, Schedule] = _DATA.schedules

#: Fines the 1399 decree left unchanged (every other later figure is higher): marked in the data.
UNCHANGED_IN_1399: frozenset[str] = _DATA.unchanged["1399"]

#: The glossary: source key -> what the document is, who published it, where (``data/sources.toml``).
SOURCES: dict[str, Source] = _DATA.sources

_PHRASES: dict[tuple[str, str], Any] = {}


def phrase_of(name: str, text: str) -> Any:
    """The phrase behind an English text the library wrote from the data, or ``None``.

    ``name`` is ``"source"`` (a ``Citation.source``), ``"decree"`` (an instrument's label) or
    ``"sources"`` (a figure's sources joined by ``", "``, a trace value): the result is a
    :class:`Phrase`, or a tuple of them for ``"sources"``.
    """
    if not _PHRASES:
        for schedule in _DATA.schedules.values():
            figures = list(schedule.figures) + [figure for _, _, figure in schedule.alternatives]
            for figure in figures:
                _PHRASES[("source", figure.source)] = figure.phrase
                _PHRASES[("decree", figure.decree.label)] = figure.decree.phrase
                _PHRASES[("sources", ", ".join(figure.sources))] = figure.sources_phrase
    return _PHRASES.get((name, text))


# The renderers translate a figure's source and decree through the phrase behind them.
hooks.add("figure_phrase", phrase_of)


# ---------------------------------------------------------------------------------------------
# The README's table of amounts.


def _range_text(figure: Figure) -> str:
    return f"{figure.range.low.amount:,}-{figure.range.high.amount:,}"


def amounts_table(data: AmountsData | None = None) -> str:
    """The Markdown table of every schedule's figures, one column per instrument (README).

    One row per schedule, each followed by a row per figure of an open reading (its key followed
    by ``[reading=value]``); ``-`` where an instrument set no figure. Status and sources list the
    instruments in order, separated by ``·``.
    """
    if data is None:
        data = _DATA
    header = ["key", "CCL", "fined conduct"]
    for index, decree in enumerate(data.decrees):
        header.append(f"fine {decree.date_sh} (statute)" if index == 0 else f"fine from {decree.date_sh}")
    header += ["status", "sources"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]

    def row(key: str, about: str, figures: Mapping[str, Figure]) -> str:
        ccl = str(int(key.split(".")[0].split(" ")[0]) - 728)
        cells = [key, ccl, about]
        cells += [_range_text(figures[d.key]) if d.key in figures else "-" for d in data.decrees]
        cells.append(" · ".join(figures[d.key].status.value if d.key in figures else "-" for d in data.decrees))
        cells.append(" · ".join(", ".join(figures[d.key].sources) if d.key in figures else "-" for d in data.decrees))
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"

    for key, schedule in data.schedules.items():
        lines.append(row(key, schedule.about, {figure.decree.key: figure for figure in schedule.figures}))
        for reading, value, figure in schedule.alternatives:
            about = f"the same, by the reading {reading}={value}" + (f": {figure.remark}" if figure.remark else "")
            lines.append(row(f"{key} [{reading}={value}]", about, {figure.decree.key: figure}))
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Art 781 as a what-if: hypothetical adjustment by an inflation series.

#: Central Bank of Iran annual inflation, 12 months to the end of Esfand (law notes, iran.md §5),
#: from ``data/cbi_inflation.toml``. 1399, 1400 and 1402 have no CBI figure in the notes and are
#: absent: supply them to go through them.
CBI_INFLATION: dict[int, InflationRate] = _DATA.inflation


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
        label = f"{_DATA.series} (shipped series)"
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

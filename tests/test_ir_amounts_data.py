"""The Iranian amounts as data: the files under penalties/law/ir/data/, their checks, the README table.

The dated figures (1388 statute, decrees of 1399/12/25 and 1403/04/04), the decrees, the Central
Bank inflation series and the glossary of sources are TOML files shipped in the package. These
tests check the data for internal consistency (the x3.3 relation of the 1403 decree, no amount
lower than the statute's except where the data says so, every fined provision has a schedule,
every source key is in the glossary), that the loader refuses malformed data naming the file and
the entry, that the data is read once and never on ``import penalties``, and that the README's
table of amounts agrees with the data row by row.
"""

from __future__ import annotations

import datetime as dt
import pickle
import re
import subprocess
import sys
from fractions import Fraction
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import pytest

from penalties import Addressee, SanctionKind, assess, catalog
from penalties.core.errors import PenaltiesError
from penalties.law.ir import amounts
from penalties.law.ir.amounts import (
    CBI_INFLATION,
    DECREES,
    SCHEDULES,
    SOURCES,
    AmountsDataError,
    Figure,
    Schedule,
    Status,
    amounts_table,
    read_data,
)
from penalties.law.ir.facts import READINGS, parse_date
from penalties.law.ir.nodes import DatedFine

ROOT = Path(__file__).resolve().parent.parent
DATA = resources.files("penalties.law.ir").joinpath("data")
FILES = ("amounts.toml", "sources.toml", "cbi_inflation.toml")
DATA_ = amounts._DATA


def _by_decree(schedule: Schedule) -> dict[str, Figure]:
    return {figure.decree.key: figure for figure in schedule.figures}


# ---------------------------------------------------------------------------------------------
# Loading: once, lazily, into the same objects the formulas hold.


def test_import_penalties_does_not_read_the_amounts() -> None:
    code = (
        "import sys, penalties\n"
        "penalties.assess('cn.dsl.47', illegal_gains=250000, on='2024-05-01')\n"
        "print('penalties.law.ir.amounts' in sys.modules)\n"
        "penalties.assess('ir.ipc.729', on='2024-07-01')\n"
        "print('penalties.law.ir.amounts' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "True"]


def test_the_data_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("a data file read after import")

    monkeypatch.setattr(amounts, "_parse", refuse)
    for on in ("2010-01-01", "2022-01-01", "2024-07-01"):
        assert assess("ir.ipc.736", on=on, readings={"art736_1399": "repo"}).fine is not None
    assert amounts.hypothetical_adjustment(1_000, 1388, 1389).amount.amount > 1_000


def _dated_fines(node: Any, found: list[DatedFine]) -> list[DatedFine]:
    if isinstance(node, DatedFine):
        found.append(node)
    elif isinstance(node, tuple):
        for item in node:
            _dated_fines(item, found)
    elif attrs.has(type(node)) and not isinstance(node, Schedule):
        for field in attrs.fields(type(node)):
            _dated_fines(getattr(node, field.name), found)
    return found


IR_ARTICLES = catalog("ir.ipc")


def test_every_fine_of_the_act_uses_a_shipped_schedule_and_every_schedule_is_used() -> None:
    used: set[str] = set()
    for entry in IR_ARTICLES:
        for fine in _dated_fines(entry.formula, []):
            assert fine.schedule is SCHEDULES[fine.schedule.key], entry.id  # the very object: no copy
            used.add(fine.schedule.key)
    assert used == set(SCHEDULES)


@pytest.mark.parametrize("entry", [a for a in IR_ARTICLES if a.penal], ids=lambda a: a.id)
def test_every_catalogued_fine_comes_from_a_schedule(entry: Any) -> None:
    sources = {figure.source for s in SCHEDULES.values() for figure in s.figures}
    for on in ("2010-01-01", "2022-01-01", "2024-07-01"):
        try:
            result = assess(entry.id, on=on)
        except PenaltiesError:
            continue
        for sanction in result.sanctions:
            if sanction.kind is SanctionKind.FINE and sanction.addressee is Addressee.OFFENDER:
                assert sanction.basis.source in sources, (entry.id, on)


def test_read_data_builds_the_module_objects_again() -> None:
    again = read_data()
    assert again.schedules == SCHEDULES and again.decrees == DECREES
    assert again.inflation == CBI_INFLATION and again.sources == SOURCES
    assert again.unchanged == DATA_.unchanged
    assert again.schedules["729"] is not SCHEDULES["729"]


# ---------------------------------------------------------------------------------------------
# The data: what it says, exactly as before it was data.


def test_figures_are_exact_whole_rials() -> None:
    for schedule in SCHEDULES.values():
        for figure in [*schedule.figures, *(alt for _, _, alt in schedule.alternatives)]:
            for end in (figure.range.low, figure.range.high):
                assert type(end.amount) is int and end.currency == "IRR"
            assert figure.range.low_closed and figure.range.high_closed


def test_the_citations_read_as_before() -> None:
    d1399 = SCHEDULES["736"].at(dt.date(2022, 1, 1))
    assert d1399.source == (
        "cabinet decree 153973/ت57752هـ of 1399/12/25 (2021-03-15); CONFLICT: E736 / 3.3, Art 737 pattern; "
        "REPO gives 50,000,000-250,000,000 (reading art736_1399='repo')"
    )
    assert d1399.keys == ("E736",)
    assert SCHEDULES["735"].at(dt.date(2025, 1, 1)).sources == ("REPO via 734",)
    assert SCHEDULES["742"].figures[0].source == (
        "Computer Crimes Law as enacted (1388/03/05, 2009-05-26); VERIFIED: "
        "SEED (numeral; the word میلیون is missing), W742, REPO"
    )
    assert SCHEDULES["752"].figures[1].sources == ("REPO (unchanged in 1399)",)
    assert CBI_INFLATION[1401].source == "tavantahlil; hankh.ir (IRNA); seratnews 615922"
    assert CBI_INFLATION[1395].percent == Fraction(9) and CBI_INFLATION[1393].status is Status.SINGLE_SOURCE
    assert sorted(CBI_INFLATION) == [*range(1388, 1399), 1401]


def test_decree_dates_agree_in_both_calendars() -> None:
    for decree in DECREES:
        assert parse_date(decree.date_sh) == decree.effective, decree.key
    assert [d.effective for d in DECREES] == sorted({d.effective for d in DECREES})


def _round_one_figure(value: Fraction) -> int:
    """``value`` rounded half up to one significant figure (594,000,000 -> 600,000,000)."""
    scale = 10 ** (len(str(int(value))) - 1)
    return int((value / scale + Fraction(1, 2)) // 1) * scale


def _follows_x3_3(old: Figure, new: Figure) -> bool:
    for before, after in ((old.range.low, new.range.low), (old.range.high, new.range.high)):
        product = Fraction(before.amount) * Fraction(33, 10)
        if after.amount not in (product, _round_one_figure(product)):
            return False
    return True


def test_1403_is_3_3_times_1399_rounded_except_where_the_data_says_conflict() -> None:
    # Law notes, iran.md §1 and §7: every 1403 figure is 3.3 x the 1399 figure, kept exact or
    # rounded to one significant figure (49.5M -> 50M, 198M -> 200M, 594M -> 600M).
    for key, schedule in SCHEDULES.items():
        figures = _by_decree(schedule)
        assert _follows_x3_3(figures["1399"], figures["1403"]), key
        for reading, value, alternative in schedule.alternatives:
            if alternative.decree.key == "1399" and not _follows_x3_3(alternative, figures["1403"]):
                assert alternative.status is Status.CONFLICT and "x3.3" in alternative.remark, (key, reading, value)
    assert _round_one_figure(Fraction(49_500_000)) == 50_000_000
    assert _round_one_figure(Fraction(82_500_000)) == 80_000_000  # (82,500,000 itself is exact: kept)


def test_no_later_amount_is_below_the_statute_and_unchanged_figures_are_marked() -> None:
    for key, schedule in SCHEDULES.items():
        base = schedule.figures[0]
        assert base.decree is DECREES[0] and base.status is Status.VERIFIED, key
        later = [*schedule.figures[1:], *(alt for _, _, alt in schedule.alternatives)]
        for figure in later:
            assert figure.range.low >= base.range.low and figure.range.high >= base.range.high, key
        for before, after in zip(schedule.figures, schedule.figures[1:], strict=False):
            if key in DATA_.unchanged[after.decree.key]:
                assert after.range == before.range, key
            else:
                assert after.range.low > before.range.low or after.range.high > before.range.high, key
    assert DATA_.unchanged["1399"] == amounts.UNCHANGED_IN_1399 == {"749.2", "751.2", "752"}
    assert DATA_.unchanged["1403"] == frozenset()


def test_alternatives_name_declared_readings() -> None:
    seen = 0
    for schedule in SCHEDULES.values():
        for reading, value, figure in schedule.alternatives:
            assert reading in READINGS and value in READINGS[reading][1:]
            assert figure.decree in {f.decree for f in schedule.figures}
            seen += 1
    assert seen == 1  # Art 736 in 1399, reading art736_1399="repo"


# ---------------------------------------------------------------------------------------------
# The glossary of sources.


def _keys_used() -> dict[str, set[str]]:
    used: dict[str, set[str]] = {}
    for key, schedule in SCHEDULES.items():
        for figure in [*schedule.figures, *(alt for _, _, alt in schedule.alternatives)]:
            for source in figure.keys:
                used.setdefault(source, set()).add(f"schedule {key}")
    for decree in DECREES:
        for source in decree.sources:
            used.setdefault(source, set()).add(f"decree {decree.key}")
    for year, rate in CBI_INFLATION.items():
        for source in rate.keys:
            used.setdefault(source, set()).add(f"inflation {year}")
    return used


def test_every_source_key_is_in_the_glossary_and_every_entry_is_used() -> None:
    used = _keys_used()
    assert set(used) - set(SOURCES) == set()
    assert set(SOURCES) - set(used) == set(), "glossary entries that nothing cites"
    for key, source in SOURCES.items():
        assert source.key == key
        for text in (source.what, source.publisher, source.where, source.label):
            assert text.strip() == text and text
        assert source.citation.startswith(f"{source.label}: {source.what}")


def test_every_shown_source_is_a_glossary_label_or_a_reference() -> None:
    labels = {source.label for source in SOURCES.values()}
    for key, schedule in SCHEDULES.items():
        for figure in [*schedule.figures, *(alt for _, _, alt in schedule.alternatives)]:
            assert figure.keys, key
            for shown in figure.sources:
                assert shown.split(" ")[0] in labels or re.fullmatch(r"Art \S+ pattern", shown), (key, shown)
    for rate in CBI_INFLATION.values():
        assert rate.source == "; ".join(SOURCES[k].label for k in rate.keys)


# ---------------------------------------------------------------------------------------------
# The README table, row by row.


def _readme_table() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("\n## Iran: Computer Crimes Law\n")
    end = readme.index("\n## ", start + 1)
    lines = readme[start:end].splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("| key | CCL |"))
    table = []
    for line in lines[first:]:
        if not line.startswith("|"):
            break
        table.append(line)
    return table


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", line.strip())[1:-1]]


def _range(cell: str) -> tuple[int, int] | None:
    if cell == "-":
        return None
    found = re.fullmatch(r"([0-9]{1,3}(?:,[0-9]{3})*)-([0-9]{1,3}(?:,[0-9]{3})*)", cell)
    assert found, cell
    return int(found[1].replace(",", "")), int(found[2].replace(",", ""))


def test_the_readme_table_is_the_generated_one() -> None:
    assert "\n".join(_readme_table()) == amounts_table(), (
        "README.md's amounts table is stale: paste the output of "
        'python -c "from penalties.law.ir.amounts import amounts_table; print(amounts_table())"'
    )


def test_the_readme_table_agrees_with_the_data_row_by_row() -> None:
    header, rule, *rows = _readme_table()
    columns = _cells(header)
    assert _cells(rule) == ["---"] * len(columns)
    decree_columns = columns[3:-2]
    assert [column.split(" ")[-1 if i else 1] for i, column in enumerate(decree_columns)] == [
        "1388/03/05",
        *(d.date_sh for d in DECREES[1:]),
    ]
    assert len(decree_columns) == len(DECREES)
    expected: list[tuple[str, dict[str, Figure]]] = []
    for key, schedule in SCHEDULES.items():
        expected.append((key, _by_decree(schedule)))
        for reading, value, figure in schedule.alternatives:
            expected.append((f"{key} [{reading}={value}]", {figure.decree.key: figure}))
    assert len(rows) == len(expected)
    for line, (key, figures) in zip(rows, expected, strict=True):
        cells = _cells(line)
        assert len(cells) == len(columns), line
        assert cells[0] == key
        schedule_key = key.split(" ")[0]
        assert cells[1] == str(int(schedule_key.split(".")[0]) - 728), key
        if " [" not in key:
            assert cells[2] == SCHEDULES[schedule_key].about
        statuses = cells[-2].split(" · ")
        for decree, cell, status in zip(DECREES, cells[3:-2], statuses, strict=True):
            figure = figures.get(decree.key)
            if figure is None:
                assert (_range(cell), status) == (None, "-"), (key, decree.key)
            else:
                assert _range(cell) == (figure.range.low.amount, figure.range.high.amount), (key, decree.key)
                assert status == figure.status.value, (key, decree.key)


# ---------------------------------------------------------------------------------------------
# Strict checks: malformed data is refused at load, naming the file and the entry.


def _copy(tmp_path: Path) -> None:
    for name in FILES:
        (tmp_path / name).write_text(DATA.joinpath(name).read_text(encoding="utf-8"), encoding="utf-8")


def _row(text: str, schedule: str, decree: str) -> str:
    """The line of amounts.toml with the figure of ``schedule`` under ``decree``."""
    figure = rf'^  \{{ schedule = "{re.escape(schedule)}",\s+decree = "{decree}", date = \S+, low = .*$'
    pattern = re.compile(figure, re.MULTILINE)
    found = pattern.findall(text)
    assert len(found) == 1, (schedule, decree)
    return str(found[0])


def _broken(tmp_path: Path, file: str, old: str, new: str, row: tuple[str, str] | None = None) -> AmountsDataError:
    """Copy the data with ``old`` replaced by ``new`` once (in the line of ``row``, if given); the error."""
    _copy(tmp_path)
    text = (tmp_path / file).read_text(encoding="utf-8")
    if row is None:
        assert old in text, old
        text = text.replace(old, new, 1)
    else:
        line = _row(text, *row)
        assert old in line, (old, line)
        text = text.replace(line, line.replace(old, new, 1))
    (tmp_path / file).write_text(text, encoding="utf-8")
    with pytest.raises(AmountsDataError) as raised:
        read_data(tmp_path)
    error = raised.value
    assert error.file == file and str(error).startswith(f"{file}, {error.entry}: ")
    assert pickle.loads(pickle.dumps(error)).args == error.args
    return error


R729 = ("729", "1399")


@pytest.mark.parametrize(
    ("row", "old", "new", "entry", "problem"),
    [
        (R729, "status =", "fine = 1, status =", "fines.figures[", "unknown field(s) 'fine'"),
        (R729, 'status = "VERIFIED",', "", "fines.figures[", "missing field(s) 'status'"),
        (R729, 'low = "20000000"', "low = 20000000.0", "(schedule '729', decree '1399')", "exact amount"),
        (R729, 'low = "20000000"', "low = 20000000", "(schedule '729', decree '1399')", "exact amount"),
        (R729, 'low = "20000000"', 'low = "20,000,000"', "(schedule '729', decree '1399')", "exact amount"),
        (R729, 'low = "20000000"', 'low = "020000000"', "(schedule '729', decree '1399')", "exact amount"),
        (R729, 'low = "20000000"', 'low = "90000000"', "(schedule '729', decree '1399')", "above high"),
        (R729, 'status = "VERIFIED"', 'status = "PROBABLE"', "(schedule '729'", "unknown status 'PROBABLE'"),
        (R729, 'decree = "1399"', 'decree = "1402"', "fines.figures[", "unknown decree '1402'"),
        (R729, "date = 2021-03-15", "date = 2021-03-16", "(schedule '729'", "not the effective date"),
        (R729, "date = 2021-03-15", 'date = "2021-03-15"', "(schedule '729'", "must be a date"),
        (R729, '"REPO"]', '"REPO2"]', "(schedule '729'", "unknown source 'REPO2'"),
        (R729, 'sources = ["W729", "B729", "REPO"]', "sources = []", "(schedule '729'", "non-empty list"),
        (("735", "1399"), 'via = "734"', 'via = "733"', "(schedule '735'", "whose figure under decree"),
        (("736", "1399"), 'pattern = "737"', 'pattern = "738"', "(schedule '736'", "whose figure under decree"),
        (("736", "1399"), 'pattern = "737"', 'pattern = "739"', "(schedule '736'", "unknown schedule '739'"),
        (("736", "1399"), 'note = "/ 3.3"', 'page = "3"', "(schedule '736'", "a key, {"),
        (("752", "1399"), 'low = "100000000"', 'low = "110000000"', "(schedule '752'", "unchanged = true, but"),
        (("752", "1388"), "status =", "unchanged = true, status =", "(schedule '752'", "first figure"),
        (None, 'reading = "art736_1399"', 'reading = "art736"', "fines.alternatives[0]", "unknown reading"),
        (None, 'value = "repo"', 'value = "pattern"', "fines.alternatives[0]", "non-default value"),
        (None, '"729" = "unauthorised access', '"729x" = "unauthorised access', "schedule '729x'", "a key is"),
        (None, '"752" = ', '"752.z" = "nothing"\n"752" = ', "schedule '752.z'", "has no figure"),
        (None, "effective = 2024-06-24", "effective = 2021-03-15", "decree '1403'", "dates must increase"),
        (None, 'key = "1399"', 'key = "1388"', "decree '1388'", "a second instrument"),
        (None, "[fines]", "[fines]\nnote = 1", "[fines]", "unknown field(s) 'note'"),
        (None, "[schedule]", "[extra]\n[schedule]", "the file", "unknown field(s) 'extra'"),
        (None, "figures = [", "figures = [ {", "the file", "cannot be read"),
    ],
)
def test_malformed_amounts_are_refused(
    tmp_path: Path, row: tuple[str, str] | None, old: str, new: str, entry: str, problem: str
) -> None:
    error = _broken(tmp_path, "amounts.toml", old, new, row)
    assert entry in error.entry and problem in error.problem, str(error)


def test_a_decree_number_is_optional(tmp_path: Path) -> None:
    _copy(tmp_path)
    text = (tmp_path / "amounts.toml").read_text(encoding="utf-8")
    (tmp_path / "amounts.toml").write_text(text.replace('number = "56261/ت62298هـ"\n', ""), encoding="utf-8")
    data = read_data(tmp_path)
    assert data.decree("1403").number is None and data.decree("1403").label.startswith("cabinet decree (1403/04/04")


def test_figures_out_of_date_order_or_twice_are_refused(tmp_path: Path) -> None:
    _copy(tmp_path)
    text = (tmp_path / "amounts.toml").read_text(encoding="utf-8")
    row_1399, row_1403 = _row(text, "729", "1399"), _row(text, "729", "1403")
    swapped = text.replace(row_1399, "@@").replace(row_1403, row_1399).replace("@@", row_1403)
    (tmp_path / "amounts.toml").write_text(swapped, encoding="utf-8")
    with pytest.raises(AmountsDataError, match=r"amounts\.toml, fines\.figures\[\d+\] \(schedule '729'.*dates must"):
        read_data(tmp_path)
    (tmp_path / "amounts.toml").write_text(text.replace(row_1403, row_1403 + "\n" + row_1403), encoding="utf-8")
    with pytest.raises(AmountsDataError, match="a second figure for this decree"):
        read_data(tmp_path)


@pytest.mark.parametrize(
    ("file", "old", "new", "entry", "problem"),
    [
        ("cbi_inflation.toml", 'percent = "10.8"', "percent = 10.8", "year 1388", "exact decimal string"),
        ("cbi_inflation.toml", 'percent = "10.8"', 'percent = "10,8"', "year 1388", "exact decimal string"),
        ("cbi_inflation.toml", "year = 1389", "year = 1388", "year 1388", "years must increase"),
        ("cbi_inflation.toml", '"SEEMORGH"', '"SEEMORG"', "year 1390", "unknown source 'SEEMORG'"),
        (
            "cbi_inflation.toml",
            'status = "SINGLE-SOURCE", sources = ["VAT',
            'status = "UNVERIFIED", sources = ["VAT',
            "1393",
            "status",
        ),
        ("cbi_inflation.toml", 'name = "Central', 'title = "Central', "[series]", "unknown field(s) 'title'"),
        (
            "sources.toml",
            'where = "https://bahadad',
            'url = "https://bahadad',
            "source 'B729'",
            "unknown field(s) 'url'",
        ),
        ("sources.toml", 'publisher = "bahadad.ir"\n', "", "source 'B729'", "missing field(s) 'publisher'"),
        ("sources.toml", "[source.B729]", "[source.b729]", "source 'b729'", "a source key"),
    ],
)
def test_malformed_series_and_glossary_are_refused(
    tmp_path: Path, file: str, old: str, new: str, entry: str, problem: str
) -> None:
    error = _broken(tmp_path, file, old, new)
    assert entry in error.entry and problem in error.problem, str(error)


@pytest.mark.parametrize(
    ("on", "low", "high"),
    [("2022-01-01", 15_000_000, 100_000_000), ("2024-06-24", 50_000_000, 330_000_000)],
)
def test_744_amounts_of_1399_and_1403_are_verified_wherever_shown(on: str, low: int, high: int) -> None:
    # Law notes README decision 15: 15,000,000-100,000,000 (1399) and 50,000,000-330,000,000 (1403),
    # VERIFIED by two sources (iran_time_and_sentencing.md §1 item 10); iran.md still says SINGLE-SOURCE.
    a = assess("ir.ipc.744", on=on, readings={"art744_halving": "ignore"})
    fine = next(s for s in a.sanctions if s.kind is SanctionKind.FINE)
    assert (fine.range.low.amount, fine.range.high.amount) == (low, high)
    step = next(s for s in a.trace if s.code == "dated_amount")
    assert step.param("status") == "VERIFIED"
    assert len(step.param("sources").split(", ")) >= 2
    shown = next(line for line in a.explain("en").splitlines() if "in force on the date of judgment" in line)
    assert "(VERIFIED;" in shown and f"{high:,}" in shown
    row = next(line for line in _readme_table() if line.startswith("| 744 |"))
    assert _cells(row)[-2] == "VERIFIED · VERIFIED · VERIFIED"

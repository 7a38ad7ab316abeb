"""Real decided cases (tests/data/china_cases.jsonl, a copy of the law notes' file) against sentencing.

The test walks the file: every criminal case (ids ``CN-CL-*``) must have an entry below, typed
from its record (facts, sentences, probation periods, dates). Each imposed term lies inside the
computed statutory range, or inside the range of an option the assessment names (CN-CL-04:
below the 3-year floor, through CL Art 63); each reported probation period lies inside the
period range computed by :func:`~penalties.law.cn.sentencing.probation`; two-crime sentences are
checked through Art 69 (:func:`~penalties.law.cn.sentencing.combine`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from penalties import Direction, Interval, SanctionKind, Term, assess
from penalties.law.cn.sentencing import combine, probation

FT = SanctionKind.FIXED_TERM_IMPRISONMENT
CD = SanctionKind.CRIMINAL_DETENTION
DATA = Path(__file__).parent / "data" / "china_cases.jsonl"


def ym(years: int, months: int = 0) -> Term:
    return Term.months(12 * years + months)


# Per case: the facts of the assessment, then each defendant's (kind, term, probation periods).
# Dates: the judgment date where the record gives one, else a date stated in the comment.
CASES: dict[str, dict[str, Any]] = {
    # 20,000 general records, gains 1,380; Siming court 2023-08-11: 9 months, probation 1 year.
    "CN-CL-01": {
        "facts": {"information_items": {"other": 20_000}, "illegal_gains": 1_380, "on": "2023-08-11"},
        "sentences": [(FT, Term.months(9), [ym(1)])],
    },
    # 520,000 general records (c. 2019-2020; 2020-03-24 used): 3 years, probation 4 years.
    "CN-CL-02": {
        "facts": {"information_items": {"other": 520_000}, "illegal_gains": 16_000, "on": "2020-03-24"},
        "sentences": [(FT, ym(3), [ym(4)])],
    },
    # Same case: 410,000+ records exchanged or obtained: 3 years, probation 3 years.
    "CN-CL-03": {
        "facts": {"information_items": {"other": 410_000}, "on": "2020-03-24"},
        "sentences": [(FT, ym(3), [ym(3)])],
    },
    # Same case: 130,000 records (especially serious, floor 3 years) but 2 years 6 months with
    # probation 2 years 6 months: a mitigated sentence (CL 63). The source names no ground; any
    # statutory ground of 减轻 gives the same Art 63 range, here surrender is assumed.
    "CN-CL-04": {
        "facts": {"information_items": {"other": 130_000}, "on": "2020-03-24", "surrender": True},
        "sentences": [(FT, ym(2, 6), [ym(2, 6)])],
        "mitigated": True,
    },
    # SPP guiding case 140: 300,000+ records, gains 1.5M; 3 years suspended (3 or 4 years: CONFLICT).
    "CN-CL-05": {
        "facts": {"information_items": {"other": 300_000}, "illegal_gains": 1_500_000, "on": "2018-06-01"},
        "sentences": [(FT, ym(3), [ym(3), ym(4)])],
    },
    # 100+ trajectory records, Liannan court 2023-11-23: 1 year 6 months.
    "CN-CL-06": {
        "facts": {"information_items": {"trajectory": 100}, "on": "2023-11-23"},
        "sentences": [(FT, ym(1, 6), [])],
    },
    # Judged before the 2017 interpretation (2016-06-01 used): the court's own tier, serious.
    "CN-CL-07": {
        "facts": {"circumstances": {"serious"}, "on": "2016-06-01"},
        "sentences": [(FT, Term.months(8), []), (FT, Term.months(6), []), (CD, Term.months(4), [])],
    },
    # 2020: 李某 gains 110,000 (especially serious) 3 years; 周某 and 赵某 insiders, gains under
    # 50,000: 6 months; 9 months with probation 1 year.
    "CN-CL-08": {
        "facts": {"illegal_gains": 110_000, "on": "2021-01-01"},
        "sentences": [(FT, ym(3), [])],
        "others": [
            ({"insider": True, "illegal_gains": 12_400, "on": "2021-01-01"}, [(FT, Term.months(6), [])]),
            ({"insider": True, "illegal_gains": 12_130, "on": "2021-01-01"}, [(FT, Term.months(9), [ym(1)])]),
        ],
    },
    # Courier insider, gains 90,000+; Yixing court, announced 2018-05-22: 3 years 9 months.
    "CN-CL-09": {
        "facts": {"insider": True, "illegal_gains": 90_000, "on": "2018-05-22"},
        "sentences": [(FT, ym(3, 9), [])],
    },
    # Pudong court 2017-02-08 (before the interpretation): 7 months to 2 years 3 months.
    "CN-CL-10": {
        "facts": {"insider": True, "circumstances": {"serious"}, "on": "2017-02-08"},
        "sentences": [(FT, Term.months(7), []), (FT, ym(2, 3), [])],
    },
    # Haidian, about March 2017 (2017-03-15 used): 6 months to 1 year 3 months, probation 1-2 years.
    "CN-CL-11": {
        "facts": {"insider": True, "circumstances": {"serious"}, "on": "2017-03-15"},
        "sentences": [(FT, Term.months(6), [ym(1)]), (FT, ym(1, 3), [ym(2)])],
    },
    # Songyang, 80M+ records sold (date not stated; 2020-01-01 used): 王某 and others 3 years 4
    # months to 5 years; 何某 3 years, probation 4 years; 陈某 5 years 6 months for two crimes.
    "CN-CL-12": {
        "facts": {"information_items": {"other": 80_000_000}, "on": "2020-01-01"},
        "sentences": [(FT, ym(3, 4), []), (FT, ym(5), []), (FT, ym(3), [ym(4)])],
        "two_crimes": ym(5, 6),
    },
}


def criminal_ids() -> list[str]:
    ids = []
    for line in DATA.read_text("utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            if record["id"].startswith("CN-CL-"):
                ids.append(record["id"])
    return ids


def test_every_criminal_case_of_the_file_is_checked() -> None:
    ids = criminal_ids()
    assert ids and set(ids) == set(CASES)


def _check(facts: dict[str, Any], sentences: list[tuple[SanctionKind, Term, list[Term]]], mitigated: bool) -> None:
    a = assess("cn.cl.253-1", **facts)
    assert a.penal
    for kind, term, periods in sentences:
        statutory = a.find(kind)
        inside = statutory is not None and statutory.range is not None and term in statutory.range
        if mitigated:
            assert not inside
            named = [o for o in a.adjustments if o.direction is Direction.MITIGATED and o.range(kind) is not None]
            assert named and all(term in o.range(kind) for o in named)  # type: ignore[operator]
            assert {o.via.article for o in named if o.via is not None} == {"63"}
        else:
            assert inside, (kind, term, statutory)
        for period in periods:
            p = probation(kind, term, judgment_date=facts["on"])
            assert p.eligible and p.period is not None and period in p.period, (term, period, p.period)


@pytest.mark.parametrize("case", sorted(CASES))
def test_case(case: str) -> None:
    entry = CASES[case]
    _check(entry["facts"], entry["sentences"], entry.get("mitigated", False))
    for facts, sentences in entry.get("others", []):
        _check(facts, sentences, False)
    combined = entry.get("two_crimes")
    if combined is not None:
        # 陈某: 253-1 (especially serious, [3, 7] years) and a second crime whose sentence the
        # source does not give; fixed-term imprisonment is 6 months to 15 years (CL 45). Art 69
        # gives [longest, min(total, 20 years)]: the reported sentence must be reachable.
        a = assess("cn.cl.253-1", **entry["facts"])
        statutory = a.imprisonment
        assert statutory is not None
        lowest = combine([{"fixed_term_imprisonment": statutory.low}, {"fixed_term_imprisonment": Term.months(6)}])
        highest = combine([{"fixed_term_imprisonment": statutory.high}, {"fixed_term_imprisonment": ym(15)}])
        assert lowest.imprisonment is not None and highest.imprisonment is not None
        assert combined in Interval(lowest.imprisonment.low, highest.imprisonment.high)
        # A pair that reaches it: 3 years for 253-1 and 2 years 6 months for the other crime.
        pair = combine([{"fixed_term_imprisonment": ym(3)}, {"fixed_term_imprisonment": ym(2, 6)}])
        assert pair.imprisonment is not None and combined in pair.imprisonment

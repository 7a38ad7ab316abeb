"""Real decided Art 253-1 cases: each imposed sentence and fine against the range computed from the facts.

The cases are those of the project's law notes (china_cases.jsonl, CN-CL-01 to CN-CL-12), with
their sources. Every imposed figure either lies inside the computed range or the test names the
rule that explains why not:

- Criminal Law Art 63 para 1 (减轻处罚): a mitigated sentence falls in the next lower range;
- Arts 72-73 (缓刑, probation): a suspended sentence is still a sentence inside the range, and its
  probation period is checked against Art 73;
- the 2017 interpretation Art 12: the fine is "generally" 1x-5x the gains, a guideline, so a fine
  outside it is lawful (and is only ever checked against the floor of 1,000 yuan);
- the date: judgments before 2017-06-01 predate 法释〔2017〕10号, so the tier is the court's own
  finding (``circumstances={"serious"}``), not the interpretation's numbers.

Where a source does not give the judgment date, the assessment date used is stated; any date
from 2017-06-01 gives the same law.
"""

from __future__ import annotations

import pytest

from penalties import Assessment, Money, SanctionKind, Term, assess
from penalties.law.cn.criminal_general import fine_floor, fine_guideline

FTI = SanctionKind.FIXED_TERM_IMPRISONMENT
CD = SanctionKind.CRIMINAL_DETENTION
FINE = SanctionKind.FINE


def ym(years: int, months: int = 0) -> Term:
    return Term.months(12 * years + months)


def cny(amount: int) -> Money:
    return Money(amount, "CNY")


def in_range(a: Assessment, kind: SanctionKind, term: Term) -> bool:
    found = a.find(kind)
    return found is not None and found.range is not None and term in found.range


def fine_lawful(a: Assessment, fine: int) -> bool:
    """A fine is imposed (mandatory or chosen) and is at least the SPC 2000 Art 2 floor."""
    sanction = a.find(FINE)
    floor = fine_floor(a)
    return sanction is not None and floor is not None and cny(fine) >= floor


def probation_lawful(kind: SanctionKind, term: Term, period: Term) -> bool:
    """Arts 72-73: probation for criminal detention or up to 3 years; the period's bounds."""
    if kind is FTI:
        return term <= ym(3) and max(term, ym(1), key=lambda t: t.in_days) <= period <= ym(5)
    return max(term, Term.months(2), key=lambda t: t.in_days) <= period <= ym(1)


def test_cn_cl_01_xiamen_hacker() -> None:
    # 朱某某: ~20,000 general records stolen and sold, gains 1,380; Siming court 2023-08-11.
    a = assess("cn.cl.253-1", information_items={"other": 20_000}, illegal_gains=1_380, on="2023-08-11")
    assert a.tier == "serious"
    assert in_range(a, FTI, ym(0, 9))
    assert probation_lawful(FTI, ym(0, 9), ym(1))
    assert fine_lawful(a, 4_000)
    assert cny(4_000) in fine_guideline(a)  # [1,380, 6,900]: about 2.9x the gains


@pytest.mark.parametrize(
    ("defendant", "items", "gains", "term", "probation", "fine"),
    [
        ("刘某", 520_000, 16_000, ym(3), ym(4), 20_000),
        ("周某", 410_000, None, ym(3), ym(3), 20_000),
    ],
)
def test_cn_cl_02_03_hongkou_students(
    defendant: str, items: int, gains: int | None, term: Term, probation: Term, fine: int
) -> None:
    # Judgment date not given (reported 2020-03-24).
    a = assess("cn.cl.253-1", information_items={"other": items}, illegal_gains=gains, on="2020-03-24")
    assert a.tier == "especially_serious"
    assert in_range(a, FTI, term)  # 3 years: the floor of 3-7 years
    assert probation_lawful(FTI, term, probation)
    assert fine_lawful(a, fine)
    if gains is not None:
        assert cny(fine) in fine_guideline(a)


def test_cn_cl_04_hongkou_mitigated_below_the_floor() -> None:
    # 李某: 130,000 records -> especially serious (3-7 years), yet 2 years 6 months suspended.
    a = assess("cn.cl.253-1", information_items={"other": 130_000}, on="2020-03-24")
    assert a.tier == "especially_serious"
    assert not in_range(a, FTI, ym(2, 6))
    # Explained by Criminal Law Art 63 para 1 (减轻处罚): the next lower range, the serious tier's.
    lower = assess("cn.cl.253-1", circumstances={"serious"}, on="2020-03-24")
    assert lower.tier == "serious" and in_range(lower, FTI, ym(2, 6))
    assert probation_lawful(FTI, ym(2, 6), ym(2, 6))
    assert fine_lawful(a, 10_000)


@pytest.mark.parametrize("probation", [ym(3), ym(4)])  # sources CONFLICT: 3 or 4 years
def test_cn_cl_05_spp_guiding_case_140(probation: Term) -> None:
    # 柯某: 300,000+ owner records, gains 1.5M+; judgment date not given (offence to 2017-10).
    a = assess("cn.cl.253-1", information_items={"other": 300_000}, illegal_gains=1_500_000, on="2018-06-01")
    assert a.tier == "especially_serious"
    assert in_range(a, FTI, ym(3))
    assert probation_lawful(FTI, ym(3), probation)
    assert fine_lawful(a, 1_600_000)
    assert cny(1_600_000) in fine_guideline(a)  # [1,500,000, 7,500,000]


def test_cn_cl_06_gps_trackers() -> None:
    # 毛某斌: 100+ effective trajectory records, no gains; (2023)粤1826刑初67号, 2023-11-23.
    a = assess("cn.cl.253-1", information_items={"trajectory": 100}, on="2023-11-23")
    assert a.tier == "serious"
    assert in_range(a, FTI, ym(1, 6))
    assert fine_lawful(a, 3_000)
    assert fine_guideline(a) is None  # no gains: the fine is still mandatory, only the floor applies


def test_cn_cl_07_putuo_predates_the_interpretation() -> None:
    # Judgment date unknown; under the 2017 numbers 100,000 general records are especially serious
    # and 8 months would be below the 3-year floor. The rule that explains the sentences: the
    # judgment predates 法释〔2017〕10号 (the notes' reading), so the court's finding 'serious' governs.
    after = assess("cn.cl.253-1", information_items={"other": 100_000}, on="2017-06-01")
    assert after.tier == "especially_serious" and not in_range(after, FTI, ym(0, 8))
    before = assess("cn.cl.253-1", information_items={"other": 100_000}, circumstances={"serious"}, on="2016-06-01")
    assert before.tier == "serious"
    assert in_range(before, FTI, ym(0, 8)) and fine_lawful(before, 20_000)  # 林某
    assert in_range(before, FTI, ym(0, 6)) and fine_lawful(before, 10_000)  # 王某: the 6-month floor
    assert in_range(before, CD, Term.months(4)) and fine_lawful(before, 5_000)  # 赵某: 拘役 4 months


def test_cn_cl_08_sim_cards() -> None:
    # Judgment date not given (offence 2020-04 to 2020-06).
    on = "2021-01-01"
    li = assess("cn.cl.253-1", illegal_gains=110_000, on=on)
    assert li.tier == "especially_serious"
    assert in_range(li, FTI, ym(3))
    assert fine_lawful(li, 30_000)
    # 30,000 is below the guideline's 110,000: lawful, Art 12 says "generally" (not a bound).
    assert cny(30_000) < fine_guideline(li).low

    # Telecom-outlet staff: insiders (para 2; item 八 halves the standards; 从重 within the range).
    zhou = assess("cn.cl.253-1", insider=True, illegal_gains=12_400, on=on)
    assert zhou.tier == "serious"
    assert in_range(zhou, FTI, ym(0, 6)) and fine_lawful(zhou, 10_000)
    assert any(s.code == "heavier_within_range" for s in zhou.trace)

    for reading in ("literal", "base"):  # 24,530 received: just under the literal 25,000
        zhao = assess(
            "cn.cl.253-1",
            insider=True,
            illegal_gains=24_530,
            readings={"insider_especially_serious": reading},
            on=on,
        )
        assert zhao.tier == "serious"
        assert in_range(zhao, FTI, ym(0, 9)) and fine_lawful(zhao, 10_000)
        assert probation_lawful(FTI, ym(0, 9), ym(1))


def test_cn_cl_09_courier_insider() -> None:
    # 张某 (SF Express): waybills sold, gains 90,000+; Yixing court, announced 2018-05-22.
    a = assess("cn.cl.253-1", insider=True, illegal_gains=90_000, on="2018-05-22")
    assert a.tier == "especially_serious"
    assert in_range(a, FTI, ym(3, 9))
    # The fine was not reported; the law makes it mandatory (并处罚金) with a floor of 1,000 yuan.
    assert a.find(FINE).modality.value == "shall" and fine_floor(a) == cny(1_000)


def test_cn_cl_10_newborn_data_predates_the_interpretation() -> None:
    # Pudong court 2017-02-08, before 2017-06-01: the court's finding governs; 7 months to 2 years
    # 3 months for 8 defendants (individual sentences not given), a CDC insider among them.
    a = assess("cn.cl.253-1", insider=True, circumstances={"serious"}, on="2017-02-08")
    assert a.tier == "serious"
    assert in_range(a, FTI, ym(0, 7)) and in_range(a, FTI, ym(2, 3))
    assert any(s.code == "interpretation_not_in_force" for s in a.trace)


def test_cn_cl_11_haidian_predates_the_interpretation() -> None:
    # Judged about 2017-03: 6 months to 1 year 3 months with probation of 1-2 years; fines not given.
    a = assess("cn.cl.253-1", insider=True, circumstances={"serious"}, on="2017-03-15")
    assert in_range(a, FTI, ym(0, 6)) and in_range(a, FTI, ym(1, 3))
    assert probation_lawful(FTI, ym(0, 6), ym(1)) and probation_lawful(FTI, ym(1, 3), ym(2))


def test_cn_cl_12_songyang() -> None:
    # 700M+ records leaked, 80M+ sold; date not given. 陈某 was also convicted of another crime
    # (Art 69, combined punishment); his 5 years 6 months still lies inside 3-7 years.
    a = assess("cn.cl.253-1", information_items={"other": 80_000_000}, on="2020-01-01")
    assert a.tier == "especially_serious"
    for term in (ym(5, 6), ym(3, 4), ym(5), ym(3)):
        assert in_range(a, FTI, term)
    for fine in (30_000, 60_000, 400_000, 50_000):
        assert fine_lawful(a, fine)
    assert probation_lawful(FTI, ym(3), ym(4))  # 何某

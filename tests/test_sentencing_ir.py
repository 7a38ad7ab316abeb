"""Iran's general part on any ta'zir offence (penalties.law.ir.sentencing).

Figures are typed from the law notes (iran_time_and_sentencing.md: §3 Art 19 bands, §4 the degree
of each article at the 1388, 1399 and 1403 amounts, §5 Art 37, §6 Arts 105/107, §7 Art 134, §8
Art 137, §10 Arts 67, 68, 86), never computed by the code under test.
"""

from __future__ import annotations

import datetime as dt
import pickle
from fractions import Fraction
from typing import Any

import pytest

from penalties import assess
from penalties.core.errors import InvalidFactError, NotDeterminableError
from penalties.core.interval import Interval
from penalties.core.money import Money
from penalties.core.sanction import Modality, SanctionKind
from penalties.core.sentencing import Adjustment, Direction, SeveralOffences, Status
from penalties.core.term import Term, TermUnit
from penalties.law.ir import sentencing as s
from penalties.law.ir.amounts import AmountsDataError

PRISON = SanctionKind.TAZIR_IMPRISONMENT
FINE = SanctionKind.FINE

#: Judgment dates under each set of amounts: 1388 amounts with the 1392 bands (before the decree
#: of 1399/12/25 = 2021-03-15), the 1399 decree, the 1403 decree (from 2024-06-24).
ON_1388 = dt.date(2020, 6, 1)
ON_1399 = dt.date(2022, 6, 1)
ON_1403 = dt.date(2025, 1, 1)


def d(n: int) -> Term:
    return Term(n, TermUnit.DAY)


def m(n: int) -> Term:
    return Term(n, TermUnit.MONTH)


def y(n: int) -> Term:
    return Term(n, TermUnit.YEAR)


def rials(low: int, high: int, low_closed: bool = True, high_closed: bool = True) -> Interval[Money]:
    return Interval(Money(low, "IRR"), Money(high, "IRR"), low_closed, high_closed)


def terms(low: Term, high: Term, low_closed: bool = True, high_closed: bool = True) -> Interval[Term]:
    return Interval(low, high, low_closed, high_closed)


def fine_max(amount: int) -> Interval[Money]:
    return rials(1, amount)


def statutory(article_id: str, on: dt.date, **facts: Any) -> list[tuple[SanctionKind, Interval[Any] | None]]:
    a = assess(article_id, on=on, **facts)
    return [(x.kind, x.range) for x in a.sanctions]


def degree_of(article_id: str, on: dt.date, **facts: Any) -> int:
    """The degree from the statutory ranges, which every assessment carries (``Assessment.degree``)."""
    found = s.offence_degree(statutory(article_id, on, **facts), on, facts.get("readings")).degree
    graded = assess(article_id, on=on, **facts).degree
    # A legal person's assessment is not graded (no source grades it); only a natural person's is.
    assert graded == (None if facts.get("offender") == "legal_person" else found)
    return found


# ---------------------------------------------------------------------------------------------
# Art 19: the degree of every article at the three amount dates (law notes §4)

# article id, facts, degree at the 1388 amounts (1392 bands), at D1399, at D1403
TABLE_4: list[tuple[str, dict[str, Any], int, int, int]] = [
    ("ir.ipc.729", {}, 6, 6, 6),
    ("ir.ipc.730", {}, 6, 6, 6),
    ("ir.ipc.731.a", {}, 5, 5, 5),
    ("ir.ipc.731.b", {}, 4, 4, 4),
    ("ir.ipc.731.c", {}, 3, 3, 3),
    ("ir.ipc.732", {}, 6, 6, 6),
    ("ir.ipc.733", {}, 6, 6, 6),
    ("ir.ipc.734", {}, 5, 5, 5),
    ("ir.ipc.735", {}, 5, 5, 5),
    ("ir.ipc.736", {}, 6, 6, 6),  # 1399: the 'pattern' amount (decision 5)
    ("ir.ipc.736", {"readings": {"art736_1399": "repo"}}, 6, 5, 6),  # 1399: REPO's 250M -> 5 (CONFLICT)
    ("ir.ipc.737", {}, 6, 6, 6),
    ("ir.ipc.738", {}, 6, 6, 6),
    ("ir.ipc.739", {}, 4, 4, 4),
    ("ir.ipc.740", {"circumstances": {"owner_retains_data"}}, 7, 7, 7),  # 1403: inferred band (U)
    ("ir.ipc.740", {}, 6, 6, 6),
    ("ir.ipc.741", {}, 5, 5, 5),
    ("ir.ipc.742", {}, 6, 6, 6),
    ("ir.ipc.742.n1", {}, 7, 7, 7),  # 'the minimum of one': 91 days or the minimum fine
    ("ir.ipc.742.n1", {"readings": {"art742_note1": "at_least_one"}}, 6, 6, 6),
    ("ir.ipc.742.n2", {}, 8, 8, 8),
    ("ir.ipc.742.n3", {}, 6, 6, 6),
    ("ir.ipc.743.a", {}, 6, 6, 6),
    ("ir.ipc.743.a", {"circumstances": {"vulgar_content"}}, 8, 8, 8),
    ("ir.ipc.743.b", {}, 6, 6, 6),
    ("ir.ipc.744", {}, 6, 6, 6),
    ("ir.ipc.744.n", {}, 6, 6, 6),
    ("ir.ipc.745", {}, 6, 6, 6),
    ("ir.ipc.746", {}, 6, 6, 6),
    ("ir.ipc.749", {"circumstances": {"intentional"}, "offender": "legal_person"}, 1, 1, 1),
    ("ir.ipc.751", {"circumstances": {"intentional"}, "offender": "legal_person"}, 1, 1, 1),
    ("ir.ipc.749", {}, 5, 5, 5),
    ("ir.ipc.751", {}, 5, 5, 5),
    ("ir.ipc.749", {"occurrence": 2}, 2, 4, 4),  # 1403: 3,300,000,000 in the inferred band (U)
    ("ir.ipc.751", {"occurrence": 2}, 2, 4, 4),
    ("ir.ipc.752", {}, 2, 4, 4),
    ("ir.ipc.753", {}, 6, 6, 6),
    ("ir.ipc.753.n", {}, 6, 6, 6),
]


@pytest.mark.parametrize(("article_id", "facts", "at_1388", "at_1399", "at_1403"), TABLE_4)
def test_every_article_has_the_degree_of_the_notes_table_at_each_amount_date(
    article_id: str, facts: dict[str, Any], at_1388: int, at_1399: int, at_1403: int
) -> None:
    assert degree_of(article_id, ON_1388, **facts) == at_1388
    assert degree_of(article_id, ON_1399, **facts) == at_1399
    assert degree_of(article_id, ON_1403, **facts) == at_1403


def test_art_752_moves_from_degree_2_to_4_on_the_day_of_the_1399_decree() -> None:
    # D1399 binds judgments from 2021-03-15; the fine maximum stays 1,000,000,000 (SINGLE-SOURCE).
    assert degree_of("ir.ipc.752", dt.date(2021, 3, 14)) == 2
    assert degree_of("ir.ipc.752", dt.date(2021, 3, 15)) == 4


def test_the_third_occurrence_of_749_is_closure_whose_degree_no_source_gives() -> None:
    with pytest.raises(NotDeterminableError):
        degree_of("ir.ipc.749", ON_1399, occurrence=3)


# (schedule date, fine maximum at the top of a band, its degree): one rial more is one degree higher.
BAND_TOPS = [
    (ON_1388, 10_000_000, 8),
    (ON_1388, 20_000_000, 7),
    (ON_1388, 80_000_000, 6),
    (ON_1388, 180_000_000, 5),
    (ON_1388, 360_000_000, 4),
    (ON_1388, 550_000_000, 3),
    (ON_1388, 1_000_000_000, 2),
    (ON_1399, 30_000_000, 8),
    (ON_1399, 60_000_000, 7),
    (ON_1399, 240_000_000, 6),
    (ON_1399, 500_000_000, 5),
    (ON_1399, 1_000_000_000, 4),
    (ON_1399, 1_500_000_000, 3),
    (ON_1399, 2_800_000_000, 2),
    (ON_1403, 100_000_000, 8),
    (ON_1403, 200_000_000, 7),
    (ON_1403, 800_000_000, 6),
    (ON_1403, 1_650_000_000, 5),
]


@pytest.mark.parametrize(("on", "top", "degree"), BAND_TOPS)
def test_fine_band_edges_at_each_amount_date(on: dt.date, top: int, degree: int) -> None:
    # «بیش از X تا Y»: Y is in the band, Y + 1 rial in the next one up (law notes §3.1, D2).
    assert s.punishment_degree(FINE, fine_max(top), on).degree == degree
    assert s.punishment_degree(FINE, fine_max(top + 1), on).degree == degree - 1


def test_1403_bands_no_source_gives_follow_the_reading() -> None:
    # Degree 7 (100M, 200M] by contiguity and degree 4 up to 3,300,000,000 are inferences (O9).
    grade = s.punishment_degree(FINE, fine_max(165_000_000), ON_1403)
    assert (grade.degree, grade.status) == (7, "UNVERIFIED")
    with pytest.raises(NotDeterminableError) as caught:
        s.punishment_degree(FINE, fine_max(165_000_000), ON_1403, {"bands_1403_missing": "error"})
    assert caught.value.reading == "bands_1403_missing"
    # Attested bands grade the same under either value.
    assert s.punishment_degree(FINE, fine_max(264_000_000), ON_1403, {"bands_1403_missing": "error"}).degree == 6
    # Above the inferred degree-4 top no 1403 band is known at all.
    with pytest.raises(NotDeterminableError):
        s.punishment_degree(FINE, fine_max(3_300_000_001), ON_1403)


@pytest.mark.parametrize(
    ("maximum", "degree", "above", "degree_above"),
    [
        # Art 19 imprisonment lines (D1): 8 up to 3 months; 7 91 days-6 months; 6 (6 m, 2 y]; 5 (2, 5];
        # 4 (5, 10]; 3 (10, 15]; 2 (15, 25]; 1 above 25 years.
        (m(3), 8, d(91), 7),
        (m(6), 7, d(181), 6),
        (y(2), 6, m(25), 5),
        (y(5), 5, m(61), 4),
        (y(10), 4, m(121), 3),
        (y(15), 3, m(181), 2),
        (y(25), 2, m(301), 1),
    ],
)
def test_imprisonment_band_edges(maximum: Term, degree: int, above: Term, degree_above: int) -> None:
    assert s.punishment_degree(PRISON, terms(d(1), maximum), ON_1399).degree == degree
    assert s.punishment_degree(PRISON, terms(d(1), above), ON_1399).degree == degree_above


def test_a_range_is_graded_by_its_maximum_and_the_most_severe_punishment_wins() -> None:
    # Note 2: 3 months-1 year is degree 6 (the opinion on MBV). Art 731 الف at 1388: prison 5, fine 6 -> 5.
    assert s.punishment_degree(PRISON, terms(m(3), y(1)), ON_1399).degree == 6
    found = s.offence_degree([(PRISON, terms(y(1), y(3))), (FINE, rials(20_000_000, 60_000_000))], ON_1388)
    assert found.degree == 5
    assert [g.degree for g in found.grades] == [5, 6]


def test_degree_rule_imprisonment_decides_is_a_reading() -> None:
    # Art 752 at the 1388 amounts: prison 1-3 years (5), fine up to 1,000,000,000 (2).
    ranges = statutory("ir.ipc.752", ON_1388)
    assert s.offence_degree(ranges, ON_1388).degree == 2
    chosen = s.offence_degree(ranges, ON_1388, {"degree_rule": "imprisonment_decides"})
    assert chosen.degree == 5
    assert ("degree_rule", "imprisonment_decides") in chosen.readings


def test_a_degree_names_the_weakest_status_that_decides_it() -> None:
    assert s.offence_degree(statutory("ir.ipc.752", ON_1403), ON_1403).status == "UNVERIFIED"
    # 730 under D1403: prison 6 months-2 years (6) and a fine in the degree-6 band of one source: S.
    assert s.offence_degree(statutory("ir.ipc.730", ON_1403), ON_1403).status == "SINGLE-SOURCE"
    assert s.offence_degree(statutory("ir.ipc.731.b", ON_1403), ON_1403).status == "VERIFIED"
    assert s.offence_degree(statutory("ir.ipc.742.n2", ON_1403), ON_1403).status == "SINGLE-SOURCE"


# ---------------------------------------------------------------------------------------------
# Art 37 (1399) mitigation options (law notes §5.1, rule M1)


def ranges_of(options: tuple[Adjustment, ...], rule: str) -> list[Interval[Any]]:
    """'reduce': the reduced ranges of the punishment's own kind; 'convert_to_fine': 37 ب's fine."""
    direction = Direction.MITIGATED if rule == "art37_reduce" else Direction.SUBSTITUTE
    found = [r.range for o in options if o.direction is direction for r in o.ranges]
    return [r for r in found if r is not None]


def targets(options: tuple[Adjustment, ...]) -> list[int]:
    return [o.notes[0].param("target") for o in options if o.direction is Direction.MITIGATED]


def test_art_37_options_for_a_degree_6_prison_term_under_the_1399_amounts() -> None:
    # 730, prison 6 months-2 years: to degree 7 [91 days, 6 months]; to degree 8 up to 3 months
    # (below 91 days: an alternative punishment); or a degree-6 fine (60,000,000, 240,000,000].
    options = s.mitigation(PRISON, terms(m(6), y(2)), 6, ON_1399)
    assert ranges_of(options, "art37_reduce") == [terms(d(91), m(6)), terms(d(0), m(3), low_closed=False)]
    assert ranges_of(options, "art37_convert_to_fine") == [rials(60_000_000, 240_000_000, low_closed=False)]
    assert targets(options) == [7, 8]
    assert {o.rule for o in options} == {"ir.ipc.37.b"}
    assert all(o.modality is Modality.MAY for o in options)
    # Under D1403 the degree-6 fine band is (200,000,000, 800,000,000] (SINGLE-SOURCE).
    converted = [o for o in s.mitigation(PRISON, terms(m(6), y(2)), 6, ON_1403) if o.direction is Direction.SUBSTITUTE]
    assert converted[0].range(FINE) == rials(200_000_000, 800_000_000, low_closed=False)
    assert converted[0].status is Status.SINGLE_SOURCE


def test_art_37_degree_4_and_higher_reduce_by_one_to_three_degrees() -> None:
    # 731 ب (2-10 years, degree 4): degrees 5, 6, 7; no conversion into a fine (clause الف).
    options = s.mitigation(PRISON, terms(y(2), y(10)), 4, ON_1399)
    assert ranges_of(options, "art37_reduce") == [
        terms(y(2), y(5)),  # degree 5 is (2, 5]; the statutory 2 years stays available
        terms(m(6), y(2), low_closed=False),
        terms(d(91), m(6)),
    ]
    assert not ranges_of(options, "art37_convert_to_fine")
    # Degree 5 (the boundary): by 1-2 degrees only, and the degree-5 fine.
    five = s.mitigation(PRISON, terms(y(1), y(3)), 5, ON_1399)
    assert targets(five) == [6, 7]
    assert ranges_of(five, "art37_convert_to_fine") == [rials(240_000_000, 500_000_000, low_closed=False)]


def test_art_37_before_the_1399_law_is_the_1392_text() -> None:
    # 1392: imprisonment by one to three degrees whatever its degree; no conversion into a fine.
    options = s.mitigation(PRISON, terms(y(1), y(3)), 5, dt.date(2020, 6, 10))
    assert targets(options) == [6, 7, 8]
    assert {o.rule for o in options} == {"ir.ipc.37"}
    from_1399 = s.mitigation(PRISON, terms(y(1), y(3)), 5, s.LAW_1399)
    assert targets(from_1399) == [6, 7]


def test_art_37_on_a_fine_reduces_one_or_two_degrees_never_above_the_statute() -> None:
    # 729 fine under D1399 [20,000,000, 80,000,000] (degree 6): degree 7 is (30M, 60M], whose start
    # lies above the statutory minimum, which stays available; degree 8 is up to 30,000,000.
    options = s.mitigation(FINE, rials(20_000_000, 80_000_000), 6, ON_1399)
    assert ranges_of(options, "art37_reduce") == [rials(20_000_000, 60_000_000), rials(0, 30_000_000, low_closed=False)]
    assert [o.rule for o in options if o.direction is Direction.SUBSTITUTE] == ["ir.ipc.37.s"]


def test_art_37_degree_7_prison_converts_into_a_degree_7_fine() -> None:
    options = s.mitigation(PRISON, terms(d(91), m(6)), 7, ON_1399)
    assert ranges_of(options, "art37_convert_to_fine") == [rials(30_000_000, 60_000_000, low_closed=False)]
    assert targets(options) == []


# ---------------------------------------------------------------------------------------------
# Art 18 note, alternatives (Arts 67, 68), Art 86


def test_art_18_note_needs_reasons_above_the_minimum_from_the_1399_law() -> None:
    note = s.reasons_note(terms(m(6), y(2)), ON_1399)
    assert note is not None and note.code == "ir_art18_reasons" and note.param("minimum") == m(6)
    assert s.reasons_note(terms(m(6), y(2)), dt.date(2020, 6, 10)) is None
    assert s.reasons_note(terms(y(2), y(2)), ON_1399) is None  # a fixed term leaves no choice


@pytest.mark.parametrize(
    ("article", "low", "high", "expected"),
    [
        ("733", d(91), y(2), Modality.SHALL),  # negligent, maximum 2 years: mandatory (Art 68)
        ("733", d(91), m(25), Modality.MAY),  # negligent, more than 2 years: discretionary
        ("729", d(91), y(1), Modality.MAY),  # intentional, (6 months, 1 year]: discretionary (Art 67)
        ("738", d(91), y(1), Modality.MAY),
        ("740", d(91), y(1), Modality.MAY),
        ("743", d(91), y(1), Modality.MAY),
        ("753", d(91), y(1), Modality.MAY),
        ("744", Term(Fraction(91, 2), TermUnit.DAY), y(1), Modality.MAY),  # halved
        ("744", d(91), y(2), None),  # as enacted: more than a year
        ("729", d(91), m(13), None),
        ("730", m(6), y(2), None),
    ],
)
def test_alternatives_to_imprisonment(article: str, low: Term, high: Term, expected: Modality | None) -> None:
    found = s.alternatives(article, terms(low, high))
    assert (None if found is None else found.modality) is expected


def test_alternatives_up_to_six_months_rest_on_articles_not_read() -> None:
    with pytest.raises(NotDeterminableError):
        s.alternatives("742", terms(d(91), d(91)))


def test_art_86_fines_in_place_of_imprisonment_by_date() -> None:
    before = s.fines_in_place(ON_1388)
    assert [r.range for r in before.ranges][-1] == rials(36_000_000, 72_000_000, low_closed=False)
    after = s.fines_in_place(ON_1399)
    assert [r.range for r in after.ranges] == [
        rials(0, 15_000_000, low_closed=False),
        rials(15_000_000, 25_000_000, low_closed=False),
        rials(25_000_000, 70_000_000, low_closed=False),
        rials(70_000_000, 100_000_000, low_closed=False),
    ]
    unknown = s.fines_in_place(ON_1403)
    assert unknown.ranges == () and unknown.status is Status.UNVERIFIED


# ---------------------------------------------------------------------------------------------
# Art 134 (1399): several offences (law notes §7, rule S1, worked numbers)


def offence(article_id: str, on: dt.date, name: str | None = None, **facts: Any) -> s.OffenceRanges:
    ranges = [(k, r) for k, r in statutory(article_id, on, **facts) if k in (PRISON, FINE)]
    return s.OffenceRanges.of(name or article_id, degree_of(article_id, on, **facts), ranges)


def result(found: SeveralOffences, name: str) -> tuple[str | None, dict[SanctionKind, Interval[Any]]]:
    """The clause of Art 134 applied to offence ``name`` (from the trace) and its ranges."""
    index = [o.label for o in found.offences].index(name)
    ranges = {r.kind: r.range for r in found.ranges if r.offence == index}
    step = next(step for step in found.trace if dict(step.params).get("offence") == name)
    if step.code == "ir_art134_single":
        return None, ranges
    clause = step.param("clause")
    return (clause if step.code == "ir_art134_clause" else f"a:{clause}"), ranges


def clauses(found: SeveralOffences) -> set[str | None]:
    return {result(found, label)[0] for label in dict.fromkeys(o.label for o in found.offences)}


def test_art_134_up_to_three_different_offences_lie_above_the_mean() -> None:
    # Judgment under D1403; 730, 731 الف, 736 (all with ranges in months or years).
    found = s.several_offences([offence(a, ON_1403) for a in ("ir.ipc.730", "ir.ipc.731.a", "ir.ipc.736")], ON_1403)
    assert result(found, "ir.ipc.730")[0] == "b"
    assert result(found, "ir.ipc.730")[1][PRISON] == terms(m(15), y(2), low_closed=False)
    assert result(found, "ir.ipc.731.a")[1][PRISON] == terms(y(2), y(3), low_closed=False)
    assert result(found, "ir.ipc.736") == (
        "b",
        {PRISON: terms(m(15), y(2), low_closed=False), FINE: rials(206_250_000, 330_000_000, low_closed=False)},
    )
    assert [step.code for step in found.notes] == ["ir_art134_heaviest", "ir_art18_reasons"]
    assert found.rule == "ir.ipc.134" and found.status is Status.VERIFIED


def test_art_134_more_than_three_different_offences_the_maximum_up_to_a_quarter_above() -> None:
    # Four different offences under D1399: 729, 730, 731 الف, 742.
    offences = [offence(a, ON_1399) for a in ("ir.ipc.729", "ir.ipc.730", "ir.ipc.731.a", "ir.ipc.742")]
    found = s.several_offences(offences, ON_1399)
    assert result(found, "ir.ipc.729") == ("p", {PRISON: terms(y(1), m(15)), FINE: rials(80_000_000, 100_000_000)})
    assert result(found, "ir.ipc.730")[1][PRISON] == terms(y(2), m(30))
    assert result(found, "ir.ipc.731.a") == ("p", {PRISON: terms(y(3), m(45)), FINE: rials(180_000_000, 225_000_000)})
    assert result(found, "ir.ipc.742") == ("p", {PRISON: terms(y(2), m(30)), FINE: rials(100_000_000, 125_000_000)})
    # Reading O5: the quarter may stop at imprisonment; the fine is then the maximum.
    only = s.several_offences(offences, ON_1399, {"art134_quarter_on_fines": "prison_only"})
    assert result(only, "ir.ipc.729")[1] == {PRISON: terms(y(1), m(15)), FINE: rials(80_000_000, 80_000_000)}
    assert ("art134_quarter_on_fines", "prison_only") in only.readings


def test_art_134_three_against_four_is_the_boundary_between_clauses_b_and_c() -> None:
    three = s.several_offences([offence(a, ON_1399) for a in ("ir.ipc.730", "ir.ipc.731.a", "ir.ipc.742.n3")], ON_1399)
    assert clauses(three) == {"b"}
    four = s.several_offences(
        [offence(a, ON_1399) for a in ("ir.ipc.730", "ir.ipc.731.a", "ir.ipc.742.n3", "ir.ipc.731.b")], ON_1399
    )
    assert clauses(four) == {"p"}


def test_art_134_degree_7_and_8_offences_do_not_aggravate_degree_6_and_higher() -> None:
    # Four heavy offences would be clause پ; with three heavy and two light, each group counts apart.
    heavy = [offence(a, ON_1399) for a in ("ir.ipc.730", "ir.ipc.731.a", "ir.ipc.742.n3")]
    light = [
        offence("ir.ipc.742.n2", ON_1399),
        offence("ir.ipc.743.a", ON_1399, "743.a vulgar", circumstances={"vulgar_content"}),
    ]
    assert [o.degree for o in light] == [8, 8]
    found = s.several_offences(heavy + light, ON_1399)
    assert clauses(found) == {"b"}
    # 742 note 2 under D1399: fine 5,000,000-20,000,000; (12,500,000, 20,000,000] among the light two.
    assert result(found, "ir.ipc.742.n2")[1] == {FINE: rials(12_500_000, 20_000_000, low_closed=False)}
    assert "ir_art134_light_apart" in [step.code for step in found.notes]
    # One light offence beside heavy ones keeps its statutory range.
    alone = s.several_offences([*heavy, light[0]], ON_1399)
    assert result(alone, "ir.ipc.742.n2") == (None, {FINE: rials(5_000_000, 20_000_000)})


def test_art_134_the_same_offence_repeated_is_one_sentence_aggravated_by_the_count() -> None:
    twice = s.several_offences([offence("ir.ipc.730", ON_1399)] * 2, ON_1399)
    assert len({r.offence for r in twice.ranges}) == 1 and len(twice.offences) == 2
    assert result(twice, "ir.ipc.730") == (
        "a:b",
        {
            PRISON: terms(m(15), y(2), low_closed=False),
            FINE: rials(Fraction(175_000_000, 2), 150_000_000, low_closed=False),
        },
    )
    four = s.several_offences([offence("ir.ipc.730", ON_1399)] * 4, ON_1399)
    assert result(four, "ir.ipc.730")[0] == "a:p"
    none = s.several_offences([offence("ir.ipc.730", ON_1399)] * 4, ON_1399, {"art134_same_offence": "none"})
    assert result(none, "ir.ipc.730")[0] is None
    assert ("art134_same_offence", "none") in none.readings


def test_art_134_refuses_the_mean_of_days_and_years_unless_a_convention_is_chosen() -> None:
    # 729 is 91 days-1 year: the mean needs a days-per-year convention the statute does not give (O12).
    offences = [offence(a, ON_1399) for a in ("ir.ipc.729", "ir.ipc.730")]
    with pytest.raises(NotDeterminableError) as caught:
        s.several_offences(offences, ON_1399)
    assert caught.value.reading == "term_mean_convention"
    chosen = s.several_offences(offences, ON_1399, {"term_mean_convention": "days_365_30"})
    # (91 + 365) / 2 = 228 days.
    assert result(chosen, "ir.ipc.729")[1][PRISON] == terms(d(228), y(1), low_closed=False)


def test_art_134_before_the_1399_law_is_not_modelled() -> None:
    with pytest.raises(NotDeterminableError):
        s.several_offences([offence(a, ON_1388) for a in ("ir.ipc.730", "ir.ipc.731.a")], dt.date(2020, 6, 10))


# ---------------------------------------------------------------------------------------------
# Art 137 (1399, SINGLE-SOURCE): repeat offending (law notes §8, rule R1)


def test_art_137_minimum_is_the_mean_and_the_maximum_may_rise_by_a_quarter() -> None:
    found = s.repeat_offending(statutory("ir.ipc.730", ON_1399), 6, 5, True, ON_1399)
    assert found is not None and found.status is Status.SINGLE_SOURCE and found.direction is Direction.AGGRAVATED
    assert found.range(PRISON) == terms(m(15), m(30))
    assert found.modality is Modality.MAY and found.rule == "ir.ipc.137"
    under_1403 = s.repeat_offending(statutory("ir.ipc.736", ON_1403), 6, 3, True, ON_1403)
    assert under_1403 is not None
    assert under_1403.range(FINE) == rials(206_250_000, 412_500_000)


@pytest.mark.parametrize(
    ("degree", "prior", "intentional", "applies"),
    [
        (6, 5, True, True),
        (6, 6, True, False),
        (7, 5, True, False),
        (1, 1, True, True),
        (6, 5, False, False),
        (6, None, True, False),
    ],
)
def test_art_137_conditions(degree: int, prior: int | None, intentional: bool, applies: bool) -> None:
    found = s.repeat_offending(((PRISON, terms(m(6), y(2))),), degree, prior, intentional, ON_1399)
    assert (found is not None) is applies


def test_art_137_before_the_1399_law_is_the_1392_text() -> None:
    # 1392 (VERIFIED): degrees 1-6 both times, no intent required, the maximum up to 1.5 times it.
    found = s.repeat_offending(((PRISON, terms(m(6), y(2))),), 6, 6, False, dt.date(2020, 6, 10))
    assert found is not None and found.status is Status.VERIFIED
    assert found.range(PRISON) == terms(y(2), y(3))
    assert s.repeat_offending(((PRISON, terms(m(6), y(2))),), 6, 7, True, dt.date(2020, 6, 10)) is None
    # The day of the 1399 Law: prior degree 6 no longer counts.
    assert s.repeat_offending(((PRISON, terms(m(6), y(2))),), 6, 6, True, s.LAW_1399) is None


# ---------------------------------------------------------------------------------------------
# Arts 105 and 107 (law notes §6, rule L1)


@pytest.mark.parametrize(
    ("degree", "prosecution", "execution"),
    [(1, 15, 20), (2, 15, 20), (3, 15, 20), (4, 10, 15), (5, 7, 10), (6, 5, 7), (7, 3, 5), (8, 3, 5)],
)
def test_limitation_by_degree(degree: int, prosecution: int, execution: int) -> None:
    found = s.limitation_periods(degree)
    assert [o.param("years") for o in found] == [y(prosecution), y(execution)]
    assert [o.basis.article for o in found] == ["105", "107"]


# ---------------------------------------------------------------------------------------------
# Hostile input: one typed error naming the field, in bounded time; errors pickle


@pytest.mark.parametrize(
    "call",
    [
        lambda: s.punishment_degree(FINE, None, ON_1399),
        lambda: s.punishment_degree("no such kind", fine_max(1), ON_1399),
        lambda: s.punishment_degree(PRISON, fine_max(1), ON_1399),
        lambda: s.punishment_degree(FINE, terms(d(1), y(1)), ON_1399),
        lambda: s.punishment_degree(FINE, Interval(Money(1, "CNY"), Money(2, "CNY")), ON_1399),
        lambda: s.mitigation(PRISON, terms(d(1), y(1)), 9, ON_1399),
        lambda: s.mitigation(PRISON, terms(d(1), y(1)), True, ON_1399),  # type: ignore[arg-type]
        lambda: s.limitation_periods(0),
        lambda: s.limitation_periods("6"),  # type: ignore[arg-type]
        lambda: s.OffenceRanges.of("", 6, {PRISON: terms(d(1), y(1))}),
        lambda: s.OffenceRanges.of("x", 6, {}),
        lambda: s.OffenceRanges.of("x", 6, {"fine": (1, 2)}),
        lambda: s.OffenceRanges.of("x", 6, [(PRISON, terms(d(1), y(1)))] * 10**6),
        lambda: s.several_offences("730 731", ON_1399),  # type: ignore[arg-type]
        lambda: s.several_offences([offence("ir.ipc.730", ON_1399)], ON_1399),
        lambda: s.several_offences([object(), object()], ON_1399),  # type: ignore[list-item]
        lambda: s.several_offences([offence("ir.ipc.730", ON_1399)] * 10**5, ON_1399),
        lambda: s.offence_degree([(PRISON, terms(d(1), y(1)))], ON_1399, {"degree_rule": "bogus"}),
        lambda: s.several_offences([offence("ir.ipc.730", ON_1399)] * 2, "1401/13/40"),
        lambda: s.several_offences([offence("ir.ipc.730", ON_1399)] * 2, 2022.5),  # type: ignore[arg-type]
    ],
)
def test_bad_input_is_one_typed_error(call: Any) -> None:
    with pytest.raises(InvalidFactError) as caught:
        call()
    again = pickle.loads(pickle.dumps(caught.value))
    assert str(again) == str(caught.value)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("prior_conviction_degree", 0),
        ("prior_conviction_degree", 9),
        ("prior_conviction_degree", "5"),
        ("prior_conviction_degree", True),
        ("prior_conviction_degree", 5.0),
        ("mitigating_grounds", {"bribery"}),
        ("mitigating_grounds", 3),
    ],
)
def test_bad_sentencing_facts_are_refused(field: str, value: object) -> None:
    with pytest.raises(InvalidFactError) as caught:
        assess("ir.ipc.730", on=ON_1399, **{field: value})
    assert caught.value.field == field
    pickle.loads(pickle.dumps(caught.value))


def test_the_data_file_is_checked(tmp_path: Any) -> None:
    text = s.os.path.join(s._DATA, s.DATA_FILE)
    original = open(text, encoding="utf-8").read()
    broken = original.replace('{ degree = 6, low = "60000000",', '{ degree = 6, low = "61000000",')
    assert broken != original
    (tmp_path / s.DATA_FILE).write_text(broken, encoding="utf-8")
    with pytest.raises(AmountsDataError, match="do not meet"):
        s.read_tables(tmp_path)
    (tmp_path / s.DATA_FILE).write_text(
        original.replace('high = "30000000",   status', "high = 3e7, status", 1), encoding="utf-8"
    )
    with pytest.raises(AmountsDataError):
        s.read_tables(tmp_path)

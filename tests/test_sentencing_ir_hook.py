"""Iran's general part in every assessment (the act's sentencing hook), its JSON, its languages,
and the properties the issue asks for (hypothesis).

Figures are typed from the law notes (iran_time_and_sentencing.md §4-§10).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from fractions import Fraction
from importlib import resources
from typing import Any

import jsonschema
import pytest
from babel.messages.pofile import read_po
from hypothesis import given
from hypothesis import strategies as st

from penalties import assess, assessment_schema, catalog
from penalties.core.assessment import Assessment
from penalties.core.interval import Interval
from penalties.core.money import Money
from penalties.core.sanction import Modality, SanctionKind
from penalties.core.sentencing import Direction, SeveralOffences, Status, sentencing_schema
from penalties.core.term import Term, TermUnit
from penalties.law.ir import sentencing as s
from penalties.render.bidi import strip_isolates

PRISON = SanctionKind.TAZIR_IMPRISONMENT
FINE = SanctionKind.FINE
ON_1388 = dt.date(2020, 6, 1)
ON_1399 = dt.date(2022, 6, 1)
ON_1403 = dt.date(2025, 1, 1)
LOCALES = ("en", "zh_CN", "fa_IR", "ar", "ms")


def m(n: int) -> Term:
    return Term(n, TermUnit.MONTH)


def y(n: int) -> Term:
    return Term(n, TermUnit.YEAR)


def rules(a: Assessment) -> list[str]:
    return [o.rule for o in a.adjustments]


# ---------------------------------------------------------------------------------------------
# The degree and the options in the assessment


@pytest.mark.parametrize(
    ("article_id", "on", "degree"),
    [
        ("ir.ipc.752", ON_1388, 2),
        ("ir.ipc.752", ON_1399, 4),
        ("ir.ipc.731.c", ON_1403, 3),
        ("ir.ipc.742.n2", ON_1399, 8),
    ],
)
def test_the_assessment_carries_the_degree(article_id: str, on: dt.date, degree: int) -> None:
    a = assess(article_id, on=on)
    assert a.degree == degree
    assert a.to_dict()["degree"] == degree
    assert [step.param("degree") for step in a.trace if step.code == "ir_degree"] == [degree]


def test_no_degree_for_a_legal_person_or_a_closure_no_source_grades() -> None:
    legal = assess("ir.ipc.729", on=ON_1399, offender="legal_person")
    assert legal.degree is None and legal.adjustments == ()
    assert [step.param("reason") for step in legal.trace if step.code == "ir_degree_not_graded"] == ["ir_legal_person"]
    closure = assess("ir.ipc.749", on=ON_1399, occurrence=3)
    assert closure.degree is None
    assert "ir_degree_not_graded" in [step.code for step in closure.trace]


def test_limitation_follows_the_degree_in_the_notes() -> None:
    # Most computer crimes are degree 6: 5 years to prosecute, 7 to execute (law notes §1 item 6).
    notes = {step.code: step for step in assess("ir.ipc.730", on=ON_1399).notes}
    assert notes["ir_limitation_105"].param("years") == y(5)
    assert notes["ir_limitation_107"].param("years") == y(7)
    assert "ir_limitation_at_once" in notes
    # 752 moves from degree 2 to 4 with the 1399 decree: 15/20 years, then 10/15.
    before = {
        step.code: step.param("years")
        for step in assess("ir.ipc.752", on=ON_1388).notes
        if "years" in dict(step.params)
    }
    after = {
        step.code: step.param("years")
        for step in assess("ir.ipc.752", on=ON_1399).notes
        if "years" in dict(step.params)
    }
    assert before == {"ir_limitation_105": y(15), "ir_limitation_107": y(20)}
    assert after == {"ir_limitation_105": y(10), "ir_limitation_107": y(15)}


def test_art_37_options_appear_with_a_ground_of_art_38_and_leave_the_statutory_range() -> None:
    plain = assess("ir.ipc.730", on=ON_1399)
    grounded = assess("ir.ipc.730", on=ON_1399, mitigating_grounds={"complainant_forgiveness"})
    assert not [r for r in rules(plain) if r.startswith("ir.ipc.37")]
    assert grounded.sanctions == plain.sanctions  # the statutory range never moves
    mitigated = [o for o in grounded.adjustments if o.rule.startswith("ir.ipc.37")]
    assert {o.modality for o in mitigated} == {Modality.MAY}
    assert {o.ground for o in mitigated} == {"mitigating_grounds"}
    prison = [o.range(PRISON) for o in mitigated if o.range(PRISON) is not None]
    assert prison == [Interval(Term(91, TermUnit.DAY), m(6)), Interval(Term(0, TermUnit.DAY), m(3), low_closed=False)]
    assert "ir_art38_grounds" in [step.code for step in grounded.notes]


def test_alternatives_and_art_86_in_the_assessment() -> None:
    negligent = assess("ir.ipc.733", on=ON_1399)
    (art68,) = negligent.adjustments_by("ir.ipc.68")
    assert art68.modality is Modality.SHALL and art68.direction is Direction.ALTERNATIVE
    (art86,) = negligent.adjustments_by("ir.ipc.86")
    assert art86.direction is Direction.SUBSTITUTE and art86.condition == "art83_category"
    assert art86.ranges[-1].range == Interval(Money(70_000_000, "IRR"), Money(100_000_000, "IRR"), low_closed=False)
    (art67,) = assess("ir.ipc.753", on=ON_1399).adjustments_by("ir.ipc.67")
    assert art67.modality is Modality.MAY and art67.condition == "no_art66_conditions"
    assert rules(assess("ir.ipc.730", on=ON_1399)) == []  # maximum 2 years, intentional: none


def test_art_137_is_computed_from_the_statutory_range_beside_art_754() -> None:
    # 730 organised: Art 754 narrows the sanction to (16 months, 2 years]; Art 137 still starts from
    # the statutory 6 months-2 years: [15 months, 30 months]. Side by side, never chained.
    a = assess("ir.ipc.730", on=ON_1399, circumstances={"organised"}, prior_conviction_degree=5)
    assert a.imprisonment == Interval(m(16), y(2), low_closed=False)
    (art137,) = a.adjustments_by("ir.ipc.137")
    assert art137.range(PRISON) == Interval(m(15), m(30))
    assert art137.status is Status.SINGLE_SOURCE and art137.direction is Direction.AGGRAVATED
    assert assess("ir.ipc.730", on=ON_1399, prior_conviction_degree=6).adjustments_by("ir.ipc.137") == ()
    assert assess("ir.ipc.733", on=ON_1399, prior_conviction_degree=5).adjustments_by("ir.ipc.137") == ()


def test_art_18_note_from_the_1399_law() -> None:
    assert "ir_art18_reasons" in [step.code for step in assess("ir.ipc.730", on=ON_1399).notes]
    assert "ir_art18_reasons" not in [step.code for step in assess("ir.ipc.730", on=dt.date(2019, 1, 1)).notes]


def test_a_refusal_is_explained_not_raised() -> None:
    # 729 (91 days-1 year) with a prior conviction: Art 137's mean needs O12; the default refuses.
    a = assess("ir.ipc.729", on=ON_1399, prior_conviction_degree=3)
    assert a.adjustments_by("ir.ipc.137") == ()
    assert "ir_mean_days" in [step.code for step in a.notes]
    chosen = assess(
        "ir.ipc.729", on=ON_1399, prior_conviction_degree=3, readings={"term_mean_convention": "days_365_30"}
    )
    (art137,) = chosen.adjustments_by("ir.ipc.137")
    assert art137.range(PRISON) == Interval(Term(228, TermUnit.DAY), m(15))
    assert ("term_mean_convention", "days_365_30") in art137.readings


def test_whatif_sweeps_the_prior_conviction_across_the_degree_5_boundary() -> None:
    from penalties.whatif import sweep_adjustments

    rows = sweep_adjustments("ir.ipc.730", "prior_conviction_degree", [None, 5, 6], on=ON_1399, kind=PRISON)
    # Art 137 (1399): a prior of degree 5 counts, of degree 6 not; 6 months-2 years -> [15, 30 months].
    assert [(r["prior_conviction_degree"], r["rule"]) for r in rows] == [(None, None), (5, "ir.ipc.137"), (6, None)]
    assert (rows[1]["low"], rows[1]["high"], rows[1]["unit"]) == (450, 900, "day")


# ---------------------------------------------------------------------------------------------
# JSON


def test_assessments_and_several_offences_round_trip_and_match_their_schemas() -> None:
    a = assess(
        "ir.ipc.730",
        on=ON_1403,
        circumstances={"organised"},
        mitigating_grounds={"slight_harm"},
        prior_conviction_degree=2,
    )
    data = json.loads(json.dumps(a.to_dict()))
    jsonschema.validate(data, assessment_schema())
    assert Assessment.from_dict(data) == a
    offences = [
        s.OffenceRanges.from_assessment(assess(x, on=ON_1403)) for x in ("ir.ipc.730", "ir.ipc.731.a", "ir.ipc.736")
    ]
    found = s.several_offences(offences, ON_1403)
    document = json.loads(json.dumps(found.to_dict()))
    jsonschema.validate(document, sentencing_schema())
    assert SeveralOffences.from_dict(document) == found


# ---------------------------------------------------------------------------------------------
# Explanations in five locales

ARTICLE_ID = re.compile(r"(?<![A-Za-z0-9])(?:cn|ir)\.[a-z]+\.[0-9a-z.\-]+")
LATIN = re.compile(r"[A-Za-z]+(?:[ '\-][A-Za-z]+)*")


def english_only_words() -> set[str]:
    folder = resources.files("penalties").joinpath("locale")
    with folder.joinpath("penalties.pot").open("rb") as file:
        template = read_po(file)
    with folder.joinpath("ms", "LC_MESSAGES", "penalties.po").open("rb") as file:
        malay = read_po(file)

    def words(texts: Any) -> set[str]:
        return {w.lower() for t in texts for w in re.findall(r"[A-Za-z]+", re.sub(r"\{[a-z_]+\}", "", t)) if len(w) > 2}

    return words(m.id for m in template if isinstance(m.id, str) and m.id) - words(
        m.string for m in malay if isinstance(m.string, str) and m.string
    )


def sample_results() -> list[Any]:
    found: list[Any] = []
    for on in (ON_1388, ON_1399, ON_1403):
        for article_id in ("ir.ipc.729", "ir.ipc.730", "ir.ipc.733", "ir.ipc.752", "ir.ipc.742.n2", "ir.ipc.753"):
            found.append(
                assess(
                    article_id,
                    on=on,
                    mitigating_grounds={"slight_harm", "repair_efforts"},
                    prior_conviction_degree=4,
                    readings={"term_mean_convention": "days_365_30"},
                )
            )
    offences = [
        s.OffenceRanges.from_assessment(assess(x, on=ON_1399, **kw))
        for x, kw in (
            ("ir.ipc.730", {}),
            ("ir.ipc.731.a", {}),
            ("ir.ipc.742.n2", {}),
            ("ir.ipc.743.a", {"circumstances": {"vulgar_content"}}),
        )
    ]
    found.append(s.several_offences(offences, ON_1399))
    found.append(s.several_offences([offences[0]] * 4, ON_1399))
    return found


@pytest.mark.parametrize("locale", ["fa_IR", "ar", "zh_CN"])
def test_no_latin_letters_in_the_general_part(locale: str) -> None:
    bad = set()
    for result in sample_results():
        text = ARTICLE_ID.sub("", strip_isolates(result.explain(locale)))
        bad |= set(LATIN.findall(text))
    assert not bad


def test_malay_general_part_has_no_english_words() -> None:
    english = english_only_words()
    bad = set()
    for result in sample_results():
        text = ARTICLE_ID.sub("", result.explain("ms"))
        bad |= {w for w in re.findall(r"[A-Za-z]+", text) if w.lower() in english}
    assert not bad


def test_persian_uses_the_statute_terms() -> None:
    a = assess("ir.ipc.730", on=ON_1399, mitigating_grounds={"slight_harm"}, prior_conviction_degree=4)
    text = a.explain("fa_IR")
    for term in ("درجه", "جهات تخفیف", "مرور زمان", "تعقیب", "حبس تعزیری", "جزای نقدی"):
        assert term in text, term
    html = a.to_html("fa_IR")
    assert 'dir="rtl"' in html and "درجه" in html


@pytest.mark.parametrize("locale", LOCALES)
def test_every_locale_explains_the_options(locale: str) -> None:
    a = assess("ir.ipc.733", on=ON_1399, mitigating_grounds={"slight_harm"})
    text = a.explain(locale)
    assert len(text.splitlines()) > len(a.adjustments) + 10


# ---------------------------------------------------------------------------------------------
# Properties (hypothesis)

units = st.sampled_from([TermUnit.MONTH, TermUnit.YEAR])


@st.composite
def prison_ranges(draw: Any) -> Interval[Term]:
    low = Term(draw(st.integers(min_value=1, max_value=120)), draw(units))
    high = Term(draw(st.integers(min_value=1, max_value=300)), TermUnit.MONTH)
    if high < low:
        low, high = high, low
    return Interval(low, high)


@st.composite
def fine_ranges(draw: Any) -> Interval[Money]:
    low = draw(st.integers(min_value=1, max_value=10**9))
    high = draw(st.integers(min_value=low, max_value=3_000_000_000))
    return Interval(Money(low, "IRR"), Money(high, "IRR"))


dates = st.sampled_from([ON_1388, ON_1399, dt.date(2024, 6, 23), dt.date(2024, 6, 24), ON_1403])


def _low_ge(a: Interval[Any], b: Interval[Any]) -> bool:
    """``a`` starts at or above ``b``."""
    same = not a.low < b.low and not b.low < a.low
    return b.low < a.low or (same and (b.low_closed or not a.low_closed))


def _high_le(a: Interval[Any], b: Interval[Any]) -> bool:
    """``a`` ends at or below ``b``."""
    same = not a.high < b.high and not b.high < a.high
    return a.high < b.high or (same and (b.high_closed or not a.high_closed))


@given(statutory=st.one_of(prison_ranges(), fine_ranges()), on=dates)
def test_mitigation_never_raises_a_bound(statutory: Interval[Any], on: dt.date) -> None:
    kind = PRISON if isinstance(statutory.low, Term) else FINE
    try:
        degree = s.punishment_degree(kind, statutory, on).degree
        options = s.mitigation(kind, statutory, degree, on)
    except s.NotDeterminableError:
        return  # a 1403 band no source gives, or a maximum between two lines
    for option in options:
        found = option.range(kind)
        if option.direction is Direction.MITIGATED and found is not None:
            assert _low_ge(statutory, found) and _high_le(found, statutory), (option.rule, found, statutory)


@given(statutory=st.one_of(prison_ranges(), fine_ranges()), prior=st.integers(1, 5), count=st.integers(2, 6))
def test_aggravation_never_lowers_a_bound(statutory: Interval[Any], prior: int, count: int) -> None:
    kind = PRISON if isinstance(statutory.low, Term) else FINE
    repeat = s.repeat_offending(((kind, statutory),), 6, prior, True, ON_1399)
    assert repeat is not None
    found = repeat.range(kind)
    assert found is not None and _low_ge(found, statutory) and _high_le(statutory, found)
    offences = [s.OffenceRanges.of(f"offence {i}", 6, {kind: statutory}) for i in range(count)]
    for item in s.several_offences(offences, ON_1399).ranges:
        assert item.range is not None and _low_ge(item.range, statutory) and _high_le(statutory, item.range)


NATURAL = [a for a in catalog("ir.ipc") if a.penal]
AGGRAVATING = [
    "public_employee_on_duty",
    "network_operator_by_job",
    "state_or_public_service_systems",
    "organised",
    "wide_scale",
]
GROUNDS = [
    "complainant_forgiveness",
    "effective_cooperation",
    "special_circumstances",
    "self_report_or_confession",
    "remorse_record_or_condition",
    "repair_efforts",
    "slight_harm",
    "minor_participation",
]


@given(
    entry=st.sampled_from(NATURAL),
    on=st.sampled_from([dt.date(2015, 1, 1), ON_1399, dt.date(2021, 3, 14), ON_1403]),
    cases=st.sets(st.sampled_from(AGGRAVATING)),
    grounds=st.sets(st.sampled_from(GROUNDS)),
    prior=st.one_of(st.none(), st.integers(1, 8)),
    readings=st.fixed_dictionaries(
        {
            "term_mean_convention": st.sampled_from(["error", "days_365_30"]),
            "art134_quarter_on_fines": st.sampled_from(["yes", "prison_only"]),
            "art134_same_offence": st.sampled_from(["by_repetitions", "none"]),
        }
    ),
)
def test_a_degree_never_changes_when_only_the_facts_change(
    entry: Any, on: dt.date, cases: set[str], grounds: set[str], prior: int | None, readings: dict[str, str]
) -> None:
    # The facts that do not pick another offence (Art 754's cases, the Art 38 grounds, an earlier
    # conviction, the sentencing readings) leave the degree as the date's amounts make it.
    base = assess(entry.id, on=on)
    changed = assess(
        entry.id,
        on=on,
        circumstances=cases,
        mitigating_grounds=grounds,
        prior_conviction_degree=prior,
        readings=readings,
    )
    assert changed.degree == base.degree
    assert changed.sanctions == base.sanctions or cases  # only Art 754 narrows a sanction


def test_the_mean_is_exact() -> None:
    assert s.range_mean(Interval(Money(82_500_000, "IRR"), Money(330_000_000, "IRR"))) == Money(206_250_000, "IRR")
    assert s.range_mean(Interval(Money(1, "IRR"), Money(2, "IRR"))) == Money(Fraction(3, 2), "IRR")


# ---------------------------------------------------------------------------------------------
# Art 139 (1399, SINGLE-SOURCE, notes §8.2): mitigation in a repeat case.


def _art37(a: Assessment) -> list[Any]:
    return [o for o in a.adjustments if o.rule.startswith("ir.ipc.37")]


def test_art139_keeps_art37_in_a_repeat_case_with_its_condition() -> None:
    from penalties.law.ir.sentencing import ART139_CONDITION

    # 730: prison 91 days-2 years, fine (degree 6). «در تکرار جرائم تعزیری، در صورت وجود جهات تخفیف
    # مطابق مواد (۳۷) و (۳۸) اين قانون اقدام می شود»; its note: not with three or more repeat convictions.
    grounds = {"remorse_record_or_condition"}
    plain = assess("ir.ipc.730", mitigating_grounds=grounds, on="2024-01-01")
    repeat = assess("ir.ipc.730", mitigating_grounds=grounds, prior_conviction_degree=5, on="2024-01-01")
    assert repeat.adjustments_by("ir.ipc.137")  # Art 137 applies: prior degree 5, new offence degree 6
    before, after = _art37(plain), _art37(repeat)
    assert before and len(before) == len(after)
    for old, new in zip(before, after, strict=True):
        assert new.ranges == old.ranges and new.direction is old.direction  # Art 139 moves no bound
        assert old.condition is None and new.condition == ART139_CONDITION
        assert new.status is Status.SINGLE_SOURCE
    note = next(n for n in repeat.notes if n.code == "ir_art139")
    assert note.basis.article == "139"
    assert not [n for n in plain.notes if n.code.startswith("ir_art139")]
    text = repeat.explain("en")
    assert "three or more final convictions" in text and "Art 139" in text


def test_art139_only_where_art137_applies() -> None:
    grounds = {"remorse_record_or_condition"}
    # 1399 Art 137: the earlier conviction of degree 1-5; degree 6 is not a repeat case.
    six = assess("ir.ipc.730", mitigating_grounds=grounds, prior_conviction_degree=6, on="2024-01-01")
    assert not six.adjustments_by("ir.ipc.137")
    assert all(o.condition is None for o in _art37(six))
    assert not [n for n in six.notes if n.code.startswith("ir_art139")]
    # No grounds: nothing for Art 139 to act on.
    bare = assess("ir.ipc.730", prior_conviction_degree=5, on="2024-01-01")
    assert bare.adjustments_by("ir.ipc.137") and not [n for n in bare.notes if n.code.startswith("ir_art139")]


def test_art139_before_the_1399_law_is_named_not_modelled() -> None:
    # Judgment before 2020-06-11: the 1392 texts of Arts 37, 137 and 139 (no verbatim 1392 Art 139).
    a = assess(
        "ir.ipc.730", mitigating_grounds={"remorse_record_or_condition"}, prior_conviction_degree=5, on="2019-01-01"
    )
    assert a.adjustments_by("ir.ipc.137")
    assert all(o.condition is None and o.status is Status.VERIFIED for o in _art37(a))
    assert [n.code for n in a.notes if n.code.startswith("ir_art139")] == ["ir_art139_1392"]


@pytest.mark.parametrize("on", ["2024-01-01", "2019-01-01"])
def test_art139_reads_in_every_locale(on: str) -> None:
    a = assess("ir.ipc.730", mitigating_grounds={"remorse_record_or_condition"}, prior_conviction_degree=5, on=on)
    for locale in ("zh_CN", "fa_IR", "ar", "ms"):
        text = a.explain(locale)
        assert "repeat" not in text and "Art 139" not in text and "modelled" not in text, (locale, text)
    assert Assessment.from_dict(a.to_dict()) == a


def test_limitation_follows_the_degree_and_names_reading_o2() -> None:
    # Arts 105/107 by degree (notes §6, rule L1): degree 2 -> 15 / 20 years, degree 4 -> 10 / 15 years.
    # Art 752 is of degree 2 at the 1392 bands and 4 at the 1399 bands (notes §4); with an offence in
    # 2020 and a judgment in 2024, reading O2 (degree_basis) decides, and the trace names it.
    def periods(a: Assessment) -> list[str]:
        return [str(n.param("years")) for n in a.notes if n.code in ("ir_limitation_105", "ir_limitation_107")]

    def named(a: Assessment) -> dict[str, object]:
        return {s.param("reading"): s.param("value") for s in a.trace if s.code == "reading"}

    at_judgment = assess("ir.ipc.752", offence_date="2020-01-01", on="2024-01-01")
    at_offence = assess(
        "ir.ipc.752", offence_date="2020-01-01", on="2024-01-01", readings={"degree_basis": "offence_date"}
    )
    assert (at_judgment.degree, periods(at_judgment)) == (4, ["10 years", "15 years"])
    assert (at_offence.degree, periods(at_offence)) == (2, ["15 years", "20 years"])
    assert named(at_judgment)["degree_basis"] == "same_as_amounts"
    assert named(at_offence)["degree_basis"] == "offence_date"


@pytest.mark.parametrize(("article", "rule"), [("ir.ipc.733", "ir.ipc.68"), ("ir.ipc.729", "ir.ipc.67")])
def test_alternatives_carry_the_art64_conditions(article: str, rule: str) -> None:
    # Notes §10: Art 64 as advisory opinion 7/92/1522 reads it (SINGLE-SOURCE): a private
    # complainant's forgiveness, and eligibility for mitigation, condition any alternative.
    a = assess(article, on="2024-01-01")
    (option,) = a.adjustments_by(rule)
    assert option.direction is Direction.ALTERNATIVE
    (note,) = [n for n in option.notes if n.code == "ir_art64_conditions"]
    assert note.basis.article == "64" and note.param("status") == "SINGLE-SOURCE"
    assert "forgiveness" in a.explain("en")
    # A rule that offers no alternative carries no such note (730: maximum above one year).
    assert not [
        n for o in assess("ir.ipc.730", on="2024-01-01").adjustments for n in o.notes if n.code == "ir_art64_conditions"
    ]

"""Every figure of DSL Arts 45-48 against the statute's own numbers, with its citation.

The expected tables restate the Chinese text (china.md 1.1-1.2) by hand: an amount here is a
number read off the statute, not a value computed by the library.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from penalties import Addressee, CombinationKind, Interval, Modality, Money, SanctionKind, assess

ON = dt.date(2024, 5, 1)
OFF, P = Addressee.OFFENDER, Addressee.RESPONSIBLE_PERSONS
SHALL, MAY, AS_REQUIRED = Modality.SHALL, Modality.MAY, Modality.AS_CIRCUMSTANCES_REQUIRE
K = SanctionKind
BUSINESS = (K.SUSPENSION_OF_BUSINESS, K.SUSPENSION_FOR_RECTIFICATION, K.REVOCATION_OF_PERMIT, K.REVOCATION_OF_LICENCE)


def yuan(low: int, high: int) -> Interval[Money]:
    return Interval(Money(low, "CNY"), Money(high, "CNY"))


def rows(assessment):
    return [
        (s.kind, s.addressee, s.modality, s.range, s.basis.article, s.basis.paragraph) for s in assessment.sanctions
    ]


def business(modality, article, paragraph=None):
    return [(kind, OFF, modality, None, article, paragraph) for kind in BUSINESS]


CASES = {
    # (article id, circumstances): expected sanctions for an organisation, in the order of the text
    ("cn.dsl.45.1", ()): [
        (K.ORDER_TO_CORRECT, OFF, SHALL, None, "45", 1),
        (K.WARNING, OFF, SHALL, None, "45", 1),
        (K.FINE, OFF, MAY, yuan(50_000, 500_000), "45", 1),
        (K.FINE, P, MAY, yuan(10_000, 100_000), "45", 1),
    ],
    ("cn.dsl.45.1", ("refused_correction",)): [
        (K.FINE, OFF, SHALL, yuan(500_000, 2_000_000), "45", 1),
        *business(MAY, "45", 1),
        (K.FINE, P, SHALL, yuan(50_000, 200_000), "45", 1),
    ],
    ("cn.dsl.45.1", ("serious_consequences",)): [
        (K.FINE, OFF, SHALL, yuan(500_000, 2_000_000), "45", 1),
        *business(MAY, "45", 1),
        (K.FINE, P, SHALL, yuan(50_000, 200_000), "45", 1),
    ],
    ("cn.dsl.45.2", ()): [
        (K.FINE, OFF, SHALL, yuan(2_000_000, 10_000_000), "45", 2),
        *business(AS_REQUIRED, "45", 2),
    ],
    ("cn.dsl.46", ()): [
        (K.ORDER_TO_CORRECT, OFF, SHALL, None, "46", None),
        (K.WARNING, OFF, SHALL, None, "46", None),
        (K.FINE, OFF, MAY, yuan(100_000, 1_000_000), "46", None),
        (K.FINE, P, MAY, yuan(10_000, 100_000), "46", None),
    ],
    ("cn.dsl.46", ("serious_circumstances",)): [
        (K.FINE, OFF, SHALL, yuan(1_000_000, 10_000_000), "46", None),
        *business(MAY, "46"),
        (K.FINE, P, SHALL, yuan(100_000, 1_000_000), "46", None),
    ],
    ("cn.dsl.48.1", ()): [
        (K.ORDER_TO_CORRECT, OFF, SHALL, None, "48", 1),
        (K.WARNING, OFF, SHALL, None, "48", 1),
        (K.FINE, OFF, SHALL, yuan(50_000, 500_000), "48", 1),
        (K.FINE, P, SHALL, yuan(10_000, 100_000), "48", 1),
    ],
    ("cn.dsl.48.2", ()): [
        (K.WARNING, OFF, SHALL, None, "48", 2),
        (K.FINE, OFF, MAY, yuan(100_000, 1_000_000), "48", 2),
        (K.FINE, P, MAY, yuan(10_000, 100_000), "48", 2),
    ],
    ("cn.dsl.48.2", ("serious_consequences",)): [
        (K.FINE, OFF, SHALL, yuan(1_000_000, 5_000_000), "48", 2),
        *business(MAY, "48", 2),
        (K.FINE, P, SHALL, yuan(50_000, 500_000), "48", 2),
    ],
}


@pytest.mark.parametrize(("key", "expected"), list(CASES.items()), ids=[f"{a}{list(c)}" for a, c in CASES])
def test_every_figure_for_an_organisation(key, expected):
    article_id, circumstances = key
    assessment = assess(article_id, circumstances=set(circumstances), on=ON)
    assert rows(assessment) == expected
    for sanction in assessment.sanctions:
        assert sanction.basis.act_id == "cn.dsl"
        assert sanction.basis.act == "PRC Data Security Law"


@pytest.mark.parametrize(("key", "expected"), list(CASES.items()), ids=[f"{a}{list(c)}" for a, c in CASES])
def test_an_individual_gets_no_persons_fine(key, expected):
    article_id, circumstances = key
    assessment = assess(article_id, circumstances=set(circumstances), offender="individual", on=ON)
    assert rows(assessment) == [row for row in expected if row[1] is not P]
    assert assessment.persons_fine is None
    skipped = [s for s in assessment.trace if s.code == "not_applicable"]
    assert len(skipped) == sum(1 for row in expected if row[1] is P)
    assert all(step.param("reason") == "individual_offender" for step in skipped)


def test_aggravated_tier_is_reported():
    assert assess("cn.dsl.45.1", on=ON).tier == "basic"
    assert assess("cn.dsl.45.1", circumstances={"refused_correction", "serious_consequences"}, on=ON).tier == (
        "aggravated"
    )
    assert assess("cn.dsl.46", circumstances="serious_circumstances", on=ON).tier == "serious"


def test_business_measures_are_one_of_four():
    assessment = assess("cn.dsl.45.1", circumstances={"refused_correction"}, on=ON)
    (choice,) = assessment.combinations
    assert choice.kind is CombinationKind.ONE_OF
    assert [assessment.sanctions[i].kind for i in choice.members] == list(BUSINESS)


def test_core_data_paragraph_has_no_persons_fine_and_a_criminal_referral():
    assessment = assess("cn.dsl.45.2", on=ON)
    assert assessment.persons_fine is None
    assert [note.param("note") for note in assessment.notes] == ["criminal_liability"]


# --- Art 47 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gains", "low", "high", "branch"),
    [
        (None, 100_000, 1_000_000, "gains_below"),
        (0, 100_000, 1_000_000, "gains_below"),
        (99_999, 100_000, 1_000_000, "gains_below"),
        (100_000, 100_000, 1_000_000, "gains_not_below"),
        (100_001, 100_001, 1_000_010, "gains_not_below"),
        (10**15, 10**15, 10**16, "gains_not_below"),
    ],
)
def test_art_47_fine_at_the_threshold(gains, low, high, branch):
    assessment = assess("cn.dsl.47", illegal_gains=gains, on=ON)
    assert assessment.fine == yuan(low, high)
    assert branch in [step.code for step in assessment.trace]
    fine = assessment.find(K.FINE)
    assert fine is not None and fine.modality is SHALL and fine.basis.article == "47"


def test_art_47_fractional_gains_stay_exact():
    assessment = assess("cn.dsl.47", illegal_gains="123456.78", on=ON)
    gains = Fraction(12345678, 100)
    assert assessment.fine == Interval(Money(gains, "CNY"), Money(gains * 10, "CNY"))
    assert type(assessment.fine.low.amount) is Fraction
    assert assessment.fine.high.amount == 1_234_567 + Fraction(4, 5)


def test_art_47_confiscation_and_persons_fine():
    assessment = assess("cn.dsl.47", illegal_gains=250_000, on=ON)
    confiscation = assessment.find(K.CONFISCATION_OF_ILLEGAL_GAINS)
    assert confiscation is not None and confiscation.range == yuan(250_000, 250_000)
    assert confiscation.modality is SHALL
    assert assessment.persons_fine == yuan(10_000, 100_000)
    assert assessment.find(K.FINE, P).modality is SHALL
    # No warning in Art 47 (china.md 1.2), but an order to correct.
    assert assessment.find(K.WARNING) is None
    assert assessment.find(K.ORDER_TO_CORRECT) is not None


def test_art_47_without_gains_confiscates_nothing():
    assessment = assess("cn.dsl.47", on=ON)
    assert assessment.find(K.CONFISCATION_OF_ILLEGAL_GAINS) is None
    reasons = [s.param("reason") for s in assessment.trace if s.code == "not_applicable"]
    assert reasons == ["no_illegal_gains"]


def test_non_penal_provisions_answer_clearly():
    for article_id in ("cn.dsl.44", "cn.dsl.49", "cn.dsl.50", "cn.dsl.51", "cn.dsl.52"):
        assessment = assess(article_id, on=ON)
        assert assessment.penal is False
        assert assessment.fine is None
        assert assessment.notes, article_id
    assert assess("cn.dsl.44", on=ON).find(K.REGULATORY_TALK).modality is MAY
    assert assess("cn.dsl.49", on=ON).find(K.DISCIPLINARY_SANCTION, P) is not None

"""Every figure of the Cybersecurity Law's tier tables, with citation and status, on both sides of 2026-01-01.

The expected rows restate the Chinese texts by hand: the 2016 text from the tier table of law notes
china_time_and_sentencing.md §5 (S8, T14), the amended text from §6.2 (T15, T16) and china.md §5.1.
An amount here is a number read off the statute, not a value computed by the library.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

import pytest

from penalties import (
    Addressee,
    Interval,
    InvalidFactError,
    Modality,
    Money,
    NotDeterminableError,
    NotInForceError,
    SanctionKind,
    Term,
    article,
    assess,
    catalog,
)
from penalties.law.cn.concurrence import concur

OLD, NEW = dt.date(2025, 12, 31), dt.date(2026, 1, 1)  # the amendment is in force from 2026-01-01
OFF, P, M = Addressee.OFFENDER, Addressee.RESPONSIBLE_PERSONS, Addressee.RESPONSIBLE_MANAGERS
SHALL, MAY = Modality.SHALL, Modality.MAY
K = SanctionKind
VERIFIED, SINGLE = "VERIFIED", "SINGLE-SOURCE"


def yuan(low: int, high: int) -> Interval[Money]:
    return Interval(Money(low, "CNY"), Money(high, "CNY"))


def up_to(high: int) -> Interval[Money]:
    return Interval(Money(0, "CNY"), Money(high, "CNY"), low_closed=False)


def days(low: int, high: int) -> Interval[Term]:
    if low == 0:
        return Interval(Term.days(0), Term.days(high), low_closed=False)
    return Interval(Term.days(low), Term.days(high))


def money_rows(a):
    """(kind, addressee, modality, range, article, paragraph) of every sanction with a range."""
    return [
        (s.kind, s.addressee, s.modality, s.range, s.basis.article, s.basis.paragraph)
        for s in a.sanctions
        if s.range is not None and s.kind is not K.CONFISCATION_OF_ILLEGAL_GAINS
    ]


def status(a) -> str:
    found = [s.param("status") for s in a.trace if s.code == "text_status"]
    assert len(found) == 1
    return found[0]


# (article id, circumstances, date) -> (fining rows for an organisation, status)
ORGANISATION = {
    # 2016 text (decided and committed on 2025-12-31)
    ("cn.csl.59.1", ("refused_correction",), OLD): (
        [(K.FINE, OFF, SHALL, yuan(10_000, 100_000), "59", 1), (K.FINE, M, SHALL, yuan(5_000, 50_000), "59", 1)],
        VERIFIED,
    ),
    ("cn.csl.59.1", ("harmful_consequences",), OLD): (
        [(K.FINE, OFF, SHALL, yuan(10_000, 100_000), "59", 1), (K.FINE, M, SHALL, yuan(5_000, 50_000), "59", 1)],
        VERIFIED,
    ),
    ("cn.csl.59.1", (), OLD): ([], VERIFIED),  # order to correct and warning only
    ("cn.csl.59.2", ("refused_correction",), OLD): (
        [(K.FINE, OFF, SHALL, yuan(100_000, 1_000_000), "59", 2), (K.FINE, M, SHALL, yuan(10_000, 100_000), "59", 2)],
        VERIFIED,
    ),
    ("cn.csl.60", ("harmful_consequences",), OLD): (
        [
            (K.FINE, OFF, SHALL, yuan(50_000, 500_000), "60", None),
            (K.FINE, M, SHALL, yuan(10_000, 100_000), "60", None),
        ],
        VERIFIED,
    ),
    ("cn.csl.61", ("serious_circumstances",), OLD): (
        [
            (K.FINE, OFF, SHALL, yuan(50_000, 500_000), "61", None),
            (K.FINE, P, SHALL, yuan(10_000, 100_000), "61", None),
        ],
        SINGLE,
    ),
    ("cn.csl.62", ("refused_correction",), OLD): (
        [(K.FINE, OFF, SHALL, yuan(10_000, 100_000), "62", None), (K.FINE, P, SHALL, yuan(5_000, 50_000), "62", None)],
        SINGLE,
    ),
    ("cn.csl.63", (), OLD): (  # a unit: fined; its persons as individuals (up to 5 days, may 50k-500k)
        [
            (K.FINE, OFF, SHALL, yuan(100_000, 1_000_000), "63", 2),
            (K.ADMINISTRATIVE_DETENTION, P, SHALL, days(0, 5), "63", 2),
            (K.FINE, P, MAY, yuan(50_000, 500_000), "63", 2),
        ],
        VERIFIED,
    ),
    ("cn.csl.63", ("relatively_serious",), OLD): (
        [
            (K.FINE, OFF, SHALL, yuan(100_000, 1_000_000), "63", 2),
            (K.ADMINISTRATIVE_DETENTION, P, SHALL, days(5, 15), "63", 2),
            (K.FINE, P, MAY, yuan(100_000, 1_000_000), "63", 2),
        ],
        VERIFIED,
    ),
    ("cn.csl.64.1", (), OLD): (  # no gains: up to 1,000,000; persons 10k-100k (O15 default: mandatory)
        [(K.FINE, OFF, MAY, up_to(1_000_000), "64", 1), (K.FINE, P, SHALL, yuan(10_000, 100_000), "64", 1)],
        VERIFIED,
    ),
    ("cn.csl.64.2", (), OLD): ([(K.FINE, OFF, SHALL, up_to(1_000_000), "64", 2)], VERIFIED),
    ("cn.csl.66", (), OLD): (
        [
            (K.FINE, OFF, SHALL, yuan(50_000, 500_000), "66", None),
            (K.FINE, P, SHALL, yuan(10_000, 100_000), "66", None),
        ],
        SINGLE,
    ),
    ("cn.csl.67", (), OLD): (
        [
            (K.FINE, OFF, SHALL, yuan(100_000, 500_000), "67", 2),
            (K.ADMINISTRATIVE_DETENTION, P, SHALL, days(0, 5), "67", 2),
            (K.FINE, P, MAY, yuan(10_000, 100_000), "67", 2),
        ],
        SINGLE,
    ),
    ("cn.csl.67", ("relatively_serious",), OLD): (
        [
            (K.FINE, OFF, SHALL, yuan(100_000, 500_000), "67", 2),
            (K.ADMINISTRATIVE_DETENTION, P, SHALL, days(5, 15), "67", 2),
            (K.FINE, P, MAY, yuan(50_000, 500_000), "67", 2),
        ],
        SINGLE,
    ),
    ("cn.csl.68.1", ("serious_circumstances",), OLD): (
        [(K.FINE, OFF, SHALL, yuan(100_000, 500_000), "68", 1), (K.FINE, P, SHALL, yuan(10_000, 100_000), "68", 1)],
        SINGLE,
    ),
    ("cn.csl.68.2", ("refused_correction",), OLD): (
        [(K.FINE, OFF, SHALL, yuan(100_000, 500_000), "68", 2), (K.FINE, P, SHALL, yuan(10_000, 100_000), "68", 2)],
        VERIFIED,
    ),
    ("cn.csl.69", ("refused_correction",), OLD): (
        [
            (K.FINE, OFF, SHALL, yuan(50_000, 500_000), "69", None),
            (K.FINE, P, SHALL, yuan(10_000, 100_000), "69", None),
        ],
        VERIFIED,
    ),
    # amended text (committed and decided on 2026-01-01)
    ("cn.csl.59.1", (), NEW): ([(K.FINE, OFF, MAY, yuan(10_000, 50_000), "61", 1)], VERIFIED),
    ("cn.csl.59.1", ("refused_correction",), NEW): (
        [(K.FINE, OFF, SHALL, yuan(50_000, 500_000), "61", 1), (K.FINE, P, SHALL, yuan(10_000, 100_000), "61", 1)],
        VERIFIED,
    ),
    ("cn.csl.59.2", (), NEW): ([(K.FINE, OFF, MAY, yuan(50_000, 100_000), "61", 2)], SINGLE),
    ("cn.csl.59.2", ("harmful_consequences",), NEW): (
        [(K.FINE, OFF, SHALL, yuan(100_000, 1_000_000), "61", 2), (K.FINE, P, SHALL, yuan(10_000, 100_000), "61", 2)],
        SINGLE,
    ),
    ("cn.csl.2025.61.3", (), NEW): (
        [(K.FINE, OFF, SHALL, yuan(500_000, 2_000_000), "61", 3), (K.FINE, P, SHALL, yuan(50_000, 200_000), "61", 3)],
        SINGLE,
    ),
    ("cn.csl.2025.61.3", ("especially_serious",), NEW): (
        [
            (K.FINE, OFF, SHALL, yuan(2_000_000, 10_000_000), "61", 3),
            (K.FINE, P, SHALL, yuan(200_000, 1_000_000), "61", 3),
        ],
        SINGLE,
    ),
    ("cn.csl.68.1", (), NEW): ([(K.FINE, OFF, MAY, yuan(50_000, 500_000), "69", 1)], SINGLE),
    ("cn.csl.68.1", ("serious_circumstances",), NEW): (
        [(K.FINE, OFF, SHALL, yuan(500_000, 2_000_000), "69", 1), (K.FINE, P, SHALL, yuan(50_000, 200_000), "69", 1)],
        SINGLE,
    ),
    ("cn.csl.2025.69.2", (), NEW): (
        [
            (K.FINE, OFF, SHALL, yuan(2_000_000, 10_000_000), "69", 2),
            (K.FINE, P, SHALL, yuan(200_000, 1_000_000), "69", 2),
        ],
        SINGLE,
    ),
    ("cn.csl.68.2", ("especially_serious",), NEW): (
        [
            (K.FINE, OFF, SHALL, yuan(2_000_000, 10_000_000), "69", 2),
            (K.FINE, P, SHALL, yuan(200_000, 1_000_000), "69", 2),
        ],
        SINGLE,
    ),
    ("cn.csl.69", ("serious_circumstances",), NEW): (
        [
            (K.FINE, OFF, SHALL, yuan(50_000, 500_000), "70", None),
            (K.FINE, P, SHALL, yuan(10_000, 100_000), "70", None),
        ],
        SINGLE,
    ),
}


@pytest.mark.parametrize("key", list(ORGANISATION), ids=lambda k: f"{k[0]}-{'+'.join(k[1]) or 'basic'}-{k[2]}")
def test_an_organisation(key) -> None:
    article_id, circumstances, on = key
    a = assess(article_id, circumstances=set(circumstances), on=on)
    rows, expected_status = ORGANISATION[key]
    assert money_rows(a) == rows
    assert status(a) == expected_status
    assert all(s.basis.act_id == "cn.csl" for s in a.sanctions)


INDIVIDUAL = {
    # an individual has no directly responsible persons (in charge or not)
    ("cn.csl.59.1", ("refused_correction",), OLD): [(K.FINE, OFF, SHALL, yuan(10_000, 100_000), "59", 1)],
    ("cn.csl.59.1", ("refused_correction",), NEW): [(K.FINE, OFF, SHALL, yuan(50_000, 500_000), "61", 1)],
    ("cn.csl.63", (), OLD): [
        (K.ADMINISTRATIVE_DETENTION, OFF, SHALL, days(0, 5), "63", 1),  # 五日以下拘留
        (K.FINE, OFF, MAY, yuan(50_000, 500_000), "63", 1),  # 可以并处五万元以上五十万元以下罚款
    ],
    ("cn.csl.63", ("relatively_serious",), OLD): [
        (K.ADMINISTRATIVE_DETENTION, OFF, SHALL, days(5, 15), "63", 1),
        (K.FINE, OFF, MAY, yuan(100_000, 1_000_000), "63", 1),
    ],
    ("cn.csl.67", (), OLD): [
        (K.ADMINISTRATIVE_DETENTION, OFF, SHALL, days(0, 5), "67", 1),
        (K.FINE, OFF, MAY, yuan(10_000, 100_000), "67", 1),
    ],
    ("cn.csl.67", ("relatively_serious",), OLD): [
        (K.ADMINISTRATIVE_DETENTION, OFF, SHALL, days(5, 15), "67", 1),
        (K.FINE, OFF, MAY, yuan(50_000, 500_000), "67", 1),
    ],
    ("cn.csl.64.2", (), OLD): [(K.FINE, OFF, SHALL, up_to(1_000_000), "64", 2)],
    ("cn.csl.2025.61.3", ("especially_serious",), NEW): [(K.FINE, OFF, SHALL, yuan(2_000_000, 10_000_000), "61", 3)],
}


@pytest.mark.parametrize("key", list(INDIVIDUAL), ids=lambda k: f"{k[0]}-{'+'.join(k[1]) or 'basic'}-{k[2]}")
def test_an_individual(key) -> None:
    article_id, circumstances, on = key
    a = assess(article_id, circumstances=set(circumstances), offender="individual", on=on)
    assert money_rows(a) == INDIVIDUAL[key]


def test_crime_sites_are_closed_whoever_runs_them() -> None:
    for offender in ("individual", "organisation"):
        a = assess("cn.csl.67", offender=offender, on=OLD)
        kinds = {(s.kind, s.modality) for s in a.sanctions}
        assert {(K.CLOSURE_OF_WEBSITE, SHALL), (K.CLOSURE_OF_COMMUNICATION_GROUP, SHALL)} <= kinds


def test_art_64_1_gains_and_reading_o15() -> None:
    a = assess("cn.csl.64.1", illegal_gains=30_000, on=OLD)
    assert a.fine == yuan(30_000, 300_000)  # 违法所得一倍以上十倍以下
    assert a.find("fine").modality is MAY  # 可以根据情节单处或者并处
    assert [c.kind.value for c in a.combinations if c.kind.value == "any_of"] == ["any_of"]
    b = assess("cn.csl.64.1", on=OLD, readings={"art64_1_persons_fine": "discretionary"})
    assert b.find("fine", "responsible_persons").modality is MAY
    serious = assess("cn.csl.64.1", circumstances={"serious_circumstances"}, on=OLD)
    assert K.CLOSURE_OF_WEBSITE in {s.kind for s in serious.sanctions}


def test_procurement_amount_before_and_after_2026() -> None:
    # 2016 Art 65 / new Art 67: 采购金额一倍以上十倍以下
    old = assess("cn.csl.65", procurement_amount=800_000, on=OLD)
    new = assess("cn.csl.65", procurement_amount=800_000, on=NEW)
    assert old.fine == new.fine == yuan(800_000, 8_000_000)
    assert (old.fine.low.amount, new.find("fine", "responsible_persons").range) == (800_000, yuan(10_000, 100_000))
    assert [s.basis.article for s in (old.find("fine"), new.find("fine"))] == ["65", "67"]
    assert status(old) == status(new) == SINGLE
    assert K.ORDER_TO_STOP_USE in {s.kind for s in old.sanctions}
    assert assess("cn.csl.65", procurement_amount=Fraction(1, 3), on=OLD).fine.high == Money(Fraction(10, 3), "CNY")


@pytest.mark.parametrize("bad", [0, -5, 1.5, "x", True])
def test_procurement_amount_is_a_positive_exact_amount(bad) -> None:
    with pytest.raises(InvalidFactError) as caught:
        assess("cn.csl.65", procurement_amount=bad, on=OLD)
    assert caught.value.field == "procurement_amount"


def test_a_multiple_of_no_procurement_amount_is_an_error() -> None:
    with pytest.raises(InvalidFactError) as caught:
        assess("cn.csl.65", on=OLD)
    assert caught.value.field == "procurement_amount"


def test_cii_operator_fact() -> None:
    assert not assess("cn.csl.59.2", cii_operator=False, on=OLD).penal
    assert assess("cn.csl.59.2", cii_operator=True, circumstances={"refused_correction"}, on=OLD).fine is not None
    unstated = assess("cn.csl.66", on=OLD)
    assert "cii_operators_only" in {n.param("note") for n in unstated.notes}
    with pytest.raises(InvalidFactError) as caught:
        assess("cn.csl.59.1", cii_operator=True, on=OLD)  # an article for every operator does not read it
    assert caught.value.field == "cii_operator"
    with pytest.raises(InvalidFactError):
        assess("cn.csl.66", cii_operator="yes", on=OLD)


# --- time: APL Art 37 (law notes §6.3) --------------------------------------------------------
def chosen(a) -> str:
    return next(s.code for s in a.trace if s.code.startswith("time_chosen_"))


def test_old_59_governs_an_act_before_2026_decided_after() -> None:
    # new 61 is heavier at every level: the 2016 text applies (§6.3)
    for circumstances, fine in (((), None), (("refused_correction",), yuan(10_000, 100_000))):
        a = assess("cn.csl.59.1", circumstances=set(circumstances), offence_date=OLD, on=dt.date(2026, 3, 1))
        assert chosen(a) == "time_chosen_offence"
        assert a.fine == fine
        assert "lex_mitior_new_heavier" in [s.code for s in a.trace]


def test_an_act_from_2026_takes_the_amended_text() -> None:
    a = assess("cn.csl.59.1", circumstances={"refused_correction"}, offence_date=NEW, on=dt.date(2026, 3, 1))
    assert a.fine == yuan(50_000, 500_000)


def test_reading_o10_for_personal_information() -> None:
    decided = dict(illegal_gains=1_000, offence_date=OLD, on=dt.date(2026, 3, 1))
    referral = assess("cn.csl.64.1", **decided)
    assert not referral.penal and referral.fine is None
    assert "csl_referral" in {n.code for n in referral.notes}
    kept = assess("cn.csl.64.1", readings={"pi_referral": "keep_old"}, **decided)
    assert kept.penal and kept.fine == yuan(1_000, 10_000)
    assert not assess("cn.csl.64.1", on=NEW).penal  # an act of 2026: the CSL refers to the PIPL and DSL


NO_VERIFIED_SUCCESSOR = ("cn.csl.60", "cn.csl.61", "cn.csl.62", "cn.csl.63", "cn.csl.67")


@pytest.mark.parametrize("article_id", NO_VERIFIED_SUCCESSOR)
def test_articles_without_a_verified_successor_end_on_2025_12_31(article_id: str) -> None:
    assert article(article_id).in_force == (dt.date(2017, 6, 1), OLD)
    assert assess(article_id, on=OLD).penal  # the last day of the 2016 text
    assert assess(article_id, on=dt.date(2017, 6, 1)).penal  # the CSL's first day (Art 79)
    with pytest.raises(NotInForceError):
        assess(article_id, on=dt.date(2017, 5, 31))  # before the CSL: still not in force
    with pytest.raises(NotInForceError):
        assess("cn.csl.59.1", on=dt.date(2017, 5, 31))


@pytest.mark.parametrize("article_id", NO_VERIFIED_SUCCESSOR)
@pytest.mark.parametrize("offence_date", [dt.date(2017, 6, 1), OLD, NEW, None])
@pytest.mark.parametrize("on", [NEW, dt.date(2026, 3, 1)])
def test_a_decision_from_2026_without_the_amended_text_is_not_determinable(
    article_id: str, offence_date: dt.date | None, on: dt.date
) -> None:
    # APL Art 37: the text of the act applies unless the new one is lighter; the amended text (in
    # force 2026-01-01) was not retrieved, so neither it nor the comparison can be applied.
    facts: dict[str, Any] = {"on": on}
    if offence_date is not None:
        facts["offence_date"] = offence_date
    with pytest.raises(NotDeterminableError) as raised:
        assess(article_id, **facts)
    assert raised.value.article_id == article_id
    assert "amended text is not verified" in raised.value.reason
    assert "Administrative Penalty Law Art 37" in raised.value.reason
    assert not isinstance(raised.value, NotInForceError)


def test_catalogued_unverified_entries_carry_the_unverified_status() -> None:
    for number in ("62", "63", "64", "65", "66", "68", "72"):
        entry = article(f"cn.csl.2025.{number}")
        assert entry.status == "UNVERIFIED" and entry.current.status == "UNVERIFIED"
    assert article("cn.csl.59.1").current.status == "VERIFIED"  # amended 61(1): VERIFIED
    assert article("cn.csl.65").current.status == "SINGLE-SOURCE"  # amended 67


def test_unverified_articles_answer_that_their_text_is_not_verified() -> None:
    for number in ("62", "63", "64", "65", "66", "68", "72"):
        a = assess(f"cn.csl.2025.{number}", on=NEW)
        assert not a.penal and not a.sanctions
        assert [n.param("note") for n in a.notes] == ["text_not_verified"]
        assert article(f"cn.csl.2025.{number}").text == ""  # nothing of it is encoded


def test_aliases_by_the_amended_numbering() -> None:
    assert article("cn.csl.2025.61.1") is article("cn.csl.59.1")
    assert article("cn.csl.2025.67") is article("cn.csl.65")
    assert article("cn.csl.2025.70") is article("cn.csl.69")


def test_referral_and_mitigation_articles() -> None:
    a = assess("cn.csl.2025.71", on=NEW)
    assert not a.penal
    assert "cn.pipl.66.2" in a.notes[0].param("provisions")
    assert "apl_mitigation" in {n.param("note") for n in assess("cn.csl.2025.73", on=NEW).notes}


def test_every_penal_csl_article_states_its_status() -> None:
    for entry in catalog("cn.csl"):
        if not entry.penal:
            continue
        on = entry.in_force[1] or NEW
        facts = {"procurement_amount": 1} if "procurement_amount" in entry.facts_read else {}
        a = entry.assess(on=on, **facts)
        assert status(a) in (VERIFIED, SINGLE), entry.id


# --- concurrence: DSL 45(1) + PIPL 66 + CSL 64(1), one act of 2024 ----------------------------
def test_concurrence_dsl_pipl_csl() -> None:
    on = dt.date(2024, 5, 1)
    c = concur(
        ["cn.dsl.45.1", "cn.pipl.66.2", "cn.csl.64.1"],
        circumstances={"refused_correction", "serious_circumstances"},
        illegal_gains=200_000,
        turnover=600_000_000,
        on=on,
    )
    # candidates: DSL [500,000, 2,000,000]; PIPL (0, 50,000,000] (5% of 600M = 30M is below 50M);
    # CSL 64(1) serious: 1x-10x the gains of 200,000 = [200,000, 2,000,000]
    trace = {s.basis.act_id: s.param("range") for s in c.trace if s.code == "concurrence_candidate"}
    assert trace == {
        "cn.dsl": yuan(500_000, 2_000_000),
        "cn.pipl": up_to(50_000_000),
        "cn.csl": yuan(200_000, 2_000_000),
    }
    assert c.chosen == "cn.pipl.66.2" and c.fine == up_to(50_000_000)
    kept = {(s.basis.act_id, s.kind) for s in c.measures}
    assert ("cn.csl", K.CLOSURE_OF_WEBSITE) in kept and ("cn.csl", K.WARNING) in kept
    assert ("cn.dsl", K.SUSPENSION_OF_BUSINESS) in kept
    assert {s.basis.act_id for s in c.sanctions if s.kind is K.FINE} == {"cn.pipl"}
    dropped = [s.basis.act_id for s in c.trace if s.code == "concurrence_fines_dropped"]
    assert dropped == ["cn.dsl", "cn.csl"]


def test_batch_of_gains_under_art_64_1() -> None:
    np = pytest.importorskip("numpy")
    from penalties.batch import fine_bounds

    bounds = fine_bounds("cn.csl.64.1", gains=np.array([0, 5, 200_000]), on=OLD)
    # no gains: up to 1,000,000 (low end excluded); otherwise 1x-10x the gains
    assert bounds.low_num.tolist() == [0, 5, 200_000]
    assert bounds.high_num.tolist() == [1_000_000, 50, 2_000_000]
    assert bounds.low_closed.tolist() == [False, True, True]


def test_each_text_carries_its_status() -> None:
    # law notes §5 (2016) and §6.2 (amended): (status of the current text, statuses of earlier texts)
    expected = {
        "cn.csl.59.1": (VERIFIED, [VERIFIED]),  # new 61(1) VERIFIED [T15; T16]
        "cn.csl.59.2": (SINGLE, [VERIFIED]),  # new 61(2) SINGLE-SOURCE [T15]
        "cn.csl.64.1": (SINGLE, [VERIFIED]),  # new 71 verbatim SINGLE-SOURCE
        "cn.csl.65": (SINGLE, [SINGLE]),  # 2016 Art 65 and new 67 both SINGLE-SOURCE
        "cn.csl.66": (SINGLE, [SINGLE]),
        "cn.csl.68.1": (SINGLE, [SINGLE]),
        "cn.csl.68.2": (SINGLE, [VERIFIED]),
        "cn.csl.69": (SINGLE, [VERIFIED]),
        "cn.csl.60": (VERIFIED, []),
        "cn.csl.61": (SINGLE, []),  # the modality of 2016 Art 61
        "cn.csl.62": (SINGLE, []),
        "cn.csl.63": (VERIFIED, []),
        "cn.csl.67": (SINGLE, []),
    }
    for article_id, (current, earlier) in expected.items():
        entry = article(article_id)
        assert (entry.current.status, [v.status for v in entry.versions]) == (current, earlier), article_id


def test_the_time_steps_name_each_text_with_its_status() -> None:
    a = assess("cn.csl.65", procurement_amount=100, offence_date=OLD, on=dt.date(2026, 2, 1))
    candidates = [s for s in a.trace if s.code.startswith("time_candidate_")]
    assert [s.param("status") for s in candidates] == [SINGLE, SINGLE]
    # same figures in both texts: the new text is not lighter, the 2016 text applies (APL Art 37)
    assert chosen(a) == "time_chosen_offence" and a.find("fine").basis.article == "65"


@pytest.mark.parametrize(
    "key",
    [k for k in ORGANISATION if k[0] not in ("cn.csl.63", "cn.csl.67")],
    ids=lambda k: f"{k[0]}-{'+'.join(k[1]) or 'basic'}-{k[2]}",
)
def test_an_individual_gets_the_organisations_figures_without_the_persons(key) -> None:
    # Arts 59-69 other than the police cases (63, 67, tested above) address one offender; an
    # individual has no directly responsible persons (in charge or not), so only the persons' rows go.
    article_id, circumstances, on = key
    a = assess(article_id, circumstances=set(circumstances), offender="individual", on=on)
    rows, expected_status = ORGANISATION[key]
    assert money_rows(a) == [row for row in rows if row[1] is OFF]
    assert status(a) == expected_status

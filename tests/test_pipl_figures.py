"""Every figure of PIPL Art 66 against the statute's numbers, with citation and status; Arts 67-71.

The expected tables restate the Chinese text by hand (law notes china.md §5.2 and
china_time_and_sentencing.md §4, VERIFIED [S7; T17]): an amount here is a number read off the
statute, not a value computed by the library.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from penalties import (
    Addressee,
    Interval,
    InvalidFactError,
    Modality,
    Money,
    NotInForceError,
    SanctionKind,
    article,
    assess,
    catalog,
)
from penalties.law.cn.pipl import turnover_limbs

BEFORE, FROM = dt.date(2021, 10, 31), dt.date(2021, 11, 1)  # PIPL Art 74: in force 2021-11-01
ON = dt.date(2024, 5, 1)
OFF, P = Addressee.OFFENDER, Addressee.RESPONSIBLE_PERSONS
SHALL, MAY = Modality.SHALL, Modality.MAY
K = SanctionKind
BUSINESS = (K.SUSPENSION_OF_BUSINESS, K.SUSPENSION_FOR_RECTIFICATION, K.REVOCATION_OF_PERMIT, K.REVOCATION_OF_LICENCE)


def yuan(low: int, high: int) -> Interval[Money]:
    return Interval(Money(low, "CNY"), Money(high, "CNY"))


def up_to(high: int | Fraction) -> Interval[Money]:
    """以下 with no minimum: (0, high]."""
    return Interval(Money(0, "CNY"), Money(high, "CNY"), low_closed=False)


def rows(assessment):
    return [
        (s.kind, s.addressee, s.modality, s.range, s.basis.article, s.basis.paragraph) for s in assessment.sanctions
    ]


# Art 66 para 1: 责令改正，给予警告，没收违法所得，对…应用程序，责令暂停或者终止提供服务 (all mandatory)
PARA1_MEASURES = [
    (K.ORDER_TO_CORRECT, OFF, SHALL, None, "66", 1),
    (K.WARNING, OFF, SHALL, None, "66", 1),
    (K.CONFISCATION_OF_ILLEGAL_GAINS, OFF, SHALL, yuan(30_000, 30_000), "66", 1),
    (K.SUSPENSION_OF_APP_SERVICE, OFF, SHALL, None, "66", 1),
    (K.TERMINATION_OF_APP_SERVICE, OFF, SHALL, None, "66", 1),
]

CASES = {
    # (article, circumstances, offender): expected sanctions
    ("cn.pipl.66.1", (), "organisation"): PARA1_MEASURES,  # O12 default: no persons' fine without refusal
    ("cn.pipl.66.1", ("refused_correction",), "organisation"): [
        *PARA1_MEASURES,
        (K.FINE, OFF, SHALL, up_to(1_000_000), "66", 1),  # 拒不改正的，并处一百万元以下罚款
        (K.FINE, P, SHALL, yuan(10_000, 100_000), "66", 1),  # 处一万元以上十万元以下罚款
    ],
    ("cn.pipl.66.1", ("refused_correction",), "individual"): [
        *PARA1_MEASURES,
        (K.FINE, OFF, SHALL, up_to(1_000_000), "66", 1),  # an individual has no responsible persons
    ],
    ("cn.pipl.66.2", (), "organisation"): [
        (K.ORDER_TO_CORRECT, OFF, SHALL, None, "66", 2),
        (K.CONFISCATION_OF_ILLEGAL_GAINS, OFF, SHALL, yuan(30_000, 30_000), "66", 2),
        (K.FINE, OFF, SHALL, up_to(50_000_000), "66", 2),  # no turnover: only 五千万元以下
        *[(kind, OFF, MAY, None, "66", 2) for kind in BUSINESS],
        (K.FINE, P, SHALL, yuan(100_000, 1_000_000), "66", 2),  # 十万元以上一百万元以下
        (K.BAN_FROM_OFFICE, P, MAY, None, "66", 2),  # 可以决定禁止其在一定期限内担任…
    ],
    ("cn.pipl.66.2", (), "individual"): [
        (K.ORDER_TO_CORRECT, OFF, SHALL, None, "66", 2),
        (K.CONFISCATION_OF_ILLEGAL_GAINS, OFF, SHALL, yuan(30_000, 30_000), "66", 2),
        (K.FINE, OFF, SHALL, up_to(50_000_000), "66", 2),
        *[(kind, OFF, MAY, None, "66", 2) for kind in BUSINESS],
    ],
}


@pytest.mark.parametrize("key", list(CASES), ids=lambda k: f"{k[0]}-{'+'.join(k[1]) or 'basic'}-{k[2]}")
def test_figures_on_the_first_day_in_force(key) -> None:
    article_id, circumstances, offender = key
    a = assess(article_id, circumstances=set(circumstances), offender=offender, illegal_gains=30_000, on=FROM)
    assert rows(a) == CASES[key]
    assert all(s.basis.act_id == "cn.pipl" for s in a.sanctions)


@pytest.mark.parametrize("key", list(CASES), ids=lambda k: f"{k[0]}-{'+'.join(k[1]) or 'basic'}-{k[2]}")
def test_no_pipl_fine_before_2021_11_01(key) -> None:
    article_id, circumstances, offender = key
    with pytest.raises(NotInForceError):
        assess(article_id, circumstances=set(circumstances), offender=offender, illegal_gains=30_000, on=BEFORE)


def test_reading_o12_always_fines_the_persons_without_refusal() -> None:
    a = assess("cn.pipl.66.1", on=ON, readings={"art66_1_persons_fine": "always"})
    assert a.persons_fine == yuan(10_000, 100_000)
    assert a.fine is None  # the processor's fine still needs the refusal
    assert ("art66_1_persons_fine", "always") in [
        (s.param("reading"), s.param("value")) for s in a.trace if s.code == "reading"
    ]


def test_the_app_order_is_one_of_suspend_or_terminate() -> None:
    a = assess("cn.pipl.66.1", on=ON)
    kinds = [a.sanctions[i].kind for c in a.combinations if c.kind.value == "one_of" for i in c.members]
    assert kinds == [K.SUSPENSION_OF_APP_SERVICE, K.TERMINATION_OF_APP_SERVICE]


# --- Art 66 para 2: 五千万元以下或者上一年度营业额百分之五以下 (reading O13) -------------------
BILLION = 1_000_000_000  # 5% of 1,000,000,000 = 50,000,000: the two limbs meet


@pytest.mark.parametrize(
    ("turnover", "outer", "lower"),
    [
        (None, 50_000_000, 50_000_000),  # no previous-year turnover: the 50M limb only
        (1, 50_000_000, Fraction(1, 20)),  # 5% of 1 yuan is 1/20 yuan, kept exact
        (BILLION - 1, 50_000_000, Fraction((BILLION - 1) * 5, 100)),
        (BILLION, 50_000_000, 50_000_000),
        (BILLION + 1, Fraction((BILLION + 1) * 5, 100), 50_000_000),
        (20 * BILLION, BILLION, 50_000_000),
    ],
)
def test_the_two_caps_at_below_and_above_one_billion(turnover, outer, lower) -> None:
    for reading, high in (("authority_chooses", outer), ("higher", outer), ("lower", lower)):
        a = assess("cn.pipl.66.2", turnover=turnover, on=ON, readings={"art66_2_caps": reading})
        assert a.fine == up_to(high), reading
        codes = [s.code for s in a.trace]
        if turnover is None:
            assert "turnover_absent" in codes and "turnover_limbs" not in codes
        else:
            limbs = next(s for s in a.trace if s.code == "turnover_limbs")
            assert limbs.param("cap") == Money(50_000_000, "CNY")
            assert limbs.param("share_cap") == Money(Fraction(turnover * 5, 100), "CNY")


def test_turnover_limbs_shows_both() -> None:
    fixed, share = turnover_limbs(Money(3 * BILLION, "CNY"))
    assert fixed == up_to(50_000_000) and share == up_to(150_000_000)
    assert turnover_limbs(None) == (up_to(50_000_000), None)


@pytest.mark.parametrize("bad", [0, -1, 1.5, "abc", True, Money(1, "IRR")])
def test_turnover_is_a_positive_exact_amount(bad) -> None:
    with pytest.raises(InvalidFactError) as caught:
        assess("cn.pipl.66.2", turnover=bad, on=ON)
    assert caught.value.field == "turnover"


def test_turnover_is_read_by_para_2_only() -> None:
    with pytest.raises(InvalidFactError) as caught:
        assess("cn.pipl.66.1", turnover=5, on=ON)
    assert caught.value.field == "turnover"
    assert "turnover" in article("cn.pipl.66.2").facts_read


@given(st.integers(min_value=1, max_value=10**15), st.integers(min_value=0, max_value=10**15))
def test_the_bound_is_monotone_in_turnover(turnover: int, more: int) -> None:
    for reading in ("authority_chooses", "higher", "lower"):
        low = assess("cn.pipl.66.2", turnover=turnover, on=ON, readings={"art66_2_caps": reading}).fine
        high = assess("cn.pipl.66.2", turnover=turnover + more, on=ON, readings={"art66_2_caps": reading}).fine
        assert low is not None and high is not None
        assert low.high <= high.high
        assert not low.low_closed and low.low == Money(0, "CNY")


# --- Arts 67-71 --------------------------------------------------------------------------------
def test_arts_67_to_71_set_no_fine_and_say_what_they_do() -> None:
    notes = {
        "cn.pipl.67": {"credit_record"},
        "cn.pipl.68": {"no_fine_on_state_organ"},
        "cn.pipl.69": {"presumed_fault"},
        "cn.pipl.70": {"public_interest_litigation"},
        "cn.pipl.71": {"public_security_punishment", "criminal_liability"},
    }
    for article_id, expected in notes.items():
        a = assess(article_id, on=ON)
        assert not a.penal
        assert a.fine is None and a.persons_fine is None
        assert expected <= {n.param("note") for n in a.notes}


def test_a_state_organ_gets_disciplinary_sanctions_only() -> None:
    a = assess("cn.pipl.68", on=ON)
    assert [(s.kind, s.addressee) for s in a.sanctions] == [
        (K.ORDER_TO_CORRECT, OFF),
        (K.DISCIPLINARY_SANCTION, P),
    ]


def test_only_art_66_carries_fines() -> None:
    penal = [a.id for a in catalog("cn.pipl") if a.penal]
    assert penal == ["cn.pipl.66.1", "cn.pipl.66.2"]


# --- what-if and batch ---------------------------------------------------------------------------
def test_whatif_sweeps_the_turnover() -> None:
    from penalties import whatif

    points = [1, BILLION - 1, BILLION, BILLION + 1, 3 * BILLION]
    rows = whatif.sweep("cn.pipl.66.2", "turnover", points, on=ON, as_frame=False)
    highs = [row["high"] for row in rows]
    # 五千万元 up to a turnover of one billion, then 5% of the turnover (default reading: the outer bound)
    assert highs == [50_000_000, 50_000_000, 50_000_000, Fraction(BILLION + 1, 20), 150_000_000]
    assert all(row["low"] == 0 and row["low_closed"] is False and row["high_closed"] is True for row in rows)
    for point, row in zip(points, rows, strict=True):
        assert assess("cn.pipl.66.2", turnover=point, on=ON).fine.high.amount == row["high"]


def test_batch_with_a_shared_turnover() -> None:
    np = pytest.importorskip("numpy")
    from penalties.batch import fine_bounds

    bounds = fine_bounds("cn.pipl.66.2", gains=np.array([0, 5, 10**6]), turnover=2 * BILLION, on=ON)
    assert bounds.high_num.tolist() == [100_000_000] * 3  # 5% of 2,000,000,000
    assert bounds.low_num.tolist() == [0, 0, 0] and bounds.low_closed.tolist() == [False] * 3


def test_an_act_before_2021_11_01_decided_later_is_not_fined_under_the_pipl() -> None:
    a = assess("cn.pipl.66.2", offence_date=BEFORE, on=ON)
    assert not a.penal and a.fine is None
    assert "not_in_force_at_offence" in [s.code for s in a.trace]

"""Criminal Law general part: term kinds (Arts 38, 42, 45), fine floors, item counts, catalog entries."""

from __future__ import annotations

from fractions import Fraction

import pytest

from penalties import InvalidFactError, Money, Term, article, assess, catalog
from penalties.core.interval import Interval
from penalties.law.cn.criminal_general import (
    CRIMINAL_DETENTION,
    FINE_FLOOR,
    FINE_FLOOR_MINOR,
    FIXED_TERM_IMPRISONMENT,
    PUBLIC_SURVEILLANCE,
    InformationClass,
    InformationGroup,
    ItemCounts,
    fixed_term,
    to_item_counts,
)


def test_general_ranges_of_the_term_kinds() -> None:
    assert Interval(Term.months(6), Term.years(15)) == FIXED_TERM_IMPRISONMENT  # Art 45
    assert Interval(Term.months(1), Term.months(6)) == CRIMINAL_DETENTION  # Art 42
    assert Interval(Term.months(3), Term.years(2)) == PUBLIC_SURVEILLANCE  # Art 38


def test_up_to_n_years_starts_at_the_art_45_floor() -> None:
    assert fixed_term(None, 3) == Interval(Term.months(6), Term.years(3))
    assert Term.months(5) not in fixed_term(None, 3)
    assert Term.months(6) in fixed_term(None, 3) and Term.years(3) in fixed_term(None, 3)  # Art 99
    assert fixed_term(3, 7) == Interval(Term.years(3), Term.years(7))


def test_detention_or_imprisonment_is_not_one_range() -> None:
    # "三年以下有期徒刑或者拘役": 4 months is detention, not imprisonment; 8 months is the reverse.
    assert Term.months(4) in CRIMINAL_DETENTION and Term.months(4) not in fixed_term(None, 3)
    assert Term.months(8) not in CRIMINAL_DETENTION and Term.months(8) in fixed_term(None, 3)


def test_fine_floors() -> None:
    assert FINE_FLOOR == Money(1_000, "CNY") and FINE_FLOOR_MINOR == Money(500, "CNY")


def test_information_groups() -> None:
    assert {c for c in InformationClass if c.group is InformationGroup.SENSITIVE} == {
        InformationClass.TRAJECTORY,
        InformationClass.COMMUNICATION_CONTENT,
        InformationClass.CREDIT,
        InformationClass.PROPERTY,
    }
    assert InformationClass.COMMUNICATION_RECORDS.group is InformationGroup.SAFETY  # 通信记录, not 通信内容
    assert InformationClass.OTHER.group is InformationGroup.GENERAL


def test_item_counts() -> None:
    counts = to_item_counts({"other": 7, InformationClass.TRAJECTORY: 3, " Credit ": 2})
    assert counts.to_dict() == {"trajectory": 3, "credit": 2, "other": 7}  # statute order
    assert counts.group_total(InformationGroup.SENSITIVE) == 5
    assert counts.of(InformationClass.LODGING) == 0
    assert to_item_counts(None) == ItemCounts() and not ItemCounts()
    assert to_item_counts({"other": Fraction(10, 2)}).of(InformationClass.OTHER) == 5
    with pytest.raises(InvalidFactError):
        to_item_counts({"other": 1, "OTHER": 2})  # the same class twice
    with pytest.raises(InvalidFactError):
        to_item_counts({5: 1})


def test_catalog_lists_the_new_acts() -> None:
    assert [a.id for a in catalog("cn.cl")] == ["cn.cl.180", "cn.cl.253-1", "cn.cl.286-1"]
    assert [a.id for a in catalog("cn.idcard")] == ["cn.idcard.19"]
    entry = article("cn.cl.286-1").to_dict()
    assert entry["in_force_from"] == "2015-11-01"
    assert "refused_ordered_correction" in entry["circumstances"]


@pytest.mark.parametrize(
    ("article_id", "facts", "field"),
    [
        ("cn.cl.253-1", {"securities_turnover": 600_000}, "securities_turnover"),
        ("cn.cl.253-1", {"occasions": 3}, "occasions"),
        ("cn.cl.253-1", {"business_profit": 60_000}, "business_profit"),  # only with lawful_business_purchase
        ("cn.cl.180", {"information_items": {"other": 5_000}}, "information_items"),
        ("cn.cl.180", {"insider": True}, "insider"),
        ("cn.cl.286-1", {"futures_margin": 0}, "futures_margin"),
    ],
)
def test_facts_an_article_does_not_read_are_errors(article_id: str, facts: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidFactError) as caught:
        assess(article_id, on="2024-01-01", circumstances={"serious"}, **facts)
    assert caught.value.field == field


def test_item_counts_are_bounded() -> None:
    assert to_item_counts({"other": 10**15}).of(InformationClass.OTHER) == 10**15
    with pytest.raises(InvalidFactError) as caught:
        to_item_counts({"other": 10**15 + 1})
    assert caught.value.field == "information_items['other']"

"""Bad input gets a typed error that names the field, the value and what would be valid."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from penalties import (
    CurrencyMismatchError,
    InvalidFactError,
    Money,
    NotInForceError,
    PenaltiesError,
    UnknownArticleError,
    article,
    assess,
    catalog,
)


@pytest.mark.parametrize("gains", [-1, "-0.01", Decimal("-5")])
def test_negative_gains(gains):
    with pytest.raises(InvalidFactError) as error:
        assess("cn.dsl.47", illegal_gains=gains)
    assert error.value.field == "illegal_gains"
    assert "zero or more" in str(error.value)


@pytest.mark.parametrize("gains", [float("nan"), float("inf"), -float("inf"), 150000.0, Decimal("NaN"), "nan"])
def test_nan_infinite_and_float_gains(gains):
    with pytest.raises(InvalidFactError) as error:
        assess("cn.dsl.47", illegal_gains=gains)
    assert error.value.field == "illegal_gains"
    assert "floats are refused" in str(error.value)


def test_wrong_currency():
    with pytest.raises(CurrencyMismatchError) as error:
        assess("cn.dsl.47", illegal_gains=Money(150_000, "IRR"))
    assert error.value.field == "illegal_gains"
    assert "CNY" in str(error.value)


def test_unknown_circumstance_lists_the_valid_ones():
    with pytest.raises(InvalidFactError) as error:
        assess("cn.dsl.45.1", circumstances={"refused_corection"})
    message = str(error.value)
    assert error.value.field == "circumstances"
    assert "'refused_correction'" in message and "'serious_consequences'" in message


def test_circumstance_of_another_article_is_an_error_not_ignored():
    with pytest.raises(InvalidFactError) as error:
        assess("cn.dsl.46", circumstances={"refused_correction"})
    assert "serious_circumstances" in str(error.value)
    with pytest.raises(InvalidFactError, match="has no tiers"):
        assess("cn.dsl.47", circumstances={"serious_consequences"})


def test_unknown_fact_name():
    with pytest.raises(InvalidFactError) as error:
        assess("cn.dsl.47", gains=5)
    assert error.value.field == "gains"
    assert "illegal_gains" in str(error.value)


def test_unknown_offender_kind():
    with pytest.raises(InvalidFactError, match="organisation"):
        assess("cn.dsl.45.1", offender="company")


@pytest.mark.parametrize(
    ("given", "suggested"),
    [("cn.dsl.74", "cn.dsl.47"), ("cn.dsl.45", "cn.dsl.45.1"), ("cn.dls.47", "cn.dsl.47"), ("CN.DSL.47 ", None)],
)
def test_unknown_id_suggests_the_nearest(given, suggested):
    if suggested is None:
        assert article(given).id == "cn.dsl.47"  # case and spaces are forgiven
        return
    with pytest.raises(UnknownArticleError) as error:
        assess(given)
    assert suggested in error.value.suggestions
    assert "did you mean" in str(error.value)
    assert isinstance(error.value, LookupError)


def test_a_date_before_the_act_is_in_force():
    with pytest.raises(NotInForceError) as error:
        assess("cn.dsl.47", on=dt.date(2021, 8, 31))
    assert error.value.in_force_from == dt.date(2021, 9, 1)
    assert "2021-09-01" in str(error.value)
    assert assess("cn.dsl.47", on="2021-09-01").fine is not None


@pytest.mark.parametrize("on", ["2021-13-01", "yesterday", 20210901, None])
def test_malformed_dates(on):
    with pytest.raises(InvalidFactError) as error:
        assess("cn.dsl.47", on=on)
    assert error.value.field == "on"


def test_catalog_lists_every_dsl_article_with_dates():
    ids = [entry.id for entry in catalog("cn.dsl")]
    assert ids == [
        "cn.dsl.44",
        "cn.dsl.45.1",
        "cn.dsl.45.2",
        "cn.dsl.46",
        "cn.dsl.47",
        "cn.dsl.48.1",
        "cn.dsl.48.2",
        "cn.dsl.49",
        "cn.dsl.50",
        "cn.dsl.51",
        "cn.dsl.52",
    ]
    entry = article("cn.dsl.47").to_dict()
    assert entry["in_force_from"] == "2021-09-01" and entry["in_force_until"] is None
    assert entry["title_original"] == "数据交易中介服务机构未履行义务"
    assert "十万元以上一百万元以下" in article("cn.dsl.47").text
    with pytest.raises(UnknownArticleError):
        catalog("cn.nope")


def test_every_error_is_a_penalties_error():
    for call in (
        lambda: assess("nope"),
        lambda: assess("cn.dsl.47", illegal_gains=0.5),
        lambda: assess("cn.dsl.47", on="2000-01-01"),
        lambda: assess("cn.dsl.47", illegal_gains=Money(1, "IRR")),
    ):
        with pytest.raises(PenaltiesError):
            call()

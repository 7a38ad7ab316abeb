"""The open readings of DSL Chapter VI are named options with a documented default, never silent."""

from __future__ import annotations

import pytest

from penalties import InvalidFactError, SanctionKind, assess
from penalties.core.readings import reading_values
from penalties.law.cn.data_security_law import DslReadings

K = SanctionKind
BUSINESS = {K.SUSPENSION_OF_BUSINESS, K.SUSPENSION_FOR_RECTIFICATION, K.REVOCATION_OF_PERMIT, K.REVOCATION_OF_LICENCE}


def kinds(assessment):
    return [s.kind for s in assessment.sanctions]


def readings_in_trace(assessment):
    return [(s.param("reading"), s.param("value")) for s in assessment.trace if s.code == "reading"]


def test_defaults_are_documented_first_values():
    assert reading_values(DslReadings) == {
        "aggravated_measures": ("as_written", "with_basic_measures"),
        "art47_business_measures": ("both_branches", "low_gains_branch_only"),
    }


@pytest.mark.parametrize(
    ("article_id", "circumstance", "added"),
    [
        ("cn.dsl.45.1", "refused_correction", [K.ORDER_TO_CORRECT, K.WARNING]),
        ("cn.dsl.45.1", "serious_consequences", [K.ORDER_TO_CORRECT, K.WARNING]),
        ("cn.dsl.46", "serious_circumstances", [K.ORDER_TO_CORRECT, K.WARNING]),
        ("cn.dsl.48.2", "serious_consequences", [K.WARNING]),  # 48(2) never orders correction
    ],
)
def test_aggravated_tier_basic_measures(article_id, circumstance, added):
    as_written = assess(article_id, circumstances={circumstance}, on="2024-01-01")
    assert readings_in_trace(as_written) == [("aggravated_measures", "as_written")]
    assert not set(added) & set(kinds(as_written))
    with_basic = assess(
        article_id,
        circumstances={circumstance},
        readings={"aggravated_measures": "with_basic_measures"},
        on="2024-01-01",
    )
    assert kinds(with_basic)[: len(added)] == added
    assert kinds(with_basic)[len(added) :] == kinds(as_written)
    assert readings_in_trace(with_basic) == [("aggravated_measures", "with_basic_measures")]


def test_basic_tier_does_not_depend_on_the_reading():
    plain = assess("cn.dsl.45.1", on="2024-01-01")
    other = assess("cn.dsl.45.1", readings={"aggravated_measures": "with_basic_measures"}, on="2024-01-01")
    assert plain.sanctions == other.sanctions
    assert readings_in_trace(plain) == []


@pytest.mark.parametrize(("gains", "measures"), [(None, True), (99_999, True), (100_000, False), (150_000, False)])
def test_art_47_measures_on_the_low_gains_branch_only(gains, measures):
    low_only = assess(
        "cn.dsl.47", illegal_gains=gains, readings={"art47_business_measures": "low_gains_branch_only"}, on="2024-01-01"
    )
    assert bool(BUSINESS & set(kinds(low_only))) is measures
    both = assess("cn.dsl.47", illegal_gains=gains, on="2024-01-01")
    assert BUSINESS <= set(kinds(both))
    assert readings_in_trace(both) == [("art47_business_measures", "both_branches")]
    assert low_only.fine == both.fine  # the reading moves measures, never the fine


def test_bad_readings_are_typed_errors():
    with pytest.raises(InvalidFactError) as error:
        assess("cn.dsl.47", readings={"art47_business_measures": "sometimes"})
    assert error.value.field == "readings.art47_business_measures"
    assert "'both_branches'" in str(error.value)
    with pytest.raises(InvalidFactError, match="aggravated_measures"):
        assess("cn.dsl.47", readings={"aggravated": "as_written"})
    with pytest.raises(InvalidFactError, match="readings"):
        assess("cn.dsl.47", readings="as_written")

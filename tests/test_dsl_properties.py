"""Properties of the whole Data Security Law, checked by hypothesis over generated cases."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from fractions import Fraction

import jsonschema
from hypothesis import given
from hypothesis import strategies as st

from penalties import Addressee, Money, PenaltiesError, SanctionKind, article, assess, assessment_schema, catalog

DSL = [entry for entry in catalog("cn.dsl")]
VALIDATOR = jsonschema.Draft202012Validator(assessment_schema())

gains = st.one_of(
    st.none(),
    st.integers(min_value=0, max_value=10**18),
    st.fractions(min_value=0, max_value=10**9, max_denominator=100),
)
offenders = st.sampled_from(["organisation", "individual"])
dates = st.dates(min_value=dt.date(2021, 9, 1), max_value=dt.date(2100, 12, 31))


@st.composite
def cases(draw):
    entry = draw(st.sampled_from(DSL))
    valid = sorted(c.value for c in entry.circumstances)
    circumstances = draw(st.sets(st.sampled_from(valid))) if valid else set()
    facts = {"offender": draw(offenders), "circumstances": circumstances, "on": draw(dates)}
    if "illegal_gains" in entry.facts_read:  # a fact the article does not read is refused
        facts["illegal_gains"] = draw(gains)
    return entry.id, facts


def _no_float(value):
    if isinstance(value, float):
        return False
    if isinstance(value, dict):
        return all(_no_float(v) for v in value.values())
    if isinstance(value, list):
        return all(_no_float(v) for v in value)
    return True


@given(cases())
def test_every_range_is_ordered_and_json_is_exact_and_valid(case):
    article_id, facts = case
    assessment = assess(article_id, **facts)
    for sanction in assessment.sanctions:
        if sanction.range is not None:
            assert sanction.range.low <= sanction.range.high
    data = assessment.to_dict()
    assert _no_float(data)
    text = json.dumps(data, ensure_ascii=False)
    assert json.loads(text) == data
    VALIDATOR.validate(data)
    assert assessment == assess(article_id, **facts)  # value equality, deterministic


@given(st.sampled_from([e for e in DSL if e.circumstances]), gains, offenders)
def test_the_aggravated_tier_never_lowers_a_bound(entry, illegal_gains, offender):
    gains = {"illegal_gains": illegal_gains} if "illegal_gains" in entry.facts_read else {}
    basic = assess(entry.id, **gains, offender=offender, on="2024-01-01")
    for circumstance in entry.circumstances:
        aggravated = assess(entry.id, **gains, offender=offender, circumstances={circumstance}, on="2024-01-01")
        for addressee in Addressee:
            low = basic.find(SanctionKind.FINE, addressee)
            high = aggravated.find(SanctionKind.FINE, addressee)
            if low is None:
                continue
            assert high is not None, (entry.id, addressee)
            assert high.range.low >= low.range.low and high.range.high >= low.range.high


# Amounts are exact to at most 40 decimal places (a denominator of at most 10**40).
@given(
    st.fractions(min_value=0, max_value=10**12, max_denominator=1000),
    st.fractions(min_value=0, max_value=10**6, max_denominator=10**30),
)
def test_art_47_is_monotone_in_gains(smaller, extra):
    a = assess("cn.dsl.47", illegal_gains=smaller, on="2024-01-01").fine
    b = assess("cn.dsl.47", illegal_gains=smaller + extra, on="2024-01-01").fine
    assert a.low <= b.low and a.high <= b.high


@given(st.fractions(min_value=0, max_value=1, max_denominator=10**6).filter(lambda f: f > 0))
def test_art_47_is_continuous_at_100000(epsilon):
    at = assess("cn.dsl.47", illegal_gains=100_000, on="2024-01-01").fine
    below = assess("cn.dsl.47", illegal_gains=100_000 - epsilon, on="2024-01-01").fine
    above = assess("cn.dsl.47", illegal_gains=100_000 + epsilon, on="2024-01-01").fine
    assert below == at
    assert above.low.amount - at.low.amount == epsilon
    assert above.high.amount - at.high.amount == 10 * epsilon


@given(st.integers(min_value=100_000, max_value=10**20))
def test_art_47_fine_is_one_to_ten_times_the_gains(value):
    fine = assess("cn.dsl.47", illegal_gains=value, on="2024-01-01").fine
    assert fine.low == Money(value, "CNY") and fine.high == Money(10 * value, "CNY")


garbage = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**50), max_value=10**50),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.fractions(),
    st.lists(st.integers(), max_size=3),
    st.dates(),
    st.sets(st.text(max_size=10), max_size=3),
    st.builds(Money, st.integers(min_value=-5, max_value=10**6), st.sampled_from(["CNY", "IRR"])),
)


@given(
    st.sampled_from(DSL),
    st.dictionaries(
        st.sampled_from(["illegal_gains", "offender", "circumstances", "on", "gains", "tier"]), garbage, max_size=4
    ),
)
def test_garbage_raises_only_the_librarys_own_errors(entry, facts):
    try:
        result = assess(entry.id, **facts)
    except PenaltiesError:
        return
    assert _no_float(result.to_dict())
    gains = result.facts.illegal_gains
    assert gains is None or (gains.currency == "CNY" and gains.amount >= 0)


def test_decimal_and_string_inputs_agree():
    as_text = assess("cn.dsl.47", illegal_gains="150000.50", on="2024-01-01")
    as_decimal = assess("cn.dsl.47", illegal_gains=Decimal("150000.50"), on="2024-01-01")
    as_fraction = assess("cn.dsl.47", illegal_gains=Fraction(300001, 2), on="2024-01-01")
    assert as_text == as_decimal == as_fraction
    assert article("cn.dsl.47").formula is not None


@given(cases())
def test_the_compiled_plan_gives_exactly_what_the_formula_tree_gives(case):
    # The article's cached plan (a result held ready, or static segments replayed around the
    # dynamic parts) against the formula's root node evaluated alone (compiled afresh and run
    # operation by operation).
    from penalties.core.formula import Evaluation

    article_id, raw = case
    entry = article(article_id)
    facts = entry.make_facts(raw)
    fast = entry._evaluate(facts)  # what assess() reads, before the steps of time and sentencing
    tree = Evaluation(facts)
    entry.formula.evaluate(tree)
    for name in ("sanctions", "combinations", "trace", "notes", "tier"):
        assert getattr(fast, name) == getattr(tree, name), name

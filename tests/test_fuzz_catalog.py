"""Hostile input over every catalogued article: only the library's own errors, never a float.

The strategies read each act's facts type, so an act added to the catalog is fuzzed without
changing this file.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from decimal import Decimal
from typing import Any

import attrs
import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

from penalties import Assessment, InvalidFactError, Money, PenaltiesError, assess, assessment_schema, catalog

ARTICLES = catalog()
VALIDATOR = jsonschema.Draft202012Validator(assessment_schema())

hostile = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.just(10**5000),
    st.just(-(10**5000)),
    st.just("9" * 5000),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.fractions(),
    st.text(max_size=20),
    st.sampled_from(["", " ", "１٢٣", "۱۴۰۳/۰۴/۰۴", "1403/04/04", "1388/03/05", "0000/00/00", "نامعلوم", "非法所得"]),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31)),
    st.builds(Money, st.integers(min_value=-(10**6), max_value=10**20), st.sampled_from(["CNY", "IRR"])),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=8), st.integers(min_value=-5, max_value=10**7), max_size=3),
    st.sets(st.text(max_size=12), max_size=3),
)


@st.composite
def hostile_cases(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    entry = draw(st.sampled_from(ARTICLES))
    names = [field.name for field in attrs.fields(entry.act.facts_type)]
    valid_circumstances = sorted(c.value for c in entry.circumstances)
    facts: dict[str, Any] = {}
    for name in draw(st.sets(st.sampled_from([*names, "unknown_fact"]))):
        if name == "circumstances" and valid_circumstances and draw(st.booleans()):
            facts[name] = draw(st.sets(st.sampled_from(valid_circumstances)))
        else:
            facts[name] = draw(hostile)
    return entry.id, facts


def _floats(value: Any) -> list[Any]:
    if isinstance(value, float):
        return [value]
    if isinstance(value, dict):
        return [f for v in value.values() for f in _floats(v)]
    if isinstance(value, list):
        return [f for v in value for f in _floats(v)]
    return []


# ``deadline`` guards against hangs on huge numbers (it is not a speed test: 5 s per example).
@settings(deadline=5000)
@given(hostile_cases())
def test_hostile_facts_raise_only_typed_errors_and_results_stay_exact(case):
    article_id, facts = case
    try:
        result = assess(article_id, **facts)
    except InvalidFactError as error:
        assert isinstance(error.field, str) and error.field in str(error)
        assert error.expected and error.expected in str(error)
        return
    except PenaltiesError:
        return
    data = result.to_dict()
    assert _floats(data) == []
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    VALIDATOR.validate(data)


@st.composite
def valid_cases(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    entry = draw(st.sampled_from(ARTICLES))
    start, end = entry.in_force
    latest = end or dt.date(2100, 12, 31)
    facts: dict[str, Any] = {"on": draw(st.dates(min_value=start, max_value=latest))}
    valid_circumstances = sorted(c.value for c in entry.circumstances)
    if valid_circumstances:
        facts["circumstances"] = draw(st.sets(st.sampled_from(valid_circumstances), max_size=2))
    names = {field.name for field in attrs.fields(entry.act.facts_type)}
    if "illegal_gains" in names:
        facts["illegal_gains"] = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=10**15)))
    if "offender" in names:
        facts["offender"] = draw(st.sampled_from(["organisation", "individual"]))
    return entry.id, facts


@given(valid_cases())
def test_every_interval_of_every_article_is_ordered_and_non_empty(case):
    article_id, facts = case
    try:
        result = assess(article_id, **facts)
    except PenaltiesError:
        return  # a combination the article refuses (e.g. a fact it requires); typed, so acceptable
    for sanction in result.sanctions:
        if sanction.range is not None:
            low, high = sanction.range.low, sanction.range.high
            assert low <= high
            if not (low < high):
                assert sanction.range.low_closed and sanction.range.high_closed
    data = result.to_dict()
    VALIDATOR.validate(data)
    # to_dict() -> JSON text -> from_dict() gives back the identical assessment.
    assert Assessment.from_dict(json.loads(json.dumps(data, ensure_ascii=False))) == result


def test_a_date_before_any_act_is_refused_for_every_article():
    for entry in ARTICLES:
        start, _ = entry.in_force
        try:
            assess(entry.id, on=start - dt.timedelta(days=1))
        except PenaltiesError as error:
            assert type(error).__name__ == "NotInForceError", (entry.id, error)
        else:
            raise AssertionError(f"{entry.id} assessed before {start}")


def test_same_results_from_eight_threads():
    cases = [
        ("cn.dsl.47", {"illegal_gains": gains, "on": dt.date(2024, 1, 1)})
        for gains in (0, 99_999, 100_000, 100_001, 10**9, Decimal("123456.78"))
    ] + [(entry.id, {"on": entry.in_force[0]}) for entry in ARTICLES]
    expected = []
    for article_id, facts in cases:
        try:
            expected.append(assess(article_id, **facts))
        except PenaltiesError as error:
            expected.append(type(error))
    results: list[list[Any]] = [[] for _ in range(8)]
    barrier = threading.Barrier(8)

    def work(slot: int) -> None:
        barrier.wait()
        for _ in range(20):
            for article_id, facts in cases:
                try:
                    results[slot].append(assess(article_id, **facts))
                except PenaltiesError as error:
                    results[slot].append(type(error))

    threads = [threading.Thread(target=work, args=(slot,)) for slot in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for slot in range(8):
        assert results[slot] == expected * 20


@given(st.one_of(hostile, st.text(max_size=200)))
def test_hostile_article_ids_raise_unknown_article(article_id):
    from penalties import UnknownArticleError, article

    try:
        found = article(article_id)
    except UnknownArticleError as error:
        assert "unknown article id" in str(error)
        return
    assert found in ARTICLES

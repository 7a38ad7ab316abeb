"""JSON: every assessment validates against the published schema and round-trips exactly."""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from penalties import Assessment, InvalidFactError, Money, article, assess, assessment_schema, catalog
from penalties.core.errors import PenaltiesError
from penalties.core.readings import reading_values
from penalties.law.cn.criminal_general import InformationClass
from penalties.render.codec import facts_from_json, param_from_json

VALIDATOR = jsonschema.Draft202012Validator(assessment_schema())


def every_assessment() -> list[Assessment]:
    """A broad sample: every article, offender, circumstance, several gains and dates."""
    made = []
    for entry in catalog():
        names = entry.act.facts_type.field_names()
        circumstance_sets: list[set[str]] = [set()] + [{c.value} for c in entry.circumstances]
        for offender in ("organisation", "individual"):
            for circumstances in circumstance_sets:
                for gains in (None, 50_000, "40000000/3") if "illegal_gains" in names else (None,):
                    facts: dict[str, Any] = {"offender": offender, "circumstances": circumstances, "on": "2024-05-01"}
                    if gains is not None:
                        facts["illegal_gains"] = gains
                    try:
                        made.append(entry.assess(**facts))
                    except PenaltiesError:
                        continue
    return made


ASSESSMENTS = every_assessment()


def test_the_sample_is_broad() -> None:
    assert len(ASSESSMENTS) > 300
    assert {a.article_id for a in ASSESSMENTS} >= {a.id for a in catalog("cn.dsl")}


def test_every_assessment_validates_and_round_trips_exactly() -> None:
    # jsonschema takes milliseconds per document: validate each distinct shape of result (article,
    # tier, offender, gains given or not) and round-trip every one.
    shapes = set()
    for a in ASSESSMENTS:
        data = a.to_dict()
        shape = (a.article_id, a.tier, a.facts.offender, a.facts.gains() is None, len(a.trace))
        if shape not in shapes:
            shapes.add(shape)
            VALIDATOR.validate(data)
        text = json.dumps(data, ensure_ascii=False)
        again = Assessment.from_dict(json.loads(text))
        assert again == a, a.article_id
        assert again.to_dict() == data


def test_a_round_tripped_assessment_explains_the_same() -> None:
    for a in ASSESSMENTS[::25]:
        assert Assessment.from_dict(a.to_dict()).explain("fa_IR") == a.explain("fa_IR")


def test_no_float_anywhere_in_the_json() -> None:
    def walk(value: object) -> None:
        assert not isinstance(value, float)
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for a in ASSESSMENTS[:200]:
        walk(a.to_dict())


@given(
    gains=st.one_of(
        st.none(),
        st.integers(min_value=0, max_value=10**30),
        st.fractions(min_value=0, max_value=10**12, max_denominator=10**6),
    ),
    article_id=st.sampled_from(["cn.dsl.45.1", "cn.dsl.46", "cn.dsl.47", "cn.dsl.48.2"]),
    offender=st.sampled_from(["organisation", "individual"]),
)
def test_round_trip_property(gains: int | Fraction | None, article_id: str, offender: str) -> None:
    try:
        a = assess(article_id, illegal_gains=gains, offender=offender, on="2024-05-01")
    except PenaltiesError:
        return
    data = json.loads(json.dumps(a.to_dict()))
    VALIDATOR.validate(data)
    assert Assessment.from_dict(data) == a


def test_from_dict_refuses_what_to_dict_never_writes() -> None:
    a = assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01")
    data = a.to_dict()
    with pytest.raises(InvalidFactError, match="schema_version"):
        Assessment.from_dict({**data, "schema_version": "0"})
    with pytest.raises(PenaltiesError, match="did you mean"):
        Assessment.from_dict({**data, "article": "cn.dsl.74"})
    with pytest.raises(InvalidFactError):
        Assessment.from_dict([])  # type: ignore[arg-type]
    # The schema's exact number: to_dict() never writes an exponent, so from_dict() does not read one.
    exponent = {**data, "facts": {**data["facts"], "illegal_gains": {"amount": "1.5e3", "currency": "CNY"}}}
    with pytest.raises(InvalidFactError) as caught:
        Assessment.from_dict(exponent)
    assert caught.value.field == "facts.illegal_gains.amount"
    with pytest.raises(InvalidFactError) as caught:
        Assessment.from_dict({**data, "facts": {**data["facts"], "illegal_gains": 1.5}})
    assert caught.value.field == "facts.illegal_gains"


def test_facts_accepted_as_json() -> None:
    entry = article("cn.dsl.47")
    facts = facts_from_json(entry, json.loads('{"illegal_gains": "12345.67", "on": "2024-05-01"}'))
    assert facts.illegal_gains == Money(Fraction(1234567, 100), "CNY")
    tiered = facts_from_json(article("cn.dsl.45.1"), json.loads('{"circumstances": ["refused_correction"]}'))
    assert {c.value for c in tiered.circumstances} == {"refused_correction"}
    money = facts_from_json(entry, {"illegal_gains": {"amount": "40000000/3", "currency": "CNY"}, "on": "2024-05-01"})
    assert money.illegal_gains == Money(Fraction(40_000_000, 3), "CNY")
    solar = facts_from_json(entry, {"on": "1403/02/12"})
    assert solar.on.isoformat() == "2024-05-01"
    with pytest.raises(InvalidFactError, match="circumstances"):
        facts_from_json(article("cn.dsl.45.1"), {"circumstances": ["refused"]})
    with pytest.raises(InvalidFactError, match="floats are refused"):
        facts_from_json(entry, json.loads('{"illegal_gains": 1.5}'))
    with pytest.raises(InvalidFactError, match="invalid on="):
        facts_from_json(entry, {"on": "not a date"})
    with pytest.raises(InvalidFactError):
        facts_from_json(entry, ["not", "an", "object"])  # type: ignore[arg-type]
    with pytest.raises(InvalidFactError) as caught:
        facts_from_json(entry, {"colour": "red"})
    assert caught.value.field == "colour"
    assert "a fact that cn.dsl.47 reads: " in str(caught.value)
    assert "illegal_gains" in caught.value.expected and "offender" in caught.value.expected


def test_iranian_facts_as_json_with_solar_hijri_dates() -> None:
    entry = article("ir.ipc.729")
    facts = facts_from_json(entry, {"on": "1399/01/01", "circumstances": ["organised"], "occurrence": 2})
    a = entry.assess(facts)
    assert a == assess("ir.ipc.729", on="1399/01/01", circumstances={"organised"}, occurrence=2)
    assert Assessment.from_dict(json.loads(json.dumps(a.to_dict()))) == a


def test_step_params_come_back_as_the_formula_wrote_them() -> None:
    assert param_from_json("low_factor", "2/3") == Fraction(2, 3)
    assert param_from_json("x", [1, "a"]) == (1, "a")
    assert param_from_json("on", "2024-05-01").isoformat() == "2024-05-01"
    assert param_from_json("tier", "basic") == "basic"


# ---------------------------------------------------------------------------------------------
# Every assessment assess() can make round-trips: every article, every fact its act reads, gains
# up to just below the input cap (the fines of 10x such gains exceed the cap; they are results).

ARTICLES = catalog()
GAINS_CAP = 10**40

amounts = st.one_of(
    st.none(),
    st.integers(min_value=0, max_value=GAINS_CAP - 1),
    st.just(GAINS_CAP - 1),
    st.fractions(min_value=0, max_value=GAINS_CAP - 1, max_denominator=10**6),
)


@st.composite
def catalogued_cases(draw: st.DrawFn) -> tuple[Any, dict[str, Any]]:
    entry = draw(st.sampled_from(ARTICLES))
    facts_type = entry.act.facts_type
    reads = sorted(entry.facts_read)
    start, end = entry.in_force
    facts: dict[str, Any] = {"on": draw(st.dates(min_value=start, max_value=end or dt.date(2100, 12, 31)))}
    for name in reads:
        if name == "offender":
            facts[name] = draw(st.sampled_from(["organisation", "individual"]))
        elif name in {"illegal_gains", "business_profit", "securities_turnover", "futures_margin"}:
            facts[name] = draw(amounts)
        elif name == "circumstances" and entry.circumstances:
            facts[name] = draw(st.sets(st.sampled_from(sorted(c.value for c in entry.circumstances)), max_size=2))
        elif name == "readings":
            values = reading_values(type(facts_type().readings))  # type: ignore[attr-defined]
            facts[name] = {key: draw(st.sampled_from(choices)) for key, choices in values.items()}
        elif name == "information_items":
            classes = st.sampled_from([c.value for c in InformationClass])
            facts[name] = draw(st.dictionaries(classes, st.integers(min_value=0, max_value=10**7), max_size=3))
        elif name in {"insider", "minor", "lawful_business_purchase"}:
            facts[name] = draw(st.booleans())
        elif name == "constitutes_crime":
            facts[name] = draw(st.sampled_from([None, True, False]))
        elif name == "occurrence":
            facts[name] = draw(st.integers(min_value=1, max_value=5))
        elif name in {"recipients", "occasions"}:
            facts[name] = draw(st.one_of(st.none(), st.integers(min_value=1, max_value=20)))
    return entry, facts


def _round_trips(a: Assessment) -> None:
    data = a.to_dict()
    again = Assessment.from_dict(json.loads(json.dumps(data, ensure_ascii=False)))
    assert again == a, a.article_id
    assert hash(again) == hash(a)
    assert again.to_dict() == data


@settings(max_examples=300, deadline=None)
@given(catalogued_cases())
def test_every_assessment_of_every_article_round_trips(case: tuple[Any, dict[str, Any]]) -> None:
    entry, facts = case
    try:
        a = entry.assess(**facts)
    except PenaltiesError:
        return  # facts the article refuses (typed): nothing to read back
    _round_trips(a)


def test_gains_just_below_the_cap_round_trip_for_every_article() -> None:
    read = 0
    for entry in ARTICLES:
        if "illegal_gains" not in entry.act.facts_type.field_names():
            continue
        for gains in (GAINS_CAP - 1, Fraction(GAINS_CAP - 1, 3)):
            try:
                a = entry.assess(illegal_gains=gains, on=entry.in_force[0])
            except PenaltiesError:
                continue
            VALIDATOR.validate(a.to_dict())
            _round_trips(a)
            read += 1
    assert read >= 3

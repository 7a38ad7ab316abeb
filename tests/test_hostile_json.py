"""Hostile JSON: ``Assessment.from_dict`` and ``facts_from_json`` let only the library's errors out.

Real documents of several articles (PRC and Iranian) are mutated - a key deleted or added, any
value replaced by a hostile one (wrong types, ``"false"``, 100 KB strings, nesting 10**5 deep,
exponent bombs, floats, NaN, another currency, unknown enumeration values, objects in place of
text) - by hypothesis and by a fixed-seed corpus. The property: reading a mutated document
either raises a :class:`PenaltiesError` (an :class:`InvalidFactError` naming a JSON path, or an
:class:`UnknownArticleError`) or gives an assessment that hashes, round-trips and validates
against the published schema; and every document is read fast.
"""

from __future__ import annotations

import json
import pickle
import random
import time
from collections.abc import Iterator
from fractions import Fraction
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from penalties import Assessment, InvalidFactError, Money, article, assess, assessment_schema, catalog
from penalties.core.errors import CurrencyMismatchError, PenaltiesError, UnknownArticleError
from penalties.render.codec import MAX_PARAM_DEPTH, MAX_TEXT, facts_from_json, param_from_json

pytestmark = pytest.mark.timeout(60)

VALIDATOR = jsonschema.Draft202012Validator(assessment_schema())

#: Cases whose documents cover every shape of the JSON form: gains multiples, tiers, item counts,
#: a date param, terms, fractions of rials, readings, Art 748 for a legal person, notes.
CASES: list[tuple[str, dict[str, Any]]] = [
    ("cn.dsl.47", {"illegal_gains": 250_000, "on": "2024-05-01"}),
    ("cn.dsl.45.1", {"circumstances": {"refused_correction"}, "offender": "individual", "on": "2024-05-01"}),
    ("cn.cl.253-1", {"information_items": {"trajectory": 60}, "on": "2024-05-01"}),
    ("cn.cl.180", {"on": "2010-05-01", "circumstances": {"serious"}}),
    ("cn.cl.180", {"securities_turnover": 60_000_000, "offender": "organisation", "on": "2024-05-01"}),
    ("cn.idcard.19", {"illegal_gains": 100, "on": "2024-05-01"}),
    ("ir.ipc.729", {"on": "1399/01/01", "circumstances": {"organised"}, "occurrence": 2}),
    ("ir.ipc.729", {"on": "1403/04/04", "offender": "legal_person"}),
    ("ir.ipc.742.n1", {"on": "1403/04/04"}),
    ("ir.ipc.748", {"on": "1403/04/04", "offender": "legal_person"}),
]
ASSESSMENTS = [assess(article_id, **facts) for article_id, facts in CASES]
DOCUMENTS = [json.loads(json.dumps(a.to_dict(), ensure_ascii=False)) for a in ASSESSMENTS]


def _deep(depth: int, container: str) -> Any:
    value: Any = "bottom"
    for _ in range(depth):
        value = [value] if container == "list" else {"a": value}
    return value


DEEP_LIST = _deep(10**5, "list")
DEEP_DICT = _deep(10**5, "dict")
HUGE = "9" * 100_000
HUGE_TEXT = "x" * 100_000

#: Values put in place of any value of a document (shared objects: never copied).
HOSTILE: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    7,
    10**50,
    -(10**50),
    10**5000,
    1.5,
    float("nan"),
    float("inf"),
    "",
    "false",
    "true",
    "null",
    HUGE,
    HUGE_TEXT,
    "1e999999999",
    "1e-5000",
    "12,5",
    "1/0",
    "-5",
    "0100",
    "2/4",
    "NaN",
    "2024-02-30",
    "1403-02-12",
    "CNY",
    "IRR",
    "USD",
    "detention",
    "shall ",
    "Fine",
    [],
    [[1]],
    ["refused_correction", "refused_correction"],
    [None, 1.5],
    {},
    {"a": {"b": {"c": {}}}},
    {1: "non-str key"},
    {"amount": "1", "currency": "IRR"},
    {"amount": "1", "currency": "CNY"},
    {"amount": "1e999999999", "currency": "CNY"},
    {"amount": "1", "unit": "year"},
    {"amount": "-1", "unit": "day"},
    {
        "low": {"amount": "5", "unit": "day"},
        "high": {"amount": "1", "unit": "day"},
        "low_closed": True,
        "high_closed": True,
    },
    {"act_id": "cn.dsl", "act": "x", "article": "1", "paragraph": True},
    DEEP_LIST,
    DEEP_DICT,
    list(range(100_000)),
    ("a", "tuple"),
    {"a", "set"},
    b"bytes",
    Fraction(1, 3),
    Money(1, "CNY"),
]
#: Keys added to objects.
EXTRA_KEYS: list[Any] = ["extra", "", HUGE_TEXT, 1, None, "range", "paragraph", "readings"]

Path = tuple[Any, ...]


def locations(value: Any, path: Path = ()) -> Iterator[Path]:
    """Every path to a value inside a document (the root excluded)."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*path, key)
            yield from locations(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield (*path, index)
            yield from locations(item, (*path, index))


def containers(value: Any, path: Path = ()) -> Iterator[Path]:
    """Every path to an object inside a document (the root included)."""
    if isinstance(value, dict):
        yield path
        for key, item in value.items():
            yield from containers(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from containers(item, (*path, index))


def mutated(document: Any, path: Path, operation: str, value: Any = None) -> Any:
    """A copy of ``document`` (only the containers on ``path`` are copied) with one change at ``path``."""
    if not path:
        assert operation == "add"
        copy = dict(document)
        copy[value[0]] = value[1]
        return copy
    copy = dict(document) if isinstance(document, dict) else list(document)
    head, rest = path[0], path[1:]
    if rest or operation == "add":
        copy[head] = mutated(document[head], rest, operation, value)
    elif operation == "delete":
        del copy[head]
    else:
        copy[head] = value
    return copy


def check(document: Any) -> str:
    """Read a hostile document; only typed errors may escape; anything read must be a sound assessment."""
    started = time.perf_counter()
    try:
        result = Assessment.from_dict(document)
    except InvalidFactError as error:
        elapsed = time.perf_counter() - started
        assert isinstance(error.field, str) and error.field
        assert len(error.field) <= 400, error.field
        message = str(error)
        assert error.field in message and error.expected in message
        assert len(message) < 2_000 + len(error.expected)
        assert elapsed < 1.0, (elapsed, message)
        # The error keeps no value too deep or too large to pickle (it may cross a process).
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is type(error) and str(again) == message and again.field == error.field
        return "refused"
    except UnknownArticleError:
        assert time.perf_counter() - started < 1.0
        return "refused"
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0, elapsed
    hash(result)
    # What the reader accepts, the published schema accepts too.
    VALIDATOR.validate(document)
    data = result.to_dict()
    assert Assessment.from_dict(data) == result
    assert Assessment.from_dict(json.loads(json.dumps(data, ensure_ascii=False))) == result
    VALIDATOR.validate(data)
    return "accepted"


def mutation_space(document: Any) -> list[tuple[str, Path, Any]]:
    space: list[tuple[str, Path, Any]] = []
    for path in locations(document):
        space.append(("delete", path, None))
        space.extend(("replace", path, value) for value in HOSTILE)
    for path in containers(document):
        space.extend(("add", path, (key, value)) for key in EXTRA_KEYS for value in ("x", 1, None, [1]))
    return space


def apply(document: Any, mutation: tuple[str, Path, Any]) -> Any:
    operation, path, value = mutation
    return mutated(document, path, operation, value)


def corpus(size: int, seed: int = 20240501) -> list[tuple[int, tuple[str, Path, Any]]]:
    """A fixed sample of mutations over every document."""
    rng = random.Random(seed)
    everything = [(i, m) for i, document in enumerate(DOCUMENTS) for m in mutation_space(document)]
    return rng.sample(everything, size)


def test_the_documents_are_real_and_round_trip() -> None:
    assert {a.article_id.split(".")[0] for a in ASSESSMENTS} == {"cn", "ir"}
    for a, document in zip(ASSESSMENTS, DOCUMENTS, strict=True):
        VALIDATOR.validate(document)
        assert Assessment.from_dict(document) == a
        hash(Assessment.from_dict(document))


def test_fixed_seed_corpus_of_mutations() -> None:
    outcomes = {"refused": 0, "accepted": 0}
    for index, mutation in corpus(3_000):
        outcomes[check(apply(DOCUMENTS[index], mutation))] += 1
    # Most mutations break a document; some are harmless (another title text, a param value).
    assert outcomes["refused"] > 2_000 and outcomes["accepted"] > 0


@st.composite
def mutations(draw: st.DrawFn) -> Any:
    document = draw(st.sampled_from(DOCUMENTS))
    operation = draw(st.sampled_from(["delete", "replace", "replace", "replace", "add"]))
    if operation == "add":
        path = draw(st.sampled_from(list(containers(document))))
        key = draw(st.one_of(st.sampled_from(EXTRA_KEYS), st.text(max_size=8)))
        return mutated(document, path, "add", (key, draw(st.sampled_from(HOSTILE))))
    path = draw(st.sampled_from(list(locations(document))))
    if operation == "delete":
        return mutated(document, path, "delete")
    value = draw(
        st.one_of(
            st.sampled_from(HOSTILE),
            st.text(max_size=30),
            st.integers(),
            st.floats(),
            st.lists(st.one_of(st.none(), st.integers(), st.text(max_size=5)), max_size=4),
            st.dictionaries(st.text(max_size=6), st.one_of(st.none(), st.integers(), st.text(max_size=5)), max_size=3),
        )
    )
    return mutated(document, path, "replace", value)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutations())
def test_mutated_documents_raise_only_typed_errors(document: Any) -> None:
    check(document)


# ---------------------------------------------------------------------------------------------
# The explicit reproducers.

DSL = DOCUMENTS[0]
IR = DOCUMENTS[6]


def refused(document: Any, field: str, *, error: type[Exception] = InvalidFactError) -> InvalidFactError:
    started = time.perf_counter()
    with pytest.raises(error) as caught:
        Assessment.from_dict(document)
    assert time.perf_counter() - started < 0.5
    found = caught.value
    assert isinstance(found, InvalidFactError)
    assert found.field == field, (found.field, str(found))
    return found


def test_a_huge_string_in_place_of_the_sanctions_is_refused_at_once() -> None:
    found = refused({**DSL, "sanctions": HUGE_TEXT}, "sanctions")
    assert "a list of sanctions" in str(found)
    assert "100000 characters" in str(found) and len(str(found)) < 300


def test_penal_must_be_a_boolean() -> None:
    found = refused({**DSL, "penal": "false"}, "penal")
    assert "true or false" in found.expected
    refused({**DSL, "penal": 0}, "penal")


def test_an_amount_in_another_currency_is_refused() -> None:
    sanctions = [dict(s) for s in DSL["sanctions"]]
    sanctions[2] = {**sanctions[2], "range": {**sanctions[2]["range"], "low": {"amount": "250000", "currency": "IRR"}}}
    found = refused({**DSL, "sanctions": sanctions}, "sanctions[2].range.low.currency", error=CurrencyMismatchError)
    assert "an amount in CNY" in str(found)
    gains = {**DSL["facts"], "illegal_gains": {"amount": "250000", "currency": "IRR"}}
    refused({**DSL, "facts": gains}, "facts.illegal_gains.currency", error=CurrencyMismatchError)
    # An Iranian document's amounts are in rials.
    ir_sanctions = [dict(s) for s in IR["sanctions"]]
    ir_sanctions[1] = {
        **ir_sanctions[1],
        "range": {**ir_sanctions[1]["range"], "high": {"amount": "20000000", "currency": "CNY"}},
    }
    refused({**IR, "sanctions": ir_sanctions}, "sanctions[1].range.high.currency", error=CurrencyMismatchError)


def test_a_string_is_not_a_list_of_members() -> None:
    combinations = [dict(c) for c in DSL["combinations"]]
    combinations[0]["members"] = "3456"
    found = refused({**DSL, "combinations": combinations}, "combinations[0].members")
    assert "a list of sanctions" in found.expected
    combinations[0]["members"] = [3, 4, 99]
    refused({**DSL, "combinations": combinations}, "combinations[0].members[2]")
    combinations[0]["members"] = [True]
    refused({**DSL, "combinations": combinations}, "combinations[0].members[0]")
    # Groups name earlier combinations only (nested groups are made before the group holding them).
    combinations[0]["members"] = [3]
    combinations[0]["groups"] = [0]
    refused({**DSL, "combinations": combinations}, "combinations[0].groups[0]")


def test_a_dict_tier_and_nested_dicts_in_params_are_refused() -> None:
    refused({**DSL, "tier": {"name": "basic"}}, "tier")
    trace = [dict(step) for step in DSL["trace"]]
    trace[3] = {**trace[3], "params": {**trace[3]["params"], "value": {"nested": {"deeper": 1}}}}
    found = refused({**DSL, "trace": trace}, "trace[3].params.value")
    assert "a range" in found.expected
    trace[3] = {**trace[3], "params": {"value": DEEP_LIST}}
    found = refused({**DSL, "trace": trace}, f"trace[3].params.value{'[0]' * MAX_PARAM_DEPTH}")
    assert f"at most {MAX_PARAM_DEPTH} deep" in found.expected
    # The deep value is not kept in the error: a summary stands in for it.
    assert repr(found.value) == "<list of 1 item>"
    assert len(pickle.dumps(found.value)) < 200


def test_lists_in_params_come_back_as_tuples_and_the_assessment_hashes() -> None:
    trace = [dict(step) for step in DSL["trace"]]
    trace[3] = {**trace[3], "params": {**trace[3]["params"], "cases": [["a", 1], [None, True]]}}
    read = Assessment.from_dict({**DSL, "trace": trace})
    assert read.trace[3].param("cases") == (("a", 1), (None, True))
    hash(read)
    assert Assessment.from_dict(read.to_dict()) == read


@pytest.mark.parametrize("amount", ["1e999999999", "1e-5000", "12,5", "1.5", "0100", "2/4", "5/1", "-0", "1/0", " 1"])
def test_amounts_are_read_only_as_to_dict_writes_them(amount: str) -> None:
    sanctions = [dict(s) for s in DSL["sanctions"]]
    sanctions[2] = {**sanctions[2], "range": {**sanctions[2]["range"], "high": {"amount": amount, "currency": "CNY"}}}
    refused({**DSL, "sanctions": sanctions}, "sanctions[2].range.high.amount")
    gains = {**DSL["facts"], "illegal_gains": {"amount": amount, "currency": "CNY"}}
    refused({**DSL, "facts": gains}, "facts.illegal_gains.amount")


def test_an_empty_range_and_a_range_of_the_wrong_quantity_are_refused() -> None:
    sanctions = [dict(s) for s in DSL["sanctions"]]
    fine = sanctions[2]["range"]
    sanctions[2] = {**sanctions[2], "range": {**fine, "low": fine["high"], "high": fine["low"]}}
    refused({**DSL, "sanctions": sanctions}, "sanctions[2].range")
    sanctions[2] = {**sanctions[2], "range": {**fine, "low": {"amount": "1", "unit": "year"}}}
    refused({**DSL, "sanctions": sanctions}, "sanctions[2].range.high")
    months = {"amount": "1", "unit": "month"}
    sanctions[2] = {**sanctions[2], "range": {**fine, "low": months, "high": months}}
    found = refused({**DSL, "sanctions": sanctions}, "sanctions[2].range")
    assert "a range of money" in found.expected


def test_unknown_keys_missing_keys_and_enumerations_name_their_path() -> None:
    found = refused({**DSL, "colour": "red"}, "colour")
    assert "no such key" in found.expected and "schema_version" in found.expected
    without = {key: value for key, value in DSL.items() if key != "notes"}
    found = refused(without, "notes")
    assert repr(found.value) == "<missing>"
    sanctions = [dict(s) for s in DSL["sanctions"]]
    sanctions[1] = {**sanctions[1], "kind": "detention"}
    found = refused({**DSL, "sanctions": sanctions}, "sanctions[1].kind")
    assert "'fine'" in found.expected
    refused({**DSL, "facts": {**DSL["facts"], "circumstances": ["organised"]}}, "facts.circumstances[0]")
    refused({**DSL, "facts": {**DSL["facts"], "offender": "unit"}}, "facts.offender")
    refused(
        {**DSL, "facts": {**DSL["facts"], "readings": {"art47_business_measures": "x"}}},
        "facts.readings.art47_business_measures",
    )
    found = refused({**DSL, "facts": {**DSL["facts"], "colour": "red"}}, "facts.colour")
    assert "illegal_gains" in found.expected
    refused({**DSL, "basis": {**DSL["basis"], "act_id": "ir.ipc"}}, "basis.act_id")
    refused({**DSL, "article": "CN.DSL.47"}, "article")
    # A fact of the act that the article does not read (assess() refuses it too).
    found = refused({**IR, "facts": {**IR["facts"], "recipients": 3}}, "facts.recipients")
    assert "ir.ipc.729 does not read this fact" in found.expected
    with pytest.raises(UnknownArticleError, match="did you mean"):
        Assessment.from_dict({**DSL, "article": "cn.dsl.74"})
    trace = [dict(step) for step in DSL["trace"]]
    trace[0] = {**trace[0], "params": {"a key": 1.5}}
    found = refused({**DSL, "trace": trace}, "trace[0].params['a key']")
    assert "no JSON number with a fraction" in found.expected


def test_non_json_values_are_refused() -> None:
    refused({**DSL, "sanctions": tuple(DSL["sanctions"])}, "sanctions")
    refused({**DSL, "facts": {**DSL["facts"], "circumstances": {"refused_correction"}}}, "facts.circumstances")
    refused({**DSL, 1: "x"}, "assessment")
    refused({**DSL, "penal": float("nan")}, "penal")


def test_a_document_too_large_is_refused_at_once() -> None:
    trace = [dict(step) for step in DSL["trace"]]
    trace[0] = {**trace[0], "params": {"many": list(range(10**6))}}
    found = refused({**DSL, "trace": trace}, "trace[0].params.many")
    assert "at most" in found.expected
    found = refused({**DSL, "tier": "t" * (MAX_TEXT + 1)}, "tier")


def test_gains_just_below_the_input_cap_round_trip() -> None:
    for gains in (10**40 - 1, Fraction(10**40 - 1, 3)):
        a = assess("cn.dsl.47", illegal_gains=gains, on="2024-05-01")
        assert a.fine is not None and a.fine.high.amount >= 10**40 - 10
        assert Assessment.from_dict(json.loads(json.dumps(a.to_dict()))) == a
    for article_id in ("cn.cl.180", "cn.idcard.19"):
        a = assess(article_id, illegal_gains=10**40 - 1, on="2024-05-01")
        assert Assessment.from_dict(a.to_dict()) == a


def test_param_from_json_refuses_what_a_formula_never_writes() -> None:
    assert param_from_json("share", "6/5") == Fraction(6, 5)
    assert param_from_json("x", [[1], ["a"]]) == ((1,), ("a",))
    with pytest.raises(InvalidFactError) as caught:
        param_from_json("kind", "detention")
    assert caught.value.field == "kind"
    with pytest.raises(InvalidFactError):
        param_from_json("x", {"nested": {}})
    with pytest.raises(InvalidFactError):
        param_from_json("x", "1/0")


# ---------------------------------------------------------------------------------------------
# Facts given as JSON.

ENTRY = article("cn.dsl.47")


def facts_refused(data: Any, field: str, entry: Any = ENTRY) -> InvalidFactError:
    started = time.perf_counter()
    with pytest.raises(InvalidFactError) as caught:
        facts_from_json(entry, data)
    assert time.perf_counter() - started < 0.5
    assert caught.value.field == field, (caught.value.field, str(caught.value))
    return caught.value


def test_facts_from_json_refuses_hostile_facts() -> None:
    facts_refused({"circumstances": [[1]]}, "circumstances[0]")
    facts_refused({"circumstances": [{"a": 1}]}, "circumstances[0]")
    facts_refused({"readings": {"art47_business_measures": {"deep": {}}}}, "readings.art47_business_measures")
    facts_refused({"readings": DEEP_DICT}, "readings" + ".a" * MAX_PARAM_DEPTH)
    facts_refused({1: "x"}, "facts")
    facts_refused({"on": HUGE_TEXT}, "on")
    facts_refused({"illegal_gains": HUGE}, "illegal_gains")
    facts_refused({"illegal_gains": "1e999999999"}, "illegal_gains")
    facts_refused({"illegal_gains": "12,5"}, "illegal_gains")
    facts_refused({"illegal_gains": {"amount": "1", "currency": "IRR"}}, "illegal_gains.currency")
    facts_refused({"illegal_gains": {"amount": [1], "currency": "CNY"}}, "illegal_gains.amount")
    facts_refused({"offender": ["organisation"]}, "offender")
    facts_refused({"offender": HUGE_TEXT}, "offender")
    facts_refused([1, 2], "facts")
    found = facts_refused({"colour": "red"}, "colour")
    reads = "age_at_offence, apl_grounds, circumstances, illegal_gains, offender, on, readings"
    assert f"a fact that cn.dsl.47 reads: {reads}" in str(found)
    # Facts of the act that an article does not read are not offered to it.
    found = facts_refused({"colour": 1}, "colour", article("cn.cl.253-1"))
    assert "information_items" in found.expected and "securities_turnover" not in found.expected
    facts_refused(
        {"information_items": {"trajectory": {"a": 1}}}, "information_items['trajectory']", article("cn.cl.253-1")
    )


def test_facts_from_json_still_reads_what_people_type() -> None:
    facts = facts_from_json(ENTRY, {"illegal_gains": "1,250,000", "on": "1403/02/12"})
    assert facts.illegal_gains == Money(1_250_000, "CNY")
    assert facts.on.isoformat() == "2024-05-01"
    tupled = facts_from_json(article("cn.dsl.45.1"), {"circumstances": ("refused_correction",)})
    assert {c.value for c in tupled.circumstances} == {"refused_correction"}
    from_set = facts_from_json(article("cn.dsl.45.1"), {"circumstances": {"refused_correction"}})
    assert {c.value for c in from_set.circumstances} == {"refused_correction"}


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from([a for a in catalog() if a.id in {"cn.dsl.47", "cn.cl.253-1", "cn.idcard.19", "ir.ipc.729"}]),
    st.dictionaries(
        st.sampled_from(
            [
                "offender",
                "illegal_gains",
                "circumstances",
                "on",
                "readings",
                "information_items",
                "occurrence",
                "insider",
                "constitutes_crime",
                "unknown",
            ]
        ),
        st.sampled_from(HOSTILE),
        max_size=3,
    ),
)
def test_hostile_facts_as_json_raise_only_typed_errors(entry: Any, data: dict[str, Any]) -> None:
    started = time.perf_counter()
    try:
        facts = facts_from_json(entry, data)
    except PenaltiesError as error:
        assert len(str(error)) < 2_000
    else:
        hash(facts)
    assert time.perf_counter() - started < 1.0

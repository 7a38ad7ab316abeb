"""One act under several provisions (Administrative Penalty Law Art 29): one fine, the higher one.

APL Art 29 (law notes china_time_and_sentencing.md §1.9, VERIFIED): "同一个违法行为违反多个法律规范
应当给予罚款处罚的，按照罚款数额高的规定处罚". The figures below are the statutes' own: DSL Art 45
para 1 (china.md §1.1), PIPL Art 66 (china.md §5.2).
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
import re
import subprocess
import sys

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from penalties import (
    Addressee,
    CurrencyMismatchError,
    Interval,
    InvalidFactError,
    Money,
    NotInForceError,
    PenaltiesError,
    SanctionKind,
    UnknownArticleError,
    article,
    assess,
    catalog,
)
from penalties.core.facts import Facts
from penalties.law.cn.concurrence import Concurrence, concur, concurrence_schema
from penalties.render.bidi import strip_isolates

ON = dt.date(2024, 5, 1)
K = SanctionKind
VALIDATOR = jsonschema.Draft202012Validator(concurrence_schema())


def yuan(low: int, high: int) -> Interval[Money]:
    return Interval(Money(low, "CNY"), Money(high, "CNY"))


def up_to(high: int) -> Interval[Money]:
    return Interval(Money(0, "CNY"), Money(high, "CNY"), low_closed=False)


def test_the_higher_maximum_wins_and_the_measures_stay() -> None:
    # DSL 45(1) refused: [500,000, 2,000,000]; PIPL 66(2) with a turnover of 3 billion: (0, 150,000,000]
    c = concur(
        ["cn.dsl.45.1", "cn.pipl.66.2"],
        circumstances={"refused_correction"},
        turnover=3_000_000_000,
        illegal_gains=10_000,
        on=ON,
    )
    assert c.chosen == "cn.pipl.66.2"
    assert c.fine == up_to(150_000_000)
    assert c.persons_fine == yuan(100_000, 1_000_000)  # the chosen provision's persons' fine
    fines = [s for s in c.sanctions if s.kind is K.FINE]
    assert {s.basis.act_id for s in fines} == {"cn.pipl"}  # the DSL fines are not imposed
    # DSL 45(1)'s suspension and revocation measures still apply, with their own citation
    dsl = [s.kind for s in c.measures if s.basis.act_id == "cn.dsl"]
    assert dsl == [
        K.SUSPENSION_OF_BUSINESS,
        K.SUSPENSION_FOR_RECTIFICATION,
        K.REVOCATION_OF_PERMIT,
        K.REVOCATION_OF_LICENCE,
    ]
    # the trace holds both candidates, the reading and the choice
    candidates = [(s.basis.act_id, s.param("range")) for s in c.trace if s.code == "concurrence_candidate"]
    assert candidates == [("cn.dsl", yuan(500_000, 2_000_000)), ("cn.pipl", up_to(150_000_000))]
    assert [s.code for s in c.trace][-3:] == ["reading", "concurrence_chosen", "concurrence_fines_dropped"]


def test_reading_o8_minimum_prefers_the_higher_floor() -> None:
    c = concur(
        ["cn.dsl.45.1", "cn.pipl.66.2"],
        circumstances={"refused_correction"},
        readings={"apl29_higher": "minimum"},
        on=ON,
    )
    assert c.chosen == "cn.dsl.45.1" and c.fine == yuan(500_000, 2_000_000)
    assert c.readings.apl29_higher == "minimum"


def test_equal_fines_take_the_first_listed_and_say_so() -> None:
    # DSL 48(1) shall [50,000, 500,000] and DSL 45(1) basic may [50,000, 500,000]
    c = concur(["cn.dsl.48.1", "cn.dsl.45.1"], on=ON)
    assert c.chosen == "cn.dsl.48.1"
    assert "concurrence_chosen_first_of_equal" in [s.code for s in c.trace]


def test_no_fine_anywhere_gives_no_fine_and_keeps_the_measures() -> None:
    c = concur(["cn.pipl.66.1"], on=ON)  # no refusal: no fine (reading O12 default)
    assert c.chosen is None and c.fine is None
    assert [s.kind for s in c.sanctions][:2] == [K.ORDER_TO_CORRECT, K.WARNING]


def test_each_provision_reads_its_own_facts() -> None:
    c = concur(["cn.dsl.45.1", "cn.pipl.66.2"], turnover=2_000_000_000, on=ON)
    dsl, pipl = c.candidates
    assert "turnover" not in attrs.fields_dict(type(dsl.facts))
    assert pipl.facts.turnover == Money(2_000_000_000, "CNY")


def test_combinations_are_kept_over_the_sanctions_that_remain() -> None:
    c = concur(["cn.dsl.45.1", "cn.pipl.66.1"], circumstances={"refused_correction"}, on=ON)
    for combination in c.combinations:
        assert all(0 <= i < len(c.sanctions) for i in combination.members)
        kinds = {c.sanctions[i].basis for i in combination.members}
        assert len(kinds) == 1  # a group never mixes provisions


@pytest.mark.parametrize(
    ("provisions", "facts", "error", "field"),
    [
        (["cn.dsl.99"], {}, UnknownArticleError, None),
        (["cn.dsl.45.1", "cn.cl.253-1"], {}, InvalidFactError, "provisions"),  # criminal, not APL
        (["ir.ipc.729"], {}, InvalidFactError, "provisions"),
        (["cn.pipl.67"], {}, InvalidFactError, "provisions"),  # sets no penalty
        (["cn.dsl.45.1", "cn.dsl.45.1"], {}, InvalidFactError, "provisions"),
        ([], {}, InvalidFactError, "provisions"),
        ("cn.dsl.45.1", {}, InvalidFactError, "provisions"),  # a text, not a list
        (["cn.dsl.45.1"] * 60, {}, InvalidFactError, "provisions"),
        (["cn.dsl.45.1"], {"turnover": 5}, InvalidFactError, "turnover"),  # no provision reads it
        (["cn.dsl.45.1"], {"circumstances": {"organised"}}, InvalidFactError, "circumstances"),
        (["cn.dsl.45.1"], {"readings": {"nope": "x"}}, InvalidFactError, "readings"),
        (["cn.dsl.45.1"], {"readings": {"apl29_higher": "lowest"}}, InvalidFactError, "readings.apl29_higher"),
        (["cn.dsl.45.1"], {"illegal_gains": 1.5}, InvalidFactError, None),
        (["cn.dsl.45.1", "cn.pipl.66.2"], {"on": "2021-10-01"}, NotInForceError, None),
        (["cn.dsl.45.1"], {"on": "yesterday"}, InvalidFactError, "on"),
    ],
)
def test_bad_input_is_one_typed_error(provisions, facts, error, field) -> None:
    with pytest.raises(error) as caught:
        concur(provisions, **({"on": ON} | facts))
    assert isinstance(caught.value, PenaltiesError)
    if field is not None:
        assert caught.value.field == field
    assert type(pickle.loads(pickle.dumps(caught.value))) is type(caught.value)


def test_amounts_in_different_currencies_are_refused() -> None:
    @attrs.frozen
    class RialFacts(Facts):
        CURRENCY = "IRR"

    pipl = article("cn.pipl.66.1")
    act = attrs.evolve(pipl.act, currency="IRR", facts_type=RialFacts)
    other = attrs.evolve(article("cn.dsl.48.1"), act=act, id="cn.pipl.99")
    with pytest.raises(CurrencyMismatchError):
        concur([pipl, other], on=ON)


def test_json_follows_its_schema_and_holds_no_float() -> None:
    c = concur(["cn.dsl.45.1", "cn.pipl.66.2"], turnover=1_000_000_001, illegal_gains=7, on=ON)
    data = c.to_dict()
    VALIDATOR.validate(data)
    assert "." not in re.sub(r'"[^"]*"', "", json.dumps(data))  # no JSON number with a fraction
    assert data["chosen"] == "cn.pipl.66.2"
    assert data["fine"]["high"] == {"amount": "1000000001/20", "currency": "CNY"}  # 5% of 1,000,000,001 = 50,000,000.05


def test_the_schema_shares_the_assessment_definitions() -> None:
    from penalties import assessment_schema

    ours, theirs = concurrence_schema(), assessment_schema()
    for name, definition in theirs["$defs"].items():
        assert ours["$defs"][name] == definition
    top = {k: v for k, v in theirs.items() if k not in ("$schema", "$id", "$defs", "title", "description")}
    assert ours["$defs"]["assessment"] == top


LATIN = re.compile(r"[A-Za-z]+")
ARTICLE_ID = re.compile(r"(?<![A-Za-z0-9])cn\.[a-z]+\.[0-9a-z.\-]+")


@pytest.mark.parametrize("locale", ["zh_CN", "fa_IR", "ar"])
def test_explanations_hold_no_latin_letters(locale: str) -> None:
    for provisions in (["cn.dsl.45.1", "cn.pipl.66.2"], ["cn.dsl.48.1", "cn.dsl.45.1"], ["cn.pipl.66.1"]):
        c = (
            concur(provisions, turnover=2_000_000_000, on=ON)
            if "cn.pipl.66.2" in provisions
            else concur(provisions, on=ON)
        )
        for text in (c.explain(locale), c.to_html(locale)):
            text = re.sub(r"<style>.*?</style>", "", text, flags=re.S)
            plain = ARTICLE_ID.sub("", strip_isolates(re.sub(r"<[^>]+>", "", text)))
            plain = re.sub(r"&[a-z]+;|digits-[a-z]+|penalties[-a-z]*", "", plain)
            assert not LATIN.findall(plain), (provisions, LATIN.findall(plain))


def test_html_is_right_to_left_for_persian_and_arabic() -> None:
    c = concur(["cn.dsl.45.1", "cn.pipl.66.1"], on=ON)
    assert 'dir="rtl"' in c.to_html("fa_IR") and 'dir="rtl"' in c.to_html("ar")
    assert c.to_html("en", document=True).startswith("<!DOCTYPE html>")
    assert "cn.dsl.45.1" in c.explain("ms") and "denda" in c.explain("ms")


FINING = [
    a.id
    for a in catalog()
    if a.act.id in ("cn.dsl", "cn.pipl", "cn.csl")
    and a.penal
    and a.in_force[0] <= ON
    and (a.version_on(ON) is not None)
]
NAMES = sorted({c.value for p in FINING for c in article(p).circumstances})


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.sampled_from(FINING), min_size=1, max_size=4, unique=True),
    st.sets(st.sampled_from(NAMES)),
    st.one_of(st.none(), st.integers(min_value=1, max_value=10**13)),
    st.integers(min_value=1, max_value=10**9),
    st.sampled_from(["organisation", "individual"]),
)
def test_never_below_any_single_provisions_maximum(provisions, circumstances, turnover, gains, offender) -> None:
    # DSL, PIPL and the 2016 Cybersecurity Law on one day of 2024, under the default reading (O8: maximum)
    named = {c.value for p in provisions for c in article(p).circumstances}
    facts = {"circumstances": circumstances & named, "on": ON, "offender": offender}
    if turnover is not None and "cn.pipl.66.2" in provisions:
        facts["turnover"] = turnover
    if any("illegal_gains" in article(p).facts_read for p in provisions):
        facts["illegal_gains"] = gains
    if "cn.csl.65" in provisions:
        facts["procurement_amount"] = gains
    c = concur(provisions, **facts)
    for candidate in c.candidates:
        single = candidate.fine
        if single is not None:
            assert c.fine is not None
            assert (c.fine.high.amount, c.fine.high_closed) >= (single.high.amount, single.high_closed)
    assert sum(1 for s in c.sanctions if s.kind is K.FINE and s.addressee is Addressee.OFFENDER) <= 1
    # every non-fine sanction of every provision is kept
    kept = [s for s in c.sanctions if s.kind is not K.FINE]
    assert kept == [s for a in c.candidates for s in a.sanctions if s.kind is not K.FINE]


def test_a_single_provision_is_its_own_assessment() -> None:
    c = concur(["cn.pipl.66.2"], turnover=4_000_000_000, on=ON)
    a = assess("cn.pipl.66.2", turnover=4_000_000_000, on=ON)
    assert c.sanctions == a.sanctions and c.fine == a.fine


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "penalties", *args], capture_output=True, text=True, check=False)


def test_command_line() -> None:
    done = _cli(
        "concur", "cn.dsl.45.1", "cn.pipl.66.2", "--fact", "turnover=3000000000", "--on", "2024-05-01", "--json"
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    VALIDATOR.validate(data)
    assert data["chosen"] == "cn.pipl.66.2"
    done = _cli("concur", "cn.dsl.45.1", "cn.pipl.66.1", "--circumstance", "refused_correction", "--on", "2024-05-01")
    assert done.returncode == 0 and "Art 29" in done.stdout
    done = _cli("concur", "cn.dsl.45.1", "cn.cl.253-1", "--json")
    assert done.returncode == 1 and json.loads(done.stderr)["field"] == "provisions"
    done = _cli("concur-schema")
    assert json.loads(done.stdout)["title"] == "penalties Concurrence"


def test_json_round_trip_and_tampering() -> None:
    c = concur(["cn.dsl.45.1", "cn.pipl.66.2"], circumstances={"refused_correction"}, turnover=3_000_000_000, on=ON)
    data = json.loads(json.dumps(c.to_dict()))
    assert Concurrence.from_dict(data) == c
    tampered = json.loads(json.dumps(c.to_dict()))
    tampered["chosen"] = "cn.dsl.45.1"  # the lower fine: APL Art 29 does not allow it
    with pytest.raises(InvalidFactError) as caught:
        Concurrence.from_dict(tampered)
    assert caught.value.field == "concurrence"
    for bad in ({}, [], {**data, "extra": 1}, {**data, "schema_version": "2"}, {**data, "candidates": []}):
        with pytest.raises(InvalidFactError):
            Concurrence.from_dict(bad)

"""The gains fact belongs to the act: the PRC acts declare ``illegal_gains``, Iran has none.

The core's ``Facts`` holds only what every act has; the gains formulas, the plan, batch and
whatif reach the gains through ``Facts.gains()`` / ``GAINS_FACT`` (see README "Facts").
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, ClassVar

import attrs
import jsonschema
import pytest

from penalties import Assessment, InvalidFactError, article, assess, assessment_schema
from penalties.__main__ import main
from penalties.core.article import Act, Article
from penalties.core.facts import Facts
from penalties.core.formula import GainsMultiple, Provision
from penalties.core.money import Money
from penalties.core.plan import gains_pieces
from penalties.core.sanction import Addressee, Modality, SanctionKind
from penalties.law.cn.criminal_law import CriminalLawFacts
from penalties.law.cn.cybersecurity_law import CslFacts
from penalties.law.cn.data_security_law import DslFacts
from penalties.law.cn.gains import GainsFacts
from penalties.law.cn.id_card_law import IdCardFacts
from penalties.law.cn.pipl import PiplFacts
from penalties.law.ir.facts import IrFacts

ON = "2024-05-01"

# The JSON keys of the PRC facts, in order, as every earlier release wrote them: the gains stand
# before the circumstances whichever class declares the offender.
PRC_HEAD = {
    DslFacts: ("offender", "illegal_gains", "circumstances", "on", "offence_date", "readings"),
    PiplFacts: ("offender", "illegal_gains", "circumstances", "on", "offence_date", "turnover", "readings"),
    CslFacts: ("offender", "illegal_gains", "circumstances", "on", "offence_date", "procurement_amount"),
    CriminalLawFacts: ("illegal_gains", "circumstances", "on", "offence_date", "offender", "information_items"),
    IdCardFacts: ("illegal_gains", "circumstances", "on", "offence_date", "offender", "constitutes_crime"),
}


def test_the_core_facts_have_no_gains() -> None:
    assert [field.name for field in attrs.fields(Facts)] == ["offender", "circumstances", "on", "offence_date"]
    assert Facts.GAINS_FACT is None
    assert IrFacts.GAINS_FACT is None and "illegal_gains" not in IrFacts.field_names()
    assert IrFacts(on=ON).gains() is None
    assert article("ir.ipc.729").act.gains_fact is None


@pytest.mark.parametrize("facts_type", list(PRC_HEAD))
def test_every_prc_act_declares_illegal_gains_in_its_old_place(facts_type: type[Facts]) -> None:
    assert issubclass(facts_type, GainsFacts) and facts_type.GAINS_FACT == "illegal_gains"
    head = PRC_HEAD[facts_type]
    assert facts_type.field_names()[: len(head)] == head
    made = facts_type(illegal_gains="1200.50", on=ON)
    assert made.gains() == Money.of("1200.50", "CNY") == made.illegal_gains  # type: ignore[attr-defined]
    assert list(made.to_dict())[: len(head)] == list(head)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(-1, "zero or more"), (1.5, ""), (Money(5, "IRR"), ""), ("abc", "")],
)
def test_the_prc_gains_are_validated_once_naming_the_fact(value: object, expected: str) -> None:
    with pytest.raises(InvalidFactError) as caught:
        DslFacts(illegal_gains=value, on=ON)
    assert caught.value.field == "illegal_gains" and expected in caught.value.expected


def test_prc_json_keeps_its_keys_and_iranian_json_drops_the_gains() -> None:
    # DSL Art 47 (2021): gains of 100,000 yuan or more, a fine of one to ten times the gains.
    dsl = assess("cn.dsl.47", illegal_gains=250_000, on=ON)
    data = json.loads(json.dumps(dsl.to_dict()))
    assert list(data["facts"])[:6] == list(PRC_HEAD[DslFacts])
    assert data["facts"]["illegal_gains"] == {"amount": "250000", "currency": "CNY"}
    assert (dsl.fine.low.amount, dsl.fine.high.amount) == (250_000, 2_500_000)
    iran = assess("ir.ipc.729", on=ON)
    data = json.loads(json.dumps(iran.to_dict()))
    assert "illegal_gains" not in data["facts"]
    assert list(data["facts"]) == list(IrFacts.field_names())
    validator = jsonschema.Draft202012Validator(assessment_schema())
    for document in (dsl.to_dict(), iran.to_dict()):
        validator.validate(json.loads(json.dumps(document)))
    assert Assessment.from_dict(data) == iran


def test_an_older_iranian_document_with_null_gains_still_reads() -> None:
    iran = assess("ir.ipc.729", on=ON)
    data = json.loads(json.dumps(iran.to_dict()))
    data["facts"] = {"offender": data["facts"].pop("offender"), "illegal_gains": None, **data["facts"]}
    assert Assessment.from_dict(data) == iran
    data["facts"]["illegal_gains"] = {"amount": "5", "currency": "IRR"}
    with pytest.raises(InvalidFactError) as caught:
        Assessment.from_dict(data)
    assert caught.value.field == "facts.illegal_gains" and "no such key" in caught.value.expected


@attrs.frozen
class _NoGainsFacts(Facts):
    CURRENCY: ClassVar[str] = "EUR"


@attrs.frozen
class _ShadowingFacts(Facts):
    CURRENCY: ClassVar[str] = "EUR"
    GAINS_FACT: ClassVar[str | None] = "gains"

    gains: Any = None  # type: ignore[assignment]


def _act(facts_type: type[Facts]) -> Act:
    return Act(
        id="zz.gains",
        title="Gains Test Act",
        title_original="Gains Test Act",
        jurisdiction="ZZ",
        currency="EUR",
        currency_exponent=2,
        in_force_from=dt.date(2020, 1, 1),
        facts_type=facts_type,
    )


def test_a_gains_term_on_an_act_without_a_gains_fact_is_a_declaration_error() -> None:
    act = _act(_NoGainsFacts)
    basis = act.cite("1")
    with pytest.raises(ValueError, match="no gains fact"):
        Article(
            id="zz.gains.1",
            act=act,
            number="1",
            title="t",
            title_original="t",
            text="t",
            gloss="t",
            formula=Provision(SanctionKind.FINE, Modality.SHALL, basis, GainsMultiple(1, 5)),
        )


def test_a_fact_may_not_hide_a_member_of_facts() -> None:
    with pytest.raises(ValueError, match="hide members of Facts"):
        _act(_ShadowingFacts)


def test_gains_pieces_refuse_an_act_without_a_gains_fact() -> None:
    entry = article("ir.ipc.729")
    with pytest.raises(InvalidFactError) as caught:
        gains_pieces(entry, entry.make_facts({"on": ON}), SanctionKind.FINE, Addressee.OFFENDER)
    assert caught.value.field == "article" and "ir.ipc has none" in caught.value.expected


def test_the_command_line_sets_the_acts_gains_fact(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", "cn.dsl.47", "--gains", "250000", "--on", ON, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["facts"]["illegal_gains"] == {"amount": "250000", "currency": "CNY"}
    assert main(["assess", "ir.ipc.729", "--gains", "5", "--on", ON, "--json"]) == 1
    error = json.loads(capsys.readouterr().err)
    assert error["field"] == "--gains" and "ir.ipc" in error["expected"]

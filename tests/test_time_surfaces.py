"""The two dates through every surface: JSON and its schema, the command line, whatif, batch, locales.

Figures: Art 253-1's 2009 text gives up to 3 years (from 6 months), the 2015 text 3-7 years for
especially serious facts (law notes §2.1); Art 730's fine is 10,000,000-40,000,000 rials as
enacted and 82,500,000-500,000,000 from the 1403 decree (iran.md §2).
"""

from __future__ import annotations

import datetime as dt
import json
import pickle

import jsonschema
import pytest

from penalties import Assessment, InvalidFactError, Money, article, assess, assessment_schema
from penalties.__main__ import main
from penalties.batch import fine_bounds
from penalties.core.interval import Interval
from penalties.render.bidi import strip_isolates
from penalties.render.codec import facts_from_json
from penalties.whatif import amend, reform, sweep_rows

CASES = [
    ("cn.cl.253-1", {"information_items": {"other": 100_000}, "offence_date": "2014-01-01", "on": "2018-06-01"}),
    ("cn.cl.253-1", {"circumstances": {"serious"}, "offence_date": "2009-02-27", "on": "2018-06-01"}),
    ("cn.cl.180", {"futures_margin": 400_000, "offence_date": "1999-12-24", "on": "2020-06-01"}),
    ("ir.ipc.730", {"offence_date": "2020-06-01", "on": "2025-01-01"}),
    (
        "ir.ipc.730",
        {"offence_date": "2020-06-01", "on": "2025-01-01", "readings": {"amounts_basis": "most_favourable"}},
    ),
]


@pytest.mark.parametrize(("article_id", "facts"), CASES)
def test_json_round_trip_and_schema(article_id: str, facts: dict[str, object]) -> None:
    a = assess(article_id, **facts)
    data = json.loads(json.dumps(a.to_dict()))
    jsonschema.validate(data, assessment_schema())
    assert data["facts"]["offence_date"] == facts["offence_date"]
    assert Assessment.from_dict(data) == a
    assert pickle.loads(pickle.dumps(a)) == a


def test_json_without_offence_date_is_null_and_valid() -> None:
    data = assess("cn.dsl.47", illegal_gains=1, on="2024-05-01").to_dict()
    assert data["facts"]["offence_date"] is None
    jsonschema.validate(data, assessment_schema())


def test_schema_refuses_a_malformed_offence_date() -> None:
    data = assess("cn.dsl.47", illegal_gains=1, on="2024-05-01").to_dict()
    data["facts"]["offence_date"] = "1 May 2024"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, assessment_schema())


def test_facts_from_json_read_both_calendars() -> None:
    assert facts_from_json(article("ir.ipc.730"), {"offence_date": "1399/03/12", "on": "1403/10/12"}).offence_date == (
        dt.date(2020, 6, 1)
    )
    with pytest.raises(InvalidFactError) as caught:
        facts_from_json(article("cn.cl.253-1"), {"offence_date": "2014-02-30", "on": "2018-01-01"})
    assert caught.value.field == "offence_date"


@pytest.mark.parametrize("locale", ["en", "zh_CN", "fa_IR", "ar", "ms"])
@pytest.mark.parametrize(("article_id", "facts"), CASES)
def test_explanations_show_the_offence_date(locale: str, article_id: str, facts: dict[str, object]) -> None:
    text = strip_isolates(assess(article_id, **facts).explain(locale))
    html = assess(article_id, **facts).to_html(locale)
    assert text and html
    if locale == "en":
        assert "offence date" in text


# --- command line ---------------------------------------------------------------------------------------


def test_cli_offence_date(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "assess",
            "cn.cl.253-1",
            "--circumstance",
            "especially_serious",
            "--on",
            "2018-06-01",
            "--offence-date",
            "2014-01-01",
            "--json",
        ]
    )
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["facts"]["offence_date"] == "2014-01-01"
    codes = [step["code"] for step in data["trace"]]
    assert "lex_mitior_new_heavier" in codes and "time_chosen_offence" in codes


@pytest.mark.parametrize(
    ("value", "message"),
    [("2014-13-01", "invalid --offence-date='2014-13-01'"), ("2019-01-01", "on or before the decision date")],
)
def test_cli_bad_offence_date(capsys: pytest.CaptureFixture[str], value: str, message: str) -> None:
    code = main(["assess", "cn.cl.253-1", "--on", "2018-06-01", "--offence-date", value])
    assert code == 1
    assert message in capsys.readouterr().err


# --- whatif -----------------------------------------------------------------------------------------------


def test_sweep_offence_date_across_amendment_ix() -> None:
    rows = sweep_rows(
        "cn.cl.253-1",
        "offence_date",
        ["2009-02-27", "2009-02-28", "2015-10-31", "2015-11-01"],
        kind="fixed_term_imprisonment",
        on="2018-06-01",
        information_items={"other": 100_000},
    )
    # Before 2009-02-28 not punishable; under the 2009 text up to 3 years (1,080 days at 360 a year);
    # from 2015-11-01 especially serious, 3-7 years.
    assert [(r["low"], r["high"], r["tier"]) for r in rows] == [
        (None, None, None),
        (180, 1080, "serious"),
        (180, 1080, "serious"),
        (1080, 2520, "especially_serious"),
    ]


def test_sweep_on_across_the_2017_interpretation() -> None:
    rows = sweep_rows(
        "cn.cl.253-1",
        "on",
        ["2017-05-31", "2017-06-01"],
        kind="fixed_term_imprisonment",
        offence_date="2015-10-31",
        information_items={"other": 100_000},
    )
    assert "not determinable" in rows[0]["error"]
    assert (rows[1]["low"], rows[1]["high"]) == (180, 1080)


def test_amend_adds_a_version_and_the_time_rule_weighs_it() -> None:
    from penalties.core.formula import FixedRange, Provision
    from penalties.core.sanction import Modality, SanctionKind

    old = article("cn.dsl.45.1")
    lighter = Provision(
        SanctionKind.FINE, Modality.MAY, old.basis, FixedRange(Interval(Money(1, "CNY"), Money(2, "CNY")))
    )
    new = amend(old, "2030-01-01", instrument="a reform", formula=lighter, text="新文本")
    assert [v.in_force_from for v in new.all_versions()] == [dt.date(2021, 9, 1), dt.date(2030, 1, 1)]
    a = new.assess(offence_date="2029-01-01", on="2030-06-01")
    assert a.fine == Interval(Money(1, "CNY"), Money(2, "CNY"))  # APL Art 37: the new rule is lighter
    assert "lex_mitior_new_lighter" in [s.code for s in a.trace]


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"versions": ["text"]}, "versions"), ({"instrument": 5}, "instrument")],
)
def test_reform_checks_versions(changes: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidFactError) as caught:
        reform("cn.dsl.47", **changes)
    assert caught.value.field == field


def test_reform_refuses_versions_out_of_order() -> None:
    old = article("cn.dsl.47")
    with pytest.raises(InvalidFactError) as caught:
        reform(old, versions=(old.current,))  # the same date as the newest text
    assert caught.value.field == "versions"


# --- batch ------------------------------------------------------------------------------------------------


def test_batch_offence_date_column() -> None:
    bounds = fine_bounds(
        "ir.ipc.730",
        offence_date=["2020-06-01", "2022-01-01", "2024-07-01"],
        on="2025-01-01",
        readings={"amounts_basis": "offence_date"},
    )
    assert bounds.low_num.tolist() == [10_000_000, 25_000_000, 82_500_000]
    assert bounds.high_num.tolist() == [40_000_000, 150_000_000, 500_000_000]
    by_judgment = fine_bounds("ir.ipc.730", offence_date=["2020-06-01", "2022-01-01"], on="2025-01-01")
    assert by_judgment.high_num.tolist() == [500_000_000, 500_000_000]


def test_batch_refuses_a_late_offence_date_naming_the_row() -> None:
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds("ir.ipc.730", offence_date=["2020-06-01", "2025-01-02"], on="2025-01-01")
    assert caught.value.field == "offence_date" and "batch row 1" in caught.value.__notes__


def test_batch_refuses_a_malformed_offence_date_naming_the_field() -> None:
    with pytest.raises(InvalidFactError) as caught:
        fine_bounds("ir.ipc.730", offence_date=["2020-06-01", "not a date"], on="2025-01-01")
    assert caught.value.field == "offence_date"



@pytest.mark.parametrize("locale", ["en", "zh_CN", "fa_IR", "ar", "ms"])
def test_article_html_lists_the_earlier_texts(locale: str) -> None:
    art = article("cn.cl.180")
    html = art.to_html(locale)
    for version in art.versions:
        assert version.text in html
    if locale == "en":
        assert "Earlier text, in force from October 1, 1997: Criminal Law (1997 revision) (SINGLE-SOURCE)" in html

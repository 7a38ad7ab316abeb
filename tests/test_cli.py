"""The command line, run as a user runs it: ``python -m penalties`` in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import cldr
import jsonschema
import pytest

from penalties import Assessment, article, assessment_schema, catalog


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "penalties", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )


def test_no_arguments_prints_the_builtin_example() -> None:
    done = run()
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("PRC Data Security Law, Art 47 (cn.dsl.47)")
    low, high = cldr.money("en", 250_000, "CNY"), cldr.money("en", 2_500_000, "CNY")
    assert f"{low} to {high}, both included" in done.stdout
    assert done.stderr == ""


def test_list_every_article_and_filter_by_act() -> None:
    done = run("list")
    assert done.returncode == 0
    ids = [line.split()[0] for line in done.stdout.splitlines()]
    assert ids == [a.id for a in catalog()]
    only = run("list", "--act", "cn.dsl")
    assert only.returncode == 0
    assert all(line.startswith("cn.dsl.") for line in only.stdout.splitlines())
    assert "(no penalty)" in only.stdout  # Art 44 talks


def test_list_json() -> None:
    done = run("list", "--act", "cn.dsl", "--json")
    data = json.loads(done.stdout)
    assert [entry["id"] for entry in data] == [a.id for a in catalog("cn.dsl")]


def test_list_unknown_act_is_a_library_error() -> None:
    done = run("list", "--act", "cn.dls")
    assert done.returncode == 1
    assert done.stdout == ""
    assert "did you mean 'cn.dsl'" in done.stderr


def test_show_article_formula_and_text() -> None:
    done = run("show", "cn.dsl.47")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("cn.dsl.47: PRC Data Security Law, Art 47")
    assert "Formula:" in out and "1x to 10x the illegal gains" in out
    # DSL Art 47: below 100,000 yuan of gains, a fine of 100,000 to 1,000,000 yuan.
    floor, cap = cldr.money("en", 100_000, "CNY"), cldr.money("en", 1_000_000, "CNY")
    assert f"if there are no gains or they are below {floor}: {floor} to {cap}, both included" in out
    assert "处违法所得一倍以上十倍以下罚款" in out
    assert "Gloss:" in out and "Translation notes:" in out


def test_show_json_is_the_catalog_entry() -> None:
    done = run("show", "cn.dsl.45.1", "--json")
    assert json.loads(done.stdout)["circumstances"] == ["refused_correction", "serious_consequences"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("show", "cn.dsl.45"), "did you mean 'cn.dsl.45.1' or 'cn.dsl.45.2'"),
        (("assess", "cn.dsl.74"), "did you mean 'cn.dsl.49' or 'cn.dsl.47'"),
        (("assess", "cn.dsl.47", "--gains", "1.5x"), "invalid illegal_gains='1.5x'"),
        (("assess", "cn.dsl.47", "--gains", "-5"), "invalid illegal_gains"),
        (("assess", "cn.dsl.45.1", "--circumstance", "refused"), "invalid circumstances='refused'"),
        (("assess", "cn.dsl.47", "--on", "2020-01-01"), "not in force on 2020-01-01"),
        (("assess", "cn.dsl.47", "--locale", "xx"), "unsupported locale 'xx'"),
        (("assess", "cn.dsl.47", "--fact", "colour=red"), "invalid colour='red'"),
    ],
)
def test_library_errors_exit_1_with_the_message_on_stderr(args: tuple[str, ...], expected: str) -> None:
    done = run(*args)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith("penalties: error: ")
    assert expected in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("assess",),
        ("frobnicate",),
        ("assess", "cn.dsl.47", "--bogus"),
        ("assess", "cn.dsl.47", "--fact", "no-equals-sign"),
        ("assess", "cn.dsl.47", "--facts", "{not json"),
        ("assess", "cn.dsl.47", "--facts", "[1, 2]"),
        ("list", "extra"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    done = run(*args)
    assert done.returncode == 2
    assert done.stdout == ""
    assert "usage:" in done.stderr


def test_help_and_version_exit_0() -> None:
    assert run("--help").returncode == 0
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("penalties ")


def test_assess_explains_in_english_by_default() -> None:
    done = run("assess", "cn.dsl.45.1", "--circumstance", "refused_correction", "--on", "2024-05-01")
    assert done.returncode == 0, done.stderr
    low, high = cldr.money("en", 500_000, "CNY"), cldr.money("en", 2_000_000, "CNY")
    assert f"{low} to {high}, both included" in done.stdout


def test_assess_json_validates_and_round_trips() -> None:
    done = run("assess", "cn.dsl.47", "--gains", "12345.67", "--offender", "individual", "--on", "2024-05-01", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    jsonschema.validate(data, assessment_schema())
    assert data["facts"]["illegal_gains"] == {"amount": "1234567/100", "currency": "CNY"}
    again = Assessment.from_dict(data)
    assert again.to_dict() == data


def test_assess_facts_as_json_with_a_solar_hijri_date() -> None:
    facts = json.dumps({"illegal_gains": "250000", "on": "1403/02/12", "circumstances": []})
    done = run("assess", "cn.dsl.47", "--facts", facts, "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["facts"]["on"] == "2024-05-01"
    assert data["sanctions"][2]["range"]["high"] == {"amount": "2500000", "currency": "CNY"}


def test_options_override_facts_json() -> None:
    done = run("assess", "cn.dsl.47", "--facts", '{"illegal_gains": "1"}', "--gains", "300000", "--json")
    assert json.loads(done.stdout)["facts"]["illegal_gains"]["amount"] == "300000"


def test_schema_command_prints_the_published_schema() -> None:
    done = run("schema")
    assert json.loads(done.stdout) == assessment_schema()


def test_console_script_entry_point_is_main() -> None:
    from penalties.__main__ import main

    assert main(["list", "--act", "cn.dsl"]) == 0


def test_assess_in_persian() -> None:
    done = run("assess", "cn.dsl.47", "--gains", "250000", "--on", "2024-05-01", "--locale", "fa_IR")
    assert done.returncode == 0, done.stderr
    assert cldr.number("fa_IR", 250_000) in done.stdout  # Persian digits, CLDR grouping
    assert "1403" not in done.stdout and "۱۴۰۳" in done.stdout


def test_solar_hijri_date_on_the_command_line() -> None:
    done = run("assess", "cn.dsl.47", "--gains", "250000", "--on", "1403/02/12", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["facts"]["on"] == "2024-05-01"


def test_a_terminal_without_unicode_still_gets_the_text_escaped() -> None:
    env = dict(os.environ, PYTHONIOENCODING="ascii", PYTHONUTF8="0")
    done = subprocess.run(
        [sys.executable, "-m", "penalties", "show", "cn.dsl.47"],
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert b"\\u4ece" in done.stdout  # 从, escaped


ERROR_KEYS = {"error", "message", "field", "value", "expected", "suggestions"}


@pytest.mark.parametrize(
    ("args", "error", "field"),
    [
        (("show", "cn.dsl.45"), "UnknownArticleError", "id"),
        (("assess", "cn.dsl.47", "--gains", "1.5x"), "InvalidFactError", "illegal_gains"),
        (("assess", "cn.dsl.45.1", "--circumstance", "refused"), "InvalidFactError", "circumstances"),
        (("assess", "cn.dsl.47", "--on", "2020-01-01"), "NotInForceError", "on"),
        (("assess", "cn.dsl.47", "--on", "yesterday"), "InvalidFactError", "--on"),
        (("list", "--act", "cn.xyz"), "UnknownActError", "--act"),
        (("list", "--locale", "xx"), "UnknownLocaleError", "locale"),
    ],
)
def test_json_errors_are_one_object_on_stderr_with_the_same_exit_code(
    args: tuple[str, ...], error: str, field: str
) -> None:
    plain = run(*args)
    done = run(*args, "--json")
    assert done.returncode == plain.returncode == 1
    assert done.stdout == ""
    data = json.loads(done.stderr)
    assert ERROR_KEYS <= set(data)
    assert data["error"] == error
    assert data["field"] == field
    assert plain.stderr == f"penalties: error: {data['message']}\n"
    assert isinstance(data["suggestions"], list)


def test_json_error_of_an_unknown_id_carries_the_suggestions_and_the_value_described() -> None:
    data = json.loads(run("assess", "cn.dsl.45", "--json").stderr)
    assert data["suggestions"][:2] == ["cn.dsl.45.1", "cn.dsl.45.2"]
    assert data["value"] == "'cn.dsl.45'"
    hostile = json.loads(run("assess", "cn.dsl.47", "--gains", "\x1b[31m", "--json").stderr)
    assert "\x1b" not in hostile["value"] and "\x1b" not in hostile["message"]


@pytest.mark.parametrize(
    "args",
    [
        ("assess", "--json"),
        ("assess", "cn.dsl.47", "--bogus", "--json"),
        ("assess", "cn.dsl.47", "--facts", "[1]", "--json"),
    ],
)
def test_json_usage_errors_exit_2_as_json(args: tuple[str, ...]) -> None:
    done = run(*args)
    assert done.returncode == 2
    assert done.stdout == ""
    data = json.loads(done.stderr)
    assert data["error"] == "UsageError" and ERROR_KEYS <= set(data)
    assert "usage:" not in done.stderr


def test_offender_help_names_each_acts_own_default() -> None:
    from penalties import acts

    done = run("assess", "--help")
    assert done.returncode == 0
    text = " ".join(done.stdout.split())
    assert "organisation (default)" not in text
    words = {"organisation": "legal_person", "individual": "natural_person"}
    for act in acts():
        default = act.facts_type.defaults()["offender"].value
        shown = words[default] if act.jurisdiction == "IR" else default
        assert f"{act.id} {shown}" in text


def test_list_of_an_unknown_act_names_the_known_acts_without_python_advice() -> None:
    from penalties.catalog import ACTS

    done = run("list", "--act", "cn.xyz")
    assert done.returncode == 1
    assert done.stderr.startswith("penalties: error: unknown act 'cn.xyz'; known acts: " + ", ".join(ACTS))
    assert "catalog()" not in done.stderr and "article id" not in done.stderr


@pytest.mark.parametrize("on", ["2024-13-01", "yesterday", "01/05/2024"])
def test_a_bad_date_for_a_chinese_act_says_which_forms_are_accepted(on: str) -> None:
    done = run("assess", "cn.dsl.47", "--on", on)
    assert done.returncode == 1
    assert "YYYY-MM-DD" in done.stderr and "Solar Hijri YYYY/MM/DD" in done.stderr
    assert "datetime" not in done.stderr


@pytest.mark.parametrize("locale", ["zh_CN", "fa_IR", "ar", "ms"])
def test_list_and_show_in_a_locale(locale: str) -> None:
    from penalties.render.i18n import localizer

    loc = localizer(locale)
    entries = catalog("cn.dsl")
    done = run("list", "--act", "cn.dsl", "--locale", locale)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [a.id for a in entries]
    for line, entry in zip(lines, entries, strict=True):
        assert loc.citation(entry.basis) in line
    shown = run("show", "cn.dsl.47", "--locale", locale)
    assert shown.returncode == 0, shown.stderr
    first, *rest = shown.stdout.splitlines()
    assert first.startswith("cn.dsl.47") and loc.citation(article("cn.dsl.47").basis) in first
    assert loc.gettext("Formula") in rest and "Formula:" not in rest


def test_show_in_chinese_gives_the_original_title_of_a_chinese_act() -> None:
    entry = catalog("cn.dsl")[0]
    done = run("show", entry.id, "--locale", "zh_CN")
    assert done.stdout.splitlines()[1] == entry.title_original


def test_not_determinable_names_the_reading_that_lets_the_case_proceed() -> None:
    # Art 749 names a first, second and third time only: the fourth is not determinable by default.
    args = ("assess", "ir.ipc.749", "--fact", "occurrence=4", "--on", "2024-05-01")
    done = run(*args)
    assert done.returncode == 1
    assert "not determinable" in done.stderr
    assert """--fact readings='{"art749_later_occurrences": "as_third"}'""" in done.stderr
    data = json.loads(run(*args, "--json").stderr)
    assert data["error"] == "NotDeterminableError"
    assert data["readings"] == {"art749_later_occurrences": "as_third"}
    assert data["article"] == "ir.ipc.749" and data["what"]
    assert data["suggestions"] == ["""--fact readings='{"art749_later_occurrences": "as_third"}'"""]
    proceeds = run(*args, "--fact", 'readings={"art749_later_occurrences": "as_third"}')
    assert proceeds.returncode == 0, proceeds.stderr


def test_show_prints_no_python_repr_for_any_catalogued_article() -> None:
    import re

    from penalties.core.messages import MESSAGES
    from penalties.render.formula import outline

    python_repr = re.compile(r"\b[A-Z][A-Za-z]+\(|\b\w+=\S")
    # A note's own sentence may name a fact as the command line takes it (offender='legal_person').
    notes = sorted((text for key, text in MESSAGES.items() if key.startswith("note.")), key=len, reverse=True)
    for entry in catalog():
        for line in outline(entry.formula).splitlines():
            for note in notes:
                line = line.replace(note, "")
            assert not python_repr.search(line), (entry.id, line)


@pytest.mark.parametrize("locale", ["fa_IR", "zh_CN"])
def test_show_locale_gives_the_outline_in_the_locale(locale: str) -> None:
    from penalties.render.formula import outline

    done = run("show", "ir.ipc.729", "--locale", locale)
    assert done.returncode == 0, done.stderr
    for line in outline(article("ir.ipc.729").formula, locale).splitlines():
        assert line in done.stdout
    assert "any of" not in done.stdout


def test_show_json_has_the_outline_text_gloss_and_notes() -> None:
    done = run("show", "cn.dsl.48.1", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["id"] == "cn.dsl.48.1" and "违反国家核心数据管理制度" not in data["gloss"]
    assert data["text"].startswith("违反") or "数据" in data["text"]
    assert data["formula"] and all(isinstance(line, str) for line in data["formula"])
    assert isinstance(data["translation_notes"], list) and data["translation_notes"]
    assert "offender" in data["facts_read"]


def test_an_unknown_id_points_to_the_list_command_not_to_python() -> None:
    done = run("show", "xx.none.1")
    assert done.returncode == 1
    assert "penalties.catalog()" not in done.stderr and "'penalties list' shows them" in done.stderr

"""The command line, run as a user runs it: ``python -m penalties`` in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import cldr
import jsonschema
import pytest

from penalties import Assessment, assessment_schema, catalog


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
    assert "if no gains or gains below 100,000 CNY: [100,000 CNY, 1,000,000 CNY]" in out
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
    done = run(
        "assess", "cn.dsl.47", "--gains", "12345.67", "--offender", "individual", "--on", "2024-05-01", "--json"
    )
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
    assert "۲۵۰٬۰۰۰" in done.stdout
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

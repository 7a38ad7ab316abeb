"""Command line: ``penalties combine`` (PRC Criminal Law Arts 69-71)."""

from __future__ import annotations

import json

import pytest

from penalties import SeveralOffences
from penalties.__main__ import main


def test_combine_explains_and_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    args = [
        "combine",
        "--sentence",
        "fixed_term_imprisonment=3y,fine=20000",
        "--sentence",
        "fixed_term_imprisonment=2y6m",
    ]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "3 years to 5 years, 6 months" in out  # CL 69: [longest, total]
    assert main([*args, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    result = SeveralOffences.from_dict(data)
    assert result.rule == "cn.cl.69" and result.fine is not None


def test_combine_rule_70_with_time_served(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["combine", "--rule", "70", "--served", "1y", "--json"]
    args += ["--sentence", "fixed_term_imprisonment=3y", "--sentence", "fixed_term_imprisonment=2y"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rule"] == "cn.cl.70" and data["notes"][0]["code"] == "combine_served"


def test_combine_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    args = [
        "combine",
        "--sentence",
        "criminal_detention=6m",
        "--sentence",
        "criminal_detention=6m",
        "--locale",
        "zh_CN",
    ]
    assert main(args) == 0
    assert "拘役" in capsys.readouterr().out


def test_combine_with_life_imprisonment(capsys: pytest.CaptureFixture[str]) -> None:
    # CL Art 69 para 1: life imprisonment is outside the range rule and absorbs the other terms.
    args = ["combine", "--json", "--sentence", "life_imprisonment=yes,fine=1000", "--sentence", "criminal_detention=6m"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["kind"] for r in data["ranges"]] == ["life_imprisonment", "fine"]
    assert "range" not in data["ranges"][0] and data["trace"][0]["code"] == "combine_absorbed"


@pytest.mark.parametrize(
    ("sentence", "field"),
    [
        ("fixed_term_imprisonment=3x", "--sentence[0].fixed_term_imprisonment"),
        ("fixed_term_imprisonment", "--sentence[0]"),
        ("fixed_term_imprisonment=1y15d", "--sentence[0].fixed_term_imprisonment"),
        ("prison=1y", "offences[0].prison"),
        ("fine=1.5e999", "offences[0].fine"),
        ("x" * 5000, "--sentence[0]"),
        ("life_imprisonment=no", "--sentence[0].life_imprisonment"),
        ("death_penalty=1", "--sentence[0].death_penalty"),
    ],
)
def test_combine_errors_are_json_with_exit_1(sentence: str, field: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["combine", "--json", "--sentence", sentence, "--sentence", "fixed_term_imprisonment=1y"])
    assert code == 1
    error = json.loads(capsys.readouterr().err)
    assert error["error"] == "InvalidFactError" and error["field"] == field

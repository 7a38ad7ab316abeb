"""Unicode isolation of left-to-right runs in right-to-left text (penalties.render.bidi)."""

from __future__ import annotations

import unicodedata

import pytest

from penalties.render.bidi import FSI, LRI, PDI, RLM, isolate, isolate_line, isolate_text, ltr_runs, strip_isolates

ISOLATES = {LRI, FSI, PDI, "\u2067"}


def runs(text: str) -> list[str]:
    return [text[start:end] for start, end in ltr_runs(text)]


def first_strong(line: str) -> str | None:
    """The paragraph direction rule of UAX #9 (P2, P3): the first L, R or AL outside isolates."""
    depth = 0
    for char in line:
        if char in (LRI, FSI, "\u2067"):
            depth += 1
        elif char == PDI and depth:
            depth -= 1
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind == "L":
                return "L"
            if kind in ("R", "AL"):
                return "R"
    return None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قانون، ماده ۷۲۹ (ir.ipc.729)", ["ir.ipc.729"]),
        ("المادة 47 (cn.dsl.47)", ["47", "cn.dsl.47"]),
        ("أكثر من 13,333,333 1/3 ريال إيراني", ["13,333,333 1/3"]),
        ("من 1 إلى 10 أضعاف", ["1", "10"]),
        (
            "(مبلغ: Computer Crimes Law (1388/03/05, 2009-05-26); VERIFIED: SEED)]",
            ["Computer Crimes Law (1388/03/05, 2009-05-26); VERIFIED: SEED"],
        ),
        ("به موجب Law as enacted (1388) (VERIFIED؛ منابع: SEED)", ["Law as enacted (1388)", "VERIFIED", "SEED"]),
        ("ماده ۷۳۱، بند a (ir.ipc.731.a)", ["a", "ir.ipc.731.a"]),
        ("از «both branches» پیروی", ["both branches"]),
        ("بند d]", ["d"]),
        ("۲۵۰٬۰۰۰ یوآن چین", []),  # Persian digits are the line's own script
        ("", []),
    ],
)
def test_ltr_runs(text: str, expected: list[str]) -> None:
    assert runs(text) == expected


def test_isolate_line_wraps_runs_and_keeps_the_text() -> None:
    line = "  ۲. جزای نقدی [قانون، ماده ۷۲۹ (مبلغ: Law as enacted (1388/03/05); VERIFIED: SEED)]"
    done = isolate_line(line)
    assert done == line.replace("Law", LRI + "Law").replace("SEED", "SEED" + PDI)
    assert strip_isolates(done) == line
    assert first_strong(done) == "R"


def test_a_line_without_rtl_letters_outside_isolates_starts_with_a_mark() -> None:
    done = isolate_line("  1. ir.ipc.729")
    assert done == f"{RLM}  {LRI}1{PDI}. {LRI}ir.ipc.729{PDI}"
    assert first_strong(done) == "R"
    assert strip_isolates(done) == "  1. ir.ipc.729"
    assert isolate_line("") == "" and isolate_line("   ") == "   "


def test_isolates_are_balanced_and_cldr_marks_survive_stripping() -> None:
    text = "یکی از ۴،\u200f ۵،\u200f ۶، یا ۷ (cn.dsl.47)\nb 12"
    done = isolate_text(text)
    assert done.count(LRI) == done.count(PDI) == 2
    assert strip_isolates(done) == text  # the RLM inside CLDR's list pattern is kept
    assert isolate("abc") == f"{FSI}abc{PDI}"

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


def _cases() -> list[tuple[str, dict[str, object]]]:
    from penalties import catalog

    cases: list[tuple[str, dict[str, object]]] = []
    for entry in catalog():
        cases.append((entry.id, {"on": "2024-05-01"}))
        cases.extend((entry.id, {"on": "2024-05-01", "circumstances": {c.value}}) for c in entry.circumstances)
    return cases


def test_right_to_left_explanations_isolate_every_ltr_run_and_start_each_line_rtl() -> None:
    from penalties import assess
    from penalties.core.errors import PenaltiesError

    checked = 0
    for article_id, facts in _cases():
        try:
            a = assess(article_id, **facts)
        except PenaltiesError:
            continue
        for locale in ("fa_IR", "ar"):
            for line in a.explain(locale).split("\n"):
                assert first_strong(line) == "R", (article_id, locale, line)
                assert line.count(LRI) == line.count(PDI)
                outside = "".join(line[s:e] for s, e in _outside(line))
                assert not [c for c in outside if unicodedata.bidirectional(c) == "L" or c in "0123456789"], line
            assert f"{LRI}{article_id}{PDI}" in a.explain(locale)
        for locale in ("en", "zh_CN", "ms"):
            text = a.explain(locale)
            assert not ISOLATES.intersection(text) and not [x for x in text.split("\n") if x.startswith(RLM)]
        checked += 1
    assert checked > 20


def _outside(line: str) -> list[tuple[int, int]]:
    """The spans of ``line`` outside its isolates."""
    spans, depth, start = [], 0, 0
    for index, char in enumerate(line):
        if char in (LRI, FSI, "\u2067"):
            if depth == 0:
                spans.append((start, index))
            depth += 1
        elif char == PDI and depth:
            depth -= 1
            if depth == 0:
                start = index + 1
    if depth == 0:
        spans.append((start, len(line)))
    return spans


def test_isolated_explanation_reads_as_before_without_the_isolates() -> None:
    from penalties import assess

    a = assess("ir.ipc.729", circumstances={"organised"}, on="1399/01/01")
    ar = a.explain("ar")
    assert f"{LRI}ir.ipc.729{PDI}" in ar.split("\n")[0]
    # The figure's source reads in Arabic; its dates are isolated left-to-right runs.
    assert f"({LRI}1388/03/05{PDI} هـ.ش، {LRI}2009-05-26{PDI} م)؛ مؤكَّد: نص القانون)" in ar
    assert strip_isolates(ar) == strip_isolates(isolate_text(strip_isolates(ar)))

"""The formula outline reads as sentences of the law in every locale."""

from __future__ import annotations

import re

import pytest

from penalties import article, catalog
from penalties.render.bidi import strip_isolates
from penalties.render.formula import outline

_ID = re.compile(r"(?<![A-Za-z])(?:cn|ir)\.[a-z]+(?:\.[0-9a-z-]+)*")
_LATIN = re.compile(r"[A-Za-z]+")
_PYTHON_REPR = re.compile(r"\b[A-Z][A-Za-z]+\(|\b\w+=\S")


@pytest.mark.parametrize("locale", ["fa_IR", "ar", "zh_CN"])
def test_outline_has_no_latin_letters_but_article_ids(locale: str) -> None:
    for entry in catalog():
        for line in strip_isolates(outline(entry.formula, locale)).splitlines():
            rest = _ID.sub("", line)
            assert not _LATIN.search(rest), (entry.id, locale, line)


def test_english_outline_keeps_no_python_repr() -> None:
    from penalties.core.messages import MESSAGES

    # A note's own sentence may name a fact as the command line takes it (offender='legal_person').
    notes = sorted((text for key, text in MESSAGES.items() if key.startswith("note.")), key=len, reverse=True)
    for entry in catalog():
        for line in outline(entry.formula).splitlines():
            for note in notes:
                line = line.replace(note, "")
            assert not _PYTHON_REPR.search(line), (entry.id, line)


def test_english_is_the_default() -> None:
    formula = article("cn.dsl.47").formula
    assert outline(formula) == outline(formula, "en")
    assert "1x to 10x the illegal gains, inclusive" in outline(formula)


def test_persian_outline_uses_persian_digits_and_the_acts_fine_word() -> None:
    text = strip_isolates(outline(article("ir.ipc.729").formula, "fa_IR"))
    assert re.search("[۰-۹]", text) and not re.search("[0-9]", text)
    assert "جزای نقدی" in text
    dsl = strip_isolates(outline(article("cn.dsl.47").formula, "fa_IR"))
    assert "جریمه" in dsl


def test_chinese_outline_names_the_criminal_fine() -> None:
    text = outline(article("cn.cl.253-1").formula, "zh_CN")
    assert "罚金" in text and "并处或者单处罚金" in text
    assert "罚款" in outline(article("cn.dsl.47").formula, "zh_CN")


def test_right_to_left_lines_start_right_to_left() -> None:
    for line in outline(article("ir.ipc.742").formula, "ar").splitlines():
        assert "\u2066" in line or not re.search("[A-Za-z0-9]", line)

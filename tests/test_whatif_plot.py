"""Plots a reader can use: locale digits and grouping, steps at changes of the law, a title, labels in the locale."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("matplotlib")
pytest.importorskip("pandas")

import matplotlib

matplotlib.use("Agg")

import cldr
import matplotlib.pyplot as plt

from penalties import article, in_locale, whatif
from penalties.render.i18n import localizer

LATIN = re.compile(r"[A-Za-z]")
ASCII_DIGIT = re.compile(r"[0-9]")


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def ticks(axis) -> list[str]:
    axis.figure.canvas.draw()
    return [label.get_text() for label in axis.get_ticklabels() if label.get_text()]


def test_amounts_are_grouped_never_in_scientific_notation() -> None:
    table = whatif.sweep("cn.dsl.47", "illegal_gains", range(0, 20_000_001, 1_000_000), on="2024-05-01")
    ax = whatif.plot(table)
    labels = ticks(ax.yaxis)
    assert labels and all("e" not in label.lower() for label in labels)
    assert any("," in label for label in labels)  # 50,000,000 rather than 5e7
    assert ax.yaxis.get_offset_text().get_text() == ""
    assert all("e" not in label.lower() for label in ticks(ax.xaxis))


def test_persian_ticks_use_persian_digits_and_separator() -> None:
    table = whatif.sweep("cn.dsl.47", "illegal_gains", range(0, 2_000_001, 100_000), on="2024-05-01")
    ax = whatif.plot(table, locale="fa_IR")
    labels = ticks(ax.yaxis)
    assert labels and not any(ASCII_DIGIT.search(label) for label in labels)
    separator = cldr.number("fa_IR", 1_000)[1]  # CLDR's grouping sign for fa_IR, computed
    assert any(separator in label for label in labels)
    assert not LATIN.search(ax.get_xlabel())  # the fact's name in Persian (shaped for matplotlib)


def test_a_change_of_the_law_on_a_date_is_a_step() -> None:
    days = ["2020-01-01", "2021-03-15", "2022-01-01", "2024-06-24", "2025-01-01"]
    ax = whatif.plot(whatif.sweep("ir.ipc.729", "on", days))
    assert {line.get_drawstyle() for line in ax.lines} == {"steps-post"}
    labels = ticks(ax.xaxis)
    assert labels and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", label) for label in labels)


def test_a_gains_sweep_is_drawn_as_lines() -> None:
    table = whatif.sweep("cn.dsl.47", "illegal_gains", range(0, 1_000_001, 100_000), on="2024-05-01")
    ax = whatif.plot(table)
    assert {line.get_drawstyle() for line in ax.lines} == {"default"}


def test_the_default_title_names_the_article_and_the_date() -> None:
    table = whatif.sweep("cn.dsl.47", "illegal_gains", [0, 250_000], on="2024-05-01")
    ax = whatif.plot(table)
    loc = localizer("en")
    assert ax.get_title().startswith(loc.citation(article("cn.dsl.47").basis))
    assert loc.date(__import__("datetime").date(2024, 5, 1)) in ax.get_title()
    assert whatif.plot(table, title="").get_title() == ""
    assert whatif.plot(table, title="Art 47").get_title() == "Art 47"
    rows = whatif.sweep("cn.dsl.47", "illegal_gains", [0, 250_000], on="2024-05-01", as_frame=False)
    assert whatif.plot(rows).get_title() == ""  # plain rows carry no article


def test_labels_follow_the_locale_of_the_block() -> None:
    table = whatif.sweep("cn.dsl.47", "illegal_gains", [0, 250_000], on="2024-05-01")
    with in_locale("zh_CN"):
        ax = whatif.plot(table)
    assert "违法所得" in ax.get_xlabel()
    assert "《" in ax.get_title()

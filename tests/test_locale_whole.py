"""Every catalogued article, explained in every locale under representative facts, reads in that locale.

The cases: each article on the default facts, each offender, each circumstance alone, illegal
gains below, above and at zero where the article reads them, each non-default value of every open
reading and of every other fact, and for Iranian articles a date under each amounts instrument
(the 1388 statute, the 1399 and the 1403 decrees). After removing the Unicode isolates and the
article ids, a Persian, Arabic or Chinese explanation holds no Latin letter, and a Malay one no
English word of the templates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

import pytest

import penalties
from penalties import catalog
from penalties.render.bidi import strip_isolates

#: A date under each instrument of the Iranian amounts (1388 statute, 1399 decree, 1403 decree).
IR_DATES = (dt.date(2015, 1, 1), dt.date(2021, 6, 1), dt.date(2025, 1, 1))
ARTICLE_ID = re.compile(r"(?<![A-Za-z0-9])(?:cn|ir)\.[a-z]+\.[0-9a-z.\-]+")
LATIN = re.compile(r"[A-Za-z]+(?:[ '\-][A-Za-z]+)*")
WORD = re.compile(r"[A-Za-z]+")


def _variants(facts: dict[str, Any]) -> list[dict[str, Any]]:
    variants: list[dict[str, Any]] = [{}]
    if "offender" in facts:
        variants += [{"offender": value} for value in facts["offender"]["values"]]
    for circumstance in facts.get("circumstances", {}).get("values") or ():
        variants.append({"circumstances": {circumstance}})
    if "illegal_gains" in facts:
        variants += [{"illegal_gains": 30000}, {"illegal_gains": 250000}, {"illegal_gains": 0}]
    for name, values in (facts.get("readings", {}).get("values") or {}).items():
        variants += [{"readings": {name: value}} for value in values[1:]]
    for name, spec in facts.items():
        if name in ("offender", "circumstances", "illegal_gains", "readings", "on", "offence_date"):
            continue
        kind = spec["type"]
        if spec["values"] is not None:
            variants += [{name: value} for value in spec["values"] if value != spec["default"]]
        elif kind.startswith("int"):
            variants += [{name: 2}, {name: 3}, {name: 12}]
        elif kind.startswith("Money"):
            variants += [{name: 600000}]
        elif kind == "ItemCounts":
            variants += [{name: {"trajectory": 50}}, {name: {"trajectory": 50, "other": 6000, "health_or_credit": 600}}]
    return variants


def cases() -> Iterator[tuple[str, dict[str, Any]]]:
    for article in catalog():
        start, end = article.in_force
        if article.id.startswith("ir."):
            dates = [d for d in IR_DATES if d >= start and (end is None or d <= end)]
        else:
            on = max(start, dt.date(2024, 5, 1))
            dates = [on if end is None or on <= end else start]
        variants = _variants(article.facts())
        for on in dates:
            for variant in variants:
                yield article.id, {"on": on, **variant}
            # Two dates: an act on the first day of each text (the time rule weighs the texts when
            # they differ) and the day before the first text (not punishable under the article).
            if start < on:
                yield article.id, {"on": on, "offence_date": start - dt.timedelta(days=1)}
            for version in article.all_versions():
                if version.in_force_from < on:
                    for variant in variants:
                        if "offence_date" not in variant:
                            yield article.id, {"on": on, "offence_date": version.in_force_from, **variant}


@cache
def assessments() -> tuple[tuple[str, dict[str, Any], Any], ...]:
    found = []
    for article_id, facts in cases():
        try:
            found.append((article_id, facts, penalties.assess(article_id, **facts)))
        except penalties.PenaltiesError:
            continue  # facts an article refuses (a typed error) have no explanation
    return tuple(found)


def _plain(text: str) -> str:
    return ARTICLE_ID.sub("", strip_isolates(text))


def test_the_cases_cover_every_article_and_every_instrument() -> None:
    found = assessments()
    assert {article_id for article_id, _, _ in found} == {article.id for article in catalog()}
    assert len(found) > 1000
    ir = {facts["on"] for article_id, facts, _ in found if article_id.startswith("ir.")}
    assert ir == set(IR_DATES)


@pytest.mark.parametrize("locale", ["fa_IR", "ar", "zh_CN"])
def test_no_latin_letters_apart_from_article_ids(locale: str) -> None:
    bad: dict[str, tuple[str, dict[str, Any], str]] = {}
    for article_id, facts, assessment in assessments():
        text = _plain(assessment.explain(locale))
        for run in LATIN.findall(text):
            bad.setdefault(run, (article_id, facts, next(line for line in text.splitlines() if run in line)))
    assert not bad, "\n".join(f"{run!r} in {aid} {facts}: {line}" for run, (aid, facts, line) in bad.items())


@cache
def english_words() -> frozenset[str]:
    """Words of the English templates that no Malay translation uses (names, "Iran" are shared)."""
    from babel.messages.pofile import read_po

    folder = resources.files("penalties").joinpath("locale")
    with folder.joinpath("penalties.pot").open("rb") as file:
        template = read_po(file)
    with folder.joinpath("ms", "LC_MESSAGES", "penalties.po").open("rb") as file:
        malay = read_po(file)
    english = {
        word.lower()
        for message in template
        if message.id
        for text in ([message.id] if isinstance(message.id, str) else message.id)
        for word in WORD.findall(re.sub(r"\{[a-z_]+\}", "", text))
        if len(word) > 2
    }
    shared = {
        word.lower()
        for message in malay
        if message.string
        for text in ([message.string] if isinstance(message.string, str) else message.string)
        for word in WORD.findall(re.sub(r"\{[a-z_]+\}", "", text))
    }
    return frozenset(english - shared)


def test_the_english_word_list_is_a_real_check() -> None:
    words = english_words()
    assert {"the", "fine", "imprisonment", "pattern", "decree", "sources"} <= words
    assert "iran" not in words and "perkara" not in words


def test_malay_has_no_english_words() -> None:
    words = english_words()
    bad: dict[str, tuple[str, str]] = {}
    for article_id, _, assessment in assessments():
        text = _plain(assessment.explain("ms"))
        for word in WORD.findall(text):
            if word.lower() in words:
                bad.setdefault(word, (article_id, next(line for line in text.splitlines() if word in line)))
    assert not bad, "\n".join(f"{word!r} in {aid}: {line}" for word, (aid, line) in bad.items())


def test_english_sources_read_as_before() -> None:
    # English keeps the data's wording: decree, status, source keys and notes.
    text = penalties.assess("ir.ipc.736", on="2022-01-01").explain("en")
    assert (
        "(amount: cabinet decree 153973/ت57752هـ of 1399/12/25 (2021-03-15); CONFLICT: E736 / 3.3, "
        "Art 737 pattern; REPO gives 50,000,000-250,000,000 (reading art736_1399='repo'))" in text
    )
    assert "(CONFLICT; sources: E736 / 3.3, Art 737 pattern)" in text


def test_every_figure_is_a_phrase_whose_english_is_its_source() -> None:
    from penalties.law.ir.amounts import SCHEDULES, phrase_of

    for schedule in SCHEDULES.values():
        for figure in [*schedule.figures, *(alternative for _, _, alternative in schedule.alternatives)]:
            assert str(figure.phrase) == figure.source
            assert str(figure.decree.phrase) == figure.decree.label
            assert ", ".join(str(p) for p in figure.sources_phrase) == ", ".join(figure.sources)
            assert phrase_of("source", figure.source) is not None
            assert phrase_of("decree", figure.decree.label) is not None


@pytest.mark.parametrize("locale", ["fa_IR", "ar", "zh_CN", "ms"])
def test_a_source_the_data_does_not_know_is_shown_as_it_is(locale: str) -> None:
    import attrs

    a = penalties.assess("ir.ipc.729", on="2025-01-01")
    fine = a.sanctions[1]
    edited = attrs.evolve(fine.basis, source="a decree of my own")
    from penalties.render.i18n import localizer

    assert "a decree of my own" in localizer(locale).citation(edited)


def test_persian_reads_the_official_title_of_the_decree() -> None:
    text = penalties.assess("ir.ipc.729", on="2025-01-01").explain("fa_IR")
    assert "تصویب‌نامه هیأت وزیران شماره ۵۶۲۶۱/ت۶۲۲۹۸هـ مورخ ۱۴۰۳/۰۴/۰۴" in text
    assert "تأییدشده" in text

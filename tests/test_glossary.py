"""The catalogs follow their glossaries (penalties/locale/glossary/<locale>.toml).

Every translation of a template that holds a glossary term (whole words, any case) in the term's
context (an act's msgctxt; no context: the entries without one) contains the glossary's wording,
unless the glossary lists that template as an exception.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from typing import Any

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

LOCALES = ("zh_CN", "fa_IR", "ar", "ms")
LOCALE_DIR = resources.files("penalties").joinpath("locale")


def glossary(locale: str) -> list[dict[str, Any]]:
    with LOCALE_DIR.joinpath("glossary", f"{locale}.toml").open("rb") as file:
        terms: list[dict[str, Any]] = tomllib.load(file)["term"]
    return terms


def catalog(locale: str) -> Catalog:
    with LOCALE_DIR.joinpath(locale, "LC_MESSAGES", "penalties.po").open("rb") as file:
        return read_po(file)


def _text(value: object) -> str:
    return value if isinstance(value, str) else " ".join(value)  # type: ignore[arg-type]


def violations(terms: list[dict[str, Any]], messages: Catalog) -> list[str]:
    """The translations that hold a term's English but not its glossary wording."""
    found = []
    for entry in terms:
        pattern = re.compile(rf"(?<![A-Za-z']){re.escape(entry['term'])}(?![A-Za-z])", re.IGNORECASE)
        for message in messages:
            if not message.id or not message.string or message.context != entry.get("context"):
                continue
            english = _text(message.id)
            if english in entry.get("except", ()) or not pattern.search(english):
                continue
            if entry["translation"] not in _text(message.string):
                found.append(f"{entry['term']!r} -> {entry['translation']!r}: {english!r} reads {message.string!r}")
    return found


@pytest.mark.parametrize("locale", LOCALES)
def test_glossary_entries_are_complete(locale: str) -> None:
    terms = glossary(locale)
    assert terms
    for entry in terms:
        assert set(entry) <= {"term", "context", "translation", "source", "except"}, entry
        assert entry["term"] and entry["translation"] and entry["source"], entry
    # Each term is used: some template of the catalog holds it (in its context).
    messages = catalog(locale)
    for entry in terms:
        assert any(
            entry["term"].lower() in _text(m.id).lower() and m.context == entry.get("context") for m in messages if m.id
        ), entry["term"]


@pytest.mark.parametrize("locale", LOCALES)
def test_catalog_follows_its_glossary(locale: str) -> None:
    assert violations(glossary(locale), catalog(locale)) == []


def test_the_check_fails_on_a_translation_off_the_glossary() -> None:
    messages = Catalog(locale="ms")
    messages.add("organised", "teratur")
    messages.add("fine", "denda", context="ir.ipc")
    messages.add("fine", "penalti", context="cn.dsl")
    messages.add("organised crime", "jenayah terancang")
    terms = [
        {"term": "organised", "translation": "terancang", "source": "-"},
        {"term": "fine", "context": "cn.dsl", "translation": "denda", "source": "-"},
    ]
    found = violations(terms, messages)
    assert len(found) == 2 and "'teratur'" in found[0] and "'penalti'" in found[1]
    terms[0]["except"] = ["organised"]
    assert len(violations(terms, messages)) == 1


@pytest.mark.parametrize(
    ("locale", "context", "wording"),
    [
        ("zh_CN", "cn.dsl", "罚款"),
        ("zh_CN", "ir.ipc", "罚金"),
        ("fa_IR", "cn.dsl", "جریمه نقدی"),
        ("fa_IR", "ir.ipc", "جزای نقدی"),
    ],
)
def test_an_act_names_its_fine_its_own_way(locale: str, context: str, wording: str) -> None:
    message = catalog(locale).get("fine", context=context)
    assert message is not None and message.string == wording

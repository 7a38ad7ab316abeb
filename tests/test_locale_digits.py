"""Persian explanations write every number in Persian digits.

A number that reaches an explanation as text (the year of a schedule of fine bands, "1399") is
written in the locale's digits like any other number; only left-to-right runs that hold letters
(an article id such as ``ir.ipc.730``, isolated for the bidi algorithm) keep Latin digits.
"""

from __future__ import annotations

import re

import pytest

from penalties import PenaltiesError, catalog

#: A left-to-right isolate (U+2066 ... U+2069) that holds a Latin letter: an id, kept as written.
ISOLATED_CODE = re.compile(r"\u2066[^\u2069]*[A-Za-z][^\u2069]*\u2069")

IRANIAN = [entry for entry in catalog() if entry.id.startswith("ir.")]


@pytest.mark.parametrize("on", ["1399/06/01", "1401/01/01", "1404/01/01"])
def test_persian_explanations_hold_no_latin_digits(on: str) -> None:
    explained = 0
    for entry in IRANIAN:
        try:
            assessment = entry.assess(on=on)
        except PenaltiesError:  # an article that needs more facts: covered by its own tests
            continue
        text = ISOLATED_CODE.sub("", assessment.explain("fa_IR"))
        latin = [line for line in text.splitlines() if re.search("[0-9]", line)]
        assert not latin, (entry.id, on, latin)
        explained += 1
    assert explained > 20


def test_the_year_of_the_fine_bands_is_in_persian_digits() -> None:
    from penalties import assess

    text = assess("ir.ipc.730", on="1401/01/01").explain("fa_IR")
    assert "۱۳۹۹" in text and "1399" not in text

"""Hostile and careless input at the entry points of time: offence_date, version_on, amend, reform(versions).

The contract: only the library's errors escape, each naming its field, printable, bounded, and
pickling; nothing is silently changed (a float date, a date after the decision).
"""

from __future__ import annotations

import datetime as dt
import pickle
import re
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from penalties import article, assess
from penalties.core.errors import InvalidFactError, PenaltiesError
from penalties.whatif import amend, reform

pytestmark = pytest.mark.timeout(120)

UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")

deep: Any = "2024-01-01"
for _ in range(10_000):
    deep = [deep]

HOSTILE_DATES = [
    1.5,
    float("nan"),
    Decimal("2024"),
    True,
    b"2024-01-01",
    "2024-01-01\x00",
    "٢٠٢٤-٠١-٠١x",
    "۱۴۰۳/۱۳/۰۱",
    "9" * 100_000,
    "\u202e2024-01-01",
    deep,
    {"year": 2024},
    dt.timedelta(days=1),
    object(),
]


def _checked(call: Any, field: str) -> PenaltiesError:
    with pytest.raises(PenaltiesError) as caught:
        call()
    error = caught.value
    message = str(error)
    assert UNPRINTABLE.search(message) is None and len(message) < 2_000, message[:200]
    if isinstance(error, InvalidFactError):
        assert error.field == field
    assert type(pickle.loads(pickle.dumps(error))) is type(error)
    return error


@pytest.mark.parametrize("article_id", ["cn.cl.253-1", "cn.dsl.47", "ir.ipc.730"])
@pytest.mark.parametrize("value", HOSTILE_DATES, ids=lambda v: type(v).__name__)
def test_hostile_offence_dates(article_id: str, value: object) -> None:
    _checked(lambda: assess(article_id, on="2024-06-01", offence_date=value), "offence_date")


@settings(max_examples=60, deadline=None)
@given(offence=st.dates(), on=st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1)))
def test_any_pair_of_dates_is_an_answer_or_a_typed_error(offence: dt.date, on: dt.date) -> None:
    for article_id in ("cn.cl.253-1", "cn.cl.180", "ir.ipc.730"):
        try:
            a = assess(
                article_id,
                circumstances={"serious"} if article_id.startswith("cn.") else None,
                offence_date=offence,
                on=on,
            )
        except PenaltiesError as error:
            if offence > on:
                assert isinstance(error, InvalidFactError) and error.field == "offence_date"
            continue
        assert offence <= on
        assert a.penal is (article(article_id).version_on(offence) is not None)


@pytest.mark.parametrize("value", ["2030-02-30", 2030, 1.5, "x" * 100_000, deep, None])
def test_amend_refuses_a_bad_date(value: object) -> None:
    _checked(lambda: amend("cn.dsl.47", value), "in_force_from")  # type: ignore[arg-type]


def test_amend_refuses_a_date_before_the_current_text() -> None:
    _checked(lambda: amend("cn.dsl.47", "2021-09-01"), "versions")
    _checked(lambda: amend("cn.dsl.47", "2020-01-01"), "versions")


@pytest.mark.parametrize("value", [("x",), [None], "versions", deep, {1: 2}, 5])
def test_reform_refuses_hostile_versions(value: object) -> None:
    _checked(lambda: reform("cn.dsl.47", versions=value), "versions")


@pytest.mark.parametrize("value", [5, None, b"x", ["a"]])
def test_amend_refuses_a_hostile_instrument(value: object) -> None:
    _checked(lambda: amend("cn.dsl.47", "2030-01-01", instrument=value), "instrument")  # type: ignore[arg-type]

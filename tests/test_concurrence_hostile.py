"""Hostile and careless input to concur() and 'penalties concur': one typed error, nothing echoed raw, no hang."""

from __future__ import annotations

import datetime as dt
import io
import pickle
import re
from contextlib import redirect_stderr, redirect_stdout
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from penalties.__main__ import main
from penalties.core.errors import PenaltiesError
from penalties.law.cn.concurrence import Concurrence, concur

pytestmark = pytest.mark.timeout(120)

UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
ON = dt.date(2024, 5, 1)


def nested(depth: int) -> Any:
    value: Any = []
    for _ in range(depth):
        value = [value]
    return value


HOSTILE: list[Any] = [
    None,
    1.5,
    float("nan"),
    "1e999999",
    10**100,
    -1,
    True,
    Decimal("1E+999999"),
    "x" * 100_000,
    "\x00\x1b[31m",
    nested(10_000),
    {"a": 1},
    object(),
    Fraction(1, 3) * 10**60,
]


def outcome(call: Any) -> Any:
    try:
        return call()
    except PenaltiesError as error:
        message = str(error)
        assert UNPRINTABLE.search(message) is None, message
        assert len(message) < 2_000, message[:200]
        assert type(pickle.loads(pickle.dumps(error))) is type(error)
        return error


@pytest.mark.parametrize("value", HOSTILE, ids=lambda v: type(v).__name__)
@pytest.mark.parametrize("where", ["provisions", "id", "illegal_gains", "turnover", "circumstances", "readings", "on"])
def test_hostile_values_are_typed_errors(where: str, value: Any) -> None:
    provisions: Any = ["cn.dsl.45.1", "cn.pipl.66.2"]
    facts: dict[str, Any] = {"on": ON}
    if where == "provisions":
        provisions = value
    elif where == "id":
        provisions = ["cn.dsl.45.1", value]
    else:
        facts[where] = value
    result = outcome(lambda: concur(provisions, **facts))
    if where in ("readings", "circumstances") and value is None:
        assert isinstance(result, Concurrence)  # None: the defaults
    elif where in ("illegal_gains", "turnover") and value is None:
        assert isinstance(result, Concurrence)
    elif where == "on" and value is None:
        assert isinstance(result, PenaltiesError)  # a date is required when 'on' is given
    elif where in ("illegal_gains", "turnover") and type(value) is int and 0 < value < 10**40:
        assert isinstance(result, Concurrence)
    else:
        assert isinstance(result, PenaltiesError), (where, value)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.one_of(st.text(max_size=30), st.sampled_from(["cn.dsl.45.1", "cn.pipl.66.2", "cn.csl.64.1"])), max_size=6
    ),
    st.dictionaries(st.text(max_size=10), st.one_of(st.integers(), st.text(max_size=10), st.none()), max_size=3),
)
def test_random_calls_return_or_raise_a_library_error(provisions: list[str], facts: dict[str, Any]) -> None:
    facts = {k: v for k, v in facts.items() if k.isidentifier()}
    outcome(lambda: concur(provisions, on=ON, **facts))


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    "args",
    [
        ("concur", "cn.dsl.99"),
        ("concur", "cn.dsl.45.1", "--gains", "1.5x"),
        ("concur", "cn.dsl.45.1", "--on", "\x1b[2J"),
        ("concur", "cn.dsl.45.1", "--fact", "turnover=" + "9" * 200),
        ("concur", "cn.dsl.45.1", "--facts", "[" * 100_001),
        ("concur", "cn.dsl.45.1", "--circumstance", "\x00"),
        ("concur", "cn.dsl.45.1", "--locale", "de"),
    ],
)
def test_command_line_refuses_with_exit_1(args: tuple[str, ...]) -> None:
    code, out, err = _run(*args, "--on", "2024-05-01") if "--on" not in args else _run(*args)
    assert code == 1 and not out
    assert UNPRINTABLE.search(err.rstrip("\n")) is None


@pytest.mark.parametrize(
    ("readings", "field"),
    [
        ({"foo": 1}, "readings"),
        ({1: 2}, "readings"),
        ({"apl29_higher": "x"}, "readings.apl29_higher"),
        ("zz", "readings"),
        ({"apl29_higher": ["maximum"] * 10_000}, "readings.apl29_higher"),
    ],
)
def test_a_stored_concurrence_with_bad_readings_is_one_typed_error(readings: Any, field: str) -> None:
    from penalties import InvalidFactError

    document = concur(["cn.dsl.45.1", "cn.pipl.66.2"], turnover=2_000_000_000, on="2024-05-01").to_dict()
    document["readings"] = readings
    with pytest.raises(InvalidFactError) as found:
        Concurrence.from_dict(document)
    assert found.value.field == field

"""Sanction kinds are a registry: the core's kinds, and those each act declares in its module."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

import penalties
from penalties import SanctionKind, UnknownSanctionKindError, assess
from penalties.core.errors import InvalidFactError
from penalties.core.sanction import Quantity, register_kind, registered_kinds


def test_existing_kinds_keep_their_names_values_and_quantities() -> None:
    assert SanctionKind.FINE.value == "fine" and SanctionKind("fine") is SanctionKind.FINE
    assert SanctionKind.FINE.quantity is Quantity.MONEY
    assert SanctionKind.WARNING.quantity is Quantity.NONE
    # Iran: حبس تعزیری, a term that holds the offender (IPC Art 19), declared by the Iranian act.
    assert SanctionKind.TAZIR_IMPRISONMENT.value == "tazir_imprisonment"
    assert SanctionKind.TAZIR_IMPRISONMENT.quantity is Quantity.TERM
    assert SanctionKind.TAZIR_IMPRISONMENT.restricts_liberty
    # Closure of a legal person and deprivation of public services run for a time but hold no one.
    assert not SanctionKind.TEMPORARY_CLOSURE.restricts_liberty
    assert not SanctionKind.DEPRIVATION_OF_PUBLIC_SERVICES.restricts_liberty
    assert SanctionKind.FIXED_TERM_IMPRISONMENT.restricts_liberty


def test_the_core_declares_no_kind_of_one_jurisdiction() -> None:
    code = (
        "import penalties.core.sanction as s\n"
        "print('tazir_imprisonment' in s.SanctionKind._value2member_map_)\n"
        "import penalties.law.ir.act\n"
        "print('tazir_imprisonment' in s.SanctionKind._value2member_map_)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]


def test_a_kind_of_an_act_not_loaded_yet_resolves_by_attribute_value_and_pickle() -> None:
    code = (
        "import pickle, sys, penalties\n"
        "from penalties import SanctionKind\n"
        "loaded = 'penalties.law.ir.computer_crimes_law' in sys.modules\n"
        "print(loaded, SanctionKind.TAZIR_IMPRISONMENT.value)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "tazir_imprisonment"]
    a = assess("ir.ipc.729", circumstances={"organised"}, on="1399/01/01")
    blob = pickle.dumps(a)
    code = "import pickle, sys\na = pickle.loads(sys.stdin.buffer.read())\nprint(a.imprisonment.high)\n"
    done = subprocess.run([sys.executable, "-c", code], input=blob, capture_output=True, check=True)
    assert done.stdout.decode().strip() == "1 year"  # IPC Art 729: up to one year


def test_find_reaches_every_registered_kind_by_text() -> None:
    a = assess("ir.ipc.729", circumstances={"organised"}, on="1399/01/01")
    assert a.find("tazir_imprisonment") is a.find(SanctionKind.TAZIR_IMPRISONMENT) is not None
    assert a.find("ta'zir imprisonment".replace("'", "")) is a.find("tazir_imprisonment")


@pytest.mark.parametrize("value", ["detention", "tazir", "", "x" * 10_000, 3, None])
def test_an_unknown_kind_is_a_typed_error_listing_the_registered_kinds(value: object) -> None:
    a = assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01")
    with pytest.raises(UnknownSanctionKindError) as caught:
        a.find(value)  # type: ignore[arg-type]
    error = caught.value
    assert isinstance(error, InvalidFactError) and isinstance(error, ValueError)
    assert error.field == "kind" and error.known == registered_kinds()
    assert "'tazir_imprisonment'" in error.expected and "'fine'" in error.expected
    assert len(str(error)) < 2_000
    copied = pickle.loads(pickle.dumps(error))
    assert type(copied) is UnknownSanctionKindError and str(copied) == str(error)
    if isinstance(value, str) and len(value) < 100:
        with pytest.raises(UnknownSanctionKindError):
            SanctionKind(value)
    with pytest.raises(AttributeError, match="registered: fine"):
        SanctionKind.NO_SUCH_KIND  # noqa: B018


REGISTER = """
import pickle
from penalties import SanctionKind
from penalties.core.messages import MESSAGES
from penalties.core.sanction import Quantity, register_kind

kind = register_kind("ban_on_serving_as_director", Quantity.TERM, label="ban on serving as a director")
assert kind is SanctionKind.BAN_ON_SERVING_AS_DIRECTOR is SanctionKind("ban_on_serving_as_director")
assert kind.quantity is Quantity.TERM and not kind.restricts_liberty
assert kind in SanctionKind and kind in list(SanctionKind)
assert pickle.loads(pickle.dumps(kind)) is kind
assert register_kind("ban_on_serving_as_director", Quantity.TERM, label="ban on serving as a director") is kind
assert MESSAGES["kind.ban_on_serving_as_director"] == "ban on serving as a director"
try:
    register_kind("ban_on_serving_as_director", Quantity.NONE, label="ban on serving as a director")
except ValueError as error:
    print("refused:", error)
"""


def test_registering_a_kind_is_one_call_and_idempotent() -> None:
    # In a process of its own: a registered kind stays for the life of the process.
    done = subprocess.run([sys.executable, "-c", REGISTER], capture_output=True, text=True, check=True)
    assert done.stdout.startswith("refused:") and "twice" in done.stdout


@pytest.mark.parametrize("value", ["Fine", "two words", "", "_x", "x" * 61, 7, "fine_\n", "ban\n"])
def test_a_kind_value_is_lower_case_words(value: object) -> None:
    with pytest.raises(ValueError):
        register_kind(value, label="x")  # type: ignore[arg-type]


def test_an_imprisonment_is_the_first_term_that_restricts_liberty() -> None:
    # IPC Art 729: 91 days to 1 year of ta'zir imprisonment (the 1388 text), on a natural person.
    a = assess("ir.ipc.729", on="1399/01/01", offender="natural_person")
    assert a.imprisonment is not None and a.imprisonment == a.find("tazir_imprisonment").range  # type: ignore[union-attr]
    assert penalties.SanctionKind.TAZIR_IMPRISONMENT in {s.kind for s in a.terms}


def _nested(depth: int) -> object:
    value: object = "fine"
    for _ in range(depth):
        value = [value]
    return value


HOSTILE = [["fine"], _nested(100_000), 10**5000, "fine\x1b[2J", "\u202efine", "x" * 1_000_000, b"fine", 1.5, None]


@pytest.mark.parametrize("value", HOSTILE, ids=[f"hostile{i}" for i in range(len(HOSTILE))])
def test_a_hostile_kind_is_refused_by_value_and_by_find_with_one_typed_error(value: object) -> None:
    with pytest.raises(UnknownSanctionKindError) as caught:
        SanctionKind(value)
    assert len(str(caught.value)) < 2_000 and "\x1b" not in str(caught.value)
    a = assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01")
    with pytest.raises(UnknownSanctionKindError) as caught:
        a.find(value)  # type: ignore[arg-type]
    assert len(str(caught.value)) < 2_000 and "\x1b" not in str(caught.value)

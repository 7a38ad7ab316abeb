"""Every reading a formula or rule branches on is declared, with every declared value handled.

Readings are compared through ``core.readings.reading_is`` (a misspelt value raises) and the
``Reading`` / ``Undeterminable`` nodes name a reading and its values: this walks every catalogued
formula and checks those names and values against the act's readings class, so a typo in a
declaration fails here rather than silently taking another branch.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from penalties import catalog
from penalties.core.formula import Reading
from penalties.core.readings import reading_is, reading_values


def nodes(root: Any) -> list[Any]:
    found, pending, seen = [], [root], set()
    while pending:
        node = pending.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        found.append(node)
        if isinstance(node, (tuple, list)):
            pending.extend(node)
        elif attrs.has(type(node)):
            pending.extend(getattr(node, f.name) for f in attrs.fields(type(node)) if f.init)
    return found


def readings_class(entry: Any) -> type:
    field = attrs.fields_dict(entry.act.facts_type).get("readings")
    assert field is not None, entry.act.id
    return type(entry.act.facts_type().readings)


@pytest.mark.parametrize("entry", [a for a in catalog() if a.formula is not None], ids=lambda a: a.id)
def test_every_reading_a_formula_names_is_declared_with_all_its_values(entry: Any) -> None:
    if "readings" not in entry.act.facts_type.field_names():
        return
    declared = reading_values(readings_class(entry))
    for node in nodes(entry.formula):
        if isinstance(node, Reading):
            assert node.name in declared, (entry.id, node.name)
            choices = [value for value, _ in node.choices]
            assert sorted(choices) == sorted(declared[node.name]), (entry.id, node.name, choices)
        reading = getattr(node, "reading", None)
        if type(node).__name__ == "Undeterminable":
            assert reading in declared, (entry.id, reading)
            assert "not_determinable" in declared[reading]


def test_the_walk_finds_the_reading_nodes() -> None:
    found = [n for a in catalog() if a.formula is not None for n in nodes(a.formula)]
    assert sum(isinstance(n, Reading) for n in found) >= 6
    assert sum(type(n).__name__ == "Undeterminable" for n in found) >= 2


def test_a_misspelt_reading_value_or_name_is_an_error_not_the_other_branch() -> None:
    from penalties.law.ir.facts import IrReadings

    readings = IrReadings()
    assert reading_is(readings, "art744_halving", "apply") is True
    assert reading_is(readings, "art744_halving", "ignore") is False
    with pytest.raises(ValueError, match="art744_halving='aply'"):
        reading_is(readings, "art744_halving", "aply")
    with pytest.raises(ValueError, match="art744_halvng"):
        reading_is(readings, "art744_halvng", "apply")

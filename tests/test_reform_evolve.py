"""A reform built with ``attrs.evolve`` is a correct reform: no node carries the original's cache.

For every catalogued article the formula tree is rebuilt node by node with ``attrs.evolve`` (the
way the README and ``whatif`` build reforms); the rebuilt article must assess exactly as the
original, and an article whose fixed range is evolved to another range must give the new range,
even after the original has been assessed (and its caches filled).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from penalties import Money, assess, catalog
from penalties.core.errors import PenaltiesError
from penalties.core.formula import FixedRange, Provision
from penalties.core.interval import Interval

ARTICLES = [a for a in catalog() if a.formula is not None]


def rebuilt(node: Any) -> Any:
    """A fresh copy of ``node``'s tree, every attrs node made again through ``attrs.evolve``."""
    if isinstance(node, tuple):
        return tuple(rebuilt(item) for item in node)
    if attrs.has(type(node)) and not isinstance(node, (Money, Interval)):
        changes = {}
        for field in attrs.fields(type(node)):
            if field.init:
                changes[field.alias or field.name] = rebuilt(getattr(node, field.name))
        try:
            return attrs.evolve(node, **changes)
        except TypeError:  # a node whose init fields are not all evolvable keeps its identity
            return node
    return node


def cases(entry: Any) -> list[dict[str, Any]]:
    on = max(entry.in_force[0], dt.date(2024, 7, 1))
    made: list[dict[str, Any]] = [{"on": on}, {"on": on, "offender": "individual"}]
    for circumstance in sorted(c.value for c in entry.circumstances):
        made.append({"on": on, "circumstances": {circumstance}})
    if "illegal_gains" in entry.facts_read:
        made += [{"on": on, "illegal_gains": gains} for gains in (0, 99_999, 250_000)]
    return made


def outcome(entry: Any, facts: dict[str, Any]) -> Any:
    try:
        return entry.assess(**facts)
    except PenaltiesError as error:
        return (type(error), str(error))


@pytest.mark.parametrize("entry", ARTICLES, ids=lambda a: a.id)
def test_an_article_rebuilt_with_evolve_assesses_as_the_original(entry: Any) -> None:
    before = [outcome(entry, facts) for facts in cases(entry)]  # fills every cache of the original
    twin = attrs.evolve(entry, formula=rebuilt(entry.formula))
    assert [outcome(twin, facts) for facts in cases(entry)] == before


def _fixed_provisions(node: Any) -> list[Provision]:
    found: list[Provision] = []
    pending = [node]
    while pending:
        item = pending.pop()
        if isinstance(item, Provision) and isinstance(item.amount, FixedRange):
            found.append(item)
        if isinstance(item, tuple):
            pending.extend(item)
        elif attrs.has(type(item)) and not isinstance(item, (Money, Interval)):
            pending.extend(getattr(item, f.name) for f in attrs.fields(type(item)) if f.init)
    return found


def test_evolving_a_fixed_fine_changes_the_fine_after_the_original_was_assessed() -> None:
    original = next(a for a in ARTICLES if a.id == "cn.dsl.48.1")
    assert assess("cn.dsl.48.1", on="2024-05-01").fine == Interval(Money(50_000, "CNY"), Money(500_000, "CNY"))
    provision = next(
        p for p in _fixed_provisions(original.formula) if p.kind.value == "fine" and p.addressee.value == "offender"
    )
    new = attrs.evolve(provision, amount=FixedRange(Interval(Money(1, "CNY"), Money(2, "CNY"))))
    from penalties import whatif

    reformed = whatif.replace(original, provision, new)
    assert reformed.assess(on="2024-05-01").fine == Interval(Money(1, "CNY"), Money(2, "CNY"))
    # The original is untouched.
    assert original.assess(on="2024-05-01").fine == Interval(Money(50_000, "CNY"), Money(500_000, "CNY"))


FIXED = [a for a in ARTICLES if _fixed_provisions(a.formula)]


def reform_shows(entry: Any) -> bool:
    """Evolve the first fixed range of ``entry`` to 7x its maximum; never see the old range after.

    True when some case shows the new range (a provision may sit in a branch no sample case reaches).
    """
    for facts in cases(entry):
        outcome(entry, facts)  # the original's caches are full
    provision = _fixed_provisions(entry.formula)[0]
    old = provision.amount.range  # type: ignore[union-attr]
    bumped = Interval(old.low, old.high * 7, old.low_closed, old.high_closed)
    new = attrs.evolve(provision, amount=FixedRange(bumped))
    from penalties import whatif

    reformed = whatif.replace(entry, provision, new)
    seen = False
    for facts in cases(entry):
        result = outcome(reformed, facts)
        if isinstance(result, tuple):
            continue
        ranges = [
            s.range
            for s in result.sanctions
            if s.basis == provision.basis and s.kind is provision.kind and s.addressee is provision.addressee
        ]
        assert old not in ranges or old == bumped
        seen = seen or bumped in ranges
    return seen


@pytest.mark.parametrize("entry", FIXED, ids=lambda a: a.id)
def test_an_evolved_fixed_range_never_shows_the_original(entry: Any) -> None:
    reform_shows(entry)


def test_evolved_fixed_ranges_show_in_most_articles() -> None:
    shown = [entry.id for entry in FIXED if reform_shows(entry)]
    assert len(shown) >= len(FIXED) * 3 // 4, sorted(set(a.id for a in FIXED) - set(shown))


# ---------------------------------------------------------------------------------------------
# Property: attrs.evolve of ANY node of ANY catalogued article assesses as a freshly built tree.


def nodes_of(root: Any) -> list[tuple[Any, ...]]:
    """Paths (field names and tuple indices) to every attrs node of a formula, root first."""
    found: list[tuple[Any, ...]] = []
    pending: list[tuple[tuple[Any, ...], Any]] = [((), root)]
    while pending:
        path, node = pending.pop()
        if isinstance(node, tuple):
            pending.extend(((*path, i), item) for i, item in enumerate(node))
        elif attrs.has(type(node)) and type(node).__module__.startswith(("penalties.core.formula", "penalties.law.")):
            found.append(path)
            pending.extend(
                ((*path, field.name), getattr(node, field.name)) for field in attrs.fields(type(node)) if field.init
            )
    return found


def node_at(root: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        root = root[step] if isinstance(step, int) else getattr(root, step)
    return root


def with_node(root: Any, path: tuple[Any, ...], new: Any) -> Any:
    """``root`` with the node at ``path`` replaced, every parent made again with ``attrs.evolve``."""
    if not path:
        return new
    step, rest = path[0], path[1:]
    if isinstance(step, int):
        items = list(root)
        items[step] = with_node(root[step], rest, new)
        return tuple(items)
    field = next(f for f in attrs.fields(type(root)) if f.name == step)
    return attrs.evolve(root, **{field.alias or field.name: with_node(getattr(root, step), rest, new)})


def fresh(node: Any) -> Any:
    """The same tree built anew through each class's constructor (no object shared with ``node``)."""
    if isinstance(node, tuple):
        return tuple(fresh(item) for item in node)
    if attrs.has(type(node)) and not isinstance(node, (Money, Interval)):
        values = {
            (field.alias or field.name): fresh(getattr(node, field.name))
            for field in attrs.fields(type(node))
            if field.init
        }
        try:
            return type(node)(**values)
        except TypeError:
            return node
    return node


PATHS = [(entry, path) for entry in ARTICLES for path in nodes_of(entry.formula)]


@st.composite
def evolutions(draw: Any) -> tuple[Any, tuple[Any, ...], Any, dict[str, Any]]:
    entry, path = draw(st.sampled_from(PATHS))
    node = node_at(entry.formula, path)
    if isinstance(node, FixedRange):
        # Change the figure: the reform must show it, exactly as a tree built with it does.
        # A real range: a positive low end strictly below the high end.
        end = node.range.low
        low = draw(st.integers(min_value=1, max_value=999))
        high = low + draw(st.integers(min_value=1, max_value=999))
        if isinstance(end, Money):
            scale = draw(st.sampled_from([1, 1_000, 1_000_000]))
            new_range = Interval(Money(low * scale, end.currency), Money(high * scale, end.currency))
        else:  # a term: keep the unit
            new_range = Interval(type(end)(low, end.unit), type(end)(high, end.unit))
        evolved = attrs.evolve(node, range=new_range)
    else:
        evolved = attrs.evolve(node)
    facts = draw(st.sampled_from(cases(entry)))
    return entry, path, evolved, facts


@given(evolutions())
@settings(max_examples=300)
def test_evolving_any_node_assesses_as_a_freshly_built_tree(case: Any) -> None:
    entry, path, evolved, facts = case
    outcome(entry, facts)  # the original's plans are compiled and cached
    reformed = attrs.evolve(entry, formula=with_node(entry.formula, path, evolved))
    rebuilt_fresh = attrs.evolve(entry, formula=fresh(with_node(entry.formula, path, fresh(evolved))))
    assert outcome(reformed, facts) == outcome(rebuilt_fresh, facts)
    if evolved == node_at(entry.formula, path):
        assert outcome(reformed, facts) == outcome(entry, facts)

"""Fast constructors for the frozen value classes built on every assessment (hot path only).

attrs' ``__init__`` of a frozen, slotted class sets each field through ``object.__setattr__``,
which looks the slot up by name on every call. :func:`maker` writes a straight-line function that
calls each slot's descriptor directly: the same instance (the same slots, the same values) for
about two-thirds of the cost. It is only for classes whose fields have no default factory,
converter or validator and that have no ``__attrs_post_init__``: callers pass every field, already
checked, exactly as the class's own ``__init__`` would store them. ``trusted=True`` also accepts
a class with validators or ``__attrs_post_init__`` (for ``Money`` and ``Interval``, whose hot-path
constructors already build from values known to be valid and ordered).
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any, TypeVar, cast

import attrs

__all__ = ["maker"]

T = TypeVar("T")


def maker(cls: type[T], *, trusted: bool = False) -> Callable[..., T]:
    """A function ``make(field1, field2, ...)`` (positional or keyword) that builds a ``cls``."""
    if hasattr(cls, "__attrs_post_init__") and not trusted:
        raise TypeError(f"{cls.__name__} has __attrs_post_init__: use its constructor")
    names = []
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    for field in attrs.fields(cast(Any, cls)):
        if field.converter is not None or (field.validator is not None and not trusted) or not field.init:
            raise TypeError(f"{cls.__name__}.{field.name} converts or validates: use its constructor")
        slot = next((k.__dict__[field.name] for k in cls.__mro__ if field.name in k.__dict__), None)
        if not isinstance(slot, types.MemberDescriptorType):
            raise TypeError(f"{cls.__name__}.{field.name} is not a slot")
        names.append(field.name)
        namespace[f"_set_{field.name}"] = slot.__set__
    body = [f"def make({', '.join(names)}):", "    made = _new(_cls)"]
    body += [f"    _set_{name}(made, {name})" for name in names]
    body.append("    return made")
    exec("\n".join(body), namespace)  # generated from the class's own field names only
    made: Callable[..., T] = namespace["make"]
    made.__qualname__ = f"maker({cls.__name__})"
    return made

"""Where the core reaches the layers above it without importing them.

The core (money, terms, formulas, facts, :class:`~penalties.core.assessment.Assessment`) knows
nothing of the renderers, the catalog or any act. What it needs of them at run time it asks for
here by name, and the package that assembles the layers (``penalties/__init__.py``) says where
each one lives:

- ``"explain"``, ``"assessment_html"``, ``"article_html"``, ``"assessment_from_dict"``: the
  renderers and the JSON reader, imported on first use (``import penalties`` loads no renderer);
- ``"sentencing_explain"``, ``"sentencing_html"``, ``"sentencing_from_dict"``,
  ``"adjustment_from_dict"``: the same for the results of :mod:`penalties.core.sentencing`;
- ``"concurrence_explain"``, ``"concurrence_html"``, ``"concurrence_from_dict"``: the same for
  one act under several provisions (:class:`penalties.law.cn.concurrence.Concurrence`), so that
  the law module holds the rule of law and the result type only;
- ``"figure_phrase"`` (many providers, see :func:`add`): an act that writes figures from data
  (Iran's dated amounts) reads back the phrase behind an English source or decree label, which
  the renderers translate;
- ``"load_declarations"``: the catalog's loader, which imports every registered act so that the
  kinds of sanction they declare exist (``SanctionKind.TAZIR_IMPRISONMENT`` before any Iranian
  article was asked for; an assessment unpickled in a fresh process).

This module is the only place where a name turns into a function of another layer.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from typing import Any

__all__ = ["add", "each", "get", "load_declarations", "provide", "provide_lazily"]

_FOUND: dict[str, Callable[..., Any]] = {}
#: name -> (module, attribute), resolved on first use.
_LAZY: dict[str, tuple[str, str]] = {}
_LOADING = threading.local()
_MANY: dict[str, tuple[Callable[..., Any], ...]] = {}


def provide(name: str, function: Callable[..., Any]) -> None:
    """Make ``function`` the implementation of the hook ``name``."""
    _FOUND[name] = function


def provide_lazily(name: str, module: str, attribute: str) -> None:
    """Make ``module.attribute`` the implementation of ``name``, imported when first asked for."""
    _FOUND.pop(name, None)
    _LAZY[name] = (module, attribute)


def get(name: str) -> Callable[..., Any]:
    """The implementation of the hook ``name`` (``LookupError`` when nothing provides it)."""
    found = _FOUND.get(name)
    if found is None:
        where = _LAZY.get(name)
        if where is None:
            raise LookupError(f"nothing provides {name!r}: import penalties, which assembles the layers")
        found = _FOUND[name] = getattr(importlib.import_module(where[0]), where[1])
    return found


def add(name: str, function: Callable[..., Any]) -> None:
    """Add ``function`` to the providers of ``name`` (each act adds its own; once each)."""
    known = _MANY.get(name, ())
    if function not in known:
        _MANY[name] = (*known, function)


def each(name: str) -> tuple[Callable[..., Any], ...]:
    """The providers of ``name``, in the order they were added."""
    return _MANY.get(name, ())


def load_declarations() -> None:
    """Have every registered act declare what it adds to the core (kinds of sanction, phrases).

    Does nothing when no catalog is assembled, or when called again while the acts load (an act
    module that names a kind it has not declared yet then gets an ``AttributeError``).
    """
    if getattr(_LOADING, "active", False) or ("load_declarations" not in _FOUND and "load_declarations" not in _LAZY):
        return
    _LOADING.active = True
    try:
        get("load_declarations")()
    finally:
        _LOADING.active = False

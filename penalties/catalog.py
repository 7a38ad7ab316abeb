"""The registry of articles: id -> article, aliases, and listing by act, loaded lazily.

Ids read like citations: ``<jurisdiction>.<act>.<article>[.<paragraph>]``, lower case, e.g.
``cn.dsl.47`` (PRC Data Security Law Art 47) or ``cn.dsl.45.2`` (Art 45 para 2). An act may add
aliases (the Iranian Computer Crimes Law numbers its articles 1-56 inside the Islamic Penal Code's
729-783). Ids are stable: they are part of the public API and of the JSON output.

Acts load on first use, as python-holidays loads countries: ``import penalties`` imports no act;
``article("ir.ipc.729")`` imports the Iranian act only. :data:`ACTS` maps each act id (and each
alias prefix) to the module that declares it; adding an act is one module and one line here.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .core import hooks
from .core.errors import UnknownActError, UnknownArticleError

if TYPE_CHECKING:  # the core's formulas load with the first act, not with the catalog
    from .core.article import Act, Article

__all__ = ["ACTS", "LAW_MODULES", "acts", "article", "catalog"]

#: Act id -> the module under ``penalties.law`` that declares its ``ARTICLES`` (and ``ALIASES``),
#: in catalog order.
ACTS: dict[str, str] = {
    "cn.dsl": "penalties.law.cn.data_security_law",
    "cn.cl": "penalties.law.cn.criminal_law",
    "cn.idcard": "penalties.law.cn.id_card_law",
    "cn.pipl": "penalties.law.cn.pipl",
    "cn.csl": "penalties.law.cn.cybersecurity_law",
    "ir.ipc": "penalties.law.ir.computer_crimes_law",
}
#: Alias prefixes -> the act whose module declares them (``ir.ccl.1`` is ``ir.ipc.729``).
ALIAS_PREFIXES: dict[str, str] = {"ir.ccl": "ir.ipc"}
#: The law modules, in catalog order.
LAW_MODULES: tuple[str, ...] = tuple(ACTS.values())

_ARTICLES: dict[str, Article] = {}
_ALIASES: dict[str, str] = {}
_BY_ACT: dict[str, tuple[Article, ...]] = {}
# Re-entrant: an act module being imported may ask for a kind of sanction that another act
# declares (see core.hooks.load_declarations), which loads that act in the same thread.
_LOCK = threading.RLock()
_IMPORTING: set[str] = set()


def _load(act_id: str) -> tuple[Article, ...]:
    """The articles of ``act_id``, importing its module on first use (thread-safe)."""
    found = _BY_ACT.get(act_id)
    if found is not None:
        return found
    with _LOCK:
        found = _BY_ACT.get(act_id)
        if found is not None:
            return found
        _IMPORTING.add(act_id)
        try:
            module = importlib.import_module(ACTS[act_id])
        finally:
            _IMPORTING.discard(act_id)
        entries = tuple(module.ARTICLES)
        for entry in entries:
            if entry.id in _ARTICLES:
                raise RuntimeError(f"duplicate article id {entry.id}")
            if entry.act.id != act_id:
                raise RuntimeError(f"{entry.id} is declared by the module of {act_id}")
        aliases: Mapping[str, str] = getattr(module, "ALIASES", {})
        _ARTICLES.update((entry.id, entry) for entry in entries)
        _ALIASES.update(aliases)
        _BY_ACT[act_id] = entries
        return entries


def _load_all() -> None:
    for act_id in ACTS:
        _load(act_id)


def _declare_all() -> None:
    """Import every act that is not being imported already, so that it declares its kinds."""
    with _LOCK:
        for act_id in ACTS:
            if act_id not in _IMPORTING:
                _load(act_id)


hooks.provide("load_declarations", _declare_all)


def _act_of(article_id: str) -> str | None:
    """The registered act (or alias prefix's act) that ``article_id`` falls under."""
    for prefix in ACTS:
        if article_id.startswith(prefix + "."):
            return prefix
    for prefix, act_id in ALIAS_PREFIXES.items():
        if article_id.startswith(prefix + "."):
            return act_id
    return None


def article(article_id: str) -> Article:
    """The article with this id (or alias); :class:`UnknownArticleError` with suggestions otherwise."""
    if isinstance(article_id, str):
        found = _ARTICLES.get(article_id)
        if found is not None:
            return found
        key = article_id.strip().lower()
        act_id = _act_of(key) if len(key) <= 100 else None
        if act_id is not None:
            _load(act_id)
        key = _ALIASES.get(key, key)
        found = _ARTICLES.get(key)
        if found is not None:
            return found
    # Suggestions look across every act.
    _load_all()
    raise UnknownArticleError(article_id, list(_ARTICLES) + list(_ALIASES))


def catalog(act: str | None = None) -> tuple[Article, ...]:
    """Every catalogued article in statute order, or only those of ``act`` (``"cn.dsl"``)."""
    if act is None:
        return tuple(entry for act_id in ACTS for entry in _load(act_id))
    if not isinstance(act, str) or act not in ACTS:
        raise UnknownActError(act, ACTS)
    return _load(act)


def acts() -> tuple[Act, ...]:
    """The catalogued acts."""
    return tuple(_load(act_id)[0].act for act_id in ACTS)

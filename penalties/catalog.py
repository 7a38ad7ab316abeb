"""The registry of articles: id -> article, aliases, and listing by act.

Ids read like citations: ``<jurisdiction>.<act>.<article>[.<paragraph>]``, lower case, e.g.
``cn.dsl.47`` (PRC Data Security Law Art 47) or ``cn.dsl.45.2`` (Art 45 para 2). An act may add
aliases (the Iranian Computer Crimes Law numbers its articles 1-56 inside the Islamic Penal Code's
729-783). Ids are stable: they are part of the public API and of the JSON output.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping

from .core.article import Act, Article
from .core.errors import UnknownArticleError

__all__ = ["LAW_MODULES", "acts", "article", "catalog"]

#: Modules under ``penalties.law`` that declare ``ARTICLES`` (and optionally ``ALIASES``).
LAW_MODULES: tuple[str, ...] = (
    "penalties.law.cn.data_security_law",
    "penalties.law.cn.criminal_law",
    "penalties.law.cn.id_card_law",
    "penalties.law.ir.computer_crimes_law",
)

_ARTICLES: dict[str, Article] = {}
_ALIASES: dict[str, str] = {}


def _load() -> None:
    for name in LAW_MODULES:
        module = importlib.import_module(name)
        for entry in module.ARTICLES:
            if entry.id in _ARTICLES:
                raise RuntimeError(f"duplicate article id {entry.id}")
            _ARTICLES[entry.id] = entry
        aliases: Mapping[str, str] = getattr(module, "ALIASES", {})
        _ALIASES.update(aliases)


_load()


def article(article_id: str) -> Article:
    """The article with this id (or alias); :class:`UnknownArticleError` with suggestions otherwise."""
    if isinstance(article_id, str):
        found = _ARTICLES.get(article_id)
        if found is not None:
            return found
        key = article_id.strip().lower()
        key = _ALIASES.get(key, key)
        found = _ARTICLES.get(key)
        if found is not None:
            return found
    raise UnknownArticleError(article_id, list(_ARTICLES) + list(_ALIASES))


def catalog(act: str | None = None) -> tuple[Article, ...]:
    """Every catalogued article in statute order, or only those of ``act`` (``"cn.dsl"``)."""
    if act is None:
        return tuple(_ARTICLES.values())
    chosen = tuple(a for a in _ARTICLES.values() if a.act.id == act)
    if not chosen:
        raise UnknownArticleError(act, {a.act.id for a in _ARTICLES.values()})
    return chosen


def acts() -> tuple[Act, ...]:
    """The catalogued acts."""
    return tuple({a.act.id: a.act for a in _ARTICLES.values()}.values())

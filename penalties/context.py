"""The locale of explanations, chosen once for a block of code.

>>> import penalties
>>> a = penalties.assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01")
>>> with penalties.in_locale("zh_CN"):
...     text = a.explain()            # as a.explain("zh_CN")
>>> text.startswith("《中华人民共和国数据安全法》")
True

The choice lives in a :class:`contextvars.ContextVar`: it is private to each thread and each
asyncio task (a task started inside the block inherits it), and it ends with the block even when
the block raises. An explicit argument (``a.explain("fa_IR")``) always wins over it.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["FROM_CONTEXT", "FromContext", "current_locale", "in_locale", "locale_or_context"]

_LOCALE: contextvars.ContextVar[str] = contextvars.ContextVar("penalties_locale", default="en")


class FromContext:
    """The type of :data:`FROM_CONTEXT`, the default ``locale`` of ``explain`` and ``to_html``.

    A distinct default, rather than ``None``, keeps ``explain(None)`` an error like any other value
    that is not a locale.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return "<the locale of in_locale(), else 'en'>"

    def __reduce__(self) -> str:
        return "FROM_CONTEXT"


#: "The locale chosen with :func:`in_locale`": the default ``locale`` argument of the renderers.
FROM_CONTEXT = FromContext()


def current_locale() -> str:
    """The locale that explanations use when none is given: ``"en"`` outside :func:`in_locale`."""
    return _LOCALE.get()


def locale_or_context(locale: str | FromContext) -> str:
    """``locale`` itself, or the current locale when it is :data:`FROM_CONTEXT`."""
    return _LOCALE.get() if isinstance(locale, FromContext) else locale


@contextmanager
def in_locale(locale: str) -> Iterator[str]:
    """Within the block, :meth:`~penalties.Assessment.explain`, ``to_html`` and ``str()`` use ``locale``.

    The locale is checked on entry (an unsupported one is an
    :class:`~penalties.core.errors.UnknownLocaleError` at the ``with``, not at the first
    explanation) and resolved as everywhere (``"fa"`` -> ``"fa_IR"``); the block receives it.
    """
    from .render.i18n import resolve_locale

    token = _LOCALE.set(resolve_locale(locale))
    try:
        yield _LOCALE.get()
    finally:
        _LOCALE.reset(token)

"""Penal statutes as typed, tested, explainable formulas.

>>> from penalties import assess
>>> a = assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01")
>>> a.fine
[250,000 CNY, 2,500,000 CNY]

``assess(article_id, **facts)`` evaluates one article for the facts of a case and returns an
:class:`Assessment`; :func:`catalog` lists the articles; every error is a :class:`PenaltiesError`.
``article.facts()`` and ``article.readings()`` say what an article reads; :func:`facts_from_json`
reads facts from JSON; ``with in_locale("fa_IR"):`` sets the language of explanations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .catalog import acts, article, catalog
from .context import current_locale, in_locale
from .core import hooks as _hooks
from .core.errors import (
    CurrencyMismatchError,
    InvalidFactError,
    NotDeterminableError,
    NotInForceError,
    PenaltiesError,
    UnknownActError,
    UnknownArticleError,
    UnknownLocaleError,
    UnknownSanctionKindError,
)

if TYPE_CHECKING:
    from .core.article import Act, Article
    from .core.assessment import Assessment
    from .core.citation import Citation
    from .core.facts import Facts, OffenderKind
    from .core.formula import Step
    from .core.interval import Interval
    from .core.money import Money
    from .core.readings import reading_values
    from .core.sanction import Addressee, Combination, CombinationKind, Modality, Sanction, SanctionKind
    from .core.sentencing import (
        Adjustment,
        Direction,
        Limitation,
        OffenceSentence,
        Probation,
        SentenceRange,
        SeveralOffences,
        sentencing_schema,
    )
    from .core.term import Term, TermUnit
    from .render.codec import facts_from_json
    from .render.html import Localized

__all__ = [
    "Act",
    "Addressee",
    "Adjustment",
    "Article",
    "Assessment",
    "Citation",
    "Combination",
    "CombinationKind",
    "Concurrence",
    "CurrencyMismatchError",
    "Direction",
    "Facts",
    "Interval",
    "InvalidFactError",
    "Limitation",
    "Localized",
    "Modality",
    "Money",
    "NotDeterminableError",
    "NotInForceError",
    "OffenceSentence",
    "OffenderKind",
    "PenaltiesError",
    "Probation",
    "Sanction",
    "SanctionKind",
    "SentenceRange",
    "SeveralOffences",
    "Step",
    "Term",
    "TermUnit",
    "UnknownActError",
    "UnknownArticleError",
    "UnknownLocaleError",
    "UnknownSanctionKindError",
    "acts",
    "article",
    "assess",
    "assessment_schema",
    "catalog",
    "concur",
    "concurrence_schema",
    "current_locale",
    "facts_from_json",
    "in_locale",
    "reading_values",
    "sentencing_schema",
]

__version__ = "0.1.0"


def assess(article_id: str, /, **facts: Any) -> Assessment:
    """Assess the case described by ``facts`` under the article ``article_id``.

    ``facts`` are keywords of the act's facts type, e.g. for the Data Security Law
    ``offender`` ("organisation" or "individual"), ``illegal_gains`` (exact: int, str, Decimal
    or Fraction, in yuan), ``circumstances`` (a set of names such as ``"refused_correction"``)
    and ``on`` (the date of assessment, default today).

    Raises :class:`UnknownArticleError` (with suggestions), :class:`InvalidFactError` (naming the
    field, the value and what is valid) or :class:`NotInForceError`.
    """
    return article(article_id).assess(**facts)


def assessment_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :meth:`Assessment.to_dict`, shipped in the package."""
    import json
    from importlib import resources

    text = resources.files("penalties.schema").joinpath("assessment.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


# The core reaches the renderers through named hooks; they are imported on first use.
_hooks.provide_lazily("explain", "penalties.render.text", "explain")
_hooks.provide_lazily("assessment_html", "penalties.render.html", "assessment_html")
_hooks.provide_lazily("article_html", "penalties.render.html", "article_html")
_hooks.provide_lazily("assessment_from_dict", "penalties.render.codec", "assessment_from_dict")
_hooks.provide_lazily("adjustment_from_dict", "penalties.render.codec", "adjustment_from_dict")
_hooks.provide_lazily("sentencing_from_dict", "penalties.render.codec", "sentencing_from_dict")
_hooks.provide_lazily("sentencing_explain", "penalties.render.text", "sentencing_explain")
_hooks.provide_lazily("sentencing_html", "penalties.render.html", "sentencing_html")
_hooks.provide_lazily("concurrence_explain", "penalties.render.text", "concurrence_explain")
_hooks.provide_lazily("concurrence_html", "penalties.render.html", "concurrence_html")
_hooks.provide_lazily("concurrence_from_dict", "penalties.render.codec", "concurrence_from_dict")

#: Public names imported on first use. ``import penalties`` loads the catalog, the errors and the
#: hooks only: the core's value types and formulas load with the first act that is asked for (or
#: the first of these names), the renderers with the first explanation.
_LAZY = {
    "Act": "penalties.core.article",
    "Article": "penalties.core.article",
    "Assessment": "penalties.core.assessment",
    "Citation": "penalties.core.citation",
    "Facts": "penalties.core.facts",
    "OffenderKind": "penalties.core.facts",
    "Step": "penalties.core.formula",
    "Interval": "penalties.core.interval",
    "Money": "penalties.core.money",
    "reading_values": "penalties.core.readings",
    "Addressee": "penalties.core.sanction",
    "Combination": "penalties.core.sanction",
    "CombinationKind": "penalties.core.sanction",
    "Modality": "penalties.core.sanction",
    "Sanction": "penalties.core.sanction",
    "SanctionKind": "penalties.core.sanction",
    "Adjustment": "penalties.core.sentencing",
    "Direction": "penalties.core.sentencing",
    "OffenceSentence": "penalties.core.sentencing",
    "Limitation": "penalties.core.sentencing",
    "Probation": "penalties.core.sentencing",
    "SentenceRange": "penalties.core.sentencing",
    "SeveralOffences": "penalties.core.sentencing",
    "sentencing_schema": "penalties.core.sentencing",
    "Term": "penalties.core.term",
    "TermUnit": "penalties.core.term",
    "facts_from_json": "penalties.render.codec",
    "Localized": "penalties.render.html",
    # One act under several provisions (Administrative Penalty Law Art 29).
    "concur": "penalties.law.cn.concurrence",
    "Concurrence": "penalties.law.cn.concurrence",
    "concurrence_schema": "penalties.law.cn.concurrence",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'penalties' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public API (``__all__``) and the version, without the module's own imports."""
    return sorted([*__all__, "__version__"])

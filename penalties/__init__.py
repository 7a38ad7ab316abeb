"""Penal statutes as typed, tested, explainable formulas.

>>> from penalties import assess
>>> a = assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01")
>>> a.fine
[250,000 CNY, 2,500,000 CNY]

``assess(article_id, **facts)`` evaluates one article for the facts of a case and returns an
:class:`Assessment`; :func:`catalog` lists the articles; every error is a :class:`PenaltiesError`.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from .catalog import acts, article, catalog
from .core.article import Act, Article
from .core.assessment import Assessment
from .core.citation import Citation
from .core.errors import (
    CurrencyMismatchError,
    InvalidFactError,
    NotDeterminableError,
    NotInForceError,
    PenaltiesError,
    UnknownArticleError,
    UnknownLocaleError,
)
from .core.facts import Facts, OffenderKind
from .core.formula import Step
from .core.interval import Interval
from .core.money import Money
from .core.sanction import Addressee, Combination, CombinationKind, Modality, Sanction, SanctionKind
from .core.term import Term, TermUnit

__all__ = [
    "Act",
    "Addressee",
    "Article",
    "Assessment",
    "Citation",
    "Combination",
    "CombinationKind",
    "CurrencyMismatchError",
    "Facts",
    "Interval",
    "InvalidFactError",
    "Modality",
    "Money",
    "NotDeterminableError",
    "NotInForceError",
    "OffenderKind",
    "PenaltiesError",
    "Sanction",
    "SanctionKind",
    "Step",
    "Term",
    "TermUnit",
    "UnknownArticleError",
    "UnknownLocaleError",
    "acts",
    "article",
    "assess",
    "assessment_schema",
    "catalog",
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
    text = resources.files("penalties.schema").joinpath("assessment.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema

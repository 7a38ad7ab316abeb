"""Versions of an article in time, and the act's rule for choosing between them.

A penalty depends on two dates: the day of the act (``offence_date``) and the day of the decision
or judgment (``on``). An article carries its earlier texts as :class:`Version` objects, oldest
first; the article's own text, gloss and formula are its newest text. When the text in force on
the offence date differs from the text in force on the decision date, the act's
:class:`TimeRule` (PRC Criminal Law Art 12, Administrative Penalty Law Art 37, Iran IPC Art 10)
weighs the two and says which one applies; the trace shows both candidates, the comparison and
the choice, each with its citation.

This module is jurisdiction-free: the rules of law themselves live with each jurisdiction
(``penalties.law.cn.time``, ``penalties.law.ir.time``).
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from .citation import Citation
from .formula import Evaluation, Formula, Note, Step
from .messages import N_, message

if TYPE_CHECKING:
    from .article import Article

__all__ = ["STATUSES", "UNVERIFIED", "Candidate", "Choice", "TimeRule", "Version", "at_offence"]

#: The statuses a version's text may carry (an UNVERIFIED text is never encoded).
STATUSES = ("VERIFIED", "SINGLE-SOURCE", "CONFLICT")
#: The status of a catalogued entry whose text was not retrieved: it encodes no text and no formula.
UNVERIFIED = "UNVERIFIED"


def _encodes_nothing(text: str, formula: Formula | None) -> bool:
    """No text, and a formula that is at most a note (e.g. "this text was not retrieved")."""
    return text == "" and (formula is None or isinstance(formula, Note))


def _status(instance: Any, attribute: attrs.Attribute[str], value: object) -> None:
    if value == UNVERIFIED and _encodes_nothing(instance.text, instance.formula):
        return
    if value not in STATUSES:
        raise ValueError(
            f"a version's status is one of {STATUSES} ({UNVERIFIED!r} only for an entry with no text and no "
            f"formula), not {value!r}"
        )


@attrs.frozen(repr=False)
class Version:
    """One dated text of an article: what it said, from when, and which instrument made it.

    ``formula`` is ``None`` for a text that sets no penalty. ``status`` is the status of the
    wording in the sources (``VERIFIED``, ``SINGLE-SOURCE`` or ``CONFLICT``; an unverified text is
    never encoded: ``UNVERIFIED`` is allowed only for an entry with an empty text whose formula is
    at most a note, a catalogued article whose text was not retrieved). ``translation_notes``
    record where a translation departs from the text. ``number`` / ``paragraph`` are where this
    text stood when the act was renumbered (the 2016 Cybersecurity Law's Art 59 para 1 is Art 61
    para 1 of the amended text): ``None`` (default) is the article's own number and paragraph.
    The assessment and the trace cite the number of the text applied.

    >>> import datetime
    >>> v = Version(datetime.date(2009, 2, 28), "Criminal Law Amendment VII", "...", "...", None)
    >>> v.status, v.in_force_from.isoformat()
    ('VERIFIED', '2009-02-28')
    """

    in_force_from: _dt.date
    instrument: str
    text: str
    gloss: str
    formula: Formula | None
    status: str = attrs.field(default="VERIFIED", validator=_status)
    translation_notes: tuple[str, ...] = ()
    number: str | None = None
    paragraph: int | None = None

    def __repr__(self) -> str:
        return f"<Version from {self.in_force_from.isoformat()}: {self.instrument} ({self.status})>"

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe description (the formula is not serialised; see the article's outline)."""
        return {
            "in_force_from": self.in_force_from.isoformat(),
            "instrument": self.instrument,
            "status": self.status,
            "text": self.text,
            "gloss": self.gloss,
            **({} if self.number is None else {"number": self.number}),
            **({} if self.paragraph is None else {"paragraph": self.paragraph}),
        }


@attrs.frozen
class Candidate:
    """One text a time rule weighs: the version, the date that selected it, and its result.

    ``role`` is ``"offence"`` (the text in force on the offence date) or ``"decision"`` (on the
    decision or judgment date).
    """

    role: str
    version: Version
    evaluation: Evaluation = attrs.field(eq=False)


@attrs.frozen
class Choice:
    """A time rule's answer: the role of the text chosen and the steps that explain why."""

    role: str
    steps: tuple[Step, ...]


class TimeRule(Protocol):
    """Chooses between the text of the offence date and the text of the decision date.

    ``basis`` cites the rule of law; :meth:`choose` receives the two candidates (already
    evaluated for the facts) and returns the :class:`Choice`, with the comparison as steps.
    """

    @property
    def basis(self) -> Citation: ...

    def choose(self, article: Article, old: Candidate, new: Candidate) -> Choice: ...


#: The basis of the fallback rule: none of its own (the article's citation is shown instead).
_NO_BASIS = Citation("", "", "")


@attrs.frozen
class _AtOffence:
    """The rule when an act declares none: the text in force on the offence date (no retroactivity)."""

    basis: Citation = _NO_BASIS

    def choose(self, article: Article, old: Candidate, new: Candidate) -> Choice:
        return Choice("offence", (Step("time_text_of_offence", article.basis),))


#: The fallback time rule: the text of the offence date, always.
at_offence: TimeRule = _AtOffence()


# English templates of the steps of time (see ``penalties.core.messages``).
message("step.offence_date_default", N_("no offence date was given: the act is taken to be of the decision date, {on}"))
message(
    "step.not_in_force_at_offence",
    N_(
        "on the offence date, {offence_date}, this article did not yet exist (its first text is in force from "
        "{from}): conduct before it is not punishable under this article"
    ),
)
message("note.not_a_crime_at_offence", N_("not punishable under this article: the conduct predates its first text"))
message(
    "step.time_same_text",
    N_(
        "the same text ({instrument}, in force from {from}, {status}) is in force on the offence date, {date}, "
        "and on the decision date"
    ),
)
message(
    "step.time_candidate_offence",
    N_(
        "candidate 1, the text in force on the offence date, {date}: {instrument}, in force from {from} ({status}); "
        "for these facts: {tier}"
    ),
)
message(
    "step.time_candidate_decision",
    N_(
        "candidate 2, the text in force on the decision date, {date}: {instrument}, in force from {from} ({status}); "
        "for these facts: {tier}"
    ),
)
message(
    "step.time_candidate_decision_undetermined",
    N_(
        "candidate 2, the text in force on the decision date, {date}: {instrument}, in force from {from} ({status}); "
        "for these facts it is not determinable"
    ),
)
message("step.time_chosen_offence", N_("applied: the text of the offence date ({instrument}, in force from {from})"))
message("step.time_chosen_decision", N_("applied: the text of the decision date ({instrument}, in force from {from})"))
message("step.time_text_of_offence", N_("no rule of this act reaches back: the text of the offence date applies"))
message("tier.none", N_("no tier: not punishable under it"))
message("fact.offence_date", N_("offence date"))
message(
    "step.lex_mitior_not_punishable_then",
    N_("the text of the offence date does not punish the act: it is not punishable"),
)
message(
    "step.lex_mitior_not_punishable_now",
    N_("the text of the decision date no longer punishes the act: the new text applies"),
)
message("step.lex_mitior_same", N_("the two texts punish alike: the old text applies"))
message("by.maximum", N_("maximum"))
message("by.minimum", N_("minimum"))

"""PRC rules of time: which text and which judicial interpretation apply on two dates.

Written once, used by every PRC act:

- :data:`CRIMINAL` - Criminal Law Art 12 (从旧兼从轻): the law of the time of the act applies,
  unless the law at trial does not treat the act as a crime or punishes it more lightly.
  "More lightly" (处刑较轻) follows 法释〔1997〕12号 Arts 1-3: compare the statutory maximum, then
  the statutory minimum, of the range that fits the conduct under each text; a tie keeps the old
  law. Reading O1 of the law notes: this test governs later amendments too (the default, and the
  only reading offered: commentaries on Amendment VIII apply it verbatim).
- :data:`ADMINISTRATIVE` - Administrative Penalty Law (2021) Art 37: the rule at the time of the
  act, unless at the decision the rule has been amended and the new rule punishes more lightly or
  no longer treats the act as unlawful. Reading O7: "more lightly" compares the maximum, then the
  minimum, of the fine (like the criminal test). The Data Security Law, the Resident Identity
  Card Law and the acts filed after them declare it as their time rule.
- :func:`interpretation_applies` - the 2001 provisions on the time effect of criminal judicial
  interpretations (高检发释字〔2001〕5号, in force 2001-12-17): an interpretation applies from its
  own date, to acts committed before it in cases not yet adjudicated (item 2); where an older
  interpretation existed at the time of the act, the older one applies unless the newer favours
  the accused (item 3). None of the interpretations the library encodes (2012 on Art 180, 2017 on
  Art 253-1, 2019 on Art 286-1) had a predecessor: joint prosecution standards and notices
  (公通字) are not judicial interpretations (reading O3), so item 2 decides.

Principal penalties order as 法释〔1997〕12号 and the law notes (§1.2) give them: 死刑 > 无期徒刑 >
有期徒刑 > 拘役 > 管制 > a fine alone.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

import attrs

from ...core.citation import Citation
from ...core.formula import Evaluation, Step
from ...core.messages import N_, message
from ...core.sanction import Addressee, CombinationKind, SanctionKind
from ...core.versions import Candidate, Choice

if TYPE_CHECKING:
    from ...core.article import Article

__all__ = [
    "ADMINISTRATIVE",
    "CRIMINAL",
    "INTERPRETATIONS_TIME",
    "LexMitior",
    "Undetermined",
    "criminal_severity",
    "fine_severity",
    "interpretation_applies",
]

CL_12 = Citation("cn.cl", "PRC Criminal Law", "12")
CL_12_TEST = Citation(
    "cn.interp.1997-12", N_("SPC Interpretation of 'Lighter Punishment' in CL Art 12 (法释〔1997〕12号)"), "1"
)
APL_37 = Citation("cn.apl", N_("PRC Administrative Penalty Law"), "37")
#: The 2001 provisions on the time effect of criminal judicial interpretations, item 2.
INTERPRETATIONS_TIME = Citation(
    "cn.interp.2001-5",
    N_("SPC/SPP Provisions on the Time Effect of Criminal Judicial Interpretations (高检发释字〔2001〕5号)"),
    "2",
)

#: Rank of each principal penalty (a fine alone ranks 0).
_RANK = {
    SanctionKind.PUBLIC_SURVEILLANCE: 1,
    SanctionKind.CRIMINAL_DETENTION: 2,
    SanctionKind.FIXED_TERM_IMPRISONMENT: 3,
}
_FINE_ALONE = 0
_NO_FINE = -1

#: A severity: (rank, bound) pairs for the maximum and the minimum; a bound of ``None`` is a
#: penalty without a quantity (a fine alone whose amount the text leaves open).
Severity = tuple[tuple[int, Any], tuple[int, Any]]


class Undetermined(Exception):
    """A grader cannot say which tier the numbers reach (the caller decides whether a named
    circumstance settles it, else the answer is "not determinable")."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _punished(ev: Evaluation) -> Addressee:
    # A unit's principal penalties fall on its directly responsible persons (CL Art 31).
    persons = any(s.addressee is Addressee.RESPONSIBLE_PERSONS and s.kind in _RANK for s in ev.sanctions)
    return Addressee.RESPONSIBLE_PERSONS if persons else Addressee.OFFENDER


def criminal_severity(ev: Evaluation) -> Severity:
    """Maximum and minimum of the statutory range that fits the conduct (法释〔1997〕12号 Arts 1-2).

    The maximum is the heaviest principal penalty with its upper bound; the minimum is the lightest
    with its lower bound, and a fine that may be imposed alone (并处或者单处罚金) is the lightest of all.
    """
    who = _punished(ev)
    custodial = [(i, s) for i, s in enumerate(ev.sanctions) if s.addressee is who and s.kind in _RANK]
    fines = [i for i, s in enumerate(ev.sanctions) if s.addressee is who and s.kind is SanctionKind.FINE]
    if not custodial:
        fine = ev.sanctions[fines[0]].range if fines else None
        point = (_FINE_ALONE, None if fine is None else fine.high)
        low = (_FINE_ALONE, None if fine is None else fine.low)
        return point, low
    high_sanction = max(custodial, key=lambda item: (_RANK[item[1].kind], _high(item[1])))[1]
    low_sanction = min(custodial, key=lambda item: (_RANK[item[1].kind], _low(item[1])))[1]
    maximum = (_RANK[high_sanction.kind], _high(high_sanction))
    # A fine that is itself a choice of a "one of" or "any of" group may be imposed alone (单处罚金).
    alone = any(c.kind is not CombinationKind.ALL_OF and any(i in c.members for i in fines) for c in ev.combinations)
    minimum = (_FINE_ALONE, None) if alone else (_RANK[low_sanction.kind], _low(low_sanction))
    return maximum, minimum


def fine_severity(ev: Evaluation) -> Severity:
    """Maximum and minimum of the fine on the offender (APL Art 37, reading O7); no fine ranks 0."""
    for sanction in ev.sanctions:
        if sanction.kind is SanctionKind.FINE and sanction.addressee is Addressee.OFFENDER and sanction.range:
            return (_FINE_ALONE, sanction.range.high), (_FINE_ALONE, sanction.range.low)
    return (_NO_FINE, None), (_NO_FINE, None)


def _high(sanction: Any) -> Any:
    return None if sanction.range is None else sanction.range.high


def _low(sanction: Any) -> Any:
    return None if sanction.range is None else sanction.range.low


def _lighter(new: tuple[int, Any], old: tuple[int, Any]) -> bool | None:
    """Whether ``new`` is lighter than ``old`` (``None``: equal)."""
    if new[0] != old[0]:
        return new[0] < old[0]
    if new[1] is None or old[1] is None or new[1] == old[1]:
        return None
    return bool(new[1] < old[1])


@attrs.frozen
class LexMitior:
    """The old text unless the new one does not punish the act or punishes it more lightly.

    ``basis`` is the rule (CL Art 12, APL Art 37); ``test`` what "more lightly" means and
    ``severity`` how it is measured. A tie keeps the old text (法释〔1997〕12号 Art 3).
    """

    basis: Citation
    test: Citation
    severity: Any = attrs.field(eq=False)
    #: The step that states the measure compared (``lex_mitior_compare_criminal`` / ``_fine``).
    measure: str = "criminal"

    def choose(self, article: Article, old: Candidate, new: Candidate) -> Choice:
        old_ev, new_ev = old.evaluation, new.evaluation
        if old_ev.penal is False:
            return Choice("offence", (Step("lex_mitior_not_punishable_then", self.basis),))
        if new_ev.penal is False:
            return Choice("decision", (Step("lex_mitior_not_punishable_now", self.basis),))
        old_max, old_min = self.severity(old_ev)
        new_max, new_min = self.severity(new_ev)
        steps = [
            _compared(self.measure, self.test, "old", old_max, old_min),
            _compared(self.measure, self.test, "new", new_max, new_min),
        ]
        lighter = _lighter(new_max, old_max)
        by = "maximum"
        if lighter is None:
            lighter, by = _lighter(new_min, old_min), "minimum"
        if lighter:
            steps.append(Step("lex_mitior_new_lighter", self.basis, (("by", by),)))
            return Choice("decision", tuple(steps))
        code = "lex_mitior_same" if lighter is None else "lex_mitior_new_heavier"
        steps.append(Step(code, self.basis, (("by", by),)))
        return Choice("offence", tuple(steps))


def _compared(measure: str, basis: Citation, role: str, maximum: tuple[int, Any], minimum: tuple[int, Any]) -> Step:
    """The step stating one text's maximum and minimum (each kind named beside its bound)."""
    if measure == "fine":
        if maximum[0] == _NO_FINE:
            return Step("lex_mitior_compare_no_fine", basis, (("text", role),))
        bounds = (("maximum", maximum[1]), ("minimum", minimum[1]))
        return Step("lex_mitior_compare_fine", basis, (("text", role), *bounds))
    if maximum[0] == _FINE_ALONE:
        return Step("lex_mitior_compare_fine_only", basis, (("text", role),))
    params: tuple[tuple[str, Any], ...] = (
        ("text", role),
        ("maximum_kind", _KIND_OF_RANK[maximum[0]]),
        ("maximum", maximum[1]),
    )
    if minimum[0] == _FINE_ALONE:
        return Step("lex_mitior_compare_criminal_fine_alone", basis, params)
    lowest = (("minimum_kind", _KIND_OF_RANK[minimum[0]]), ("minimum", minimum[1]))
    return Step("lex_mitior_compare_criminal", basis, (*params, *lowest))


_KIND_OF_RANK = {rank: kind for kind, rank in _RANK.items()}


#: CL Art 12 with 法释〔1997〕12号's test.
CRIMINAL = LexMitior(CL_12, CL_12_TEST, criminal_severity, "criminal")
#: APL Art 37, reading O7 (compare the fine's maximum, then its minimum).
ADMINISTRATIVE = LexMitior(APL_37, APL_37, fine_severity, "fine")


def interpretation_applies(ev: Evaluation, source: Citation, start: _dt.date, measured: bool) -> bool:
    """Whether a judicial interpretation in force from ``start`` governs this case (2001 provisions).

    It applies when the decision is on or after ``start``, also to an act committed before it
    (item 2; the trace says so). Before ``start`` it does not apply; if the case carries numbers
    that only the interpretation could grade (``measured``), the tier is not determinable:
    :class:`Undetermined` is raised for the caller to settle by a named circumstance or refuse.
    """
    facts = ev.facts
    if facts.on < start:
        ev.trace.append(Step("interpretation_not_in_force", source, (("from", start),)))
        if measured:
            raise Undetermined(
                f"no judicial interpretation giving numeric standards was in force on the decision date "
                f"{facts.on.isoformat()} (the one cited is in force from {start.isoformat()}); "
                f"seriousness is then a finding of the court: name it with circumstances "
                f"(e.g. 'serious')"
            )
        return False
    if facts.offence_day < start:
        ev.trace.append(Step("interpretation_applies_to_earlier_act", INTERPRETATIONS_TIME, (("from", start),)))
    return True


message(
    "step.lex_mitior_compare_criminal",
    N_(
        "the {text} text, for the range that fits the conduct: at most {maximum} of {maximum_kind}, at least "
        "{minimum} of {minimum_kind}"
    ),
)
message(
    "step.lex_mitior_compare_criminal_fine_alone",
    N_(
        "the {text} text, for the range that fits the conduct: at most {maximum} of {maximum_kind}, at least a "
        "fine alone"
    ),
)
message("step.lex_mitior_compare_fine_only", N_("the {text} text, for the range that fits the conduct: a fine only"))
message("step.lex_mitior_compare_fine", N_("the {text} text: a fine of at most {maximum} and at least {minimum}"))
message("step.lex_mitior_compare_no_fine", N_("the {text} text: no fine"))
message("text.old", N_("old"))
message("text.new", N_("new"))
message("step.lex_mitior_new_lighter", N_("the new text punishes more lightly (by the {by}): it applies"))
message("step.lex_mitior_new_heavier", N_("the new text punishes more heavily (by the {by}): the old text applies"))
message(
    "step.interpretation_applies_to_earlier_act",
    N_(
        "the interpretation in force from {from} applies to an act committed before it in a case not yet "
        "adjudicated (no interpretation existed at the time of the act)"
    ),
)

"""Iranian rules of time: IPC Art 10 (the later, more lenient law) and Art 28 (amounts by date).

- :data:`LENIENT_LATER_LAW` - IPC Art 10: a punishment rests on the law made before the offence;
  a later law that mitigates, removes the punishment or is "in any respect more favourable"
  applies to earlier offences until the final judgment; a harsher later law never does. The
  library compares the two texts sanction by sanction (kind, minimum, maximum): the later text
  applies when it is lighter in some respect and harsher in none, or no longer punishes the act.
  When it is lighter in one respect and harsher in another, the advisory opinions (7/92/1309,
  7/92/1356) leave the comparison to the judge on the file: the text of the offence date is kept
  and the trace says the comparison is mixed.
- :func:`dated_figure` - IPC Art 28 and the amount decrees, open reading O1 ``amounts_basis``:
  ``"judgment_date"`` (default: Art 28's words bind judgments issued after a decree),
  ``"offence_date"`` (Art 10 and opinion 7/92/1355 treat a harsher rule as non-retroactive) or
  ``"most_favourable"`` (the lowest amounts in force at any time from the offence to the
  judgment). No ruling settles it (law notes iran_time_and_sentencing.md §2.3), so when the
  figures of the two dates differ the trace names the reading and also shows the figure of the
  offence date.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

import attrs

from ...core.citation import Citation
from ...core.facts import Facts
from ...core.formula import Evaluation, Step
from ...core.messages import N_, message
from ...core.readings import reading_is
from ...core.sanction import Addressee
from ...core.versions import Candidate, Choice

if TYPE_CHECKING:
    from ...core.article import Article
    from .amounts import Figure, Schedule

__all__ = ["ART_10", "ART_28", "LENIENT_LATER_LAW", "amounts_date", "dated_figure"]

#: The general part of the Islamic Penal Code (1392), cited apart from the Computer Crimes Law.
IPC = N_("Islamic Penal Code")
ART_10 = Citation("ir.ipc.general", IPC, "10")
ART_28 = Citation("ir.ipc.general", IPC, "28")


def _measures(ev: Evaluation) -> dict[Any, tuple[Any, Any]]:
    """Each kind of sanction on the offender with its (minimum, maximum); ``None`` when unmeasured."""
    found: dict[Any, tuple[Any, Any]] = {}
    for sanction in ev.sanctions:
        if sanction.addressee is not Addressee.OFFENDER:
            continue
        rng = sanction.range
        found[sanction.kind] = (None, None) if rng is None else (rng.low, rng.high)
    return found


def compare(old: Evaluation, new: Evaluation) -> tuple[bool, bool]:
    """(the new text is lighter in some respect, the new text is harsher in some respect)."""
    before, after = _measures(old), _measures(new)
    lighter = harsher = False
    for kind in before.keys() | after.keys():
        if kind not in after:
            lighter = True
            continue
        if kind not in before:
            harsher = True
            continue
        for was, now in zip(before[kind], after[kind], strict=True):
            if was is None or now is None or was == now:
                continue
            if now < was:
                lighter = True
            else:
                harsher = True
    return lighter, harsher


@attrs.frozen
class LenientLaterLaw:
    """IPC Art 10 as a time rule (see the module docstring)."""

    basis: Citation = ART_10

    def choose(self, article: Article, old: Candidate, new: Candidate) -> Choice:
        if old.evaluation.penal is False:
            return Choice("offence", (Step("lex_mitior_not_punishable_then", self.basis),))
        if new.evaluation.penal is False:
            return Choice("decision", (Step("lex_mitior_not_punishable_now", self.basis),))
        lighter, harsher = compare(old.evaluation, new.evaluation)
        if lighter and not harsher:
            return Choice("decision", (Step("art10_more_favourable", self.basis),))
        if harsher and lighter:
            return Choice("offence", (Step("art10_mixed", self.basis),))
        code = "art10_harsher" if harsher else "lex_mitior_same"
        return Choice("offence", (Step(code, self.basis, (("by", "maximum"),)),))


#: IPC Art 10, the Iranian time rule.
LENIENT_LATER_LAW = LenientLaterLaw()


def _lower(a: Figure, b: Figure) -> bool:
    return bool((a.range.high, a.range.low) < (b.range.high, b.range.low))


def amounts_date(schedule: Schedule, facts: Facts) -> _dt.date:
    """The date whose amounts apply under the reading ``amounts_basis`` (IPC Art 28, O1)."""
    readings: Any = getattr(facts, "readings", None)
    on, offence = facts.on, facts.offence_day
    if offence == on or reading_is(readings, "amounts_basis", "judgment_date"):
        return on
    if reading_is(readings, "amounts_basis", "offence_date"):
        return offence
    best_day, best = offence, schedule.at(offence, readings)
    for figure in schedule.figures:
        day = figure.decree.effective
        if offence < day <= on:
            found = schedule.at(day, readings)
            if _lower(found, best):
                best_day, best = day, found
    return best_day


def dated_figure(ev: Evaluation, schedule: Schedule) -> tuple[Figure, _dt.date]:
    """The figure of ``schedule`` that applies to the case, and the date it is taken from.

    When the offence date's and the judgment date's figures differ, the trace names the reading
    ``amounts_basis`` and states the figure of the date not chosen (law notes §11, O1: "show the
    offence-date figure in the explanation").
    """
    facts: Any = ev.facts
    readings = facts.readings
    on, offence = facts.on, facts.offence_date
    if offence is None or offence == on:
        figure = schedule.at(on, readings)  # one date: nothing to choose (the hot path)
        if schedule.alternatives:
            _alternative_reading(ev, schedule, figure)
        return figure, on
    day = amounts_date(schedule, ev.facts)
    figure = schedule.at(day, readings)
    if schedule.alternatives:
        _alternative_reading(ev, schedule, figure)
    if facts.offence_day != facts.on:
        at_offence = schedule.at(facts.offence_day, readings)
        at_judgment = schedule.at(facts.on, readings)
        if at_offence is not at_judgment:
            value = readings.amounts_basis
            ev.trace.append(Step("reading", ART_28, (("reading", "amounts_basis"), ("value", value))))
            other = at_offence if figure is not at_offence else at_judgment
            which = "offence" if other is at_offence else "judgment"
            ev.trace.append(
                Step(
                    f"amounts_other_date_{which}",
                    ART_28,
                    (("range", other.range), ("decree", other.decree.label), ("status", other.status.value)),
                )
            )
    return figure, day


def _alternative_reading(ev: Evaluation, schedule: Schedule, figure: Figure) -> None:
    step = alternative_reading_step(schedule, figure, ev.facts.readings)  # type: ignore[attr-defined]
    if step is not None:
        ev.trace.append(step)


def alternative_reading_step(schedule: Schedule, figure: Figure, readings: Any) -> Step | None:
    """The step naming the open reading that chose ``figure`` when its instrument's figure is
    contested (Art 736, 1399); ``None`` on other dates, where the reading decides nothing."""
    from .act import cite  # the act module imports this one

    for reading, _value, alternative in schedule.alternatives:
        if alternative.decree is figure.decree:
            value = getattr(readings, reading)
            effect = f"the amount of Art {schedule.key} set by {figure.decree.label} conflicts between sources"
            return Step("reading", cite(schedule.key), (("reading", reading), ("value", value), ("effect", effect)))
    return None


message(
    "step.dated_amount_on",
    N_("the {kind} in force on {date} is {range}, set by {decree} ({status}; sources: {sources})"),
)
message(
    "reading.amounts_basis",
    N_("which amounts apply to an offence committed before an amount decree and judged after it (IPC Art 28)"),
)
message("reading.amounts_basis.judgment_date", N_("the amounts of the judgment date"))
message("reading.amounts_basis.offence_date", N_("the amounts of the offence date"))
message("reading.amounts_basis.most_favourable", N_("the most favourable amounts from the offence to the judgment"))
message(
    "step.amounts_other_date_offence",
    N_("for comparison, the amounts in force on the offence date: {range} ({decree}, {status})"),
)
message(
    "step.amounts_other_date_judgment",
    N_("for comparison, the amounts in force on the judgment date: {range} ({decree}, {status})"),
)
message(
    "step.art10_more_favourable",
    N_("the later text is more favourable to the offender in some respect and harsher in none: it applies (Art 10)"),
)
message(
    "step.art10_harsher",
    N_("the later text is harsher: it never applies to an earlier offence (Art 10); the old text applies"),
)
message(
    "step.art10_mixed",
    N_(
        "the later text is more favourable in one respect and harsher in another: the judge compares them on "
        "the file (advisory opinions 7/92/1309, 7/92/1356); the text of the offence date is shown"
    ),
)

"""Plain-text explanations of an assessment, in any supported locale.

:func:`explain` writes, in the locale: the article and the date, the facts, the tier, every
sanction with its modality and range (in words that say which ends are included), how the
sanctions combine, the reasoning step by step, and the notes; each line ends with the citation
of its figure. Sentences come from the gettext catalogs, values from Babel (see
:mod:`penalties.render.i18n`). Babel is imported on the first explanation, never by
:func:`penalties.assess`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..core.interval import Interval
from ..core.messages import MESSAGES, N_, READING_VALUE_PARAMS
from ..core.money import Money
from ..core.sanction import Combination, CombinationKind, Sanction
from ..core.term import Term
from .formula import sanction_line
from .i18n import SUPPORTED_LOCALES, Localizer, localizer, resolve_locale

if TYPE_CHECKING:
    from ..core.assessment import Assessment
    from ..core.formula import Step
    from ..core.sentencing import Adjustment, Limitation, Probation, SentenceRange, SeveralOffences
    from ..law.cn.concurrence import Concurrence

__all__ = [
    "SUPPORTED_LOCALES",
    "adjustment_text",
    "combination_text",
    "concurrence_explain",
    "concurrence_facts_lines",
    "explain",
    "facts_lines",
    "format_interval",
    "format_value",
    "resolve_locale",
    "sanction_text",
    "sentencing_explain",
    "step_text",
]

#: Labels of the facts every act has; an act's own facts use ``"fact.<name>"`` if registered.
FACT_LABELS = {
    "offender": N_("offender"),
    "illegal_gains": N_("illegal gains"),
    "circumstances": N_("circumstances"),
}


def format_value(value: Money | Term, locale: str = "en") -> str:
    """One amount or term in ``locale``: ``250,000 Chinese yuan``, ``3 years, 4 months``."""
    return localizer(locale).value(value)


def format_interval(value: Interval[Any], locale: str = "en") -> str:
    """A range in words that say which ends are included."""
    return localizer(locale).interval(value)


def step_text(step: Step, locale: str = "en") -> str:
    """The sentence of one step: its registered template, translated, with locale-formatted params.

    A step code without a template reads ``code (name: value; ...)``; a template without a
    translation is used in English.
    """
    return _step_text(step, localizer(locale))


def _step_text(step: Step, loc: Localizer) -> str:
    template = MESSAGES.get(f"step.{step.code}")
    values = {name: loc.param(name, value, step.basis.act_id) for name, value in step.params}
    if "reading" in values:
        params = dict(step.params)
        if isinstance(params.get("reading"), str) and isinstance(params.get("value"), str):
            # The value of an open reading reads in that reading's own words.
            values["value"] = loc.reading_value(params["reading"], params["value"])
        elif step.code in READING_VALUE_PARAMS and isinstance(params.get("reading"), str):
            # A step that names only the value of its reading ("literal") reads that value's label.
            values["reading"] = loc.reading_value(READING_VALUE_PARAMS[step.code], params["reading"])
    for name, text in values.items():
        if "{" in text:
            # A param that is itself a template ("{article} provides no fine"), filled from the others.
            try:
                values[name] = text.format(**values)
            except (KeyError, IndexError, ValueError):
                pass
    if template is None:
        inner = "; ".join(f"{name}: {text}" for name, text in values.items())
        return f"{step.code} ({inner})" if inner else step.code
    try:
        return loc.gettext(template).format(**values)
    except (KeyError, IndexError, ValueError):
        # A template whose placeholders the step does not fill: show what there is.
        inner = "; ".join(f"{name}: {text}" for name, text in values.items())
        return f"{template} ({inner})"


def sanction_text(sanction: Sanction, loc: Localizer) -> str:
    """``fine (shall): 250,000 Chinese yuan to 2,500,000 Chinese yuan, both included``."""
    key = ("sanction head", sanction.kind, sanction.basis.act_id, sanction.modality, sanction.addressee)
    text = loc.lines.get(key)
    if text is None:
        text = sanction_line(loc, sanction.kind, sanction.modality, sanction.basis, sanction.addressee)
        loc.lines.put(key, text)
    if sanction.range is not None:
        text = loc.fill(N_("{sanction}: {range}"), sanction=text, range=loc.interval(sanction.range))
    return text


def _step_key(step: Step) -> tuple[Any, ...]:
    """A step as a cache key: its fields (what its own hash hashes) without a call into that hash.

    Each kind of line has its own tag (``"step"``, ``"sanction"``...), so keys never meet.
    """
    return ("step", step.code, step.basis, step.params)


def _sanction_key(sanction: Sanction) -> Any:
    """A sanction as a cache key of plain values (its range as numbers when it is of amounts).

    Equal sanctions give equal keys; hashing it costs one Python-level hash (the citation's,
    which is cached) where the sanction's own hash runs one per nested value.
    """
    value = sanction.range
    if value is not None and type(value.low) is Money and type(value.high) is Money:
        low, high = value.low, value.high
        shown: Any = (low.amount, high.amount, low.currency, value.low_closed, value.high_closed)
    else:
        shown = value
    return ("sanction", sanction.kind, sanction.addressee, sanction.modality, sanction.basis, shown)


def combination_text(combination: Combination, loc: Localizer) -> str | None:
    """``one of 4, 5, 6 or 7`` (``None`` for "all of", which is the default reading)."""
    if combination.kind is CombinationKind.ALL_OF:
        return None
    members = [loc.digits(str(i + 1)) for i in combination.members]
    members += [loc.fill(N_("group {number}"), number=loc.digits(str(g + 1))) for g in combination.groups]
    joined = loc.list(members, "or")
    if combination.kind is CombinationKind.ONE_OF:
        return loc.fill(N_("one of {members}"), members=joined)
    return loc.fill(N_("one or more of {members}"), members=joined)


def facts_lines(assessment: Assessment, loc: Localizer) -> list[str]:
    """``offender: organisation`` and the like, one per fact (the date is in the heading)."""
    facts = assessment.facts
    lines = []
    cache = loc.lines
    for name, hidden_when_default, has_default, default in _shown_facts(type(facts), assessment.article_id):
        value = getattr(facts, name)
        if hidden_when_default and has_default and bool(value == default):
            # An act's own facts are shown when the case sets them (readings, counts...); a fact
            # the article does not read is never shown ("illegal gains: none" under Iranian law).
            continue
        key = ("fact", name, value)
        try:
            line = cache.get(key)
        except TypeError:  # an act's fact whose value does not hash: written each time
            lines.append(_fact_line(name, value, loc))
            continue
        if line is None:
            line = _fact_line(name, value, loc)
            cache.put(key, line)
        lines.append(line)
    return lines


def _fact_line(name: str, value: Any, loc: Localizer) -> str:
    label = fact_label(name, loc)
    if value is None or value == frozenset():
        shown = loc.gettext(N_("none"))
    elif name == "offender":
        shown = loc.label(f"offender.{value.value}", value.value)
    elif name == "readings":
        shown = loc.readings(value)
    else:
        shown = loc.param(name, value)
    return loc.fill(N_("{name}: {value}"), name=label, value=shown)


def fact_label(name: str, loc: Localizer) -> str:
    """The name of a fact in the locale (``illegal gains``, ``违法所得``)."""
    label = FACT_LABELS.get(name)
    return loc.gettext(label) if label else loc.label(f"fact.{name}", name.replace("_", " "))


_SHOWN: dict[tuple[type, str], tuple[tuple[str, bool, bool, Any], ...]] = {}


def _shown_facts(facts_type: type[Any], article_id: str) -> tuple[tuple[str, bool, bool, Any], ...]:
    """Per fact but the date: its name, whether it is hidden at its default, and that default.

    The same for every assessment of one article (its facts type, and the facts it reads), so it
    is found once: an explanation then reads each fact and compares it with the default only.
    """
    key = (facts_type, article_id)
    known = _SHOWN.get(key)
    if known is not None:
        return known
    import attrs

    read = _facts_read(article_id)
    defaults = facts_type.defaults()
    found = []
    for field in attrs.fields(facts_type):
        name = field.name
        if name == "on":
            continue
        hidden = name not in FACT_LABELS or (read is not None and name not in read)
        found.append((name, hidden, name in defaults, defaults.get(name)))
    if len(_SHOWN) >= 1024:  # bounded: article ids of reforms and JSON are the caller's
        _SHOWN.clear()
    made = _SHOWN[key] = tuple(found)
    return made


def _facts_read(article_id: str) -> frozenset[str] | None:
    """The facts the catalogued article reads (``None`` for an article outside the catalog)."""
    from ..catalog import article
    from ..core.errors import PenaltiesError

    try:
        return article(article_id).facts_read
    except PenaltiesError:
        return None


def explain(assessment: Assessment, locale: str = "en") -> str:
    """The account of ``assessment`` in ``locale`` (see :data:`SUPPORTED_LOCALES`)."""
    loc = localizer(locale)
    facts = assessment.facts

    cite = loc.cited

    number = loc.item_number

    lines = [
        loc.fill(
            N_("{citation} ({article_id})"), citation=loc.citation(assessment.basis), article_id=assessment.article_id
        ),
        loc.fill(N_("Assessed on {date}"), date=loc.date(facts.on)),
        loc.gettext(N_("Facts:")),
    ]
    lines.extend(f"  - {line}" for line in facts_lines(assessment, loc))
    if assessment.tier is not None:
        lines.append(loc.fill(N_("Tier: {tier}"), tier=loc.param("tier", assessment.tier)))
    # The lines are cached per locale (loc.memo, written out here: an explanation has a dozen).
    cached, keep = loc.lines.get, loc.lines.put
    if assessment.sanctions:
        lines.append(loc.gettext(N_("Sanctions:")))
        for index, sanction in enumerate(assessment.sanctions, 1):
            key: Any
            if sanction.range is None:  # as _sanction_key(sanction), inline for the common case
                key = ("sanction", sanction.kind, sanction.addressee, sanction.modality, sanction.basis, None)
            else:
                key = _sanction_key(sanction)
            line = cached(key)
            if line is None:
                line = cite(sanction_text(sanction, loc), sanction.basis)
                keep(key, line)
            lines.append(f"  {number(index)} {line}")
    elif assessment.penal:
        lines.append(loc.gettext(N_("Sanctions: none")))
    combined = []
    for combination in assessment.combinations:
        key = ("combination", combination.kind, combination.members, combination.groups, combination.basis)
        line = cached(key)
        if line is None:
            text = combination_text(combination, loc)
            line = "" if text is None else cite(text, combination.basis)
            keep(key, line)
        if line:
            combined.append(line)
    if combined:
        lines.append(loc.gettext(N_("How they combine:")))
        lines.extend(f"  - {text}" for text in combined)
    if assessment.trace:
        lines.append(loc.gettext(N_("Reasoning:")))
        for index, step in enumerate(assessment.trace, 1):
            key = ("step", step.code, step.basis, step.params)  # as _step_key(step), inline
            line = cached(key)
            if line is None:
                line = cite(_step_text(step, loc), step.basis)
                keep(key, line)
            lines.append(f"  {number(index)} {line}")
    if assessment.notes:
        lines.append(loc.gettext(N_("Notes:")))
        for step in assessment.notes:
            line = loc.memo(_step_key(step), lambda s=step: cite(_step_text(s, loc), s.basis))
            lines.append(f"  - {line}")
    if assessment.degree is not None:
        lines.append(loc.fill(N_("Degree: {degree}"), degree=loc.number(assessment.degree)))
    if assessment.adjustments:
        lines.append(loc.gettext(N_("Options beside the statutory range (which does not move):")))
        for option in assessment.adjustments:
            lines.append("  - " + loc.memo(option, lambda o=option: cite(adjustment_text(o, loc), o.basis)))
            for step in option.notes:
                line = loc.memo(_step_key(step), lambda s=step: cite(_step_text(s, loc), s.basis))
                lines.append(f"      {line}")
    if loc.rtl:
        # Left-to-right runs (ids, Latin digits, English notes) isolated; each line starts right to left.
        from .bidi import isolate_line

        lines = [isolate_line(line) for line in lines]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Sentencing options and results (penalties.core.sentencing).


def sentence_range_text(item: SentenceRange, loc: Localizer, act_id: str | None = None) -> str:
    """``fixed-term imprisonment: 6 months to 3 years, 3 years excluded`` (the kind alone without a range)."""
    kind = loc.kind(item.kind, act_id)
    if item.range is None:
        return kind
    return loc.fill(N_("{name}: {value}"), name=kind, value=loc.interval(item.range))


def adjustment_text(option: Adjustment, loc: Localizer) -> str:
    """One option: what it does, its modality, its ground and condition, the ranges and readings."""
    direction = loc.label(f"direction.{option.direction.value}", option.direction.value.replace("_", " "))
    modality = loc.label(f"modality.{option.modality.value}", option.modality.value)
    text = loc.fill(N_("{direction} ({modality})"), direction=direction, modality=modality)
    if option.ground:
        ground = loc.label(f"ground.{option.ground}", option.ground.replace("_", " "))
        text = loc.fill(N_("{option}, ground: {ground}"), option=text, ground=ground)
    if option.condition:
        condition = loc.label(f"condition.{option.condition}", option.condition.replace("_", " "))
        text = loc.fill(N_("{option}, if {condition}"), option=text, condition=condition)
    if option.ranges:
        ranges = loc.list([sentence_range_text(r, loc, option.basis.act_id) for r in option.ranges], "or")
        text = loc.fill(N_("{option}: {ranges}"), option=text, ranges=ranges)
    if option.via is not None and option.via != option.basis:
        text = loc.fill(N_("{option} (range under {via})"), option=text, via=loc.citation(option.via))
    for name, value in option.readings:
        text = loc.fill(
            N_("{option}; open reading: {reading}, '{value}'"),
            option=text,
            reading=loc.param("reading", name),
            value=loc.reading_value(name, value),
        )
    return _with_status(text, option.status.value, loc)


def _with_status(text: str, status: str, loc: Localizer) -> str:
    if status == "VERIFIED":
        return text
    return loc.fill(N_("{text} (source: {status})"), text=text, status=loc.label(f"status.{status}", status))


def sentencing_sections(
    result: SeveralOffences | Probation | Limitation, loc: Localizer
) -> tuple[str, list[tuple[str | None, list[str], bool]]]:
    """The heading of a result and its sections: ``(title or None, lines, numbered)``.

    One structure for the text and the HTML renderings (each line already carries its citation).
    """
    from ..core.sentencing import Limitation, Probation

    cite = loc.cited

    act_id = result.basis.act_id
    heading = loc.fill(N_("{citation} ({article_id})"), citation=loc.citation(result.basis), article_id=result.rule)
    heading = _with_status(heading, result.status.value, loc)
    sections: list[tuple[str | None, list[str], bool]] = []
    if isinstance(result, Limitation):
        lines = []
        if result.maximum is not None:
            lines.append(loc.fill(N_("Statutory maximum: {term}"), term=loc.value(result.maximum)))
        if result.period is None and result.rule.startswith("ir."):
            lines.append(loc.gettext(N_("Limitation period: none (the offence has no degree)")))
        elif result.period is None:
            lines.append(loc.gettext(N_("Limitation period: none (not a crime)")))
        else:
            lines.append(loc.fill(N_("Limitation period: {term}"), term=loc.value(result.period)))
        if result.last_day is not None:
            lines.append(loc.fill(N_("Last day of the period: {date}"), date=loc.date(result.last_day)))
        administrative = result.rule.startswith("cn.apl.")
        # Iran's Art 107 bars the execution of a final judgment, not its prosecution.
        execution = result.rule == "ir.ipc.107"
        if result.lifted:
            lines.append(loc.gettext(N_("Prosecution: no limitation applies")))
        elif result.barred is True:
            barred = (
                N_("Administrative penalty: barred")
                if administrative
                else N_("Execution: barred")
                if execution
                else N_("Prosecution: barred")
            )
            lines.append(loc.gettext(barred))
        elif result.barred is False:
            open_ = (
                N_("Administrative penalty: not barred")
                if administrative
                else N_("Execution: not barred")
                if execution
                else N_("Prosecution: not barred")
            )
            lines.append(loc.gettext(open_))
        sections.append((None, lines, False))
    elif isinstance(result, Probation):
        sentence = sentence_range_text(result.sentence, loc, act_id)
        lines = [loc.fill(N_("Sentence imposed: {sentence}"), sentence=sentence)]
        if result.mandatory:
            verdict = N_("Probation: shall be granted")
        elif result.eligible:
            verdict = N_("Probation: may be granted")
        else:
            verdict = N_("Probation: not available")
        lines.append(loc.gettext(verdict))
        if result.period is not None:
            lines.append(loc.fill(N_("Probation period: {range}"), range=loc.interval(result.period)))
        sections.append((None, lines, False))
        if result.conditions:
            conditions = [loc.label(f"condition.{code}", code.replace("_", " ")) for code in result.conditions]
            sections.append((loc.gettext(N_("Conditions the court must find:")), conditions, False))
    else:
        offences = []
        for index, offence in enumerate(result.offences, 1):
            parts = loc.list([sentence_range_text(r, loc, act_id) for r in offence.ranges])
            label = offence.label or loc.digits(str(index))
            line = loc.fill(N_("{name}: {value}"), name=label, value=parts)
            if offence.offence_date is not None:
                date = loc.date(offence.offence_date)
                line = loc.fill(N_("{offence} (committed on {date})"), offence=line, date=date)
            if offence.degree is not None:
                line = loc.fill(N_("{offence}, degree {degree}"), offence=line, degree=loc.number(offence.degree))
            offences.append(line)
        sections.append((loc.gettext(N_("Sentences of the offences:")), offences, True))
        executed = []
        for item in result.ranges:
            line = sentence_range_text(item, loc, act_id)
            if item.offence is not None:
                which = loc.fill(N_("offence {number}"), number=loc.digits(str(item.offence + 1)))
                line = loc.fill(N_("{name}: {value}"), name=which, value=line)
            executed.append(line)
        sections.append((loc.gettext(N_("Sentence to execute:")), executed or [loc.gettext(N_("none"))], False))
    readings = [
        loc.fill(
            N_("Open reading: {reading}; this result follows '{value}'"),
            reading=loc.param("reading", name),
            value=loc.reading_value(name, value),
        )
        for name, value in result.readings
    ]
    if readings:
        sections.append((None, readings, False))
    if result.trace:
        trace = [loc.memo(_step_key(step), lambda s=step: cite(_step_text(s, loc), s.basis)) for step in result.trace]
        sections.append((loc.gettext(N_("Reasoning:")), trace, True))
    if result.notes:
        notes = [loc.memo(_step_key(step), lambda s=step: cite(_step_text(s, loc), s.basis)) for step in result.notes]
        sections.append((loc.gettext(N_("Notes:")), notes, False))
    return heading, sections


def sentencing_explain(result: SeveralOffences | Probation | Limitation, locale: str = "en") -> str:
    """The account of a several-offences, probation or limitation result in ``locale``."""
    loc = localizer(locale)
    heading, sections = sentencing_sections(result, loc)
    lines = [heading]
    for title, items, numbered in sections:
        if title is None:
            lines.extend(items)
            continue
        lines.append(title)
        for index, item in enumerate(items, 1):
            lines.append(f"  {loc.item_number(index)} {item}" if numbered else f"  - {item}")
    if loc.rtl:
        from .bidi import isolate_line

        lines = [isolate_line(line) for line in lines]
    return "\n".join(lines)


CONCURRENCE_HEADING = N_("One act under several provisions: one fine, under the provision with the higher fine")


def concurrence_facts_lines(result: Concurrence, loc: Localizer) -> list[str]:
    """The facts of one act under several provisions, once each: every candidate's own lines
    (:func:`facts_lines`), the circumstances merged into one line."""
    label = fact_label("circumstances", loc)
    found: list[str] = []
    circumstances: list[Any] = []
    for candidate in result.candidates:
        circumstances.extend(
            c
            for c in sorted(candidate.facts.circumstances, key=lambda c: c.value)
            if c.value not in [x.value for x in circumstances]
        )
        for line in facts_lines(candidate, loc):
            if line not in found:
                found.append(line)
    prefix = loc.fill(N_("{name}: {value}"), name=label, value="")
    merged = (
        loc.list([loc.param("circumstances", c.value) for c in circumstances])
        if circumstances
        else loc.gettext(N_("none"))
    )
    shown = [line for line in found if not line.startswith(prefix)]
    shown.append(loc.fill(N_("{name}: {value}"), name=label, value=merged))
    return shown


def concurrence_explain(result: Concurrence, locale: str = "en") -> str:
    """The account of one act under several provisions (APL Art 29) in ``locale``: the provisions,
    the facts, the fine, what applies and why, each line with its citation."""
    loc = localizer(locale)

    cite = loc.cited

    number = loc.item_number

    lines = [
        cite(loc.gettext(CONCURRENCE_HEADING), result.basis),
        loc.fill(N_("Assessed on {date}"), date=loc.date(result.on)),
        loc.gettext(N_("Provisions:")),
    ]
    lines.extend(
        "  - " + loc.fill(N_("{citation} ({article_id})"), citation=loc.citation(a.basis), article_id=a.article_id)
        for a in result.candidates
    )
    lines.append(loc.gettext(N_("Facts:")))
    lines.extend(f"  - {line}" for line in concurrence_facts_lines(result, loc))
    if result.chosen is None:
        lines.append(loc.gettext(N_("Fine: none of the provisions fines this case")))
    if result.sanctions:
        lines.append(loc.gettext(N_("Sanctions:")))
        for index, sanction in enumerate(result.sanctions, 1):
            lines.append(f"  {number(index)} {cite(sanction_text(sanction, loc), sanction.basis)}")
    combined = [cite(text, c.basis) for c in result.combinations if (text := combination_text(c, loc)) is not None]
    if combined:
        lines.append(loc.gettext(N_("How they combine:")))
        lines.extend(f"  - {text}" for text in combined)
    lines.append(loc.gettext(N_("Reasoning:")))
    for index, step in enumerate(result.trace, 1):
        lines.append(f"  {number(index)} {cite(_step_text(step, loc), step.basis)}")
    if loc.rtl:
        from .bidi import isolate_line

        lines = [isolate_line(line) for line in lines]
    return "\n".join(lines)

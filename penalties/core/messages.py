"""English message templates, registered by the modules that produce the steps.

A :class:`~penalties.core.formula.Step` carries a ``code`` and exact ``params``; the sentence that
explains it lives here, keyed ``"step.<code>"``, with ``{name}`` placeholders for the params.
Params whose value is a short code (a note, a reason) are looked up as ``"<param>.<value>"``.
Templates are marked with :func:`N_` so that Babel's extractor finds them for the translation
catalogs; renderers translate the template first, then fill in the locale-formatted values.

A law module that adds a step code registers its template next to the rule that emits it::

    message("step.aggravation_754", N_("Art 754: the {kind} lies above two-thirds of ..."))
"""

from __future__ import annotations

__all__ = ["MESSAGES", "N_", "READING_VALUE_PARAMS", "message", "pgettext", "reading_value_param"]

MESSAGES: dict[str, str] = {}
#: Step code -> the open reading whose *value* the step's param ``reading`` holds (a step that
#: names only the value it followed, "literal"), so that the value reads in that reading's words.
READING_VALUE_PARAMS: dict[str, str] = {}


def N_(text: str) -> str:
    """Mark ``text`` for translation without translating it (gettext's ``N_`` convention)."""
    return text


def pgettext(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` (gettext's ``msgctxt``) without translating it.

    Named after gettext's ``pgettext`` so that Babel's extractor records the context with its
    default keywords. A label registered as ``"<name>@<act id>"`` with the act id as context reads
    the act's own term (``message("kind.fine@cn.dsl", pgettext("cn.dsl", "fine"))``).
    """
    return text


def reading_value_param(step_code: str, reading: str) -> None:
    """Declare that the param ``reading`` of the steps ``step_code`` is a value of ``reading``."""
    READING_VALUE_PARAMS[step_code] = reading


def message(key: str, template: str) -> None:
    """Register the English template of ``key``; registering a different text twice is an error."""
    known = MESSAGES.get(key)
    if known is not None and known != template:
        raise ValueError(f"message {key!r} registered twice with different texts")
    MESSAGES[key] = template


# The statuses of a text or a figure in the sources (versions, sentencing results, dated amounts).
message("status.VERIFIED", N_("VERIFIED"))
message("status.SINGLE-SOURCE", N_("SINGLE-SOURCE"))
message("status.CONFLICT", N_("CONFLICT"))
message("status.UNVERIFIED", N_("UNVERIFIED"))
message("step.tier", N_("tier '{tier}' applies (circumstances: {circumstances})"))
message("step.range", N_("the text sets the range of the {kind} on the {addressee}: {range}"))
message(
    "step.gains_below",
    N_(
        "illegal gains of {gains} are below {threshold} (不足 excludes the threshold), "
        "so the fixed range {range} applies"
    ),
)
message(
    "step.gains_not_below",
    N_("illegal gains of {gains} are not below {threshold}, so the fine is a multiple of the gains"),
)
message("step.gains_multiple", N_("{low_factor} to {high_factor} times the gains of {gains} = {range}"))
message("step.gains_amount", N_("the illegal gains of {gains} are confiscated"))
message("step.not_applicable", N_("no {kind} on the {addressee}: {reason}"))
message("step.note", N_("{note}"))
message("step.reading", N_("open reading: {reading}; this assessment follows '{value}'"))
message(
    "step.condition_gains_below",
    N_("illegal gains of {gains} are below {threshold}, so the measures of that branch apply"),
)
message(
    "step.condition_gains_not_below",
    N_("illegal gains of {gains} are not below {threshold}, so the measures of the low-gains branch do not apply"),
)
message("reason.individual_offender", N_("the offender is an individual, who has no directly responsible persons"))
message("reason.no_illegal_gains", N_("there are no illegal gains to confiscate"))
message("note.criminal_liability", N_("where a crime is constituted, criminal liability is pursued according to law"))
message("note.civil_liability", N_("damage to others brings civil liability according to law"))
message(
    "note.public_security_punishment",
    N_("conduct that violates public-security administration is punished under that law"),
)
message("note.referral_to_other_laws", N_("punished under the relevant laws and administrative regulations"))
message("note.not_a_penalty", N_("this provision sets no penalty"))
message("addressee.offender", N_("offender"))
message("addressee.responsible_persons", N_("directly responsible persons"))
message("addressee.responsible_managers", N_("directly responsible persons in charge"))

# Labels that the renderers look up by value: "kind.<SanctionKind>" (registered with each kind,
# see core.sanction; an act's own wording "kind.<kind>@<act id>" in its module), "modality.<Modality>",
# "offender.<OffenderKind>", "tier.<name>", "circumstances.<name>". A missing label falls back to
# the value with spaces for underscores.
message("modality.shall", N_("shall"))
message("modality.may", N_("may"))
message("modality.as_circumstances_require", N_("as the circumstances require"))
message("modality.where_possible", N_("where possible"))
message("offender.organisation", N_("organisation"))
message("offender.individual", N_("individual"))
message("tier.basic", N_("basic"))
message("tier.aggravated", N_("aggravated"))
message("tier.serious", N_("serious"))
message("circumstances.refused_correction", N_("refused to correct"))
message("circumstances.serious_consequences", N_("serious consequences"))
message("circumstances.serious_circumstances", N_("serious circumstances"))
message("tier.especially_serious", N_("especially serious"))
message("fact.readings", N_("readings"))
# Translators: the letters of the clauses of an Iranian article (الف, ب, ج, د, ه), in citations
# ("Art 754, clause d") and in the facts. Persian and Arabic write the statute's letter; Chinese
# writes the clause's place in the article (a -> 1, d -> 4: 第754条第4项).
message("clause.a", N_("a"))
message("clause.b", N_("b"))
message("clause.c", N_("c"))
message("clause.d", N_("d"))
message("clause.e", N_("e"))

"""HTML for Jupyter: an assessment (or an article) as a table with its reasoning and citations.

``Assessment._repr_html_`` and ``Article._repr_html_`` call :func:`assessment_html` and
:func:`article_html` in English; ``a.to_html("fa_IR")`` (or ``penalties.render.html.Localized``)
gives another locale. Persian and Arabic output is laid out right to left (``dir="rtl"``), with
mathematical interval notation isolated left to right so that its brackets are not mirrored.
Every text is HTML-escaped: article texts, facts and translations never reach the page as markup.

Each bound of a range is shown twice: as the bracket of interval notation (``[`` included,
``(`` excluded) and in words ("included" / "excluded").
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from ..core.messages import N_
from ..core.sanction import Addressee, Sanction
from .i18n import Localizer, localizer
from .text import combination_text, facts_lines, step_text

if TYPE_CHECKING:
    from ..core.article import Article
    from ..core.assessment import Assessment

__all__ = ["Localized", "article_html", "assessment_html"]

_STYLE = (
    "<style>"
    ".penalties table{border-collapse:collapse;margin:.4em 0}"
    ".penalties th,.penalties td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top}"
    ".penalties .bracket{font-family:monospace;font-weight:bold}"
    ".penalties .cite{color:#555;font-size:90%}"
    ".penalties small{color:#555}"
    "</style>"
)


def _open(loc: Localizer, kind: str) -> str:
    direction = "rtl" if loc.rtl else "ltr"
    lang = loc.locale.replace("_", "-")
    return f'{_STYLE}<div class="penalties penalties-{kind}" dir="{direction}" lang="{lang}">'


def _bound(loc: Localizer, value: Any, closed: bool, low: bool) -> str:
    bracket = ("[" if closed else "(") if low else ("]" if closed else ")")
    word = loc.gettext(N_("included") if closed else N_("excluded"))
    glyph = f'<bdi dir="ltr" class="bracket">{bracket}</bdi>'
    amount = escape(loc.bound(value))
    inner = f"{glyph} {amount}" if low else f"{amount} {glyph}"
    return f"{inner}<br><small>{escape(word)}</small>"


def _sanction_row(loc: Localizer, index: int, sanction: Sanction) -> str:
    kind = escape(loc.kind(sanction.kind, sanction.basis.act_id))
    if sanction.addressee is Addressee.RESPONSIBLE_PERSONS:
        who = loc.gettext(N_("each directly responsible person"))
    else:
        who = loc.label("addressee.offender", "offender")
    modality = loc.label(f"modality.{sanction.modality.value}", sanction.modality.value)
    cells = [escape(loc.digits(str(index))), kind, escape(who), escape(modality)]
    value = sanction.range
    if value is None:
        none = loc.gettext(N_("no range"))
        cells.append(f'<td colspan="2"><small>{escape(none)}</small></td>')
    elif value.is_point:
        cells.append(f'<td colspan="2">{escape(loc.bound(value.low))}</td>')
    else:
        cells.append(f"<td>{_bound(loc, value.low, value.low_closed, True)}</td>")
        cells.append(f"<td>{_bound(loc, value.high, value.high_closed, False)}</td>")
    cells.append(f'<span class="cite">{escape(loc.citation(sanction.basis))}</span>')
    out = []
    for cell in cells:
        out.append(cell if cell.startswith("<td") else f"<td>{cell}</td>")
    return "<tr>" + "".join(out) + "</tr>"


def assessment_html(assessment: Assessment, locale: str = "en") -> str:
    """The assessment as HTML: heading, facts, sanctions table, combinations, reasoning, notes."""
    loc = localizer(locale)
    parts = [_open(loc, "assessment")]
    heading = loc.fill(
        N_("{citation} ({article_id})"), citation=loc.citation(assessment.basis), article_id=assessment.article_id
    )
    parts.append(f"<h4>{escape(heading)}</h4>")
    assessed = loc.fill(N_("Assessed on {date}"), date=loc.date(assessment.facts.on))
    parts.append(f"<p>{escape(assessed)}</p>")
    parts.append("<ul>" + "".join(f"<li>{escape(line)}</li>" for line in facts_lines(assessment, loc)) + "</ul>")
    if assessment.tier is not None:
        tier = loc.fill(N_("Tier: {tier}"), tier=loc.param("tier", assessment.tier))
        parts.append(f"<p>{escape(tier)}</p>")
    if assessment.sanctions:
        headers = [
            "#",
            loc.gettext(N_("Sanction")),
            loc.gettext(N_("Addressee")),
            loc.gettext(N_("Modality")),
            loc.gettext(N_("Lower bound")),
            loc.gettext(N_("Upper bound")),
            loc.gettext(N_("Basis")),
        ]
        parts.append("<table><thead><tr>" + "".join(f"<th>{escape(h)}</th>" for h in headers) + "</tr></thead><tbody>")
        parts.extend(_sanction_row(loc, i, s) for i, s in enumerate(assessment.sanctions, 1))
        parts.append("</tbody></table>")
    elif assessment.penal:
        none = loc.gettext(N_("Sanctions: none"))
        parts.append(f"<p>{escape(none)}</p>")
    combined = [(c, combination_text(c, loc)) for c in assessment.combinations]
    items = [
        f'<li>{escape(text)} <span class="cite">[{escape(loc.citation(c.basis))}]</span></li>'
        for c, text in combined
        if text is not None
    ]
    if items:
        title = loc.gettext(N_("How they combine:"))
        parts.append(f"<p>{escape(title)}</p><ul>{''.join(items)}</ul>")
    for title, steps, tag in (
        (N_("Reasoning:"), assessment.trace, "ol"),
        (N_("Notes:"), assessment.notes, "ul"),
    ):
        if steps:
            lines = "".join(
                f'<li>{escape(step_text(step, loc.locale))} <span class="cite">[{escape(loc.citation(step.basis))}]'
                "</span></li>"
                for step in steps
            )
            parts.append(f"<p>{escape(loc.gettext(title))}</p><{tag}>{lines}</{tag}>")
    parts.append("</div>")
    return "".join(parts)


def article_html(article: Article, locale: str = "en") -> str:
    """An article as HTML: citation, titles, dates in force, original text, gloss, formula, notes."""
    from .formula import outline

    loc = localizer(locale)
    start, end = article.in_force
    if end is None:
        period = loc.fill(N_("in force from {start}"), start=loc.date(start))
    else:
        period = loc.fill(N_("in force from {start} until {end}"), start=loc.date(start), end=loc.date(end))
    original_lang = {"CN": "zh", "IR": "fa"}.get(article.act.jurisdiction, "")
    original_dir = "rtl" if original_lang == "fa" else "ltr"
    circumstances_label = loc.gettext(N_("circumstances"))
    circumstances = loc.list([loc.param("circumstances", c.value) for c in sorted(article.circumstances, key=str)])
    circumstances_line = loc.fill(N_("{name}: {value}"), name=circumstances_label, value=circumstances)
    parts = [
        _open(loc, "article"),
        f"<h4>{escape(loc.citation(article.basis))} ({escape(article.id)})</h4>",
        f'<p><bdi lang="en">{escape(article.title)}</bdi> &middot; '
        f'<bdi lang="{original_lang}">{escape(article.title_original)}</bdi></p>',
        f"<p>{escape(period)}</p>",
        f"<p>{escape(circumstances_line)}</p>",
    ]
    if not article.penal:
        parts.append(f"<p>{escape(loc.gettext(N_('this provision sets no penalty')))}</p>")
    text_title, gloss_title, formula_title = (
        loc.gettext(N_("Text")),
        loc.gettext(N_("English gloss")),
        loc.gettext(N_("Formula")),
    )
    parts.append(f"<p><b>{escape(text_title)}</b></p>")
    parts.append(f'<blockquote lang="{original_lang}" dir="{original_dir}">{escape(article.text)}</blockquote>')
    parts.append(f"<p><b>{escape(gloss_title)}</b></p>")
    parts.append(f'<blockquote lang="en" dir="ltr">{escape(article.gloss)}</blockquote>')
    parts.append(f"<p><b>{escape(formula_title)}</b></p>")
    parts.append(f'<pre lang="en" dir="ltr">{escape(outline(article.formula))}</pre>')
    if article.translation_notes:
        notes = "".join(f"<li>{escape(note)}</li>" for note in article.translation_notes)
        notes_title = loc.gettext(N_("Translation notes"))
        parts.append(f'<p><b>{escape(notes_title)}</b></p><ul lang="en" dir="ltr">{notes}</ul>')
    parts.append("</div>")
    return "".join(parts)


class Localized:
    """Shows an assessment or an article in a locale in Jupyter: ``Localized(a, "fa_IR")``."""

    def __init__(self, item: Assessment | Article, locale: str = "en") -> None:
        localizer(locale)  # an unknown locale fails here, not when the notebook renders
        self.item = item
        self.locale = locale

    def _repr_html_(self) -> str:
        from ..core.assessment import Assessment

        if isinstance(self.item, Assessment):
            return assessment_html(self.item, self.locale)
        return article_html(self.item, self.locale)

    def __str__(self) -> str:
        from ..core.assessment import Assessment

        if isinstance(self.item, Assessment):
            return self.item.explain(self.locale)
        return self.item.id

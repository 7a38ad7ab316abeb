"""HTML: an assessment (or an article) as a table with its reasoning and citations.

``Assessment._repr_html_`` and ``Article._repr_html_`` call :func:`assessment_html` and
:func:`article_html` in English; ``a.to_html("fa_IR")`` (or ``penalties.render.html.Localized``)
gives another locale. That is a fragment for Jupyter: a ``<style>`` and a ``<div>`` carrying the
``lang`` and ``dir`` of the locale. :func:`html_document` (or ``document=True``) gives a whole
page instead: ``<!DOCTYPE html><html lang=... dir=...>`` with a print stylesheet, to save, mail
or print. Every text is HTML-escaped: article texts, facts and translations never reach the page
as markup.

Each bound of a range is shown twice: as the bracket of interval notation (``[`` included, ``(``
excluded; ``]`` and ``)`` at the upper end) and in words beneath it ("included" / "excluded").

Right to left (Persian, Arabic). The table runs right to left: the lower bound's column is on
the right, the upper bound's on its left. The brackets are therefore written as ordinary text of
the right-to-left cell, not isolated left to right: ``[`` stays first in logical order in the
lower bound's cell (``[۲۵۰٬۰۰۰ …``) and ``]`` last in the upper bound's, and the bidi
algorithm mirrors both glyphs (they are Bidi_Mirrored characters resolved right to left), so
that each bracket faces its own amount and the row reads as the interval ``[a, b]`` written right
to left. A closed range is shown enclosed, an open end with a parenthesis turned towards its
amount, as the words beneath say. The other choice, a left-to-right isolate holding the whole
interval (``<bdi dir="ltr">[a, b]</bdi>``), cannot be split across two cells whose order is
right to left: its two halves would face away from each other again. A bracket must never be
put inside ``dir="ltr"`` here: that stops the mirroring and turns ``[a`` into ``]a``, which in
ISO notation means the opposite. In the running text of an RTL locale, left-to-right runs
(article ids, Latin digits, English source notes) are isolated in ``<bdi dir="ltr">`` (see
:mod:`penalties.render.bidi`); headings and cells align to ``start``; ordered lists number in
the locale's digits (CSS ``persian`` or ``arabic-indic`` when the locale writes those digits).

For print: brackets are at the size of the text; an amount or a term never breaks across lines
(non-breaking spaces, ``white-space: nowrap``); a citation shared by consecutive rows of the
Basis column is shown once for them (``rowspan``); a measure that has no quantity (an order to
correct) leaves the bound columns empty, while a fine or a term without a determined range says
so; a reasoning step cites its rule when that is not the article in the heading; the formula
outline wraps rather than overflow the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from html import escape
from typing import TYPE_CHECKING, Any

from ..core.interval import Interval
from ..core.messages import N_
from ..core.money import Money
from ..core.sanction import Addressee, Quantity, Sanction
from ..core.term import Term
from .bidi import isolate_line, ltr_runs
from .i18n import Localizer, localizer
from .text import combination_text, facts_lines, step_text

if TYPE_CHECKING:
    from ..core.article import Article
    from ..core.assessment import Assessment
    from ..core.citation import Citation
    from ..core.sentencing import Limitation, Probation, SeveralOffences
    from ..law.cn.concurrence import Concurrence

__all__ = [
    "Localized",
    "article_html",
    "assessment_html",
    "concurrence_html",
    "html_document",
    "sentencing_html",
]

NBSP = "\u00a0"

_STYLE = (
    "<style>"
    "div.penalties table{border-collapse:collapse;margin:.4em 0}"
    "div.penalties th,div.penalties td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top}"
    "div.penalties h4,div.penalties p,div.penalties th,div.penalties td,div.penalties li{text-align:start}"
    "div.penalties ul,div.penalties ol{padding-left:0;padding-right:0;padding-inline-start:2em}"
    "div.penalties ol.digits-persian{list-style-type:persian}"
    "div.penalties ol.digits-arabic-indic{list-style-type:arabic-indic}"
    "div.penalties .amount{white-space:nowrap}"
    "div.penalties .bracket{font:inherit}"
    "div.penalties .cite{color:#555;font-size:90%}"
    "div.penalties small{color:#555}"
    "div.penalties pre{white-space:pre-wrap;overflow-wrap:anywhere;max-width:100%}"
    "div.penalties blockquote{margin-inline:1.5em}"
    "</style>"
)

_PAGE_STYLE = (
    "<style>"
    "body{font-family:sans-serif;line-height:1.45;max-width:60em;margin:1.5em auto;padding:0 1em;color:#111}"
    "@page{size:A4;margin:18mm 16mm}"
    "@media print{"
    "body{margin:0;padding:0;max-width:none;font-size:10.5pt}"
    "div.penalties th,div.penalties td{border-color:#777}"
    "div.penalties thead{display:table-header-group}"
    "div.penalties tr,div.penalties li{break-inside:avoid}"
    "div.penalties h4{break-after:avoid}"
    "div.penalties .cite,div.penalties small{color:#333}"
    "}"
    "</style>"
)

#: The CSS counter style of an ordered list, by the locale's zero digit.
_LIST_STYLES = {"\u06f0": "persian", "\u0660": "arabic-indic"}


def _direction(loc: Localizer) -> str:
    return "rtl" if loc.rtl else "ltr"


def _lang(loc: Localizer) -> str:
    return loc.locale.replace("_", "-")


def _open(loc: Localizer, kind: str) -> str:
    return f'<div class="penalties penalties-{kind}" dir="{_direction(loc)}" lang="{_lang(loc)}">'


def _ol(loc: Localizer) -> str:
    style = _LIST_STYLES.get(loc.digits("0"))
    return f'<ol class="digits-{style}">' if style else "<ol>"


def _unbreakable(text: str) -> str:
    return text.replace(" ", NBSP)


class _Text:
    """Turns plain text into HTML for one locale and one page.

    Escapes it; keeps each known amount or term on one line; in a right-to-left locale, isolates
    its left-to-right runs in ``<bdi dir="ltr">``.
    """

    def __init__(self, loc: Localizer, amounts: Iterable[str] = ()) -> None:
        self.loc = loc
        shown = {amount for amount in amounts if " " in amount}
        self._amounts = sorted(shown, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(amount) for amount in self._amounts)) if shown else None

    def __call__(self, text: str) -> str:
        if self._pattern is not None:
            text = self._pattern.sub(lambda match: _unbreakable(match.group(0)), text)
        if not self.loc.rtl:
            return escape(text)
        runs = ltr_runs(text)
        if runs == [(0, len(text))]:
            return escape(text)  # all of it left to right: nothing to isolate it from
        parts, done = [], 0
        for start, end in runs:
            parts.append(escape(text[done:start]))
            parts.append(f'<bdi dir="ltr">{escape(text[start:end])}</bdi>')
            done = end
        parts.append(escape(text[done:]))
        return "".join(parts)

    def amount(self, value: Money | Term) -> str:
        """One amount or term, never broken across lines."""
        return f'<span class="amount">{self(_unbreakable(self.loc.bound(value)))}</span>'


def _values(value: Any) -> Iterator[Money | Term]:
    if isinstance(value, (Money, Term)):
        yield value
    elif isinstance(value, Interval):
        yield value.low
        yield value.high
    elif isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _values(item)


def _amounts(assessment: Assessment, loc: Localizer) -> Iterator[str]:
    """Every amount and term the page may mention, as the locale writes it."""
    for step in (*assessment.trace, *assessment.notes):
        for _, value in step.params:
            for shown in _values(value):
                yield loc.value(shown)
    for sanction in assessment.sanctions:
        for shown in _values(sanction.range):
            yield loc.value(shown)
    import attrs

    for field in attrs.fields(type(assessment.facts)):
        for shown in _values(getattr(assessment.facts, field.name)):
            yield loc.value(shown)


def _bound(text: _Text, value: Any, closed: bool, low: bool) -> str:
    """A bound's cell content: bracket and amount in logical order, the word beneath."""
    bracket = ("[" if closed else "(") if low else ("]" if closed else ")")
    word = text.loc.gettext(N_("included") if closed else N_("excluded"))
    glyph = f'<span class="bracket">{bracket}</span>'
    amount = text.amount(value)
    inner = f"{glyph}{amount}" if low else f"{amount}{glyph}"
    return f"{inner}<br><small>{text(word)}</small>"


def _range_cells(text: _Text, sanction: Sanction) -> list[str]:
    value = sanction.range
    if value is None:
        if sanction.kind.quantity is Quantity.NONE:
            return ['<td colspan="2"></td>']  # a measure: no range to show
        none = text.loc.gettext(N_("no range"))
        return [f'<td colspan="2"><small>{text(none)}</small></td>']
    if value.is_point:
        return [f'<td colspan="2">{text.amount(value.low)}</td>']
    return [
        f"<td>{_bound(text, value.low, value.low_closed, True)}</td>",
        f"<td>{_bound(text, value.high, value.high_closed, False)}</td>",
    ]


def _sanction_rows(text: _Text, sanctions: tuple[Sanction, ...]) -> list[str]:
    loc = text.loc
    citations = [loc.citation(s.basis) for s in sanctions]
    rows = []
    for index, sanction in enumerate(sanctions):
        kind = loc.kind(sanction.kind, sanction.basis.act_id)
        if sanction.addressee is Addressee.RESPONSIBLE_PERSONS:
            who = loc.gettext(N_("each directly responsible person"))
        elif sanction.addressee is Addressee.RESPONSIBLE_MANAGERS:
            who = loc.gettext(N_("each directly responsible person in charge"))
        else:
            who = loc.label("addressee.offender", "offender")
        modality = loc.label(f"modality.{sanction.modality.value}", sanction.modality.value)
        cells = [f"<td>{text(part)}</td>" for part in (loc.digits(str(index + 1)), kind, who, modality)]
        cells.extend(_range_cells(text, sanction))
        citation = citations[index]
        if index == 0 or citations[index - 1] != citation:
            span = 1
            while index + span < len(citations) and citations[index + span] == citation:
                span += 1
            attribute = f' rowspan="{span}"' if span > 1 else ""
            cells.append(f'<td{attribute}><span class="cite">{text(citation)}</span></td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return rows


def _cite(text: _Text, basis: Citation, heading: Citation) -> str:
    if basis == heading:
        return ""
    return f' <span class="cite">[{text(text.loc.citation(basis))}]</span>'


def sanctions_table(text: _Text, sanctions: tuple[Sanction, ...]) -> str:
    """The table of sanctions (kind, addressee, modality, bounds, basis) of an assessment or of a
    result made of several (a concurrence)."""
    loc = text.loc
    headers = [
        "#",
        loc.gettext(N_("Sanction")),
        loc.gettext(N_("Addressee")),
        loc.gettext(N_("Modality")),
        loc.gettext(N_("Lower bound")),
        loc.gettext(N_("Upper bound")),
        loc.gettext(N_("Basis")),
    ]
    head = "<table><thead><tr>" + "".join(f"<th>{text(h)}</th>" for h in headers) + "</tr></thead><tbody>"
    return head + "".join(_sanction_rows(text, sanctions)) + "</tbody></table>"


def _assessment_body(assessment: Assessment, loc: Localizer) -> tuple[str, str]:
    """The ``<div>`` of an assessment and its heading (the page title)."""
    text = _Text(loc, _amounts(assessment, loc))
    parts = [_open(loc, "assessment")]
    heading = loc.fill(
        N_("{citation} ({article_id})"), citation=loc.citation(assessment.basis), article_id=assessment.article_id
    )
    parts.append(f"<h4>{text(heading)}</h4>")
    assessed = loc.fill(N_("Assessed on {date}"), date=loc.date(assessment.facts.on))
    parts.append(f"<p>{text(assessed)}</p>")
    parts.append("<ul>" + "".join(f"<li>{text(line)}</li>" for line in facts_lines(assessment, loc)) + "</ul>")
    if assessment.tier is not None:
        tier = loc.fill(N_("Tier: {tier}"), tier=loc.param("tier", assessment.tier))
        parts.append(f"<p>{text(tier)}</p>")
    if assessment.sanctions:
        parts.append(sanctions_table(text, assessment.sanctions))
    elif assessment.penal:
        parts.append(f"<p>{text(loc.gettext(N_('Sanctions: none')))}</p>")
    items = [
        f"<li>{text(shown)}{_cite(text, c.basis, assessment.basis)}</li>"
        for c in assessment.combinations
        if (shown := combination_text(c, loc)) is not None
    ]
    if items:
        parts.append(f"<p>{text(loc.gettext(N_('How they combine:')))}</p><ul>{''.join(items)}</ul>")
    if assessment.degree is not None:
        degree = loc.fill(N_("Degree: {degree}"), degree=loc.number(assessment.degree))
        parts.append(f"<p>{text(degree)}</p>")
    if assessment.adjustments:
        from .text import adjustment_text

        options = []
        for option in assessment.adjustments:
            inner = "".join(
                f"<li>{text(step_text(step, loc.locale))}{_cite(text, step.basis, assessment.basis)}</li>"
                for step in option.notes
            )
            more = f"<ul>{inner}</ul>" if inner else ""
            shown = text(adjustment_text(option, loc)) + _cite(text, option.basis, assessment.basis)
            options.append(f"<li>{shown}{more}</li>")
        title = loc.gettext(N_("Options beside the statutory range (which does not move):"))
        parts.append(f'<p>{text(title)}</p><ul class="adjustments">{"".join(options)}</ul>')
    for title, steps, (opening, closing) in (
        (N_("Reasoning:"), assessment.trace, (_ol(loc), "</ol>")),
        (N_("Notes:"), assessment.notes, ("<ul>", "</ul>")),
    ):
        if steps:
            lines = "".join(
                f"<li>{text(step_text(step, loc.locale))}{_cite(text, step.basis, assessment.basis)}</li>"
                for step in steps
            )
            parts.append(f"<p>{text(loc.gettext(title))}</p>{opening}{lines}{closing}")
    parts.append("</div>")
    return "".join(parts), heading


def assessment_html(assessment: Assessment, locale: str = "en", *, document: bool = False) -> str:
    """The assessment as HTML: heading, facts, sanctions table, combinations, reasoning, notes.

    A fragment for Jupyter, or with ``document=True`` a whole page (see :func:`html_document`).
    """
    loc = localizer(locale)
    body, heading = _assessment_body(assessment, loc)
    return _page(loc, heading, body) if document else _STYLE + body


def sentencing_html(
    result: SeveralOffences | Probation | Limitation, locale: str = "en", *, document: bool = False
) -> str:
    """A several-offences, probation or limitation result as HTML, with the same sections as its explanation."""
    from .text import sentencing_sections

    loc = localizer(locale)
    heading, sections = sentencing_sections(result, loc)
    amounts = [loc.value(v) for item in (*result.trace, *result.notes) for _, p in item.params for v in _values(p)]
    text = _Text(loc, amounts)
    parts = [_open(loc, "sentencing"), f"<h4>{text(heading)}</h4>"]
    for title, items, numbered in sections:
        if title is not None:
            parts.append(f"<p>{text(title)}</p>")
        opening, closing = (_ol(loc), "</ol>") if numbered else ("<ul>", "</ul>")
        parts.append(opening + "".join(f"<li>{text(item)}</li>" for item in items) + closing)
    parts.append("</div>")
    body = "".join(parts)
    return _page(loc, heading, body) if document else _STYLE + body


def concurrence_html(result: Concurrence, locale: str = "en", *, document: bool = False) -> str:
    """One act under several provisions (APL Art 29) as HTML: the provisions, the facts, the
    sanctions table, how they combine and the reasoning, each with its citation."""
    from .text import CONCURRENCE_HEADING, concurrence_facts_lines

    loc = localizer(locale)
    text = _Text(loc)
    heading = loc.gettext(CONCURRENCE_HEADING)
    parts = [_open(loc, "concurrence"), f"<h4>{text(heading)}</h4>"]
    parts.append(f'<p><span class="cite">[{text(loc.citation(result.basis))}]</span></p>')
    parts.append(f"<p>{text(loc.fill(N_('Assessed on {date}'), date=loc.date(result.on)))}</p>")
    parts.append(f"<p>{text(loc.gettext(N_('Provisions:')))}</p><ul>")
    for a in result.candidates:
        line = loc.fill(N_("{citation} ({article_id})"), citation=loc.citation(a.basis), article_id=a.article_id)
        parts.append(f"<li>{text(line)}</li>")
    parts.append("</ul>")
    parts.append("<ul>" + "".join(f"<li>{text(line)}</li>" for line in concurrence_facts_lines(result, loc)) + "</ul>")
    if result.chosen is None:
        parts.append(f"<p>{text(loc.gettext(N_('Fine: none of the provisions fines this case')))}</p>")
    if result.sanctions:
        parts.append(sanctions_table(text, result.sanctions))
    items = [
        f'<li>{text(shown)} <span class="cite">[{text(loc.citation(c.basis))}]</span></li>'
        for c in result.combinations
        if (shown := combination_text(c, loc)) is not None
    ]
    if items:
        parts.append(f"<p>{text(loc.gettext(N_('How they combine:')))}</p><ul>{''.join(items)}</ul>")
    steps = "".join(
        f'<li>{text(step_text(step, loc.locale))} <span class="cite">[{text(loc.citation(step.basis))}]</span></li>'
        for step in result.trace
    )
    parts.append(f"<p>{text(loc.gettext(N_('Reasoning:')))}</p>{_ol(loc)}{steps}</ol></div>")
    body = "".join(parts)
    return _page(loc, heading, body) if document else _STYLE + body


@lru_cache(maxsize=64)
def _language_direction(language: str) -> str:
    """``"rtl"`` for a language CLDR writes right to left (``fa``, ``ar``), else ``"ltr"``."""
    from babel import Locale, UnknownLocaleError

    try:
        order = Locale.parse(language).character_order if language else "left-to-right"
    except (ValueError, TypeError, UnknownLocaleError):
        return "ltr"
    return "rtl" if order == "right-to-left" else "ltr"


def _article_body(article: Article, loc: Localizer) -> tuple[str, str]:
    from .formula import outline

    text = _Text(loc)
    start, end = article.in_force
    if end is None:
        period = loc.fill(N_("in force from {start}"), start=loc.date(start))
    else:
        period = loc.fill(N_("in force from {start} until {end}"), start=loc.date(start), end=loc.date(end))
    original_lang = article.act.language
    original_dir = _language_direction(original_lang)
    circumstances_label = loc.gettext(N_("circumstances"))
    circumstances = loc.list([loc.param("circumstances", c.value) for c in sorted(article.circumstances, key=str)])
    circumstances_line = loc.fill(N_("{name}: {value}"), name=circumstances_label, value=circumstances)
    heading = f"{loc.citation(article.basis)} ({article.id})"
    parts = [
        _open(loc, "article"),
        f"<h4>{text(heading)}</h4>",
        f'<p><bdi lang="en" dir="ltr">{escape(article.title)}</bdi> &middot; '
        f'<bdi lang="{original_lang}" dir="{original_dir}">{escape(article.title_original)}</bdi></p>',
        f"<p>{text(period)}</p>",
        f"<p>{text(circumstances_line)}</p>",
    ]
    if not article.penal:
        parts.append(f"<p>{text(loc.gettext(N_('this provision sets no penalty')))}</p>")
    text_title, gloss_title, formula_title = (
        loc.gettext(N_("Text")),
        loc.gettext(N_("English gloss")),
        loc.gettext(N_("Formula")),
    )
    parts.append(f"<p><b>{text(text_title)}</b></p>")
    parts.append(f'<blockquote lang="{original_lang}" dir="{original_dir}">{escape(article.text)}</blockquote>')
    parts.append(f"<p><b>{text(gloss_title)}</b></p>")
    parts.append(f'<blockquote lang="en" dir="ltr">{escape(article.gloss)}</blockquote>')
    parts.append(f"<p><b>{text(formula_title)}</b></p>")
    shown = escape(outline(article.formula, loc.locale))
    parts.append(f'<pre lang="{_lang(loc)}" dir="{_direction(loc)}">{shown}</pre>')
    if article.translation_notes:
        notes = "".join(f"<li>{escape(note)}</li>" for note in article.translation_notes)
        notes_title = loc.gettext(N_("Translation notes"))
        parts.append(f'<p><b>{text(notes_title)}</b></p><ul lang="en" dir="ltr">{notes}</ul>')
    for version in reversed(article.versions):
        # An earlier text, newest first: what a time rule weighs for an act committed under it.
        title = loc.fill(
            N_("Earlier text, in force from {start}: {instrument} ({status})"),
            start=loc.date(version.in_force_from),
            instrument=loc.gettext(version.instrument),
            status=loc.param("status", version.status),
        )
        parts.append(f"<p><b>{text(title)}</b></p>")
        parts.append(f'<blockquote lang="{original_lang}" dir="{original_dir}">{escape(version.text)}</blockquote>')
        parts.append(f'<blockquote lang="en" dir="ltr">{escape(version.gloss)}</blockquote>')
    parts.append("</div>")
    return "".join(parts), heading


def article_html(article: Article, locale: str = "en", *, document: bool = False) -> str:
    """An article as HTML: citation, titles, dates in force, original text, gloss, formula, notes.

    A fragment for Jupyter, or with ``document=True`` a whole page (see :func:`html_document`).
    """
    loc = localizer(locale)
    body, heading = _article_body(article, loc)
    return _page(loc, heading, body) if document else _STYLE + body


def _page(loc: Localizer, title: str, body: str) -> str:
    shown = isolate_line(title) if loc.rtl else title
    return (
        f'<!DOCTYPE html>\n<html lang="{_lang(loc)}" dir="{_direction(loc)}">'
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(shown)}</title>{_STYLE}{_PAGE_STYLE}</head>"
        f"<body>{body}</body></html>\n"
    )


def html_document(item: Assessment | Article, locale: str = "en") -> str:
    """A whole HTML page for ``item`` in ``locale``, with a print stylesheet.

    ``<!DOCTYPE html><html lang="fa-IR" dir="rtl">``, UTF-8, the page's title the heading, and
    the same content as the Jupyter fragment (``to_html``); write it to a file and open or print it.
    """
    from ..core.assessment import Assessment

    if isinstance(item, Assessment):
        return assessment_html(item, locale, document=True)
    return article_html(item, locale, document=True)


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

    def __repr__(self) -> str:
        return f"Localized({self.item!r}, {self.locale!r})"

    def __str__(self) -> str:
        from ..core.assessment import Assessment

        if isinstance(self.item, Assessment):
            return self.item.explain(self.locale)
        return self.item.id

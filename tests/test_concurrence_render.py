"""The explanation and the HTML of a concurrence (APL Art 29) say what its candidates' own do.

A concurrence is rendered by :mod:`penalties.render.text` and :mod:`penalties.render.html`, from the
same pieces as an assessment. Each section is checked here, in every locale, against what the
assessment renderer writes for each candidate (``Assessment.explain`` / ``to_html``): the headings of
the provisions, the facts (each once, the circumstances merged), the sanctions that still apply (the
chosen provision's fine, every provision's other sanctions: APL Art 29, law notes
china_time_and_sentencing.md §1.9), and the reasoning, each line with its citation.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from penalties import SanctionKind, concur
from penalties.law.cn.concurrence import Concurrence
from penalties.render.bidi import isolate_line, strip_isolates
from penalties.render.codec import concurrence_from_dict
from penalties.render.i18n import SUPPORTED_LOCALES, localizer
from penalties.render.text import step_text

ON = "2024-05-01"
CASES = {
    # DSL Art 45 para 1 (2m-10m with refusal) against PIPL Art 66 para 1 (up to 1m with refusal).
    "dsl_pipl_refused": (["cn.dsl.45.1", "cn.pipl.66.1"], {"circumstances": {"refused_correction"}}),
    # Two provisions of one act; no refusal.
    "dsl_48_45": (["cn.dsl.48.1", "cn.dsl.45.1"], {}),
    # One provision that fines nothing without refusal (reading O12 default): no fine at all.
    "pipl_alone": (["cn.pipl.66.1"], {}),
    # PIPL Art 66 para 2's turnover cap (5% of 2,000,000,000 = 100,000,000) beats DSL Art 45.
    "dsl_pipl_turnover": (["cn.dsl.45.1", "cn.pipl.66.2"], {"turnover": 2_000_000_000, "illegal_gains": 7}),
    "dsl_pipl_refused_turnover": (
        ["cn.dsl.45.1", "cn.pipl.66.2"],
        {"circumstances": {"refused_correction"}, "turnover": 3_000_000_000},
    ),
}


@pytest.fixture(scope="module", params=sorted(CASES))
def result(request: pytest.FixtureRequest) -> Concurrence:
    provisions, facts = CASES[request.param]
    return concur(provisions, on=ON, **facts)


def _sections(text: str) -> tuple[list[str], dict[str, list[str]]]:
    """The lines before the first list, and each titled list's items (bullet or number removed)."""
    head: list[str] = []
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in strip_isolates(text).split("\n"):
        if line.startswith("  "):
            assert current is not None, line
            current.append(line.strip().split(" ", 1)[1])
        elif line.endswith((":", "：")) and not line.startswith(" "):
            current = sections.setdefault(line, [])
        else:
            head.append(line)
            current = None
    return head, sections


def _kept(result: Concurrence, index: int) -> list[int]:
    candidate = result.candidates[index]
    chosen = candidate.article_id == result.chosen
    return [i for i, s in enumerate(candidate.sanctions) if chosen or s.kind is not SanctionKind.FINE]


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_text_sections_are_the_candidates(result: Concurrence, locale: str) -> None:
    loc = localizer(locale)
    shown = result.explain(locale)
    assert str(result) == result.explain("en")
    if loc.rtl:
        # Every line of a right-to-left explanation has its left-to-right runs isolated, as an assessment's.
        assert shown == "\n".join(isolate_line(line) for line in strip_isolates(shown).split("\n"))
    lines = strip_isolates(shown).split("\n")
    own = [_sections(c.explain(locale)) for c in result.candidates]
    titles = list(own[0][1])
    facts_title, sanctions_title, reasoning_title = titles[0], "", ""
    for _, sections in own:
        for title in sections:
            if title.startswith(strip_isolates(loc.gettext("Sanctions:"))):
                sanctions_title = title
            if title == strip_isolates(loc.gettext("Reasoning:")):
                reasoning_title = title
    # Heading: APL Art 29's citation; then the date, which is every candidate's date line.
    assert lines[0].endswith(f"[{strip_isolates(loc.citation(result.basis))}]")
    assert {head[1] for head, _ in own} == {lines[1]}
    head, sections = _sections(shown)
    assert head[:2] == lines[:2]
    # Provisions: each candidate's own heading, in the order given.
    provisions = next(title for title in sections if title not in (facts_title, sanctions_title, reasoning_title))
    assert sections[provisions] == [h[0] for h, _ in own]
    # Facts: each candidate's lines once, the circumstances of all in one line, last.
    circumstances = strip_isolates(loc.fill("{name}: {value}", name=loc.gettext("circumstances"), value=""))
    expected: list[str] = []
    for _, mine in own:
        for line in mine[facts_title]:
            if line not in expected and not line.startswith(circumstances):
                expected.append(line)
    assert sections[facts_title][:-1] == expected
    assert sections[facts_title][-1].startswith(circumstances)
    for _, mine in own:
        for line in mine[facts_title]:
            if line.startswith(circumstances) and line != circumstances + strip_isolates(loc.gettext("none")):
                for name in line[len(circumstances) :].split(loc.list(["", ""]).strip() or ","):
                    assert name.strip() in sections[facts_title][-1]
    # Sanctions: the candidates' own lines, each provision's fines dropped but the chosen one's.
    if result.sanctions:
        wanted = [own[i][1][sanctions_title][k] for i in range(len(own)) for k in _kept(result, i)]
        assert sections[sanctions_title] == wanted
        numbers = [line.strip().split(" ", 1)[0] for line in lines if line.startswith("  ")]
        assert [loc.item_number(n) for n in range(1, len(wanted) + 1)] == numbers[
            len(result.candidates) + len(sections[facts_title]) :
        ][: len(wanted)]
    else:
        assert sanctions_title not in sections
    if len(result.candidates) == 1 and result.sanctions:
        # One provision: its combinations are the assessment's, same numbers.
        title = strip_isolates(loc.gettext("How they combine:"))
        assert sections.get(title) == own[0][1].get(title)
    # Reasoning: the comparison, each step with its rule's citation.
    assert sections[reasoning_title] == [
        strip_isolates(f"{step_text(step, locale)} [{loc.citation(step.basis)}]") for step in result.trace
    ]


class _Blocks(HTMLParser):
    """The visible text of each block (h4, p, li, th, td) of a page, with the row of each cell."""

    BLOCKS = ("h4", "p", "li", "th", "td")

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[tuple[str, str]] = []
        self.rows: list[list[str]] = []
        self._open: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        if tag in self.BLOCKS:
            self._open.append((tag, []))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS and self._open and self._open[-1][0] == tag:
            kind, parts = self._open.pop()
            text = " ".join(strip_isolates("".join(parts)).replace("\u00a0", " ").split())
            self.blocks.append((kind, text))
            if kind == "td":
                self.rows[-1].append(text)
            if self._open:
                self._open[-1][1].append("".join(parts))

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[-1][1].append(data)


def _parse(page: str) -> _Blocks:
    parser = _Blocks()
    parser.feed(page)
    return parser


def _plain(text: str) -> str:
    return " ".join(strip_isolates(text).replace("\u00a0", " ").split())


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_html_says_what_the_explanation_says(result: Concurrence, locale: str) -> None:
    loc = localizer(locale)
    fragment = result.to_html(locale)
    page = result.to_html(locale, document=True)
    assert result._repr_html_() == result.to_html("en")
    direction = "rtl" if loc.rtl else "ltr"
    assert f'dir="{direction}"' in fragment and page.startswith("<!DOCTYPE html>")
    # The page holds the fragment's content after the print stylesheet.
    assert fragment.split("</style>", 1)[1].split("<div", 1)[1] in page
    blocks = _parse(fragment)
    items = [text for kind, text in blocks.blocks if kind == "li"]
    head, sections = _sections(result.explain(locale))
    facts = sections[_plain(loc.gettext("Facts:"))]
    reasoning = sections[_plain(loc.gettext("Reasoning:"))]
    provisions = [c for c in sections if c not in (_plain(loc.gettext("Facts:")), _plain(loc.gettext("Reasoning:")))]
    listed = [_plain(line) for line in sections[provisions[0]]]
    combine = [_plain(line) for line in sections.get(_plain(loc.gettext("How they combine:")), [])]
    # The list items are the explanation's provisions, facts, combinations and steps, in order.
    assert items == listed + [_plain(f) for f in facts] + combine + [_plain(r) for r in reasoning]
    paragraphs = [text for kind, text in blocks.blocks if kind in ("h4", "p")]
    assert paragraphs[0] == _plain(head[0]).rsplit(" [", 1)[0]
    assert paragraphs[1] == f"[{_plain(loc.citation(result.basis))}]"
    assert paragraphs[2] == _plain(head[1])
    # The sanctions table: each candidate's own rows, the fines of the provisions not chosen dropped.
    rows = [row for row in blocks.rows if row]
    assert len(rows) == len(result.sanctions)

    def cells(row: list[str], basis: str) -> list[str]:
        # The Basis cell is written once for consecutive rows of one citation (rowspan).
        return row[1:-1] if row[-1] == basis else row[1:]

    wanted: list[list[str]] = []
    for index, candidate in enumerate(result.candidates):
        theirs = [row for row in _parse(candidate.to_html(locale)).rows if row]
        for k in _kept(result, index):
            wanted.append(cells(theirs[k], _plain(loc.citation(candidate.sanctions[k].basis))))
    bases = [_plain(loc.citation(s.basis)) for s in result.sanctions]
    assert [cells(row, basis) for row, basis in zip(rows, bases, strict=True)] == wanted
    firsts = [row[-1] for i, row in enumerate(rows) if i == 0 or bases[i - 1] != bases[i]]
    assert firsts == [b for i, b in enumerate(bases) if i == 0 or bases[i - 1] != b]
    assert [row[0] for row in rows] == [_plain(loc.digits(str(n))) for n in range(1, len(rows) + 1)]


def test_json_reader_is_the_codec(result: Concurrence) -> None:
    data = result.to_dict()
    assert Concurrence.from_dict(data) == result
    assert concurrence_from_dict(data) == result

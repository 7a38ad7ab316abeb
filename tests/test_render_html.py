"""HTML: the sanctions table, open and closed bounds, right to left, print, escaping.

The tests read the HTML's structure (a small tree built with :mod:`html.parser`): the ``lang``
and ``dir`` attributes, the bracket characters in logical order and the direction they are laid
out in, amounts kept on one line, citations shown once. CLDR's spellings come from ``cldr``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from html.parser import HTMLParser

import attrs
import cldr
import pytest

from penalties import article, assess
from penalties.core.errors import UnknownLocaleError
from penalties.render.html import Localized, article_html, assessment_html, html_document

VOID = {"br", "hr", "img", "meta", "input", "wbr", "link"}
LOCALES = ("en", "zh_CN", "fa_IR", "ar", "ms")
LANG = {"en": "en", "zh_CN": "zh-CN", "fa_IR": "fa-IR", "ar": "ar", "ms": "ms"}
RTL = {"fa_IR", "ar"}
NBSP = "\u00a0"


@attrs.define
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = attrs.field(factory=list)
    parent: Node | None = attrs.field(default=None, repr=False)

    @property
    def text(self) -> str:
        return "".join(child if isinstance(child, str) else child.text for child in self.children)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.walk()

    def find(self, match: Callable[[Node], bool]) -> list[Node]:
        return [node for node in self.walk() if match(node)]

    def direction(self) -> str | None:
        """The ``dir`` in force here: the nearest ``dir`` attribute on the node or an ancestor."""
        node: Node | None = self
        while node is not None:
            if "dir" in node.attrs:
                return node.attrs["dir"]
            node = node.parent
        return None


class Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.node = self.root
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {name: value or "" for name, value in attrs_}, parent=self.node)
        self.node.children.append(node)
        if tag not in VOID:
            self.node = node

    def handle_endtag(self, tag: str) -> None:
        if self.node.tag != tag or self.node.parent is None:
            self.errors.append(tag)
            return
        self.node = self.node.parent

    def handle_data(self, data: str) -> None:
        self.node.children.append(data)


def parse(html: str) -> Node:
    """The tree of ``html``, which must be balanced."""
    tree = Tree()
    tree.feed(html)
    tree.close()
    assert tree.errors == [] and tree.node is tree.root, (tree.errors, tree.node.tag)
    return tree.root


def div(root: Node) -> Node:
    (found,) = root.find(lambda n: n.tag == "div" and "penalties" in n.classes)
    return found


def rows(root: Node) -> list[list[Node]]:
    (body,) = root.find(lambda n: n.tag == "tbody")
    return [[c for c in tr.children if isinstance(c, Node)] for tr in body.children if isinstance(tr, Node)]


def bound_cells(root: Node) -> list[Node]:
    return [cell for row in rows(root) for cell in row if cell.find(lambda n: "bracket" in n.classes)]


def dsl_47() -> object:
    return assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01")


def ipc_729() -> object:
    return assess("ir.ipc.729", circumstances={"organised"}, on="1399/01/01")


def shown(text: str) -> str:
    """``text`` as an amount cell shows it: one unbreakable line."""
    return text.replace(" ", NBSP)


def test_repr_html_is_english_and_left_to_right() -> None:
    a = dsl_47()
    html = a._repr_html_()
    assert html == a.to_html("en") == assessment_html(a, "en")
    box = div(parse(html))
    assert box.attrs["dir"] == "ltr" and box.attrs["lang"] == "en"
    headers = [th.text for th in box.find(lambda n: n.tag == "th")]
    assert headers == ["#", "Sanction", "Addressee", "Modality", "Lower bound", "Upper bound", "Basis"]
    cny_250k, cny_2500k = cldr.money("en", 250_000, "CNY"), cldr.money("en", 2_500_000, "CNY")
    low, high = bound_cells(box)[:2]
    assert low.text == f"[{shown(cny_250k)}included" and high.text == f"{shown(cny_2500k)}]included"
    (reasoning,) = box.find(lambda n: n.tag == "ol")
    assert reasoning.find(lambda n: n.tag == "li")[1].text == f"the illegal gains of {shown(cny_250k)} are confiscated"
    assert "<bdi" not in html and "\u2066" not in html and "\u2068" not in html  # no isolation left to right


def test_open_lower_bound_is_a_parenthesis_and_the_word_excluded() -> None:
    box = div(parse(ipc_729().to_html("en")))
    irr_20m, eight_months = cldr.money("en", 20_000_000, "IRR"), cldr.unit("en", 8, "month")
    third = cldr.money("en", 13_333_333, "IRR").replace("13,333,333", "13,333,333 1/3")
    texts = [cell.text for cell in bound_cells(box)]
    assert texts == [
        f"({shown(eight_months)}excluded",
        f"{shown(cldr.unit('en', 1, 'year'))}]included",
        f"({shown(third)}excluded",
        f"{shown(irr_20m)}]included",
    ]


@pytest.mark.parametrize("locale", LOCALES)
def test_lang_and_dir_of_fragment_and_document(locale: str) -> None:
    a = dsl_47()
    direction = "rtl" if locale in RTL else "ltr"
    box = div(parse(a.to_html(locale)))
    assert box.attrs["lang"] == LANG[locale] and box.attrs["dir"] == direction
    page = html_document(a, locale)
    assert page.startswith("<!DOCTYPE html>\n")
    root = parse(page.split("\n", 1)[1])
    (html,) = root.find(lambda n: n.tag == "html")
    assert html.attrs == {"lang": LANG[locale], "dir": direction}
    (meta,) = root.find(lambda n: n.tag == "meta" and "charset" in n.attrs)
    assert meta.attrs["charset"] == "utf-8"
    (title,) = root.find(lambda n: n.tag == "title")
    assert "cn.dsl.47" in title.text
    assert "@media print" in page and "@page" in page
    assert div(root).attrs["dir"] == direction
    assert page == assessment_html(a, locale, document=True)
    entry = article("ir.ipc.729")
    assert html_document(entry, locale) == article_html(entry, locale, document=True)
    assert f'<html lang="{LANG[locale]}" dir="{direction}">' in html_document(entry, locale)


@pytest.mark.parametrize("locale", sorted(RTL))
@pytest.mark.parametrize("case", [dsl_47, ipc_729])
def test_right_to_left_brackets_are_mirrored_text_in_logical_order(locale: str, case: Callable[[], object]) -> None:
    """In RTL a bracket is text of the RTL cell: ``[`` first in the lower cell, ``]`` last in the upper.

    Never inside ``dir="ltr"``: that stops the bidi mirroring and shows ``[a`` as ``]a``.
    """
    box = div(parse(case().to_html(locale)))  # type: ignore[attr-defined]
    included, excluded = ("شامل", "غیرشامل") if locale == "fa_IR" else ("مشمول", "غير مشمول")
    cells = bound_cells(box)
    assert cells and len(cells) % 2 == 0
    for low, high in zip(cells[0::2], cells[1::2], strict=True):
        for cell in (low, high):
            (bracket,) = cell.find(lambda n: "bracket" in n.classes)
            assert bracket.direction() == "rtl"
            assert not [n for n in cell.walk() if n.tag == "bdi" and bracket in n.walk()]
        # Logical order: the bracket opens the lower cell and closes the upper one's amount.
        low_parts = [c for c in low.children if isinstance(c, Node)]
        high_parts = [c for c in high.children if isinstance(c, Node)]
        assert "bracket" in low_parts[0].classes and "amount" in low_parts[1].classes
        assert "amount" in high_parts[0].classes and "bracket" in high_parts[1].classes
        for cell, (closed, opened) in ((low, ("[", "(")), (high, ("]", ")"))):
            (bracket,) = cell.find(lambda n: "bracket" in n.classes)
            (word,) = cell.find(lambda n: n.tag == "small")
            assert bracket.text in (closed, opened)
            assert word.text == (included if bracket.text == closed else excluded)
    if case is dsl_47:
        assert cells[0].text == f"[{shown(cldr.money(locale, 250_000, 'CNY'))}{included}"
        assert cells[1].text == f"{shown(cldr.money(locale, 2_500_000, 'CNY'))}]{included}"


def test_amounts_never_break() -> None:
    for locale in LOCALES:
        for a in (dsl_47(), ipc_729()):
            html = a.to_html(locale)
            assert ".amount{white-space:nowrap}" in html
            amounts = div(parse(html)).find(lambda n: "amount" in n.classes)
            assert amounts
            for amount in amounts:
                assert not [c for c in amount.text if c.isspace() and c != NBSP], (locale, amount.text)
    # In running text too, an amount keeps its number and currency together.
    fa = dsl_47().to_html("fa_IR")
    assert f"به مبلغ {shown(cldr.money('fa_IR', 250_000, 'CNY'))}" in fa
    assert shown(cldr.money("en", 2_500_000, "CNY")) in dsl_47().to_html("en")


def test_brackets_are_text_sized() -> None:
    html = dsl_47().to_html("en")
    assert "monospace" not in html and "bold" not in html.split("</style>")[0]


def test_a_shared_citation_is_shown_once_for_its_rows() -> None:
    box = div(parse(dsl_47().to_html("en")))
    table = rows(box)
    assert len(table) == 8
    basis = [cell for row in table for cell in row if cell.find(lambda n: "cite" in n.classes)]
    assert len(basis) == 1 and basis[0].attrs["rowspan"] == "8" and basis[0].text == "PRC Data Security Law, Art 47"
    assert table[0][-1] is basis[0]
    # Two different citations: two cells, no rowspan.
    iran = div(parse(ipc_729().to_html("en")))
    cites = [cell for row in rows(iran) for cell in row if cell.find(lambda n: "cite" in n.classes)]
    assert len(cites) == 2 and all("rowspan" not in cell.attrs for cell in cites)


def test_measures_have_no_range_noise_and_a_point_spans_both_columns() -> None:
    box = div(parse(dsl_47().to_html("en")))
    table = rows(box)
    order_to_correct, confiscation = table[0], table[1]
    assert order_to_correct[4].attrs == {"colspan": "2"} and order_to_correct[4].text == ""
    assert confiscation[4].attrs == {"colspan": "2"}
    assert confiscation[4].text == shown(cldr.money("en", 250_000, "CNY"))
    assert "no range" not in dsl_47().to_html("en")


def test_a_fine_without_a_determined_range_says_so() -> None:
    a = dsl_47()
    fine = attrs.evolve(a.sanctions[2], range=None)
    html = assessment_html(attrs.evolve(a, sanctions=(fine,)), "en")
    assert '<td colspan="2"><small>no range</small></td>' in html


def test_reasoning_cites_only_rules_other_than_the_article() -> None:
    en = div(parse(ipc_729().to_html("en")))
    (reasoning,) = en.find(lambda n: n.tag == "ol")
    cited = [li.find(lambda n: "cite" in n.classes) for li in reasoning.find(lambda n: n.tag == "li")]
    # The offence-date step, the article's own steps, then Art 754's, then the general part's degree (Art 19).
    assert [len(c) for c in cited] == [0, 0, 1, 1, 1] + [1] * (len(cited) - 5)
    assert cited[3][0].text == "[Islamic Penal Code (Computer Crimes Law), Art 754, clause d]"
    assert {c[0].text for c in cited[5:]} == {"[Islamic Penal Code (Computer Crimes Law), Art 19]"}


@pytest.mark.parametrize(
    ("locale", "style"), [("fa_IR", "digits-persian"), ("en", None), ("zh_CN", None), ("ms", None)]
)
def test_ordered_lists_number_in_the_locale_digits(locale: str, style: str | None) -> None:
    box = div(parse(ipc_729().to_html(locale)))
    (reasoning,) = box.find(lambda n: n.tag == "ol")
    assert reasoning.attrs.get("class") == style
    assert "ol.digits-persian{list-style-type:persian}" in ipc_729().to_html(locale)


def test_arabic_lists_follow_the_arabic_digits_of_its_text() -> None:
    html = ipc_729().to_html("ar")
    (reasoning,) = div(parse(html)).find(lambda n: n.tag == "ol")
    # The list markers are written in the digits the Arabic text uses (CLDR's default for ar).
    arabic_indic = cldr.number("ar", 729) == "\u0667\u0662\u0669"
    assert reasoning.attrs.get("class") == ("digits-arabic-indic" if arabic_indic else None)
    assert "ol.digits-arabic-indic{list-style-type:arabic-indic}" in html


def test_right_to_left_text_aligns_to_start_and_isolates_ltr_runs() -> None:
    fa = ipc_729().to_html("fa_IR")
    assert "text-align:start" in fa
    heading = div(parse(fa)).find(lambda n: n.tag == "h4")[0]
    (bdi,) = heading.find(lambda n: n.tag == "bdi")
    assert bdi.attrs == {"dir": "ltr"} and bdi.text == "ir.ipc.729"
    assert heading.text.endswith("(ir.ipc.729)")
    en = ipc_729().to_html("en")
    assert "<bdi" not in en


def test_arabic_is_right_to_left_and_chinese_left_to_right() -> None:
    a = dsl_47()
    ar = a.to_html("ar")
    assert 'dir="rtl" lang="ar"' in ar
    assert shown(cldr.money("ar", 250_000, "CNY")) in div(parse(ar)).text
    zh = a.to_html("zh")
    assert 'dir="ltr" lang="zh-CN"' in zh and "<th>下限</th>" in zh and "含本数" in zh


def test_every_text_is_escaped() -> None:
    hostile = attrs.evolve(
        article("cn.dsl.47"),
        text="<script>alert(1)</script>",
        gloss="a & b <b>bold</b>",
        title="<img src=x onerror=alert(1)>",
        translation_notes=("<i>note</i>",),
    )
    for html in (article_html(hostile, "fa_IR"), html_document(hostile, "ar")):
        assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "<img" not in html and "a &amp; b &lt;b&gt;bold&lt;/b&gt;" in html
        assert "&lt;i&gt;note&lt;/i&gt;" in html
        parse(html.removeprefix("<!DOCTYPE html>\n"))
    a = hostile.assess(illegal_gains=250_000, on="2024-05-01")
    for locale in LOCALES:
        parse(a.to_html(locale))
        parse(html_document(a, locale).removeprefix("<!DOCTYPE html>\n"))


def test_article_html_shows_text_gloss_formula_and_dates() -> None:
    entry = article("cn.dsl.47")
    html = entry._repr_html_()
    assert html == entry.to_html("en")
    assert "处违法所得一倍以上十倍以下罚款" in html and '<blockquote lang="zh" dir="ltr">' in html
    assert "in force from September 1, 2021" in html
    assert "1x to 10x the illegal gains" in html
    assert "Translation notes" in html
    parse(html)
    persian = article("ir.ipc.729").to_html("fa_IR")
    assert '<blockquote lang="fa" dir="rtl">' in persian and 'dir="rtl" lang="fa-IR"' in persian
    parse(persian)


def test_article_formula_block_wraps() -> None:
    html = article("cn.cl.253-1").to_html("en")
    assert '<pre lang="en" dir="ltr">' in html
    assert "div.penalties pre{white-space:pre-wrap;overflow-wrap:anywhere;max-width:100%}" in html


@pytest.mark.parametrize("locale", LOCALES)
def test_every_catalogued_article_renders(locale: str) -> None:
    from penalties import catalog

    for entry in catalog():
        parse(entry.to_html(locale))


def test_localized_wrapper() -> None:
    a = dsl_47()
    shown_fa = Localized(a, "fa")
    assert shown_fa._repr_html_() == a.to_html("fa_IR")
    assert str(shown_fa) == a.explain("fa_IR")
    assert Localized(article("cn.dsl.47"), "ms")._repr_html_() == article("cn.dsl.47").to_html("ms")
    with pytest.raises(UnknownLocaleError):
        Localized(a, "xx")

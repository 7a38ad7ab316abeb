"""Jupyter display: the sanctions table, open and closed bounds, right to left, escaping."""

from __future__ import annotations

from html.parser import HTMLParser

import attrs
import cldr
import pytest

from penalties import article, assess
from penalties.core.errors import UnknownLocaleError
from penalties.render.html import Localized, article_html

VOID = {"br", "hr", "img", "meta", "input", "wbr"}


class Balance(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def balanced(html: str) -> Balance:
    parser = Balance()
    parser.feed(html)
    parser.close()
    assert parser.errors == [] and parser.stack == [], (parser.errors, parser.stack)
    return parser


def test_repr_html_is_english_and_left_to_right() -> None:
    a = assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01")
    html = a._repr_html_()
    cny_250k, cny_2500k = cldr.money("en", 250_000, "CNY"), cldr.money("en", 2_500_000, "CNY")
    assert html == a.to_html("en")
    assert 'dir="ltr"' in html and 'lang="en"' in html
    assert "<table>" in html and "<th>Lower bound</th>" in html and "<th>Upper bound</th>" in html
    # The fine: both ends closed, shown by bracket and by word.
    assert f'<bdi dir="ltr" class="bracket">[</bdi> {cny_250k}<br><small>included</small>' in html
    assert f'{cny_2500k} <bdi dir="ltr" class="bracket">]</bdi><br><small>included</small>' in html
    assert f"<ol><li>the illegal gains of {cny_250k} are confiscated" in html
    assert '<span class="cite">[PRC Data Security Law, Art 47]</span>' in html
    balanced(html)


def test_open_lower_bound_is_a_parenthesis_and_the_word_excluded() -> None:
    a = assess("ir.ipc.729", circumstances={"organised"}, on="1399/01/01")
    html = a.to_html("en")
    irr_20m, eight_months = cldr.money("en", 20_000_000, "IRR"), cldr.unit("en", 8, "month")
    third = cldr.money("en", 13_333_333, "IRR").replace("13,333,333", "13,333,333 1/3")
    assert f'<bdi dir="ltr" class="bracket">(</bdi> {third}<br><small>excluded</small>' in html
    assert f'{irr_20m} <bdi dir="ltr" class="bracket">]</bdi><br><small>included</small>' in html
    assert f'<bdi dir="ltr" class="bracket">(</bdi> {eight_months}<br><small>excluded</small>' in html
    balanced(html)


def test_persian_table_is_right_to_left_with_persian_digits() -> None:
    a = assess("ir.ipc.729", circumstances={"organised"}, on="1399/01/01")
    html = a.to_html("fa_IR")
    irr_20m = cldr.money("fa_IR", 20_000_000, "IRR")
    third = cldr.money("fa_IR", 13_333_333, "IRR").replace("۱۳٬۳۳۳٬۳۳۳", "۱۳٬۳۳۳٬۳۳۳ ۱/۳")
    assert html.count('dir="rtl"') == 1 and 'lang="fa-IR"' in html
    assert "<th>حد پایین</th>" in html and "<th>حد بالا</th>" in html
    assert f'<bdi dir="ltr" class="bracket">(</bdi> {third}<br><small>غیرشامل</small>' in html
    assert f'{irr_20m} <bdi dir="ltr" class="bracket">]</bdi><br><small>شامل</small>' in html
    assert "<td>۱</td>" in html
    balanced(html)


def test_arabic_is_right_to_left_and_chinese_left_to_right() -> None:
    a = assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01")
    assert 'dir="rtl" lang="ar"' in a.to_html("ar")
    assert cldr.money("ar", 250_000, "CNY") in a.to_html("ar")
    zh = a.to_html("zh")
    assert 'dir="ltr" lang="zh-CN"' in zh and "<th>下限</th>" in zh and "含本数" in zh


def test_point_and_measure_rows_span_both_bound_columns() -> None:
    html = assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01").to_html()
    assert f'<td colspan="2">{cldr.money("en", 250_000, "CNY")}</td>' in html  # confiscation: one amount
    assert '<td colspan="2"><small>no range</small></td>' in html  # order to correct


def test_every_text_is_escaped() -> None:
    hostile = attrs.evolve(
        article("cn.dsl.47"),
        text="<script>alert(1)</script>",
        gloss="a & b <b>bold</b>",
        title="<img src=x onerror=alert(1)>",
        translation_notes=("<i>note</i>",),
    )
    html = article_html(hostile, "fa_IR")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img" not in html and "a &amp; b &lt;b&gt;bold&lt;/b&gt;" in html
    assert "&lt;i&gt;note&lt;/i&gt;" in html
    balanced(html)
    a = hostile.assess(illegal_gains=250_000, on="2024-05-01")
    balanced(a.to_html("ar"))


def test_article_html_shows_text_gloss_formula_and_dates() -> None:
    entry = article("cn.dsl.47")
    html = entry._repr_html_()
    assert html == entry.to_html("en")
    assert "处违法所得一倍以上十倍以下罚款" in html and '<blockquote lang="zh" dir="ltr">' in html
    assert "in force from September 1, 2021" in html
    assert "1x to 10x the illegal gains" in html
    assert "Translation notes" in html
    balanced(html)
    persian = article("ir.ipc.729").to_html("fa_IR")
    assert '<blockquote lang="fa" dir="rtl">' in persian and 'dir="rtl" lang="fa-IR"' in persian
    balanced(persian)


@pytest.mark.parametrize("locale", ["en", "zh_CN", "fa_IR", "ar", "ms"])
def test_every_catalogued_article_renders(locale: str) -> None:
    from penalties import catalog

    for entry in catalog():
        balanced(entry.to_html(locale))


def test_localized_wrapper() -> None:
    a = assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01")
    shown = Localized(a, "fa")
    assert shown._repr_html_() == a.to_html("fa_IR")
    assert str(shown) == a.explain("fa_IR")
    assert Localized(article("cn.dsl.47"), "ms")._repr_html_() == article("cn.dsl.47").to_html("ms")
    with pytest.raises(UnknownLocaleError):
        Localized(a, "xx")

"""Sphinx directives that write the guide's tables from the library's own data at build time.

Nothing in these tables is typed by hand: the articles come from :func:`penalties.catalog`, the
facts from each act's facts type and :attr:`Article.facts_read`, the readings from
:func:`penalties.core.readings.reading_values`, the Iranian amounts from
:data:`penalties.law.ir.amounts.SCHEDULES`, the JSON Schema from
:func:`penalties.assessment_schema`, the command line from
:func:`penalties.__main__.build_parser`, and the sample explanations from :func:`penalties.assess`.
A change in the law modules changes the site at the next build.

Directives (each usable from MyST Markdown as ```` ```{name} argument ````):

- ``penalties-articles ACT``: the articles of an act, with the facts and circumstances each reads;
- ``penalties-facts ACT``: the facts of an act, with their types and defaults;
- ``penalties-readings ACT``: the open readings of an act, default first;
- ``penalties-ir-amounts``: the Iranian fines over time, per instrument, with their status;
- ``penalties-explain ARTICLE`` (the facts as JSON in the content; options ``:locale:`` and
  ``:format: text|json``): an assessment explained, or its ``to_dict()``;
- ``penalties-schema``: the JSON Schema of ``Assessment.to_dict()``;
- ``penalties-cli``: the ``--help`` of the command line and of each subcommand.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any, ClassVar, TypeAlias

import attrs
from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

import penalties
from penalties.core.readings import reading_values

#: Facts every article reads; the articles table lists only the others.
COMMON_FACTS = frozenset({"offender", "on", "circumstances", "readings"})

Cell: TypeAlias = str | nodes.Node


def _cell(value: Cell) -> nodes.entry:
    entry = nodes.entry()
    if isinstance(value, nodes.Node):
        entry += value if isinstance(value, nodes.paragraph) else nodes.paragraph("", "", value)
    else:
        entry += nodes.paragraph(text=value)
    return entry


def code(text: str) -> nodes.literal:
    """Inline code."""
    return nodes.literal(text=text)


def codes(texts: Iterable[str]) -> nodes.paragraph:
    """Inline code items separated by commas (an empty paragraph for none)."""
    para = nodes.paragraph()
    for i, text in enumerate(texts):
        if i:
            para += nodes.Text(", ")
        para += code(text)
    return para


def table(headers: Sequence[str], rows: Iterable[Sequence[Cell]], widths: Sequence[int] | None = None) -> nodes.table:
    """A docutils table node (no Markdown or reST escaping involved: cells are nodes or text)."""
    node = nodes.table(classes=["penalties-generated"])
    group = nodes.tgroup(cols=len(headers))
    node += group
    for width in widths or [1] * len(headers):
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    group += head
    row = nodes.row()
    for header in headers:
        row += _cell(header)
    head += row
    body = nodes.tbody()
    group += body
    for values in rows:
        row = nodes.row()
        for value in values:
            row += _cell(value)
        body += row
    return node


def _act(act_id: str) -> penalties.Act:
    for act in penalties.acts():
        if act.id == act_id:
            return act
    raise ValueError(f"unknown act {act_id!r}: expected one of {[a.id for a in penalties.acts()]}")


def _readings_type(act_id: str) -> type | None:
    first = penalties.catalog(act_id)[0]
    readings = getattr(first.make_facts({}), "readings", None)
    return None if readings is None else type(readings)


def _type_name(annotation: Any) -> str:
    if isinstance(annotation, str):
        return annotation
    return getattr(annotation, "__name__", repr(annotation))


def _default(field: attrs.Attribute[Any]) -> str:
    default: Any = field.default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]  # a class at run time
        if field.name == "on":
            return "today"
        default = default.factory()
    if field.name == "readings":
        return "the defaults below"
    if hasattr(default, "value"):
        return repr(default.value)
    if isinstance(default, frozenset):
        return "none" if not default else ", ".join(sorted(map(str, default)))
    return repr(default)


class ArticlesTable(SphinxDirective):
    """The articles of one act, as the catalog lists them."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        act_id = self.arguments[0]
        rows = []
        for entry in penalties.catalog(act_id):
            start, end = entry.in_force
            in_force = start.isoformat() + ("" if end is None else f" to {end.isoformat()}")
            rows.append(
                (
                    code(entry.id),
                    f"{entry.title} ({entry.title_original})",
                    "yes" if entry.penal else "no",
                    in_force,
                    codes(sorted(entry.facts_read - COMMON_FACTS)),
                    codes(sorted(c.value for c in entry.circumstances)),
                )
            )
        headers = ("id", "title", "penal", "in force", "facts read (besides the common four)", "circumstances")
        return [table(headers, rows, (14, 36, 6, 12, 16, 16))]


class FactsTable(SphinxDirective):
    """The facts of one act: name, type and default."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        act = _act(self.arguments[0])
        rows = []
        for field in attrs.fields(act.facts_type):
            rows.append((code(field.name), code(_type_name(field.type)), _default(field)))
        return [table(("fact", "type", "default"), rows, (20, 30, 30))]


class ReadingsTable(SphinxDirective):
    """The open readings of one act: name, default and the other values."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        readings_type = _readings_type(self.arguments[0])
        if readings_type is None:
            return [nodes.paragraph(text="This act declares no open readings.")]
        rows = [
            (code(name), code(values[0]), codes(values[1:])) for name, values in reading_values(readings_type).items()
        ]
        return [table(("reading", "default", "other values"), rows, (30, 25, 30))]


class IranAmountsTable(SphinxDirective):
    """The Iranian fines per provision and instrument, with each figure's status."""

    def run(self) -> list[nodes.Node]:
        from penalties.law.ir.amounts import SCHEDULES

        figures = [figure for schedule in SCHEDULES.values() for figure in schedule.figures]
        instruments = sorted({figure.decree for figure in figures}, key=lambda decree: decree.effective)

        def cells(found: dict[Any, Any]) -> list[Cell]:
            row: list[Cell] = []
            for decree in instruments:
                figure = found.get(decree)
                if figure is None:
                    row.append("-")
                else:
                    low, high = figure.range.low.amount, figure.range.high.amount
                    row.append(f"{low:,} - {high:,} ({figure.status.value})")
            return row

        rows: list[list[Cell]] = []
        for key, schedule in SCHEDULES.items():
            rows.append([code(key), *cells({figure.decree: figure for figure in schedule.figures})])
            for reading, value, figure in schedule.alternatives:
                rows.append([code(f"{key} ({reading}={value})"), *cells({figure.decree: figure})])
        return [table(["fine of", *(decree.label for decree in instruments)], rows)]


def _literal(text: str, language: str) -> nodes.literal_block:
    block = nodes.literal_block(text, text)
    block["language"] = language
    return block


class ExplainBlock(SphinxDirective):
    """An assessment made at build time, shown as its explanation or as its JSON form."""

    required_arguments = 1
    has_content = True
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        "locale": directives.unchanged,
        "format": lambda value: directives.choice(value, ("text", "json")),
    }

    def run(self) -> list[nodes.Node]:
        from penalties.render.codec import facts_from_json

        entry = penalties.article(self.arguments[0])
        facts = facts_from_json(entry, json.loads("\n".join(self.content) or "{}"))
        result = entry.assess(facts)
        if self.options.get("format", "text") == "json":
            return [_literal(json.dumps(result.to_dict(), ensure_ascii=False, indent=2), "json")]
        return [_literal(result.explain(self.options.get("locale", "en")), "text")]


class SchemaBlock(SphinxDirective):
    """The JSON Schema of ``Assessment.to_dict()``."""

    def run(self) -> list[nodes.Node]:
        return [_literal(json.dumps(penalties.assessment_schema(), ensure_ascii=False, indent=2), "json")]


class CliHelp(SphinxDirective):
    """``python -m penalties --help`` and the help of every subcommand, from the parser itself."""

    def run(self) -> list[nodes.Node]:
        from penalties.__main__ import build_parser

        previous = os.environ.get("COLUMNS")
        os.environ["COLUMNS"] = "100"  # argparse wraps to the terminal width; fix it for the page
        try:
            parser = build_parser()
            result: list[nodes.Node] = [_literal(parser.format_help(), "text")]
            for action in parser._actions:
                if isinstance(action, argparse._SubParsersAction):
                    for name, sub in action.choices.items():
                        section = nodes.rubric(text=f"{parser.prog} {name}")
                        result += [section, _literal(sub.format_help(), "text")]
        finally:
            if previous is None:
                del os.environ["COLUMNS"]
            else:
                os.environ["COLUMNS"] = previous
        return result


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("penalties-articles", ArticlesTable)
    app.add_directive("penalties-facts", FactsTable)
    app.add_directive("penalties-readings", ReadingsTable)
    app.add_directive("penalties-ir-amounts", IranAmountsTable)
    app.add_directive("penalties-explain", ExplainBlock)
    app.add_directive("penalties-schema", SchemaBlock)
    app.add_directive("penalties-cli", CliHelp)
    return {"version": penalties.__version__, "parallel_read_safe": True, "parallel_write_safe": True}

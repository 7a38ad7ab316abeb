"""Command line: ``python -m penalties`` (or the ``penalties`` script).

With no arguments it prints a built-in example (DSL Art 47, gains of 250,000 yuan). Subcommands:

- ``list [--act cn.dsl] [--json]``: the catalog;
- ``show <id> [--json]``: an article, its formula, its text and gloss;
- ``assess <id> [--gains N] [--circumstance C ...] [--offender O] [--on DATE] [--fact NAME=VALUE ...]
  [--facts JSON] [--json] [--locale fa_IR]``: an assessment, explained or as JSON;
- ``schema``: the JSON Schema of ``assess --json``.

Exit codes follow Unix habits: 0 success, 1 a library error (unknown article, invalid fact, not in
force, unsupported locale; the message goes to standard error, with "did you mean" suggestions
for an unknown id), 2 a usage error (argparse).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from . import __version__, article, assess, assessment_schema, catalog
from .core.errors import InvalidFactError, PenaltiesError

__all__ = ["build_parser", "main"]

PROG = "penalties"


def _example() -> str:
    return assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01").explain()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Penal statutes as typed, exact, explainable formulas. "
        "Without a command, prints an example (PRC Data Security Law Art 47, gains of 250,000 yuan).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    listing = commands.add_parser("list", help="list the catalogued articles")
    listing.add_argument("--act", help="only this act's articles, e.g. cn.dsl")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")

    show = commands.add_parser("show", help="show an article: citation, formula, text and gloss")
    show.add_argument("id", help="article id, e.g. cn.dsl.47")
    show.add_argument("--json", action="store_true", help="print the catalog entry as JSON")

    run = commands.add_parser("assess", help="assess a case under an article")
    run.add_argument("id", help="article id, e.g. cn.dsl.47")
    run.add_argument("--gains", metavar="AMOUNT", help="illegal gains, exact: 250000, 12345.67 or 40000000/3")
    run.add_argument(
        "--circumstance",
        action="append",
        default=[],
        metavar="NAME",
        help="a circumstance the article names (repeat for several), e.g. refused_correction",
    )
    run.add_argument("--offender", help="organisation (default) or individual")
    run.add_argument(
        "--on", metavar="DATE", help="date of assessment: YYYY-MM-DD or Solar Hijri YYYY/MM/DD (default today)"
    )
    run.add_argument(
        "--fact",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="any other fact of the act (VALUE is read as JSON when it parses, else as text)",
    )
    run.add_argument("--facts", metavar="JSON", help="all the facts as one JSON object (options above override it)")
    run.add_argument("--json", action="store_true", help="print the assessment as JSON (see the schema command)")
    run.add_argument("--locale", default="en", help="language of the explanation: en, zh_CN, fa_IR, ar, ms")

    commands.add_parser("schema", help="print the JSON Schema of 'assess --json'")
    return parser


#: The longest JSON text an option takes; facts are a few hundred bytes.
MAX_JSON_TEXT = 100_000
#: The most digits of a JSON number in an option (amounts are below 10**40).
_MAX_NUMBER_TEXT = 120


def loads(text: str, option: str) -> Any:
    """JSON from a command-line option, read exactly and within bounds.

    A number with a fraction or an exponent is read as written (``Decimal``, then checked like any
    amount), never as a float; size, nesting and digits are bounded, and anything over a bound is
    an :class:`InvalidFactError` naming the option, not a crash.
    """
    if len(text) > MAX_JSON_TEXT:
        raise InvalidFactError(option, text, f"JSON of at most {MAX_JSON_TEXT:,} characters")

    def bounded_int(number: str) -> int:
        if len(number) > _MAX_NUMBER_TEXT:
            raise InvalidFactError(option, number, f"numbers of at most {_MAX_NUMBER_TEXT} digits")
        return int(number)

    def bounded_decimal(number: str) -> Decimal:
        if len(number) > _MAX_NUMBER_TEXT:
            raise InvalidFactError(option, number, f"numbers of at most {_MAX_NUMBER_TEXT} digits")
        return Decimal(number)

    def refuse_constant(name: str) -> Any:
        raise InvalidFactError(option, name, "a finite number (NaN and Infinity are not exact)")

    try:
        return json.loads(text, parse_int=bounded_int, parse_float=bounded_decimal, parse_constant=refuse_constant)
    except RecursionError:
        raise InvalidFactError(option, text, "JSON nested less deeply (facts are a flat object)") from None


def _facts(options: argparse.Namespace, parser: argparse.ArgumentParser) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    if options.facts is not None:
        try:
            loaded = loads(options.facts, "--facts")
        except json.JSONDecodeError as error:
            parser.error(f"--facts is not valid JSON: {error}")
        if not isinstance(loaded, dict):
            parser.error("--facts must be a JSON object")
        facts.update(loaded)
    for item in options.fact:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            parser.error(f"--fact expects NAME=VALUE, got {item!r}")
        try:
            facts[name.strip()] = loads(value, f"--fact {name.strip()}")
        except json.JSONDecodeError:
            facts[name.strip()] = value
    if options.gains is not None:
        facts["illegal_gains"] = options.gains
    if options.circumstance:
        facts["circumstances"] = set(options.circumstance)
    if options.offender is not None:
        facts["offender"] = options.offender
    if options.on is not None:
        facts["on"] = options.on
    return facts


def _list(options: argparse.Namespace) -> str:
    articles = catalog(options.act)
    if options.json:
        return json.dumps([a.to_dict() for a in articles], ensure_ascii=False, indent=2)
    width = max(len(a.id) for a in articles)
    lines = []
    for entry in articles:
        mark = "" if entry.penal else "  (no penalty)"
        lines.append(f"{entry.id:<{width}}  {entry.basis}: {entry.title}{mark}")
    return "\n".join(lines)


def _show(options: argparse.Namespace) -> str:
    from .render.formula import outline

    entry = article(options.id)
    if options.json:
        return json.dumps(entry.to_dict(), ensure_ascii=False, indent=2)
    start, end = entry.in_force
    lines = [
        f"{entry.id}: {entry.basis}",
        f"{entry.title} ({entry.title_original})",
        f"In force: from {start.isoformat()}" + ("" if end is None else f" until {end.isoformat()}"),
        "Circumstances: " + (", ".join(sorted(c.value for c in entry.circumstances)) or "none"),
        "" if entry.penal else "This provision sets no penalty.",
        "Formula:",
        _indent(outline(entry.formula)),
        "Text:",
        _indent(entry.text),
        "Gloss:",
        _indent(entry.gloss),
    ]
    if entry.translation_notes:
        lines.append("Translation notes:")
        lines.extend(f"  - {note}" for note in entry.translation_notes)
    return "\n".join(line for line in lines if line != "")


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def _assess(options: argparse.Namespace, parser: argparse.ArgumentParser) -> str:
    from .render.codec import facts_from_json

    facts = _facts(options, parser)
    entry = article(options.id)
    # Read like JSON facts: exact amounts from text, ISO or Solar Hijri dates for any act.
    result = entry.assess(facts_from_json(entry, facts))
    if options.json:
        return json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
    return result.explain(options.locale)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    parser = build_parser()
    options = parser.parse_args(sys.argv[1:] if argv is None else list(argv))
    try:
        if options.command is None:
            out = _example()
        elif options.command == "list":
            out = _list(options)
        elif options.command == "show":
            out = _show(options)
        elif options.command == "assess":
            out = _assess(options, parser)
        else:
            out = json.dumps(assessment_schema(), ensure_ascii=False, indent=2)
    except PenaltiesError as error:
        # Every value the message echoes is already escaped (no control characters reach a terminal).
        sys.stderr.write(f"{PROG}: error: {error}\n")
        return 1
    try:
        try:
            sys.stdout.write(out + "\n")
        except UnicodeEncodeError:
            # A terminal that cannot show Chinese or Persian still gets every character, escaped.
            encoding = sys.stdout.encoding or "ascii"
            sys.stdout.flush()
            sys.stdout.buffer.write((out + "\n").encode(encoding, "backslashreplace"))
        sys.stdout.flush()
    except BrokenPipeError:
        # A reader that stops early (``| head``) is not an error.
        return 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

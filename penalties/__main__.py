"""Command line: ``python -m penalties`` (or the ``penalties`` script).

With no arguments it prints a built-in example (DSL Art 47, gains of 250,000 yuan). Subcommands:

- ``list [--act cn.dsl] [--json] [--locale fa_IR]``: the catalog;
- ``show <id> [--json] [--locale fa_IR]``: an article, its formula, its text and gloss;
- ``assess <id> [--gains N] [--circumstance C ...] [--offender O] [--on DATE] [--offence-date DATE]
  [--fact NAME=VALUE ...]
  [--facts JSON] [--json] [--locale fa_IR]``: an assessment, explained or as JSON;
- ``schema``: the JSON Schema of ``assess --json``;
- ``combine --sentence fixed_term_imprisonment=3y,fine=20000 --sentence criminal_detention=4m [--rule 69]
  [--served 1y] [--json] [--locale zh_CN]``: the sentence to execute for several crimes (PRC CL Arts 69-71).
- ``concur <id> <id> ... [the options of assess]``: one act under several PRC administrative
  provisions, fined once under the provision with the higher fine (APL Art 29);
  ``concur-schema``: the JSON Schema of ``concur --json``.

Exit codes follow Unix habits: 0 success, 1 a library error (unknown article or act, invalid fact,
not in force, not determinable, unsupported locale; the message goes to standard error, with "did
you mean" suggestions for an unknown id), 2 a usage error (argparse).

With ``--json`` an error is one JSON object on standard error (see :func:`error_json`), with the
same exit code::

    {"error": "InvalidFactError", "message": "invalid illegal_gains='1.5x': expected ...",
     "field": "illegal_gains", "value": "'1.5x'", "expected": "...", "suggestions": []}
"""

from __future__ import annotations

import argparse
import contextvars
import json
import re
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from . import __version__, article, assess, assessment_schema, catalog
from .catalog import ACTS
from .core.errors import (
    InvalidFactError,
    NotDeterminableError,
    NotInForceError,
    PenaltiesError,
    UnknownActError,
    UnknownArticleError,
    UnknownLocaleError,
    describe,
    printable,
)
from .core.messages import N_

if TYPE_CHECKING:
    from .core.article import Article
    from .core.facts import Facts
    from .render.i18n import Localizer

__all__ = ["build_parser", "error_json", "main"]

PROG = "penalties"

#: The forms of ``--on`` the command line reads, for every act.
DATE_FORMS = "a date: ISO YYYY-MM-DD (2024-05-01) or Solar Hijri YYYY/MM/DD (1403/02/12)"


def _example() -> str:
    return assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01").explain()


#: Whether usage errors come out as JSON (``--json`` on the command line being parsed).
_JSON_ERRORS: contextvars.ContextVar[bool] = contextvars.ContextVar("json_errors", default=False)


class _Parser(argparse.ArgumentParser):
    """argparse, whose usage errors are JSON on standard error when ``--json`` was given."""

    def error(self, message: str) -> Any:
        # argparse echoes what it could not parse as given: escape it, as every other error does.
        message = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in message)
        if not _JSON_ERRORS.get():
            return super().error(message)
        data = {"error": "UsageError", "message": f"{self.prog}: {message}"}
        self.exit(2, json.dumps({**_EMPTY, **data}, ensure_ascii=False) + "\n")


class _AssessFormatter(argparse.HelpFormatter):
    """Help for ``assess``: the default offender of each act, read from its facts when help is shown."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.dest == "offender":
            return offender_help()
        return action.help


def offender_help() -> str:
    """The help of ``--offender``: the accepted words and each act's own default (loads every act)."""
    from .catalog import acts

    defaults = []
    for act in acts():
        default = act.facts_type.defaults()["offender"].value
        # An act names the offender in its own words where they differ (Iran: legal_person).
        defaults.append(f"{act.id} {dict(act.offender_words).get(default, default)}")
    return (
        "organisation (also legal_person) or individual (also natural_person); "
        "default: the act's own (" + ", ".join(defaults) + ")"
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    parser = _Parser(
        prog=PROG,
        description="Penal statutes as typed, exact, explainable formulas. "
        "Without a command, prints an example (PRC Data Security Law Art 47, gains of 250,000 yuan).",
        epilog="Exit status: 0 success, 1 a library error, 2 a usage error. With --json, errors are JSON "
        'on standard error: {"error", "message", "field", "value", "expected", "suggestions"}.',
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    locales = "en, zh_CN, fa_IR, ar, ms"

    listing = commands.add_parser("list", help="list the catalogued articles")
    listing.add_argument("--act", help="only this act's articles: " + ", ".join(ACTS))
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.add_argument("--locale", help=f"language of citations and titles: {locales} (default en)")

    show = commands.add_parser("show", help="show an article: citation, formula, text and gloss")
    show.add_argument("id", help="article id, e.g. cn.dsl.47")
    show.add_argument("--json", action="store_true", help="print the catalog entry as JSON")
    show.add_argument("--locale", help=f"language of the citation, title and headings: {locales} (default en)")

    run = commands.add_parser("assess", help="assess a case under an article", formatter_class=_AssessFormatter)
    run.add_argument("id", help="article id, e.g. cn.dsl.47")
    run.add_argument(
        "--gains",
        metavar="AMOUNT",
        help="the act's gains fact (PRC acts: illegal gains), exact: 250000, 12345.67 or 40000000/3;"
        " refused for an act without one (Iran)",
    )
    run.add_argument(
        "--circumstance",
        action="append",
        default=[],
        metavar="NAME",
        help="a circumstance the article names (repeat for several), e.g. refused_correction",
    )
    run.add_argument("--offender", help="who committed the act (default: the act's own)")
    run.add_argument(
        "--on",
        metavar="DATE",
        help="date of assessment: YYYY-MM-DD or Solar Hijri YYYY/MM/DD, for every act (default today)",
    )
    run.add_argument(
        "--offence-date",
        metavar="DATE",
        help="date of the act (for continuing conduct, the day it ended), in the forms of --on; "
        "default: the date of assessment. The act's time rule weighs the text of each date",
    )
    run.add_argument(
        "--fact",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="any other fact of the act (VALUE is read as JSON when it parses, else as text), "
        'e.g. readings=\'{"art748_no_fine": "error"}\'',
    )
    run.add_argument("--facts", metavar="JSON", help="all the facts as one JSON object (options above override it)")
    run.add_argument("--json", action="store_true", help="print the assessment as JSON (see the schema command)")
    run.add_argument("--locale", default="en", help=f"language of the explanation: {locales}")

    commands.add_parser("schema", help="print the JSON Schema of 'assess --json'")

    joint = commands.add_parser(
        "combine", help="combine the sentences imposed for several crimes (PRC Criminal Law Arts 69-71)"
    )
    joint.add_argument(
        "--sentence",
        action="append",
        default=[],
        required=True,
        metavar="KIND=TERM,...",
        help="the sentence of one crime (repeat for each): fixed_term_imprisonment=3y6m, criminal_detention=4m, "
        "public_surveillance=1y, life_imprisonment=yes, death_penalty=yes, fine=20000, offence_date=2020-05-01, "
        "label=253-1, comma-separated",
    )
    joint.add_argument("--rule", choices=("69", "70", "71"), default="69", help="Art 69 (default), 70 or 71")
    joint.add_argument("--served", metavar="TERM", help="with --rule 70: the time already served, e.g. 1y2m")
    joint.add_argument("--json", action="store_true", help="print the result as JSON (penalties.sentencing_schema())")
    joint.add_argument("--locale", default="en", help=f"language of the explanation: {locales}")
    # One act under several provisions (PRC Administrative Penalty Law Art 29).
    concur = commands.add_parser(
        "concur", help="one act under several PRC administrative provisions: one fine (APL Art 29)"
    )
    concur.add_argument(
        "ids", nargs="+", metavar="ID", help="the provisions the act violates, e.g. cn.dsl.45.1 cn.pipl.66.2"
    )
    concur.add_argument("--gains", metavar="AMOUNT", help="illegal gains, exact: 250000, 12345.67 or 40000000/3")
    concur.add_argument("--circumstance", action="append", default=[], metavar="NAME", help="a circumstance (repeat)")
    concur.add_argument("--offender", help="organisation or individual (default organisation)")
    concur.add_argument("--on", metavar="DATE", help="date of the decision, YYYY-MM-DD (default today)")
    concur.add_argument("--offence-date", metavar="DATE", help="date of the act, YYYY-MM-DD (default: --on)")
    concur.add_argument(
        "--fact", action="append", default=[], metavar="NAME=VALUE", help="any other fact, e.g. turnover=3000000000"
    )
    concur.add_argument("--facts", metavar="JSON", help="all the facts as one JSON object (options above override it)")
    concur.add_argument("--json", action="store_true", help="print the result as JSON (see 'concur-schema')")
    concur.add_argument("--locale", default="en", help=f"language of the explanation: {locales}")
    commands.add_parser("concur-schema", help="print the JSON Schema of 'concur --json'")
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


def _facts(
    options: argparse.Namespace, parser: argparse.ArgumentParser, gains_fact: Callable[[], tuple[str, str | None]]
) -> dict[str, Any]:
    """The facts the options give; ``gains_fact()`` is the act's id and the fact ``--gains`` sets."""
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
        act, name = gains_fact()
        if name is None:
            raise InvalidFactError("--gains", options.gains, f"no --gains: the facts of {act} have no gains")
        facts[name] = options.gains
    if options.circumstance:
        facts["circumstances"] = set(options.circumstance)
    if options.offender is not None:
        facts["offender"] = options.offender
    if options.on is not None:
        facts["on"] = options.on
    if options.offence_date is not None:
        facts["offence_date"] = options.offence_date
    return facts


def _localizer(locale: str | None) -> Localizer | None:
    """The localizer of ``--locale`` (``None``: not given, the English text without Babel)."""
    if locale is None:
        return None
    from .render.i18n import localizer

    return localizer(locale)


def _title(loc: Localizer, entry: Article) -> str:
    """The article's title in the locale: the original in the act's language, else translated."""
    if entry.act.language and loc.locale.split("_")[0] == entry.act.language:
        return entry.title_original
    return loc.gettext(entry.title)


def _list(options: argparse.Namespace) -> str:
    act = options.act
    if act is not None and (not isinstance(act, str) or act.strip().lower() not in ACTS):
        raise UnknownActError(act, ACTS)
    loc = _localizer(options.locale)
    articles = catalog(None if act is None else act.strip().lower())
    if options.json:
        return json.dumps([a.to_dict() for a in articles], ensure_ascii=False, indent=2)
    width = max(len(a.id) for a in articles)
    lines = []
    for entry in articles:
        if loc is None:
            mark = "" if entry.penal else "  (no penalty)"
            lines.append(f"{entry.id:<{width}}  {entry.basis}: {entry.title}{mark}")
            continue
        mark = "" if entry.penal else f"  ({loc.gettext(N_('this provision sets no penalty'))})"
        line = loc.fill(N_("{name}: {value}"), name=loc.citation(entry.basis), value=_title(loc, entry))
        lines.append(f"{entry.id:<{width}}  {line}{mark}")
    return "\n".join(lines)


def _show(options: argparse.Namespace) -> str:
    from .render.formula import outline

    entry = article(options.id)
    loc = _localizer(options.locale)
    if options.json:
        shown = entry.to_dict() | {
            "text": entry.text,
            "gloss": entry.gloss,
            "translation_notes": list(entry.translation_notes),
            "facts_read": sorted(entry.facts_read),
            "formula": outline(entry.formula, loc.locale if loc is not None else "en").splitlines(),
            "versions": [version.to_dict() for version in entry.versions],
        }
        return json.dumps(shown, ensure_ascii=False, indent=2)
    if loc is not None:
        return _show_localized(entry, loc)
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
    for version in reversed(entry.versions):
        # Earlier texts, newest first: the text a time rule weighs for an older act.
        since = version.in_force_from.isoformat()
        lines.append(f"Earlier text, in force from {since}: {version.instrument} ({version.status})")
        lines.append(_indent(version.text))
        lines.append(_indent(version.gloss))
    return "\n".join(line for line in lines if line != "")


def _show_localized(entry: Article, loc: Localizer) -> str:
    """``show --locale``: the citation, title, dates and headings in the locale (the gloss stays English)."""
    from .render.formula import outline

    start, end = entry.in_force
    if end is None:
        period = loc.fill(N_("in force from {start}"), start=loc.date(start))
    else:
        period = loc.fill(N_("in force from {start} until {end}"), start=loc.date(start), end=loc.date(end))
    title = _title(loc, entry)
    named = [loc.param("circumstances", c.value) for c in sorted(entry.circumstances, key=lambda c: c.value)]
    circumstances = loc.list(named) if named else loc.gettext(N_("none"))
    lines = [
        loc.fill(N_("{name}: {value}"), name=entry.id, value=loc.citation(entry.basis)),
        title if title == entry.title_original else f"{title} ({entry.title_original})",
        period,
        loc.fill(N_("{name}: {value}"), name=loc.gettext(N_("circumstances")), value=circumstances),
        "" if entry.penal else loc.gettext(N_("this provision sets no penalty")),
    ]
    for heading, body in (
        (N_("Formula"), outline(entry.formula, loc.locale)),
        (N_("Text"), entry.text),
        (N_("English gloss"), entry.gloss),
    ):
        lines.append(loc.gettext(heading))
        lines.append(_indent(body))
    if entry.translation_notes:
        lines.append(loc.gettext(N_("Translation notes")))
        lines.extend(f"  - {note}" for note in entry.translation_notes)
    return "\n".join(line for line in lines if line != "")


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def _assess(options: argparse.Namespace, parser: argparse.ArgumentParser) -> str:
    from .render.codec import facts_from_json

    def gains_fact() -> tuple[str, str | None]:
        act = article(options.id).act
        return act.id, act.gains_fact

    raw = _facts(options, parser, gains_fact)
    entry = article(options.id)
    # Read like JSON facts: exact amounts from text, ISO or Solar Hijri dates for any act.
    try:
        facts = facts_from_json(entry, raw)
    except InvalidFactError as error:
        if error.field == "on" and error.expected.startswith("a date"):
            raise InvalidFactError("--on" if options.on is not None else "on", error.value, DATE_FORMS) from None
        if error.field == "offence_date" and error.expected.startswith("a date:"):
            flag = "--offence-date" if options.offence_date is not None else "offence_date"
            raise InvalidFactError(flag, error.value, DATE_FORMS) from None
        raise
    try:
        result = entry.assess(facts)
    except NotDeterminableError as error:
        raise _Undetermined(error, proceeding_readings(entry, facts, error)) from None
    if options.json:
        return json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
    return result.explain(options.locale)


def _concur(options: argparse.Namespace, parser: argparse.ArgumentParser) -> str:
    from .law.cn.concurrence import concur, concurrence_schema

    if options.command == "concur-schema":
        return json.dumps(concurrence_schema(), ensure_ascii=False, indent=2)
    from .law.cn.gains import GAINS

    # The provisions that concur are PRC administrative ones: their facts share the PRC gains fact.
    raw = _facts(options, parser, lambda: ("cn", GAINS))
    from .core.facts import to_date

    for name, flag, given in (("on", "--on", options.on), ("offence_date", "--offence-date", options.offence_date)):
        if name in raw:
            try:
                raw[name] = to_date(raw[name], name)
            except InvalidFactError as error:
                raise InvalidFactError(flag if given is not None else name, error.value, "a date: YYYY-MM-DD") from None
    result = concur(options.ids, **raw)
    if options.json:
        return json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
    return result.explain(options.locale)


class _Undetermined(Exception):
    """A :class:`NotDeterminableError` with the readings that would let the case proceed."""

    def __init__(self, error: NotDeterminableError, readings: dict[str, str] | None) -> None:
        super().__init__(str(error))
        self.error = error
        self.readings = readings

    @property
    def option(self) -> str | None:
        """The ``--fact readings=...`` option that lets the case proceed (quoted for a POSIX shell)."""
        if not self.readings:
            return None
        return "--fact readings='" + json.dumps(self.readings, ensure_ascii=False) + "'"


def proceeding_readings(entry: Article, facts: Facts, error: NotDeterminableError) -> dict[str, str] | None:
    """The readings (all of them, to pass as the ``readings`` fact) under which ``facts`` assess.

    When the law gives no figure for a case, an open reading usually decides whether that is an
    error or a partial answer (Iran Arts 749 and 751 after the third occurrence:
    ``art749_later_occurrences``).
    Readings are changed one at a time, keeping a change that moves past the error raised, until
    the case assesses; ``None`` when no choice of readings lets it.
    """
    readings = getattr(facts, "readings", None)
    if readings is None or not attrs.has(type(readings)):
        return None
    from .core.readings import reading_values

    declared = reading_values(type(readings))
    changes: dict[str, str] = {}
    blocking = (error.what, error.reason)
    for _ in declared:
        moved: tuple[str, str, NotDeterminableError] | None = None
        for name, values in declared.items():
            if name in changes:
                continue
            for value in values:
                if value == getattr(readings, name):
                    continue
                trial = {**changes, name: value}
                try:
                    entry.assess(attrs.evolve(facts, **{"readings": attrs.evolve(readings, **trial)}))
                except NotDeterminableError as other:
                    if moved is None and (other.what, other.reason) != blocking:
                        moved = (name, value, other)
                    continue
                except PenaltiesError:
                    continue
                chosen = {n: getattr(readings, n) for n in declared if getattr(readings, n) != declared[n][0]}
                return {**chosen, **trial}
        if moved is None:
            return None
        changes[moved[0]] = moved[1]
        blocking = (moved[2].what, moved[2].reason)
    return None


#: Every key of a JSON error, so that a program reads them without checking for presence.
_EMPTY: dict[str, Any] = {
    "error": None,
    "message": None,
    "field": None,
    "value": None,
    "expected": None,
    "suggestions": [],
}


def _message(error: PenaltiesError) -> str:
    # The library's advice for Python callers becomes the command that does the same here.
    return str(error).replace("call penalties.catalog() for the list of known ids", f"'{PROG} list' shows them")


def error_json(error: PenaltiesError, suggestions: Sequence[str] = ()) -> dict[str, Any]:
    """An error as the JSON object that ``--json`` writes on standard error.

    Always the keys ``error`` (the class name: ``InvalidFactError``, ``UnknownArticleError``,
    ``UnknownActError``, ``NotInForceError``, ``NotDeterminableError``, ``UnknownLocaleError``;
    ``UsageError`` for a usage error, exit code 2), ``message`` (the text printed without
    ``--json``), ``field`` (the fact or option at fault, or ``null``), ``value`` (the value given,
    described as printable text, or ``null``), ``expected`` (what would be valid, or ``null``) and
    ``suggestions`` (ids that are close, supported locales, or options that would let the case
    proceed). A :class:`NotInForceError` and a :class:`NotDeterminableError` add ``article``; the
    latter adds ``what``, ``reason`` and, when an open reading lets the case proceed, ``readings``.
    """
    message = _message(error)
    data: dict[str, Any] = {**_EMPTY, "error": type(error).__name__, "message": message}
    data["suggestions"] = list(getattr(error, "suggestions", ())) + list(suggestions)
    if isinstance(error, InvalidFactError):
        data.update(field=printable(error.field), value=describe(error.value), expected=error.expected)
    elif isinstance(error, UnknownActError):
        data.update(field="--act", value=describe(error.act_id), expected="one of " + ", ".join(error.known))
    elif isinstance(error, UnknownArticleError):
        data.update(field="id", value=describe(error.article_id), expected="a catalogued article id")
    elif isinstance(error, UnknownLocaleError):
        data.update(field="locale", value=describe(error.locale), expected="one of " + ", ".join(error.supported))
        data["suggestions"] = list(error.supported)
    elif isinstance(error, NotInForceError):
        period = f"from {error.in_force_from.isoformat()}"
        if error.in_force_until is not None:
            period += f" until {error.in_force_until.isoformat()}"
        data.update(field="on", value=error.on.isoformat(), expected=f"a date {period}", article=error.article_id)
    elif isinstance(error, NotDeterminableError):
        data.update(article=error.article_id, what=error.what, reason=error.reason)
    return data


def _fail(
    error: PenaltiesError, as_json: bool, readings: dict[str, str] | None = None, option: str | None = None
) -> int:
    if as_json:
        data = error_json(error, [] if option is None else [option])
        if readings:
            data["readings"] = readings
        sys.stderr.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        # Every value the message echoes is already escaped (no control characters reach a terminal).
        sys.stderr.write(f"{PROG}: error: {_message(error)}\n")
        if option is not None:
            sys.stderr.write(f"{PROG}: the case proceeds under another reading: {option}\n")
    return 1


def _wants_json(args: Sequence[str]) -> bool:
    """Whether the command line asks for JSON (``--json``, or a prefix argparse would accept)."""
    for arg in args:
        if arg == "--":
            return False
        if len(arg) > 3 and "--json".startswith(arg):
            return True
    return False


_TERM_TEXT = re.compile(r"(?:([0-9]{1,3})y)?(?:([0-9]{1,4})m)?(?:([0-9]{1,5})d)?", re.ASCII)
_SENTENCE_KINDS = ("fixed_term_imprisonment", "criminal_detention", "public_surveillance")
#: Sentences without a term (CL Art 69 para 1), given as ``life_imprisonment=yes``.
_WITHOUT_TERM = ("life_imprisonment", "death_penalty")


def term_text(text: str, field: str) -> Any:
    """A term written ``3y``, ``2y6m``, ``9m`` or ``15d`` (years, months, days; whole numbers)."""
    from .core.term import Term

    found = _TERM_TEXT.fullmatch(text.strip()) if len(text) <= 20 else None
    if found is None or not any(found.groups()):
        raise InvalidFactError(field, text, "a term such as 3y, 2y6m, 9m or 15d")
    years, months, days = (int(g) if g else 0 for g in found.groups())
    if days and (years or months):
        raise InvalidFactError(field, text, "years and months (2y6m) or days (15d), not both")
    if days:
        return Term.days(days)
    return Term.years(years) if not months else Term.months(12 * years + months)


def _combine(options: argparse.Namespace) -> str:
    from .law.cn.sentencing import combine

    offences = []
    for index, text in enumerate(options.sentence):
        field = f"--sentence[{index}]"
        item: dict[str, Any] = {}
        for part in text.split(",") if len(text) <= 1_000 else [text]:
            name, equals, value = part.partition("=")
            name, value = name.strip(), value.strip()
            if not equals or not name:
                expected = "KIND=VALUE pairs separated by commas, e.g. fixed_term_imprisonment=3y"
                raise InvalidFactError(field, part, expected)
            if name in item:
                raise InvalidFactError(f"{field}.{name}", value, "one value per name")
            if name in _WITHOUT_TERM:
                if value != "yes":
                    raise InvalidFactError(f"{field}.{name}", value, "yes (a sentence of death or life imprisonment)")
                item[name] = True
                continue
            item[name] = term_text(value, f"{field}.{name}") if name in _SENTENCE_KINDS else value
        offences.append(item)
    served = None if options.served is None else term_text(options.served, "--served")
    result = combine(offences, rule=options.rule, served=served)
    if options.json:
        return json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
    return result.explain(options.locale)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    args = sys.argv[1:] if argv is None else list(argv)
    as_json = _wants_json(args)
    token = _JSON_ERRORS.set(as_json)
    try:
        return _main(args, as_json)
    finally:
        _JSON_ERRORS.reset(token)


def _main(args: list[str], as_json: bool) -> int:
    parser = build_parser()
    options = parser.parse_args(args)
    try:
        if options.command is None:
            out = _example()
        elif options.command == "list":
            out = _list(options)
        elif options.command == "show":
            out = _show(options)
        elif options.command == "assess":
            out = _assess(options, parser)
        elif options.command == "combine":
            out = _combine(options)
        elif options.command in ("concur", "concur-schema"):
            out = _concur(options, parser)
        else:
            out = json.dumps(assessment_schema(), ensure_ascii=False, indent=2)
    except _Undetermined as undetermined:
        return _fail(undetermined.error, as_json, undetermined.readings, undetermined.option)
    except PenaltiesError as error:
        return _fail(error, as_json)
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

"""Acts and articles: the statute's text beside its formula, with dates in force.

An :class:`Article` is a declaration: its id and citation, its original text and an English gloss,
its formula, the circumstances it understands, and its dates in force. :meth:`Article.assess`
evaluates it through its compiled plan (:mod:`penalties.core.plan`); act-wide rules (Iran Arts
748 and 754, a "maximum of both" note) are :class:`Rule` transforms folded into that plan after
the formula, in the order the act declares them, each leaving a step in the trace.
"""

from __future__ import annotations

import datetime as _dt
import enum
import itertools
from typing import Any, Protocol

import attrs

from ..context import FROM_CONTEXT, FromContext, locale_or_context
from . import hooks
from ._make import maker
from .assessment import Assessment
from .citation import Citation
from .errors import InvalidFactError, NotDeterminableError, NotInForceError
from .facts import Facts
from .formula import GAINS_NODES, Evaluation, Formula, Step, Tiered, _make_step
from .money import CURRENCIES
from .plan import Context, Memo, Plan, Program
from .sentencing import SentencingHook, apply_sentencing
from .versions import Candidate, TimeRule, Version, at_offence

__all__ = ["ALWAYS_READ", "Act", "Article", "Rule", "change_dates", "reads_gains"]

#: The members of :class:`Facts` that are not facts: no act's fact may take one of their names.
_FACTS_MEMBERS = frozenset(name for name in vars(Facts) if not name.startswith("__")) - frozenset(
    field.name for field in attrs.fields(Facts)
)

#: Facts every penal article reads, whatever its formula.
ALWAYS_READ = frozenset({"offender", "on", "offence_date", "circumstances", "readings"})


def reads_gains(formula: object) -> bool:
    """Whether a formula tree has a term that reads the illegal gains (walks attrs nodes and tuples)."""
    pending: list[object] = [formula]
    seen: set[int] = set()
    while pending:
        node = pending.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, GAINS_NODES):
            return True
        if isinstance(node, (tuple, list)):
            pending.extend(node)
        elif attrs.has(type(node)):
            pending.extend(getattr(node, field.name) for field in attrs.fields(type(node)) if field.init)  # type: ignore[arg-type]
    return False


def change_dates(*roots: object) -> tuple[_dt.date, ...]:
    """The first days on which ``roots`` may give another result: every ``change_dates`` declared
    by a node, an amount or a rule reachable through attrs fields and tuples, sorted."""
    found: set[_dt.date] = set()
    pending: list[object] = list(roots)
    seen: set[int] = set()
    while pending:
        node = pending.pop()
        if id(node) in seen or node is None or isinstance(node, (str, int, enum.Enum, type)):
            continue
        seen.add(id(node))
        declared = getattr(node, "change_dates", None)
        if declared is not None and not callable(declared):
            found.update(declared)
        if isinstance(node, (tuple, list)):
            pending.extend(node)
        elif attrs.has(type(node)):
            pending.extend(getattr(node, field.name) for field in attrs.fields(type(node)) if field.init)  # type: ignore[arg-type]
    return tuple(sorted(found))


#: ``Assessment(...)`` for the hot path (every field given; see ``core._make``).
_make_assessment = maker(Assessment)


@attrs.frozen
class Act:
    """A statute: id (``cn.dsl``), titles, jurisdiction, currency, dates in force, facts type.

    Everything the library needs to know of one jurisdiction is declared here or by the act's
    facts type, never in the core or the renderers:

    - ``language``: the language of the original text and title (``"zh"``, ``"fa"``, a CLDR
      language code). A reader in that language sees the act's own title rather than a
      translation; HTML marks the original text with it (and writes it right to left when CLDR
      says the language is).
    - ``currency``: the ISO 4217 code of its amounts; the facts type declares the same
      (``CURRENCY``). A currency the library does not know yet needs ``currency_exponent``, its
      number of minor-unit digits (for display only).
    - ``gains_fact``: the fact the gains formulas read, from the facts type (``GAINS_FACT``;
      ``None``: the act has no gains fact, and an article of it with a gains term is an error).
    - ``offender_words``: how the act names the two kinds of offender where its words differ from
      organisation / individual (Iran: ``legal_person``, ``natural_person``), for the command line.
    """

    id: str
    title: str
    title_original: str
    jurisdiction: str
    currency: str
    in_force_from: _dt.date
    facts_type: type[Facts]
    source: str = ""
    in_force_until: _dt.date | None = None
    language: str = ""
    #: The rule that chooses between the text of the offence date and that of the decision date
    #: (PRC Criminal Law Art 12, Administrative Penalty Law Art 37, Iran IPC Art 10); ``None``:
    #: the text of the offence date (see :mod:`penalties.core.versions`).
    time_rule: TimeRule | None = attrs.field(default=None, eq=False)
    #: The act's general part: called by :meth:`Article.assess` after the act's rules to add the
    #: sentencing options (and the degree) of each assessment; see :mod:`penalties.core.sentencing`.
    sentencing: SentencingHook | None = attrs.field(default=None, eq=False, repr=False)
    offender_words: tuple[tuple[str, str], ...] = ()
    currency_exponent: int | None = None

    def __attrs_post_init__(self) -> None:
        # The currency is declared by the act and checked by its facts type: the two must agree.
        if self.facts_type.CURRENCY != self.currency:
            raise ValueError(
                f"{self.id}: the act's currency {self.currency!r} differs from its facts' {self.facts_type.CURRENCY!r}"
            )
        if self.currency not in CURRENCIES:
            if self.currency_exponent is None or len(self.currency) != 3 or not self.currency.isupper():
                raise ValueError(f"{self.id}: currency {self.currency!r} is new: declare its currency_exponent")
            CURRENCIES[self.currency] = self.currency_exponent
        shadowed = sorted(set(self.facts_type.field_names()) & _FACTS_MEMBERS)
        if shadowed:
            # A fact named like a method of Facts (``gains``, ``to_dict``) would hide it from the core.
            raise ValueError(f"{self.id}: the facts {shadowed} hide members of Facts: name them otherwise")
        if self.gains_fact is not None and self.gains_fact not in self.facts_type.field_names():
            raise ValueError(f"{self.id}: the gains fact {self.gains_fact!r} is not a field of its facts")

    @property
    def gains_fact(self) -> str | None:
        """The fact that the act's gains formulas read (its facts type's ``GAINS_FACT``; ``None``: none)."""
        return self.facts_type.GAINS_FACT

    def cite(self, article: str, paragraph: int | None = None, **parts: Any) -> Citation:
        """A citation of one of this act's articles."""
        return Citation(self.id, self.title, article, paragraph, **parts)


def _version_step(
    code: str, basis: Citation, version: Version, day: _dt.date | None, ev: Evaluation | None = None
) -> Step:
    """A step naming one text: its in-force date, instrument and status (and its tier, if evaluated)."""
    # A text without a named instrument is the act as enacted: the act's title names it.
    instrument = version.instrument or basis.act
    named = (("from", version.in_force_from), ("instrument", instrument), ("status", version.status))
    params = named if day is None else (("date", day), *named)
    if ev is not None:
        params = (*params, ("tier", "none" if ev.penal is False or ev.tier is None else ev.tier))
    return _make_step(code, basis, params)


def _evaluation(facts: Facts, result: tuple[Any, ...]) -> Evaluation:
    """A plan's result (tier, penal, sanctions, combinations, trace, notes) as an :class:`Evaluation`."""
    ev = Evaluation(facts)
    ev.tier, ev.penal = result[0], result[1]
    ev.sanctions.extend(result[2])
    ev.combinations.extend(result[3])
    ev.trace.extend(result[4])
    ev.notes.extend(result[5])
    return ev


class Rule(Protocol):
    """A transformation an act applies across its articles, after the formula, in the plan.

    ``fold(article, ctx, draft)`` rewrites the draft result (an :class:`Evaluation` holding the
    formula's sanctions, combinations, trace and notes) for the situation of ``ctx``; facts
    beyond the situation are asked through ``ctx.decide`` / ``ctx.value``, as nodes do. The plan
    folds it once per situation when the formula's result is known there, and per call
    otherwise. A rule with only ``apply(article, ev)`` is applied per call.
    """

    def fold(self, article: Article, ctx: Context, draft: Evaluation) -> None: ...


@attrs.frozen(repr=False)
class Article:
    """One catalogued provision.

    ``id`` reads like a citation (``cn.dsl.45.1`` = DSL Art 45 para 1). ``penal`` is False for
    provisions that set no penalty (talks, referrals to other laws): assessing them returns an
    assessment whose notes say what the provision does, rather than an unknown-article error.
    A formula may also find that the facts of a case fall below every threshold of a penal
    article (not a crime under it); the assessment then has ``penal`` False and a note saying so.
    ``translation_notes`` record where a seed translation departs from the authoritative text.
    """

    id: str
    act: Act
    number: str
    title: str
    title_original: str
    text: str
    gloss: str
    formula: Formula | None
    paragraph: int | None = None
    penal: bool = True
    translation_notes: tuple[str, ...] = ()
    rules: tuple[Rule, ...] = ()
    in_force_from: _dt.date | None = None
    in_force_until: _dt.date | None = None
    extra_circumstances: frozenset[Any] = frozenset()
    #: Clause (Iran: ``"b"`` for ب) and note (``"2"``; ``""`` for an article's only note) when the
    #: catalogued provision is one clause or one note of the article; part of :attr:`basis`.
    clause: str | None = None
    note: str | None = None
    #: Facts of the act that this article does not read, beyond those found from its formula
    #: (see :attr:`facts_read`).
    unread_facts: frozenset[str] = frozenset()
    #: The article's EARLIER texts, oldest first; its own text, gloss and formula are the newest
    #: one, in force from ``in_force_from`` (see :meth:`version_on`).
    versions: tuple[Version, ...] = ()
    #: The instrument that made the newest text (``"Criminal Law Amendment IX"``), when known.
    instrument: str = ""
    #: The status of the newest text in the sources (``VERIFIED``, ``SINGLE-SOURCE``, ``CONFLICT``;
    #: ``UNVERIFIED`` only for an entry that encodes no text and no formula, see ``core.versions``).
    status: str = "VERIFIED"
    #: Why a decision after ``in_force_until`` is "not determinable" rather than "not in force":
    #: the text was amended from the next day and the amended text is not verified, so neither
    #: the text of the decision date nor a time rule's comparison can be applied. ``None``: the
    #: article simply ends (a decision after it raises :class:`NotInForceError`).
    successor_unverified: str | None = None
    # Derived once at construction (the statute does not change between calls); see __attrs_post_init__.
    _basis: Citation = attrs.field(init=False, eq=False, repr=False)
    _circumstances: frozenset[Any] = attrs.field(init=False, eq=False, repr=False)
    _in_force: tuple[_dt.date, _dt.date | None] = attrs.field(init=False, eq=False, repr=False)
    #: The compiled plans (caches live here, beside the frozen nodes, never in them).
    _program: Program = attrs.field(init=False, eq=False, repr=False)
    _change_dates: tuple[_dt.date, ...] = attrs.field(init=False, eq=False, repr=False)
    #: The newest text as a Version, and an article per earlier version (evaluated like this one).
    _current: Version = attrs.field(init=False, eq=False, repr=False)
    _earlier: dict[int, Article] = attrs.field(init=False, eq=False, repr=False, factory=dict)
    _facts_read: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    #: (name, default) of each fact of the act this article does not read: what assess() checks.
    _unread_defaults: tuple[tuple[str, Any], ...] = attrs.field(init=False, eq=False, repr=False)
    #: The act's facts, checked by a straight line (``Facts.from_keywords``), and their names.
    _from_keywords: Any = attrs.field(init=False, eq=False, repr=False)
    _fact_names: frozenset[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        found: frozenset[Any] = self.extra_circumstances
        for formula in (self.formula, *(version.formula for version in self.versions)):
            if self.act.gains_fact is None and reads_gains(formula):
                # The gains would read as none in every case: a declaration error, not a silent zero.
                raise ValueError(
                    f"{self.id}: a gains term, but the facts of {self.act.id} have no gains fact (GAINS_FACT)"
                )
            if isinstance(formula, Tiered):
                found |= formula.circumstances
        object.__setattr__(self, "_circumstances", found)
        object.__setattr__(
            self, "_basis", self.act.cite(self.number, self.paragraph, clause=self.clause, note=self.note)
        )
        newest_from = self.in_force_from or self.act.in_force_from
        starts = [version.in_force_from for version in self.versions] + [newest_from]
        for earlier, after in itertools.pairwise(starts):
            if earlier >= after:
                raise ValueError(f"{self.id}: versions must be oldest first and before the newest text")
        first = self.versions[0].in_force_from if self.versions else newest_from
        in_force = (first, self.in_force_until or self.act.in_force_until)
        object.__setattr__(self, "_in_force", in_force)
        current = Version(
            newest_from, self.instrument, self.text, self.gloss, self.formula, self.status, self.translation_notes
        )
        object.__setattr__(self, "_current", current)
        object.__setattr__(self, "_facts_read", self._find_facts_read())
        defaults = self.act.facts_type.defaults()
        unread = tuple((name, default) for name, default in defaults.items() if name not in self._facts_read)
        object.__setattr__(self, "_unread_defaults", unread)
        object.__setattr__(self, "_from_keywords", self.act.facts_type.keywords_constructor())
        object.__setattr__(self, "_fact_names", self.act.facts_type.field_set())
        start, end = in_force
        own = [start] if end is None else [start, end + _dt.timedelta(days=1)]
        texts = (version.in_force_from for version in (*self.versions, current))
        dates = tuple(sorted({*own, *texts, *change_dates(self.formula, self.rules, *self.versions)}))
        object.__setattr__(self, "_change_dates", dates)
        object.__setattr__(self, "_program", Program(self._compile, dates, self._fold_rules))

    @property
    def change_dates(self) -> tuple[_dt.date, ...]:
        """The first days on which this article may give another result, sorted (declared data:
        entry into force, the day after its last, and every date its formula and rules declare).

        >>> from penalties import article
        >>> [d.isoformat() for d in article("ir.ipc.729").change_dates][:2]
        ['2009-05-26', '2021-03-15']
        """
        return self._change_dates

    def _compile(self, ctx: Context) -> tuple[int, ...]:
        if self.formula is None:
            return ()
        return ctx.compile(self.formula)

    def _fold_rules(self, ctx: Context, plan: Plan) -> None:
        """Fold the act-wide rules into ``plan`` (once, when its result is known; else per call)."""
        if not self.rules:
            return
        if plan.result is None or not all(hasattr(rule, "fold") for rule in self.rules):
            plan.rules = tuple((self, rule) for rule in self.rules)
            return
        draft = _evaluation(ctx.facts, plan.result)
        for rule in self.rules:
            rule.fold(self, ctx, draft)
        plan.result = (
            draft.tier,
            draft.penal,
            tuple(draft.sanctions),
            tuple(draft.combinations),
            tuple(draft.trace),
            tuple(draft.notes),
        )

    def _find_facts_read(self) -> frozenset[str]:
        names = frozenset(self.act.facts_type.field_names())
        if self.formula is None:
            return names & ALWAYS_READ
        unread = set(self.unread_facts)
        declared = getattr(self.formula, "unused", None)
        if declared is not None:
            # A formula that grades by the numbers of the case names the facts it leaves aside.
            unread |= set(declared)
        elif self.act.gains_fact in names and not reads_gains(self.formula):
            unread.add(self.act.gains_fact)
        return (names - unread) | (names & ALWAYS_READ)

    @property
    def facts_read(self) -> frozenset[str]:
        """The facts this article reads; any other fact of its act, when set, is an error.

        Every article reads the offender, the date, the circumstances and the readings; the
        gains (the act's ``gains_fact``, e.g. ``illegal_gains``) only when its formula has a gains
        term; an act declares the rest per article (``unread_facts``). A fact is set when it
        differs from its default.
        """
        return self._facts_read

    def facts(self) -> dict[str, dict[str, Any]]:
        """What this article reads: fact name -> ``{"type", "default", "values"}``, in declaration order.

        ``type`` is the fact's Python type as declared; ``default`` the value when the fact is not
        given, in its JSON form (``"organisation"``, ``None``, ``[]``; ``None`` for ``on``, whose
        default is the day of the call); ``values`` the values allowed, where they are a closed
        list (the offender kinds, the circumstances this article names, ``True``/``False``, each
        reading's values with its default first), else ``None`` (amounts, counts, dates).

        >>> from penalties import article
        >>> article("cn.dsl.47").facts()["offender"]
        {'type': 'OffenderKind', 'default': 'organisation', 'values': ('organisation', 'individual')}
        """
        facts_type = self.act.facts_type
        defaults = facts_type.defaults()
        shown = facts_type().to_dict()
        found: dict[str, dict[str, Any]] = {}
        for field in attrs.fields(facts_type):
            name = field.name
            if name not in self._facts_read:
                continue
            declared = field.type if isinstance(field.type, str) else getattr(field.type, "__name__", str(field.type))
            default = defaults.get(name)
            values: Any = None
            if name == "circumstances":
                declared = f"frozenset[{facts_type.CIRCUMSTANCES.__name__}]"
                values = tuple(sorted(c.value for c in self.circumstances))
            elif name == "readings":
                values = self.readings()
            elif isinstance(default, enum.Enum):
                values = tuple(member.value for member in type(default))
            elif isinstance(default, bool) or declared in ("bool", "bool | None"):
                values = (True, False) if declared == "bool" else (True, False, None)
            found[name] = {
                "type": declared.replace("_dt.", "datetime."),
                "default": None if name == "on" else shown[name],
                "values": values,
            }
        return found

    def readings(self) -> dict[str, tuple[str, ...]]:
        """The open readings of this article's act: reading name -> allowed values, the default first.

        Pass a choice as the ``readings`` fact (``readings={"art748_no_fine": "partial"}``). The
        readings are the act's; one that this article's formula and rules never consult changes
        nothing here. Empty for an act without open readings.

        >>> from penalties import article
        >>> article("cn.dsl.47").readings()["art47_business_measures"]
        ('both_branches', 'low_gains_branch_only')
        """
        from .readings import reading_values

        default = self.act.facts_type.defaults().get("readings")
        if default is None or not attrs.has(type(default)):
            return {}
        return reading_values(type(default))

    def check_facts_read(self, facts: Facts) -> None:
        """Refuse a fact this article does not read, naming the facts it does read."""
        for name, default in self._unread_defaults:
            value = getattr(facts, name)
            if value is not default and value != default:
                read = ", ".join(sorted(self._facts_read))
                raise InvalidFactError(name, value, f"nothing: {self.id} does not read this fact (it reads {read})")

    def __repr__(self) -> str:
        """``<Article cn.dsl.47: PRC Data Security Law, Art 47>``: the id and the citation.

        The text, the gloss and the formula are attributes (``.text``, ``.gloss``, ``.formula``);
        a repr that printed them would run to pages (the catalog to 300,000 characters).
        """
        return f"<Article {self.id}: {self.basis}>"

    @property
    def basis(self) -> Citation:
        """The citation of the article (or paragraph, clause or note) as a whole."""
        return self._basis

    @property
    def circumstances(self) -> frozenset[enum.Enum]:
        """The circumstances this article understands (others are an error, not ignored)."""
        return self._circumstances

    @property
    def in_force(self) -> tuple[_dt.date, _dt.date | None]:
        """First and last day in force (``None``: still in force)."""
        return self._in_force

    def make_facts(self, facts: dict[str, Any]) -> Facts:
        """Validate raw facts for this article; raise :class:`InvalidFactError` on anything wrong."""
        names = self._fact_names
        for key in facts:
            if key not in names:
                read = ", ".join(sorted(self._facts_read))
                raise InvalidFactError(key, facts[key], f"a fact that {self.id} reads: {read}")
        made: Facts = self._from_keywords(facts)
        if self._unread_defaults:
            self.check_facts_read(made)
        extra = made.circumstances - self.circumstances if made.circumstances else None
        if extra:
            valid = sorted(c.value for c in self.circumstances)
            raise InvalidFactError(
                "circumstances",
                sorted(c.value for c in extra),
                f"circumstances that {self.id} names: {valid}" if valid else f"none ({self.id} has no tiers)",
            )
        return made

    def check_in_force(self, on: _dt.date) -> None:
        """Refuse a decision date outside the article's period in force (see :attr:`successor_unverified`)."""
        start, end = self.in_force
        if end is not None and on > end and self.successor_unverified is not None:
            raise NotDeterminableError(self.id, "penalty", self.successor_unverified)
        if on < start or (end is not None and on > end):
            raise NotInForceError(self.id, on, start, end, self.act.source)

    def assess(self, facts: Facts | None = None, /, **raw: Any) -> Assessment:
        """Evaluate this article for the facts given as a :class:`Facts` or as keywords."""
        if facts is None:
            facts = self.make_facts(raw)
        elif raw:
            raise InvalidFactError(next(iter(raw)), raw, "either a Facts object or keywords, not both")
        elif not isinstance(facts, self.act.facts_type):
            raise InvalidFactError("facts", facts, f"an instance of {self.act.facts_type.__name__}")
        else:
            self.check_facts_read(facts)
        on = facts.on
        start, end = self._in_force
        if on < start or (end is not None and on > end):
            self.check_in_force(on)
        offence = facts.offence_date
        if not self.versions and (offence is None or offence >= start):
            # One text, in force on both dates (the hot path): nothing to weigh.
            plan = self._program.plan(facts)
            result = plan.result
            if result is None:
                result = plan.produce(facts)
            tier, penal, sanctions, combinations, trace, notes = result
            basis = self._basis
            if offence is None:
                trace = (_make_step("offence_date_default", self._basis, (("on", on),)), *trace)
        else:
            ev, applied = self._in_time(facts)
            basis = self.basis if applied is None else self.basis_of(applied)
            tier, penal = ev.tier, ev.penal
            sanctions, combinations = tuple(ev.sanctions), tuple(ev.combinations)
            trace, notes = tuple(ev.trace), tuple(ev.notes)
        made = _make_assessment(
            article_id=self.id,
            basis=basis,
            facts=facts,
            penal=self.penal if penal is None else penal,
            tier=tier,
            sanctions=sanctions,
            combinations=combinations,
            trace=trace,
            notes=notes,
            adjustments=(),
            degree=None,
        )
        hook = self.act.sentencing
        return made if hook is None else apply_sentencing(hook, self, made)

    @property
    def current(self) -> Version:
        """The newest text as a :class:`~penalties.core.versions.Version`."""
        return self._current

    def all_versions(self) -> tuple[Version, ...]:
        """Every text of the article, oldest first, the newest (its own text) last."""
        return (*self.versions, self._current)

    def version_on(self, day: _dt.date) -> Version | None:
        """The text in force on ``day``; ``None`` before the first text or after the article ends.

        >>> import datetime
        >>> from penalties import article
        >>> dsl47 = article("cn.dsl.47")
        >>> dsl47.version_on(datetime.date(2024, 5, 1)) is dsl47.current
        True
        >>> dsl47.version_on(datetime.date(2021, 8, 31)) is None
        True
        """
        start, end = self._in_force
        if day < start or (end is not None and day > end):
            return None
        found = self._current
        if day < found.in_force_from:
            for version in reversed(self.versions):
                if version.in_force_from <= day:
                    return version
        return found

    def _version_article(self, version: Version) -> Article:
        """This article with an earlier text in place of the newest (evaluated the same way)."""
        if version is self._current:
            return self
        key = id(version)
        found = self._earlier.get(key)
        if found is None:
            found = attrs.evolve(
                self,
                text=version.text,
                gloss=version.gloss,
                formula=version.formula,
                translation_notes=version.translation_notes,
                in_force_from=version.in_force_from,
                instrument=version.instrument,
                status=version.status,
                versions=(),
                **self._numbered(version),
            )
            self._earlier[key] = found
        return found

    def _numbered(self, version: Version) -> dict[str, Any]:
        """The number and paragraph under which ``version`` stood (none given: the article's)."""
        if version.number is None and version.paragraph is None:
            return {}
        return {
            "number": self.number if version.number is None else version.number,
            "paragraph": version.paragraph,
            "clause": None,
            "note": None,
        }

    def basis_of(self, version: Version) -> Citation:
        """The citation of ``version``: the article's :attr:`basis`, or the number under which that
        text stood (:attr:`Version.number <penalties.core.versions.Version.number>`).

        >>> from penalties import article
        >>> csl = article("cn.csl.59.1")
        >>> str(csl.basis_of(csl.versions[0])), str(csl.basis_of(csl.current))
        ('PRC Cybersecurity Law, Art 59, para 1', 'PRC Cybersecurity Law, Art 61, para 1')
        """
        numbered = self._numbered(version)
        if not numbered:
            return self._basis
        return self.act.cite(numbered["number"], numbered["paragraph"])

    def _in_time(self, facts: Facts) -> tuple[Evaluation, Version | None]:
        """Pick the text by the two dates (the act's time rule), then evaluate it; returns the
        evaluation and the text applied (``None``: none, the act was before the first text).

        The text of the offence date and that of the decision date are the two candidates; when
        they are the same text there is nothing to weigh. Conduct before the article's first text
        is not a crime under the article: an answer, not an error. Each step naming a text cites
        the number under which that text stood (:meth:`basis_of`).
        """
        on = facts.on
        offence = facts.offence_date
        if not self.versions and (offence is None or offence >= self._in_force[0]):
            # One text, in force on both dates (the hot path): nothing to weigh.
            ev = self._evaluate(facts)
            if offence is None:
                ev.trace.insert(0, _make_step("offence_date_default", self._basis, (("on", on),)))
            return ev, self._current
        lead: list[Step] = []
        if offence is None:
            offence = on
            lead.append(Step("offence_date_default", self.basis, (("on", on),)))
        old = self.version_on(offence)
        if old is not None and offence == on:
            ev = self._version_article(old)._evaluate(facts)
            lead.append(_version_step("time_same_text", self.basis_of(old), old, offence))
            ev.trace[:0] = lead
            return ev, old
        if old is None:
            ev = Evaluation(facts)
            ev.penal = False
            ev.trace.extend(lead)
            first = self._in_force[0]
            ev.trace.append(Step("not_in_force_at_offence", self.basis, (("offence_date", offence), ("from", first))))
            ev.notes.append(Step("note", self.basis, (("note", "not_a_crime_at_offence"),)))
            return ev, None
        new = self.version_on(on)
        assert new is not None  # check_in_force has run
        if old is new:
            ev = self._version_article(new)._evaluate(facts)
            if self.versions:
                lead.append(_version_step("time_same_text", self.basis_of(new), new, offence))
            ev.trace[:0] = lead
            return ev, new
        old_ev = self._version_article(old)._evaluate(facts)
        rule = self.act.time_rule or at_offence
        # The rule's own citation, or (no rule) the text it applies.
        basis = self.basis_of(old) if rule is at_offence else rule.basis
        try:
            new_ev = self._version_article(new)._evaluate(facts)
        except NotDeterminableError:
            if old_ev.penal is not False:
                raise  # the two texts cannot be compared
            # Not punishable under the text of the act: no later text can make it so, whatever
            # it would say (every time rule of the library starts there).
            lead.append(_version_step("time_candidate_offence", self.basis_of(old), old, offence, old_ev))
            lead.append(_version_step("time_candidate_decision_undetermined", self.basis_of(new), new, on))
            lead.append(_make_step("lex_mitior_not_punishable_then", basis, ()))
            lead.append(_version_step("time_chosen_offence", basis, old, None))
            old_ev.trace[:0] = lead
            return old_ev, old
        choice = rule.choose(self, Candidate("offence", old, old_ev), Candidate("decision", new, new_ev))
        ev = old_ev if choice.role == "offence" else new_ev
        chosen = old if choice.role == "offence" else new
        lead.append(_version_step("time_candidate_offence", self.basis_of(old), old, offence, old_ev))
        lead.append(_version_step("time_candidate_decision", self.basis_of(new), new, on, new_ev))
        lead.extend(choice.steps)
        if rule is at_offence:
            basis = self.basis_of(chosen)
        lead.append(_version_step(f"time_chosen_{choice.role}", basis, chosen, None))
        ev.trace[:0] = lead
        return ev, chosen

    def plan(self, facts: Facts) -> Plan:
        """The compiled plan of this article for ``facts`` (a facts object of its act, as
        :meth:`make_facts` gives; see :mod:`penalties.core.plan`)."""
        if not isinstance(facts, self.act.facts_type):
            raise InvalidFactError("facts", facts, f"an instance of {self.act.facts_type.__name__}")
        return self._program.plan(facts)

    @property
    def memo(self) -> Memo:
        """A bounded memo for descriptions derived from the plans (batch kernels), beside them."""
        return self._program.memo

    def _evaluate(self, facts: Facts) -> Evaluation:
        """The plan's answer for ``facts`` (the act's rules folded in), as an :class:`Evaluation`
        that a time rule can weigh against another text's."""
        plan = self._program.plan(facts)
        result = plan.result
        return _evaluation(facts, plan.produce(facts) if result is None else result)

    def to_html(self, locale: str | FromContext = FROM_CONTEXT, *, document: bool = False) -> str:
        """The article as HTML: citation, dates in force, original text, gloss, formula outline.

        ``locale`` defaults to the one chosen with :func:`penalties.in_locale` (English outside it).
        A fragment for Jupyter, or with ``document=True`` a whole page with a print stylesheet.
        """
        html: str = hooks.get("article_html")(self, locale_or_context(locale), document=document)
        return html

    def _repr_html_(self) -> str:
        """Jupyter's rich display (the :func:`penalties.in_locale` locale; ``to_html(locale)`` for another)."""
        return self.to_html()

    def to_dict(self) -> dict[str, Any]:
        """Catalog entry as JSON-safe data (id, titles, citation, dates in force, circumstances)."""
        start, end = self.in_force
        return {
            "id": self.id,
            "act": self.act.id,
            "title": self.title,
            "title_original": self.title_original,
            "basis": self.basis.to_dict(),
            "in_force_from": start.isoformat(),
            "in_force_until": None if end is None else end.isoformat(),
            "penal": self.penal,
            "circumstances": sorted(c.value for c in self.circumstances),
        }

"""PRC Criminal Law, general part of sentencing: options beside the range, several crimes, probation, limitation.

The special part gives each article's range; the general part says what a court may or must do
with it. Texts: Criminal Law (consolidated through Amendment XII) Arts 17, 17-1, 37, 61-65, 67-74,
87-89, 99; SPC 法释〔2000〕45号 Art 3; 法释〔2011〕9号 Art 6; 法释〔2017〕10号 Art 10. The law notes
(``china_time_and_sentencing.md`` §3, §1.10, §8) give each rule's status and the open readings.

- :func:`criminal_sentencing` is the Criminal Law's hook (``Act.sentencing``): every assessment of
  a criminal article lists, beside its statutory range (which never moves), the options that the
  facts of the case bring in (:class:`~penalties.core.sentencing.Adjustment`): age (Arts 17, 17-1),
  exemption (Art 37), recidivism (Art 65, which also
  excludes probation, Art 74), surrender and confession (Art 67), meritorious service (Art 68) and
  for Art 253-1 the 2017 interpretation's Art 10. An option that goes below the range carries the
  range of Art 63 para 1: the next lower range of the article (readings ``art63_upper_bound`` and
  ``art63_lowest_range``, notes §8 O4 and O5). Every penal assessment also lists Art 63 para 2
  (:data:`ART63_2`): the court *may* go below the statutory range without a mitigating
  circumstance if the Supreme People's Court approves; the text sets no floor, so that option
  has no range, and a note says so.
- :func:`combine` applies Arts 69-71 to the sentences imposed for several crimes and returns a
  :class:`~penalties.core.sentencing.SeveralOffences`.
- :func:`probation` applies Arts 72-74 to an imposed sentence and returns a
  :class:`~penalties.core.sentencing.Probation`.
- :func:`limitation` applies Arts 87-89 and returns a
  :class:`~penalties.core.sentencing.Limitation` whose trace names reading O6;
  :func:`limitation_period` and :func:`prosecution_barred` are its period and its verdict.

Where the notes find no source for how two rules chain (surrender *and* meritorious service), each
option is computed from the statutory range and listed on its own, never combined.

>>> from penalties import assess
>>> a = assess("cn.cl.253-1", circumstances={"especially_serious"}, surrender=True, on="2024-01-01")
>>> a.imprisonment                       # the statutory range does not move
[3 years, 7 years]
>>> [(o.direction.value, o.modality.value) for o in a.adjustments_by("cn.cl.67.1")]
[('lighter', 'may'), ('mitigated', 'may'), ('exempt', 'may')]
>>> a.adjustments_by("cn.cl.67.1")[1].range("fixed_term_imprisonment")   # Art 63: next lower range
[6 months, 3 years)
"""

from __future__ import annotations

import datetime as _dt
import enum
import weakref
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ...core.citation import Citation
from ...core.errors import InvalidFactError
from ...core.facts import OffenderKind, to_date
from ...core.formula import Evaluation, Step, Tier, Tiered, _evaluate_node
from ...core.interval import Interval
from ...core.messages import N_, message
from ...core.money import Money
from ...core.readings import reading_is
from ...core.sanction import Addressee, Modality, Quantity, Sanction, SanctionKind
from ...core.sentencing import (
    Adjustment,
    Direction,
    Limitation,
    OffenceSentence,
    Probation,
    SentenceRange,
    SentencingFinding,
    SeveralOffences,
    Status,
)
from ...core.term import Term, TermUnit
from .criminal_general import (
    CRIMINAL_DETENTION,
    DEATH_PENALTY_KIND,
    FIXED_TERM_IMPRISONMENT,
    LIFE_IMPRISONMENT_KIND,
    PUBLIC_SURVEILLANCE,
    cl,
)

if TYPE_CHECKING:
    from ...core.article import Article
    from ...core.assessment import Assessment

__all__ = [
    "AMENDMENT_VIII",
    "ART63_2",
    "MeritoriousService",
    "combine",
    "criminal_sentencing",
    "limitation",
    "limitation_period",
    "probation",
    "prosecution_barred",
    "recidivism",
    "years_after",
]

#: Amendment VIII in force (Arts 17-1, 63 para 1 second sentence, 69 caps 20/25, 72, 74 as now).
AMENDMENT_VIII = _dt.date(2011, 5, 1)
#: 法释〔2017〕10号 in force (Art 13).
INTERP_2017_IN_FORCE = _dt.date(2017, 6, 1)

FT = SanctionKind.FIXED_TERM_IMPRISONMENT
CD = SanctionKind.CRIMINAL_DETENTION
PS = SanctionKind.PUBLIC_SURVEILLANCE
FINE = SanctionKind.FINE
LIFE = LIFE_IMPRISONMENT_KIND
DEATH = DEATH_PENALTY_KIND
MAY, SHALL = Modality.MAY, Modality.SHALL

INTERP_2017 = Citation(
    "cn.interp.2017-10",
    "SPC/SPP Interpretation on Infringing Citizens' Personal Information (法释〔2017〕10号)",
    "10",
)
PROPERTY_PENALTIES_2000_ART3 = Citation(
    "cn.spc.property_penalties_2000", "SPC Provisions on Property Penalties (2000)", "3"
)
AMENDMENT_VIII_TIME_ART6 = Citation(
    "cn.spc.2011-9", "SPC Interpretation on the Time Effect of Amendment VIII (法释〔2011〕9号)", "6"
)


class MeritoriousService(enum.Enum):
    """立功表现 (Art 68): none, ordinary, or major (重大立功表现)."""

    NONE = "none"
    ORDINARY = "ordinary"
    MAJOR = "major"


def offence_date(facts: Any) -> _dt.date:
    """The date of the offence: the ``offence_date`` fact where the act has one, else the assessment date."""
    found = getattr(facts, "offence_date", None)
    return found if isinstance(found, _dt.date) else facts.on


# ---------------------------------------------------------------------------------------------
# Options beside the range.


def criminal_sentencing(article: Article, assessment: Assessment) -> SentencingFinding:
    """The Criminal Law's sentencing hook: the options of the general part for one assessment.

    Nothing for an assessment that is not penal (below every threshold). Options on a person
    (age, recidivism) apply to an individual offender only; surrender, meritorious service and
    exemption to a unit too.
    """
    facts: Any = assessment.facts
    if not assessment.penal:
        return _NOTHING
    if not _any_ground(facts):
        return _SPC_ONLY
    _check_consistent(facts)
    individual = facts.offender is OffenderKind.INDIVIDUAL
    below = _Below(article, assessment)
    options: list[Adjustment] = []

    def add(rule: str, basis: Citation, modality: Modality, directions: Iterable[Direction], **more: Any) -> None:
        directions = tuple(directions)
        for direction in directions:
            extra = dict(more)
            if direction is Direction.MITIGATED:
                notes = tuple(more.get("notes", ())) + below.notes
                extra.update(ranges=below.ranges, via=below.via, readings=below.readings, notes=notes)
            elif direction in (Direction.LIGHTER, Direction.HEAVIER):
                extra.setdefault("ranges", below.statutory)
            options.append(Adjustment(rule=rule, basis=basis, modality=modality, direction=direction, **extra))

    when = offence_date(facts)
    age = getattr(facts, "age_at_offence", None)
    minor = facts.minor if age is None else age < 18
    if individual and age is not None and age < 16:
        # Arts 17 paras 2-3 list the crimes answered for from 14 or 12; none of this library's articles.
        add("cn.cl.17", cl("17", 1), SHALL, (Direction.NO_LIABILITY,), ground="under_16")
    elif individual and minor:
        add("cn.cl.17.4", cl("17", 4), SHALL, (Direction.LIGHTER, Direction.MITIGATED), ground="under_18")
    if individual and age is not None and age >= 75 and when >= AMENDMENT_VIII:
        modality = SHALL if facts.negligent else MAY
        ground = "aged_75_negligent" if facts.negligent else "aged_75_intentional"
        add("cn.cl.17-1", cl("17-1"), modality, (Direction.LIGHTER, Direction.MITIGATED), ground=ground)
    if facts.minor_circumstances:
        add("cn.cl.37", cl("37"), MAY, (Direction.EXEMPT,), ground="minor_circumstances")
    if individual and facts.recidivist:
        add("cn.cl.65", cl("65", 1), SHALL, (Direction.HEAVIER,), ground="recidivist")
        add("cn.cl.74", cl("74"), SHALL, (Direction.EXCLUDES_PROBATION,), ground="recidivist")
    if facts.surrender:
        add("cn.cl.67.1", cl("67", 1), MAY, (Direction.LIGHTER, Direction.MITIGATED), ground="surrender")
        add("cn.cl.67.1", cl("67", 1), MAY, (Direction.EXEMPT,), ground="surrender", condition="minor_crime")
    elif facts.confession:
        add("cn.cl.67.3", cl("67", 3), MAY, (Direction.LIGHTER,), ground="confession")
        if facts.confession_averted_harm:
            add("cn.cl.67.3", cl("67", 3), MAY, (Direction.MITIGATED,), ground="confession_averted_harm")
    service = facts.meritorious_service
    if service is MeritoriousService.ORDINARY:
        add("cn.cl.68", cl("68"), MAY, (Direction.LIGHTER, Direction.MITIGATED), ground="meritorious_service")
    elif service is MeritoriousService.MAJOR:
        add("cn.cl.68", cl("68"), MAY, (Direction.MITIGATED, Direction.EXEMPT), ground="major_meritorious_service")
        if facts.surrender and when < AMENDMENT_VIII:
            # Old Art 68 para 2, deleted by Amendment VIII, still governs earlier offences (法释〔2011〕9号 Art 5).
            add(
                "cn.cl.68.2-1997",
                cl("68", 2),
                SHALL,
                (Direction.MITIGATED, Direction.EXEMPT),
                ground="surrender_and_major_meritorious_service",
                status=Status.SINGLE_SOURCE,
                notes=(Step("art68_old_para2", cl("68", 2)),),
            )
    if article.id == "cn.cl.253-1" and assessment.tier != "especially_serious" and facts.on >= INTERP_2017_IN_FORCE:
        if facts.first_offender and facts.full_restitution and facts.remorse:
            ground = "first_offender_restitution_remorse"
            add(
                "cn.interp.2017-10.10",
                INTERP_2017,
                MAY,
                (Direction.NOT_PROSECUTED, Direction.EXEMPT),
                ground=ground,
                condition="minor_circumstances",
            )
            add("cn.interp.2017-10.10", INTERP_2017, SHALL, (Direction.LENIENT,), ground=ground, condition="punished")
    used = below.used_readings if any(o.direction is Direction.MITIGATED for o in options) else ()
    trace = tuple(Step("reading", cl("63", 1), (("reading", name), ("value", value))) for name, value in used)
    return SentencingFinding(adjustments=(*options, ART63_2), trace=trace)


#: CL Art 63 para 2: below the statutory range without a mitigating circumstance, "根据案件的特殊情况，
#: 经最高人民法院核准". Open to every crime, whatever the facts, and the same text since 1997 (Amendment
#: VIII changed para 1 only). The text sets no floor, so the option has no range: a note says so
#: rather than a lower bound the law does not state.
ART63_2 = Adjustment(
    rule="cn.cl.63.2",
    basis=cl("63", 2),
    modality=MAY,
    direction=Direction.MITIGATED,
    ground="special_circumstances_of_case",
    condition="spc_approval",
    notes=(Step("art63_2_no_floor", cl("63", 2)),),
)
_NOTHING = SentencingFinding()
#: What a crime with no ground of the general part finds: the Art 63 para 2 option alone (one shared finding).
_SPC_ONLY = SentencingFinding(adjustments=(ART63_2,))
#: The facts that bring in an option when set (True, a number, a level of service).
_GROUNDS = (
    "minor",
    "negligent",
    "minor_circumstances",
    "recidivist",
    "surrender",
    "confession",
    "confession_averted_harm",
    "first_offender",
    "full_restitution",
    "remorse",
)


def _any_ground(facts: Any) -> bool:
    if facts.age_at_offence is not None or facts.meritorious_service is not MeritoriousService.NONE:
        return True
    return any(getattr(facts, name) for name in _GROUNDS)


def _check_consistent(facts: Any) -> None:
    age = facts.age_at_offence
    if age is not None and facts.minor != (age < 18):
        raise InvalidFactError(
            "minor", facts.minor, f"{age < 18}: the offender was {age} at the offence (minor means under 18)"
        )
    if facts.recidivist and (facts.minor or facts.negligent):
        why = "an offence committed under 18" if facts.minor else "a negligent offence"
        raise InvalidFactError("recidivist", True, f"False: {why} is not recidivism (CL Art 65 para 1)")
    if facts.confession_averted_harm and not facts.confession:
        raise InvalidFactError("confession_averted_harm", True, "False unless confession is True (CL Art 67 para 3)")


_ART63 = cl("63", 1)
#: Art 63 ranges per article and case key; at most this many keys per article (then cleared).
_CACHE_SIZE = 1024
_CACHES: dict[int, tuple[weakref.ref[Any], dict[tuple[Any, ...], Any]]] = {}


def _cache_of(article: Article) -> dict[tuple[Any, ...], Any]:
    """The Art 63 cache of this very article object (a reformed copy has its own)."""
    entry = _CACHES.get(id(article))
    if entry is None or entry[0]() is not article:
        if len(_CACHES) >= _CACHE_SIZE:
            _CACHES.clear()
        entry = (weakref.ref(article), {})
        _CACHES[id(article)] = entry
    return entry[1]


def _tier_sanctions(tier: Tier, facts: Any) -> list[Sanction]:
    """The sanctions that one tier's body gives on these facts (another tier than the case reaches)."""
    ev = Evaluation(facts)
    ev.tier = tier.name
    for node in tier.body:
        _evaluate_node(node, ev)
    return ev.sanctions


class _Below:
    """The ranges below the statutory range under Art 63 para 1, computed once per assessment."""

    def __init__(self, article: Article, assessment: Assessment) -> None:
        self.article = article
        self.assessment = assessment
        self.via = _ART63
        facts = assessment.facts
        self.persons = facts.offender is OffenderKind.ORGANISATION
        self._statutory: tuple[SentenceRange, ...] | None = None
        self._done = False
        self._ranges: tuple[SentenceRange, ...] = ()
        self._notes: tuple[Step, ...] = ()
        self._readings: tuple[tuple[str, str], ...] = ()

    @property
    def statutory(self) -> tuple[SentenceRange, ...]:
        """The statutory ranges of this offender, per kind (what lighter and heavier options keep)."""
        if self._statutory is None:
            sanctions = self.assessment.sanctions
            self._statutory = tuple(SentenceRange(s.kind, s.range) for s in sanctions if self._mine(s) and s.range)
        return self._statutory

    def _mine(self, sanction: Sanction) -> bool:
        if sanction.kind.quantity is Quantity.MONEY:
            return sanction.addressee is Addressee.OFFENDER and sanction.kind is FINE
        if sanction.kind.quantity is not Quantity.TERM:
            return False
        return sanction.addressee is (Addressee.RESPONSIBLE_PERSONS if self.persons else Addressee.OFFENDER)

    @property
    def ranges(self) -> tuple[SentenceRange, ...]:
        self._compute()
        return self._ranges

    @property
    def notes(self) -> tuple[Step, ...]:
        self._compute()
        return self._notes

    @property
    def readings(self) -> tuple[tuple[str, str], ...]:
        self._compute()
        return self._readings

    @property
    def used_readings(self) -> tuple[tuple[str, str], ...]:
        return self.readings

    def _compute(self) -> None:
        if self._done:
            return
        self._done = True
        facts: Any = self.assessment.facts
        # What the lower tier's evaluation reads: the tier, the offender, the readings, the gains
        # (fines in multiples), minority (the fine floor) and the date (the text of Art 63).
        key = (
            self.assessment.tier,
            facts.offender,
            facts.readings,
            facts.illegal_gains,
            facts.minor,
            offence_date(facts) < AMENDMENT_VIII,
        )
        cache = _cache_of(self.article)
        found = cache.get(key)
        if found is None:
            self._evaluate(facts)
            if len(cache) >= _CACHE_SIZE:
                cache.clear()
            cache[key] = (self._ranges, self._notes, self._readings)
        else:
            self._ranges, self._notes, self._readings = found

    def _evaluate(self, facts: Any) -> None:
        readings = facts.readings
        formula = self.article.formula
        tiers = formula.tiers if isinstance(formula, Tiered) else ()
        names = [tier.name for tier in tiers]
        index = names.index(self.assessment.tier) if self.assessment.tier in names else 0
        notes: list[Step] = []
        if offence_date(facts) < AMENDMENT_VIII:
            notes.append(Step("art63_old_text", self.via))
        lower: list[Sanction] = []
        if index > 0:
            lower = [s for s in _tier_sanctions(tiers[index - 1], facts) if self._mine(s)]
            terms = {s.kind: s.range for s in lower if s.kind.quantity is Quantity.TERM}
            if terms == {r.kind: r.range for r in self.statutory if r.kind.quantity is Quantity.TERM}:
                # The same terms in the lower tier (a unit's persons under Art 180 para 2): no lower range.
                index = 0
        if index == 0:
            choice = readings.art63_lowest_range
            self._readings = (("art63_lowest_range", choice),)
            custodial = [
                s.kind for s in self.assessment.sanctions if self._mine(s) and s.kind.quantity is Quantity.TERM
            ]
            lighter = tuple(k for k in custodial[1:]) + ((FINE,) if self._fine_alone() else ())
            if reading_is(readings, "art63_lowest_range", "public_surveillance") and PS not in custodial:
                self._ranges = (SentenceRange(PS, PUBLIC_SURVEILLANCE),)
                notes.append(Step("art63_lowest_surveillance", self.via))
            elif reading_is(readings, "art63_lowest_range", "exemption"):
                notes.append(Step("art63_lowest_exemption", self.via))
            else:
                notes.append(Step("art63_lowest", self.via, (("kinds", lighter),)))
            self._notes = tuple(notes)
            return
        original = {r.kind: r.range for r in self.statutory}
        included = reading_is(readings, "art63_upper_bound", "included")
        found: list[SentenceRange] = []
        capped = False
        for sanction in lower:
            span: Any = sanction.range
            top: Any = original.get(sanction.kind)
            term = sanction.kind.quantity is Quantity.TERM
            if span is not None and top is not None and term and not span.high < top.low:
                # 减轻 is below the minimum of the range the case reaches (reading O4 on whether it may touch it).
                capped = True
                closed = included and top.low_closed
                if not (span.low < top.low or (closed and span.low_closed)):
                    continue
                span = Interval(span.low, top.low, span.low_closed, closed)
            found.append(SentenceRange(sanction.kind, span))
        if capped:
            self._readings = (("art63_upper_bound", readings.art63_upper_bound),)
        notes.append(Step("art63_next_range", self.via, (("tier", tiers[index - 1].name),)))
        self._ranges = tuple(found)
        self._notes = tuple(notes)

    def _fine_alone(self) -> bool:
        """Whether the fine may be imposed alone (并处或者单处罚金: a combination "one or more of")."""
        from ...core.sanction import CombinationKind

        fines = {i for i, s in enumerate(self.assessment.sanctions) if s.kind is FINE and self._mine(s)}
        alternatives = (CombinationKind.ANY_OF, CombinationKind.ONE_OF)
        return any(c.kind in alternatives and fines & set(c.members) for c in self.assessment.combinations)


# ---------------------------------------------------------------------------------------------
# Recidivism: Art 65 (the predicate behind the ``recidivist`` fact).

RECIDIVISM_NEGLIGENCE = ("either", "new_only")


def recidivism(
    *,
    prior_kind: SanctionKind | str,
    prior_completed_on: object,
    new_offence_on: object,
    new_deserves_fixed_term: bool = True,
    prior_negligent: bool = False,
    new_negligent: bool = False,
    prior_under_18: bool = False,
    new_under_18: bool = False,
    negligence: str = "either",
) -> bool:
    """Whether the offender is a recidivist under CL Art 65 (notes §3.4), for the ``recidivist`` fact.

    The prior sentence was fixed-term imprisonment or heavier (criminal detention and public
    surveillance do not count); the new crime was committed within 5 years (以内: the fifth
    anniversary included) of the completion of that sentence or a pardon (of the end of parole,
    if paroled: give that date as ``prior_completed_on``); the new crime deserves fixed-term
    imprisonment or heavier; neither crime is negligent (``negligence`` is reading O14:
    ``"either"``, the default, or ``"new_only"``); the prior crime was not committed under 18 (法释
    〔2011〕9号 Art 3) and, for a new crime from 2011-05-01, nor the new one (Amendment VIII).
    Art 66 (state security, terrorism, organised crime: at any time) is not modelled.

    >>> recidivism(prior_kind="fixed_term_imprisonment", prior_completed_on="2018-03-01",
    ...            new_offence_on="2023-03-01")
    True
    """
    kind: Any = prior_kind
    if type(prior_kind) is not SanctionKind:
        kind = SanctionKind._value2member_map_.get(prior_kind) if isinstance(prior_kind, str) else None
    if kind not in (FT, CD, PS):
        raise InvalidFactError(
            "prior_kind", prior_kind, "'fixed_term_imprisonment', 'criminal_detention' or 'public_surveillance'"
        )
    completed = to_date(prior_completed_on, "prior_completed_on")
    committed = to_date(new_offence_on, "new_offence_on")
    if committed < completed:
        raise InvalidFactError(
            "new_offence_on", committed, f"a date on or after {completed}: a crime during execution is Art 71"
        )
    flags = {
        "new_deserves_fixed_term": new_deserves_fixed_term,
        "prior_negligent": prior_negligent,
        "new_negligent": new_negligent,
        "prior_under_18": prior_under_18,
        "new_under_18": new_under_18,
    }
    for name, flag in flags.items():
        if not isinstance(flag, bool):
            raise InvalidFactError(name, flag, "True or False")
    if negligence not in RECIDIVISM_NEGLIGENCE:
        raise InvalidFactError("negligence", negligence, "'either' or 'new_only' (reading O14)")
    last = years_after(completed, 5)
    negligent = new_negligent or (prior_negligent and negligence == "either")
    minor = prior_under_18 or (new_under_18 and committed >= AMENDMENT_VIII)
    return kind is FT and committed <= last and new_deserves_fixed_term and not negligent and not minor


# ---------------------------------------------------------------------------------------------
# Several crimes: Arts 69-71.

_YEAR = TermUnit.YEAR
_CAPS = {CD: Term.years(1), PS: Term.years(3)}
_COMBINABLE = (FT, CD, PS, FINE)
#: Sentences without a term, outside Art 69's range rule: the heaviest absorbs the others.
_ABSORBING = (DEATH, LIFE)
#: The longest term one input may carry: a sentence already combined under Art 69 (Arts 70-71).
_MAX_INPUT = {FT: Term.years(25), CD: Term.years(1), PS: Term.years(3)}
MAX_OFFENCES = 1_000


def _months(term: Term) -> Any:
    value = Fraction(term.in_days, 30)
    return value.numerator if value.denominator == 1 else value


def _term_of_months(value: Any) -> Term:
    """A number of months as a term: whole years in years (420 -> 35 years), else in months."""
    if value % 12 == 0:
        return Term.years(value // 12)
    return Term.months(value)


def combine(
    offences: Iterable[OffenceSentence | Mapping[str, Any]],
    *,
    rule: str = "69",
    served: Term | None = None,
) -> SeveralOffences:
    """The sentence to execute for several crimes (CL Art 69; Arts 70 and 71 with ``rule``).

    ``offences``: the sentence imposed for each crime, as
    :class:`~penalties.core.sentencing.OffenceSentence` (point ranges of fixed-term imprisonment,
    criminal detention, public surveillance and a fine) or mappings such as
    ``{"fixed_term_imprisonment": Term.years(3), "fine": 20_000, "offence_date": "2020-05-01"}``.
    ``rule``: ``"69"`` (crimes judged together), ``"70"`` (a crime found after judgment; ``served``
    is the time already served, counted inside the new sentence) or ``"71"`` (a crime committed
    during execution: give the *unexecuted remainder* of the first sentence as one offence).

    Per kind the range runs from the longest term to the lesser of the total and the cap (both
    ends included): public surveillance 3 years, criminal detention 1 year, fixed-term 20 years if
    the total is under 35 years and 25 years if it is 35 years or more (before 2011-05-01: 20
    years, 法释〔2011〕9号 Art 6, single source). Fixed-term imprisonment absorbs criminal
    detention; public surveillance is executed after either. Fines add up (SPC 2000 Art 3).

    A sentence of death or life imprisonment (``{"death_penalty": True}``,
    ``{"life_imprisonment": True}``) is outside that range rule (Art 69 para 1: "除判处死刑和无期徒刑
    的以外"): it absorbs every term of the other crimes, death absorbs life imprisonment, and the
    result has no term range, only the absorbing kind (``range`` ``None``); fines are still added
    (Art 69 para 3). Time served (Art 70) cannot be counted inside it and is refused.

    >>> from penalties import Term
    >>> day = "2020-05-01"
    >>> r = combine([{"fixed_term_imprisonment": Term.years(15), "offence_date": day},
    ...              {"fixed_term_imprisonment": Term.years(15), "offence_date": day},
    ...              {"fixed_term_imprisonment": Term.years(5), "offence_date": day}])
    >>> r.imprisonment      # total 35 years: cap 25 years
    [15 years, 25 years]
    """
    if rule not in ("69", "70", "71"):
        raise InvalidFactError("rule", rule, "'69', '70' or '71'")
    items = _offences(offences)
    if len(items) < 2:
        raise InvalidFactError("offences", len(items), "two or more sentences to combine")
    if served is not None and (rule != "70" or not isinstance(served, Term)):
        raise InvalidFactError(
            "served", served, "a Term, and only with rule '70' (time served before the new judgment)"
        )
    basis = cl(rule, 1) if rule == "69" else cl(rule)
    art69 = cl("69", 1)
    trace: list[Step] = []
    notes: list[Step] = []
    status = Status.VERIFIED
    ranges: list[SentenceRange] = []
    totals: dict[SanctionKind, tuple[Term, Term]] = {}
    absorbing = next((k for k in _ABSORBING if any(r.kind is k for o in items for r in o.ranges)), None)
    if absorbing is not None:
        trace.append(Step("combine_absorbed", art69, (("kind", absorbing),)))
        ranges.append(SentenceRange(absorbing, None))
    for kind in (FT, CD, PS) if absorbing is None else ():
        terms: list[Any] = [r.range.low for o in items for r in o.ranges if r.kind is kind and r.range is not None]
        if not terms:
            continue
        total = _term_of_months(sum((_months(t) for t in terms), 0))
        longest = max(terms)
        totals[kind] = (longest, total)
    if FT in totals:
        longest, total = totals[FT]
        dates = [o.offence_date for o in items]
        old = all(d is not None and d < AMENDMENT_VIII for d in dates)
        if total >= Term.years(35) and any(d is None for d in dates):
            raise InvalidFactError(
                "offence_date",
                None,
                "the date of every offence: with a total of 35 years or more the cap is "
                "25 years from 2011-05-01 and 20 years before (CL Art 69; 法释〔2011〕9号 Art 6)",
            )
        if old:
            cap = Term.years(20)
            status = Status.SINGLE_SOURCE
            trace.append(Step("combine_cap_old", AMENDMENT_VIII_TIME_ART6, (("total", total), ("cap", cap))))
        elif total >= Term.years(35):
            cap = Term.years(25)
            trace.append(Step("combine_cap_35", art69, (("total", total), ("cap", cap))))
        else:
            cap = Term.years(20)
            trace.append(Step("combine_cap_under_35", art69, (("total", total), ("cap", cap))))
        ranges.append(_executed(FT, longest, total, cap, art69, trace))
    for kind in (CD, PS):
        if kind not in totals:
            continue
        if kind is CD and FT in totals:
            trace.append(Step("combine_detention_absorbed", cl("69", 2)))
            continue
        longest, total = totals[kind]
        cap = _CAPS[kind]
        trace.append(Step("combine_cap_kind", art69, (("kind", kind), ("cap", cap))))
        ranges.append(_executed(kind, longest, total, cap, art69, trace))
        if kind is PS and (FT in totals or CD in totals):
            notes.append(Step("combine_surveillance_after", cl("69", 2)))
    fines: list[Any] = [r.range.low for o in items for r in o.ranges if r.kind is FINE and r.range is not None]
    if fines:
        total_fine = sum(fines[1:], fines[0])
        ranges.append(SentenceRange(FINE, Interval(total_fine, total_fine)))
        trace.append(Step("combine_fines", PROPERTY_PENALTIES_2000_ART3, (("total", total_fine),)))
    if rule == "70" and served is not None:
        if absorbing is not None:
            raise InvalidFactError(
                "served", served, f"None: the sentence to execute is {absorbing.label}, with no term"
            )
        custodial = next((r for r in ranges if r.kind in (FT, CD) and r.range is not None), None)
        if custodial is None:
            raise InvalidFactError("served", served, "None: no imprisonment or detention to count it inside")
        if custodial.range is not None:
            held: Any = custodial.range
            if served > held.low:
                raise InvalidFactError("served", served, f"at most the shortest sentence to execute, {held.low}")
            remaining = Interval(
                _term_of_months(_months(held.low) - _months(served)),
                _term_of_months(_months(held.high) - _months(served)),
            )
            notes.append(Step("combine_served", basis, (("served", served), ("remaining", remaining))))
    if rule == "71":
        notes.append(Step("combine_remainder", basis))
    readings: tuple[tuple[str, str], ...] = ()
    return SeveralOffences(
        rule=f"cn.cl.{rule}",
        basis=basis,
        offences=items,
        ranges=tuple(ranges),
        trace=tuple(trace),
        notes=tuple(notes),
        readings=readings,
        status=status,
    )


def _executed(
    kind: SanctionKind, longest: Term, total: Term, cap: Term, basis: Citation, trace: list[Step]
) -> SentenceRange:
    high = total if total <= cap else cap
    low = longest if longest <= high else high
    span = Interval(low, high)
    trace.append(
        Step("combine_range", basis, (("kind", kind), ("longest", longest), ("total", total), ("range", span)))
    )
    return SentenceRange(kind, span)


def _offences(offences: Iterable[OffenceSentence | Mapping[str, Any]]) -> tuple[OffenceSentence, ...]:
    if isinstance(offences, (str, bytes, Mapping)) or not isinstance(offences, Iterable):
        raise InvalidFactError("offences", offences, "a list of sentences (OffenceSentence or mappings)")
    found: list[OffenceSentence] = []
    for index, item in enumerate(offences):
        if index >= MAX_OFFENCES:
            raise InvalidFactError("offences", f"more than {MAX_OFFENCES}", f"at most {MAX_OFFENCES} sentences")
        found.append(_offence(item, f"offences[{index}]"))
    return tuple(found)


_KEYS = (
    "fixed_term_imprisonment",
    "criminal_detention",
    "public_surveillance",
    "fine",
    "life_imprisonment",
    "death_penalty",
    "label",
    "offence_date",
)


def _offence(item: object, field: str) -> OffenceSentence:
    if isinstance(item, OffenceSentence):
        for r in item.ranges:
            if r.kind in _ABSORBING and r.range is None and r.offence is None:
                continue
            if r.kind not in _COMBINABLE or r.range is None or not r.range.is_point or r.offence is not None:
                raise InvalidFactError(
                    f"{field}.ranges",
                    r,
                    "imposed sentences: a point range of fixed-term imprisonment, criminal "
                    "detention, public surveillance or a fine; death penalty or life imprisonment without a range",
                )
            _check_imposed(r.kind, r.range.low, field)
        if len({r.kind for r in item.ranges}) != len(item.ranges) or not item.ranges:
            raise InvalidFactError(f"{field}.ranges", item.ranges, "one sentence per kind, at least one")
        return item
    if not isinstance(item, Mapping):
        raise InvalidFactError(field, item, "an OffenceSentence or a mapping with the keys " + ", ".join(_KEYS))
    ranges: list[SentenceRange] = []
    for key in item:
        if key not in _KEYS:
            raise InvalidFactError(
                f"{field}.{key}" if isinstance(key, str) else field, key, "one of " + ", ".join(_KEYS)
            )
    for kind in (FT, CD, PS):
        value = item.get(kind.value)
        if value is None:
            continue
        if not isinstance(value, Term):
            raise InvalidFactError(f"{field}.{kind.value}", value, "a Term (Term.years(3), Term.months(9))")
        _check_imposed(kind, value, field)
        ranges.append(SentenceRange(kind, Interval(value, value)))
    for kind in _ABSORBING:
        flag = item.get(kind.value)
        if flag is None or flag is False:
            continue
        if flag is not True:
            raise InvalidFactError(f"{field}.{kind.value}", flag, "True (the sentence imposed), False or None")
        ranges.append(SentenceRange(kind, None))
    if item.get("fine") is not None:
        fine = Money.of(item["fine"], "CNY", f"{field}.fine")
        if fine.amount <= 0:
            raise InvalidFactError(f"{field}.fine", item["fine"], "an amount above zero yuan")
        ranges.append(SentenceRange(FINE, Interval(fine, fine)))
    if not ranges:
        raise InvalidFactError(field, item, "at least one sentence: " + ", ".join(_KEYS[:6]))
    label = item.get("label", "")
    if not isinstance(label, str) or len(label) > 200:
        raise InvalidFactError(f"{field}.label", label, "text of at most 200 characters")
    date = item.get("offence_date")
    return OffenceSentence(tuple(ranges), label, None if date is None else to_date(date, f"{field}.offence_date"))


def _check_imposed(kind: SanctionKind, term: Any, field: str) -> None:
    if kind is FINE:
        if not isinstance(term, Money) or term.currency != "CNY" or term.amount <= 0:
            raise InvalidFactError(f"{field}.fine", term, "an amount in CNY above zero")
        return
    top = _MAX_INPUT[kind]
    if not isinstance(term, Term) or not (Term.days(0) < term <= top):
        raise InvalidFactError(f"{field}.{kind.value}", term, f"a term above zero and at most {top}")


# ---------------------------------------------------------------------------------------------
# Probation: Arts 72-74.

PROBATION_CONDITIONS = ("lighter_circumstances", "remorse", "no_risk_of_reoffending", "no_adverse_community_impact")
PROBATION_READING = ("offence", "judgment")


def probation(
    kind: SanctionKind | str,
    term: Term,
    *,
    judgment_date: object,
    offence_date: object | None = None,
    birth_date: object | None = None,
    pregnant: bool = False,
    recidivist: bool = False,
    ringleader: bool = False,
    age_date: str = "offence",
) -> Probation:
    """Whether an imposed sentence may (or must) be suspended, and the probation period's range.

    ``kind`` and ``term``: the sentence imposed (criminal detention, or fixed-term imprisonment of
    3 years or less; 3 years is eligible, 3 years 1 month is not). ``recidivist`` and
    ``ringleader`` (of a criminal group) exclude probation (Art 74). The court must grant it to a
    person under 18, a pregnant woman or a person aged 75 or over (Art 72 para 1); ``age_date``
    is reading O11: the age at the ``"offence"`` (default) or at the ``"judgment"``. The four
    conditions of Art 72 para 1 (minor circumstances, remorse, no risk of reoffending, no major
    adverse impact on the community) are for the court: they are listed in ``conditions``.

    Period (Art 73): criminal detention, the original term up to 1 year and at least 2 months;
    fixed-term imprisonment, the original term up to 5 years and at least 1 year; both ends
    included (CL Art 99). Counted from the day the judgment becomes final.

    >>> from penalties import Term
    >>> probation("fixed_term_imprisonment", Term.months(9), judgment_date="2023-08-11").period
    [1 year, 5 years]
    """
    if type(kind) is not SanctionKind:
        found = SanctionKind._value2member_map_.get(kind) if isinstance(kind, str) else None
        if found not in (FT, CD):
            raise InvalidFactError("kind", kind, "'fixed_term_imprisonment' or 'criminal_detention'")
        kind = found
    if kind not in (FT, CD):
        raise InvalidFactError("kind", kind, "'fixed_term_imprisonment' or 'criminal_detention'")
    general = FIXED_TERM_IMPRISONMENT if kind is FT else CRIMINAL_DETENTION
    if not isinstance(term, Term) or term not in general:
        raise InvalidFactError("term", term, f"a Term inside the general range of the kind, {general}")
    for name, flag in (("pregnant", pregnant), ("recidivist", recidivist), ("ringleader", ringleader)):
        if not isinstance(flag, bool):
            raise InvalidFactError(name, flag, "True or False")
    if age_date not in PROBATION_READING:
        raise InvalidFactError("age_date", age_date, "'offence' or 'judgment' (reading O11)")
    judged = to_date(judgment_date, "judgment_date")
    committed = None if offence_date is None else to_date(offence_date, "offence_date")
    born = None if birth_date is None else to_date(birth_date, "birth_date")
    if committed is not None and committed > judged:
        raise InvalidFactError("offence_date", committed, f"a date on or before the judgment, {judged}")
    if born is not None and born > (committed or judged):
        raise InvalidFactError("birth_date", born, "a date before the offence")
    if age_date == "offence" and born is not None and committed is None:
        raise InvalidFactError("offence_date", None, "the offence date: the age is taken at the offence (reading O11)")
    art72 = cl("72", 1)
    trace: list[Step] = []
    readings: tuple[tuple[str, str], ...] = ()
    sentence = SentenceRange(kind, Interval(term, term))
    if kind is FT and term > Term.years(3):
        trace.append(Step("probation_term_too_long", art72, (("term", term), ("limit", Term.years(3)))))
        eligible = False
    else:
        trace.append(Step("probation_sentence_eligible", art72, (("term", term),)))
        eligible = True
    excluded = []
    if recidivist:
        excluded.append("recidivist")
    if ringleader:
        excluded.append("ringleader")
    if excluded:
        trace.append(Step("probation_excluded", cl("74"), (("grounds", tuple(excluded)),)))
        eligible = False
    mandatory = False
    if eligible:
        grounds: list[str] = []
        if pregnant:
            grounds.append("pregnant")
        if born is not None:
            reference = committed if age_date == "offence" and committed is not None else judged
            age = _age(born, reference)
            readings = (("probation_age_date", age_date),)
            trace.append(Step("reading", art72, (("reading", "probation_age_date"), ("value", age_date))))
            trace.append(Step("probation_age", art72, (("age", age), ("date", reference))))
            if age < 18:
                grounds.append("under_18")
            elif age >= 75:
                grounds.append("aged_75_or_over")
        if grounds:
            mandatory = True
            trace.append(Step("probation_mandatory", art72, (("grounds", tuple(grounds)),)))
    period = None
    notes: list[Step] = []
    if eligible:
        art73 = cl("73", 1 if kind is CD else 2)
        floor, ceiling = (Term.months(2), Term.years(1)) if kind is CD else (Term.years(1), Term.years(5))
        low = term if term >= floor else floor
        period = Interval(low, ceiling)
        trace.append(Step("probation_period", art73, (("term", term), ("floor", floor), ("range", period))))
        notes.append(Step("probation_from_final_judgment", cl("73", 3)))
        notes.append(Step("probation_accessory_executed", cl("72", 3)))
    if judged < AMENDMENT_VIII:
        notes.append(Step("probation_text_2011", art72))
    return Probation(
        rule="cn.cl.72",
        basis=art72,
        sentence=sentence,
        eligible=eligible,
        mandatory=mandatory,
        period=period,
        conditions=PROBATION_CONDITIONS if eligible else (),
        trace=tuple(trace),
        notes=tuple(notes),
        readings=readings,
    )


def _age(born: _dt.date, on: _dt.date) -> int:
    """Whole years of age on ``on``; the birthday itself counts as the year completed."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


# ---------------------------------------------------------------------------------------------
# Limitation of prosecution: Arts 87-89.


LIMITATION_READING = ("tier", "article")


def limitation(
    assessment: Assessment,
    *,
    maximum: str = "tier",
    offence_end: object | None = None,
    filed_on: object | None = None,
    evaded: bool = False,
    later_offences: Iterable[object] = (),
    complaint_on: object | None = None,
) -> Limitation:
    """The prosecution limitation of an assessed crime (CL Arts 87-89), as an explainable result.

    ``maximum`` is reading O6 (notes §8): the statutory maximum of the ``"tier"`` the conduct
    reaches (default) or of the ``"article"``; the result names it in its trace and ``readings``,
    with the maximum it reads. Art 87: a maximum under 5 years gives 5 years; 5 to under 10, 10
    years; 10 or more, 15 years (以上 includes the number, Art 99). Art 87(4) (life imprisonment or
    death: 20 years) is not computed: no catalogued article provides them. Not a crime: no period.

    With ``offence_end`` and ``filed_on`` the result says whether prosecution on that day is
    barred: the period runs from the day of the crime or the end of continuing or continuous
    conduct (Art 89 para 1); a later crime (``later_offences``) within the running period restarts
    it from its day (Art 89 para 2); ``evaded`` (Art 88: evasion after the case was opened, or a
    timely complaint on which no case was opened) lifts the limitation. ``complaint_on``: the day
    the victim complained, where the authorities should have opened a case and did not (Art 88
    para 2): that lifts the limitation only if the complaint came within the period (its last day
    included); a later complaint does not, and the trace says which.

    >>> from penalties import assess
    >>> a = assess("cn.cl.253-1", circumstances={"serious"}, on="2024-01-01")
    >>> r = limitation(a)
    >>> r.period, r.readings
    (Term(5, 'year'), (('limitation_maximum', 'tier'),))
    >>> limitation(a, maximum="article").period            # reading O6: the article's 7 years
    Term(10, 'year')
    >>> limitation(a, offence_end="2015-01-01", filed_on="2020-01-02").barred
    True
    """
    if maximum not in LIMITATION_READING:
        raise InvalidFactError("maximum", maximum, "'tier' or 'article' (reading O6)")
    if (offence_end is None) != (filed_on is None):
        missing = "offence_end" if offence_end is None else "filed_on"
        raise InvalidFactError(missing, None, "a date: offence_end and filed_on are given together")
    end = filed = None
    later: list[_dt.date] = []
    if offence_end is not None:
        end = to_date(offence_end, "offence_end")
        filed = to_date(filed_on, "filed_on")
        if filed < end:
            raise InvalidFactError("filed_on", filed, f"a date on or after the end of the offence, {end}")
        later = _later_offences(later_offences, end, filed)
    elif complaint_on is not None:
        raise InvalidFactError("complaint_on", complaint_on, "None unless offence_end and filed_on are given")
    elif not (isinstance(later_offences, (tuple, list)) and not later_offences):
        raise InvalidFactError("later_offences", later_offences, "() unless offence_end and filed_on are given")
    if not isinstance(evaded, bool):
        raise InvalidFactError("evaded", evaded, "True or False")
    art87 = cl("87")
    readings = (("limitation_maximum", maximum),)
    trace: list[Step] = [Step("reading", art87, (("reading", "limitation_maximum"), ("value", maximum)))]
    top = _maximum(assessment, maximum) if assessment.penal else None
    if top is None:
        trace.append(Step("limitation_no_crime", art87))
        barred = None if end is None else False
        return Limitation("cn.cl.87", art87, None, None, barred=barred, trace=tuple(trace), readings=readings)
    if top < Term.years(5):
        period = Term.years(5)
    elif top < Term.years(10):
        period = Term.years(10)
    else:
        period = Term.years(15)
    trace.append(Step("limitation_period", art87, (("maximum", top), ("period", period))))
    if end is None or filed is None:
        return Limitation("cn.cl.87", art87, top, period, trace=tuple(trace), readings=readings)
    years = int(period.amount)
    start = end
    trace.append(Step("limitation_start", cl("89", 1), (("date", end),)))
    for day in later:
        if day <= years_after(start, years):
            start = day
            trace.append(Step("limitation_restart", cl("89", 2), (("date", day),)))
        else:
            trace.append(Step("limitation_no_restart", cl("89", 2), (("date", day),)))
    last = years_after(start, years)
    trace.append(Step("limitation_last_day", art87, (("date", last),)))
    complained = None if complaint_on is None else to_date(complaint_on, "complaint_on")
    if complained is not None and not end <= complained <= filed:
        raise InvalidFactError("complaint_on", complained, f"a date from {end} to {filed}")
    in_time = complained is not None and complained <= last
    if complained is not None:
        code = "limitation_complaint_in_time" if in_time else "limitation_complaint_late"
        trace.append(Step(code, cl("88", 2), (("filed", complained), ("date", last))))
    if evaded:
        trace.append(Step("limitation_lifted", cl("88")))
        barred = False
    elif in_time:
        evaded = True  # lifted under para 2; the step above says why
        barred = False
    else:
        barred = filed > last
        code = "limitation_barred" if barred else "limitation_not_barred"
        trace.append(Step(code, art87, (("filed", filed), ("date", last))))
    return Limitation(
        "cn.cl.87",
        art87,
        top,
        period,
        start=start,
        last_day=last,
        barred=barred,
        lifted=evaded,
        trace=tuple(trace),
        readings=readings,
    )


def limitation_period(assessment: Assessment, *, maximum: str = "tier") -> Term | None:
    """The period of :func:`limitation` alone (CL Art 87; ``maximum`` is reading O6).

    ``None`` for an assessment that is not penal.

    >>> from penalties import assess
    >>> limitation_period(assess("cn.cl.253-1", circumstances={"especially_serious"}, on="2024-01-01"))
    Term(10, 'year')
    """
    return limitation(assessment, maximum=maximum).period


def _maximum(assessment: Assessment, which: str) -> Term | None:
    from ...catalog import article

    def top(sanctions: Iterable[Sanction]) -> Term | None:
        highs = [s.range.high for s in sanctions if s.kind.quantity is Quantity.TERM and s.range is not None]
        return max(highs) if highs else None  # type: ignore[return-value]

    found = top(assessment.sanctions)
    if which == "tier":
        return found
    formula = article(assessment.article_id).formula
    if isinstance(formula, Tiered):
        last = top(_tier_sanctions(formula.tiers[-1], assessment.facts))
        if last is not None and (found is None or last > found):
            return last
    return found


def prosecution_barred(
    assessment: Assessment,
    *,
    offence_end: object,
    filed_on: object,
    maximum: str = "tier",
    evaded: bool = False,
    later_offences: Iterable[object] = (),
    complaint_on: object | None = None,
) -> bool:
    """Whether prosecution is barred: ``filed_on`` is after the last day of the period (Arts 87-89).

    ``offence_end``: the day of the crime, or the end of continuing or continuous conduct (Art 89
    para 1). ``evaded``: the offender evaded investigation or trial after the case was opened, or
    the authorities failed to open a case on a timely complaint (Art 88): no limitation then.
    ``complaint_on``: the day of a victim's complaint on which no case was opened (Art 88 para 2):
    no limitation if it came within the period, else it changes nothing.
    ``later_offences``: the days of further crimes by the same offender (Art 89 para 2: a crime
    committed within the period restarts the period of the earlier one from its day). A later
    crime restarts the period only if it falls within the period then running (以内: its last day
    included, Art 99), and each restart opens a new period for the next one; a crime after the
    period has run does not revive it. At most :data:`MAX_OFFENCES` dates.

    >>> from penalties import assess
    >>> a = assess("cn.cl.253-1", circumstances={"serious"}, on="2024-01-01")     # 5 years
    >>> prosecution_barred(a, offence_end="2015-01-01", filed_on="2021-01-01")
    True
    >>> prosecution_barred(a, offence_end="2015-01-01", filed_on="2021-01-01", later_offences=["2019-06-01"])
    False
    """
    found = limitation(
        assessment,
        maximum=maximum,
        offence_end=offence_end,
        filed_on=filed_on,
        evaded=evaded,
        later_offences=later_offences,
        complaint_on=complaint_on,
    )
    return bool(found.barred)


def years_after(day: _dt.date, years: int) -> _dt.date:
    """The last day of a period of ``years`` counted from ``day`` (29 February: the 28th)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _later_offences(values: Iterable[object], end: _dt.date, filed: _dt.date) -> list[_dt.date]:
    if isinstance(values, (str, bytes, Mapping, _dt.date)) or not isinstance(values, Iterable):
        raise InvalidFactError("later_offences", values, "a list of dates of later crimes (Art 89 para 2)")
    found: list[_dt.date] = []
    for index, value in enumerate(values):
        if index >= MAX_OFFENCES:
            raise InvalidFactError("later_offences", f"more than {MAX_OFFENCES}", f"at most {MAX_OFFENCES} dates")
        day = to_date(value, f"later_offences[{index}]")
        if not end < day <= filed:
            raise InvalidFactError(
                f"later_offences[{index}]", day, f"a date after the end of the offence, {end}, and on or before {filed}"
            )
        found.append(day)
    return sorted(found)


# ---------------------------------------------------------------------------------------------
# English templates and labels.

message(
    "step.art63_next_range", N_("mitigation goes into the next lower range of the article, the range of tier '{tier}'")
)
message(
    "step.art63_lowest", N_("there is no lower range: within the range the court may choose a lighter kind ({kinds})")
)
message(
    "step.art63_lowest_surveillance", N_("there is no lower range: public surveillance is taken as the lighter kind")
)
message(
    "step.art63_2_no_floor",
    N_(
        "the sentence may go below the minimum of the statutory range; "
        "the law states no lower limit, so no range is given"
    ),
)
message("step.art63_lowest_exemption", N_("there is no lower range: mitigation is read as exemption from punishment"))
message(
    "step.art63_old_text", N_("before 2011-05-01 Art 63 said only 'below the statutory range', without the next range")
)
message("step.combine_cap_35", N_("the fixed-term total is {total}, 35 years or more: the cap is {cap}"))
message("step.combine_cap_under_35", N_("the fixed-term total is {total}, under 35 years: the cap is {cap}"))
message(
    "step.combine_cap_old",
    N_("every offence was committed before 2011-05-01: the fixed-term cap is {cap} (total {total})"),
)
message("step.combine_cap_kind", N_("the cap of the {kind} is {cap}"))
message(
    "step.combine_range", N_("{kind}: from the longest term, {longest}, to the total, {total}, within the cap: {range}")
)
message(
    "step.combine_absorbed",
    N_("a sentence of {kind} is outside the range rule and absorbs every other principal penalty: no term is computed"),
)
message(
    "step.combine_detention_absorbed", N_("fixed-term imprisonment absorbs criminal detention, which is not executed")
)
message("step.combine_fines", N_("the fines are added up: {total}"))
message("step.combine_surveillance_after", N_("public surveillance is executed after the imprisonment or detention"))
message("step.combine_served", N_("the {served} already served count inside the new sentence: {remaining} remain"))
message("step.combine_remainder", N_("the first sentence enters the combination with its unexecuted remainder only"))
message("step.limitation_no_crime", N_("not a crime under the article: there is nothing to prosecute"))
message(
    "step.limitation_period",
    N_("the statutory maximum is {maximum}: prosecution is subject to a limitation period of {period}"),
)
message("step.limitation_start", N_("the period runs from {date}, the day of the crime or the end of the conduct"))
message(
    "step.limitation_restart", N_("another crime on {date}, within the period: the period runs again from that day")
)
message("step.limitation_no_restart", N_("another crime on {date}, after the period had run: no new period"))
message("step.limitation_last_day", N_("the last day of the period is {date}"))
message("step.limitation_barred", N_("filed on {filed}, after {date}: prosecution is barred"))
message("step.limitation_not_barred", N_("filed on {filed}, on or before {date}: prosecution is not barred"))
message(
    "step.limitation_complaint_in_time",
    N_(
        "the victim complained on {filed}, within the period ending {date}, and no case was opened: "
        "no limitation applies"
    ),
)
message(
    "step.limitation_complaint_late",
    N_(
        "the victim complained on {filed}, after the period ended on {date}: the complaint does not lift the limitation"
    ),
)
message(
    "step.limitation_lifted",
    N_(
        "the offender evaded investigation or trial, or no case was opened on a timely complaint: no limitation applies"
    ),
)
message("step.probation_term_too_long", N_("the term of {term} is above {limit}: no probation"))
message("step.probation_sentence_eligible", N_("a sentence of {term}: probation is available"))
message("step.probation_excluded", N_("probation does not apply: {grounds}"))
message("step.probation_age", N_("age {age} on {date}"))
message("step.probation_mandatory", N_("probation shall be granted: {grounds}"))
message(
    "step.probation_period", N_("the probation period runs from the original term ({term}), at least {floor}: {range}")
)
message("step.probation_from_final_judgment", N_("the probation period counts from the day the judgment becomes final"))
message("step.probation_accessory_executed", N_("an accessory penalty, such as the fine, is still executed"))
message("step.probation_text_2011", N_("Arts 72 and 74 are applied as amended with effect from 2011-05-01"))
for _key, _label in (
    ("ground.under_16", N_("under 16 at the offence")),
    ("ground.under_18", N_("under 18 at the offence")),
    ("ground.aged_75_intentional", N_("aged 75 or over, intentional crime")),
    ("ground.aged_75_negligent", N_("aged 75 or over, negligent crime")),
    ("ground.recidivist", N_("recidivist")),
    ("ground.surrender", N_("voluntary surrender")),
    ("ground.confession", N_("truthful confession")),
    ("ground.confession_averted_harm", N_("a confession that averted especially serious consequences")),
    ("ground.meritorious_service", N_("meritorious service")),
    ("ground.major_meritorious_service", N_("major meritorious service")),
    ("ground.surrender_and_major_meritorious_service", N_("surrender and major meritorious service")),
    ("ground.first_offender_restitution_remorse", N_("first offender, full restitution and remorse")),
    ("ground.special_circumstances_of_case", N_("the special circumstances of the case")),
    ("condition.spc_approval", N_("the Supreme People's Court approves")),
    ("condition.minor_circumstances", N_("the circumstances are minor and no punishment is needed")),
    ("ground.minor_circumstances", N_("the circumstances are minor and no punishment is needed")),
    ("condition.minor_crime", N_("the crime is minor")),
    ("condition.punished", N_("a punishment is imposed")),
    ("condition.lighter_circumstances", N_("the circumstances of the crime are relatively minor")),
    ("condition.remorse", N_("remorse")),
    ("condition.no_risk_of_reoffending", N_("no risk of reoffending")),
    ("condition.no_adverse_community_impact", N_("no major adverse impact on the community")),
    ("grounds.recidivist", N_("recidivist")),
    ("grounds.ringleader", N_("ringleader of a criminal group")),
    ("grounds.pregnant", N_("pregnant")),
    ("grounds.under_18", N_("under 18")),
    ("grounds.aged_75_or_over", N_("aged 75 or over")),
    ("reading.art63_upper_bound", N_("whether mitigation may reach the minimum of the original range")),
    ("reading.art63_upper_bound.excluded", N_("excluded")),
    ("reading.art63_upper_bound.included", N_("included")),
    ("reading.art63_lowest_range", N_("mitigation in the lowest range of an article")),
    ("reading.art63_lowest_range.none", N_("no lower range")),
    ("reading.art63_lowest_range.public_surveillance", N_("public surveillance")),
    ("reading.art63_lowest_range.exemption", N_("exemption")),
    ("reading.limitation_maximum", N_("the statutory maximum that sets the limitation period")),
    ("reading.limitation_maximum.tier", N_("the maximum of the range the conduct reaches")),
    ("reading.limitation_maximum.article", N_("the highest maximum of the article")),
    ("reading.probation_age_date", N_("the date at which the age for probation is taken")),
    ("reading.probation_age_date.offence", N_("the offence")),
    ("reading.probation_age_date.judgment", N_("the judgment")),
    ("fact.age_at_offence", N_("age at the offence")),
    ("fact.negligent", N_("negligent crime")),
    ("fact.minor_circumstances", N_("minor circumstances, no punishment needed")),
    ("fact.recidivist", N_("recidivist")),
    ("fact.surrender", N_("voluntary surrender")),
    ("fact.confession", N_("truthful confession")),
    ("fact.confession_averted_harm", N_("confession averted especially serious consequences")),
    ("fact.meritorious_service", N_("meritorious service")),
    ("fact.first_offender", N_("first offender")),
    ("fact.full_restitution", N_("full restitution")),
    ("fact.remorse", N_("remorse")),
    ("meritorious_service.none", N_("none")),
    ("meritorious_service.ordinary", N_("ordinary")),
    ("meritorious_service.major", N_("major")),
):
    message(_key, _label)

# The title of the time-effect interpretation, for the catalogs (a citation's act is its msgid).
N_("SPC Interpretation on the Time Effect of Amendment VIII (法释〔2011〕9号)")
message(
    "step.art68_old_para2",
    N_("Art 68 para 2 as enacted in 1997, deleted by Amendment VIII, still governs offences before 2011-05-01"),
)

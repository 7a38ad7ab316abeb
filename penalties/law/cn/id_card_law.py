"""PRC Resident Identity Card Law (中华人民共和国居民身份证法), Art 19.

Adopted 2003-06-28; amended 2011-10-29, the amendment in force 2012-01-01. Chinese text:
LawRefBook/Laws, 行政法/居民身份证法(2011-10-29).md, checked against three further copies.

Art 19 punishes staff of state organs and of financial, telecom, transport, education, medical and
similar units who leak the personal information recorded on identity cards that they obtained on
the job. It applies only where the act is **not a crime** (尚不构成犯罪的); a crime is punished
under the Criminal Law (``cn.cl.253-1``). The police (公安机关) impose the punishment:

- individuals (para 1): administrative detention of 10-15 days **and** a fine of exactly 5,000 yuan
  (a fixed amount, not a range), and confiscation of any illegal gains;
- a unit (para 2): its directly responsible persons get 10-15 days and a fine of 100,000-500,000
  yuan each; gains are confiscated; the law sets **no fine on the unit itself**;
- para 3: damage to others brings civil liability.

Police officers who leak identity-card information fall under Art 20(5) (administrative sanction
or criminal liability), not Art 19.

Seed 000 quotes paras 1 and 2 without naming the law or the class of offenders, so that it reads
like a general penalty for anyone who leaks user information; right below it the seed labels
Criminal Law Art 253-1 as the Civil Code.
"""

from __future__ import annotations

import datetime as _dt
import enum
from typing import Any, ClassVar

import attrs

from ...core.article import Act, Article
from ...core.citation import Citation
from ...core.errors import InvalidFactError
from ...core.facts import NoCircumstances, OffenderKind, to_offender
from ...core.formula import AllOf, Evaluation, FixedRange, GainsAmount, Node, Note, Provision, Ref, Step, _evaluate_node
from ...core.interval import Interval
from ...core.messages import N_, message, pgettext
from ...core.money import Money
from ...core.plan import Context
from ...core.sanction import Addressee, Modality, SanctionKind
from ...core.term import Term
from .administrative import AplGround, administrative_sentencing, to_age, to_apl_grounds
from .gains import GainsFacts, gains_in_place
from .time import ADMINISTRATIVE

__all__ = ["ACT", "ARTICLES", "IdCardFacts"]


def _crime(value: object) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise InvalidFactError("constitutes_crime", value, "True, False or None (not decided)")


@attrs.frozen(field_transformer=gains_in_place)
class IdCardFacts(GainsFacts):
    """Facts of an ID Card Law case.

    - ``offender``: ``"individual"`` (default; a member of staff) or ``"organisation"`` (a unit).
    - ``illegal_gains``: yuan; confiscated when there are any.
    - ``constitutes_crime``: ``True`` when the act is a crime (then Art 19 gives way to the Criminal
      Law and the assessment is not penal), ``False`` when it is not, ``None`` (default) when that
      is not decided: the sanctions are given with a note that they apply only if it is not a crime.
    - ``on``: date of assessment (default today).
    - ``age_at_offence``, ``apl_grounds``: Administrative Penalty Law options (:mod:`.administrative`).
    """

    CIRCUMSTANCES: ClassVar[type[enum.Enum]] = NoCircumstances
    CURRENCY: ClassVar[str] = "CNY"

    offender: OffenderKind = attrs.field(default=OffenderKind.INDIVIDUAL, converter=to_offender)
    constitutes_crime: bool | None = attrs.field(default=None, converter=_crime)
    age_at_offence: int | None = attrs.field(default=None, converter=to_age)
    apl_grounds: frozenset[AplGround] = attrs.field(default=frozenset(), converter=to_apl_grounds)


ACT = Act(
    id="cn.idcard",
    title=N_("PRC Resident Identity Card Law"),
    title_original="中华人民共和国居民身份证法",
    jurisdiction="CN",
    language="zh",
    currency="CNY",
    in_force_from=_dt.date(2004, 1, 1),
    facts_type=IdCardFacts,
    source="adopted 2003-06-28, in force 2004-01-01; amended 2011-10-29, in force 2012-01-01",
    time_rule=ADMINISTRATIVE,  # APL Art 37 (penalties.law.cn.time)
    sentencing=administrative_sentencing,
)
# An administrative fine (罚款) reads "fine" in English; the catalogs name it in the act's context.
message("kind.fine@cn.idcard", pgettext("cn.idcard", "fine"))

cite = ACT.cite
SHALL = Modality.SHALL
PERSONS = Addressee.RESPONSIBLE_PERSONS

DETENTION = FixedRange(Interval(Term.days(10), Term.days(15)))


@attrs.frozen
class UnlessCrime:
    """尚不构成犯罪的: the body applies only where the act is not a crime."""

    body: Node
    basis: Citation
    criminal_article: str

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        from ...render.formula import cited, heading

        line = loc.fill(
            N_("only where the act is not a crime (尚不构成犯罪的; otherwise {article})"), article=self.criminal_article
        )
        return heading(loc, cited(loc, line, self.basis)), (self.body,)

    @property
    def members(self) -> tuple[Node, ...]:
        return (self.body,)

    def compile(self, ctx: Context) -> tuple[int, ...]:
        crime = ctx.value("constitutes_crime")
        ctx.note(Step("note", self.basis, (("note", "criminal_liability"),)))
        if crime is True:
            ctx.penal(False)
            ctx.step(Step("crime_instead", self.basis, (("article", self.criminal_article),)))
            return ()
        if crime is None:
            ctx.note(Step("only_if_not_a_crime", self.basis, (("article", self.criminal_article),)))
        else:
            ctx.step(Step("not_a_crime_stated", self.basis))
        return ctx.compile(self.body)

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)


@attrs.frozen
class ByOffenderKind:
    """Para 1 for an individual, para 2 for a unit."""

    individual: Node
    organisation: Node

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        from ...render.formula import heading

        return heading(loc, loc.gettext(N_("by offender"))), (
            (heading(loc, loc.gettext(N_("an individual"))), (self.individual,)),
            (heading(loc, loc.gettext(N_("a unit"))), (self.organisation,)),
        )

    @property
    def members(self) -> tuple[Node, ...]:
        return (self.individual, self.organisation)

    def compile(self, ctx: Context) -> tuple[int, ...]:
        return ctx.compile(self.organisation if ctx.offender is OffenderKind.ORGANISATION else self.individual)

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        return _evaluate_node(self, ev)


def _para1() -> Node:
    basis = cite("19", 1)
    return AllOf(
        (
            Provision(SanctionKind.ADMINISTRATIVE_DETENTION, SHALL, basis, DETENTION),
            Provision(SanctionKind.FINE, SHALL, basis, FixedRange(Interval(Money(5_000, "CNY"), Money(5_000, "CNY")))),
            Provision(SanctionKind.CONFISCATION_OF_ILLEGAL_GAINS, SHALL, basis, GainsAmount()),
        ),
        basis,
    )


def _para2() -> Node:
    basis = cite("19", 2)
    return AllOf(
        (
            Provision(SanctionKind.ADMINISTRATIVE_DETENTION, SHALL, basis, DETENTION, PERSONS),
            Provision(
                SanctionKind.FINE,
                SHALL,
                basis,
                FixedRange(Interval(Money(100_000, "CNY"), Money(500_000, "CNY"))),
                PERSONS,
            ),
            Provision(SanctionKind.CONFISCATION_OF_ILLEGAL_GAINS, SHALL, basis, GainsAmount()),
            Note("no_fine_on_unit", basis),
        ),
        basis,
    )


ART_19 = Article(
    id="cn.idcard.19",
    act=ACT,
    number="19",
    title="Staff leaking identity-card information obtained on the job",
    title_original="泄露居民身份证记载的公民个人信息",
    text=(
        "国家机关或者金融、电信、交通、教育、医疗等单位的工作人员泄露在履行职责或者提供服务过程中获得的居民身份证"
        "记载的公民个人信息，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，由公安机关处十日以上十五日以下拘留，并处"
        "五千元罚款，有违法所得的，没收违法所得。\n"
        "单位有前款行为，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，由公安机关对其直接负责的主管人员和其他直接"
        "责任人员，处十日以上十五日以下拘留，并处十万元以上五十万元以下罚款，有违法所得的，没收违法所得。\n"
        "有前两款行为，对他人造成损害的，依法承担民事责任。"
    ),
    gloss=(
        "Staff of state organs or of financial, telecom, transport, education, medical and similar units who "
        "leak identity-card information obtained in performing duties or providing services: a crime is "
        "prosecuted; otherwise the police impose 10-15 days' detention and a fine of 5,000 yuan (a fixed "
        "amount), and confiscate any illegal gains. A unit: its directly responsible persons get 10-15 days "
        "and a fine of 100,000-500,000 yuan; gains are confiscated; there is no fine on the unit itself. "
        "Damage to others brings civil liability."
    ),
    formula=AllOf(
        (
            UnlessCrime(ByOffenderKind(_para1(), _para2()), cite("19"), "cn.cl.253-1"),
            Note("civil_liability", cite("19", 3)),
        ),
        cite("19"),
    ),
    in_force_from=_dt.date(2012, 1, 1),
    translation_notes=(
        "Seed 000 quotes paras 1 and 2 without naming the Resident Identity Card Law, Art 19, and without the "
        "class of offenders (staff of the listed units leaking identity-card data) or para 3 (civil "
        "liability); read alone it looks like a general penalty for anyone who leaks user information.",
        "The individual fine is a fixed 5,000 yuan (五千元罚款), not 'up to 5,000' as one web page misquotes it.",
        "Seed 000's video snippet applies Art 19 to police officers; they fall under Art 20(5) instead.",
    ),
)

ARTICLES: tuple[Article, ...] = (ART_19,)

message("step.crime_instead", N_("the act is a crime: Art 19 gives way to criminal liability (see {article})"))
message("step.not_a_crime_stated", N_("the act is stated not to be a crime, so the administrative punishment applies"))
message(
    "step.only_if_not_a_crime",
    N_("these sanctions apply only if the act is not a crime (尚不构成犯罪的); otherwise see {article}"),
)
message(
    "note.no_fine_on_unit",
    N_("the law sets no fine on the unit itself; its directly responsible persons are fined"),
)
message("fact.constitutes_crime", N_("the act constitutes a crime"))

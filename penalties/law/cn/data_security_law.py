"""PRC Data Security Law (数据安全法), 2021, Chapter VI (法律责任), Arts 44-52.

Adopted at the 29th session of the Standing Committee of the 13th National People's Congress on
10 June 2021; in force 1 September 2021. Chinese text: LawRefBook/Laws, 行政法/数据安全法(2021-06-10).md,
checked word for word against chinadataregulation.com and an annotated edition for Arts 45-46.

Conventions of the text, applied throughout:

- 以上 / 以下 include the number (Criminal Law Art 99; Civil Code Art 1259): 五万元以上五十万元以下
  is the closed range [50,000, 500,000]. 不足 excludes it: 不足十万元 means below 100,000.
- 处 / 并处 is mandatory (``SHALL``); 可以处 / 可以并处 is discretionary (``MAY``).
- 直接负责的主管人员和其他直接责任人员 ("the directly responsible persons") exist only for an
  organisation: an individual offender gets no persons' fine (the trace says so).

The seeds translate Chapter VI into Malay (seed 003) and Arabic (seed 004). Where they depart from
the Chinese, the Chinese governs; each article's ``translation_notes`` say where.
"""

from __future__ import annotations

import datetime as _dt
import enum
from typing import ClassVar

import attrs

from ...core.article import Act, Article
from ...core.formula import (
    AllOf,
    AmountFormula,
    FixedRange,
    GainsAmount,
    GainsBelow,
    GainsMultiple,
    IfGainsBelow,
    Note,
    OneOf,
    Provision,
    Reading,
    Tier,
    Tiered,
)
from ...core.interval import Interval
from ...core.messages import N_, message, pgettext
from ...core.money import Money
from ...core.readings import reading, readings_converter
from ...core.sanction import Addressee, Modality, SanctionKind
from .administrative import AplGround, administrative_sentencing, to_age, to_apl_grounds
from .gains import GainsFacts, gains_in_place
from .time import ADMINISTRATIVE

__all__ = ["ACT", "ARTICLES", "DslCircumstance", "DslFacts", "DslReadings"]


class DslCircumstance(enum.Enum):
    """Circumstances that raise a DSL article to its higher tier."""

    #: 拒不改正: refuses to correct (Art 45 para 1).
    REFUSED_CORRECTION = "refused_correction"
    #: 造成大量数据泄露等严重后果 / 造成严重后果: causes serious consequences (Art 45 para 1, Art 48 para 2).
    SERIOUS_CONSEQUENCES = "serious_consequences"
    #: 情节严重: the circumstances are serious (Art 46).
    SERIOUS_CIRCUMSTANCES = "serious_circumstances"


@attrs.frozen
class DslReadings:
    """Open readings of DSL Chapter VI, each a named option whose first value is the default.

    - ``aggravated_measures``: the aggravated tiers (Art 45 para 1 拒不改正 / 严重后果, Art 46 情节严重,
      Art 48 para 2 严重后果) state their own fines and measures and do not repeat the basic
      tier's 责令改正 / 给予警告. ``"as_written"`` (default) lists only what the tier states;
      ``"with_basic_measures"`` adds the basic tier's order to correct and warning, as practice
      usually issues them together (an interpretation, not in the text).
    - ``art47_business_measures``: in Art 47, "并可以责令暂停相关业务…" follows the second fine
      branch after a comma. ``"both_branches"`` (default, the usual reading) applies the measures
      whatever the gains; ``"low_gains_branch_only"`` applies them only with no gains or gains
      under 100,000 yuan.
    """

    aggravated_measures: str = reading("as_written", "with_basic_measures")
    art47_business_measures: str = reading("both_branches", "low_gains_branch_only")


#: The readings every case follows unless told otherwise (immutable, so one shared instance).
DEFAULT_READINGS = DslReadings()


@attrs.frozen(field_transformer=gains_in_place)
class DslFacts(GainsFacts):
    """Facts of a DSL case: ``offender``, ``illegal_gains`` (CNY), ``circumstances``, ``on``, ``readings``.

    Administrative Penalty Law options (:mod:`.administrative`): ``age_at_offence`` (an individual's
    whole years at the act) and ``apl_grounds`` (a set of :class:`.administrative.AplGround` names).
    """

    CIRCUMSTANCES: ClassVar[type[enum.Enum]] = DslCircumstance
    CURRENCY: ClassVar[str] = "CNY"

    readings: DslReadings = attrs.field(
        default=DEFAULT_READINGS,
        converter=readings_converter(DslReadings),  # type: ignore[misc]
    )
    age_at_offence: int | None = attrs.field(default=None, converter=to_age)
    apl_grounds: frozenset[AplGround] = attrs.field(default=frozenset(), converter=to_apl_grounds)


message(
    "reading.aggravated_measures",
    N_("whether the aggravated tier also carries the basic tier's order to correct and warning"),
)
message(
    "reading.art47_business_measures",
    N_("whether the suspension and revocation measures of Art 47 follow both fine branches"),
)


ACT = Act(
    id="cn.dsl",
    title=N_("PRC Data Security Law"),
    title_original="中华人民共和国数据安全法",
    jurisdiction="CN",
    language="zh",
    currency="CNY",
    in_force_from=_dt.date(2021, 9, 1),
    facts_type=DslFacts,
    source="adopted 2021-06-10, in force 2021-09-01 (Art 55)",
    time_rule=ADMINISTRATIVE,  # APL Art 37 (penalties.law.cn.time)
    sentencing=administrative_sentencing,
)
# An administrative fine (罚款) reads "fine" in English; the catalogs name it in the act's context.
message("kind.fine@cn.dsl", pgettext("cn.dsl", "fine"))

cite = ACT.cite


def yuan(low: int, high: int) -> FixedRange:
    """A closed range in yuan, as written with 以上 / 以下."""
    return FixedRange(Interval(Money(low, "CNY"), Money(high, "CNY")))


def measure(kind: SanctionKind, modality: Modality, basis_article: str, paragraph: int | None = None) -> Provision:
    return Provision(kind, modality, cite(basis_article, paragraph))


def business_measures(modality: Modality, article: str, paragraph: int | None = None) -> OneOf:
    """责令暂停相关业务、停业整顿、吊销相关业务许可证或者吊销营业执照: one of four measures."""
    kinds = (
        SanctionKind.SUSPENSION_OF_BUSINESS,
        SanctionKind.SUSPENSION_FOR_RECTIFICATION,
        SanctionKind.REVOCATION_OF_PERMIT,
        SanctionKind.REVOCATION_OF_LICENCE,
    )
    return OneOf(tuple(measure(kind, modality, article, paragraph) for kind in kinds), cite(article, paragraph))


def fine(modality: Modality, amount: AmountFormula, article: str, paragraph: int | None = None) -> Provision:
    """罚款 on the offender."""
    return Provision(SanctionKind.FINE, modality, cite(article, paragraph), amount)


def persons_fine(modality: Modality, amount: AmountFormula, article: str, paragraph: int | None = None) -> Provision:
    """罚款 on each of 直接负责的主管人员和其他直接责任人员."""
    return Provision(SanctionKind.FINE, modality, cite(article, paragraph), amount, Addressee.RESPONSIBLE_PERSONS)


def basic_measures_reading(article: str, paragraph: int | None, *kinds: SanctionKind) -> Reading:
    """The open reading ``aggravated_measures``: does the aggravated tier keep the basic measures?"""
    basic = tuple(measure(kind, Modality.SHALL, article, paragraph) for kind in kinds)
    return Reading(
        "aggravated_measures", (("as_written", ()), ("with_basic_measures", basic)), cite(article, paragraph)
    )


SHALL, MAY = Modality.SHALL, Modality.MAY
ORDER_TO_CORRECT, WARNING = SanctionKind.ORDER_TO_CORRECT, SanctionKind.WARNING
C = DslCircumstance

# ---------------------------------------------------------------------------------------------
ART_44 = Article(
    id="cn.dsl.44",
    act=ACT,
    number="44",
    title="Regulatory talks on significant security risks",
    title_original="约谈与整改",
    text=(
        "有关主管部门在履行数据安全监管职责中，发现数据处理活动存在较大安全风险的，可以按照规定的权限和"
        "程序对有关组织、个人进行约谈，并要求有关组织、个人采取措施进行整改，消除隐患。"
    ),
    gloss=(
        "Where a department finds a relatively large security risk in data processing, it may hold talks "
        "with the organisation or individual and require measures to rectify and eliminate the risk. "
        "This is not a penalty."
    ),
    formula=AllOf(
        (Provision(SanctionKind.REGULATORY_TALK, MAY, cite("44")), Note("not_a_penalty", cite("44"))), cite("44")
    ),
    penal=False,
    translation_notes=(
        "Malay seed 003 and Arabic seed 004 both break off mid-sentence and omit the requirement to "
        "rectify and eliminate hidden risks; Malay 'risiko keselamatan utama' (major risk) overstates "
        "较大安全风险 (relatively large risk).",
    ),
)

# ---------------------------------------------------------------------------------------------
ART_45_1 = Article(
    id="cn.dsl.45.1",
    act=ACT,
    number="45",
    paragraph=1,
    title="Failure to perform data security protection duties",
    title_original="不履行数据安全保护义务",
    text=(
        "开展数据处理活动的组织、个人不履行本法第二十七条、第二十九条、第三十条规定的数据安全保护义务的，"
        "由有关主管部门责令改正，给予警告，可以并处五万元以上五十万元以下罚款，对直接负责的主管人员和其他"
        "直接责任人员可以处一万元以上十万元以下罚款；拒不改正或者造成大量数据泄露等严重后果的，处五十万元"
        "以上二百万元以下罚款，并可以责令暂停相关业务、停业整顿、吊销相关业务许可证或者吊销营业执照，对"
        "直接负责的主管人员和其他直接责任人员处五万元以上二十万元以下罚款。"
    ),
    gloss=(
        "An organisation or individual that fails the data-security duties of Arts 27, 29 and 30 shall be "
        "ordered to correct and given a warning; a fine of 50,000-500,000 yuan may be added, and the "
        "directly responsible persons may be fined 10,000-100,000. If it refuses to correct or causes "
        "serious consequences such as a large-scale data leak: a fine of 500,000-2,000,000; suspension of "
        "the business, suspension for rectification, or revocation of the permit or licence may be "
        "ordered; the directly responsible persons are fined 50,000-200,000."
    ),
    formula=Tiered(
        (
            Tier(
                "basic",
                (
                    measure(ORDER_TO_CORRECT, SHALL, "45", 1),
                    measure(WARNING, SHALL, "45", 1),
                    fine(MAY, yuan(50_000, 500_000), "45", 1),
                    persons_fine(MAY, yuan(10_000, 100_000), "45", 1),
                ),
                cite("45", 1),
            ),
            # The aggravated tier does not repeat 责令改正 / 给予警告: it states its own sanctions only.
            Tier(
                "aggravated",
                (
                    basic_measures_reading("45", 1, ORDER_TO_CORRECT, WARNING),
                    fine(SHALL, yuan(500_000, 2_000_000), "45", 1),
                    business_measures(MAY, "45", 1),
                    persons_fine(SHALL, yuan(50_000, 200_000), "45", 1),
                ),
                cite("45", 1),
                frozenset({C.REFUSED_CORRECTION, C.SERIOUS_CONSEQUENCES}),
            ),
        )
    ),
    translation_notes=(
        "Arabic seed 004 inverts agent and patient ('the competent department may be fined'); it is the "
        "processor that is fined. Its 'الأشخاص المسؤولين مباشرة في الشحن' (responsible 'in shipping') "
        "should read 'in charge'; 'الحصول على تصاريح العمل' (obtaining permits) should read revoking. "
        "Amounts in both seeds are correct.",
    ),
)

ART_45_2 = Article(
    id="cn.dsl.45.2",
    act=ACT,
    number="45",
    paragraph=2,
    title="Violation of the national core data management system",
    title_original="违反国家核心数据管理制度",
    text=(
        "违反国家核心数据管理制度，危害国家主权、安全和发展利益的，由有关主管部门处二百万元以上一千万元以下"
        "罚款，并根据情况责令暂停相关业务、停业整顿、吊销相关业务许可证或者吊销营业执照；构成犯罪的，依法"
        "追究刑事责任。"
    ),
    gloss=(
        "Violating the national core-data management system in a way that endangers national sovereignty, "
        "security or development interests: a fine of 2,000,000-10,000,000 yuan, and suspension or "
        "revocation ordered as the circumstances require; a crime is prosecuted. The paragraph names no "
        "fine on the directly responsible persons, and none is modelled."
    ),
    formula=AllOf(
        (
            fine(SHALL, yuan(2_000_000, 10_000_000), "45", 2),
            business_measures(Modality.AS_CIRCUMSTANCES_REQUIRE, "45", 2),
            Note("criminal_liability", cite("45", 2)),
        ),
        cite("45", 2),
    ),
    translation_notes=(
        "Both seeds render 并根据情况责令 as 'may, based on the circumstances' (Malay 'boleh', Arabic "
        "'ويجوز'); the Chinese is not worded 可以: the measures are ordered as the circumstances require.",
    ),
)

# ---------------------------------------------------------------------------------------------
ART_46 = Article(
    id="cn.dsl.46",
    act=ACT,
    number="46",
    title="Providing important data abroad in breach of Art 31",
    title_original="违规向境外提供重要数据",
    text=(
        "违反本法第三十一条规定，向境外提供重要数据的，由有关主管部门责令改正，给予警告，可以并处十万元以上"
        "一百万元以下罚款，对直接负责的主管人员和其他直接责任人员可以处一万元以上十万元以下罚款；情节严重的，"
        "处一百万元以上一千万元以下罚款，并可以责令暂停相关业务、停业整顿、吊销相关业务许可证或者吊销营业"
        "执照，对直接负责的主管人员和其他直接责任人员处十万元以上一百万元以下罚款。"
    ),
    gloss=(
        "Providing important data abroad in breach of Art 31: order to correct and warning; a fine of "
        "100,000-1,000,000 yuan may be added and the directly responsible persons may be fined "
        "10,000-100,000. Where the circumstances are serious: a fine of 1,000,000-10,000,000, suspension "
        "or revocation may be ordered, and the persons are fined 100,000-1,000,000."
    ),
    formula=Tiered(
        (
            Tier(
                "basic",
                (
                    measure(ORDER_TO_CORRECT, SHALL, "46"),
                    measure(WARNING, SHALL, "46"),
                    fine(MAY, yuan(100_000, 1_000_000), "46"),
                    persons_fine(MAY, yuan(10_000, 100_000), "46"),
                ),
                cite("46"),
            ),
            Tier(
                "serious",
                (
                    basic_measures_reading("46", None, ORDER_TO_CORRECT, WARNING),
                    fine(SHALL, yuan(1_000_000, 10_000_000), "46"),
                    business_measures(MAY, "46"),
                    persons_fine(SHALL, yuan(100_000, 1_000_000), "46"),
                ),
                cite("46"),
                frozenset({C.SERIOUS_CIRCUMSTANCES}),
            ),
        )
    ),
    translation_notes=(
        "Arabic seed 004 is numerically wrong in the serious tier: it gives the fine as 1 million to "
        "'1 million' (Chinese: 1,000,000-10,000,000) and the persons' fine as 10 yuan to 1 million "
        "(Chinese: 100,000-1,000,000). The Malay seed's amounts are correct.",
    ),
)

# ---------------------------------------------------------------------------------------------
ART_47 = Article(
    id="cn.dsl.47",
    act=ACT,
    number="47",
    title="Data transaction intermediaries failing their Art 33 duties",
    title_original="数据交易中介服务机构未履行义务",
    text=(
        "从事数据交易中介服务的机构未履行本法第三十三条规定的义务的，由有关主管部门责令改正，没收违法所得，"
        "处违法所得一倍以上十倍以下罚款，没有违法所得或者违法所得不足十万元的，处十万元以上一百万元以下罚款，"
        "并可以责令暂停相关业务、停业整顿、吊销相关业务许可证或者吊销营业执照；对直接负责的主管人员和其他直接"
        "责任人员处一万元以上十万元以下罚款。"
    ),
    gloss=(
        "A data-transaction intermediary that fails its Art 33 duties shall be ordered to correct; its "
        "illegal gains are confiscated and it is fined 1 to 10 times the illegal gains; with no illegal "
        "gains or gains under 100,000 yuan, the fine is 100,000-1,000,000. Suspension or revocation may be "
        "ordered. The directly responsible persons are fined 10,000-100,000. There is no warning in this "
        "article. At gains of exactly 100,000 both branches give [100,000, 1,000,000]: the fine is "
        "continuous. The 'may' measures follow the second branch after a comma and are read as applying "
        "to both branches (the usual reading)."
    ),
    formula=AllOf(
        (
            measure(ORDER_TO_CORRECT, SHALL, "47"),
            Provision(SanctionKind.CONFISCATION_OF_ILLEGAL_GAINS, SHALL, cite("47"), GainsAmount()),
            fine(SHALL, GainsBelow(Money(100_000, "CNY"), yuan(100_000, 1_000_000), GainsMultiple(1, 10)), "47"),
            Reading(
                "art47_business_measures",
                (
                    ("both_branches", (business_measures(MAY, "47"),)),
                    (
                        "low_gains_branch_only",
                        (IfGainsBelow(Money(100_000, "CNY"), (business_measures(MAY, "47"),), cite("47")),),
                    ),
                ),
                cite("47"),
            ),
            persons_fine(SHALL, yuan(10_000, 100_000), "47"),
        ),
        cite("47"),
    ),
    translation_notes=(
        "Arabic seed 004 drops a negation and reads 'less than an amount but not more than ten times' "
        "(the lower bound inverted; Chinese: 1x-10x the gains), and gives the persons' fine as 1 to 10,000 "
        "yuan (Chinese: 10,000-100,000). Malay seed 003 says 'the competent department shall be ordered "
        "to correct' (agent inverted: the department orders the intermediary); its amounts are correct.",
    ),
)

# ---------------------------------------------------------------------------------------------
ART_48_1 = Article(
    id="cn.dsl.48.1",
    act=ACT,
    number="48",
    paragraph=1,
    title="Refusing to cooperate with data retrieval (Art 35)",
    title_original="拒不配合数据调取",
    text=(
        "违反本法第三十五条规定，拒不配合数据调取的，由有关主管部门责令改正，给予警告，并处五万元以上五十万元"
        "以下罚款，对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。"
    ),
    gloss=(
        "Refusing to cooperate when public-security or state-security organs retrieve data (Art 35): order "
        "to correct, warning, and a mandatory fine of 50,000-500,000 yuan; the directly responsible "
        "persons are fined 10,000-100,000 (mandatory)."
    ),
    formula=AllOf(
        (
            measure(ORDER_TO_CORRECT, SHALL, "48", 1),
            measure(WARNING, SHALL, "48", 1),
            fine(SHALL, yuan(50_000, 500_000), "48", 1),
            persons_fine(SHALL, yuan(10_000, 100_000), "48", 1),
        ),
        cite("48", 1),
    ),
    translation_notes=(
        "Both seeds make the persons' fine discretionary (Malay 'boleh didenda', Arabic 'وقد يتم تغريم'); "
        "the Chinese 处 is mandatory, and the library follows the Chinese. Both render 公安机关 as 'a public "
        "organ' (it is the public-security organ or state-security organ).",
    ),
)

ART_48_2 = Article(
    id="cn.dsl.48.2",
    act=ACT,
    number="48",
    paragraph=2,
    title="Providing data to foreign judicial or law-enforcement bodies without approval (Art 36)",
    title_original="未经批准向外国司法或者执法机构提供数据",
    text=(
        "违反本法第三十六条规定，未经主管机关批准向外国司法或者执法机构提供数据的，由有关主管部门给予警告，"
        "可以并处十万元以上一百万元以下罚款，对直接负责的主管人员和其他直接责任人员可以处一万元以上十万元"
        "以下罚款；造成严重后果的，处一百万元以上五百万元以下罚款，并可以责令暂停相关业务、停业整顿、吊销相关"
        "业务许可证或者吊销营业执照，对直接负责的主管人员和其他直接责任人员处五万元以上五十万元以下罚款。"
    ),
    gloss=(
        "Giving data to foreign judicial or law-enforcement bodies without approval (Art 36): a warning "
        "(the text has no order to correct); a fine of 100,000-1,000,000 yuan may be added and the "
        "persons may be fined 10,000-100,000. Where serious consequences are caused: a fine of "
        "1,000,000-5,000,000, suspension or revocation may be ordered, and the persons are fined "
        "50,000-500,000."
    ),
    formula=Tiered(
        (
            Tier(
                "basic",
                (
                    measure(WARNING, SHALL, "48", 2),
                    fine(MAY, yuan(100_000, 1_000_000), "48", 2),
                    persons_fine(MAY, yuan(10_000, 100_000), "48", 2),
                ),
                cite("48", 2),
            ),
            Tier(
                "serious",
                (
                    # Art 48 para 2 has a warning but no order to correct, in either tier.
                    basic_measures_reading("48", 2, WARNING),
                    fine(SHALL, yuan(1_000_000, 5_000_000), "48", 2),
                    business_measures(MAY, "48", 2),
                    persons_fine(SHALL, yuan(50_000, 500_000), "48", 2),
                ),
                cite("48", 2),
                frozenset({C.SERIOUS_CONSEQUENCES}),
            ),
        )
    ),
    translation_notes=(
        "Arabic seed 004 mangles every persons' figure here: basic 1 to '10,000 thousand' yuan (Chinese: "
        "10,000-100,000), serious fine 1 million to '100,000 million' (Chinese: 1,000,000-5,000,000), "
        "serious persons' fine 1 to 5 yuan (Chinese: 50,000-500,000). The Malay seed's amounts are correct.",
    ),
)

# ---------------------------------------------------------------------------------------------
# Arts 49-52 set no fine: they are catalogued so that a caller gets a clear answer.
ART_49 = Article(
    id="cn.dsl.49",
    act=ACT,
    number="49",
    title="State organs failing data security protection duties",
    title_original="国家机关不履行数据安全保护义务",
    text="国家机关不履行本法规定的数据安全保护义务的，对直接负责的主管人员和其他直接责任人员依法给予处分。",
    gloss=(
        "Where a state organ fails its data-security duties, the directly responsible persons receive "
        "disciplinary sanctions according to law. No fine."
    ),
    formula=AllOf(
        (
            Provision(SanctionKind.DISCIPLINARY_SANCTION, SHALL, cite("49"), None, Addressee.RESPONSIBLE_PERSONS),
            Note("not_a_penalty", cite("49")),
        ),
        cite("49"),
    ),
    penal=False,
)

ART_50 = Article(
    id="cn.dsl.50",
    act=ACT,
    number="50",
    title="Officials neglecting duty, abusing power or practising favouritism",
    title_original="国家工作人员玩忽职守、滥用职权、徇私舞弊",
    text="履行数据安全监管职责的国家工作人员玩忽职守、滥用职权、徇私舞弊的，依法给予处分。",
    gloss=(
        "State functionaries supervising data security who neglect duty, abuse power or practise "
        "favouritism receive disciplinary sanctions. No fine."
    ),
    formula=AllOf(
        (Provision(SanctionKind.DISCIPLINARY_SANCTION, SHALL, cite("50")), Note("not_a_penalty", cite("50"))),
        cite("50"),
    ),
    penal=False,
)

ART_51 = Article(
    id="cn.dsl.51",
    act=ACT,
    number="51",
    title="Stealing data; anti-competitive processing (referral to other laws)",
    title_original="窃取数据、排除限制竞争等",
    text=(
        "窃取或者以其他非法方式获取数据，开展数据处理活动排除、限制竞争，或者损害个人、组织合法权益的，依照"
        "有关法律、行政法规的规定处罚。"
    ),
    gloss=(
        "Stealing or otherwise illegally obtaining data, processing that excludes or restricts competition, "
        "or harms lawful rights: punished under the relevant laws and administrative regulations."
    ),
    formula=Note("referral_to_other_laws", cite("51")),
    penal=False,
)

ART_52 = Article(
    id="cn.dsl.52",
    act=ACT,
    number="52",
    title="Civil, public-security and criminal liability",
    title_original="民事责任、治安管理处罚与刑事责任",
    text=(
        "违反本法规定，给他人造成损害的，依法承担民事责任。违反本法规定，构成违反治安管理行为的，依法给予"
        "治安管理处罚；构成犯罪的，依法追究刑事责任。"
    ),
    gloss=(
        "Damage to others brings civil liability; conduct violating public-security administration brings a "
        "public-security administrative punishment; a crime brings criminal liability."
    ),
    formula=AllOf(
        (
            Note("civil_liability", cite("52")),
            Note("public_security_punishment", cite("52")),
            Note("criminal_liability", cite("52")),
        ),
        cite("52"),
    ),
    penal=False,
)

ARTICLES: tuple[Article, ...] = (
    ART_44,
    ART_45_1,
    ART_45_2,
    ART_46,
    ART_47,
    ART_48_1,
    ART_48_2,
    ART_49,
    ART_50,
    ART_51,
    ART_52,
)

# The values of the open readings, as the explanations show them.
for _key, _label in (
    ("reading.aggravated_measures.as_written", N_("as written")),
    ("reading.aggravated_measures.with_basic_measures", N_("with basic measures")),
    ("reading.art47_business_measures.both_branches", N_("both branches")),
    ("reading.art47_business_measures.low_gains_branch_only", N_("low gains branch only")),
):
    message(_key, _label)

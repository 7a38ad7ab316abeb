"""Iranian Computer Crimes Law (قانون جرایم رایانه‌ای, 1388) = Islamic Penal Code Arts 729-783.

Adopted by the Majlis on 1388/03/05 (2009-05-26); its Art 55 placed it in the Islamic Penal Code
as Arts 729-783, so Computer Crimes Law Art 1 is IPC Art 729 (CCL n = IPC n + 728 up to CCL 54).
Persian text: seed 002 (a copy of sena2015.com/8823), as printed there (without zero-width joiners);
its errors are recorded in each article's ``translation_notes`` and in the law notes (iran.md §4).

Ids and aliases. ``ir.ipc.<article>[.<clause>|.n<note>]``: the clause letters are transliterated
by their place in the abjad order, الف=a, ب=b, ج=c, د=d, ه=e (``ir.ipc.731.b`` = Art 731 clause ب);
notes are ``n1``, ``n2`` ... and an article's only note is ``n`` (``ir.ipc.744.n``). Every id has a
Computer Crimes Law alias (``ir.ccl.1`` = ``ir.ipc.729``; ``ir.ccl.14.n2`` = ``ir.ipc.742.n2``) and
clause ids accept the Persian letter (``ir.ipc.731.ب``).

Conventions of the text, applied throughout:

- «از ... تا ...» (from ... to ...) includes both ends: 91 days-1 year is the closed range.
- «... یا ... یا هر دو مجازات» (imprisonment or a fine or both) is :class:`AnyOf`: the court
  imposes one of them or both; each member is ``SHALL`` (the court must impose at least one).
- «و» / «علاوه بر» / «افزون بر» (and, in addition to) is :class:`AllOf`.
- «به حداکثر هر دو مجازات» (the maximum of both punishments: 742 note 3, 744 note, 753 note) is
  both punishments, each fixed at its maximum (law-notes decision 9).
- Fines come from the dated schedule of amounts (:mod:`.amounts`): the statute's 1388 figures, then
  the cabinet decrees of 1399/12/25 and 1403/04/04, each with its status and sources.
- Arts 748 (legal persons), 754 (aggravation) and 755 (repeat) are rules applied across the
  articles (:mod:`.rules`); the catalogue entries ``ir.ipc.748`` / ``754`` / ``755`` explain them.
- Open readings are named options (:class:`~.facts.IrReadings`), never silent choices.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from ...core.article import Article
from ...core.citation import Citation
from ...core.errors import NotDeterminableError
from ...core.facts import OffenderKind
from ...core.formula import AllOf, AnyOf, FixedRange, Node, Note, OneOf, Provision, Reading, _evaluate_node
from ...core.interval import Interval
from ...core.messages import N_, message
from ...core.sanction import Modality, SanctionKind
from ...core.term import Term, TermUnit
from .act import ACT, TAZIR_IMPRISONMENT, cite
from .amounts import SCHEDULES
from .facts import AGGRAVATING, IrCircumstance
from .nodes import Branch, Branches, Check, CompoundableHalving, DatedFine, Undeterminable
from .rules import PROVIDER_RULES, RULES

__all__ = ["ACT", "ALIASES", "ARTICLES", "CLAUSE_LETTERS"]

C = IrCircumstance
SHALL = Modality.SHALL
PRISON = TAZIR_IMPRISONMENT

#: Transliteration of the clause letters (abjad order).
CLAUSE_LETTERS: dict[str, str] = {"a": "الف", "b": "ب", "c": "ج", "d": "د", "e": "ه"}

message(
    "note.ir_rule_748",
    N_("Art 748 is a rule on the offences: assess the offence's article with offender='legal_person'"),
)
message(
    "note.ir_rule_754",
    N_(
        "Art 754 is a rule on the offences: assess the offence's article with one of its circumstances "
        "(public_employee_on_duty, network_operator_by_job, state_or_public_service_systems, organised, wide_scale)"
    ),
)
message(
    "note.ir_rule_755", N_("Art 755 is a rule on the offences: assess the offence's article with occurrence=3 or more")
)
message(
    "note.ir_repealed",
    N_(
        "repealed: IPC Arts 756-779 (Computer Crimes Law Arts 28-51, procedure) were repealed by Art 698 of the "
        "Code of Criminal Procedure"
    ),
)
message(
    "note.ir_adjustment_781",
    N_(
        "the fines of the Act may be changed every three years by the official inflation rate; the amounts in "
        "force come from the cabinet decrees (penalties.law.ir.amounts), and hypothetical_adjustment() is a what-if"
    ),
)
message("note.ir_definition", N_("a definition: it sets no penalty"))
message("note.ir_procedure", N_("a procedural or organisational provision: it sets no penalty"))
message(
    "note.ir_exemption_743",
    N_("content prepared or distributed for scientific or other rational purposes is outside Arts 742 and 743"),
)
message(
    "note.ir_liability_747",
    N_("the conditions under which a legal person is criminally liable; its punishment is set by Art 748"),
)
message("note.ir_residual_780", N_("acts not punished by this law are punished under the relevant penal laws"))
message("note.ir_repeal_783", N_("repeal of contrary laws: it sets no penalty"))


def days(n: int) -> Term:
    return Term(n, TermUnit.DAY)


def months(n: int) -> Term:
    return Term(n, TermUnit.MONTH)


def years(n: int) -> Term:
    return Term(n, TermUnit.YEAR)


def prison(low: Term, high: Term, article: str, **parts: Any) -> Provision:
    """Ta'zir imprisonment «از ... تا ...», both ends included."""
    return Provision(PRISON, SHALL, cite(article, **parts), FixedRange(Interval(low, high)))


def prison_at(term: Term, article: str, **parts: Any) -> Provision:
    """Imprisonment fixed at one term (a maximum or a minimum)."""
    return Provision(PRISON, SHALL, cite(article, **parts), FixedRange(Interval(term, term)))


def fine(key: str, article: str, point: str | None = None, **parts: Any) -> DatedFine:
    """The fine of ``key`` in the dated schedule of amounts."""
    return DatedFine(SCHEDULES[key], cite(article, **parts), point=point)


def measure(kind: SanctionKind, article: str, low: Term | None = None, high: Term | None = None) -> Provision:
    amount = None if low is None or high is None else FixedRange(Interval(low, high))
    return Provision(kind, SHALL, cite(article), amount)


def or_both(first: Node, second: Node, basis: Citation) -> AnyOf:
    """«... یا ... یا هر دو مجازات»: imprisonment or a fine or both."""
    return AnyOf((first, second), basis)


def standard(low: Term, high: Term, key: str, article: str, **parts: Any) -> AnyOf:
    """The usual penalty clause: imprisonment ``low``-``high`` or the fine of ``key`` or both."""
    return or_both(prison(low, high, article, **parts), fine(key, article, **parts), cite(article, **parts))


def both_maxima(prison_max: Node, key: str, article: str, **parts: Any) -> AllOf:
    """«به حداکثر هر دو مجازات»: both punishments, each at its maximum (decision 9)."""
    return AllOf((prison_max, fine(key, article, point="max", **parts)), cite(article, **parts))


def has(circumstance: IrCircumstance) -> Callable[[Any], bool]:
    return lambda facts: circumstance in facts.circumstances


ARTICLES_LIST: list[Article] = []


def provision(
    number: str,
    *,
    title: str,
    title_original: str,
    text: str,
    gloss: str,
    formula: Any,
    clause: str | None = None,
    note: str | None = None,
    extra: frozenset[IrCircumstance] = frozenset(),
    translation_notes: tuple[str, ...] = (),
    rules: tuple[Any, ...] = RULES,
    penal: bool = True,
) -> Article:
    """Declare one catalogued provision (an article, a clause or a note) and add it to the list."""
    suffix = ""
    if clause is not None:
        suffix = f".{clause}"
    elif note is not None:
        suffix = f".n{note}"
    entry = Article(
        id=f"ir.ipc.{number}{suffix}",
        act=ACT,
        number=number,
        clause=clause,
        note=note,
        title=title,
        title_original=title_original,
        text=text,
        gloss=gloss,
        formula=formula,
        penal=penal,
        translation_notes=translation_notes,
        rules=rules if penal else (),
        extra_circumstances=(frozenset(AGGRAVATING) | extra) if penal else frozenset(),
        # Only Art 742 and its note 2 turn on how many persons received the content.
        unread_facts=frozenset() if number == "742" and note in (None, "2") else frozenset({"recipients"}),
    )
    ARTICLES_LIST.append(entry)
    return entry


def non_penal(number: str, code: str, *, title: str, title_original: str, text: str, gloss: str, **kw: Any) -> Article:
    parts = {k: kw.pop(k) for k in ("clause", "note") if k in kw}
    return provision(
        number,
        title=title,
        title_original=title_original,
        text=text,
        gloss=gloss,
        formula=Note(code, cite(number, **parts)),
        penal=False,
        **parts,
        **kw,
    )


AMOUNTS_NOTE = (
    "The seed gives the 1388 amounts; they were re-set by the cabinet decrees of 1399/12/25 and 1403/04/04 "
    "(applied by date of judgment)."
)

# =============================================================================================
# Part 1, Chapter 1: offences against the confidentiality of data and systems
# ---------------------------------------------------------------------------------------------
provision(
    "729",
    title="Unauthorised access (CCL Art 1)",
    title_original="دسترسی غیر مجاز",
    text=(
        "ماده۷۲۹(ماده۱ ق.ج.ر)- هرکس به طور غیرمجاز به داده‌ها یا سامانه‌های "
        "رایانه‌ای یا مخابراتی که به وسیله تدابیر امنیتی حفاظت شده است دسترسی "
        "یابد، به حبس از نود و یک روز تا یک سال یا جزای نقدی از پنج میلیون "
        "(۵/۰۰۰/۰۰۰) ریال تا بیست میلیون (۲۰/۰۰۰/۰۰۰) ریال یا هر دو مجازات "
        "محکوم خواهد شد."
    ),
    gloss=(
        "Whoever without authorisation accesses data or computer or telecommunication systems protected by "
        "security measures: imprisonment from 91 days to one year, or a fine of 5,000,000 to 20,000,000 rials "
        "(1388 amounts), or both."
    ),
    formula=standard(days(91), years(1), "729", "729"),
    translation_notes=(AMOUNTS_NOTE,),
)

provision(
    "730",
    title="Unauthorised interception (CCL Art 2)",
    title_original="شنود غیرمجاز",
    text=(
        "ماده۷۳۰(ماده۲ ق.ج.ر)- هرکس به طور غیرمجاز محتوای در حال انتقال "
        "ارتباطات غیرعمومی در سامانه‌های رایانه‌ای یا مخابراتی یا امواج "
        "الکترومغناطیسی یا نوری را شنود کند، به حبس از شش ماه تا دو سال یا جزای "
        "نقدی از ده میلیون (۱۰/۰۰۰/۰۰۰) ریال تا چهل میلیون (۴۰/۰۰۰/۰۰۰) ریال یا "
        "هر دو مجازات محکوم خواهد شد."
    ),
    gloss=(
        "Whoever without authorisation intercepts the content of non-public communications in transit: "
        "imprisonment from six months to two years, or a fine of 10,000,000 to 40,000,000 rials, or both."
    ),
    formula=standard(months(6), years(2), "730", "730"),
    translation_notes=(AMOUNTS_NOTE,),
)

provision(
    "731",
    clause="a",
    title="Computer espionage: access to, obtaining or intercepting secret data (CCL Art 3 clause a)",
    title_original="جاسوسی رایانه‌ای - بند الف",
    text=(
        "ماده۷۳۱(ماده۳ ق.ج.ر)- هرکس به طور غیرمجاز نسبت به داده‌های سری درحال "
        "انتقال یا ذخیره شده در سامانه‌های رایانه‌ای یا مخابراتی یا حامل‌های داده "
        "مرتکب اعمال زیر شود، به مجازات‌های مقرر محکوم خواهد شد:\n"
        "الف) دسترسی به داده‌های مذکور یا تحصیل آن‌ها یا شنود محتوای سری در حال "
        "انتقال، به حبس از یک تا سه سال یا جزای نقدی از بیست میلیون "
        "(۲۰/۰۰۰/۰۰۰) ریال تا شصت میلیون (۶۰/۰۰۰/۰۰۰) ریال یا هر دو مجازات؛"
    ),
    gloss=(
        "Accessing or obtaining secret data, or intercepting secret content in transit: imprisonment from one "
        "to three years, or a fine of 20,000,000 to 60,000,000 rials, or both."
    ),
    formula=standard(years(1), years(3), "731.a", "731", clause="a"),
    translation_notes=(AMOUNTS_NOTE,),
)

provision(
    "731",
    clause="b",
    title="Computer espionage: making secret data available to unauthorised persons (CCL Art 3 clause b)",
    title_original="جاسوسی رایانه‌ای - بند ب",
    text=(
        "ماده۷۳۱(ماده۳ ق.ج.ر)- هرکس به طور غیرمجاز نسبت به داده‌های سری درحال "
        "انتقال یا ذخیره شده در سامانه‌های رایانه‌ای یا مخابراتی یا حامل‌های داده "
        "مرتکب اعمال زیر شود، به مجازات‌های مقرر محکوم خواهد شد:\n"
        "ب) در دسترس قراردادن داده‌های مذکور برای اشخاص فاقد صلاحیت، به حبس از "
        "دو تا ده سال؛"
    ),
    gloss="Making secret data available to persons without authority: imprisonment from two to ten years.",
    formula=prison(years(2), years(10), "731", clause="b"),
)

provision(
    "731",
    clause="c",
    title="Computer espionage: disclosure to a foreign state or its agents (CCL Art 3 clause c)",
    title_original="جاسوسی رایانه‌ای - بند ج",
    text=(
        "ماده۷۳۱(ماده۳ ق.ج.ر)- هرکس به طور غیرمجاز نسبت به داده‌های سری درحال "
        "انتقال یا ذخیره شده در سامانه‌های رایانه‌ای یا مخابراتی یا حامل‌های داده "
        "مرتکب اعمال زیر شود، به مجازات‌های مقرر محکوم خواهد شد:\n"
        "ج) افشاء یا در دسترس قراردادن داده‌های مذکور برای دولت، سازمان، شرکت یا "
        "گروه بیگانه یا عاملان آن‌ها، به حبس از پنج تا پانزده سال."
    ),
    gloss=(
        "Disclosing secret data, or making it available, to a foreign state, organisation, company or group or "
        "their agents: imprisonment from five to fifteen years."
    ),
    formula=prison(years(5), years(15), "731", clause="c"),
)

non_penal(
    "731",
    "ir_definition",
    note="1",
    title="Secret data defined (CCL Art 3 note 1)",
    title_original="تبصره ۱ ماده ۷۳۱",
    text=("تـبصره۱- داده‌های سری داده‌هایی است که افشای آن‌ها به امنیت کشور یا منافع ملی لطمه می‌زند."),
    gloss="Secret data are data whose disclosure harms the country's security or national interests.",
)

non_penal(
    "731",
    "ir_procedure",
    note="2",
    title="Regulation on secret data (CCL Art 3 note 2)",
    title_original="تبصره ۲ ماده ۷۳۱",
    text=(
        "تـبصره۲- آییننامه نحوه تعیین و تشخیص داده‌های سری و نحوه طبقهبندی و "
        "حفاظت آن‌ها ظرف سه ماه از تاریخ تصویب این قانون توسط وزارت اطلاعات با "
        "همکاری وزارتخانه‌های دادگستری، کشور، ارتباطات و فناوری اطلاعات و دفاع و "
        "پشتیبانی نیروهای مسلح تهیه و به تصویب هیأت وزیران خواهد رسید."
    ),
    gloss="The Ministry of Intelligence prepares the regulation on classifying and protecting secret data.",
)

provision(
    "732",
    title="Breaching security measures to reach secret data (CCL Art 4)",
    title_original="نقض تدابیر امنیتی برای دسترسی به داده‌های سری",
    text=(
        "ماده۷۳۲(ماده۴ ق.ج.ر)- هرکس به قصد دسترسی به داده‌های سری موضوع ماده "
        "(۷۳۱) این قانون، تدابیر امنیتی سامانه‌های رایانه‌ای یا مخابراتی را نقض "
        "کند، به حبس از شش ماه تا دو سال یا جزای نقدی از ده میلیون (۱۰/۰۰۰/۰۰۰) "
        "ریال تا چهل میلیون (۴۰/۰۰۰/۰۰۰) ریال یا هر دو مجازات محکوم خواهد شد."
    ),
    gloss=(
        "Whoever breaches the security measures of systems in order to access secret data: imprisonment from "
        "six months to two years, or a fine of 10,000,000 to 40,000,000 rials, or both."
    ),
    formula=standard(months(6), years(2), "732", "732"),
    translation_notes=(AMOUNTS_NOTE,),
)

provision(
    "733",
    title="Officials whose carelessness lets secret data reach unauthorised persons (CCL Art 5)",
    title_original="بی‌احتیاطی مأموران دولتی در حفظ داده‌های سری",
    text=(
        "ماده۷۳۳(ماده۵ ق.ج.ر)- چنانچه مأموران دولتی که مسئول حفظ داده‌های سری "
        "مقرر در ماده (۷۳۱) این قانون یا سامانه‌های مربوط هستند و به آن‌ها آموزش "
        "لازم داده شده است یا داده‌ها یا سامانه‌های مذکور در اختیار آن‌ها قرار "
        "گرفته است بر اثر بیاحتیاطی، بیمبالاتی یا عدم رعایت تدابیر امنیتی موجب "
        "دسترسی اشخاص فاقد صلاحیت به داده‌ها، حامل‌های داده یا سامانه‌های مذکور "
        "شوند، به حبس از نود و یک روز تا دو سال یا جزای نقدی از پنج میلیون "
        "(۵/۰۰۰/۰۰۰) ریال تا چهل میلیون (۴۰/۰۰۰/۰۰۰) ریال یا هر دو مجازات و "
        "انفصال از خدمت از شش ماه تا دو سال محکوم خواهند شد."
    ),
    gloss=(
        "State officials responsible for secret data who, through carelessness, negligence or disregard of "
        "security measures, let unauthorised persons reach them: imprisonment from 91 days to two years, or a "
        "fine of 5,000,000 to 40,000,000 rials, or both, and dismissal from service for six months to two years."
    ),
    formula=AllOf(
        (
            standard(days(91), years(2), "733", "733"),
            measure(SanctionKind.DISMISSAL_FROM_SERVICE, "733", months(6), years(2)),
        ),
        cite("733"),
    ),
    translation_notes=(AMOUNTS_NOTE,),
)

# =============================================================================================
# Chapter 2: offences against the integrity of data and systems
# ---------------------------------------------------------------------------------------------
_FORGERY_GLOSS = (
    "Whoever without authorisation (a) alters or creates data of evidential value or fraudulently enters "
    "data into them, or (b) alters data or signs on memory or processing cards or chips, or fraudulently "
    "creates or enters data or signs into them, is a forger: imprisonment from one to five years, or a fine "
    "of 20,000,000 to 100,000,000 rials, or both."
)
provision(
    "734",
    title="Computer forgery (CCL Art 6)",
    title_original="جعل رایانه‌ای",
    text=(
        "ماده۷۳۴ (ماده۶ ق.ج.ر)- هرکس به طور غیر مجاز مرتکب اعمال زیر شود، جاعل "
        "محسوب و به حبس از یک تا پنج سال یا جزای نقدی از بیست میلیون "
        "(۲۰/۰۰۰/۰۰۰) ریال تا یکصد میلیون (۱۰۰/۰۰۰/۰۰۰) ریال یا هر دو مجازات "
        "محکوم خواهد شد:\n"
        "الف) تغییر یا ایجاد داده‌های قابل استناد یا ایجاد یا وارد کردن متقلبانه "
        "داده به آن‌ها.\n"
        "ب) تغییر داده‌ها یا علائم موجود در کارت‌های حافظه یا قابل پردازش در "
        "سامانه‌های رایانه‌ای یا مخابراتی یا تراشه‌ها یا ایجاد یا وارد کردن "
        "متقلبانه داده‌ها یا علائم به آن‌ها."
    ),
    gloss=_FORGERY_GLOSS,
    formula=standard(years(1), years(5), "734", "734"),
    translation_notes=(AMOUNTS_NOTE,),
)
_TEXT_734 = {
    "a": (
        "ماده۷۳۴ (ماده۶ ق.ج.ر)- هرکس به طور غیر مجاز مرتکب اعمال زیر شود، جاعل "
        "محسوب و به حبس از یک تا پنج سال یا جزای نقدی از بیست میلیون "
        "(۲۰/۰۰۰/۰۰۰) ریال تا یکصد میلیون (۱۰۰/۰۰۰/۰۰۰) ریال یا هر دو مجازات "
        "محکوم خواهد شد:\n"
        "الف) تغییر یا ایجاد داده‌های قابل استناد یا ایجاد یا وارد کردن متقلبانه "
        "داده به آن‌ها."
    ),
    "b": (
        "ماده۷۳۴ (ماده۶ ق.ج.ر)- هرکس به طور غیر مجاز مرتکب اعمال زیر شود، جاعل "
        "محسوب و به حبس از یک تا پنج سال یا جزای نقدی از بیست میلیون "
        "(۲۰/۰۰۰/۰۰۰) ریال تا یکصد میلیون (۱۰۰/۰۰۰/۰۰۰) ریال یا هر دو مجازات "
        "محکوم خواهد شد:\n"
        "ب) تغییر داده‌ها یا علائم موجود در کارت‌های حافظه یا قابل پردازش در "
        "سامانه‌های رایانه‌ای یا مخابراتی یا تراشه‌ها یا ایجاد یا وارد کردن "
        "متقلبانه داده‌ها یا علائم به آن‌ها."
    ),
}
for _clause in ("a", "b"):
    provision(
        "734",
        clause=_clause,
        title=f"Computer forgery, clause {_clause} (CCL Art 6 clause {_clause})",
        title_original=f"جعل رایانه‌ای - بند {CLAUSE_LETTERS[_clause]}",
        text=_TEXT_734[_clause],
        gloss=_FORGERY_GLOSS + " The penalty is in the article's opening words and is the same for both clauses.",
        formula=standard(years(1), years(5), "734", "734", clause=_clause),
        translation_notes=(AMOUNTS_NOTE,),
    )

provision(
    "735",
    title="Using forged data, cards or chips (CCL Art 7)",
    title_original="استفاده از داده‌های مجعول",
    text=(
        "ماده۷۳۵(ماده۷ ق.ج.ر)- هرکس با علم به مجعول بودن داده‌ها یا کارت‌ها یا "
        "تراشه‌ها از آن‌ها استفاد کند، به مجازات مندرج در ماده فوق محکوم خواهد "
        "شد."
    ),
    gloss="Whoever knowingly uses forged data, cards or chips: the punishment of Art 734.",
    formula=standard(years(1), years(5), "735", "735"),
    translation_notes=(AMOUNTS_NOTE, "The seed reads «استفاد کند»; the word is «استفاده کند» (a typo)."),
)

provision(
    "736",
    title="Deleting or destroying data (CCL Art 8)",
    title_original="تخریب و اخلال در داده‌ها",
    text=(
        "ماده۷۳۶ (ماده۸ ق.ج.ر)- هرکس به طور غیر مجاز داده‌های دیگری را از "
        "سامانه‌های رایانه‌ای یا مخابراتی یا حامل‌های داده حذف یا تخریب یا مختل یا "
        "غیرقابل پردازش کند به حبس از شش ماه تا دو سال یا جزای نقدی از ده "
        "میلیون (۱۰/۰۰۰/۰۰۰) ریال تا چهل میلیون (۴۰/۰۰۰/۰۰۰)ریال یا هر دو "
        "مجازات محکوم خواهد شد."
    ),
    gloss=(
        "Whoever without authorisation deletes, destroys, disrupts or makes unprocessable another's data: "
        "imprisonment from six months to two years, or a fine of 10,000,000 to 40,000,000 rials, or both."
    ),
    formula=standard(months(6), years(2), "736", "736"),
    translation_notes=(
        AMOUNTS_NOTE,
        "The 1399 amount conflicts between sources; the library uses 25,000,000-100,000,000 (reading art736_1399).",
    ),
)

provision(
    "737",
    title="Disabling or disrupting systems (CCL Art 9)",
    title_original="از کار انداختن یا مختل کردن سامانه‌ها",
    text=(
        "ماده۷۳۷ (ماده۹ ق.ج.ر)- هرکس به طور غیر مجاز با اعمالی از قبیل وارد "
        "کردن، انتقال دادن، پخش، حذفکردن، متوقفکردن، دستکاری یا تخریب داده‌ها یا "
        "امواج الکترومغناطیسی یا نوری، سامانه‌های رایانه‌ای یا مخابراتی دیگری را "
        "از کار بیندازد یا کارکرد آن‌ها را مختل کند، به حبس از شش ماه تا دو سال "
        "یا جزای نقدی از ده میلیون (۱۰/۰۰۰/۰۰۰) ریال تا چهل میلیون (۴۰/۰۰۰/۰۰۰) "
        "ریال یا هر دو مجازات محکوم خواهد شد."
    ),
    gloss=(
        "Whoever without authorisation disables another's systems or disrupts their working: imprisonment "
        "from six months to two years, or a fine of 10,000,000 to 40,000,000 rials, or both."
    ),
    formula=standard(months(6), years(2), "737", "737"),
    translation_notes=(AMOUNTS_NOTE,),
)

provision(
    "738",
    title="Preventing authorised access (CCL Art 10)",
    title_original="ممانعت از دسترسی اشخاص مجاز",
    text=(
        "ماده۷۳۸ (ماده۱۰ ق.ج.ر)- هرکس به طور غیر مجاز با اعمالی از قبیل مخفی "
        "کردن داده‌ها، تغییر گذرواژه یا رمزنگاری داده‌ها مانع دسترسی اشخاص مجاز "
        "به داده‌ها یا سامانه‌های رایانه‌ای یا مخابراتی شود، به حبس از نود و یک "
        "روز تا یک سال یا جزای نقدی از پنج میلیون (۵/۰۰۰/۰۰۰) ریال تا بیست "
        "میلیون (۲۰/۰۰۰/۰۰۰) ریال یا هر دو مجازات محکوم خواهد شد."
    ),
    gloss=(
        "Whoever without authorisation prevents authorised persons from reaching data or systems (hiding data, "
        "changing passwords, encrypting data): imprisonment from 91 days to one year, or a fine of 5,000,000 to "
        "20,000,000 rials, or both."
    ),
    formula=standard(days(91), years(1), "738", "738"),
    translation_notes=(AMOUNTS_NOTE,),
)

provision(
    "739",
    title="Attacks on systems of essential public services (CCL Art 11)",
    title_original="اخلال در سامانه‌های خدمات ضروری عمومی",
    text=(
        "ماده ۷۳۹ (ماده۱۱ ق.ج.ر)- هرکس به قصد به خطر انداختن امنیت، آسایش و "
        "امنیت عمومی اعمال مذکور در مواد (۷۳۶)، (۷۳۷) و (۷۳۸) این قانون را علیه "
        "سامانه‌های رایانه‌ای یا مخابراتی که برای ارائه خدمات ضروری عمومی به کار "
        "می‌روند، از قبیل خدمات درمانی، آب، برق، گاز، مخابرات، حمل و نقل و "
        "بانکداری مرتکب شود، به حبس از سه تا ده سال محکوم خواهد شد."
    ),
    gloss=(
        "Whoever, to endanger security or public peace, commits the acts of Arts 736-738 against systems used "
        "for essential public services (health, water, power, gas, telecommunications, transport, banking): "
        "imprisonment from three to ten years."
    ),
    formula=prison(years(3), years(10), "739"),
)

# =============================================================================================
# Chapter 3: computer-related theft and fraud
# ---------------------------------------------------------------------------------------------
provision(
    "740",
    title="Computer data theft (CCL Art 12)",
    title_original="سرقت رایانه‌ای",
    text=(
        "ماده۷۴۰ (ماده۱۲ ق.ج.ر)- هرکس به طور غیر مجاز داده‌های متعلق به دیگری را "
        "برباید، چنانچه عین داده‌ها در اختیار صاحب آن باشد، به جزای نقدی از یک "
        "میلیون (۱/۰۰۰/۰۰۰) ریال تا بیست میلیون (۲۰/۰۰۰/۰۰۰) ریال و در "
        "غیراینصورت به حبس از نود و یک روز تا یک سال یا جزای نقدی از پنج میلیون "
        "(۵/۰۰۰/۰۰۰)ریال تا بیست میلیون (۲۰/۰۰۰/۰۰۰) ریال یا هر دو مجازات محکوم "
        "خواهد شد."
    ),
    gloss=(
        "Whoever without authorisation takes data belonging to another: if the owner still holds the very "
        "data, a fine of 1,000,000 to 20,000,000 rials; otherwise imprisonment from 91 days to one year, or a "
        "fine of 5,000,000 to 20,000,000 rials, or both."
    ),
    formula=Branches(
        (
            Branch(
                "owner_retains_data",
                N_("the owner still holds the very data (owner_retains_data): a fine only"),
                (fine("740.owner", "740"),),
                cite("740"),
                has(C.OWNER_RETAINS_DATA),
            ),
            Branch(
                "otherwise",
                N_("the owner no longer holds the data: imprisonment or a fine or both"),
                (standard(days(91), years(1), "740", "740"),),
                cite("740"),
            ),
        )
    ),
    extra=frozenset({C.OWNER_RETAINS_DATA}),
    translation_notes=(AMOUNTS_NOTE,),
)

provision(
    "741",
    title="Computer fraud (CCL Art 13)",
    title_original="کلاهبرداری رایانه‌ای",
    text=(
        "ماده۷۴۱ (ماده۱۳ق.ج.ر)- هرکس به طور غیر مجاز از سامانه‌های رایانه‌ای یا "
        "مخابراتی با ارتکاب اعمالی از قبیل وارد کردن، تغییر، محو، ایجاد یا "
        "متوقف کردن داده‌ها یا مختل کردن سامانه، وجه یا مال یا منفعت یا خدمات یا "
        "امتیازات مالی برای خود یا دیگری تحصیل کند علاوه بر رد مال به صاحب آن "
        "به حبس از یک تا پنج سال یا جزای نقدی از بیست میلیون (۲۰/۰۰۰/۰۰۰) ریال "
        "تا یکصد میلیون (۱۰۰/۰۰۰/۰۰۰) ریال یا هر دو مجازات محکوم خواهد شد."
    ),
    gloss=(
        "Whoever without authorisation obtains money, property, benefits, services or financial advantages for "
        "himself or another through systems: in addition to returning the property to its owner, imprisonment "
        "from one to five years, or a fine of 20,000,000 to 100,000,000 rials, or both."
    ),
    formula=AllOf(
        (measure(SanctionKind.RESTITUTION, "741"), standard(years(1), years(5), "741", "741")),
        cite("741"),
    ),
    translation_notes=(AMOUNTS_NOTE,),
)

# =============================================================================================
# Chapter 4: offences against public decency and morals
# ---------------------------------------------------------------------------------------------
_TYPO_742 = (
    "The seed reads «چهل (۴۰/۰۰۰/۰۰۰) ریال», missing the word میلیون: the maximum fine is 40,000,000 rials "
    "(law-notes decision 6; W742, REPO)."
)


def _note1_742() -> Reading:
    """«حداقل یکی از مجازات‌های فوق»: reading ``art742_note1`` (UNVERIFIED either way)."""
    basis = cite("742", note="1")
    return Reading(
        "art742_note1",
        (
            # The minimum of one of the punishments: 91 days' imprisonment or the minimum fine.
            (
                "minimum_of_one",
                (OneOf((prison_at(days(91), "742", note="1"), fine("742", "742", point="min", note="1")), basis),),
            ),
            # At least one of the punishments of the article, in their full ranges.
            ("at_least_one", (standard(days(91), years(2), "742", "742", note="1"),)),
        ),
        basis,
    )


def _note2_742() -> DatedFine:
    return fine("742.n2", "742", note="2")


def _note3_742() -> AllOf:
    return both_maxima(prison_at(years(2), "742", note="3"), "742", "742", note="3")


provision(
    "742",
    title="Obscene content (CCL Art 14)",
    title_original="انتشار محتویات مستهجن",
    text=(
        "ماده۷۴۲ (ماده۱۴ ق.ج.ر)- هرکس به وسیله سامانه‌های رایانه‌ای یا مخابراتی "
        "یا حامل‌های داده محتویات مستهجن را منتشر، توزیع یا معامله کند یا به قصد "
        "تجارت یا افساد تولید یا ذخیره یا نگهداری کند، به حبس از نود و یک روز "
        "تا دو سال یا جزای نقدی از پنج میلیون (۵/۰۰۰/۰۰۰) ریال تا چهل "
        "(۴۰/۰۰۰/۰۰۰) ریال یا هر دو مجازات محکوم خواهد شد.\n"
        "تـبصره۱- ارتکاب اعمال فوق در خصوص محتویات مبتذل موجب محکومیت به حداقل "
        "یکی از مجازات‌های فوق می‌شود. محتویات و آثار مبتذل به آثاری اطلاق می‌گردد "
        "که دارای صحنه‌ها و صور قبیحه باشد.\n"
        "تـبصره۲- هرگاه محتویات مستهجن به کمتر از ده نفر ارسال شود، مرتکب به یک "
        "میلیون (۱/۰۰۰/۰۰۰) ریال تا پنج میلیون (۵/۰۰۰/۰۰۰) ریال جزای نقدی محکوم "
        "خواهد شد.\n"
        "تـبصره۳- چنانچه مرتکب اعمال مذکور در این ماده را حرفه خود قرار داده "
        "باشد یا به طور سازمان یافته مرتکب شود چنانچه مفسد فیالارض شناخته نشود، "
        "به حداکثر هر دو مجازات مقرر در این ماده محکوم خواهد شد.\n"
        "تـبصره۴- محتویات مستهجن به تصویر، صوت یا متن واقعی و غیر واقعی یا متنی "
        "اطلاق می‌شود که بیانگر برهنگی کامل زن یا مرد یا اندام تناسلی یا آمیزش "
        "یا عمل جنسی انسان است."
    ),
    gloss=(
        "Whoever publishes, distributes or trades obscene content through systems, or produces, stores or keeps "
        "it for trade or corruption: imprisonment from 91 days to two years, or a fine of 5,000,000 to 40,000,000 "
        "rials, or both. Note 1: vulgar content - «the minimum of (or: at least) one of the above punishments». "
        "Note 2: obscene content sent to fewer than ten persons - a fine of 1,000,000 to 5,000,000 rials. Note 3: "
        "as a profession or in an organised way (and not found mofsed-fil-arz) - the maximum of both punishments."
    ),
    formula=Branches(
        (
            Branch(
                "note3",
                N_(
                    "the offender made it his profession or acted in an organised way (profession / organised): "
                    "the maximum of both punishments"
                ),
                (_note3_742(),),
                cite("742", note="3"),
                lambda f: C.PROFESSION in f.circumstances or C.ORGANISED in f.circumstances,
            ),
            Branch(
                "note1",
                N_("the content is vulgar, not obscene (vulgar_content)"),
                (_note1_742(),),
                cite("742", note="1"),
                has(C.VULGAR_CONTENT),
            ),
            Branch(
                "note2",
                N_("obscene content sent to fewer than ten persons (recipients < 10): a fine only"),
                (_note2_742(),),
                cite("742", note="2"),
                lambda f: f.recipients is not None and f.recipients < 10,
            ),
            Branch(
                "article",
                N_("obscene content (ten or more recipients, or not counted)"),
                (standard(days(91), years(2), "742", "742"),),
                cite("742"),
            ),
        )
    ),
    extra=frozenset({C.VULGAR_CONTENT, C.PROFESSION}),
    translation_notes=(AMOUNTS_NOTE, _TYPO_742),
)

provision(
    "742",
    note="1",
    title="Vulgar content (CCL Art 14 note 1)",
    title_original="تبصره ۱ ماده ۷۴۲ - محتویات مبتذل",
    text=(
        "تـبصره۱- ارتکاب اعمال فوق در خصوص محتویات مبتذل موجب محکومیت به حداقل "
        "یکی از مجازات‌های فوق می‌شود. محتویات و آثار مبتذل به آثاری اطلاق می‌گردد "
        "که دارای صحنه‌ها و صور قبیحه باشد."
    ),
    gloss=(
        "The same acts with vulgar content (works with indecent scenes and images) lead to «حداقل یکی از "
        "مجازات‌های فوق»: the minimum of one of the punishments above, or at least one of them (reading "
        "art742_note1)."
    ),
    formula=_note1_742(),
    translation_notes=(AMOUNTS_NOTE,),
)

provision(
    "742",
    note="2",
    title="Obscene content sent to fewer than ten persons (CCL Art 14 note 2)",
    title_original="تبصره ۲ ماده ۷۴۲",
    text=(
        "تـبصره۲- هرگاه محتویات مستهجن به کمتر از ده نفر ارسال شود، مرتکب به یک "
        "میلیون (۱/۰۰۰/۰۰۰) ریال تا پنج میلیون (۵/۰۰۰/۰۰۰) ریال جزای نقدی محکوم "
        "خواهد شد."
    ),
    gloss="Obscene content sent to fewer than ten persons: a fine of 1,000,000 to 5,000,000 rials.",
    formula=AllOf(
        (
            Check(
                "recipients",
                "fewer than 10 (or not given) for Art 742 note 2; from ten recipients Art 742 applies: ir.ipc.742",
                lambda n: n is None or n < 10,
            ),
            _note2_742(),
        ),
        cite("742", note="2"),
    ),
    translation_notes=(AMOUNTS_NOTE,),
)

provision(
    "742",
    note="3",
    title="Obscene content as a profession or organised (CCL Art 14 note 3)",
    title_original="تبصره ۳ ماده ۷۴۲",
    text=(
        "تـبصره۳- چنانچه مرتکب اعمال مذکور در این ماده را حرفه خود قرار داده "
        "باشد یا به طور سازمان یافته مرتکب شود چنانچه مفسد فیالارض شناخته نشود، "
        "به حداکثر هر دو مجازات مقرر در این ماده محکوم خواهد شد."
    ),
    gloss=(
        "If the offender has made these acts his profession or commits them in an organised way, and is not "
        "found to be mofsed-fil-arz: the maximum of both punishments of the article (two years' imprisonment "
        "and the maximum fine)."
    ),
    formula=_note3_742(),
    translation_notes=(AMOUNTS_NOTE, _TYPO_742),
)

non_penal(
    "742",
    "ir_definition",
    note="4",
    title="Obscene content defined (CCL Art 14 note 4)",
    title_original="تبصره ۴ ماده ۷۴۲",
    text=(
        "تـبصره۴- محتویات مستهجن به تصویر، صوت یا متن واقعی و غیر واقعی یا متنی "
        "اطلاق می‌شود که بیانگر برهنگی کامل زن یا مرد یا اندام تناسلی یا آمیزش "
        "یا عمل جنسی انسان است."
    ),
    gloss=(
        "Obscene content is a real or unreal image, sound or text showing complete nudity, genitals, "
        "intercourse or a sexual act."
    ),
    translation_notes=("The seed reads «واقعی و غیر واقعی»; W742 reads «واقعی یا غیرواقعی». No effect on penalties.",),
)

provision(
    "743",
    clause="a",
    title="Inciting or facilitating access to obscene content (CCL Art 15 clause a)",
    title_original="تحریک و تسهیل دسترسی به محتویات مستهجن - بند الف",
    text=(
        "ماده۷۴۳(ماده۱۵ ق.ج.ر)- هرکس از طریق سامانه‌های رایانه‌ای یا مخابراتی یا "
        "حامل‌های داده مرتکب اعمال زیر شود، به ترتیب زیر مجازات خواهد شد:\n"
        "الف) چنانچه به منظور دستیابی افراد به محتویات مستهجن، آن‌ها را تحریک، "
        "ترغیب، تهدید یا تطمیع کند یا فریب دهد یا شیوه دستیابی به آن‌ها را تسهیل "
        "نموده یا آموزش دهد، به حبس از نود و یک روز تا یک سال یا جزای نقدی از "
        "پنج میلیون (۵/۰۰۰/۰۰۰) ریال تا بیست میلیون (۲۰/۰۰۰/۰۰۰) ریال یا هر دو "
        "مجازات محکوم خواهد شد. ارتکاب این اعمال در خصوص محتویات مبتذل موجب "
        "جزای نقدی از دو میلیون (۲/۰۰۰/۰۰۰) ریال تا پنج میلیون (۵/۰۰۰/۰۰۰) ریال "
        "است؛"
    ),
    gloss=(
        "Inciting, encouraging, threatening, bribing or deceiving persons to reach obscene content, or "
        "facilitating or teaching access to it: imprisonment from 91 days to one year, or a fine of 5,000,000 to "
        "20,000,000 rials, or both. For vulgar content: a fine of 2,000,000 to 5,000,000 rials."
    ),
    formula=Branches(
        (
            Branch(
                "vulgar",
                N_("the content is vulgar (vulgar_content): a fine only"),
                (fine("743.a.vulgar", "743", clause="a"),),
                cite("743", clause="a"),
                has(C.VULGAR_CONTENT),
            ),
            Branch(
                "obscene",
                N_("the content is obscene"),
                (standard(days(91), years(1), "743.a", "743", clause="a"),),
                cite("743", clause="a"),
            ),
        )
    ),
    extra=frozenset({C.VULGAR_CONTENT}),
    translation_notes=(AMOUNTS_NOTE,),
)

provision(
    "743",
    clause="b",
    title="Inciting to sexual offences, drugs, suicide, deviance or violence (CCL Art 15 clause b)",
    title_original="تحریک به ارتکاب جرایم منافی عفت و ... - بند ب",
    text=(
        "ماده۷۴۳(ماده۱۵ ق.ج.ر)- هرکس از طریق سامانه‌های رایانه‌ای یا مخابراتی یا "
        "حامل‌های داده مرتکب اعمال زیر شود، به ترتیب زیر مجازات خواهد شد:\n"
        "ب) چنانچه افراد را به ارتکاب جرایم منافی عفت یا استعمال مواد مخدر یا "
        "روانگردان یا خودکشی یا انحرافات جنسی یا اعمال خشونتآمیز تحریک یا ترغیب "
        "یا تهدید یا دعوت کرده یا فریب دهد یا شیوه ارتکاب یا استعمال آن‌ها را "
        "تسهیل کند یا آموزش دهد، به حبس از نود و یک روز تا یک سال یا جزای نقدی "
        "از پنجمیلیون (۵/۰۰۰/۰۰۰) ریال تا بیستمیلیون (۲۰/۰۰۰/۰۰۰) ریال یا هر دو "
        "مجازات محکوم می‌شود."
    ),
    gloss=(
        "Inciting, encouraging, threatening, inviting or deceiving persons into sexual offences, drug use, "
        "suicide, sexual deviance or violence, or facilitating or teaching them: imprisonment from 91 days to "
        "one year, or a fine of 5,000,000 to 20,000,000 rials, or both."
    ),
    formula=standard(days(91), years(1), "743.b", "743", clause="b"),
    translation_notes=(AMOUNTS_NOTE,),
)

non_penal(
    "743",
    "ir_exemption_743",
    note="",
    title="Exemption for scientific or rational purposes (CCL Art 15 note)",
    title_original="تبصره ماده ۷۴۳",
    text=(
        "تـبصره- مفاد این ماده و ماده (۷۴۲) شامل آن دسته از محتویاتی نخواهد شد "
        "که برای مقاصد علمی یا هر مصلحت عقلایی دیگر تهیه یا تولید یا نگهداری یا "
        "ارائه یا توزیع یا انتشار یا معامله می‌شود."
    ),
    gloss=(
        "Arts 742 and 743 do not cover content prepared, produced, kept, presented, distributed, published or "
        "traded for scientific purposes or any other rational interest."
    ),
)

# =============================================================================================
# Chapter 5: defamation and falsehoods
# ---------------------------------------------------------------------------------------------
_HALVING_NOTE = (
    "The seed gives 91 days to 2 years. Since the 1399 Law on Reducing Ta'zir Imprisonment Art 744 is "
    "compoundable (IPC Art 104) and its imprisonment halved: 45 1/2 days to 1 year (SINGLE-SOURCE; reading "
    "art744_halving)."
)
_PRISON_744 = Interval(days(91), years(2))


def _prison_744(point: str | None = None, **parts: Any) -> Provision:
    return Provision(PRISON, SHALL, cite("744", **parts), CompoundableHalving(_PRISON_744, point))


provision(
    "744",
    title="Altering and publishing another's film, voice or image (CCL Art 16)",
    title_original="هتک حیثیت با تغییر یا تحریف فیلم، صوت یا تصویر",
    text=(
        "ماده۷۴۴(ماده۱۶ ق.ج.ر)- هرکس بهوسیله سامانه‌های رایانه‌ای یا مخابراتی، "
        "فیلم یا صوت یا تصویر دیگری را تغییر دهد یا تحریف کند و آن را منتشر یا "
        "با علم به تغییر یا تحریف منتشر کند، به نحوی که عرفاً موجب هتک حیثیت او "
        "شود، به حبس از نود و یک روز تا دو سال یا جزای نقدی از پنج میلیون "
        "(۵/۰۰۰/۰۰۰) ریال تا چهل میلیون (۴۰/۰۰۰/۰۰۰) ریال یا هر دو مجازات محکوم "
        "خواهد شد.\n"
        "تـبصره- چنانچه تغییر یا تحریف به صورت مستهجن باشد، مرتکب به حداکثر هر "
        "دو مجازات مقرر محکوم خواهد شد."
    ),
    gloss=(
        "Whoever alters or distorts another's film, voice or image through systems and publishes it, or "
        "knowingly publishes it, so as to defame him: imprisonment from 91 days to two years, or a fine of "
        "5,000,000 to 40,000,000 rials, or both. Note: if the alteration is obscene, the maximum of both "
        "punishments."
    ),
    formula=Branches(
        (
            Branch(
                "note",
                N_("the alteration is obscene (obscene_alteration): the maximum of both punishments"),
                (AllOf((_prison_744("max", note=""), fine("744", "744", point="max", note="")), cite("744", note="")),),
                cite("744", note=""),
                has(C.OBSCENE_ALTERATION),
            ),
            Branch(
                "article",
                N_("the alteration is not obscene"),
                (or_both(_prison_744(), fine("744", "744"), cite("744")),),
                cite("744"),
            ),
        )
    ),
    extra=frozenset({C.OBSCENE_ALTERATION}),
    translation_notes=(AMOUNTS_NOTE, _HALVING_NOTE),
)

provision(
    "744",
    note="",
    title="Obscene alteration (CCL Art 16 note)",
    title_original="تبصره ماده ۷۴۴",
    text=("تـبصره- چنانچه تغییر یا تحریف به صورت مستهجن باشد، مرتکب به حداکثر هر دو مجازات مقرر محکوم خواهد شد."),
    gloss="If the alteration or distortion is obscene: the maximum of both punishments of Art 744.",
    formula=AllOf((_prison_744("max", note=""), fine("744", "744", point="max", note="")), cite("744", note="")),
    translation_notes=(AMOUNTS_NOTE, _HALVING_NOTE),
)

provision(
    "745",
    title="Publishing private media or secrets (CCL Art 17)",
    title_original="انتشار صوت، تصویر یا اسرار خصوصی",
    text=(
        "ماده۷۴۵(ماده۱۷ق.ج.ر)- هرکس بهوسیله سامانه‌های رایانه‌ای یا مخابراتی صوت "
        "یا تصویر یا فیلم خصوصی یا خانوادگی یا اسرار دیگری را بدون رضایت او جز "
        "در موارد قانونی منتشر کند یا در دسترس دیگران قرار دهد، به نحوی که منجر "
        "به ضرر یا عرفاً موجب هتک حیثیت او شود، به حبس از نود و یک روز تا دو "
        "سال یا جزای نقدی از پنج میلیون (۵/۰۰۰/۰۰۰) ریال تا چهل میلیون "
        "(۴۰/۰۰۰/۰۰۰) ریال یا هر دو مجازات محکوم خواهد شد."
    ),
    gloss=(
        "Whoever publishes or makes available another's private or family sound, image or film, or secrets, "
        "without consent and outside lawful cases, so as to harm or defame him: imprisonment from 91 days to two "
        "years, or a fine of 5,000,000 to 40,000,000 rials, or both."
    ),
    formula=standard(days(91), years(2), "745", "745"),
    translation_notes=(AMOUNTS_NOTE,),
)

provision(
    "746",
    title="Publishing falsehoods (CCL Art 18)",
    title_original="نشر اکاذیب",
    text=(
        "ماده۷۴۶ (ماده۱۸ق.ج.ر)- هرکس به قصد اضرار به غیر یا تشویش اذهان عمومی "
        "یا مقامات رسمی به وسیله سامانه رایانه‌ای یا مخابراتی اکاذیبی را منتشر "
        "نماید یا در دسترس دیگران قرار دهد یا با همان مقاصد اعمالی را برخلاف "
        "حقیقت، رأساً یا به عنوان نقل قول، به شخص حقیقی یا حقوقی به طور صریح یا "
        "تلویحی نسبت دهد، اعم از اینکه از طریق یاد شده به نحوی از انحاء ضرر "
        "مادی یا معنوی به دیگری وارد شود یا نشود، افزون بر اعاده حیثیت (در صورت "
        "امکان)، به حبس از نود و یک روز تا دو سال یا جزای نقدی از پنج میلیون "
        "(۵/۰۰۰/۰۰۰) ریال تا چهل میلیون (۴۰/۰۰۰/۰۰۰) ریال یا هر دو مجازات محکوم "
        "خواهد شد."
    ),
    gloss=(
        "Whoever, to harm another or disturb the public or the authorities, publishes falsehoods or falsely "
        "attributes acts to a person: in addition to restoration of reputation (where possible), imprisonment "
        "from 91 days to two years, or a fine of 5,000,000 to 40,000,000 rials, or both."
    ),
    formula=AllOf(
        (
            Provision(SanctionKind.RESTORATION_OF_REPUTATION, Modality.WHERE_POSSIBLE, cite("746")),
            standard(days(91), years(2), "746", "746"),
        ),
        cite("746"),
    ),
    translation_notes=(
        AMOUNTS_NOTE,
        "«افزون بر اعاده حیثیت (در صورت امکان)»: the restoration of reputation is owed where possible, "
        "not as a plain 'shall' and not at the court's discretion; its modality is 'where possible'.",
    ),
)

# =============================================================================================
# Chapter 6: criminal liability of persons
# ---------------------------------------------------------------------------------------------
non_penal(
    "747",
    "ir_liability_747",
    title="Criminal liability of legal persons (CCL Art 19)",
    title_original="مسئولیت کیفری اشخاص حقوقی",
    text=(
        "ماده۷۴۷ (ماده۱۹ق.ج.ر)- در موارد زیر، چنانچه جرایم رایانه‌ای به نام شخص "
        "حقوقی و در راستای منافع آن ارتکاب یابد، شخص حقوقی دارای مسئولیت کیفری "
        "خواهد بود:\n"
        "الف) هرگاه مدیر شخص حقوقی مرتکب جرم رایانه‌ای شود؛\n"
        "ب) هرگاه مدیر شخص حقوقی دستور ارتکاب جرم رایانه‌ای را صادر کند و جرم به "
        "وقوع بپیوندد؛\n"
        "ج) هرگاه یکی از کارمندان شخص حقوقی با اطلاع مدیر یا در اثر عدم نظارت "
        "وی مرتکب جرم رایانه‌ای شود؛\n"
        "د) هرگاه تمام یا قسمتی از فعالیت شخص حقوقی به ارتکاب جرم رایانه‌ای "
        "اختصاص یافته باشد.\n"
        "تـبصره۱- منظور از مدیر کسی است که اختیار نمایندگی یا تصمیمگیری یا "
        "نظارت بر شخص حقوقی را دارد.\n"
        "تبصر۲- مسئولیت کیفری شخص حقوقی مانع مجازات مرتکب نخواهد بود و در صورت "
        "نبود شرایط صدر ماده و عدم انتساب جرم به شخص حقوقی فقط شخص حقیقی مسئول "
        "خواهد بود."
    ),
    gloss=(
        "A legal person is criminally liable for a computer crime committed in its name and interest when (a) "
        "its manager commits it, (b) its manager orders it and it occurs, (c) an employee commits it with the "
        "manager's knowledge or for want of his supervision, or (d) all or part of its activity is devoted to "
        "computer crime. Note 2: its liability does not bar punishing the individual."
    ),
    translation_notes=("The seed reads «تبصر۲»; it is «تبصره ۲» (a typo).",),
)

non_penal(
    "748",
    "ir_rule_748",
    title="Punishment of legal persons (CCL Art 20) - a rule applied to the offences",
    title_original="مجازات اشخاص حقوقی",
    text=(
        "ماده۷۴۸ (ماده۲۰ق.ج.ر)- اشخاص حقوقی موضوع ماده فوق، با توجه به شرایط و "
        "اوضاع و احوال جرم ارتکابی، میزان درآمد و نتایج حاصله از ارتکاب جرم، "
        "علاوه بر سه تا شش برابر حداکثر جزای نقدی جرم ارتکابی، به ترتیب ذیل "
        "محکوم خواهند شد:\n"
        "الف) چنانچه حداکثر مجازات حبس آن جرم تا پنج سال حبس باشد، تعطیلی موقت "
        "شخص حقوقی از یک تا نه ماه و در صورت تکرار جرم تعطیلی موقت شخص حقوقی از "
        "یک تا پنج سال؛\n"
        "ب) چنانچه حداکثر مجازات حبس آن جرم بیش از پنج سال حبس باشد، تعطیلی "
        "موقت شخص حقوقی از یک تا سه سال و در صورت تکرار جرم، شخص حقوقی منحل "
        "خواهد شد.\n"
        "تـبصره- مدیر شخص حقوقی که طبق بند(ب) این ماده منحل می‌شود، تا سهسال حق "
        "تأسیس یا نمایندگی یا تصمیمگیری یا نظارت بر شخص حقوقی دیگر را نخواهد "
        "داشت."
    ),
    gloss=(
        "Legal persons are sentenced, having regard to the circumstances, their income and the proceeds, in "
        "addition to three to six times the maximum fine of the offence: (a) if the offence's maximum "
        "imprisonment is up to five years, temporary closure for one to nine months, and on repeat one to five "
        "years; (b) if it is more than five years, closure for one to three years, and on repeat dissolution. "
        "Note: the manager of a legal person dissolved under (b) may not found, represent, decide for or "
        "supervise another legal person for up to three years."
    ),
)

# =============================================================================================
# Chapter 7: providers
# ---------------------------------------------------------------------------------------------


@attrs.frozen
class LegalPersonOnly:
    """«منحل خواهند شد»: dissolution (انحلال, IPC Art 20) exists only for a legal person.

    Arts 749 and 751 give an intentional refusal no other punishment, so for a natural person the
    answer is refused with :class:`NotDeterminableError` naming the offender, never "dissolution".
    """

    article_id: str
    basis: Citation

    WHAT = N_("punishment of a natural person for the intentional refusal")
    REASON = N_(
        "the article gives only dissolution, which exists only for a legal person, and no other punishment "
        "to a natural person (offender: {offender})"
    )

    def outline(self, loc: Any) -> tuple[str, tuple[Any, ...]]:
        from ...render.formula import cited

        line = loc.gettext(N_("only for a legal person: a natural person has no punishment under this branch"))
        return cited(loc, line, self.basis), ()

    def compile(self, ctx: Any) -> tuple[int, ...]:
        if ctx.offender is OffenderKind.INDIVIDUAL:
            reason = self.REASON.format(offender=ctx.offender.value)
            raise NotDeterminableError(self.article_id, self.WHAT, reason)
        return ()

    def evaluate(self, ev: Any) -> tuple[Any, ...]:
        return _evaluate_node(self, ev)


def _providers(number: str, what: str) -> Branches:
    """Arts 749 and 751; ``what`` is the condition of the intentional branch (a catalog entry)."""
    closure = measure(SanctionKind.TEMPORARY_CLOSURE, number, years(1), years(3))
    return Branches(
        (
            Branch(
                "intentional",
                what,
                (LegalPersonOnly(f"ir.ipc.{number}", cite(number)), measure(SanctionKind.DISSOLUTION, number)),
                cite(number),
                has(C.INTENTIONAL),
            ),
            Branch(
                "first",
                N_("negligence, first time (occurrence 1)"),
                (fine(f"{number}.1", number),),
                cite(number),
                lambda f: f.occurrence == 1,
            ),
            Branch(
                "second",
                N_("negligence, second time (occurrence 2)"),
                (fine(f"{number}.2", number),),
                cite(number),
                lambda f: f.occurrence == 2,
            ),
            Branch(
                "third",
                N_("negligence, third time (occurrence 3): temporary closure"),
                (closure,),
                cite(number),
                lambda f: f.occurrence == 3,
            ),
            Branch(
                "later",
                N_("negligence, fourth time or later: the text is silent"),
                (
                    Undeterminable(
                        f"ir.ipc.{number}",
                        N_("penalty after the third occurrence"),
                        N_("the article names a first, second and third time only"),
                        cite(number),
                        "art749_later_occurrences",
                        (closure,),
                    ),
                ),
                cite(number),
            ),
        )
    )


provision(
    "749",
    title="Access providers' duty to filter criminal content (CCL Art 21)",
    title_original="وظیفه ارائه‌دهندگان خدمات دسترسی به پالایش",
    text=(
        "ماده۷۴۹(ماده۲۱ق.ج.ر)- ارائهدهندگان خدمات دسترسی موظفند طبق ضوابط فنی و "
        "فهرست مقرر از سوی کارگروه (کمیته) تعیین مصادیق موضوع ماده ذیل محتوای "
        "مجرمانه که در چارچوب قانون تنظیم شده است اعم از محتوای ناشی از جرایم "
        "رایانه‌ای یا محتوایی که برای ارتکاب جرایم رایانه‌ای به کار می‌رود را "
        "پالایش (فیلتر) کنند.\n"
        "درصورتیکه عمداً از پالایش (فیلتر) محتوای مجرمانه خودداری کنند، منحل "
        "خواهند شد و چنانچه از روی بیاحتیاطی و بیمبالاتی زمینه دسترسی به محتوای "
        "غیرقانونی را فراهم آورند، در مرتبه نخست به جزای نقدی از "
        "بیستمیلیون(۲۰/۰۰۰/۰۰۰)ریال تا یکصدمیلیون (۱۰۰/۰۰۰/۰۰۰) ریال و در مرتبه "
        "دوم به جزای نقدی از یکصد میلیون (۱۰۰/۰۰۰/۰۰۰) ریال تا یک میلیارد "
        "(۱/۰۰۰/۰۰۰/۰۰۰) ریال و در مرتبه سوم به یک تا سه سال تعطیلی موقت محکوم "
        "خواهند شد.\n"
        "تـبصره۱- چنانچه محتوای مجرمانه به تارنماهای (وب‌سایت‌های) مؤسسات عمومی "
        "شامل نهادهای زیر نظر ولیفقیه و قوای سهگانهی مقننه، مجریه و قضاییه و "
        "مؤسسات عمومی غیردولتی موضوع قانون فهرست نهادها و مؤسسات عمومی غیردولتی "
        "مصوب ۱۹/۴/۱۳۷۴ و الحاقات بعدی آن یا به احزاب، جمعیت‌ها، انجمن‌های سیاسی "
        "و صنفی و انجمن‌های اسلامی یا اقلیت‌های دینی شناخته شده یا به سایر اشخاص "
        "حقیقی یا حقوقی حاضر در ایران که امکان احراز هویت و ارتباط با آن‌ها وجود "
        "دارد تعلّق داشته باشد، با دستور مقام قضایی رسیدگیکننده به پرونده و رفع "
        "اثر فوری محتوای مجرمانه از سوی دارندگان؛ تارنما (وب سایت) مزبور تا "
        "صدور حکم نهایی پالایش (فیلتر) نخواهد شد.\n"
        "تـبصره۲- پالایش (فیلتر) محتوای مجرمانه موضوع شکایت خصوصی با دستور مقام "
        "قضایی رسیدگیکننده به پرونده انجام خواهد گرفت."
    ),
    gloss=(
        "Access providers must filter criminal content as the committee lists it. If they intentionally refuse, "
        "they are dissolved; if through carelessness they give access to illegal content: the first time a fine "
        "of 20,000,000 to 100,000,000 rials, the second time 100,000,000 to 1,000,000,000 rials, the third time "
        "temporary closure for one to three years."
    ),
    formula=_providers(
        "749", N_("the provider intentionally refused to filter criminal content (intentional): dissolution")
    ),
    extra=frozenset({C.INTENTIONAL}),
    rules=PROVIDER_RULES,
    translation_notes=(
        AMOUNTS_NOTE,
        "Note 1 dates the Law on the List of Public Non-Governmental Bodies «۱۹/۴/۱۳۷۴»; it was passed on 1373/04/19.",
    ),
)

non_penal(
    "750",
    "ir_procedure",
    title="The committee on criminal content (CCL Art 22)",
    title_original="کارگروه تعیین مصادیق محتوای مجرمانه",
    text=(
        "ماده۷۵۰ (ماده۲۲ق.ج.ر)- قوه قضاییه موظف است ظرف یک ماه از تاریخ تصویب "
        "این قانون کارگروه (کمیته) تعیین مصادیق محتوای مجرمانه را در محل "
        "دادستانی کل کشور تشکیل دهد.\n"
        "وزیر یا نماینده وزارتخانه‌های آموزش و پرورش، ارتباطات و فناوری اطلاعات، "
        "اطلاعات، دادگستری، علوم، تحقیقات و فناوری، فرهنگ و ارشاد اسلامی، رئیس "
        "سازمان تبلیغات اسلامی، رئیس سازمان صدا و سیما و فرمانده نیروی انتظامی، "
        "یک نفر خبره در فناوری اطلاعات و ارتباطات به انتخاب کمیسیون صنایع و "
        "معادن مجلس شورای اسلامی و یک نفر از نمایندگان عضو کمیسیون قضایی و "
        "حقوقی به انتخاب کمیسیون قضایی و حقوقی و تأیید مجلس شورای اسلامی اعضای "
        "کارگروه (کمیته) را تشکیل خواهند داد.\n"
        "ریاست کارگروه (کمیته) به عهده دادستان کل کشور خواهد بود.\n"
        "تـبصره۱- جلسات کارگروه (کمیته) حداقل هر پانزده روز یکبار و با حضور هفت "
        "نفر عضو رسمیت می‌یابد و تصمیمات کارگروه (کمیته) با اکثریت نسبی حاضران "
        "معتبر خواهد بود.\n"
        "تـبصره۲- کارگروه (کمیته) موظف است به شکایات راجع به مصادیق پالایش "
        "(فیلتر) شده رسیدگی و نسبت به آن‌ها تصمیمگیری کند.\n"
        "تـبصره۳- کارگروه (کمیته) موظف است هر ششماه گزارشی در خصوص روند پالایش "
        "(فیلتر) محتوای مجرمانه را به رؤسای قوای سهگانه و شورای عالی امنیت ملّی "
        "تقدیم کند."
    ),
    gloss="The judiciary forms the committee that determines criminal content, chaired by the Prosecutor-General.",
)

provision(
    "751",
    title="Hosting providers' duty to block criminal content (CCL Art 23)",
    title_original="وظیفه ارائه‌دهندگان خدمات میزبانی",
    text=(
        "ماده۷۵۱(ماده۲۳ ق.ج.ر)- ارائهدهندگان خدمات میزبانی موظفند به محض دریافت "
        "دستور کارگروه (کیمته) تعیین مصادیق مزبور در ماده فوق یا مقام قضایی "
        "رسیدگیکننده به پرونده مبنی بر وجود محتوای مجرمانه در سامانه‌های "
        "رایانه‌ای خود از ادامه دسترسی به آن ممانعت به عمل آورند. چنانچه عمداً "
        "از اجرای دستور کار گروه (کمیته) یا مقام قضایی خودداری کنند، منحل "
        "خواهند شد. در غیر اینصورت، چنانچه در اثر بی احتیاطی و بی مبالاتی "
        "زمینهی دسترسی به محتوای مجرمانه مزبور را فراهم کنند، در مرتبه نخست به "
        "جزای نقدی از بیستمیلیون (۲۰/۰۰۰/۰۰۰) ریال تا یکصد میلیون (۱۰۰/۰۰۰/۰۰۰) "
        "ریال در مرتبه دوم به یکصدمیلیون (۱۰۰/۰۰۰/۰۰۰) ریال تا یکمیلیارد "
        "(۱/۰۰۰/۰۰۰/۰۰۰) ریال و در مرتبه سوم به یک تا سه سال تعطیلی موقت محکوم "
        "خواهند شد.\n"
        "تـبصره- ارائه دهندگان خدمات میزبانی موظفند به محض آگاهی از وجود محتوای "
        "مجرمانه مراتب را به کارگروه (کمیته) تعیین مصادیق اطلاع دهند."
    ),
    gloss=(
        "Hosting providers must stop access to criminal content on the order of the committee or the judge. If "
        "they intentionally refuse, they are dissolved; otherwise, if through carelessness they give access to "
        "it: the first time a fine of 20,000,000 to 100,000,000 rials, the second time 100,000,000 to "
        "1,000,000,000 rials, the third time temporary closure for one to three years."
    ),
    formula=_providers(
        "751", N_("the provider intentionally refused to execute the blocking order (intentional): dissolution")
    ),
    extra=frozenset({C.INTENTIONAL}),
    rules=PROVIDER_RULES,
    translation_notes=(AMOUNTS_NOTE, "The seed reads «کارگروه (کیمته)»; it is «کمیته» (a typo)."),
)

provision(
    "752",
    title="Using international bandwidth without a licence (CCL Art 24)",
    title_original="استفاده غیرمجاز از پهنای باند بین‌المللی",
    text=(
        "ماده۷۵۲(ماده۲۴ ق.ج.ر)- هرکس بدون مجوز قانونی از پهنای باند بینالمللی "
        "برای برقراری ارتباطات مخابراتی مبتنی بر پروتکل اینترنتی از خارج ایران "
        "به داخل یا برعکس استفاده کند، به حبس از یک تا سه سال یا جزای نقدی از "
        "یکصدمیلیون (۱۰۰/۰۰۰/۰۰۰)ریال تا یکمیلیارد (۱/۰۰۰/۰۰۰/۰۰۰) ریال یا هر "
        "دو مجازات محکوم خواهد شد."
    ),
    gloss=(
        "Whoever without legal licence uses international bandwidth for IP telecommunication into or out of "
        "Iran: imprisonment from one to three years, or a fine of 100,000,000 to 1,000,000,000 rials, or both."
    ),
    formula=standard(years(1), years(3), "752", "752"),
    translation_notes=(AMOUNTS_NOTE,),
)

# =============================================================================================
# Chapter 8: other offences
# ---------------------------------------------------------------------------------------------
_TOOLS_GLOSS = (
    "Whoever (a) produces, publishes, distributes, makes available or trades data, software or devices used "
    "solely to commit computer crimes, (b) sells, publishes or makes available passwords or data that give "
    "unauthorised access to another's data or systems, or (c) publishes or makes available teaching on "
    "unauthorised access, interception, espionage, or damage to data or systems: imprisonment from 91 days to "
    "one year, or a fine of 5,000,000 to 20,000,000 rials, or both. Note: as a profession, the maximum of both."
)


def _tools_753(**parts: Any) -> Branches:
    return Branches(
        (
            Branch(
                "note",
                N_("the offender made the acts his profession (profession): the maximum of both punishments"),
                (both_maxima(prison_at(years(1), "753", note=""), "753", "753", note=""),),
                cite("753", note=""),
                has(C.PROFESSION),
            ),
            Branch(
                "article",
                N_("not as a profession"),
                (standard(days(91), years(1), "753", "753", **parts),),
                cite("753", **parts),
            ),
        )
    )


provision(
    "753",
    title="Tools, passwords and tutorials for computer crime (CCL Art 25)",
    title_original="تولید و انتشار ابزار ارتکاب جرایم رایانه‌ای",
    text=(
        "ماده۷۵۳(ماده۲۵ ق.ج.ر)- هرشخصی که مرتکب اعمال زیر شود، به حبس از نود و "
        "یک روز تا یک سال یا جزای نقدی از پنجمیلیون (۵/۰۰۰/۰۰۰) ریال تا بیست "
        "میلیون (۲۰/۰۰۰/۰۰۰) ریال یا هر دو مجازات محکوم خواهد شد:\n"
        "الف) تولید یا انتشار یا توزیع و در دسترس قرار دادن یا معامله داده‌ها یا "
        "نرم‌افزارها یا هر نوع ابزار الکترونیکی که صرفاً به منظور ارتکاب جرایم "
        "رایانه‌ای به کار می‌رود؛\n"
        "ب) فروش یا انتشار یا در دسترس قراردادن گذرواژه یا هر داده‌ای که امکان "
        "دسترسی غیرمجاز به داده‌ها یا سامانه‌های رایانه‌ای یا مخابراتی متعلق به "
        "دیگری را بدون رضایت او فراهم می‌کند؛\n"
        "ج) انتشار یا در دسترس قرار دادن محتویات آموزش دسترسی غیر مجاز، شنود "
        "غیر مجاز، جاسوسی رایانه‌ای و تخریب و اخلال در داده‌ها یا سیستم‌های "
        "رایانه‌ای و مخابراتی.\n"
        "تـبصره- چنانچه مرتکب، اعمال یاد شده را حرفه خود قرار داده باشد، به "
        "حداکثر هر دو مجازات مقرر در این ماده محکوم خواهد شد."
    ),
    gloss=_TOOLS_GLOSS,
    formula=_tools_753(),
    extra=frozenset({C.PROFESSION}),
    translation_notes=(AMOUNTS_NOTE,),
)
_TEXT_753 = {
    "a": (
        "ماده۷۵۳(ماده۲۵ ق.ج.ر)- هرشخصی که مرتکب اعمال زیر شود، به حبس از نود و "
        "یک روز تا یک سال یا جزای نقدی از پنجمیلیون (۵/۰۰۰/۰۰۰) ریال تا بیست "
        "میلیون (۲۰/۰۰۰/۰۰۰) ریال یا هر دو مجازات محکوم خواهد شد:\n"
        "الف) تولید یا انتشار یا توزیع و در دسترس قرار دادن یا معامله داده‌ها یا "
        "نرم‌افزارها یا هر نوع ابزار الکترونیکی که صرفاً به منظور ارتکاب جرایم "
        "رایانه‌ای به کار می‌رود؛"
    ),
    "b": (
        "ماده۷۵۳(ماده۲۵ ق.ج.ر)- هرشخصی که مرتکب اعمال زیر شود، به حبس از نود و "
        "یک روز تا یک سال یا جزای نقدی از پنجمیلیون (۵/۰۰۰/۰۰۰) ریال تا بیست "
        "میلیون (۲۰/۰۰۰/۰۰۰) ریال یا هر دو مجازات محکوم خواهد شد:\n"
        "ب) فروش یا انتشار یا در دسترس قراردادن گذرواژه یا هر داده‌ای که امکان "
        "دسترسی غیرمجاز به داده‌ها یا سامانه‌های رایانه‌ای یا مخابراتی متعلق به "
        "دیگری را بدون رضایت او فراهم می‌کند؛"
    ),
    "c": (
        "ماده۷۵۳(ماده۲۵ ق.ج.ر)- هرشخصی که مرتکب اعمال زیر شود، به حبس از نود و "
        "یک روز تا یک سال یا جزای نقدی از پنجمیلیون (۵/۰۰۰/۰۰۰) ریال تا بیست "
        "میلیون (۲۰/۰۰۰/۰۰۰) ریال یا هر دو مجازات محکوم خواهد شد:\n"
        "ج) انتشار یا در دسترس قرار دادن محتویات آموزش دسترسی غیر مجاز، شنود "
        "غیر مجاز، جاسوسی رایانه‌ای و تخریب و اخلال در داده‌ها یا سیستم‌های "
        "رایانه‌ای و مخابراتی."
    ),
}
for _clause in ("a", "b", "c"):
    provision(
        "753",
        clause=_clause,
        title=f"Tools, passwords and tutorials, clause {_clause} (CCL Art 25 clause {_clause})",
        title_original=f"ماده ۷۵۳ - بند {CLAUSE_LETTERS[_clause]}",
        text=_TEXT_753[_clause],
        gloss=_TOOLS_GLOSS,
        formula=_tools_753(clause=_clause),
        extra=frozenset({C.PROFESSION}),
        translation_notes=(AMOUNTS_NOTE,),
    )

provision(
    "753",
    note="",
    title="Tools, passwords and tutorials as a profession (CCL Art 25 note)",
    title_original="تبصره ماده ۷۵۳",
    text=(
        "تـبصره- چنانچه مرتکب، اعمال یاد شده را حرفه خود قرار داده باشد، به "
        "حداکثر هر دو مجازات مقرر در این ماده محکوم خواهد شد."
    ),
    gloss="If the offender has made these acts his profession: the maximum of both punishments of Art 753.",
    formula=both_maxima(prison_at(years(1), "753", note=""), "753", "753", note=""),
    translation_notes=(AMOUNTS_NOTE,),
)

# =============================================================================================
# Chapter 9: aggravation; repeat
# ---------------------------------------------------------------------------------------------
non_penal(
    "754",
    "ir_rule_754",
    title="Aggravation (CCL Art 26) - a rule applied to the offences",
    title_original="تشدید مجازات‌ها",
    text=(
        "ماده۷۵۴ (ماده۲۶ق.ج.ر)- درموارد زیر، حسب مورد مرتکب به بیش از دو سوم "
        "حداکثر یک یا دو مجازات مقرر محکوم خواهد شد:\n"
        "الف) هریک از کارمندان و کارکنان اداره‌ها و سازمان‌ها یا شوراها و یا "
        "شهرداری‌ها و مؤسسه‌ها و شرکت‌های دولتی و یا وابسته به دولت یا نهادهای "
        "انقلابی و بنیادها و مؤسسه‌هایی که زیر نظر ولیفقیه اداره می‌شوند و دیوان "
        "محاسبات و مؤسسه‌هایی که با کمک مستمر دولت اداره می‌شوند و یا دارندگان "
        "پایه قضایی و به طورکلی اعضاء و کارکنان قوای سه گانه و همچنین نیروهای "
        "مسلح و مأموران به خدمت عمومی اعم از رسمی و غیر رسمی به مناسبت انجام "
        "وظیفه مرتکب جرم رایانه‌ای شده باشند؛\n"
        "ب) متصدی یا متصرف قانونی شبکه‌های رایانه‌ای یا مخابراتی که به مناسبت شغل "
        "خود مرتکب جرم رایانه‌ای شده باشد؛\n"
        "ج) داده‌ها یا سامانه‌های رایانه‌ای یا مخابراتی، متعلق به دولت یا نهادها و "
        "مراکز ارائه دهنده خدمات عمومی باشد؛\n"
        "د) جرم به صورت سازمان یافته ارتکاب یافته باشد؛\n"
        "ﻫ) جرم در سطح گسترده‌ای ارتکاب یافته باشد."
    ),
    gloss=(
        "In the following cases the offender is sentenced, as the case may be, to more than two-thirds of the "
        "maximum of one or both prescribed punishments: (a) public employees and officials acting in the course "
        "of duty; (b) the lawful operator or possessor of networks acting by reason of the job; (c) the data or "
        "systems belong to the state or to public-service providers; (d) organised commission; (e) commission "
        "on a wide scale."
    ),
)

non_penal(
    "755",
    "ir_rule_755",
    title="Deprivation of public electronic services on repeat (CCL Art 27) - a rule applied to the offences",
    title_original="محرومیت از خدمات الکترونیکی عمومی",
    text=(
        "ماده۷۵۵(ماده۲۷ ق.ج.ر)- درصورت تکرار جرم برای بیش از دو بار دادگاه "
        "می‌تواند مرتکب را از خدمات الکترونیکی عمومی از قبیل اشتراک اینترنت، "
        "تلفنهمراه، اخذ نام دامنهی مرتبه بالای کشوری و بانکداری الکترونیکی "
        "محروم کند:\n"
        "الف) چنانچه مجازات حبس آن جرم نود و یک روز تا دو سال حبس باشد، محرومیت "
        "از یک ماه تا یک سال؛\n"
        "ب) چنانچه مجازات حبس آن جرم دو تا پنج سال حبس باشد، محرومیت از یک تا "
        "سه سال؛\n"
        "ج) چنانچه مجازات حبس آن جرم بیش از پنج سال حبس باشد، محرومیت از سه تا "
        "پنج سال."
    ),
    gloss=(
        "If the offence is repeated more than twice, the court may deprive the offender of public electronic "
        "services (internet subscription, mobile telephone, national top-level domain, e-banking): (a) "
        "imprisonment of 91 days to two years: one month to one year; (b) two to five years: one to three "
        "years; (c) more than five years: three to five years."
    ),
)

_REPEALED_TEXT = "مطابق مادهی ۶۹۸ قانون آیین دادرسی کیفری مصوب و الحاقیه ۳۰/۷/۱۳۹۳ از مواد ۲۸ الی ۵۱ ملغی گردیده است."
for _number in range(756, 780):
    non_penal(
        str(_number),
        "ir_repealed",
        title=f"Repealed (CCL Art {_number - 728}, procedure)",
        title_original=f"ماده {_number} (ملغی)",
        text=_REPEALED_TEXT,
        gloss=(
            "Computer Crimes Law Arts 28-51 (IPC 756-779: jurisdiction, evidence and procedure) were repealed by "
            "Art 698 of the Code of Criminal Procedure."
        ),
        translation_notes=(
            "The seed dates the repealing text «۳۰/۷/۱۳۹۳»; the repealing provision was added by the law of "
            "1393/07/08 and one source gives the repeal as in force from 1394/04/01 (SINGLE-SOURCE).",
        ),
    )

non_penal(
    "780",
    "ir_residual_780",
    title="Other offences committed by computer (CCL Art 52)",
    title_original="سایر مقررات",
    text=(
        "ماده۷۸۰(ماده۵۲ ق.ج.ر)- در مواردی که سامانه رایانه‌ای یا مخابراتی به "
        "عنوان وسیله ارتکاب جرم به کار رفته و در این قانون برای عمل مزبور "
        "مجازاتی پیشبینی نشده است، مطابق قوانین جزایی مربوط عمل خواهد شد.\n"
        "تـبصره- در مواردی که در بخش دوم این قانون برای رسیدگی به جرایم "
        "رایانه‌ای مقررات خاصی از جهت آیین دادرسی پیشبینی نشده است طبق مقررات "
        "قانون آیین دادرسی کیفری اقدام خواهد شد."
    ),
    gloss=(
        "Where a computer or telecommunication system is used to commit an act for which this law sets no "
        "penalty, the relevant penal laws apply. Note: procedure follows the Code of Criminal Procedure."
    ),
)

non_penal(
    "781",
    "ir_adjustment_781",
    title="Adjustment of fines for inflation (CCL Art 53)",
    title_original="تعدیل جزاهای نقدی",
    text=(
        "ماده۷۸۱(ماده۵۳ ق.ج.ر)- میزان جزاهای نقدی این قانون براساس نرخ رسمی "
        "تورم حسب اعلام بانک مرکزی هرسه سال یک بار با پیشنهاد رئیس قوه قضاییه و "
        "تصویب هیأت وزیران قابل تغییر است."
    ),
    gloss=(
        "The fines of this law may be changed every three years according to the official inflation rate "
        "announced by the Central Bank, on the proposal of the Head of the Judiciary and with the approval of "
        "the Council of Ministers. (The decrees of 1399 and 1403 cite IPC Art 28 and a Ministry of Justice "
        "proposal.)"
    ),
)

non_penal(
    "782",
    "ir_procedure",
    title="Regulations on electronic evidence (CCL Art 54)",
    title_original="آیین‌نامه ادله الکترونیکی",
    text=(
        "ماده۷۸۲(ماده۵۴ ق.ج.ر)- آیین‌نامه‌های مربوط به جمعآوری و استنادپذیری ادله "
        "الکترونیکی ظرف مدت ششماه از تاریخ تصویب این قانون توسط وزارت دادگستری "
        "با همکاری وزارت ارتباطات و فناوری اطلاعات تهیه و به تصویب رئیس قوه "
        "قضاییه خواهد رسید."
    ),
    gloss="The regulations on collecting electronic evidence are prepared by the Ministry of Justice.",
)

non_penal(
    "783",
    "ir_repeal_783",
    title="Repeal of contrary laws",
    title_original="ماده ۷۸۳",
    text=(
        "ماده۷۸۳(اصلاحی۲۷/۲/۱۳۷۲)- کلیه قوانین مغایر با این قانون از جمله قانون "
        "مجازات عمومی مصوب ۱۳۰۴و اصلاحات و الحاقات بعدی آن ملغی است."
    ),
    gloss="All laws contrary to this law, including the General Penal Code of 1304, are repealed.",
    translation_notes=(
        "The seed's label «(اصلاحی۲۷/۲/۱۳۷۲)» and text are the old IPC-1375 repeal clause, renumbered 783 by "
        "CCL Art 55; non-penal.",
    ),
)

ARTICLES: tuple[Article, ...] = tuple(ARTICLES_LIST)


def _aliases() -> dict[str, str]:
    """``ir.ccl.<n>`` for every IPC article 729-782, and Persian clause letters."""
    found: dict[str, str] = {}
    for entry in ARTICLES:
        number = int(entry.number)
        rest = entry.id[len(f"ir.ipc.{number}") :]
        targets = [f"ir.ipc.{number}"]
        if number <= 782:
            targets.append(f"ir.ccl.{number - 728}")
        for target in targets:
            if target + rest != entry.id:
                found[target + rest] = entry.id
            if entry.clause is not None:
                found[f"{target}.{CLAUSE_LETTERS[entry.clause]}"] = entry.id
    return found


#: Aliases: Computer Crimes Law numbering and Persian clause letters.
ALIASES: dict[str, str] = _aliases()

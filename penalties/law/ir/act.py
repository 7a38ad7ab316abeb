"""The act: Islamic Penal Code Book 5, Arts 729-783 (the Computer Crimes Law of 1388)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from ...core.article import Act
from ...core.messages import N_, message, pgettext
from ...core.sanction import Quantity, register_kind
from .facts import IrFacts
from .time import LENIENT_LATER_LAW

if TYPE_CHECKING:
    from ...core.article import Article
    from ...core.assessment import Assessment
    from ...core.sentencing import SentencingFinding

__all__ = ["ACT", "TAZIR_IMPRISONMENT", "cite"]

#: حبس تعزیری: imprisonment as a ta'zir penalty (IPC Art 19), the Iranian act's custodial term.
TAZIR_IMPRISONMENT = register_kind(
    "tazir_imprisonment", Quantity.TERM, label=N_("ta'zir imprisonment"), restricts_liberty=True
)
# A criminal fine (جزای نقدی) reads "fine" in English; the catalogs name it in the act's context.
message("kind.fine@ir.ipc", pgettext("ir.ipc", "fine"))

#: The Computer Crimes Law (قانون جرایم رایانه‌ای) was adopted by the Majlis on 1388/03/05
#: (2009-05-26) and, by its Art 55, placed in the Islamic Penal Code as Arts 729-783; one source
#: dates the Guardian Council's confirmation 1388/03/20. The library counts it in force from the
#: adoption date, as the law notes do; a date before it raises NotInForceError.


def _sentencing(article: Article, assessment: Assessment) -> SentencingFinding:
    """The general part of the Islamic Penal Code on any ta'zir offence (:mod:`penalties.law.ir.sentencing`).

    The module imports this one (for citations), so it is imported on the first assessment and
    its hook kept here: an import statement on every call would cost more than the hook.
    """
    found = _HOOK
    if not found:
        from .sentencing import hook

        found.append(hook)
    return found[0](article, assessment)


_HOOK: list[Callable[[Article, Assessment], SentencingFinding]] = []


ACT = Act(
    id="ir.ipc",
    title=N_("Islamic Penal Code (Computer Crimes Law)"),
    title_original="قانون مجازات اسلامی (قانون جرایم رایانه‌ای)",
    jurisdiction="IR",
    language="fa",
    offender_words=(("organisation", "legal_person"), ("individual", "natural_person")),
    currency="IRR",
    in_force_from=_dt.date(2009, 5, 26),
    facts_type=IrFacts,
    source="Computer Crimes Law adopted 1388/03/05 (2009-05-26), IPC Arts 729-783",
    time_rule=LENIENT_LATER_LAW,  # IPC Art 10
    sentencing=_sentencing,
)

cite = ACT.cite

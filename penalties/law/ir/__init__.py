"""Iran: the Computer Crimes Law (Islamic Penal Code Arts 729-783).

- :mod:`.computer_crimes_law` - every article, clause and note, text beside formula (``ir.ipc.729``);
- :mod:`.amounts` - the fines over time (1388 statute, decrees of 1399/12/25 and 1403/04/04) and the
  hypothetical inflation what-if of Art 781;
- :mod:`.rules` - Arts 748 (legal persons), 754 (aggravation) and 755 (repeat) as rules;
- :mod:`.facts` - the facts of a case, the open readings, Solar Hijri dates.
"""

from __future__ import annotations

from ...core.errors import NotDeterminableError
from .amounts import CBI_INFLATION, DECREES, SCHEDULES, Hypothetical, Status, hypothetical_adjustment
from .facts import READINGS, IrCircumstance, IrFacts, IrReadings, parse_date

__all__ = [
    "CBI_INFLATION",
    "DECREES",
    "READINGS",
    "SCHEDULES",
    "Hypothetical",
    "IrCircumstance",
    "IrFacts",
    "IrReadings",
    "NotDeterminableError",
    "Status",
    "hypothetical_adjustment",
    "parse_date",
]

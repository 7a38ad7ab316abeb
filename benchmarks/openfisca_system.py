"""The benchmark's formulas as an OpenFisca tax-benefit system: the reference rules-as-code engine.

One entity (a case), its inputs and the fine bounds of PRC Data Security Law Art 47 and Iran's
Computer Crimes Law Art 1 (IPC Art 729) with Art 754 (aggravation) and Art 748 (legal persons),
written the way an OpenFisca country package writes them: variables with a value type and a
period, vectorised formulas, and dated parameters for the rial amounts (1388, decrees of 1399 and
1403). Each formula is the same arithmetic as ``bare_*`` in ``bench_assess.py``.

OpenFisca stores ``int`` variables as ``int32`` and ``float`` variables as ``float32``: that is
its default, and the benchmark shows what it does to these figures (10x gains of 214,748,365 yuan
overflow ``int32``; two-thirds of 80,000,000 rials is not a ``float32``).

Requires the ``bench`` extra (``pip install -e ".[bench]"``).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from openfisca_core.entities import build_entity
from openfisca_core.parameters import ParameterNode
from openfisca_core.periods import DateUnit
from openfisca_core.simulations import SimulationBuilder
from openfisca_core.taxbenefitsystems import TaxBenefitSystem
from openfisca_core.variables import Variable

__all__ = ["OUTPUTS", "build_system", "new_array_simulation", "single_case"]

Case = build_entity(key="case", plural="cases", label="A case", is_person=True)
DAY = DateUnit.DAY

#: Rial amounts of IPC Art 729 by the date they took effect (Art 781; cabinet decrees).
IR_729_AMOUNTS = {
    "fine_min": {"2009-05-26": 5_000_000, "2021-03-15": 20_000_000, "2024-06-24": 66_000_000},
    "fine_max": {"2009-05-26": 20_000_000, "2021-03-15": 80_000_000, "2024-06-24": 264_000_000},
}


class illegal_gains(Variable):
    value_type = int
    entity = Case
    definition_period = DAY
    label = "Illegal gains (yuan)"


class aggravated(Variable):
    value_type = bool
    entity = Case
    definition_period = DAY
    label = "One of the cases of IPC Art 754"


class legal_person(Variable):
    value_type = bool
    entity = Case
    definition_period = DAY
    label = "The offender is a legal person (IPC Art 747)"


class dsl47_fine_low(Variable):
    value_type = int
    entity = Case
    definition_period = DAY
    label = "DSL Art 47: lowest fine (yuan)"

    def formula(case: Any, period: Any, parameters: Any) -> Any:
        gains = case("illegal_gains", period)
        return np.where(gains < 100_000, 100_000, gains)


class dsl47_fine_high(Variable):
    value_type = int
    entity = Case
    definition_period = DAY
    label = "DSL Art 47: highest fine (yuan)"

    def formula(case: Any, period: Any, parameters: Any) -> Any:
        gains = case("illegal_gains", period)
        return np.where(gains < 100_000, 1_000_000, gains * 10)


class ir729_fine_low(Variable):
    value_type = float
    entity = Case
    definition_period = DAY
    label = "IPC Art 729 with Arts 748 and 754: lowest fine (rials; excluded when aggravated)"

    def formula(case: Any, period: Any, parameters: Any) -> Any:
        amounts = parameters(period).ir.ipc729
        legal = case("legal_person", period)
        high = np.where(legal, 6 * amounts.fine_max, amounts.fine_max)
        low = np.where(legal, 3 * amounts.fine_max, amounts.fine_min)
        return np.where(case("aggravated", period), np.maximum(low, high * 2 / 3), low)


class ir729_fine_high(Variable):
    value_type = float
    entity = Case
    definition_period = DAY
    label = "IPC Art 729 with Art 748: highest fine (rials)"

    def formula(case: Any, period: Any, parameters: Any) -> Any:
        amounts = parameters(period).ir.ipc729
        return np.where(case("legal_person", period), 6 * amounts.fine_max, amounts.fine_max)


#: The variables the benchmark computes for every case.
OUTPUTS = ("dsl47_fine_low", "dsl47_fine_high", "ir729_fine_low", "ir729_fine_high")


class PenaltiesSystem(TaxBenefitSystem):
    def __init__(self) -> None:
        super().__init__([Case])
        for variable in (
            illegal_gains,
            aggravated,
            legal_person,
            dsl47_fine_low,
            dsl47_fine_high,
            ir729_fine_low,
            ir729_fine_high,
        ):
            self.add_variable(variable)
        data = {
            name: {"values": {day: {"value": v} for day, v in values.items()}}
            for name, values in IR_729_AMOUNTS.items()
        }
        self.parameters = ParameterNode("", data={"ir": {"ipc729": data}})


def build_system() -> TaxBenefitSystem:
    return PenaltiesSystem()


def single_case(
    system: TaxBenefitSystem, day: str, gains: int, is_aggravated: bool, is_legal: bool, outputs: tuple[str, ...]
) -> list[Any]:
    """OpenFisca's single-case path: a simulation built from a situation, then the outputs."""
    situation = {
        "cases": {
            "c": {
                "illegal_gains": {day: gains},
                "aggravated": {day: is_aggravated},
                "legal_person": {day: is_legal},
            }
        }
    }
    simulation = SimulationBuilder().build_from_entities(system, situation)
    return [simulation.calculate(name, day)[0] for name in outputs]


def new_array_simulation(system: TaxBenefitSystem, day: str, gains: Any, is_aggravated: Any, is_legal: Any) -> Any:
    """OpenFisca's array path: a default simulation of ``len(gains)`` cases with the inputs set."""
    simulation = SimulationBuilder().build_default_simulation(system, count=len(gains))
    simulation.set_input("illegal_gains", day, gains)
    simulation.set_input("aggravated", day, is_aggravated)
    simulation.set_input("legal_person", day, is_legal)
    return simulation

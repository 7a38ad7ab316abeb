"""The compiled plan is the one evaluator: node protocol, folded rules, declared change dates.

Figures are the statute's: DSL Art 47 (fine 100,000-1,000,000 yuan with no gains or gains under
100,000 yuan; otherwise 1 to 10 times the gains); IPC Art 729 with the amounts in force
(law-notes, amounts data) and Arts 748 / 754 / 755 as :mod:`penalties.law.ir.rules` states them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from penalties import Money, article, catalog
from penalties.core.errors import PenaltiesError
from penalties.core.formula import AllOf, Evaluation, FixedRange, Provision, Ref, Step, Tier, Tiered
from penalties.core.interval import Interval
from penalties.core.plan import NotCompilable, gains_pieces
from penalties.core.sanction import Addressee, Modality, SanctionKind

ARTICLES = [a for a in catalog() if a.formula is not None]
IR_WITH_RULES = [a for a in ARTICLES if a.rules]


def cny(n: int) -> Money:
    return Money(n, "CNY")


def outcome(entry: Any, facts: dict[str, Any]) -> Any:
    """What the article's plan gives (the formula and the act's rules), before the steps that
    assess() adds around it (the offence date, the general part's options)."""
    try:
        made = entry.make_facts(facts)
        entry.check_in_force(made.on)
        ev = entry._evaluate(made)
    except PenaltiesError as error:
        return (type(error), str(error))
    penal = entry.penal if ev.penal is None else ev.penal
    return (penal, ev.tier, tuple(ev.sanctions), tuple(ev.combinations), tuple(ev.trace), tuple(ev.notes))


# -- the node protocol ---------------------------------------------------------------------------


@attrs.frozen
class Stricter(Tiered):
    """A subclass with nothing of its own: it must compile as Tiered does (not opt out)."""


def test_a_subclass_of_tiered_compiles_like_tiered() -> None:
    dsl45 = article("cn.dsl.45.1")
    assert isinstance(dsl45.formula, Tiered)
    twin = attrs.evolve(dsl45, formula=Stricter(dsl45.formula.tiers))
    for circumstances in (set(), {c.value for c in dsl45.circumstances}):
        facts = {"on": "2024-05-01", "circumstances": circumstances}
        assert outcome(twin, facts) == outcome(dsl45, facts)
        plan = twin.plan(twin.make_facts(facts))
        assert not plan.opaque and plan.result is not None


@attrs.frozen
class OldStyle:
    """A node written before plans: only ``evaluate``. The plan runs it per call (opaque)."""

    basis: Any

    def evaluate(self, ev: Evaluation) -> tuple[Ref, ...]:
        ev.trace.append(Step("note", self.basis, (("note", "old_style"),)))
        ev.sanctions.append(
            ev.sanctions[0].__class__(SanctionKind.WARNING, Addressee.OFFENDER, Modality.MAY, self.basis, None)
        )
        return (("sanction", len(ev.sanctions) - 1),)


def test_a_node_with_only_evaluate_is_opaque_and_still_counts() -> None:
    dsl48 = article("cn.dsl.48.1")
    formula = AllOf((dsl48.formula, OldStyle(dsl48.basis)), dsl48.basis)
    twin = attrs.evolve(dsl48, formula=formula)
    plain = dsl48.assess(on="2024-05-01")
    mixed = twin.assess(on="2024-05-01")
    assert twin.plan(twin.make_facts({"on": "2024-05-01"})).opaque
    assert mixed.sanctions[: len(plain.sanctions)] == plain.sanctions
    assert mixed.sanctions[-1].kind is SanctionKind.WARNING
    # The outer "all of" holds the article's own combination (or sanction) and the warning.
    outer = mixed.combinations[-1]
    assert len(outer.members) + len(outer.groups) == 2


def test_a_fact_dependent_provision_that_does_not_apply_changes_the_plan_not_the_answer() -> None:
    # DSL 47 confiscates the gains: with none there is nothing to confiscate (a step says so).
    dsl47 = article("cn.dsl.47")
    none = dsl47.assess(on="2024-05-01")
    some = dsl47.assess(on="2024-05-01", illegal_gains=250_000)
    assert none.find("confiscation_of_illegal_gains") is None
    assert some.find("confiscation_of_illegal_gains").range == Interval(cny(250_000), cny(250_000))
    assert any(s.code == "not_applicable" for s in none.trace)
    assert none.fine == Interval(cny(100_000), cny(1_000_000))
    assert some.fine == Interval(cny(250_000), cny(2_500_000))


# -- the plan described over the gains (batch and whatif read this) --------------------------------


def test_dsl_47_fine_over_the_gains() -> None:
    dsl47 = article("cn.dsl.47")
    facts = dsl47.make_facts({"on": "2024-05-01"})
    pieces = gains_pieces(dsl47, facts, SanctionKind.FINE, Addressee.OFFENDER)
    assert pieces == [
        (0, ("const", Interval(cny(100_000), cny(1_000_000))), None),
        (100_000, ("linear", 1, 10), None),
    ]


def test_a_multiple_of_no_gains_is_a_piece_without_an_answer() -> None:
    dsl47 = article("cn.dsl.47")
    reformed = attrs.evolve(
        dsl47,
        formula=AllOf(
            (Provision(SanctionKind.FINE, Modality.SHALL, dsl47.basis, dsl47.formula.members[2].amount.otherwise),),
            dsl47.basis,
        ),
    )
    pieces = gains_pieces(reformed, reformed.make_facts({"on": "2024-05-01"}), SanctionKind.FINE, Addressee.OFFENDER)
    assert pieces[0][0] == 0 and pieces[0][1] is None and isinstance(pieces[0][2], PenaltiesError)
    assert pieces[1] == (1, ("linear", 1, 10), None)


def test_an_opaque_node_has_no_description_over_the_gains() -> None:
    dsl48 = article("cn.dsl.48.1")
    twin = attrs.evolve(dsl48, formula=AllOf((dsl48.formula, OldStyle(dsl48.basis)), dsl48.basis))
    with pytest.raises(NotCompilable):
        gains_pieces(twin, twin.make_facts({"on": "2024-05-01"}), SanctionKind.FINE, Addressee.OFFENDER)


# -- the act-wide rules, folded -----------------------------------------------------------------


def ir_cases(entry: Any) -> list[dict[str, Any]]:
    made: list[dict[str, Any]] = []
    for on in ("2019-01-01", "2022-01-01", "2025-01-01"):
        if dt.date.fromisoformat(on) < entry.in_force[0]:
            continue
        for offender in ("natural_person", "legal_person"):
            for circumstances in ([], *([c.value] for c in sorted(entry.circumstances, key=lambda c: c.value))):
                for occurrence in (1, 2, 3, 4):
                    made.append(
                        {"on": on, "offender": offender, "circumstances": circumstances, "occurrence": occurrence}
                    )
    return made


def per_call(entry: Any, raw: dict[str, Any]) -> Any:
    """The rules applied per call to the formula's own evaluation (``Rule.apply``)."""
    try:
        facts = entry.make_facts(raw)
        entry.check_in_force(facts.on)
        ev = Evaluation(facts)
        entry.formula.evaluate(ev)
        for rule in entry.rules:
            rule.apply(entry, ev)
    except PenaltiesError as error:
        return (type(error), str(error))
    penal = entry.penal if ev.penal is None else ev.penal
    return (penal, ev.tier, tuple(ev.sanctions), tuple(ev.combinations), tuple(ev.trace), tuple(ev.notes))


@pytest.mark.parametrize("entry", IR_WITH_RULES, ids=lambda a: a.id)
def test_rules_folded_into_the_plan_give_what_they_give_per_call(entry: Any) -> None:
    for raw in ir_cases(entry):
        assert outcome(entry, raw) == per_call(entry, raw), raw


def test_729_with_754_is_held_ready_in_its_plan() -> None:
    # Nothing of IR 729 + 754 depends on more than the situation: the plan holds the result.
    ir729 = article("ir.ipc.729")
    facts = ir729.make_facts({"on": "2025-01-01", "circumstances": {"organised"}})
    assert ir729.plan(facts).result is not None
    assert ir729.plan(facts) is ir729.plan(ir729.make_facts({"on": "2025-02-01", "circumstances": {"organised"}}))


def test_the_commission_number_is_a_question_of_the_plan() -> None:
    # Art 748: on a repeat (occurrence >= 2) the closure is 1 to 5 years, else 1 to 9 months.
    ir729 = article("ir.ipc.729")
    first = ir729.assess(on="2025-01-01", offender="legal_person", occurrence=1)
    repeat = ir729.assess(on="2025-01-01", offender="legal_person", occurrence=2)
    assert first.find("temporary_closure").range != repeat.find("temporary_closure").range


# -- change dates are declared data -------------------------------------------------------------


@st.composite
def dated(draw: Any) -> tuple[Any, dt.date, dt.date]:
    entry = draw(st.sampled_from(ARTICLES))
    dates = entry.change_dates
    index = draw(st.integers(min_value=0, max_value=len(dates) - 1))
    start = dates[index]
    end = dates[index + 1] - dt.timedelta(days=1) if index + 1 < len(dates) else dt.date(2030, 12, 31)
    offset = draw(st.integers(min_value=0, max_value=max(0, (end - start).days)))
    return entry, start, start + dt.timedelta(days=offset)


@given(dated())
@settings(max_examples=200)
def test_an_article_gives_one_result_between_two_of_its_change_dates(case: Any) -> None:
    entry, start, day = case
    first = outcome(entry, {"on": start})
    later = outcome(entry, {"on": day})
    if isinstance(first, tuple) and isinstance(first[0], type):
        assert isinstance(later, tuple) and later[0] is first[0]
    else:
        assert later == first


def test_change_dates_name_the_decrees_of_the_amounts() -> None:
    # IPC Art 729: the 1375 figures, then the decrees of 1399 (2021-03-15) and 1403 (2024-06-24).
    dates = article("ir.ipc.729").change_dates
    assert dt.date(2021, 3, 15) in dates and dt.date(2024, 6, 24) in dates


def test_a_fixed_range_evolved_after_assessment_shows_the_new_range() -> None:
    dsl481 = article("cn.dsl.48.1")
    dsl481.assess(on="2024-05-01")
    fine = next(p for p in dsl481.formula.members if isinstance(p, Provision) and p.kind is SanctionKind.FINE)
    index = dsl481.formula.members.index(fine)
    members = list(dsl481.formula.members)
    members[index] = attrs.evolve(fine, amount=FixedRange(Interval(cny(1), cny(2))))
    reformed = attrs.evolve(dsl481, formula=attrs.evolve(dsl481.formula, members=tuple(members)))
    assert reformed.assess(on="2024-05-01").fine == Interval(cny(1), cny(2))
    assert dsl481.assess(on="2024-05-01").fine == Interval(cny(50_000), cny(500_000))


def test_tier_selection_by_the_last_met_trigger() -> None:
    tiers = article("cn.dsl.45.1").formula.tiers
    assert isinstance(tiers[0], Tier)


# -- facts checked by a straight line ----------------------------------------------------------

FACT_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=10**7),
    st.sampled_from(
        [
            "organisation",
            "legal_person",
            "individual",
            "2024-05-01",
            "1403/04/04",
            "organised",
            "refused_correction",
            "x",
            1.5,
            {"organised"},
            [],
            {"trajectory": 50},
            dt.date(2024, 5, 1),
        ]
    ),
)


@st.composite
def raw_facts(draw: Any) -> tuple[type, dict[str, Any]]:
    facts_type = draw(st.sampled_from(sorted({a.act.facts_type for a in ARTICLES}, key=lambda t: t.__name__)))
    names = draw(st.lists(st.sampled_from(facts_type.field_names()), unique=True, max_size=4))
    return facts_type, {name: draw(FACT_VALUES) for name in names}


def made(make: Any, raw: dict[str, Any]) -> Any:
    try:
        return make(**raw) if make is not None else None
    except PenaltiesError as error:
        return (type(error), str(error))


@given(raw_facts())
@settings(max_examples=300)
def test_the_straight_line_facts_check_equals_the_constructor(case: Any) -> None:
    facts_type, raw = case
    raw.setdefault("on", dt.date(2024, 5, 1))  # the default is the day of the call
    assert made(lambda **kw: facts_type.from_keywords(kw), raw) == made(facts_type, raw)


def test_plans_shared_by_threads_give_each_case_its_own_result() -> None:
    # Readings are keyed by a number per value: threads that meet new values at once must not
    # share one (DSL readings, Art 47: the measures after both fine branches or the low one only).
    from concurrent.futures import ThreadPoolExecutor

    dsl47 = article("cn.dsl.47")
    fresh = attrs.evolve(dsl47)  # no plan compiled yet
    cases = [
        {
            "on": "2024-05-01",
            "illegal_gains": gains,
            "readings": {"art47_business_measures": measures, "aggravated_measures": aggravated},
        }
        for gains in (0, 250_000)
        for measures in ("both_branches", "low_gains_branch_only")
        for aggravated in ("as_written", "with_basic_measures")
    ] * 25
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda raw: outcome(fresh, raw), cases))
    assert results == [outcome(dsl47, raw) for raw in cases]


@given(
    st.sets(
        st.one_of(
            st.sampled_from(["organised", "Organised ", "ORGANISED", "profession", "nope", ""]),
            st.sampled_from(list(article("ir.ipc.729").act.facts_type.CIRCUMSTANCES)),
            st.integers(min_value=0, max_value=3),
        ),
        max_size=4,
    )
)
def test_a_set_of_circumstances_reads_as_the_same_list(values: set[Any]) -> None:
    # The quick path for a set of the members' own values must agree with the checks item by item.
    from penalties.core.facts import to_enum_set

    circumstances = article("ir.ipc.729").act.facts_type.CIRCUMSTANCES

    def read(value: Any) -> Any:
        try:
            return to_enum_set(value, circumstances)
        except PenaltiesError as error:
            return (type(error), error.field)

    as_list = read(list(values))
    as_set = read(values)
    if isinstance(as_list, tuple):  # refused: the set is refused too (maybe naming another item)
        assert isinstance(as_set, tuple) and as_set[0] is as_list[0]
    else:
        assert as_set == as_list


# -- hostile input to the entry points of the plan -----------------------------------------------


@pytest.mark.parametrize("value", [None, {}, "cn.dsl.47", 5, [1] * 10, object()])
def test_plan_and_gains_pieces_refuse_what_is_not_their_input(value: Any) -> None:
    from penalties.core.errors import InvalidFactError

    dsl47 = article("cn.dsl.47")
    facts = dsl47.make_facts({"on": "2024-05-01"})
    with pytest.raises(InvalidFactError) as caught:
        dsl47.plan(value)
    assert caught.value.field == "facts"
    with pytest.raises(InvalidFactError):
        dsl47.plan(article("ir.ipc.729").make_facts({"on": "2024-05-01"}))  # another act's facts
    for call, field in (
        (lambda: gains_pieces(value, facts, SanctionKind.FINE, Addressee.OFFENDER), "article"),
        (lambda: gains_pieces(dsl47, value, SanctionKind.FINE, Addressee.OFFENDER), "facts"),
        (lambda: gains_pieces(dsl47, facts, value, Addressee.OFFENDER), "kind"),
        (lambda: gains_pieces(dsl47, facts, SanctionKind.FINE, value), "addressee"),
    ):
        with pytest.raises(InvalidFactError) as refused:
            call()
        assert refused.value.field == field

"""PRC sentencing: options beside the range, Art 63, several crimes, probation, limitation.

Figures typed from the law notes (china_time_and_sentencing.md §3, §1.10, §8), on both sides of
each boundary. CL = Criminal Law (consolidated through Amendment XII).
"""

from __future__ import annotations

import datetime as dt
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from penalties import (
    Adjustment,
    Citation,
    Direction,
    Interval,
    InvalidFactError,
    Modality,
    Money,
    OffenceSentence,
    SanctionKind,
    SentenceRange,
    Term,
    assess,
)
from penalties.core.sentencing import Limitation, SeveralOffences, Status
from penalties.law.cn.sentencing import (
    ART63_2,
    combine,
    limitation,
    limitation_period,
    probation,
    prosecution_barred,
)

FT = SanctionKind.FIXED_TERM_IMPRISONMENT
CD = SanctionKind.CRIMINAL_DETENTION
PS = SanctionKind.PUBLIC_SURVEILLANCE
FINE = SanctionKind.FINE
ON = "2024-01-01"


def ym(years: int, months: int = 0) -> Term:
    return Term.months(12 * years + months)


def same(a: Interval, b: Interval) -> bool:  # type: ignore[type-arg]
    """Equal as ranges (ends compared by length, not by the unit written)."""
    return (
        not (a.low < b.low or b.low < a.low)
        and not (a.high < b.high or b.high < a.high)
        and (a.low_closed, a.high_closed) == (b.low_closed, b.high_closed)
    )


def options(a, rule: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(o.direction.value, o.modality.value) for o in a.adjustments_by(rule)]


# ---------------------------------------------------------------------------------------------
# Options beside the range.


def test_the_statutory_range_never_moves() -> None:
    plain = assess("cn.cl.253-1", circumstances={"especially_serious"}, on=ON)
    many = assess(
        "cn.cl.253-1",
        circumstances={"especially_serious"},
        surrender=True,
        meritorious_service="major",
        recidivist=True,
        age_at_offence=76,
        on=ON,
    )
    assert many.sanctions == plain.sanctions
    assert plain.adjustments == (ART63_2,)  # CL Art 63 para 2 alone: open to every crime


@pytest.mark.parametrize(
    ("article", "facts"),
    [
        ("cn.cl.253-1", {"circumstances": {"serious"}}),
        ("cn.cl.253-1", {"circumstances": {"especially_serious"}, "surrender": True}),
        ("cn.cl.253-1", {"circumstances": {"especially_serious"}, "on": "2010-06-01"}),  # same text since 1997
        ("cn.cl.180", {"circumstances": {"especially_serious"}, "recidivist": True}),
        ("cn.cl.286-1", {"circumstances": {"serious", "refused_ordered_correction"}, "offender": "organisation"}),
    ],
)
def test_art63_para2_is_open_to_every_crime(article: str, facts: dict[str, object]) -> None:
    # CL Art 63 para 2: 犯罪分子虽然不具有本法规定的减轻处罚情节，但是根据案件的特殊情况，经最高人民法院核准，
    # 也可以在法定刑以下判处刑罚 (notes §3.3: flag needs_spc_approval).
    a = assess(article, **{"on": ON, **facts})  # type: ignore[arg-type]
    found = a.adjustments_by("cn.cl.63.2")
    assert len(found) == 1
    option = found[0]
    assert option.basis == Citation("cn.cl", "PRC Criminal Law", "63", 2)
    assert (option.modality, option.direction) == (Modality.MAY, Direction.MITIGATED)
    assert option.condition == "spc_approval" and option.ground == "special_circumstances_of_case"
    # "在法定刑以下" with no floor: no range at all, and a note says why (no invented lower bound).
    assert option.ranges == () and option.range(FT) is None
    assert [n.code for n in option.notes] == ["art63_2_no_floor"]
    assert option.readings == ()  # readings O4 and O5 concern para 1 only
    assert option.status is Status.VERIFIED
    # The option brings no reading of Art 63 para 1 into the trace by itself.
    if not facts.get("surrender"):
        assert not [s for s in a.trace if s.code == "reading" and s.basis.article == "63"]
    assert a.sanctions == assess(article, **{"on": ON, **facts}).sanctions  # type: ignore[arg-type]
    assert Adjustment.from_dict(option.to_dict()) == option


def test_art63_para2_absent_when_there_is_no_crime() -> None:
    below = assess("cn.cl.253-1", on=ON)  # below every threshold: not penal
    assert not below.penal and below.adjustments == ()


def test_art63_next_lower_range_of_253_1_reading_o4() -> None:
    # CL 63 para 1; 253-1 especially serious [3, 7] years -> the serious range: under 3 years or 拘役, fine.
    a = assess("cn.cl.253-1", circumstances={"especially_serious"}, surrender=True, on=ON)
    mitigated = next(o for o in a.adjustments_by("cn.cl.67.1") if o.direction is Direction.MITIGATED)
    assert mitigated.via is not None and mitigated.via.article == "63"
    ft = mitigated.range(FT)
    assert ft is not None and same(ft, Interval(Term.months(6), ym(3), high_closed=False))
    assert ym(3) not in ft and ym(2, 11) in ft  # O4 (a): strictly below the 3-year minimum
    assert mitigated.range(CD) == Interval(Term.months(1), Term.months(6))  # CL 42
    assert FINE in {r.kind for r in mitigated.ranges}
    assert mitigated.readings == (("art63_upper_bound", "excluded"),)
    assert any(s.code == "reading" and s.param("reading") == "art63_upper_bound" for s in a.trace)
    included = assess(
        "cn.cl.253-1",
        circumstances={"especially_serious"},
        surrender=True,
        readings={"art63_upper_bound": "included"},
        on=ON,
    )
    option = next(o for o in included.adjustments_by("cn.cl.67.1") if o.direction is Direction.MITIGATED)
    assert ym(3) in option.range(FT)  # type: ignore[operator]  # O4 (b): Art 99 includes the number


def test_art63_of_180_especially_serious() -> None:
    # 180 especially serious (5-10 y) -> <= 5 y or 拘役 (notes §3.3), 5 years excluded under O4 (a).
    a = assess("cn.cl.180", circumstances={"especially_serious"}, surrender=True, on=ON)
    option = next(o for o in a.adjustments_by("cn.cl.67.1") if o.direction is Direction.MITIGATED)
    ft = option.range(FT)
    assert ft is not None and ym(5) not in ft and ym(4, 11) in ft and Term.months(6) in ft


def test_art63_lowest_range_reading_o5() -> None:
    # 253-1 serious tier is the lowest: (a) no lower range, lighter kinds named (拘役, fine alone).
    a = assess("cn.cl.253-1", circumstances={"serious"}, surrender=True, on=ON)
    option = next(o for o in a.adjustments_by("cn.cl.67.1") if o.direction is Direction.MITIGATED)
    assert option.ranges == ()
    (note,) = [s for s in option.notes if s.code == "art63_lowest"]
    assert set(note.param("kinds")) == {CD, FINE}
    assert option.readings == (("art63_lowest_range", "none"),)
    b = assess(
        "cn.cl.253-1",
        circumstances={"serious"},
        surrender=True,
        readings={"art63_lowest_range": "public_surveillance"},
        on=ON,
    )
    option = next(o for o in b.adjustments_by("cn.cl.67.1") if o.direction is Direction.MITIGATED)
    assert option.range(PS) == Interval(Term.months(3), Term.years(2))  # CL 38


@pytest.mark.parametrize(
    ("facts", "rule", "expected"),
    [
        ({"surrender": True}, "cn.cl.67.1", [("lighter", "may"), ("mitigated", "may"), ("exempt", "may")]),
        ({"confession": True}, "cn.cl.67.3", [("lighter", "may")]),
        (
            {"confession": True, "confession_averted_harm": True},
            "cn.cl.67.3",
            [("lighter", "may"), ("mitigated", "may")],
        ),
        ({"meritorious_service": "ordinary"}, "cn.cl.68", [("lighter", "may"), ("mitigated", "may")]),
        ({"meritorious_service": "major"}, "cn.cl.68", [("mitigated", "may"), ("exempt", "may")]),
        ({"recidivist": True}, "cn.cl.65", [("heavier", "shall")]),
        ({"recidivist": True}, "cn.cl.74", [("excludes_probation", "shall")]),
        ({"minor": True, "age_at_offence": 17}, "cn.cl.17.4", [("lighter", "shall"), ("mitigated", "shall")]),
        ({"minor": True}, "cn.cl.17.4", [("lighter", "shall"), ("mitigated", "shall")]),
        ({"minor": True, "age_at_offence": 15}, "cn.cl.17", [("no_liability", "shall")]),
        ({"minor": True, "age_at_offence": 16}, "cn.cl.17", []),  # 已满十六周岁: liable (CL 17 para 1)
        ({"minor": True, "age_at_offence": 16}, "cn.cl.17.4", [("lighter", "shall"), ("mitigated", "shall")]),
        ({"age_at_offence": 18}, "cn.cl.17.4", []),
        ({"age_at_offence": 75}, "cn.cl.17-1", [("lighter", "may"), ("mitigated", "may")]),
        ({"age_at_offence": 74}, "cn.cl.17-1", []),
        ({"age_at_offence": 75, "negligent": True}, "cn.cl.17-1", [("lighter", "shall"), ("mitigated", "shall")]),
        ({"minor_circumstances": True}, "cn.cl.37", [("exempt", "may")]),
    ],
)
def test_options_from_facts(facts: dict[str, object], rule: str, expected: list[tuple[str, str]]) -> None:
    # CL 17 (as amended 2021), 17-1, 37, 65, 67, 68, 74 with the modalities of notes §3.1-§3.5.
    a = assess("cn.cl.253-1", circumstances={"especially_serious"}, on=ON, **facts)
    assert options(a, rule) == expected
    for option in a.adjustments_by(rule):
        assert option.basis.act_id == "cn.cl"


def test_surrender_wins_over_confession_and_exemption_needs_a_minor_crime() -> None:
    a = assess("cn.cl.253-1", circumstances={"serious"}, surrender=True, confession=True, on=ON)
    assert a.adjustments_by("cn.cl.67.3") == ()
    exempt = next(o for o in a.adjustments_by("cn.cl.67.1") if o.direction is Direction.EXEMPT)
    assert exempt.condition == "minor_crime"  # 其中，犯罪较轻的，可以免除处罚


def test_aged_75_rule_starts_with_amendment_viii() -> None:
    # 17-1 added by Amendment VIII, in force 2011-05-01 (notes §1.8).
    before = assess("cn.cl.180", circumstances={"serious"}, age_at_offence=80, on="2011-04-30")
    after = assess("cn.cl.180", circumstances={"serious"}, age_at_offence=80, on="2011-05-01")
    assert before.adjustments_by("cn.cl.17-1") == ()
    assert options(after, "cn.cl.17-1") == [("lighter", "may"), ("mitigated", "may")]


def test_old_art68_para2_for_offences_before_2011() -> None:
    # Old Art 68 para 2 (surrender + major meritorious service: shall mitigate or exempt), T6 Art 5.
    old = assess("cn.cl.180", circumstances={"serious"}, surrender=True, meritorious_service="major", on="2010-06-01")
    new = assess("cn.cl.180", circumstances={"serious"}, surrender=True, meritorious_service="major", on="2011-05-01")
    assert options(old, "cn.cl.68.2-1997") == [("mitigated", "shall"), ("exempt", "shall")]
    assert all(o.status is Status.SINGLE_SOURCE for o in old.adjustments_by("cn.cl.68.2-1997"))
    assert new.adjustments_by("cn.cl.68.2-1997") == ()


def test_2017_interpretation_art10_for_253_1() -> None:
    facts = {"first_offender": True, "full_restitution": True, "remorse": True}
    serious = assess("cn.cl.253-1", circumstances={"serious"}, on=ON, **facts)
    assert options(serious, "cn.interp.2017-10.10") == [
        ("not_prosecuted", "may"),
        ("exempt", "may"),
        ("lenient", "shall"),
    ]
    especially = assess("cn.cl.253-1", circumstances={"especially_serious"}, on=ON, **facts)
    assert especially.adjustments_by("cn.interp.2017-10.10") == ()  # 不属于"情节特别严重"
    partial = assess("cn.cl.253-1", circumstances={"serious"}, on=ON, first_offender=True, remorse=True)
    assert partial.adjustments_by("cn.interp.2017-10.10") == ()
    before = assess("cn.cl.253-1", circumstances={"serious"}, on="2017-05-31", **facts)
    assert before.adjustments_by("cn.interp.2017-10.10") == ()
    with pytest.raises(InvalidFactError, match="first_offender"):
        assess("cn.cl.180", circumstances={"serious"}, on=ON, first_offender=True)


@pytest.mark.parametrize(
    ("facts", "field"),
    [
        ({"minor": False, "age_at_offence": 17}, "minor"),
        ({"minor": True, "age_at_offence": 18}, "minor"),
        ({"recidivist": True, "minor": True}, "recidivist"),
        ({"recidivist": True, "negligent": True}, "recidivist"),
        ({"confession_averted_harm": True}, "confession_averted_harm"),
        ({"age_at_offence": 151}, "age_at_offence"),
        ({"age_at_offence": 17.5}, "age_at_offence"),
        ({"meritorious_service": "great"}, "meritorious_service"),
        ({"surrender": "yes"}, "surrender"),
    ],
)
def test_inconsistent_or_bad_sentencing_facts_are_refused(facts: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidFactError) as caught:
        assess("cn.cl.253-1", circumstances={"serious"}, on=ON, **facts)
    assert caught.value.field == field
    assert pickle.loads(pickle.dumps(caught.value)).field == field


def test_options_round_trip_and_explain_in_every_locale() -> None:
    from penalties import Assessment

    a = assess("cn.cl.253-1", circumstances={"especially_serious"}, surrender=True, meritorious_service="major", on=ON)
    assert Assessment.from_dict(a.to_dict()) == a
    import jsonschema

    from penalties import assessment_schema

    jsonschema.Draft202012Validator(assessment_schema()).validate(a.to_dict())
    for locale in ("en", "zh_CN", "fa_IR", "ar", "ms"):
        assert a.explain(locale).count("\n") > 10
        assert 'class="adjustments"' in a.to_html(locale)


@settings(max_examples=60, deadline=None)
@given(
    tier=st.sampled_from(["serious", "especially_serious"]),
    article=st.sampled_from(["cn.cl.253-1", "cn.cl.180", "cn.cl.286-1"]),
    surrender=st.booleans(),
    service=st.sampled_from(["none", "ordinary", "major"]),
    recidivist=st.booleans(),
    age=st.one_of(st.none(), st.integers(16, 100)),
    upper=st.sampled_from(["excluded", "included"]),
)
def test_mitigation_never_raises_a_bound_and_aggravation_never_lowers_one(
    tier: str, article: str, surrender: bool, service: str, recidivist: bool, age: int | None, upper: str
) -> None:
    circumstances = {tier, "refused_ordered_correction"} if article == "cn.cl.286-1" else {tier}
    if article == "cn.cl.286-1":
        circumstances = {"serious", "refused_ordered_correction"}
    minor = age is not None and age < 18
    a = assess(
        article,
        circumstances=circumstances,
        surrender=surrender,
        meritorious_service=service,
        recidivist=recidivist and not minor,
        age_at_offence=age,
        minor=minor,
        readings={"art63_upper_bound": upper},
        on=ON,
    )
    statutory = {s.kind: s.range for s in a.sanctions if s.range is not None and s.addressee.value == "offender"}
    for option in a.adjustments:
        for item in option.ranges:
            original = statutory.get(item.kind)
            if item.range is None or original is None:
                continue
            if option.direction is Direction.MITIGATED:
                assert not original.high < item.range.high and not original.low < item.range.low
                assert item.range.high <= original.low  # below the range (at most touching it, O4 b)
            if option.direction in (Direction.HEAVIER, Direction.AGGRAVATED):
                assert not item.range.low < original.low and not item.range.high < original.high


# ---------------------------------------------------------------------------------------------
# Several crimes: Arts 69-71.


def ft(term: Term, date: str | None = "2020-01-01") -> dict[str, object]:
    return {"fixed_term_imprisonment": term, "offence_date": date}


def test_combined_cap_35_years_vs_34_years_11_months() -> None:
    # CL 69 para 1: total under 35 years -> at most 20; 35 or more -> at most 25 (35 exactly: CL 99).
    at35 = combine([ft(ym(15)), ft(ym(15)), ft(ym(5))])
    below = combine([ft(ym(15)), ft(ym(15)), ft(ym(4, 11))])
    assert at35.imprisonment is not None and same(at35.imprisonment, Interval(ym(15), ym(25)))
    assert below.imprisonment is not None and same(below.imprisonment, Interval(ym(15), ym(20)))
    assert next(s.code for s in at35.trace) == "combine_cap_35"
    assert next(s.code for s in below.trace) == "combine_cap_under_35"


def test_combined_cap_before_2011() -> None:
    # 法释〔2011〕9号 Art 6 (SINGLE-SOURCE): every offence before 2011-05-01 -> 20 years whatever the total.
    old = combine([ft(ym(15), "2011-04-30"), ft(ym(15), "2010-01-01"), ft(ym(5), "2009-01-01")])
    mixed = combine([ft(ym(15), "2011-05-01"), ft(ym(15), "2010-01-01"), ft(ym(5), "2009-01-01")])
    assert old.imprisonment is not None and same(old.imprisonment, Interval(ym(15), ym(20)))
    assert old.status is Status.SINGLE_SOURCE
    assert mixed.imprisonment is not None and same(mixed.imprisonment, Interval(ym(15), ym(25)))
    with pytest.raises(InvalidFactError, match="offence_date"):
        combine([ft(ym(15), None), ft(ym(15)), ft(ym(5))])
    # Below 35 years the date does not matter, so none is needed.
    assert combine([ft(ym(3), None), ft(ym(2), None)]).imprisonment is not None


def test_detention_and_surveillance_caps_and_absorption() -> None:
    cd = combine(
        [
            {"criminal_detention": Term.months(6)},
            {"criminal_detention": Term.months(6)},
            {"criminal_detention": Term.months(3)},
        ]
    )
    assert cd.range(CD) is not None and same(cd.range(CD), Interval(Term.months(6), ym(1)))  # 拘役 cap 1 year
    ps = combine([{"public_surveillance": ym(2)}, {"public_surveillance": ym(2)}])
    assert ps.range(PS) is not None and same(ps.range(PS), Interval(ym(2), ym(3)))  # 管制 cap 3 years
    absorbed = combine([{"fixed_term_imprisonment": ym(2)}, {"criminal_detention": Term.months(6)}])
    assert absorbed.range(CD) is None and "combine_detention_absorbed" in [s.code for s in absorbed.trace]
    both = combine([{"fixed_term_imprisonment": ym(2)}, {"public_surveillance": ym(1)}])
    assert both.range(PS) is not None and both.range(FT) is not None
    assert [s.code for s in both.notes] == ["combine_surveillance_after"]


def test_fines_are_added() -> None:
    # SPC 2000 Art 3: the fines are summed.
    r = combine(
        [{"fixed_term_imprisonment": ym(3), "fine": 20_000}, {"fixed_term_imprisonment": ym(1), "fine": 10_000}]
    )
    assert r.fine == Interval(Money(30_000, "CNY"), Money(30_000, "CNY"))
    assert r.imprisonment is not None and same(r.imprisonment, Interval(ym(3), ym(4)))


def test_art70_time_served_and_art71_remainder() -> None:
    r = combine([ft(ym(3)), ft(ym(2))], rule="70", served=ym(1))
    (note,) = r.notes
    assert note.code == "combine_served" and same(note.param("remaining"), Interval(ym(2), ym(4)))
    r71 = combine([ft(ym(1, 6)), ft(ym(2))], rule="71")
    assert r71.rule == "cn.cl.71" and [s.code for s in r71.notes] == ["combine_remainder"]
    with pytest.raises(InvalidFactError, match="served"):
        combine([ft(ym(3)), ft(ym(2))], served=ym(1))
    with pytest.raises(InvalidFactError, match="served"):
        combine([ft(ym(3)), ft(ym(2))], rule="70", served=ym(3, 1))  # more than the shortest sentence to execute
    with pytest.raises(InvalidFactError, match="served"):
        combine([{"public_surveillance": ym(1)}, {"public_surveillance": ym(1)}], rule="70", served=ym(1))


def test_death_or_life_imprisonment_absorbs_the_other_sentences() -> None:
    # CL Art 69 para 1: "除判处死刑和无期徒刑的以外" the range rule applies; notes §3.6 rule 1: death or
    # life imprisonment absorbs everything else. Art 69 para 3 / SPC 2000 Art 3: fines still add up.
    life = SanctionKind("life_imprisonment")
    death = SanctionKind("death_penalty")
    r = combine(
        [
            {"life_imprisonment": True, "fine": 50_000},
            {"fixed_term_imprisonment": ym(15), "fine": 20_000},
            {"criminal_detention": Term.months(3)},
            {"public_surveillance": ym(1)},
        ]
    )
    assert [(x.kind, x.range) for x in r.ranges] == [
        (life, None),
        (FINE, Interval(Money(70_000, "CNY"), Money(70_000, "CNY"))),
    ]
    assert r.imprisonment is None  # no term range is computed
    assert [s.code for s in r.trace] == ["combine_absorbed", "combine_fines"]
    assert r.trace[0].basis == Citation("cn.cl", "PRC Criminal Law", "69", 1)
    assert SeveralOffences.from_dict(r.to_dict()) == r
    # Death absorbs life imprisonment too.
    both = combine([{"life_imprisonment": True}, {"death_penalty": True}, {"fixed_term_imprisonment": ym(3)}])
    assert [(x.kind, x.range) for x in both.ranges] == [(death, None)]
    # Fixed-term terms of 35 years or more with death: no cap question, so no offence dates needed.
    many = [{"death_penalty": True}] + [{"fixed_term_imprisonment": ym(15)}] * 3
    assert [x.kind for x in combine(many).ranges] == [death]
    # Records are accepted as well as mappings.
    record = OffenceSentence((SentenceRange(life, None),))
    assert combine([record, {"fixed_term_imprisonment": ym(2)}]).range(life) is None
    assert combine([record, {"fixed_term_imprisonment": ym(2)}]).ranges[0].kind is life
    # Without death or life the range rule still applies (the absorbing branch is not taken).
    assert same(combine([ft(ym(3)), ft(ym(2))]).imprisonment, Interval(ym(3), ym(5)))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("offences", "served", "field"),
    [
        ([{"life_imprisonment": "yes"}, ft(ym(2))], None, "offences[0].life_imprisonment"),
        ([{"death_penalty": 1}, ft(ym(2))], None, "offences[0].death_penalty"),
        ([{"life_imprisonment": False}, ft(ym(2))], None, "offences[0]"),
        (
            [OffenceSentence((SentenceRange(SanctionKind("life_imprisonment"), None, offence=0),)), ft(ym(2))],
            None,
            "offences[0].ranges",
        ),
        ([{"life_imprisonment": True}, ft(ym(2))], ym(1), "served"),  # Art 70: no term to count it inside
    ],
)
def test_death_and_life_inputs_refused(offences: list[object], served: Term | None, field: str) -> None:
    with pytest.raises(InvalidFactError) as caught:
        combine(offences, rule="70" if served else "69", served=served)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_death_and_life_explained_in_every_locale() -> None:
    r = combine([{"death_penalty": True, "fine": 1_000}, {"life_imprisonment": True}])
    assert "death penalty" in r.explain("en") and "Art 69" in r.explain("en")
    assert "死刑" in r.explain("zh_CN")
    for locale in ("zh_CN", "fa_IR", "ar", "ms"):
        text = r.explain(locale)
        assert "death" not in text and "absorbs" not in text, (locale, text)
        assert r.to_html(locale)


@pytest.mark.parametrize(
    ("offences", "field"),
    [
        ([ft(ym(3))], "offences"),
        ("3 years", "offences"),
        ([ft(ym(3)), {"prison": ym(1)}], "offences[1].prison"),
        ([ft(ym(3)), {"fixed_term_imprisonment": 3}], "offences[1].fixed_term_imprisonment"),
        ([ft(ym(3)), {"fixed_term_imprisonment": ym(26)}], "offences[1].fixed_term_imprisonment"),
        ([ft(ym(3)), {"fine": 1.5}], "offences[1].fine"),
        ([ft(ym(3)), {"fine": -5}], "offences[1].fine"),
        ([ft(ym(3)), {}], "offences[1]"),
        ([ft(ym(3)), {"fixed_term_imprisonment": ym(1), "offence_date": "yesterday"}], "offences[1].offence_date"),
        ([ft(ym(3)), 7], "offences[1]"),
        ([ft(ym(3))] * 1001, "offences"),
    ],
)
def test_combine_refuses_bad_input_with_one_typed_error(offences: object, field: str) -> None:
    with pytest.raises(InvalidFactError) as caught:
        combine(offences)  # type: ignore[arg-type]
    assert caught.value.field == field


months = st.integers(1, 180).map(Term.months)


@settings(max_examples=200, deadline=None)
@given(st.lists(months, min_size=2, max_size=8))
def test_combined_sentence_lies_between_longest_and_total(terms: list[Term]) -> None:
    r = combine([{"fixed_term_imprisonment": t, "offence_date": "2020-01-01"} for t in terms])
    span = r.imprisonment
    assert span is not None
    longest = max(terms)
    total = sum(t.in_days for t in terms)
    assert not span.low < longest and span.high.in_days <= total
    assert span.high <= ym(25) and (total >= 35 * 360 or span.high <= ym(20))


def test_results_are_json_round_trip_and_explain() -> None:
    from penalties import Probation, SeveralOffences

    r = combine(
        [
            {"fixed_term_imprisonment": ym(3), "fine": 20_000, "offence_date": "2020-01-01", "label": "a"},
            {"criminal_detention": Term.months(4), "public_surveillance": ym(1)},
        ]
    )
    assert SeveralOffences.from_dict(r.to_dict()) == r
    p = probation(FT, ym(3), judgment_date="2020-01-01")
    assert Probation.from_dict(p.to_dict()) == p
    for locale in ("en", "zh_CN", "fa_IR", "ar", "ms"):
        assert r.explain(locale) and p.explain(locale) and r.to_html(locale) and p.to_html(locale)


# ---------------------------------------------------------------------------------------------
# Probation: Arts 72-74.


def test_probation_three_years_vs_three_years_one_month() -> None:
    at3 = probation(FT, ym(3), judgment_date=ON)
    above = probation(FT, ym(3, 1), judgment_date=ON)
    assert at3.eligible and at3.period is not None and same(at3.period, Interval(ym(3), ym(5)))
    assert not above.eligible and above.period is None and above.conditions == ()


@pytest.mark.parametrize(
    ("kind", "term", "low", "high"),
    [
        (FT, Term.months(9), ym(1), ym(5)),  # CL 73 para 2: at least 1 year
        (FT, ym(1), ym(1), ym(5)),
        (FT, ym(2, 6), ym(2, 6), ym(5)),
        (CD, Term.months(1), Term.months(2), ym(1)),  # CL 73 para 1: at least 2 months
        (CD, Term.months(2), Term.months(2), ym(1)),
        (CD, Term.months(6), Term.months(6), ym(1)),
    ],
)
def test_probation_period(kind: SanctionKind, term: Term, low: Term, high: Term) -> None:
    p = probation(kind, term, judgment_date=ON)
    assert p.period is not None and same(p.period, Interval(low, high))


def test_probation_exclusions_and_mandatory_grounds_reading_o11() -> None:
    assert not probation(FT, ym(1), judgment_date=ON, recidivist=True).eligible  # CL 74
    assert not probation(FT, ym(1), judgment_date=ON, ringleader=True).eligible
    assert probation(FT, ym(1), judgment_date=ON, pregnant=True).mandatory  # CL 72 para 1
    facts = {"birth_date": "2005-06-01", "offence_date": "2023-05-01", "judgment_date": "2023-08-01"}
    at_offence = probation(FT, ym(1), **facts)  # 17 at the offence
    at_judgment = probation(FT, ym(1), age_date="judgment", **facts)  # 18 at the judgment
    assert at_offence.mandatory and not at_judgment.mandatory
    assert at_offence.readings == (("probation_age_date", "offence"),)
    old = probation(FT, ym(1), birth_date="1940-01-01", offence_date="2016-01-01", judgment_date="2016-06-01")
    assert old.mandatory  # 76: 已满七十五周岁


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ({"kind": "fine", "term": ym(1)}, "kind"),
        ({"kind": FT, "term": Term.months(5)}, "term"),  # below the 6-month floor of CL 45
        ({"kind": CD, "term": Term.months(7)}, "term"),
        ({"kind": FT, "term": 12}, "term"),
        ({"kind": FT, "term": ym(1), "pregnant": "no"}, "pregnant"),
        ({"kind": FT, "term": ym(1), "age_date": "birth"}, "age_date"),
        ({"kind": FT, "term": ym(1), "offence_date": "2025-01-01"}, "offence_date"),
        ({"kind": FT, "term": ym(1), "birth_date": "2000-01-01"}, "offence_date"),
    ],
)
def test_probation_refuses_bad_input(args: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidFactError) as caught:
        probation(judgment_date=ON, **args)  # type: ignore[arg-type]
    assert caught.value.field == field


# ---------------------------------------------------------------------------------------------
# Limitation: Arts 87-89 (notes §1.10, reading O6).


@pytest.mark.parametrize(
    ("article", "circumstances", "tier_period", "article_period"),
    [
        ("cn.cl.253-1", {"serious"}, 5, 10),  # max 3 y (< 5) ; article max 7 y
        ("cn.cl.253-1", {"especially_serious"}, 10, 10),  # 5 <= 7 < 10
        ("cn.cl.180", {"serious"}, 10, 15),  # max 5 y: 以上 includes 5 -> 10 years
        ("cn.cl.180", {"especially_serious"}, 15, 15),  # max 10 y -> 15 years
        ("cn.cl.286-1", {"serious", "refused_ordered_correction"}, 5, 5),
    ],
)
def test_limitation_by_maximum(article: str, circumstances: set[str], tier_period: int, article_period: int) -> None:
    a = assess(article, circumstances=circumstances, on=ON)
    assert limitation_period(a) == Term.years(tier_period)
    assert limitation_period(a, maximum="article") == Term.years(article_period)


def test_prosecution_barred_on_both_sides() -> None:
    a = assess("cn.cl.253-1", circumstances={"serious"}, on=ON)  # 5 years
    assert not prosecution_barred(a, offence_end="2015-01-01", filed_on="2020-01-01")
    assert prosecution_barred(a, offence_end="2015-01-01", filed_on="2020-01-02")
    assert not prosecution_barred(a, offence_end="2015-01-01", filed_on="2020-01-02", evaded=True)  # CL 88
    with pytest.raises(InvalidFactError, match="filed_on"):
        prosecution_barred(a, offence_end="2015-01-01", filed_on="2014-12-31")
    with pytest.raises(InvalidFactError, match="maximum"):
        limitation_period(a, maximum="statute")


@pytest.mark.parametrize(
    ("maximum", "top", "period"),
    [
        ("tier", ym(3), 5),  # 253-1 serious: 三年以下 -> under 5 years -> 5 years (CL 87(1))
        ("article", ym(7), 10),  # the article's 3-7 years: 5 to under 10 -> 10 years (CL 87(2))
    ],
)
def test_limitation_names_reading_o6_in_its_trace(maximum: str, top: Term, period: int) -> None:
    a = assess("cn.cl.253-1", circumstances={"serious"}, on=ON)
    r = limitation(a, maximum=maximum)
    assert r.rule == "cn.cl.87" and r.basis == Citation("cn.cl", "PRC Criminal Law", "87")
    assert r.readings == (("limitation_maximum", maximum),)
    reading = r.trace[0]
    assert reading.code == "reading" and dict(reading.params) == {"reading": "limitation_maximum", "value": maximum}
    step = next(s for s in r.trace if s.code == "limitation_period")
    assert same(Interval(step.param("maximum"), step.param("maximum")), Interval(top, top))
    assert r.period == Term.years(period) and r.barred is None and r.last_day is None
    assert r.maximum is not None and same(Interval(r.maximum, r.maximum), Interval(top, top))
    assert limitation_period(a, maximum=maximum) == r.period  # one rule, two entry points
    assert Limitation.from_dict(r.to_dict()) == r
    assert "reading" in r.explain() or "open reading" in r.explain()


def test_limitation_with_dates_traces_start_restart_and_verdict() -> None:
    # CL 87-89: 5 years from 2015-01-01 (last day 2020-01-01); a crime on 2019-06-01 restarts it
    # (last day 2024-06-01); filed 2024-06-02: barred.
    a = assess("cn.cl.253-1", circumstances={"serious"}, on=ON)
    r = limitation(a, offence_end="2015-01-01", filed_on="2024-06-02", later_offences=["2019-06-01"])
    assert [s.code for s in r.trace] == [
        "reading",
        "limitation_period",
        "limitation_start",
        "limitation_restart",
        "limitation_last_day",
        "limitation_barred",
    ]
    assert r.start == dt.date(2019, 6, 1) and r.last_day == dt.date(2024, 6, 1) and r.barred is True
    assert r.trace[3].basis == Citation("cn.cl", "PRC Criminal Law", "89", 2)
    on_last_day = limitation(a, offence_end="2015-01-01", filed_on="2024-06-01", later_offences=["2019-06-01"])
    assert on_last_day.barred is False and on_last_day.trace[-1].code == "limitation_not_barred"
    late = limitation(a, offence_end="2015-01-01", filed_on="2024-06-01", later_offences=["2020-01-02"])
    assert [s.code for s in late.trace][3] == "limitation_no_restart" and late.barred is True
    lifted = limitation(a, offence_end="2015-01-01", filed_on="2024-06-02", evaded=True)  # CL 88
    assert lifted.barred is False and lifted.lifted and lifted.trace[-1].basis.article == "88"
    none = limitation(assess("cn.cl.253-1", on=ON), offence_end="2015-01-01", filed_on="2024-06-02")
    assert none.period is None and none.barred is False and none.trace[-1].code == "limitation_no_crime"
    import jsonschema

    from penalties.core.sentencing import sentencing_schema

    schema = sentencing_schema()
    for result in (r, on_last_day, late, lifted, none):
        jsonschema.validate(result.to_dict(), schema)
        assert Limitation.from_dict(result.to_dict()) == result
        assert pickle.loads(pickle.dumps(result)) == result
        for locale in ("en", "zh_CN", "fa_IR", "ar", "ms"):
            assert result.explain(locale) and result.to_html(locale)
    assert "不再追诉" in r.explain("zh_CN") and "مرور زمان" in r.explain("fa_IR")


def test_a_timely_complaint_lifts_the_limitation_art88_para2() -> None:
    # CL Art 88 para 2: 被害人在追诉期限内提出控告，…应当立案而不予立案的，不受追诉期限的限制.
    # 253-1 serious: 5 years from 2015-01-01, last day 2020-01-01.
    a = assess("cn.cl.253-1", circumstances={"serious"}, on=ON)
    timely = limitation(a, offence_end="2015-01-01", filed_on="2024-01-01", complaint_on="2020-01-01")
    assert timely.barred is False and timely.lifted
    step = timely.trace[-1]
    assert step.code == "limitation_complaint_in_time" and step.basis == Citation("cn.cl", "PRC Criminal Law", "88", 2)
    late = limitation(a, offence_end="2015-01-01", filed_on="2024-01-01", complaint_on="2020-01-02")
    assert late.barred is True and not late.lifted
    assert [s.code for s in late.trace][-2:] == ["limitation_complaint_late", "limitation_barred"]
    assert not prosecution_barred(a, offence_end="2015-01-01", filed_on="2024-01-01", complaint_on="2020-01-01")
    assert prosecution_barred(a, offence_end="2015-01-01", filed_on="2024-01-01", complaint_on="2020-01-02")
    for result in (timely, late):
        assert Limitation.from_dict(result.to_dict()) == result
        for locale in ("zh_CN", "fa_IR", "ar", "ms"):
            assert "complain" not in result.explain(locale)
    with pytest.raises(InvalidFactError, match="complaint_on"):
        limitation(a, offence_end="2015-01-01", filed_on="2024-01-01", complaint_on="2014-12-31")
    with pytest.raises(InvalidFactError, match="complaint_on"):
        limitation(a, offence_end="2015-01-01", filed_on="2024-01-01", complaint_on="2024-01-02")
    with pytest.raises(InvalidFactError, match="complaint_on"):
        limitation(a, complaint_on="2016-01-01")


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"offence_end": "2015-01-01"}, "filed_on"),
        ({"filed_on": "2015-01-01"}, "offence_end"),
        ({"later_offences": ["2016-01-01"]}, "later_offences"),
        ({"evaded": "yes"}, "evaded"),
        ({"maximum": "statute"}, "maximum"),
        ({"offence_end": "2015-01-01", "filed_on": "2014-01-01"}, "filed_on"),
    ],
)
def test_limitation_refuses_bad_input(kwargs: dict[str, object], field: str) -> None:
    a = assess("cn.cl.253-1", circumstances={"serious"}, on=ON)
    with pytest.raises(InvalidFactError) as caught:
        limitation(a, **kwargs)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert pickle.loads(pickle.dumps(caught.value)).field == field


def test_a_later_crime_within_the_period_restarts_it() -> None:
    # CL Art 89 para 2: 在追诉期限以内又犯罪的，前罪追诉的期限从犯后罪之日起计算 (notes §1.10).
    a = assess("cn.cl.253-1", circumstances={"serious"}, on=ON)  # max 3 y -> 5 years (Art 87(1))
    # The period runs from 2015-01-01 to 2020-01-01 (以内 includes the last day, Art 99).
    assert prosecution_barred(a, offence_end="2015-01-01", filed_on="2021-01-01")
    restarted = prosecution_barred(a, offence_end="2015-01-01", filed_on="2021-01-01", later_offences=["2020-01-01"])
    assert not restarted  # on the last day: restarted to 2025-01-01
    too_late = prosecution_barred(a, offence_end="2015-01-01", filed_on="2021-01-01", later_offences=["2020-01-02"])
    assert too_late  # after the period had run: no restart
    # The restarted period ends five years after the later crime, on both sides of its last day.
    assert not prosecution_barred(a, offence_end="2015-01-01", filed_on="2024-06-01", later_offences=["2019-06-01"])
    assert prosecution_barred(a, offence_end="2015-01-01", filed_on="2024-06-02", later_offences=["2019-06-01"])
    # Each restart opens a new period for the next crime; the order given does not matter.
    chain = ["2024-12-31", "2019-12-31"]
    assert not prosecution_barred(a, offence_end="2015-01-01", filed_on="2029-12-31", later_offences=chain)
    assert prosecution_barred(a, offence_end="2015-01-01", filed_on="2030-01-01", later_offences=chain)
    # A second crime after the first restarted period has run does not revive it.
    gap = ["2019-12-31", "2025-01-01"]
    assert prosecution_barred(a, offence_end="2015-01-01", filed_on="2026-01-01", later_offences=gap)


@pytest.mark.parametrize(
    ("value", "field"),
    [
        ("2019-06-01", "later_offences"),  # one string, not a list
        (None, "later_offences"),
        (["2014-12-31"], r"later_offences\[0\]"),  # before the end of the offence
        (["2015-01-01"], r"later_offences\[0\]"),  # the offence itself
        (["2021-01-02"], r"later_offences\[0\]"),  # after the filing
        (["2019-06-01", "tomorrow"], r"later_offences\[1\]"),
        ([20190601], r"later_offences\[0\]"),
        (iter(["2019-06-01"] * 1_001), "later_offences"),
    ],
)
def test_later_offences_refused(value: object, field: str) -> None:
    a = assess("cn.cl.253-1", circumstances={"serious"}, on=ON)
    with pytest.raises(InvalidFactError, match=field):
        prosecution_barred(a, offence_end="2015-01-01", filed_on="2021-01-01", later_offences=value)  # type: ignore[arg-type]


def test_offence_sentence_inputs_are_accepted_as_records() -> None:
    items = [
        OffenceSentence((SentenceRange(FT, Interval(ym(2), ym(2))),)),
        OffenceSentence((SentenceRange(FT, Interval(ym(1), ym(1))),)),
    ]
    r = combine(items)
    assert r.imprisonment is not None and same(r.imprisonment, Interval(ym(2), ym(3)))
    with pytest.raises(InvalidFactError):
        combine([OffenceSentence((SentenceRange(FT, Interval(ym(1), ym(2))),)), items[0]])
    assert r.to_dict()["result"] == "several_offences"
    assert Modality.MAY.value == "may"
    assert dt.date(2011, 5, 1) > dt.date(2011, 4, 30)


# ---------------------------------------------------------------------------------------------
# What-if: sweeping an adjustment.


def test_whatif_sweeps_surrender_and_age() -> None:
    from penalties.whatif import sweep_adjustments

    rows = sweep_adjustments("cn.cl.253-1", "surrender", [False, True], circumstances={"especially_serious"}, on=ON)
    assert [(r["surrender"], r["rule"]) for r in rows] == [
        (False, "cn.cl.63.2"),  # CL Art 63 para 2 is open to every crime
        (True, "cn.cl.67.1"),
        (True, "cn.cl.67.1"),
        (True, "cn.cl.67.1"),
        (True, "cn.cl.63.2"),
    ]
    mitigated = next(r for r in rows if r["direction"] == "mitigated" and r["rule"] == "cn.cl.67.1")
    assert (mitigated["low"], mitigated["high"], mitigated["high_closed"]) == (180, 1080, False)  # [6 m, 3 y)
    for row in rows:
        point = assess("cn.cl.253-1", circumstances={"especially_serious"}, surrender=row["surrender"], on=ON)
        assert row["rule"] is None or row["rule"] in {o.rule for o in point.adjustments}
    ages = sweep_adjustments("cn.cl.253-1", "age_at_offence", [74, 75], circumstances={"serious"}, on=ON)
    assert [r["rule"] for r in ages] == ["cn.cl.63.2", "cn.cl.17-1", "cn.cl.17-1", "cn.cl.63.2"]
    with pytest.raises(InvalidFactError, match="surrender"):
        sweep_adjustments("cn.cl.253-1", "surrender", [True, "yes"], circumstances={"serious"}, on=ON)
    with pytest.raises(InvalidFactError, match="surrender"):
        sweep_adjustments("cn.cl.253-1", "surrender", [True], surrender=False, on=ON)
    with pytest.raises(InvalidFactError, match="values"):
        sweep_adjustments("cn.cl.253-1", "surrender", "yes", on=ON)


def test_art63_for_a_unit_uses_its_persons_ranges() -> None:
    # 253-1 para 4: the unit's persons are punished under para 1, so its tiers apply to them.
    unit = assess("cn.cl.253-1", offender="unit", circumstances={"especially_serious"}, surrender=True, on=ON)
    option = next(o for o in unit.adjustments_by("cn.cl.67.1") if o.direction is Direction.MITIGATED)
    ft = option.range(FT)
    assert ft is not None and ym(3) not in ft and ym(2, 11) in ft
    # 180 para 2: the unit's persons have one range whatever the tier, so there is no lower range.
    insider = assess(
        "cn.cl.180",
        offender="unit",
        circumstances={"especially_serious"},
        surrender=True,
        illegal_gains=100_000,
        on=ON,
    )
    option = next(o for o in insider.adjustments_by("cn.cl.67.1") if o.direction is Direction.MITIGATED)
    assert option.ranges == () and [s.code for s in option.notes] == ["art63_lowest"]


# ---------------------------------------------------------------------------------------------
# Recidivism: Art 65 (notes §3.4, reading O14).


def test_recidivism_within_five_years_inclusive() -> None:
    from penalties.law.cn.sentencing import recidivism

    base = {"prior_kind": "fixed_term_imprisonment", "prior_completed_on": "2018-03-01"}
    assert recidivism(new_offence_on="2023-03-01", **base)  # 以内 includes the fifth anniversary
    assert not recidivism(new_offence_on="2023-03-02", **base)
    assert not recidivism(new_offence_on="2020-01-01", prior_kind="criminal_detention", prior_completed_on="2018-03-01")
    assert not recidivism(new_offence_on="2020-01-01", new_deserves_fixed_term=False, **base)
    assert not recidivism(new_offence_on="2020-01-01", new_negligent=True, **base)
    assert not recidivism(new_offence_on="2020-01-01", prior_negligent=True, **base)  # O14 (a)
    assert recidivism(new_offence_on="2020-01-01", prior_negligent=True, negligence="new_only", **base)  # O14 (b)
    assert not recidivism(new_offence_on="2020-01-01", new_under_18=True, **base)
    assert not recidivism(new_offence_on="2020-01-01", prior_under_18=True, **base)
    # Before Amendment VIII the proviso named only negligent crimes.
    old = {"prior_kind": "fixed_term_imprisonment", "prior_completed_on": "2008-03-01"}
    assert recidivism(new_offence_on="2011-04-30", new_under_18=True, **old)
    with pytest.raises(InvalidFactError, match="new_offence_on"):
        recidivism(new_offence_on="2018-02-28", **base)
    with pytest.raises(InvalidFactError, match="prior_kind"):
        recidivism(new_offence_on="2020-01-01", prior_kind="fine", prior_completed_on="2018-03-01")
    with pytest.raises(InvalidFactError, match="prior_kind"):
        recidivism(new_offence_on="2020-01-01", prior_kind={"a": [1]}, prior_completed_on="2018-03-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidFactError, match="new_negligent"):
        recidivism(new_offence_on="2020-01-01", new_negligent="no", **base)  # type: ignore[arg-type]
    with pytest.raises(InvalidFactError, match="negligence"):
        recidivism(new_offence_on="2020-01-01", negligence="both", **base)


_days = st.integers(0, 365 * 25).map(lambda n: dt.date(2000, 1, 1) + dt.timedelta(days=n))


@settings(max_examples=200, deadline=None)
@given(st.lists(_days, max_size=4), _days, _days)
def test_later_crimes_never_shorten_the_limitation(later: list[dt.date], filed: dt.date, other: dt.date) -> None:
    # CL Art 89 para 2 only ever restarts the period: a filing barred with later crimes is barred
    # without them, and a filing barred on one day is barred on every later day.
    a = assess("cn.cl.253-1", circumstances={"serious"}, on=ON)
    end = dt.date(2000, 1, 1)
    later = sorted({d for d in later if end < d <= max(filed, other)})
    first, second = sorted((filed, other))
    with_later = limitation(a, offence_end=end, filed_on=second, later_offences=[d for d in later if d <= second])
    without = limitation(a, offence_end=end, filed_on=second)
    assert not with_later.barred or without.barred
    assert with_later.last_day is not None and without.last_day is not None
    assert with_later.last_day >= without.last_day
    earlier = [d for d in later if d <= first]
    if prosecution_barred(a, offence_end=end, filed_on=first, later_offences=earlier):
        assert prosecution_barred(a, offence_end=end, filed_on=second, later_offences=earlier)

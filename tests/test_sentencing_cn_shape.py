"""The shape of sentencing: options beside the statutory range, several offences, probation.

Jurisdiction-free contracts of ``penalties.core.sentencing``: the JSON round trip and schema of
each result and option, strict reading of bad documents, the act-level hook, and the two schemas
sharing their definitions.
"""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import jsonschema
import pytest

from penalties import (
    Adjustment,
    Assessment,
    Direction,
    Interval,
    InvalidFactError,
    Modality,
    Money,
    OffenceSentence,
    Probation,
    SanctionKind,
    SentenceRange,
    SeveralOffences,
    Term,
    assessment_schema,
    sentencing_schema,
)
from penalties.core.citation import Citation
from penalties.core.formula import Step
from penalties.core.sentencing import SentencingFinding, Status, apply_sentencing

CL63 = Citation("cn.cl", "PRC Criminal Law", "63", 1)
CL67 = Citation("cn.cl", "PRC Criminal Law", "67", 1)
CL69 = Citation("cn.cl", "PRC Criminal Law", "69", 1)
FT = SanctionKind.FIXED_TERM_IMPRISONMENT
VALIDATOR = jsonschema.Draft202012Validator(sentencing_schema())


def years(n: int) -> Term:
    return Term.years(n)


def point(value: Term | Money) -> Interval:  # type: ignore[type-arg]
    return Interval(value, value)


OPTION = Adjustment(
    rule="cn.cl.67.1",
    basis=CL67,
    modality=Modality.MAY,
    direction=Direction.MITIGATED,
    ranges=(
        SentenceRange(FT, Interval(Term.months(6), years(3), high_closed=False)),
        SentenceRange(SanctionKind.CRIMINAL_DETENTION, Interval(Term.months(1), Term.months(6))),
        SentenceRange(SanctionKind.FINE),
    ),
    ground="surrender",
    via=CL63,
    readings=(("art63_upper_bound", "excluded"),),
    status=Status.VERIFIED,
    notes=(Step("note", CL63, (("note", "x"),)),),
)

SEVERAL = SeveralOffences(
    rule="cn.cl.69",
    basis=CL69,
    offences=(
        OffenceSentence((SentenceRange(FT, point(years(3))),), "cn.cl.253-1", dt.date(2020, 1, 1)),
        OffenceSentence(
            (SentenceRange(FT, point(years(2))), SentenceRange(SanctionKind.FINE, point(Money(5, "CNY")))),
        ),
    ),
    ranges=(SentenceRange(FT, Interval(years(3), years(5))), SentenceRange(FT, point(years(2)), offence=1)),
    trace=(Step("note", CL69, (("note", "x"),)),),
    readings=(("r", "v"),),
    status=Status.SINGLE_SOURCE,
)

PROBATION = Probation(
    rule="cn.cl.72",
    basis=CL69,
    sentence=SentenceRange(FT, point(years(3))),
    eligible=True,
    mandatory=False,
    period=Interval(years(3), years(5)),
    conditions=("remorse",),
)


def test_adjustment_round_trips_and_reads_its_ranges() -> None:
    assert Adjustment.from_dict(OPTION.to_dict()) == OPTION
    assert OPTION.range(FT) == Interval(Term.months(6), years(3), high_closed=False)
    assert OPTION.range(SanctionKind.FINE) is None
    assert OPTION.range(SanctionKind.PUBLIC_SURVEILLANCE) is None


@pytest.mark.parametrize("result", [SEVERAL, PROBATION], ids=["several", "probation"])
def test_results_round_trip_validate_and_pickle(result: SeveralOffences | Probation) -> None:
    data = result.to_dict()
    VALIDATOR.validate(data)
    assert type(result).from_dict(data) == result
    assert pickle.loads(pickle.dumps(result)) == result
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        result.rule = "x"  # type: ignore[misc]


def test_several_offences_accessors() -> None:
    assert SEVERAL.imprisonment == Interval(years(3), years(5))
    assert SEVERAL.range("fixed_term_imprisonment", offence=1) == point(years(2))
    assert SEVERAL.fine is None
    with pytest.raises(InvalidFactError, match="kind"):
        SEVERAL.range("prison")


def test_the_two_schemas_share_their_definitions() -> None:
    shared = assessment_schema()["$defs"]
    own = sentencing_schema()["$defs"]
    assert {key: own[key] for key in shared} == shared


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d.update(result="probation"), "result"),
        (lambda d: d.update(schema_version="0"), "schema_version"),
        (lambda d: d["ranges"][1].update(offence=2), "ranges[1].offence"),
        (lambda d: d["ranges"][0].update(kind="warning"), "ranges[0].range"),
        (lambda d: d["offences"][0].update(offence_date="2020-13-01"), "offences[0].offence_date"),
        (lambda d: d.update(extra=1), "extra"),
        (lambda d: d.update(status="verified"), "status"),
        (lambda d: d["ranges"][0]["range"]["low"].update(amount=1.5), "ranges[0].range.low.amount"),
    ],
)
def test_bad_documents_are_one_typed_error_naming_the_path(change: object, field: str) -> None:
    data = SEVERAL.to_dict()
    change(data)  # type: ignore[operator]
    with pytest.raises(InvalidFactError) as caught:
        SeveralOffences.from_dict(data)
    assert caught.value.field == field
    assert pickle.loads(pickle.dumps(caught.value)).field == field


def test_sentence_range_refuses_a_range_of_the_wrong_measure() -> None:
    with pytest.raises(InvalidFactError):
        SentenceRange(SanctionKind.FINE, Interval(years(1), years(2)))
    with pytest.raises(InvalidFactError):
        SentenceRange(SanctionKind.WARNING, Interval(years(1), years(2)))


def test_hook_adds_options_without_touching_the_sanctions() -> None:
    from penalties import assess
    from penalties.catalog import article

    entry = article("cn.cl.286-1")
    base = assess("cn.cl.286-1", circumstances={"refused_ordered_correction", "serious"}, on="2024-01-01")

    def hook(_article: object, _assessment: Assessment) -> SentencingFinding:
        return SentencingFinding((OPTION,), degree=5, trace=(Step("note", CL63, (("note", "y"),)),))

    found = apply_sentencing(hook, entry, base)
    assert found.sanctions == base.sanctions
    assert found.adjustments[-1] == OPTION
    assert found.degree == 5
    assert found.trace[-1].param("note") == "y"
    assert Assessment.from_dict(found.to_dict()) == found
    jsonschema.Draft202012Validator(assessment_schema()).validate(found.to_dict())
    # an assessment document written before the two keys existed still reads
    old = {k: v for k, v in base.to_dict().items() if k not in ("adjustments", "degree")}
    assert Assessment.from_dict(old) == attrs.evolve(base, adjustments=(), degree=None)


@pytest.mark.parametrize("locale", ["en", "zh_CN", "fa_IR", "ar", "ms"])
def test_results_explain_and_render_in_every_locale(locale: str) -> None:
    for result in (SEVERAL, PROBATION):
        text = result.explain(locale)
        assert text.count("\n") >= 3
        html = result.to_html(locale, document=True)
        assert html.startswith("<!DOCTYPE html>")
        assert ('dir="rtl"' in html) == (locale in ("fa_IR", "ar"))


def test_prc_results_and_options_read_wholly_in_each_locale() -> None:
    # No Latin letter in a Chinese, Persian or Arabic account once the ids are removed; no English
    # word of the templates in a Malay one (as tests/test_locale_whole.py checks for assessments).
    import re

    from penalties import assess
    from penalties.law.cn.administrative import offset  # noqa: F401  (registers its templates)
    from penalties.law.cn.sentencing import combine, limitation, probation
    from penalties.render.bidi import strip_isolates

    ids = re.compile(r"(?<![A-Za-z0-9])(?:cn|ir)\.[a-z0-9_\-]+(?:\.[0-9a-z.\-]+)?")
    results = [
        combine(
            [
                {"fixed_term_imprisonment": Term.years(15), "fine": 20_000, "offence_date": "2020-01-01"},
                {
                    "fixed_term_imprisonment": Term.years(15),
                    "criminal_detention": Term.months(3),
                    "offence_date": "2009-01-01",
                },
                {
                    "fixed_term_imprisonment": Term.years(5),
                    "public_surveillance": Term.years(1),
                    "offence_date": "2010-01-01",
                },
            ],
            rule="70",
            served=Term.years(1),
        ),
        combine([{"criminal_detention": Term.months(5)}, {"criminal_detention": Term.months(5)}], rule="71"),
        combine([{"death_penalty": True, "fine": 1_000}, {"life_imprisonment": True}]),  # Art 69 para 1
        probation(FT, Term.years(3), judgment_date="2020-01-01", birth_date="2003-01-01", offence_date="2019-06-01"),
        probation(FT, Term.years(3), judgment_date="2010-01-01", recidivist=True, ringleader=True),
        probation(FT, Term.months(37), judgment_date="2020-01-01"),
        limitation(
            assess("cn.cl.253-1", circumstances={"serious"}, on="2024-01-01"),
            offence_end="2015-01-01",
            filed_on="2024-06-02",
            later_offences=["2019-06-01"],
        ),
        limitation(assess("cn.cl.253-1", on="2024-01-01"), maximum="article"),
    ]
    assessments = [
        assess(
            "cn.cl.253-1",
            circumstances={"especially_serious"},
            surrender=True,
            meritorious_service="major",
            recidivist=True,
            age_at_offence=80,
            minor_circumstances=True,
            on="2024-01-01",
        ),
        assess(
            "cn.cl.253-1",
            circumstances={"serious"},
            confession=True,
            confession_averted_harm=True,
            first_offender=True,
            full_restitution=True,
            remorse=True,
            minor=True,
            age_at_offence=17,
            on="2024-01-01",
        ),
        assess("cn.cl.180", circumstances={"serious"}, surrender=True, meritorious_service="major", on="2010-06-01"),
        assess("cn.dsl.45.1", apl_grounds=set(apl_ground_values()), on="2024-05-01"),
        assess("cn.idcard.19", age_at_offence=15, on="2024-05-01"),
    ]
    for locale in ("zh_CN", "fa_IR", "ar"):
        for item in [*results, *assessments]:
            text = ids.sub("", strip_isolates(item.explain(locale)))
            assert not re.search(r"[A-Za-z]{2,}", text), (locale, text)


def apl_ground_values() -> list[str]:
    from penalties.law.cn.administrative import AplGround

    return [g.value for g in AplGround]


def test_prc_results_read_in_malay_without_english_words() -> None:
    import re
    from importlib import resources

    from babel.messages.pofile import read_po

    from penalties import assess
    from penalties.law.cn.sentencing import combine, limitation, probation
    from penalties.render.bidi import strip_isolates

    words = re.compile(r"[A-Za-z]+")
    folder = resources.files("penalties").joinpath("locale")
    with folder.joinpath("penalties.pot").open("rb") as file:
        template = read_po(file)
    with folder.joinpath("ms", "LC_MESSAGES", "penalties.po").open("rb") as file:
        malay = read_po(file)

    def found(catalog: object, attribute: str) -> set[str]:
        texts = [getattr(m, attribute) for m in catalog if m.id]  # type: ignore[attr-defined]
        flat = [t for text in texts if text for t in ([text] if isinstance(text, str) else text)]
        return {w.lower() for t in flat for w in words.findall(re.sub(r"\{[a-z_]+\}", "", t)) if len(w) > 2}

    english = found(template, "id") - found(malay, "string")
    ids = re.compile(r"(?<![A-Za-z0-9])(?:cn|ir)\.[a-z0-9_\-]+(?:\.[0-9a-z.\-]+)?")
    results = [
        combine(
            [
                {"fixed_term_imprisonment": Term.years(2), "fine": 5_000},
                {"criminal_detention": Term.months(3), "public_surveillance": Term.years(1)},
            ],
            rule="70",
            served=Term.months(6),
        ),
        combine([{"life_imprisonment": True}, {"fixed_term_imprisonment": Term.years(2)}]),
        probation(FT, Term.years(2), judgment_date="2020-01-01", pregnant=True),
        probation(FT, Term.years(4), judgment_date="2020-01-01"),
        limitation(
            assess("cn.cl.180", circumstances={"serious"}, on="2024-01-01"),
            offence_end="2015-01-01",
            filed_on="2025-06-02",
            evaded=True,
        ),
        limitation(
            assess("cn.cl.180", circumstances={"serious"}, on="2024-01-01"),
            offence_end="2010-01-01",
            filed_on="2025-06-02",
            later_offences=["2021-01-01"],
        ),
    ]
    for result in results:
        text = ids.sub("", strip_isolates(result.explain("ms")))
        assert not [w for w in words.findall(text) if w.lower() in english], text

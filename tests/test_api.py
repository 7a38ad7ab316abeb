"""The public API as a newcomer meets it: names at the top level, lookups by name, membership,
discovery of what an article reads, the locale of a block of code, short reprs, missing extras."""

from __future__ import annotations

import subprocess
import sys
import threading
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest

import penalties
from penalties import (
    Addressee,
    CurrencyMismatchError,
    InvalidFactError,
    Money,
    SanctionKind,
    Term,
    UnknownLocaleError,
    assess,
    catalog,
    in_locale,
)
from penalties.core.readings import reading_values


@pytest.fixture(scope="module")
def dsl47() -> penalties.Assessment:
    return assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01")


# -- find by name ----------------------------------------------------------------------------


def test_find_takes_the_name_of_a_kind_and_of_an_addressee(dsl47: penalties.Assessment) -> None:
    assert dsl47.find("fine") is dsl47.find(SanctionKind.FINE)
    assert dsl47.find("FINE") is dsl47.find(SanctionKind.FINE)
    assert dsl47.find("order to correct") is dsl47.find(SanctionKind.ORDER_TO_CORRECT)
    persons = dsl47.find("fine", "responsible_persons")
    assert persons is dsl47.find(SanctionKind.FINE, Addressee.RESPONSIBLE_PERSONS)
    assert persons is not None and persons.range == dsl47.persons_fine
    assert dsl47.find("dissolution") is None  # a real kind the law does not provide here


@pytest.mark.parametrize("kind", ["fines", "", 3, None, "x" * 10_000, ["fine"]])
def test_find_refuses_what_is_not_a_kind_and_lists_the_kinds(dsl47: penalties.Assessment, kind: Any) -> None:
    with pytest.raises(InvalidFactError) as error:
        dsl47.find(kind)
    assert error.value.field == "kind"
    assert all(repr(k.value) in error.value.expected for k in SanctionKind)
    assert len(str(error.value)) < 2_000


def test_find_refuses_an_unknown_addressee(dsl47: penalties.Assessment) -> None:
    with pytest.raises(InvalidFactError) as error:
        dsl47.find("fine", "manager")
    assert error.value.field == "addressee" and "'responsible_persons'" in error.value.expected


# -- membership ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "inside"),
    [
        (300_000, True),
        (250_000, True),
        (2_500_000, True),
        (249_999, False),
        (2_500_001, False),
        (Fraction(500_001, 2), True),
        (Decimal("250000.00"), True),
        (Decimal("249999.99"), False),
        ("300000", True),
        ("1,000,000", True),
        (Money(300_000, "CNY"), True),
        (Money(3, "CNY"), False),
    ],
)
def test_membership_takes_an_exact_number_in_the_currency(
    dsl47: penalties.Assessment, value: Any, inside: bool
) -> None:
    fine = dsl47.fine
    assert fine is not None
    assert (value in fine) is inside


@pytest.mark.parametrize("value", [300_000.0, float("nan"), True, None, [300_000], Term.years(1), "about 3", b"300000"])
def test_membership_refuses_what_is_not_an_exact_amount(dsl47: penalties.Assessment, value: Any) -> None:
    fine = dsl47.fine
    assert fine is not None
    with pytest.raises(InvalidFactError) as error:
        _ = value in fine
    assert error.value.field == "value"


def test_membership_refuses_another_currency(dsl47: penalties.Assessment) -> None:
    fine = dsl47.fine
    assert fine is not None
    with pytest.raises(CurrencyMismatchError):
        _ = Money(300_000, "IRR") in fine


def test_membership_of_terms() -> None:
    a = assess("cn.cl.253-1", information_items={"trajectory": 60}, on="2024-01-01")
    prison = a.imprisonment
    assert prison is not None and prison.low.unit is not prison.high.unit
    assert Term.months(7) in prison
    assert Term.years(4) not in prison
    with pytest.raises(InvalidFactError) as error:
        _ = 7 in prison  # months or years? the range mixes units
    assert "Term" in error.value.expected
    with pytest.raises(InvalidFactError):
        _ = Money(1, "CNY") in prison
    one_unit = penalties.Interval(Term.months(1), Term.months(6))
    assert 3 in one_unit and "6" in one_unit and Fraction(13, 2) not in one_unit
    with pytest.raises(InvalidFactError):
        _ = 3.0 in one_unit


# -- discovery -------------------------------------------------------------------------------


@pytest.mark.parametrize("entry", catalog(), ids=lambda a: a.id)
def test_facts_lists_what_each_article_reads_with_defaults_and_values(entry: penalties.Article) -> None:
    described = entry.facts()
    assert set(described) == set(entry.facts_read)
    facts_type = entry.act.facts_type
    defaults = facts_type().to_dict()
    for name, info in described.items():
        assert set(info) == {"type", "default", "values"}
        assert isinstance(info["type"], str) and info["type"]
        assert info["default"] == (None if name == "on" else defaults[name])
    assert described["circumstances"]["values"] == tuple(sorted(c.value for c in entry.circumstances))
    offender = described["offender"]
    assert offender["default"] == facts_type.defaults()["offender"].value
    assert offender["default"] in offender["values"]
    if "readings" in described:
        assert described["readings"]["values"] == entry.readings()


def test_facts_and_readings_can_be_passed_back() -> None:
    entry = penalties.article("ir.ipc.731.b")
    readings = entry.readings()
    assert readings == reading_values(type(entry.act.facts_type.defaults()["readings"]))
    assert readings["art748_no_fine"][0] == "partial"  # the default first
    chosen = {name: values[-1] for name, values in readings.items()}
    facts = entry.facts()
    assert facts["offender"]["values"] == ("organisation", "individual")
    a = entry.assess(offender="individual", readings={"art748_no_fine": "error"}, on="2024-05-01")
    assert a.facts.readings.art748_no_fine == "error"
    assert entry.assess(readings=chosen, on="2024-05-01").facts.readings.art755_trigger == chosen["art755_trigger"]


def test_an_act_without_readings_has_none() -> None:
    entry = catalog("cn.idcard")[0]
    assert entry.readings() == {}
    assert "readings" not in entry.facts()


# -- the top level ---------------------------------------------------------------------------


def test_public_helpers_at_the_top_level() -> None:
    from penalties.render.codec import facts_from_json
    from penalties.render.html import Localized

    assert penalties.facts_from_json is facts_from_json
    assert penalties.Localized is Localized
    assert penalties.reading_values is reading_values
    assert set(penalties.__all__) <= set(dir(penalties))
    entry = penalties.article("cn.dsl.47")
    facts = penalties.facts_from_json(entry, {"illegal_gains": "12345.67", "on": "1403/02/12"})
    assert entry.assess(facts).fine == entry.assess(illegal_gains=Fraction(1234567, 100), on="2024-05-01").fine


def test_dir_shows_the_api_not_the_modules_imports() -> None:
    names = dir(penalties)
    for leaked in ("json", "resources", "Any", "annotations", "TYPE_CHECKING"):
        assert leaked not in names
    assert {"assess", "facts_from_json", "reading_values", "Localized", "in_locale", "__version__"} <= set(names)
    with pytest.raises(AttributeError):
        _ = penalties.no_such_name  # type: ignore[attr-defined]


def test_star_import_and_lazy_names_load_no_renderer() -> None:
    code = (
        "import sys\n"
        "from penalties import *\n"
        "print(any(m.startswith('penalties.render') for m in sys.modules), 'babel' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True", "False"]  # the star import resolves the lazy names
    plain = "import sys, penalties\nprint(any(m.startswith('penalties.render') for m in sys.modules))\n"
    result = subprocess.run([sys.executable, "-c", plain], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False"]


# -- the locale of a block -------------------------------------------------------------------


def test_in_locale_sets_the_default_and_an_explicit_locale_wins(dsl47: penalties.Assessment) -> None:
    english, chinese = dsl47.explain("en"), dsl47.explain("zh_CN")
    assert dsl47.explain() == english and penalties.current_locale() == "en"
    with in_locale("zh_CN") as chosen:
        assert chosen == "zh_CN" and penalties.current_locale() == "zh_CN"
        assert dsl47.explain() == chinese
        assert str(dsl47) == chinese
        assert dsl47.explain("en") == english
        assert dsl47.to_html() == dsl47.to_html("zh_CN")
        with in_locale("fa"):  # resolved as everywhere
            assert penalties.current_locale() == "fa_IR"
            assert dsl47.explain() == dsl47.explain("fa_IR")
        assert dsl47.explain() == chinese
    assert dsl47.explain() == english


def test_in_locale_checks_on_entry_and_ends_with_the_block() -> None:
    with pytest.raises(UnknownLocaleError), in_locale("xx"):
        pass  # pragma: no cover - never entered
    with pytest.raises(RuntimeError), in_locale("ar"):
        raise RuntimeError("boom")
    assert penalties.current_locale() == "en"


def test_in_locale_is_private_to_each_thread(dsl47: penalties.Assessment) -> None:
    locales = ["en", "zh_CN", "fa_IR", "ar", "ms"]
    expected = {locale: dsl47.explain(locale) for locale in locales}
    barrier = threading.Barrier(len(locales))
    seen: dict[str, list[bool]] = {}

    def work(locale: str) -> None:
        results = []
        with in_locale(locale):
            barrier.wait()  # every thread is inside its own block at once
            for _ in range(20):
                results.append(dsl47.explain() == expected[locale] and penalties.current_locale() == locale)
            barrier.wait()
        seen[locale] = results

    threads = [threading.Thread(target=work, args=(locale,)) for locale in locales]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == {locale: [True] * 20 for locale in locales}
    assert penalties.current_locale() == "en"


# -- reprs -----------------------------------------------------------------------------------


def test_assessment_repr_is_short_and_eq_hash_stay_by_value(dsl47: penalties.Assessment) -> None:
    assert repr(dsl47) == "<Assessment cn.dsl.47 on 2024-05-01: fine [250,000 CNY, 2,500,000 CNY], 8 sanctions>"
    again = assess("cn.dsl.47", illegal_gains="250000", on="2024-05-01")
    assert again == dsl47 and hash(again) == hash(dsl47) and again is not dsl47
    assert len({again, dsl47}) == 1
    assert again != assess("cn.dsl.47", illegal_gains=250_001, on="2024-05-01")


@pytest.mark.parametrize("entry", catalog(), ids=lambda a: a.id)
def test_every_assessment_repr_is_one_short_line(entry: penalties.Article) -> None:
    start, _ = entry.in_force
    try:
        a = entry.assess(on=start)
    except penalties.PenaltiesError:
        pytest.skip("needs facts")
    text = repr(a)
    assert text.startswith(f"<Assessment {entry.id} on {start.isoformat()}") and text.endswith(">")
    assert "\n" not in text and len(text) < 200


def test_a_not_penal_assessment_says_so() -> None:
    a = assess("cn.cl.253-1", information_items={"trajectory": 49}, on="2024-01-01")
    assert repr(a) == "<Assessment cn.cl.253-1 on 2024-01-01: no penalty, 0 sanctions>"


# -- optional extras -------------------------------------------------------------------------


def test_whatif_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from penalties import whatif

    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r'pip install "penalties\[whatif\]"'):
        whatif.sweep("cn.dsl.47", "illegal_gains", [0, 1], as_frame=True, on="2024-05-01")


def test_whatif_plot_without_matplotlib_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from penalties import whatif

    rows = whatif.sweep("cn.dsl.47", "illegal_gains", [0, 200_000], as_frame=False, on="2024-05-01")
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(ImportError, match=r'pip install "penalties\[plot\]"'):
        whatif.plot(rows)


def test_reprs_are_short() -> None:
    from penalties import Localized, article, catalog

    entry = article("ir.ipc.731.b")
    assert repr(entry) == "<Article ir.ipc.731.b: Islamic Penal Code (Computer Crimes Law), Art 731, clause b>"
    assert len(repr(catalog())) < 100 * len(catalog())  # was 300,000 characters
    shown = repr(Localized(entry, "fa_IR"))
    assert shown.startswith("Localized(<Article ir.ipc.731.b") and shown.endswith("'fa_IR')")


def test_a_not_determinable_case_names_the_reading_that_decides() -> None:
    from penalties import NotDeterminableError, assess

    with pytest.raises(NotDeterminableError) as caught:
        assess("ir.ipc.731.b", offender="legal_person", on="2024-07-01", readings={"art748_no_fine": "error"})
    assert caught.value.reading == "art748_no_fine"
    assert "art748_no_fine" in str(caught.value)
    partial = assess("ir.ipc.731.b", offender="legal_person", on="2024-07-01")
    assert partial.fine is None

"""Adding an act is one module and one line in ``penalties.catalog.ACTS``.

A small act (the "Demonstration Act" of a jurisdiction ``zz``, with a currency, a language and a
kind of sanction that no catalogued act has) is written to a temporary module and registered;
it is then assessed, explained, rendered, and round-tripped through JSON and pickle like any
catalogued act, without touching the core, the renderers, the schema or the command line.
Each check runs in a process of its own: a registered act and kind last as long as the process.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

MODULE = '''
"""The Demonstration Act: one article, a fine of 1 to 5 times the gains and a director ban."""
# The act names its gains fact itself (the core has none): here ``profit``, in euros.

import datetime as _dt
from typing import ClassVar

import attrs

from penalties.core.article import Act, Article
from penalties.core.errors import InvalidFactError
from penalties.core.facts import Facts
from penalties.core.formula import AllOf, FixedRange, GainsMultiple, Provision
from penalties.core.interval import Interval
from penalties.core.messages import N_
from penalties.core.money import Money
from penalties.core.sanction import Modality, Quantity, SanctionKind, register_kind
from penalties.core.term import Term

BAN = register_kind("ban_on_serving_as_director", Quantity.TERM, label=N_("ban on serving as a director"))


def _gains(value):
    if value is None:
        return None
    money = Money.of(value, "EUR", "profit")
    if money.amount < 0:
        raise InvalidFactError("profit", value, "zero or more euros")
    return money


@attrs.frozen
class DemoFacts(Facts):
    CURRENCY: ClassVar[str] = "EUR"
    GAINS_FACT: ClassVar[str] = "profit"

    profit: Money | None = attrs.field(default=None, converter=_gains)


ACT = Act(
    id="zz.demo",
    title=N_("Demonstration Act"),
    title_original="Demonstrationsgesetz",
    jurisdiction="ZZ",
    language="de",
    currency="EUR",
    currency_exponent=2,
    in_force_from=_dt.date(2020, 1, 1),
    facts_type=DemoFacts,
)
BASIS = ACT.cite("1")
ARTICLES = (
    Article(
        id="zz.demo.1",
        act=ACT,
        number="1",
        title="Misuse of data",
        title_original="Datenmissbrauch",
        text="Wer Daten missbraucht, zahlt das Ein- bis Fuenffache des Gewinns.",
        gloss="Whoever misuses data pays one to five times the gains.",
        formula=AllOf(
            (
                Provision(SanctionKind.FINE, Modality.SHALL, BASIS, GainsMultiple(1, 5)),
                Provision(BAN, Modality.MAY, BASIS, FixedRange(Interval(Term.years(1), Term.years(3)))),
            ),
            BASIS,
        ),
    ),
)
'''

CHECK = """
import json, pickle, sys
import jsonschema
import penalties
from penalties import Assessment, SanctionKind
from penalties.catalog import ACTS

sys.path.insert(0, sys.argv[1])
ACTS["zz.demo"] = "demo_act"  # the one registry line

a = penalties.assess("zz.demo.1", profit="1000.50", on="2024-01-01")
assert list(a.to_dict()["facts"]) == ["offender", "circumstances", "on", "offence_date", "profit"], a.to_dict()
fine = a.fine
assert (str(fine.low.amount), str(fine.high.amount), fine.low.currency) == ("2001/2", "10005/2", "EUR"), fine
ban = a.find("ban_on_serving_as_director")
assert ban is not None and ban.kind is SanctionKind.BAN_ON_SERVING_AS_DIRECTOR
assert str(ban.range) == "[1 year, 3 years]", ban.range
assert a.imprisonment is None  # a ban restricts no one's liberty
text = a.explain()
assert "Demonstration Act, Art 1" in text and "ban on serving as a director (may)" in text, text
data = json.loads(json.dumps(a.to_dict()))
jsonschema.Draft202012Validator(penalties.assessment_schema()).validate(data)
assert Assessment.from_dict(data) == a
assert pickle.loads(pickle.dumps(a)) == a
html = penalties.article("zz.demo.1").to_html()
assert 'lang="de" dir="ltr"' in html, html
assert "zz.demo" in [act.id for act in penalties.acts()]
assert [entry.id for entry in penalties.catalog("zz.demo")] == ["zz.demo.1"]
try:
    penalties.assess("zz.demo.1", profit=0, on="2024-01-01")
except penalties.InvalidFactError as error:
    assert error.field == "profit"
else:
    raise AssertionError("a multiple of no gains")
try:
    penalties.assess("zz.demo.1", illegal_gains=5, on="2024-01-01")  # not a fact of this act
except penalties.InvalidFactError as error:
    assert error.field == "illegal_gains"
else:
    raise AssertionError("a fact the act does not have")
print("ok", a.to_html("fa_IR").count('dir="rtl"') > 0)
"""


def test_a_new_act_is_one_module_and_one_registry_line(tmp_path: Path) -> None:
    (tmp_path / "demo_act.py").write_text(textwrap.dedent(MODULE), "utf-8")
    done = subprocess.run([sys.executable, "-c", CHECK, str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["ok", "True"]

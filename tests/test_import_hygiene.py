"""``import penalties`` and ``assess()`` stay light: no Babel, pandas, numpy or jdatetime loaded."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("babel", "pandas", "numpy", "matplotlib", "jdatetime", "jsonschema", "cattrs")


def test_import_and_assess_do_not_load_heavy_modules():
    code = (
        "import sys, penalties\n"
        "penalties.assess('cn.dsl.47', illegal_gains=250000, on='2024-05-01')\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_explain_loads_babel_only_when_asked():
    code = (
        "import sys, penalties\n"
        "a = penalties.assess('cn.dsl.47', illegal_gains=250000, on='2024-05-01')\n"
        "before = 'babel' in sys.modules\n"
        "a.explain()\n"
        "print(before, 'babel' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "True"]


def test_acts_load_lazily_one_at_a_time():
    code = (
        "import sys, penalties\n"
        "acts = {'data_security_law', 'criminal_law', 'id_card_law', 'computer_crimes_law'}\n"
        "laws = lambda: sorted(m for m in sys.modules if m.startswith('penalties.law.') and m.split('.')[-1] in acts)\n"
        "print(laws())\n"
        "penalties.assess('cn.dsl.47', illegal_gains=250000, on='2024-05-01')\n"
        "print(laws())\n"
        "penalties.article('ir.ccl.1')\n"
        "print(laws())\n"
        "penalties.catalog()\n"
        "print(len(laws()))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines() == [
        "[]",
        "['penalties.law.cn.data_security_law']",
        "['penalties.law.cn.data_security_law', 'penalties.law.ir.computer_crimes_law']",
        "4",
    ]

"""``concur``, ``Concurrence`` and ``concurrence_schema`` at the top level, loaded on first use."""

from __future__ import annotations

import subprocess
import sys

import penalties
from penalties.law.cn import concurrence


def test_concurrence_names_at_the_top_level() -> None:
    assert penalties.concur is concurrence.concur
    assert penalties.Concurrence is concurrence.Concurrence
    assert penalties.concurrence_schema is concurrence.concurrence_schema
    assert {"concur", "Concurrence", "concurrence_schema"} <= set(penalties.__all__) <= set(dir(penalties))
    # APL Art 29: DSL 45(1) (up to 1,000,000) and PIPL 66(2) (up to 5 % of a 3,000,000,000 turnover).
    result = penalties.concur(["cn.dsl.45.1", "cn.pipl.66.2"], on="2024-05-01", turnover=3_000_000_000)
    assert isinstance(result, penalties.Concurrence)
    assert result.fine.high.amount == 150_000_000


def test_import_penalties_does_not_load_the_concurrence() -> None:
    code = "import sys, penalties\nprint('penalties.law.cn.concurrence' in sys.modules)\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False"]

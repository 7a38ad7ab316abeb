"""``import penalties`` and ``assess()`` stay light: no Babel, pandas, numpy or jdatetime loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


def _imports(path: Path) -> list[str]:
    """Every module a file imports, relative imports resolved against ``penalties.core``."""
    import ast

    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = ["penalties", "core"][: max(0, 3 - node.level)] if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            found.extend([module] if node.module else [f"{module}.{alias.name}" for alias in node.names])
    return found


def test_the_core_imports_neither_render_nor_catalog_nor_any_act():

    import penalties.core

    core = Path(penalties.core.__file__).parent
    files = sorted(core.glob("*.py"))
    assert len(files) >= 10
    forbidden = ("penalties.render", "penalties.catalog", "penalties.law", "penalties.whatif", "penalties.batch")
    found = {
        f"{path.name}: {module}"
        for path in files
        for module in _imports(path)
        if module.startswith(forbidden) or module in ("penalties", "penalties.__main__")
    }
    assert not found


def test_the_import_check_sees_relative_imports():
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "x.py")
        path.write_text("from ..render.text import explain\nfrom .. import catalog\nfrom . import hooks\n")
        assert _imports(path) == ["penalties.render.text", "penalties.catalog", "penalties.core.hooks"]


def test_the_core_loads_without_render_or_acts():
    code = (
        "import sys, penalties\n"
        "a = penalties.assess('cn.dsl.47', illegal_gains=250000, on='2024-05-01')\n"
        "print(sorted(m for m in sys.modules if m.startswith('penalties.render')))\n"
        "a.explain()\n"
        "print('penalties.render.text' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split("\n")[:2] == ["[]", "True"]

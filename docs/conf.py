"""Sphinx configuration of the penalties documentation.

Build from the repository root (``pip install -e ".[docs]"``):

    sphinx-build -W --keep-going -b html docs docs/_build/html

Sphinx, because autodoc reads the docstrings of the installed package (they are reST already),
and the guide's tables are written by a small extension (``_ext/penalties_docs.py``) that walks
the library's own data at build time; MyST, so that the pages are Markdown like the README and
their ``>>>`` examples run as tests (``tests/test_docs.py``); furo, a clean theme with a dark
mode that needs no configuration. See ``docs/README.md``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import penalties

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "penalties"
author = "penalties developers"
copyright = "penalties developers"
version = release = penalties.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "penalties_docs",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
# docs/README.md says how the site is built; docs/visual/ holds review material of its own.
exclude_patterns = ["_build", "README.md", "visual"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True, "show-inheritance": True}
# The public spelling (penalties.Money) for objects re-exported at the top level.
add_module_names = False


def _skip_reexported(app: Any, what: str, name: str, obj: object, skip: bool, options: Any) -> bool | None:
    """Document each object once: what ``penalties`` exports only under its public name."""
    if app.env.docname != "api/penalties" and name in penalties.__all__ and getattr(penalties, name) is obj:
        return True
    return None


def setup(app: Any) -> None:
    app.connect("autodoc-skip-member", _skip_reexported)


html_theme = "furo"
html_title = f"penalties {release}"

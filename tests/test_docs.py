"""Every example in the README, in the documentation site and in the API reference runs.

A fenced block whose language is ``python``, ``py`` or ``pycon`` and that holds ``>>>`` prompts is a
doctest: the blocks of one Markdown file run top to bottom in one namespace, as a reader would
type them, with ``ELLIPSIS`` and ``NORMALIZE_WHITESPACE``. An example shows its true output, or
elides it with ``...``; an example with no output line must print nothing. In docs/, a ``python``
block without prompts is refused, since nothing would check it (a README recipe without prompts
needs a test of its own). The docstrings of the modules the API reference shows run as doctests
too. The site itself is built by CI (``sphinx-build -W``).
"""

from __future__ import annotations

import doctest
import importlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
MARKDOWN = [ROOT / "README.md", *sorted(p for p in DOCS.rglob("*.md") if "_build" not in p.parts)]
LANGUAGES = {"python", "py", "pycon"}
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

#: Modules whose docstrings the API reference (docs/api/) renders.
API_MODULES = [
    "penalties",
    "penalties.core.assessment",
    "penalties.core.sanction",
    "penalties.core.money",
    "penalties.core.term",
    "penalties.core.interval",
    "penalties.core.citation",
    "penalties.core.article",
    "penalties.core.facts",
    "penalties.core.readings",
    "penalties.core.errors",
    "penalties.core.formula",
    "penalties.core.plan",
    "penalties.core.sentencing",
    "penalties.law.cn.sentencing",
    "penalties.law.cn.administrative",
    "penalties.law.ir.sentencing",
    "penalties.law.cn.time",
    "penalties.law.ir.time",
    "penalties.whatif",
    "penalties.batch",
    "penalties.render.codec",
    "penalties.law.cn.gains",
]

_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")


def code_blocks(text: str) -> Iterator[tuple[int, str, str]]:
    """``(first line number, language, body)`` of each fenced block (CommonMark fences)."""
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i])
        if opening is None:
            i += 1
            continue
        fence, info = opening["fence"], opening["info"].strip()
        language = info.split()[0].strip("{}").lower() if info else ""
        body: list[str] = []
        j = i + 1
        while j < len(lines):
            closing = _FENCE.match(lines[j])
            if (
                closing is not None
                and closing["fence"][0] == fence[0]
                and len(closing["fence"]) >= len(fence)
                and not closing["info"].strip()
            ):
                break
            body.append(lines[j])
            j += 1
        yield i + 2, language, "\n".join(body) + "\n"
        i = j + 1


def markdown_doctest(path: Path) -> doctest.DocTest:
    """One doctest of every example block of ``path``, line numbers those of the file."""
    parser = doctest.DocTestParser()
    examples: list[doctest.Example] = []
    name = str(path.relative_to(ROOT))
    for first_line, language, body in code_blocks(path.read_text("utf-8")):
        if language not in LANGUAGES:
            continue
        found = parser.get_examples(body, name)
        if not found and path.is_relative_to(DOCS):
            raise AssertionError(f"{name}:{first_line}: a {language} block without >>> prompts is never checked")
        for example in found:
            example.lineno += first_line - 1
            examples.append(example)
    return doctest.DocTest(examples, {"__name__": "__main__"}, name, str(path), 0, None)


def _run(test: doctest.DocTest) -> None:
    lines: list[str] = []
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    try:
        runner.run(test, out=lines.append)
    finally:
        test.globs.clear()
        _close_figures()
    result = runner.summarize(verbose=False)
    if result.failed:
        pytest.fail("".join(lines), pytrace=False)


def _close_figures() -> None:
    import sys

    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        pyplot.close("all")


@pytest.fixture(autouse=True)
def _headless_plots(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MPLBACKEND", "Agg")


@pytest.mark.parametrize("path", MARKDOWN, ids=lambda p: str(p.relative_to(ROOT)))
def test_markdown_examples_run(path: Path) -> None:
    _run(markdown_doctest(path))


def test_readme_and_docs_have_examples() -> None:
    """The extractor finds the examples (a broken fence parser would pass everything)."""
    assert len(markdown_doctest(ROOT / "README.md").examples) >= 20
    assert sum(len(markdown_doctest(path).examples) for path in MARKDOWN[1:]) >= 60


@pytest.mark.parametrize(
    "module",
    API_MODULES,
)
def test_docstring_examples_run(module: str) -> None:
    finder = doctest.DocTestFinder(exclude_empty=True)
    imported: Any = importlib.import_module(module)
    tests = [test for test in finder.find(imported, module) if test.examples]
    for test in tests:
        test.globs = dict(test.globs)
        _run(test)


def test_code_blocks_parser() -> None:
    text = "a\n````md\n```python\n>>> 1\n```\n````\n```pycon\n>>> 1 + 1\n2\n```\n~~~\n>>> x\n~~~\n"
    blocks = list(code_blocks(text))
    assert [(line, language) for line, language, _ in blocks] == [(3, "md"), (8, "pycon"), (12, "")]
    assert blocks[0][2] == "```python\n>>> 1\n```\n"

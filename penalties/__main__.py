"""Command line: ``python -m penalties`` prints a built-in example assessment (DSL Art 47)."""

from __future__ import annotations

import sys

from . import assess


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    example = assess("cn.dsl.47", illegal_gains=250_000, on="2024-05-01")
    sys.stdout.write(example.explain() + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

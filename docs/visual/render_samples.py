"""Render sample assessments in every locale to HTML pages and PNG screenshots, for a person to review.

Run from the repository root (the ``docs`` extra is not needed; the library and Babel are)::

    python docs/visual/render_samples.py                 # HTML and PNG into build/visual/
    python docs/visual/render_samples.py --out DIR       # elsewhere
    python docs/visual/render_samples.py --html-only     # no browser
    python docs/visual/render_samples.py --commit-images # also refresh docs/visual/*.png

Each sample (DSL Art 47, DSL Art 45(1) aggravated, IPC Art 729 organised, IPC Art 729 on a legal
person, Criminal Law Art 253-1) is written as a whole page (``html_document``) in en, zh_CN, fa_IR,
ar and ms, then photographed by headless Chromium. The browser is the system's (Debian:
``apt-get install chromium``; also found as ``chromium-browser`` or ``google-chrome``, or named by
``$CHROMIUM``); nothing is downloaded. Chinese, Persian and Arabic need fonts with those scripts
(Debian: ``fonts-wqy-microhei``, ``fonts-hosny-amiri`` or ``fonts-noto-core``), or the images show
boxes.

What to look at: in fa_IR and ar the table runs right to left; a closed bound must show its
bracket turned towards its amount (the row reads as ``[a … b]`` drawn right to left) above the
word for "included", an open bound a parenthesis turned towards its amount above the word for
"excluded"; amounts never break between the number and the currency; the reasoning list numbers
in the locale's digits.

``--commit-images`` copies the fa_IR and ar screenshots of DSL Art 47 and IPC Art 729 (organised)
to ``docs/visual/``, where they are kept under version control for review.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from penalties import assess
from penalties.render.html import html_document
from penalties.render.i18n import SUPPORTED_LOCALES

HERE = Path(__file__).resolve().parent

#: name -> (article id, facts): the cases a reviewer looks at.
SAMPLES: dict[str, tuple[str, dict[str, Any]]] = {
    "dsl-47": ("cn.dsl.47", {"illegal_gains": 250_000, "on": "2024-05-01"}),
    "dsl-45-1-aggravated": ("cn.dsl.45.1", {"circumstances": {"refused_correction"}, "on": "2024-05-01"}),
    "ipc-729-organised": ("ir.ipc.729", {"circumstances": {"organised"}, "on": "1399/01/01"}),
    "ipc-729-legal-person": ("ir.ipc.729", {"offender": "legal_person", "on": "1403/04/04"}),
    "cl-253-1": ("cn.cl.253-1", {"information_items": {"trajectory": 50}, "on": "2024-01-01"}),
}
#: The screenshots kept in docs/visual/.
COMMITTED = [(name, locale) for name in ("dsl-47", "ipc-729-organised") for locale in ("fa_IR", "ar")]
WINDOW = "1000,1400"


def chromium() -> str | None:
    """The system's Chromium (or Chrome), if any."""
    named = os.environ.get("CHROMIUM")
    if named:
        return named
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def screenshot(browser: str, page: Path, image: Path) -> None:
    """``page`` photographed by headless ``browser`` into ``image`` (PNG), in a throwaway profile."""
    with tempfile.TemporaryDirectory(prefix="penalties-chromium-") as profile:
        command = [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            f"--screenshot={image}",
            f"--window-size={WINDOW}",
            page.resolve().as_uri(),
        ]
        subprocess.run(command, check=True, capture_output=True, timeout=120)


def render(out: Path, *, html_only: bool = False) -> list[Path]:
    """Every sample in every locale as ``out/<sample>.<locale>.html`` (and ``.png``); the images made."""
    out.mkdir(parents=True, exist_ok=True)
    browser = None if html_only else chromium()
    if not html_only and browser is None:
        sys.exit("no Chromium found: install Debian's chromium package, set $CHROMIUM, or pass --html-only")
    images = []
    for name, (article_id, facts) in SAMPLES.items():
        a = assess(article_id, **facts)
        for locale in SUPPORTED_LOCALES:
            page = out / f"{name}.{locale}.html"
            page.write_text(html_document(a, locale), encoding="utf-8")
            if browser is not None:
                image = page.with_suffix(".png")
                screenshot(browser, page, image)
                images.append(image)
    return images


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=Path("build/visual"), help="where to write (build/visual)")
    parser.add_argument("--html-only", action="store_true", help="write the HTML pages only")
    parser.add_argument("--commit-images", action="store_true", help="refresh the PNGs kept in docs/visual/")
    args = parser.parse_args(argv)
    images = render(args.out, html_only=args.html_only)
    for image in images:
        print(image)
    if args.commit_images and images:
        for name, locale in COMMITTED:
            shutil.copyfile(args.out / f"{name}.{locale}.png", HERE / f"{name}.{locale}.png")
            print("kept", HERE / f"{name}.{locale}.png")


if __name__ == "__main__":
    main()

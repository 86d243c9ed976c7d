#!/usr/bin/env python3
"""Proves that the cheat sheet prints on one page, on A4 and on Letter.

    scripts/check-cheat-sheet-page.py    (after `mdbook build`)

The book promises a cheat sheet of one printed page (book/cheat-sheet.md).
This prints the built page (target/book/cheat-sheet.html) to PDF in headless
Chromium, once per paper size, counts the PDF's pages, and fails when either
size takes more than one. `.ci/run` calls it after `mdbook build`.

The paper size is set the way a reader's print dialog would: an `@page`
rule, added to a copy of the page next to the original (so that the book's
stylesheets and fonts load as they do for a reader), and removed afterwards.
The PDF's page box is checked too, so a size that did not take can't pass
for one that did. Chromium runs with a profile of its own, made fresh and
removed every time, and no network.

Needs python3 and Chromium (`chromium`, `chromium-browser` or
`google-chrome`); maintainers' and CI's, never on a learner's path.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BOOK = os.path.join(ROOT, "target", "book")
PAGE = os.path.join(BOOK, "cheat-sheet.html")
PATTERNS = 8  # the sheet's sections: a page that lost them is no proof

# Paper sizes in PDF points (1/72 inch), as Chromium writes them.
PAPERS = {"A4": (595.0, 842.0), "Letter": (612.0, 792.0)}

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-pdf-header-footer",
]


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit(
        "check-cheat-sheet-page: no Chromium found (chromium, chromium-browser "
        "or google-chrome); install one to prove the one printed page"
    )


def pages_and_box(pdf):
    """The number of pages of a PDF that Chromium wrote, and its first page's
    size in points."""
    with open(pdf, "rb") as file:
        data = file.read()
    pages = len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", data))
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    size = (float(box.group(1)), float(box.group(2))) if box else None
    return pages, size


def print_page(browser, paper, html, work):
    """Prints the page on `paper`, and returns the PDF's pages and size."""
    copy = os.path.join(BOOK, f"cheat-sheet.print-check-{paper.lower()}.html")
    size_rule = f"<style>@page {{ size: {paper} portrait; }}</style></head>"
    with open(copy, "w", encoding="utf-8") as file:
        file.write(html.replace("</head>", size_rule, 1))
    pdf = os.path.join(work, f"{paper}.pdf")
    profile = os.path.join(work, f"profile-{paper}")
    try:
        run = subprocess.run(
            [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
             f"--print-to-pdf={pdf}", "file://" + copy],
            capture_output=True, text=True, timeout=120,
        )
    finally:
        os.remove(copy)
    if run.returncode != 0 or not os.path.isfile(pdf):
        sys.exit(
            f"check-cheat-sheet-page: Chromium could not print the page on "
            f"{paper} (exit {run.returncode}):\n{run.stderr[-2000:]}"
        )
    return pages_and_box(pdf)


def main():
    if not os.path.isfile(PAGE):
        sys.exit(f"check-cheat-sheet-page: no {PAGE}: run `mdbook build` first")
    with open(PAGE, encoding="utf-8") as file:
        html = file.read()
    sections = html.count("<section>")
    if sections < PATTERNS:
        sys.exit(
            f"check-cheat-sheet-page: the built page has {sections} sections, "
            f"fewer than the {PATTERNS} patterns this check expects"
        )
    browser = chromium()
    failures = []
    work = tempfile.mkdtemp(prefix="cheat-sheet-print-")
    try:
        for paper, (width, height) in PAPERS.items():
            pages, size = print_page(browser, paper, html, work)
            if size is None or abs(size[0] - width) > 2 or abs(size[1] - height) > 2:
                failures.append(f"{paper}: printed on {size} points, not {paper}'s {width} x {height}")
                continue
            verdict = "1 page" if pages == 1 else f"{pages} pages (must be 1)"
            print(f"cheat sheet on {paper}: {verdict}")
            if pages != 1:
                failures.append(f"{paper}: {pages} pages")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(
            "check-cheat-sheet-page: book/cheat-sheet.md no longer prints on one "
            "page (" + "; ".join(failures) + "): shorten it, or move lines "
            "back into the cheat-sheet crate",
            file=sys.stderr,
        )
        sys.exit(1)


if __name__ == "__main__":
    main()

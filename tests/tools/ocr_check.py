#!/usr/bin/env python3
"""Checks that the glyphs drawn on a PDF page are the right ones, not only its text layer.

The page is rendered with `pdftoppm -r 200 -png`, read back with Tesseract
(`OMP_THREAD_LIMIT=1 tesseract PAGE.png - -l chi_sim --psm 6`) and compared with the page's
`pdftotext` text, all whitespace removed, by difflib's SequenceMatcher ratio. Right glyphs score
about 0.97-0.98; wrong glyphs (a CFF font drawn by glyph ID instead of CID) 0.12-0.22, while
pdftotext alone reads both as perfect. About 1.5 s a page: check one or two pages a document.

Usage: ocr_check.py FILE.pdf [--page N] [--min RATIO]
Exit status 0 when the ratio reaches RATIO (default 0.95), 1 when not, 2 when a tool fails.
Also importable: ocr_ratio(pdf, page) -> (ratio, reference, ocr).
"""
import argparse
import difflib
import os
import re
import subprocess
import sys
import tempfile

WHITESPACE = re.compile(r"\s+")


def page_text(pdf, page):
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-enc", "UTF-8", pdf, "-"],
                         check=True, capture_output=True)
    return out.stdout.decode("utf-8")


def ocr_text(pdf, page):
    with tempfile.TemporaryDirectory() as folder:
        prefix = os.path.join(folder, "page")
        subprocess.run(["pdftoppm", "-r", "200", "-png", "-f", str(page), "-l", str(page), "-singlefile", pdf, prefix],
                       check=True, capture_output=True)
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        out = subprocess.run(["tesseract", prefix + ".png", "-", "-l", "chi_sim", "--psm", "6"],
                             check=True, capture_output=True, env=env)
        return out.stdout.decode("utf-8")


def ocr_ratio(pdf, page=1):
    reference = WHITESPACE.sub("", page_text(pdf, page))
    ocr = WHITESPACE.sub("", ocr_text(pdf, page))
    return difflib.SequenceMatcher(None, reference, ocr, autojunk=False).ratio(), reference, ocr


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf")
    parser.add_argument("--page", type=int, default=1)
    parser.add_argument("--min", type=float, default=0.95)
    args = parser.parse_args()
    try:
        ratio, reference, ocr = ocr_ratio(args.pdf, args.page)
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"ocr_check: cannot check {args.pdf} page {args.page}: {error}", file=sys.stderr)
        return 2
    if not reference:
        print(f"ocr_check: page {args.page} of {args.pdf} has no text to compare", file=sys.stderr)
        return 1
    verdict = "ok" if ratio >= args.min else "FAILED"
    print(f"ocr_check: {args.pdf} page {args.page}: ratio {ratio:.3f} (minimum {args.min}) {verdict}")
    if ratio < args.min:
        print(f"  text layer: {reference[:300]}", file=sys.stderr)
        print(f"  OCR:        {ocr[:300]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

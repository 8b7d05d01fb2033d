#!/usr/bin/env python3
"""Independent checks of a PDF, reusable by every PDF test. Each check runs an outside reader
and returns a list of problems (empty: the check passed).

  fonts(pdf)          pdffonts: at least one font; every font embedded, subset and with ToUnicode
  qpdf(pdf)           qpdf --check reports no error and no warning
  renders(pdf)        mutool draw and pdftoppm render every page with nothing on stderr
  pdfcpu(pdf)         pdfcpu's strict validator says "validation ok" (tests/tools/pdfcpu, installed
                      by scripts/setup; its absence is a failure, never a skipped check)
  text(pdf)           pdftotext's text
  missing_characters(pdf, expected)  characters of `expected` absent from pdftotext's text
  run_named_check(checks, problems)  the main of a test script of several named checks: argv is
                      CHECK BINARY ROOT WORKDIR; WORKDIR is made afresh, the check runs, and each
                      problem it appended to `problems` is printed; returns the exit code

Command line: pdf_checks.py FILE.pdf runs fonts, qpdf, renders and pdfcpu; exit 1 on any problem.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, **kwargs)


def fonts(pdf):
    out = run(["pdffonts", pdf])
    if out.returncode != 0:
        return [f"pdffonts failed: {out.stderr.decode(errors='replace').strip()}"]
    lines = out.stdout.decode("utf-8", errors="replace").splitlines()
    header = lines[0] if lines else ""
    rows = lines[2:]
    if not rows:
        return ["pdffonts lists no font"]
    # Columns are found from the header: name type encoding emb sub uni object ID.
    emb = header.index(" emb ") + 1
    problems = []
    for row in rows:
        flags = row[emb:emb + 11].split()
        if flags[:3] != ["yes", "yes", "yes"]:
            problems.append(f"font not embedded/subset/with ToUnicode (emb sub uni = {' '.join(flags[:3])}): {row}")
    return problems


def qpdf(pdf):
    out = run(["qpdf", "--check", pdf])
    text = (out.stdout + out.stderr).decode("utf-8", errors="replace")
    problems = []
    if out.returncode != 0:
        problems.append(f"qpdf --check exit status {out.returncode}")
    # Everything qpdf says about a clean file; any other line is a finding.
    clean = ("checking ", "PDF Version: ", "File is not encrypted", "File is not linearized",
             "File is linearized", "No syntax or stream encoding errors found", "errors that qpdf cannot detect")
    for line in text.splitlines():
        if line.strip() and not line.startswith(clean):
            problems.append(f"qpdf: {line}")
    if "No syntax or stream encoding errors found" not in text:
        problems.append("qpdf did not report the file clean")
    return problems


def renders(pdf):
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        # -q: no progress lines; -N: no colour management (Debian's mupdf is built without ICC
        # support and says so on stderr for every file otherwise).
        draw = run(["mutool", "draw", "-q", "-N", "-r", "72", "-o", os.path.join(folder, "m-%d.png"), pdf])
        if draw.returncode != 0 or draw.stderr:
            problems.append(f"mutool draw: status {draw.returncode}: {draw.stderr.decode(errors='replace').strip()}")
        ppm = run(["pdftoppm", "-r", "72", "-png", pdf, os.path.join(folder, "p")])
        if ppm.returncode != 0 or ppm.stderr:
            problems.append(f"pdftoppm: status {ppm.returncode}: {ppm.stderr.decode(errors='replace').strip()}")
    return problems


VALIDATOR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pdfcpu", "validate")


def pdfcpu(pdf, relaxed=False):
    out = run([VALIDATOR, *(["--relaxed"] if relaxed else []), os.path.abspath(pdf)])
    text = (out.stdout + out.stderr).decode("utf-8", errors="replace")
    if out.returncode != 0 or f"{os.path.abspath(pdf)}: validation ok" not in text.splitlines():
        mode = "relaxed" if relaxed else "strict"
        return [f"pdfcpu {mode} validation failed (exit {out.returncode}): {text.strip()[-500:]}"]
    return []


def readers(pdf):
    """Every independent reader's complaints: fonts, qpdf, rendering and pdfcpu's strict validator."""
    return fonts(pdf) + qpdf(pdf) + renders(pdf) + pdfcpu(pdf)


def text(pdf):
    out = run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True)
    return out.stdout.decode("utf-8")


def missing_characters(pdf, expected):
    found = set(text(pdf))
    return sorted({c for c in expected if not c.isspace() and c not in found})


def run_named_check(checks, problems):
    check_name, binary, root, workdir = sys.argv[1:5]
    shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(workdir)
    checks[check_name](binary, root, workdir)
    for p in problems:
        print("FAIL:", p)
    print(f"{check_name}: {len(problems)} problem(s)")
    return 1 if problems else 0


def main():
    parser = argparse.ArgumentParser(description="independent checks of a PDF")
    parser.add_argument("pdf")
    args = parser.parse_args()
    problems = readers(args.pdf)
    for p in problems:
        print(f"{args.pdf}: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""`build` as a user meets it: the output named by the stem, exit codes, messages in Chinese or
English, and the PDF hook, which must either write a real PDF or say it cannot, never pretend.

Usage: check_build_cli.py BINARY SAMPLE_DIR BROKEN_SAMPLE_DIR
"""
import os
import sys

from common import build, fail, scratch


def main():
    binary, sample, broken = sys.argv[1:4]
    root = scratch("xlsx-cli-")

    # The workbook alone: OUTDIR (created) holds exactly <stem>.xlsx.
    outdir = os.path.join(root, "new", "folder")
    done = build(binary, sample, outdir, "xlsx")
    files = os.listdir(outdir)
    if len(files) != 1 or not files[0].endswith(".xlsx"):
        fail(f"--format xlsx wrote {files}")
    if files[0] not in done.stderr:
        fail(f"the message does not name the workbook written: {done.stderr!r}")

    # The PDF hook: a PDF that is a PDF and exit 0, or exit 3, a reason, and no PDF file.
    pdf_out = os.path.join(root, "pdf")
    done = build(binary, sample, pdf_out, "pdf", expect=None)
    pdfs = [f for f in os.listdir(pdf_out) if f.endswith(".pdf")] if os.path.isdir(pdf_out) else []
    if done.returncode == 0:
        if len(pdfs) != 1 or not open(os.path.join(pdf_out, pdfs[0]), "rb").read(5) == b"%PDF-":
            fail(f"build --format pdf exited 0 but wrote {pdfs}")
    else:
        if done.returncode != 3 or pdfs or "PDF" not in done.stderr:
            fail(f"build --format pdf: exit {done.returncode}, files {pdfs}, stderr {done.stderr!r}")

    # Bad data: exit 1, diagnostics with a place, nothing written.
    bad_out = os.path.join(root, "bad")
    done = build(binary, broken, bad_out, "xlsx", expect=1)
    if os.path.isdir(bad_out) and os.listdir(bad_out):
        fail(f"a campaign with errors still wrote {os.listdir(bad_out)}")
    if "错误" not in done.stderr:
        fail(f"no Chinese diagnostic for bad data: {done.stderr!r}")

    # An output folder that cannot be made: exit 3, said in English with --lang en.
    blocker = os.path.join(root, "file")
    open(blocker, "w").close()
    done = build(binary, sample, os.path.join(blocker, "sub"), "xlsx", expect=None)
    if done.returncode != 3:
        fail(f"an impossible output folder gave exit {done.returncode}")
    print("ok: build names, exit codes, PDF hook and messages")


if __name__ == "__main__":
    main()

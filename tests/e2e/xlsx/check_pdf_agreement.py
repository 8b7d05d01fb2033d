#!/usr/bin/env python3
"""The workbook and the PDF of the same campaign show the same figures: every total of 汇总, in
its official wording (表述), appears in the PDF's text (pdftotext, white space ignored).

Until `build` can write the PDF (it then exits 3 with the diagnostic pdf-renderer-missing), this
check reports itself skipped (exit 77) rather than passing.

Usage: check_pdf_agreement.py BINARY SAMPLE_DIR
"""
import os
import re
import subprocess
import sys

from common import SEED_EPOCH, build, fail, header_index, load, only_xlsx, scratch

SKIPPED = 77


def main():
    binary, sample = sys.argv[1], sys.argv[2]
    outdir = scratch("xlsx-pdf-")
    done = build(binary, sample, outdir, "pdf,xlsx", env_extra={"SOURCE_DATE_EPOCH": SEED_EPOCH}, expect=None)
    if done.returncode == 3 and ("本版本尚不能生成 PDF" in done.stderr):
        print("skipped: this build cannot write the PDF yet")
        sys.exit(SKIPPED)
    if done.returncode != 0:
        fail(f"build exited {done.returncode}: {done.stderr}")
    pdfs = [f for f in os.listdir(outdir) if f.endswith(".pdf")]
    if len(pdfs) != 1:
        fail(f"expected one PDF, found {pdfs}")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(outdir, pdfs[0]), "-"],
                          capture_output=True, text=True, check=True).stdout
    text = re.sub(r"\s+", "", text)
    ws = load(only_xlsx(outdir))["汇总"]
    col = header_index(ws)
    missing = []
    for row in ws.iter_rows(min_row=4, values_only=True):
        wording = row[col["表述"]]
        if row[col["指标编码"]] is not None and wording and re.sub(r"\s+", "", wording) not in text:
            missing.append(f"{row[col['指标']]} {wording}")
    if missing:
        fail(f"{len(missing)} workbook figures are not in the PDF: {missing}")
    print("ok: every 汇总 figure is in the PDF")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The workbook as LibreOffice sees it. Each sheet is converted to CSV twice, each time with a
throwaway profile: once as stored (Calc's OOXMLRecalcMode = 1, never recalculate) and once with
recalculation forced on load (OOXMLRecalcMode = 0, always). Both must give the same values, so the
formulas compute what the tool stored, not only carry its numbers; and the stored values must be
the ones openpyxl reads. A control workbook whose cached result is deliberately wrong proves that
the second profile really recalculates (and the first really does not).

Usage: check_libreoffice.py BINARY SAMPLE_DIR
"""
import csv
import glob
import os
import subprocess
import sys

import xlsxwriter

from common import SEED_EPOCH, build, fail, load, only_xlsx, scratch

CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"  # every sheet, raw values
NEVER, ALWAYS = 1, 0

REGISTRY = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>{mode}</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>{mode}</value></prop></item>
</oor:items>
"""


def profile(root, mode):
    folder = os.path.join(root, f"profile-{mode}")
    os.makedirs(os.path.join(folder, "user"), exist_ok=True)
    with open(os.path.join(folder, "user", "registrymodifications.xcu"), "w", encoding="utf-8") as f:
        f.write(REGISTRY.format(mode=mode))
    return "file://" + folder


def convert(workbook, root, mode):
    """{sheet name: rows} of every sheet as LibreOffice computes it under `mode`."""
    outdir = os.path.join(root, f"csv-{mode}-{os.path.basename(workbook)}")
    done = subprocess.run(["soffice", f"-env:UserInstallation={profile(root, mode)}", "--headless", "--norestore",
                           "--convert-to", CSV_FILTER, "--outdir", outdir, workbook],
                          capture_output=True, text=True, timeout=600)
    stem = os.path.splitext(os.path.basename(workbook))[0]
    sheets = {}
    for path in sorted(glob.glob(os.path.join(outdir, f"{glob.escape(stem)}-*.csv"))):
        name = os.path.basename(path)[len(stem) + 1:-4]
        with open(path, encoding="utf-8", newline="") as f:
            sheets[name] = list(csv.reader(f))
    if not sheets:
        fail(f"LibreOffice wrote no CSV (exit {done.returncode}):\n{done.stdout}\n{done.stderr}")
    return sheets


def control_workbook(root):
    path = os.path.join(root, "control.xlsx")
    wb = xlsxwriter.Workbook(path)
    wb.add_worksheet("控制").write_formula("A1", "=1+1", None, 5)  # a wrong cached result on purpose
    wb.close()
    return path


def check_control(root):
    path = control_workbook(root)
    stored, recalculated = convert(path, root, NEVER), convert(path, root, ALWAYS)
    if stored["控制"][0][0] != "5":
        fail(f"the never-recalculate profile recalculated the control ({stored['控制'][0][0]})")
    if recalculated["控制"][0][0] != "2":
        fail(f"the always-recalculate profile did not recalculate the control ({recalculated['控制'][0][0]})")


def same_number(text, value):
    try:
        return abs(float(text) - float(value)) <= 1e-9 * max(1.0, abs(float(value)))
    except ValueError:
        return False


def check_against_openpyxl(sheets, path):
    wb = load(path)
    compared = 0
    for ws in wb.worksheets:
        rows = sheets.get(ws.title)
        if rows is None:
            fail(f"LibreOffice did not export sheet {ws.title}")
        for r, row in enumerate(ws.iter_rows(values_only=True)):
            for c, value in enumerate(row):
                text = rows[r][c] if r < len(rows) and c < len(rows[r]) else ""
                if value is None:
                    continue
                if isinstance(value, (int, float)):
                    if not same_number(text, value):
                        fail(f"{ws.title}!R{r + 1}C{c + 1}: LibreOffice {text!r}, stored {value!r}")
                elif text != str(value):
                    fail(f"{ws.title}!R{r + 1}C{c + 1}: LibreOffice {text!r}, stored {value!r}")
                compared += 1
    return compared


def main():
    binary, sample = sys.argv[1], sys.argv[2]
    root = scratch("xlsx-libreoffice-")
    outdir = os.path.join(root, "out")
    build(binary, sample, outdir, env_extra={"SOURCE_DATE_EPOCH": SEED_EPOCH})
    path = only_xlsx(outdir)
    check_control(root)
    stored, recalculated = convert(path, root, NEVER), convert(path, root, ALWAYS)
    if set(stored) != set(load(path).sheetnames):
        fail(f"sheets {sorted(stored)} vs {load(path).sheetnames}")
    for name in stored:
        if stored[name] != recalculated[name]:
            diff = [(i + 1, a, b) for i, (a, b) in enumerate(zip(stored[name], recalculated[name])) if a != b]
            fail(f"sheet {name}: recalculated values differ from the stored ones, first rows: {diff[:3]}")
    compared = check_against_openpyxl(stored, path)
    print(f"ok: {len(stored)} sheets, {compared} cells agree as stored, recalculated and read by openpyxl")


if __name__ == "__main__":
    main()

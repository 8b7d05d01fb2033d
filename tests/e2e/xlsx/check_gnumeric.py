#!/usr/bin/env python3
"""A second independent reader: Gnumeric's ssconvert recalculates every formula of the workbook
(SUMIFS, MAXIFS, AVERAGEIFS over 明细, the chart data mirroring 汇总 and 分时段) and writes each
sheet's raw values; every recalculated value must equal the result the tool stored. A control
workbook whose cached result is deliberately wrong proves that ssconvert really recalculates.

Usage: check_gnumeric.py BINARY SAMPLE_DIR
"""
import glob
import os
import subprocess
import sys

import xlsxwriter

from common import SEED_EPOCH, build, fail, load, only_xlsx, read_csv_sheets, scratch


def recalculated(workbook, outdir):
    """{sheet name: rows of raw values} after Gnumeric recalculated the workbook."""
    os.makedirs(outdir, exist_ok=True)
    done = subprocess.run(["ssconvert", "--recalc", "-S", "-T", "Gnumeric_stf:stf_assistant", "-O",
                           "format=raw separator=,", workbook, os.path.join(outdir, "%s.csv")],
                          capture_output=True, text=True, timeout=600)
    sheets = read_csv_sheets(glob.glob(os.path.join(outdir, "*.csv")), lambda path: os.path.basename(path)[:-4])
    if not sheets:
        fail(f"ssconvert wrote nothing (exit {done.returncode}):\n{done.stdout}\n{done.stderr}")
    return sheets


def control(root):
    path = os.path.join(root, "control.xlsx")
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("汇总")
    ws.write_number(0, 0, 2)
    ws.write_formula(0, 1, "=A1*3", None, 99)  # a wrong cached result
    wb.close()
    cell = recalculated(path, os.path.join(root, "control"))["汇总"][0][1]
    if float(cell) != 6:
        fail(f"ssconvert did not recalculate the control workbook (B1 = {cell}, stored 99, computed 6)")


def main():
    binary, sample = sys.argv[1], sys.argv[2]
    root = scratch("xlsx-gnumeric-")
    control(root)
    outdir = os.path.join(root, "out")
    build(binary, sample, outdir, env_extra={"SOURCE_DATE_EPOCH": SEED_EPOCH})
    path = only_xlsx(outdir)
    stored, formulas = load(path, True), load(path, False)
    sheets = recalculated(path, os.path.join(root, "csv"))
    checked = 0
    for ws in formulas.worksheets:
        rows = sheets.get(ws.title)
        if rows is None:
            fail(f"ssconvert wrote no sheet {ws.title}")
        for row in ws.iter_rows():
            for cell in row:
                if not (isinstance(cell.value, str) and cell.value.startswith("=")):
                    continue
                want = stored[ws.title].cell(cell.row, cell.column).value
                try:
                    got = float(rows[cell.row - 1][cell.column - 1])
                except (IndexError, ValueError):
                    fail(f"{ws.title}!{cell.coordinate}: Gnumeric computed no number for {cell.value}")
                if not isinstance(want, (int, float)) or abs(got - want) > 1e-9 * max(1.0, abs(want)):
                    fail(f"{ws.title}!{cell.coordinate} {cell.value}: stored {want!r}, Gnumeric computes {got}")
                checked += 1
    if checked == 0:
        fail("the workbook holds no formula to recalculate")
    print(f"ok: {checked} formulas recalculated by Gnumeric equal their stored results", path)


if __name__ == "__main__":
    main()

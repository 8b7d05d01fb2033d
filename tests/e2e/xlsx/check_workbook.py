#!/usr/bin/env python3
"""Builds a campaign's workbook and reads it back with openpyxl (data_only=True, the stored
results): the sheets, 明细 against records.csv, every 汇总 total against an independent
recomputation from 明细's rows, the charts, the print settings of every sheet and the document
properties.

Usage: check_workbook.py BINARY SAMPLE_DIR
"""
import csv
import datetime
import os
import sys
from decimal import Decimal

from common import SEED_EPOCH, build, fail, header_index, load, only_xlsx, scratch

FOOTER = "第 &P 页 共 &N 页"
TABLE_SHEETS = ["汇总", "明细", "分单位", "分时段"]


def record_lines(sample):
    """Physical line numbers of records.csv's data records (quoted line breaks kept inside)."""
    with open(os.path.join(sample, "records.csv"), encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        lines = []
        start = reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):
                lines.append(start)
            start = reader.line_num + 1
        return lines


def check_print_setup(wb):
    for ws in wb.worksheets:
        where = f"sheet {ws.title}"
        if ws.page_setup.paperSize not in (9, "9"):
            fail(f"{where}: paper {ws.page_setup.paperSize}, not A4 (9)")
        # One page wide, or, for a table too wide for that at a legible size, a fixed scale that
        # keeps 11 pt text at 8 pt or more, over more pages across (check_print.py measures it).
        fitted = ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage
        if fitted:
            if ws.page_setup.fitToWidth not in (1, None):
                fail(f"{where}: fitted to {ws.page_setup.fitToWidth} pages wide, not one")
            if ws.page_setup.fitToHeight not in (0, "0"):
                fail(f"{where}: fitted to {ws.page_setup.fitToHeight} pages tall; want as many as needed (0)")
        elif ws.page_setup.scale is None or int(ws.page_setup.scale) < 75:
            fail(f"{where}: neither fitted to one page wide nor printed at a legible scale ({ws.page_setup.scale})")
        if ws.oddFooter.center.text != FOOTER:
            fail(f"{where}: footer {ws.oddFooter.center.text!r}")
        if ws.sheet_view.showGridLines or ws.print_options.gridLines:
            fail(f"{where}: gridlines shown")
        if not ws.print_options.horizontalCentered:
            fail(f"{where}: not centred on the page")
        if ws.title in TABLE_SHEETS and ws.print_title_rows != "$3:$3":
            fail(f"{where}: header row not repeated on every page ({ws.print_title_rows})")
        merged = any(r.min_row == 1 and r.min_col == 1 for r in ws.merged_cells.ranges)
        if ws.cell(1, 1).alignment.horizontal != ("center" if merged else "centerContinuous"):
            fail(f"{where}: title not centred across the columns")
    detail = wb["明细"]
    if detail.page_setup.orientation != "landscape":
        fail("明细 is wide and must print in landscape")


def check_detail(wb, sample):
    ws = wb["明细"]
    col = header_index(ws)
    rows = [r for r in ws.iter_rows(min_row=4, values_only=True)]
    lines = record_lines(sample)
    if len(rows) != len(lines):
        fail(f"明细 has {len(rows)} rows, records.csv {len(lines)} records")
    if sorted(r[col["源数据行"]] for r in rows) != lines:
        fail("明细's 源数据行 do not match records.csv's record lines")
    for r in rows:
        if not isinstance(r[col["数值"]], (int, float)):
            fail(f"明细 value {r[col['数值']]!r} (records.csv line {r[col['源数据行']]}) is not a number")
        if r[col["计入合计"]] not in ("是", "否"):
            fail(f"计入合计 is {r[col['计入合计']]!r}")
    if ws.freeze_panes != "A4":
        fail(f"明细 header not frozen ({ws.freeze_panes})")
    if ws.auto_filter.ref != f"A3:L{3 + len(rows)}":
        fail(f"明细 autofilter {ws.auto_filter.ref} does not cover the table")
    return rows, col


def recomputed(rows, col, indicator_id, how):
    values = [Decimal(repr(r[col["数值"]])) for r in rows if r[col["指标编码"]] == indicator_id and r[col["计入合计"]] == "是"]
    if not values:
        return None
    if how == "sum":
        return sum(values)
    if how == "max":
        return max(values)
    return sum(values) / len(values)


def check_summary(wb_values, wb_formulas, rows, col, sample):
    values, formulas = wb_values["汇总"], wb_formulas["汇总"]
    head = header_index(values)
    how_of = {"合计": "sum", "最大值": "max", "平均值": "avg"}
    checked = 0
    names = {r[col["指标编码"]] for r in rows}
    for r in range(4, values.max_row + 1):
        indicator = values.cell(r, head["指标编码"] + 1).value
        if indicator is None:
            continue  # a program's group row
        value = values.cell(r, head["数值"] + 1).value
        formula = formulas.cell(r, head["数值"] + 1).value
        how = how_of.get(values.cell(r, head["汇总方式"] + 1).value)
        if how is None:
            if isinstance(formula, str) and formula.startswith("="):
                fail(f"汇总 row {r}: a last/none total must be a value, found {formula}")
            continue
        if indicator not in names:
            continue
        expected = {"sum": "=SUMIFS(", "max": "=_xlfn.MAXIFS(", "avg": "=ROUND(AVERAGEIFS("}[how]
        if not (isinstance(formula, str) and formula.startswith(expected)):
            fail(f"汇总 row {r} ({indicator}): expected a live {expected} formula, found {formula!r}")
        if not isinstance(value, (int, float)):
            fail(f"汇总 row {r} ({indicator}): no stored result ({value!r})")
        want = recomputed(rows, col, indicator, how)
        if want is None or abs(Decimal(repr(value)) - want) > Decimal("0.01") * max(1, abs(want)) / 100:
            fail(f"汇总 row {r} ({indicator}): stored {value}, recomputed from 明细 {want}")
        checked += 1
    if checked == 0:
        fail("no 汇总 formula was checked")
    print(f"汇总: {checked} formulas agree with 明细")


def check_charts(wb_formulas, sample):
    charts = wb_formulas["图表"]._charts
    if not charts:
        fail("图表 holds no chart")
    titles = []
    for chart in charts:
        rich = chart.title.tx.rich
        titles.append("".join(run.t for p in rich.p for run in (p.r or [])))
    kinds = {type(c).__name__ for c in charts}
    if "BarChart" not in kinds:
        fail(f"no column chart among {kinds}")
    if not all(any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in titles):
        fail(f"chart titles not Chinese: {titles}")
    print(f"图表: {len(charts)} charts: {titles}")


def check_period_heads(wb):
    """分时段's column of figures that fit no single year says so: 未分年度, never the vague 未分期."""
    if "分时段" not in wb.sheetnames:
        return
    texts = [str(c.value) for row in wb["分时段"].iter_rows(max_row=6) for c in row if c.value is not None]
    if not any(t == "未分年度" for t in texts):
        fail(f"分时段 has no 未分年度 head: {texts[:20]}")
    if any("未分期" in t for t in texts):
        fail("分时段 still says 未分期")


def check_properties(wb, sample):
    p = wb.properties
    with open(os.path.join(sample, "campaign.toml"), encoding="utf-8") as f:
        manifest = f.read()
    if not p.title or p.title.split(" ")[0] not in manifest:
        fail(f"title property {p.title!r}")
    if not p.creator or f'"{p.creator}"' not in manifest:
        fail(f"author property {p.creator!r} is not the organisation")
    if not p.keywords or "统计" not in p.keywords:
        fail(f"keywords {p.keywords!r}")
    if p.created != datetime.datetime(2016, 11, 21, 0, 0, 0):
        fail(f"created {p.created}: not SOURCE_DATE_EPOCH")


def main():
    binary, sample = sys.argv[1], sys.argv[2]
    outdir = scratch("xlsx-workbook-")
    build(binary, sample, outdir, env_extra={"SOURCE_DATE_EPOCH": SEED_EPOCH})
    path = only_xlsx(outdir)
    wb_values, wb_formulas = load(path, True), load(path, False)
    names = wb_values.sheetnames
    for wanted in ["封面", "汇总", "明细", "图表"]:
        if wanted not in names:
            fail(f"no sheet {wanted} in {names}")
    if os.path.exists(os.path.join(sample, "units.csv")) and "分单位" not in names:
        with open(os.path.join(sample, "records.csv"), encoding="utf-8-sig") as f:
            next(f)
            if any(line.split(",")[1:2] != [""] for line in f):
                print("note: units exist but no record names one")
    check_print_setup(wb_values)
    rows, col = check_detail(wb_values, sample)
    check_summary(wb_values, wb_formulas, rows, col, sample)
    check_charts(wb_formulas, sample)
    check_period_heads(wb_values)
    check_properties(wb_values, sample)
    print("ok", path)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Reads every chart of a campaign's workbook back from its XML (unzip + ElementTree) and judges it
against the workbook's own cells (openpyxl):
- no series draws a cell holding text (blanks are fine) and every chart shows blanks as gaps;
- one chart holds one unit of measure: each value a chart draws mirrors a cell of 汇总 or 分时段,
  whose row names the unit (计量单位), or sits in 图表's share table under a header naming it;
- custom data labels equal the wording of 汇总's 表述 for the indicator they label;
- an indicator with fewer than two yearly figures draws no trend line;
- every bar chart draws its indicators in 汇总's order (and the PDF's).

Usage: check_charts.py BINARY SAMPLE_DIR [RECORDS]
With RECORDS, SAMPLE_DIR is bench/xlsx/generate_campaign.py (see common.campaign_folder).
"""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

from common import built_workbook, fail, header_index, load

NS = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
REF = re.compile(r"^=?(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$")


def column_number(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def cells_of(ref):
    """(sheet, [(row, col), ...]) of an A1 range reference, 1-based."""
    m = REF.match(ref.strip())
    if not m:
        fail(f"cannot read the chart reference {ref!r}")
    sheet = (m.group(1) or m.group(2)).replace("''", "'")
    c1, r1 = column_number(m.group(3)), int(m.group(4))
    c2, r2 = (column_number(m.group(5)), int(m.group(6))) if m.group(5) else (c1, r1)
    return sheet, [(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]


def source_row(wb_formulas, sheet, row, col):
    """(sheet, row) of the printed cell a chart value mirrors: '=汇总!$B$5' -> ('汇总', 5)."""
    formula = wb_formulas[sheet].cell(row, col).value
    if isinstance(formula, str) and formula.startswith("="):
        target, cells = cells_of(formula[1:])
        return target, cells[0][0]
    return sheet, row


def unit_of(wb_values, sheet, row, col):
    """The unit of measure of the figure at (sheet, row, col)."""
    ws = wb_values[sheet]
    if sheet in ("汇总", "分时段"):
        return ws.cell(row, header_index(ws)["计量单位"] + 1).value
    if sheet == "图表":  # the share table: its header reads 指标（单位）
        for r in range(row, 0, -1):
            head = ws.cell(r, col).value
            if isinstance(head, str) and head.endswith("）") and "（" in head:
                return head[head.rindex("（") + 1:-1]
    fail(f"a chart draws {sheet}!R{row}C{col}, which mirrors no figure of 汇总, 分时段 or 图表's share table")


def label_texts(series):
    """{point index: text} of the series' custom data labels."""
    out = {}
    for dlbl in series.findall("c:dLbls/c:dLbl", NS):
        idx = int(dlbl.find("c:idx", NS).get("val"))
        runs = dlbl.findall("c:tx/c:rich//a:t", NS)
        if runs:
            out[idx] = "".join(t.text or "" for t in runs)
    return out


def check_chart(name, root, wb_values, wb_formulas):
    kinds = [el.tag.split("}")[1] for el in root.find("c:chart/c:plotArea", NS) if el.tag.endswith("Chart")]
    # libxlsxwriter leaves out dispBlanksAs for gaps: Excel's default, and LibreOffice's for files
    # of Excel 2007 and later (check_app_version).
    blanks = root.find("c:chart/c:dispBlanksAs", NS)
    if "pieChart" not in kinds and blanks is not None and blanks.get("val") != "gap":
        fail(f"{name}: blanks are shown as {blanks.get('val')}, not as gaps")
    units, labelled = set(), 0
    for series in root.iter(f"{{{NS['c']}}}ser"):
        ref = series.find("c:val/c:numRef/c:f", NS)
        if ref is None:
            fail(f"{name}: a series draws no cell range")
        sheet, cells = cells_of(ref.text)
        labels = label_texts(series)
        rows_drawn = []
        for i, (r, c) in enumerate(cells):
            value = wb_values[sheet].cell(r, c).value
            if isinstance(value, str):
                fail(f"{name}: series {ref.text} draws {sheet}!R{r}C{c}, which holds text {value!r}")
            src_sheet, src_row = source_row(wb_formulas, sheet, r, c)
            rows_drawn.append((src_sheet, src_row))
            if value is not None:
                units.add(unit_of(wb_values, src_sheet, src_row, c))
            if i in labels:
                if src_sheet != "汇总":
                    fail(f"{name}: a custom label {labels[i]!r} on a value that is not a 汇总 total")
                head = header_index(wb_values["汇总"])
                wording = wb_values["汇总"].cell(src_row, head["表述"] + 1).value
                if labels[i] != wording:
                    fail(f"{name}: label {labels[i]!r} differs from 汇总's 表述 {wording!r}")
                labelled += 1
        if "barChart" in kinds and rows_drawn != sorted(rows_drawn):
            fail(f"{name}: bars not in 汇总's order: {rows_drawn}")
        if "barChart" in kinds and labels and len(labels) != len(cells):
            fail(f"{name}: {len(cells)} bars but {len(labels)} custom labels")
        if "lineChart" in kinds:
            drawn = [r for r, c in cells if wb_values[sheet].cell(r, c).value is not None]
            if len(drawn) < 2:
                fail(f"{name}: a trend line of {len(drawn)} value(s)")
    if len(units) > 1:
        fail(f"{name}: one chart mixes units of measure {sorted(units)}")
    return kinds, units, labelled


def check_app_version(z):
    """LibreOffice reads a chart without dispBlanksAs as gaps only in files of Excel 2007 or later."""
    app = ET.fromstring(z.read("docProps/app.xml"))
    version = app.find("{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}AppVersion")
    if version is None or float(version.text) < 12:
        fail(f"docProps/app.xml AppVersion {None if version is None else version.text}: blanks would read as zeros")


def main():
    _, path, _ = built_workbook(sys.argv, "xlsx-charts-")
    wb_values, wb_formulas = load(path, True), load(path, False)
    with zipfile.ZipFile(path) as z:
        names = sorted(n for n in z.namelist() if n.startswith("xl/charts/chart"))
        if not names:
            fail("the workbook holds no chart")
        check_app_version(z)
        labelled = 0
        seen_kinds = set()
        for n in names:
            kinds, units, count = check_chart(n, ET.fromstring(z.read(n)), wb_values, wb_formulas)
            labelled += count
            seen_kinds.update(kinds)
            print(f"{n}: {kinds} unit {sorted(units)}, {count} custom labels")
    if "barChart" in seen_kinds and labelled == 0:
        fail("no bar carries the figure's wording as its label")
    print("ok", path)


if __name__ == "__main__":
    main()

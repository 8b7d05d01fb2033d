#!/usr/bin/env python3
"""The year-end demo (samples/year-end-demo/2026 against ../2025): every figure of its PDF agrees
with its workbook. The figures are worked out here again, independently of the tool, from the
workbook's 明细 sheet (every record, last year's included) and the sample's tables:

- each indicator's figure for 2026 and 2025, as the PDF's tables word it (number, 余 when a part
  is a lower bound, unit), is in the PDF's text;
- it equals the workbook's 分时段 sheet's 2025年 and 2026年 columns;
- each unit's row of the PDF's units tables holds that unit's 2026 figures, rolled up its subtree;
- the running text words the comparisons 比上年…; the five parts and the 落款 are there.

Usage: check_demo.py BINARY SAMPLE_DIR
"""
import csv
import datetime
import os
import re
import sys
from decimal import Decimal

import openpyxl

from common import EPOCH, fail, only, pdf_text, run, scratch

QUARTERS = "一二三四"


def interval(text):
    """(first, last) dates of a period as 明细 words it, or None for the whole campaign."""
    text = (text or "").strip()
    if m := re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日至(\d{4})年(\d{1,2})月(\d{1,2})日", text):
        a = [int(x) for x in m.groups()]
        return datetime.date(*a[:3]), datetime.date(*a[3:])
    if m := re.fullmatch(r"(\d{4})年第(.)季度", text):
        y, q = int(m.group(1)), QUARTERS.index(m.group(2)) + 1
        return datetime.date(y, 3 * q - 2, 1), month_end(y, 3 * q)
    if m := re.fullmatch(r"(\d{4})年(\d{1,2})月", text):
        y, mo = int(m.group(1)), int(m.group(2))
        return datetime.date(y, mo, 1), month_end(y, mo)
    if m := re.fullmatch(r"(\d{4})年", text):
        y = int(m.group(1))
        return datetime.date(y, 1, 1), datetime.date(y, 12, 31)
    if text in ("", "全期"):
        return None
    fail(f"unexpected period in 明细: {text!r}")


def month_end(y, m):
    return (datetime.date(y + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1))


def read_sample(sample):
    with open(os.path.join(sample, "indicators.csv"), encoding="utf-8") as f:
        indicators = list(csv.DictReader(f))
    with open(os.path.join(sample, "units.csv"), encoding="utf-8") as f:
        units = list(csv.DictReader(f))
    return indicators, units


def read_records(workbook):
    ws = workbook["明细"]
    rows = ws.iter_rows(min_row=3, values_only=True)
    header = {h: i for i, h in enumerate(next(rows))}
    records = []
    for r in rows:
        if r[header["指标编码"]] is None:
            continue
        records.append({"indicator": r[header["指标编码"]], "unit": r[header["单位"]],
                        "period": interval(r[header["时期"]]), "value": Decimal(str(r[header["数值"]])),
                        "approx": bool(r[header["修饰"]])})
    return records


def aggregate(records, how):
    """sum, max, or last (per unit the latest period's value, summed over units)."""
    if not records:
        return None
    if how == "最大":
        return max(r["value"] for r in records), False
    if how == "最新":
        latest = {}
        for r in records:
            if r["unit"] not in latest or latest[r["unit"]]["period"][1] <= r["period"][1]:
                latest[r["unit"]] = r
        records = list(latest.values())
    return sum(r["value"] for r in records), any(r["approx"] for r in records)


def worded(figure, unit):
    value, approx = figure
    number = format(value.normalize(), "f")
    return f"{number}{'余' if approx else ''}{unit}"


def figure(records, indicator, how, first, last, names=None):
    chosen = [r for r in records if r["indicator"] == indicator and r["period"]
              and first <= r["period"][0] and r["period"][1] <= last and (names is None or r["unit"] in names)]
    return aggregate(chosen, how)


def subtree(units, root_id):
    """Names of a unit and every unit below it."""
    names, frontier = set(), [root_id]
    while frontier:
        uid = frontier.pop()
        for u in units:
            if u["单位编码"] == uid:
                names.add(u["单位名称"])
            if u["上级单位"] == uid:
                frontier.append(u["单位编码"])
    return names


def check_indicator_tables(text, records, indicators, periods):
    flat = re.sub(r"\s+", "", text)
    missing, disagree = [], []
    for ind in indicators:
        for year in (2025, 2026):
            f = figure(records, ind["指标编码"], ind["汇总方式"], datetime.date(year, 1, 1),
                       datetime.date(year, 12, 31))
            if f is None:
                missing.append(f"{ind['指标名称']} {year}: no figure")
                continue
            if worded(f, ind["计量单位"]) not in flat:
                missing.append(f"{ind['指标名称']} {year}: {worded(f, ind['计量单位'])}")
            sheet = periods.get((ind["指标名称"], year))
            if sheet is None or Decimal(str(sheet)) != f[0]:
                disagree.append(f"{ind['指标名称']} {year}: PDF {f[0]}, 分时段 {sheet}")
    if missing:
        fail(f"figures missing from the PDF: {missing}")
    if disagree:
        fail(f"PDF and workbook disagree: {disagree}")


def period_columns(workbook):
    """{(indicator name, year): value} of the 分时段 sheet's year columns."""
    ws = workbook["分时段"]
    rows = ws.iter_rows(min_row=3, values_only=True)
    header = {h: i for i, h in enumerate(next(rows))}
    out = {}
    for r in rows:
        if r[header["指标"]]:
            for year in (2025, 2026):
                out[(r[header["指标"]], year)] = r[header[f"{year}年"]]
    return out


def check_unit_tables(layout_text, records, indicators, units):
    """Each unit's rows across the units tables: its 2026 figures, in indicators.csv order."""
    per_unit = [i for i in indicators
                if len({r["unit"] for r in records if r["indicator"] == i["指标编码"] and r["unit"]}) > 1]
    cells = {}
    token = r"(?:[\d.]+余?|—)"
    for line in layout_text.splitlines():
        line = re.sub(r"(\d)\s+余", r"\1余", line)  # the layout may set 余 apart from its number
        m = re.fullmatch(rf"\s*(\S+)((?:\s+{token})+)\s*", line)
        if m and any(m.group(1) == u["单位名称"] for u in units):
            cells.setdefault(m.group(1), []).extend(m.group(2).split())
    first, last = datetime.date(2026, 1, 1), datetime.date(2026, 12, 31)
    wrong = []
    for u in units:
        names = subtree(units, u["单位编码"])
        expected = []
        for ind in per_unit:
            f = figure(records, ind["指标编码"], ind["汇总方式"], first, last, names)
            expected.append("—" if f is None else worded(f, ""))
        if cells.get(u["单位名称"]) != expected:
            wrong.append(f"{u['单位名称']}: PDF {cells.get(u['单位名称'])}, expected {expected}")
    if wrong:
        fail(f"units tables disagree with the records: {wrong}")


def check_wording(text):
    flat = re.sub(r"—\d+—", "", re.sub(r"\s+", "", text))  # page numbers (— 3 —) break into sentences
    for expected in ("一、基本情况", "二、主要工作及成效", "三、经验体会", "四、存在问题和不足", "五、下一步工作打算",
                     "2026年，县政府", "比上年增长", "比上年下降", "比上年提高", "个百分点",
                     "由20940元提高到22615元", "示例县人民政府2027年1月8日", "虚构", "各单位主要指标"):
        if expected not in flat:
            fail(f"the report lacks {expected!r}")
    for wrong in ("增长0%", "下降0%", "比上年同期", "比上年—", "1至"):
        if wrong in flat:
            fail(f"the report says {wrong!r}")
    # 参与群众 of 2026 has parts that are 余 (lower bounds): no percentage, and nothing about it.
    if not re.search(r"参与群众\d+余人次。", flat):
        fail("an approximate figure should stand without a comparison")


def main():
    binary, sample = sys.argv[1], sys.argv[2]
    out = scratch("year-end-demo-")
    run(binary, "build", sample, "-o", out, env_extra={"SOURCE_DATE_EPOCH": EPOCH})
    pdf = only(out, ".pdf")
    text = pdf_text(pdf)
    workbook = openpyxl.load_workbook(only(out, ".xlsx"), data_only=True)
    indicators, units = read_sample(sample)
    records = read_records(workbook)
    check_wording(text)
    check_indicator_tables(text, records, indicators, period_columns(workbook))
    check_unit_tables(pdf_text(pdf, layout=True), records, indicators, units)
    print(f"ok: {len(indicators)} indicators over two years and {len(units)} units agree in the PDF and workbook")


if __name__ == "__main__":
    main()

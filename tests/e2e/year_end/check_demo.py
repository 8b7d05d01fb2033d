#!/usr/bin/env python3
"""The year-end demo (samples/year-end-demo/2026 against ../2025): every figure of its PDF agrees
with its workbook. The figures are worked out here again, independently of the tool, from the
records.csv of both years (last year's indicators renamed through 上年指标编码) and the units:

- each indicator's figure for 2026 and 2025, as the PDF's tables word it (number, 余 when a part
  is a lower bound, unit), is in the PDF's text;
- it equals the workbook's 分时段 sheet's 2025年 and 2026年 columns, the 2025 one labelled as
  last year's;
- the workbook's 汇总 gives each indicator's 2026 figure (the report's own records, never the two
  years added up), its 明细 lists the 2026 records, one row each, and none of 2025, its 分单位
  gives each unit's 2026 figures; `summary` gives the same totals;
- each unit's row of the PDF's units tables holds that unit's 2026 figures, rolled up its subtree;
- the running text words the comparisons 比上年…; the five parts and the 落款 are there.

Usage: check_demo.py BINARY SAMPLE_DIR
"""
import csv
import datetime
import json
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
    if m := re.fullmatch(r"(\d{4})年?", text):
        y = int(m.group(1))
        return datetime.date(y, 1, 1), datetime.date(y, 12, 31)
    if text in ("", "全期"):
        return None
    fail(f"unexpected period in 明细: {text!r}")


def month_end(y, m):
    return (datetime.date(y + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1))


def read_table(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def read_sample(sample):
    return read_table(sample, "indicators.csv"), read_table(sample, "units.csv")


def read_records(folder, renamed=None):
    """A year's records.csv, units by name, indicators by this year's ids (`renamed` maps last
    year's ids to them)."""
    names = {u["单位编码"]: u["单位名称"] for u in read_table(folder, "units.csv")}
    renamed = renamed or {}
    return [{"indicator": renamed.get(r["指标编码"], r["指标编码"]), "unit": names[r["单位编码"]],
             "period": interval(r["时期"]), "value": Decimal(r["数值"]), "approx": bool(r["修饰"])}
            for r in read_table(folder, "records.csv")]


def read_both_years(sample, indicators):
    renamed = {i["上年指标编码"]: i["指标编码"] for i in indicators if i["上年指标编码"]}
    previous = os.path.join(os.path.dirname(os.path.abspath(sample)), "2025")
    return read_records(sample), read_records(previous, renamed)


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
    """{(indicator name, year): value} of the 分时段 sheet's year columns; last year's column is
    labelled as such."""
    ws = workbook["分时段"]
    rows = ws.iter_rows(min_row=3, values_only=True)
    header = {h: i for i, h in enumerate(next(rows))}
    if "2025年\n（上年）" not in header or "2026年" not in header:
        fail(f"分时段 should head 2026年 and 2025年 labelled （上年）: {list(header)}")
    columns = {2025: header["2025年\n（上年）"], 2026: header["2026年"]}
    out = {}
    for r in rows:
        if r[header["指标"]]:
            for year in (2025, 2026):
                out[(r[header["指标"]], year)] = r[columns[year]]
    return out


def sheet_rows(workbook, name, header_row):
    """The rows of a sheet below its header row, as {header: value} dicts."""
    rows = workbook[name].iter_rows(min_row=header_row, values_only=True)
    header = next(rows)
    return [dict(zip(header, r)) for r in rows]


def check_summary(workbook, records, indicators):
    """汇总's 数值 is each indicator's 2026 figure, 修饰 its 余."""
    rows = {r["指标编码"]: r for r in sheet_rows(workbook, "汇总", 3) if r["指标编码"]}
    wrong = []
    for ind in indicators:
        f = figure(records, ind["指标编码"], ind["汇总方式"], datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))
        row = rows.get(ind["指标编码"])
        shown = None if row is None else (Decimal(str(row["数值"])), row["修饰"] == "余")
        if shown != f:
            wrong.append(f"{ind['指标名称']}: 汇总 {shown}, the 2026 records give {f}")
    if wrong:
        fail(f"汇总 disagrees with the report year's records: {wrong}")


def check_unit_sheet(workbook, records, indicators, units):
    """分单位: each unit's 2026 figures rolled up its subtree, a blank where it has none."""
    rows = sheet_rows(workbook, "分单位", 3)
    columns = {f"{i['指标名称']}\n（{i['计量单位']}）": i for i in indicators}
    ids = {u["单位名称"]: u["单位编码"] for u in units}
    wrong, seen = [], set()
    for row in rows:
        name = (row["单位"] or "").strip("\u3000")
        if name not in ids:
            continue
        seen.add(name)
        names = subtree(units, ids[name])
        for header, ind in columns.items():
            f = figure(records, ind["指标编码"], ind["汇总方式"], datetime.date(2026, 1, 1),
                       datetime.date(2026, 12, 31), names)
            shown = row.get(header)
            if (f is None) != (shown is None) or (f and Decimal(str(shown)) != f[0]):
                wrong.append(f"{name} {ind['指标名称']}: 分单位 {shown}, the 2026 records give {f}")
    if wrong or len(seen) != len(units):
        fail(f"分单位 disagrees with the report year's records ({len(seen)} of {len(units)} units): {wrong}")


def check_summary_command(binary, sample, records, indicators):
    """`summary` gives the same campaign totals as 汇总: this year's, last year's only by year."""
    done = run(binary, "summary", sample, "--json")
    totals = {}
    for line in done.stdout.splitlines():
        item = json.loads(line)
        if item.get("kind") == "figure" and item["unit"] is None and item["period"] == "":
            totals[item["indicator"]] = (Decimal(item["value"]), item["qualifier"] == "余")
    wrong = []
    for ind in indicators:
        f = figure(records, ind["指标编码"], ind["汇总方式"], datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))
        if totals.get(ind["指标编码"]) != f:
            wrong.append(f"{ind['指标名称']}: summary {totals.get(ind['指标编码'])}, the 2026 records give {f}")
    if wrong:
        fail(f"summary's totals disagree with the report year's records: {wrong}")


def check_detail(workbook, records):
    """明细 lists the report's own records: as many rows as 2026's records.csv, all of 2026."""
    rows = [r for r in sheet_rows(workbook, "明细", 3) if r["指标编码"]]
    if len(rows) != len(records):
        fail(f"明细 has {len(rows)} records, the report's records.csv {len(records)}")
    outside = [r["时期"] for r in rows if (p := interval(r["时期"])) and p[0].year != 2026]
    if outside:
        fail(f"明细 lists records outside 2026: {outside[:5]}")


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
    own, previous = read_both_years(sample, indicators)
    check_wording(text)
    check_summary(workbook, own, indicators)
    check_detail(workbook, own)
    check_unit_sheet(workbook, own, indicators, units)
    check_summary_command(binary, sample, own, indicators)
    check_indicator_tables(text, own + previous, indicators, period_columns(workbook))
    check_unit_tables(pdf_text(pdf, layout=True), own, indicators, units)
    print(f"ok: {len(indicators)} indicators over two years and {len(units)} units agree in the PDF and workbook")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The Python side of the workbook benchmark: Debian's python3-xlsxwriter in constant_memory
mode, writing the same 明细 cells as bare_detail.c (and campaign-report) for a campaign of
generate_campaign.py.

Usage: /usr/bin/python3 xlsxwriter_detail.py CAMPAIGN_DIR OUT.xlsx
"""
import csv
import os
import re
import sys

import xlsxwriter

HEADERS = ["指标编码", "指标名称", "所属工程", "单位", "时期", "数值", "计量单位", "修饰", "表述", "计入合计", "备注", "源数据行"]


def read(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def program_names(folder):
    with open(os.path.join(folder, "campaign.toml"), encoding="utf-8") as f:
        text = f.read()
    return dict(re.findall(r'\[\[program\]\]\nid = "([^"]+)"\nname = "([^"]+)"', text))


def main():
    folder, out = sys.argv[1], sys.argv[2]
    programs = program_names(folder)
    indicators = {r["指标编码"]: r for r in read(folder, "indicators.csv")}
    units = {r["单位编码"]: r["单位名称"] for r in read(folder, "units.csv")}
    workbook = xlsxwriter.Workbook(out, {"constant_memory": True})
    sheet = workbook.add_worksheet("明细")
    text = workbook.add_format({"border": 1})
    sheet.write_string(0, 0, "明细")
    for c, header in enumerate(HEADERS):
        sheet.write_string(2, c, header, text)
    row = 3
    with open(os.path.join(folder, "records.csv"), encoding="utf-8", newline="") as f:
        for record in csv.DictReader(f):
            indicator = indicators[record["指标编码"]]
            measure, qualifier, value = indicator["计量单位"], record["修饰"], record["数值"]
            y, m, d = (int(x) for x in record["时期"].split("-"))
            sheet.write_string(row, 0, indicator["指标编码"], text)
            sheet.write_string(row, 1, indicator["指标名称"], text)
            sheet.write_string(row, 2, programs.get(indicator["所属工程"], "基本情况"), text)
            sheet.write_string(row, 3, units[record["单位编码"]], text)
            sheet.write_string(row, 4, f"{y}年{m}月{d}日", text)
            sheet.write_number(row, 5, float(value), text)
            sheet.write_string(row, 6, measure, text)
            sheet.write_string(row, 7, qualifier, text)
            wording = f"约{value}{measure}" if qualifier == "约" else f"{value}{qualifier}{measure}"
            sheet.write_string(row, 8, wording, text)
            sheet.write_string(row, 9, "是", text)
            if record["备注"]:
                sheet.write_string(row, 10, record["备注"], text)
            else:
                sheet.write_blank(row, 10, None, text)
            sheet.write_number(row, 11, row - 1, text)
            row += 1
    sheet.freeze_panes(3, 0)
    sheet.autofilter(2, 0, row - 1, 11)
    workbook.close()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""A campaign above the constant-memory threshold: the workbook is written row by row in
libxlsxwriter's constant-memory mode, and still holds every record in 明细, 汇总 totals (stored
results of live formulas) equal to sums recomputed straight from records.csv, its charts, and a
cover note saying the charts carry no cached data.

Usage: check_constant_memory.py BINARY GENERATOR RECORDS
"""
import csv
import os
import subprocess
import sys
import zipfile
from collections import defaultdict
from decimal import Decimal

from common import build, fail, header_index, load, only_xlsx, scratch


def expected_totals(sample):
    aggregate = {}
    with open(os.path.join(sample, "indicators.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            aggregate[row["指标编码"]] = row["汇总方式"]
    values = defaultdict(list)
    with open(os.path.join(sample, "records.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            values[row["指标编码"]].append(Decimal(row["数值"]))
    totals = {}
    for indicator, parts in values.items():
        how = aggregate[indicator]
        totals[indicator] = sum(parts) if how == "求和" else max(parts) if how == "最大" else sum(parts) / len(parts)
    return totals, sum(len(v) for v in values.values())


def main():
    binary, generator, records = sys.argv[1], sys.argv[2], sys.argv[3]
    root = scratch("xlsx-constant-memory-")
    sample = os.path.join(root, "campaign")
    subprocess.run([sys.executable, generator, records, sample], check=True)
    outdir = os.path.join(root, "out")
    build(binary, sample, outdir)
    path = only_xlsx(outdir)
    totals, count = expected_totals(sample)
    wb = load(path, read_only=True)
    cover = " ".join(str(v) for row in wb["封面"].iter_rows(values_only=True) for v in row if v)
    if "图表不含缓存数据" not in cover:
        fail("the cover does not say the workbook was written in constant-memory mode")
    detail_rows = sum(1 for _ in wb["明细"].iter_rows(min_row=4, values_only=True))
    if detail_rows != count:
        fail(f"明细 has {detail_rows} rows, records.csv {count}")
    summary = wb["汇总"]
    col = header_index(summary)
    seen = 0
    for row in summary.iter_rows(min_row=4, values_only=True):
        indicator = row[col["指标编码"]]
        if indicator not in totals:
            continue
        want, got = totals[indicator], Decimal(repr(row[col["数值"]]))
        if abs(got - want) > Decimal("0.06"):  # averages are rounded to the figures' precision
            fail(f"汇总 {indicator}: stored {got}, recomputed from records.csv {want}")
        seen += 1
    if seen != len(totals):
        fail(f"汇总 shows {seen} of {len(totals)} indicators")
    with zipfile.ZipFile(path) as z:
        if not any(name.startswith("xl/charts/chart") for name in z.namelist()):
            fail("no charts in constant-memory mode")
    print(f"ok: {count} records in constant-memory mode, {seen} totals agree with records.csv")


if __name__ == "__main__":
    main()

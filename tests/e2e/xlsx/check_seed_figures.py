#!/usr/bin/env python3
"""Every figure of the seed appears in the workbook's 汇总 with its qualifier and unit.

Usage: check_seed_figures.py BINARY SEED_DIR FIGURES_FILE

FIGURES_FILE holds one figure a line in the source article's own words (10余场, 近万人次,
15940元). A 汇总 row vouches for a figure when its 表述 cell is the figure, or 表述 followed by the
indicator's name is (5个 + 专题讲座 = 5个专题讲座), or its 年度变化 cell names it as one of its
figures (由15940元提高到20940元). Facts of the campaign rather than indicators (2014年, 2016年11月21日,
the outlet, the editors) are looked up on 封面. Each cell vouches for one figure only, so a
figure the seed states twice (14个, 14个) must be there twice.
"""
import re
import sys

from common import SEED_EPOCH, build, fail, header_index, load, only_xlsx, scratch


def summary_slots(wb):
    ws = wb["汇总"]
    col = header_index(ws)
    slots = []
    for row in ws.iter_rows(min_row=4, values_only=True):
        if row[col["指标编码"]] is None:
            continue
        wording, name, change = row[col["表述"]], row[col["指标"]], row[col["年度变化"]]
        if wording:
            slots.append({wording, wording + name})
        if change:
            slots.append(set(re.findall(r"\d[\d.,]*[^\d由提高下降增加减少到保持在]+", change)))
    return slots


def cover_text(wb):
    return " ".join(str(v) for row in wb["封面"].iter_rows(values_only=True) for v in row if v is not None)


def main():
    binary, seed, figures_file = sys.argv[1:4]
    outdir = scratch("xlsx-seed-")
    build(binary, seed, outdir, env_extra={"SOURCE_DATE_EPOCH": SEED_EPOCH})
    wb = load(only_xlsx(outdir))
    slots, cover = summary_slots(wb), cover_text(wb)
    with open(figures_file, encoding="utf-8") as f:
        figures = [line.strip() for line in f if line.strip()]
    missing = []
    for figure in figures:
        hit = next((i for i, slot in enumerate(slots) if figure in slot), None)
        if hit is not None:
            slots.pop(hit)
        elif figure not in cover:
            missing.append(figure)
    if missing:
        fail(f"{len(missing)} of {len(figures)} seed figures are not in 汇总 (or 封面): {missing}")
    print(f"all {len(figures)} seed figures found")


if __name__ == "__main__":
    main()

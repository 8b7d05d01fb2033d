#!/usr/bin/env python3
"""Writes a deterministic campaign of dense Chinese prose for the PDF benchmark.

Usage: make_text_campaign.py OUT_DIR PAGES

The text is generated from a fixed seed (same arguments, same files), about 620 characters
per A4 page of 16 pt body text, with the punctuation, figures and Latin words that exercise
line breaking. The campaign is fictional (示例县) and says so.
"""
import os
import random
import sys

CHARS_PER_PAGE = 620
PHRASES = [
    "示例县", "基层党组织", "党员干部", "服务群众", "民生实事", "专项行动", "培训", "志愿服务",
    "作风整治", "冬季供暖", "食品安全", "乡镇", "街道办事处", "行政村", "社区", "第一书记",
    "集中学习", "明察暗访", "走访慰问", "后备干部", "责任清单", "考核评议", "工作机制",
    "群众满意度", "典型经验", "问题导向", "落实", "推进", "提升", "加强", "完善", "健全",
]
FIGURES = ["12.5%", "3.5亿元", "320万元", "2016年", "14800多人", "近万人次", "10余场", "0.75", "PDF", "Excel"]
MARKS = ["，", "，", "，", "、", "；", "。"]


def sentence(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(3, 7)):
        word = rng.choice(PHRASES) + rng.choice(PHRASES)
        if rng.random() < 0.25:
            word += rng.choice(FIGURES)
        if rng.random() < 0.08:
            word = "“" + word + "”"
        if rng.random() < 0.05:
            word = "《" + word + "》"
        if rng.random() < 0.04:
            word += "——" + rng.choice(PHRASES)
        parts.append(word + rng.choice(MARKS[:-1]))
    return "".join(parts)[:-1] + "。"


def paragraphs(rng: random.Random, chars: int):
    out, total = [], 0
    while total < chars:
        p = "".join(sentence(rng) for _ in range(rng.randint(3, 6)))
        out.append(p)
        total += len(p)
    return out


def main() -> None:
    out_dir, pages = sys.argv[1], int(sys.argv[2])
    rng = random.Random(20161121 + pages)
    os.makedirs(os.path.join(out_dir, "narrative"), exist_ok=True)
    with open(os.path.join(out_dir, "campaign.toml"), "w", encoding="utf-8") as f:
        f.write(f'''# 虚构数据，仅用于性能测试 (fictional data, for benchmarks only)
[campaign]
id = "bench-text-{pages}"
title = "示例县基层党建工作报告（虚构，{pages}页）"
organization = "示例县委组织部（虚构）"
start = 2015-01-01
end = 2015-12-31
published = 2016-01-15

[[program]]
id = "p1"
name = "示例工程"
''')
    with open(os.path.join(out_dir, "indicators.csv"), "w", encoding="utf-8") as f:
        f.write("id,name,unit,program\nactions,专项行动,个,p1\n")
    with open(os.path.join(out_dir, "records.csv"), "w", encoding="utf-8") as f:
        f.write("indicator,value\nactions,14\n")
    body = paragraphs(rng, CHARS_PER_PAGE * pages)
    quarter = max(1, len(body) // 4)
    sections = {
        "background": body[:quarter],
        "approach": body[quarter:2 * quarter],
        "program-p1": body[2 * quarter:3 * quarter],
        "results": body[3 * quarter:],
    }
    for name, paras in sections.items():
        with open(os.path.join(out_dir, "narrative", name + ".md"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(paras) + "\n")


if __name__ == "__main__":
    main()

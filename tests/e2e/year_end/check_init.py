#!/usr/bin/env python3
"""`init DIR --template year-end`: a new campaign folder an office fills in.

- it writes campaign.toml (every key explained in Chinese), the three tables with Chinese headers
  and no rows, and one narrative file per section, each saying what the section should contain;
- `validate` on it reports only what empty tables give: no indicators, no records;
- it refuses a folder that holds anything, and changes nothing there;
- filled in (here: last year whole, this year to September, last year's folder through --previous),
  it builds, and the report words 1至9月 against the same months of last year.

Usage: check_init.py BINARY
"""
import json
import os
import re
import subprocess

from common import EPOCH, fail, only, pdf_text, run, scratch

SECTIONS = ["overview", "approach", "lessons", "problems", "plans", "annex"]


def check_fresh(folder):
    names = sorted(os.listdir(folder))
    if names != ["campaign.toml", "indicators.csv", "narrative", "records.csv", "units.csv"]:
        fail(f"init wrote {names}")
    with open(os.path.join(folder, "campaign.toml"), encoding="utf-8") as f:
        manifest = f.read()
    for line in manifest.splitlines():
        if re.match(r"\s*#?\s*[a-z_]+\s*=", line) and "# " not in line.split("=", 1)[1]:
            fail(f"a key of campaign.toml is not explained: {line!r}")
    for key in ("id", "title", "organization", "start", "end", "published", "template", "style", "year",
                "previous"):
        if not re.search(rf"^#?\s*{key} =", manifest, re.M):
            fail(f"campaign.toml lacks {key}")
    headers = {"indicators.csv": "指标编码,指标名称,计量单位", "units.csv": "单位编码,单位名称",
               "records.csv": "指标编码,单位编码,时期,数值"}
    for name, start in headers.items():
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            lines = f.read().splitlines()
        if len(lines) != 1 or not lines[0].startswith(start):
            fail(f"{name} should hold its Chinese header alone: {lines}")
    for section in SECTIONS:
        with open(os.path.join(folder, "narrative", section + ".md"), encoding="utf-8") as f:
            hint = f.read().strip()
        if "请改写" not in hint or len(hint) < 15 or "{{" in hint:
            fail(f"narrative/{section}.md should say what the section holds: {hint!r}")


def check_validate_fresh(binary, folder):
    done = run(binary, "validate", folder, "--json", expect=1)
    codes = sorted(json.loads(line)["code"] for line in done.stdout.splitlines()
                   if json.loads(line).get("kind") == "diagnostic")
    if codes != ["no-records", "no-rows"]:
        fail(f"validate on a fresh folder should report only the empty tables, got {codes}")


def check_refusals(binary, folder, scratch_root):
    before = {n: os.path.getmtime(os.path.join(folder, n)) for n in os.listdir(folder)}
    done = run(binary, "init", folder, expect=2)
    if "不是空文件夹" not in done.stderr:
        fail(f"init into a filled folder should say why: {done.stderr}")
    if {n: os.path.getmtime(os.path.join(folder, n)) for n in os.listdir(folder)} != before:
        fail("init changed a folder it refused")
    other = os.path.join(scratch_root, "other")
    os.makedirs(other)
    with open(os.path.join(other, "notes.txt"), "w", encoding="utf-8") as f:
        f.write("x")
    run(binary, "init", other, expect=2)
    if os.listdir(other) != ["notes.txt"]:
        fail(f"init wrote into a folder holding a file: {os.listdir(other)}")


def fill(folder, year, trainees, rate):
    """Fills a fresh folder: a program, two indicators, three units, a month's training each."""
    path = os.path.join(folder, "campaign.toml")
    with open(path, encoding="utf-8") as f:
        manifest = f.read()
    manifest = manifest.replace("（工作名称）", "农村工作").replace("（单位名称）", "某县人民政府")
    manifest = manifest.replace("# [[program]]\n# id = \"chanye\"", "[[program]]\nid = \"chanye\"")
    manifest = manifest.replace("# name = \"产业发展\"", "name = \"产业发展\"")
    with open(path, "w", encoding="utf-8") as f:
        f.write(manifest)
    with open(os.path.join(folder, "indicators.csv"), "a", encoding="utf-8") as f:
        f.write("peixun,技能培训,人次,chanye,求和,,,\nlv,合格率,%,chanye,最新,,,\n")
    with open(os.path.join(folder, "units.csv"), "a", encoding="utf-8") as f:
        f.write("x,某县,县,\nt1,甲镇,乡镇,x\nt2,乙镇,乡镇,x\n")
    with open(os.path.join(folder, "records.csv"), "a", encoding="utf-8") as f:
        for month, count in enumerate(trainees, start=1):
            f.write(f"peixun,{'t1' if month % 2 else 't2'},{year}年{month}月,{count},,\n")
        f.write(f"lv,x,{year}年第三季度,{rate},,\n")
    texts = {"overview": "{{report.period}}，全县工作平稳推进。", "approach": "全年按月调度。",
             "program-chanye": "培训{{peixun|含同比}}，合格率{{lv|含同比}}。", "lessons": "坚持调度。",
             "problems": "规模偏小。", "plans": "- 做强产业。", "annex": "各单位的培训人次见下表。"}
    for name, text in texts.items():
        with open(os.path.join(folder, "narrative", name + ".md"), "w", encoding="utf-8") as f:
            f.write(text + "\n")


def main():
    binary = os.path.abspath(__import__("sys").argv[1])
    root = scratch("year-end-init-")
    folder = os.path.join(root, "2026")
    run(binary, "init", folder, "--template", "year-end", "--year", "2026")
    check_fresh(folder)
    check_validate_fresh(binary, folder)
    check_refusals(binary, folder, root)
    last_year = os.path.join(root, "2025")
    run(binary, "init", last_year, "--year", "2025", expect=0)
    fill(last_year, 2025, [10] * 12, "90.5")   # January to September: 90 people trained, 90.5%
    fill(folder, 2026, [12] * 9, "93.1")       # 108: 20% more, 2.6 points up
    run(binary, "validate", folder, "--previous", last_year)
    out = os.path.join(root, "out")
    run(binary, "build", folder, "-o", out, "--previous", last_year, env_extra={"SOURCE_DATE_EPOCH": EPOCH})
    text = re.sub(r"\s+", "", pdf_text(only(out, ".pdf")))
    for expected in ("某县人民政府2026年度工作总结", "2026年1至9月，全县工作平稳推进。",
                     "培训108人次，比上年同期增长20%，合格率93.1%，比上年同期提高2.6个百分点。",
                     "2025年1至9月", "比上年同期增减", "各单位主要指标"):
        if expected not in text:
            fail(f"the filled-in folder's report lacks {expected!r}")
    only(out, ".xlsx")
    print("ok: init writes a folder that validates to its empty tables, refuses filled folders, and builds")


if __name__ == "__main__":
    main()

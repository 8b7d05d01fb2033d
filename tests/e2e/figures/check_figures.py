#!/usr/bin/env python3
"""Figures as people write them, judged on the printed report by pdftotext.

Usage: check_figures.py CHECK BINARY SOURCE_ROOT WORKDIR
  tables        the example campaign switched to the year-end template: its indicator tables say
                表1 (no space, as 图1), 约2.3万吨 | 0.36万余吨 | 约2.6万吨 in one row, 12座 where the
                text says 十二座, 未分年度 and 全期 over what they hold, a rate's campaign-wide value
  placeholders  units by name and periods in each form records.csv takes, filled in the text
  left_out      a township's own record beside its villages': `validate --json` warns
                left-out-record at the village's line, naming the township's line; exit 0, and 1
                with --strict

The campaign is a copy of samples/example, changed here; the expected words are written here
from the data by hand, not taken from the program.
"""
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import pdf_checks  # noqa: E402

problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def example_copy(root, work):
    """A fresh copy of samples/example in WORK/campaign."""
    campaign = os.path.join(work, "campaign")
    shutil.rmtree(campaign, ignore_errors=True)
    shutil.copytree(os.path.join(root, "samples", "example"), campaign)
    return campaign


def year_end_copy(root, work, plans):
    """samples/example as a year-end report; `plans` is the text of narrative/plans.md."""
    campaign = example_copy(root, work)
    toml = os.path.join(campaign, "campaign.toml")
    with open(toml, encoding="utf-8") as f:
        text = f.read()
    with open(toml, "w", encoding="utf-8") as f:
        f.write(text.replace('[report]\n', '[report]\ntemplate = "year-end"\n'))
    narrative = os.path.join(campaign, "narrative")
    os.rename(os.path.join(narrative, "background.md"), os.path.join(narrative, "overview.md"))
    os.rename(os.path.join(narrative, "results.md"), os.path.join(narrative, "lessons.md"))
    with open(os.path.join(narrative, "problems.md"), "w", encoding="utf-8") as f:
        f.write("冬季施工难度大。\n")
    with open(os.path.join(narrative, "plans.md"), "w", encoding="utf-8") as f:
        f.write(plans)
    return campaign


def build(binary, campaign, out):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1716163200")
    done = subprocess.run([binary, "build", campaign, "-o", out, "--format", "pdf", "-q"],
                          capture_output=True, env=env)
    check(done.returncode == 0, f"build exit {done.returncode}: {done.stderr.decode(errors='replace')}")
    return os.path.join(out, "qingyuan-huanjing-2023.pdf")


def printed(pdf):
    """pdftotext's text with every space taken out (the Han/Western gaps of the body read as spaces)."""
    return re.sub(r"\s+", "", pdf_checks.text(pdf))


def table_rows(pdf):
    """`pdftotext -layout`'s lines as cells: columns lie two or more spaces apart, while a single
    space inside a cell is the gap between Han and digits (约 2.3 万吨), taken out."""
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, check=True)
    rows = []
    for line in out.stdout.decode("utf-8").splitlines():
        cells = [re.sub(r"\s", "", cell) for cell in re.split(r"\s{2,}", line.strip())]
        if cells != [""]:
            rows.append(cells)
    return rows


def row(rows, name):
    found = [r for r in rows if r[0] == name]
    return found[0][1:] if found else None


def tables(binary, root, work):
    campaign = year_end_copy(root, work, "巩固整治成果。\n")
    pdf = build(binary, campaign, os.path.join(work, "out"))
    if problems:
        return
    text, rows = printed(pdf), table_rows(pdf)
    captions = re.findall(r"[表图]\s*\d+", pdf_checks.text(pdf))
    check(captions and all(re.fullmatch(r"[表图]\d+", c) for c in captions), f"captions: {captions}")
    check("表1" in captions and "图1" in captions, f"captions: {captions}")
    # 清运生活垃圾 2023: 1250 + 1300多 + 约2100 + 1.8万 = 约22650; 2024: 3600余; 约26250 in all.
    check(row(rows, "清运生活垃圾") == ["约2.3万吨", "0.36万余吨", "约2.6万吨"],
          f"清运生活垃圾 row: {row(rows, '清运生活垃圾')}")
    check("累计清运生活垃圾约2.6万吨" in text, "running text: 约2.6万吨")
    check("2.265" not in text and "2.625" not in text, "an approximate figure with four digits")
    # 新建公厕 is worded 汉字: 十二座 in the text, 12座 in the table, in the 未分年度 column.
    check("新建公厕十二座" in text, "running text: 十二座")
    check(row(rows, "新建公厕") == ["—", "—", "12座", "12座"], f"新建公厕 row: {row(rows, '新建公厕')}")
    check("未分期" not in text, "a head still says 未分期")
    heads = [r for r in rows if r[0] == "指标"]
    check(["指标", "2024年", "未分年度", "全期"] in heads, f"the profile table's head: {heads}")
    check(["指标", "2023年", "2024年", "未分年度", "合计"] in heads, f"the toilets table's head: {heads}")
    # 群众满意度 is a rate taken as the latest: its campaign-wide rate under 全期.
    check(row(rows, "群众满意度") == ["96.5%", "—", "96.5%"], f"群众满意度 row: {row(rows, '群众满意度')}")
    check("注：“全期”栏中，" in text, "no note under 全期")


def placeholders(binary, root, work):
    plans = ("东关镇清运{{qingyun[东关镇]}}，刘家村改厕{{gaice[刘家村]@2024年3月}}，"
             "一季度清运{{qingyun@2024年一季度}}，上年四季度{{qingyun@2023-Q4}}，"
             "12月{{gaice@2023/12}}，{{gaice@2023年12月}}，合计{{qingyun|数值}}。\n")
    campaign = year_end_copy(root, work, plans)
    text = printed(build(binary, campaign, os.path.join(work, "out")))
    if problems:
        return
    # 东关镇: 1250 + 1300多 in 2023; 刘家村 120 in March 2024; the county's 3600余 in 2024-Q1;
    # 2023-Q4: 1250 + 1300多 + 约2100 + 1.8万 = 约22650 (written in 万); gaice in Dec 2023: 1200 + 860.
    # |数值 drops the qualifier, not the rounding: 约26250 in 万 is 2.6万.
    want = ("东关镇清运2550多吨，刘家村改厕120户，一季度清运3600余吨，上年四季度约2.3万吨，12月2060户，2060户，"
            "合计2.6万。")
    check(want in text, f"the plans paragraph is not {want}: {text[text.find('东关镇清运'):][:120]}")


def left_out(binary, root, work):
    campaign = example_copy(root, work)
    records = os.path.join(campaign, "records.csv")
    with open(records, encoding="utf-8") as f:
        lines = f.read().splitlines()
    township_line = len(lines) + 1
    village_line = next(i for i, line in enumerate(lines, 1) if line.startswith("gaice,dongguan-liujia,"))
    with open(records, "w", encoding="utf-8") as f:
        f.write("\n".join(lines + ["gaice,东关镇,2024年3月,150,,"]) + "\n")
    for strict, want_exit in (([], 0), (["--strict"], 1)):
        done = subprocess.run([binary, "validate", campaign, "--json", *strict], capture_output=True)
        check(done.returncode == want_exit, f"validate {strict} exit {done.returncode}")
        said = [json.loads(line) for line in done.stdout.decode().splitlines() if line.strip()]
        warned = [d for d in said if d.get("code") == "left-out-record"]
        check(len(warned) == 1, f"left-out-record warnings: {warned}")
        if warned:
            w = warned[0]
            check(w["severity"] == "warning" and w["file"] == "records.csv" and w["line"] == village_line,
                  f"the warning's place: {w}")
            check(f"第 {village_line} 行" in w["message"] and f"第 {township_line} 行" in w["message"],
                  f"the warning names lines {village_line} and {township_line}: {w['message']}")


def main():
    check_name, binary, root, work = sys.argv[1:5]
    os.makedirs(work, exist_ok=True)
    {"tables": tables, "placeholders": placeholders, "left_out": left_out}[check_name](binary, root, work)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

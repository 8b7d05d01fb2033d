#!/usr/bin/env python3
"""`build --template/--year/--previous` choose the report over what campaign.toml says.

- --year 2025 on the demo: the figures are 2025's, the base (2024) is missing, and the text
  says nothing of a comparison (never 增长0%, never —);
- --previous DIR gives the same base as [compare] previous; a folder that is not a campaign is
  an error at the command's data (exit 1), and last year's problems are reported under its path;
- a unit added this year is listed in a warning, and --strict makes it fail;
- --template year-end on the case sample asks for the year-end's narratives;
- --year outside 1000..9999 is a usage error (exit 2).

Usage: check_selection.py BINARY DEMO_DIR(2026) EXAMPLE_DIR
"""
import os
import re
import shutil
import sys

from common import EPOCH, fail, only, pdf_text, run, scratch


def flat_pdf(folder):
    return re.sub(r"\s+", "", pdf_text(only(folder, ".pdf")))


def main():
    binary, demo, example = sys.argv[1], sys.argv[2], sys.argv[3]
    root = scratch("year-end-selection-")
    env = {"SOURCE_DATE_EPOCH": EPOCH}

    out = os.path.join(root, "y2025")
    run(binary, "build", demo, "-o", out, "--year", "2025", "--format", "pdf", env_extra=env)
    text = flat_pdf(out)
    if "示例县人民政府2025年度工作总结" not in text or "2025年，县政府" not in text:
        fail("--year 2025 should make a report of the whole year 2025")
    if "全县开展农民技能培训" not in text or re.search(r"比上年|增长0%|—，", text.split("表1")[0]):
        fail("without a 2024 base, the running text must not compare")

    # The same folder without [compare], its base named on the command line instead.
    copy = os.path.join(root, "2026")
    shutil.copytree(demo, copy)
    manifest = os.path.join(copy, "campaign.toml")
    with open(manifest, encoding="utf-8") as f:
        kept = f.read().split("\n[compare]")[0] + "\n"
    with open(manifest, "w", encoding="utf-8") as f:
        f.write(kept)
    out_named = os.path.join(root, "named")
    out_flag = os.path.join(root, "flag")
    run(binary, "build", demo, "-o", out_named, "--format", "pdf", env_extra=env)
    previous = os.path.join(os.path.dirname(os.path.abspath(demo)), "2025")
    run(binary, "build", copy, "-o", out_flag, "--format", "pdf", "--previous", previous, env_extra=env)
    if flat_pdf(out_named) != flat_pdf(out_flag):
        fail("--previous DIR should give the report [compare] previous gives")
    run(binary, "build", copy, "-o", os.path.join(root, "nobase"), "--format", "pdf", env_extra=env)
    if re.search(r"比上年(同期)?(增长|下降|提高)|与上年(同期)?持平", flat_pdf(os.path.join(root, "nobase"))):
        fail("without a previous folder there is no base: no comparison in the text")

    done = run(binary, "validate", copy, "--previous", os.path.join(root, "nowhere"), expect=1)
    if "上年活动目录" not in done.stderr:
        fail(f"a missing previous folder should be explained: {done.stderr}")

    # Last year's data with a bad value: reported under last year's path, this run fails.
    bad_previous = os.path.join(root, "2025-bad")
    shutil.copytree(previous, bad_previous)
    with open(os.path.join(bad_previous, "records.csv"), "a", encoding="utf-8") as f:
        f.write("jineng,dongmen,2025年12月,很多,,\n".replace("jineng", "peixun"))
    done = run(binary, "validate", copy, "--previous", bad_previous, expect=1)
    if not re.search(r"2025-bad/records\.csv:\d+:\d+", done.stderr):
        fail(f"last year's problem should be placed in its own file: {done.stderr}")

    # A village added this year: a warning naming it; --strict turns it into a failure.
    with open(os.path.join(copy, "units.csv"), "a", encoding="utf-8") as f:
        f.write("xinyuan,新苑村,村,baiyang\n")
    done = run(binary, "validate", copy, "--previous", previous, expect=0)
    if "新苑村" not in done.stderr:
        fail(f"a unit new this year should be listed: {done.stderr}")
    run(binary, "validate", copy, "--previous", previous, "--strict", expect=1)

    done = run(binary, "validate", example, "--template", "year-end", expect=1)
    if "narrative/overview.md" not in done.stderr:
        fail(f"--template year-end should ask for the year-end's narratives: {done.stderr}")
    run(binary, "build", demo, "-o", os.path.join(root, "bad"), "--year", "999", expect=2)
    print("ok: --year, --previous and --template choose the report")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""templates/README.md's worked example of adding a section works as written: the snippet is
taken from the README, added to a copy of year-end.toml before the 落款, and the demo built with
it (through --resources and --template) has 六、各单位完成情况 with the units' tables, and `init`
writes the new section's narrative file with its hint. No code changes.

Usage: check_added_section.py BINARY SOURCE_DIR DEMO_DIR(2026)
"""
import os
import re
import shutil
import sys

from common import EPOCH, fail, only, pdf_text, run, scratch


def main():
    binary, source, demo = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(os.path.join(source, "templates", "README.md"), encoding="utf-8") as f:
        readme = f.read()
    example = readme[readme.index("## 加一个部分"):]
    snippet = re.search(r"```toml\n(.*?)```", example, re.S).group(1)
    snippet = "\n".join(line[3:] if line.startswith("   ") else line for line in snippet.splitlines())
    resources = scratch("year-end-annex-")
    shutil.copytree(os.path.join(source, "templates"), os.path.join(resources, "templates"))
    shutil.copytree(os.path.join(source, "fonts"), os.path.join(resources, "fonts"))
    with open(os.path.join(source, "templates", "year-end.toml"), encoding="utf-8") as f:
        template = f.read()
    template = template.replace('id = "year-end"', 'id = "year-end-annex"')
    closing = template.index('[[section]]\nid = "closing"')
    template = template[:closing] + snippet + "\n" + template[closing:]
    with open(os.path.join(resources, "templates", "year-end-annex.toml"), "w", encoding="utf-8") as f:
        f.write(template)

    out = os.path.join(resources, "out")
    run(binary, "build", demo, "-o", out, "--format", "pdf", "--template", "year-end-annex", "--resources",
        resources, env_extra={"SOURCE_DATE_EPOCH": EPOCH})
    text = re.sub(r"\s+", "", pdf_text(only(out, ".pdf")))
    if not re.search(r"五、下一步工作打算.*六、各单位完成情况.*表\d+各单位主要指标（一）.*示例县人民政府\d{4}年\d+月\d+日",
                     text):
        fail("the added section should follow 五、 with its tables, before the 落款")

    fresh = os.path.join(resources, "fresh")
    run(binary, "init", fresh, "--template", "year-end-annex", "--resources", resources)
    with open(os.path.join(fresh, "narrative", "units.md"), encoding="utf-8") as f:
        if "各单位完成情况" not in f.read():
            fail("init should write the added section's narrative with its hint")
    print("ok: the README's added section works without code changes")


if __name__ == "__main__":
    main()

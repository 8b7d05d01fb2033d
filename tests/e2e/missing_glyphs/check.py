#!/usr/bin/env python3
"""Usage: check.py BINARY SEED_CAMPAIGN_DIR"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

binary, seed = sys.argv[1], sys.argv[2]
UNCOVERED = "\U0010FFFD"  # a private-use code point no font of ours draws
failures = []


def expect(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)


def build(campaign, out, *extra):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1479705780")
    r = subprocess.run([binary, "build", campaign, "-o", out, "--format", "pdf", "--json", *extra],
                       capture_output=True, text=True, env=env)
    lines = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    return r.returncode, [d for d in lines if d.get("kind") == "diagnostic"]


with tempfile.TemporaryDirectory() as scratch:
    campaign = os.path.join(scratch, "campaign")
    shutil.copytree(seed, campaign)
    results = os.path.join(campaign, "narrative", "results.md")
    with open(results, encoding="utf-8") as f:
        line = f.read().count("\n") + 3
    with open(results, "a", encoding="utf-8") as f:
        f.write(f"\n\n特殊字符{UNCOVERED}在此。\n")

    out = os.path.join(scratch, "refused")
    code, diags = build(campaign, out)
    expect(code == 1, f"an uncovered character fails the build with exit 1 (got {code})")
    found = [d for d in diags if d["code"] == "uncovered-character"]
    expect(len(found) == 1 and found[0]["severity"] == "error", "one uncovered-character error")
    if found:
        expect(found[0]["file"] == "narrative/results.md" and found[0]["line"] == line,
               f"the error points at narrative/results.md:{line} (got {found[0]['file']}:{found[0]['line']})")
        expect("U+10FFFD" in found[0]["message"], "the message names the code point")
    expect(not os.path.exists(out) or not any(f.endswith(".pdf") for f in os.listdir(out)), "no PDF is written")

    out = os.path.join(scratch, "allowed")
    code, diags = build(campaign, out, "--allow-missing-glyphs")
    expect(code == 0, f"--allow-missing-glyphs builds (got exit {code})")
    found = [d for d in diags if d["code"] == "uncovered-character"]
    expect(len(found) == 1 and found[0]["severity"] == "warning", "the character becomes a warning")
    pdfs = [os.path.join(out, f) for f in os.listdir(out) if f.endswith(".pdf")] if os.path.isdir(out) else []
    expect(len(pdfs) == 1, "the PDF is written")
    if pdfs:
        text = subprocess.run(["pdftotext", pdfs[0], "-"], capture_output=True, text=True).stdout
        expect("特殊字符" in text and "在此" in text, "the paragraph is set")
        code, _ = build(campaign, out, "--allow-missing-glyphs", "--strict")
        expect(code == 1, "--strict makes the warning fail the run")

if failures:
    sys.exit(f"{len(failures)} check(s) failed")
print("uncovered characters are refused, or drawn as 〓 with a warning when allowed")

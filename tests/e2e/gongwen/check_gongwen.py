#!/usr/bin/env python3
"""End-to-end checks of a 公文's parts set from [document] in campaign.toml.

Usage: check_gongwen.py CHECK BINARY SOURCE_ROOT WORKDIR
  unchanged  both samples in both page styles: a copy whose campaign.toml adds a [document]
             table with no key gives a PDF and a workbook byte-identical to the sample's own
             (a part is set only when [document] asks for it)
  validate   a [document] with a bracket slip in the 发文字号 and a 签发人 without a number:
             `validate` names each at its line and column and exits 1
"""
import os
import shutil
import subprocess
import sys

SAMPLES = ["samples/example", "samples/suiling-dangjian-winter"]
STYLES = ["case", "gbt9704"]
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1479705780")
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def build(binary, campaign, outdir, style):
    shutil.rmtree(outdir, ignore_errors=True)
    out = subprocess.run([binary, "build", campaign, "-o", outdir, "-q", "--style", style],
                         capture_output=True, env=ENV)
    check(out.returncode == 0, f"build {campaign} {style} exit {out.returncode}: "
                               f"{out.stderr.decode(errors='replace')}")
    outputs = {}
    for name in sorted(os.listdir(outdir)) if os.path.isdir(outdir) else []:
        with open(os.path.join(outdir, name), "rb") as f:
            outputs[name] = f.read()
    return outputs


def with_document(sample, folder, document):
    """A copy of `sample` whose campaign.toml ends with `document`."""
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(sample, folder)
    with open(os.path.join(folder, "campaign.toml"), "a", encoding="utf-8") as f:
        f.write("\n" + document)
    return folder


def unchanged(binary, root, work):
    for sample in SAMPLES:
        name = os.path.basename(sample)
        copy = with_document(os.path.join(root, sample), os.path.join(work, name), "[document]\n")
        for style in STYLES:
            own = build(binary, os.path.join(root, sample), os.path.join(work, f"{name}-{style}-own"), style)
            empty = build(binary, copy, os.path.join(work, f"{name}-{style}-empty"), style)
            check(len(own) == 2, f"{name} {style}: outputs {sorted(own)}")
            check(own == empty, f"{name} {style}: an empty [document] changed the outputs "
                                f"{[n for n in own if own.get(n) != empty.get(n)]}")


def validate(binary, root, work):
    copy = with_document(os.path.join(root, SAMPLES[1]), os.path.join(work, "slips"),
                         '[document]\nnumber = "绥发[2024]3号"\nsigners = "张明"\n')
    out = subprocess.run([binary, "validate", copy], capture_output=True, env=ENV)
    stderr = out.stderr.decode(errors="replace") + out.stdout.decode(errors="replace")
    with open(os.path.join(copy, "campaign.toml"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    number_line = lines.index('number = "绥发[2024]3号"') + 1
    check(out.returncode == 1, f"validate exit {out.returncode}")
    check(f"campaign.toml:{number_line}:10:" in stderr and "六角括号" in stderr,
          f"no bracket diagnostic at line {number_line}: {stderr}")
    check(f"campaign.toml:{number_line + 1}:11:" in stderr and "发文字号" in stderr,
          f"no signer diagnostic at line {number_line + 1}: {stderr}")


def main():
    check_name, binary, root, work = sys.argv[1:5]
    os.makedirs(work, exist_ok=True)
    {"unchanged": unchanged, "validate": validate}[check_name](binary, root, work)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

"""Checks that `summary` prints every figure of the seed in the seed's own wording.

Usage: summary_seed_figures.py BINARY SAMPLE_DIR FIGURES_FILE

FIGURES_FILE holds one figure a line as the source article words it (10余场, 近万人次, 15940元).
The summary output is read back as an official would read it: the header fields, and each table
row's cells. A figure is found when it is a whole cell, or a value cell followed by the row's
indicator name (5个 + 专题讲座 = 5个专题讲座), or, for a bare year (2014年), the start of the
header's start date. Each printed cell may vouch for one figure only, so that a figure the
seed states twice (14个, 14个) must be printed twice.
"""
import re
import subprocess
import sys


def run_summary(binary, sample):
    done = subprocess.run([binary, "summary", sample], capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        sys.exit(f"summary exited {done.returncode}\nstderr:\n{done.stderr}")
    if "\t" in done.stdout:
        sys.exit("summary output holds tab characters; the tables must be aligned with spaces")
    return done.stdout


def parse(output):
    """Header fields {label: value} and table rows [cells] from the human summary output."""
    blocks = output.split("\n\n")
    header = {}
    for line in blocks[0].splitlines()[1:]:
        label, _, value = line.strip().partition("：")
        header[label] = value
    rows = []
    for block in blocks[1:]:
        lines = block.splitlines()
        for line in lines[2:]:  # the program name, then the column titles
            rows.append(re.split(r" {2,}", line.strip()))
    return header, rows


def candidates(header, rows):
    """(slot, text, kind) for every printed place a figure may come from."""
    out = []
    for label, value in header.items():
        out.append((("header", label), value, "whole"))
    for r, cells in enumerate(rows):
        if len(cells) < 2:
            continue
        name = cells[0]
        out.append(((r, 1), cells[1], "value"))
        out.append(((r, 1), cells[1] + name, "whole"))
        for c in range(3, len(cells)):
            out.append(((r, c), cells[c], "whole"))
    return out


def matches(figure, text, kind, slot):
    if text == figure:
        return True
    if slot == ("header", "开始") and re.fullmatch(r"\d{4}年", figure):
        return text.startswith(figure)
    return False


def assign(figures, places):
    """Maximum bipartite matching of figures to printed slots (Kuhn's algorithm)."""
    options = [[slot for slot, text, kind in places if matches(f, text, kind, slot)] for f in figures]
    owner = {}

    def try_place(i, seen):
        for slot in options[i]:
            if slot in seen:
                continue
            seen.add(slot)
            if slot not in owner or try_place(owner[slot], seen):
                owner[slot] = i
                return True
        return False

    missing = [figures[i] for i in range(len(figures)) if not try_place(i, set())]
    return options, missing


def main():
    binary, sample, figures_file = sys.argv[1:4]
    with open(figures_file, encoding="utf-8") as f:
        figures = [line.strip() for line in f if line.strip()]
    if len(figures) < 50:
        sys.exit(f"{figures_file} holds only {len(figures)} figures; the seed has about 60")
    header, rows = parse(run_summary(binary, sample))
    for required in ("组织单位", "开始", "结束", "来源", "发布", "责编"):
        if required not in header:
            sys.exit(f"the summary header lacks {required}: {header}")
    options, missing = assign(figures, candidates(header, rows))
    if missing:
        for figure in missing:
            print(f"not printed in the seed's wording: {figure}")
        sys.exit(f"{len(missing)} of {len(figures)} seed figures missing")
    print(f"all {len(figures)} seed figures printed in the seed's wording")


if __name__ == "__main__":
    main()

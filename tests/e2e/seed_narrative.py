"""Checks the seed sample's narrative: every figure is a placeholder, never typed in.

Usage: seed_narrative.py SAMPLE_DIR

- The sections exist: background, approach, program-<id> for every [[program]], results.
- Outside {{...}} there is no digit (Arabic or full-width) except a year written as a date
  (2015年), and no Chinese count before a measure word that an indicator could hold.
- Every placeholder names an indicator of indicators.csv or a campaign field, and a period
  selector names a year that the indicator has a record for.
- Every indicator with records appears in some narrative: the narrative tells all its figures.
- The count of programs (四大工程) agrees with the [[program]] tables of campaign.toml.
"""
import csv
import os
import re
import sys
import tomllib

CAMPAIGN_FIELDS = {"title", "short_name", "organization", "region", "start", "end", "source", "published", "editors"}
PLACEHOLDER = re.compile(r"\{\{(.*?)\}\}")
# A Chinese numeral directly before a measure word: 三个, 两项, 十余场 (names such as 一把手 pass).
TYPED_COUNT = re.compile(r"[一二两三四五六七八九十百千万]+[余多]?(?:个|项|名|人|次|场|件|份|期|股|起|批次|讲|课时|元)")


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def main():
    sample = sys.argv[1]
    with open(os.path.join(sample, "campaign.toml"), "rb") as f:
        manifest = tomllib.load(f)
    indicators = {row[0] for row in read_csv(os.path.join(sample, "indicators.csv"))[1:] if row}
    records = read_csv(os.path.join(sample, "records.csv"))[1:]
    years = {(r[0], r[2][:4]) for r in records if r and len(r) > 2 and r[2]}
    with_records = {r[0] for r in records if r}
    sections = ["background", "approach", "results"] + [f"program-{p['id']}" for p in manifest["program"]]
    problems, used = [], set()
    for section in sections:
        path = os.path.join(sample, "narrative", section + ".md")
        if not os.path.exists(path):
            problems.append(f"narrative/{section}.md is missing")
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for m in PLACEHOLDER.finditer(text):
            inner = m.group(1).strip()
            name = re.split(r"[\[@|]", inner)[0].strip()
            period = re.search(r"@\s*([0-9Q-]+)", inner)
            if name.startswith("campaign."):
                if name[len("campaign."):] not in CAMPAIGN_FIELDS:
                    problems.append(f"{section}: unknown campaign field {name}")
                continue
            if name not in indicators:
                problems.append(f"{section}: {{{{{inner}}}}} names no indicator")
                continue
            used.add(name)
            if period and (name, period.group(1)[:4]) not in years:
                problems.append(f"{section}: {{{{{inner}}}}} asks for a year without records")
        plain = PLACEHOLDER.sub("\u3000", text)
        for m in re.finditer(r"[0-9０-９]+", plain):
            if not (re.fullmatch(r"\d{4}", m.group()) and plain[m.end():m.end() + 1] == "年"):
                problems.append(f"{section}: a figure typed in: {plain[max(0, m.start() - 8):m.end() + 4]!r}")
        for m in TYPED_COUNT.finditer(plain):
            problems.append(f"{section}: a count typed in Chinese numerals: {m.group()!r}")
    # 四大工程 is the number of programs the manifest lists: the figure and its parts must agree.
    numerals = {c: n for n, c in enumerate("零一二三四五六七八九")}
    counted = [numerals.get(r[3], r[3]) for r in records if r and r[0] == "programs"]
    if counted != [len(manifest["program"])]:
        problems.append(f"the programs figure {counted} is not the {len(manifest['program'])} [[program]] tables")
    for name in sorted(with_records - used):
        problems.append(f"indicator {name} has records but no narrative tells it")
    if problems:
        print("\n".join(problems))
        sys.exit(f"{len(problems)} problems in the narrative")
    print(f"{len(sections)} narrative files; {len(used)} indicators, every figure a placeholder")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Cuts a campaign (bench/batch/make_campaign.py) into one single-unit campaign per unit of a
type: the unit's subtree of units.csv with the unit as root, its records, its name as region and
in the title. What a county without --per-unit would have to prepare and build one by one.

Usage: split_units.py CAMPAIGN UNIT_TYPE OUT_DIR
"""
import csv
import os
import shutil
import sys


def main():
    whole, unit_type, out = sys.argv[1:4]
    with open(os.path.join(whole, "units.csv"), encoding="utf-8", newline="") as f:
        units = list(csv.reader(f))
    with open(os.path.join(whole, "records.csv"), encoding="utf-8", newline="") as f:
        records = list(csv.reader(f))
    toml = open(os.path.join(whole, "campaign.toml"), encoding="utf-8").read()
    parent = {r[0]: r[3] for r in units[1:]}
    for me in (r for r in units[1:] if r[2] == unit_type):
        def inside(u):
            while u:
                if u == me[0]:
                    return True
                u = parent.get(u, "")
            return False
        folder = os.path.join(out, me[0])
        shutil.copytree(whole, folder)
        with open(os.path.join(folder, "units.csv"), "w", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n").writerows(
                [units[0]] + [r[:3] + ([""] if r[0] == me[0] else [r[3]]) + r[4:] for r in units[1:] if inside(r[0])])
        with open(os.path.join(folder, "records.csv"), "w", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n").writerows([records[0]] + [r for r in records[1:] if inside(r[1])])
        with open(os.path.join(folder, "campaign.toml"), "w", encoding="utf-8") as f:
            f.write(toml.replace('title = "河西县', f'title = "{me[1]}').replace('region = "河西县"', f'region = "{me[1]}"')
                    .replace('organization = "中共河西县委 河西县人民政府"', f'organization = "{me[4] or me[1]}"'))


if __name__ == "__main__":
    main()

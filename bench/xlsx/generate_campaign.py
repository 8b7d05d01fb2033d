#!/usr/bin/env python3
"""Writes a large synthetic campaign folder for benchmarks and scale tests.

Everything in it is FICTIONAL: the county 示例县, its towns 示例一镇... and villages 示例一镇第1村...
do not exist, and the figures are made up by a fixed pseudo-random sequence. The same arguments
always give the same bytes (no clock, no system randomness).

    generate_campaign.py RECORDS OUTDIR

Records are spread over the villages (the leaves of the unit tree, so that no roll-up counts a
figure twice), the indicators and the days of two winters, one record per indicator, village
and day; values carry the approximate forms officials use (余, 多, 约) now and then.
"""
import csv
import datetime
import os
import sys

TOWNS = 12
VILLAGES_PER_TOWN = 20
START = datetime.date(2014, 10, 1)
END = datetime.date(2016, 9, 30)  # 731 days: up to 3.5 million records fit without a repeat

PROGRAMS = [("quality", "素质提升工程"), ("bastion", "堡垒建设工程"), ("conduct", "作风整治工程"), ("people", "冬令民心工程")]
# id, name, unit, program, aggregate (Chinese, as officials write it), largest value
INDICATORS = [
    ("lectures", "专题讲座", "场", "quality", "求和", 20),
    ("trainees", "培训党员群众", "人次", "quality", "求和", 3000),
    ("night-school", "农民夜校课时", "课时", "quality", "求和", 400),
    ("contests", "知识竞赛", "个", "quality", "求和", 5),
    ("pledges", "签订党建目标责任状", "份", "bastion", "求和", 50),
    ("problems", "解决突出问题", "个", "bastion", "求和", 120),
    ("cadres", "选拔后备干部", "名", "bastion", "求和", 30),
    ("services", "志愿服务", "次", "bastion", "求和", 2500),
    ("inspections", "明察暗访", "次", "conduct", "求和", 250),
    ("cases", "发现并处理问题", "个", "conduct", "求和", 30),
    ("largest-team", "最大专项工作组人数", "人", "conduct", "最大", 40),
    ("visits", "走访群众", "人", "people", "求和", 15000),
    ("funds", "发放慰问金", "万元", "people", "求和", 400),
    ("food-samples", "食品抽检", "批次", "people", "求和", 200),
    ("satisfaction", "群众满意率", "%", "people", "平均", 100),
]


class Sequence:
    """A linear congruential generator: the same numbers on every machine and Python version."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % bound


def write_manifest(folder, records):
    programs = "".join(f'\n[[program]]\nid = "{pid}"\nname = "{name}"\n' for pid, name in PROGRAMS)
    with open(os.path.join(folder, "campaign.toml"), "w", encoding="utf-8") as f:
        f.write(f"""# 合成数据（虚构）：示例县及其乡镇、村均不存在，数值由固定的伪随机序列生成，仅供性能测试。
[campaign]
id = "synthetic-{records}"
title = "示例县“党建之冬”活动（虚构合成数据）"
short_name = "党建之冬（虚构）"
organization = "中共示例县委组织部（虚构）"
region = "示例县"
start = {START.isoformat()}
end = {END.isoformat()}
source = "合成数据生成器（虚构）"
{programs}
[report]
as_of = {END.isoformat()}
""")


def write_tables(folder):
    with open(os.path.join(folder, "indicators.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["指标编码", "指标名称", "计量单位", "所属工程", "汇总方式"])
        for iid, name, unit, program, aggregate, _ in INDICATORS:
            w.writerow([iid, name, unit, program, aggregate])
    villages = []
    with open(os.path.join(folder, "units.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["单位编码", "单位名称", "单位类型", "上级单位"])
        w.writerow(["county", "示例县", "县", ""])
        for t in range(1, TOWNS + 1):
            w.writerow([f"town{t}", f"示例{t}号镇", "乡镇", "county"])
            for v in range(1, VILLAGES_PER_TOWN + 1):
                villages.append(f"town{t}-v{v}")
                w.writerow([f"town{t}-v{v}", f"示例{t}号镇第{v}村", "村", f"town{t}"])
    return villages


def plain(number, decimals):
    """Digits as an official types them: no trailing zeros (162.8, not 162.80)."""
    text = f"{number:.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def value_text(seq, indicator):
    unit, top = indicator[2], indicator[5]
    if unit == "%":
        return plain(80 + seq.next(200) / 10, 1), ""
    if unit == "万元":
        return plain(seq.next(top * 100) / 100, 2), ""
    value = 1 + seq.next(top)
    roll = seq.next(40)
    qualifier = "余" if roll == 0 else "多" if roll == 1 else "约" if roll == 2 else ""
    return str(value), qualifier


def write_records(folder, records, villages):
    seq = Sequence(20161121)
    combos = len(INDICATORS) * len(villages)
    days = (END - START).days + 1
    if records > combos * days:
        raise SystemExit(f"at most {combos * days} records fit")
    with open(os.path.join(folder, "records.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["指标编码", "单位编码", "时期", "数值", "修饰", "备注"])
        for k in range(records):
            indicator = INDICATORS[k % len(INDICATORS)]
            village = villages[(k // len(INDICATORS)) % len(villages)]
            day = START + datetime.timedelta(days=k // combos)
            value, qualifier = value_text(seq, indicator)
            note = "虚构数据" if k % 1000 == 0 else ""
            w.writerow([indicator[0], village, day.isoformat(), value, qualifier, note])


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    records, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    write_manifest(folder, records)
    villages = write_tables(folder)
    write_records(folder, records, villages)


if __name__ == "__main__":
    main()

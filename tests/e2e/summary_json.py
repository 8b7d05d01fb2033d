"""Reads `summary --json` back and recomputes every statistic from the campaign's CSV files.

Usage: summary_json.py BINARY SAMPLE_DIR

An independent reading of the data contract (docs/data-format.md): values with 万/亿, Chinese
numerals and qualifiers, periods, the five aggregates, the roll-up of units, the qualifier rules
and year-on-year growth, all in Python's exact decimals. Every `figure` line must equal the
recomputed figure (value, qualifier, scale, record count), every indicator must have its
campaign total, every year with records its bucket, and every `change` its growth. The human
output must show the same wording as the JSON.
"""
import csv
import decimal
import json
import os
import re
import subprocess
import sys
import unicodedata

D = decimal.Decimal
PREFIXES = ["不少于", "超过", "不到", "近", "约", "逾"]
SUFFIXES = ["以上", "左右", "余", "多"]
LOWER = {"余", "多", "以上", "逾", "超过", "不少于"}
APPROX = {"近", "约", "左右", "不到"}
NUMERALS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
HEADERS = {
    "indicators.csv": {"id": ["指标编码", "编码"], "name": ["指标名称", "名称"], "unit": ["计量单位"],
                       "program": ["所属工程", "工程"], "aggregate": ["汇总方式", "汇总"], "wording": ["写法"]},
    "units.csv": {"id": ["单位编码"], "name": ["单位名称"], "parent": ["上级单位"]},
    "records.csv": {"indicator": ["指标编码", "指标"], "unit": ["单位编码", "单位"], "period": ["时期"],
                    "value": ["数值"], "qualifier": ["修饰"]},
}
AGGREGATES = {"": "sum", "sum": "sum", "求和": "sum", "合计": "sum", "max": "max", "最大": "max",
              "last": "last", "最新": "last", "avg": "avg", "平均": "avg", "none": "none", "不汇总": "none"}


def read_table(folder, name):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    keys = {}
    for i, title in enumerate(rows[0]):
        title = title.strip()
        for key, aliases in HEADERS[name].items():
            if title.lower() == key or title in aliases:
                keys[key] = i
    out = []
    for line, row in enumerate(rows[1:], start=2):
        if any(cell.strip() for cell in row):
            item = {k: (row[i].strip() if i < len(row) else "") for k, i in keys.items()}
            item["line"] = line
            out.append(item)
    return out


def chinese_number(text):
    if text in NUMERALS:
        return NUMERALS[text]
    m = re.fullmatch(r"([一二三四五六七八九]?)十([一二三四五六七八九]?)", text)
    if m:
        return (NUMERALS[m.group(1)] if m.group(1) else 1) * 10 + (NUMERALS[m.group(2)] if m.group(2) else 0)
    raise ValueError(f"not a number: {text}")


def parse_value(text, unit, qualifier_cell):
    s = unicodedata.normalize("NFKC", text).strip().replace(",", "")
    if unit and unit != "%" and s.endswith(unit) and len(s) > len(unit):
        s = s[: -len(unit)]
    qualifier = ""
    for p in PREFIXES:
        if s.startswith(p):
            qualifier, s = p, s[len(p):]
            break
    for q in SUFFIXES:
        if s.endswith(q):
            qualifier, s = q, s[: -len(q)]
            break
    s = s.rstrip("%")
    scale = ""
    if s and s[-1] in "万亿":
        scale, s = s[-1], s[:-1]
        for q in ("余", "多"):
            if s.endswith(q):
                qualifier, s = q, s[:-1]
    body = D(1) if (s == "" and scale) else (D(s) if re.fullmatch(r"-?\d+(\.\d+)?", s) else D(chinese_number(s)))
    value = body * (D(10000) if scale == "万" else D(100000000) if scale == "亿" else D(1))
    return value, (qualifier_cell.strip() or qualifier), scale


def parse_period(text):
    """(first, last) as 'YYYY-MM-DD' strings, or None for the whole campaign."""
    t = unicodedata.normalize("NFKC", text).strip()
    if not t:
        return None
    # What Excel and WPS make of periods: 2015/3/1, 2015/3, 2015年, 2015年3月, 2015年第一季度.
    cn_quarter = {"一": 1, "二": 2, "三": 3, "四": 4}
    m = re.fullmatch(r"(\d{4})/(\d{1,2})(?:/(\d{1,2}))?", t)
    if m:
        t = f"{m.group(1)}-{int(m.group(2)):02d}" + (f"-{int(m.group(3)):02d}" if m.group(3) else "")
    m = re.fullmatch(r"(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?|第?([一二三四])季度)?", t)
    if m:
        t = m.group(1)
        if m.group(2):
            t += f"-{int(m.group(2)):02d}" + (f"-{int(m.group(3)):02d}" if m.group(3) else "")
        elif m.group(4):
            t += f"-Q{cn_quarter[m.group(4)]}"
    if re.fullmatch(r"\d{4}", t):
        return (f"{t}-01-01", f"{t}-12-31")
    m = re.fullmatch(r"(\d{4})-Q([1-4])", t)
    if m:
        q = int(m.group(2))
        ends = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}
        return (f"{m.group(1)}-{3 * q - 2:02d}-01", f"{m.group(1)}-{ends[q]}")
    m = re.fullmatch(r"(\d{4})-(\d{2})", t)
    if m:
        import calendar
        y, mo = int(m.group(1)), int(m.group(2))
        return (f"{t}-01", f"{t}-{calendar.monthrange(y, mo)[1]:02d}")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
        return (t, t)
    if "/" in t:
        a, b = t.split("/")
        return (parse_period(a)[0], parse_period(b)[1])
    raise ValueError(f"period form not covered by this checker: {t}")


def combine(qualifiers):
    if len(qualifiers) == 1:
        return qualifiers[0]
    if any(q in APPROX for q in qualifiers):
        return "约"
    bounds = {q for q in qualifiers if q in LOWER}
    if not bounds:
        return ""
    return bounds.pop() if len(bounds) == 1 else "余"


class Campaign:
    def __init__(self, folder):
        self.indicators = {i["id"]: i for i in read_table(folder, "indicators.csv")}
        self.units = {u["id"]: u for u in read_table(folder, "units.csv")}
        self.children = {}
        for uid, u in self.units.items():
            parent = u.get("parent", "") if u.get("parent", "") in self.units else ""
            self.children.setdefault(parent, []).append(uid)
        self.records = []
        for r in read_table(folder, "records.csv"):
            ind = self.indicators[r["indicator"]]
            value, qualifier, scale = parse_value(r["value"], ind["unit"], r.get("qualifier", ""))
            self.records.append({"indicator": r["indicator"], "unit": r.get("unit", ""), "line": r["line"],
                                 "period": parse_period(r.get("period", "")), "value": value,
                                 "qualifier": qualifier, "scale": scale})

    def select(self, indicator, unit, keep, covered=(), depth=0):
        """The roll-up rule: what a unit states stands for its subtree over the periods it covers
        (for `last`: wholly, once it states anything for the period asked)."""
        def overlaps(a, b):
            return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])
        mine = [r for r in self.records if r["indicator"] == indicator and r["unit"] == unit]
        own = [r for r in mine if keep(r["period"]) and not any(overlaps(r["period"], c) for c in covered)]
        last = AGGREGATES[self.indicators[indicator].get("aggregate", "").strip().lower()] == "last"
        if (own and last) or depth > len(self.units):
            return own
        covered = tuple(covered) + tuple(r["period"] for r in mine)
        out = list(own)
        for child in self.children.get(unit, []):
            out += self.select(indicator, child, keep, covered, depth + 1)
        return out

    def figure(self, indicator, unit="", period=None):
        def within(p):
            return period is None or (p is not None and period[0] <= p[0] and p[1] <= period[1])
        records = self.select(indicator, unit, within)
        if not records:
            return None
        how = AGGREGATES[self.indicators[indicator].get("aggregate", "").strip().lower()]
        if how == "none" and len(records) > 1:
            return None
        if how == "last":
            latest = {}
            for r in records:
                key = ((r["period"] or ("9999", "9999"))[1], r["line"])
                if r["unit"] not in latest or key > latest[r["unit"]][0]:
                    latest[r["unit"]] = (key, r)
            records = [r for _, r in latest.values()]
        values = [r["value"] for r in records]
        if how == "max":
            value = max(values)
        elif how == "avg":
            digits = max(-v.normalize().as_tuple().exponent if v.normalize().as_tuple().exponent < 0 else 0
                         for v in values)
            value = (sum(values) / len(values)).quantize(D(1).scaleb(-(digits + 2)), decimal.ROUND_HALF_UP)
        else:
            value = sum(values)
        scales = [r["scale"] for r in records]
        scale = "亿" if "亿" in scales else "万" if "万" in scales else ""
        return {"value": value, "qualifier": combine([r["qualifier"] for r in records]), "scale": scale,
                "records": len(records)}


def run(binary, args):
    done = subprocess.run([binary] + args, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)} exited {done.returncode}\n{done.stderr}")
    return done.stdout


def check_figure(campaign, line, problems):
    unit = line["unit"] or ""
    period = parse_period(line["period"])
    expected = campaign.figure(line["indicator"], unit, period)
    where = f"{line['indicator']}[{unit}]@{line['period'] or '全期'}"
    if expected is None:
        if line["value"] is not None:
            problems.append(f"{where}: printed {line['value']} but the data give no figure")
        return
    if line["value"] is None:
        problems.append(f"{where}: no figure printed, the data give {expected['value']}")
        return
    got = (D(line["value"]), line["qualifier"], line["scale"], line["records"])
    want = (expected["value"], expected["qualifier"], expected["scale"], expected["records"])
    if got != want:
        problems.append(f"{where}: printed {got}, recomputed {want}")


def check_changes(campaign, changes, problems):
    for c in changes:
        ind = c["indicator"]
        base = campaign.figure(ind, "", parse_period(c["base_period"]))
        cur = campaign.figure(ind, "", parse_period(c["period"]))
        want = None
        if base and cur and base["qualifier"] == "" and cur["qualifier"] == "":
            if c["type"] == "points":
                want = cur["value"] - base["value"]
            elif base["value"] != 0:
                want = ((cur["value"] - base["value"]) * 100 / base["value"]).quantize(D("0.1"), decimal.ROUND_HALF_UP)
        got = D(c["value"]) if c["value"] is not None else None
        if got != want:
            problems.append(f"change {ind}@{c['period']}: printed {got}, recomputed {want}")


def main():
    binary, sample = sys.argv[1:3]
    campaign = Campaign(sample)
    lines = [json.loads(l) for l in run(binary, ["summary", "--json", sample]).splitlines() if l.strip()]
    kinds = {l["kind"] for l in lines}
    if not {"campaign", "figure"} <= kinds:
        sys.exit(f"summary --json lacks campaign or figure lines: {kinds}")
    problems = []
    figures = [l for l in lines if l["kind"] == "figure"]
    for line in figures:
        check_figure(campaign, line, problems)
    totals = {l["indicator"] for l in figures if l["unit"] is None and l["period"] == ""}
    for ind in campaign.indicators:
        if ind not in totals:
            problems.append(f"{ind}: no campaign total line")
    years = {(l["indicator"], l["period"]) for l in figures if l["unit"] is None and re.fullmatch(r"\d{4}", l["period"])}
    for r in campaign.records:
        p = r["period"]
        if r["unit"] == "" and p and p[0][:4] == p[1][:4] and (r["indicator"], p[0][:4]) not in years:
            problems.append(f"{r['indicator']}: no line for the year {p[0][:4]}")
    check_changes(campaign, [l for l in lines if l["kind"] == "change"], problems)
    human = run(binary, ["summary", sample])
    for line in figures:
        if line["unit"] is None and line["period"] == "" and line["value"] is not None:
            if not re.search(r"(^|\s)" + re.escape(line["wording"]) + r"(\s|$)", human):
                problems.append(f"{line['indicator']}: the human output lacks the JSON wording {line['wording']}")
    rows = {tuple(re.split(r" {2,}", l.strip())) for l in human.splitlines()}
    for line in figures:
        if line["unit"] is not None and line["value"] is not None:
            row = (campaign.units[line["unit"]]["name"], line["name"], line["wording"])
            if row not in rows:
                problems.append(f"the units table lacks the row {row}")
    if problems:
        print("\n".join(problems))
        sys.exit(f"{len(problems)} problems in summary --json")
    print(f"{len(figures)} figures and {len(lines) - len(figures) - 1} other lines agree with the data")


if __name__ == "__main__":
    main()

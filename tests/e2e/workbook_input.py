"""Tables read from workbooks: the same campaign as CSV and as .xlsx/.xls gives the same summary,
and each office habit, and each diagnostic's sheet and cell, is what the data contract says.

Usage:
  workbook_input.py both-ways BINARY SAMPLE_DIR   every sample converted by openpyxl (one workbook
                                                  per table, and one data.xlsx), and by LibreOffice
                                                  to .xlsx and .xls: `summary --json` must equal
                                                  the CSV folder's
  workbook_input.py habits BINARY                 a workbook as offices make them, built with openpyxl
  workbook_input.py diagnostics BINARY            every diagnostic of a broken workbook names its
                                                  sheet and cell, in the human and JSON forms
  workbook_input.py malformed BINARY              a truncated file, a zip bomb, billion laughs, a
                                                  false declared size, a path-traversal entry: each
                                                  a diagnostic, within 200 MB and a minute
Workbooks are written with openpyxl and LibreOffice (soffice --convert-to), not by the project.
"""
import csv
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

import openpyxl
from openpyxl.styles import Alignment

TABLES = ["indicators", "units", "records"]
SHEETS = {"indicators": "指标", "units": "单位", "records": "记录"}


def run(binary, args, expect_ok=True):
    done = subprocess.run([binary] + args, capture_output=True, text=True, timeout=300)
    if expect_ok and done.returncode != 0:
        sys.exit(f"{' '.join(args)} exited {done.returncode}\n{done.stderr}")
    return done


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def typed(text):
    """A CSV cell as an office would type it into Excel: numbers as numbers, dates as dates."""
    t = text.strip()
    if re.fullmatch(r"-?(0|[1-9]\d{0,14})", t):
        return int(t), None
    if re.fullmatch(r"-?\d+\.\d*[1-9]", t) and repr(float(t)) == t:
        return float(t), None
    m = re.fullmatch(r"(\d{4})-(\d{2})", t)
    if m and 1 <= int(m[2]) <= 12:
        return datetime.datetime(int(m[1]), int(m[2]), 1), 'yyyy"年"m"月"'
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return datetime.datetime(int(m[1]), int(m[2]), int(m[3])), "yyyy-mm-dd"
    return text, None


def fill_sheet(ws, rows):
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row, start=1):
            if text == "":
                continue
            value, number_format = typed(text) if r > 1 else (text, None)
            cell = ws.cell(row=r, column=c, value=value)
            if number_format:
                cell.number_format = number_format


def copy_campaign(sample, target, keep_tables):
    shutil.copytree(sample, target)
    if not keep_tables:
        for table in TABLES:
            path = os.path.join(target, table + ".csv")
            if os.path.exists(path):
                os.remove(path)


def openpyxl_per_table(sample, target):
    copy_campaign(sample, target, False)
    for table in TABLES:
        source = os.path.join(sample, table + ".csv")
        if not os.path.exists(source):
            continue
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = SHEETS[table]
        fill_sheet(ws, read_csv(source))
        wb.save(os.path.join(target, table + ".xlsx"))


def openpyxl_data(sample, target):
    copy_campaign(sample, target, False)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for table in TABLES:
        source = os.path.join(sample, table + ".csv")
        if os.path.exists(source):
            fill_sheet(wb.create_sheet(SHEETS[table]), read_csv(source))
    wb.save(os.path.join(target, "data.xlsx"))


def libreoffice(sample, target, extension, scratch):
    copy_campaign(sample, target, False)
    sources = [os.path.join(sample, t + ".csv") for t in TABLES if os.path.exists(os.path.join(sample, t + ".csv"))]
    profile = "file://" + os.path.join(scratch, "lo-profile")
    # 44: comma, 34: double quote, 76: UTF-8, 1: from the first line. For .xlsx, LibreOffice turns
    # 96.5% and dates into formatted numbers, as Excel does. FreeXL cannot see number formats
    # (docs/data-format.md), so for .xls these "special numbers" are left as typed.
    special = "true" if extension == "xlsx" else "false"
    infilter = f"--infilter=CSV:44,34,76,1,,1033,false,{special}"
    done = subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", infilter,
                           "--convert-to", extension, "--outdir", target] + sources,
                          capture_output=True, text=True, timeout=300)
    for source in sources:
        produced = os.path.join(target, os.path.basename(source)[:-4] + "." + extension)
        if not os.path.exists(produced):
            sys.exit(f"soffice did not convert {source}: {done.stdout}{done.stderr}")


def both_ways(binary, sample):
    expected = run(binary, ["summary", sample, "--json"]).stdout
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        forms = {
            "openpyxl per table": lambda t: openpyxl_per_table(sample, t),
            "openpyxl data.xlsx": lambda t: openpyxl_data(sample, t),
            "LibreOffice .xlsx": lambda t: libreoffice(sample, t, "xlsx", scratch),
            "LibreOffice .xls": lambda t: libreoffice(sample, t, "xls", scratch),
        }
        for i, (name, make) in enumerate(forms.items()):
            target = os.path.join(scratch, f"form{i}")
            make(target)
            done = run(binary, ["summary", target, "--json"], expect_ok=False)
            if done.returncode != 0:
                problems.append(f"{name}: exit {done.returncode}\n{done.stderr}")
            elif done.stdout != expected:
                diff = [(a, b) for a, b in zip(expected.splitlines(), done.stdout.splitlines()) if a != b][:3]
                problems.append(f"{name}: the summary differs from the CSV folder's: {diff}")
    if problems:
        sys.exit("\n".join(problems))
    print(f"{sample}: the same summary from CSV and four workbook forms")


MANIFEST = """[campaign]
id = "habits"
title = "工作簿测试"
organization = "示例县"
start = 2024-01-01
end = 2024-12-31
"""


def habits_workbook(path):
    wb = openpyxl.Workbook()
    ind = wb.active
    ind.title = "指标"
    ind.append(["指标编码", "指标名称", "计量单位"])
    ind.append(["visits", "走访", "户"])
    ind.append(["rate", "满意度", "%"])
    units = wb.create_sheet("单位")
    units.append(["单位编码", "单位名称", "上级单位"])
    units.append(["county", "示例县", None])
    units.append(["t1", "一乡", "county"])
    units.append(["t2", "二乡", "county"])
    rec = wb.create_sheet("记录")
    rec["A1"] = "示例县2024年统计表"             # a title merged across the columns
    rec.merge_cells("A1:F1")
    rec["A1"].alignment = Alignment(horizontal="center")
    rec["A2"] = "填报日期：2024年12月"            # a second title row
    rec.append(["单位", "指标", "时期", "数值", "修饰", "备注"])   # the header, row 3
    rows = [
        ["t1", "visits", datetime.datetime(2024, 3, 1), "1200", None, "数字存成文本"],   # row 4
        [None, "visits", datetime.datetime(2024, 4, 1), "10余", None, None],             # row 5
        [None, "visits", datetime.datetime(2024, 5, 15), "约200", None, None],           # row 6
        ["t2", "visits", datetime.datetime(2024, 3, 1), 300, None, None],                # row 7
        [None, "rate", "2024", 0.85, None, None],                                         # row 8
    ]
    for row in rows:
        rec.append(row)
    rec.merge_cells("A4:A6")                        # t1 merged over its three rows
    rec.merge_cells("A7:A8")
    for r in (4, 5, 7):
        rec.cell(row=r, column=3).number_format = 'yyyy"年"m"月"'   # months
    rec.cell(row=6, column=3).number_format = "yyyy-mm-dd"          # a day
    rec.cell(row=8, column=4).number_format = "0%"
    rec.row_dimensions[5].hidden = True
    rec.column_dimensions["F"].hidden = True
    wb.save(path)


# What the habits workbook means, written as plain CSV tables.
HABITS_CSV = {
    "indicators.csv": "指标编码,指标名称,计量单位\nvisits,走访,户\nrate,满意度,%\n",
    "units.csv": "单位编码,单位名称,上级单位\ncounty,示例县,\nt1,一乡,county\nt2,二乡,county\n",
    "records.csv": "单位,指标,时期,数值,修饰,备注\nt1,visits,2024-03,1200,,数字存成文本\nt1,visits,2024-04,10余,,\n"
                   "t1,visits,2024-05-15,约200,,\nt2,visits,2024-03,300,,\nt2,rate,2024,85%,,\n",
}


def habits(binary):
    with tempfile.TemporaryDirectory() as scratch:
        folder, plain = os.path.join(scratch, "campaign"), os.path.join(scratch, "plain")
        for f in (folder, plain):
            os.makedirs(f)
            with open(os.path.join(f, "campaign.toml"), "w", encoding="utf-8") as out:
                out.write(MANIFEST)
        for name, text in HABITS_CSV.items():
            with open(os.path.join(plain, name), "w", encoding="utf-8") as out:
                out.write(text)
        habits_workbook(os.path.join(folder, "data.xlsx"))
        done = run(binary, ["summary", folder, "--json"], expect_ok=False)
        lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
        diagnostics = [l for l in lines if l.get("kind") == "diagnostic"]
        problems = []
        hidden = sorted((d.get("sheet"), d.get("cell"), d["severity"]) for d in diagnostics if d["code"] == "hidden-cells")
        if hidden != [("记录", "", "warning"), ("记录", "5:5", "warning")]:
            problems.append(f"hidden rows and columns: {hidden}")
        others = [d for d in diagnostics if d["code"] != "hidden-cells"]
        if others or done.returncode != 0:
            problems.append(f"unexpected: exit {done.returncode}, {others} {done.stderr}")
        summary = [l for l in lines if l.get("kind") != "diagnostic"]
        expected = [json.loads(l) for l in run(binary, ["summary", plain, "--json"]).stdout.splitlines()]
        if summary != expected:
            diff = [(a, b) for a, b in zip(expected, summary) if a != b][:3]
            problems.append(f"the workbook's summary differs from its plain CSV meaning: {diff}")
        if len([l for l in summary if l.get("kind") == "figure"]) < 5:
            problems.append(f"too few figures: {summary}")
        if problems:
            sys.exit("\n".join(problems))
    print("office habits: titles, merges, text numbers, dates, months, percentages and hidden cells read")


def diagnostics(binary):
    with tempfile.TemporaryDirectory() as scratch:
        folder = os.path.join(scratch, "campaign")
        os.makedirs(folder)
        with open(os.path.join(folder, "campaign.toml"), "w", encoding="utf-8") as f:
            f.write(MANIFEST)
        with open(os.path.join(folder, "indicators.csv"), "w", encoding="utf-8") as f:
            f.write("指标编码,指标名称,计量单位\nvisits,走访,户\n")
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "记录"
        ws.append(["示例县2024年统计表"])
        ws.append(["指标", "时期", "数值", "颜色"])               # row 2; D2 is unknown
        ws.append(["visits", "2024-03", "12x"])                  # C3 bad-number
        ws.append(["vists", "2024-03", "5"])                     # A4 unknown-indicator
        ws.append(["visits", "2024-13", "5"])                    # B5 bad-period
        ws.append(["visits", "2024-04", None])                   # C6 empty-cell
        ws.append(["visits", "2024-05", "=1+1"])                 # C7 formula-no-value (openpyxl saves no result)
        ws.append(["visits", "2024-06", "7"])                    # row 8
        ws.append(["visits", "2024-06", "7"])                    # B9 duplicate-record
        wb.save(os.path.join(folder, "records.xlsx"))
        want = {
            ("warning", "unknown-column", "D2"), ("error", "bad-number", "C3"), ("error", "unknown-indicator", "A4"),
            ("error", "bad-period", "B5"), ("error", "empty-cell", "C6"), ("error", "formula-no-value", "C7"),
            ("error", "duplicate-record", "B9"),
        }
        done = run(binary, ["validate", folder, "--json"], expect_ok=False)
        got = set()
        for line in done.stdout.splitlines():
            d = json.loads(line)
            if d.get("kind") != "diagnostic":
                continue
            if d["file"] != "records.xlsx" or d.get("sheet") != "记录":
                sys.exit(f"diagnostic without its workbook and sheet: {d}")
            got.add((d["severity"], d["code"], d["cell"]))
        problems = []
        if got != want:
            problems.append(f"JSON diagnostics: got {sorted(got)}, want {sorted(want)}")
        human = run(binary, ["validate", folder], expect_ok=False).stderr
        for severity, code, cell in want:
            word = "错误" if severity == "error" else "警告"
            if f"records.xlsx:记录!{cell}: {word}: " not in human:
                problems.append(f"no human line for {cell}: {human}")
        if done.returncode == 0:
            problems.append("validate exited 0 on a broken workbook")
        # The same table as CSV and as a workbook is an error naming both files.
        with open(os.path.join(folder, "records.csv"), "w", encoding="utf-8") as f:
            f.write("指标,数值\nvisits,1\n")
        both = run(binary, ["validate", folder], expect_ok=False).stderr
        if "records.csv:" not in both or "records.csv 和 records.xlsx" not in both:
            problems.append(f"a table in two forms: {both}")
        if problems:
            sys.exit("\n".join(problems))
    print("every diagnostic names its workbook, sheet and cell")


WORKBOOK_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                   'Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                       '<sheet name="记录" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                                  'Target="worksheets/sheet1.xml"/></Relationships>',
}
SHEET_HEAD = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
HEADER_ROWS = ('<row r="1"><c r="A1" t="inlineStr"><is><t>指标</t></is></c><c r="B1" t="inlineStr"><is><t>数值</t></is></c></row>'
               '<row r="2"><c r="A2" t="inlineStr"><is><t>visits</t></is></c><c r="B2"><v>5</v></c></row>')


def package(path, sheet, extra=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in WORKBOOK_PARTS.items():
            z.writestr(name, text)
        if isinstance(sheet, str):
            z.writestr("xl/worksheets/sheet1.xml", sheet)
        else:
            with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
                sheet(part)
        for name, text in (extra or {}).items():
            z.writestr(name, text)


def bomb(part):
    """Half a gigabyte of spaces inside <sheetData>: it packs to about half a megabyte."""
    part.write((SHEET_HEAD + "<sheetData>").encode())
    block = b" " * (1 << 20)
    for _ in range(512):
        part.write(block)
    part.write(b"</sheetData></worksheet>")


def laughs():
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE worksheet [{entities}]>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')


def malformed(binary):
    cases = {
        "truncated": None,
        "corrupted": None,
        "zip bomb": ("workbook-too-large", 1),
        "billion laughs": ("bad-workbook", 1),
        "declared size": ("sheet-dimension", 0),
        "path traversal": ("unsafe-entry", 1),
    }
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for name in cases:
            folder = os.path.join(scratch, name.replace(" ", "-"))
            os.makedirs(folder)
            with open(os.path.join(folder, "campaign.toml"), "w", encoding="utf-8") as f:
                f.write(MANIFEST)
            with open(os.path.join(folder, "indicators.csv"), "w", encoding="utf-8") as f:
                f.write("指标编码,指标名称,计量单位\nvisits,走访,户\n")
            # validate sets the report as build does: a campaign needs the template's narratives.
            os.makedirs(os.path.join(folder, "narrative"))
            for section, text in (("background", "示例县开展走访活动。"), ("results", "活动取得了成效。")):
                with open(os.path.join(folder, "narrative", section + ".md"), "w", encoding="utf-8") as f:
                    f.write(text + "\n")
            records = os.path.join(folder, "records.xlsx")
            if name in ("truncated", "corrupted"):
                body = "".join(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>visits</t></is></c><c r="B{r}"><v>{r * 7919 % 10007}</v></c></row>'
                               for r in range(3, 5000))
                package(records, SHEET_HEAD + "<sheetData>" + HEADER_ROWS + body + "</sheetData></worksheet>")
                with open(records, "rb") as f:
                    data = f.read()
                if name == "truncated":
                    data = data[: len(data) * 2 // 3]
                else:  # bytes of the sheet's deflate stream overwritten: the directory is intact
                    middle = len(data) // 2
                    data = data[:middle] + bytes(64) + data[middle + 64:]
                with open(records, "wb") as f:
                    f.write(data)
                cases[name] = ("bad-workbook", 1)
            elif name == "zip bomb":
                package(records, bomb)
            elif name == "billion laughs":
                package(records, laughs())
            elif name == "declared size":
                package(records, SHEET_HEAD + '<dimension ref="A1:XFD1048576"/><sheetData>' + HEADER_ROWS + "</sheetData></worksheet>")
            elif name == "path traversal":
                package(records, SHEET_HEAD + "<sheetData>" + HEADER_ROWS + "</sheetData></worksheet>",
                        {"../" * 3 + "tmp/evil.sh": "echo owned"})  # built in parts: data, not a path
            code, exit_code = cases[name]
            start = time.monotonic()
            done = subprocess.run(["/usr/bin/time", "-f", "%M", binary, "validate", folder, "--json"],
                                  capture_output=True, text=True, timeout=60)
            seconds = time.monotonic() - start
            peak_mb = int(done.stderr.strip().splitlines()[-1]) / 1024
            codes = [json.loads(l)["code"] for l in done.stdout.splitlines() if '"kind":"diagnostic"' in l]
            if code not in codes or done.returncode != exit_code:
                problems.append(f"{name}: exit {done.returncode}, codes {codes}; want {code}, exit {exit_code}")
            if peak_mb > 200:
                problems.append(f"{name}: {peak_mb:.0f} MB")
            print(f"{name}: {code}, {peak_mb:.0f} MB, {seconds:.1f} s")
    if problems:
        sys.exit("\n".join(problems))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "both-ways":
        both_ways(sys.argv[2], sys.argv[3])
    elif command == "habits":
        habits(sys.argv[2])
    elif command == "diagnostics":
        diagnostics(sys.argv[2])
    elif command == "malformed":
        malformed(sys.argv[2])
    else:
        sys.exit(__doc__)

"""Fill-in forms: `form` writes the workbook a township fills in, `collect` merges the returns.

Usage:
  forms.py form BINARY SAMPLE_DIR        the forms of every unit of [form] level, read with openpyxl:
                                         rows, locked and open cells, drop-downs, value checks,
                                         hidden ids and fingerprint, the instruction sheet, and the
                                         same bytes twice; a wrong [form] and an unknown --unit
  forms.py round-trip BINARY SAMPLE_DIR  forms filled in with openpyxl as townships do (text in
                                         number cells, a merged title row added, one form under a
                                         wrong unit, one form of another campaign, one bad cell),
                                         then collect, correct, collect again (also a form saved
                                         again by LibreOffice as .xls), and build: the figures of
                                         the workbook are the figures typed in
  forms.py workbook-records BINARY SAMPLE_DIR
                                         records kept in a workbook are left alone: collect writes
                                         collected-records.csv, and a re-collect replaces its rows
Forms are filled in with openpyxl and the outputs judged with openpyxl, not by the project.
"""
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib

import openpyxl

FORM, META, GUIDE = "填报表", "表单信息", "填报说明"


def run(binary, args, expect=0, env=None):
    done = subprocess.run([binary] + args, capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, **(env or {})))
    if expect is not None and done.returncode != expect:
        sys.exit(f"{' '.join(args)} exited {done.returncode}, expected {expect}\n{done.stdout}{done.stderr}")
    return done


def check(condition, message):
    if not condition:
        sys.exit("FAIL: " + message)


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def form_settings(sample):
    with open(os.path.join(sample, "campaign.toml"), "rb") as f:
        manifest = tomllib.load(f)
    return manifest, manifest["form"]


def units_of(sample, level):
    rows = read_csv(os.path.join(sample, "units.csv"))
    return [(r[0], r[1]) for r in rows[1:] if r[2] == level]


def header_row(ws):
    for row in ws.iter_rows():
        values = [c.value for c in row]
        if "行编码" in values:
            return row[0].row, {v: i + 1 for i, v in enumerate(values) if v}
    sys.exit("FAIL: no header row with 行编码")


def canonical(period):
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月", period)
    if m:
        return f"{m[1]}-{int(m[2]):02d}"
    m = re.fullmatch(r"(\d{4})年第([一二三四])季度", period)
    if m:
        return f"{m[1]}-Q{'一二三四'.index(m[2]) + 1}"
    sys.exit(f"the test knows no period like {period}")


def validations(ws):
    return {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}


def check_form(path, manifest, form, indicators, unit_id, unit_name, respondents):
    wb = openpyxl.load_workbook(path)
    check(wb.sheetnames == [GUIDE, FORM, META], f"{path}: sheets {wb.sheetnames}")
    check(wb[META].sheet_state == "hidden" and wb[FORM].sheet_state == "visible", "only 表单信息 is hidden")
    meta = {r[0]: r[1] for r in wb[META].iter_rows(max_col=2, values_only=True) if r[0]}
    check(meta["活动编码"] == manifest["campaign"]["id"], f"campaign id {meta}")
    check(re.fullmatch(r"[0-9a-f]{16}", meta["表单指纹"]), f"fingerprint {meta}")
    check(meta["单位编码"] == unit_id and meta["单位名称"] == unit_name, f"unit {meta}")
    ws = wb[FORM]
    top, col = header_row(ws)
    check(top == 4 and list(col)[:8] == ["序号", "指标名称", "计量单位", "时期", "数值", "修饰", "备注", "指标说明"],
          f"header {col}")
    check(ws.column_dimensions["I"].hidden, "the row id column is hidden")
    check(ws["A2"].value == "填报单位" and ws["B2"].value == unit_name and not ws["B2"].protection.locked,
          "the unit cell is open and names the unit")
    expected = [(i, p) for i in form["indicators"] for p in form["periods"]]
    rows = list(ws.iter_rows(min_row=top + 1, values_only=True))
    check(len(rows) == len(expected), f"{len(rows)} rows for {len(expected)} asked")
    for n, ((indicator, period), row) in enumerate(zip(expected, rows), start=1):
        name, measure = indicators[indicator]
        check(row[:4] == (n, name, measure, period), f"row {n}: {row}")
        check(row[8] == f"{indicator}@{canonical(period)}", f"row id {row[8]}")
        check(row[4] is None and row[5] is None and row[6] is None, "value cells start empty")
        cells = ws[top + n]
        open_cells = [c.column_letter for c in cells[:8] if not c.protection.locked]
        check(open_cells == ["E", "F", "G"], f"row {n}: open cells {open_cells}")
    check(ws.protection.sheet, "the form sheet is protected")
    last = top + len(expected)
    found = validations(ws)
    value = found.get(f"E{top + 1}:E{last}")
    check(value is not None and value.type == "custom" and "ISNUMBER" in value.formula1, "value cells checked")
    qualifier = found.get(f"F{top + 1}:F{last}")
    check(qualifier is not None and qualifier.type == "list" and f"'{META}'!$D$1:$D$10" in qualifier.formula1,
          "qualifier drop-down from the hidden sheet")
    units = found.get("B2")
    check(units is not None and units.type == "list" and f"$E$1:$E${len(respondents)}" in units.formula1,
          "unit drop-down from the hidden sheet")
    lists = list(wb[META].iter_rows(min_col=4, max_col=5, values_only=True))
    check([r[0] for r in lists] == ["余", "多", "以上", "逾", "超过", "不少于", "近", "约", "左右", "不到"],
          f"qualifier list {lists}")
    check([r[1] for r in lists[:len(respondents)]] == [n for _, n in respondents], "unit list")
    guide = "\n".join(str(c) for r in wb[GUIDE].iter_rows(values_only=True) for c in r if c)
    check(meta["表单指纹"] in guide and unit_name in guide and "约200" in guide, "instructions name the form")


def form_test(binary, sample):
    manifest, form = form_settings(sample)
    indicators = {r[0]: (r[1], r[2]) for r in read_csv(os.path.join(sample, "indicators.csv"))[1:]}
    respondents = units_of(sample, form["level"])
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "forms")
        lines = run(binary, ["form", sample, "-o", out, "--json"]).stdout.splitlines()
        made = [json.loads(l) for l in lines if json.loads(l)["kind"] == "form"]
        check([(m["unit"], m["name"]) for m in made] == respondents, f"one form per unit: {made}")
        check(sorted(os.listdir(out)) == sorted(n + ".xlsx" for _, n in respondents), f"{os.listdir(out)}")
        for unit_id, name in respondents:
            check_form(os.path.join(out, name + ".xlsx"), manifest, form, indicators, unit_id, name, respondents)
        # One unit's form, twice: the same bytes under SOURCE_DATE_EPOCH.
        unit_id, name = respondents[0]
        for copy in ("a", "b"):
            run(binary, ["form", sample, "-o", os.path.join(tmp, copy + ".xlsx"), "--unit", unit_id, "-q"],
                env={"SOURCE_DATE_EPOCH": "1700000000"})
        with open(os.path.join(tmp, "a.xlsx"), "rb") as a, open(os.path.join(tmp, "b.xlsx"), "rb") as b:
            check(a.read() == b.read(), "a form is byte-identical from run to run")
        run(binary, ["form", sample, "-o", os.path.join(tmp, "x.xlsx"), "--unit", "no-such-unit"], expect=2)
        # A unit outside [form] level may be asked too; its own name stays a choice of the drop-down.
        county = os.path.join(tmp, "county.xlsx")
        run(binary, ["form", sample, "-o", county, "--unit", "qy", "-q"])
        wb = openpyxl.load_workbook(county)
        choices = [r[0] for r in wb[META].iter_rows(min_col=5, max_col=5, values_only=True) if r[0]]
        check(choices == [n for _, n in respondents] + ["清源县"], f"county choices {choices}")
        check(f"$E$1:$E${len(choices)}" in validations(wb[FORM])["B2"].formula1, "the drop-down spans them all")
        # A [form] naming an indicator that does not exist is reported at campaign.toml.
        broken = os.path.join(tmp, "broken")
        shutil.copytree(sample, broken)
        with open(os.path.join(broken, "campaign.toml"), encoding="utf-8") as f:
            text = f.read().replace('indicators = ["', 'indicators = ["no-such", "')
        with open(os.path.join(broken, "campaign.toml"), "w", encoding="utf-8") as f:
            f.write(text)
        done = run(binary, ["form", broken, "-o", os.path.join(tmp, "none"), "--json"], expect=1)
        codes = [(d["file"], d["code"]) for d in map(json.loads, done.stdout.splitlines()) if d["kind"] == "diagnostic"]
        check(codes == [("campaign.toml", "unknown-indicator")], f"{codes}")
        check(not os.path.exists(os.path.join(tmp, "none")), "nothing is written for a wrong [form]")
    print("forms: ok")


def fill(path, values, qualifiers=None, notes=None, unit=None, title=None):
    """Types into a form as a township does in Excel: by the rows it sees, whatever the hidden ids."""
    wb = openpyxl.load_workbook(path)
    ws = wb[FORM]
    if title:  # a title row of the township's own above everything, merged across
        ranges = [str(r) for r in ws.merged_cells.ranges]
        for r in ranges:
            ws.unmerge_cells(r)
        ws.insert_rows(1)
        for r in ranges:
            cells = openpyxl.worksheet.cell_range.CellRange(r)
            cells.shift(row_shift=1)
            ws.merge_cells(cells.coord)
        ws["A1"] = title
        ws.merge_cells("A1:H1")
    top, col = header_row(ws)
    row_of = {ws.cell(r, col["行编码"]).value: r for r in range(top + 1, ws.max_row + 1)}
    for rid, value in values.items():
        ws.cell(row_of[rid], col["数值"]).value = value
    for rid, q in (qualifiers or {}).items():
        ws.cell(row_of[rid], col["修饰"]).value = q
    for rid, note in (notes or {}).items():
        ws.cell(row_of[rid], col["备注"]).value = note
    if unit:
        ws.cell(top - 2, 2).value = unit
    wb.save(path)


# What each township types: text in number cells (1,200  约1400  100余  30名) beside real numbers.
DONGGUAN = {"qingyun@2024-01": "1,200", "qingyun@2024-02": 1300, "qingyun@2024-03": "约1400",
            "gaice@2024-01": 95, "gaice@2024-02": "100余", "gaice@2024-03": 120,
            "baojie@2024-01": "30名", "baojie@2024-02": 30, "baojie@2024-03": 32}
XIHE = {"qingyun@2024-01": "12OO", "qingyun@2024-02": 700, "qingyun@2024-03": 650,
        "gaice@2024-01": 40, "gaice@2024-02": 55, "gaice@2024-03": 61,
        "baojie@2024-01": 18, "baojie@2024-02": 18, "baojie@2024-03": 20}
# The sample's own records of the townships (records.csv), in the indicators' units.
ORIGINAL = {("东关镇", "qingyun"): 1250 + 1300, ("西河乡", "qingyun"): 2100,
            ("东关镇", "gaice"): 1200, ("西河乡", "gaice"): 860}


def collect(binary, campaign, forms, expect):
    done = run(binary, ["collect", campaign] + forms + ["--json"], expect=expect)
    lines = [json.loads(l) for l in done.stdout.splitlines()]
    return ([l for l in lines if l["kind"] == "diagnostic"], next((l for l in lines if l["kind"] == "collect"), None))


def unit_figures(workbook, unit, indicator_names):
    ws = openpyxl.load_workbook(workbook)["分单位"]
    header = [c.value for c in ws[3]]
    for row in ws.iter_rows(min_row=4, values_only=True):
        if row[0] and row[0].strip("\u3000") == unit:
            return {i: row[next(k for k, h in enumerate(header) if h and h.startswith(n + "\n"))]
                    for i, n in indicator_names.items()}
    sys.exit(f"FAIL: no row of {unit} in 分单位")


def other_campaign_form(binary, sample, tmp):
    other = os.path.join(tmp, "other")
    shutil.copytree(sample, other)
    path = os.path.join(other, "campaign.toml")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(re.sub(r'(?m)^id = "[^"]*"', 'id = "other-campaign-2024"', text, count=1))
    form = os.path.join(tmp, "另一活动.xlsx")
    run(binary, ["form", other, "-o", form, "--unit", "dongguan", "-q"])
    fill(form, {"qingyun@2024-01": 999})
    return form


def resave(path, extension, tmp):
    profile = "file://" + os.path.join(tmp, "lo-profile")
    out = os.path.join(tmp, "resaved")
    done = subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", extension,
                           "--outdir", out, path], capture_output=True, text=True, timeout=240)
    target = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + "." + extension)
    check(os.path.exists(target), f"soffice did not convert {path}: {done.stdout}{done.stderr}")
    return target


def round_trip(binary, sample):
    with tempfile.TemporaryDirectory() as tmp:
        campaign = os.path.join(tmp, "campaign")
        shutil.copytree(sample, campaign)
        run(binary, ["form", campaign, "-o", os.path.join(tmp, "forms"), "-q"])
        dongguan, xihe, nanshan = (os.path.join(tmp, "forms", n + ".xlsx") for n in ("东关镇", "西河乡", "南山镇"))
        fill(dongguan, DONGGUAN, notes={"qingyun@2024-02": "含集镇垃圾"}, title="东关镇2024年一季度人居环境整治数据")
        fill(xihe, XIHE, qualifiers={"gaice@2024-03": "余"})
        fill(nanshan, {"qingyun@2024-01": 5000}, unit="西河乡")  # 西河乡 filled in 南山镇's form
        other = other_campaign_form(binary, sample, tmp)
        records = os.path.join(campaign, "records.csv")
        with open(records, "rb") as f:
            before = f.read()

        # Every bad form and cell is named; nothing at all is merged.
        missing = os.path.join(tmp, "未交.xlsx")
        outdated = os.path.join(tmp, "旧表.xlsx")  # a form sent before [form] changed
        shutil.copy(nanshan, outdated)
        wb = openpyxl.load_workbook(outdated)
        wb[META]["B2"] = "0123456789abcdef"
        wb.save(outdated)
        plain = os.path.join(tmp, "自制表.xlsx")  # a township's own table, not the form
        wb = openpyxl.Workbook()
        wb.active.append(["指标", "数值"])
        wb.active.append(["清运生活垃圾", 1200])
        wb.save(plain)
        found, _ = collect(binary, campaign, [dongguan, xihe, nanshan, other, missing, outdated, plain], expect=1)
        places = sorted((os.path.basename(d["file"]), d["code"], d.get("sheet", ""), d.get("cell", ""))
                        for d in found if d["severity"] == "error")
        check(places == [("南山镇.xlsx", "form-wrong-unit", FORM, "B2"), ("另一活动.xlsx", "form-other-campaign", "", ""),
                         ("旧表.xlsx", "form-outdated", "", ""), ("未交.xlsx", "missing-file", "", ""),
                         ("自制表.xlsx", "not-a-form", "", ""), ("西河乡.xlsx", "bad-number", FORM, "E5")],
              f"diagnostics {places}")
        with open(records, "rb") as f:
            check(f.read() == before, "records.csv is untouched when a form is refused")
        check(not os.path.exists(records + ".bak"), "no backup when nothing was merged")

        # The corrected form and the good one are merged; 南山镇 is still missing.
        fill(xihe, {"qingyun@2024-01": "1250"})
        found, summary = collect(binary, campaign, [dongguan, xihe], expect=0)
        check(summary["added"] == 18 and summary["replaced"] == 0, f"{summary}")
        check(summary["missing"] == [{"id": "nanshan", "name": "南山镇"}], f"missing {summary['missing']}")
        with open(records + ".bak", "rb") as f:
            check(f.read() == before, "records.csv.bak is the file before collecting")

        # Two forms of one unit: which one holds cannot be told.
        copy = os.path.join(tmp, "西河乡-副本.xlsx")
        shutil.copy(xihe, copy)
        found, _ = collect(binary, campaign, [xihe, copy], expect=1)
        check([(os.path.basename(d["file"]), d["code"]) for d in found if d["severity"] == "error"]
              == [("西河乡-副本.xlsx", "form-twice")], f"two forms of one unit: {found}")

        # Collecting a corrected form again replaces its rows, never adds to them.
        fill(xihe, {"qingyun@2024-01": 1260})
        found, summary = collect(binary, campaign, [xihe], expect=0)
        check(summary["added"] == 9 and summary["replaced"] == 9, f"re-collect {summary}")
        rows = read_csv(records)
        xihe_2024 = [r for r in rows if r[1] == "xihe" and r[2].startswith("2024年")]
        check(len(xihe_2024) == 9 and ["qingyun", "xihe", "2024年1月", "1260", "", ""] in xihe_2024,
              f"xihe rows {xihe_2024}")
        check(["qingyun", "dongguan", "2024年2月", "1300", "", "含集镇垃圾"] in rows, "the note is collected")
        check(["gaice", "xihe", "2024年3月", "61", "余", ""] in rows, "the qualifier is collected")

        # A form saved again by another spreadsheet program (LibreOffice, here as legacy .xls) still
        # collects, and replaces what its unit sent before.
        resaved = resave(dongguan, "xls", tmp)
        found, summary = collect(binary, campaign, [resaved], expect=0)
        check(summary["added"] == 9 and summary["replaced"] == 9, f"re-saved form {summary}")

        # build: the workbook's figures are the figures typed in.
        run(binary, ["build", campaign, "-o", os.path.join(tmp, "out"), "--format", "xlsx", "-q"])
        book = os.path.join(tmp, "out", "qingyuan-huanjing-2023.xlsx")
        names = {"qingyun": "清运生活垃圾", "gaice": "完成户厕改造", "baojie": "聘用保洁员"}
        typed = {"东关镇": {"qingyun": 1200 + 1300 + 1400, "gaice": 95 + 100 + 120, "baojie": 32},
                 "西河乡": {"qingyun": 1260 + 700 + 650, "gaice": 40 + 55 + 61, "baojie": 20}}
        for unit, figures in typed.items():
            got = unit_figures(book, unit, names)
            # Sums add the township's earlier records; `last` (保洁员) is the latest month typed in.
            # The villages' March figures are covered by the township's own March figure.
            want = {i: v + ORIGINAL.get((unit, i), 0) for i, v in figures.items()}
            check(got == want, f"{unit}: workbook {got}, typed {want}")
    print("round trip: ok")


def workbook_records(binary, sample):
    with tempfile.TemporaryDirectory() as tmp:
        campaign = os.path.join(tmp, "campaign")
        shutil.copytree(sample, campaign)
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "记录"
        for row in read_csv(os.path.join(campaign, "records.csv")):
            ws.append(row)
        book = os.path.join(campaign, "records.xlsx")
        wb.save(book)
        os.remove(os.path.join(campaign, "records.csv"))
        with open(book, "rb") as f:
            before = f.read()
        form = os.path.join(tmp, "东关镇.xlsx")
        run(binary, ["form", campaign, "-o", form, "--unit", "dongguan", "-q"])
        fill(form, DONGGUAN)
        done = run(binary, ["collect", campaign, form])
        check("collected-records.csv" in done.stderr and "工作簿" in done.stderr, f"says where: {done.stderr}")
        collected = os.path.join(campaign, "collected-records.csv")
        rows = read_csv(collected)
        check(rows[0] == ["指标编码", "单位编码", "时期", "数值", "修饰", "备注"] and len(rows) == 10, f"{rows}")
        fill(form, {"baojie@2024-03": 33})
        _, summary = collect(binary, campaign, [form], expect=0)
        check(summary["target"] == "collected-records.csv" and summary["replaced"] == 9, f"{summary}")
        rows = read_csv(collected)
        check(len(rows) == 10 and ["baojie", "dongguan", "2024年3月", "33", "", ""] in rows, f"replaced: {rows}")
        check(os.path.exists(collected + ".bak"), "the earlier collected-records.csv is kept")
        with open(book, "rb") as f:
            check(f.read() == before, "the office's records.xlsx is never rewritten")
    print("records in a workbook: ok")


if __name__ == "__main__":
    mode, binary, sample = sys.argv[1:4]
    {"form": form_test, "round-trip": lambda b, s: round_trip(b, s),
     "workbook-records": lambda b, s: workbook_records(b, s)}[mode](binary, sample)

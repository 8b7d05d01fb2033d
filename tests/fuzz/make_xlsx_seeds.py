"""Writes the seed corpus of the xlsx_reader harness (tests/fuzz/corpus/xlsx_reader) from the
samples: each table as a workbook of its own and the three as one data.xlsx, made by openpyxl;
the same again with every part stored rather than deflated, so that the fuzzer's mutations reach
the XML; and a workbook as offices make them (a merged title, ids merged down a column, dates,
percentages, hidden rows), plus one written part by part with what openpyxl never writes (inline
strings, a formula with its cached value, a formula without one, booleans, an error cell).

Usage: make_xlsx_seeds.py SAMPLES_FOLDER CORPUS_FOLDER   (run once; the seeds are committed)
"""
import csv
import datetime
import io
import sys
import zipfile
from pathlib import Path

import openpyxl

SHEETS = {"indicators": "指标", "units": "单位", "records": "记录"}


def rows_of(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def fill(ws, rows):
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row, start=1):
            if text != "":
                ws.cell(row=r, column=c, value=int(text) if r > 1 and text.isdigit() else text)


def saved(book):
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def stored(data):
    """The same package with every part stored, not deflated."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
        for item in source.infolist():
            target.writestr(item.filename, source.read(item.filename))
    return out.getvalue()


def sample_workbooks(sample):
    books = {}
    data = openpyxl.Workbook()
    data.remove(data.active)
    for table, sheet in SHEETS.items():
        if not (sample / f"{table}.csv").exists():
            continue
        rows = rows_of(sample / f"{table}.csv")
        one = openpyxl.Workbook()
        one.active.title = sheet
        fill(one.active, rows)
        books[f"{sample.name}-{table}"] = saved(one)
        fill(data.create_sheet(sheet), rows)
    books[f"{sample.name}-data"] = saved(data)
    return books


def habits():
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "记录"
    ws["A1"] = "示例县2024年统计表"
    ws.merge_cells("A1:E1")
    ws.append([])
    ws.append(["指标编码", "单位编码", "时期", "数值", "备注"])
    ws.append(["t1", "u1", datetime.datetime(2024, 1, 1), 12, ""])
    ws.append([None, "u2", datetime.datetime(2024, 2, 1), 3.5, "约"])
    ws.append([None, "u3", datetime.datetime(2024, 3, 15), 0.85, ""])
    ws.merge_cells("A4:A6")
    for r in (4, 5):
        ws.cell(row=r, column=3).number_format = 'yyyy"年"m"月"'
    ws.cell(row=6, column=3).number_format = "yyyy/m/d"
    ws.cell(row=6, column=4).number_format = "0%"
    ws.row_dimensions[5].hidden = True
    return saved(book)


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def by_hand():
    sheet = (f'<worksheet xmlns="{MAIN}"><sheetData>'
             '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>单位编码</t></is></c>'
             '<c r="C1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c></row>'
             '<row r="2"><c r="A2" t="inlineStr"><is><r><t>t</t></r><r><t>1</t></r></is></c>'
             '<c r="C2" s="1"><v>45292</v></c><c r="D2"><f>SUM(1,2)</f><v>3</v></c></row>'
             '<row r="3"><c r="A3" t="str"><f>"t"&amp;"2"</f><v>t2</v></c><c r="C3">2024</c>'
             '<c r="D3"><f>1/0</f></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#DIV/0!</v></c></row>'
             '<row r="5"><c r="A5" t="s"><v>0</v></c><c r="D5" s="2"><v>1.5E-3</v></c></row>'
             '</sheetData><mergeCells count="1"><mergeCell ref="B2:B3"/></mergeCells></worksheet>')
    strings = f'<sst xmlns="{MAIN}"><si><t>指标编码</t></si><si><t>时期</t></si><si><t xml:space="preserve"> 数值 </t></si></sst>'
    styles = (f'<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/>'
              '</numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/>'
              '<xf numFmtId="10" applyNumberFormat="1"/></cellXfs></styleSheet>')
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" '
                       'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><workbookPr date1904="0"/><sheets>'
                           '<sheet name="记录" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PKG}">'
                                      f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                                      f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
                                      f'<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
        "xl/sharedStrings.xml": strings,
        "xl/styles.xml": styles,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
        for name, text in parts.items():
            target.writestr(name, '<?xml version="1.0" encoding="UTF-8"?>' + text)
    return out.getvalue()


def main():
    samples, corpus = Path(sys.argv[1]), Path(sys.argv[2])
    corpus.mkdir(parents=True, exist_ok=True)
    seeds = {}
    for sample in ("example", "suiling-dangjian-winter"):
        seeds.update(sample_workbooks(samples / sample))
    seeds["example-records-stored"] = stored(seeds["example-records"])
    seeds["example-data-stored"] = stored(seeds["example-data"])
    seeds["habits"] = habits()
    seeds["habits-stored"] = stored(seeds["habits"])
    seeds["by-hand-stored"] = by_hand()
    for name, data in seeds.items():
        (corpus / f"{name}.xlsx").write_bytes(data)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The workbook as an official prints it: LibreOffice headless renders every sheet to PDF (a
throwaway profile), and Debian's pdfminer reads each printed character back with its box:
- no two characters on a page overlap (a header running over a data row, a label over a label);
- no character crosses a cell border or leaves the page (text cut by its cell or the paper);
- no printed text is smaller than 8 pt;
- no cell prints "###" (a number wider than its column);
- every line of every text cell of a printed sheet appears whole, in that sheet's pages;
- 封面, 汇总, 分单位, 分时段 and 图表 print names, never an indicator's id.

Usage: check_print.py BINARY SAMPLE_DIR [RECORDS]
With RECORDS, SAMPLE_DIR is bench/xlsx/generate_campaign.py: a campaign of that many records
(units, daily records, long names) is generated first.
"""
import csv
import os
import subprocess
import sys

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTCurve, LTFigure, LTTextContainer

from common import built_workbook, fail, load

SMALLEST_POINTS = 8
NAMED_SHEETS = {"封面", "汇总", "分单位", "分时段", "图表"}
SLACK = 0.6  # points: glyph boxes of neighbouring characters touch


def render(workbook, root):
    profile = os.path.join(root, "profile")
    os.makedirs(profile, exist_ok=True)
    outdir = os.path.join(root, "pdf")
    done = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                           "--convert-to", "pdf", "--outdir", outdir, workbook],
                          capture_output=True, text=True, timeout=900)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(workbook))[0] + ".pdf")
    if not os.path.exists(pdf):
        fail(f"LibreOffice wrote no PDF (exit {done.returncode}):\n{done.stdout}\n{done.stderr}")
    return pdf


def flatten(item):
    if isinstance(item, (LTChar, LTCurve)):
        yield item
    elif isinstance(item, (LTTextContainer, LTFigure)) or hasattr(item, "__iter__"):
        for child in item:
            yield from flatten(child)


def page_items(pdf):
    """[(page box, [chars], [border segments])] in page order."""
    pages = []
    for page in extract_pages(pdf):
        chars, borders = [], []
        x0, y0, x1, y1 = page.bbox
        for item in flatten(page):
            if isinstance(item, LTChar):
                if not item.get_text().strip():
                    continue
                # Wholly off the paper: drawn for the page beside it (a title centred across the
                # pages of a wide sheet), never printed here.
                if item.x1 <= x0 or item.x0 >= x1 or item.y1 <= y0 or item.y0 >= y1:
                    continue
                chars.append(item)
            elif isinstance(item, LTCurve) and (item.width < 0.8 or item.height < 0.8):
                borders.append(item)  # a thin line or rectangle: a cell border
        pages.append((page.bbox, chars, borders))
    return pages


def overlap(a, b):
    return min(a.x1, b.x1) - max(a.x0, b.x0) > SLACK and min(a.y1, b.y1) - max(a.y0, b.y0) > SLACK


def check_overlaps(number, chars):
    ordered = sorted(chars, key=lambda c: c.x0)
    active = []
    for c in ordered:
        active = [a for a in active if a.x1 - SLACK > c.x0]
        for a in active:
            if overlap(a, c):
                fail(f"page {number}: {a.get_text()!r} at ({a.x0:.1f},{a.y0:.1f}) and {c.get_text()!r} at "
                     f"({c.x0:.1f},{c.y0:.1f}) print over each other")
        active.append(c)


def check_cut(number, box, chars, borders):
    for c in chars:
        if c.x0 < box[0] - SLACK or c.x1 > box[2] + SLACK or c.y0 < box[1] - SLACK or c.y1 > box[3] + SLACK:
            fail(f"page {number}: {c.get_text()!r} at ({c.x0:.1f},{c.y0:.1f}) is cut by the paper's edge")
        # A border through a character's box: the text runs out of its cell and is cut there.
        for b in borders:
            vertical = b.width < 0.8
            if vertical and c.x0 + SLACK < b.x0 < c.x1 - SLACK and b.y0 < c.y1 - 2 and b.y1 > c.y0 + 2:
                fail(f"page {number}: a cell border crosses {c.get_text()!r} at ({c.x0:.1f},{c.y0:.1f})")
            if not vertical and c.y0 + 2 < b.y0 < c.y1 - 2 and b.x0 < c.x1 - SLACK and b.x1 > c.x0 + SLACK:
                fail(f"page {number}: a cell border crosses {c.get_text()!r} at ({c.x0:.1f},{c.y0:.1f})")


def sheets_of_pages(pages, wb, names):
    """The printed sheets' names, one per page: a sheet starts on the page that prints its title
    (cell A1; LibreOffice numbers the pages through the whole workbook), and the pages after it
    are its own until the next sheet's title."""
    titles = sorted(((("".join(str(wb[n].cell(1, 1).value or "").split())), n) for n in names),
                    key=lambda t: -len(t[0]))
    out, current = [], names[0]
    for _, chars, _ in pages:
        text = "".join("".join(c.get_text().split()) for c in chars)
        for title, name in titles:
            if title and title in text and names.index(name) >= names.index(current):
                current = name
                break
        out.append(current)
    if set(out) != set(names):
        fail(f"no page prints the title of {sorted(set(names) - set(out))}")
    return out


def printed_strings(ws):
    """Every line of every text cell of a sheet that prints (hidden columns left out)."""
    hidden = {key for key, dim in ws.column_dimensions.items() if dim.hidden}
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.column_letter not in hidden:
                for line in cell.value.split("\n"):
                    squeezed = "".join(line.split())
                    if squeezed:
                        yield cell.coordinate, squeezed


def indicator_ids(folder):
    with open(os.path.join(folder, "indicators.csv"), encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        return [row[0].strip() for row in reader if row and row[0].strip()]


def main():
    folder, path, root = built_workbook(sys.argv, "xlsx-print-")
    wb = load(path)
    printed = [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]
    pages = page_items(render(path, root))
    owners = sheets_of_pages(pages, wb, printed)
    text_of = {name: "" for name in printed}
    smallest = 100.0
    for number, ((box, chars, borders), owner) in enumerate(zip(pages, owners), start=1):
        for c in chars:
            smallest = min(smallest, c.size)
            if c.size < SMALLEST_POINTS - 0.05:
                fail(f"page {number} ({owner}): {c.get_text()!r} prints at {c.size:.1f} pt, below {SMALLEST_POINTS} pt")
        check_overlaps(number, chars)
        check_cut(number, box, chars, borders)
        text_of[owner] += "".join("".join(c.get_text().split()) for c in chars)
    ids = indicator_ids(folder)
    for name in printed:
        if "###" in text_of[name]:
            fail(f"{name}: a cell prints ### (its number is wider than its column)")
        for coordinate, line in printed_strings(wb[name]):
            if line not in text_of[name]:
                fail(f"{name}!{coordinate}: {line!r} does not print whole")
        if name in NAMED_SHEETS:
            for indicator in ids:
                if indicator.isascii() and len(indicator) > 3 and indicator in text_of[name]:
                    fail(f"{name} prints the indicator id {indicator!r}; it must show names")
    print(f"ok: {len(pages)} pages of {printed}, smallest text {smallest:.1f} pt", path)


if __name__ == "__main__":
    main()

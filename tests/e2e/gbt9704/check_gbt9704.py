#!/usr/bin/env python3
"""End-to-end checks of the gbt9704 page style (GB/T 9704-2012), judged from the PDF alone.

Usage: check_gbt9704.py CHECK BINARY SOURCE_ROOT WORKDIR
  geometry   a generated multi-page report of plain Han text: glyph boxes from
             `pdftotext -bbox-layout` lie in the 156 x 225 mm text area at 28/37 mm; every full
             line holds 28 characters from the left to the right edge of the area; every line
             (headings included) sits on the 22-line grid; full pages hold 22 lines; all within
             0.5 mm. Page numbers: "— N —", 14 pt (mutool's structured text), top of the box
             7 mm below the area, odd pages one 14 pt character in from the right edge, even
             pages from the left edge.
  breaking   the case report's line-breaking check (report_pdf/check_report.py) in this style
  signature  seed report: 落款 and 成文日期 after the last text on the last page, one blank grid
             line below it, placed as 7.3.5.2 places them without a seal
  readers    seed report: pdffonts, qpdf --check, pdfcpu strict, mutool and pdftoppm, two builds
             byte-identical, Info as the case report's, outline 一、… with （一）… under 二、
  ocr        seed report: Tesseract reads page 2 as its text layer says (ratio >= 0.95)
"""
import os
import random
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
sys.path.insert(0, os.path.join(HERE, "..", "report_pdf"))
import check_report  # noqa: E402
import ocr_check  # noqa: E402
import pdf_checks  # noqa: E402

SEED = "samples/suiling-dangjian-winter"
MM = 72 / 25.4
TOLERANCE = 0.5 * MM
LEFT, TOP, WIDTH, HEIGHT = 28 * MM, 37 * MM, 156 * MM, 225 * MM
PITCH_Y, PITCH_X = HEIGHT / 22, WIDTH / 28
PAGE_NUMBER = re.compile(r"^—\s*(\d+)\s*—$")
HAN = "党建基层组织服务群众工作提升干部队伍建设创新发展作风整治民生实事活动教育实践培训考核乡镇街道社区村"
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def build(binary, campaign, outdir):
    path, manifest, out = check_report.run_build(binary, campaign, outdir, "--style", "gbt9704")
    check(out.returncode == 0, f"build {campaign} exit {out.returncode}: {out.stderr.decode(errors='replace')}")
    return path, manifest


def plain_campaign(folder, paragraphs=60):
    """A campaign whose narrative is Han characters only, each paragraph ending with 。."""
    rng = random.Random(9704)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(os.path.join(folder, "narrative"))
    with open(os.path.join(folder, "campaign.toml"), "w", encoding="utf-8") as f:
        f.write('[campaign]\nid = "gbt-grid"\ntitle = "示例县基层党建工作情况的报告"\n'
                'organization = "示例县委组织部"\nstart = 2015-01-01\nend = 2015-12-31\n'
                'published = 2016-01-15\n\n[[program]]\nid = "a"\nname = "示范工程"\n\n'
                '[[program]]\nid = "b"\nname = "堡垒工程"\n')
    with open(os.path.join(folder, "indicators.csv"), "w", encoding="utf-8") as f:
        f.write("id,name,unit,program\nactions,专项行动,个,a\n")
    with open(os.path.join(folder, "records.csv"), "w", encoding="utf-8") as f:
        f.write("indicator,value\nactions,14\n")
    for name in ("background", "approach", "program-a", "program-b", "results"):
        paras = ["".join(rng.choice(HAN) for _ in range(rng.randint(20, 160))) + "。"
                 for _ in range(paragraphs // 5)]
        with open(os.path.join(folder, "narrative", name + ".md"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(paras) + "\n")


def bbox_pages(pdf):
    """Per page, its lines as (text, xMin, yMin, xMax, yMax) in points from the top-left corner."""
    out = subprocess.run(["pdftotext", "-bbox-layout", "-enc", "UTF-8", pdf, "-"], capture_output=True, check=True)
    xml = re.sub(r"<!DOCTYPE[^>]*>", "", out.stdout.decode("utf-8"))
    xml = xml.replace('xmlns="http://www.w3.org/1999/xhtml"', "")
    pages = []
    for page in ET.fromstring(xml).iter("page"):
        lines = []
        for line in page.iter("line"):
            words = [w.text or "" for w in line.iter("word")]
            box = [float(line.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")]
            lines.append(("".join(words), *box))
        pages.append(sorted(lines, key=lambda l: (round(l[2], 1), l[1])))
    return pages


def baseline_pages(pdf):
    """Per page, its lines as mutool's structured text gives them: (text, baseline, font size),
    the baseline being the glyph origins' y in points from the top of the page."""
    out = subprocess.run(["mutool", "draw", "-q", "-F", "stext", "-o", "-", pdf], capture_output=True, check=True)
    pages = []
    for page in ET.fromstring(out.stdout.decode("utf-8")).iter("page"):
        lines = []
        for line in page.iter("line"):
            chars = list(line.iter("char"))
            sizes = {float(f.get("size")) for f in line.iter("font")}
            text = "".join(c.get("c") for c in chars).strip()
            if chars and text:
                lines.append((text, float(chars[0].get("y")), max(sizes)))
        pages.append(lines)
    return pages


def on_grid(baseline, size):
    """The grid row of a line set at `size` with its em box (-0.12 to 0.88 em) centred in a grid
    line, and how far (points) its baseline is from that place."""
    offset = (PITCH_Y - size) / 2 + 0.88 * size
    row = round((baseline - offset - TOP) / PITCH_Y)
    return row, abs(baseline - offset - TOP - row * PITCH_Y)


def geometry(binary, root, work):
    campaign = os.path.join(work, "grid-campaign")
    plain_campaign(campaign)
    pdf, _ = build(binary, campaign, os.path.join(work, "grid-out"))
    if problems:
        return
    boxes, baselines = bbox_pages(pdf), baseline_pages(pdf)
    check(len(boxes) >= 4 and len(boxes) == len(baselines), f"{len(boxes)} pages, mutool read {len(baselines)}")
    full_pages = full_lines = pushed = 0
    for number, (lines, based) in enumerate(zip(boxes, baselines), 1):
        numbers = [l for l in lines if PAGE_NUMBER.match(l[0])]
        check(len(numbers) == 1, f"page {number}: {len(numbers)} page numbers")
        # Horizontal: the text area, and 28 characters on the character grid on each full line.
        text_lines = [l for l in lines if not PAGE_NUMBER.match(l[0])]
        for i, (words, x0, _, x1, _) in enumerate(text_lines):
            where = f"page {number} line {words[:12]}…"
            check(x0 >= LEFT - TOLERANCE and x1 <= LEFT + WIDTH + TOLERANCE, f"{where}: x {x0:.1f}-{x1:.1f} outside")
            following = text_lines[i + 1][0] if i + 1 < len(text_lines) else ""
            if len(following) == 2 and following[1] == "。":
                pushed += 1  # its 28th character went down with the 。 that may not start a line
                continue
            if words and set(words) <= set(HAN):  # a full line: its paragraph goes on
                full_lines += 1
                indent = round((x0 - LEFT) / PITCH_X)
                check(len(words) + indent == 28, f"{where}: a full line of {len(words)} characters after {indent} of indent")
                check(abs(x0 - LEFT - indent * PITCH_X) <= TOLERANCE, f"{where}: starts off the character grid")
                check(abs(x1 - LEFT - WIDTH) <= TOLERANCE, f"{where}: ends {(LEFT + WIDTH - x1) / MM:.2f} mm from the edge")
        # Vertical: every line's baseline on a grid line, its em box inside the text area.
        rows = []
        for text, baseline, size in based:
            if PAGE_NUMBER.match(text):
                continue
            where = f"page {number} line {text[:12]}…"
            row, off = on_grid(baseline, size)
            check(off <= TOLERANCE, f"{where}: {off / MM:.2f} mm off the grid")
            check(baseline - 0.88 * size >= TOP - TOLERANCE and baseline + 0.12 * size <= TOP + HEIGHT + TOLERANCE,
                  f"{where}: baseline {baseline:.1f} puts it outside the text area")
            rows.append(row)
        check(len(rows) == len(set(rows)), f"page {number}: two lines on one grid row: {sorted(rows)}")
        check(all(0 <= r < 22 for r in rows), f"page {number}: rows {rows}")
        if number < len(boxes):
            check(len(rows) >= 20, f"page {number}: {len(rows)} lines; a page ends at most two lines early")
        full_pages += sorted(rows) == list(range(22))
        if number <= 2 and numbers:
            page_number(number, numbers[0], [b for b in based if PAGE_NUMBER.match(b[0])])
    check(full_lines > 100, f"only {full_lines} full lines")
    check(full_pages >= (len(boxes) - 1) // 2, f"only {full_pages} of {len(boxes)} pages hold 22 lines")
    print(f"{len(boxes)} pages, {full_pages} with 22 lines; {full_lines} full lines of 28 characters, "
          f"{pushed} short by a character pushed down with its 。")


def page_number(number, box, based):
    words, x0, _, x1, _ = box
    check(PAGE_NUMBER.match(words).group(1) == str(number),
          f"page {number} is numbered {words!r}")
    check(len(based) == 1, f"page {number}: mutool found {len(based)} page-number lines")
    if len(based) != 1:
        return
    text, baseline, size = based[0]
    check(text == f"— {number} —", f"page {number}: the page number reads {text!r}, not '— {number} —'")
    check(abs(size - 14) < 0.01, f"page {number}: page number set in {size} pt, not 14 (4号)")
    top = baseline - 0.88 * size  # the top of its em box
    check(abs(top - (TOP + HEIGHT + 7 * MM)) <= TOLERANCE,
          f"page {number}: page number's top {(top - TOP - HEIGHT) / MM:.2f} mm below the text area, not 7")
    if number % 2 == 1:
        check(abs(x1 - (LEFT + WIDTH - 14)) <= TOLERANCE,
              f"page {number}: right end {(LEFT + WIDTH - x1) / MM:.2f} mm in, not one character")
    else:
        check(abs(x0 - (LEFT + 14)) <= TOLERANCE, f"page {number}: left end {(x0 - LEFT) / MM:.2f} mm in, not one character")


def printed_lines(pdf):
    """The PDF's lines in reading order, each the characters that share a baseline, read with
    mutool. (poppler's -layout and -raw modes cut a line where a mark compressed to half width
    is followed by another glyph, as their glyph boxes overlap by more than 0.3 em; on the
    character grid that happens in mid-line, so they would report lines that are not there.)"""
    out = subprocess.run(["mutool", "draw", "-q", "-F", "stext", "-o", "-", pdf], capture_output=True, check=True)
    lines = []
    for page in ET.fromstring(out.stdout.decode("utf-8")).iter("page"):
        rows = {}
        for char in page.iter("char"):
            rows.setdefault(round(float(char.get("y")), 1), []).append((float(char.get("x")), char.get("c")))
        for y in sorted(rows):
            text = "".join(c for _, c in sorted(rows[y])).strip()
            if text and not PAGE_NUMBER.match(text):
                lines.append(text)
    return lines


def breaking(binary, root, work):
    """The case report's line-breaking check (report_pdf/check_report.py: its stress text, its
    sets of marks and its rules) on the report built in this style."""
    campaign = os.path.join(work, "stress-campaign")
    shutil.rmtree(campaign, ignore_errors=True)
    shutil.copytree(os.path.join(root, SEED), campaign)
    shutil.copy(os.path.join(root, "tests", "linebreak", "stress.md"), os.path.join(campaign, "narrative", "background.md"))
    pdf, _ = build(binary, campaign, os.path.join(work, "stress-out"))
    if problems:
        return
    lines = printed_lines(pdf)
    check(any("𠮷" in line for line in lines), "the stress text's 𠮷 is not in the text layer")
    for i, line in enumerate(lines):
        compact = re.sub(r"\s+", "", line)
        check(compact[0] not in check_report.NOT_AT_START, f"line starts with a forbidden mark: {line}")
        check(compact[-1] not in check_report.NOT_AT_END, f"line ends with a forbidden mark: {line}")
        if i + 1 < len(lines):
            following = re.sub(r"\s+", "", lines[i + 1])
            if check_report.WORD.match(compact[-1]) and check_report.WORD.match(following[0]):
                check(False, f"number or word split between lines:\n  {line}\n  {lines[i + 1]}")
            check(not (compact.endswith("—") and following.startswith("—")), f"—— split: {line}")
            check(not (compact.endswith("…") and following.startswith("…")), f"…… split: {line}")
    print(f"{len(lines)} lines checked")
    check(len(lines) > 100, f"only {len(lines)} lines in the stress report")


def signature(binary, root, work):
    pdf, manifest = build(binary, os.path.join(root, SEED), os.path.join(work, "signature"))
    if problems:
        return
    c = manifest["campaign"]
    date = f"{c['published'].year}年{c['published'].month}月{c['published'].day}日"
    last = [l for l in bbox_pages(pdf)[-1] if not PAGE_NUMBER.match(l[0])]
    check(len(last) >= 3, "the last page holds less than a text line and the 落款")
    org, day = last[-2], last[-1]
    check(org[0] == c["organization"], f"second last line is {org[0]!r}, not the organisation")
    check(day[0] == date, f"last line is {day[0]!r}, not {date}")
    if problems:
        return
    text_above = last[-3]
    check(abs(org[2] - text_above[2] - 2 * PITCH_Y) <= TOLERANCE,
          f"the organisation is {(org[2] - text_above[2]) / PITCH_Y:.2f} grid lines below the text, not 2 (one blank)")
    check(abs(day[2] - org[2] - PITCH_Y) <= TOLERANCE, "the date is not on the grid line below the organisation")
    right = LEFT + WIDTH
    # 7.3.5.2: the date is "longer" when, starting two characters right of the organisation's
    # first character, it would end closer than two characters to the edge.
    date_longer = (day[3] - day[1]) + 2 * PITCH_X > (org[3] - org[1]) + 0.01
    if date_longer:  # 7.3.5.2: the date ends two characters in, the organisation two characters left of it
        check(abs(right - day[3] - 2 * PITCH_X) <= TOLERANCE, f"the date ends {(right - day[3]) / MM:.2f} mm from the edge")
        check(abs(day[1] - org[1] - 2 * PITCH_X) <= TOLERANCE, "the date does not start two characters right of the organisation")
    else:
        check(abs(right - org[3] - 2 * PITCH_X) <= TOLERANCE, f"the organisation ends {(right - org[3]) / MM:.2f} mm from the edge")
        check(abs(day[1] - org[1] - 2 * PITCH_X) <= TOLERANCE, "the date does not start two characters right of the organisation")
    print(f"落款 at x {org[1] / MM:.1f} mm, 成文日期 at x {day[1] / MM:.1f} mm ({'date' if date_longer else 'organisation'} sets the right end)")


def readers(binary, root, work):
    campaign = os.path.join(root, SEED)
    first, manifest = build(binary, campaign, os.path.join(work, "a"))
    second, _ = build(binary, campaign, os.path.join(work, "b"))
    if problems:
        return
    with open(first, "rb") as a, open(second, "rb") as b:
        data = a.read()
        check(data == b.read(), "two builds of the gbt9704 seed report differ")
    for problem in pdf_checks.readers(first):
        check(False, problem)
    info = subprocess.run(["pdfinfo", first], capture_output=True).stdout.decode("utf-8")
    for key, value in (("Title", manifest["campaign"]["title"]), ("Author", manifest["campaign"]["organization"])):
        check(re.search(rf"^{key}:\s+" + re.escape(value) + "$", info, re.M) is not None, f"Info /{key} is not {value}")
    outline = subprocess.run(["mutool", "show", first, "outline"], capture_output=True).stdout.decode("utf-8")
    titles = re.findall(r'"(.*?)"', outline)
    chinese = "一二三四五六七八九十"
    programs = [f"（{chinese[n]}）{p['name']}" for n, p in enumerate(manifest["program"])]
    wanted = ["一、背景与起因", "二、做法与经过"] + programs + ["三、成效与启示"]
    check(titles == wanted, f"outline is {titles}, expected {wanted}")
    nested = [line for line in outline.splitlines() if "（" in line]
    check(nested and all(line.startswith(("|\t\t", "-\t\t", "+\t\t")) for line in nested),
          f"（一）… entries are not under 二、做法与经过: {nested}")
    printed = pdf_checks.text(first)
    for label in wanted:
        check(label in printed, f"heading {label} is not in the text layer")
    check(b"/PageLabels" in data, "no /PageLabels in the document catalog")


def ocr(binary, root, work):
    pdf, _ = build(binary, os.path.join(root, SEED), os.path.join(work, "ocr"))
    if problems:
        return
    ratio, _, text_read = ocr_check.ocr_ratio(pdf, 2)
    print(f"OCR ratio of page 2: {ratio:.3f}")
    check(ratio >= 0.95, f"OCR of page 2 matches the text layer only {ratio:.3f}: {text_read[:200]}")


def main():
    check_name, binary, root, work = sys.argv[1:5]
    os.makedirs(work, exist_ok=True)
    {"geometry": geometry, "breaking": breaking, "signature": signature, "readers": readers,
     "ocr": ocr}[check_name](binary, root, work)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

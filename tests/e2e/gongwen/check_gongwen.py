#!/usr/bin/env python3
"""End-to-end checks of a 公文's parts set from [document] in campaign.toml.

Usage: check_gongwen.py CHECK BINARY SOURCE_ROOT WORKDIR
  unchanged  both samples in both page styles: a copy whose campaign.toml adds a [document]
             table with no key gives a PDF and a workbook byte-identical to the sample's own
             (a part is set only when [document] asks for it)
  masthead   the seed with every part of the 版头 (份号, 密级★期限, 紧急程度, one issuer, 发文字号,
             three 签发人), then with two joint issuers and no 签发人, in gbt9704, read back with
             mutool's structured text and the content stream (qpdf --qdf), within 0.5 mm:
             份号, 密级, 紧急程度 flush left on grid lines 1-3 (the last two in the heading's 黑体);
             the mark's em box 35 mm below the text area, centred, pure red (1 0 0 rg), in the
             title's face; joint names stacked with 文件 beside them centred on the stack;
             发文字号 two blank lines below the mark, centred, or one character in on the last
             签发人 row with the signers ending one character in from the right; the red line
             (1 0 0 RG) as wide as the text area, 4 mm below the 发文字号, 0.5 mm thick; the title
             two blank lines or more below it; pdffonts, qpdf, pdfcpu and the renderers accept
             it and two builds are byte-identical; the case style shows none of it
  body       the seed with 主送机关, two 附件 (one name long enough to break) and a 附注, in gbt9704,
             measured on the pages within 0.5 mm: 主送 flush left one blank line below the title,
             ending with ：, the text on the next line; 附件说明 one blank line below the text, two
             characters in, "附件：1." and "2." one under the other, the names starting at one x
             and a long name's next line under its first character, no mark after a name; the
             落款 one blank line below it; 附注 two characters in on the line below the 成文日期;
             the case style shows none of them
  attachments  the same 公文: each 附件 starts a page after the 落款, "附件1" in 3号黑体 on the first
             grid line flush left, its title in 2号 centred on the third; the outline lists them;
             page numbers run on through them
  imprint    the 公文 with 抄送 and 印发 lines: on the last page three black rules as wide as the
             text area, the last on its bottom edge, 0.35, 0.25 and 0.35 mm thick, one grid line
             apart; 抄送 one 4号 character in, ending with 。; 印发机关 one character in and the
             date with 印发 ending one character in from the right, all 4号; then a 版记 too tall
             for the last page, with no attachment (the text ends on an odd page) and with one (it
             ends on an even page): it goes on a page of its own, always an even one; after the
             odd page it is numbered, after the even one a blank page stands before it and neither
             carries a number
  seal       the 公文 with a seal (a transparent PNG): drawn once, an image 42 mm wide with a soft
             mask, multiplied with the text under it, centred on the 成文日期, which ends four characters from the right edge, the
             organisation centred over the date, both below the seal's centre and on it, its top
             within a line below the text; the 公文s without one draw no image
  complete   samples/gongwen-report (templates/report.toml, every part of [document]), and a copy
             with two joint issuers: every part is on its page in order (版头, title, 主送, text,
             特此报告。, 附件说明, 落款 under the seal, 附注, 附件1, 附件2, 版记 on the last page), the
             readers accept both, and two builds of each are byte-identical
  validate   a [document] with a bracket slip in the 发文字号 and a 签发人 without a number:
             `validate` names each at its line and column and exits 1
"""
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import pdf_checks  # noqa: E402

MM = 72 / 25.4
TOLERANCE = 0.5 * MM
LEFT, TOP, WIDTH, HEIGHT = 28 * MM, 37 * MM, 156 * MM, 225 * MM
PITCH_Y, PITCH_X = HEIGHT / 22, WIDTH / 28
PAGE_HEIGHT = 841.8898
SAMPLES = ["samples/example", "samples/suiling-dangjian-winter"]
STYLES = ["case", "gbt9704"]
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1479705780")
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def build(binary, campaign, outdir, style):
    shutil.rmtree(outdir, ignore_errors=True)
    out = subprocess.run([binary, "build", campaign, "-o", outdir, "-q", "--style", style],
                         capture_output=True, env=ENV)
    check(out.returncode == 0, f"build {campaign} {style} exit {out.returncode}: "
                               f"{out.stderr.decode(errors='replace')}")
    outputs = {}
    for name in sorted(os.listdir(outdir)) if os.path.isdir(outdir) else []:
        with open(os.path.join(outdir, name), "rb") as f:
            outputs[name] = f.read()
    return outputs


def with_document(sample, folder, document):
    """A copy of `sample` whose campaign.toml ends with `document`."""
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(sample, folder)
    with open(os.path.join(folder, "campaign.toml"), "a", encoding="utf-8") as f:
        f.write("\n" + document)
    return folder


def unchanged(binary, root, work):
    for sample in SAMPLES:
        name = os.path.basename(sample)
        copy = with_document(os.path.join(root, sample), os.path.join(work, name), "[document]\n")
        for style in STYLES:
            own = build(binary, os.path.join(root, sample), os.path.join(work, f"{name}-{style}-own"), style)
            empty = build(binary, copy, os.path.join(work, f"{name}-{style}-empty"), style)
            check(len(own) == 2, f"{name} {style}: outputs {sorted(own)}")
            check(own == empty, f"{name} {style}: an empty [document] changed the outputs "
                                f"{[n for n in own if own.get(n) != empty.get(n)]}")


def near(actual, expected, what):
    check(abs(actual - expected) <= TOLERANCE,
          f"{what}: {actual / MM:.2f} mm, the standard puts it at {expected / MM:.2f} mm")


def stext_lines(pdf, page=1):
    """Lines of a page from mutool's structured text: text, font, size, colour, baseline, x0, x1."""
    out = subprocess.run(["mutool", "draw", "-q", "-F", "stext", "-o", "-", pdf, str(page)],
                         capture_output=True, check=True)
    lines = []
    for font in ET.fromstring(out.stdout.decode("utf-8")).iter("font"):
        run = []
        # A run of characters on one baseline, each starting where the one before ends.
        # mutool writes a space where it sees a gap: a separator, not text.
        for char in [c for c in font.iter("char") if c.get("c") != " "] + [None]:
            quad = [float(v) for v in char.get("quad").split()] if char is not None else None
            if run and (char is None or abs(float(char.get("y")) - float(run[-1][0].get("y"))) > 0.01
                        or abs(quad[0] - run[-1][1][2]) > 2):
                lines.append({"text": "".join(c.get("c") for c, _ in run), "font": font.get("name"),
                              "size": float(font.get("size")), "colors": {c.get("color") for c, _ in run},
                              "baseline": float(run[0][0].get("y")), "x0": run[0][1][0], "x1": run[-1][1][2]})
                run = []
            if char is not None:
                run.append((char, quad))
    return lines


def find(lines, text):
    found = [line for line in lines if line["text"] == text]
    check(len(found) == 1, f"'{text}' appears {len(found)} times on the page")
    return found[0] if found else None


def grid_baseline(row):
    """The baseline of 3号 text in grid line `row` (0-based) of the text area."""
    return TOP + row * PITCH_Y + (PITCH_Y - 16) / 2 + 0.88 * 16


def red_rules(pdf, work):
    """The red lines stroked on page 1 as (width, x0, y, x1), y from the top of the page."""
    plain = os.path.join(work, "qdf.pdf")
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", pdf, plain], check=True)
    with open(plain, "rb") as f:
        data = f.read().decode("latin-1")
    first_page = data.split("%% Contents for page 1")[1].split("endstream")[0]
    rules = re.findall(r"1 0 0 RG\n([\d.]+) w\n([\d.]+) ([\d.]+) m\n([\d.]+) ([\d.]+) l\nS", first_page)
    return [(float(w), float(x0), PAGE_HEIGHT - float(y0), float(x1)) for w, x0, y0, x1, _ in rules], first_page


def masthead_document(root, work, name, document, before_build=None):
    folder = with_document(os.path.join(root, SAMPLES[1]), os.path.join(work, name), document)
    if before_build:
        before_build(folder)
    out = os.path.join(work, name + "-out")
    shutil.rmtree(out, ignore_errors=True)
    done = subprocess.run([binary_of["path"], "build", folder, "-o", out, "-q", "--format", "pdf",
                           "--style", "gbt9704"], capture_output=True, env=ENV)
    check(done.returncode == 0, f"build {name}: {done.stderr.decode(errors='replace')}")
    return os.path.join(out, "绥棱县党建之冬活动.pdf")


binary_of = {}
FULL = """[document]
copy_number = 1
secrecy = "秘密"
secrecy_term = "1年"
urgency = "特急"
issuers = ["中共绥棱县委组织部"]
number = "绥组发〔2016〕3号"
signers = ["张明", "李华", "王强"]
"""
JOINT = """[document]
issuers = ["中共绥棱县委", "绥棱县人民政府"]
number = "绥发〔2016〕12号"
"""


def check_rule(pdf, work, number_line):
    rules, stream = red_rules(pdf, work)
    check(len(rules) == 1, f"{len(rules)} red lines on page 1")
    check("1 0 0 rg" in stream, "the mark is not filled in pure red")
    if not rules or not number_line:
        return None
    thickness, x0, y, x1 = rules[0]
    near(thickness, 0.5 * MM, "the red line's thickness")
    near(x0, LEFT, "the red line's left end")
    near(x1, LEFT + WIDTH, "the red line's right end")
    number_bottom = number_line["baseline"] + 0.12 * 16
    near(y, number_bottom + 4 * MM, "the red line below the 发文字号")
    return y


def masthead(binary, root, work):
    binary_of["path"] = binary
    pdf = masthead_document(root, work, "full", FULL)
    lines = stext_lines(pdf)
    heading = next((line for line in lines if line["text"] == "一、背景与起因"), None)
    for row, (text, black_face) in enumerate([("000001", False), ("秘密★1年", True), ("特急", True)]):
        line = find(lines, text)
        if line:
            near(line["baseline"], grid_baseline(row), f"{text}'s baseline")
            near(line["x0"], LEFT, f"{text} flush left")
            check(line["colors"] == {"#000000"}, f"{text} is not black")
            if black_face and heading:
                check(line["font"] == heading["font"], f"{text} is in {line['font']}, not 黑体 {heading['font']}")
    mark = find(lines, "中共绥棱县委组织部文件")
    title = next((line for line in lines if line["text"].startswith("黑龙江绥棱")), None)
    if mark:
        check(mark["colors"] == {"#ff0000"}, f"the mark's colours {mark['colors']}")
        near(mark["baseline"] - 0.88 * mark["size"], TOP + 35 * MM, "the mark's top")
        near((mark["x0"] + mark["x1"]) / 2, LEFT + WIDTH / 2, "the mark's centre")
        check(mark["x0"] >= LEFT - TOLERANCE and mark["x1"] <= LEFT + WIDTH + TOLERANCE, "the mark overflows")
        check(title is not None and title["font"] == mark["font"], "the mark is not in the title's face")
    number = find(lines, "绥组发〔2016〕3号")
    if mark and number:
        mark_bottom = mark["baseline"] + 0.12 * mark["size"]
        # Three signers: two rows, the number on the second, two blank lines below the mark.
        near(number["baseline"], mark_bottom + 3 * PITCH_Y + (PITCH_Y - 16) / 2 + 0.88 * 16, "the 发文字号")
        near(number["x0"], LEFT + PITCH_X, "the 发文字号 one character in")
    label = next((line for line in lines if line["text"].startswith("签发人：")), None)
    second = find(lines, "王强")
    partner = find(lines, "李华")
    if number and label and second and partner:
        near(label["baseline"], number["baseline"] - PITCH_Y, "the first 签发人 row")
        near(second["baseline"], number["baseline"], "the last 签发人 row on the number's line")
        near(partner["x1"], LEFT + WIDTH - PITCH_X, "the 签发人 ending one character in")
        check(label["text"] == "签发人：", f"the label and the first name share a font: {label['text']}")
        first_name = find(lines, "张明")
        if first_name:
            near(second["x0"], first_name["x0"], "the second row under the first name")
    y = check_rule(pdf, work, number)
    if y and title:
        check(title["baseline"] - 0.88 * title["size"] >= y + 2 * PITCH_Y - TOLERANCE,
              "the title is not two blank lines below the red line")
    for problem in pdf_checks.readers(pdf):
        check(False, f"the 公文's PDF: {problem}")
    with open(pdf, "rb") as f:
        first_build = f.read()
    with open(masthead_document(root, work, "full", FULL), "rb") as f:
        check(f.read() == first_build, "two builds of the 公文 differ")
    joint(root, work)
    case = subprocess.run([binary, "build", os.path.join(work, "full"), "-o", os.path.join(work, "case"),
                           "-q", "--format", "pdf", "--style", "case"], capture_output=True, env=ENV)
    check(case.returncode == 0, "the case style fails on a 公文")
    text = subprocess.run(["pdftotext", os.path.join(work, "case", "绥棱县党建之冬活动.pdf"), "-"],
                          capture_output=True).stdout.decode()
    check("组织部文件" not in text and "绥组发" not in text, "the case style shows the 版头")


def joint(root, work):
    pdf = masthead_document(root, work, "joint", JOINT)
    lines = stext_lines(pdf)
    first, second, wenjian = find(lines, "中共绥棱县委"), find(lines, "绥棱县人民政府"), find(lines, "文件")
    if not (first and second and wenjian):
        return
    for line in (first, second, wenjian):
        check(line["colors"] == {"#ff0000"}, f"{line['text']} is not pure red")
        check(line["size"] == first["size"], "the joint mark mixes sizes")
    near(first["baseline"] - 0.88 * first["size"], TOP + 35 * MM, "the joint mark's top")
    check(second["baseline"] > first["baseline"] + first["size"], "the second issuer is not below the first")
    near((first["x0"] + first["x1"]) / 2, (second["x0"] + second["x1"]) / 2, "the stacked names' centres")
    stack_middle = (first["baseline"] - 0.88 * first["size"] + second["baseline"] + 0.12 * second["size"]) / 2
    near(wenjian["baseline"] - 0.38 * wenjian["size"], stack_middle, "文件 centred on the stack")
    check(wenjian["x0"] > max(first["x1"], second["x1"]), "文件 is not beside the names")
    left = min(first["x0"], second["x0"])
    near((left + wenjian["x1"]) / 2, LEFT + WIDTH / 2, "the joint mark's centre")
    number = find(lines, "绥发〔2016〕12号")
    if number:
        near(number["baseline"], second["baseline"] + 0.12 * second["size"] + 2 * PITCH_Y + (PITCH_Y - 16) / 2
             + 0.88 * 16, "the 发文字号 two blank lines below the mark")
        near((number["x0"] + number["x1"]) / 2, LEFT + WIDTH / 2, "the 发文字号 centred")
    check_rule(pdf, work, number)


def page_count(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, check=True).stdout.decode()
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def text_rows(pdf, page):
    """The characters of a page as rows by baseline, each sorted left to right: lists of dicts
    with c, x0, x1, baseline, size."""
    out = subprocess.run(["mutool", "draw", "-q", "-F", "stext", "-o", "-", pdf, str(page)],
                         capture_output=True, check=True)
    rows = {}
    for font in ET.fromstring(out.stdout.decode("utf-8")).iter("font"):
        for char in font.iter("char"):
            if char.get("c") == " ":
                continue
            quad = [float(v) for v in char.get("quad").split()]
            baseline = float(char.get("y"))
            rows.setdefault(round(baseline, 1), []).append(
                {"c": char.get("c"), "x0": quad[0], "x1": quad[2], "baseline": baseline,
                 "size": float(font.get("size")), "font": font.get("name")})
    return [sorted(row, key=lambda c: c["x0"]) for _, row in sorted(rows.items())]


def row_text(row):
    return "".join(c["c"] for c in row)


def line_top(row):
    """The top of the grid line a row of text is set in (its em box centred in the line)."""
    size = row[0]["size"]
    return row[0]["baseline"] - 0.88 * size - (PITCH_Y - size) / 2


def find_row(pages, predicate, what):
    """(page, index) of the one row whose text satisfies `predicate`."""
    found = [(p, i) for p, rows in enumerate(pages) for i, row in enumerate(rows) if predicate(row_text(row))]
    check(len(found) == 1, f"{what}: {len(found)} rows")
    return found[0] if len(found) == 1 else (None, None)


def x_of(row, text):
    """The left end of `text`'s first character in a row."""
    at = row_text(row).find(text)
    check(at >= 0, f"'{text}' not in '{row_text(row)}'")
    return row[at]["x0"] if at >= 0 else 0


ATTACHMENTS = ["绥棱县党建之冬活动基本情况统计表",
               "绥棱县“党建之冬”活动素质提升、堡垒建设、作风整治和冬令民心四项工程的主要指标"]
QUOTED = ATTACHMENTS[1].replace('"', '\\"')
def body_with(keys, attachments=2):
    """The body's [document] with more `keys` of [document], and its first `attachments`."""
    head, *parts = BODY.split("[[document.attachments]]")
    return head + keys + "".join("[[document.attachments]]" + part for part in parts[:attachments])


BODY = FULL.split("signers")[0] + f"""to = "中共绥化市委"
note = "此件公开发布"
[[document.attachments]]
title = "{ATTACHMENTS[0]}"
table = "profile"
[[document.attachments]]
title = "{QUOTED}。"
table = "suzhi"
"""


def body(binary, root, work):
    binary_of["path"] = binary
    pdf = masthead_document(root, work, "body", BODY)
    pages = [text_rows(pdf, page) for page in range(1, page_count(pdf) + 1)]
    # 主送: one blank line below the title's last line, flush left, the text on the next line.
    page, i = find_row(pages, lambda t: t.startswith("中共绥化市委"), "主送机关")
    if page is not None:
        rows = pages[page]
        check(row_text(rows[i]) == "中共绥化市委：", f"the 主送机关 reads '{row_text(rows[i])}'")
        near(rows[i][0]["x0"], LEFT, "the 主送机关 flush left")
        title = [row for row in rows[:i] if row[0]["size"] == 22]
        check(page == 0 and title, "the 主送机关 is not under the title on page 1")
        if title:
            near(line_top(rows[i]), line_top(title[-1]) + 2 * PITCH_Y, "the 主送机关 below the title")
        near(line_top(rows[i + 1]), line_top(rows[i]) + PITCH_Y, "the text after the 主送机关")
    # 附件说明: one blank line below the text, two characters in, the names one under the other.
    page, i = find_row(pages, lambda t: t.startswith("附件："), "附件说明")
    if page is None:
        return
    rows = pages[page]
    first, second = rows[i], rows[i + 1]
    near(first[0]["x0"], LEFT + 2 * PITCH_X, "附件： two characters in")
    check(row_text(first) == "附件：1." + ATTACHMENTS[0], f"the first attachment reads '{row_text(first)}'")
    if i > 0:
        near(line_top(first), line_top(rows[i - 1]) + 2 * PITCH_Y, "the 附件说明 below the text")
    check(row_text(second).startswith("2.绥棱县"), f"the second attachment reads '{row_text(second)}'")
    name_x = x_of(first, ATTACHMENTS[0][:2])
    near(x_of(second, "绥棱县"), name_x, "the second name under the first")
    near(x_of(second, "2."), x_of(first, "1."), "2. under 1.")
    third = rows[i + 2]
    near(third[0]["x0"], name_x, "the long name's next line under its first character")
    near(line_top(third), line_top(second) + PITCH_Y, "the long name's next line")
    check(ATTACHMENTS[1].endswith(row_text(third)), f"the long name ends '{row_text(third)}' (no mark)")
    signature = rows[i + 3]
    check(row_text(signature) == "中共绥棱县委", f"after the 附件说明: '{row_text(signature)}'")
    near(line_top(signature), line_top(third) + 2 * PITCH_Y, "the 落款 below the 附件说明")
    date, note = rows[i + 4], rows[i + 5]
    check(row_text(date) == "2016年11月21日", f"the 成文日期 reads '{row_text(date)}'")
    check(row_text(note) == "（此件公开发布）", f"the 附注 reads '{row_text(note)}'")
    near(note[0]["x0"], LEFT + 2 * PITCH_X, "the 附注 two characters in")
    near(line_top(note), line_top(date) + PITCH_Y, "the 附注 on the line below the 成文日期")
    for problem in pdf_checks.readers(pdf):
        check(False, f"the 公文's PDF: {problem}")
    case = subprocess.run([binary, "build", os.path.join(work, "body"), "-o", os.path.join(work, "body-case"),
                           "-q", "--format", "pdf", "--style", "case"], capture_output=True, env=ENV)
    check(case.returncode == 0, "the case style fails on a 公文")
    text = subprocess.run(["pdftotext", os.path.join(work, "body-case", "绥棱县党建之冬活动.pdf"), "-"],
                          capture_output=True).stdout.decode()
    check("绥化市委：" not in text and "此件公开发布" not in text and "附件：" not in text,
          "the case style shows the 主送, 附件说明 or 附注")


def page_numbers(pages):
    """The page number printed on each page ("— N —" read as N), or None."""
    found = []
    for rows in pages:
        numbers = [re.fullmatch(r"—(\d+)—", row_text(row)) for row in rows]
        numbers = [int(m.group(1)) for m in numbers if m]
        found.append(numbers[0] if len(numbers) == 1 else None)
    return found


def attachments(binary, root, work):
    binary_of["path"] = binary
    pdf = masthead_document(root, work, "attachments", BODY)
    pages = [text_rows(pdf, page) for page in range(1, page_count(pdf) + 1)]
    heading = [row for row in pages[0] if row_text(row) == "一、基本情况"] if pages else []
    signed = next((p for p, rows in enumerate(pages) if any(row_text(r) == "中共绥棱县委" for r in rows)), None)
    starts = []
    for number, title in enumerate(ATTACHMENTS, 1):
        page = next((p for p, rows in enumerate(pages) if rows and row_text(rows[0]) == f"附件{number}"), None)
        check(page is not None, f"no page starts with 附件{number}")
        if page is None:
            continue
        starts.append(page)
        label, title_rows = pages[page][0], pages[page][1:]
        check(signed is not None and page > signed, f"附件{number} is not after the 落款")
        near(label[0]["x0"], LEFT, f"附件{number} flush left")
        near(line_top(label), TOP, f"附件{number} on the first line")
        check(label[0]["size"] == 16, f"附件{number} is {label[0]['size']} pt, not 3号")
        if heading:
            check(label[0]["font"] == heading[0][0]["font"], f"附件{number} is not in 黑体")
        if title_rows:
            first = title_rows[0]
            check(first[0]["size"] == 22, f"附件{number}'s title is {first[0]['size']} pt")
            near(line_top(first), TOP + 2 * PITCH_Y, f"附件{number}'s title on the third line")
            if len(title_rows) > 1 and title_rows[1][0]["size"] != 22:
                near((first[0]["x0"] + first[-1]["x1"]) / 2, LEFT + WIDTH / 2, f"附件{number}'s title centred")
    check(starts == sorted(starts) and len(set(starts)) == len(starts), f"the 附件 pages {starts}")
    numbers = page_numbers(pages)
    check(numbers == list(range(1, len(pages) + 1)), f"page numbers {numbers}")
    outline = subprocess.run(["mutool", "show", pdf, "outline"], capture_output=True).stdout.decode()
    for number, title in enumerate(ATTACHMENTS, 1):
        check(f"附件{number}" in outline, f"the outline has no 附件{number}: {outline}")


IMPRINT_KEYS = """cc = ["中共绥化市委组织部", "绥化市人民政府办公室"]
printed_by = "中共绥棱县委办公室"
printed_on = 2016-11-21
"""


def page_stream(pdf, work, page):
    plain = os.path.join(work, "qdf.pdf")
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", pdf, plain], check=True)
    with open(plain, "rb") as f:
        data = f.read().decode("latin-1")
    return data.split(f"%% Contents for page {page}\n")[1].split("endstream")[0], data


def black_rules(stream):
    rules = re.findall(r"0 0 0 RG\n([\d.]+) w\n([\d.]+) ([\d.]+) m\n([\d.]+) ([\d.]+) l\nS", stream)
    # Across the text area in its last three lines (a table's rules end higher).
    return [(float(w), float(x0), PAGE_HEIGHT - float(y0), float(x1)) for w, x0, y0, x1, _ in rules
            if abs(float(x0) - LEFT) < TOLERANCE and abs(float(x1) - LEFT - WIDTH) < TOLERANCE
            and PAGE_HEIGHT - float(y0) > TOP + 19.5 * PITCH_Y]


def imprint(binary, root, work):
    binary_of["path"] = binary
    pdf = masthead_document(root, work, "imprint", body_with(IMPRINT_KEYS))
    count = page_count(pdf)
    last = text_rows(pdf, count)
    stream, _ = page_stream(pdf, work, count)
    rules = black_rules(stream)
    check(len(rules) == 3, f"{len(rules)} rules across the last page: {rules}")
    if len(rules) == 3:
        for (thickness, _, y, _), mm, row in zip(rules, (0.35, 0.25, 0.35), (20, 21, 22)):
            near(thickness, mm * MM, f"the rule at line {row}'s thickness")
            near(y, TOP + row * PITCH_Y, f"the rule at line {row}")
    cc = next((row for row in last if row_text(row).startswith("抄送：")), None)
    check(cc is not None, "no 抄送 line on the last page")
    if cc:
        check(row_text(cc) == "抄送：中共绥化市委组织部，绥化市人民政府办公室。", f"抄送 reads '{row_text(cc)}'")
        near(cc[0]["x0"], LEFT + 14, "抄送 one character in")
        near(line_top(cc), TOP + 20 * PITCH_Y, "抄送 on line 21")
        check(cc[0]["size"] == 14, f"抄送 is {cc[0]['size']} pt")
    printed = next((row for row in last if row_text(row).startswith("中共绥棱县委办公室")), None)
    check(printed is not None, "no 印发 line on the last page")
    if printed:
        check(row_text(printed) == "中共绥棱县委办公室2016年11月21日印发", f"印发 reads '{row_text(printed)}'")
        near(printed[0]["x0"], LEFT + 14, "印发机关 one character in")
        near(printed[-1]["x1"], LEFT + WIDTH - 14, "印发日期 one character in from the right")
        near(line_top(printed), TOP + 21 * PITCH_Y, "印发 on the last line")
        check(all(c["size"] == 14 for c in printed), "the 印发 line is not all 4号")
    check(page_numbers([last])[0] == count, "the 版记 page sharing its text has no number")
    for problem in pdf_checks.readers(pdf):
        check(False, f"the 公文's PDF: {problem}")
    own_page(root, work)


def own_page(root, work):
    """A 版记 too tall for the last page, once for each parity of the text's last page."""
    many = ", ".join(f'"绥棱县第{n}乡镇党委"' for n in range(1, 41))
    seen = set()
    for count in (0, 1):
        document = body_with(f"cc = [{many}]\n" + IMPRINT_KEYS.split("\n", 1)[1], count)
        pdf = masthead_document(root, work, f"own-page-{count}", document)
        pages = [text_rows(pdf, page) for page in range(1, page_count(pdf) + 1)]
        numbers = page_numbers(pages)
        last = len(pages) - 1
        check(len(pages) % 2 == 0, f"{count} attachments: the 版记 is on page {len(pages)}, a front")
        check(all(r[0]["size"] == 14 for r in pages[last]), f"{count} attachments: the 版记 shares its page")
        blank = not pages[last - 1]
        seen.add(blank)
        if blank:
            check(numbers[last] is None and numbers[last - 1] is None,
                  f"{count} attachments: a blank page before the 版记, numbers {numbers}")
        else:
            check(numbers[last] == last + 1, f"{count} attachments: the 版记 page's number {numbers}")
        check(numbers[:last - (1 if blank else 0)] == list(range(1, last + (0 if blank else 1))),
              f"{count} attachments: page numbers {numbers}")
    check(seen == {True, False}, f"blank pages before the 版记 in the two parities: {seen}")


def seal(binary, root, work):
    binary_of["path"] = binary
    pdf = masthead_document(root, work, "sealed", body_with('seal = "seal.png"\n'), before_build=lambda f: subprocess.run(
        [sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools", "seal_png.py"),
         os.path.join(f, "seal.png"), "240"], check=True))
    pages = [text_rows(pdf, page) for page in range(1, page_count(pdf) + 1)]
    page, i = find_row(pages, lambda t: t == "2016年11月21日", "成文日期")
    if page is None:
        return
    rows = pages[page]
    date, organization, above = rows[i], rows[i - 1], rows[i - 2]
    check(row_text(organization) == "中共绥棱县委", f"the 落款 reads '{row_text(organization)}'")
    stream, data = page_stream(pdf, work, page + 1)
    placed = re.findall(r"q\n/Seal gs\n([\d.]+) 0 0 ([\d.]+) ([\d.]+) ([\d.]+) cm\n/Im1 Do\nQ", stream)
    check(len(placed) == 1 and data.count(" Do\n") == 1, f"the seal drawn {len(placed)} times on its page")
    check("/SMask" in data, "the seal's transparent ground is lost (no soft mask)")
    check(re.search(r"/BM\s*/Multiply", data) is not None, "the seal hides the text under it (not multiplied)")
    near(date[-1]["x1"], LEFT + WIDTH - 4 * PITCH_X, "the 成文日期 four characters from the right")
    date_middle = (date[0]["x0"] + date[-1]["x1"]) / 2
    near((organization[0]["x0"] + organization[-1]["x1"]) / 2, date_middle, "the 署名 centred over the date")
    if placed:
        w, h, x, y = (float(v) for v in placed[0])
        top = PAGE_HEIGHT - y - h
        near(w, 42 * MM, "the seal's width")
        near(x + w / 2, date_middle, "the seal centred on the date")
        gap = top - (line_top(above) + PITCH_Y)
        check(0 <= gap <= PITCH_Y, f"the seal's top {gap / MM:.1f} mm below the text, not within a line")
        middle = top + h / 2
        check(line_top(organization) + PITCH_Y / 2 >= middle - TOLERANCE, "the 署名 is not below the seal's centre")
        check(line_top(date) + PITCH_Y / 2 <= top + h, "the date is not under the seal")
    for problem in pdf_checks.readers(pdf):
        check(False, f"the sealed PDF: {problem}")
    unsealed = masthead_document(root, work, "unsealed", BODY)
    with open(unsealed, "rb") as f:
        check(re.search(rb"/Subtype\s*/Image", f.read()) is None, "a seal drawn unasked")


COMPLETE_ORDER = ["中共绥棱县委文件", "绥发〔2016〕12号", "关于绥棱县", "中共绥化市委：", "一、基本情况",
                  "特此报告。", "附件：1.", "中共绥棱县委", "2016年11月21日", "（此件公开发布）", "附件1", "附件2",
                  "抄送：", "中共绥棱县委办公室2016年11月21日印发"]


def complete_build(binary, folder, out):
    shutil.rmtree(out, ignore_errors=True)
    done = subprocess.run([binary, "build", folder, "-o", out, "-q"], capture_output=True, env=ENV)
    check(done.returncode == 0, f"build {folder}: {done.stderr.decode(errors='replace')}")
    return os.path.join(out, "绥棱县党建之冬活动情况的报告.pdf")


def complete(binary, root, work):
    sample = os.path.join(root, "samples", "gongwen-report")
    joint_copy = os.path.join(work, "joint")
    shutil.rmtree(joint_copy, ignore_errors=True)
    shutil.copytree(sample, joint_copy)
    toml = os.path.join(joint_copy, "campaign.toml")
    with open(toml, encoding="utf-8") as f:
        text = f.read().replace('issuers = ["中共绥棱县委"]', 'issuers = ["中共绥棱县委", "绥棱县人民政府"]')
    with open(toml, "w", encoding="utf-8") as f:
        f.write(text)
    for name, folder in (("sample", sample), ("joint", joint_copy)):
        pdf = complete_build(binary, folder, os.path.join(work, name + "-out"))
        if not os.path.exists(pdf):
            continue
        order = COMPLETE_ORDER if name == "sample" else ["中共绥棱县委", "文件", "绥棱县人民政府"] + COMPLETE_ORDER[1:]
        rows = [row_text(row) for page in range(1, page_count(pdf) + 1) for row in text_rows(pdf, page)]
        at = 0
        for part in order:
            found = next((i for i in range(at, len(rows)) if rows[i].startswith(part)), None)
            check(found is not None, f"{name}: '{part}' not found after '{rows[at - 1] if at else ''}'")
            at = found + 1 if found is not None else at
        last = text_rows(pdf, page_count(pdf))
        check(any(row_text(r).startswith("抄送：") for r in last), f"{name}: the 版记 is not on the last page")
        with open(pdf, "rb") as f:
            first = f.read()
        check(re.search(rb"/Subtype\s*/Image", first) is not None, f"{name}: no seal")
        for problem in pdf_checks.readers(pdf):
            check(False, f"{name}: {problem}")
        with open(complete_build(binary, folder, os.path.join(work, name + "-again")), "rb") as f:
            check(f.read() == first, f"{name}: two builds differ")


def validate(binary, root, work):
    copy = with_document(os.path.join(root, SAMPLES[1]), os.path.join(work, "slips"),
                         '[document]\nnumber = "绥发[2024]3号"\nsigners = "张明"\n')
    out = subprocess.run([binary, "validate", copy], capture_output=True, env=ENV)
    stderr = out.stderr.decode(errors="replace") + out.stdout.decode(errors="replace")
    with open(os.path.join(copy, "campaign.toml"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    number_line = lines.index('number = "绥发[2024]3号"') + 1
    check(out.returncode == 1, f"validate exit {out.returncode}")
    check(f"campaign.toml:{number_line}:10:" in stderr and "六角括号" in stderr,
          f"no bracket diagnostic at line {number_line}: {stderr}")
    check(f"campaign.toml:{number_line + 1}:11:" in stderr and "发文字号" in stderr,
          f"no signer diagnostic at line {number_line + 1}: {stderr}")


def main():
    check_name, binary, root, work = sys.argv[1:5]
    os.makedirs(work, exist_ok=True)
    {"unchanged": unchanged, "masthead": masthead, "body": body, "attachments": attachments,
     "imprint": imprint, "seal": seal, "complete": complete, "validate": validate}[check_name](binary, root, work)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

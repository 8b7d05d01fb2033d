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


def masthead_document(root, work, name, document):
    folder = with_document(os.path.join(root, SAMPLES[1]), os.path.join(work, name), document)
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
    {"unchanged": unchanged, "masthead": masthead, "validate": validate}[check_name](binary, root, work)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""End-to-end checks of the finished PDF page, in both page styles, judged by outside readers.

Usage: check_page.py CHECK BINARY SOURCE_ROOT WORKDIR
  textlayer  both samples (and the example as a year-end report), case and gbt9704: the text of
             `pdftotext` and of `mutool convert -F text -O inhibit-spaces`, with only the line
             breaks (and the page-number lines) removed, holds every narrative paragraph character
             for character, in order: no space where the page shows the quarter-em gap before a
             figure (2016年11月21日, 4238平方公里), none inside a justified line
  edges      both samples and a campaign whose lines end in a wide mark at the grid's edge, both
             styles: every glyph `mutool trace` reports lies inside the text area horizontally,
             with its advance box (no hanging punctuation in gbt9704; see edges_of)
  closing    a campaign whose body grows a line at a time over the foot of a page, both styles:
             no page holds only closing lines (来源, 责编, 落款, 成文日期), and the page of the
             closing lines holds at least two lines of the body
  titles     a year-end report of 中共清源县委　清源县人民政府, both styles: the title's lines
             break between the organisations, never inside 人民政府 nor 清源县, and are balanced
  typefaces  gbt9704 sets the body in FandolFang (仿宋), level-1 headings in FandolHei (黑体),
             level-2 in FandolKai (楷体); the case style keeps Noto Serif CJK SC; `fonts --json`
             names each page style's body face
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check_report  # noqa: E402

SAMPLES = ["samples/suiling-dangjian-winter", "samples/example"]
STYLES = ["case", "gbt9704"]
PAGE_NUMBER = check_report.PAGE_NUMBER
MM = 72 / 25.4
# The text areas (x from, x to) in points: case 28 ems of 16 pt centred on A4; gbt9704 28 mm in,
# 156 mm wide.
AREA_X = {"case": ((595.276 - 448) / 2, (595.276 + 448) / 2), "gbt9704": (28 * MM, (28 + 156) * MM)}
problems = check_report.problems
check = check_report.check


def build(binary, campaign, outdir, style):
    path, manifest, out = check_report.run_build(binary, campaign, outdir, "--style", style)
    check(out.returncode == 0, f"build {campaign} --style {style} exit {out.returncode}: "
                               f"{out.stderr.decode(errors='replace')}")
    return path, manifest


def copy_campaign(root, sample, target, template=None):
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(os.path.join(root, sample), target)
    if template:
        path = os.path.join(target, "campaign.toml")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace("[report]\n", f'[report]\ntemplate = "{template}"\n', 1))
    return target


def write_campaign(folder, organization, narratives, template="case", title="清源县冬春农村人居环境整治行动"):
    """A small campaign of its own: one indicator, the given narratives (section -> text)."""
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(os.path.join(folder, "narrative"))
    with open(os.path.join(folder, "campaign.toml"), "w", encoding="utf-8") as f:
        f.write(f'[campaign]\nid = "page"\ntitle = "{title}"\norganization = "{organization}"\n'
                'region = "清源县"\nstart = 2024-01-01\nend = 2024-12-31\npublished = 2025-01-15\n'
                'source = "清源县委组织部"\neditors = ["秦华", "黄瑾"]\n\n'
                '[[program]]\nid = "a"\nname = "示范工程"\n\n'
                f'[report]\ntemplate = "{template}"\n')
    with open(os.path.join(folder, "indicators.csv"), "w", encoding="utf-8") as f:
        f.write("id,name,unit,program\nactions,专项行动,个,a\n")
    with open(os.path.join(folder, "records.csv"), "w", encoding="utf-8") as f:
        f.write("indicator,value\nactions,14\n")
    required = {"case": ["background", "program-a", "results"],
                "year-end": ["overview", "program-a", "lessons", "problems", "plans"]}[template]
    for name in required:
        narratives.setdefault(name, "各项工作稳步推进，取得了明显成效。\n")
    write_narratives(folder, narratives)
    return folder


def write_narratives(folder, narratives):
    for name, text in narratives.items():
        with open(os.path.join(folder, "narrative", name + ".md"), "w", encoding="utf-8") as f:
            f.write(text)


# --- the text layer ----------------------------------------------------------------------------

def joined(text):
    """An extractor's text with the page-number lines and the line (and page) breaks removed."""
    lines = [line for line in text.replace("\f", "\n").split("\n") if not PAGE_NUMBER.match(line)]
    return "".join(lines)


def extracted_texts(pdf, work):
    poppler = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, check=True)
    target = os.path.join(work, "mutool.txt")
    subprocess.run(["mutool", "convert", "-F", "text", "-O", "inhibit-spaces", "-o", target, pdf],
                   capture_output=True, check=True)
    with open(target, encoding="utf-8") as f:
        mupdf = f.read()
    return {"pdftotext": joined(poppler.stdout.decode("utf-8")), "mutool": joined(mupdf)}


def paragraph_patterns(campaign):
    """Each narrative paragraph as a pattern: its characters exactly, a list item's marker first,
    a filled placeholder as a run of non-space characters (the figure and its wording)."""
    patterns = []
    folder = os.path.join(campaign, "narrative")
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line in f.read().splitlines():
                # A list item is set after its marker (● in both styles), read with it.
                line = re.sub(r"^[-*]\s+", "●", line.strip()).replace("**", "")
                if not line or line.startswith("#"):
                    continue
                # As the narrative is filled: a typed space next to a Chinese character goes
                # (the layout sets its own gap), one between Latin words stays.
                line = re.sub(r" +(?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) +", "", line)
                line = re.sub(r" +", " ", line)
                parts = re.split(r"\{\{.*?\}\}", line)
                patterns.append((name, line, r"\S+?".join(re.escape(p) for p in parts)))
    return patterns


def text_layer_of(pdf, campaign, work, label):
    texts = extracted_texts(pdf, work)
    patterns = paragraph_patterns(campaign)
    for reader, text in texts.items():
        for name, line, pattern in patterns:
            if re.search(pattern, text) is None:
                # The longest start of the paragraph that is found shows where it goes wrong.
                prefix = line
                while prefix and "{{" not in prefix and text.find(prefix) < 0:
                    prefix = prefix[:-1]
                at = text.find(prefix) if prefix else -1
                seen = text[at:at + len(line) + 10] if at >= 0 else "(not found)"
                check(False, f"{label} {reader}: paragraph of {name} not found as written:\n"
                             f"  written: {line[:120]}\n  read:    {seen[:130]}")
        for gap in ("2016 年", "年 11 月", "4238 平方公里"):
            check(gap not in text, f"{label} {reader}: a gap came out as a space: {gap}")
    print(f"{label}: {len(patterns)} paragraphs read back exactly by {', '.join(texts)}")


def textlayer(binary, root, work):
    campaigns = [(s, os.path.join(root, s)) for s in SAMPLES]
    year_end = copy_campaign(root, "samples/example", os.path.join(work, "year-end"), "year-end")
    for unused in ("background", "results"):  # the case template's, not the year-end's
        os.remove(os.path.join(year_end, "narrative", unused + ".md"))
    write_narratives(year_end, {"overview": "清源县辖{{xiangzhen}}乡镇，2024年全县上下齐心协力。\n",
                                "lessons": "坚持问题导向，是整治取得成效的关键。\n",
                                "problems": "个别村庄长效机制还不健全。\n",
                                "plans": "下一步，巩固整治成果，建立长效管护机制。\n"})
    campaigns.append(("example year-end", year_end))
    figures = write_campaign(os.path.join(work, "figures"), "清源县委组织部",
                             {"background": "全县面积4238平方公里，2016年11月21日开展活动，覆盖12.5%的村。\n",
                              "results": "成效明显。\n"})
    campaigns.append(("figures", figures))
    for label, campaign in campaigns:
        for style in STYLES:
            pdf, _ = build(binary, campaign, os.path.join(work, "out", label.replace(" ", "-"), style), style)
            if not os.path.exists(pdf):
                continue
            text_layer_of(pdf, campaign, os.path.join(work, "out"), f"{label} ({style})")


# --- glyph boxes against the text area ---------------------------------------------------------

GLYPH = re.compile(r'<g unicode="([^"]*)" glyph="[^"]*" x="([-0-9.e]+)" y="([-0-9.e]+)" adv="([-0-9.e]+)"')
SPAN = re.compile(r'<span [^>]*trm="([-0-9.e]+) ')


def glyph_boxes(pdf):
    """(page, character, left, right) of every glyph drawn, from `mutool trace`."""
    out = subprocess.run(["mutool", "trace", pdf], capture_output=True, check=True).stdout.decode("utf-8")
    page, size, boxes = 0, 0.0, []
    for line in out.splitlines():
        if line.startswith("<page "):
            page += 1
        elif (span := SPAN.search(line)) is not None:
            size = float(span.group(1))
        elif (g := GLYPH.search(line)) is not None:
            x, advance = float(g.group(2)), float(g.group(4))
            boxes.append((page, g.group(1), x, x + advance * size))
    return boxes


# Marks whose ink sits in one half of their em box: compressed to half width at a line's end.
HALF_INK_MARKS = set("，。、；：？！”’）》」』")


def edges_of(pdf, style, label):
    """Every glyph's box (from its pen position, its advance as the font gives it) inside the
    text area. gbt9704 sets 16 pt characters on a 15.79 pt pitch (156 mm / 28): each box overlaps
    the next cell by 0.21 pt, so a full line's last box ends that much past the area (521.78 pt)
    and nothing may go further. The case style compresses a line-end mark to half width (its
    blank half past the edge, its ink inside): such a mark may end half an em past, no more."""
    left, right = AREA_X[style]
    overlap = 16 - 156 * MM / 28 if style == "gbt9704" else 0
    boxes = glyph_boxes(pdf)
    check(len(boxes) > 100, f"{label}: mutool trace shows only {len(boxes)} glyphs")
    worst = max((box[3] - right for box in boxes), default=0)
    for page, character, x0, x1 in boxes:
        allowed = right + overlap + 0.01
        if style == "case" and character in HALF_INK_MARKS:
            allowed += 8
        check(x0 >= left - 0.01, f"{label} page {page}: {character} starts at {x0:.2f}, left of the area {left:.2f}")
        check(x1 <= allowed, f"{label} page {page}: {character} ends at {x1:.2f}, past the area {right:.2f}")
    print(f"{label}: {len(boxes)} glyphs inside {left:.2f}..{right:.2f} (the furthest: {worst:+.2f})")


def edges(binary, root, work):
    # Lines that end in a wide mark where the grid is full: 26 characters after the 2-character
    # indent, then ；, and the same one to three characters earlier, with marks inside the lines.
    han = "党建基层组织服务群众工作提升干部队伍建设创新发展要看群众满意不满意"
    paragraphs = []
    for shift in range(4):
        body = (han * 2)[:26 - shift]
        paragraphs.append(body + "；" + "，".join(han[k:k + 5] for k in range(0, 30, 5)) + "。")
        paragraphs.append(body[:10] + "，" + body[10:] + "；" + han + "。")
    marks = write_campaign(os.path.join(work, "marks"), "清源县委组织部",
                           {"background": "\n\n".join(paragraphs) + "\n", "results": "成效明显。\n"})
    campaigns = [(s, os.path.join(root, s)) for s in SAMPLES] + [("edge marks", marks)]
    for label, campaign in campaigns:
        for style in STYLES:
            pdf, _ = build(binary, campaign, os.path.join(work, "out", label.replace(" ", "-"), style), style)
            if os.path.exists(pdf):
                edges_of(pdf, style, f"{label} ({style})")


# --- closing groups ----------------------------------------------------------------------------

def page_lines(pdf):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, check=True)
    pages = []
    for page in out.stdout.decode("utf-8").split("\f"):
        lines = [re.sub(r"\s+", "", line) for line in page.splitlines()]
        pages.append([line for line in lines if line and not PAGE_NUMBER.match(line)])
    while pages and not pages[-1]:
        pages.pop()
    return pages


def closing(binary, root, work):
    han = "党建基层组织服务群众工作提升干部队伍建设创新发展"
    closing_lines = {"来源：清源县委组织部", "（责编：秦华、黄瑾）", "清源县委组织部", "2025年1月15日"}
    checked = 0
    for style in STYLES:
        for length in range(300, 1300, 28):
            body = "".join(han[k % len(han)] for k in range(length)) + "。"
            campaign = write_campaign(os.path.join(work, "closing"), "清源县委组织部",
                                      {"background": "成效明显。\n", "results": body + "\n"})
            pdf, _ = build(binary, campaign, os.path.join(work, "out", style, str(length)), style)
            if not os.path.exists(pdf):
                continue
            pages = page_lines(pdf)
            label = f"{style}, {length} characters"
            for number, lines in enumerate(pages, 1):
                check(not set(lines) <= closing_lines, f"{label}: page {number} holds only closing lines: {lines}")
            last = pages[-1]
            body_lines = [line for line in last if line not in closing_lines and line[0] in han]
            check(len(body_lines) >= 2, f"{label}: the closing page holds {len(body_lines)} body lines: {last}")
            check("（责编：秦华、黄瑾）" in last, f"{label}: the editors' line is not on the last page: {last}")
            checked += 1
    print(f"{checked} reports: no page of closing lines alone")


# --- titles ------------------------------------------------------------------------------------

def title_lines(pdf):
    """The lines of page 1 set larger than the body, from mutool's structured text."""
    out = subprocess.run(["mutool", "draw", "-q", "-N", "-F", "stext", "-o", "-", pdf, "1"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    lines = []
    for line in re.findall(r"<line .*?</line>", out, re.S):
        sizes = [float(s) for s in re.findall(r'<font [^>]*size="([0-9.]+)"', line)]
        if sizes and max(sizes) > 20:
            characters = html.unescape("".join(re.findall(r'<char [^>]*c="([^"]*)"', line)))
            lines.append(re.sub(r"[\s\u3000]", "", characters))
    return lines


def titles(binary, root, work):
    organization = "中共清源县委　清源县人民政府"
    campaign = write_campaign(os.path.join(work, "year-end"), organization,
                              {"overview": "全县上下齐心协力。\n", "work": "各项工作稳步推进。\n"}, "year-end")
    for style in STYLES:
        pdf, _ = build(binary, campaign, os.path.join(work, "out", style), style)
        if not os.path.exists(pdf):
            continue
        lines = title_lines(pdf)  # spaces dropped: the breaks are what is judged
        label = f"year-end title ({style})"
        check("".join(lines) == "中共清源县委清源县人民政府2024年度工作总结", f"{label}: the title's lines are {lines}")
        check(len(lines) == 2, f"{label}: {len(lines)} lines: {lines}")
        for word in ("人民政府", "清源县", "中共清源县委", "清源县人民政府", "年度", "工作", "总结"):
            for a, b in zip(lines, lines[1:]):
                broken = any(a.endswith(word[:k]) and b.startswith(word[k:]) for k in range(1, len(word)))
                check(not broken, f"{label}: broken inside {word}: {a} / {b}")
        if len(lines) == 2:
            check(lines[0] == "中共清源县委清源县人民政府", f"{label}: the first line is {lines[0]}, not the two organisations")
        print(f"{label}: {' / '.join(lines)}")


# --- typefaces ---------------------------------------------------------------------------------

def pdf_fonts(pdf):
    out = subprocess.run(["pdffonts", pdf], capture_output=True, check=True).stdout.decode("utf-8")
    return [line.split()[0].split("+", 1)[-1] for line in out.splitlines()[2:] if line.strip()]


def typefaces(binary, root, work):
    campaign = os.path.join(root, SAMPLES[0])
    fonts = {}
    for style in STYLES:
        pdf, _ = build(binary, campaign, os.path.join(work, "out", style), style)
        fonts[style] = pdf_fonts(pdf) if os.path.exists(pdf) else []
        print(f"{style}: {', '.join(fonts[style])}")
    for face in ("FandolFang-Regular", "FandolHei-Regular", "FandolKai-Regular"):
        check(face in fonts["gbt9704"], f"gbt9704 does not embed {face}: {fonts['gbt9704']}")
    check(not any(f.startswith("Fandol") for f in fonts["case"]), f"the case style embeds Fandol faces: {fonts['case']}")
    check("NotoSerifCJKsc-Regular" in fonts["case"], f"the case body is not Noto Serif CJK SC: {fonts['case']}")
    out = subprocess.run([binary, "fonts", campaign, "--json", "--lang", "en"], capture_output=True)
    roles = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines() if line.startswith("{")]
    body = {r.get("page_style"): r for r in roles if r.get("kind") == "font-role" and r.get("role") == "body"}
    check(body.get("gbt9704", {}).get("family") == "FandolFang", f"fonts --json: gbt9704 body is {body.get('gbt9704')}")
    check(body.get("case", {}).get("family") == "Noto Serif CJK SC", f"fonts --json: case body is {body.get('case')}")


if __name__ == "__main__":
    sys.exit(check_report.run_check({"textlayer": textlayer, "edges": edges, "closing": closing,
                                     "titles": titles, "typefaces": typefaces}))

#!/usr/bin/env python3
"""End-to-end checks of the case report PDF, judged by outside readers.

Usage: check_report.py CHECK BINARY SOURCE_ROOT WORKDIR
  readers    seed report: pdffonts (embedded, subset, ToUnicode), qpdf --check, pdfcpu strict,
             mutool draw and pdftoppm with empty stderr, under 400 KB, two builds byte-identical,
             Info in Chinese, an outline entry for every section and program, page labels
  text       seed report: pdftotext, whitespace removed and page-number lines dropped, equals
             the expected text character for character (see expected_text below)
  breaking   the stress text (tests/linebreak/stress.md) set as the background narrative of a
             copy of the seed: `pdftotext -layout` shows no line starting with a mark forbidden at
             a line start or ending with one forbidden at a line end, and no split number or word
  ocr        seed report: Tesseract reads a body page as its text layer says (ratio >= 0.95)
  style      --style case gives the default's bytes; an unknown --style is refused, naming it,
             and no PDF is written

The expected text is built here from the sources, not from the program's Document: the case
structure of the issue (title, organisation, date, 【背景与起因】, 【做法与经过】 with one
"N、program" part per [[program]] in campaign.toml order, 【成效与启示】, source and editors),
the narrative files with Markdown marks removed (list items show the case style's ● marker),
and each placeholder replaced by the wording the published seed article gives for that figure
(seed_wording.tsv). A wrongly filled placeholder, a dropped, doubled or reordered line, or a
wrong text layer therefore fails the test.
"""
import os
import re
import shutil
import subprocess
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import ocr_check  # noqa: E402
import pdf_checks  # noqa: E402

SEED = "samples/suiling-dangjian-winter"
PAGE_NUMBER = re.compile(r"^\s*—\s*\d+\s*—\s*$")
# GB/T 15834 5.1 (TYPESETTING.md): never at a line start / never at a line end.
NOT_AT_START = set("。，、；：？！”’）〕】》〉」』—～·/／)]}…")
NOT_AT_END = set("“‘（〔【《〈「『/／([{")
WORD = re.compile(r"[0-9A-Za-z.%]")
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def run_build(binary, campaign, outdir, *options):
    """Builds the campaign's PDF; returns (the PDF's path, the manifest, the finished process)."""
    env = dict(os.environ, SOURCE_DATE_EPOCH="1479705780")
    out = subprocess.run([binary, "build", campaign, "-o", outdir, "--format", "pdf", "-q", *options],
                         capture_output=True, env=env)
    with open(os.path.join(campaign, "campaign.toml"), "rb") as f:
        manifest = tomllib.load(f)
    stem = manifest.get("report", {}).get("filename") or manifest["campaign"]["id"]
    return os.path.join(outdir, stem + ".pdf"), manifest, out


def build(binary, campaign, outdir):
    path, manifest, out = run_build(binary, campaign, outdir)
    check(out.returncode == 0, f"build {campaign} exit {out.returncode}: {out.stderr.decode(errors='replace')}")
    return path, manifest


def narrative(campaign, section, wording):
    path = os.path.join(campaign, "narrative", section + ".md")
    with open(path, encoding="utf-8") as f:
        text = f.read()

    def fill(match):
        key = match.group(1).strip()
        if key not in wording:
            problems.append(f"{path}: no seed wording for placeholder {{{{{key}}}}}")
            return ""
        return wording[key]

    lines = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        line = re.sub(r"^[-*]\s+", "●", line)
        lines.append(re.sub(r"\{\{(.*?)\}\}", fill, line.replace("**", "")))
    return "".join(lines)


def expected_text(campaign, manifest):
    wording = {}
    with open(os.path.join(HERE, "seed_wording.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                key, value = line.rstrip("\n").split("\t")
                wording[key] = value
    c = manifest["campaign"]
    published = c["published"]
    parts = [c["title"], c["organization"], f"{published.year}年{published.month}月{published.day}日"]
    parts += ["【背景与起因】", narrative(campaign, "background", wording)]
    parts += ["【做法与经过】", narrative(campaign, "approach", wording)]
    for number, program in enumerate(manifest["program"], 1):
        parts += [f"{number}、{program['name']}", narrative(campaign, "program-" + program["id"], wording)]
    parts += ["【成效与启示】", narrative(campaign, "results", wording)]
    parts += [f"来源：{c['source']}", f"（责编：{'、'.join(c['editors'])}）"]
    return re.sub(r"\s+", "", "".join(parts))


def printed_text(pdf):
    lines = [line for line in pdf_checks.text(pdf).splitlines() if not PAGE_NUMBER.match(line)]
    return re.sub(r"\s+", "", "".join(lines))


def first_difference(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return min(len(a), len(b))


def readers(binary, root, work):
    campaign = os.path.join(root, SEED)
    first, manifest = build(binary, campaign, os.path.join(work, "a"))
    second, _ = build(binary, campaign, os.path.join(work, "b"))
    if problems:
        return
    with open(first, "rb") as a, open(second, "rb") as b:
        data = a.read()
        check(data == b.read(), "two builds of the seed report differ")
    size = len(data)
    print(f"seed report: {size} bytes")
    check(size < 400 * 1024, f"seed report is {size} bytes, limit 400 KB")
    for problem in pdf_checks.readers(first):
        check(False, problem)
    info = subprocess.run(["pdfinfo", first], capture_output=True).stdout.decode("utf-8")
    check(re.search(r"^Title:\s+" + re.escape(manifest["campaign"]["title"]) + "$", info, re.M) is not None,
          f"Info /Title is not the campaign's title: {info}")
    check(re.search(r"^Author:\s+" + re.escape(manifest["campaign"]["organization"]) + "$", info, re.M) is not None,
          "Info /Author is not the organisation")
    outline = subprocess.run(["mutool", "show", first, "outline"], capture_output=True).stdout.decode("utf-8")
    titles = re.findall(r'"(.*?)"', outline)
    wanted = ["【背景与起因】", "【做法与经过】"] + [f"{n}、{p['name']}" for n, p in enumerate(manifest["program"], 1)]
    wanted.append("【成效与启示】")
    check(titles == wanted, f"outline is {titles}, expected {wanted}")
    program_entries = [line for line in outline.splitlines() if "、" in line]
    check(all(line.startswith(("|\t\t", "-\t\t", "+\t\t")) for line in program_entries),
          f"program entries are not under 【做法与经过】: {program_entries}")
    check(b"/PageLabels" in data, "no /PageLabels in the document catalog")


def text(binary, root, work):
    campaign = os.path.join(root, SEED)
    pdf, manifest = build(binary, campaign, os.path.join(work, "text"))
    if problems:
        return
    expected, printed = expected_text(campaign, manifest), printed_text(pdf)
    if printed != expected:
        i = first_difference(printed, expected)
        check(False, f"text differs at character {i}:\n printed  …{printed[max(0, i - 30):i + 40]}\n"
                     f" expected …{expected[max(0, i - 30):i + 40]}")


def breaking(binary, root, work):
    campaign = os.path.join(work, "stress-campaign")
    shutil.rmtree(campaign, ignore_errors=True)
    shutil.copytree(os.path.join(root, SEED), campaign)
    shutil.copy(os.path.join(root, "tests", "linebreak", "stress.md"), os.path.join(campaign, "narrative", "background.md"))
    pdf, _ = build(binary, campaign, os.path.join(work, "stress-out"))
    if problems:
        return
    layout = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, "-"], capture_output=True, check=True)
    lines = [line.strip() for line in layout.stdout.decode("utf-8").splitlines()]
    lines = [line for line in lines if line and not line.startswith("\f") and not PAGE_NUMBER.match(line)]
    lines = [line.lstrip("\f") for line in lines]
    check(any("𠮷" in line for line in lines), "the stress text's 𠮷 is not in the text layer")
    checked = 0
    for i, line in enumerate(lines):
        compact = re.sub(r"\s+", "", line)
        if not compact:
            continue
        checked += 1
        check(compact[0] not in NOT_AT_START, f"line starts with a forbidden mark: {line}")
        check(compact[-1] not in NOT_AT_END, f"line ends with a forbidden mark: {line}")
        if i + 1 < len(lines):
            following = re.sub(r"\s+", "", lines[i + 1])
            if following and WORD.match(compact[-1]) and WORD.match(following[0]):
                check(False, f"number or word split between lines:\n  {line}\n  {lines[i + 1]}")
            check(not (compact.endswith("—") and following.startswith("—")), f"—— split: {line}")
            check(not (compact.endswith("…") and following.startswith("…")), f"…… split: {line}")
    print(f"{checked} lines checked")
    check(checked > 100, f"only {checked} lines in the stress report")


def ocr(binary, root, work):
    pdf, _ = build(binary, os.path.join(root, SEED), os.path.join(work, "ocr"))
    if problems:
        return
    ratio, _, text_read = ocr_check.ocr_ratio(pdf, 2)
    print(f"OCR ratio of page 2: {ratio:.3f}")
    check(ratio >= 0.95, f"OCR of page 2 matches the text layer only {ratio:.3f}: {text_read[:200]}")


def style(binary, root, work):
    campaign = os.path.join(root, SEED)
    default, _ = build(binary, campaign, os.path.join(work, "default"))
    env = dict(os.environ, SOURCE_DATE_EPOCH="1479705780")
    chosen = os.path.join(work, "chosen")
    out = subprocess.run([binary, "build", campaign, "-o", chosen, "--format", "pdf", "--style", "case", "-q"],
                         capture_output=True, env=env)
    check(out.returncode == 0, f"--style case exit {out.returncode}")
    if problems:
        return
    with open(default, "rb") as a, open(os.path.join(chosen, os.path.basename(default)), "rb") as b:
        check(a.read() == b.read(), "--style case differs from the default style")
    for lang in ("zh", "en"):
        target = os.path.join(work, "unknown-" + lang)
        out = subprocess.run([binary, "--lang", lang, "build", campaign, "-o", target, "--format", "pdf",
                              "--style", "nosuch"], capture_output=True, env=env)
        said = (out.stdout + out.stderr).decode("utf-8", errors="replace")
        check(out.returncode != 0, f"--style nosuch ({lang}) exit status 0")
        check("nosuch" in said and "case" in said, f"--style nosuch ({lang}) said: {said}")
        written = [f for f in os.listdir(target) if f.endswith(".pdf")] if os.path.isdir(target) else []
        check(not written, f"--style nosuch wrote {written}")


def run_check(checks):
    """Runs the check named on the command line (CHECK BINARY SOURCE_ROOT WORKDIR) among
    `checks`; prints the problems; the exit status."""
    check_name, binary, root, work = sys.argv[1:5]
    os.makedirs(work, exist_ok=True)
    checks[check_name](binary, root, work)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def main():
    return run_check({"readers": readers, "text": text, "breaking": breaking, "ocr": ocr, "style": style})


if __name__ == "__main__":
    sys.exit(main())

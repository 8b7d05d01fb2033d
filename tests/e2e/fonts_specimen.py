#!/usr/bin/env python3
"""End-to-end checks of `campaign-report fonts DIR --specimen FILE.pdf`.

  fonts_specimen.py specimen BINARY CAMPAIGN WORKDIR [--fonts KIND] [--max-bytes N]
      Writes the specimen twice and judges it with outside readers: pdffonts (embedded, subset,
      ToUnicode), qpdf --check, mutool draw and pdftoppm (silent), pdfcpu's strict validator,
      pdftotext (every character of the campaign's texts and of the test line, 𠮷 included),
      Tesseract OCR of page 1 (the glyphs drawn are the right ones), byte-identical runs, size.
      --fonts KIND copies the campaign and gives every role one face of that kind through the
      campaign's own fonts/fonts.toml: ttf (LXGW WenKai), ttc (AR PL UKai CN), cff (Noto Serif CJK SC).
  fonts_specimen.py kill BINARY CAMPAIGN WORKDIR
      Kills specimen runs with SIGKILL at moments spread over a run's duration: the file under the
      final name is always the previous, complete one, and no stray file is left visible.
  fonts_specimen.py ocr_control BINARY CAMPAIGN WORKDIR
      The OCR check can fail: a copy of the specimen whose ToUnicode maps are rotated (right glyphs
      on the page, wrong text layer, as with the CFF pitfall the other way round) scores below 0.5,
      while pdftotext reads it without complaint.
  fonts_specimen.py listing BINARY CAMPAIGN WORKDIR
      The listing names each role's face with file, face index and origin; --json lines parse;
      an uncovered character is an error at its file, line and column, and no specimen is written.
"""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import tomllib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import ocr_check  # noqa: E402
import pdf_checks  # noqa: E402

TEST_LINE = "𠮷 Latin Text 0123456789 12.5%"
KINDS = {"ttf": "LXGW WenKai", "ttc": "AR PL UKai CN", "cff": "Noto Serif CJK SC"}
# The PostScript names pdffonts shows for those faces, after the subset tag.
POSTSCRIPT = {"ttf": "LXGWWenKai-Regular", "ttc": "UKaiCN", "cff": "NotoSerifCJKsc-Regular"}
ROLES = ["title", "heading", "subheading", "body", "table", "page_number"]
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1479705780")

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print(f"FAIL: {message}", file=sys.stderr)


def run_specimen(binary, campaign, target, *extra):
    return subprocess.run([binary, "fonts", campaign, "--specimen", target, *extra], capture_output=True, env=ENV)


def with_fonts(campaign, workdir, kind):
    """A copy of the campaign whose every role uses the face of `kind` (Noto Serif CJK SC
    supplies only what that face lacks, e.g. 𠮷 for AR PL UKai)."""
    copy = os.path.join(workdir, f"campaign-{kind}")
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(campaign, copy)
    os.makedirs(os.path.join(copy, "fonts"), exist_ok=True)
    chain = [KINDS[kind]] + ([] if kind == "cff" else [KINDS["cff"]])
    with open(os.path.join(copy, "fonts", "fonts.toml"), "w", encoding="utf-8") as out:
        for role in ROLES:
            out.write(f"[roles.{role}]\nfamilies = {json.dumps(chain, ensure_ascii=False)}\n\n")
    return copy


def printed_text(campaign):
    """The campaign's own words as the specimen must give them back: title, program names,
    narrative text without Markdown markup and {{placeholders}}."""
    with open(os.path.join(campaign, "campaign.toml"), "rb") as f:
        manifest = tomllib.load(f)
    words = [manifest["campaign"]["title"]] + [p["name"] for p in manifest.get("program", [])]
    folder = os.path.join(campaign, "narrative")
    for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        with open(os.path.join(folder, name), encoding="utf-8-sig") as f:
            body = re.sub(r"\{\{.*?\}\}", "", f.read())
        words.append(re.sub(r"[*#\-]", "", body))
    return "".join(words) + TEST_LINE


def specimen(binary, campaign, workdir, kind=None, max_bytes=None):
    os.makedirs(workdir, exist_ok=True)
    if kind:
        campaign = with_fonts(campaign, workdir, kind)
    first, second = os.path.join(workdir, "specimen-1.pdf"), os.path.join(workdir, "specimen-2.pdf")
    for target in (first, second):
        out = run_specimen(binary, campaign, target)
        check(out.returncode == 0, f"fonts --specimen exit {out.returncode}: {out.stderr.decode(errors='replace')}")
        if out.returncode != 0:
            return
    with open(first, "rb") as a, open(second, "rb") as b:
        check(a.read() == b.read(), "two runs give different bytes")
    for problem in pdf_checks.readers(first):
        check(False, problem)
    info = subprocess.run(["pdfinfo", "-isodates", first], capture_output=True).stdout.decode()
    with open(os.path.join(campaign, "campaign.toml"), "rb") as f:
        title = tomllib.load(f)["campaign"]["title"]
    check(f"Title:           字体样张：{title}\n" in info, f"Info /Title is not the Chinese title: {info}")
    # SOURCE_DATE_EPOCH 1479705780 is 2016-11-21 05:23 UTC, 13:23 China Standard Time.
    check("CreationDate:    2016-11-21T13:23:00+08\n" in info and "ModDate:         2016-11-21T13:23:00+08\n" in info,
          f"the dates are not SOURCE_DATE_EPOCH in China Standard Time: {info}")
    missing = pdf_checks.missing_characters(first, printed_text(campaign))
    check(not missing, f"pdftotext lacks {len(missing)} characters: {' '.join(missing[:40])}")
    check("𠮷" in pdf_checks.text(first), "pdftotext lacks 𠮷")
    if kind:
        fonts_listed = subprocess.run(["pdffonts", first], capture_output=True).stdout.decode()
        check(re.search(r"^[A-Z]{6}\+" + POSTSCRIPT[kind] + " ", fonts_listed, re.M) is not None,
              f"pdffonts does not list a subset of {KINDS[kind]}: {fonts_listed}")
    ratio, reference, ocr = ocr_check.ocr_ratio(first, 1)
    print(f"OCR ratio of page 1: {ratio:.3f}")
    check(ratio >= 0.95, f"OCR of page 1 matches the text layer only {ratio:.3f} (< 0.95): {ocr[:200]}")
    size = os.path.getsize(first)
    print(f"specimen size: {size} bytes")
    if max_bytes:
        check(size < max_bytes, f"specimen is {size} bytes, limit {max_bytes}")


def visible_files(folder):
    return sorted(f for f in os.listdir(folder) if not f.startswith("."))


def kill(binary, campaign, workdir):
    shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(workdir)
    target = os.path.join(workdir, "specimen.pdf")
    started = time.monotonic()
    out = run_specimen(binary, campaign, target)
    duration = time.monotonic() - started
    check(out.returncode == 0, f"reference run failed: {out.stderr.decode(errors='replace')}")
    with open(target, "rb") as f:
        previous = f.read()
    # A second name that has never existed: a killed run must not create it half-written.
    fresh = os.path.join(workdir, "fresh.pdf")
    for step in range(12):
        delay = duration * (step + 0.5) / 12
        for name in (target, fresh):
            process = subprocess.Popen([binary, "fonts", campaign, "--specimen", name], env=ENV,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            process.send_signal(signal.SIGKILL)
            process.wait()
        with open(target, "rb") as f:
            check(f.read() == previous, f"after SIGKILL at {delay:.3f} s the previous file changed")
        if os.path.exists(fresh):
            with open(fresh, "rb") as f:
                check(f.read() == previous, f"after SIGKILL at {delay:.3f} s {fresh} exists but is incomplete")
            os.remove(fresh)
        check(visible_files(workdir) == ["specimen.pdf"], f"stray files after SIGKILL: {visible_files(workdir)}")
    # Hidden leftovers (only where O_TMPFILE is missing) are removed by the next run.
    out = run_specimen(binary, campaign, target)
    check(out.returncode == 0, "run after the kills failed")
    check(os.listdir(workdir) == ["specimen.pdf"], f"leftovers after a clean run: {os.listdir(workdir)}")
    print(f"killed {2 * 12} runs over {duration:.2f} s")


def listing(binary, campaign, workdir):
    out = subprocess.run([binary, "fonts", campaign], capture_output=True, env=ENV)
    text = out.stdout.decode()
    check(out.returncode == 0, f"fonts exit {out.returncode}: {out.stderr.decode(errors='replace')}")
    check("正文（body）：Noto Serif CJK SC" in text, f"body face not listed: {text}")
    check("NotoSerifCJK-Regular.ttc，字体索引 2" in text, "the body's SC face index 2 is not named")
    check("仿宋" in text and "fonts/" in text, "no notice that a licensed 仿宋 gives the official look")
    out = subprocess.run([binary, "fonts", campaign, "--json", "--lang", "en"], capture_output=True, env=ENV)
    roles = [json.loads(line) for line in out.stdout.decode().splitlines() if line.strip()]
    roles = [r for r in roles if r.get("kind") == "font-role"]
    # Each page style lists every role; the case style sets the body in Noto Serif CJK SC, the
    # official-document style in 仿宋 (FandolFang).
    by_style = {style: [r for r in roles if r.get("page_style") == style] for style in ("case", "gbt9704")}
    check(len(roles) == 2 * len(ROLES), f"--json roles: {roles}")
    for style, listed in by_style.items():
        check([r["role"] for r in listed] == ROLES, f"--json roles of {style}: {listed}")
    body = next((r for r in by_style["case"] if r["role"] == "body"), {})
    check(body.get("index") == 2 and body.get("origin") == "system", f"--json body: {body}")
    official = next((r for r in by_style["gbt9704"] if r["role"] == "body"), {})
    check(official.get("family") == "FandolFang" and official.get("file", "").endswith("FandolFang-Regular.otf"),
          f"--json gbt9704 body: {official}")
    check("版式 gbt9704" in text and "正文（body）：FandolFang" in text, f"gbt9704 body not listed: {text}")

    broken = os.path.join(workdir, "uncovered")
    shutil.rmtree(broken, ignore_errors=True)
    shutil.copytree(campaign, broken)
    narrative = os.path.join(broken, "narrative")
    name = sorted(os.listdir(narrative))[0]
    with open(os.path.join(narrative, name), "a", encoding="utf-8") as f:
        f.write("\n\n生僻\U0010FFFD字\n")
    with open(os.path.join(narrative, name), encoding="utf-8") as f:
        line = f.read().split("\n").index("生僻\U0010FFFD字") + 1
    target = os.path.join(workdir, "uncovered.pdf")
    out = subprocess.run([binary, "fonts", broken, "--specimen", target], capture_output=True, env=ENV)
    errors = out.stderr.decode()
    check(out.returncode == 1, f"an uncovered character must fail the run (exit {out.returncode})")
    check(f"narrative/{name}:{line}:3:" in errors and "U+10FFFD" in errors,
          f"the uncovered character is not named at narrative/{name}:{line}:3: {errors}")
    check(not os.path.exists(target), "a specimen was written despite an uncovered character")


def rotate_to_unicode(source, target):
    """Writes `target`: `source` with each ToUnicode CMap's targets moved one entry along."""
    expanded = target + ".qdf"
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", source, expanded], check=True)
    with open(expanded, "rb") as f:
        data = f.read()

    def rotate(block):
        entries = re.findall(rb"<([0-9A-F]+)> <([0-9A-F]+)>", block.group(2))
        codes = [c for c, _ in entries]
        values = [v for _, v in entries]
        values = values[1:] + values[:1]
        body = b"".join(b"<%s> <%s>\n" % (c, v) for c, v in zip(codes, values))
        return block.group(1) + body + block.group(3)

    data = re.sub(rb"(\d+ beginbfchar\n)(.*?)(endbfchar)", rotate, data, flags=re.S)
    with open(expanded, "wb") as f:
        f.write(data)
    fixed = subprocess.run(["fix-qdf", expanded], check=True, capture_output=True).stdout
    with open(target, "wb") as f:
        f.write(fixed)
    os.remove(expanded)


def ocr_control(binary, campaign, workdir):
    os.makedirs(workdir, exist_ok=True)
    good, bad = os.path.join(workdir, "good.pdf"), os.path.join(workdir, "rotated.pdf")
    out = run_specimen(binary, campaign, good)
    check(out.returncode == 0, f"fonts --specimen failed: {out.stderr.decode(errors='replace')}")
    rotate_to_unicode(good, bad)
    check(pdf_checks.text(bad) != pdf_checks.text(good), "rotating the ToUnicode maps changed nothing")
    good_ratio = ocr_check.ocr_ratio(good, 1)[0]
    bad_ratio = ocr_check.ocr_ratio(bad, 1)[0]
    print(f"OCR ratio: right text layer {good_ratio:.3f}, rotated text layer {bad_ratio:.3f}")
    check(good_ratio >= 0.95, f"the unchanged specimen scores {good_ratio:.3f}")
    check(bad_ratio < 0.5, f"a wrong text layer still scores {bad_ratio:.3f}: the OCR check cannot fail")


def main():
    mode, binary = sys.argv[1], sys.argv[2]
    if mode == "specimen":
        args = sys.argv[3:]
        kind = args[args.index("--fonts") + 1] if "--fonts" in args else None
        max_bytes = int(args[args.index("--max-bytes") + 1]) if "--max-bytes" in args else None
        specimen(binary, args[0], args[1], kind, max_bytes)
    elif mode == "kill":
        kill(binary, sys.argv[3], sys.argv[4])
    elif mode == "ocr_control":
        ocr_control(binary, sys.argv[3], sys.argv[4])
    elif mode == "listing":
        listing(binary, sys.argv[3], sys.argv[4])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""The reproducers of the attack that are too large to keep in tests/corpus, or that need the
environment, a FIFO, a symbolic link or a umask: each is made here, run through the real binary,
and judged on its exit code, its diagnostics, its time and what it left on disk.

Usage: hardening.py BINARY CAMPAIGN_FOLDER RESOURCES_FOLDER
  CAMPAIGN_FOLDER  a valid campaign to start from (samples/example)
  RESOURCES_FOLDER the product's templates/ and fonts/ (the source tree)
"""
import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BINARY = SAMPLE = RESOURCES = None
failures = []


def run(*args, env=None, timeout=60, umask=None):
    started = time.monotonic()
    preexec = (lambda: os.umask(umask)) if umask is not None else None
    try:
        result = subprocess.run([BINARY, *map(str, args)], capture_output=True, timeout=timeout,
                                env={**os.environ, **(env or {})}, preexec_fn=preexec)
    except subprocess.TimeoutExpired:
        failures.append(f"{args[0]} {args[1:]} did not finish in {timeout} s (a hang)")
        return None, [], time.monotonic() - started
    lines = []
    for line in result.stdout.decode("utf-8").splitlines():
        try:
            lines.append(json.loads(line))
        except json.JSONDecodeError as error:
            failures.append(f"{args[0]}: not JSON ({error}): {line[:200]!r}")
    return result, lines, time.monotonic() - started


def codes(lines):
    return [(d["file"], d["code"]) for d in lines if d.get("kind") == "diagnostic" and d["severity"] == "error"]


def expect(name, outcome, exit_code, code=None, file=None, seconds=None):
    """Checks a run(): its exit code, an error `code` (at `file`), and that it took at most `seconds`."""
    result, lines, elapsed = outcome
    if result is None:
        return
    found = codes(lines)
    if result.returncode != exit_code:
        failures.append(f"{name}: exit {result.returncode}, expected {exit_code}; errors {found}; "
                        f"stderr {result.stderr[-500:]!r}")
    if code and not any(c == code and (file is None or f == file) for f, c in found):
        failures.append(f"{name}: no {code} error{' at ' + file if file else ''}; errors {found}")
    if seconds is not None and elapsed > seconds:
        failures.append(f"{name}: took {elapsed:.1f} s, more than {seconds} s")


def campaign(work, name):
    folder = work / name
    shutil.copytree(SAMPLE, folder, symlinks=True)
    return folder


def validate(folder, **kw):
    return run("validate", folder, "--json", "--lang", "en", "--resources", RESOURCES, **kw)


def replace_in(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def toml_key(folder, key):
    """The line of `key = ` in campaign.toml, for editing."""
    for line in (folder / "campaign.toml").read_text(encoding="utf-8").splitlines():
        if line.startswith(key + " ="):
            return line
    raise SystemExit(f"no {key} in campaign.toml")


def c1_fonts_and_template(work):
    folder = campaign(work, "c1-fonts")
    (folder / "fonts").mkdir(exist_ok=True)
    (folder / "fonts" / "fonts.toml").write_text("[" + ".".join(["k"] * 50000) + "]\n", encoding="utf-8")
    expect("C1 fonts.toml", validate(folder), 1, "toml-too-deep", "fonts/fonts.toml")
    resources = work / "resources-deep"
    shutil.copytree(RESOURCES / "templates", resources / "templates")
    shutil.copytree(RESOURCES / "fonts", resources / "fonts")
    (resources / "templates" / "case.toml").write_text("x = " + "[" * 50000 + "\n", encoding="utf-8")
    result = run("validate", campaign(work, "c1-template"), "--json", "--lang", "en", "--resources", resources)
    expect("C1 template", result, 1, "toml-too-deep", "templates/case.toml")


def c2_source_date(work):
    folder = campaign(work, "c2")
    for value in ("9223372036854775807", "253402300800", "-1"):
        out = work / f"c2-out-{value}"
        result = run("build", folder, "-o", out, "--json", "--lang", "en", "--resources", RESOURCES,
                     env={"SOURCE_DATE_EPOCH": value})
        expect(f"C2 SOURCE_DATE_EPOCH={value}", result, 2, "source-date-out-of-range")
        if out.exists() and any(out.iterdir()):
            failures.append(f"C2 {value}: wrote {sorted(p.name for p in out.iterdir())}")


def c3_deep_units(work):
    folder = campaign(work, "c3")
    lines = (folder / "units.csv").read_text(encoding="utf-8").splitlines()
    chain = [f"c{i},第{i}级,村,{'c' + str(i - 1) if i else ''}" for i in range(50000)]
    (folder / "units.csv").write_text("\n".join(lines + chain) + "\n", encoding="utf-8")
    expect("C3 validate", validate(folder), 1, "unit-tree-too-deep", "units.csv", seconds=20)
    result, lines_out, elapsed = run("fonts", folder, "--json", "--lang", "en", "--resources", RESOURCES)
    if result is not None and result.returncode not in (0, 1):
        failures.append(f"C3 fonts: exit {result.returncode} {result.stderr[-300:]!r}")
    if elapsed > 20:
        failures.append(f"C3 fonts took {elapsed:.1f} s")


def h1_far_year(work):
    folder = campaign(work, "h1")
    with open(folder / "records.csv", "a", encoding="utf-8") as f:
        f.write("gaice,xihe-shangzhuang,2199-12,95,,\n")  # 175 years after the campaign
    out = work / "h1-out"
    outcome = run("build", folder, "-o", out, "--json", "--lang", "en", "--resources", RESOURCES,
                  "--format", "xlsx", timeout=120)
    expect("H1 a record in 2199", outcome, 0, seconds=60)


def h2_long_text(work):
    folder = campaign(work, "h2-paragraph")
    narrative = sorted((folder / "narrative").glob("*.md"))[0]
    narrative.write_text("这是一个很长的段落。" * 80000 + "\n", encoding="utf-8")
    expect("H2 paragraph", validate(folder), 1, "paragraph-too-long", seconds=20)
    # A title past an Excel cell (100,000 characters), and one merely far too long for a cover.
    for characters, code in ((100000, "bad-text"), (500, "bad-value")):
        folder = campaign(work, f"h2-title-{characters}")
        title = toml_key(folder, "title")
        replace_in(folder / "campaign.toml", title, 'title = "' + "标" * characters + '"')
        expect(f"H2 title of {characters}", validate(folder), 1, code, "campaign.toml", seconds=20)


def h3_duplicates(work):
    folder = campaign(work, "h3")
    records = (folder / "records.csv").read_text(encoding="utf-8").splitlines()
    header, first = records[0], records[1].split(",")
    row = ",".join([first[0], "", ""] + first[3:])
    (folder / "records.csv").write_text("\n".join([header] + [row] * 100000) + "\n", encoding="utf-8")
    outcome = validate(folder, timeout=120)
    expect("H3", outcome, 1, "duplicate-record", seconds=30)
    lines = outcome[1]
    count = sum(1 for d in lines if d.get("code") == "duplicate-record")
    if count != 1:
        failures.append(f"H3: {count} duplicate-record diagnostics for one cause, expected 1")


def w3_long_value(work):
    folder = campaign(work, "w3")
    records = (folder / "records.csv").read_text(encoding="utf-8").splitlines()
    first = records[1].split(",")
    bad = ",".join(first[:3] + ["9" * 30000] + first[4:])
    (folder / "records.csv").write_text("\n".join(records + [bad]) + "\n", encoding="utf-8")
    outcome = validate(folder)
    expect("W3 long value", outcome, 1)
    lines = outcome[1]
    longest = max((len(d["message"]) for d in lines if d.get("kind") == "diagnostic"), default=0)
    if longest > 1000:
        failures.append(f"W3: a message of {longest} characters quotes the bad value whole")


def s1_fonts_outside(work):
    outside = work / "outside-fonts"
    outside.mkdir()
    (outside / "fonts.toml").write_text('[roles.body]\nfamilies = ["SECRET-VALUE"]\n', encoding="utf-8")
    folder = campaign(work, "s1-link")
    shutil.rmtree(folder / "fonts", ignore_errors=True)
    os.symlink(outside, folder / "fonts")
    outcome = validate(folder)
    expect("S1 fonts symlink", outcome, 1, "path-outside-folder", "fonts")
    result = outcome[0]
    if result is not None and b"SECRET-VALUE" in result.stdout + result.stderr:
        failures.append("S1: a value of a fonts.toml outside the campaign was read")
    folder = campaign(work, "s1-zero")
    (folder / "fonts").mkdir(exist_ok=True)
    os.symlink("/dev/zero", folder / "fonts" / "fonts.toml")
    expect("S1 fonts.toml -> /dev/zero", validate(folder, timeout=30), 1, "path-outside-folder",
           "fonts/fonts.toml")
    folder = campaign(work, "s1-fifo")
    (folder / "fonts").mkdir(exist_ok=True)
    os.mkfifo(folder / "fonts" / "fonts.toml")
    expect("S1 fonts.toml FIFO", validate(folder, timeout=30), 1, "not-a-file", "fonts/fonts.toml")


def s1_font_files(work):
    """A font file in fonts/ that links out of the campaign, that is /dev/zero, or that is a FIFO:
    validate and build each refuse it by its name, at once, and build writes nothing."""
    outside = work / "outside-licensed.ttf"  # a real font of the system, as an office's licensed one
    system_font = subprocess.run(["fc-match", "-f", "%{file}", "LXGW WenKai"], capture_output=True, text=True).stdout
    shutil.copyfile(system_font, outside)
    makers = {
        "link": (lambda path: os.symlink(outside, path), "path-outside-folder"),
        "zero": (lambda path: os.symlink("/dev/zero", path), "path-outside-folder"),
        "fifo": (lambda path: os.mkfifo(path), "not-a-file"),
    }
    for name, (make, code) in makers.items():
        folder = campaign(work, f"s1-font-{name}")
        (folder / "fonts").mkdir(exist_ok=True)
        make(folder / "fonts" / f"{name}.ttf")
        expect(f"S1 fonts/{name}.ttf validate", validate(folder, timeout=30), 1, code, f"fonts/{name}.ttf",
               seconds=20)
        out = work / f"s1-font-{name}-out"
        result = run("build", folder, "-o", out, "--json", "--lang", "en", "--resources", RESOURCES, timeout=30)
        expect(f"S1 fonts/{name}.ttf build", result, 1, code, f"fonts/{name}.ttf", seconds=20)
        if out.exists() and any(out.iterdir()):
            failures.append(f"S1 fonts/{name}.ttf: build wrote {sorted(p.name for p in out.iterdir())}")


def set_report_key(folder, line):
    """Puts `line` into campaign.toml's [report] table, adding the table when there is none."""
    text = (folder / "campaign.toml").read_text(encoding="utf-8")
    if "\n[report]\n" in text:
        text = text.replace("\n[report]\n", "\n[report]\n" + line + "\n", 1)
    else:
        text += "\n[report]\n" + line + "\n"
    (folder / "campaign.toml").write_text(text, encoding="utf-8")


def s2_template_fifo(work):
    resources = work / "resources-fifo"
    shutil.copytree(RESOURCES / "templates", resources / "templates")
    shutil.copytree(RESOURCES / "fonts", resources / "fonts")
    os.mkfifo(resources / "templates" / "fifo.toml")
    folder = campaign(work, "s2")
    set_report_key(folder, 'template = "fifo"')
    result = run("validate", folder, "--json", "--lang", "en", "--resources", resources, timeout=30)
    expect("S2 template FIFO", result, 1, "unknown-template")


def s3_terminal(work):
    folder = campaign(work, "s3")
    records = (folder / "records.csv").read_text(encoding="utf-8").splitlines()
    first = records[1].split(",")
    (folder / "records.csv").write_text(
        "\n".join(records + [",".join([first[0], "\u202eevil\u2066", *first[2:]])]) + "\n", encoding="utf-8")
    result, _, _ = run("validate", folder, "--lang", "en", "--resources", RESOURCES)
    text = result.stderr.decode("utf-8") if result else ""
    if "\u202e" in text or "\u2066" in text or "<U+202E>" not in text:
        failures.append(f"S3: a bidirectional override reached the terminal raw: {text[-300:]!r}")


def s4_umask_and_output_lines(work):
    folder = campaign(work, "s4")
    out = work / "s4-out"
    outcome = run("build", folder, "-o", out, "--json", "--lang", "en", "--resources", RESOURCES,
                  umask=0o077, timeout=300)
    expect("S4 build", outcome, 0)
    lines = outcome[1]
    outputs = [line for line in lines if line.get("kind") == "output"]
    if sorted(o["format"] for o in outputs) != ["pdf", "xlsx"]:
        failures.append(f"build --json: output lines {outputs}")
    for o in outputs:
        path = Path(o["path"])
        if set(o) != {"kind", "unit", "format", "path", "sha256"} or o["unit"] is not None:
            failures.append(f"build --json: output line {o}")
        if not path.exists():
            failures.append(f"build --json names {path}, which does not exist")
            continue
        if hashlib.sha256(path.read_bytes()).hexdigest() != o["sha256"]:
            failures.append(f"build --json: the sha256 of {path} is wrong")
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode != 0o600:
            failures.append(f"S4: {path.name} has mode {oct(mode)} under umask 077")


def json_with_invalid_bytes(work):
    """Bytes that are not UTF-8 in a folder name, a file name and a table reach every command's
    --json output; run() parses every line it prints."""
    bad = Path(os.fsdecode(os.fsencode(str(work)) + b"/bad\xff\xfename"))
    shutil.copytree(SAMPLE, bad)
    (bad / "narrative" / os.fsdecode(b"note\xff.txt")).write_bytes(b"x")
    with open(bad / "records.csv", "ab") as f:
        f.write(b"x\xff\xfe,unit\xc3,2015,1,,\n")
    for command in ("validate", "summary", "fonts"):
        run(command, bad, "--json", "--lang", "en", "--resources", RESOURCES)
    run("build", bad, "-o", work / "json-out", "--json", "--lang", "en", "--resources", RESOURCES)
    run("validate", Path(os.fsdecode(os.fsencode(str(work)) + b"/missing\xff")), "--json")


def main():
    global BINARY, SAMPLE, RESOURCES
    BINARY, SAMPLE, RESOURCES = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        for check in (c1_fonts_and_template, c2_source_date, c3_deep_units, h1_far_year, h2_long_text,
                      h3_duplicates, w3_long_value, s1_fonts_outside, s1_font_files, s2_template_fifo, s3_terminal,
                      s4_umask_and_output_lines, json_with_invalid_bytes):
            before = len(failures)
            check(work)
            print(f"{check.__name__}: {'ok' if len(failures) == before else 'FAILED'}")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

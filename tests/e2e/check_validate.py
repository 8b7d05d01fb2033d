"""Runs `campaign-report validate` on one corpus case and compares what it reports with the
case's expect.txt: the exit code, and exactly the expected diagnostics (severity, file, line,
column, code), both as JSON lines and as human `FILE:LINE:COLUMN: 错误:` lines.

expect.txt lines:  exit N | strict-exit N | SEVERITY FILE LINE COLUMN CODE | record ... (ignored
here; the unit tests check loaded values) | stage report (found when the report is set, not by
the loader: the unit tests skip the case) | # comment.  FILE "-" means no file.

Usage: check_validate.py BINARY CASE_FOLDER
       check_validate.py BINARY CAMPAIGN_FOLDER --clean   (exit 0 and no diagnostic at all,
                                                           --strict included)
"""
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path


def read_expectations(case):
    exit_code, strict_exit, diagnostics = None, None, []
    for raw in (case / "expect.txt").read_text(encoding="utf-8").splitlines():
        parts = raw.split()
        if not parts or parts[0].startswith("#") or parts[0] in ("record", "stage"):
            continue
        if parts[0] == "exit":
            exit_code = int(parts[1])
        elif parts[0] == "strict-exit":
            strict_exit = int(parts[1])
        elif parts[0] in ("error", "warning") and len(parts) == 5:
            severity, file, line, column, code = parts
            diagnostics.append((severity, "" if file == "-" else file, int(line), int(column), code))
        else:
            raise SystemExit(f"{case}/expect.txt: cannot read line: {raw!r}")
    if exit_code is None:
        raise SystemExit(f"{case}/expect.txt: no exit line")
    return exit_code, strict_exit, diagnostics


def run(binary, folder, *extra):
    return subprocess.run([binary, "validate", str(folder), *extra], capture_output=True, timeout=120)


def json_diagnostics(stdout, failures):
    found = []
    for number, line in enumerate(stdout.decode("utf-8").splitlines(), 1):
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            failures.append(f"stdout line {number} is not JSON ({error}): {line!r}")
            continue
        if "kind" not in item:
            failures.append(f"stdout line {number} has no kind: {line!r}")
        if item.get("kind") == "diagnostic":
            # A whole file (or line) has no line (or column): null, never 0.
            if item["line"] == 0 or item["column"] == 0 or (item["line"] is None and item["column"] is not None):
                failures.append(f"a missing line or column must be null: {line!r}")
            found.append((item["severity"], item["file"], item["line"] or 0, item["column"] or 0, item["code"]))
            if not item.get("message"):
                failures.append(f"diagnostic without a message: {line!r}")
    return found


def human_prefix(severity, file, line, column):
    word = "错误" if severity == "error" else "警告"
    place = file
    if line > 0:
        place += f":{line}"
        if column > 0:
            place += f":{column}"
    return f"{place}: {word}: " if place else f"{word}: "


def main():
    binary, case = sys.argv[1], Path(sys.argv[2])
    if sys.argv[3:] == ["--clean"]:
        expected_exit, strict_exit, expected, folder = 0, 0, [], case
    else:
        expected_exit, strict_exit, expected = read_expectations(case)
        folder = case / "campaign"
    failures = []

    result = run(binary, folder, "--json", "--lang", "en")
    if result.returncode != expected_exit:
        failures.append(f"--json exit code {result.returncode}, expected {expected_exit}")
    found = json_diagnostics(result.stdout, failures)
    if Counter(found) != Counter(expected):
        failures.append(f"diagnostics differ:\n  expected {sorted(expected)}\n  found    {sorted(found)}")

    human = run(binary, folder)
    if human.returncode != expected_exit:
        failures.append(f"human exit code {human.returncode}, expected {expected_exit}")
    if human.stdout:
        failures.append(f"human mode wrote to stdout: {human.stdout[:200]!r}")
    stderr_text = human.stderr.decode("utf-8")
    stderr_lines = stderr_text.splitlines()
    # Nothing of the data reaches the terminal as a control or reordering character.
    hidden = [c for c in stderr_text if (ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F
              or 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069]
    if hidden:
        failures.append(f"stderr holds control characters {hidden!r}")
    for d in expected:
        prefix = human_prefix(*d[:4])
        if not any(line.startswith(prefix) for line in stderr_lines):
            failures.append(f"no stderr line starts with {prefix!r}:\n  " + "\n  ".join(stderr_lines))

    if strict_exit is not None:
        strict = run(binary, folder, "--strict")
        if strict.returncode != strict_exit:
            failures.append(f"--strict exit code {strict.returncode}, expected {strict_exit}")

    if failures:
        print(f"{case.name}:\n" + "\n".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

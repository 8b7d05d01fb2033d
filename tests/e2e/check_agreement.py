"""Runs `campaign-report validate` and `campaign-report build` on one broken corpus case and
checks that they agree: whatever build refuses for the data, validate refuses first, with the
same errors (severity, place, code and message) and the same exit code; and build writes no PDF.

Usage: check_agreement.py BINARY CASE_FOLDER
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def diagnostics(stdout, failures, command):
    found = []
    for number, line in enumerate(stdout.decode("utf-8").splitlines(), 1):
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            failures.append(f"{command}: stdout line {number} is not JSON ({error}): {line!r}")
            continue
        if item.get("kind") == "diagnostic":
            found.append((item["severity"], item["file"], item["line"], item["column"], item["code"],
                          item["message"]))
    return sorted(found, key=repr)


def main():
    binary, case = sys.argv[1], Path(sys.argv[2])
    folder = case / "campaign"
    failures = []
    with tempfile.TemporaryDirectory() as out:
        validate = subprocess.run([binary, "validate", str(folder), "--json", "--lang", "en"],
                                  capture_output=True, timeout=300)
        build = subprocess.run([binary, "build", str(folder), "-o", out, "--json", "--lang", "en"],
                               capture_output=True, timeout=300)
        written = sorted(p.name for p in Path(out).iterdir())
    if validate.returncode == 0:
        failures.append("validate passed a broken case")
    if validate.returncode != build.returncode:
        failures.append(f"exit codes differ: validate {validate.returncode}, build {build.returncode}")
    said_validate = diagnostics(validate.stdout, failures, "validate")
    said_build = diagnostics(build.stdout, failures, "build")
    errors_of = lambda found: [d for d in found if d[0] == "error"]
    if errors_of(said_validate) != errors_of(said_build):
        failures.append("errors differ:\n  validate " + "\n           ".join(map(repr, errors_of(said_validate)))
                        + "\n  build    " + "\n           ".join(map(repr, errors_of(said_build))))
    # A broken campaign never gets a PDF (and, all or nothing per report, no workbook either).
    if any(name.endswith(".pdf") for name in written):
        failures.append(f"build wrote {written} for a broken campaign")
    if failures:
        print(f"{case.name}:\n" + "\n".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

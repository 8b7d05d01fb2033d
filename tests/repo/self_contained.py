#!/usr/bin/env python3
"""The test suite and the scripts need nothing outside the repository.

  self_contained.py SOURCE_ROOT

Fails when a file under tests/, scripts/, cmake/, .ci/ or a CMakeLists.txt refers to a folder
beside the checkout (a `shared` folder one level up, as a developer's machine may have) or to a
file of another checkout. A user's clone, or a mirror's CI, has nothing beside it.
Before scanning, it proves on a planted file that it finds such a reference.
"""
import os
import re
import sys
import tempfile

WHERE = ("tests", "scripts", "cmake", ".ci")
# Written in parts so that this file does not match itself.
OUTSIDE = re.compile("|".join([
    r"\.\./+" + "shared" + r"\b",                      # the folder beside the checkout
    r"\b" + "shared" + r"/(tools|design|seeds|hooks)\b",  # a path into such a folder
    r"['\"]\.\.['\"]\s*,\s*['\"]" + "shared" + r"['\"]",     # the same, joined from parts
    r"\.\./+(\.\./+)+[A-Za-z]",                        # two levels up: past the checkout's parent
]))
SKIP_DIRS = {"__pycache__", "node_modules", ".git"}
SKIP_SUFFIXES = (".png", ".pdf", ".xlsx", ".xls", ".ttf", ".otf", ".ttc", ".zip", ".gz")


def files(root):
    for top in WHERE:
        for folder, dirs, names in os.walk(os.path.join(root, top)):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
            for name in sorted(names):
                if not name.endswith(SKIP_SUFFIXES):
                    yield os.path.join(folder, name)
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("build"))
        if "CMakeLists.txt" in names:
            yield os.path.join(folder, "CMakeLists.txt")


def findings(root):
    found = []
    for path in files(root):
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                for number, line in enumerate(f, 1):
                    if OUTSIDE.search(line):
                        found.append(f"{os.path.relpath(path, root)}:{number}: {line.strip()}")
        except OSError as e:
            found.append(f"{path}: unreadable: {e}")
    return found


def scanner_finds_a_planted_reference():
    with tempfile.TemporaryDirectory() as root:
        os.makedirs(os.path.join(root, "tests"))
        with open(os.path.join(root, "tests", "planted.py"), "w") as f:
            f.write("tool = os.path.join(root, '..', 'x')\n")
            f.write("tool = root + '/.." + "/shared" + "/tools/run'\n")
            f.write("tool = os.path.join(root, '..', '" + "shared" + "', 'run')\n")
        return len(findings(root)) == 2


def main():
    if not scanner_finds_a_planted_reference():
        print("FAIL: the scan does not find a planted reference outside the checkout")
        return 1
    found = findings(os.path.abspath(sys.argv[1]))
    for line in found:
        print(f"FAIL: refers outside the repository: {line}")
    if not found:
        print("no file under tests/, scripts/, cmake/, .ci/ refers outside the repository")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

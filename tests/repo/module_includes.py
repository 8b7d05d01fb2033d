#!/usr/bin/env python3
"""Every module includes only the headers of the modules its CMake target declares.

  module_includes.py SOURCE_ROOT

A module is a `cr_module(NAME PUBLIC ... PRIVATE ...)` call in a CMakeLists.txt under src/; its
folder is that file's folder, and its headers are included by their path from src/
("font/face.hpp", "input/workbook/workbook.hpp"). A header the build makes, such as
"build_info.hpp", belongs to the INTERFACE target of that name (cr_build_info).

Fails when, in a module's folder (or in tests/unit/NAME, which may use what module NAME may use):
- a file includes a header of a module its target does not declare;
- a header (.hpp) includes a module the target declares PRIVATE (a user of the header needs it);
- a file includes a header by a relative path, or by a path that names no module;
- the target declares a module no file of it includes, or declares PUBLIC a module that only its
  .cpp files include.
Before scanning, it proves on a planted tree that it finds each of these.
"""
import os
import re
import sys
import tempfile

CALL = re.compile(r"^\s*cr_module\(([^)]*)\)", re.MULTILINE)
INTERFACE = re.compile(r"^\s*add_library\(cr_(\w+)\s+INTERFACE\)", re.MULTILINE)
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.MULTILINE)
SOURCE_SUFFIXES = (".cpp", ".hpp")


class Module:
    def __init__(self, name, folder, public, private):
        self.name, self.folder = name, folder  # folder: path from src/, "" for a built header's target
        self.public, self.private = public, private


def without_comments(cmake):
    return "\n".join(line.split("#", 1)[0] for line in cmake.splitlines())


def parse_call(arguments, folder):
    words = arguments.split()
    lists = {"PUBLIC": set(), "PRIVATE": set()}
    current = None
    for word in words[1:]:
        if word in lists:
            current = lists[word]
        elif word.startswith("cr_") and current is not None:
            current.add(word[len("cr_"):])
    return Module(words[0], folder, lists["PUBLIC"], lists["PRIVATE"])


def modules_of(root):
    found = {}
    src = os.path.join(root, "src")
    for folder, dirs, names in os.walk(src):
        dirs.sort()
        if "CMakeLists.txt" not in names:
            continue
        with open(os.path.join(folder, "CMakeLists.txt"), encoding="utf-8") as f:
            cmake = without_comments(f.read())
        relative = os.path.relpath(folder, src).replace(os.sep, "/")
        for call in CALL.finditer(cmake):
            module = parse_call(call.group(1), relative)
            found[module.name] = module
        for name in INTERFACE.findall(cmake):
            found.setdefault(name, Module(name, "", set(), set()))
    return found


def owner(header, modules):
    """The module a quoted include names, or None."""
    if "/" not in header:
        name = header[:-len(".hpp")] if header.endswith(".hpp") else None
        module = modules.get(name)
        return module.name if module and module.folder == "" else None
    folder = header.rsplit("/", 1)[0]
    for module in modules.values():
        if module.folder == folder:
            return module.name
    return None


def includes(folder):
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if os.path.isfile(path) and name.endswith(SOURCE_SUFFIXES):
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            for match in INCLUDE.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                yield path, line, match.group(1)


def check_folder(root, folder, module, modules, used, local_ok):
    found = []
    declared = module.public | module.private
    for path, line, header in includes(folder):
        place = f"{os.path.relpath(path, root)}:{line}"
        if local_ok and os.path.isfile(os.path.join(folder, header)):
            continue  # a test helper header, beside the test or in another module's tests
        if ".." in header.split("/") or header.startswith("/"):
            found.append(f"{place}: includes \"{header}\" by a relative path; name it from src/")
            continue
        name = owner(header, modules)
        if name is None:
            found.append(f"{place}: \"{header}\" is not a header of any module")
        elif name == module.name:
            continue
        elif name not in declared:
            found.append(f"{place}: includes \"{header}\" of module {name}, "
                         f"which cr_{module.name} does not declare")
        else:
            used.setdefault(name, set()).add("hpp" if path.endswith(".hpp") else "cpp")
            if path.endswith(".hpp") and not local_ok and name not in module.public:
                found.append(f"{place}: a header includes \"{header}\", so cr_{module.name} "
                             f"must declare {name} PUBLIC, not PRIVATE")
    return found


def check_module(root, module, modules):
    used = {}
    found = check_folder(root, os.path.join(root, "src", module.folder), module, modules, used, False)
    for name in sorted((module.public | module.private) - set(used)):
        found.append(f"src/{module.folder}/CMakeLists.txt: cr_{module.name} declares {name}, "
                     "which none of its files includes")
    for name in sorted(module.public):
        if used.get(name) == {"cpp"}:
            found.append(f"src/{module.folder}/CMakeLists.txt: cr_{module.name} declares {name} "
                         "PUBLIC, but only its .cpp files include it: make it PRIVATE")
    tests = os.path.join(root, "tests", "unit", module.name)
    if os.path.isdir(tests):
        found += check_folder(root, tests, module, modules, {}, True)
    return found


def findings(root):
    modules = modules_of(root)
    found = []
    for name in sorted(modules):
        if modules[name].folder:
            found += check_module(root, modules[name], modules)
    return found


def plant(root, files):
    for path, text in files.items():
        os.makedirs(os.path.dirname(os.path.join(root, path)), exist_ok=True)
        with open(os.path.join(root, path), "w", encoding="utf-8") as f:
            f.write(text)


PLANTED = {
    "src/CMakeLists.txt": "add_library(cr_info INTERFACE)\n",
    "src/a/CMakeLists.txt": "cr_module(a PUBLIC cr_b cr_e  # a comment: cr_x\n"
                            "            PRIVATE cr_c cr_d fmt::fmt)\n",
    "src/a/a.hpp": '#include "b/b.hpp"\n#include "c/c.hpp"\n',
    "src/a/a.cpp": '#include "a/a.hpp"\n#include "e/e.hpp"\n#include "f/f.hpp"\n'
                   '#include "info.hpp"\n#include "../b/b.hpp"\n#include "b/sub/s.hpp"\n'
                   '#include "nowhere/n.hpp"\n#include <vector>\n',
    "src/b/CMakeLists.txt": "cr_module(b)\n", "src/b/b.hpp": "",
    "src/b/sub/CMakeLists.txt": "cr_module(sub)\n", "src/b/sub/s.hpp": "",
    "src/c/CMakeLists.txt": "cr_module(c)\n", "src/c/c.hpp": "",
    "src/e/CMakeLists.txt": "cr_module(e)\n", "src/e/e.hpp": "",
    "src/f/CMakeLists.txt": "cr_module(f PRIVATE cr_info)\n", "src/f/f.hpp": '#include "info.hpp"\n',
    "tests/unit/a/a_test.cpp": '#include "a/a.hpp"\n#include "fixture.hpp"\n#include "f/f.hpp"\n',
    "tests/unit/a/fixture.hpp": '#include "c/c.hpp"\n#include "../b/helper.hpp"\n',
    "tests/unit/b/helper.hpp": "",
}
EXPECTED = [
    ("src/a/a.cpp:3:", "of module f, which cr_a does not declare"),
    ("src/a/a.cpp:4:", "of module info, which cr_a does not declare"),
    ("src/a/a.cpp:5:", "by a relative path"),
    ("src/a/a.cpp:6:", "of module sub, which cr_a does not declare"),
    ("src/a/a.cpp:7:", "is not a header of any module"),
    ("src/a/a.hpp:2:", "must declare c PUBLIC, not PRIVATE"),
    ("src/a/CMakeLists.txt:", "declares d, which none of its files includes"),
    ("src/a/CMakeLists.txt:", "declares e PUBLIC, but only its .cpp files include it"),
    ("src/f/f.hpp:1:", "must declare info PUBLIC, not PRIVATE"),
    ("tests/unit/a/a_test.cpp:3:", "of module f, which cr_a does not declare"),
]


def finds_planted_violations():
    with tempfile.TemporaryDirectory() as root:
        plant(root, PLANTED)
        found = findings(root)
    missed = [e for e in EXPECTED if not any(f.startswith(e[0]) and e[1] in f for f in found)]
    for place, what in missed:
        print(f"FAIL: the check misses a planted violation: {place} {what}")
    if len(found) != len(EXPECTED):
        print(f"FAIL: the planted tree has {len(EXPECTED)} violations, the check reports {len(found)}:")
        for line in found:
            print(f"  {line}")
    return not missed and len(found) == len(EXPECTED)


def main():
    if not finds_planted_violations():
        return 1
    root = os.path.abspath(sys.argv[1])
    found = findings(root)
    for line in found:
        print(f"FAIL: {line}")
    if not found:
        print(f"every module includes exactly the modules its target declares ({len(modules_of(root))} targets)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

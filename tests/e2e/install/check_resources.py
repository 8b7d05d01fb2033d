#!/usr/bin/env python3
"""Installs the build into a scratch prefix and runs the installed binary from / with each way
of finding its resources.

Usage: check_resources.py BUILD_DIR CAMPAIGN_DIR
"""
import os
import subprocess
import sys
import tempfile

build_dir, campaign = sys.argv[1], os.path.abspath(sys.argv[2])
failures = []


def expect(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)


def run(binary, args, env_extra=None, drop_home=True):
    env = {k: v for k, v in os.environ.items() if not (drop_home and k == "CAMPAIGN_REPORT_HOME")}
    env["SOURCE_DATE_EPOCH"] = "1479705780"
    env.update(env_extra or {})
    return subprocess.run([binary] + args, cwd="/", env=env, capture_output=True, text=True)


with tempfile.TemporaryDirectory() as scratch:
    prefix = os.path.join(scratch, "prefix")
    subprocess.run(["cmake", "--install", build_dir, "--prefix", prefix], check=True, capture_output=True)
    binary = os.path.join(prefix, "bin", "campaign-report")
    share = os.path.join(prefix, "share", "campaign-report")
    expect(os.access(binary, os.X_OK), "the binary is installed")
    expect(os.path.isfile(os.path.join(share, "templates", "case.toml")), "templates are installed")
    expect(os.path.isfile(os.path.join(share, "fonts", "fonts.toml")), "the font configuration is installed")

    def builds(name, args, env_extra=None):
        out = os.path.join(scratch, name)
        r = run(binary, ["build", campaign, "-o", out, "--format", "pdf", "-q"] + args, env_extra)
        pdfs = [f for f in os.listdir(out)] if os.path.isdir(out) else []
        expect(r.returncode == 0 and any(f.endswith(".pdf") for f in pdfs),
               f"{name}: builds from / (exit {r.returncode}: {r.stderr.strip()})")

    builds("flag", ["--resources", share])
    builds("environment", [], {"CAMPAIGN_REPORT_HOME": share})
    # Neither: the installed share folder of the configured prefix, else the source tree.
    builds("fallback", [])

    for name, args, env_extra in [("wrong flag", ["--resources", os.path.join(scratch, "nowhere")], None),
                                  ("wrong environment", [], {"CAMPAIGN_REPORT_HOME": os.path.join(scratch, "nowhere")})]:
        out = os.path.join(scratch, "wrong")
        r = run(binary, ["build", campaign, "-o", out, "--format", "pdf", "--json"] + args, env_extra)
        expect(r.returncode != 0, f"{name}: refused")
        expect('"code":"resources-not-found"' in r.stdout, f"{name}: says the resources are not found")
        expect(not os.path.exists(out) or not os.listdir(out), f"{name}: writes nothing")

if failures:
    sys.exit(f"{len(failures)} check(s) failed")
print("installed binary finds its resources in every way")

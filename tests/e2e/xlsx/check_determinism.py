#!/usr/bin/env python3
"""Two builds of the same campaign give byte-identical workbooks, with SOURCE_DATE_EPOCH and
without it; the only time stamp (docProps/core.xml) is SOURCE_DATE_EPOCH, else midnight of 数据截至,
never the clock.

Usage: check_determinism.py BINARY SAMPLE_DIR EXPECTED_CREATED_WITHOUT_EPOCH
"""
import os
import sys
import time

from common import SEED_EPOCH, build, core_created, fail, only_xlsx, scratch


def bytes_of(binary, sample, env):
    outdir = scratch("xlsx-determinism-")
    build(binary, sample, outdir, env_extra=env)
    path = only_xlsx(outdir)
    with open(path, "rb") as f:
        return f.read(), core_created(path)


def main():
    binary, sample, expected_without = sys.argv[1:4]
    for env, created in (({"SOURCE_DATE_EPOCH": SEED_EPOCH}, "2016-11-21T00:00:00Z"), ({}, expected_without)):
        first, first_created = bytes_of(binary, sample, env)
        time.sleep(1.1)  # a clock leaking in would now differ by at least a second
        second, _ = bytes_of(binary, sample, env)
        if first != second:
            fail(f"two builds differ ({env or 'no SOURCE_DATE_EPOCH'})")
        if first_created != created:
            fail(f"created {first_created}, expected {created} ({env or 'no SOURCE_DATE_EPOCH'})")
    print("ok: byte-identical builds, created from SOURCE_DATE_EPOCH else 数据截至")


if __name__ == "__main__":
    main()

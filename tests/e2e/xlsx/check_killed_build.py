#!/usr/bin/env python3
"""A build killed while it writes the workbook leaves no partial file and keeps the last good
one: the output folder holds exactly the previous workbook, byte for byte, after each kill.

The campaign is a large synthetic one (bench/xlsx/generate_campaign.py) so that writing takes
long enough to be interrupted. The kill is aimed: it comes only once the process holds a file
open in the output folder (the temporary of output::AtomicFile), at several delays after that.

Usage: check_killed_build.py BINARY GENERATOR RECORDS
"""
import os
import signal
import subprocess
import sys
import time

from common import build, fail, only_xlsx, scratch


def holds_file_in(pid, folder):
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                if os.readlink(f"/proc/{pid}/fd/{fd}").startswith(folder + "/"):
                    return True
            except OSError:
                pass
    except OSError:
        pass
    return False


def killed_while_writing(binary, sample, outdir, delay):
    process = subprocess.Popen([binary, "build", sample, "-o", outdir, "--format", "xlsx", "-q"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    while not holds_file_in(process.pid, outdir):
        if process.poll() is not None or time.time() > deadline:
            fail(f"the build ended (exit {process.returncode}) before it was seen writing into {outdir}")
        time.sleep(0.01)
    time.sleep(delay)
    if process.poll() is not None:
        fail(f"the build finished within {delay} s of opening its output: use more records")
    process.send_signal(signal.SIGKILL)
    if process.wait() != -signal.SIGKILL:
        fail(f"the build was not killed (exit {process.returncode})")


def main():
    binary, generator, records = sys.argv[1], sys.argv[2], sys.argv[3]
    root = scratch("xlsx-killed-")
    sample = os.path.join(root, "campaign")
    subprocess.run([sys.executable, generator, records, sample], check=True)
    outdir = os.path.join(root, "out")
    build(binary, sample, outdir)
    good = only_xlsx(outdir)
    with open(good, "rb") as f:
        good_bytes = f.read()
    for delay in (0.0, 0.3, 1.0):
        killed_while_writing(binary, sample, outdir, delay)
        listing = sorted(os.listdir(outdir))
        if listing != [os.path.basename(good)]:
            fail(f"after a kill {delay} s into writing the output folder holds {listing}")
        with open(good, "rb") as f:
            if f.read() != good_bytes:
                fail(f"a kill {delay} s into writing changed the last good workbook")
    print("ok: killed builds left the last good workbook alone and no partial file")


if __name__ == "__main__":
    main()

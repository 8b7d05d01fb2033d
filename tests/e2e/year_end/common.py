"""Shared by the year-end checkers: run the binary, read a PDF's text, fail loudly."""
import atexit
import os
import shutil
import subprocess
import sys
import tempfile

EPOCH = "1799366400"  # 2027-01-08 00:00:00 UTC


def fail(message):
    sys.exit("FAIL: " + message)


def run(binary, *args, expect=0, env_extra=None):
    env = dict(os.environ)
    env.pop("SOURCE_DATE_EPOCH", None)
    env.update(env_extra or {})
    done = subprocess.run([binary, *args], capture_output=True, text=True, env=env, timeout=600)
    if expect is not None and done.returncode != expect:
        fail(f"{' '.join(args)} exited {done.returncode}, expected {expect}\n"
             f"stdout:\n{done.stdout}\nstderr:\n{done.stderr}")
    return done


def scratch(prefix):
    folder = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, folder, True)
    return folder


def only(folder, suffix):
    files = [f for f in os.listdir(folder) if f.endswith(suffix)]
    if len(files) != 1:
        fail(f"expected one {suffix} in {folder}, found {files}")
    return os.path.join(folder, files[0])


def pdf_text(path, layout=False):
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [path, "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout

"""Shared by the workbook checkers: run `build`, read a workbook back with openpyxl, fail loudly."""
import atexit
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

SEED_EPOCH = "1479686400"  # 2016-11-21 00:00:00 UTC


def fail(message):
    sys.exit("FAIL: " + message)


def build(binary, sample, outdir, formats="xlsx", env_extra=None, expect=0):
    env = dict(os.environ)
    env.pop("SOURCE_DATE_EPOCH", None)
    env.update(env_extra or {})
    done = subprocess.run([binary, "build", sample, "-o", outdir, "--format", formats], capture_output=True,
                          text=True, env=env, timeout=600)
    if expect is not None and done.returncode != expect:
        fail(f"build exited {done.returncode}, expected {expect}\nstdout:\n{done.stdout}\nstderr:\n{done.stderr}")
    return done


def only_xlsx(outdir):
    files = [f for f in os.listdir(outdir) if f.endswith(".xlsx")]
    if len(files) != 1:
        fail(f"expected one workbook in {outdir}, found {files}")
    return os.path.join(outdir, files[0])


def load(path, data_only=True, read_only=False):
    return openpyxl.load_workbook(path, data_only=data_only, read_only=read_only)


def core_created(path):
    """The dcterms:created text of docProps/core.xml."""
    with zipfile.ZipFile(path) as z:
        xml = z.read("docProps/core.xml").decode("utf-8")
    start = xml.index("<dcterms:created")
    return xml[xml.index(">", start) + 1:xml.index("</dcterms:created>")]


def read_csv_sheets(paths, name_of):
    """{name_of(path): rows} of CSV files, one per sheet."""
    sheets = {}
    for path in paths:
        with open(path, encoding="utf-8", newline="") as f:
            sheets[name_of(path)] = list(csv.reader(f))
    return sheets


def scratch(prefix):
    """A fresh folder, removed when the checker ends."""
    folder = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, folder, True)
    return folder


def campaign_folder(argv, root):
    """The campaign a checker judges: argv[2], or with argv[3] (a number of records) a campaign
    that argv[2] (bench/xlsx/generate_campaign.py) generates into `root`."""
    if len(argv) < 4:
        return argv[2]
    folder = os.path.join(root, "campaign")
    subprocess.run([sys.executable, argv[2], argv[3], folder], check=True, capture_output=True, timeout=600)
    return folder


def built_workbook(argv, prefix):
    """Builds the campaign of argv (see campaign_folder) with the seed's SOURCE_DATE_EPOCH into a
    fresh folder; returns (campaign folder, workbook path, scratch folder)."""
    root = scratch(prefix)
    folder = campaign_folder(argv, root)
    outdir = os.path.join(root, "out")
    build(argv[1], folder, outdir, env_extra={"SOURCE_DATE_EPOCH": SEED_EPOCH})
    return folder, only_xlsx(outdir), root


def header_index(sheet, header_row=3):
    """{header text: 0-based column} from a sheet's header row (1-based row number)."""
    row = next(sheet.iter_rows(min_row=header_row, max_row=header_row, values_only=True))
    return {str(v): i for i, v in enumerate(row) if v is not None}

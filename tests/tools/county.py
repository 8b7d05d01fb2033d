"""A generated county for end-to-end tests of per-unit batches, made by the batch benchmark's
generator (bench/batch/make_campaign.py)."""

import os
import subprocess
import sys


def make_county(root, workdir, towns=2, villages=4):
    """A county of `towns` towns with `villages` villages each, in WORKDIR/county; returns its folder."""
    folder = os.path.join(workdir, "county")
    subprocess.run([sys.executable, os.path.join(root, "bench", "batch", "make_campaign.py"), str(towns),
                    str(villages), folder], check=True, capture_output=True)
    return folder

#!/usr/bin/env python3
"""Shared by the benchmark scripts: run a command several times, report the median wall time
and the peak resident memory of its process tree (GNU time's maximum RSS), and format tables."""
import statistics
import subprocess
import time


def measure(command, runs, env=None):
    """Runs `command` `runs` times; returns (median seconds, max peak RSS in MB)."""
    walls, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        walls.append(time.perf_counter() - start)
        if result.returncode != 0:
            raise SystemExit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr}")
        peaks.append(int(result.stderr.strip().splitlines()[-1]) / 1024)
    return statistics.median(walls), max(peaks)


def table(header, rows):
    """A Markdown table, columns padded for the terminal."""
    cells = [header] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in cells]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)

#!/usr/bin/env python3
"""Shared by the benchmark scripts: run a command several times, report the median wall time,
the peak resident memory of its process tree (GNU time's maximum RSS) and its CPU time, and
format tables."""
import statistics
import subprocess
import time


def measure(command, runs, env=None):
    """Runs `command` `runs` times; returns (median seconds, max peak RSS in MB)."""
    wall, peak, _ = measure_detail(command, runs, env)
    return wall, peak


def measure_detail(command, runs, env=None):
    """Runs `command` `runs` times; returns (median wall seconds, max peak RSS in MB, median CPU
    seconds, user + system of the process tree). CPU time is the steadier figure on a machine
    shared with other work: waiting for a core counts in wall time only."""
    walls, peaks, cpus = [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%M %U %S"] + command, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        walls.append(time.perf_counter() - start)
        if result.returncode != 0:
            raise SystemExit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr}")
        rss, user, system = result.stderr.strip().splitlines()[-1].split()
        peaks.append(int(rss) / 1024)
        cpus.append(float(user) + float(system))
    return statistics.median(walls), max(peaks), statistics.median(cpus)


def table(header, rows):
    """A Markdown table, columns padded for the terminal."""
    cells = [header] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in cells]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)

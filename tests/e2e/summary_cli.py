"""`summary` as a user meets it: broken data stops it with a located diagnostic and no half
table; --lang en labels the header in English while the figures keep their official wording.

Usage: summary_cli.py BINARY SAMPLE_DIR
"""
import os
import shutil
import subprocess
import sys
import tempfile


def run(binary, args):
    done = subprocess.run([binary] + args, capture_output=True, text=True, timeout=120)
    if "Sanitizer" in done.stderr or "runtime error:" in done.stderr:
        sys.exit(f"{' '.join(args)}: a sanitizer reported a fault\n{done.stderr}")
    return done


def broken_value(binary, sample, work):
    folder = os.path.join(work, "broken")
    shutil.copytree(sample, folder)
    path = os.path.join(folder, "records.csv")
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    lines[5] = lines[5].replace(",11,", ",11个半,")  # line 6: townships
    assert "11个半" in lines[5], lines[5]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    done = run(binary, ["summary", folder])
    if done.returncode != 1:
        sys.exit(f"summary on a bad value exited {done.returncode}, expected 1")
    if done.stdout.strip():
        sys.exit(f"summary printed figures from data with errors:\n{done.stdout}")
    if "records.csv:6:4:" not in done.stderr or "错误" not in done.stderr:
        sys.exit(f"the diagnostic does not point at records.csv line 6 column 4:\n{done.stderr}")


def english(binary, sample):
    done = run(binary, ["summary", "--lang", "en", sample])
    if done.returncode != 0:
        sys.exit(f"summary --lang en exited {done.returncode}\n{done.stderr}")
    for label in ("Organisation: 中共绥棱县委", "Published: 2016年11月21日", "Indicator", "Value"):
        if label not in done.stdout:
            sys.exit(f"summary --lang en lacks '{label}'")
    if "近万人次" not in done.stdout:
        sys.exit("summary --lang en changed the official wording of 近万人次")


def missing_folder(binary, work):
    done = run(binary, ["summary", os.path.join(work, "no-such-campaign")])
    if done.returncode not in (1, 2) or done.stdout.strip() or "Traceback" in done.stderr:
        sys.exit(f"summary on a missing folder: exit {done.returncode}, stdout {done.stdout!r}")


def main():
    binary, sample = sys.argv[1:3]
    with tempfile.TemporaryDirectory() as work:
        broken_value(binary, sample, work)
        missing_folder(binary, work)
    english(binary, sample)
    print("summary stops on bad data, and speaks English when asked")


if __name__ == "__main__":
    main()

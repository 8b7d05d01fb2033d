#!/usr/bin/env python3
"""`build --per-unit` as a county's IT staff run it unattended: each unit's report against the
unit's own single-unit build, --jobs and shards byte for byte, kills at seeded moments, locks,
a failing unit, all or nothing per report, --if-changed and a full disk.

Usage: check_batch.py CHECK BINARY SOURCE_DIR WORK_DIR
"""
import csv
import fcntl
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile

SKIP = 77


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def expect(condition, message):
    if not condition:
        fail(message)


class Env:
    def __init__(self, binary, source, work):
        self.binary, self.source, self.work = binary, source, work
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)

    def campaign(self, name="campaign", towns=3, villages=9):
        folder = os.path.join(self.work, name)
        subprocess.run([sys.executable, os.path.join(self.source, "bench", "batch", "make_campaign.py"),
                        str(towns), str(villages), folder], check=True)
        return folder

    def build(self, campaign, out, *args, expect_code=0, env=None):
        run_env = dict(os.environ, SOURCE_DATE_EPOCH="1716163200")
        run_env.pop("CAMPAIGN_REPORT_TEST_KILL_AFTER_RENAMES", None)
        run_env.update(env or {})
        done = subprocess.run([self.binary, "build", campaign, "-o", out, *args], capture_output=True, text=True,
                              env=run_env)
        if expect_code is not None and done.returncode != expect_code:
            fail(f"build {' '.join(args)}: exit {done.returncode}, expected {expect_code}\n{done.stderr}")
        return done


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def outputs(folder):
    """Report files (not manifests, not hidden files) by name, with their sha256."""
    return {f: sha(os.path.join(folder, f)) for f in sorted(os.listdir(folder))
            if f.endswith((".pdf", ".xlsx"))}


def manifest(folder, name="manifest.json"):
    """The manifest as a reader must take it: a killed run's journal (NAME.journal) when its first
    line is whole, folded line by line (a later entry of a unit replaces an earlier one, a line
    cut short ends it); else the file itself."""
    journal = os.path.join(folder, name + ".journal")
    if os.path.exists(journal):
        with open(journal, encoding="utf-8") as f:
            lines = f.read().split("\n")
        try:
            whole = json.loads(lines[0]) if len(lines) > 1 else None
        except ValueError:
            whole = None
        if whole is not None:
            reports = {r["unit"]: r for r in whole["reports"]}
            for line in lines[1:-1]:  # what follows the last newline was never whole
                try:
                    entry = json.loads(line)
                except ValueError:
                    break
                reports[entry["unit"]] = entry
            whole["reports"] = list(reports.values())
            return whole
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        return json.load(f)


def listed(folder):
    """file name -> sha256 of every output the manifest lists."""
    return {o["file"]: o["sha256"] for r in manifest(folder)["reports"] for o in r["outputs"]}


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def bump(campaign, indicator, unit, by=1):
    """Adds `by` to the first record of `indicator` for `unit`."""
    path = os.path.join(campaign, "records.csv")
    rows = read_csv(path)
    row = next(r for r in rows if r[0] == indicator and r[1] == unit)
    row[3] = str(int(row[3]) + by)
    write_csv(path, rows)


def same_workbook(mine, theirs):
    """Every part of the two workbooks alike, except the 明细 sheet's last column: the line of
    records.csv each figure came from, which differs between the whole and a cut-out campaign."""
    with zipfile.ZipFile(mine) as a, zipfile.ZipFile(theirs) as b:
        if a.namelist() != b.namelist():
            return False
        for name in a.namelist():
            x, y = a.read(name), b.read(name)
            if b'<autoFilter ref="A3:L' in x:  # the detail sheet (明细): drop the source-line cells
                x, y = (re.sub(rb'<c r="L([4-9]|\d\d+)"[^>]*>(<v>\d+</v>)?</c>', b"", z) for z in (x, y))
            if x != y:
                return False
    return True


def check_figures(env):
    whole = env.campaign()
    out = os.path.join(env.work, "per-unit")
    env.build(whole, out, "--per-unit", "--jobs", "2")
    # Each town cut out by hand into a campaign of its own (bench/batch/split_units.py).
    singles = os.path.join(env.work, "single")
    subprocess.run([sys.executable, os.path.join(env.source, "bench", "batch", "split_units.py"), whole, "乡镇",
                    singles], check=True)
    units = read_csv(os.path.join(whole, "units.csv"))[1:]
    records = read_csv(os.path.join(whole, "records.csv"))[1:]
    for town in ("t00", "t01", "t02"):
        name = next(u[1] for u in units if u[0] == town)
        villages = {u[0] for u in units if u[3] == town}
        qingyun = sum(int(r[3]) for r in records if r[0] == "qingyun" and r[1] in villages)
        single = os.path.join(env.work, town + "-out")
        env.build(os.path.join(singles, town), single)
        mine, theirs = os.path.join(out, f"{name}-人居环境整治."), os.path.join(single, "hexi-huanjing.")
        expect(sha(mine + "pdf") == sha(theirs + "pdf"), f"{name}'s PDF differs from its own single-unit build")
        expect(same_workbook(mine + "xlsx", theirs + "xlsx"), f"{name}'s workbook differs from its own build")
        text = subprocess.run(["pdftotext", os.path.join(out, f"{name}-人居环境整治.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout.replace("\n", "").replace(" ", "")
        expect(f"清运生活垃圾{qingyun}吨" in text, f"{name}: no 清运生活垃圾 {qingyun} 吨 in its PDF")
        expect(text.startswith(f"{name}冬春农村人居环境整治行动"), f"{name}: the title is not the town's")
        expect(f"中共{name}委员会" in text, f"{name}: the 落款 is not its 组织单位")
    print("ok: each town's report is its own single-unit build (PDF byte for byte), with its own figures")


def check_determinism(env):
    campaign = env.campaign(villages=12)
    one, two, sharded = (os.path.join(env.work, n) for n in ("jobs1", "jobs2", "shards"))
    env.build(campaign, one, "--per-unit", "--unit-type", "村", "--jobs", "1")
    env.build(campaign, two, "--per-unit", "--unit-type", "村", "--jobs", "2")
    if shutil.which("parallel") is None:
        fail("GNU parallel is not installed (scripts/setup installs it)")
    # The recipe of docs/operations.md.
    subprocess.run(["parallel", "--halt", "now,fail=1", env.binary, "build", campaign, "-o", sharded, "--per-unit",
                    "--unit-type", "村", "--shard", "{}/3", "-q", ":::", "0", "1", "2"], check=True,
                   env=dict(os.environ, SOURCE_DATE_EPOCH="1716163200"))
    subprocess.run([env.binary, "manifest", sharded, "-q"], check=True)
    expect(len(outputs(one)) == 2 * 13, f"--jobs 1 wrote {sorted(outputs(one))}")
    expect(outputs(one) == outputs(two), "--jobs 2 differs from --jobs 1")
    expect(outputs(one) == outputs(sharded), "the union of 3 shards differs from the whole")
    for n in ("manifest.json",):
        expect(open(os.path.join(one, n), "rb").read() == open(os.path.join(two, n), "rb").read(),
               "the manifests of --jobs 1 and --jobs 2 differ")
        expect(open(os.path.join(one, n), "rb").read() == open(os.path.join(sharded, n), "rb").read(),
               "the merged shard manifests differ from the whole run's")
    expect(listed(one) == outputs(one), "the manifest does not list every output with its sha256")
    print("ok: --jobs 1 = --jobs 2 = 3 shards by GNU parallel, outputs and manifest")


def check_killed(env):
    campaign = env.campaign()
    earlier = os.path.join(env.work, "earlier")
    env.build(campaign, earlier, "--per-unit")
    before = outputs(earlier)
    for unit in ("t00v000", "t01v001", "t02v002"):  # every report changes
        bump(campaign, "gaice", unit)
    renames = 4 * 3 + 1  # 4 reports: manifest (pending), xlsx, pdf; the closing manifest
    for moment in list(range(1, 9)) + [renames - 2, renames - 1]:
        out = os.path.join(env.work, f"killed-{moment}")
        shutil.copytree(earlier, out)
        done = env.build(campaign, out, "--per-unit", "--jobs", "1", expect_code=None,
                         env={"CAMPAIGN_REPORT_TEST_KILL_AFTER_RENAMES": str(moment)})
        expect(done.returncode == -9, f"kill after rename {moment}: exit {done.returncode}, not killed")
        left = os.listdir(out)
        expect(not [f for f in left if f.endswith(".tmp")], f"kill after rename {moment} left {left}")
        now, known = outputs(out), listed(out)
        expect(set(now) == set(before), f"kill after rename {moment}: files {sorted(now)}")
        for name, digest in now.items():
            expect(digest == known.get(name) or digest == before[name],
                   f"kill after rename {moment}: {name} is neither listed with its sha256 nor the earlier file")
        if moment == renames - 1:
            expect(any(r["state"] == "pending" for r in manifest(out)["reports"]), "the last report is not pending")
    done = env.build(campaign, out, "--per-unit", "--jobs", "1")
    expect(all(r["state"] == "written" for r in manifest(out)["reports"]), "a finished run left pending reports")
    expect(listed(out) == outputs(out), "a finished run's manifest does not list its files")
    print("ok: 10 seeded kills left no temporary, and every file listed or the earlier one")


def check_lock(env):
    campaign = env.campaign(towns=1, villages=1)
    out = os.path.join(env.work, "out")
    os.makedirs(out)
    holder = os.open(out, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)
    done = env.build(campaign, out, expect_code=4)
    expect(str(os.getpid()) in done.stderr, f"exit 4 without the holder's pid: {done.stderr}")
    expect(not outputs(out), "a locked-out run wrote files")
    waiter = subprocess.Popen([env.binary, "build", campaign, "-o", out, "--wait", "20"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(1.0)
    expect(waiter.poll() is None, "--wait 20 did not wait for the lock")
    os.close(holder)
    expect(waiter.wait(timeout=60) == 0, "--wait did not build once the lock was released")
    expect(len(outputs(out)) == 2, "--wait built nothing")
    # Shards share the folder, and lock each report: one held report stops only its own shard.
    report_lock = os.open(os.path.join(out, ".hexi-huanjing.lock"), os.O_RDWR | os.O_CREAT)
    fcntl.flock(report_lock, fcntl.LOCK_EX)
    env.build(campaign, out, "--per-unit", "--shard", "0/2", expect_code=4)
    env.build(campaign, out, "--per-unit", "--shard", "1/2", expect_code=0)
    os.close(report_lock)
    print("ok: a held lock gives exit 4 naming its holder, --wait waits, shards lock per report")


def check_failing_unit(env):
    campaign = env.campaign()
    records = os.path.join(campaign, "records.csv")
    rows = read_csv(records)
    write_csv(records, [r for r in rows if not (r[0] == "gaice" and r[1] == "t01v004")])
    out = os.path.join(env.work, "out")
    done = env.build(campaign, out, "--per-unit", "--unit-type", "村", "--json", expect_code=5)
    lines = [json.loads(l) for l in done.stdout.splitlines()]
    failed = [l for l in lines if l["kind"] == "unit-failed"]
    expect([f["unit"] for f in failed] == ["t01v004"], f"failed units: {failed}")
    written = [l for l in lines if l["kind"] == "output"]
    expect(len(written) == 2 * 9 and len(outputs(out)) == 18, f"the other units were not all written: {sorted(outputs(out))}")
    expect(not [f for f in outputs(out) if f.startswith("孙东村")], "the failing unit wrote a file")
    print("ok: a unit with bad data fails alone, exit 5, the others written")


def spoil(campaign, unit, column, text, indicator="gaice"):
    """Writes `text` into `column` of the first record of `indicator` for `unit`; returns its line."""
    path = os.path.join(campaign, "records.csv")
    rows = read_csv(path)
    at = next(i for i, r in enumerate(rows) if r[0] == indicator and r[1] == unit)
    rows[at][column] = text
    write_csv(path, rows)
    return at + 1


def failed_units(done):
    return sorted((l["unit"] or "") for l in map(json.loads, done.stdout.splitlines()) if l["kind"] == "unit-failed")


def check_unit_data_error(env):
    campaign = env.campaign()  # 河西县 > 3 towns > 9 villages (t01v004 is in t01)
    out = os.path.join(env.work, "out")
    env.build(campaign, out, "--per-unit", "--unit-type", "村")
    env.build(campaign, out, "--per-unit")
    before = outputs(out)
    village = next(r[1] for r in read_csv(os.path.join(campaign, "units.csv")) if r[0] == "t01v004")
    town = next(r[1] for r in read_csv(os.path.join(campaign, "units.csv")) if r[0] == "t01")
    line = spoil(campaign, "t01v004", 3, "十二点五公斤")  # a bad value in a row of 孙东村
    bump(campaign, "gaice", "t00v000")  # and a change the other reports take, so "kept" is seen

    done = subprocess.run([env.binary, "validate", campaign], capture_output=True, text=True)
    expect(done.returncode == 1 and f"records.csv:{line}:4" in done.stderr, f"validate: {done.stderr}")

    # Villages: the bad village and the campaign-wide report fail; the other 8 villages are written.
    done = env.build(campaign, out, "--per-unit", "--unit-type", "村", "--json", expect_code=5)
    expect(failed_units(done) == ["", "t01v004"], f"failed: {failed_units(done)}")
    diagnostics = [json.loads(l) for l in done.stdout.splitlines() if json.loads(l)["kind"] == "diagnostic"]
    expect([(d["file"], d["line"], d["column"]) for d in diagnostics if d["severity"] == "error"] ==
           [("records.csv", line, 4)], f"the error is not given with its place: {diagnostics}")
    now = outputs(out)
    for name in (f"{village}-人居环境整治.pdf", f"{village}-人居环境整治.xlsx", "hexi-huanjing.pdf", "hexi-huanjing.xlsx"):
        expect(now[name] == before[name], f"{name} of a failed report was replaced")
    first = next(r[1] for r in read_csv(os.path.join(campaign, "units.csv")) if r[0] == "t00v000")
    changed = sorted(n for n in now if now[n] != before[n])
    expect(changed == [f"{first}-人居环境整治.pdf", f"{first}-人居环境整治.xlsx"], f"the villages written: changed {changed}")
    expect(listed(out) == now, "the manifest does not list the files as they are")
    state = {r["unit"]: r["state"] for r in manifest(out)["reports"]}
    expect(state.get("t01v004") == "written" and state.get(None) == "written", f"earlier entries lost: {state}")

    # Towns: 孙东村's town and the whole fail, the other towns are written; the summary names them.
    done = env.build(campaign, out, "--per-unit", expect_code=5)
    expect(f"records.csv:{line}:4" in done.stderr, f"the error is not shown: {done.stderr}")
    summary = done.stderr.strip().splitlines()[-1]
    expect("失败 2 份" in summary and f"{town}（t01）" in summary and "全活动" in summary, f"summary: {summary}")
    now = outputs(out)
    expect(now[f"{town}-人居环境整治.pdf"] == before[f"{town}-人居环境整治.pdf"], "the failed town was replaced")
    expect(listed(out) == now, "the manifest does not list the files as they are")

    # With --no-overall and no failing unit among those built, the run is whole: exit 0.
    env.build(campaign, out, "--per-unit", "--units", "t00,t02", "--no-overall")

    # An error in a record of no unit fails the campaign-wide report alone.
    spoil(campaign, "t01v004", 3, "12")
    path = os.path.join(campaign, "records.csv")
    write_csv(path, read_csv(path) + [["gaice", "", "2024-13", "5", "", ""]])
    done = env.build(campaign, out, "--per-unit", "--json", expect_code=5)
    expect(failed_units(done) == [""], f"a unit-less record failed {failed_units(done)}")

    # Errors not tied to one unit's records stop the whole run, with nothing written.
    for spoilt, what in ((lambda: spoil(campaign, "t02v005", 1, "t99v999"), "an unknown unit"),
                         (lambda: open(os.path.join(campaign, "indicators.csv"), "a", encoding="utf-8").write(
                             "gaice,重复,户,cesuo,求和,,\n"), "indicators.csv")):
        spoilt()
        fresh = os.path.join(env.work, "fresh")
        done = env.build(campaign, fresh, "--per-unit", "--unit-type", "村", "--json", expect_code=1)
        expect(not os.path.exists(fresh) or not outputs(fresh), f"{what}: files were written")
        expect(not failed_units(done), f"{what}: unit-failed lines for a whole-run error")
    print("ok: a unit's bad record fails it, its towns and the whole (exit 5); others are written; "
          "campaign-wide errors stop the run (exit 1)")


def check_all_or_nothing(env):
    campaign = env.campaign(towns=1, villages=2)
    out = os.path.join(env.work, "out")
    env.build(campaign, out)
    before = outputs(out)
    records = os.path.join(campaign, "records.csv")
    rows = read_csv(records)  # the workbook can still be made, the PDF cannot: {{gaice}} has no data
    write_csv(records, [r for r in rows if r[0] != "gaice"])
    probe = os.path.join(env.work, "probe")
    env.build(campaign, probe, "--format", "xlsx")
    expect(sha(os.path.join(probe, "hexi-huanjing.xlsx")) != before["hexi-huanjing.xlsx"],
           "the changed data does not change the workbook: the check proves nothing")
    done = env.build(campaign, out, expect_code=1)
    expect(outputs(out) == before, "a run whose PDF failed replaced an earlier file")
    expect("gaice" in done.stderr or "完成户厕改造" in done.stderr, f"no reason given: {done.stderr}")
    print("ok: the PDF failing keeps both earlier files")


def check_if_changed(env):
    campaign = env.campaign()
    out = os.path.join(env.work, "out")
    env.build(campaign, out, "--per-unit", "--unit-type", "村", "--if-changed")
    inodes = lambda: {f: os.stat(os.path.join(out, f)).st_ino for f in outputs(out)}
    first = inodes()
    env.build(campaign, out, "--per-unit", "--unit-type", "村", "--if-changed")
    expect(inodes() == first, "--if-changed rebuilt reports whose inputs did not change")
    bump(campaign, "gaice", "t02v005", 3)
    env.build(campaign, out, "--per-unit", "--unit-type", "村", "--if-changed")
    changed = sorted(f for f, i in inodes().items() if first[f] != i)
    village = next(r[1] for r in read_csv(os.path.join(campaign, "units.csv")) if r[0] == "t02v005")
    expect(changed == sorted([f"{village}-人居环境整治.pdf", f"{village}-人居环境整治.xlsx",
                              "hexi-huanjing.pdf", "hexi-huanjing.xlsx"]), f"rebuilt {changed}")
    expect(listed(out) == outputs(out), "the manifest does not list the kept and rebuilt files")
    os.remove(os.path.join(out, f"{village}-人居环境整治.pdf"))
    env.build(campaign, out, "--per-unit", "--unit-type", "村", "--if-changed")
    expect(os.path.exists(os.path.join(out, f"{village}-人居环境整治.pdf")), "a missing file was not rebuilt")
    print("ok: --if-changed skips unchanged reports and rebuilds exactly the changed ones")


def check_disk_full(env):
    campaign = env.campaign(villages=12)
    out = os.path.join(env.work, "tmpfs")
    os.makedirs(out)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", out], capture_output=True).returncode != 0:
        print("skip: cannot mount a tmpfs here (needs root)")
        sys.exit(SKIP)
    try:
        done = env.build(campaign, out, "--per-unit", "--unit-type", "村", "--jobs", "1", expect_code=3)
        expect("磁盘空间已满" in done.stderr, f"no disk-full reason: {done.stderr}")
        expect("村" in done.stderr, f"the unit is not named: {done.stderr}")
        left = os.listdir(out)
        expect(not [f for f in left if f.endswith(".tmp")], f"a temporary was left: {left}")
        now, known = outputs(out), listed(out)
        expect(now, "nothing was written before the disk filled: make the tmpfs larger")
        for name, digest in now.items():
            expect(known.get(name) == digest, f"{name} is not listed whole in the manifest")
    finally:
        subprocess.run(["umount", out], check=True)
    print("ok: a full disk gives exit 3 naming the unit, nothing half-written")


def check_names(env):
    campaign = env.campaign(towns=2, villages=2)
    toml = os.path.join(campaign, "campaign.toml")
    text = open(toml, encoding="utf-8").read()
    units = os.path.join(campaign, "units.csv")
    rows = read_csv(units)
    for pattern, rename, reason in (("{{unit.name}}/{{unit.id}}", None, "/"),
                                    ("{{unit.type}}", None, "与单位"),
                                    ("{{unit.name}}", ("t01", "con"), "Windows"),
                                    ("{{unit.nmae}}", None, "unit.nmae")):
        open(toml, "w", encoding="utf-8").write(text.replace('"{{unit.name}}-{{campaign.short_name}}"', f'"{pattern}"'))
        write_csv(units, [[rename[1] if rename and r[0] == rename[0] and i == 1 else c for i, c in enumerate(r)]
                          for r in rows])
        done = subprocess.run([env.binary, "validate", campaign], capture_output=True, text=True)
        expect(done.returncode == 1 and "unit_filename" in done.stderr and reason in done.stderr,
               f"validate with unit_filename {pattern}: exit {done.returncode}\n{done.stderr}")
        out = os.path.join(env.work, "out")
        env.build(campaign, out, "--per-unit", expect_code=1)
        expect(not os.path.exists(out) or not outputs(out), f"unit_filename {pattern}: files were written")
    print("ok: validate and build refuse unit file names that are not file names")


CHECKS = {"names": check_names, "figures": check_figures, "determinism": check_determinism, "killed": check_killed, "lock": check_lock,
          "failing-unit": check_failing_unit, "unit-data-error": check_unit_data_error, "all-or-nothing": check_all_or_nothing,
          "if-changed": check_if_changed, "disk-full": check_disk_full}

if __name__ == "__main__":
    check, binary, source, work = sys.argv[1:5]
    CHECKS[check](Env(binary, source, work))

#!/usr/bin/env python3
"""Runs every case of a Qt Test executable in a process of its own; fails if any fails.

Each test function (and each data row of a data-driven one) is listed with the executable's
own -datatags and run as `EXE function` or `EXE function:tag`, one after another. Nothing is
left out: a case the executable lists is run, and the run fails unless every one passes
(QSKIP counts as passing, as it does for the executable itself, and says why in its output).

Why (tests/playback/CMakeLists.txt): under ThreadSanitizer, libjack cannot create its
threads after about eight PortAudio initialisations in one process ("Cannot create thread
res = 22"), so the end-to-end playback tests, which open the engine some thirty times, run
each case fresh in the tsan preset.

Usage: run_each_case.py EXECUTABLE
Exit status: 0 every case passed, 1 some failed (each named), 2 usage or no case listed.
"""
import subprocess
import sys


def cases(exe):
    out = subprocess.run([exe, "-datatags"], capture_output=True, text=True, check=True).stdout
    found = []
    for line in out.splitlines():
        parts = line.split(" ", 2)
        if len(parts) < 2 or not parts[0].startswith("Test"):
            continue
        function = parts[1]
        found.append(function + (":" + parts[2] if len(parts) == 3 else ""))
    return found


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    exe = argv[1]
    listed = cases(exe)
    if not listed:
        print(f"run_each_case: {exe} -datatags listed no case", file=sys.stderr)
        return 2
    failed = []
    for case in listed:
        print(f"run_each_case: {case}", flush=True)
        run = subprocess.run([exe, case], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        print(run.stdout, flush=True)
        if run.returncode != 0:
            failed.append(f"{case} (exit {run.returncode})")
    print(f"run_each_case: {len(listed) - len(failed)} of {len(listed)} cases passed")
    for f in failed:
        print(f"run_each_case: FAILED {f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

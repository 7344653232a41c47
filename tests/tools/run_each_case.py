#!/usr/bin/env python3
"""Runs cases of a Qt Test executable, each in a process of its own; fails if any fails.

The executable's own -datatags lists its cases (each test function, and each data row of a
data-driven one). Without CASE arguments every listed case runs; with them, exactly those
(`function` or `function:data tag`), and the run fails before starting if one of them is not
listed, so that a renamed or removed case cannot drop out unnoticed. Each runs as
`EXE function` or `EXE function:tag`, one after another, and the run fails unless every one
passes (QSKIP counts as passing, as it does for the executable itself, and says why in its
output).

Why (tests/playback/CMakeLists.txt): under ThreadSanitizer, libjack cannot create its
threads after about eight PortAudio initialisations in one process ("Cannot create thread
res = 22"), so the end-to-end playback tests, which open the engine many times, run each
case fresh in the tsan preset, and only the cases that add something under TSan.

Usage: run_each_case.py EXECUTABLE [CASE...]
Exit status: 0 every case passed, 1 some failed (each named), 2 usage, no case listed, or a
CASE the executable does not list.
"""
import subprocess
import sys
import time


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
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    exe = argv[1]
    listed = cases(exe)
    if not listed:
        print(f"run_each_case: {exe} -datatags listed no case", file=sys.stderr)
        return 2
    chosen = argv[2:]
    if chosen:
        # A data-driven function named whole stands for its rows, as Qt Test itself runs it.
        functions = {case.split(":", 1)[0] for case in listed}
        unknown = [case for case in chosen if case not in listed and case not in functions]
        if unknown:
            for case in unknown:
                print(f"run_each_case: {exe} has no case '{case}'", file=sys.stderr)
            return 2
    run_these = chosen or listed
    failed = []
    for case in run_these:
        print(f"run_each_case: {case}", flush=True)
        start = time.monotonic()
        run = subprocess.run([exe, case], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        print(run.stdout, flush=True)
        print(f"run_each_case: {case}: {time.monotonic() - start:.1f} s", flush=True)
        if run.returncode != 0:
            failed.append(f"{case} (exit {run.returncode})")
    print(f"run_each_case: {len(run_these) - len(failed)} of {len(run_these)} cases passed"
          + (f" ({len(listed)} listed, the others not chosen to run here)" if chosen else ""))
    for f in failed:
        print(f"run_each_case: FAILED {f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

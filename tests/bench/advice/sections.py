#!/usr/bin/env python3
"""How well `stemwise sections` finds the songs' section boundaries on the advice benchmark's
rendered sessions (issue 19), from the stems and from a mix alone.

  sections.py DIR STEMWISE [--set S ...] [--verbose]

DIR is the advice benchmark's folder (`bench.py make DIR --set clean` first; the default set is
"clean", the stems as rendered, without faults). The truth comes from the songs' own recipe
(songs.py): each song's bars are built by expand([(bars, chords), ...]), one entry a section
(intro, verse, chorus, bridge, outro), so a boundary lies at every bar where one entry ends and
the next begins, at the song's tempo (bar 1 at 0 s: the stems are rendered from the start of
the MIDI). The song's start and end are not counted.

Per song, four answers are scored against it:
  stems            `stemwise sections DIR/<song>/stems` (the stems' activity; tempo detected)
  mix              `stemwise sections MIX` on the stems summed by sox (-m: each at 1/n, then
                   normalised to -1 dBFS) into one file: a mix alone (tempo detected from it)
  mix, true tempo  the same with --bpm set to the song's tempo
  8-bar grid       the blind baseline: a boundary every 8 bars at the true tempo from 0 s

F-measure of the boundary hit rate: a found boundary hits a true one within the window (±0.5 s,
±3 s), each true one hit at most once (nearest first); F = 2·hits / (found + true), summed
over the songs before dividing.
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import songs as S  # noqa: E402


def truth_of(song_fn):
    """The song's tempo, its length in seconds and its section boundaries from its recipe."""
    recorded = []
    original = S.expand

    def recording(sections):
        recorded.append(list(sections))
        return original(sections)

    S.expand = recording
    try:
        song = song_fn()
    finally:
        S.expand = original
    bar_s = 240.0 / song.bpm
    bars = 0
    boundaries = []
    for count, _ in recorded[-1]:
        if bars > 0:
            boundaries.append(bars * bar_s)
        bars += count
    return song, bar_s, boundaries


def hits(found, truth, window):
    pairs = sorted((abs(f - t), i, j) for i, f in enumerate(found) for j, t in enumerate(truth) if abs(f - t) <= window)
    used_f, used_t, n = set(), set(), 0
    for _, i, j in pairs:
        if i not in used_f and j not in used_t:
            used_f.add(i)
            used_t.add(j)
            n += 1
    return n


def sections_of(stemwise, paths, bpm=None):
    cmd = [stemwise, "sections", "--no-store", "--json", "-", *map(str, paths)]
    if bpm:
        cmd += ["--bpm", f"{bpm:g}"]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit(f"sections bench: {' '.join(cmd)} failed ({r.returncode}):\n{r.stderr}")
    doc = json.loads(r.stdout)
    s = doc["sections"]
    return [b["time_s"] for b in s["boundaries"]], doc, s


def mixdown(stems, out):
    files = sorted(Path(stems).glob("*.wav"))
    if len(files) == 1:
        cmd = ["sox", str(files[0]), str(out), "gain", "-n", "-1"]
    else:
        cmd = ["sox", "-m", *map(str, files), "-e", "floating-point", "-b", "32", str(out), "gain", "-n", "-1"]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    verbose = "--verbose" in argv
    sets = [argv[i + 1] for i, a in enumerate(argv) if a == "--set" and i + 1 < len(argv)] or ["clean"]
    args = [a for a in args if a not in sets]
    if len(args) != 2:
        sys.exit(__doc__.split("\n\n")[0])
    root, stemwise = Path(args[0]), args[1]
    methods = ["stems", "mix", "mix, true tempo", "8-bar grid"]
    totals = {m: {"f": 0, "t": 0, 0.5: 0, 3.0: 0} for m in methods}
    rows = []
    with tempfile.TemporaryDirectory(prefix="stemwise-sections-") as tmp:
        for fault_set in sets:
            base = root if fault_set == "tuning" else root / fault_set
            for song_fn in S.SONGS:
                song, bar_s, truth = truth_of(song_fn)
                stems = base / song.name / "stems"
                if not stems.is_dir():
                    sys.exit(f"sections bench: no stems in {stems}: run `bench.py make {root} --set {fault_set}` first")
                mix = Path(tmp) / f"{fault_set}-{song.name}.wav"
                mixdown(stems, mix)
                found = {}
                found["stems"], _, _ = sections_of(stemwise, [stems])
                found["mix"], doc, s = sections_of(stemwise, [mix])
                found["mix, true tempo"], _, _ = sections_of(stemwise, [mix], song.bpm)
                length = song.beats * 60.0 / song.bpm
                found["8-bar grid"] = [k * 8 * bar_s for k in range(1, int(length / (8 * bar_s)) + 1) if k * 8 * bar_s < length - 1e-9]
                for m in methods:
                    t = totals[m]
                    t["f"] += len(found[m])
                    t["t"] += len(truth)
                    for w in (0.5, 3.0):
                        t[w] += hits(found[m], truth, w)
                rows.append((fault_set, song.name, song.bpm, doc.get("tempo_bpm"), s.get("method"), truth, found))
    print("section boundaries against the songs' recipes (songs.py), F-measure of the hit rate")
    for fault_set, name, bpm, detected, method, truth, found in rows:
        print(f"  {fault_set}/{name}: {bpm:g} BPM (mix: detected {detected}, method {method}); truth "
              + ", ".join(f"{t:.1f}" for t in truth))
        if verbose:
            for m in methods:
                print(f"      {m:16s} " + ", ".join(f"{f:.1f}" for f in found[m]))
    print(f"  {'':18s} {'found':>6s} {'true':>5s} {'F ±0.5 s':>9s} {'F ±3 s':>7s}")
    for m in methods:
        t = totals[m]
        f = {w: (2.0 * t[w] / (t["f"] + t["t"]) if t["f"] + t["t"] else 1.0) for w in (0.5, 3.0)}
        print(f"  {m:18s} {t['f']:6d} {t['t']:5d} {f[0.5]:9.2f} {f[3.0]:7.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])

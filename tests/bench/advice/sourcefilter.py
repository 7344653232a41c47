#!/usr/bin/env python3
"""A source-filter split of monophonic stems, tried as a first-bounce EQ-fault finder (research).

Usage: python3 tests/bench/advice/sourcefilter.py DIR
  DIR: the advice bench's directory (bench.py make): DIR/clean, DIR/<song> (tuning) and
  DIR/holdout/<song>.

Not used by Stemwise; kept so that the figures quoted in the README's advice section can be
measured again. The idea: in a pitched line, the level of harmonic h in frame t is

    A(t, h) = L(t) + S(h) + F(h * f0(t))      (dB)

a frame level, a source spectrum that moves with the notes (a sampler's resampled formants, an
oscillator's harmonics) and a filter fixed in frequency (a body, a room, an EQ). Many notes
sample F at many frequencies, so S and F can be told apart by least squares. F is then searched
for bells (Q 0.7-6, 5-14 dB, fitted with a local line, r2 >= 0.8, residual <= 0.3 of the gain),
on the clean stems (any find is a false alarm) and the faulted ones (a find that undoes the
fault as bench.py's `undoes` judges a bell counts).

f0 by YIN (de Cheveigne & Kawahara 2002; threshold 0.15, 40-1500 Hz), 8192-point Hann frames
every 2048 samples, harmonics up to 16 kHz read as the peak within 3 % of h * f0, F on a
1/12-octave grid, S smoothed by a second-difference penalty.
"""

import json
import sys
from pathlib import Path

import numpy as np
import soundfile as sf
from scipy.sparse import coo_matrix, vstack
from scipy.sparse.linalg import lsqr


def yin_f0(x, sr, hop, width=2048, fmin=40.0, fmax=1500.0, threshold=0.15):
    max_tau, min_tau = int(sr / fmin), int(sr / fmax)
    n = width + max_tau
    count = max(0, (len(x) - n) // hop)
    f0 = np.zeros(count)
    size = 1 << int(np.ceil(np.log2(2 * n)))
    taus = np.arange(max_tau + 1)
    for i in range(count):
        frame = x[i * hop:i * hop + n]
        if np.sqrt(np.mean(frame[:width] ** 2)) < 1e-4:
            continue
        acf = np.fft.irfft(np.fft.rfft(frame, size) * np.conj(np.fft.rfft(frame[:width], size)), size)[:max_tau + 1]
        energy = np.concatenate([[0.0], np.cumsum(frame ** 2)])
        d = energy[width] + (energy[taus + width] - energy[taus]) - 2.0 * acf
        d[0] = 0.0
        cmnd = np.ones(max_tau + 1)
        cmnd[1:] = d[1:] * np.arange(1, max_tau + 1) / np.maximum(np.cumsum(d[1:]), 1e-12)
        below = np.where(cmnd[min_tau:] < threshold)[0]
        if len(below) == 0:
            continue
        t = below[0] + min_tau
        while t + 1 <= max_tau and cmnd[t + 1] < cmnd[t]:
            t += 1
        tau = float(t)
        if 1 <= t < max_tau:
            a, b, c = cmnd[t - 1], cmnd[t], cmnd[t + 1]
            if a - 2 * b + c != 0:
                tau = t + 0.5 * (a - c) / (a - 2 * b + c)
        f0[i] = sr / tau
    return f0


def fixed_filter(path, nfft=8192, hop=2048, harmonics=40, per_octave=12, fmin=20.0):
    """The grid's centres, F on it and how many harmonic readings each point holds; None when
    the stem has no voiced frames."""
    x, sr = sf.read(str(path), always_2d=True)
    x = x.mean(axis=1)
    f0 = yin_f0(x, sr, hop)
    window = np.hanning(nfft)
    readings = []  # (frame, harmonic, frequency, dB)
    for i, f in enumerate(f0):
        start = i * hop + 1024 - nfft // 2
        if f <= 0 or start < 0 or start + nfft > len(x):
            continue
        db = 20 * np.log10(np.abs(np.fft.rfft(x[start:start + nfft] * window)) + 1e-12)
        frame = []
        for h in range(1, harmonics + 1):
            k = h * f * nfft / sr
            lo, hi = int(k * 0.97), int(np.ceil(k * 1.03)) + 1
            if h * f > 16000 or hi >= len(db):
                break
            frame.append((i, h, h * f, db[lo:hi].max()))
        top = max(r[3] for r in frame) if frame else 0
        readings += [r for r in frame if r[3] > top - 60]
    if not readings:
        return None
    r = np.array(readings)
    frames = {int(t): j for j, t in enumerate(np.unique(r[:, 0]))}
    bins = int(np.log2(20000 / fmin) * per_octave) + 1
    b = np.clip(np.round(np.log2(r[:, 2] / fmin) * per_octave).astype(int), 0, bins - 1)
    m, nt = len(r), len(frames)
    rows = np.concatenate([np.arange(m)] * 3)
    cols = np.concatenate([[frames[int(t)] for t in r[:, 0]], nt + r[:, 1].astype(int) - 1, nt + harmonics + b])
    design = coo_matrix((np.ones(3 * m), (rows, cols)), shape=(m, nt + harmonics + bins))
    # S smooth over h (second differences, weight 0.3) and of zero mean (the gauge).
    penalty_rows, penalty_cols, penalty_vals = [], [], []
    k = 0
    for h in range(1, harmonics - 1):
        for j, w in ((h - 1, 1.0), (h, -2.0), (h + 1, 1.0)):
            penalty_rows.append(k)
            penalty_cols.append(nt + j)
            penalty_vals.append(0.3 * w)
        k += 1
    for h in range(harmonics):
        penalty_rows.append(k)
        penalty_cols.append(nt + h)
        penalty_vals.append(1.0)
    k += 1
    penalty = coo_matrix((penalty_vals, (penalty_rows, penalty_cols)), shape=(k, nt + harmonics + bins))
    solution = lsqr(vstack([design, penalty]).tocsr(), np.concatenate([r[:, 3], np.zeros(k)]),
                    atol=1e-8, btol=1e-8, iter_lim=5000)[0]
    centres = fmin * 2 ** (np.arange(bins) / per_octave)
    return centres, solution[nt + harmonics:], np.bincount(b, minlength=bins)


def bell_db(octaves, q):
    """The analogue peaking filter's response in dB per dB of gain (Audio EQ Cookbook)."""
    w = 2.0 ** octaves
    a = 10 ** (1 / 40)
    return 10 * np.log10(((1 - w ** 2) ** 2 + (w * a / q) ** 2) / ((1 - w ** 2) ** 2 + (w / (a * q)) ** 2))


def find_bells(centres, f, counts, per_octave=12, min_count=5):
    keep = counts >= min_count
    x, y = np.log2(centres[keep]), f[keep].copy()
    found = []
    if len(x) < 12:
        return found
    for _ in range(3):
        best = None
        for i in range(len(x)):
            for q in (0.7, 1, 1.4, 2, 3, 4, 6):
                half = max(3, int(round(1.25 * 2 * np.arcsinh(1 / (2 * q)) / np.log(2) * per_octave)))
                sel = np.abs(x - x[i]) <= half / per_octave
                if sel.sum() < 7 or (x[sel] < x[i]).sum() < 0.4 * half or (x[sel] > x[i]).sum() < 0.4 * half:
                    continue
                shape = bell_db(x[sel] - x[i], q)
                design = np.stack([np.ones(sel.sum()), x[sel] - x[i], shape], axis=1)
                coef = np.linalg.lstsq(design, y[sel], rcond=None)[0]
                line = np.polyval(np.polyfit(x[sel] - x[i], y[sel], 1), x[sel] - x[i])
                rss_line, rss = np.sum((y[sel] - line) ** 2), np.sum((y[sel] - design @ coef) ** 2)
                r2 = 1 - rss / rss_line if rss_line > 1e-9 else 0.0
                gain, residual = coef[2], np.sqrt(rss / sel.sum())
                if not 5 <= abs(gain) <= 14 or r2 < 0.8 or residual > 0.3 * abs(gain):
                    continue
                if best is None or r2 > best[0]:
                    best = (r2, 2 ** x[i], q, gain, shape, sel)
        if best is None:
            break
        r2, hz, q, gain, shape, sel = best
        found.append({"frequency_hz": round(hz), "q": q, "gain_db": round(gain, 1), "r2": round(r2, 2)})
        y[sel] -= gain * shape
    return found


def undoes(fault, bell):
    """As bench.py's `undoes` for a bell (the move is the inverse of the bell found)."""
    return (fault.get("kind") == "bell"
            and abs(np.log2(bell["frequency_hz"] / fault["frequency_hz"])) <= 1 / 3
            and bell["gain_db"] * fault["gain_db"] > 0
            and abs(fault["gain_db"]) / 2 <= abs(bell["gain_db"]) <= 2 * abs(fault["gain_db"])
            and fault["q"] / 2 <= bell["q"] <= 2 * fault["q"])


def main():
    root = Path(sys.argv[1])
    clean_stems = clean_finding = clean_finds = eq_faults = found_faults = 0
    for set_name, base in (("tuning", root), ("holdout", root / "holdout")):
        for song_dir in sorted(p for p in base.iterdir() if (p / "truth.json").exists()):
            truth = json.loads((song_dir / "truth.json").read_text())
            faults = {f["track"]: f for f in truth["faults"] if "track" in f}
            for name, stem in truth["stems"].items():
                if stem.get("drums"):
                    continue
                runs = [("fault", song_dir / "stems" / f"{name}.wav")] if name in faults else []
                if set_name == "tuning":
                    runs.insert(0, ("clean", root / "clean" / song_dir.name / "stems" / f"{name}.wav"))
                for kind, path in runs:
                    split = fixed_filter(path)
                    bells = find_bells(*split) if split else []
                    fault = faults.get(name) if kind == "fault" else None
                    hit = fault is not None and any(undoes(fault, b) for b in bells)
                    if kind == "clean":
                        clean_stems += 1
                        clean_finding += bool(bells)
                        clean_finds += len(bells)
                    elif fault["kind"] in ("bell", "high_shelf", "low_shelf"):
                        eq_faults += 1
                        found_faults += hit
                    print(f"{set_name:8} {song_dir.name:9} {name:16} {kind:5} bells {bells}"
                          + (f"  fault {fault}" if fault else "") + ("  UNDONE" if hit else ""))
    print(f"EQ faults on pitched stems undone: {found_faults} of {eq_faults}; clean pitched stems with a bell "
          f"found: {clean_finding} of {clean_stems} ({clean_finds} bells)")


if __name__ == "__main__":
    main()

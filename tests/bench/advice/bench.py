#!/usr/bin/env python3
"""Known-fault benchmark of Stemwise's advice (issue: advice an engineer would act on).

  bench.py make DIR [--set S] [--soundfont FILE] [--drumkit DIR]
                                         render the three sessions and put the known faults on
  bench.py score DIR STEMWISE [--set S] [--rebounce]
                                         run `stemwise analyze` and `stemwise suggest` on them, print the figures
  bench.py types DIR STEMWISE [--set S]  only the type accuracy (see below)
  bench.py spread DIR STEMWISE           how far apart the clean stems of one type family are (below)
  bench.py ranges DIR STEMWISE           the band shares the clean stems of each type hold (below)
  bench.py kits [KITS]                   how bright the recorded drums of Debian's Hydrogen kits are (below)

Two fault sets (faults.py): "tuning" (the default, in DIR/<song>) is the one the advice is tuned
on; "holdout" (in DIR/holdout/<song>) puts other tonal faults on other stems of the same songs
and is only ever scored, so that advice fitted to the tuning set's faults shows up as a gap
between the two.

The material: three songs written here as MIDI (songs.py), one part per stem, rendered by
FluidSynth through the Fluid R3 General MIDI soundfont (recorded instrument samples; Debian's
fluidsynth and fluid-soundfont-gm; `make --soundfont FILE` renders the same notes through another
soundfont, such as MuseScore's General, musescore-general-soundfont, whose samples the advice was
never tuned on; `make --drumkit DIR` plays the drum parts from a Hydrogen drum kit's recorded
samples instead, hydrogen-drumkits, full bandwidth where the soundfonts' drums stop near 10 kHz).
The notes are known, so a narrow cut on a played note can
be counted. The faults (faults.py) are put on with sox: bells and shelves of several
frequencies, widths and gains, rumble, clipping, DC, a flipped channel, a polarity-flipped
duplicate; masking pairs are written into the arrangement. Clean stems are left as rendered
(levels set as a mix engineer's bounce would have them); the pads, strings and pianos are
decorrelated as rendered (a wide pad is not an inverted one).

--rebounce scores the faults as a re-bounce: the clean set's stems (`make DIR --set clean`) are
analysed first into the session's database at the paths of a scratch folder (DIR/<song>/rebounce),
then the faulted stems are copied over them, as an engineer's re-bounce overwrites its files, and
analysed and suggested on as usual: what the advice makes of a fault that came in between two
bounces (the re-bounce rule, core/suggest/bouncerules.cpp). Without it, every stem is a first bounce.

Scoring (each figure is printed for the suggestions shown by default, and for `--all`):
  remedied   a suggested move on the right track undoes the fault: EQ faults -- the opposite
             gain (sign right, size within a factor of two), centre within a third of an octave,
             a bell of Q within a factor of two for a bell, a shelf of the same side for a shelf;
             rumble -- a high-pass from 28 Hz up to the stem's lowest played note; clipping, DC --
             the issue on that track (the move is at the source: re-bounce, remove the DC);
             flipped channel -- a polarity move on the track; duplicate -- a polarity move on
             either stem naming the other; masking -- a masking move naming both tracks of the pair.
  detected   something on the right track points at the fault (a move of the right sign within
             an octave, an issue of the right kind), whether or not it would undo it.
  false alarms  moves and issues that claim a fault a stem does not have: EQ moves and tonal
             issues (resonance, mud, harshness) with no fault near them, polarity or phase alarms
             without a flipped channel or duplicate, clipping or DC without it, a high-pass above
             the stem's lowest played note.
  notches on played notes  narrow cuts (bell, Q >= 3) that undo no fault, within 50 cents of the
             fundamental or the octave of a note the stem plays.
  false levels  balance moves and section rides (the gain plan's lines included) on stems whose
             level the benchmark left as the song sets it (every stem but a clipped one): the songs
             give each part the level a mix's bounce would (songs.py), so such a move works against
             the balance as written.
  EQ moves per clean stem  EQ moves (own rules and masking carves) on stems without any fault.
  type accuracy  the stems copied under generic names ("Audio 01.wav", …) into a scratch folder,
             so that the type comes from the audio alone, and each stem's type compared with the
             family of the instrument it was rendered from (type_family): right, "other" (unsure,
             counted apart: a rule that needs a type then says so) or wrong.

Spread (the set "clean": the sessions without a fault, made with `make DIR --set clean`): what a
tonal fault is up against when it is judged by the type's expected envelope (issue 17, point 2).
Each clean stem's LTAS (from `stemwise analyze`) smoothed to a third of an octave and levelled on
its mean power from 100 Hz to 5 kHz; per type family (type_family; drums by their named type: kick, snare, hats) with at least three stems,
the standard deviation across its stems at octave centres, and the share of the EQ faults of
both sets whose gain at their frequency is under twice that deviation (a fault the family's
own spread could hide).

Ranges (the set "clean" again): the measured source of the expected ranges the spectrum view
shades where the knowledge base has no published figure (core/suggest/knowledgebase.cpp,
kMeasuredShares). Per track type (as `stemwise analyze` types the stem), the lowest and highest
share of each of the seven bands across its clean stems; a type with fewer than three distinct
stems (stems of one sample, like the three kicks, count once) is pooled with its family (the kit: kick, snare, hats, drums; the melodic parts: vocals, guitar,
keys, synth, pad, strings, winds), "fx" and "other" with every stem, "mix" is the three sessions'
sums (sox -m). The range printed is that hull widened by 6 dB each way (a factor of four: the
families' spread above is 1-17 dB, and three to eleven stems do not show a type's extremes),
capped at 100 %, its minimum 0 where the widened minimum is under 0.5 %, its maximum at least
1 % (the soundfont's samples hold next to nothing above 10 kHz; recordings do). Stems within
1 % of each other in every band are one sample and count once.

Kits (no rendering, no Stemwise): the kick, snare, side stick and closed hat of every Hydrogen kit
in KITS (default: Debian's hydrogen-drumkits), chosen as `make --drumkit` chooses them, each kit's
loudest hit measured for its brightness (power 5-14 kHz over 500 Hz-2 kHz, dB) clean and through
the bench's +9 dB high shelf at 3 kHz: how far apart real kits are against how far the shelf
moves one, and how well the best threshold on that figure would tell a shelved hit from a clean
one. A sample shared by several kits counts once. Then, within each kit, one drum's brightness
over another's (a closed hat over the kit's ride, crash and snare, a snare over its kick, a side
stick over its snare): whether a kit's drums are bright or dull together, which would let a
shelf on one be told against the others.
"""

import bisect
import hashlib
import inspect
import json
import math
import os
import shutil
import struct
import subprocess
import sys
import tempfile
from array import array
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import faults as F  # noqa: E402
import midi  # noqa: E402
import songs  # noqa: E402

SOUNDFONT = "/usr/share/sounds/sf2/FluidR3_GM.sf2"  # make --soundfont FILE renders through another
DRUMKIT = None  # make --drumkit DIR plays the drum parts from a Hydrogen kit's samples
RATE = 48000


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if r.returncode != 0:
        sys.exit(f"advice bench: {' '.join(cmd)} failed ({r.returncode}):\n{r.stderr}")
    return r.stdout


def hz(key):
    return 440.0 * 2.0 ** ((key - 69) / 12.0)


def sources_hash(fault_set):
    """What a rendering depends on: the songs, the MIDI writer, the set's faults and the
    rendering code (not the scoring, so a change to the scoring renders nothing again)."""
    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in ("songs.py", "midi.py"):
        h.update((here / name).read_bytes())
    h.update(json.dumps([fault_set, F.SETS[fault_set], F.DERIVED, F.FLOAT, SOUNDFONT, DRUMKIT], sort_keys=True).encode())
    for fn in (F.sox_effects, scale_float_wav, render, render_kit, kit_instrument_for, bounce, make):
        h.update(inspect.getsource(fn).encode())
    return h.hexdigest()[:16]


def set_dir(root, fault_set):
    """Where a fault set's sessions live: DIR/<song> for the tuning set, DIR/<set>/<song> else."""
    return Path(root) if fault_set == "tuning" else Path(root) / fault_set


# ---- float WAV: scaling past full scale (sox works in 32-bit integers internally) ----------

def scale_float_wav(path, gain):
    data = bytearray(Path(path).read_bytes())
    pos = 12
    while pos + 8 <= len(data):
        cid, size = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        if cid == b"data":
            samples = array("f")
            samples.frombytes(bytes(data[pos + 8:pos + 8 + size]))
            samples = array("f", [s * gain for s in samples])
            data[pos + 8:pos + 8 + size] = samples.tobytes()
            Path(path).write_bytes(data)
            return
        pos += 8 + size + (size & 1)
    sys.exit(f"advice bench: no data chunk in {path}")


# ---- make -------------------------------------------------------------------------------

# ---- drums from a Hydrogen drum kit (make --drumkit DIR) -------------------------------------
# Which of a kit's instruments plays each General MIDI drum note the songs use: the first whose
# name holds one of the phrases (lower case), in order; "!" words must not be in it. The kits
# of Debian's hydrogen-drumkits name their instruments, not their notes (midiOutNote is 60 for
# all in most of them).
KIT_NOTES = {
    songs.KICK: ["kick", "bassdrum", "bass drum"],
    songs.RIM: ["side stick", "stick"],
    songs.SNARE: ["snare !rim !roll", "snare"],
    songs.CLAP: ["clap"],
    songs.HAT: ["hat closed", "closed hh", "closed"],
    songs.HAT_PEDAL: ["hat pedal", "pedal"],
    songs.HAT_OPEN: ["hat open", "open hh", "open"],
    songs.TOM_LOW: ["tom floor", "tom low"],
    songs.TOM_MID: ["tom 2", "tom mid"],
    songs.TOM_HIGH: ["tom 1", "tom hi"],
    songs.CRASH: ["crash !flink", "crash"],
    songs.RIDE: ["ride !bell !flink !crash", "ride"],
    songs.SHAKER: ["shaker", "maraca"],
}


def kit_instruments(kit):
    """[(name, gain, [(min velocity 0-1, max, gain, file)])] of a Hydrogen drumkit.xml."""
    import xml.etree.ElementTree as ET
    root = ET.parse(Path(kit) / "drumkit.xml").getroot()
    ns = root.tag[:root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    out = []
    for ins in root.iter(ns + "instrument"):
        name = (ins.findtext(ns + "name") or "").strip()
        layers = []
        for layer in ins.iter(ns + "layer"):
            f = layer.findtext(ns + "filename")
            if f:
                layers.append((float(layer.findtext(ns + "min") or 0), float(layer.findtext(ns + "max") or 1),
                               float(layer.findtext(ns + "gain") or 1), Path(kit) / f))
        if name and layers:
            out.append((name, float(ins.findtext(ns + "volume") or 1), layers))
    return out


def kit_instrument_for(instruments, key):
    for phrase in KIT_NOTES.get(key, []):
        words = phrase.split()
        want = " ".join(w for w in words if not w.startswith("!"))
        avoid = [w[1:] for w in words if w.startswith("!")]
        for ins in instruments:
            n = ins[0].lower()
            if want in n and not any(a in n for a in avoid):
                return ins
    return None


def render_kit(part, song, work, kit):
    """The drum part played from the kit's samples (recorded drums, full bandwidth), dry, panned
    as the part, at RATE; None when the kit has no instrument for one of its notes."""
    import numpy as np
    import soundfile as sf
    from scipy.signal import resample_poly
    instruments = kit_instruments(kit)
    chosen = {key: kit_instrument_for(instruments, key) for key in {n[2] for n in part.notes}}
    if any(v is None for v in chosen.values()):
        return None
    cache = {}

    def sample(path):
        if path not in cache:
            x, sr = sf.read(str(path), dtype="float64", always_2d=True)
            x = x.mean(axis=1)
            if sr != RATE:
                g = math.gcd(int(sr), RATE)
                x = resample_poly(x, RATE // g, int(sr) // g)
            cache[path] = x
        return cache[path]

    length = int((song.beats * 60.0 / song.bpm + 4.0) * RATE)
    mono = np.zeros(length)
    for start, _, key, velocity in part.notes:
        _, volume, layers = chosen[key]
        v = velocity / 127.0
        lo, hi, gain, path = next((l for l in layers if l[0] <= v <= l[1]), layers[-1])
        x = sample(path) * volume * gain * v
        at = int(round(start * 60.0 / song.bpm * RATE))
        n = min(len(x), length - at)
        if n > 0:
            mono[at:at + n] += x[:n]
    angle = (part.pan / 127.0) * math.pi / 2.0  # constant-power pan, 64 = centre
    raw = work / f"{part.stem}.raw.wav"
    sf.write(str(raw), np.stack([mono * math.cos(angle), mono * math.sin(angle)], axis=1).astype("float32"), RATE,
             subtype="FLOAT")
    return raw


def render(part, song, work):
    if DRUMKIT and part.program == songs.DRUMS:
        raw = render_kit(part, song, work, DRUMKIT)
        if raw is not None:
            return raw
    mid = work / f"{part.stem}.mid"
    raw = work / f"{part.stem}.raw.wav"
    midi.write_part(mid, part, song.bpm, song.beats, songs.DRUMS)
    run(["fluidsynth", "-n", "-i", "-q", "-r", str(RATE), "-g", "0.5", "-O", "float", "-T", "wav", "-F", str(raw),
         SOUNDFONT, str(mid)])
    return raw


def bounce(raw, out, seconds, mono, peak_dbfs, effects, fault_list, is_float, float_peak, work):
    """raw (FluidSynth's float rendering) -> the stem: its faults, its level, its format, and
    the session's length (every stem of a bounce is as long as the song). A 10 Hz high-pass
    takes off the DC that some of the soundfont's samples carry."""
    fmt = ["-e", "floating-point", "-b", "32"] if is_float else ["-b", "24"]
    pre = (["remix", "1"] if mono else []) + ["highpass", "10", "pad", "0", "10", "trim", "0", f"{seconds:.3f}"]
    pre += list(effects)
    for f in fault_list:
        pre += F.sox_effects(f)
    kinds = {f["kind"] for f in fault_list}
    post = []
    level = peak_dbfs
    if "clipping" in kinds:
        gain = next(f["gain_db"] for f in fault_list if f["kind"] == "clipping")
        level = 0.0
        post = ["gain", str(gain)]
    if "dc" in kinds:
        post += ["dcshift", str(next(f["offset"] for f in fault_list if f["kind"] == "dc"))]
    if "rumble" in kinds:
        # The stem at its level, mono rumble 12 dB under its peak, summed, and the level again.
        stem = work / (out.stem + ".pre.wav")
        noise = work / (out.stem + ".rumble.wav")
        run(["sox", "-D", "-R", str(raw), "-e", "floating-point", "-b", "32", str(stem), *pre, "gain", "-n",
             str(level)])
        run(["sox", "-D", "-R", "-n", "-r", str(RATE), "-c", "1", "-e", "floating-point", "-b", "32", str(noise),
             "synth", f"{seconds:.3f}", "brownnoise", "lowpass", "35", "lowpass", "35", "highpass", "8", "remix", "1", *([] if mono else ["1"]),
             "gain", "-n", str(level - 12.0)])
        run(["sox", "-D", "-R", "-m", str(stem), str(noise), *fmt, str(out), "gain", "-n", str(level), *post])
        return
    run(["sox", "-D", "-R", str(raw), *fmt, str(out), *pre, "gain", "-n", str(level), *post], env=dict(os.environ))
    if is_float and float_peak is not None:
        scale_float_wav(out, 10.0 ** ((float_peak - level) / 20.0))


def make(root, fault_set="tuning"):
    root = set_dir(root, fault_set)
    stamp = sources_hash(fault_set)
    for song_fn in songs.SONGS:
        song = song_fn()
        sdir = root / song.name
        truth_path = sdir / "truth.json"
        if truth_path.exists() and json.loads(truth_path.read_text()).get("sources") == stamp:
            print(f"{song.name}: up to date")
            continue
        shutil.rmtree(sdir, ignore_errors=True)
        stems_dir, work = sdir / "stems", sdir / "work"
        stems_dir.mkdir(parents=True)
        work.mkdir()
        fault_list = F.SETS[fault_set].get(song.name, [])
        floats = F.FLOAT.get(song.name, {})
        derived = F.DERIVED.get(song.name, {})
        truth = {"sources": stamp, "set": fault_set, "song": song.name, "bpm": song.bpm, "faults": fault_list, "stems": {}}
        raws = {}
        for part in song.parts:
            raws[part.stem] = (render(part, song, work), part)
        stems = [(p.stem, p.stem, p.peak_dbfs, []) for p in song.parts]
        stems += [(name, d["source"], d["peak_dbfs"], d["effects"]) for name, d in derived.items()]
        for name, source, peak, effects in stems:
            raw, part = raws[source]
            mine = [f for f in fault_list if f.get("track") == name]
            extra = list(effects)
            bounce(raw, stems_dir / f"{name}.wav", song.beats * 60.0 / song.bpm + 1.0, part.mono, peak, extra, mine, name in floats, floats.get(name), work)
            played = {}
            for _, length, key, _ in part.notes:
                played[key] = played.get(key, 0.0) + length
            drums = part.program == songs.DRUMS
            truth["stems"][name] = {
                "drums": drums,
                "program": part.program,
                "notes": [] if drums else sorted([k, round(v, 3)] for k, v in played.items()),
                "lowest_note_hz": None if drums or not played else hz(min(played)),
                "faults": mine,
                "in_masking_pair": any(name in f.get("tracks", []) for f in fault_list),
                "duplicate_source": any(f.get("source") == name for f in fault_list),
                "float": name in floats,
            }
        shutil.rmtree(work)
        truth_path.write_text(json.dumps(truth, indent=1))
        print(f"{song.name}: {len(truth['stems'])} stems, {len(fault_list)} faults -> {stems_dir}")


# ---- score ------------------------------------------------------------------------------

def octaves(a, b):
    return abs(math.log2(a / b))


def changed_track(s):
    t = s["target"]
    return t["tracks"][0] if t["kind"] != "session" and t["tracks"] else None


def num(s, key):
    v = s["parameters"].get(key)
    return v if isinstance(v, (int, float)) else None


def eq_move(s):
    """(filter, frequency, gain, q) of an EQ boost or cut, else None."""
    f, g = num(s, "frequency_hz"), num(s, "gain_db")
    kind = s["parameters"].get("filter")
    if s["type"] != "eq" or f is None or g is None or kind is None:
        return None
    return kind, f, g, num(s, "q")


def undoes(fault, s):
    """True when suggestion s, applied, undoes the EQ fault (see the module's doc)."""
    m = eq_move(s)
    if m is None:
        return False
    kind, f, g, q = m
    G = fault["gain_db"]
    if octaves(f, fault["frequency_hz"]) > 1 / 3 or g * G >= 0 or not (abs(G) / 2 <= abs(g) <= 2 * abs(G)):
        return False
    if fault["kind"] == "bell":
        return kind == "bell" and q is not None and fault["q"] / 2 <= q <= 2 * fault["q"]
    return kind == fault["kind"]


def points_at(fault, s):
    """Looser: an EQ move of the right sign on the right side of the spectrum."""
    m = eq_move(s)
    if m is None:
        return False
    kind, f, g, q = m
    if g * fault["gain_db"] >= 0:
        return False
    if fault["kind"] == "bell":
        return octaves(f, fault["frequency_hz"]) <= 1
    if fault["kind"] == "high_shelf":
        return f >= fault["frequency_hz"] / 2
    return f <= fault["frequency_hz"] * 2


def is_polarity(s):
    action = s["parameters"].get("action", "")
    return isinstance(action, str) and "polarity" in action


def names_track(s, name):
    return name in s["target"]["tracks"] or any(name in e["measure"] for e in s["evidence"]) or name in s["title"]


TONAL_ISSUES = {"resonance", "mud", "harshness", "boxiness", "honk", "tonal_bump", "tonal_dip", "dull", "tonal_balance"}
PHASE_ISSUES = {"phase_correlation", "polarity"}


def issue_frequency(issue):
    for e in issue["evidence"]:
        if e["measure"].endswith("_hz") and isinstance(e.get("value"), (int, float)):
            return e["value"]
    return None


def issue_explained(issue, stem):
    """An issue that a fault on this stem accounts for."""
    code = issue["code"]
    kinds = {f["kind"] for f in stem["faults"]}
    if code in PHASE_ISSUES or code == "mono_compatibility":
        return bool(kinds & {"inverted_channel", "polarity_duplicate"})
    if code == "clipping":
        return "clipping" in kinds
    if code == "dc_offset":
        return bool(kinds & {"dc", "clipping"})  # clipping an asymmetric wave leaves DC
    if code == "excess_sub":
        return "rumble" in kinds or any(f.get("frequency_hz", 1e9) < 200 and f.get("gain_db", 0) > 0 for f in stem["faults"])
    if code in TONAL_ISSUES:
        f0 = issue_frequency(issue)
        band = {"mud": (250, 500), "harshness": (2000, 4000)}.get(code)
        for f in stem["faults"]:
            if "frequency_hz" not in f or f["kind"] == "rumble":
                continue
            if f["kind"] == "high_shelf" and (band and band[1] >= f["frequency_hz"] / 2 or f0 and f0 >= f["frequency_hz"] / 2):
                return True
            if f["kind"] == "low_shelf" and (band and band[0] <= f["frequency_hz"] * 2 or f0 and f0 <= f["frequency_hz"] * 2):
                return True
            if f["kind"] == "bell":
                centre = f0 if f0 else math.sqrt(band[0] * band[1]) if band else None
                if centre and octaves(centre, f["frequency_hz"]) <= 1:
                    return True
        return False
    return True  # not a kind of fault the benchmark puts on


def on_played_note(freq, stem):
    for key, _ in stem["notes"]:
        for k in (1, 2):
            if abs(1200 * math.log2(freq / (k * hz(key)))) <= 50:
                return True
    return False


class Scored:
    def __init__(self):
        self.faults = 0
        self.remedied = {"shown": 0, "all": 0}
        self.detected = {"shown": 0, "all": 0}
        self.false_alarms = {"shown": 0, "all": 0}
        self.false_issues = 0
        self.false_levels = 0
        self.notches = {"shown": 0, "all": 0}
        self.notches_on_notes = {"shown": 0, "all": 0}
        self.clean_stems = 0
        self.clean_eq = {"shown": 0, "all": 0}
        self.stems = 0
        self.per_stem_shown = []
        self.suggestions = {"shown": 0, "all": 0}
        # Per rule, of the moves shown: [shown, undo a fault, point at one, claim one the stem
        # lacks, sum of their stated confidences].
        self.by_rule = {}
        self.lines = []

    def add(self, other):
        for k, v in vars(other).items():
            if k == "by_rule":
                for rule, counts in v.items():
                    mine = self.by_rule.setdefault(rule, [0, 0, 0, 0, 0.0])
                    for i, c in enumerate(counts):
                        mine[i] += c
            elif isinstance(v, dict):
                for kk in v:
                    getattr(self, k)[kk] += v[kk]
            elif isinstance(v, list):
                getattr(self, k).extend(v)
            else:
                setattr(self, k, getattr(self, k) + v)


def describe(s):
    return f"[{s['rule']}{'' if s['shown'] else ', hidden'}] {s['title']}"


def score_session(sdir, stemwise, keep, clean_dir=None):
    truth = json.loads((sdir / "truth.json").read_text())
    db = sdir / "bench.sqlite"
    for p in sdir.glob("bench.sqlite*"):
        p.unlink()
    stems_dir = str(sdir / "stems")
    if clean_dir is not None:
        # A re-bounce: the clean stems analysed first at the paths of a scratch session folder,
        # then the faulted ones bounced over them, as an engineer's re-bounce overwrites its files.
        work = sdir / "rebounce"
        shutil.rmtree(work, ignore_errors=True)
        (work / "stems").mkdir(parents=True)
        for f in sorted((sdir / "stems").glob("*.wav")):
            clean = clean_dir / "stems" / f.name
            if clean.exists():
                shutil.copyfile(clean, work / "stems" / f.name)
        run([stemwise, "analyze", str(work / "stems"), "--brief", "--db", str(db), "--json", "-"])
        for f in sorted((sdir / "stems").glob("*.wav")):
            shutil.copyfile(f, work / "stems" / f.name)
        stems_dir = str(work / "stems")
    analysis = json.loads(run([stemwise, "analyze", stems_dir, "--brief", "--db", str(db), "--json", "-"]))
    suggestions = json.loads(run([stemwise, "suggest", stems_dir, "--db", str(db), "--json", "-"]))
    if keep:
        (sdir / "analysis.json").write_text(json.dumps(analysis, indent=1))
        (sdir / "suggestions.json").write_text(json.dumps(suggestions, indent=1))
    issues = {t["name"]: t["issues"] for t in analysis["tracks"]}
    types = {t["name"]: t["type"] for t in analysis["tracks"]}
    all_s = suggestions["suggestions"]
    sets = {"shown": [s for s in all_s if s["shown"]], "all": all_s}
    stems = truth["stems"]
    sc = Scored()
    sc.stems = len(stems)
    sc.faults = len(truth["faults"])
    sc.suggestions = {k: len(v) for k, v in sets.items()}
    for name in stems:
        sc.per_stem_shown.append(sum(1 for s in sets["shown"] if changed_track(s) == name))

    # Faults.
    matched = {"shown": set(), "all": set()}  # ids of suggestions that undo or point at a fault
    undoing = set()  # ids of shown suggestions that undo a fault
    for fault in truth["faults"]:
        kind = fault["kind"]
        verdicts = {}
        for which, ss in sets.items():
            rem = det = None
            if kind in ("bell", "high_shelf", "low_shelf"):
                mine = [s for s in ss if changed_track(s) == fault["track"]]
                rem = next((s for s in mine if undoes(fault, s)), None)
                det = rem or next((s for s in mine if points_at(fault, s)), None)
                for s in mine:
                    if undoes(fault, s) or points_at(fault, s):
                        matched[which].add(id(s))
            elif kind == "rumble":
                lowest = stems[fault["track"]]["lowest_note_hz"] or 1e9
                mine = [s for s in ss if changed_track(s) == fault["track"] and s["parameters"].get("filter") == "high_pass"]
                rem = next((s for s in mine if 28 <= num(s, "frequency_hz") <= lowest), None)
                det = rem or (mine[0] if mine else None)
            elif kind in ("clipping", "dc"):
                code = "clipping" if kind == "clipping" else "dc_offset"
                hit = any(i["code"] == code for i in issues.get(fault["track"], []))
                rem = det = {"rule": f"issue {code}", "shown": True, "title": "(analysis issue)"} if hit else None
            elif kind == "inverted_channel":
                mine = [s for s in ss if changed_track(s) == fault["track"]]
                rem = next((s for s in mine if is_polarity(s)), None)
                det = rem or next((s for s in mine if s["type"] == "stereo"), None)
            elif kind == "polarity_duplicate":
                a, b = fault["track"], fault["source"]
                pol = [s for s in ss if is_polarity(s) and changed_track(s) in (a, b)]
                rem = next((s for s in pol if names_track(s, b if changed_track(s) == a else a)), None)
                det = rem or (pol[0] if pol else None) or next(
                    (s for s in ss if s["rule"] == "mono_sum" and (a in s["target"]["tracks"] or b in s["target"]["tracks"])), None)
            elif kind == "delayed_duplicate":
                a, b = fault["track"], fault["source"]
                pair = [s for s in ss if s["rule"] in ("time_align", "polarity_pair") and {a, b} <= set(s["target"]["tracks"])]
                rem = next((s for s in pair if s["rule"] == "time_align" and changed_track(s) == a
                            and abs(-num(s, "shift_ms") - fault["delay_ms"]) <= 0.25), None)
                det = rem or (pair[0] if pair else None)
            elif kind == "masking":
                pair = set(fault["tracks"])
                # The move names both tracks (a carve the session plan merged names every track
                # it makes room for, the yielding one first).
                rem = next((s for s in ss if s["rule"] == "masking" and pair <= set(s["target"]["tracks"])
                            and s["target"]["tracks"][0] in pair), None)
                det = rem
            if rem is not None:
                sc.remedied[which] += 1
                if which == "shown":
                    undoing.add(id(rem))
            if det is not None:
                sc.detected[which] += 1
            verdicts[which] = (rem, det)
        where = fault.get("track") or " + ".join(fault["tracks"])
        what = {k: v for k, v in fault.items() if k not in ("kind", "track", "tracks")}
        rem, det = verdicts["all"]
        verdict = "REMEDIED" if verdicts["shown"][0] else "remedied (hidden)" if rem else "detected" if det else "MISSED"
        best = rem or det
        sc.lines.append(f"  {verdict:<18} {fault['kind']:<18} {where:<28} {json.dumps(what)}"
                        + (f"\n{'':21}by {describe(best)}" if isinstance(best, dict) and "target" in best else ""))

    # False alarms, notches, EQ moves on clean stems.
    for which, ss in sets.items():
        for name, stem in stems.items():
            mine = [s for s in ss if changed_track(s) == name]
            kinds = {f["kind"] for f in stem["faults"]}
            clean = not stem["faults"] and not stem["in_masking_pair"] and not stem["duplicate_source"]
            for s in mine:
                m = eq_move(s)
                alarm = None
                if is_polarity(s) and not (kinds & {"inverted_channel", "polarity_duplicate", "delayed_duplicate"}) and not stem["duplicate_source"]:
                    alarm = "polarity"
                elif s["rule"] == "time_align" and "delayed_duplicate" not in kinds and not stem["duplicate_source"]:
                    alarm = "time"
                elif m and s["rule"] != "masking" and id(s) not in matched[which]:
                    alarm = "eq"
                elif (s["parameters"].get("filter") == "high_pass" and stem["lowest_note_hz"]
                      and num(s, "frequency_hz") > stem["lowest_note_hz"] * 1.03):
                    alarm = "high-pass above the lowest note"
                if which == "shown":
                    counts = sc.by_rule.setdefault(s["rule"], [0, 0, 0, 0, 0.0])
                    counts[0] += 1
                    counts[1] += id(s) in undoing
                    counts[2] += id(s) not in undoing and id(s) in matched[which]
                    counts[3] += alarm is not None
                    counts[4] += s["confidence"]
                if alarm:
                    sc.false_alarms[which] += 1
                    if which == "all":
                        sc.lines.append(f"  false alarm ({alarm}) on {name} ({types.get(name)}): {describe(s)}")
                if m and m[0] == "bell" and m[2] < 0 and (m[3] or 0) >= 3 and id(s) not in matched[which]:
                    sc.notches[which] += 1
                    if not stem["drums"] and on_played_note(m[1], stem):
                        sc.notches_on_notes[which] += 1
                        if which == "all":
                            sc.lines.append(f"  notch on a played note on {name}: {describe(s)}")
            if clean:
                clean_moves = [s for s in mine if eq_move(s)]
                sc.clean_eq[which] += len(clean_moves)
                if which == "shown":
                    sc.lines.extend(f"  EQ move shown on clean {name} ({types.get(name)}): {describe(s)}" for s in clean_moves)
    # Level moves against the balance as written: the songs set each part's level as a mix's
    # bounce would have it (songs.py), and only a clipping fault changes one; a balance move or a
    # section ride on any other stem works against that balance (the gain plan carries the
    # balance moves, so every one is counted, shown in the plan or not).
    for s in all_s:
        name = changed_track(s)
        if s["rule"] in ("balance", "section_ride") and name in stems \
                and "clipping" not in {f["kind"] for f in stems[name]["faults"]}:
            sc.false_levels += 1
            sc.lines.append(f"  false level move on {name} ({types.get(name)}): {describe(s)}")
    for name, stem in stems.items():
        if not stem["faults"] and not stem["in_masking_pair"] and not stem["duplicate_source"]:
            sc.clean_stems += 1
        for issue in issues.get(name, []):
            if not issue_explained(issue, stem):
                sc.false_issues += 1
                sc.lines.append(f"  false alarm (issue {issue['code']}, {issue['severity']}) on {name} ({types.get(name)}): "
                                f"{issue['message']}")
    return sc


def pct(a, b):
    return f"{100.0 * a / b:.0f} %" if b else "-"


def ratio(a, b):
    return f"{a / b:.2f}" if b else "-"


def score(root, stemwise, verbose, keep, fault_set="tuning", rebounce=False):
    clean_root = set_dir(root, "clean") if rebounce else None
    root = set_dir(root, fault_set)
    rows = []
    total = Scored()
    for song_fn in songs.SONGS:
        name = song_fn.__name__
        sdir = root / name
        if not (sdir / "truth.json").exists():
            sys.exit(f"advice bench: {sdir} has no session; run 'bench.py make' for the {fault_set} set first")
        if clean_root is not None and not (clean_root / name / "truth.json").exists():
            sys.exit(f"advice bench: --rebounce needs the clean set; run 'bench.py make DIR --set clean' first")
        sc = score_session(sdir, stemwise, keep, clean_root / name if clean_root is not None else None)
        rows.append((name, sc))
        total.add(sc)
    rows.append(("all", total))

    if verbose:
        for name, sc in rows[:-1]:
            print(f"== {name}")
            print("\n".join(sc.lines))
        print()
    header = ["session", "stems", "faults", "remedied", "(--all)", "detected", "false moves/stem", "(--all)", "false issues/stem",
              "false levels/stem", "notches on notes", "(--all)", "EQ/clean stem", "(--all)", "shown/stem max", "shown", "--all"]
    table = [header]
    for name, sc in rows:
        table.append([name, str(sc.stems), str(sc.faults),
                      f"{sc.remedied['shown']} = {pct(sc.remedied['shown'], sc.faults)}",
                      f"{sc.remedied['all']} = {pct(sc.remedied['all'], sc.faults)}",
                      f"{sc.detected['all']} = {pct(sc.detected['all'], sc.faults)}",
                      ratio(sc.false_alarms["shown"], sc.stems), ratio(sc.false_alarms["all"], sc.stems),
                      ratio(sc.false_issues, sc.stems), ratio(sc.false_levels, sc.stems),
                      f"{sc.notches_on_notes['shown']} of {sc.notches['shown']}",
                      f"{sc.notches_on_notes['all']} of {sc.notches['all']}",
                      ratio(sc.clean_eq["shown"], sc.clean_stems), ratio(sc.clean_eq["all"], sc.clean_stems),
                      str(max(sc.per_stem_shown) if sc.per_stem_shown else 0),
                      str(sc.suggestions["shown"]), str(sc.suggestions["all"])])
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    for i, r in enumerate(table):
        print("  ".join(c.ljust(widths[j]) if j == 0 else c.rjust(widths[j]) for j, c in enumerate(r)))
        if i == 0 or i == len(table) - 2:
            print("  ".join("-" * w for w in widths))
    print(f"\nremedied: the move shown by default undoes the fault (targets: >= 90 %); false moves and issues: "
          f"suggestions and analysis issues claiming a fault the stem does not have; false levels: balance moves and section "
          f"rides (the gain plan's lines included) on stems whose level the benchmark left as the song sets it (no "
          f"clipping fault); notches on notes: narrow cuts "
          f"(Q >= 3) on a played note's fundamental or octave, of all narrow cuts that undo no fault (target: 0); "
          f"EQ/clean stem: EQ moves on the {total.clean_stems} stems without a fault (target: <= 1); shown per stem "
          f"at most 5, per 24-stem session about 30.")
    print_precision(total)
    print_type_accuracy(root, stemwise, verbose)


def print_precision(total):
    """Of the moves shown, per rule: how many undo a fault, point at one, or claim one the stem
    does not have, beside the confidence the rule states for them. A rule whose moves undo a
    fault less often than it says is over-confident. (Moves that are neither, such as a carve
    between two stems that were not made to mask each other, are not judged.)"""
    rows = sorted(total.by_rule.items(), key=lambda kv: -kv[1][0])
    print("\nthe moves shown, by rule: how often each undoes a fault, against the confidence it states")
    print(f"  {'rule':22} {'shown':>5} {'undo':>5} {'point':>5} {'false':>5}  {'undo %':>6} {'false %':>7} {'stated':>6}")
    for rule, (n, undo, point, false, conf) in rows:
        print(f"  {rule:22} {n:5d} {undo:5d} {point:5d} {false:5d}  {100.0 * undo / n:5.0f}% {100.0 * false / n:6.0f}% "
              f"{100.0 * conf / n:5.0f}%")


# ---- type accuracy ------------------------------------------------------------------------

# The type families the accuracy is counted in: a stem's type is right when it falls in the
# family of the instrument the stem was rendered from. Brass, reeds, pipes, bowed and plucked
# orchestral strings and synth leads and pads have no type of their own: they share the family
# of the sustained melodic parts (synth, pad, strings).
FAMILIES = {
    "drums": {"kick", "snare", "hats", "drums"},
    "bass": {"bass"},
    "vocals": {"vocals"},
    "keys": {"keys"},
    "guitar": {"guitar"},
    "melodic": {"synth", "pad", "strings", "winds"},
    "fx": {"fx"},
}


def type_family(stem):
    """The family of the instrument a stem was rendered from (its GM program, or the drum kit)."""
    if stem["drums"]:
        return "drums"
    p = stem["program"]
    if p <= 23:
        return "keys"    # pianos, chromatic percussion (glockenspiel, vibraphone), organs
    if p <= 31:
        return "guitar"
    if p <= 39:
        return "bass"
    if p in (52, 53, 54):
        return "vocals"  # choir aahs, voice oohs, synth voice
    if p <= 95:
        return "melodic"  # strings, ensembles, brass, reeds, pipes, synth leads and pads
    if p <= 103:
        return "fx"
    return "melodic"


def family_of_type(t):
    return next((f for f, types in FAMILIES.items() if t in types), None)


def type_accuracy(root, stemwise, verbose):
    """Counts (right, other, wrong, stems) over the sessions of `root`, from the audio alone."""
    right = other = wrong = total = 0
    lines = []
    with tempfile.TemporaryDirectory(prefix="stemwise-types-") as scratch:
        for song_fn in songs.SONGS:
            sdir = root / song_fn.__name__
            truth = json.loads((sdir / "truth.json").read_text())
            work = Path(scratch) / song_fn.__name__
            work.mkdir()
            generic = {}
            for i, name in enumerate(sorted(truth["stems"]), start=1):
                g = f"Audio {i:02d}"
                shutil.copyfile(sdir / "stems" / f"{name}.wav", work / f"{g}.wav")
                generic[g] = name
            analysis = json.loads(run([stemwise, "analyze", str(work), "--brief", "--db", str(Path(scratch) / "types.sqlite"),
                                       "--json", "-"]))
            for t in analysis["tracks"]:
                name = generic[t["name"]]
                want = type_family(truth["stems"][name])
                got = t["type"]
                total += 1
                if got == "other":
                    other += 1
                    verdict = "other"
                elif family_of_type(got) == want:
                    right += 1
                    verdict = "right"
                else:
                    wrong += 1
                    verdict = "WRONG"
                extra = ""
                if "type_confidence" in t or "type_guess" in t:
                    extra = f" (guess {t.get('type_guess', '-')}, confidence {t.get('type_confidence')}, runner-up {t.get('type_runner_up', '-')})"
                lines.append(f"  {verdict:<5} {song_fn.__name__}/{name}: {want} -> {got}{extra}")
    if verbose:
        print("\n".join(lines))
    return right, other, wrong, total


def print_type_accuracy(root, stemwise, verbose):
    right, other, wrong, total = type_accuracy(root, stemwise, verbose)
    print(f"\ntype accuracy (generic names, audio alone): {right} of {total} right = {pct(right, total)}, "
          f"{other} other (unsure) = {pct(other, total)}, {wrong} wrong = {pct(wrong, total)}")


SPREAD_CENTRES = [63, 125, 250, 500, 1000, 2000, 4000, 8000, 12000]


def third_octave_db(ltas, hz):
    """The LTAS (1/24 octave, dB) averaged in power over the third of an octave around hz."""
    fs, db = ltas["frequency_hz"], ltas["level_db"]
    lo, hi = bisect.bisect_left(fs, hz * 2 ** (-1 / 6)), bisect.bisect_right(fs, hz * 2 ** (1 / 6))
    points = db[lo:hi] or [db[min(len(db) - 1, lo)]]
    return 10.0 * math.log10(sum(10.0 ** (v / 10.0) for v in points) / len(points))


def levelled(ltas):
    fs, db = ltas["frequency_hz"], ltas["level_db"]
    band = [10.0 ** (v / 10.0) for f, v in zip(fs, db) if 100.0 <= f <= 5000.0]
    ref = 10.0 * math.log10(sum(band) / len(band))
    return lambda hz: third_octave_db(ltas, hz) - ref


def spread(root, stemwise):
    clean = set_dir(root, "clean")
    curves, families = {}, {}
    for song_fn in songs.SONGS:
        song = song_fn()
        sdir = clean / song.name
        if not (sdir / "truth.json").exists():
            sys.exit(f"advice bench: no clean rendering in {sdir}: run `bench.py make {root} --set clean` first")
        truth = json.loads((sdir / "truth.json").read_text())
        with tempfile.TemporaryDirectory() as scratch:
            analysis = json.loads(run([stemwise, "analyze", str(sdir / "stems"), "--db", str(Path(scratch) / "s.sqlite"),
                                       "--json", "-"]))
        for t in analysis["tracks"]:
            ltas = t.get("spectrum", {}).get("ltas")
            if not ltas or not ltas.get("level_db"):
                continue
            family = type_family(truth["stems"][t["name"]])
            if family == "drums":
                family = t["type"]  # kick, snare, hats or drums (from the name): a kit is not one sound
            families[(song.name, t["name"])] = family
            curves.setdefault(family, []).append(levelled(ltas))
    deviation = {}
    print("within-family spread of the clean stems' levelled third-octave spectra (standard deviation, dB)")
    print(f"{'family':10} {'stems':>5}  " + " ".join(f"{c:>6}" for c in SPREAD_CENTRES))
    for family, fs in sorted(curves.items()):
        if len(fs) < 3:
            continue
        sds = []
        for c in SPREAD_CENTRES:
            vals = [f(c) for f in fs]
            mean = sum(vals) / len(vals)
            sds.append(math.sqrt(sum((v - mean) ** 2 for v in vals) / (len(vals) - 1)))
        deviation[family] = sds
        print(f"{family:10} {len(fs):>5}  " + " ".join(f"{v:6.1f}" for v in sds))
    hidden = total = 0
    for fault_set in ("tuning", "holdout"):
        for song_fn in songs.SONGS:
            song = song_fn()
            truth_path = set_dir(root, fault_set) / song.name / "truth.json"
            if not truth_path.exists():
                continue
            truth = json.loads(truth_path.read_text())
            for f in truth["faults"]:
                if f["kind"] not in ("bell", "low_shelf", "high_shelf"):
                    continue
                sds = deviation.get(families.get((song.name, f["track"])))
                if sds is None:
                    continue
                i = min(range(len(SPREAD_CENTRES)), key=lambda k: abs(math.log2(SPREAD_CENTRES[k] / f["frequency_hz"])))
                total += 1
                hidden += abs(f["gain_db"]) < 2.0 * sds[i]
    print(f"EQ faults of both sets (on families of three or more stems) under twice their family's spread at their "
          f"frequency: {hidden} of {total} = {pct(hidden, total)}")


RANGE_BANDS = ("sub_bass", "bass", "low_mids", "mids", "upper_mids", "highs", "air")
KIT = ("kick", "snare", "hats", "drums")
MELODIC = ("vocals", "guitar", "keys", "synth", "pad", "strings", "winds")
KB_TYPES = ("vocals", "drums", "kick", "snare", "hats", "bass", "guitar", "keys", "synth", "pad", "strings", "winds",
            "fx", "mix", "other")


def ranges(root, stemwise):
    clean = set_dir(root, "clean")
    shares = {}  # type -> [band shares per stem]
    for song_fn in songs.SONGS:
        song = song_fn()
        sdir = clean / song.name
        if not (sdir / "truth.json").exists():
            sys.exit(f"advice bench: no clean rendering in {sdir}: run `bench.py make {root} --set clean` first")
        with tempfile.TemporaryDirectory() as scratch:
            analysis = json.loads(run([stemwise, "analyze", str(sdir / "stems"), "--db", str(Path(scratch) / "s.sqlite"),
                                       "--json", "-"]))
            stereo = []  # sox -m wants one channel count: mono stems sit in the middle
            for i, f in enumerate(sorted(f for f in (sdir / "stems").iterdir() if f.suffix == ".wav")):
                stereo.append(str(Path(scratch) / f"{i}.wav"))
                run(["sox", str(f), "-e", "floating-point", "-b", "32", stereo[-1], "channels", "2"])
            mixdir = Path(scratch) / "mix"
            mixdir.mkdir()
            run(["sox", "-m"] + stereo + ["-e", "floating-point", "-b", "32", str(mixdir / "Mix.wav")])
            mix = json.loads(run([stemwise, "analyze", str(mixdir), "--db", str(Path(scratch) / "m.sqlite"), "--json", "-"]))
        for t in analysis["tracks"]:
            bands = t.get("spectrum", {}).get("bands")
            if bands:
                shares.setdefault(t["type"], []).append([bands[b]["share"] for b in RANGE_BANDS])
        for t in mix["tracks"]:
            shares.setdefault("mix", []).append([t["spectrum"]["bands"][b]["share"] for b in RANGE_BANDS])
    stems = [row for t, rows in shares.items() if t != "mix" for row in rows]
    table = []
    print("band shares of the clean stems per type: hull widened by 6 dB each way (min..max, %)")
    print(f"{'type':8} {'stems':>5}  " + " ".join(f"{b:>13}" for b in RANGE_BANDS))
    for t in KB_TYPES:
        rows = shares.get(t, [])
        pooled = rows
        # Stems of one sample (the three kicks are one soundfont kick) count once.
        distinct = {tuple(round(x, 2) for x in r) for r in rows}
        if t == "mix":
            pass
        elif t in ("fx", "other"):
            pooled = stems
        elif len(distinct) < 3:
            family = KIT if t in KIT else MELODIC
            pooled = [row for f in family for row in shares.get(f, [])]
        cells, cxx = [], []
        for i in range(len(RANGE_BANDS)):
            lo = min(r[i] for r in pooled) / 4.0
            lo = lo if lo >= 0.005 else 0.0
            hi = min(1.0, max(0.01, max(r[i] for r in pooled) * 4.0))
            cells.append(f"{lo * 100:5.1f}..{hi * 100:5.1f}")
            cxx.append(f"{{{lo:.3f}, {hi:.3f}}}")
        print(f"{t:8} {len(distinct):>3}/{len(pooled):<3} " + " ".join(f"{c:>13}" for c in cells))
        table.append(f'{{"{t}", {{{{{", ".join(cxx)}}}}}}},')
    print("as core/suggest/knowledgebase.cpp's kMeasuredShares:")
    print("\n".join(table))


# ---- kits: how bright recorded drums are, kit to kit ----------------------------------------

KITS_ROOT = "/usr/share/hydrogen/data/drumkits"
KIT_DRUMS = (("kick", songs.KICK), ("snare", songs.SNARE), ("side stick", songs.RIM), ("closed hat", songs.HAT))


def brightness_db(x, rate):
    """Power from 5 to 14 kHz over power from 500 Hz to 2 kHz (dB) of one drum hit."""
    import numpy as np
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    f = np.fft.rfftfreq(len(x), 1.0 / rate)
    high = spectrum[(f >= 5000) & (f < 14000)].sum()
    mid = spectrum[(f >= 500) & (f < 2000)].sum()
    return 10.0 * math.log10((high + 1e-30) / (mid + 1e-30))


def loudest_hit(kit, key):
    """The kit's instrument for General MIDI drum `key` and its loudest layer's samples (mono,
    float64) with their rate, or None when the kit has none or its file is missing."""
    import soundfile as sf
    ins = kit_instrument_for(kit_instruments(kit), key)
    if ins is None:
        return None
    path = max(ins[2], key=lambda layer: layer[1])[3]
    if not path.is_file():
        return None
    x, rate = sf.read(str(path), dtype="float64", always_2d=True)
    return ins, x.mean(axis=1), rate


def kits(kits_root):
    """Per drum (kick, snare, side stick, closed hat), each recorded kit's loudest hit: its
    brightness (5-14 kHz over 0.5-2 kHz), and the same hit through the bench's +9 dB high shelf
    at 3 kHz (sox treble 9 3000 1s, as faults.py puts it on). A shelf a single bounce could
    tell by the type's norm would move a kit's hit further than the kits are apart; the best
    threshold on brightness shows how many shelved hits it flags against clean ones."""
    import numpy as np
    import soundfile as sf
    roots = sorted(p for p in Path(kits_root).iterdir() if (p / "drumkit.xml").is_file())
    if not roots:
        sys.exit(f"advice bench: no Hydrogen drum kit in {kits_root} (hydrogen-drumkits)")
    print("brightness of recorded drums: power 5-14 kHz over 0.5-2 kHz (dB) of each kit's loudest hit, clean and "
          "through a +9 dB high shelf at 3 kHz")
    with tempfile.TemporaryDirectory() as scratch:
        for drum, key in KIT_DRUMS:
            clean, shelved, seen = [], [], set()
            for kit in roots:
                hit = loudest_hit(kit, key)
                if hit is None:
                    continue
                ins, x, rate = hit
                digest = hashlib.sha256(x.tobytes()).hexdigest()
                if len(x) < 1024 or digest in seen:  # kits that share a sample count once
                    continue
                seen.add(digest)
                mono, shelf = Path(scratch) / "hit.wav", Path(scratch) / "shelf.wav"
                sf.write(str(mono), x, rate, subtype="FLOAT")
                run(["sox", str(mono), str(shelf), "treble", "9", "3000", "1s"])
                y, _ = sf.read(str(shelf), dtype="float64")
                clean.append(brightness_db(x, rate))
                shelved.append(brightness_db(y, rate))
                print(f"  {drum:10} {kit.name[:24]:24} {ins[0][:28]:28} {clean[-1]:6.1f} dB  shelved {shelved[-1]:6.1f} dB")
            if len(clean) < 2:
                continue
            shift = sum(b - a for a, b in zip(clean, shelved)) / len(clean)
            best = max(((sum(v > t for v in shelved), sum(v > t for v in clean), t) for t in clean + shelved),
                        key=lambda h: h[0] - h[1])
            print(f"{drum}: {len(clean)} kits, clean {min(clean):.1f} to {max(clean):.1f} dB (standard deviation "
                  f"{np.std(clean, ddof=1):.1f}), the shelf moves a hit by {shift:.1f} dB; the best threshold "
                  f"({best[2]:.1f} dB) flags {best[0]} of {len(clean)} shelved hits and {best[1]} of {len(clean)} clean ones")
    # Against the kit's own other drums: a shelf on one drum of a session could be told from the
    # kit's sound if a kit's drums were bright or dull together (one room, one set of mics), that
    # is if one drum's brightness over another's varied less from kit to kit than either alone.
    by_kit = {}
    for kit in roots:
        mine = {}
        for drum, key in KIT_DRUMS + (("ride", songs.RIDE), ("crash", songs.CRASH)):
            hit = loudest_hit(kit, key)
            if hit is not None and len(hit[1]) >= 1024:
                mine[drum] = brightness_db(hit[1], hit[2])
        by_kit[kit.name] = mine
    print("within a kit: one drum's brightness over another's (dB), from kit to kit, against the first alone")
    for a, b in (("closed hat", "ride"), ("closed hat", "crash"), ("closed hat", "snare"), ("snare", "kick"),
                 ("side stick", "snare")):
        pairs = [(m[a], m[b]) for m in by_kit.values() if a in m and b in m]
        if len(pairs) < 3:
            continue
        diff = [x - y for x, y in pairs]
        print(f"  {a} over {b}: {len(pairs)} kits, mean {np.mean(diff):.1f} dB, standard deviation "
              f"{np.std(diff, ddof=1):.1f} (the {a} alone: {np.std([x for x, _ in pairs], ddof=1):.1f})")


def main():
    args = sys.argv[1:]
    fault_set = "tuning"
    if "--set" in args:
        i = args.index("--set")
        if i + 1 >= len(args) or args[i + 1] not in F.SETS:
            sys.exit(f"advice bench: --set takes one of {', '.join(F.SETS)}")
        fault_set = args[i + 1]
        del args[i:i + 2]
    if "--soundfont" in args:
        i = args.index("--soundfont")
        if i + 1 >= len(args) or not Path(args[i + 1]).is_file():
            sys.exit("advice bench: --soundfont takes a SoundFont file (.sf2 or .sf3)")
        global SOUNDFONT
        SOUNDFONT = args[i + 1]
        del args[i:i + 2]
    if "--drumkit" in args:
        i = args.index("--drumkit")
        if i + 1 >= len(args) or not (Path(args[i + 1]) / "drumkit.xml").is_file():
            sys.exit("advice bench: --drumkit takes a Hydrogen drum kit's folder (with its drumkit.xml)")
        global DRUMKIT
        DRUMKIT = args[i + 1]
        del args[i:i + 2]
    if len(args) >= 2 and args[0] == "make":
        make(args[1], fault_set)
    elif len(args) >= 3 and args[0] == "score":
        rebounce = "--rebounce" in args
        print(f"fault set: {fault_set}" + (", put on as a re-bounce of the clean stems" if rebounce else ""))
        score(args[1], args[2], "--verbose" in args, "--keep" in args, fault_set, rebounce)
    elif len(args) >= 3 and args[0] == "spread":
        spread(args[1], args[2])
    elif len(args) >= 3 and args[0] == "ranges":
        ranges(args[1], args[2])
    elif len(args) >= 1 and args[0] == "kits":
        kits(args[1] if len(args) >= 2 else KITS_ROOT)
    elif len(args) >= 3 and args[0] == "types":
        print(f"fault set: {fault_set}")
        print_type_accuracy(set_dir(args[1], fault_set), args[2], "--verbose" in args)
    else:
        sys.exit(__doc__.split("\n\n")[0] + "\n\nusage: bench.py make DIR [--set tuning|holdout|clean] | "
                 "bench.py score DIR STEMWISE [--set tuning|holdout] [--rebounce] [--verbose] [--keep] | "
                 "bench.py types DIR STEMWISE [--set tuning|holdout] [--verbose] | bench.py spread DIR STEMWISE | "
                 "bench.py ranges DIR STEMWISE | bench.py kits [HYDROGEN_DRUMKITS_DIR]")


if __name__ == "__main__":
    main()

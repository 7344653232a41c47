"""The known faults of the benchmark, per session: what is put on which stem, with which
standard processing (sox), and what move undoes it.

Kinds:
  bell        sox `equalizer F Qq G`      (RBJ peaking EQ): undone by a bell of -G at F, Q
  high_shelf  sox `treble G F 1s`         (RBJ shelf, slope 1, F its midpoint): undone by a high shelf of -G
  low_shelf   sox `bass G F 1s`           undone by a low shelf of -G
  rumble      mono brown noise low-passed twice at 35 Hz, its peak 12 dB under the stem's: a high-pass
  clipping    normalised to 0 dBFS, then +G dB into a 24-bit file: clipped (re-bounce lower)
  dc          sox `dcshift 0.03` after normalising: remove the DC
  inverted_channel  sox `remix 1 2v-1`: the right channel's polarity flipped: invert it back
  polarity_duplicate  a second stem made from the same source with its polarity flipped
  delayed_duplicate   a second stem made from the same source, delay_ms late (an amp chain's
                      latency): sox `pad` then `trim` to the song's length; undone by moving it
                      earlier by the delay (and the filters' group delay: within 0.25 ms)
  masking     two parts written in the same register and rhythm at close levels: carve one
Clean stems that look like faults (the confusions the advice must not fall for) come with the
material: the pads, strings and pianos are as wide and decorrelated as the soundfont's stereo
samples and FluidSynth's reverb make them (correlation -0.1..+0.1): wide, not inverted.
"""

FAULTS = {
    "funk_e": [
        {"kind": "high_shelf", "track": "Snare", "frequency_hz": 3000, "gain_db": 9},
        {"kind": "bell", "track": "EP", "frequency_hz": 500, "q": 4, "gain_db": 10},
        {"kind": "bell", "track": "Lead Synth", "frequency_hz": 300, "q": 0.7, "gain_db": 6},
        {"kind": "rumble", "track": "Flute", "frequency_hz": 35},
        {"kind": "masking", "tracks": ["Clean Guitar", "Clav"]},
    ],
    "ballad_a": [
        {"kind": "dc", "track": "Kick", "offset": 0.03},
        {"kind": "high_shelf", "track": "Rim", "frequency_hz": 3000, "gain_db": 9},
        {"kind": "bell", "track": "Fingered Bass", "frequency_hz": 140, "q": 1.4, "gain_db": 8},
        {"kind": "inverted_channel", "track": "Piano"},
        {"kind": "bell", "track": "Nylon Guitar", "frequency_hz": 700, "q": 4, "gain_db": 10},
        {"kind": "high_shelf", "track": "Sax", "frequency_hz": 4000, "gain_db": -8},
        {"kind": "clipping", "track": "Cello", "gain_db": 9},
    ],
    "big_d": [
        {"kind": "bell", "track": "Kick", "frequency_hz": 400, "q": 2, "gain_db": 8},
        {"kind": "polarity_duplicate", "track": "Snare Bottom", "source": "Snare Top"},
        {"kind": "delayed_duplicate", "track": "Bass Amp", "source": "Bass DI", "delay_ms": 2.1},
        {"kind": "high_shelf", "track": "Hi-Hat", "frequency_hz": 3000, "gain_db": 9},
        {"kind": "low_shelf", "track": "Bass Amp", "frequency_hz": 150, "gain_db": 8},
        {"kind": "bell", "track": "Piano", "frequency_hz": 1000, "q": 4, "gain_db": 10},
        {"kind": "bell", "track": "Rhodes", "frequency_hz": 300, "q": 4, "gain_db": 10},
        {"kind": "masking", "tracks": ["Organ", "Rhythm Guitar R"]},
        {"kind": "bell", "track": "Lead Guitar", "frequency_hz": 2500, "q": 1, "gain_db": -8},
        {"kind": "high_shelf", "track": "Strings", "frequency_hz": 5000, "gain_db": -8},
        {"kind": "bell", "track": "Brass", "frequency_hz": 800, "q": 0.7, "gain_db": 6},
        {"kind": "rumble", "track": "Lead Vox", "frequency_hz": 35},
        {"kind": "clipping", "track": "Glockenspiel", "gain_db": 6},
        {"kind": "bell", "track": "Lead Synth", "frequency_hz": 3500, "q": 6, "gain_db": 12},
    ],
}

# The held-out set: the same three songs rendered again with other faults on other stems (and
# other frequencies, widths and gains), for checking that what is tuned on FAULTS holds on faults
# it was not tuned on. Only the tonal faults change; the masking pairs written into the
# arrangements, the polarity-flipped snare bottom and the late bass amp (derived stems) are
# part of the songs and so part of both sets. Tune on FAULTS; report both; never tune on this one.
HOLDOUT = {
    "funk_e": [
        {"kind": "bell", "track": "Synth Bass", "frequency_hz": 250, "q": 2, "gain_db": 9},
        {"kind": "bell", "track": "Strings Pad", "frequency_hz": 1500, "q": 1, "gain_db": -10},
        {"kind": "bell", "track": "Kick", "frequency_hz": 2500, "q": 1.5, "gain_db": 8},
        {"kind": "high_shelf", "track": "Flute", "frequency_hz": 2500, "gain_db": -8},
        {"kind": "bell", "track": "Lead Synth", "frequency_hz": 1800, "q": 4, "gain_db": -10},
        {"kind": "masking", "tracks": ["Clean Guitar", "Clav"]},
    ],
    "ballad_a": [
        {"kind": "bell", "track": "Harp", "frequency_hz": 2000, "q": 3, "gain_db": 10},
        {"kind": "high_shelf", "track": "Ride", "frequency_hz": 6000, "gain_db": -8},
        {"kind": "low_shelf", "track": "Warm Pad", "frequency_hz": 250, "gain_db": -8},
        {"kind": "bell", "track": "Piano", "frequency_hz": 2000, "q": 1.5, "gain_db": -9},
        {"kind": "bell", "track": "Cello", "frequency_hz": 450, "q": 1, "gain_db": 7},
        {"kind": "bell", "track": "Sax", "frequency_hz": 1200, "q": 0.7, "gain_db": -6},
    ],
    "big_d": [
        {"kind": "bell", "track": "Snare Top", "frequency_hz": 900, "q": 2, "gain_db": 8},
        {"kind": "polarity_duplicate", "track": "Snare Bottom", "source": "Snare Top"},
        {"kind": "delayed_duplicate", "track": "Bass Amp", "source": "Bass DI", "delay_ms": 2.1},
        {"kind": "bell", "track": "Rhythm Guitar L", "frequency_hz": 2000, "q": 2, "gain_db": 9},
        {"kind": "bell", "track": "Backing Vox", "frequency_hz": 350, "q": 1, "gain_db": 8},
        {"kind": "low_shelf", "track": "Piano", "frequency_hz": 300, "gain_db": -8},
        {"kind": "high_shelf", "track": "Brass", "frequency_hz": 2500, "gain_db": 8},
        {"kind": "bell", "track": "Lead Guitar", "frequency_hz": 1200, "q": 3, "gain_db": 10},
        {"kind": "bell", "track": "Pad", "frequency_hz": 600, "q": 0.7, "gain_db": -8},
        {"kind": "high_shelf", "track": "Cymbals", "frequency_hz": 4000, "gain_db": -8},
        {"kind": "low_shelf", "track": "Toms", "frequency_hz": 200, "gain_db": 8},
        {"kind": "bell", "track": "Lead Vox", "frequency_hz": 3000, "q": 2, "gain_db": 8},
        {"kind": "masking", "tracks": ["Organ", "Rhythm Guitar R"]},
    ],
}

# "clean": the same sessions without a fault (bench.py spread measures what the tonal faults
# are up against on them).
SETS = {"tuning": FAULTS, "holdout": HOLDOUT, "clean": {}}

# Stems made by processing another stem's rendering (the DI/amp and top/bottom pairs of a session).
DERIVED = {
    "big_d": {
        "Snare Bottom": {"source": "Snare Top", "effects": ["highpass", "150", "equalizer", "5000", "1q", "4", "vol", "-1"],
                         "peak_dbfs": -7.0},
        "Bass Amp": {"source": "Bass DI", "effects": ["overdrive", "6", "lowpass", "2500"], "peak_dbfs": -7.0},
    },
}

# Stems bounced as 32-bit float (the rest are 24-bit); the big session's lead synth peaks over
# full scale, which a float file holds without clipping.
FLOAT = {"big_d": {"Pad": None, "Lead Synth": 2.0}}


def sox_effects(fault):
    """The sox effects that put `fault` on a stem before it is normalised (bells, shelves,
    the flipped channel); [] for the faults made otherwise."""
    kind = fault["kind"]
    if kind == "bell":
        return ["equalizer", str(fault["frequency_hz"]), f"{fault['q']}q", str(fault["gain_db"])]
    if kind == "high_shelf":
        return ["treble", str(fault["gain_db"]), str(fault["frequency_hz"]), "1s"]
    if kind == "low_shelf":
        return ["bass", str(fault["gain_db"]), str(fault["frequency_hz"]), "1s"]
    if kind == "inverted_channel":
        return ["remix", "1", "2v-1"]
    if kind == "delayed_duplicate":
        seconds = f"{fault['delay_ms'] / 1000.0:.4f}"
        return ["pad", seconds, "trim", "0", "-" + seconds]
    return []

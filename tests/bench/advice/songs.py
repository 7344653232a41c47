"""The benchmark's three songs as MIDI parts, one part per stem (standard library only).

Each song is a list of Part: a General MIDI program (or the drum kit), its notes in beats,
and how loud its stem is bounced. The notes are known, so the benchmark can tell a notch on
a played note from a cut at a resonance. Timing and velocities are humanised with a seeded
generator: the same song comes out the same every time.
"""

import random
from dataclasses import dataclass, field

DRUMS = -1  # program of the GM drum kit (channel 10)

# GM drum keys.
KICK, RIM, SNARE, CLAP, HAT, HAT_PEDAL, HAT_OPEN = 36, 37, 38, 39, 42, 44, 46
TOM_LOW, TOM_MID, TOM_HIGH, CRASH, RIDE, SHAKER = 45, 47, 50, 49, 51, 70

NOTE_NAMES = {"C": 0, "C#": 1, "Db": 1, "D": 2, "D#": 3, "Eb": 3, "E": 4, "F": 5, "F#": 6, "Gb": 6,
              "G": 7, "G#": 8, "Ab": 8, "A": 9, "A#": 10, "Bb": 10, "B": 11}
CHORD_SHAPES = {"": (0, 4, 7), "m": (0, 3, 7), "7": (0, 4, 7, 10), "m7": (0, 3, 7, 10), "maj7": (0, 4, 7, 11),
                "sus4": (0, 5, 7), "add9": (0, 4, 7, 14)}


def note(name):
    """'E1' -> 28 (MIDI note number; C4 = 60)."""
    pitch = name.rstrip("-0123456789")
    return 12 * (int(name[len(pitch):]) + 1) + NOTE_NAMES[pitch]


def chord(symbol):
    """'F#m7' -> (root pitch class, intervals)."""
    root = symbol[:2] if len(symbol) > 1 and symbol[1] in "#b" else symbol[:1]
    return NOTE_NAMES[root], CHORD_SHAPES[symbol[len(root):]]


def voicing(symbol, low, high):
    """The chord's tones between MIDI notes low and high (inclusive), lowest first."""
    root, intervals = chord(symbol)
    classes = {(root + i) % 12 for i in intervals}
    return [n for n in range(low, high + 1) if n % 12 in classes]


def bass_note(symbol, low):
    """The chord's root at or above MIDI note `low`."""
    root, _ = chord(symbol)
    n = low
    while n % 12 != root:
        n += 1
    return n


@dataclass
class Part:
    stem: str              # the stem's file name, without extension
    program: int           # GM program (0-based), or DRUMS
    pan: int = 64          # CC10
    reverb: int = 20       # CC91
    chorus: int = 0        # CC93 (left at 0: FluidSynth's chorus puts the channels in opposite polarity)
    peak_dbfs: float = -6.0  # the bounced stem's sample peak
    # A mono stem: the soundfont's left sample alone. Some Fluid R3 presets (clean guitar, saw and
    # square leads, several synth pads) are stereo pairs in opposite polarity, which a clean
    # stem would not be.
    mono: bool = False
    notes: list = field(default_factory=list)  # (start beat, length in beats, MIDI note, velocity)

    def add(self, start, length, key, velocity):
        self.notes.append((start, length, key, max(1, min(127, int(velocity)))))


@dataclass
class Song:
    name: str
    bpm: float
    beats: int
    parts: list


class Humaniser:
    def __init__(self, seed):
        self.rng = random.Random(seed)

    def t(self, beat, spread=0.01):
        return max(0.0, beat + self.rng.uniform(-spread, spread))

    def v(self, velocity, spread=8):
        return velocity + self.rng.randint(-spread, spread)


def expand(sections):
    """[(bars, [chords per bar])...] -> one chord symbol per bar."""
    bars = []
    for count, progression in sections:
        for i in range(count):
            bars.append(progression[i % len(progression)])
    return bars


# ---- song 1: funk in E minor, 112 BPM, 40 bars -------------------------------------------

def funk_e():
    h = Humaniser(1)
    verse = ["Em7", "Em7", "A7", "A7"]
    chorus = ["Cmaj7", "B7", "Em7", "Em7"]
    bars = expand([(4, verse), (16, verse), (8, chorus), (8, verse), (4, ["Em7"])])
    beats = 4 * len(bars)
    kick = Part("Kick", DRUMS, peak_dbfs=-4.0, reverb=5)
    snare = Part("Snare", DRUMS, peak_dbfs=-5.0, reverb=25)
    hat = Part("Hi-Hat", DRUMS, pan=80, peak_dbfs=-12.0, reverb=10)
    bass = Part("Synth Bass", 38, peak_dbfs=-5.0, reverb=0)
    ep = Part("EP", 4, pan=52, peak_dbfs=-9.0, reverb=30)
    guitar = Part("Clean Guitar", 27, pan=40, peak_dbfs=-10.0, reverb=20, mono=True)
    clav = Part("Clav", 7, pan=88, peak_dbfs=-10.0, reverb=20)
    lead = Part("Lead Synth", 81, peak_dbfs=-7.0, reverb=35, mono=True)
    flute = Part("Flute", 73, pan=70, peak_dbfs=-8.0, reverb=45)
    pad = Part("Strings Pad", 49, peak_dbfs=-10.0, reverb=70)

    for bar, sym in enumerate(bars):
        b0 = 4.0 * bar
        section_chorus = 20 <= bar < 28
        # Drums: kick on 1, the "and" of 2 and 3; snare on 2 and 4 with ghost notes; hats in 16ths.
        for pos, vel in ((0.0, 112), (1.5, 90), (2.0, 105), (2.75, 80)):
            kick.add(h.t(b0 + pos), 0.25, KICK, h.v(vel))
        if bar >= 4:
            for pos in (1.0, 3.0):
                snare.add(h.t(b0 + pos), 0.25, SNARE, h.v(115))
            for pos in (0.75, 2.25, 3.75):
                snare.add(h.t(b0 + pos), 0.25, SNARE, h.v(38, 6))
        for i in range(16):
            key = HAT_OPEN if i in (6, 14) and bar % 2 == 1 else HAT
            hat.add(h.t(b0 + i / 4), 0.25, key, h.v(100 if i % 4 == 0 else 72 if i % 2 == 0 else 55))
        # Synth bass: octave jumps on the root (E1/E2/E3 on Em7).
        root = bass_note(sym, note("E1") if sym.startswith(("E", "A", "B")) else note("C2"))
        for i, (pos, octave, length) in enumerate(((0.0, 0, 0.45), (0.5, 12, 0.2), (0.75, 0, 0.2), (1.5, 12, 0.4),
                                                   (2.0, 0, 0.45), (2.5, 24, 0.2), (3.0, 12, 0.4), (3.5, 0, 0.4))):
            bass.add(h.t(b0 + pos), length, root + octave, h.v(100 if i % 2 == 0 else 86))
        # EP: syncopated chord stabs, C4–E5.
        if bar >= 4:
            for pos, length in ((0.0, 0.9), (1.75, 0.5), (3.0, 0.4)):
                for n in voicing(sym, note("C4"), note("E5"))[:4]:
                    ep.add(h.t(b0 + pos), length, n, h.v(78))
        # Guitar and clav: the same sixteenth stabs in the same register (E3–E4): they mask.
        if bar >= 4:
            for pos in (0.25, 0.75, 1.25, 2.25, 2.75, 3.25):
                for n in voicing(sym, note("E3"), note("E4"))[:3]:
                    guitar.add(h.t(b0 + pos, 0.008), 0.18, n, h.v(90))
                for n in voicing(sym, note("E3"), note("F4"))[-3:]:
                    clav.add(h.t(b0 + pos + 0.01, 0.008), 0.16, n, h.v(92))
        # Pad: the chord held, E3–B4.
        if bar < 36:
            for n in voicing(sym, note("E3"), note("B4"))[:5]:
                pad.add(b0, 4.0, n, 70 if not section_chorus else 85)

    # Lead synth: an E minor pentatonic riff in the choruses and the last verse.
    riff = [("E5", 0.0, 0.5), ("G5", 0.5, 0.5), ("A5", 1.0, 0.75), ("B5", 2.0, 0.5), ("A5", 2.5, 0.5),
            ("G5", 3.0, 0.25), ("E5", 3.5, 0.5), ("D5", 4.5, 0.5), ("E5", 5.0, 1.5), ("B4", 6.5, 0.5),
            ("D5", 7.0, 1.0)]
    for start_bar in list(range(20, 28, 2)) + list(range(28, 36, 2)):
        for name, pos, length in riff:
            lead.add(h.t(4.0 * start_bar + pos), length * 0.95, note(name), h.v(96))
    # Flute: a slow, sine-like melody over the verses (long notes that change).
    tune = ["B5", "A5", "G5", "E5", "D5", "E5", "G5", "A5", "B5", "D6", "B5", "A5", "G5", "A5", "E5", "E5"]
    for i, name in enumerate(tune):
        for start in (4, 28):
            bar = start + i // 2
            if bar < len(bars):
                flute.add(h.t(4.0 * bar + 2.0 * (i % 2)), 1.9, note(name), h.v(84))
    return Song("funk_e", 112.0, beats + 2, [kick, snare, hat, bass, ep, guitar, clav, lead, flute, pad])


# ---- song 2: ballad in A minor, 76 BPM, 28 bars ------------------------------------------

def ballad_a():
    h = Humaniser(2)
    verse = ["Am", "F", "C", "G", "Am", "F", "C", "E"]
    chorus = ["F", "G", "Em", "Am", "Dm", "G", "C", "E"]
    bars = expand([(2, ["Am"]), (8, verse), (8, chorus), (8, verse), (2, ["Am"])])
    beats = 4 * len(bars)
    kick = Part("Kick", DRUMS, peak_dbfs=-6.0, reverb=10)
    rim = Part("Rim", DRUMS, pan=58, peak_dbfs=-8.0, reverb=35)
    ride = Part("Ride", DRUMS, pan=84, peak_dbfs=-14.0, reverb=25)
    bass = Part("Fingered Bass", 33, peak_dbfs=-6.0, reverb=0)
    piano = Part("Piano", 0, peak_dbfs=-7.0, reverb=40)
    nylon = Part("Nylon Guitar", 24, pan=36, peak_dbfs=-9.0, reverb=35)
    sax = Part("Sax", 65, pan=60, peak_dbfs=-7.0, reverb=45)
    pad = Part("Warm Pad", 89, peak_dbfs=-12.0, reverb=80)
    cello = Part("Cello", 42, pan=76, peak_dbfs=-9.0, reverb=50)
    harp = Part("Harp", 46, pan=92, peak_dbfs=-11.0, reverb=50)

    for bar, sym in enumerate(bars):
        b0 = 4.0 * bar
        chorus_bar = 10 <= bar < 18
        if 2 <= bar < 26:
            for pos, vel in ((0.0, 100), (2.5, 84)) + (((1.75, 70),) if chorus_bar else ()):
                kick.add(h.t(b0 + pos), 0.3, KICK, h.v(vel))
            for pos in (1.0, 3.0):
                rim.add(h.t(b0 + pos), 0.2, RIM, h.v(100))
            for i in range(8):
                ride.add(h.t(b0 + i / 2), 0.4, RIDE, h.v(88 if i % 2 == 0 else 64))
        root = bass_note(sym, note("E1"))
        for pos, n, length in ((0.0, root, 1.9), (2.0, root + 7, 0.9), (3.0, root + 12, 0.9)):
            bass.add(h.t(b0 + pos), length, n, h.v(92))
        # Piano: left hand the root, right hand an eighth-note arpeggio C4–C6.
        piano.add(h.t(b0), 3.9, bass_note(sym, note("A2")), h.v(70))
        tones = voicing(sym, note("C4"), note("C6"))
        for i in range(8):
            piano.add(h.t(b0 + i / 2), 0.5, tones[(i * 2) % len(tones)], h.v(66 if i % 2 else 76))
        # Nylon guitar: finger-picked pattern E3–E5, in the verses.
        if not chorus_bar:
            gt = voicing(sym, note("E3"), note("E5"))
            for i, idx in enumerate((0, 2, 1, 3, 2, 4, 3, 1)):
                nylon.add(h.t(b0 + i / 2), 0.9, gt[idx % len(gt)], h.v(74))
        # Pad and cello: held.
        for n in voicing(sym, note("A3"), note("E5"))[:4]:
            pad.add(b0, 4.0, n, 72)
        cello.add(h.t(b0), 3.8, bass_note(sym, note("G2")) + (12 if chorus_bar else 0), h.v(80))
        # Harp: rising sixteenths in the choruses, C4–C6.
        if chorus_bar:
            ht = voicing(sym, note("C4"), note("C6"))
            for i in range(16):
                harp.add(h.t(b0 + i / 4), 0.6, ht[i % len(ht)], h.v(70))

    melody = [("E5", 0, 1.5), ("D5", 1.5, 0.5), ("C5", 2, 1), ("A4", 3, 1), ("C5", 4, 1.5), ("D5", 5.5, 0.5),
              ("E5", 6, 2), ("G5", 8, 1), ("E5", 9, 1), ("D5", 10, 2), ("C5", 12, 1), ("B4", 13, 1), ("A4", 14, 2),
              ("E5", 16, 1.5), ("F5", 17.5, 0.5), ("E5", 18, 1), ("C5", 19, 1), ("A4", 20, 2), ("G4", 22, 2),
              ("A4", 24, 1), ("C5", 25, 1), ("E5", 26, 1), ("D5", 27, 1), ("B4", 28, 4)]
    for start_bar in (2, 10, 18):
        for name, pos, length in melody:
            sax.add(h.t(4.0 * start_bar + pos), length * 0.95, note(name) + (2 if start_bar == 10 else 0), h.v(90))
    return Song("ballad_a", 76.0, beats + 3, [kick, rim, ride, bass, piano, nylon, sax, pad, cello, harp])


# ---- song 3: a 24-stem pop-rock session in D major, 124 BPM, 44 bars ---------------------

def big_d():
    h = Humaniser(3)
    verse = ["D", "A", "Bm", "G"]
    chorus = ["G", "D", "A", "Bm"]
    bridge = ["Em", "G", "A", "A"]
    bars = expand([(4, ["D"]), (8, verse), (8, chorus), (8, verse), (4, bridge), (8, chorus), (4, ["D"])])
    beats = 4 * len(bars)
    P = Part
    parts = {
        "kick": P("Kick", DRUMS, peak_dbfs=-3.0, reverb=5),
        "snare": P("Snare Top", DRUMS, peak_dbfs=-4.0, reverb=20),
        "hat": P("Hi-Hat", DRUMS, pan=84, peak_dbfs=-13.0, reverb=10),
        "toms": P("Toms", DRUMS, pan=50, peak_dbfs=-6.0, reverb=20),
        "cymbals": P("Cymbals", DRUMS, pan=72, peak_dbfs=-10.0, reverb=30),
        "clap": P("Clap", DRUMS, peak_dbfs=-9.0, reverb=40),
        "shaker": P("Shaker", DRUMS, pan=96, peak_dbfs=-18.0, reverb=20),
        "bass": P("Bass DI", 34, peak_dbfs=-6.0, reverb=0),
        "synthbass": P("Synth Bass", 39, peak_dbfs=-8.0, reverb=0),
        "piano": P("Piano", 1, peak_dbfs=-8.0, reverb=35),
        "organ": P("Organ", 17, pan=44, peak_dbfs=-11.0, reverb=30),
        "rhodes": P("Rhodes", 4, pan=80, peak_dbfs=-10.0, reverb=30),
        "gtrl": P("Rhythm Guitar L", 29, pan=10, peak_dbfs=-9.0, reverb=15),
        "gtrr": P("Rhythm Guitar R", 27, pan=118, peak_dbfs=-11.0, reverb=15, mono=True),
        "lead_gtr": P("Lead Guitar", 30, pan=70, peak_dbfs=-8.0, reverb=40),
        "strings": P("Strings", 48, pan=56, peak_dbfs=-12.0, reverb=60),
        "pad": P("Pad", 89, peak_dbfs=-14.0, reverb=70),
        "brass": P("Brass", 61, pan=74, peak_dbfs=-9.0, reverb=35),
        "vox": P("Lead Vox", 53, peak_dbfs=-6.0, reverb=30),
        "bvox": P("Backing Vox", 52, pan=40, peak_dbfs=-13.0, reverb=55),
        "glock": P("Glockenspiel", 9, pan=100, peak_dbfs=-12.0, reverb=45),
        "lead": P("Lead Synth", 80, pan=60, peak_dbfs=-9.0, reverb=35, mono=True),
    }
    p = parts
    for bar, sym in enumerate(bars):
        b0 = 4.0 * bar
        intro_outro = bar < 4 or bar >= 40
        is_chorus = 12 <= bar < 20 or 32 <= bar < 40
        is_bridge = 28 <= bar < 32
        # Drums.
        for pos, vel in ((0.0, 115), (1.5, 92), (2.0, 110)) + (((3.5, 88),) if is_chorus else ()):
            p["kick"].add(h.t(b0 + pos), 0.25, KICK, h.v(vel))
        if not intro_outro:
            for pos in (1.0, 3.0):
                p["snare"].add(h.t(b0 + pos), 0.25, SNARE, h.v(118))
            if is_chorus:
                for pos in (1.0, 3.0):
                    p["clap"].add(h.t(b0 + pos, 0.005), 0.25, CLAP, h.v(104))
        for i in range(8):
            p["hat"].add(h.t(b0 + i / 2), 0.25, HAT_OPEN if (i == 7 and bar % 4 == 3) else HAT, h.v(96 if i % 2 == 0 else 70))
        for i in range(16):
            if not intro_outro:
                p["shaker"].add(h.t(b0 + i / 4), 0.2, SHAKER, h.v(84 if i % 2 == 0 else 60))
        if bar % 8 == 7 and not intro_outro:
            for i, key in enumerate((TOM_HIGH, TOM_HIGH, TOM_MID, TOM_MID, TOM_LOW, TOM_LOW, TOM_LOW, TOM_LOW)):
                p["toms"].add(h.t(b0 + 2.0 + i / 4), 0.25, key, h.v(104))
        if bar % 8 == 0 and bar > 0:
            p["cymbals"].add(h.t(b0), 2.0, CRASH, h.v(110))
        if is_chorus:
            for i in range(4):
                p["cymbals"].add(h.t(b0 + i), 0.5, RIDE, h.v(80))
        # Bass: eighths on the root, with a walk to the next chord.
        root = bass_note(sym, note("D1") if sym[0] in "DE" else note("F#1"))
        for i in range(8):
            n = root + (12 if i == 6 else 7 if i == 7 else 0)
            p["bass"].add(h.t(b0 + i / 2), 0.42, n, h.v(100 if i % 2 == 0 else 84))
        if is_chorus:
            p["synthbass"].add(h.t(b0), 1.9, root, h.v(96))
            p["synthbass"].add(h.t(b0 + 2.0), 1.9, root, h.v(90))
        # Keys and guitars.
        if not intro_outro or bar < 4:
            for pos in (0.0, 1.5, 2.5):
                for n in voicing(sym, note("D4"), note("D5"))[:4]:
                    p["piano"].add(h.t(b0 + pos), 0.9, n, h.v(74))
        if not intro_outro:
            # Organ and the right guitar comp in the same register and rhythm: a masking pair.
            for pos in (0.5, 1.5, 2.5, 3.5):
                for n in voicing(sym, note("F#3"), note("A4"))[:4]:
                    p["organ"].add(h.t(b0 + pos), 0.45, n, h.v(96))
                for n in voicing(sym, note("F#3"), note("B4"))[:4]:
                    p["gtrr"].add(h.t(b0 + pos + 0.005, 0.006), 0.4, n, h.v(104))
            for i in range(8):
                for n in voicing(sym, note("D3"), note("A3"))[:2] + [bass_note(sym, note("D2"))]:
                    p["gtrl"].add(h.t(b0 + i / 2, 0.006), 0.4, n, h.v(100 if i % 2 == 0 else 82))
        if is_chorus or is_bridge:
            for n in voicing(sym, note("A3"), note("F#5"))[:4]:
                p["rhodes"].add(h.t(b0), 1.8, n, h.v(70))
                p["rhodes"].add(h.t(b0 + 2.0), 1.8, n, h.v(64))
            for n in voicing(sym, note("D4"), note("A5"))[:4]:
                p["strings"].add(b0, 4.0, n, 76)
            for n in voicing(sym, note("G3"), note("G4"))[:3]:
                p["bvox"].add(h.t(b0, 0.02), 3.8, n, h.v(76))
        for n in voicing(sym, note("A3"), note("A4"))[:4]:
            p["pad"].add(b0, 4.0, n, 66)
        if is_chorus and bar % 2 == 0:
            for pos in (0.0, 0.75, 1.5):
                for n in voicing(sym, note("A4"), note("D5"))[:3]:
                    p["brass"].add(h.t(b0 + pos), 0.5, n, h.v(100))
        if is_bridge:
            for i in range(8):
                p["glock"].add(h.t(b0 + i / 2), 0.45, voicing(sym, note("D6"), note("D7"))[i % 3], h.v(80))

    vocal = [("F#4", 0, 1), ("A4", 1, 1), ("B4", 2, 1.5), ("A4", 3.5, 0.5), ("F#4", 4, 2), ("E4", 6, 2),
             ("D4", 8, 1), ("E4", 9, 1), ("F#4", 10, 1), ("A4", 11, 1), ("B4", 12, 2), ("A4", 14, 2)]
    hook = [("D5", 0, 1.5), ("C#5", 1.5, 0.5), ("B4", 2, 2), ("A4", 4, 1.5), ("F#4", 5.5, 0.5), ("A4", 6, 2),
            ("B4", 8, 1), ("A4", 9, 1), ("F#4", 10, 2), ("E4", 12, 1), ("F#4", 13, 1), ("D4", 14, 2)]
    for start in (4, 8, 20, 24):
        for name, pos, length in vocal:
            p["vox"].add(h.t(4.0 * start + pos, 0.02), length * 0.95, note(name), h.v(92))
    for start in (12, 16, 32, 36):
        for name, pos, length in hook:
            p["vox"].add(h.t(4.0 * start + pos, 0.02), length * 0.95, note(name), h.v(100))
    solo = [("A5", 0, 0.5), ("B5", 0.5, 0.5), ("D6", 1, 1), ("B5", 2, 0.5), ("A5", 2.5, 0.5), ("F#5", 3, 1),
            ("E5", 4, 0.5), ("F#5", 4.5, 0.5), ("A5", 5, 1.5), ("B5", 6.5, 1.5)]
    for start in (28, 30):
        for name, pos, length in solo:
            p["lead_gtr"].add(h.t(4.0 * start + pos), length * 0.95, note(name), h.v(100))
    arp = ["D5", "F#5", "A5", "D6", "A5", "F#5"]
    for bar in list(range(12, 20)) + list(range(32, 40)):
        for i in range(8):
            p["lead"].add(h.t(4.0 * bar + i / 2), 0.4, note(arp[(bar * 8 + i) % len(arp)]), h.v(86))

    ordered = ["kick", "snare", "hat", "toms", "cymbals", "clap", "shaker", "bass", "synthbass", "piano", "organ",
               "rhodes", "gtrl", "gtrr", "lead_gtr", "strings", "pad", "brass", "vox", "bvox", "glock", "lead"]
    return Song("big_d", 124.0, beats + 2, [parts[k] for k in ordered])


SONGS = [funk_e, ballad_a, big_d]

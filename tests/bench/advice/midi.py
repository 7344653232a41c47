"""A Standard MIDI File writer (format 0, one channel): enough for one stem's part."""

import struct

PPQ = 480


def _vlq(value):
    out = [value & 0x7F]
    value >>= 7
    while value:
        out.append(0x80 | (value & 0x7F))
        value >>= 7
    return bytes(reversed(out))


def write_part(path, part, bpm, end_beat, drums_program=-1):
    """Writes `part` (songs.Part) as a format-0 MIDI file: tempo, program, pan, sends, notes.
    A last event at end_beat keeps the renderer going until the tails have rung out."""
    channel = 9 if part.program == drums_program else 0
    events = []  # (tick, order, bytes): note-offs sort before note-ons at the same tick
    setup = [bytes([0xB0 | channel, 7, 100]), bytes([0xB0 | channel, 10, part.pan]),
             bytes([0xB0 | channel, 91, part.reverb]), bytes([0xB0 | channel, 93, part.chorus])]
    if channel != 9:
        setup.insert(0, bytes([0xC0 | channel, part.program]))
    for data in setup:
        events.append((0, 0, data))
    for start, length, key, velocity in part.notes:
        on = int(round(start * PPQ))
        off = max(on + 1, int(round((start + length) * PPQ)))
        events.append((on, 2, bytes([0x90 | channel, key, velocity])))
        events.append((off, 1, bytes([0x80 | channel, key, 0])))
    events.append((int(end_beat * PPQ), 3, bytes([0xB0 | channel, 123, 0])))  # all notes off
    events.sort(key=lambda e: (e[0], e[1]))

    tempo = int(round(60_000_000 / bpm))
    track = bytearray(b"\x00\xff\x51\x03" + tempo.to_bytes(3, "big"))
    tick = 0
    for t, _, data in events:
        track += _vlq(t - tick) + data
        tick = t
    track += b"\x00\xff\x2f\x00"
    with open(path, "wb") as f:
        f.write(b"MThd" + struct.pack(">IHHH", 6, 0, 1, PPQ))
        f.write(b"MTrk" + struct.pack(">I", len(track)) + track)

#!/usr/bin/env bash
# Takes the README's screenshots: runs an already built stemwise under Xvfb (xvfb-run -a) on
# the demo session and writes docs/screenshots/{overview,track,history,suggestions}-{dark,light}.png
# and, with the app in German (--language de), {overview,track,history,suggestions}-de.png.
# Builds nothing. Usage: scripts/screenshots.sh [BUILD_DIR] [all|en|de]   (default: build/default all)
#
# The history view needs bounces: the script analyses the demo session, then "re-bounces"
# the lead vocal twice (3 dB quieter, then also driven into a soft clipper), analysing each,
# so the history shows three entries. Everything is written to a temporary folder with its
# own database and settings: the user's are never touched.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build/default}"
set_="${2:-all}"
exe="$build/app/stemwise"
[[ -x "$exe" ]] || { echo "screenshots: $exe not found; build first (scripts/run.sh or cmake --build)" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run not found (Debian package xvfb)" >&2; exit 2; }

out="$root/docs/screenshots"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
session="$work/Demo Session"
db="$work/screenshots.sqlite"

# The welcome view of a first run (no session yet, no recent ones): before any other run.
if [[ "$set_" == all || "$set_" == en ]]; then
    xvfb-run -a -s "-screen 0 1920x1200x24" "$exe" --db "$db" --theme dark --size 1400x860 \
        --screenshot "$out/welcome-dark.png"
    echo "screenshots: $out/welcome-dark.png"
fi

"$exe" demo "$session" >/dev/null
"$exe" analyze --db "$db" "$session" --json "$work/1.json"

# Rewrites a 24-bit PCM WAV with every sample passed through f (in full-scale units).
rebounce() {
    /usr/bin/python3 - "$1" "$2" <<'PY'
import math, sys, wave
path, mode = sys.argv[1], sys.argv[2]
with wave.open(path, 'rb') as w:
    params = w.getparams()
    raw = w.readframes(params.nframes)
assert params.sampwidth == 3, 'expects 24-bit PCM'
def f(x):
    x *= 10 ** (-3 / 20)
    if mode == 'clip':
        x = math.tanh(4.0 * x) / 4.0 * 1.6
    return max(-1.0, min(1.0, x))
out = bytearray(len(raw))
for i in range(0, len(raw), 3):
    v = int.from_bytes(raw[i:i + 3], 'little', signed=True) / 8388608.0
    q = max(-8388608, min(8388607, round(f(v) * 8388608.0)))
    out[i:i + 3] = q.to_bytes(3, 'little', signed=True)
with wave.open(path, 'wb') as w:
    w.setparams(params)
    w.writeframes(bytes(out))
PY
}
rebounce "$session/Lead Vocal.wav" quieter
"$exe" analyze --db "$db" "$session" --json "$work/2.json"
rebounce "$session/Lead Vocal.wav" clip

shoot() {  # theme view track [language]
    local lang="${4:-en}"
    local file="$out/$2-$1.png"
    [[ "$lang" == en ]] || file="$out/$2-$lang.png"
    xvfb-run -a -s "-screen 0 1920x1200x24" \
        "$exe" --db "$db" --theme "$1" --language "$lang" --size 1600x1080 --view "$2" --track "$3" \
        --screenshot "$file" "$session"
    echo "screenshots: $file"
}
if [[ "$set_" == all || "$set_" == en ]]; then
    for theme in dark light; do
        shoot "$theme" overview "Kick"
        shoot "$theme" track "Lead Vocal"
        shoot "$theme" history "Lead Vocal"
        shoot "$theme" suggestions "Lead Vocal"
    done
fi
if [[ "$set_" == all || "$set_" == de ]]; then
    shoot dark overview "Kick" de
    shoot dark track "Lead Vocal" de
    shoot dark history "Lead Vocal" de
    shoot dark suggestions "Lead Vocal" de
fi

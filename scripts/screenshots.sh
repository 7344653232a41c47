#!/usr/bin/env bash
# Takes the README's screenshots: runs an already built stemwise under Xvfb (xvfb-run -a) on
# the demo session and writes docs/screenshots/{overview,track,history,suggestions}-{dark,light}.png
# and, with the app in German (--language de), {overview,track,history,suggestions}-de.png.
# Builds nothing. Usage: scripts/screenshots.sh [BUILD_DIR] [all|en|de]   (default: build/default all)
#
# The large-session pictures of the guide (issue 21), at 1400x860 and 1920x1080:
#   scripts/screenshots.sh BUILD_DIR large STEMS_DIR [REFERENCE... SESSION_REFERENCE]
# open STEMS_DIR (a real session of 24 stems or more, e.g. the advice benchmark's big_d) and write
# docs/screenshots/{overview-24,overview-grouped,masking,mix,references,track-24,welcome}-WxH.png;
# each REFERENCE goes into the library under the genre "pop", the last one is attached to the
# session instead (`stemwise reference add --session`), so the References view shows both kinds.
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

# One setting in the app's settings file (QSettings' INI format under XDG_CONFIG_HOME).
setting() {  # group key value
    /usr/bin/python3 - "$XDG_CONFIG_HOME/Stemwise/Stemwise.conf" "$1" "$2" "$3" <<'PY'
import configparser, os, sys
path, group, key, value = sys.argv[1:]
c = configparser.RawConfigParser()
c.optionxform = str
c.read(path)
if not c.has_section(group):
    c.add_section(group)
c.set(group, key, value)
os.makedirs(os.path.dirname(path), exist_ok=True)
with open(path, "w") as f:
    c.write(f, space_around_delimiters=False)
PY
}

if [[ "$set_" == large ]]; then
    given="$(cd "${3:?usage: screenshots.sh BUILD_DIR large STEMS_DIR [REFERENCE... SESSION_REFERENCE]}" && pwd)"
    refs=("${@:4}")
    # A copy under the scratch folder, so the pictures (the welcome view's recent sessions)
    # show no path of this machine: SESSION/stems, the session named after SESSION.
    stems="$work/$(basename "$(dirname "$given")")/stems"
    mkdir -p "$stems"
    cp "$given"/* "$stems"/
    db="$work/large.sqlite"
    "$exe" analyze --db "$db" "$stems" >/dev/null
    for ((i = 0; i + 1 < ${#refs[@]}; ++i)); do
        "$exe" reference add "${refs[i]}" --genre pop --db "$db" >/dev/null
    done
    if ((${#refs[@]} > 0)); then
        "$exe" reference add "${refs[-1]}" --genre pop --session "$stems" --db "$db" >/dev/null
    fi
    for size in 1400x860 1920x1080; do
        big() {  # view track file [extra options]
            QT_QPA_PLATFORM=offscreen "$exe" --db "$db" --theme dark --size "$size" --view "$1" --track "$2" \
                --screenshot "$out/$3-$size.png" "$stems"
            echo "screenshots: $out/$3-$size.png"
        }
        setting mainWindow groupByType false
        big overview Kick overview-24
        big masking Kick masking
        big mix Kick mix
        big references Kick references
        big track Hi-Hat track-24
        setting mainWindow groupByType true
        big overview Kick overview-grouped
        setting mainWindow groupByType false
        # The welcome view with the session among the recent ones.
        setting session reopenLast false
        QT_QPA_PLATFORM=offscreen "$exe" --db "$db" --theme dark --size "$size" --screenshot "$out/welcome-$size.png"
        echo "screenshots: $out/welcome-$size.png"
        setting session reopenLast true
    done
    exit 0
fi

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

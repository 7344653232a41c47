#!/usr/bin/env bash
# Makes the committed Ardour 7 fixture tests/data/daw/ardour7-song/ with Ardour itself
# (Debian 12: `apt-get install ardour`, 1:7.3.0; its headless Lua interpreter ardour7-lua and
# the dummy audio backend, so no sound card and no JACK). Run by hand when the fixture
# should change; never in CI (Ardour is not among scripts/install-deps.sh's packages: it is
# large). tests/core/tst_dawsession.cpp asserts the values make-ardour-session.lua sets.
#   tests/data/daw/make-ardour-session.sh [OUTPUT-DIR]   (default: beside this script)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/ardour7-song}
command -v ardour7-lua >/dev/null || { echo "make-ardour-session: ardour7-lua not found (apt-get install ardour)" >&2; exit 1; }
rm -rf "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. Ardour creates the session: tracks, buses, plug-ins, sends, tempo map, ranges, takes.
ardour7-lua "$here/make-ardour-session.lua" "$work/ardour7-song" create
# 2. Point markers (Lua in 7.3 cannot make them): written into the saved file in Ardour's own
#    form (positions in superclock ticks, 282240000 a second), then Ardour loads the
#    session, checks they are markers and saves it again.
python3 - "$work/ardour7-song/ardour7-song.ardour" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
rate = 282240000
marks = [("Verse 1", 8.0), ("Chorus", 23.4375)]
lines = "".join(
    f'    <Location id="{9000 + i}" name="{name}" start="a{round(t * rate)}" end="a{round(t * rate)}" '
    f'flags="IsMark" locked="0" timestamp="0" cue="0"/>\n' for i, (name, t) in enumerate(marks))
if "<Locations/>" in text:
    text = text.replace("<Locations/>", "<Locations>\n" + lines + "  </Locations>", 1)
else:
    text = re.sub(r"(<Locations>\n)", lambda m: m.group(1) + lines, text, count=1)
open(path, "w", encoding="utf-8").write(text)
PY
ardour7-lua "$here/make-ardour-session.lua" "$work/ardour7-song" resave

# 3. Keep what the test reads: the session file and its takes (the sines, cut to 0.1 s so the
#    repository stays small; the session does not care about their length).
mkdir -p "$out"
cp "$work/ardour7-song/ardour7-song.ardour" "$out/"
(cd "$work/ardour7-song" && find interchange -name '*.wav' -print0) | while IFS= read -r -d '' f; do
    mkdir -p "$out/$(dirname "$f")"
    if command -v sox >/dev/null; then
        sox "$work/ardour7-song/$f" "$out/$f" trim 0 0.1
    else
        cp "$work/ardour7-song/$f" "$out/$f"
    fi
done
echo "make-ardour-session: wrote $out"

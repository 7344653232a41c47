#!/usr/bin/env bash
# The known-fault benchmark of Stemwise's advice: renders three sessions (10, 10 and 24 stems)
# from MIDI written in tests/bench/advice/songs.py through FluidSynth and the Fluid R3 General
# MIDI soundfont, puts known faults on with sox (tests/bench/advice/faults.py), runs
# `stemwise analyze` and `stemwise suggest` on them and prints how many faults the suggested
# moves undo, the false alarms, the notches on played notes and how many suggestions are shown,
# for the tuning fault set and then for the held-out one (other faults on other stems of the same
# songs, in DIR/holdout: tuned on never, so a gap between the two shows advice fitted to the first),
# each once as a first bounce and once as a re-bounce over the clean stems (--rebounce).
# Usage: tests/bench/run_advice_bench.sh [DIR] [--verbose]
#        DIR keeps the rendered sessions between runs (default /tmp/stemwise-advice-bench; they
#        are rendered again only when the scripts change); --verbose lists every fault's verdict
#        and every false alarm. Needs scripts/install-deps.sh --bench.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${1:-/tmp/stemwise-advice-bench}"
"$root/scripts/install-deps.sh" --bench
cd "$root"
cmake --preset default >/dev/null
cmake --build --preset default --target stemwise >/dev/null
for set in tuning holdout clean; do
    python3 "$root/tests/bench/advice/bench.py" make "$dir" --set "$set"
done
for set in tuning holdout; do
    python3 "$root/tests/bench/advice/bench.py" score "$dir" "$root/build/default/app/stemwise" --set "$set" "${@:2}"
    echo
    # The same faults put on as a re-bounce: the clean stems analysed first at the same paths.
    python3 "$root/tests/bench/advice/bench.py" score "$dir" "$root/build/default/app/stemwise" --set "$set" --rebounce "${@:2}"
    echo
done
# The same notes and faults rendered through another soundfont (MuseScore General): samples the
# advice was never tuned on, first bounce only.
other_sf=/usr/share/sounds/sf3/MuseScore_General_Full.sf3
for set in tuning holdout; do
    python3 "$root/tests/bench/advice/bench.py" make "$dir/musescore" --set "$set" --soundfont "$other_sf"
    python3 "$root/tests/bench/advice/bench.py" score "$dir/musescore" "$root/build/default/app/stemwise" --set "$set" "${@:2}"
    echo
done
# The drum parts played from a recorded kit's samples (Hydrogen's "The Black Pearl 1.0", full
# bandwidth), the rest through Fluid R3 as above, first bounce only.
kit="/usr/share/hydrogen/data/drumkits/The Black Pearl 1.0"
for set in tuning holdout; do
    python3 "$root/tests/bench/advice/bench.py" make "$dir/hydrogen" --set "$set" --drumkit "$kit"
    python3 "$root/tests/bench/advice/bench.py" score "$dir/hydrogen" "$root/build/default/app/stemwise" --set "$set" "${@:2}"
    echo
done
python3 "$root/tests/bench/advice/bench.py" spread "$dir" "$root/build/default/app/stemwise"

#!/usr/bin/env bash
# Times Stemwise's full analysis of a synthesised 24-stem session (stereo, 48 kHz, 24-bit,
# 4 min each) and, on the same files in the same run, the tools an engineer would otherwise
# chain: ffmpeg ebur128 (with true peak), sox stats, aubio tempo/onset/pitch.
# Usage: tests/bench/run_session_bench.sh [DIR]   (DIR keeps the session between runs;
#        default /tmp/stemwise-bench-session). Needs scripts/install-deps.sh --bench.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${1:-/tmp/stemwise-bench-session}"
"$root/scripts/install-deps.sh" --bench
cmake --preset default -S "$root" >/dev/null
cmake --build --preset default --target bench_session >/dev/null
bench="$root/build/default/tests/bench/bench_session"

"$bench" synthesize "$dir" >/dev/null
files=("$dir"/*.wav)
audio_s=$(python3 -c "import sys,os; print(sum((os.path.getsize(f)-44)/(48000*2*3) for f in sys.argv[1:]))" "${files[@]}")
echo "== Stemwise (full analysis: loudness, true peak, levels, spectrum, stereo, onsets, tempo, pitch, key)"
"$bench" analyze "$dir" --jobs "$(nproc)"

time_tool() {  # name, command with {} for the file: one process per file, sequential
    local name="$1"; shift
    local start end
    start=$(date +%s.%N)
    for f in "${files[@]}"; do
        eval "$(printf '%s' "$*" | sed "s|{}|\"$f\"|g")" >/dev/null 2>&1
    done
    end=$(date +%s.%N)
    python3 -c "import sys; t=float(sys.argv[2])-float(sys.argv[1]); print(f'{sys.argv[3]:<28}{t:8.2f} s = {float(sys.argv[4])/t:6.0f}x realtime')" "$start" "$end" "$name" "$audio_s"
    echo "$start $end" >> "$dir/.peer-times"
}
rm -f "$dir/.peer-times"
echo "== peer tools, one core each, on the same ${#files[@]} files"
time_tool "ffmpeg ebur128 peak=true" ffmpeg -nostats -hide_banner -i {} -af ebur128=peak=true -f null -
time_tool "sox stats" sox {} -n stats
time_tool "aubio tempo" aubio tempo {}
time_tool "aubio onset" aubio onset {}
time_tool "aubio pitch" aubio pitch {}
python3 - "$dir/.peer-times" "$audio_s" <<'PY'
import sys
total = sum(float(b) - float(a) for a, b in (l.split() for l in open(sys.argv[1])))
print(f"{'five tools together':<28}{total:8.2f} s = {float(sys.argv[2])/total:6.0f}x realtime")
PY

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

echo "== peer tools, one core each, on the same ${#files[@]} files (wall and CPU time)"
python3 - "$audio_s" "${files[@]}" <<'PY'
import resource, subprocess, sys, time
audio_s = float(sys.argv[1])
files = sys.argv[2:]
tools = [
    ("ffmpeg ebur128 peak=true", ["ffmpeg", "-nostats", "-hide_banner", "-i", "{}", "-af", "ebur128=peak=true", "-f", "null", "-"]),
    ("sox stats", ["sox", "{}", "-n", "stats"]),
    ("aubio tempo", ["aubio", "tempo", "{}"]),
    ("aubio onset", ["aubio", "onset", "{}"]),
    ("aubio pitch", ["aubio", "pitch", "{}"]),
]
total_wall = total_cpu = 0.0
for name, command in tools:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    for f in files:
        subprocess.run([f if a == "{}" else a for a in command], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    total_wall += wall
    total_cpu += cpu
    print(f"{name:<28}{wall:8.2f} s wall = {audio_s / wall:6.0f}x realtime (CPU {cpu:7.2f} s = {audio_s / cpu:6.0f}x)")
print(f"{'five tools together':<28}{total_wall:8.2f} s wall = {audio_s / total_wall:6.0f}x realtime (CPU {total_cpu:7.2f} s = {audio_s / total_cpu:6.0f}x)")
PY

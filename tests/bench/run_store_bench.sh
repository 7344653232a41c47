#!/usr/bin/env bash
# Times the project store on a synthesised 24-stem session (stereo, 48 kHz, 24-bit, 4 min
# each, as run_session_bench.sh): analysis with and without storing, and reopening the
# cached session in a cold process.
# Usage: tests/bench/run_store_bench.sh [DIR] [bench_store options]   (DIR keeps the session
#        between runs; default /tmp/stemwise-bench-session)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${1:-/tmp/stemwise-bench-session}"
shift || true
cmake --preset default -S "$root" >/dev/null
cmake --build --preset default --target bench_session bench_store stemwise >/dev/null
"$root/build/default/tests/bench/bench_session" synthesize "$dir" >/dev/null
"$root/build/default/tests/bench/bench_store" "$dir" "$@"

#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (preset `fuzz`: clang with ASan and UBSan) and
# runs each for a bounded time from its seed corpus, as many at a time as there are cores. A
# crash fails the script with the input saved in tests/fuzz/regressions/<target>/: fix the
# code, keep the file (CTest's fuzz_replay_<target> then replays it in every build).
# Usage: scripts/fuzz.sh [SECONDS_EACH]   (default 20; CI runs it with the default)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

seconds="${1:-20}"
cd "$STEMWISE_ROOT"
"$STEMWISE_ROOT/scripts/install-deps.sh"
echo "stemwise: configuring and building the 'fuzz' preset…"
cmake --preset fuzz -S "$STEMWISE_ROOT" >/dev/null
cmake --build --preset fuzz

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Each libFuzzer run is one process on one core: the targets run as many at a time as the
# machine has cores, each for the full SECONDS_EACH, so CI fuzzes every target as long as
# before in about half the wall time on 2 cores (100 s one after another, 60 s two at a time).
targets=(audioreader importdb learnedmodel boundedjson dawsession)
jobs=$(nproc)
fuzz_one() {
    local target="$1"
    # New inputs go to a scratch copy of the corpus: the repository keeps its small seed set.
    mkdir -p "$work/$target"
    cp -r "tests/fuzz/corpus/$target/." "$work/$target/"
    local status=0
    ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" LSAN_OPTIONS="suppressions=$STEMWISE_ROOT/tests/lsan.supp" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        "build/fuzz/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=262144 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="tests/fuzz/regressions/$target/" \
        "$work/$target" >"$work/$target.log" 2>&1 || status=$?
    echo "$status" >"$work/$target.status"
}
echo "stemwise: fuzzing ${targets[*]} for ${seconds} s each, $jobs at a time…"
running=0
for target in "${targets[@]}"; do
    if ((running == jobs)); then
        wait -n || true
        running=$((running - 1))
    fi
    fuzz_one "$target" &
    running=$((running + 1))
done
wait || true
failed=0
for target in "${targets[@]}"; do
    echo "stemwise: fuzz_$target (${seconds} s):"
    tail -n 12 "$work/$target.log"
    status=$(cat "$work/$target.status" 2>/dev/null || echo missing)
    if [[ $status != 0 ]]; then
        echo "stemwise: fuzz_$target found a failure (exit $status); its input is in tests/fuzz/regressions/$target/" >&2
        failed=1
    fi
done
((failed == 0)) || exit 1
echo "stemwise: no fuzz target failed."

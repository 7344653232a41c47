#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (preset `fuzz`: clang with ASan and UBSan) and
# runs each for a bounded time from its seed corpus. A crash stops the script with the
# input saved in tests/fuzz/regressions/<target>/: fix the code, keep the file (CTest's
# fuzz_replay_<target> then replays it in every build).
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
for target in audioreader importdb learnedmodel boundedjson dawsession; do
    # New inputs go to a scratch copy of the corpus: the repository keeps its small seed set.
    mkdir -p "$work/$target"
    cp -r "tests/fuzz/corpus/$target/." "$work/$target/"
    echo "stemwise: fuzzing $target for ${seconds} s…"
    ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" LSAN_OPTIONS="suppressions=$STEMWISE_ROOT/tests/lsan.supp" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        "build/fuzz/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=262144 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="tests/fuzz/regressions/$target/" \
        "$work/$target" 2>&1 | tail -n 12
    status=${PIPESTATUS[0]}
    if [[ $status -ne 0 ]]; then
        echo "stemwise: fuzz_$target found a failure (exit $status); its input is in tests/fuzz/regressions/$target/" >&2
        exit 1
    fi
done
echo "stemwise: no fuzz target failed."

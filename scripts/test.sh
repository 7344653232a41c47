#!/usr/bin/env bash
# The README's second command: install what is missing, build, and run every test: first
# the 'default' preset (warnings are errors), then the 'asan' preset (AddressSanitizer +
# UndefinedBehaviorSanitizer), then the 'tsan' preset (ThreadSanitizer; it builds and runs
# only the tests labelled "threaded": live input, rings, the analysis pool, the session
# analyzer, playback). Each ends with CTest's summary; the script fails if any does.
# Usage: scripts/test.sh [PRESET...]   (default: default asan tsan)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

stemwise_timed "install-deps" "$STEMWISE_ROOT/scripts/install-deps.sh"
presets=("$@")
((${#presets[@]})) || presets=(default asan tsan)

cd "$STEMWISE_ROOT"
# Each preset's tests run while the next preset builds beside them at the lowest CPU priority
# (nice 19): the seven JACK tests run one at a time and mostly wait on the audio clock (about
# 200 s a preset, the test phase's critical path), and the default preset's other tests take
# about 95 s of CPU in all, so most of the two cores sat idle during that phase. A niced
# compiler gets only the CPU the tests leave: a runnable test takes the core back at once.
# The build's own output is printed once it is waited for. Where the scheduler allows it, the
# build runs under SCHED_IDLE (chrt --idle): it gets a core only when no test wants one, and a
# test's thread that wakes takes the core back at once, where a nice 19 compiler can still hold
# it for a scheduler slice, longer than a JACK cycle of 256 frames (5.3 ms).
# The last preset's tests run alone: ThreadSanitizer's JACK tests are the slowest clients of
# their server, and beside a build they missed cycles in every attempt on a busy CI machine.
logs="$(mktemp -d)"
background=""
# kill_tree PID: PID and every process below it (the build: cmake, ninja, the compilers).
kill_tree() {
    local child
    for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
        kill_tree "$child"
    done
    kill "$1" 2>/dev/null || true
}
cleanup() {
    if [[ -n $background ]]; then
        kill_tree "$background"
        wait "$background" 2>/dev/null || true
    fi
    rm -rf "$logs"
}
trap cleanup EXIT
background_priority=(nice -n 19)
if chrt --idle 0 true 2>/dev/null; then
    background_priority=(chrt --idle 0 nice -n 19)
fi
# summarise_failures PRESET: each failed check of the last run, with where it failed (the
# tests' own output above can run to thousands of lines of ALSA's complaints).
summarise_failures() {
    local log="$STEMWISE_ROOT/build/$1/Testing/Temporary/LastTest.log"
    [[ -f $log ]] || return 0
    echo "stemwise: what failed in the '$1' preset:"
    grep -E "^(FAIL!|   Loc:|[0-9]+/[0-9]+ Test: |WARNING: ThreadSanitizer|ERROR: AddressSanitizer|SUMMARY: )|runtime error:" "$log" \
        | grep -B1 -A1 -E "FAIL!|Sanitizer|SUMMARY|runtime error" | head -60 || true
}
# wait_for_build PRESET: wait for the build of PRESET begun beside the tests of $previous, print
# its output and time; a failed build fails the script.
wait_for_build() {
    local preset="$1" waited=$SECONDS status=0
    wait "$background" || status=$?
    background=""
    cat "$logs/build-$preset.log"
    echo "stemwise: time: build $preset: $(cat "$logs/build-$preset.time" 2>/dev/null) s in all, begun beside the tests of '$previous'; $((SECONDS - waited)) s of it after them"
    ((status == 0)) || { echo "stemwise: building the '$preset' preset failed" >&2; exit "$status"; }
}
previous=""
for i in "${!presets[@]}"; do
    preset="${presets[i]}"
    if [[ -n $background ]]; then
        wait_for_build "$preset"
    else
        stemwise_timed "build $preset" stemwise_build "$preset"
    fi
    next="${presets[i + 1]:-}"
    if [[ -n $next ]]; then
        (
            start=$SECONDS
            status=0
            "${background_priority[@]}" bash -c "source '$STEMWISE_ROOT/scripts/common.sh' && stemwise_build '$next'" \
                >"$logs/build-$next.log" 2>&1 || status=$?
            echo $((SECONDS - start)) >"$logs/build-$next.time"
            exit $status
        ) &
        background=$!
    fi
    previous="$preset"
    echo "stemwise: running the tests of the '$preset' preset…"
    # One job more than cores: the JACK test that runs at a time (tests/ctest-resources.json)
    # mostly waits on the audio clock, and the other tests keep every core busy meanwhile.
    status=0
    stemwise_timed "tests $preset" ctest --preset "$preset" --parallel "$(($(nproc) + 1))" || status=$?
    if ((status != 0)); then
        summarise_failures "$preset"
        exit "$status"
    fi
done

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
for preset in "${presets[@]}"; do
    stemwise_timed "build $preset" stemwise_build "$preset"
    echo "stemwise: running the tests of the '$preset' preset…"
    # One job more than cores: the JACK test that runs at a time (tests/ctest-resources.json)
    # mostly waits on the audio clock, and the other tests keep every core busy meanwhile.
    stemwise_timed "tests $preset" ctest --preset "$preset" --parallel "$(($(nproc) + 1))"
done

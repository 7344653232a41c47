# Shared by the README's two commands: install what is missing, then configure and build
# one CMake preset. Source it; do not run it.
set -euo pipefail
STEMWISE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# stemwise_build PRESET: configure (first time) and build with Ninja, ccache when present.
stemwise_build() {
    local preset="$1"
    echo "stemwise: configuring and building the '$preset' preset…"
    cmake --preset "$preset" -S "$STEMWISE_ROOT" >/dev/null || return
    cmake --build --preset "$preset"
}

# stemwise_timed LABEL COMMAND...: run COMMAND and print its wall time, so that every run of
# the README's commands (and so every CI log) says where its time went. Returns COMMAND's
# status, also where the caller tests it (`stemwise_timed … || status=$?`), where `set -e`
# does not act inside the function.
stemwise_timed() {
    local label="$1" start=$SECONDS status=0
    shift
    "$@" || status=$?
    echo "stemwise: time: $label: $((SECONDS - start)) s"
    return "$status"
}

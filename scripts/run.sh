#!/usr/bin/env bash
# The README's first command: install what is missing, build, and open the desktop app
# on the built-in demo session. Extra arguments go to stemwise (e.g. a folder of stems
# instead of --demo).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

"$STEMWISE_ROOT/scripts/install-deps.sh"
stemwise_build default

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "stemwise: no display found. Run this from a desktop session, or under a virtual" >&2
    echo "          display: xvfb-run -a scripts/run.sh" >&2
    exit 1
fi
if (($# == 0)); then
    set -- --demo
fi
exec "$STEMWISE_ROOT/build/default/app/stemwise" "$@"

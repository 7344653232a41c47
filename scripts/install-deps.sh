#!/usr/bin/env bash
# Installs the Debian 12 packages Stemwise needs to build, run and test.
# Idempotent and non-interactive: it installs only what is missing and says what.
# Works as root or through sudo. Usage: scripts/install-deps.sh [--bench|--tidy]
#   --bench  also installs the peer tools the benchmark compares with (ffmpeg, sox, aubio), and
#            what the advice benchmark renders its sessions with: fluidsynth and the Fluid R3
#            General MIDI soundfont; MuseScore's General soundfont and Hydrogen's drum kits for
#            the checks on samples the advice was never tuned on; sox, which puts the faults on;
#            NumPy, SciPy and python3-soundfile, for the kits' sampler and the research script
#            tests/bench/advice/sourcefilter.py.
#   --tidy   also installs clang-tidy (scripts/tidy.sh asks for it when it is missing).
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config git clang libclang-rt-14-dev
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev curl
    libgl-dev libxkbcommon-dev
    libsndfile1-dev libfftw3-dev libebur128-dev portaudio19-dev libsqlite3-dev nlohmann-json3-dev libsoxr-dev libxxhash-dev libexpat1-dev liblo-dev
    xvfb xauth fonts-dejavu-core fonts-symbola fonts-droid-fallback fonts-freefont-ttf python3 python3-jsonschema poppler-utils
    jackd2 libjack-jackd2-dev liblo-tools
    dpkg-dev fakeroot librsvg2-bin desktop-file-utils appstream
)
if [[ "${1:-}" == "--bench" ]]; then
    packages+=(ffmpeg sox aubio-tools time fluidsynth fluid-soundfont-gm musescore-general-soundfont hydrogen-drumkits python3-numpy python3-scipy python3-soundfile)
fi
if [[ "${1:-}" == "--tidy" ]]; then
    packages+=(clang-tidy)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "stemwise: all build and test packages are already installed."
    exit 0
fi

echo "stemwise: installing missing Debian packages: ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo_cmd=(sudo)
    else
        echo "stemwise: need root or sudo to install: ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"

#!/usr/bin/env bash
# Builds the Debian package, validates its desktop entry and AppStream metadata, installs it
# with apt (which pulls in its runtime dependencies) and runs the installed stemwise.
# On a fresh Debian 12 machine or container this is the install test; run as root or with
# sudo. A stemwise package that was not installed before is removed again afterwards.
# Usage: scripts/package.sh [--keep]   (--keep leaves the package installed)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

"$STEMWISE_ROOT/scripts/install-deps.sh"
cd "$STEMWISE_ROOT"
stemwise_build default

echo "stemwise: validating the desktop entry and the AppStream metadata…"
desktop-file-validate packaging/io.github.stemwise.Stemwise.desktop
appstreamcli validate --no-net packaging/io.github.stemwise.Stemwise.metainfo.xml

echo "stemwise: building the Debian package…"
rm -f build/default/stemwise_*.deb
(cd build/default && cpack -G DEB >/dev/null)
deb=$(ls build/default/stemwise_*.deb)
echo "stemwise: built $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,/Description:/p'

sudo_cmd=()
[[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
was_installed=0
dpkg-query -W -f='${Status}' stemwise 2>/dev/null | grep -q "install ok installed" && was_installed=1
echo "stemwise: installing $deb…"
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null

status=0
check() { if "$@"; then echo "  ok: $*"; else echo "  FAILED: $*" >&2; status=1; fi; }
check test -x /usr/bin/stemwise
check test -f /usr/share/applications/io.github.stemwise.Stemwise.desktop
check test -f /usr/share/metainfo/io.github.stemwise.Stemwise.metainfo.xml
check test -f /usr/share/icons/hicolor/scalable/apps/io.github.stemwise.Stemwise.svg
check test -f /usr/share/icons/hicolor/48x48/apps/io.github.stemwise.Stemwise.png
version=$(cd / && env -i PATH=/usr/bin:/bin /usr/bin/stemwise --version 2>&1) || status=1
echo "  installed stemwise --version: $version"
[[ "$version" == *"$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt)"* ]] || { echo "  FAILED: version" >&2; status=1; }
tmp=$(mktemp -d)
check /usr/bin/stemwise demo "$tmp/demo" >/dev/null
check /usr/bin/stemwise analyze --no-store --brief "$tmp/demo" >/dev/null
rm -rf "$tmp"

if [[ $was_installed == 0 && "${1:-}" != "--keep" ]]; then
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq stemwise >/dev/null
fi
((status == 0)) && echo "stemwise: the package installs and runs." || echo "stemwise: the install test FAILED." >&2
exit $status

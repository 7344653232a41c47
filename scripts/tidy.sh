#!/usr/bin/env bash
# clang-tidy with the project's checks (.clang-tidy) over the C++ sources of core/, app/, ui/
# and api/, with the compile commands of the 'default' preset. Fails on any finding (the checks
# are errors), and prints each with its file, line and check.
# Usage: scripts/tidy.sh [--changed [BASE]] [FILE...]
#   (nothing)         every source file of core/, app/ and ui/: a full run costs about
#                     20 minutes of CPU (some 10 minutes on 2 idle cores); not run in CI
#   --changed [BASE]  the files changed since the merge-base of HEAD and BASE (default main,
#                     else origin/main): changed sources, and the sources that include a
#                     changed header
#   FILE...           these sources
# Installs clang-tidy (Debian 12: clang-tidy 14) if it is missing, and configures the default
# preset if compile_commands.json is missing (configuring only: the sources include nothing
# generated). Parallel over $(nproc) files; STEMWISE_TIDY_JOBS overrides.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$STEMWISE_ROOT"

if ! command -v clang-tidy >/dev/null 2>&1; then
    "$STEMWISE_ROOT/scripts/install-deps.sh" --tidy
fi
build="$STEMWISE_ROOT/build/default"
if [[ ! -f "$build/compile_commands.json" ]]; then
    cmake --preset default -S "$STEMWISE_ROOT" >/dev/null
fi

# The compile commands as clang reads them: GCC's own options (-fvect-cost-model, core's
# vectoriser setting in release builds) dropped, -Werror dropped (a compiler warning under
# clang is not a finding of ours). And the sources clang-tidy can check: those with a compile
# command, under core/, app/, ui/.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mapfile -t compiled < <(python3 - "$build/compile_commands.json" "$STEMWISE_ROOT" "$work" <<'EOF'
import json, os, shlex, sys
root = os.path.realpath(sys.argv[2])
seen = set()
entries = json.load(open(sys.argv[1]))
for entry in entries:
    args = entry.pop("arguments", None) or shlex.split(entry.pop("command"))
    entry["arguments"] = [a for a in args if not a.startswith("-fvect-cost-model") and a != "-Werror"]
    path = os.path.realpath(os.path.join(entry["directory"], entry["file"]))
    rel = os.path.relpath(path, root)
    if rel.split(os.sep)[0] in ("core", "app", "ui") and rel.endswith(".cpp") and rel not in seen:
        seen.add(rel)
        print(rel)
json.dump(entries, open(os.path.join(sys.argv[3], "compile_commands.json"), "w"))
EOF
)

files=()
if [[ "${1:-}" == "--changed" ]]; then
    base="${2:-}"
    if [[ -z "$base" ]]; then
        if git rev-parse --verify -q main >/dev/null; then base=main; else base=origin/main; fi
    fi
    since="$(git merge-base HEAD "$base")"
    mapfile -t changed < <(git diff --name-only --diff-filter=d "$since" -- core app ui; git ls-files --others --exclude-standard -- core app ui)
    declare -A wanted=()
    for f in "${changed[@]}"; do
        case "$f" in
        *.cpp) wanted["$f"]=1 ;;
        *.h)
            # The sources that include it (by its name: includes are rooted at core/ or local).
            name="$(basename "$f")"
            while IFS= read -r user; do wanted["$user"]=1; done \
                < <(grep -rlE "#include \"([^\"]*/)?${name//./\\.}\"" core app ui api --include='*.cpp' || true) ;;
        esac
    done
    for f in "${compiled[@]}"; do
        [[ -n "${wanted[$f]:-}" ]] && files+=("$f")
    done
    echo "stemwise: clang-tidy on ${#files[@]} source files changed since $(git rev-parse --short "$since") ($base)"
elif (($#)); then
    files=("$@")
else
    files=("${compiled[@]}")
    echo "stemwise: clang-tidy on all ${#files[@]} source files of core/, app/ and ui/"
fi
((${#files[@]})) || { echo "stemwise: clang-tidy: nothing to check"; exit 0; }

# Left out, each with why (a file here is checked by no one: keep the list short and dated):
# none (2026-12-06: core/util/text.cpp, which clang-tidy 14's front end crashed on while Text
# and TextArg had defaulted operator==, is checked again since they compare by hand).
excluded=()
kept=()
for f in "${files[@]}"; do
    skip=0
    for x in "${excluded[@]}"; do [[ "$f" == "$x" ]] && skip=1; done
    ((skip)) || kept+=("$f")
done
files=("${kept[@]}")
((${#files[@]})) || { echo "stemwise: clang-tidy: nothing to check"; exit 0; }

# Headers of this checkout only (not Qt's, not generated ones under build/). One process per
# file, each with its own log: a finding or a crash names its file, and one crash does not
# stop the others (xargs gives up on a command that dies of a signal).
root_re="$(printf '%s' "$STEMWISE_ROOT" | sed 's/[][\.*^$+?(){}|]/\\&/g')"
jobs="${STEMWISE_TIDY_JOBS:-$(nproc)}"
mkdir -p "$work/logs"
started=$SECONDS
printf '%s\0' "${files[@]}" | xargs -0 -n 1 -P "$jobs" sh -c '
    log="$2/logs/$(printf %s "$3" | tr / _).log"
    if clang-tidy -p "$2" --quiet --header-filter="$1" --extra-arg=-Wno-unknown-warning-option "$3" >"$log" 2>&1; then
        rm -f "$log"
    elif grep -q "^Stack dump:" "$log"; then
        printf "%s: clang-tidy crashed (not a finding; add it to the excluded list with the reason)\n" "$3" >"$log"
    fi
    exit 0' sh "^${root_re}/(core|app|ui|api)/" "$work"
# clang-tidy prints "N warnings generated" for the suppressed ones in system headers: noise.
failed=0
for log in "$work"/logs/*.log; do
    [[ -e "$log" ]] || continue
    failed=$((failed + 1))
    grep -vE '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^Use -system-headers' "$log" || true
done
echo "stemwise: time: clang-tidy: $((SECONDS - started)) s for ${#files[@]} files, $jobs at once"
if ((failed)); then
    echo "stemwise: clang-tidy found problems in $failed files (above); fix them, or NOLINT(check) with the reason where the check is wrong" >&2
    exit 1
fi
echo "stemwise: clang-tidy: no findings in ${#files[@]} files"

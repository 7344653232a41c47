#!/usr/bin/env python3
"""Holds every #include of the sources to the declared layers.

core/ shares one include root, so the compiler accepts `#include "report/x.h"` from
dsp/ as happily as from app/; this check is what rejects it. The layers and what each
folder of core/ declared it uses come from the build (core/CMakeLists.txt writes
core-layers.txt: "<folder> <layer> <used folders...>" per line).

Rules:
  - a core folder includes only itself and the folders its CMakeLists names in USES,
    which the build already holds to lower layers;
  - core/ includes no Qt header and nothing of ui/ or app/;
  - ui/ includes nothing of app/; no folder of ui/ shares a name with a folder of core/
    (so an include path means one thing);
  - the folder include graph of core/ has no cycle.

Usage: check_layers.py SOURCE_DIR LAYERS_FILE [--inject FILE:LINE]
  --inject adds LINE to the text of FILE (relative to SOURCE_DIR) before checking, to show
  that a violation is caught (a CTest case runs it with an upward include and WILL_FAIL).
Exit status: 0 clean, 1 violations (each printed with file and line), 2 usage.
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def read_layers(path):
    layers, uses = {}, {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                continue
            folder, layer, used = parts[0], int(parts[1]), parts[2:]
            layers[folder] = layer
            uses[folder] = set(used)
    return layers, uses


def sources(root):
    for dirpath, _dirs, files in os.walk(root):
        for name in sorted(files):
            if name.endswith((".h", ".cpp", ".hpp", ".cc")):
                yield os.path.join(dirpath, name)


def includes(path, extra):
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    lines += extra
    for number, line in enumerate(lines, 1):
        m = INCLUDE.match(line)
        if m:
            yield number, m.group(1), m.group(2)


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    src, layers_file = argv[1], argv[2]
    inject = {}
    if len(argv) == 5 and argv[3] == "--inject":
        file, _, line = argv[4].partition(":")
        inject.setdefault(os.path.normpath(file), []).append(line)
    elif len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2

    layers, uses = read_layers(layers_file)
    core_dir = os.path.join(src, "core")
    on_disk = {d for d in os.listdir(core_dir) if os.path.isdir(os.path.join(core_dir, d))}
    errors = []
    for d in sorted(on_disk - set(layers)):
        errors.append(f"core/{d}/: a folder of core/ that core/CMakeLists.txt does not build as a layer")

    graph = {folder: set() for folder in layers}
    for folder in sorted(layers):
        for path in sources(os.path.join(core_dir, folder)):
            rel = os.path.relpath(path, src)
            for number, kind, target in includes(path, inject.get(os.path.normpath(rel), [])):
                where = f"{rel}:{number}"
                if kind == "<" and re.match(r"Q[A-Za-z]", target):
                    errors.append(f"{where}: core/ includes the Qt header <{target}> (core has no Qt)")
                    continue
                if kind != '"':
                    continue
                head = target.split("/", 1)[0] if "/" in target else None
                if head in ("ui", "app"):
                    errors.append(f"{where}: core/ includes {target} from {head}/")
                    continue
                if head is None or head not in layers or head == folder:
                    continue
                graph[folder].add(head)
                if head not in uses[folder]:
                    if layers[head] >= layers[folder]:
                        why = (f"core/{head} is layer {layers[head]}, core/{folder} layer {layers[folder]}: "
                               "a folder uses only folders of lower layers")
                    else:
                        why = f"core/{folder}/CMakeLists.txt does not name '{head}' in USES"
                    errors.append(f'{where}: #include "{target}": {why}')

    ui_dir = os.path.join(src, "ui")
    if os.path.isdir(ui_dir):
        for d in sorted(os.listdir(ui_dir)):
            if os.path.isdir(os.path.join(ui_dir, d)) and d in layers:
                errors.append(f"ui/{d}/: shares its name with core/{d}/, so an include of '{d}/…' is ambiguous")
        for path in sources(ui_dir):
            rel = os.path.relpath(path, src)
            for number, kind, target in includes(path, inject.get(os.path.normpath(rel), [])):
                if kind == '"' and target.startswith("app/"):
                    errors.append(f"{rel}:{number}: ui/ includes {target} from app/")

    # A cycle in the folder graph (impossible when every edge runs downward; checked anyway).
    state = {}

    def visit(node, stack):
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                errors.append("include cycle between folders: " + " -> ".join(stack + [node, nxt]))
            elif nxt not in state:
                visit(nxt, stack + [node])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [])

    for e in errors:
        print(e)
    if errors:
        print(f"check_layers: {len(errors)} violation(s)")
        return 1
    edges = sum(len(v) for v in graph.values())
    print(f"check_layers: {len(layers)} folders of core/, {edges} folder-to-folder include edges, all downward")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Holds ui/ to reading no English that core wrote.

Core says what it means as a text code with typed arguments (core/util/text.h); the UI renders
the code's template in its language (ui/coretext.cpp). The English core keeps beside each text
(an issue's message, a suggestion's title, description and reasoning, an evidence comparison,
a score line, a finding, the tempo's source, …) is for the CLI and the JSON, and a UI may show
it as it is where there is no text (an old stored suggestion), but never take it apart: a
reworded sentence in core would silently break a translation built on its wording.

Rules:
  - no line of ui/ both names one of core's English members (.message, .reason, .title,
    .description, .reasoning, .comparison, .tempoSource, .explanation, .personalisation,
    .effectNotes, .label, …) and searches, splits, matches or converts text on it (find,
    startsWith, endsWith, contains, indexOf, mid, substr, split, section, regular expressions,
    toDouble, stod, sscanf, …);
  - ui/coretext.cpp, the renderer, uses no regular expression and no string search at all
    (no startsWith/endsWith/find/substr/indexOf/mid/QRegularExpression/std::regex): it renders
    codes, it does not recognise sentences, and it reads no figure out of a list of evidence.

Usage: check_ui_reads_no_core_english.py SOURCE_DIR [--inject FILE:LINE]
  --inject adds LINE to FILE (relative to SOURCE_DIR) before checking, to show that a
  violation is caught (CTest runs it with a sentence-prefix match and WILL_FAIL).
Exit status: 0 clean, 1 violations (each printed with file and line), 2 usage.
"""
import os
import re
import sys

ENGLISH_MEMBERS = re.compile(
    r"(?:\.|->)(message|reason|reasoning|title|description|comparison|tempoSource|explanation|"
    r"personalisation|effectNotes|label|evidence|text|error|errorDetail|detail)\b(?!\s*\()"
)
PARSING = re.compile(
    r"\b(find|rfind|find_first_of|find_last_of|startsWith|endsWith|starts_with|ends_with|contains|indexOf|"
    r"lastIndexOf|mid|left|right|substr|split|section|compare|match|globalMatch|toDouble|toFloat|toInt|stod|stof|"
    r"stoi|strtod|sscanf|QRegularExpression|regex_search|regex_match)\s*\("
)
RENDERER_FORBIDDEN = re.compile(
    r"\b(startsWith|endsWith|starts_with|ends_with|rfind|indexOf|lastIndexOf|substr|QRegularExpression|"
    r"regex_search|regex_match|sscanf|strtod)\b|std::regex|\.find\(|\.mid\("
)


def sources(root):
    for dirpath, _dirs, files in os.walk(root):
        for name in sorted(files):
            if name.endswith((".h", ".cpp")):
                yield os.path.join(dirpath, name)


def strip_comment(line):
    # Drops // comments (a string holding "//" is rare enough in ui/ to ignore).
    at = line.find("//")
    return line if at < 0 else line[:at]


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = argv[1]
    inject = {}
    if len(argv) == 4 and argv[2] == "--inject":
        path, _, line = argv[3].partition(":")
        inject[os.path.normpath(os.path.join(root, path))] = line
    violations = []
    for path in sources(os.path.join(root, "ui")):
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
        if os.path.normpath(path) in inject:
            lines.append(inject[os.path.normpath(path)])
        renderer = os.path.basename(path) == "coretext.cpp"
        for number, raw in enumerate(lines, 1):
            line = strip_comment(raw)
            where = f"{os.path.relpath(path, root)}:{number}: {raw.strip()}"
            if ENGLISH_MEMBERS.search(line) and PARSING.search(line):
                violations.append(where + "\n    takes core's English apart: render its text code instead")
            elif renderer and RENDERER_FORBIDDEN.search(line):
                violations.append(where + "\n    the renderer of core's texts searches text: it renders codes")
    for v in violations:
        print(v, file=sys.stderr)
    if violations:
        print(f"{len(violations)} place(s) in ui/ read core's English", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Fails when a Qt Test function asserts nothing.

A test function that only runs code and prints (a speed measurement, say) passes whatever
the code does; those belong in tests/bench/. This reads every tests/**/tst_*.cpp, takes the
test functions its class declares under `private slots:` (not initTestCase, init, cleanup,
cleanupTestCase or the *_data() tables) and requires each body to hold an assertion: a
QVERIFY/QCOMPARE/QTRY_*/QFAIL/QEXPECT_FAIL/QVERIFY_THROWS_* macro, one of tests/support's
tolerance macros (COMPARE_NEAR, …), or a call of a function or lambda of the same file or of
a support header that holds one itself, or of a macro defined there that does (followed
through further calls).

It reads text, not C++: a function is found by its name followed by a parenthesised list
and an opening brace. That is enough for how the tests here are written.

Usage: check_assertions.py SOURCE_DIR [--inject FILE:TEXT]
  --inject appends TEXT to FILE (relative to SOURCE_DIR) before checking, to show that a
  test without an assertion is caught (a CTest case runs it with WILL_FAIL).
Exit status: 0 clean, 1 test functions without an assertion (each named), 2 usage.
"""
import os
import re
import sys

ASSERTION = re.compile(
    r"\b(QVERIFY2?|QCOMPARE\w*|QTRY_\w+|QFAIL|QEXPECT_FAIL|QVERIFY_THROWS_\w+|"
    r"COMPARE_NEAR\w*|COMPARE_WITHIN\w*|COMPARE_RELATIVE\w*)\s*\(")
EXEMPT = {"initTestCase", "initTestCase_data", "cleanupTestCase", "init", "cleanup"}
# A function or member function definition: name, parameter list, qualifiers, brace.
DEFINITION = re.compile(r"(?:\b(\w+)::)?\b(\w+)\s*\(([^;{}()]|\([^;{}()]*\))*\)\s*(?:const\s*)?(?:noexcept\s*)?"
                        r"(?:override\s*)?(?:->\s*[\w:<>, *&]+\s*)?\{")
# A named lambda: auto name = [captures](parameters) ... {
LAMBDA = re.compile(r"\b(?:auto|const auto|std::function<[^>]*>)\s*&?\s*(\w+)\s*=\s*\[[^\]]*\]\s*(\([^{;]*\))?[^{;]*\{")
# A function-like macro, with its continued lines.
MACRO = re.compile(r"^[ \t]*#[ \t]*define[ \t]+(\w+)\(((?:\\\n|[^\n])*)", re.M)
SLOTS = re.compile(r"\bprivate\s+(?:Q_)?(?:slots|SLOTS)\s*:(.*?)(?:\b(?:public|protected|private)\b[^:]*:|\};)", re.S)
SLOT = re.compile(r"\bvoid\s+(\w+)\s*\(\s*\)\s*;")


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    text = re.sub(r"//[^\n]*", "", text)
    # String literals can hold braces; blank them (escaped quotes included).
    return re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)


def body_from(text, brace):
    """The text from the brace at `brace` to its matching closing brace."""
    depth = 0
    for i in range(brace, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return text[brace:i + 1]
    return text[brace:]


def functions(text):
    """(class or None, name, body) of every definition and named lambda in `text`."""
    out = []
    for m in DEFINITION.finditer(text):
        name = m.group(2)
        if name in {"if", "for", "while", "switch", "catch", "return", "sizeof"}:
            continue
        out.append((m.group(1), name, body_from(text, m.end() - 1)))
    for m in LAMBDA.finditer(text):
        out.append((None, m.group(1), body_from(text, m.end() - 1)))
    for m in MACRO.finditer(text):
        out.append((None, m.group(1), m.group(2)))
    return out


def asserting_names(all_functions):
    """Names of the functions whose bodies assert, directly or through calls."""
    names = set()
    changed = True
    while changed:
        changed = False
        for _cls, name, body in all_functions:
            if name in names:
                continue
            if ASSERTION.search(body) or any(re.search(r"\b%s\s*\(" % re.escape(n), body) for n in names):
                names.add(name)
                changed = True
    return names


def test_files(src):
    for dirpath, _dirs, files in os.walk(os.path.join(src, "tests")):
        for name in sorted(files):
            if name.startswith("tst_") and name.endswith(".cpp"):
                yield os.path.join(dirpath, name)


def support_headers(src):
    for dirpath, _dirs, files in os.walk(os.path.join(src, "tests")):
        for name in sorted(files):
            if name.endswith(".h"):
                yield os.path.join(dirpath, name)


def read(path, inject, src):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    extra = inject.get(os.path.normpath(os.path.relpath(path, src)))
    if extra:
        text += "\n" + extra + "\n"
    return strip_comments(text)


def main(argv):
    if len(argv) not in (2, 4) or (len(argv) == 4 and argv[2] != "--inject"):
        print(__doc__, file=sys.stderr)
        return 2
    src = argv[1]
    inject = {}
    if len(argv) == 4:
        file, _, text = argv[3].partition(":")
        inject[os.path.normpath(file)] = text.replace("\\n", "\n")

    shared = []
    for header in support_headers(src):
        shared += functions(read(header, inject, src))

    problems = []
    checked = 0
    for path in test_files(src):
        text = read(path, inject, src)
        defined = functions(text)
        asserting = asserting_names(shared + defined)
        declared = []
        for block in SLOTS.finditer(text):
            declared += SLOT.findall(block.group(1))
        for name in declared:
            if name in EXEMPT or name.endswith("_data"):
                continue
            bodies = [body for _cls, n, body in defined if n == name]
            checked += 1
            if not bodies:
                problems.append(f"{os.path.relpath(path, src)}: {name}() is declared but its body was not found")
                continue
            body = bodies[-1]
            calls = any(re.search(r"\b%s\s*\(" % re.escape(n), body) for n in asserting if n != name)
            if not ASSERTION.search(body) and not calls:
                problems.append(f"{os.path.relpath(path, src)}: {name}() asserts nothing "
                                "(a measurement to print belongs in tests/bench/)")
    for p in problems:
        print(p)
    print(f"check_assertions: {checked} test functions, {len(problems)} without an assertion")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

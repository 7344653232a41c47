#!/usr/bin/env python3
"""Validates a JSON document against a JSON Schema (Draft 2020-12).

Usage: validate_json.py SCHEMA DOCUMENT   (DOCUMENT '-' reads stdin)
The other schemas in SCHEMA's folder are loaded too, so that a "$ref" into one of them
(stemwise.common-1.schema.json holds the parts the reports share) resolves offline.
Exit 0 when valid; 1 with every violation listed when not; 3 when jsonschema is missing.
"""
import json
import os
import sys
import warnings

try:
    import jsonschema
except ImportError:
    print("validate_json: the Python module 'jsonschema' is missing "
          "(scripts/install-deps.sh installs python3-jsonschema)", file=sys.stderr)
    sys.exit(3)


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    if sys.argv[2] == "-":
        doc = json.load(sys.stdin)
    else:
        with open(sys.argv[2], encoding="utf-8") as f:
            doc = json.load(f)
    folder = os.path.dirname(os.path.abspath(sys.argv[1]))
    store = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".schema.json"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                other = json.load(f)
            store[other.get("$id", name)] = other
    with warnings.catch_warnings():
        # RefResolver is what Debian 12's jsonschema (4.10) offers; newer ones deprecate it.
        warnings.simplefilter("ignore", DeprecationWarning)
        resolver = jsonschema.RefResolver(schema.get("$id", ""), schema, store=store)
        validator = jsonschema.Draft202012Validator(schema, resolver=resolver)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    for e in errors:
        where = "/".join(str(p) for p in e.path) or "(root)"
        print(f"{where}: {e.message}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

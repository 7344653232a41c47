#!/usr/bin/env python3
"""Validates a JSON document against a JSON Schema (Draft 2020-12).

Usage: validate_json.py SCHEMA DOCUMENT...   (DOCUMENT '-' reads stdin)
Several documents are validated in one run (one interpreter start instead of one each);
each violation then names its document.
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
    documents = sys.argv[2:]
    invalid = False
    for name in documents:
        if name == "-":
            doc = json.load(sys.stdin)
        else:
            with open(name, encoding="utf-8") as f:
                doc = json.load(f)
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        prefix = f"{name}: " if len(documents) > 1 else ""
        for e in errors:
            where = "/".join(str(p) for p in e.path) or "(root)"
            print(f"{prefix}{where}: {e.message}", file=sys.stderr)
        invalid = invalid or bool(errors)
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())

"""Write schemas/*.schema.json (editor autocompletion for data/) from the models, or check them."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hipguide.data.errors import DataErrors
from hipguide.data.schema import SCHEMA_DIR, _same_but_ids, expected_files


def main(argv: list[str] | None = None) -> int:
    """Write the schemas, or with --check report the stale ones; 0 when all is well."""
    parser = argparse.ArgumentParser(prog="make schemas", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a committed schema is stale")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="project folder (default: here)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    try:
        files = expected_files(root)
    except DataErrors as exc:
        print(exc.report(), file=sys.stderr)
        return 1
    stale = [path for path, text in files.items()
             if not path.is_file() or path.read_text(encoding="utf-8") != text]
    if args.check:
        stale = [path for path in stale if not _same_but_ids(path, files[path])]
        for path in stale:
            print(f"{path.relative_to(root)} is out of date with the models or data/symptom-checker.yml. "
                  "Run `make schemas` and commit the result.", file=sys.stderr)
        if not stale:
            print(f"All {len(files)} schemas in {SCHEMA_DIR}/ are up to date.")
        return 1 if stale else 0
    (root / SCHEMA_DIR).mkdir(exist_ok=True)
    for path in stale:
        path.write_text(files[path], encoding="utf-8")
        print(f"wrote {path.relative_to(root)}")
    print(f"{len(files)} schemas in {SCHEMA_DIR}/, {len(stale)} updated.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""`make format-data`: write data/ exactly as the browser editor (Decap CMS) writes it.

A file saved in the editor and a file saved by hand must look the same, or
the first save in the editor rewrites the whole file (comments dropped, lines
rewrapped, quotes removed, fields reordered) and a one-word edit becomes a
25-line diff. So every data file is kept in the editor's own style, made by the
editor's own YAML writer (scripts/decap_yaml.cjs, with the `yaml` package Decap
uses) with the fields in the editor's order (the models' order, as in
admin/config.yml).

    python -m hipguide.cli format-data          # rewrite data/ in that style
    python -m hipguide.cli format-data --check  # exit 1 listing the files that are not
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from pydantic import BaseModel

from hipguide.cli.command import command_parser
from hipguide.data.collections import all_collections, all_data_files
from hipguide.data.schema import field_order

WRITER = Path("scripts") / "decap_yaml.cjs"


def data_files(root: Path) -> dict[str, type[BaseModel]]:
    """data/... path -> the model whose field order its top-level keys follow."""
    files = {single.path: single.model for single in all_data_files()}
    for collection in all_collections():
        for path in sorted((root / collection.folder).glob("*.yml")):
            files[path.relative_to(root).as_posix()] = collection.model
    return files


def decap_format(root: Path, texts: dict[str, tuple[str, list[str]]]) -> dict[str, dict]:
    """Each text as Decap would write it back: {path: {"text": ...} or {"error": ...}}."""
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("node is not installed: run `make test-deps`")
    payload = json.dumps({"files": [{"path": p, "text": t, "sortedKeys": k} for p, (t, k) in texts.items()]})
    result = subprocess.run([node, str(root / WRITER)], input=payload, capture_output=True, text=True, cwd=root)
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "the YAML writer failed")
    return json.loads(result.stdout)


def formatted(root: Path) -> dict[str, tuple[str, dict]]:
    """path -> (current text, Decap's answer) for every data file."""
    texts = {}
    for rel, model in data_files(root).items():
        path = root / rel
        if path.is_file():
            texts[rel] = (path.read_text(encoding="utf-8"), field_order(model))
    answers = decap_format(root, texts)
    return {rel: (texts[rel][0], answers[rel]) for rel in texts}


def main(argv: list[str] | None = None) -> int:
    """Rewrite data/ in the editor's style, or with --check list the files that are not; 0 when all is well."""
    args = command_parser("make format-data", __doc__, check="exit 1 if a file is not in the editor's style").parse_args(argv)
    root = args.root.resolve()
    try:
        results = formatted(root)
    except RuntimeError as exc:
        print(f"make format-data: {exc}", file=sys.stderr)
        return 1
    unreadable = {rel: answer["error"] for rel, (_, answer) in results.items() if "error" in answer}
    for rel, error in unreadable.items():
        print(f"{rel}: cannot be read as YAML, so it was left as it is ({error}). `make check` says why.",
              file=sys.stderr)
    changed = [rel for rel, (text, answer) in results.items() if "text" in answer and answer["text"] != text]
    if args.check:
        for rel in changed:
            print(f"{rel}: not in the browser editor's style. Run `make format-data` and commit the result.",
                  file=sys.stderr)
        if not changed and not unreadable:
            print(f"All {len(results)} data files are in the browser editor's style.")
        return 1 if changed or unreadable else 0
    for rel in changed:
        (root / rel).write_text(results[rel][1]["text"], encoding="utf-8")
        print(f"reformatted {rel}")
    print(f"{len(results)} data files, {len(changed)} reformatted.")
    return 1 if unreadable else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""`make retire-exercise ID=x` (and retire-condition, retire-faq): take a page off the site safely.

Deleting a data file breaks every list and link that names it, and the build
then stops. This lists every reference first, as `file:line`, in data/ and in
the hand-written pages in docs/; it deletes the data file only when none is
left. With FIX=1 (``--fix``) it first removes the id from every list in data/
(the one edit that is never ambiguous); links in docs/ sit inside sentences,
so those are listed for a person to reword.

    python -m hipguide.cli retire exercise clamshell [--fix]
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from hipguide.cli.command import command_parser, reporting_data_errors
from hipguide.data.collections import EXERCISES, all_collections, collection, collection_named, reference_fields
from hipguide.data.exercise_diagrams import DIAGRAMS_URI
from hipguide.data.messages import did_you_mean
from hipguide.data.yaml_source import read_yaml


@dataclass(frozen=True)
class Reference:
    """One place that names the page."""

    file: str
    line: int
    field: str  # '' for a link in a hand-written page
    index: int = -1  # position in the list, for a list entry

    @property
    def fixable(self) -> bool:
        return self.index >= 0

    def __str__(self) -> str:
        if self.fixable:
            return f"{self.file}:{self.line}: {self.field}[{self.index}]: lists it."
        return f"{self.file}:{self.line}: links to it. Reword the sentence and remove the link (by hand)."


def list_references(root: Path, kind: str, page_id: str) -> list[Reference]:
    """Every list entry in data/ and every link in docs/ that names ``page_id`` of ``kind``."""
    found: list[Reference] = []
    for (source, field), target in reference_fields().items():
        if target != kind:
            continue
        for path in sorted((root / collection(source).folder).glob("*.yml")):
            if source == kind and path.stem == page_id:
                continue  # the page itself goes with its file
            rel = path.relative_to(root).as_posix()
            doc = read_yaml(path, rel)
            items = doc.data.get(field) if isinstance(doc.data, dict) else None
            for i, item in enumerate(items if isinstance(items, list) else []):
                if item == page_id:
                    found.append(Reference(rel, doc.line_of((field, i)), field, i))
    link = re.compile(rf"\]\(\s*<?(?:[./]*/)?(?:\.\./)*{collection(kind).page_folder}/{re.escape(page_id)}(?:\.md|/)?(?:#[^)\s]*)?\s*>?\)")
    docs = root / "docs"
    for path in sorted(docs.rglob("*.md")) if docs.is_dir() else []:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if link.search(line):
                found.append(Reference(path.relative_to(root).as_posix(), number, ""))
    return sorted(found, key=lambda r: (r.file, r.line))


def _remove_list_entries(root: Path, refs: list[Reference]) -> None:
    """Remove each listed id from its list, keeping the rest of each file as it was."""
    by_file: dict[str, list[Reference]] = {}
    for ref in refs:
        by_file.setdefault(ref.file, []).append(ref)
    for rel, file_refs in by_file.items():
        path = root / rel
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        doc = read_yaml(path, rel)
        for ref in sorted(file_refs, key=lambda r: r.line, reverse=True):
            row = ref.line - 1
            text = lines[row]
            key_line = doc.line_of((ref.field,)) - 1
            flow = re.match(rf"^(\s*{re.escape(ref.field)}:\s*)\[(.*)\](\s*(?:#.*)?)$", text.rstrip("\n"))
            if flow:  # field: [a, b] on one line
                items = [i.strip() for i in flow.group(2).split(",") if i.strip() and i.strip() != doc.data[ref.field][ref.index]]
                lines[row] = f"{flow.group(1)}[{', '.join(items)}]{flow.group(3)}\n"
                continue
            del lines[row]  # "  - id" on its own line
            if len(doc.data[ref.field]) == 1:  # the list is now empty: say so, as the editor writes it
                lines[key_line] = re.sub(r":\s*$", ": []", lines[key_line].rstrip("\n")) + "\n"
        path.write_text("".join(lines), encoding="utf-8")


def retire(root: Path, name: str, page_id: str, fix: bool = False) -> int:
    """List the references; remove list entries with ``fix``; delete the file when nothing names it. 0 when deleted."""
    retired = collection_named(name)
    kind, rel = retired.kind, retired.source_file(page_id)
    path = root / rel
    if not page_id or not path.is_file():
        known = sorted(p.stem for p in (root / retired.folder).glob("*.yml"))
        print(f"{retired.source_file(page_id or '<ID>')} does not exist{did_you_mean(page_id, known)}. "
              f"Use: make retire-{name} ID=<file name without .yml>", file=sys.stderr)
        return 1
    refs = list_references(root, kind, page_id)
    if fix and any(r.fixable for r in refs):
        _remove_list_entries(root, [r for r in refs if r.fixable])
        for ref in refs:
            if ref.fixable:
                print(f"{ref.file}:{ref.line}: {ref.field}: removed '{page_id}' from the list.")
        refs = list_references(root, kind, page_id)
    if refs:
        print(f"{rel} is still named in {len(refs)} place{'s' if len(refs) != 1 else ''}, "
              "so it was not deleted:", file=sys.stderr)
        for ref in refs:
            print(f"  {ref}", file=sys.stderr)
        if any(r.fixable for r in refs):
            print(f"Run `make retire-{name} ID={page_id} FIX=1` to remove it from the lists in data/.",
                  file=sys.stderr)
        return 1
    path.unlink()
    print(f"Deleted {rel}: nothing names it any more.")
    # An exercise's drawing is named after it: left behind, it would fail the build as a drawing of nothing.
    if retired is EXERCISES:
        drawing = root / "docs" / DIAGRAMS_URI / f"{page_id}.svg"
        if drawing.is_file():
            drawing.unlink()
            print(f"Deleted docs/{DIAGRAMS_URI}/{page_id}.svg, its drawing.")
    print("Run `make check`, then commit.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = command_parser("make retire-exercise", __doc__)
    parser.add_argument("kind", choices=sorted(c.name for c in all_collections()))
    parser.add_argument("id")
    parser.add_argument("--fix", action="store_true", help="remove the id from every list in data/ first")
    args = parser.parse_args(argv)
    return reporting_data_errors(lambda: retire(args.root.resolve(), args.kind, args.id.strip(), args.fix))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

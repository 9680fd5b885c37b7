"""`make new-condition ID=...` (and new-exercise, new-faq): a commented template with every field.

Never overwrites a file. The new file deliberately fails `make check` until
its empty fields are filled in, so a half-written page cannot be published.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from string import Template

from hipguide.cli.command import command_parser
from hipguide.data.collections import all_collections, collection_named, page_url
from hipguide.data.errors import DataErrors
from hipguide.data.models.fields import SLUG_PATTERN
from hipguide.data.schema import load_checker

TEMPLATES = Path(__file__).parent / "page_templates"


class ScaffoldError(Exception):
    """A request that cannot be carried out, in words for the person who typed it."""


def suggest_slug(text: str) -> str:
    """'Runner's Knee 2' -> 'runners-knee-2': what a valid id for that text would be."""
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", ""))).strip("-")


def check_id(item_id: str) -> None:
    """Raise :class:`ScaffoldError` unless ``item_id`` is a valid id (a slug of 2-60 characters)."""
    if not item_id:
        raise ScaffoldError("give the new page's id, e.g. make new-condition ID=runners-knee")
    if not re.fullmatch(SLUG_PATTERN, item_id) or not 2 <= len(item_id) <= 60:
        hint = suggest_slug(item_id)
        hint = f" Try: {hint}" if hint and hint != item_id and 2 <= len(hint) <= 60 else ""
        raise ScaffoldError(f"'{item_id}' is not a valid id: use 2 to 60 lower-case letters, digits and single "
                            f"hyphens, like 'side-plank'. It becomes the file name and the page address.{hint}")


def _one_year_later(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _next_order(folder: Path) -> int:
    """The next free multiple of 10 after the highest ``order:`` in the folder (for a question)."""
    orders = []
    for path in folder.glob("*.yml"):
        m = re.search(r"^order:\s*(\d+)\s*$", path.read_text(encoding="utf-8", errors="replace"), re.M)
        if m:
            orders.append(int(m.group(1)))
    return min(999, (max(orders, default=0) // 10 + 1) * 10)


def _weights_help(root: Path) -> str:
    try:
        checker = load_checker(root)
    except DataErrors:
        return "#   (data/symptom-checker.yml has problems: run make check)"
    return "\n".join(f"#   {q.id}: {', '.join(o.id for o in q.options)}" for q in checker.questions if q.options)


def render(name: str, item_id: str, root: Path, today: dt.date) -> str:
    """The template of the collection called ``name`` (e.g. 'faq') filled in for ``item_id``."""
    collection = collection_named(name)
    template = Template((TEMPLATES / collection.scaffold_template).read_text(encoding="utf-8"))
    values = {"id": item_id, "today": today.isoformat(), "next_year": _one_year_later(today).isoformat()}
    wanted = set(template.get_identifiers())  # work out only what this template asks for
    if "order" in wanted:
        values["order"] = str(_next_order(root / collection.folder))
    if "weights_help" in wanted:
        values["weights_help"] = _weights_help(root)
    return template.substitute(values)


def create(name: str, item_id: str, root: Path) -> Path:
    """Write data/<collection folder>/<id>.yml from its template; never overwrite. Return the new file."""
    check_id(item_id)
    path = root / collection_named(name).source_file(item_id)
    rel = path.relative_to(root).as_posix()
    if path.exists() or path.with_suffix(".yaml").exists():
        raise ScaffoldError(f"{rel} already exists; it was left as it is. Choose another id, or edit that file.")
    text = render(name, item_id, root, dt.date.today())
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as out:  # "x": fail rather than overwrite, even in a race
        out.write(text)
    return path


def next_steps(name: str, item_id: str, path: Path, root: Path) -> str:
    """What to do after the file is made, as numbered steps."""
    collection = collection_named(name)
    rel = path.relative_to(root).as_posix()
    return "\n".join([
        f"Created {rel} from the {name} template.",
        "",
        "Next:",
        f"  1. Open {rel} and fill in every \"\" (the comment above each field says what goes there).",
        "  2. Run `make check`: it lists each field still to fill in, with its line number.",
        f"  3. {Template(collection.link_help).substitute(id=item_id)}",
        f"  4. Preview with `make serve`, then open http://127.0.0.1:8000/{page_url(collection.kind, item_id)}",
        "  5. When `make check` says all data is valid, publish as EDITING.md explains.",
    ])


def main(argv: list[str] | None = None) -> int:
    """Exit 0 with next steps when the file was made; 1 with the reason when not."""
    parser = command_parser("make new-condition", "Start a new condition, exercise or question from its template.")
    parser.add_argument("kind", choices=sorted(c.name for c in all_collections()))
    parser.add_argument("id", nargs="?", default="", help="the new page's id, e.g. runners-knee")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    try:
        path = create(args.kind, args.id.strip(), root)
    except ScaffoldError as exc:
        print(f"Nothing was created: {exc}", file=sys.stderr)
        return 1
    print(next_steps(args.kind, args.id.strip(), path, root))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

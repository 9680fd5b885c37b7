"""Self-hosted SVG diagrams of exercises: docs/assets/exercise-diagrams/<id>.svg.

Diagrams are checked as data when the data loads, from the project being
built (not from this package's folder): a diagram without a <title> (its alt
text) or a viewBox (its size) is a `file:line: message` error like any bad
YAML, never a traceback. The SVG's <title> is its description, so the alt text
lives beside the drawing and is never written twice.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from hipguide.data.collections import EXERCISES
from hipguide.data.errors import DataError
from hipguide.data.regular_files import NotARegularFile, read_regular_file

DIAGRAMS_URI = "assets/exercise-diagrams"  # relative to docs/ and to the site root

_SVG_TAG = re.compile(r"<svg\b[^>]*>", re.S)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.S)
_SIZE = re.compile(r'viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"')


@dataclass(frozen=True)
class Diagram:
    """Where an exercise's picture is, what it shows, and its drawn size."""

    uri: str  # e.g. assets/exercise-diagrams/squat.svg
    alt: str
    width: int
    height: int
    kind: str = "diagram"  # or "photo": the clinic's own photo, shown in place of the drawing


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def read_diagram(path: Path, docs_dir: Path, rel: str, uri: str, errors: list[DataError]) -> Diagram | None:
    """The diagram in ``path``, or None with an error appended (``rel`` names the file in messages)."""
    try:  # a plain file inside docs/ only: never a link elsewhere, a device or a FIFO
        svg = read_regular_file(path, docs_dir).decode("utf-8")
    except NotARegularFile as exc:
        errors.append(DataError(rel, 0, "", str(exc)))
        return None
    except (UnicodeDecodeError, OSError):
        errors.append(DataError(rel, 0, "", "this diagram cannot be read as UTF-8 text. Save it again as an SVG file."))
        return None
    root = _SVG_TAG.search(svg)
    if root is None:
        errors.append(DataError(rel, 1, "", "this is not an SVG drawing: it has no <svg> tag."))
        return None
    problems = []
    size = _SIZE.search(root.group(0))
    if size is None:
        problems.append("it needs a viewBox=\"0 0 W H\" on its <svg> tag (the drawing's size)")
    title = _TITLE.search(svg)
    alt = " ".join(unescape(title.group(1)).split()) if title else ""
    if not alt:
        problems.append("it needs a <title> describing the exercise (the picture's alt text)")
    if problems:
        errors.append(DataError(rel, _line(svg, root.start()), "", "; ".join(problems) + "."))
        return None
    return Diagram(uri, alt, round(float(size.group(1))), round(float(size.group(2))))


def load_diagrams(root: Path, exercise_ids, errors: list[DataError]) -> dict[str, Diagram]:
    """Every diagram in ``<root>/docs/assets/exercise-diagrams/``, by exercise id; errors appended."""
    folder = root / "docs" / DIAGRAMS_URI
    diagrams: dict[str, Diagram] = {}
    if not folder.is_dir():
        return diagrams
    for path in sorted(folder.glob("*.svg")):
        rel = path.relative_to(root).as_posix()
        if path.stem not in exercise_ids:
            errors.append(DataError(rel, 0, "", f"there is no exercise '{path.stem}' in {EXERCISES.folder}/ for this "
                                                "diagram. Rename it after an exercise's file name, or delete it."))
            continue
        diagram = read_diagram(path, root / "docs", rel, f"{DIAGRAMS_URI}/{path.name}", errors)
        if diagram is not None:
            diagrams[path.stem] = diagram
    return diagrams

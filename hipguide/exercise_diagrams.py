"""Self-hosted SVG diagrams of exercises: docs/assets/exercise-diagrams/<id>.svg.

A diagram is optional: an exercise page shows one only when its file exists.
The SVG's <title> is its description, so the alt text lives beside the drawing
and is never written twice.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from .regular_files import NotARegularFile, read_regular_file

DIAGRAMS_URI = "assets/exercise-diagrams"  # relative to docs/ and to the site root
DOCS_DIR = Path(__file__).resolve().parent.parent / "docs"

_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.S)
_SIZE = re.compile(r'viewBox="0 0 (\d+) (\d+)"')


@dataclass(frozen=True)
class Diagram:
    """Where an exercise's diagram is, what it shows, and its drawn size."""

    uri: str  # e.g. assets/exercise-diagrams/squat.svg
    alt: str
    width: int
    height: int


def diagram_for(exercise_id: str, docs_dir: Path = DOCS_DIR) -> Diagram | None:
    """The diagram of ``exercise_id``, or None when none has been drawn.

    Raises ValueError when the file exists but has no <title> or viewBox, so a
    diagram without alt text can never be published.
    """
    uri = f"{DIAGRAMS_URI}/{exercise_id}.svg"
    path = docs_dir / uri
    if not os.path.lexists(path):
        return None
    try:  # a plain file inside docs/ only: never a link elsewhere, a device or a FIFO
        svg = read_regular_file(path, docs_dir).decode("utf-8")
    except (NotARegularFile, UnicodeDecodeError) as exc:
        raise ValueError(f"docs/{uri}: {exc if isinstance(exc, NotARegularFile) else 'this drawing is not UTF-8 text.'}") from None
    title, size = _TITLE.search(svg), _SIZE.search(svg)
    if not title or not title.group(1).strip() or not size:
        raise ValueError(f"docs/{uri}: a diagram needs a <title> describing it and a viewBox='0 0 W H'")
    alt = " ".join(unescape(title.group(1)).split())
    return Diagram(uri, alt, int(size.group(1)), int(size.group(2)))

"""The project's folders as the tests see them, and throwaway copies of the project to edit and build."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
FIXTURES = TESTS / "fixtures"
GOLDEN = TESTS / "golden"

# Everything a strict build reads.
PROJECT_PARTS = ("mkdocs.yml", "data", "docs", "overrides", "hipguide", "scripts", ".yamllint", "schemas")


def copy_project(dest: Path, parts=PROJECT_PARTS, source: Path = ROOT) -> Path:
    """A copy of ``parts`` of ``source`` in ``dest``, safe to edit; returns ``dest``.

    A part is a folder or a file, and may be nested ("docs/guides"): it lands at the same
    place in ``dest``. Python's caches are left out.
    """
    dest.mkdir(parents=True, exist_ok=True)
    for part in parts:
        src, target = source / part, dest / part
        target.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, target)  # copy2 keeps times: make compares requirements.txt with .venv/.deps
    return dest


def copy_of_copy(project: Path, dest: Path) -> Path:
    """A copy of a project copy as it stands, its built site/ included (links stay links); returns ``dest``.

    Cheaper than a fresh copy and a build when many tests start from the same built project.
    """
    shutil.copytree(project, dest, symlinks=True)
    return dest


def edit_data(project: Path, rel: str, pattern: str, new: str) -> int:
    """Replace the first match of ``pattern`` (multi-line) in ``data/<rel>`` of a copy; returns its line number."""
    path = project / "data" / rel
    text = path.read_text(encoding="utf-8")
    m = re.search(pattern, text, re.M)
    assert m, pattern
    path.write_text(text[:m.start()] + m.expand(new) + text[m.end():], encoding="utf-8")
    return text.count("\n", 0, m.start()) + 1

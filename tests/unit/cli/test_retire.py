"""`make retire-*`: every reference listed first; the file deleted only when nothing names it."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from hipguide.data.errors import DataErrors
from hipguide.data.load import load_site_data
from support.project import ROOT, copy_project


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path, ["data", "docs", ".yamllint"])


def _retire(project: Path, kind: str, page_id: str, *flags: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hipguide.cli.retire", kind, page_id, "--root", str(project), *flags],
                          cwd=ROOT, capture_output=True, text=True)


def test_a_linked_exercise_is_listed_with_every_reference_and_kept(project):
    result = _retire(project, "exercise", "crab-walk")
    assert result.returncode == 1
    assert (project / "data" / "exercises" / "crab-walk.yml").is_file()
    lines = [line.strip() for line in result.stderr.splitlines() if line.startswith("  ")]
    for line in lines:
        m = re.match(r"^(data|docs)/\S+:(\d+): ", line)
        assert m, line
        file, number = line.split(":")[0], int(m.group(2))
        assert "crab-walk" in (project / file).read_text().splitlines()[number - 1], line
    assert any(line.startswith("data/conditions/") for line in lines)
    assert any(line.startswith("docs/guides/") for line in lines)
    assert "FIX=1" in result.stderr


def test_fix_removes_the_id_from_every_list_and_the_rest_still_loads(project):
    result = _retire(project, "exercise", "crab-walk", "--fix")
    assert result.returncode == 1  # the guides still link to it: a person must reword them
    remaining = [line for line in result.stderr.splitlines() if line.startswith("  ")]
    assert remaining and all(line.strip().startswith("docs/") for line in remaining)
    data = load_site_data(project)
    assert all("crab-walk" not in c.exercises for c in data.conditions.values())
    assert all("crab-walk" not in e.harder + e.easier for e in data.exercises.values())


def test_a_page_nothing_names_is_deleted(project):
    for guide in (project / "docs").rglob("*.md"):
        text = guide.read_text()
        guide.write_text(re.sub(r"\[([^\]]*)\]\((?:\.\./)*exercises/crab-walk\.md\)", r"\1", text))
    result = _retire(project, "exercise", "crab-walk", "--fix")
    assert result.returncode == 0, result.stderr
    assert not (project / "data" / "exercises" / "crab-walk.yml").exists()
    assert not (project / "docs" / "assets" / "exercise-diagrams" / "crab-walk.svg").exists(), "its drawing goes too"
    assert "crab-walk" not in load_site_data(project).exercises


def test_a_retired_page_still_linked_from_a_guide_fails_make_check_with_file_and_line(project):
    """What the build would refuse, `make check` refuses first, with the guide's file and line."""
    _retire(project, "exercise", "crab-walk", "--fix")
    (project / "data" / "exercises" / "crab-walk.yml").unlink()  # deleted by hand, with its drawing
    (project / "docs" / "assets" / "exercise-diagrams" / "crab-walk.svg").unlink()
    with pytest.raises(DataErrors) as info:
        load_site_data(project)
    where = {(e.file, e.line) for e in info.value.errors}
    assert any(file.startswith("docs/guides/") and line > 0 for file, line in where), info.value.report()
    assert all("crab-walk" in e.message for e in info.value.errors)


def test_an_unknown_id_suggests_the_nearest(project):
    result = _retire(project, "exercise", "crab-wlk")
    assert result.returncode == 1 and "did you mean 'crab-walk'" in result.stderr

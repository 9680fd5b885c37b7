"""data/ is kept in the browser editor's own style, so a save in the editor changes only what was edited."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from hipguide.data.load import load_site_data
from support.project import ROOT, copy_project


def _run(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hipguide.cli.format_data", "--root", str(root), *args],
                          cwd=ROOT, capture_output=True, text=True)


def test_every_data_file_is_in_the_editors_style():
    """`make format-data` after editing by hand; the lead runs it after merging branches."""
    result = _run(ROOT, "--check")
    assert result.returncode == 0, result.stderr


@pytest.fixture
def copy(tmp_path) -> Path:
    copy_project(tmp_path, ["data", "docs", "scripts", ".yamllint"])
    (tmp_path / "node_modules").symlink_to(ROOT / "node_modules")
    return tmp_path


def test_a_hand_edit_in_another_style_is_caught_and_formatting_keeps_its_meaning(copy: Path):
    before = load_site_data(copy)
    path = copy / "data" / "exercises" / "clamshell.yml"
    text = path.read_text()
    path.write_text("# a comment the editor would drop\n" + text.replace("level: beginner", 'level: "beginner"'))
    check = _run(copy, "--check")
    assert check.returncode == 1 and "data/exercises/clamshell.yml: not in the browser editor's style" in check.stderr
    assert _run(copy).returncode == 0
    assert path.read_text() == text
    after = load_site_data(copy)
    assert after.exercises == before.exercises and after.clinic == before.clinic


def test_times_and_words_stay_text_as_yaml_1_2_reads_them(copy: Path):
    """What Decap writes unquoted must mean the same to the build: 19:00 is a time, not 1140."""
    clinic = copy / "data" / "clinic.yml"
    assert _run(copy).returncode == 0
    text = clinic.read_text()
    assert "closes: 19:00" in text  # unquoted, as the editor writes it
    assert load_site_data(copy).clinic.opening_hours[0].closes == "19:00"

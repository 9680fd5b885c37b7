"""The mistakes staff made when trying the site as they would: each class gets one plain line, at the right place.

Each edit is written to work on the data whichever way it is formatted.
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from hipguide.data.errors import DataErrors
from hipguide.data.load import load_site_data
from support.project import ROOT, copy_project, edit_data

pytestmark = pytest.mark.slow  # runs make, and builds, in copies of the project

REPR = re.compile(r"\{'|\['|\\x|\\u|None\b|True\b|False\b")


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path, ["data", "docs", ".yamllint", "mkdocs.yml", "Makefile", "requirements.txt", "pyproject.toml"])


def _only_error(project: Path):
    with pytest.raises(DataErrors) as info:
        load_site_data(project)
    errors = info.value.errors
    assert len(errors) == 1, info.value.report()
    assert not REPR.search(errors[0].message), errors[0]
    return errors[0]


def test_a_list_item_indented_too_far_is_refused_not_merged(project):
    line = edit_data(project, "exercises/clamshell.yml", r"^(cues:\n  - .*\n)  - ", r"\1    - ")
    error = _only_error(project)
    assert (error.file, error.line, error.field) == ("data/exercises/clamshell.yml", line + 2, "cues[0]")
    assert "indented further than the '-' of the item above" in error.message


def test_a_time_without_quotes_stays_a_time(project):
    line = edit_data(project, "clinic.yml", r"^(\s+)opens: .*$", r"\1opens: 7:30")
    error = _only_error(project)
    assert (error.line, error.field) == (line, "opening_hours[0].opens")
    assert error.message == "'7:30' is not a time: write it 24-hour, like 07:30."
    edit_data(project, "clinic.yml", r"^(\s+)opens: 7:30$", r"\1opens: 07:30")
    assert load_site_data(project).clinic.opening_hours[0].opens == "07:30"


def test_a_non_breaking_space_after_a_colon_is_named_with_its_column(project):
    line = edit_data(project, "exercises/clamshell.yml", r"^level: ", "level:\u00a0")
    error = _only_error(project)
    assert (error.line, error.field) == (line, "level")
    assert "non-breaking space (U+00A0, column 7)" in error.message


def test_an_unindented_line_of_a_paragraph_says_to_indent_it(project):
    line = edit_data(project, "faqs/run-with-hip-pain.yml", r"^(short_answer:.*\n)  ", r"\1")
    error = _only_error(project)
    assert error.field == "short_answer" and error.line == line + 1
    assert "is not indented under it" in error.message


def test_an_en_dash_is_named_and_the_expected_form_given(project):
    line = edit_data(project, "exercises/clamshell.yml", r"^(\s+)sessions_per_week: .*$", '\\1sessions_per_week: "2\u20133"')
    error = _only_error(project)
    assert (error.line, error.field) == (line, "dosage.sessions_per_week")
    assert "one number from 1 to 7, or a range like 2-3" in error.message
    assert "'\u2013' is an en dash, not a hyphen" in error.message


def test_a_colon_in_a_new_paragraph_is_explained_without_a_python_dump(project):
    line = edit_data(project, "faqs/run-with-hip-pain.yml", r"^(answer:\n)", r"\1  - Note: this is new\n")
    error = _only_error(project)
    assert (error.line, error.field) == (line + 1, "answer[0]")
    assert "'Note:' followed by a space reads as a field name" in error.message


VENV = ROOT / ".venv"


@pytest.mark.parametrize("target", ["check", "build"])
def test_make_prints_one_line_per_problem_and_nothing_after_it(project, target):
    copy_project(project, ["hipguide", "overrides", "scripts", "admin"])
    edit_data(project, "clinic.yml", r"^(\s+)opens: .*$", r"\1opens: 7:30")
    result = subprocess.run(["make", target, f"VENV={VENV}"], cwd=project, capture_output=True, text=True, timeout=300)
    assert result.returncode != 0
    output = (result.stdout + result.stderr).strip()
    for noise in ("make: ***", "Error 1", "Aborted with a BuildError", "ERROR   -", "Traceback"):
        assert noise not in output, output
    problems = [line for line in output.splitlines() if line.strip().startswith("data/")]
    assert problems == ["  data/clinic.yml:" + problems[0].split(":")[1] +
                        ": opening_hours[0].opens: '7:30' is not a time: write it 24-hour, like 07:30."]
    last = output.splitlines()[-1]
    expected_last = "Nothing was published: site/ is unchanged." if target == "build" else \
        "Fix the lines above and save; EDITING.md explains each message."
    assert last == expected_last
    assert ("Nothing was published" in output) == (target == "build")

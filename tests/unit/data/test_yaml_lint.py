""".yamllint: the same rules in the editor, in `yamllint`, in `make check` and in every build."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from hipguide.data.errors import DataErrors
from hipguide.data.load import load_site_data
from support.project import ROOT, copy_project, edit_data


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path, ["data", "docs/guides", ".yamllint"])


def _config(project: Path, old: str, new: str) -> None:
    path = project / ".yamllint"
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new))


def test_real_data_passes_yamllint_on_its_own():
    """What a developer or an editor plugin running yamllint sees matches the build."""
    result = subprocess.run([sys.executable, "-m", "yamllint", "--strict", "-c", ".yamllint", "data", ".yamllint"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_real_data_has_no_lint_warnings():
    assert load_site_data(ROOT).warnings == []


def test_yes_is_text_not_true_so_a_true_false_field_refuses_it(project):
    """YAML 1.2, as the browser editor writes it: yes is a word, and only true/false are true or false."""
    line = edit_data(project, "exercises/side-plank.yml", r"^  each_side: true$", "  each_side: yes")
    with pytest.raises(DataErrors) as info:
        load_site_data(project)
    assert [str(e) for e in info.value.errors] == [
        f"data/exercises/side-plank.yml:{line}: dosage.each_side: must be true or false (found 'yes')."]


def test_trailing_spaces_are_a_warning_only(project):
    line = edit_data(project, "faqs/run-with-hip-pain.yml", r"^(question: .*)$", r"\1   ")
    data = load_site_data(project)
    assert [str(w) for w in data.warnings] == [
        f"data/faqs/run-with-hip-pain.yml:{line}: question: this line ends with spaces or tabs. Delete them."]


def test_the_build_honours_the_levels_in_yamllint(project):
    """Change a level in .yamllint and the loader follows it: the file is the rule."""
    edit_data(project, "faqs/run-with-hip-pain.yml", r"^(question: .*)$", r"\1   ")
    _config(project, "trailing-spaces: {level: warning}", "trailing-spaces: {level: error}")
    with pytest.raises(DataErrors) as info:
        load_site_data(project)
    assert "ends with spaces" in info.value.report()


def test_a_rule_turned_off_in_yamllint_is_not_reported(project):
    edit_data(project, "faqs/run-with-hip-pain.yml", r"^order: .*$", "order: 010")
    _config(project, "    forbid-implicit-octal: true\n", "    forbid-implicit-octal: false\n")
    assert load_site_data(project).faqs["run-with-hip-pain"].order == 10


def test_a_broken_yamllint_file_is_reported_in_words(project):
    (project / ".yamllint").write_text("rules:\n  truthy: {level: loud}\n")
    with pytest.raises(DataErrors) as info:
        load_site_data(project)
    assert info.value.errors[0].file == ".yamllint"
    assert "this file cannot be used" in info.value.errors[0].message


@pytest.mark.parametrize("pattern, new, field, words", [
    (r"^(question: .*)$", r"\1 #1 worry", "question", "dropped: YAML reads it as a comment"),
    (r"^order: .*$", "order: 010", "order", "would be read as a number, dropping its leading 0"),
    (r"^question: .*$", "question:", "question", "has no value after the colon"),
])
def test_silent_traps_are_errors(project, pattern, new, field, words):
    line = edit_data(project, "faqs/run-with-hip-pain.yml", pattern, new)
    with pytest.raises(DataErrors) as info:
        load_site_data(project)
    assert any(e.line == line and e.field == field and words in e.message for e in info.value.errors), \
        info.value.report()


def test_tabs_and_duplicate_keys_are_errors_even_if_yamllint_allows_them(project):
    (project / ".yamllint").write_text("rules: {}\n")
    edit_data(project, "exercises/side-plank.yml", r"^(level: .*)$", "\\1\nlevel: beginner")
    edit_data(project, "faqs/run-with-hip-pain.yml", r"^order: ", "order:\t")
    with pytest.raises(DataErrors) as info:
        load_site_data(project)
    report = info.value.report()
    assert "written twice" in report and "tab character" in report

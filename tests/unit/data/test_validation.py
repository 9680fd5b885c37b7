"""Every validation rule: a bad edit, and the exact place and words of its message."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from hipguide.data.errors import DataErrors
from hipguide.data.load import load_site_data
from support.edits import apply_edit
from support.project import FIXTURES, copy_project

MINI = FIXTURES / "mini"
CASES = yaml.safe_load((FIXTURES / "validation_cases.yml").read_text())


@pytest.fixture
def mini_copy(tmp_path) -> Path:
    return copy_project(tmp_path, ["data"], source=MINI)


def test_fixture_is_valid(mini_copy):
    data = load_site_data(mini_copy)
    assert list(data.conditions) == ["gluteal-tendinopathy"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_bad_edit_is_reported_in_words(mini_copy, case):
    apply_edit(mini_copy / "data", case)
    with pytest.raises(DataErrors) as info:
        load_site_data(mini_copy)
    lines = [str(e) for e in info.value.errors]
    matching = [line for line in lines if all(s in line for s in case["expect"])]
    assert matching, f"no reported line has {case['expect']}; got:\n" + "\n".join(lines)
    assert any(line.startswith(case["expect_where"]) for line in matching), "\n".join(matching)
    assert "Traceback" not in info.value.report()


def test_all_errors_reported_in_one_pass(mini_copy):
    for case_id in ("unknown-field-suggests-nearest", "enum-lists-allowed-values", "bad-phone", "next-review-before-last"):
        apply_edit(mini_copy / "data", next(c for c in CASES if c["id"] == case_id))
    with pytest.raises(DataErrors) as info:
        load_site_data(mini_copy)
    files = {e.file for e in info.value.errors}
    assert files == {"data/conditions/gluteal-tendinopathy.yml", "data/exercises/single-leg-bridge.yml",
                     "data/clinic.yml", "data/faqs/run-with-hip-pain.yml"}


def test_broken_file_does_not_cause_knock_on_errors(mini_copy):
    (mini_copy / "data/exercises/single-leg-bridge.yml").write_text("id: single-leg-bridge\n")
    with pytest.raises(DataErrors) as info:
        load_site_data(mini_copy)
    assert not any("unknown exercise" in str(e) for e in info.value.errors)
    assert all(e.file == "data/exercises/single-leg-bridge.yml" for e in info.value.errors)

"""Review governance: the build warns about overdue reviews; `make review-report` lists every page."""
from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

from hipguide.data.load import load_site_data
from hipguide.data.review_dates import overdue_review_warnings, review_table
from support.project import ROOT, copy_project

BUILD = [sys.executable, "-m", "hipguide.cli", "build"]


REVIEWER = "Jane Citizen, physiotherapist, AHPRA PHY0001234567"


def _set_dates(data_dir: Path, rel: str, last: str, next_: str) -> None:
    """Record a (made-up, test-only) review by a named, registered physio."""
    path = data_dir / rel
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^sources:$", f"reviewed_by: {REVIEWER}\nlast_reviewed: {last}\nnext_review: {next_}\nsources:",
                  text, count=1, flags=re.M)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def data_copy(tmp_path) -> Path:
    return copy_project(tmp_path, ["data", "docs/guides"])


def test_report_lists_every_page_soonest_first(data_copy):
    _set_dates(data_copy / "data", "faqs/how-many-rest-days.yml", "2025-01-10", "2026-01-10")
    _set_dates(data_copy / "data", "exercises/clamshell.yml", "2025-03-01", "2026-03-01")
    data = load_site_data(data_copy)
    table = review_table(data, today=dt.date(2026, 2, 1)).splitlines()
    rows = [line for line in table[2:] if line.startswith("20")]
    assert len(rows) == 2, "only reviewed pages have dates"
    assert rows[0].split()[:2] == ["2026-01-10", "2025-01-10"] and "OVERDUE by 22 days" in rows[0]
    assert "data/faqs/how-many-rest-days.yml" in rows[0]
    assert rows[1].split()[:2] == ["2026-03-01", "2025-03-01"] and "due in 28 days" in rows[1]
    assert "data/exercises/clamshell.yml" in rows[1]
    next_dates = [row.split()[0] for row in rows]
    assert next_dates == sorted(next_dates)
    assert any(line.endswith("1 overdue, 1 due within 60 days.") for line in table)
    waiting = table[table.index(next(x for x in table if x.startswith("Not yet clinically reviewed"))) + 1:]
    assert len(waiting) == len(data.conditions) + len(data.exercises) + len(data.faqs) - 2
    assert not any("how-many-rest-days" in line or "clamshell" in line for line in waiting)


def test_overdue_warnings_name_the_file_and_the_date(data_copy):
    _set_dates(data_copy / "data", "conditions/labral-tear.yml", "2024-05-01", "2025-05-01")
    warnings = overdue_review_warnings(load_site_data(data_copy), today=dt.date(2026, 1, 1))
    assert warnings == ["data/conditions/labral-tear.yml: next_review 2025-05-01 has passed (OVERDUE by 245 days). "
                        "Have the page reviewed, then update last_reviewed and next_review."]
    assert overdue_review_warnings(load_site_data(data_copy), today=dt.date(2025, 4, 30)) == []


def test_review_report_command_prints_the_table():
    result = subprocess.run([sys.executable, "-m", "hipguide.cli.review_report", "--today", "2026-12-01"],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["next", "review", "last", "reviewed", "status", "page", "file"]
    assert any(re.search(r"^\d+ reviewed pages on 2026-12-01: \d+ overdue", line) for line in lines)
    # Today's data holds no real review: every page is listed as awaiting one.
    assert any(line.startswith("Not yet clinically reviewed (") for line in lines)


def test_make_review_report_runs_the_command():
    result = subprocess.run(["make", "-n", "review-report"], cwd=ROOT, capture_output=True, text=True)
    assert "-m hipguide.cli review-report" in result.stdout


def test_build_warns_about_overdue_pages_but_still_publishes(project_copy):
    """Printed, not logged: a passed review date must not fail the strict build."""
    _set_dates(project_copy / "data", "faqs/how-many-rest-days.yml", "2024-01-10", "2025-01-10")
    path = project_copy / "data" / "faqs" / "run-with-hip-pain.yml"
    text = path.read_text()
    line = text.count("\n", 0, re.search(r"^question: ", text, re.M).start()) + 1
    path.write_text(re.sub(r"^(question: .*)$", r"\1  ", text, count=1, flags=re.M))
    result = subprocess.run(BUILD, cwd=project_copy, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert re.search(r"WARNING -  data/faqs/how-many-rest-days\.yml: next_review 2025-01-10 has passed "
                     r"\(OVERDUE by \d+ days\)", result.stderr)
    assert f"WARNING -  data/faqs/run-with-hip-pain.yml:{line}: question: this line ends with spaces" in result.stderr
    awaiting = [line for line in result.stderr.splitlines() if "not yet clinically reviewed" in line]
    assert len(awaiting) == 1 and "faqs/run-with-hip-pain" in awaiting[0] and "how-many-rest-days" not in awaiting[0]
    assert (project_copy / "site" / "questions" / "how-many-rest-days" / "index.html").is_file()


def test_a_review_claim_must_name_a_registered_person(data_copy):
    from hipguide.data.errors import DataErrors
    path = data_copy / "data" / "faqs" / "how-many-rest-days.yml"
    path.write_text(re.sub(r"^sources:$", "reviewed_by: Senior running physiotherapist\nlast_reviewed: 2026-01-01\n"
                                         "next_review: 2027-01-01\nsources:", path.read_text(), count=1, flags=re.M))
    with pytest.raises(DataErrors) as info:
        load_site_data(data_copy)
    assert "reviewed_by: must name the person who did the review" in info.value.report()

"""`make release-check`: the clinic's made-up details block a release, each one named, until they are real."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from support.project import ROOT, copy_project

CHECK = [sys.executable, "-m", "hipguide.cli", "release-check", "--root"]


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path, ["data", "docs", "mkdocs.yml", ".yamllint"])


def _sub(path: Path, pattern: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    changed, n = re.subn(pattern, new, text, count=count, flags=re.M)
    assert n, f"/{pattern}/ not found in {path.name}"
    path.write_text(changed, encoding="utf-8")


def _run(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*CHECK, str(project)], cwd=ROOT, capture_output=True, text=True)


def test_todays_data_is_not_ready_and_each_detail_is_named(project):
    result = _run(project)
    assert result.returncode == 1
    for field in ("booking_url", "directions_url", "address", "opening_hours", "site_url", "repo_url", "reviewed_by"):
        assert re.search(rf"^  (data/clinic\.yml|mkdocs\.yml|data/):\d*:? ?{field}: ", result.stderr, re.M), \
            f"{field} is not named:\n{result.stderr}"
    assert "Traceback" not in result.stderr


def _fill_in_everything(project: Path) -> None:
    clinic = project / "data" / "clinic.yml"
    _sub(clinic, r"^booking_url: .*$", "booking_url: https://thrivephysioplus.com.au/book")
    _sub(clinic, r"^directions_url: .*$", "directions_url: https://maps.google.com/?q=Thrive+Physio+Plus")
    _sub(clinic, r"^  street: .*$", "  street: 1 Real Street")
    _sub(clinic, r"^  suburb: .*$", "  suburb: Richmond")
    _sub(clinic, r'^  postcode: .*$', '  postcode: "3121"')
    _sub(clinic, r"^placeholders:(?: \[.*\]|\n(?:  - .*\n)+)", "placeholders: []\n")
    mkdocs = project / "mkdocs.yml"
    _sub(mkdocs, r"^site_url: .*$", "site_url: https://hip.thrivephysioplus.com.au/")
    _sub(mkdocs, r"^repo_url: .*$", "repo_url: https://github.com/thrive-physio-plus/hip-guide")
    for page in (project / "data").glob("*/*.yml"):
        _sub(page, r"^sources:$", "reviewed_by: Jane Citizen, physiotherapist, AHPRA PHY0001234567\n"
                                  "last_reviewed: 2026-11-20\nnext_review: 2027-11-20\nsources:")


def test_it_passes_once_every_detail_is_real(project):
    _fill_in_everything(project)
    result = _run(project)
    assert result.returncode == 0, result.stderr
    assert "Ready to publish" in result.stdout


def test_a_test_domain_is_caught_even_when_not_listed_as_a_placeholder(project):
    _fill_in_everything(project)
    _sub(project / "data" / "clinic.yml", r"^booking_url: .*$", "booking_url: https://booking.example/thrive")
    result = _run(project)
    assert result.returncode == 1
    assert re.search(r"^  data/clinic\.yml:\d+: booking_url: https://booking\.example/thrive is on a test domain",
                     result.stderr, re.M), result.stderr


def test_the_build_warns_once_in_one_line(project):
    from hipguide.data.load import load_site_data
    from hipguide.data.placeholders import placeholder_warnings

    warnings = placeholder_warnings(load_site_data(project), project)
    assert len(warnings) == 1 and "\n" not in warnings[0]
    assert "make release-check" in warnings[0]

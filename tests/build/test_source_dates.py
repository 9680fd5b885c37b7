"""hipguide.site.source_dates: the build says when git cannot date the sitemap's pages."""
from __future__ import annotations

import subprocess
import sys

from hipguide.site.source_dates import git_history_problem
from support.project import ROOT, copy_project


def test_a_full_clone_has_no_history_problem():
    assert subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--is-shallow-repository"],
                          capture_output=True, text=True).stdout.strip() == "false", "run the tests in a full clone"
    assert git_history_problem(ROOT) is None


def test_a_shallow_clone_is_named(tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", ROOT.as_uri(), str(clone)], check=True)
    assert "shallow" in git_history_problem(clone)


def test_a_build_without_git_history_warns_in_one_line(tmp_path):
    project = copy_project(tmp_path / "project")  # a plain copy: no .git
    result = subprocess.run([sys.executable, "-m", "hipguide.cli", "build"], cwd=project, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING -  Sitemap dates:")]
    assert len(warnings) == 1 and "no git history" in warnings[0], result.stderr

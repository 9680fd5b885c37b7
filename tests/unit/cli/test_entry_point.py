"""python -m hipguide.cli: one entry point for every command the Makefile runs."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

from hipguide.cli.__main__ import COMMANDS
from support.project import ROOT


def _cli(*args: str, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hipguide.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)


def test_help_lists_every_command():
    result = _cli("--help")
    assert result.returncode == 0
    for name in COMMANDS:
        assert re.search(rf"^\s+{re.escape(name)}\s+\S", result.stdout, re.M), result.stdout


def test_an_unknown_command_is_named_with_the_list():
    result = _cli("chek")
    assert result.returncode == 2
    assert "unknown command 'chek'" in result.stderr and "check" in result.stderr


def test_every_command_the_makefile_runs_exists():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    used = set(re.findall(r"-m hipguide\.cli (\S+)", makefile))
    assert used, "the Makefile runs its commands through python -m hipguide.cli"
    assert used <= set(COMMANDS), used - set(COMMANDS)


def test_a_data_error_is_the_one_report_not_a_traceback(tmp_path):
    """Each command that reads data/ prints the same file:line report and exits 1."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    clinic = tmp_path / "data" / "clinic.yml"
    clinic.write_text(clinic.read_text(encoding="utf-8").replace("name:", "name: [unclosed", 1), encoding="utf-8")
    for name in ("check", "release-check", "review-report"):
        result = _cli(name, "--root", str(tmp_path), cwd=tmp_path)
        assert result.returncode == 1, (name, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr, (name, result.stderr)
        assert re.search(r"^\s*data/clinic\.yml:\d+:", result.stderr, re.M), (name, result.stderr)

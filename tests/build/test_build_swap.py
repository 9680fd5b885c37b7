"""hipguide/cli/build.py's swap of site/: a killed build never leaves a broken site/, builds never collide.

The build takes a test hook: HIPGUIDE_BUILD_KILL_AT=<checkpoint> makes it kill
itself (SIGKILL, as a power cut or `kill -9` would) at that point of the swap.
Every checkpoint is tried, with the one-step exchange and with the two-rename
fallback for file systems that cannot exchange.
"""
from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from hipguide.cli.build import CHECKPOINTS, KILL_AT_ENV, LOCK_NAME, NO_EXCHANGE_ENV, clean_leftovers  # hipguide/cli/build.py
from support.project import copy_of_copy, copy_project

pytestmark = pytest.mark.slow  # builds killed and raced, each a whole-site build

BUILD = [sys.executable, "-m", "hipguide.cli", "build"]
FAQ = "data/faqs/run-with-hip-pain.yml"


def _snapshot(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _run(project: Path, **env) -> subprocess.CompletedProcess:
    return subprocess.run(BUILD, cwd=project, capture_output=True, text=True, timeout=300, env={**os.environ, **env})


def _edit(project: Path) -> None:
    path = project / FAQ
    path.write_text(path.read_text(encoding="utf-8").replace("question: Can I", "question: Can I still", 1),
                    encoding="utf-8")


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """A project with a built site/ (old), and the snapshot of the site after one edit (new)."""
    base = copy_project(tmp_path_factory.mktemp("swap") / "base")
    assert _run(base).returncode == 0
    edited = tmp_path_factory.mktemp("swap-edited") / "project"
    copy_of_copy(base, edited)
    _edit(edited)
    assert _run(edited).returncode == 0
    old, new = _snapshot(base / "site"), _snapshot(edited / "site")
    assert old != new
    return base, old, new


CASES = [(point, False) for point in CHECKPOINTS if point != "between-renames"] + \
        [("between-renames", True), ("removing-old", True)]


@pytest.mark.parametrize("checkpoint, fallback", CASES,
                         ids=[f"{p}-{'two-renames' if f else 'exchange'}" for p, f in CASES])
def test_a_build_killed_during_the_swap_leaves_a_complete_site(sites, tmp_path, checkpoint, fallback):
    base, old, new = sites
    project = tmp_path / "project"
    copy_of_copy(base, project)
    _edit(project)
    env = {KILL_AT_ENV: checkpoint, **({NO_EXCHANGE_ENV: "1"} if fallback else {})}

    result = _run(project, **env)

    assert result.returncode == -signal.SIGKILL, result.stderr
    site = project / "site"
    if checkpoint == "between-renames":
        clean_leftovers(site)  # what the next build does first: the previous site comes back whole
    expected = old if checkpoint in ("before-swap", "between-renames") else new
    assert _snapshot(site) == expected, "site/ is not one whole build"
    # The next build cleans up whatever the killed one left, and publishes.
    again = _run(project)
    assert again.returncode == 0, again.stderr
    assert _snapshot(site) == new
    assert not list(project.glob(".site-*")), "a killed build's leftovers were not cleaned"


def test_two_builds_at_once_both_finish_one_after_the_other(sites, tmp_path):
    base, _, new = sites
    project = tmp_path / "project"
    copy_of_copy(base, project)
    _edit(project)
    with open(project / LOCK_NAME, "a") as lock:  # a build already running
        fcntl.flock(lock, fcntl.LOCK_EX)
        builds = [subprocess.Popen(BUILD, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                  for _ in range(2)]
        for proc in builds:  # each says it waits (its own signal, read as it is printed)
            assert "Another build of this site is running; waiting" in proc.stderr.readline()
    results = [(proc.wait(timeout=300), proc.stderr.read()) for proc in builds]
    for code, err in results:
        assert code == 0 and "Traceback" not in err, err
    assert _snapshot(project / "site") == new
    assert not list(project.glob(".site-*"))

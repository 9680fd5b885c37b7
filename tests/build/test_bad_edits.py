"""Every bad edit in tests/fixtures/bad_edits.yml, applied to a copy of the real data, then the real build.

For each: the strict build exits non-zero, names the file, the line and the
field in plain words, prints no traceback, and leaves the last good site/
byte-for-byte as it was. The good site is built once; each case gets its own
copy of the project and of that site.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from support.edits import apply_edit
from support.project import FIXTURES, copy_of_copy, copy_project

pytestmark = pytest.mark.slow  # every bad edit is a whole-site build

CASES = yaml.safe_load((FIXTURES / "bad_edits.yml").read_text(encoding="utf-8"))
BUILD = [sys.executable, "-m", "hipguide.cli", "build"]
# Words a clinic's staff should never have to read.
JARGON = re.compile(r"Traceback|Error:|pydantic|ValidationError|input_value|input_type|yaml\.|scanner|"
                    r"<unicode string>|NoneType|\bstr\b|\bint\b|dict\[|list\[|errors\.pydantic\.dev")


def _build(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run(BUILD, cwd=project, capture_output=True, text=True, timeout=300)


# Runs the build as its child and reports the peak memory of the build and of the MkDocs it
# runs. A fresh interpreter: a child forked straight from this (large) test process would
# count the test process's own memory as its peak.
_MEASURE = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
            "print('@@peak-kb', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
            "sys.exit(0 if r.returncode == 0 else 1)")


def _measured_build(project: Path, timeout: float = 120) -> tuple[subprocess.CompletedProcess, float, float]:
    """The build, its wall time in seconds and its peak memory in MB."""
    start = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-c", _MEASURE, *BUILD], cwd=project, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the build hangs (a FIFO read, say): fail, do not stall the run
        out, err = proc.communicate()
    seconds = time.monotonic() - start
    peak = re.search(r"^@@peak-kb (\d+)$", err, re.M)
    return subprocess.CompletedProcess(BUILD, proc.returncode, out, err), seconds, int(peak.group(1)) / 1024 if peak else 0.0


def _snapshot(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def good_project(tmp_path_factory) -> Path:
    """A copy of the project with site/ from a good strict build."""
    project = copy_project(tmp_path_factory.mktemp("bad-edits") / "good")
    result = _build(project)
    assert result.returncode == 0, result.stderr
    return project


@pytest.fixture(scope="module")
def good_site(good_project) -> dict[str, bytes]:
    return _snapshot(good_project / "site")


def _expected_line(case: dict, edit_line: int, data_dir: Path) -> int:
    if "line" in case:
        return case["line"]
    if "at" in case:
        text = (data_dir / case["file"]).read_text(encoding="utf-8")
        m = re.search(case["at"], text, re.M)
        assert m, f"case {case['id']}: /{case['at']}/ not found after the edit"
        return text.count("\n", 0, m.start()) + 1
    return edit_line + case.get("line_offset", 0)


def test_the_corpus_covers_every_kind_of_bad_edit():
    """The issue's list, each present at least once; and at least 30 distinct cases."""
    kinds = " | ".join(c["kind"] for c in CASES)
    for needed in ("YAML syntax error", "tabs", "wrong type", "missing required field", "misspelled field",
                   "unknown id in a reference", "duplicate ids", "file name not matching id", "bad slug",
                   "out-of-range weight", "date in the wrong format", "impossible date",
                   "next_review before last_reviewed", "empty file", "file of only comments", "non-UTF-8 file",
                   "byte-order mark", "very long value", "HTML tags in text", "script tags in text",
                   "a javascript: link", "unknown question id in symptom weights",
                   "unknown option id in symptom weights", "phone in the wrong format", "invalid booking URL",
                   "key: value: more", "YAML alias (a billion laughs)", "YAML alias (recursive)",
                   "YAML tag (python object)", "YAML merge key", "symlink to a file outside the project",
                   "symlink that is dangling", "symlink loop", "symlink to /dev/zero", "FIFO", "file too big",
                   "invisible character (NUL)", "invisible character (bidi override)",
                   "invisible character (zero-width)", "invisible character (U+2028)",
                   "invisible character (C1 control)", "too many values"):
        assert needed in kinds, needed
    assert len({c["id"] for c in CASES}) == len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_bad_edit_stops_the_build_in_plain_words(good_project, good_site, tmp_path, case):
    project = tmp_path / "project"
    copy_of_copy(good_project, project)
    edit_line = apply_edit(project / "data", case)
    line = _expected_line(case, edit_line, project / "data")

    result, seconds, peak_mb = _measured_build(project)
    output = result.stdout + result.stderr

    assert result.returncode != 0, f"the build passed despite: {case['id']}\n{output}"
    assert 0 < peak_mb < 200 and seconds < 30, f"{case['id']}: {seconds:.1f} s, {peak_mb:.0f} MB"
    assert "Traceback" not in output
    where = f"data/{case['file']}" + (f":{line}" if line else "")
    prefix = f"{where}: {case['field']}: " if case["field"] else f"{where}: "
    messages = [m.strip() for m in output.splitlines() if m.strip().startswith("data/")]
    matching = [m for m in messages if m.startswith(prefix) and all(s in m for s in case["expect"])]
    assert matching, f"no message starts with {prefix!r} and has {case['expect']}; got:\n" + "\n".join(messages)
    for message in messages:
        assert not JARGON.search(message), f"programmer's words in: {message}"
    assert "Nothing was published" in output
    assert _snapshot(project / "site") == good_site, "site/ from the last good build changed"
    assert not list(project.glob(".site-*")), "a half-written build was left behind"

    # `make check` refuses what the build refuses, with the same message, before anyone builds.
    check = subprocess.run([sys.executable, "-m", "hipguide.cli", "check", "--root", str(project)], cwd=project,
                           capture_output=True, text=True, timeout=60)
    assert check.returncode != 0, f"make check passed despite: {case['id']}"
    assert "Traceback" not in check.stderr
    assert [m for m in check.stderr.splitlines() if m.strip() in matching], \
        f"make check did not give {matching[0]!r}; it said:\n{check.stderr}"

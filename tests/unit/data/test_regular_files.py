"""hipguide.data.regular_files: only plain files inside the project, at most 1 MB, never a FIFO opened."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from hipguide.data.regular_files import MAX_BYTES, NotARegularFile, read_regular_file


@pytest.fixture
def project(tmp_path) -> Path:
    root = tmp_path / "project"
    (root / "data").mkdir(parents=True)
    (root / "data" / "ok.yml").write_text("a: b\n")
    (tmp_path / "secret.txt").write_text("private\n")
    return root


def test_a_plain_file_and_a_link_inside_the_project_are_read(project):
    os.symlink("ok.yml", project / "data" / "link.yml")
    assert read_regular_file(project / "data" / "ok.yml", project) == b"a: b\n"
    assert read_regular_file(project / "data" / "link.yml", project) == b"a: b\n"


@pytest.mark.parametrize("make, words", [
    (lambda p: os.symlink("../../secret.txt", p), "outside the project"),
    (lambda p: os.symlink("missing.yml", p), "does not exist"),
    (lambda p: os.symlink(p.name, p), "a loop"),
    (lambda p: os.symlink("/dev/zero", p), "outside the project"),
    (lambda p: os.mkfifo(p), r"a pipe \(FIFO\)"),
    (lambda p: p.mkdir(), "a folder"),
    (lambda p: p.write_bytes(b"#" * (MAX_BYTES + 1)), "the limit is 1,000,000"),
])
def test_anything_else_is_refused_in_words(project, make, words):
    path = project / "data" / "bad.yml"
    make(path)
    with pytest.raises(NotARegularFile, match=words):
        read_regular_file(path, project)  # a FIFO would block here for ever if it were opened


def test_a_device_inside_the_project_is_refused(tmp_path):
    with pytest.raises(NotARegularFile, match="a device"):
        read_regular_file(Path("/dev/null"), Path("/"))

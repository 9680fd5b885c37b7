"""The browser editor (Decap CMS at /admin/), driven in Chromium through its local backend.

decap-server (as `make edit` runs it) writes into a git copy of the project; the
editor page comes from the real build. An edit in the form must change exactly
that field in the YAML (the data is kept in the editor's own style by
`make format-data`), and the result must pass `make check` and `make build`.
"""
from __future__ import annotations

import os
import re
import socket
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import expect

from support.project import PROJECT_PARTS, ROOT, copy_project

DECAP_SERVER = ROOT / "node_modules" / "decap-server" / "dist" / "index.js"
VENV = ROOT / ".venv"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _git(project: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.email=test@example.invalid", "-c", "user.name=test", *args],
                          cwd=project, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def project(tmp_path) -> Path:
    """A git copy of the project, with what `make check` and `make build` need."""
    project = copy_project(tmp_path / "project", [*PROJECT_PARTS, "Makefile", "requirements.txt", "pyproject.toml", "admin"])
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "commit", "-qm", "start")
    return project


@pytest.fixture
def decap_server(project):
    """decap-server on a free port, writing into ``project`` (what `make edit` starts)."""
    assert DECAP_SERVER.is_file(), "run `make test-deps`: node_modules/decap-server is missing"
    port = _free_port()
    env = {**os.environ, "PORT": str(port), "BIND_HOST": "127.0.0.1", "MODE": "fs", "GIT_REPO_DIRECTORY": str(project)}
    server = subprocess.Popen(["node", str(DECAP_SERVER)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True)
    for line in server.stdout:  # its own ready signal
        if "listening on" in line:
            break
    yield port
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def editor(browser, built_site, site_url, decap_server):
    """A logged-in editor page; the site is served with its _headers, so /admin/'s own policy applies."""
    assert (built_site / "admin" / "decap-cms.js").is_file(), "the build did not include the editor"
    context = browser.new_context()
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None)
    page.on("request", lambda r: problems.append(f"request to another host: {r.url}")
            if not re.match(r"^(https?://127\.0\.0\.1[:/]|data:|blob:)", r.url) else None)
    page.goto(f"{site_url}/admin/?local_backend_port={decap_server}#/")
    page.get_by_role("button", name="Login").click()
    expect(page.get_by_role("link", name=re.compile("Exercises"))).to_be_visible(timeout=60_000)
    yield page, site_url, decap_server
    context.close()
    assert not problems, "\n".join(problems)


def _publish(page) -> None:
    """Publish now, and wait for decap-server to say it wrote the file."""
    page.get_by_role("button", name="Publish").click()
    with page.expect_response(lambda r: r.url.endswith("/api/v1") and "persistEntry" in (r.request.post_data or "")) as answer:
        page.get_by_role("menuitem", name="Publish now").click()
    assert answer.value.ok, answer.value.text()


def _make(project: Path, target: str) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "-s", target, f"VENV={VENV}"], cwd=project, capture_output=True, text=True,
                          timeout=600)


def test_an_edit_in_the_browser_changes_exactly_that_line(editor, project):
    page, url, port = editor
    page.goto(f"{url}/admin/?local_backend_port={port}#/collections/exercises/entries/clamshell")
    name = page.get_by_label("Name", exact=True)
    expect(name).to_have_value("Clamshell", timeout=60_000)
    name.fill("Clamshell with a band")
    _publish(page)

    diff = _git(project, "diff", "--unified=0", "--no-color")
    changed = [line for line in diff.splitlines() if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert changed == ["-name: Clamshell", "+name: Clamshell with a band"], diff
    assert _git(project, "status", "--porcelain").split() == ["M", "data/exercises/clamshell.yml"]

    check = _make(project, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    build = _make(project, "build")
    assert build.returncode == 0, build.stdout + build.stderr
    page_html = (project / "site" / "exercises" / "clamshell" / "index.html").read_text(encoding="utf-8")
    assert "Clamshell with a band" in page_html


def test_a_question_added_in_the_browser_appears_on_the_built_site(editor, project):
    page, url, port = editor
    page.goto(f"{url}/admin/?local_backend_port={port}#/collections/faqs/new")
    expect(page.get_by_label("Id", exact=True)).to_be_visible(timeout=60_000)
    page.get_by_label("Id", exact=True).fill("can-i-run-a-marathon-after-a-hip-strain")
    page.get_by_label("Question", exact=True).fill("Can I run a marathon after a hip strain?")
    page.get_by_label("Order", exact=True).fill("990")
    page.get_by_label("Short answer", exact=True).fill(
        "Usually, once you can run your long runs without pain and it settles within 24 hours. Ask your physio first.")
    page.get_by_role("button", name="Add answer").click()
    page.get_by_label("Item").last.fill("Build back up over several weeks, and stop if the pain climbs above 4 to 5 out of 10.")
    page.get_by_role("button", name="Add sources").click()
    page.get_by_label("Item").last.fill("Thrive Physio Plus, hip pain in runners article: the 4-5/10 and 24-hour rule.")
    _publish(page)

    new_file = project / "data" / "faqs" / "can-i-run-a-marathon-after-a-hip-strain.yml"
    assert new_file.is_file(), _git(project, "status", "--porcelain")
    check = _make(project, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    build = _make(project, "build")
    assert build.returncode == 0, build.stdout + build.stderr
    html = (project / "site" / "questions" / "can-i-run-a-marathon-after-a-hip-strain" / "index.html").read_text()
    assert "Can I run a marathon after a hip strain?" in html
    assert "can-i-run-a-marathon-after-a-hip-strain" in (project / "site" / "questions" / "index.html").read_text()

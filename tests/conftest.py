"""Shared fixtures: project copies, real builds, a local server, real Chromium."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import socketserver
import threading
from pathlib import Path

import pytest

from hipguide.cli.build import build  # hipguide/cli/build.py

ROOT = Path(__file__).resolve().parent.parent

PROJECT_PARTS = ["mkdocs.yml", "data", "docs", "overrides", "hipguide", "scripts", ".yamllint", "schemas"]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


def copy_project(dest: Path) -> Path:
    """A full copy of the project's sources in ``dest``, safe to edit."""
    dest.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / part)
    return dest


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """A throwaway copy of the whole project, for edits and builds."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test session with the strict build."""
    site = tmp_path_factory.mktemp("built") / "site"
    assert build(ROOT, site) == 0, "the real site must build strictly"
    return site


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site_url(built_site) -> str:
    """The built site served over HTTP on 127.0.0.1 (a random free port)."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (its own browser download cannot work here)."""
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run `make test`, which installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh browser context and page for each test."""
    context = browser.new_context()
    pg = context.new_page()
    yield pg
    context.close()


# Every test gets one kind (pyproject.toml registers them; `make test-fast` runs unit and build):
# gate: tests/gates/, the release gates on the served site;
# browser: tests/browser/ and any test that drives Chromium;
# build: a test that builds the site (the shared built_site, a project copy) or marks itself so;
# unit: everything else, plain Python on data and models.
# A module may add `slow` (many whole-site builds): `make test-fast` leaves those out.
TESTS = Path(__file__).resolve().parent
BROWSER_FIXTURES = {"browser", "page", "site_url"}
BUILD_FIXTURES = {"built_site", "project_copy"}


def pytest_collection_modifyitems(items):
    for item in items:
        folder = Path(item.path).resolve().relative_to(TESTS).parts[0]
        fixtures = set(item.fixturenames)
        if folder == "gates":
            kind = "gate"
        elif folder == "browser" or fixtures & BROWSER_FIXTURES or item.get_closest_marker("browser"):
            kind = "browser"
        elif fixtures & BUILD_FIXTURES or item.get_closest_marker("build"):
            kind = "build"
        else:
            kind = "unit"
        item.add_marker(kind)

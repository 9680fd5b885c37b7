"""The fixtures every test folder uses: project copies, one strict build, one server, one Chromium.

Registered by tests/conftest.py. The build and the browser are made once per session:
a test that needs its own build edits a ``project_copy``.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from hipguide.cli.build import build  # hipguide/cli/build.py
from hipguide.measure.static_server import start_server  # hipguide/measure/static_server.py

from .chromium import launch_chromium
from .project import ROOT, copy_project


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


@pytest.fixture(scope="session")
def site_url(built_site) -> str:
    """The built site served like a static host (gzip, 404.html, _headers) on 127.0.0.1, a free port."""
    server, url = start_server(built_site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright, one for the session."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch_chromium(p)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh browser context and page for each test."""
    context = browser.new_context()
    pg = context.new_page()
    yield pg
    context.close()

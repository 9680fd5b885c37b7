"""Registers the shared fixtures (tests/support/fixtures.py) and gives every test its kind from its folder."""
from __future__ import annotations

from pathlib import Path

import pytest

from support.fixtures import browser, built_site, page, project_copy, site_url  # noqa: F401 (registered as fixtures)
from support.project import TESTS

# Every test's kind is its folder (pyproject.toml registers them; `make test-fast` runs unit and build):
KINDS = {
    "unit": "unit",  # plain Python on data, models and commands: no site build, no browser
    "build": "build",  # builds the site (the shared built_site, or a copy) and checks what comes out
    "browser": "browser",  # drives Chromium on a built site
    "gates": "gate",  # the release gates over the whole served site
}
# A module may add `slow` (many whole-site builds): `make test-fast` leaves those out.
# What a kind may not use, so a folder never hides a build or a browser from `make test-fast`:
BUILD_FIXTURES = {"built_site", "project_copy"}
BROWSER_FIXTURES = {"browser", "page", "site_url", "tour"}
FORBIDDEN = {"unit": BUILD_FIXTURES | BROWSER_FIXTURES, "build": BROWSER_FIXTURES}


def pytest_collection_modifyitems(items):
    wrong = []
    for item in items:
        folder = Path(item.path).resolve().relative_to(TESTS).parts[0]
        kind = KINDS.get(folder)
        if kind is None:
            wrong.append(f"{item.nodeid}: not in a kind's folder ({', '.join(f'tests/{f}/' for f in KINDS)})")
            continue
        if used := sorted(set(item.fixturenames) & FORBIDDEN.get(kind, set())):
            wrong.append(f"{item.nodeid}: a {kind} test uses {', '.join(used)}: move it to the folder of its kind")
        item.add_marker(kind)
    if wrong:
        raise pytest.UsageError("\n".join(wrong))

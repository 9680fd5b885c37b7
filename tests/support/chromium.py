"""Debian's Chromium, launched the one way every browser test and gate uses.

Playwright's own browser download cannot work here, so it drives /usr/bin/chromium.
The switches keep Chromium from calling home (updates, sync, QUIC probes): the
privacy gate must see only the site's own requests.
"""
from __future__ import annotations

import os

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


def launch_chromium(playwright):
    """A headless Chromium from ``sync_playwright()``; fails the test when Chromium is not installed."""
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run `make test`, which installs it")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)

"""Debian's Chromium, launched the one way the tests, the search measure and the screenshots use.

Playwright's own browser download cannot work here, so it drives /usr/bin/chromium.
The switches keep Chromium from calling home (updates, sync, QUIC probes): the
privacy gate must see only the site's own requests.
"""
from __future__ import annotations

import os

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


class ChromiumMissing(RuntimeError):
    """/usr/bin/chromium is not installed."""


def launch_chromium(playwright):
    """A headless Chromium from ``sync_playwright()``; ChromiumMissing when it is not installed."""
    if not os.path.exists(CHROMIUM):
        raise ChromiumMissing(f"{CHROMIUM} is missing: run `make test-deps` (or `make chromium`), which installs it")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)

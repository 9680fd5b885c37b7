"""Chromium for the tests: launched as hipguide/measure/chromium.py says; a missing browser fails the test."""
from __future__ import annotations

import pytest

from hipguide.measure import chromium


def launch_chromium(playwright):
    """A headless Chromium from ``sync_playwright()``; fails the test when Chromium is not installed."""
    try:
        return chromium.launch_chromium(playwright)
    except chromium.ChromiumMissing as exc:
        pytest.fail(str(exc))

"""Progress lines from long session fixtures, so `make test` never sits silent for a minute.

pytest captures what a test or fixture prints; a fixture that works for most of a minute
(the gates' tour of every page) writes past the capture through the terminal reporter,
and only with -v (`make test`): `make test-fast` stays quiet.
"""
from __future__ import annotations

import time

import pytest


class Progress:
    """Writes "what: done of total" at most every ``every`` seconds."""

    def __init__(self, config: pytest.Config, what: str, total: int, every: float = 10.0):
        self.reporter = config.pluginmanager.get_plugin("terminalreporter") if config.option.verbose > 0 else None
        self.capture = config.pluginmanager.get_plugin("capturemanager")
        self.what, self.total, self.every = what, total, every
        self.last = time.monotonic()

    def advance(self, done: int) -> None:
        now = time.monotonic()
        if self.reporter is not None and now - self.last >= self.every:
            with self.capture.global_and_fixture_disabled():  # what capsys.disabled() does
                self.reporter.write_line(f"    ({self.what}: {done} of {self.total})")
            self.last = now

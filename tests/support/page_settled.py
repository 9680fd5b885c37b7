"""Waiting for a page to settle without fixed sleeps: each helper waits for an event the browser reports."""
from __future__ import annotations

from playwright.sync_api import Page


def animations_finished(page: Page) -> None:
    """Every CSS transition and animation running now has ended (fades, the drawer sliding in).

    getAnimations() first applies pending style changes, so a transition a click has just started is included.
    A transition that the page replaces mid-way is cancelled, and its ``finished`` rejects: that is an end too,
    so the promises are settled, not all fulfilled, and any animation the replacement started is waited for.
    """
    page.evaluate("""async () => {
        for (let round = 0; round < 10; round++) {
            const running = document.getAnimations().filter((a) => a.playState === "running");
            if (!running.length) return;
            await Promise.allSettled(running.map((a) => a.finished));
        }
    }""")


def next_frames(page: Page) -> None:
    """Two frames have been drawn: handlers and promise callbacks queued so far have run, and what they
    changed has been laid out and reported (layout shifts, requests)."""
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")


def images_loaded(page: Page) -> None:
    """Every <img> of the page has loaded (or failed)."""
    # A function, not an expression: Playwright evaluates an expression string with eval, which the CSP refuses.
    page.wait_for_function("() => [...document.images].every((i) => i.complete)")

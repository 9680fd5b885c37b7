"""Pages whose scripts draw content must not make the page jump (Lighthouse's CLS)."""
from __future__ import annotations

import pytest

from support.page_settled import next_frames

OBSERVE = """window.__appShifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__appShifts.push(e.value);
}).observe({ type: "layout-shift", buffered: true });"""

# Everything that can still move the page once the network is quiet: fonts, pictures, and the
# scripts that draw the checker's form and the programme list (each marks its root when done).
DRAWN = """() => document.fonts.status === "loaded"
  && [...document.images].every((i) => i.complete)
  && [...document.querySelectorAll("[data-app-checker]")].every((el) => el.classList.contains("app-checker--ready"))
  && [...document.querySelectorAll("[data-app-programme]")].every((el) => el.classList.contains("app-programme--ready"))"""

PAGES = ["symptom-checker/", "programme/", "exercises/single-leg-bridge/", "conditions/gluteal-tendinopathy/", ""]


@pytest.mark.parametrize("path", PAGES, ids=[p or "home" for p in PAGES])
@pytest.mark.parametrize("width, height", [(412, 823), (1280, 800)], ids=["phone", "desktop"])
def test_no_layout_shift_while_the_page_loads(browser, site_url, path, width, height):
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.add_init_script(OBSERVE)
    page.goto(f"{site_url}/{path}")
    page.wait_for_load_state("networkidle")
    page.wait_for_function(DRAWN)
    next_frames(page)  # the last change laid out, and its shift (if any) reported
    shift = sum(page.evaluate("window.__appShifts"))
    context.close()
    assert shift < 0.01, f"{path or 'home'}: cumulative layout shift {shift:.3f}"

"""Every condition and exercise page shows its picture, with alt text, big enough to read, on a phone and a desktop."""
from __future__ import annotations

import pytest

from conftest import ROOT
from hipguide.load import load_site_data

DATA = load_site_data(ROOT)
PAGES = [f"conditions/{i}/" for i in DATA.conditions] + [f"exercises/{i}/" for i in DATA.exercises]
PICTURE = "figure.app-where-it-hurts svg[role=img], figure.app-exercise-diagram img"

MEASURE = """(el) => {
  const r = el.getBoundingClientRect();
  const alt = el.tagName === "IMG" ? el.alt : document.getElementById(el.getAttribute("aria-labelledby"))?.textContent;
  return {width: r.width, height: r.height, alt: alt || "", loaded: el.tagName !== "IMG" || (el.complete && el.naturalWidth > 0)};
}"""


@pytest.mark.parametrize("width, height", [(375, 812), (1280, 800)], ids=["phone", "desktop"])
def test_every_condition_and_exercise_page_has_a_readable_picture(browser, site_url, width, height):
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    problems = []
    for path in PAGES:
        page.goto(f"{site_url}/{path}")
        pictures = page.locator(PICTURE)
        if pictures.count() != 1:
            problems.append(f"{path}: {pictures.count()} pictures")
            continue
        pictures.first.scroll_into_view_if_needed()
        pictures.first.evaluate("(el) => el.tagName !== 'IMG' || el.decode().then(() => true)")  # loaded, or throws
        m = pictures.first.evaluate(MEASURE)
        if m["width"] < 120 or m["height"] < 80 or len(m["alt"].strip()) < 30 or not m["loaded"]:
            problems.append(f"{path}: {m}")
        if page.evaluate("document.documentElement.scrollWidth > window.innerWidth"):
            problems.append(f"{path}: wider than the screen")
    context.close()
    assert not problems, "\n".join(problems)

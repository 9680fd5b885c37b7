"""Every condition and exercise page shows its picture, with alt text, big enough to read, on a phone and a desktop."""
from __future__ import annotations

import pytest

from hipguide.data.load import load_site_data
from support.project import ROOT

DATA = load_site_data(ROOT)
PAGES = [f"conditions/{i}/" for i in DATA.conditions] + [f"exercises/{i}/" for i in DATA.exercises]
PICTURE = "figure.app-where-it-hurts svg[role=img], figure.app-exercise-diagram img"

MEASURE = """(el) => {
  const r = el.getBoundingClientRect();
  const alt = el.tagName === "IMG" ? el.alt : el.getAttribute("aria-label");
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


def _rgb(css: str) -> tuple[float, ...]:
    return tuple(float(v) for v in css[css.index("(") + 1:css.index(")")].replace(",", " ").split()[:3])


def _contrast(a: str, b: str) -> float:
    def lum(rgb):
        c = [v / 255 for v in rgb]
        c = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
    hi, lo = sorted((lum(_rgb(a)), lum(_rgb(b))), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


PAGE_BACKGROUND = """() => { const probe = document.createElement("div");
  probe.style.background = "var(--md-default-bg-color)"; document.body.append(probe);
  const colour = getComputedStyle(probe).backgroundColor; probe.remove(); return colour; }"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_pictures_read_in_light_dark_and_print(browser, site_url, scheme):
    context = browser.new_context(viewport={"width": 375, "height": 812}, color_scheme=scheme)
    page = context.new_page()
    page.goto(f"{site_url}/conditions/gluteal-tendinopathy/")
    area = page.locator(".app-bodymap__area--main > *").first
    fill = area.evaluate("(el) => getComputedStyle(el).fill")
    assert _contrast(fill, page.evaluate(PAGE_BACKGROUND)) >= 3, f"the marked area stands out ({scheme})"
    body = page.locator(".app-where-it-hurts .app-bodymap__body").first.evaluate("(el) => getComputedStyle(el).fill")
    page.goto(f"{site_url}/symptom-checker/")
    checker_body = page.locator(".app-bodymap__body").first.evaluate("(el) => getComputedStyle(el).fill")
    assert body == checker_body != "rgb(0, 0, 0)", f"the body is drawn as on the checker, not filled black ({scheme})"

    page.goto(f"{site_url}/exercises/squat/")
    img = page.locator(".app-exercise-diagram img")
    filter_ = img.evaluate("(el) => getComputedStyle(el).filter")
    assert ("invert" in filter_) == (scheme == "dark"), "a dark card on a dark page, the white card on a light one"
    page.emulate_media(media="print")
    assert img.evaluate("(el) => getComputedStyle(el).filter") == "none", "printed on its white card"
    box = img.bounding_box()
    assert box["width"] >= 120 and box["height"] >= 80
    context.close()

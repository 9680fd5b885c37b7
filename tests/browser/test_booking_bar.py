"""The booking bar and header button in real Chromium: on a 375 px phone screen the bar never
covers the page and is reached with Tab; on a wide screen only the header button shows."""
from __future__ import annotations

import re

import pytest

from hipguide.data.load import load_site_data
from hipguide.site.template_context import clinic_context
from support.axe import axe_violations
from support.project import ROOT

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 800}
# One page of each kind, plus the 404 page (served as a file: the test server has no 404 handler).
PAGES = ["/", "/contact/", "/conditions/", "/conditions/gluteal-tendinopathy/", "/exercises/",
         "/exercises/single-leg-bridge/", "/questions/", "/questions/run-with-hip-pain/",
         "/guides/hip-muscles/", "/about/", "/404.html"]


@pytest.fixture(scope="module")
def clinic():
    return clinic_context(load_site_data(ROOT).clinic)


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    yield page
    context.close()


def _rect(page, selector: str) -> dict:
    return page.eval_on_selector(selector, "e => e.getBoundingClientRect().toJSON()")


def _scroll_to_bottom(page) -> None:
    page.evaluate("window.scrollTo(0, document.scrollingElement.scrollHeight)")
    page.wait_for_function("Math.ceil(window.scrollY + innerHeight) >= document.scrollingElement.scrollHeight - 1")


@pytest.mark.parametrize("path", PAGES)
def test_bar_never_covers_the_end_of_the_page(phone, site_url, path):
    phone.goto(site_url + path)
    bar = _rect(phone, ".app-booking-bar")
    assert bar["height"] > 40 and bar["width"] == PHONE["width"]
    assert abs(bar["bottom"] - PHONE["height"]) < 1, "the bar sits on the bottom edge of the screen"
    _scroll_to_bottom(phone)
    bar = _rect(phone, ".app-booking-bar")
    # The last piece of content and the footer both end above the bar.
    last_content = _rect(phone, "article.md-content__inner > :last-child")
    footer = _rect(phone, ".md-footer")
    assert last_content["bottom"] <= bar["top"] + 0.5, (last_content, bar)
    assert footer["bottom"] <= bar["top"] + 0.5, (footer, bar)
    # And nothing of the footer is hidden: the element at its last line is the footer's own.
    hit = phone.evaluate("""() => {
        const r = document.querySelector('.md-footer-meta').getBoundingClientRect();
        const el = document.elementFromPoint(r.left + 20, r.bottom - 2);
        return el ? el.closest('.md-footer') !== null : false; }""")
    assert hit


def test_header_book_button_is_visible_and_opens_the_booking_system(phone, site_url, clinic):
    phone.route(re.compile(r"^" + re.escape(clinic["booking_url"])),
                lambda route: route.fulfill(status=200, content_type="text/html", body="<h1>Booking</h1>"))
    phone.goto(site_url + "/conditions/gluteal-tendinopathy/")
    button = phone.locator("header .app-header-book")
    box = button.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] and box["y"] >= 0
    covering = phone.evaluate(f"""() => {{ const el = document.elementFromPoint({box['x'] + box['width'] / 2},
        {box['y'] + box['height'] / 2}); return el && el.closest('.app-header-book') !== null; }}""")
    assert covering, "nothing covers the header's Book button"
    button.click()
    phone.wait_for_url(clinic["booking_url"])
    assert phone.locator("h1").inner_text() == "Booking"


def test_bar_links_are_reached_with_tab_and_stay_in_view(phone, site_url, clinic):
    phone.goto(site_url + "/contact/")
    reached = []
    for _ in range(400):
        phone.keyboard.press("Tab")
        info = phone.evaluate("""() => {
            const a = document.activeElement;
            if (!a || a === document.body) return null;
            const r = a.getBoundingClientRect();
            const bar = document.querySelector('.app-booking-bar').getBoundingClientRect();
            return {href: a.getAttribute('href'), inBar: !!a.closest('.app-booking-bar'),
                    inArticle: !!a.closest('article'), bottom: r.bottom, height: r.height, barTop: bar.top,
                    outline: getComputedStyle(a).outlineStyle};
        }""")
        if info is None:
            continue
        if info["inArticle"] and info["height"] > 0:
            # Tabbing through the page never leaves the focused link hidden behind the bar.
            assert info["bottom"] <= info["barTop"] + 0.5, info
        if info["inBar"]:
            # Nothing covers it once the search overlay, which Tab opened and closed on its way
            # through the header, has finished sliding away.
            phone.wait_for_function("""() => { const a = document.activeElement, r = a.getBoundingClientRect();
                const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return !!top && (top === a || a.contains(top)); }""", timeout=3000)
            assert info["outline"] != "none", "a visible focus ring"
            reached.append(info["href"])
            if len(reached) == 2:
                break
    assert reached == [clinic["phone_href"], clinic["booking_url"]]


def test_page_keeps_bottom_padding_and_bar_after_instant_navigation(phone, site_url):
    phone.goto(site_url + "/")
    phone.locator("article a[href$='conditions/']").first.click()
    phone.wait_for_url(re.compile(r"/conditions/$"))
    assert phone.locator(".app-booking-bar").is_visible()
    padding = phone.evaluate("parseFloat(getComputedStyle(document.body).paddingBottom)")
    assert padding >= _rect(phone, ".app-booking-bar")["height"] - 0.5


def test_wide_screens_show_the_header_button_and_no_bar(desktop, site_url):
    desktop.goto(site_url + "/conditions/gluteal-tendinopathy/")
    assert not desktop.locator(".app-booking-bar").is_visible()
    assert desktop.evaluate("parseFloat(getComputedStyle(document.body).paddingBottom)") == 0
    assert desktop.locator("header .app-header-book").is_visible()
    assert desktop.locator("header .app-header-book").inner_text().strip() == "Book online"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_axe_finds_nothing_in_the_booking_pieces(browser, site_url, scheme, viewport):
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    try:
        for path in ("/conditions/gluteal-tendinopathy/", "/404.html"):
            page.goto(site_url + path)
            pieces = [[s] for s in (".app-booking-bar", ".app-header-book", ".app-booking-cta", ".app-not-found")
                      if page.locator(s).count()]
            found = axe_violations(page, ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"], context={"include": pieces})
            violations = [(v["id"], [n["target"] for n in v["nodes"]]) for v in found]
            assert not violations, (path, violations)
    finally:
        context.close()

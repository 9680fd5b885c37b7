"""The home page on a 375x812 phone: the ways in are button-sized and in the first screen,
help is in the first two, and the body picture's areas lead to the causes for each area."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

PHONE = {"width": 375, "height": 812}

# The box of an element, and whether a tap on its centre lands on it (not on a bar over it).
BOX = """(el) => { const r = el.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return { top: r.top, bottom: r.bottom, width: r.width, height: r.height, tappable: !!hit && (hit === el || el.contains(hit)) }; }"""


@pytest.fixture
def phone(browser, site_url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{site_url}/")
    page.wait_for_load_state("networkidle")
    yield page
    context.close()


def _in_first_screen(page, selector):
    box = page.locator(selector).first.evaluate(BOX)
    assert box["height"] >= 44, f"{selector}: {box['height']} px tall; a button needs 44"
    assert box["top"] >= 0 and box["bottom"] <= PHONE["height"], f"{selector}: not in the first screen ({box})"
    assert box["tappable"], f"{selector}: covered by something else"


def test_first_screen_holds_the_checker_and_book_or_call(phone):
    _in_first_screen(phone, 'article a.app-home__action[href$="symptom-checker/"]')
    _in_first_screen(phone, "article .app-home__contact a.app-home__action")
    assert phone.locator("article .app-home-map__link").count() >= 4


def test_when_to_get_help_is_within_two_screens(phone):
    box = phone.locator("article .app-care-card--emergency").first.evaluate(BOX)
    assert box["top"] < 2 * PHONE["height"], box


def test_every_body_area_is_big_enough_and_leads_to_its_causes(phone, built_site):
    conditions = BeautifulSoup((built_site / "conditions" / "index.html").read_text(), "html.parser")
    links = phone.locator("article .app-home-map__link").all()
    for link in links:
        box = link.evaluate(BOX)
        assert box["width"] >= 24 and box["height"] >= 24, box  # WCAG 2.2 target size
        assert link.get_attribute("aria-label")
        anchor = link.get_attribute("href").split("#")[1]
        assert conditions.find(id=anchor) is not None and conditions.find(id=anchor).name == "h2", anchor
    links[0].click()
    phone.wait_for_url("**/conditions/#area-*")

"""What a visitor does on the site, in real Chromium: search, the symptom checker, My programme.

The gates run these so that code which only runs on use (the search worker,
the checker's result, the programme list) is loaded, checked and scanned too.
"""
from __future__ import annotations

from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from .page_settled import animations_finished

SEARCH_QUERY = "hip"
NO_MATCH_QUERY = "qwxzv"  # finds nothing: the search panel offers the checker and a call instead


def open_page(page: Page, url: str) -> None:
    """Load ``url`` and wait until the network has been quiet for 500 ms (late requests included)."""
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")


def use_search(page: Page) -> None:
    """Type a query into Material's search and wait for its results."""
    opener = page.locator("label.md-header__button[for=__search]")
    if opener.is_visible():  # small screens: the search box sits behind a button
        opener.click()
    else:
        page.locator("input.md-search__input").click()
    page.keyboard.type(SEARCH_QUERY)  # Material listens to key events, not to fill()
    page.locator(".md-search-result__item").first.wait_for()
    animations_finished(page)  # results fade in; axe must see final colours


def search_for_nothing(page: Page) -> None:
    """Type a query that finds nothing; wait for the offer that replaces the empty list."""
    page.locator("input.md-search__input").click()
    page.keyboard.type(NO_MATCH_QUERY)
    page.locator(".md-search-result .app-search-help").wait_for(state="visible")
    animations_finished(page)  # the dialog fades in; axe must see final colours


def close_search(page: Page) -> None:
    page.keyboard.press("Escape")


def show_checker_result(page: Page) -> None:
    """Answer every symptom-checker question but the red flags with its first option; show the result."""
    form = page.locator("[data-app-checker] form").first
    form.wait_for()
    for fieldset in form.locator("fieldset").all():
        if "red-flags" in (fieldset.get_attribute("class") or ""):
            # "None of these": a red flag gives the short urgent result; the full result shows more of the page.
            fieldset.locator("#app-checker-red-flags-none").check()
            continue
        first = fieldset.locator("input[type=radio], input[type=checkbox]").first
        if first.count():
            first.check()
    for slider in form.locator("input[type=range]").all():
        slider.focus()
        page.keyboard.press("ArrowRight")
    form.locator("button[type=submit]").last.click()
    page.locator("#app-checker-result").wait_for()
    # Done when the live region announces the result (the checker fills it last).
    page.wait_for_function("() => document.querySelector('.app-checker__status')?.textContent.trim()")
    animations_finished(page)


def open_programme_with_exercises(page: Page, exercise_url: str) -> None:
    """Press an exercise page's 'Add to my programme', then follow its link to My programme.

    The programme travels in the link's #fragment, so the programme page opens with the exercise listed.
    """
    open_page(page, exercise_url)
    page.locator("[data-app-programme-add]").first.click()
    # The links to My programme take the programme into their #fragment once the click is handled.
    try:
        link = page.wait_for_function("""() => [...document.querySelectorAll("a[href]")].find(
            (a) => a.origin === location.origin && /\\/programme\\/(index\\.html)?$/.test(a.pathname) && a.hash)?.href""",
            timeout=5000).json_value()
    except PlaywrightTimeout:
        link = None
    assert link, f"{exercise_url}: after 'Add to my programme', no link to My programme carries the programme"
    open_page(page, link)
    page.locator("[data-app-programme] li").first.wait_for()


def follow_a_link_instantly(page: Page) -> None:
    """Click the first content link: Material's instant navigation swaps the page without a reload."""
    before = page.url
    index = page.evaluate("""() => [...document.querySelectorAll("article a[href]")].findIndex(
        (a) => a.origin === location.origin && a.pathname !== location.pathname)""")
    assert index >= 0, f"{before} has no link to another page of the site"
    page.locator("article a[href]").nth(index).click()
    page.wait_for_function("url => location.href !== url", arg=before)
    page.wait_for_load_state("networkidle")

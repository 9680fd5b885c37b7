"""Accessibility gate: axe-core in real Chromium finds nothing on any kind of page, light or dark.

WCAG 2.0, 2.1 and 2.2 A and AA rules plus axe's best practices (which name
Material's unnamed search dialog). The page is scanned as a visitor sees it:
the symptom checker with a result, My programme with exercises in it, the
search with results, the small-screen layout with its drawer open. Fixes for
Material's own faults live in overrides/ and docs/assets/app/app.css; nothing
is excluded from the scan.
"""
from __future__ import annotations

import pytest

from support.axe import WCAG, axe_violations, describe_violations
from support.page_settled import animations_finished
from support.site_actions import (
    close_search,
    open_page,
    open_programme_with_exercises,
    search_for_nothing,
    show_checker_result,
    use_search,
)
from support.site_pages import PAGE_KINDS

AXE_TAGS = [*WCAG, "best-practice"]
SCHEMES = {"light": "default", "dark": "slate"}  # prefers-color-scheme -> Material's data-md-color-scheme
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 412, "height": 823}  # Lighthouse's mobile screen


def _violations(page) -> list[dict]:
    return axe_violations(page, AXE_TAGS)


def _open_in_scheme(browser, scheme: str, viewport: dict):
    context = browser.new_context(color_scheme=scheme, viewport=viewport)
    return context, context.new_page()


def _assert_scheme(page, scheme: str) -> None:
    shown = page.evaluate("document.body.dataset.mdColorScheme")
    assert shown == SCHEMES[scheme], f"the page shows palette {shown!r}, not the {scheme} one: the scan would be wrong"


@pytest.mark.parametrize("scheme", list(SCHEMES))
@pytest.mark.parametrize("kind", list(PAGE_KINDS))
def test_page_kind_has_no_violation(browser, site_url, kinds, kind, scheme):
    context, page = _open_in_scheme(browser, scheme, DESKTOP)
    try:
        if kind == "programme":
            open_programme_with_exercises(page, site_url + kinds["exercise"])
        else:
            open_page(page, site_url + kinds[kind])
        if kind == "symptom checker":
            show_checker_result(page)
        _assert_scheme(page, scheme)
        violations = _violations(page)
    finally:
        context.close()
    assert not violations, f"{kind} page {kinds[kind]}, {scheme} palette:\n{describe_violations(violations)}"


@pytest.mark.parametrize("scheme", list(SCHEMES))
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_search_with_results_has_no_violation(browser, site_url, kinds, scheme, viewport):
    context, page = _open_in_scheme(browser, scheme, viewport)
    try:
        open_page(page, site_url + kinds["condition"])
        use_search(page)
        _assert_scheme(page, scheme)
        violations = _violations(page)
        close_search(page)
    finally:
        context.close()
    assert not violations, f"search results, {scheme} palette, {viewport['width']} px:\n{describe_violations(violations)}"


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_phone_layout_and_open_drawer_have_no_violation(browser, site_url, kinds, scheme):
    context, page = _open_in_scheme(browser, scheme, PHONE)
    try:
        open_page(page, site_url + kinds["condition"])
        _assert_scheme(page, scheme)
        closed = _violations(page)
        page.locator("label.md-header__button[for=__drawer]").click()
        animations_finished(page)  # the drawer slides in
        opened = _violations(page)
    finally:
        context.close()
    assert not closed, f"phone layout, {scheme} palette:\n{describe_violations(closed)}"
    assert not opened, f"phone layout with the navigation drawer open, {scheme} palette:\n{describe_violations(opened)}"


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_search_that_finds_nothing_has_no_violation(browser, site_url, kinds, scheme):
    """The offer of the symptom checker and a call, shown instead of an empty result list."""
    context, page = _open_in_scheme(browser, scheme, DESKTOP)
    try:
        open_page(page, site_url + kinds["condition"])
        search_for_nothing(page)
        _assert_scheme(page, scheme)
        violations = _violations(page)
    finally:
        context.close()
    assert not violations, f"search that finds nothing, {scheme} palette:\n{describe_violations(violations)}"

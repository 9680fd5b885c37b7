"""Search through Material's real search box in Chromium, on the built site served once.

Runner queries (tests/search/): the tuning set must put a right page in the first
three results for at least 85% of its queries; the held-out set, never tuned on,
is measured and printed too. Then: the offer shown when search finds nothing or
little, and the search index and worker fetched only once search is used.
"""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from hipguide.data.load import load_site_data
from hipguide.measure.search_quality import (  # hipguide/measure/search_quality.py
    QUERY_SETS,
    describe,
    figures,
    load_queries,
    misses,
    open_search,
    run_queries,
)
from support.project import ROOT

HIT_AT_3_GATE = 0.85


@pytest.fixture(scope="module")
def search_page(browser, site_url):
    """One page with the search box open, reused by every query."""
    context = browser.new_context()
    page = context.new_page()
    open_search(page, site_url)
    yield page
    context.close()


@pytest.fixture(scope="module")
def outcomes(search_page, site_url):
    return {name: run_queries(search_page, site_url, load_queries(path)) for name, path in QUERY_SETS.items()}


def test_query_sets_are_big_enough_and_point_at_real_pages(built_site):
    for name, path in QUERY_SETS.items():
        queries = load_queries(path)
        assert len(queries) >= {"tuning": 40, "held-out": 30}[name], name
        assert len({q.text.lower() for q in queries}) == len(queries), f"{name}: a query is listed twice"
        for q in queries:
            for page in q.pages:
                assert (built_site / page / "index.html").is_file(), f"{name}: {q.text!r} expects a missing page {page}"
    tuning = {q.text.lower() for q in load_queries(QUERY_SETS["tuning"])}
    assert not tuning & {q.text.lower() for q in load_queries(QUERY_SETS["held-out"])}, "the sets must not share queries"


def test_runner_queries_find_the_right_page(capsys, outcomes):
    with capsys.disabled():  # the figures are wanted on every run, not only on failure
        for name, results in outcomes.items():
            print(f"\nsearch {describe(name, figures(results))}")
    tuning = figures(outcomes["tuning"])
    assert tuning.hit_at_3 >= HIT_AT_3_GATE, (
        f"hit@3 {tuning.hit_at_3:.1%} is below {HIT_AT_3_GATE:.0%}:\n" + "\n".join(misses(outcomes["tuning"])))


def test_no_runner_query_finds_nothing(outcomes):
    empty = [o.query.text for results in outcomes.values() for o in results if not o.results]
    assert not empty, f"these queries found nothing, though the site covers them: {empty}"


def test_nothing_found_offers_the_checker_and_a_call(search_page, site_url):
    box = search_page.locator("input.md-search__input")
    box.fill("qwxzv")
    box.press("End")
    expect(search_page.locator(".md-search-result__meta")).to_have_text("No matching documents")
    offer = search_page.locator(".md-search-result .app-search-help")
    expect(offer).to_be_visible()
    clinic = load_site_data(ROOT).clinic
    call = offer.locator('a[href^="tel:"]')
    expect(call).to_have_attribute("href", clinic.phone_href)
    expect(call).to_contain_text(clinic.phone)
    expect(offer.locator("a", has_text="symptom checker")).to_have_attribute("href", f"{site_url}/symptom-checker/")
    box.fill("")
    box.press("End")
    expect(offer).to_be_hidden()


def test_search_files_load_on_first_use_only(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(f"{site_url}/conditions/gluteal-tendinopathy/", wait_until="networkidle")
    assert not [u for u in requested if u.endswith("/search/search_index.json") or "/workers/search." in u], requested
    assert not [u for u in requested if "search-help.js" in u], "the offer's module loads with search, not before"
    with page.expect_request(lambda r: r.url.endswith("/search/search_index.json")):
        page.locator("input.md-search__input").click()
    page.keyboard.type("bridges")
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    assert any("/workers/search." in u for u in requested), "Material's worker loads with the index"
    context.close()

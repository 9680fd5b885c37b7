"""The release gates' tour: one browser visit of the whole built site, served like a real host.

The privacy and CSP gates read the same tour: Chromium opens every page of the
site, then searches, shows a symptom-checker result, fills My programme and
follows a link with instant navigation, while every request, console message
and CSP violation is recorded.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .progress import Progress
from .site_actions import (
    follow_a_link_instantly,
    open_page,
    open_programme_with_exercises,
    show_checker_result,
    use_search,
)
from .site_pages import every_page, page_kinds

# Every CSP violation, in any page, also goes to the console with this prefix (the console
# listener outlives instant navigation; the event gives the directive and the blocked thing).
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (e) => {
  console.error(`CSP violation: ${e.effectiveDirective} refused ${e.blockedURI || "inline code"}`
    + ` in ${e.sourceFile || location.pathname}:${e.lineNumber} (${e.disposition})`);
});
"""


@pytest.fixture(scope="session")
def kinds(built_site: Path) -> dict[str, str]:
    """Kind of page -> URL path of one such page."""
    return page_kinds(built_site)


@dataclass
class Tour:
    """What Chromium saw while visiting the whole site and using it."""

    origin: str
    pages: list[str] = field(default_factory=list)
    requests: list[tuple[str, str]] = field(default_factory=list)  # (page URL, requested URL)
    console: list[tuple[str, str, str]] = field(default_factory=list)  # (page URL, type, text)
    cookies: list[dict] = field(default_factory=list)
    document_cookies: dict[str, str] = field(default_factory=dict)

    def foreign_requests(self) -> list[tuple[str, str]]:
        """Requests to any host but the local server (data: and blob: are not requests to a host)."""
        return [(pg, url) for pg, url in self.requests
                if urlsplit(url).scheme not in ("data", "blob", "about") and not url.startswith(self.origin + "/")]

    def csp_messages(self) -> list[tuple[str, str]]:
        return [(pg, text) for pg, _kind, text in self.console
                if "CSP violation" in text or "Content Security Policy" in text or "Content-Security-Policy" in text]


PARALLEL_TABS = 4  # pages load side by side: most of a page's time is the 500 ms quiet-network wait


def _page_url_of(request) -> str:
    try:
        return request.frame.url
    except Exception:  # a worker's request has no frame
        return "(worker)"


@pytest.fixture(scope="session")
def tour(browser, built_site: Path, site_url: str, kinds: dict[str, str], pytestconfig) -> Tour:
    """Visit every page, then search, use the symptom checker and My programme, and navigate instantly."""
    record = Tour(origin=site_url)
    context = browser.new_context()
    context.add_init_script(CSP_LISTENER)
    context.on("request", lambda request: record.requests.append((_page_url_of(request), request.url)))
    tabs = [context.new_page() for _ in range(PARALLEL_TABS)]
    for tab in tabs:
        tab.on("console", lambda message, tab=tab: record.console.append((tab.url, message.type, message.text)))
        tab.on("pageerror", lambda error, tab=tab: record.console.append((tab.url, "pageerror", str(error))))
    try:
        paths = every_page(built_site)
        progress = Progress(pytestconfig, "the gates' tour, pages visited", len(paths))
        for start in range(0, len(paths), PARALLEL_TABS):
            batch = list(zip(tabs, paths[start:start + PARALLEL_TABS], strict=False))
            for tab, path in batch:
                tab.goto(site_url + path, wait_until="commit")
            for tab, path in batch:
                tab.wait_for_load_state("load")
                tab.wait_for_load_state("networkidle")
                record.pages.append(path)
                record.document_cookies[path] = tab.evaluate("document.cookie")
            progress.advance(len(record.pages))
        page = tabs[0]
        open_page(page, site_url + kinds["home"])
        use_search(page)
        open_page(page, site_url + kinds["symptom checker"])
        show_checker_result(page)
        open_programme_with_exercises(page, site_url + kinds["exercise"])
        open_page(page, site_url + kinds["condition"])
        follow_a_link_instantly(page)
        record.cookies = context.cookies()
    finally:
        context.close()
    return record

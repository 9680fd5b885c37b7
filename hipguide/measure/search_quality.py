"""How well the site's own search box answers runner queries: hit@1, hit@3 and MRR.

    python -m hipguide.measure.search_quality [--site FOLDER] [--queries FILE ...] [--show-misses]

Each query is typed into Material's real search box in Chromium, on one page of
the built site served once; the result links are read in the order shown. A
query hits at rank r if one of its expected pages is the r-th distinct page in
the results (MRR counts the first 10). Without --site the site is built first
into a temporary folder. Without --queries both sets in tests/search/ are run:
queries_tuning.yml (tuned on) and queries_heldout.yml (never tuned on).
tests/browser/test_search.py runs the same code in `make test`.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from hipguide.measure.chromium import launch_chromium

ROOT = Path(__file__).resolve().parents[2]  # the project this package is installed from (editable)
QUERY_SETS = {"tuning": ROOT / "tests" / "search" / "queries_tuning.yml",
              "held-out": ROOT / "tests" / "search" / "queries_heldout.yml"}
RANKS_READ = 10
# Material's own texts in the result header (partials/languages/en.html).
PLACEHOLDER = "Type to start searching"
SEARCH_INPUT = "input.md-search__input"
RESULT_META = ".md-search-result__meta"
RESULT_LINKS = "li.md-search-result__item > a.md-search-result__link"


@dataclass(frozen=True)
class Query:
    text: str
    pages: tuple[str, ...]  # site paths like conditions/gluteal-tendinopathy/


@dataclass(frozen=True)
class Outcome:
    query: Query
    results: tuple[str, ...]  # distinct page paths, best first

    @property
    def rank(self) -> int | None:
        """1-based rank of the first expected page, or None if it is not in the results read."""
        for i, path in enumerate(self.results[:RANKS_READ], 1):
            if path in self.query.pages:
                return i
        return None


def load_queries(path: Path) -> list[Query]:
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [Query(str(item["query"]), tuple(item["pages"])) for item in items]


def page_path(href: str, origin: str) -> str:
    """A result link as a site path without query or fragment: 'conditions/x/' ('' for the home page)."""
    parts = urlsplit(href)
    path = parts.path
    base = urlsplit(origin).path.rstrip("/")
    if path.startswith(base):
        path = path[len(base):]
    path = path.lstrip("/")
    return path.removesuffix("index.html")


def open_search(page, origin: str) -> None:
    """Open the home page and put the cursor in the search box, as a visitor does."""
    page.goto(origin + "/", wait_until="load")
    opener = page.locator("label.md-header__button[for=__search]")
    if opener.is_visible():  # small screens: the box sits behind a button
        opener.click()
    else:
        page.locator(SEARCH_INPUT).click()


def search(page, origin: str, text: str) -> tuple[str, ...]:
    """Type ``text`` into the open search box; return the distinct result pages, best first."""
    from playwright.sync_api import expect

    box = page.locator(SEARCH_INPUT)
    meta = page.locator(RESULT_META)
    # Clear first, so the next change of the result header belongs to this query.
    box.fill("")
    box.press("End")  # Material reads the box on keyup
    expect(meta).to_have_text(PLACEHOLDER)
    box.fill(text)
    box.press("End")
    expect(meta).not_to_have_text(PLACEHOLDER)
    hrefs = page.locator(RESULT_LINKS).evaluate_all("links => links.map(a => a.href)")
    seen: list[str] = []
    for href in hrefs:
        path = page_path(href, origin)
        if path not in seen:
            seen.append(path)
    return tuple(seen)


def run_queries(page, origin: str, queries: list[Query]) -> list[Outcome]:
    return [Outcome(q, search(page, origin, q.text)) for q in queries]


@dataclass(frozen=True)
class Figures:
    count: int
    hit_at_1: float
    hit_at_3: float
    mrr: float
    zero_results: int


def figures(outcomes: list[Outcome]) -> Figures:
    n = len(outcomes)
    ranks = [o.rank for o in outcomes]
    return Figures(
        count=n,
        hit_at_1=sum(r == 1 for r in ranks) / n,
        hit_at_3=sum(r is not None and r <= 3 for r in ranks) / n,
        mrr=sum(1 / r for r in ranks if r) / n,
        zero_results=sum(not o.results for o in outcomes),
    )


def describe(name: str, f: Figures) -> str:
    return (f"{name}: {f.count} queries, hit@1 {f.hit_at_1:.1%}, hit@3 {f.hit_at_3:.1%}, MRR {f.mrr:.3f}, "
            f"zero-result queries {f.zero_results}")


def misses(outcomes: list[Outcome]) -> list[str]:
    lines = []
    for o in outcomes:
        if o.rank is None or o.rank > 3:
            got = ", ".join(o.results[:3]) or "(no results)"
            lines.append(f"  {o.query.text!r}: rank {o.rank or '-'}; want {', '.join(o.query.pages)}; got {got}")
    return lines


def measure(site: Path, sets: dict[str, Path], show_misses: bool) -> dict[str, Figures]:
    from playwright.sync_api import sync_playwright

    from hipguide.measure.static_server import start_server

    server, origin = start_server(site)
    results = {}
    try:
        with sync_playwright() as p:
            browser = launch_chromium(p)
            page = browser.new_page()
            open_search(page, origin)
            for name, path in sets.items():
                outcomes = run_queries(page, origin, load_queries(path))
                results[name] = figures(outcomes)
                print(describe(name, results[name]))
                if show_misses:
                    print("\n".join(misses(outcomes)))
            browser.close()
    finally:
        server.shutdown()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="an already built site (default: build one now)")
    parser.add_argument("--queries", type=Path, nargs="*", help="query files (default: both sets in tests/search/)")
    parser.add_argument("--show-misses", action="store_true", help="list the queries not answered in the first three")
    args = parser.parse_args()
    sets = {p.stem: p for p in args.queries} if args.queries else QUERY_SETS
    if args.site:
        measure(args.site.resolve(), sets, args.show_misses)
        return 0
    from hipguide.cli.build import build

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        if build(ROOT, site) != 0:
            return 1
        measure(site, sets, args.show_misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())

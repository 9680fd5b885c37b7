"""Privacy gate: a visit asks no other host for anything and leaves no cookie.

Chromium's record of the whole tour (every page, search, the symptom checker,
My programme, instant navigation) proves what runs; the scan of the built files
adds what a short visit does not load (lazy images below the fold, print styles).
"""
from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

from hipguide.site.admin_build import public_html_files

# Elements whose attribute makes the browser fetch (or send) something.
RESOURCE_ATTRIBUTES = [("script", "src"), ("img", "src"), ("img", "srcset"), ("source", "src"), ("source", "srcset"),
                       ("iframe", "src"), ("video", "src"), ("video", "poster"), ("audio", "src"), ("track", "src"),
                       ("embed", "src"), ("object", "data"), ("form", "action"), ("input", "src")]
FETCHING_LINK_RELS = {"stylesheet", "preload", "modulepreload", "prefetch", "preconnect", "dns-prefetch", "icon",
                      "apple-touch-icon", "manifest"}
EXTERNAL = re.compile(r"^(https?:)?//", re.I)
CSS_URL = re.compile(r"""url\(\s*["']?([^"')]+)""")


def test_every_page_was_visited(tour, built_site: Path):
    assert len(tour.pages) == len(public_html_files(built_site))


def test_no_request_goes_to_another_host(tour):
    foreign = tour.foreign_requests()
    assert not foreign, "requests to other hosts:\n" + "\n".join(f"  {url}  (from {pg})" for pg, url in foreign)
    assert len(tour.requests) > len(tour.pages), "the tour recorded no subresource request: is the recorder broken?"


def test_no_cookie_is_set(tour):
    assert tour.cookies == [], f"cookies set: {tour.cookies}"
    assert not any(tour.document_cookies.values()), {p: c for p, c in tour.document_cookies.items() if c}


def _external_resources(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for tag, attribute in RESOURCE_ATTRIBUTES:
        for element in soup.find_all(tag, attrs={attribute: True}):
            found += [f"<{tag} {attribute}={url}>" for url in re.split(r",\s*", element[attribute])
                      if EXTERNAL.match(url.strip())]
    for link in soup.find_all("link", href=True):
        if FETCHING_LINK_RELS & set(link.get("rel", [])) and EXTERNAL.match(link["href"]):
            found.append(f"<link rel={' '.join(link['rel'])} href={link['href']}>")
    for element in soup.find_all(style=True):
        found += [f"style url({u})" for u in CSS_URL.findall(element["style"]) if EXTERNAL.match(u)]
    for style in soup.find_all("style"):
        found += [f"<style> url({u})" for u in CSS_URL.findall(style.get_text()) if EXTERNAL.match(u)]
    return found


def test_no_built_file_loads_anything_from_another_host(built_site: Path):
    problems = []
    for page in public_html_files(built_site):
        problems += [f"{page.relative_to(built_site)}: {r}" for r in _external_resources(page.read_text())]
    for sheet in sorted(built_site.rglob("*.css")):
        text = sheet.read_text()
        problems += [f"{sheet.relative_to(built_site)}: url({u})" for u in CSS_URL.findall(text) if EXTERNAL.match(u)]
        problems += [f"{sheet.relative_to(built_site)}: @import" for _ in re.finditer(r"@import\s+(url\()?[\"']?https?:", text)]
    assert not problems, "resources from other hosts:\n" + "\n".join(problems)

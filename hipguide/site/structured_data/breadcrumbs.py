"""Breadcrumb trails from page addresses, and their BreadcrumbList."""
from __future__ import annotations

from hipguide.site.structured_data.page_context import PageInfo

HOME_NAME = "Home"


def breadcrumb_trail(url: str, titles: dict[str, str], site_url: str) -> tuple[tuple[str, str], ...]:
    """Home, then every ancestor page that exists, then the page itself.

    ``url`` and the keys of ``titles`` are site-relative page addresses such as
    ``conditions/gluteal-tendinopathy/`` (the home page is ``""``).
    """
    parts = [p for p in url.strip("/").split("/") if p]
    trail = [(HOME_NAME, site_url)]
    for depth in range(1, len(parts) + 1):
        ancestor = "/".join(parts[:depth]) + "/"
        if ancestor in titles:
            trail.append((titles[ancestor], site_url + ancestor))
    return tuple(trail)


def breadcrumb_list(page: PageInfo) -> dict:
    """schema.org BreadcrumbList of the page's trail, positions from 1."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": i, "name": name, "item": url}
            for i, (name, url) in enumerate(page.trail, start=1)
        ],
    }

"""robots.txt: everything may be crawled; the sitemap's absolute address."""
from __future__ import annotations


def robots_txt(site_url: str) -> str:
    """The file's text for a site published at ``site_url`` (ending in /)."""
    return f"User-agent: *\nAllow: /\n\nSitemap: {site_url}sitemap.xml\n"

"""The text of each page's <title>."""
from __future__ import annotations


def document_title(page_title: str, site_name: str) -> str:
    """'Page - Site'; just the site name on the home page (whose title is the site name)."""
    page_title = page_title.strip()
    if not page_title or page_title == site_name:
        return site_name
    return f"{page_title} - {site_name}"

"""Search-engine and link-preview data of one page, as the theme reads it (``app_seo``).

overrides/partials/app-seo-*.html write it into each page's <head>: title,
description, canonical address, JSON-LD items and the share picture.
"""
from __future__ import annotations

from hipguide.data.site_data import SiteData
from hipguide.site import share_image
from hipguide.site.document_title import document_title
from hipguide.site.structured_data import PageInfo, SiteInfo, page_structured_data


def seo_context(data: SiteData, site: SiteInfo, info: PageInfo) -> dict:
    """The ``app_seo`` values of the page ``info`` describes."""
    return {
        "title": document_title(info.title, site.name),
        "page_title": info.title or site.name,
        "description": info.description,
        "url": info.url,
        "structured_data": page_structured_data(data, site, info),
        "image_url": site.image_url,
        "image_alt": share_image.alt_text(site.name, data.clinic.name),
        "image_width": share_image.WIDTH,
        "image_height": share_image.HEIGHT,
        "og_type": "website" if info.kind == "home" else "article",
    }

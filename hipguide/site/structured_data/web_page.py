"""The WebPage node every page's JSON-LD starts from."""
from __future__ import annotations

from hipguide.data.site_data import SiteData
from hipguide.site.structured_data.clinic import clinic_reference, reviewer
from hipguide.site.structured_data.page_context import LANGUAGE, PageInfo, SiteInfo


def plain_web_page(site: SiteInfo, page: PageInfo, data: SiteData, schema_type: str) -> dict:
    """A WebPage (or subtype) with the page's name, description and address."""
    return {
        "@context": "https://schema.org",
        "@type": schema_type,
        "@id": page.url + "#webpage",
        "url": page.url,
        "name": page.title,
        "description": page.description,
        "inLanguage": LANGUAGE,
        "isPartOf": {"@id": site.website_id},
        "publisher": clinic_reference(data.clinic, site),
    }


def reviewed_web_page(site: SiteInfo, page: PageInfo, data: SiteData, schema_type: str, reviewed) -> dict:
    """A page about clinical content: lastReviewed and reviewedBy only after a real, named review."""
    node = plain_web_page(site, page, data, schema_type)
    if reviewed.is_reviewed:
        node["lastReviewed"] = reviewed.last_reviewed.isoformat()
        node["reviewedBy"] = reviewer(reviewed.reviewed_by, data.clinic, site)
    return node

"""Which JSON-LD items each kind of page carries."""
from __future__ import annotations

from hipguide.data.collections import CONDITIONS, EXERCISES, FAQS
from hipguide.data.site_data import SiteData
from hipguide.site.structured_data.breadcrumbs import breadcrumb_list
from hipguide.site.structured_data.clinic import clinic_reference, physiotherapy
from hipguide.site.structured_data.condition import condition_web_page
from hipguide.site.structured_data.exercise import exercise_web_page
from hipguide.site.structured_data.faq import faq_index_web_page, faq_web_page
from hipguide.site.structured_data.page_context import LANGUAGE, PageInfo, SiteInfo
from hipguide.site.structured_data.web_page import plain_web_page

# The schema.org type of the page node for kinds without a builder of their own.
PLAIN_PAGE_TYPES = {
    f"{CONDITIONS.name}-index": "CollectionPage",
    f"{EXERCISES.name}-index": "CollectionPage",
    "contact": "ContactPage",
    "page": "WebPage",
}
# The page kind (front matter's app_kind) -> the builder of its page node.
PAGE_BUILDERS = {
    CONDITIONS.name: condition_web_page,
    EXERCISES.name: exercise_web_page,
    FAQS.name: faq_web_page,
    f"{FAQS.name}-index": faq_index_web_page,
}


def website(site: SiteInfo, data: SiteData) -> dict:
    """The site itself, for the home page."""
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "@id": site.website_id,
        "url": site.url,
        "name": site.name,
        "description": site.description,
        "inLanguage": LANGUAGE,
        "publisher": clinic_reference(data.clinic, site),
    }


def page_structured_data(data: SiteData, site: SiteInfo, page: PageInfo) -> list[dict]:
    """The JSON-LD items of one page, each a complete document with its own @context.

    Home: WebSite and Physiotherapy. Contact: ContactPage, Physiotherapy and
    BreadcrumbList. Every other page: its page node and a BreadcrumbList.
    """
    if page.kind == "home":
        return [website(site, data), physiotherapy(data.clinic, site)]
    builder = PAGE_BUILDERS.get(page.kind)
    if builder is not None:
        items = [builder(data, site, page)]
    else:
        items = [plain_web_page(site, page, data, PLAIN_PAGE_TYPES.get(page.kind, "WebPage"))]
    if page.kind == "contact":
        items[0]["mainEntity"] = {"@id": site.clinic_id}
        items.append(physiotherapy(data.clinic, site))
    items.append(breadcrumb_list(page))
    return items

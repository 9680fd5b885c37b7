"""The common-questions page and one page per question."""
from __future__ import annotations

from hipguide.data.collections import FAQS
from hipguide.data.site_data import SiteData
from hipguide.site.pages.collection_page import collection_page
from hipguide.site.pages.generated_page import GeneratedPage, front_matter
from hipguide.site.pages.render import render_page

FAQ_INDEX_DESCRIPTION = ("Straight answers to what runners ask about hip pain: running through pain, when it is "
                         "serious, rest days, strength training and when to see a physio.")


def faq_page(data: SiteData, faq_id: str) -> GeneratedPage:
    """questions/<id>.md: one question, direct answer first."""
    return collection_page(data, FAQS, faq_id, {"f": data.faqs[faq_id], "data": data})


def faq_index_page(data: SiteData) -> GeneratedPage:
    """questions/index.md: every question as its own heading with a stable anchor (its id)."""
    markdown = render_page(
        "faq_index.md.j2",
        front_matter("Common questions", FAQ_INDEX_DESCRIPTION, f"{FAQS.name}-index"),
        data=data, clinic=data.clinic, advice=data.advice,
    )
    return GeneratedPage(FAQS.page_uri(), markdown, f"{FAQS.folder}/", f"{FAQS.name}-index", in_nav=True)

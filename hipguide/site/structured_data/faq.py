"""The questions page (FAQPage of every question) and each question's own page (FAQPage of one).

Google stopped showing FAQ rich results, so these are plain valid schema.org;
the answers are also in the HTML, one heading and anchor per question.
"""
from __future__ import annotations

from hipguide.data.models import Faq
from hipguide.data.site_data import SiteData
from hipguide.site.structured_data.page_context import PageInfo, SiteInfo
from hipguide.site.structured_data.web_page import plain_web_page, reviewed_web_page


def question(f: Faq, url: str) -> dict:
    """A Question with its accepted answer: the short answer, then the detail, as on the page."""
    return {
        "@type": "Question",
        "name": f.question,
        "url": url,
        "acceptedAnswer": {"@type": "Answer", "text": "\n\n".join([f.short_answer, *f.answer])},
    }


def _faq_page(site: SiteInfo, page: PageInfo, data: SiteData, questions: list[dict]) -> dict:
    node = plain_web_page(site, page, data, "FAQPage")
    node["mainEntity"] = questions
    return node


def faq_index_web_page(data: SiteData, site: SiteInfo, page: PageInfo) -> dict:
    """Every question, each pointing at its anchor on the questions page."""
    return _faq_page(site, page, data, [question(f, f"{page.url}#{f.id}") for f in data.faqs.values()])


def faq_web_page(data: SiteData, site: SiteInfo, page: PageInfo) -> dict:
    """One question on its own page, with its review date and reviewer."""
    f = data.faqs[page.app_id]
    node = reviewed_web_page(site, page, data, "FAQPage", f)
    node["mainEntity"] = [question(f, page.url)]
    return node

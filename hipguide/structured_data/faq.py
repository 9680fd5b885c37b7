"""The questions page (FAQPage of every question) and each question's own page (FAQPage of one).

Google stopped showing FAQ rich results, so these are plain valid schema.org;
the answers are also in the HTML, one heading and anchor per question.
"""
from __future__ import annotations

from ..models import Faq
from ..site_data import SiteData
from .clinic import clinic_reference, reviewer
from .page_context import LANGUAGE, PageInfo, SiteInfo


def question(f: Faq, url: str) -> dict:
    """A Question with its accepted answer: the short answer, then the detail, as on the page."""
    return {
        "@type": "Question",
        "name": f.question,
        "url": url,
        "acceptedAnswer": {"@type": "Answer", "text": "\n\n".join([f.short_answer, *f.answer])},
    }


def _faq_page(site: SiteInfo, page: PageInfo, data: SiteData, questions: list[dict]) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "@id": page.url + "#webpage",
        "url": page.url,
        "name": page.title,
        "description": page.description,
        "inLanguage": LANGUAGE,
        "isPartOf": {"@id": site.website_id},
        "publisher": clinic_reference(data.clinic, site),
        "mainEntity": questions,
    }


def faq_index_page(data: SiteData, site: SiteInfo, page: PageInfo) -> dict:
    """Every question, each pointing at its anchor on the questions page."""
    return _faq_page(site, page, data, [question(f, f"{page.url}#{f.id}") for f in data.faqs.values()])


def faq_single_page(data: SiteData, site: SiteInfo, page: PageInfo) -> dict:
    """One question on its own page, with its review date and reviewer."""
    f = data.faqs[page.app_id]
    node = _faq_page(site, page, data, [question(f, page.url)])
    node["lastReviewed"] = f.last_reviewed.isoformat()
    node["reviewedBy"] = reviewer(f.reviewed_by, data.clinic, site)
    return node

"""The common-questions page and one page per question."""
from __future__ import annotations

from hipguide.data.site_data import SiteData
from hipguide.site.pages.generated_page import GeneratedPage, front_matter, reviewed_front_matter
from hipguide.site.pages.render import render_page

FAQ_INDEX_DESCRIPTION = ("Straight answers to what runners ask about hip pain: running through pain, when it is "
                         "serious, rest days, strength training and when to see a physio.")


def faq_page(data: SiteData, faq_id: str) -> GeneratedPage:
    """questions/<id>.md: one question, direct answer first."""
    f = data.faqs[faq_id]
    markdown = render_page(
        "faq_page.md.j2",
        reviewed_front_matter(f, f.question, _description(f.short_answer), "faq"),
        f=f, data=data, clinic=data.clinic, advice=data.advice, prefix="",
    )
    return GeneratedPage(f"questions/{f.id}.md", markdown, data.source_files[("faqs", f.id)], "faq")


def faq_index_page(data: SiteData) -> GeneratedPage:
    """questions/index.md: every question as its own heading with a stable anchor (its id)."""
    markdown = render_page(
        "faq_index.md.j2",
        front_matter("Common questions", FAQ_INDEX_DESCRIPTION, "faq-index"),
        data=data, clinic=data.clinic, advice=data.advice, prefix="",
    )
    return GeneratedPage("questions/index.md", markdown, "data/faqs/", "faq-index")


def _description(short_answer: str) -> str:
    """A meta description of at most 160 characters, cut at a word."""
    if len(short_answer) <= 160:
        return short_answer
    cut = short_answer[:157].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "..."

"""Every page made from data, in one list."""
from __future__ import annotations

from hipguide.data.site_data import SiteData
from hipguide.site.pages.condition_page import condition_page
from hipguide.site.pages.exercise_page import exercise_page
from hipguide.site.pages.faq_pages import faq_index_page, faq_page
from hipguide.site.pages.generated_page import GeneratedPage
from hipguide.site.pages.index_pages import conditions_index_page, exercises_index_page


def build_pages(data: SiteData) -> list[GeneratedPage]:
    """One page per condition, exercise and question, plus the three index pages."""
    pages = [conditions_index_page(data), exercises_index_page(data), faq_index_page(data)]
    pages += [condition_page(data, i) for i in data.conditions]
    pages += [exercise_page(data, i) for i in data.exercises]
    pages += [faq_page(data, i) for i in data.faqs]
    return pages

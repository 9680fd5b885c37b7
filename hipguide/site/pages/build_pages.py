"""Every page made from data, in one list."""
from __future__ import annotations

from hipguide.data.collections import CONDITIONS, EXERCISES, FAQS, Collection, all_collections
from hipguide.data.site_data import SiteData
from hipguide.site.pages.collection_page import collection_page
from hipguide.site.pages.condition_page import condition_page
from hipguide.site.pages.exercise_page import exercise_page
from hipguide.site.pages.faq_pages import faq_index_page, faq_page
from hipguide.site.pages.generated_page import GeneratedPage
from hipguide.site.pages.index_pages import conditions_index_page, exercises_index_page

# Collections whose pages need more than their item (linked pages, pictures); others get collection_page's default.
ITEM_PAGES = {CONDITIONS.kind: condition_page, EXERCISES.kind: exercise_page, FAQS.kind: faq_page}
# The index page of each collection with has_index_page.
INDEX_PAGES = {CONDITIONS.kind: conditions_index_page, EXERCISES.kind: exercises_index_page, FAQS.kind: faq_index_page}


def _item_page(data: SiteData, collection: Collection, item_id: str) -> GeneratedPage:
    builder = ITEM_PAGES.get(collection.kind)
    return builder(data, item_id) if builder else collection_page(data, collection, item_id)


def build_pages(data: SiteData) -> list[GeneratedPage]:
    """Each collection's index page, then one page per item of each collection."""
    pages = [INDEX_PAGES[c.kind](data) for c in all_collections() if c.has_index_page]
    pages += [_item_page(data, c, i) for c in all_collections() for i in data.collections[c.kind]]
    return pages

"""The page of one item of any collection: its template, front matter, address and source file from the registry."""
from __future__ import annotations

from hipguide.data.collections import Collection
from hipguide.data.site_data import SiteData
from hipguide.site.pages.generated_page import GeneratedPage, reviewed_front_matter
from hipguide.site.pages.render import render_page

META_DESCRIPTION_MAX = 160  # characters search engines show


def meta_description(text: str) -> str:
    """A meta description of at most 160 characters, cut at a word."""
    if len(text) <= META_DESCRIPTION_MAX:
        return text
    cut = text[:META_DESCRIPTION_MAX - 3].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "..."


def collection_page(data: SiteData, collection: Collection, item_id: str, context: dict | None = None) -> GeneratedPage:
    """<page folder>/<id>.md from the collection's template.

    ``context`` is what the template is given besides the clinic and advice; without it,
    the template gets the item as ``item`` and all the data as ``data``.
    """
    item = data.collections[collection.kind][item_id]
    meta = reviewed_front_matter(item, getattr(item, collection.title_field),
                                 meta_description(getattr(item, collection.description_field)), collection.name)
    if collection.search_boost is not None:
        meta["search"] = {"boost": collection.search_boost}
    markdown = render_page(collection.page_template, meta, **(context or {"item": item, "data": data}),
                           clinic=data.clinic, advice=data.advice)
    return GeneratedPage(collection.page_uri(item_id), markdown, data.source_files[(collection.kind, item_id)],
                         collection.name)

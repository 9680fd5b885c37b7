"""Models -> schema.org JSON-LD dicts for each page (plain Python, no MkDocs).

The theme writes each dict into a ``<script type="application/ld+json">`` with
Jinja's ``tojson``, which escapes ``<``, ``>`` and ``&`` so YAML text cannot
end the script element early.
"""
from hipguide.site.structured_data.page_context import PageInfo, SiteInfo
from hipguide.site.structured_data.page_graph import page_structured_data

__all__ = ["PageInfo", "SiteInfo", "page_structured_data"]

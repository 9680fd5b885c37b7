"""Models -> Markdown of each generated page (plain Python, no MkDocs)."""
from hipguide.site.pages.build_pages import GeneratedPage, build_pages

__all__ = ["GeneratedPage", "build_pages"]

"""Models -> Markdown of each generated page (plain Python, no MkDocs)."""
from .build_pages import GeneratedPage, build_pages

__all__ = ["GeneratedPage", "build_pages"]

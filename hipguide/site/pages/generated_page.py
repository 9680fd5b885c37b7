"""What the build needs to know about one generated page."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GeneratedPage:
    """A page made from data: where it goes, its Markdown, and the file to edit."""

    src_uri: str  # e.g. conditions/gluteal-tendinopathy.md
    markdown: str
    edit_path: str  # e.g. data/conditions/gluteal-tendinopathy.yml
    kind: str  # condition, exercise, faq, faq-index, condition-index, exercise-index
    # Index pages are in mkdocs.yml's nav; a page per item is not (the menu would grow with the data).
    in_nav: bool = False


def front_matter(title: str, description: str, kind: str, **extra) -> dict:
    """Front matter every generated page carries; macros are off for data text."""
    return {"title": title, "description": description, "render_macros": False, "app_kind": kind, **extra}


def reviewed_front_matter(obj, title: str, description: str, kind: str) -> dict:
    """Front matter of a page about one item of a collection: its review dates once it has a real review."""
    if not getattr(obj, "is_reviewed", False):
        return front_matter(title, description, kind, app_id=obj.id)
    return front_matter(title, description, kind, app_id=obj.id,
                        last_reviewed=obj.last_reviewed.isoformat(), next_review=obj.next_review.isoformat())

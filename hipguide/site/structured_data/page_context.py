"""What the JSON-LD builders need to know about the site and the page."""
from __future__ import annotations

from dataclasses import dataclass, field

LANGUAGE = "en-AU"


@dataclass(frozen=True)
class SiteInfo:
    """The published site: absolute address (ends in /), name, description, share image."""

    url: str
    name: str
    description: str
    image_url: str

    @property
    def website_id(self) -> str:
        return self.url + "#website"

    @property
    def clinic_id(self) -> str:
        return self.url + "#clinic"


@dataclass(frozen=True)
class PageInfo:
    """One built page: its canonical address, title, description and kind.

    ``kind`` is the front matter's ``app_kind`` (condition, exercise, faq,
    faq-index, condition-index, exercise-index, contact) or ``home`` or
    ``page`` for other hand-written pages. ``trail`` is the breadcrumb trail
    from the home page to this page, as (name, absolute url) pairs.
    """

    url: str
    title: str
    description: str
    kind: str
    app_id: str = ""
    trail: tuple[tuple[str, str], ...] = field(default_factory=tuple)

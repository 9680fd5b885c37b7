"""The picture shown when a page is shared (Open Graph and Twitter cards): one, self-hosted."""
from __future__ import annotations

PATH = "assets/brand/og-image.png"  # under docs/; hipguide/drawings/share_picture.py draws it (make share-picture)
WIDTH = 1200
HEIGHT = 630  # 1.91:1, the size link previews expect


def alt_text(site_name: str, clinic_name: str) -> str:
    """What the picture shows, for screen readers and when it cannot load."""
    return f"{site_name}: a guide from the running physios at {clinic_name}"

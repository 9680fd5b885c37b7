"""Warnings for clinic details that still hold made-up values."""
from __future__ import annotations

from .site_data import SiteData


def placeholder_warnings(data: SiteData) -> list[str]:
    """One sentence per placeholder field named in data/clinic.yml."""
    return [f"data/clinic.yml: {name} is still a placeholder. Put in the real value and remove "
            f"'{name}' from the placeholders list before publishing." for name in data.clinic.placeholders]

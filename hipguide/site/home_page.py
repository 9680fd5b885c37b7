"""What the home page (overrides/home.html) lists, taken from data/: no made-up popularity."""
from __future__ import annotations

from hipguide.data.collections import CONDITIONS, EXERCISES, page_url
from hipguide.data.site_data import SiteData
from hipguide.site.pages.index_pages import condition_groups


def home_context(data: SiteData) -> dict:
    """Body-map areas (links to the conditions index's sections), all conditions, the beginner exercises."""
    return {
        "areas": {g["area"]: {"anchor": g["id"], "label": g["label"], "count": len(g["conditions"])}
                  for g in condition_groups(data) if g["area"] != "other"},
        "conditions": [{"name": c.name, "url": page_url(CONDITIONS.kind, c.id)} for c in data.conditions.values()],
        "exercises": [{"name": e.name, "url": page_url(EXERCISES.kind, e.id)}
                      for e in data.exercises.values() if e.level == "beginner"],
    }

"""The general red flags (data/advice.yml) as one HTML block for hand-written pages.

The home page and the programme page include it with ``{{ general_red_flags }}``;
condition pages and the checker show the same items from the same data.
"""
from __future__ import annotations

from markupsafe import Markup

from hipguide.data.site_data import SiteData
from hipguide.site.pages.render import ENV

_TEMPLATE = ENV.from_string('{% import "_macros.md.j2" as m %}{{ m.care_cards(advice, clinic) }}')


def general_red_flags_html(data: SiteData) -> Markup:
    """The three care cards of general red flags, every value escaped."""
    return Markup(_TEMPLATE.render(advice=data.advice, clinic=data.clinic).strip())

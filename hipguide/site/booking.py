"""The booking call-to-action block for theme templates, from the same macro as generated pages."""
from __future__ import annotations

from collections.abc import Mapping

from markupsafe import Markup

from hipguide.site.pages.render import ENV


def booking_cta_html(clinic: Mapping, heading: str) -> Markup:
    """The page-end booking block (escaped HTML) for a hand-written page.

    ``clinic`` is the dict of ``config.extra.clinic`` (it has ``phone_href``);
    the markup comes from ``booking_cta`` in hipguide/site/pages/_macros.md.j2, so
    every page's block is the same.
    """
    macro = ENV.get_template("_macros.md.j2").module.booking_cta
    return Markup(macro(clinic, heading))

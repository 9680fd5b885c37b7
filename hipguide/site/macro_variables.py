"""What hand-written pages (through mkdocs-macros) and theme templates read from ``config.extra``.

Every data value arrives as inert text (hipguide/site/macro_values.py): macros paste
these into Markdown before it is read.
"""
from __future__ import annotations

from hipguide.data.site_data import SiteData
from hipguide.site.home_page import home_context
from hipguide.site.macro_values import macro_values
from hipguide.site.pages.body_map import checker_body_map
from hipguide.site.pages.red_flags import general_red_flags_html
from hipguide.site.template_context import clinic_context


def macro_variables(data: SiteData) -> dict:
    """``clinic``, ``advice``, ``general_red_flags``, ``home`` and ``symptom_checker``.

    Raises hipguide.site.macro_values.UnsafeLink for a clinic link that is not safe to insert.
    """
    checker = macro_values({"intro": data.symptom_checker.intro, "wording": data.symptom_checker.wording.model_dump()})
    checker["body_map"] = str(checker_body_map())  # our own drawing of the body (no data text), added after
    return {
        "clinic": macro_values(clinic_context(data.clinic)),
        "advice": macro_values(data.advice.model_dump()),
        # The general red flags as escaped HTML: hand-written pages include it with {{ general_red_flags }}.
        "general_red_flags": str(general_red_flags_html(data)),
        "home": home_context(data),  # overrides/home.html
        # The checker page's static sentences (intro, privacy, no-JavaScript message) come from the same YAML.
        "symptom_checker": checker,
    }

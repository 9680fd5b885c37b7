"""A condition's page."""
from __future__ import annotations

from hipguide.data.collections import CONDITIONS
from hipguide.data.site_data import SiteData
from hipguide.site.pages.body_map import condition_body_map
from hipguide.site.pages.collection_page import collection_page
from hipguide.site.pages.generated_page import GeneratedPage


def condition_page(data: SiteData, condition_id: str) -> GeneratedPage:
    """conditions/<id>.md: care cards, exercises, FAQs, review dates."""
    c = data.conditions[condition_id]
    return collection_page(data, CONDITIONS, condition_id, {
        "c": c,
        "exercises": [data.exercises[i] for i in c.exercises],
        "faqs": data.faqs_for_condition(c.id),
        "body_map": condition_body_map(c, data.symptom_checker),
    })

"""A condition's page."""
from __future__ import annotations

from hipguide.data.site_data import SiteData
from hipguide.site.pages.body_map import condition_body_map
from hipguide.site.pages.generated_page import GeneratedPage, reviewed_front_matter
from hipguide.site.pages.render import render_page

# Material's per-page search boost: a condition page is what most symptom searches want
# (tuned with hipguide/measure/search_quality.py).
CONDITION_SEARCH_BOOST = 1.5


def condition_page(data: SiteData, condition_id: str) -> GeneratedPage:
    """conditions/<id>.md: care cards, exercises, FAQs, review dates."""
    c = data.conditions[condition_id]
    markdown = render_page(
        "condition_page.md.j2",
        {**reviewed_front_matter(c, c.name, c.summary, "condition"), "search": {"boost": CONDITION_SEARCH_BOOST}},
        c=c, clinic=data.clinic, advice=data.advice,
        exercises=[data.exercises[i] for i in c.exercises],
        faqs=data.faqs_for_condition(c.id),
        body_map=condition_body_map(c, data.symptom_checker),
    )
    return GeneratedPage(f"conditions/{c.id}.md", markdown, data.source_files[("conditions", c.id)], "condition")

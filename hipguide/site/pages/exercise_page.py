"""An exercise's page."""
from __future__ import annotations

from hipguide.data.site_data import SiteData
from hipguide.site.pages.generated_page import GeneratedPage, reviewed_front_matter
from hipguide.site.pages.render import render_page


def exercise_page(data: SiteData, exercise_id: str) -> GeneratedPage:
    """exercises/<id>.md: dosage, steps, pain rule, versions, conditions it helps."""
    e = data.exercises[exercise_id]
    markdown = render_page(
        "exercise_page.md.j2",
        reviewed_front_matter(e, e.name, e.summary, "exercise"),
        e=e, clinic=data.clinic, advice=data.advice,
        easier=data.easier_of(e.id), harder=data.harder_of(e.id),
        conditions=data.conditions_for_exercise(e.id),
        diagram=data.pictures.get(e.id),
    )
    return GeneratedPage(f"exercises/{e.id}.md", markdown, data.source_files[("exercises", e.id)], "exercise")

"""An exercise's page."""
from __future__ import annotations

from hipguide.data.collections import EXERCISES
from hipguide.data.site_data import SiteData
from hipguide.site.pages.collection_page import collection_page
from hipguide.site.pages.generated_page import GeneratedPage


def exercise_page(data: SiteData, exercise_id: str) -> GeneratedPage:
    """exercises/<id>.md: dosage, steps, pain rule, versions, conditions it helps."""
    e = data.exercises[exercise_id]
    return collection_page(data, EXERCISES, exercise_id, {
        "e": e,
        "easier": data.easier_of(e.id), "harder": data.harder_of(e.id),
        "conditions": data.conditions_for_exercise(e.id),
        "diagram": data.pictures.get(e.id),
    })

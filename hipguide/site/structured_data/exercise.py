"""An exercise page: a MedicalWebPage whose main entity is an ExercisePlan."""
from __future__ import annotations

from hipguide.data.models import Exercise
from hipguide.data.site_data import SiteData
from hipguide.site.pages.render import slug_words
from hipguide.site.structured_data.page_context import PageInfo, SiteInfo
from hipguide.site.structured_data.web_page import reviewed_web_page


def exercise_plan(e: Exercise) -> dict:
    """The ExercisePlan properties that fit: frequency, repetitions or hold time, rest, muscles."""
    d = e.dosage
    each = " on each side" if d.each_side else ""
    node = {"@type": "ExercisePlan", "name": e.name}
    if e.also_known_as:
        node["alternateName"] = list(e.also_known_as)
    node.update({
        "description": e.summary,
        "activityFrequency": f"{d.sessions_per_week.replace('-', ' to ')} times a week",
        "additionalVariable": f"{d.sets} set{'s' if d.sets != 1 else ''}{each}",
        "restPeriods": {"@type": "QuantitativeValue", "value": d.rest_seconds, "unitCode": "SEC"},
        "intensity": e.level.capitalize(),
        "associatedAnatomy": [{"@type": "AnatomicalStructure", "name": slug_words(m).capitalize()}
                              for m in [*e.muscles.primary, *e.muscles.secondary]],
    })
    if d.reps is not None:
        node["repetitions"] = d.reps
    else:
        node["activityDuration"] = f"PT{d.hold_seconds}S"
    return node


def exercise_web_page(data: SiteData, site: SiteInfo, page: PageInfo) -> dict:
    """MedicalWebPage with lastReviewed, reviewedBy and the exercise as its main entity."""
    e = data.exercises[page.app_id]
    node = reviewed_web_page(site, page, data, "MedicalWebPage", e)
    node["medicalAudience"] = {"@type": "MedicalAudience", "audienceType": "Patient"}
    node["mainEntity"] = exercise_plan(e)
    return node

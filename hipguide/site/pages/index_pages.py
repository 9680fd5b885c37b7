"""The conditions and exercises index pages (the questions' is in faq_pages.py)."""
from __future__ import annotations

from hipguide.data.collections import CONDITIONS, EXERCISES
from hipguide.data.site_data import SiteData
from hipguide.site.pages.generated_page import GeneratedPage, front_matter
from hipguide.site.pages.render import render_page

CONDITIONS_DESCRIPTION = ("The common causes of hip pain in runners, grouped by where it hurts: tendons, bursitis, "
                          "strains, impingement, labral tears, the low back and stress fractures.")
EXERCISES_DESCRIPTION = ("Hip strengthening exercises for runners, from beginner to advanced, with sets, reps, "
                         "steps and tips from the clinic's running physios.")


def main_area(data: SiteData, condition) -> str:
    """The location option the condition's symptom weights point to most (also used by its JSON-LD)."""
    weights = condition.symptom_weights.get("location", {})
    order = data.symptom_checker.option_ids().get("location", [])
    ranked = sorted((w, -order.index(o), o) for o, w in weights.items() if o in order and w > 0)
    return ranked[-1][2] if ranked else "other"


def condition_groups(data: SiteData) -> list[dict]:
    """Conditions grouped by where they mostly hurt: the conditions index's sections (and the home page's body map)."""
    location = next((q for q in data.symptom_checker.questions if q.id == "location"), None)
    labels = {o.id: o.label for o in location.options} if location else {}
    groups = []
    for area in list(labels) + ["other"]:
        items = [c for c in data.conditions.values() if main_area(data, c) == area]
        if items:
            groups.append({"id": f"area-{area}", "area": area, "label": labels.get(area, "Other causes"),
                           "conditions": items})
    return groups


def conditions_index_page(data: SiteData) -> GeneratedPage:
    """conditions/index.md: conditions grouped by where they mostly hurt."""
    groups = condition_groups(data)
    markdown = render_page("conditions_index.md.j2",
                           front_matter("Conditions", CONDITIONS_DESCRIPTION, f"{CONDITIONS.name}-index"),
                           groups=groups, clinic=data.clinic, advice=data.advice)
    return GeneratedPage(CONDITIONS.page_uri(), markdown, f"{CONDITIONS.folder}/", f"{CONDITIONS.name}-index", in_nav=True)


def exercises_index_page(data: SiteData) -> GeneratedPage:
    """exercises/index.md: exercises grouped by level."""
    levels = [(lvl, [e for e in data.exercises.values() if e.level == lvl])
              for lvl in ("beginner", "intermediate", "advanced")]
    markdown = render_page("exercises_index.md.j2",
                           front_matter("Exercises", EXERCISES_DESCRIPTION, f"{EXERCISES.name}-index"),
                           levels=[(lvl, items) for lvl, items in levels if items],
                           clinic=data.clinic, advice=data.advice)
    return GeneratedPage(EXERCISES.page_uri(), markdown, f"{EXERCISES.folder}/", f"{EXERCISES.name}-index", in_nav=True)

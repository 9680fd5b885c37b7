"""The body map: one drawing of the body for the symptom checker and every condition's "where it hurts" figure.

A condition's areas come from its symptom checker `location` weights, so where
the picture says it hurts and where the checker looks for it never disagree:
the areas with the condition's highest positive weight are where it usually
hurts, other positive weights are where it can also hurt.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from hipguide.data.models import Condition, SymptomChecker
from hipguide.site.pages.render import ENV

TEMPLATE = "_body_map.svg.j2"


@dataclass(frozen=True)
class PainAreas:
    """A condition's marked areas, as location answer ids in the checker's order."""

    main: tuple[str, ...]
    also: tuple[str, ...]

    def marks(self) -> dict[str, str]:
        return {**{a: "main" for a in self.main}, **{a: "also" for a in self.also}}


def pain_areas(condition: Condition, checker: SymptomChecker) -> PainAreas:
    weights = {k: v for k, v in condition.symptom_weights.get("location", {}).items() if v > 0}
    order = list(checker.location_areas())
    top = max(weights.values(), default=0)
    main = tuple(a for a in order if weights.get(a) == top)
    also = tuple(a for a in order if a in weights and weights[a] != top)
    return PainAreas(main, also)


def pain_areas_alt(condition: Condition, areas: PainAreas, checker: SymptomChecker) -> str:
    """The figure's text alternative, from the area names in data/symptom-checker.yml."""
    names = checker.location_areas()
    # Semicolons between areas: an area's name may hold a comma or an "and".
    text = f"{condition.name}: where it hurts, on a body seen from the front, side and back. "
    text += f"Usually hurts: {'; '.join(names[a] for a in areas.main)}."
    if areas.also:
        text += f" Can also hurt: {'; '.join(names[a] for a in areas.also)}."
    return text


def checker_body_map() -> Markup:
    """The symptom checker's map: every region, unnamed (ui.js names them after the answers)."""
    return Markup(ENV.get_template(TEMPLATE).render(marks=None).strip())


def condition_body_map(condition: Condition, checker: SymptomChecker) -> tuple[Markup, PainAreas, str] | None:
    """The condition's figure (inline SVG named by aria-label: a page has one <title>), its areas and its alt text.

    None if no location answer weighs for the condition.
    """
    areas = pain_areas(condition, checker)
    if not areas.main:
        return None
    alt = pain_areas_alt(condition, areas, checker)
    svg = ENV.get_template(TEMPLATE).render(marks=areas.marks(), title=alt).strip()
    return Markup(svg), areas, alt

"""A condition page: MedicalWebPage about a MedicalCondition."""
from __future__ import annotations

from hipguide.data.models import Condition
from hipguide.site.pages.index_pages import main_area
from hipguide.data.site_data import SiteData
from hipguide.site.structured_data.page_context import PageInfo, SiteInfo
from hipguide.site.structured_data.web_page import reviewed_web_page

# The page's own headings for each part of the treatment (condition_page.md.j2).
TREATMENTS = [
    ("load_management", "PhysicalTherapy", "Managing your running load"),
    ("strength", "PhysicalTherapy", "Strength training"),
    ("running_technique", "PhysicalTherapy", "Running technique changes"),
    ("other", "MedicalTherapy", "Other care"),
]


def _anatomy(data: SiteData, c: Condition) -> dict:
    """Where it hurts: the symptom checker's label for its main area, described in the YAML's words."""
    area = main_area(data, c)
    location = next((q for q in data.symptom_checker.questions if q.id == "location"), None)
    labels = {o.id: o.label for o in location.options} if location else {}
    return {"@type": "SuperficialAnatomy", "name": labels.get(area, "Hip"), "description": c.where_it_hurts}


def medical_condition(data: SiteData, c: Condition) -> dict:
    """name, alternateName, signOrSymptom, possibleTreatment, associatedAnatomy, riskFactor."""
    node = {"@type": "MedicalCondition", "name": c.name}
    if c.also_known_as:
        node["alternateName"] = list(c.also_known_as)
    node.update({
        "description": c.summary,
        "associatedAnatomy": _anatomy(data, c),
        "signOrSymptom": [{"@type": "MedicalSymptom", "name": s} for s in c.symptoms],
        "riskFactor": [{"@type": "MedicalRiskFactor", "name": r} for r in c.risk_factors],
        "possibleTreatment": [
            {"@type": kind, "name": name, "description": " ".join(getattr(c.treatment, field))}
            for field, kind, name in TREATMENTS if getattr(c.treatment, field)
        ],
        "expectedPrognosis": c.outlook,
    })
    return node


def condition_web_page(data: SiteData, site: SiteInfo, page: PageInfo) -> dict:
    """MedicalWebPage with lastReviewed, reviewedBy and about the condition."""
    c = data.conditions[page.app_id]
    node = reviewed_web_page(site, page, data, "MedicalWebPage", c)
    node["medicalAudience"] = {"@type": "MedicalAudience", "audienceType": "Patient"}
    node["about"] = medical_condition(data, c)
    return node

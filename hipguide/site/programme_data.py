"""The exercises as the My programme page needs them: programme/exercises.json.

The page's script fetches this one file to show each chosen exercise's dosage,
steps, cues and easier or harder versions. The dosage limits come from the
Dosage model, so the page's number boxes accept exactly what the YAML may hold.
"""
from __future__ import annotations

import json

from annotated_types import Ge, Le

from hipguide.data.collections import EXERCISES, page_url
from hipguide.data.models.exercise import Dosage, Exercise
from hipguide.data.site_data import SiteData

PROGRAMME_JSON_URI = "programme/exercises.json"
FORMAT_VERSION = 1


def dosage_limits() -> dict[str, dict[str, int]]:
    """{'sets': {'min': 1, 'max': 6}, 'reps': ..., 'hold_seconds': ...} from the Dosage model."""
    limits = {}
    for name in ("sets", "reps", "hold_seconds"):
        bounds = {}
        for rule in Dosage.model_fields[name].metadata:
            if isinstance(rule, Ge):
                bounds["min"] = rule.ge
            elif isinstance(rule, Le):
                bounds["max"] = rule.le
        limits[name] = bounds
    return limits


def _version(e: Exercise) -> dict:
    return {"id": e.id, "name": e.name}


def programme_exercise(data: SiteData, exercise_id: str, use_directory_urls: bool = True) -> dict:
    """One exercise: what the programme page lists, edits and prints."""
    e = data.exercises[exercise_id]
    d = e.dosage
    diagram = data.pictures.get(e.id)
    return {
        "id": e.id,
        "name": e.name,
        "url": page_url(EXERCISES.kind, e.id, use_directory_urls),
        "summary": e.summary,
        "dosage": {"sets": d.sets, "reps": d.reps, "hold_seconds": d.hold_seconds, "each_side": d.each_side,
                   "sessions_per_week": d.sessions_per_week},
        "steps": list(e.steps),
        "cues": list(e.cues),
        "easier": [_version(x) for x in data.easier_of(e.id)],
        "harder": [_version(x) for x in data.harder_of(e.id)],
        # Conditions that allow this exercise only once a clinician clears it: My programme says so beside it.
        "only_once_cleared": [c.name for c in data.conditions_for_exercise(e.id) if e.id in c.only_once_cleared],
        "diagram": {"src": diagram.uri, "alt": diagram.alt, "width": diagram.width, "height": diagram.height}
        if diagram else None,
    }


def programme_data(data: SiteData, use_directory_urls: bool = True) -> dict:
    """Everything the programme page needs: format version, dosage limits, exercises by id."""
    return {
        "version": FORMAT_VERSION,
        "limits": dosage_limits(),
        "only_once_cleared": data.advice.only_once_cleared,
        "exercises": {i: programme_exercise(data, i, use_directory_urls) for i in data.exercises},
    }


def programme_json(data: SiteData, use_directory_urls: bool = True) -> str:
    """programme_data() as compact JSON text (values JSON-escaped, never templated)."""
    return json.dumps(programme_data(data, use_directory_urls), ensure_ascii=False, separators=(",", ":"))

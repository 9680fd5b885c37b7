"""Clinic details as plain values for Markdown macros and theme templates."""
from __future__ import annotations

from hipguide.data.models import Clinic


def clinic_context(clinic: Clinic) -> dict:
    """The clinic as a dict, plus the model's ready-made link targets (tel:, mailto:).

    ``phone`` is the number as shown, area code included. The links are the model's
    own properties (``Clinic.LINKS``), so page templates (which get the model) and
    theme templates (which get this dict) link to the same targets.
    """
    out = clinic.model_dump()
    out["phone"] = clinic.phone_display
    out.update({name: getattr(clinic, name) for name in Clinic.LINKS})
    return out

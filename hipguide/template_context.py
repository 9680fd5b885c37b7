"""Clinic details as plain values for Markdown macros and theme templates."""
from __future__ import annotations

import re

from .models import Clinic


def clinic_context(clinic: Clinic) -> dict:
    """The clinic as a dict, plus ready-made link targets (tel:, mailto:)."""
    out = clinic.model_dump()
    out["phone_href"] = clinic.phone_href
    out["email_href"] = f"mailto:{clinic.email}"
    out["healthdirect_href"] = "tel:" + re.sub(r"[^\d+]", "", clinic.emergency.healthdirect)
    return out

"""Clinic details as plain values for Markdown macros and theme templates."""
from __future__ import annotations

from hipguide.data.models import Clinic


def clinic_context(clinic: Clinic) -> dict:
    """The clinic as a dict, plus ready-made link targets (tel:, mailto:).

    ``phone`` is the number as shown, area code included; every tel: link comes
    from hipguide/data/phone_numbers.py through the model's properties.
    """
    out = clinic.model_dump()
    out["phone"] = out["phone_display"] = clinic.phone_display
    out["phone_href"] = clinic.phone_href
    out["email_href"] = f"mailto:{clinic.email}"
    out["healthdirect_href"] = clinic.healthdirect_href
    out["emergency_href"] = clinic.emergency_href
    return out

"""Which fields hold ids of other pages: one table for the editor's choices, the schemas and `make retire-*`.

hipguide/data/references.py checks them in the build; this table says where they
are, so the browser editor offers the real pages, the JSON Schemas list the
real ids, and retiring a page finds every list that names it.
"""
from __future__ import annotations

# (data file kind, field) -> the kind of page its ids name
REFERENCE_FIELDS: dict[tuple[str, str], str] = {
    ("conditions", "exercises"): "exercises",
    ("conditions", "faqs"): "faqs",
    ("exercises", "easier"): "exercises",
    ("exercises", "harder"): "exercises",
    ("faqs", "related_conditions"): "conditions",
    ("faqs", "related_exercises"): "exercises",
    ("faqs", "related_guides"): "guides",
}

# The field that names each kind of page, for choosing one by name.
TITLE_FIELDS = {"conditions": "name", "exercises": "name", "faqs": "question"}


def references_in(kind: str) -> dict[str, str]:
    """Field -> kind of page it names, for one data file kind."""
    return {field: target for (source, field), target in REFERENCE_FIELDS.items() if source == kind}

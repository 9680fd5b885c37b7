"""A hand-written page's description names clinic details from data/clinic.yml, never spelt out twice."""
from __future__ import annotations

import pytest

from hipguide.site.page_description import DescriptionError, filled_description

CLINIC = {"name": 'Run & "Rest" <Physio>', "phone": "(07) 5555 0100", "hours": ["not text"]}


def test_a_clinic_detail_is_filled_in_as_plain_text():
    # Plain text: the SEO templates escape it where it lands (one escape, not two).
    assert filled_description("Book at {{ clinic.name }}.", CLINIC) == 'Book at Run & "Rest" <Physio>.'


def test_a_description_without_names_is_left_alone():
    assert filled_description("Hip pain, explained {plainly}.", CLINIC) == "Hip pain, explained {plainly}."


@pytest.mark.parametrize("description", ["At {{ clinic.nam }}.", "At {{ clinic.__class__ }}.", "At {{ clinic.name ."])
def test_a_wrong_name_or_a_broken_template_is_a_plain_error(description):
    with pytest.raises(DescriptionError) as exc:
        filled_description(description, CLINIC)
    assert str(exc.value).startswith("description: ")
    assert "Clinic details it may name: name, phone." in str(exc.value)

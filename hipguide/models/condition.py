"""One condition page: data/conditions/<id>.yml"""
from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field

from .fields import DataModel, Name, Reviewed, ShortText, Slug, Summary, Text



def _weight_in_range(value: int) -> int:
    if not -5 <= value <= 5:
        raise ValueError(f"{value} is out of range: a weight is a whole number from -5 (points away) to 5 (points strongly to this condition)")
    return value


Weight = Annotated[int, AfterValidator(_weight_in_range),
                   Field(description="How strongly this answer points to the condition: -5 (against) to 5 (strongly for).",
                         json_schema_extra={"minimum": -5, "maximum": 5})]


class RunningPattern(DataModel):
    during: Text = Field(description="How it behaves during a run.")
    after: Text = Field(description="How it behaves in the hours after a run.")
    next_morning: Text = Field(description="How it feels the next morning.")


class Treatment(DataModel):
    load_management: list[Text] = Field(min_length=1)
    strength: list[Text] = Field(min_length=1)
    running_technique: list[Text] = Field(default_factory=list)
    other: list[Text] = Field(default_factory=list, description="Hands-on care, medicines to discuss with a GP, scans, surgery.")


class CareCards(DataModel):
    """When to get help, most urgent first (like the NHS's care cards)."""

    emergency: list[Text] = Field(min_length=1, description="Call 000 or go to an emergency department if ...")
    soon: list[Text] = Field(min_length=1, description="See a physio or GP soon if ...")
    self_care: list[Text] = Field(min_length=1, description="You can usually look after it yourself if ...")


class Myth(DataModel):
    myth: ShortText
    fact: Text


class Condition(Reviewed):
    """A hip condition a runner may have."""

    id: Slug = Field(description="Same as the file name and the page address, e.g. gluteal-tendinopathy.")
    name: Name
    also_known_as: list[Name] = Field(default_factory=list, description="Other names people search for.")
    summary: Summary = Field(description="One sentence, 120-160 characters; used as the search-engine description.")
    where_it_hurts: Text
    symptoms: list[Text] = Field(min_length=1)
    running_pattern: RunningPattern
    causes: list[Text] = Field(min_length=1)
    risk_factors: list[Text] = Field(min_length=1)
    physio_checks: list[Text] = Field(min_length=1)
    treatment: Treatment
    exercises: list[Slug] = Field(default_factory=list, description="Ids of exercises in data/exercises/.")
    when_to_get_help: CareCards
    outlook: Text = Field(description="What to expect: how long it usually takes to settle.")
    return_to_running: list[Text] = Field(min_length=1, description="Return-to-running steps, in order.")
    myths: list[Myth] = Field(default_factory=list)
    faqs: list[Slug] = Field(default_factory=list, description="Ids of questions in data/faqs/.")
    symptom_weights: dict[Slug, dict[Slug, Weight]] = Field(
        default_factory=dict,
        description="Symptom checker: question id -> option id -> weight. Ids must exist in data/symptom-checker.yml.")

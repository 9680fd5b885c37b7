"""One condition page: data/conditions/<id>.yml"""
from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field

from hipguide.data.models.fields import DataModel, Name, Reviewed, ShortText, Slug, Summary, Text
from hipguide.data.models.search_terms import SearchTerms, search_terms_field


def _weight_in_range(value: int) -> int:
    if not -5 <= value <= 5:
        raise ValueError(f"{value} is out of range: a weight is a whole number "
                         "from -5 (points away) to 5 (points strongly to this condition)")
    return value


Weight = Annotated[int, AfterValidator(_weight_in_range),
                   Field(description="How strongly this answer points to the condition: -5 (against) to 5 (strongly for).",
                         examples=[3, -2],
                         json_schema_extra={"minimum": -5, "maximum": 5})]


class RunningPattern(DataModel):
    """How the pain behaves around a run: the pattern physios ask about first."""

    during: Text = Field(description="How it behaves during a run.",
                         examples=["It often hurts early in a run, then eases as you warm up."])
    after: Text = Field(description="How it behaves in the hours after a run.",
                        examples=["It may settle soon after the run, then come back as you cool down."])
    next_morning: Text = Field(description="How it feels the next morning.",
                               examples=["It is often worse the morning after a run."])


class Treatment(DataModel):
    """What helps, grouped the way a physio plans care."""

    load_management: list[Text] = Field(min_length=1, description="How to change running and training load, one step per item.",
                                        examples=[["Take at least 2 rest days a week."]])
    strength: list[Text] = Field(min_length=1, description="The strength plan in words; the exercises themselves go in `exercises`.",
                                 examples=[["Train strength 2 to 3 times a week for at least 12 weeks."]])
    running_technique: list[Text] = Field(default_factory=list, description="Changes to how you run, if any help.",
                                          examples=[["A slightly quicker step rate can ease the load on the hip."]])
    other: list[Text] = Field(default_factory=list, description="Hands-on care, medicines to discuss with a GP, scans, surgery.",
                              examples=[["Avoid crossing your legs while it settles."]])


class CareCards(DataModel):
    """When to get help, most urgent first (like the NHS's care cards).

    The general red flags in data/advice.yml are shown on every page above these:
    list only what is specific to this condition (the build refuses a repeat).
    """

    emergency: list[Text] = Field(default_factory=list,
                                  description="Call 000 or go to an emergency department if ... (only signs specific to this condition).",
                                  examples=[["Sudden severe groin pain during a run, and you cannot stand on the leg."]])
    today: list[Text] = Field(default_factory=list, description="See a doctor today if ... (only signs specific to this condition).",
                              examples=[["The hip is hot, red and swollen."]])
    soon: list[Text] = Field(default_factory=list,
                             description="Stop running and get checked within a few days if ... (only signs specific to this condition).",
                             examples=[["The pain keeps building over days even though you have cut back."]])
    self_care: list[Text] = Field(min_length=1, description="You can usually look after it yourself if ...",
                                  examples=[["The pain stays at 4 to 5 out of 10 or lower and settles within 24 hours."]])


class Myth(DataModel):
    """A common belief and the fact that corrects it."""

    myth: ShortText = Field(description="The belief, as people say it.", examples=["You should stretch a sore tendon."])
    fact: Text = Field(description="What is true instead, in one or two sentences.",
                       examples=["Stretching can squeeze an irritated tendon. Strength work helps more."])


class Condition(Reviewed):
    """data/conditions/<id>.yml: a hip condition a runner may have."""

    id: Slug = Field(description="Same as the file name and the page address.", examples=["gluteal-tendinopathy"])
    name: Name = Field(description="The page title: the name most runners know.", examples=["Gluteal tendinopathy"])
    also_known_as: list[Name] = Field(default_factory=list, description="Other names people search for.",
                                      examples=[["Greater trochanteric pain syndrome", "GTPS"]])
    search_terms: SearchTerms = search_terms_field(["outer hip pain", "pain lying on side", "hip bursitis"])
    summary: Summary = Field(description="One sentence, 120-160 characters; used as the search-engine description.",
                             examples=["Gluteal tendinopathy is irritation of the tendons on the outside of your hip. "
                                       "Strength work and smarter training help most."])
    where_it_hurts: Text = Field(description="Where a runner feels it, in everyday words.",
                                 examples=["On the outside of your hip, over the bony point you can feel at the side."])
    symptoms: list[Text] = Field(min_length=1, description="What it feels like, one symptom per item.",
                                 examples=[["Pain when you lie on that side at night."]])
    running_pattern: RunningPattern = Field(description="How it behaves during a run, after it and the next morning.")
    causes: list[Text] = Field(min_length=1, description="Why it happens, one cause per item.",
                               examples=[["Increasing your running distance or speed too quickly."]])
    risk_factors: list[Text] = Field(min_length=1, description="What makes it more likely, one per item.",
                                     examples=[["Fewer than 2 rest days a week."]])
    physio_checks: list[Text] = Field(min_length=1, description="What a physio checks at an assessment, one per item.",
                                      examples=[["The strength of the muscles on the outside of your hip."]])
    treatment: Treatment = Field(description="What helps: load, strength, running technique and other care.")
    exercises: list[Slug] = Field(default_factory=list, description="Ids of exercises in data/exercises/ (file names without .yml).",
                                  examples=[["single-leg-bridge", "side-plank"]])
    only_once_cleared: list[Slug] = Field(
        default_factory=list,
        description="Exercises from `exercises` to start only once a doctor or physio clears you (for example all of them "
                    "for a stress fracture). Pages show the warning beside them; the symptom checker does not offer them.",
        examples=[["glute-bridge"]])
    when_to_get_help: CareCards = Field(description="When to get help, most urgent first: emergency, soon, self care.")
    outlook: Text = Field(description="What to expect: how long it usually takes to settle.",
                          examples=["Most people improve over a few months with steady strength work."])
    return_to_running: list[Text] = Field(min_length=1, description="Return-to-running steps, in order.",
                                          examples=[["Walk briskly for 30 minutes with no more than mild pain.",
                                                     "Start with short, easy, flat runs every second day."]])
    myths: list[Myth] = Field(default_factory=list, description="Common beliefs and the facts, each with `myth` and `fact`.")
    faqs: list[Slug] = Field(default_factory=list, description="Ids of questions in data/faqs/ (file names without .yml).",
                             examples=[["run-with-hip-pain"]])
    symptom_weights: dict[Slug, dict[Slug, Weight]] = Field(
        default_factory=dict,
        description="Symptom checker: question id -> answer (option) id -> weight from -5 to 5. "
                    "Ids must exist in data/symptom-checker.yml; leave out answers that say nothing about this condition.",
        examples=[{"location": {"outside": 4}, "run-pattern": {"warms-up": 3}}])

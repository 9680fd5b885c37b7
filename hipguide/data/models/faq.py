"""One common question: data/faqs/<id>.yml"""
from __future__ import annotations

from pydantic import Field

from hipguide.data.models.condition import CareCards
from hipguide.data.models.fields import Reviewed, ShortText, Slug, Text, text
from hipguide.data.models.search_terms import SearchTerms, search_terms_field


class Faq(Reviewed):
    """data/faqs/<id>.yml: a question runners ask, answered directly first, then in detail."""

    id: Slug = Field(description="Same as the file name; the question's page address and anchor.",
                     examples=["run-with-hip-pain"])
    question: ShortText = Field(description="The question as a runner would ask it, ending with '?'.",
                                examples=["Can I keep running with hip pain?"])
    search_terms: SearchTerms = search_terms_field(["should I stop running", "run through pain", "keep running"])
    order: int = Field(ge=1, le=999, description="Position on the questions page, smallest first; each question its own number.",
                       examples=[10, 20])
    short_answer: text(320) = Field(description="The direct answer in one or two sentences (at most 320 characters).",
                                    examples=["Often, yes, if the pain stays at 4 to 5 out of 10 or lower and settles within 24 hours."])
    answer: list[Text] = Field(min_length=1, description="Paragraphs of detail, one per item.",
                               examples=[["Score your pain from 0 (none) to 10 (the worst you can imagine)."]])
    pain_rule: bool = Field(default=False, description="true to show the pain rule (data/advice.yml) under the short answer.",
                            examples=[True])
    red_flags: bool = Field(default=False, description="true to show the general red flags (data/advice.yml) on the question's page.",
                            examples=[True])
    when_to_get_help: CareCards | None = Field(
        default=None, description="Care cards for this question's page: the general red flags (data/advice.yml) are shown "
                                  "first, then these items, which add only what is specific to the question.",
        examples=[{"today": ["Your child limps, even a little."], "soon": [], "self_care": ["Mild soreness gone within a day."]}])
    related_conditions: list[Slug] = Field(default_factory=list, description="Ids of conditions in data/conditions/.",
                                           examples=[["gluteal-tendinopathy"]])
    related_exercises: list[Slug] = Field(default_factory=list, description="Ids of exercises in data/exercises/.",
                                          examples=[["single-leg-bridge"]])
    related_guides: list[Slug] = Field(default_factory=list, description="File names (without .md) of guides in docs/guides/.",
                                       examples=[["load-management"]])

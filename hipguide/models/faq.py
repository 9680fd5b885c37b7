"""One common question: data/faqs/<id>.yml"""
from __future__ import annotations

from pydantic import Field

from .fields import Reviewed, ShortText, Slug, Text, text


class Faq(Reviewed):
    """A question runners ask, answered directly first, then in detail."""

    id: Slug = Field(description="Same as the file name; the question's page address and anchor.")
    question: ShortText
    order: int = Field(ge=1, le=999, description="Position on the questions page, smallest first.")
    short_answer: text(320) = Field(description="The direct answer in one or two sentences.")
    answer: list[Text] = Field(min_length=1, description="Paragraphs of detail.")
    related_conditions: list[Slug] = Field(default_factory=list)
    related_exercises: list[Slug] = Field(default_factory=list)
    related_guides: list[Slug] = Field(default_factory=list, description="File names (without .md) of guides in docs/guides/.")

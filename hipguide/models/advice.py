"""Wording shared by many pages: the pain rule and the not-a-diagnosis note."""
from __future__ import annotations

from pydantic import Field

from .fields import DataModel, Text


class Advice(DataModel):
    """data/advice.yml: wording used on many pages at once."""

    pain_rule: Text = Field(
        description="The rule for training through pain, shown on every exercise page.",
        examples=["Keep your pain at 4 to 5 out of 10 or lower while you exercise, and back to its usual level within 24 hours."])
    disclaimer: Text = Field(
        description="One or two sentences: the site informs, it does not diagnose.",
        examples=["This guide explains common causes of hip pain in runners. It cannot diagnose you."])
    sources: list[Text] = Field(
        min_length=1, description="Where the pain rule and the disclaimer come from.",
        examples=[["Thrive Physio Plus, hip pain in runners article: the 4-5/10 and 24-hour rule."]])

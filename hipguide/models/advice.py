"""Wording shared by many pages: the pain rule and the not-a-diagnosis note."""
from __future__ import annotations

from pydantic import Field

from .fields import DataModel, Text


class Advice(DataModel):
    """data/advice.yml"""

    pain_rule: Text = Field(description="The rule for training through pain, shown on every exercise page.")
    disclaimer: Text = Field(description="One or two sentences: the site informs, it does not diagnose.")
    sources: list[Text] = Field(min_length=1)

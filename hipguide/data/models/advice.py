"""Wording shared by many pages: the pain rule, the general red flags and the not-a-diagnosis note."""
from __future__ import annotations

from pydantic import Field

from hipguide.data.models.fields import DataModel, Name, ShortText, Text


class RedFlag(DataModel):
    """One general sign to get help, and the words that name it."""

    text: Text = Field(description="The sign, in plain words, with what to do if it is not the tier's heading.",
                       examples=["You cannot put weight on the leg."])
    signs: list[Name] = Field(min_length=1, description="Words that name this sign. A condition's care cards may not use them: "
                                                        "the sign is shown on every page already.",
                              examples=[["put weight", "bear weight"]])


class RedFlagTier(DataModel):
    """How soon to get help, and the signs that need it."""

    heading: ShortText = Field(description="What to do, ending in 'if'.",
                               examples=["Emergency: call 000 or go to an emergency department now if"])
    items: list[RedFlag] = Field(min_length=1, description="The signs, one per item.")


class RedFlags(DataModel):
    """The general red flags, most urgent first: shown on every condition page, the home page, the programme page and the checker."""

    emergency: RedFlagTier = Field(description="000 or an emergency department now.")
    today: RedFlagTier = Field(description="A doctor today.")
    within_days: RedFlagTier = Field(description="Stop running and get checked within a few days.")
    not_sure: ShortText = Field(description="Before healthdirect's number (from data/clinic.yml).",
                                examples=["Not sure, or after hours? Call healthdirect:"])

    def tiers(self) -> dict[str, RedFlagTier]:
        return {"emergency": self.emergency, "today": self.today, "within_days": self.within_days}


class Advice(DataModel):
    """data/advice.yml: wording used on many pages at once."""

    pain_rule: Text = Field(
        description="The one rule for training through pain, shown wherever a page talks about pain during exercise.",
        examples=["Some pain is OK as long as it stays below 4 to 5 out of 10 and is back to normal within 24 hours."])
    red_flags: RedFlags = Field(description="The general red flags, written once for the whole site.")
    only_once_cleared: ShortText = Field(
        description="Beside an exercise a condition allows only once a clinician clears it (condition pages, exercise pages, "
                    "My programme, the symptom checker).",
        examples=["Only once your doctor or physio clears you"])
    disclaimer: Text = Field(
        description="One or two sentences: the site informs, it does not diagnose.",
        examples=["This guide explains common causes of hip pain in runners. It cannot diagnose you."])
    sources: list[Text] = Field(
        min_length=1, description="Where the pain rule, the red flags and the disclaimer come from.",
        examples=[["Thrive Physio Plus, hip pain in runners article: the 4-5/10 and 24-hour rule."]])

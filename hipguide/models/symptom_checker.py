"""The symptom checker's questions, options and triage wording.

Question, option and triage ids are fixed by the clinical contract
(shared/symptom-checker/SPEC.md); the wording is the clinic's.
"""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from .fields import DataModel, Name, ShortText, Slug, Text

QUESTION_IDS = ("red-flags", "location", "onset", "run-pattern", "after-run", "aggravators",
                "mechanical", "training", "age-group", "pain-level")
QuestionId = Literal["red-flags", "location", "onset", "run-pattern", "after-run", "aggravators",
                     "mechanical", "training", "age-group", "pain-level"]
TriageId = Literal["urgent", "stop-and-book", "book", "self-manage"]


class Option(DataModel):
    id: Slug
    label: ShortText = Field(description="What the runner sees next to the box.")
    reason: ShortText = Field(description="How a result explains this answer, e.g. 'pain on the outside of your hip'.")


class Question(DataModel):
    id: QuestionId
    kind: Literal["one", "several", "number"]
    legend: ShortText = Field(description="The question, as a fieldset legend.")
    help: Text | None = None
    options: list[Option] = Field(default_factory=list)


class TriageMessage(DataModel):
    label: Name = Field(description="Short text prefix on the result card, e.g. 'Urgent'.")
    heading: ShortText
    message: Text


class SymptomChecker(DataModel):
    """data/symptom-checker.yml"""

    intro: Text
    questions: list[Question]
    triage: dict[TriageId, TriageMessage]

    def option_ids(self) -> dict[str, list[str]]:
        """Question id -> its option ids (empty for the pain score)."""
        return {q.id: [o.id for o in q.options] for q in self.questions}

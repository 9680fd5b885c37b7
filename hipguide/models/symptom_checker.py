"""The symptom checker's questions, options, triage wording and page wording.

Question, option and triage ids are fixed by the clinical contract
(shared/symptom-checker/SPEC.md); the wording is the clinic's.
"""
from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from .fields import DataModel, Name, ShortText, Slug, Text

QUESTION_IDS = ("red-flags", "location", "onset", "run-pattern", "after-run", "aggravators",
                "mechanical", "training", "age-group", "pain-level")
QuestionId = Literal["red-flags", "location", "onset", "run-pattern", "after-run", "aggravators",
                     "mechanical", "training", "age-group", "pain-level"]
TriageId = Literal["urgent", "stop-and-book", "book", "self-manage"]
TrainingOptionId = Literal["load-increase", "few-rest-days", "high-volume"]


class Option(DataModel):
    """One answer a runner can tick."""

    id: Slug = Field(description="Fixed by the clinical contract: change the wording, never the id.", examples=["outside"])
    label: ShortText = Field(description="What the runner sees next to the box.", examples=["Outside of the hip"])
    reason: ShortText = Field(description="How a result explains this answer, e.g. 'pain on the outside of your hip'.",
                              examples=["pain on the outside of your hip"])


class Question(DataModel):
    """One question of the checker, in the order runners see them."""

    id: QuestionId = Field(description="Fixed by the clinical contract: change the wording, never the id.", examples=["location"])
    kind: Literal["one", "several", "number"] = Field(
        description="one: pick one answer; several: tick any; number: a 0-10 pain score.", examples=["several"])
    legend: ShortText = Field(description="The question, as a fieldset legend.", examples=["Where do you feel it?"])
    help: Text | None = Field(default=None, description="A hint under the question.",
                              examples=["Tick every area that hurts."])
    options: list[Option] = Field(default_factory=list, description="The answers (none for the pain score).")


class TriageMessage(DataModel):
    """What a result card says for one level of urgency."""

    label: Name = Field(description="Short text prefix on the result card, e.g. 'Urgent'.", examples=["Urgent"])
    heading: ShortText = Field(description="The card's heading: what to do.", examples=["Get medical care today"])
    message: Text = Field(description="One or two sentences: why, and how.",
                          examples=["Call 000 or go to your nearest emergency department."])


def _words(description: str, example: str):
    return Field(description=description, examples=[example])


class CheckerWording(DataModel):
    """Every word of the checker's page that is not a question or a triage message."""

    privacy: ShortText = _words("One sentence: nothing the runner ticks leaves their browser.",
                                "Your answers stay in this browser tab: nothing is sent or saved.")
    no_script: ShortText = _words("Shown when JavaScript is off, before a link to the conditions.",
                                  "The symptom checker needs JavaScript, which is turned off in your browser.")
    no_script_link: Name = _words("The words of that link to the conditions index.", "Browse the causes of hip pain instead")
    load_error: ShortText = _words("Shown if the checker cannot start.", "Sorry, the symptom checker could not start.")
    body_map: ShortText = _words("Name of the body map picture, read by screen readers.", "Body map: tap where it hurts")
    body_map_help: ShortText = _words("Under the body map.", "Tapping the picture ticks the matching box below.")
    pain_not_answered: Name = _words("What the pain score says until it is moved.", "Not answered yet")
    pain_out_of: Name = _words("After the number on the pain score.", "out of 10")
    submit: Name = _words("The button that shows the result.", "See my result")
    reset: Name = _words("The button that clears every answer.", "Start again")
    result_heading: ShortText = _words("Heading of the result.", "Your result")
    causes_heading: ShortText = _words("Heading above the likely causes.", "What might be causing it")
    causes_intro: Text = _words("Under that heading: a guide, not a diagnosis.", "These causes fit your answers best.")
    no_causes: Text = _words("When no answer points to any condition.", "Your answers do not point to one cause.")
    reasons_prefix: Name = _words("Before the list of reasons.", "It fits because of")
    exercises_heading: ShortText = _words("Heading above the suggested exercises.", "Exercises to start with")
    exercises_intro: Text = _words("Under that heading.", "These exercises suit the closest match.")
    exercises_wait: Text = _words("Instead of exercises when the runner should stop and get assessed.",
                                  "Hold off on new exercises until you have been assessed.")
    programme_add: Name = _words("The button that puts the suggested exercises into My programme.",
                                 "Start with these exercises")
    load_heading: ShortText = _words("Heading above the training advice.", "Your training")
    book_heading: ShortText = _words("Heading above the booking buttons.", "Book an assessment")
    call: Name = _words("Before a phone number on a call button.", "Call")
    book_online: Name = _words("The online booking button.", "Book online")
    emergency_department: ShortText = _words("Next to the emergency call button.",
                                             "or go to your nearest emergency department.")
    answers_heading: ShortText = _words("Heading above the runner's answers (for the printout).", "Your answers")
    not_answered: Name = _words("Beside a question left unanswered.", "Not answered")
    print_button: Name = _words("The print button.", "Print my answers and result")
    print_note: ShortText = _words("Why to print.", "Print this page and bring it to your appointment.")
    change_answers: Name = _words("The button that goes back to the questions.", "Change my answers")


class SymptomChecker(DataModel):
    """data/symptom-checker.yml: the checker's questions, in the order runners see them, and its wording.
    Question and option ids are fixed by the clinical contract (shared/symptom-checker/SPEC.md): change
    the wording, never the ids. How strongly each answer points to a condition lives in that
    condition's file (symptom_weights), not here."""

    intro: Text = Field(description="Shown above the first question: what the checker does and does not do.",
                        examples=["Answer a few questions about your hip. It runs in your browser only."])
    questions: list[Question] = Field(description="Every question, in the order runners see them.")
    triage: dict[TriageId, TriageMessage] = Field(description="The wording of each result, most urgent first.")
    load_advice: dict[TrainingOptionId, Text] = Field(
        description="Training advice shown in the result when that training box is ticked; one for each training answer. "
                    "The figures come from the clinic's article (a study of rest days and hours).",
        examples=[{"few-rest-days": "Plan at least 2 rest days into every week."}])
    wording: CheckerWording = Field(description="Every other word on the checker's page: buttons, headings, notes.")

    @field_validator("load_advice")
    @classmethod
    def _advice_for_every_training_answer(cls, value: dict) -> dict:
        missing = [t for t in TrainingOptionId.__args__ if t not in value]
        if missing:
            raise ValueError(f"add advice for {', '.join(missing)} (every training answer needs its advice)")
        return value

    def option_ids(self) -> dict[str, list[str]]:
        """Question id -> its option ids (empty for the pain score)."""
        return {q.id: [o.id for o in q.options] for q in self.questions}

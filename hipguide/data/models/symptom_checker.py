"""The symptom checker's questions, options, triage wording and page wording.

Question, option and triage ids are fixed: the engine
(docs/assets/symptom-checker/engine.js) and its worked cases (tests/build/symptom_checker/)
use them by name. The wording is the clinic's.
"""
from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from hipguide.data.models.fields import DataModel, Name, ShortText, Slug, Text

QUESTION_IDS = ("red-flags", "location", "onset", "run-pattern", "after-run", "aggravators",
                "mechanical", "training", "age-group", "pain-level")
QuestionId = Literal["red-flags", "location", "onset", "run-pattern", "after-run", "aggravators",
                     "mechanical", "training", "age-group", "pain-level"]
TriageId = Literal["urgent", "stop-and-book", "book", "self-manage"]
TrainingOptionId = Literal["load-increase", "few-rest-days", "high-volume"]
# The signs that make a result urgent (the engine's URGENT_FLAGS, and a limp in a child), each with its own "what to do now";
# walking-limp-child is a limp with age under-16.
UrgentActionId = Literal["saddle-bladder-bowel", "cannot-weight-bear", "walking-limp-child", "fever-unwell", "fall-or-impact"]
# What a "stop and book" result says first when it applies.
StopNoteId = Literal["bone-stress", "under-16", "hip-surgery", "bone-risk", "numbness-weakness"]


class Option(DataModel):
    """One answer a runner can tick."""

    id: Slug = Field(description="Fixed by the clinical contract: change the wording, never the id.", examples=["outside"])
    label: ShortText = Field(description="What the runner sees next to the box.", examples=["Outside of the hip"])
    reason: ShortText = Field(description="How a result explains this answer, e.g. 'pain on the outside of your hip'.",
                              examples=["pain on the outside of your hip"])
    area: ShortText | None = Field(
        default=None, description="Location answers only, and each of them needs one: the area's name in each condition's 'where it hurts' "
                                  "picture and its alt text, e.g. 'the outside of the hip'.",
        examples=["the outside of the hip"])


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


def _wording(description: str, example: str):
    return Field(description=description, examples=[example])


class CheckerWording(DataModel):
    """Every word of the checker's page that is not a question or a triage message."""

    privacy: ShortText = _wording("One sentence: nothing the runner ticks leaves their browser.",
                                "Your answers stay in this browser tab: nothing is sent or saved.")
    no_script: ShortText = _wording("Shown when JavaScript is off, before a link to the conditions.",
                                  "The symptom checker needs JavaScript, which is turned off in your browser.")
    no_script_link: Name = _wording("The words of that link to the conditions index.", "Browse the causes of hip pain instead")
    load_error: ShortText = _wording("Shown if the checker cannot start.", "Sorry, the symptom checker could not start.")
    body_map: ShortText = _wording("Name of the body map picture, read by screen readers.", "Body map: tap where it hurts")
    body_map_help: ShortText = _wording("Under the body map.", "Tapping the picture ticks the matching box below.")
    pain_not_answered: Name = _wording("What the pain score says until it is moved.", "Not answered yet")
    pain_out_of: Name = _wording("After the number on the pain score.", "out of 10")
    submit: Name = _wording("The button that shows the result.", "See my result")
    reset: Name = _wording("The button that clears every answer.", "Start again")
    result_heading: ShortText = _wording("Heading of the result.", "Your result")
    causes_heading: ShortText = _wording("Heading above the likely causes.", "What might be causing it")
    causes_intro: Text = _wording("Under that heading: a guide, not a diagnosis.", "These causes fit your answers best.")
    no_causes: Text = _wording("When no answer points to any condition.", "Your answers do not point to one cause.")
    reasons_prefix: Name = _wording("Before the list of reasons.", "It fits because of")
    exercises_heading: ShortText = _wording("Heading above the suggested exercises.", "Exercises to start with")
    exercises_intro: Text = _wording("Under that heading.", "These exercises suit the closest match.")
    exercises_wait: Text = _wording("Instead of exercises when the runner should stop and get assessed.",
                                  "Hold off on new exercises until you have been assessed.")
    programme_add: Name = _wording("The button that puts the suggested exercises into My programme.",
                                 "Start with these exercises")
    load_heading: ShortText = _wording("Heading above the training advice.", "Your training")
    book_heading: ShortText = _wording("Heading above the booking buttons.", "Book an assessment")
    call: Name = _wording("Before a phone number on a call button.", "Call")
    book_online: Name = _wording("The online booking button.", "Book online")
    answers_heading: ShortText = _wording("Heading above the runner's answers (for the printout).", "Your answers")
    not_answered: Name = _wording("Beside a question left unanswered.", "Not answered")
    print_button: Name = _wording("The print button.", "Print my answers and result")
    print_note: ShortText = _wording("Why to print.", "Print this page and bring it to your appointment.")
    change_answers: Name = _wording("The button that goes back to the questions.", "Change my answers")
    none_of_these: Name = _wording("The box under the red flags that says none of them apply.", "None of these")
    progress: ShortText = _wording("How many questions are answered; {answered} and {total} become numbers.",
                                 "Answered {answered} of {total} questions")
    prompt: ShortText = _wording("Instead of a result, before the questions still to answer.", "Before you see a result, please answer:")
    prompt_other: ShortText = _wording("In that list, when no question besides the red flags is answered.",
                                     "any one other question, such as where it hurts")
    because: Name = _wording("Before the answers that decided the result.", "Because you ticked")
    by_ranking: ShortText = _wording("Before the reasons, when only the ranking put a stress fracture first.",
                                   "Your answers fit a stress fracture best")
    fall_through_not_settling: Text = _wording("A 'book' result that no rule chose: nothing shows the pain settles.",
                                             "Nothing you ticked shows that the pain settles within a day.")
    fall_through_no_pain: Text = _wording("A 'book' result that no rule chose: no pain score.",
                                        "You did not give a pain score.")
    urgent_now: ShortText = _wording("Heading of the urgent actions.", "What to do now")
    urgent_call_healthdirect: Name = _wording("Before healthdirect's number on its call button.", "Call healthdirect")
    exercises_wait_sudden: Text = _wording("Above the exercises after a sudden onset: wait 72 hours, no stretching.",
                                         "Rest the sore area for 72 hours before you start these.")
    safety_net_heading: ShortText = _wording("Heading of the safety-netting at the end of every result.", "When to get help fast")


class SymptomChecker(DataModel):
    """data/symptom-checker.yml: the checker's questions, in the order runners see them, and its wording.
    Question and option ids are fixed (the checker's engine and its tests use them by name): change
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
    urgent_actions: dict[UrgentActionId, Text] = Field(
        description="What to do now, for each sign that makes a result urgent (one for each).",
        examples=[{"fever-unwell": "See a doctor today."}])
    stop_notes: dict[StopNoteId, Text] = Field(
        description="Said first on a 'stop and book' result when it applies (one for each).",
        examples=[{"hip-surgery": "Contact your surgeon or the physio treating you first."}])
    wording: CheckerWording = Field(description="Every other word on the checker's page: buttons, headings, notes.")

    @field_validator("urgent_actions", "stop_notes")
    @classmethod
    def _one_for_each(cls, value: dict, info) -> dict:
        ids = (UrgentActionId if info.field_name == "urgent_actions" else StopNoteId).__args__
        missing = [t for t in ids if t not in value]
        if missing:
            raise ValueError(f"add wording for {', '.join(missing)} (each one is needed)")
        return value

    @field_validator("load_advice")
    @classmethod
    def _advice_for_every_training_answer(cls, value: dict) -> dict:
        missing = [t for t in TrainingOptionId.__args__ if t not in value]
        if missing:
            raise ValueError(f"add advice for {', '.join(missing)} (every training answer needs its advice)")
        return value

    def location_areas(self) -> dict[str, str]:
        """Location answer id -> the area's name, e.g. 'outside' -> 'the outside of the hip'."""
        return {o.id: o.area for q in self.questions if q.id == "location" for o in q.options}

    def option_ids(self) -> dict[str, list[str]]:
        """Question id -> its option ids (empty for the pain score)."""
        return {q.id: [o.id for o in q.options] for q in self.questions}

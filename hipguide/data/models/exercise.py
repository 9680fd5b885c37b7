"""One exercise page: data/exercises/<id>.yml"""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from hipguide.data.models.fields import DataModel, EditorHints, HttpsUrl, Name, Reviewed, Slug, Summary, Text, text
from hipguide.data.models.search_terms import SearchTerms, search_terms_field

Muscle = Literal[
    "gluteus-maximus", "gluteus-medius", "gluteus-minimus", "hip-flexors", "hip-external-rotators",
    "adductors", "hamstrings", "quadriceps", "calves", "trunk",
]
Equipment = Literal[
    "none", "mat", "resistance-band", "dumbbell", "kettlebell", "barbell", "bench", "step", "wall", "chair",
]
Level = Literal["beginner", "intermediate", "advanced"]


class Muscles(DataModel):
    """The muscles it trains, by their ids."""

    primary: list[Muscle] = Field(min_length=1, description="The muscles it mainly trains.", examples=[["gluteus-maximus"]])
    secondary: list[Muscle] = Field(default_factory=list, description="Muscles that help.",
                                    examples=[["hamstrings", "trunk"]])


class Dosage(DataModel):
    """Sets of reps, or sets of holds; always 2-3 sessions a week unless set."""

    sets: int = Field(ge=1, le=6, description="Number of sets, 1 to 6.", examples=[3])
    reps: int | None = Field(default=None, ge=1, le=30,
                             description="Repetitions per set, 1 to 30. Give reps or hold_seconds, not both.", examples=[10])
    hold_seconds: int | None = Field(default=None, ge=5, le=120,
                                     description="Seconds to hold each set, 5 to 120. Give reps or hold_seconds, not both.",
                                     examples=[30])
    each_side: bool = Field(default=True, description="true if the sets are done on each side; false for both legs at once.",
                            examples=[True])
    sessions_per_week: str = Field(default="2-3", pattern=r"^[1-7](-[1-7])?$",
                                   description="Sessions a week: one number from 1 to 7, or a range like 2-3.", examples=["2-3"])
    rest_seconds: int = Field(default=60, ge=0, le=300, description="Rest between sets in seconds, 0 to 300.", examples=[60])

    @model_validator(mode="after")
    def _reps_or_hold(self):
        if (self.reps is None) == (self.hold_seconds is None):
            raise ValueError("give either reps or hold_seconds (one of them, not both)")
        return self


PhotoFile = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:jpg|jpeg|png)$",
                                             max_length=80),
                      EditorHints(patternErrorMessage="A file name in docs/assets/exercise-photos/, lower-case, "
                                                      "ending in .jpg or .png, like side-plank.jpg.")]


PhotoAlt = text(300, 15)


class Photo(DataModel):
    """The clinic's own photo of the exercise, shown in place of the drawing."""

    src: PhotoFile = Field(description="File name of the photo in docs/assets/exercise-photos/ (.jpg or .png).",
                           examples=["side-plank.jpg"])
    alt: PhotoAlt = Field(description="What the photo shows, for people who cannot see it: the position and the movement.",
                               examples=["A physio lying on her side, propped on her forearm, with her hips lifted in a straight line."])


class Exercise(Reviewed):
    """data/exercises/<id>.yml: a strengthening or mobility exercise."""

    id: Slug = Field(description="Same as the file name and the page address.", examples=["single-leg-bridge"])
    name: Name = Field(description="The page title.", examples=["Single-leg bridge"])
    also_known_as: list[Name] = Field(default_factory=list, description="Other names people search for.",
                                      examples=[["Single-leg glute bridge"]])
    search_terms: SearchTerms = search_terms_field(["bridges", "one leg bridge", "glute exercise"])
    summary: Summary = Field(description="One sentence, 120-160 characters: what it trains and why it helps runners.",
                             examples=["The single-leg bridge strengthens the big muscle at the back of your hip and "
                                       "trains your pelvis to stay level as you land."])
    muscles: Muscles = Field(description="The muscles it trains: primary and secondary.")
    equipment: list[Equipment] = Field(min_length=1, description="What you need; [none] if nothing.", examples=[["mat"]])
    level: Level = Field(description="How hard it is.", examples=["beginner"])
    dosage: Dosage = Field(description="How much to do: sets, and reps or hold_seconds.")
    steps: list[Text] = Field(min_length=2, description="How to do it, one step per item, in order (at least 2).",
                              examples=[["Lie on your back with your knees bent.", "Lift your hips until your body is straight."]])
    cues: list[Text] = Field(min_length=1, description="Short reminders to do it well.",
                             examples=[["Keep both hip bones level."]])
    mistakes: list[Text] = Field(min_length=1, description="Common mistakes to avoid.", examples=[["Arching the low back at the top."]])
    easier: list[Slug] = Field(default_factory=list, description="Ids of easier versions in data/exercises/.",
                               examples=[["glute-bridge"]])
    harder: list[Slug] = Field(default_factory=list, description="Ids of harder versions in data/exercises/.",
                               examples=[["single-leg-deadlift"]])
    stretch: bool = Field(default=False, description="true if it stretches the hip: the symptom checker does not suggest it "
                                                     "in the first 72 hours after pain that started at one moment.",
                          examples=[True])
    cautions: list[Text] = Field(default_factory=list, description="When to take care or stop.",
                                 examples=[["If it cramps the back of your thigh, move your foot closer to your buttock."]])
    photo: Photo | None = Field(default=None, description="Optional: the clinic's own photo, shown instead of the drawing.",
                                examples=[{"src": "side-plank.jpg",
                                           "alt": "A physio propped on her forearm, hips lifted in a straight line."}])
    video_url: HttpsUrl | None = Field(default=None,
                                       description="Optional: a video of the exercise (https:// address), linked under the picture.",
                                       examples=["https://video.example/side-plank"])

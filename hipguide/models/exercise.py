"""One exercise page: data/exercises/<id>.yml"""
from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from .fields import DataModel, Name, Reviewed, Slug, Summary, Text

Muscle = Literal[
    "gluteus-maximus", "gluteus-medius", "gluteus-minimus", "hip-flexors", "hip-external-rotators",
    "adductors", "hamstrings", "quadriceps", "calves", "trunk",
]
Equipment = Literal[
    "none", "mat", "resistance-band", "dumbbell", "kettlebell", "barbell", "bench", "step", "wall", "chair",
]
Level = Literal["beginner", "intermediate", "advanced"]


class Muscles(DataModel):
    primary: list[Muscle] = Field(min_length=1)
    secondary: list[Muscle] = Field(default_factory=list)


class Dosage(DataModel):
    """Sets of reps, or sets of holds; always 2-3 sessions a week unless set."""

    sets: int = Field(ge=1, le=6)
    reps: int | None = Field(default=None, ge=1, le=30)
    hold_seconds: int | None = Field(default=None, ge=5, le=120)
    each_side: bool = True
    sessions_per_week: str = Field(default="2-3", pattern=r"^[1-7](-[1-7])?$")
    rest_seconds: int = Field(default=60, ge=0, le=300)

    @model_validator(mode="after")
    def _reps_or_hold(self):
        if (self.reps is None) == (self.hold_seconds is None):
            raise ValueError("give either reps or hold_seconds (one of them, not both)")
        return self


class Exercise(Reviewed):
    """A strengthening or mobility exercise."""

    id: Slug = Field(description="Same as the file name and the page address, e.g. single-leg-bridge.")
    name: Name
    also_known_as: list[Name] = Field(default_factory=list)
    summary: Summary
    muscles: Muscles
    equipment: list[Equipment] = Field(min_length=1)
    level: Level
    dosage: Dosage
    steps: list[Text] = Field(min_length=2)
    cues: list[Text] = Field(min_length=1)
    mistakes: list[Text] = Field(min_length=1)
    easier: list[Slug] = Field(default_factory=list, description="Ids of easier versions in data/exercises/.")
    harder: list[Slug] = Field(default_factory=list, description="Ids of harder versions in data/exercises/.")
    cautions: list[Text] = Field(default_factory=list)

"""Everything the site is built from, validated and cross-checked."""
from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel

from hipguide.data.collections import CONDITIONS, EXERCISES, FAQS
from hipguide.data.errors import DataError
from hipguide.data.exercise_diagrams import Diagram
from hipguide.data.models import Advice, Clinic, Condition, Exercise, Faq, SymptomChecker


@dataclass
class SiteData:
    """All models, keyed by id, in display order, with each one's source file."""

    clinic: Clinic
    advice: Advice
    symptom_checker: SymptomChecker
    collections: dict[str, dict[str, BaseModel]]  # collection kind (hipguide/data/collections.py) -> id -> model
    source_files: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, id) -> data/... path
    guides: list[str] = field(default_factory=list)
    pictures: dict[str, Diagram] = field(default_factory=dict)  # exercise id -> its photo, else its diagram
    warnings: list[DataError] = field(default_factory=list)  # problems that do not stop the build (from .yamllint)

    @property
    def conditions(self) -> dict[str, Condition]:
        return self.collections[CONDITIONS.kind]

    @property
    def exercises(self) -> dict[str, Exercise]:
        return self.collections[EXERCISES.kind]

    @property
    def faqs(self) -> dict[str, Faq]:
        return self.collections[FAQS.kind]

    def conditions_for_exercise(self, exercise_id: str) -> list[Condition]:
        """Conditions that list this exercise: the reverse link, never stored twice."""
        return [c for c in self.conditions.values() if exercise_id in c.exercises]

    def faqs_for_condition(self, condition_id: str) -> list[Faq]:
        """FAQs the condition lists, then FAQs that name the condition."""
        condition = self.conditions[condition_id]
        ids = list(condition.faqs) + [f.id for f in self.faqs.values()
                                      if condition_id in f.related_conditions and f.id not in condition.faqs]
        return [self.faqs[i] for i in ids]

    def harder_of(self, exercise_id: str) -> list[Exercise]:
        return [self.exercises[i] for i in self.exercises[exercise_id].harder]

    def easier_of(self, exercise_id: str) -> list[Exercise]:
        return [self.exercises[i] for i in self.exercises[exercise_id].easier]

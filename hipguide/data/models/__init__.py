"""Typed models of every data file kind; unknown keys are refused everywhere."""
from hipguide.data.models.advice import Advice
from hipguide.data.models.clinic import Clinic
from hipguide.data.models.condition import Condition
from hipguide.data.models.exercise import Exercise
from hipguide.data.models.faq import Faq
from hipguide.data.models.symptom_checker import SymptomChecker

__all__ = ["Advice", "Clinic", "Condition", "Exercise", "Faq", "SymptomChecker"]
